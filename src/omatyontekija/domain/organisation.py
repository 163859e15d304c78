"""The organisation and unit a database belongs to: printed on every document."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class UnitSettings:
    """What a unit says about itself; set at the first start, changed by an administrator."""

    organisation: str = ""  # e.g. a wellbeing services county
    unit: str = ""
    address: str = ""
    phone: str = ""
    phone_hours: str = ""
    e_service: str = ""  # the address of the e-service clients reach the unit by (Polku)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @property
    def configured(self) -> bool:
        return bool(self.organisation and self.unit)

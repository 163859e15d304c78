"""Service units: each keeps its own named worker per client, rules and caps."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.catalog import SERVICES_BY_CODE, ServiceUnit

# What rows made before units were (migration 0011), and what a command means
# without --unit: the product began as disability services'.
DEFAULT_UNIT = ServiceUnit.DISABILITY_SERVICES.value
CHILD_PROTECTION = ServiceUnit.CHILD_PROTECTION.value
ADULT_SOCIAL_WORK = ServiceUnit.ADULT_SOCIAL_WORK.value

# Child Welfare Act 417/2007 § 13 b: at most 30 children per responsible social worker.
CHILD_PROTECTION_CAP = 30
ADULT_AGE = 18


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    name_fi: str
    name_sv: str
    name_en: str
    worker_word_fi: str
    worker_word_sv: str
    worker_word_en: str

    def name(self, language: str) -> str:
        return {"fi": self.name_fi, "sv": self.name_sv}.get(language, self.name_en)

    def worker_word(self, language: str) -> str:
        """What the unit calls a client's named worker (omatyöntekijä, lapsen asioista
        vastaava sosiaalityöntekijä)."""
        return {"fi": self.worker_word_fi, "sv": self.worker_word_sv}.get(
            language, self.worker_word_en
        )


def units_of_services(codes: list[str] | tuple[str, ...]) -> list[str]:
    """The units of the service codes, in catalog order of units; unknown codes count as
    disability services'."""
    found = {
        SERVICES_BY_CODE[c].unit.value if c in SERVICES_BY_CODE else DEFAULT_UNIT for c in codes
    }
    return [u.value for u in ServiceUnit if u.value in found] + sorted(
        found - {u.value for u in ServiceUnit}
    )

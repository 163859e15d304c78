"""What a document is made of: frozen, picklable inputs, so a batch can cross processes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.documents.checklist_templates import ChecklistTemplate
from omatyontekija.documents.labels import check_language
from omatyontekija.domain.catalog import ServiceUnit, unit_name
from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import Handover
from omatyontekija.domain.worker import Worker

_ORGANISATION_DEMO = {
    "fi": "Jyväskylän kaupunki",
    "sv": "Jyväskylä stad",
    "en": "City of Jyväskylä",
}


@dataclass(frozen=True, slots=True)
class UnitHeader:
    """The sender printed at the top of every page; configured per service unit."""

    organisation: str = "Jyväskylän kaupunki"
    unit: str = "Vammaispalvelut"
    address: str = ""
    phone: str = ""


def default_header(unit: ServiceUnit | str, language: str = "fi") -> UnitHeader:
    """A demo header for ``unit`` in ``language`` (the organisation of the seeds)."""
    name = unit_name(ServiceUnit(unit), check_language(language))
    return UnitHeader(organisation=_ORGANISATION_DEMO[language], unit=name[:1].upper() + name[1:])


@dataclass(frozen=True, slots=True)
class HandoverDocument:
    """The handover checklist of one accompanied handover, ready to print.

    ``from_worker`` is None when the client had no named worker before. The
    constructor refuses parts that do not belong together (another client,
    worker or template than the handover names), so a batch cannot print one
    client's handover with another client's data.
    """

    handover: Handover
    client: Client
    from_worker: Worker | None
    to_worker: Worker
    template: ChecklistTemplate
    header: UnitHeader
    language: str
    printed_at: dt.datetime
    supervisor: Worker | None = None

    def __post_init__(self) -> None:
        check_language(self.language)
        handover = self.handover
        if self.client.id != handover.client_id:
            raise ValueError(f"handover {handover.id}: client {self.client.id} is not its client")
        if self.to_worker.id != handover.to_worker.id:
            raise ValueError(f"handover {handover.id}: to_worker {self.to_worker.id} differs")
        from_id = self.from_worker.id if self.from_worker else None
        expected = handover.from_worker.id if handover.from_worker else None
        if from_id != expected:
            raise ValueError(f"handover {handover.id}: from_worker {from_id} differs")
        if self.template.id != handover.template:
            raise ValueError(
                f"handover {handover.id}: template {self.template.id!r} is not "
                f"{handover.template!r}"
            )


@dataclass(frozen=True, slots=True)
class ClientLetter:
    """A letter telling the client who their named worker, or area worker, is and how to reach them.

    With ``previous_worker`` and ``change_date`` the letter also tells that the
    named worker changes (an accompanied handover); ``handover_id`` then names
    the file after the handover.
    """

    client: Client
    named_worker: Worker | None
    area_workers: tuple[Worker, ...]
    header: UnitHeader
    language: str
    printed_at: dt.datetime
    previous_worker: Worker | None = None
    change_date: dt.date | None = None
    handover_id: int | None = None

    def __post_init__(self) -> None:
        check_language(self.language)
        if not isinstance(self.area_workers, tuple):
            object.__setattr__(self, "area_workers", tuple(self.area_workers))
        if (self.previous_worker is None) != (self.change_date is None):
            raise ValueError("previous_worker and change_date go together")

    @classmethod
    def for_client(
        cls,
        client: Client,
        header: UnitHeader,
        printed_at: dt.datetime,
        *,
        language: str | None = None,
        previous_worker: Worker | None = None,
        change_date: dt.date | None = None,
        handover_id: int | None = None,
    ) -> ClientLetter:
        """A letter from the client record, in the client's own language unless told otherwise."""
        return cls(
            client=client,
            named_worker=client.named_worker,
            area_workers=client.area_workers,
            header=header,
            language=language or client.language.value,
            printed_at=printed_at,
            previous_worker=previous_worker,
            change_date=change_date,
            handover_id=handover_id,
        )


Document = HandoverDocument | ClientLetter

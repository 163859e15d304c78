"""What a document is made of: frozen, picklable inputs, so a batch can cross processes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.documents.checklist_templates import ChecklistTemplate
from omatyontekija.documents.labels import check_language
from omatyontekija.domain.area import E_SERVICE_NAME
from omatyontekija.domain.catalog import ServiceUnit, unit_name
from omatyontekija.domain.client import Client, CloseOne
from omatyontekija.domain.handover import Handover
from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.domain.worker import Worker


@dataclass(frozen=True, slots=True)
class UnitHeader:
    """The sender printed at the top of every page: the unit's settings (set at the first
    start, see services/admin/setup), never a name written into the program."""

    organisation: str = ""
    unit: str = ""
    address: str = ""
    phone: str = ""
    phone_hours: str = ""  # e.g. "ma–pe klo 9–11"
    e_service: str = E_SERVICE_NAME
    e_service_address: str = ""  # e.g. "polku.example.fi"


class RecipientRole(StrEnum):
    CLIENT = "client"
    CUSTODIAN = "custodian"  # huoltaja: a child's letter goes to each
    LEGAL_GUARDIAN = "legal_guardian"  # edunvalvoja covering personal matters: a copy


@dataclass(frozen=True, slots=True)
class Recipient:
    """Whom a letter is addressed to; the client is its subject whoever receives it."""

    name: str
    role: RecipientRole
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    non_disclosure: bool = False

    @classmethod
    def of_client(cls, client: Client) -> Recipient:
        return cls(
            f"{client.first_names} {client.last_name}".strip(),
            RecipientRole.CLIENT,
            client.street_address,
            client.postal_code,
            client.post_office,
            client.non_disclosure,
        )

    @classmethod
    def of_close_one(cls, close_one: CloseOne, role: RecipientRole) -> Recipient:
        return cls(
            close_one.name,
            role,
            close_one.street_address,
            close_one.postal_code,
            close_one.post_office,
            close_one.non_disclosure,
        )


def recipients_of(client: Client, on: dt.date, language: str = "fi") -> tuple[Recipient, ...]:
    """Whom a letter about ``client`` goes to on ``on``.

    A child (under 18): each recorded guardian (huoltaja), or, when none is
    recorded, "the child's guardians" at the child's address, never the child.
    An adult: the client, and a copy to each edunvalvoja whose task covers
    personal matters.
    """
    from omatyontekija.documents.labels import label  # the catalog, not needed by the model

    child = client.age_on(on) < 18
    if child:
        guardians = [c for c in client.close_ones if c.is_custodian_of(child=True)]
        if guardians:
            return tuple(Recipient.of_close_one(c, RecipientRole.CUSTODIAN) for c in guardians)
        return (
            Recipient(
                label("letter.to_guardians", language),
                RecipientRole.CUSTODIAN,
                client.street_address,
                client.postal_code,
                client.post_office,
                client.non_disclosure,
            ),
        )
    copies = [c for c in client.close_ones if c.gets_copy_as_legal_guardian(child=False)]
    return (
        Recipient.of_client(client),
        *(Recipient.of_close_one(c, RecipientRole.LEGAL_GUARDIAN) for c in copies),
    )


class NonDisclosure(ValueError):
    """A document would print a protected address (turvakielto); it is refused whole."""


def default_header(
    unit: ServiceUnit | str, language: str = "fi", settings: UnitSettings | None = None
) -> UnitHeader:
    """The header of the unit's ``settings``; the unit's name, when not set, is the name of
    the service unit ``unit`` in ``language``."""
    settings = settings or UnitSettings()
    name = settings.unit or unit_name(ServiceUnit(unit), check_language(language))
    return UnitHeader(
        organisation=settings.organisation,
        unit=name[:1].upper() + name[1:],
        address=settings.address,
        phone=settings.phone,
        phone_hours=settings.phone_hours,
        # The unit's settings keep the e-service's address; its name stays the seeds' Polku.
        e_service_address=settings.e_service,
    )


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
    """A letter telling whom to contact about the client: the named worker, or the area worker.

    A change of named worker (an accompanied handover) is told as it stands on
    the day the letter is read: with ``previous_worker`` and ``changed`` false
    the change is still ahead ("will change on ``change_date``", the date the
    division or handover takes effect; without a date, "will change" and no
    date), and ``named_worker`` is the coming one; with ``changed`` true the
    new worker "is". A handover that names a client's first named worker
    (no ``previous_worker``) says "will be" until ``changed``. ``recipients``
    are whom it is addressed to (one page each): the client, or a child's
    guardians, plus an edunvalvoja whose task
    covers personal matters. ``plain`` asks for the plain-language
    (selkokieli) Finnish text. ``sender`` signs it.
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
    changed: bool = False
    recipients: tuple[Recipient, ...] = ()
    plain: bool = False
    sender: Worker | None = None
    # Seed 003: the client's responsible worker across units, the first contact in any matter.
    responsible_worker: Worker | None = None

    def __post_init__(self) -> None:
        check_language(self.language)
        if not isinstance(self.area_workers, tuple):
            object.__setattr__(self, "area_workers", tuple(self.area_workers))
        if not isinstance(self.recipients, tuple):
            object.__setattr__(self, "recipients", tuple(self.recipients))
        if self.change_date is not None and self.previous_worker is None and not self.handover_id:
            # A date of change belongs to a handover: a previous worker's, or a first naming's.
            raise ValueError("a change_date needs the previous_worker or the handover")
        if self.plain and self.language != "fi":
            raise ValueError("the plain-language letter is Finnish (selkokieli)")

    @property
    def to(self) -> tuple[Recipient, ...]:
        """Whom the letter goes to; the client when nobody else is named."""
        return self.recipients or (Recipient.of_client(self.client),)

    @property
    def is_child(self) -> bool:
        return self.client.age_on(self.printed_at.date()) < 18

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
        plain: bool = False,
    ) -> ClientLetter:
        """A letter from the client record, in the client's own language unless told otherwise,
        to whoever acts for the client (``recipients_of``)."""
        language = language or client.language.value
        return cls(
            client=client,
            named_worker=client.named_worker,
            area_workers=client.area_workers,
            header=header,
            language=language,
            printed_at=printed_at,
            previous_worker=previous_worker,
            change_date=change_date,
            handover_id=handover_id,
            recipients=recipients_of(client, printed_at.date(), language),
            plain=plain,
            sender=client.named_worker,
        )


Document = HandoverDocument | ClientLetter

"""A client of the unit, as the records hold them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from omatyontekija.domain.area import Area
from omatyontekija.domain.catalog import ServiceType
from omatyontekija.domain.identity import age_on, birth_date_of
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker, WorkerRef


class ServicePathStage(StrEnum):
    APPLICATION = "application"  # hakemus
    SERVICE_NEED_ASSESSMENT = "service_need_assessment"  # palvelutarpeen arviointi
    SERVICE_PLANNING = "service_planning"  # palvelusuunnittelu


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


class CloseOneRelation(StrEnum):
    CUSTODIAN = "custodian"  # huoltaja: a child's guardian, receives the child's letters
    LEGAL_GUARDIAN = "legal_guardian"  # edunvalvoja: appointed for an adult, with a scope
    GUARDIAN = "guardian"  # recorded before the two were told apart; read by the client's age
    RELATIVE = "relative"  # omainen
    PROFESSIONAL = "professional"  # muu ammattilainen
    OTHER = "other"


class GuardianScope(StrEnum):
    """What an edunvalvoja's appointment covers (holhoustoimilaki 442/1999)."""

    FINANCIAL = "financial"  # taloudelliset asiat
    PERSONAL = "personal"  # henkilöä koskevat asiat
    FINANCIAL_AND_PERSONAL = "financial_and_personal"

    @property
    def covers_personal_matters(self) -> bool:
        return self is not GuardianScope.FINANCIAL


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """The facts the named-worker rules read (contracts v1 and v2 of DOMAIN.md).

    ``None`` means "not recorded": the rules then read the contract's default
    (shown in the comment) and a "consider" suggestion names the fact as one
    that would decide it.
    """

    can_seek_services: bool | None = None  # default True
    can_act_with_network: bool | None = None  # default True
    # contract v2: the client or their guardian asks for a named worker (rule C5)
    client_requests_named_worker: bool | None = None  # default False
    needs_multisector_coordination: bool | None = None  # default False
    no_suitable_service_found: bool | None = None  # default False
    intellectual_disability: bool | None = None  # default False
    clientship_since: dt.date | None = None
    current_worker_since: dt.date | None = None
    life_situation_reason: str | None = None


@dataclass(frozen=True, slots=True)
class GrantedService:
    service: ServiceType
    granted_on: dt.date | None = None
    ends_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class CloseOne:
    name: str
    relation: CloseOneRelation
    phone: str = ""
    email: str = ""
    note: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    guardian_scope: GuardianScope | None = None  # only for a legal guardian (edunvalvoja)
    non_disclosure: bool = False  # turvakielto: the address is never printed or listed

    def is_custodian_of(self, child: bool) -> bool:
        """A child's guardian (huoltaja); an old "guardian" row of a child counts as one."""
        if self.relation is CloseOneRelation.CUSTODIAN:
            return True
        return child and self.relation is CloseOneRelation.GUARDIAN

    def gets_copy_as_legal_guardian(self, child: bool) -> bool:
        """An adult's edunvalvoja whose task covers personal matters gets the client's letters."""
        if child:
            return False
        if self.relation is CloseOneRelation.LEGAL_GUARDIAN:
            return self.guardian_scope is None or self.guardian_scope.covers_personal_matters
        return False


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the client list: what a worker sees before opening the client."""

    id: int
    identity_code: str
    last_name: str
    first_names: str
    postal_code: str
    area: str | None
    named_worker: WorkerRef | None
    # The area worker of the client's role (domain.area.social_workers_client); the area's
    # social worker (or its only worker) until the service knows the role.
    area_worker: WorkerRef | None
    # (unit code, named worker or None) for every unit the client is in; named_worker
    # above is disability services'.
    named_workers: tuple[tuple[str, WorkerRef | None], ...] = ()
    # The area's counsellor when the area has a social worker too: the area worker of
    # a counsellor's client.
    area_counsellor: WorkerRef | None = None

    def with_units(self, named_workers: tuple[tuple[str, WorkerRef | None], ...]) -> ClientRow:
        """This row with its named worker per unit."""
        return self._with(self.area_worker, named_workers)

    def with_role(self, social_workers_client: bool) -> ClientRow:
        """This row with the area worker of the client's role."""
        if social_workers_client or self.area_counsellor is None:
            return self
        return self._with(self.area_counsellor, self.named_workers)

    def _with(
        self, area_worker: WorkerRef | None, named_workers: tuple[tuple[str, WorkerRef | None], ...]
    ) -> ClientRow:
        # Made directly, not by dataclasses.replace (a third of its cost): the list makes
        # one per row on every keystroke.
        return ClientRow(
            self.id,
            self.identity_code,
            self.last_name,
            self.first_names,
            self.postal_code,
            self.area,
            self.named_worker,
            area_worker,
            named_workers,
            self.area_counsellor,
        )

    @property
    def name(self) -> str:
        return f"{self.last_name} {self.first_names}"


@dataclass(frozen=True, slots=True)
class Client:
    """A whole client record with what the client view shows."""

    id: int
    identity_code: str
    last_name: str
    first_names: str
    language: Language = Language.FI
    phone: str = ""
    email: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    stage: ServicePathStage = ServicePathStage.APPLICATION
    facts: ClientFacts = field(default_factory=ClientFacts)
    services: tuple[GrantedService, ...] = ()
    close_ones: tuple[CloseOne, ...] = ()
    named_worker: Worker | None = None
    area: Area | None = None
    service_plan_updated: dt.date | None = None
    service_plan_next_update: dt.date | None = None
    special_care_programme_updated: dt.date | None = None
    version: int = 1
    non_disclosure: bool = False  # turvakielto: the address stays inside the client view
    # (unit code, named worker or None) for every unit the client is in, with how to
    # reach each; named_worker above is disability services'.
    unit_workers: tuple[tuple[str, Worker | None], ...] = ()
    # Seed 003: the unit whose named worker is the client's responsible worker, the first
    # contact in any matter; None: none marked.
    responsible_unit: str | None = None
    # (unit code, area) of the client's postal code in the division of each other unit
    # the client is in that has one (each unit its own division); ``area`` above is
    # disability services'.
    unit_areas: tuple[tuple[str, Area | None], ...] = ()

    @property
    def responsible_worker(self) -> Worker | None:
        return self.unit_worker(self.responsible_unit) if self.responsible_unit else None

    def unit_worker(self, unit: str) -> Worker | None:
        return dict(self.unit_workers).get(unit)

    def unit_area(self, unit: str) -> Area | None:
        """The client's area in ``unit``'s division (disability services': ``area``)."""
        if unit == DEFAULT_UNIT:
            return self.area
        return dict(self.unit_areas).get(unit)

    def unit_area_workers(self, unit: str) -> tuple[Worker, ...]:
        """The workers of the client's area in ``unit``'s division: the contact there when
        the unit has named no one."""
        area = self.unit_area(unit)
        return area.workers if area else ()

    @property
    def name(self) -> str:
        return f"{self.last_name} {self.first_names}"

    @property
    def birth_date(self) -> dt.date:
        return birth_date_of(self.identity_code)

    def age_on(self, on: dt.date) -> int:
        return age_on(self.birth_date, on)

    @property
    def service_codes(self) -> tuple[str, ...]:
        return tuple(s.service.code for s in self.services)

    @property
    def area_workers(self) -> tuple[Worker, ...]:
        return self.area.workers if self.area else ()

    @property
    def contact_worker(self) -> Worker | None:
        """Whom the client contacts: the named worker, else the worker of their area."""
        if self.named_worker is not None:
            return self.named_worker
        workers = self.area_workers
        return workers[0] if workers else None

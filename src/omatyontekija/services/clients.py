"""Finding clients, opening a client's record and saving changes to it.

Every function that returns client data checks the user's role first and logs
the access before returning (services/audit.py); nothing is returned when the
log cannot be written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.client import Client, ClientFacts, ClientRow, Language
from omatyontekija.domain.client_fields import check_field
from omatyontekija.domain.errors import UserError
from omatyontekija.domain.search import SearchTerms, parse_search
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.services import area_workers
from omatyontekija.services.authorization import AccessDenied, may
from omatyontekija.services.messages import message
from omatyontekija.services.trust.use_case import ClientNotFound, Work, use_case
from omatyontekija.store.client_edits import VersionConflict

__all__ = [
    "PAGE_SIZE",
    "ClientNotFound",
    "ClientPage",
    "ConcurrentEdit",
    "count_clients",
    "find_clients",
    "get_client",
    "update_client_contact",
    "update_client_facts",
]

# A page fills a tall screen; the list asks for the next one as it scrolls, so
# each keystroke reads, and logs as seen, only what the list can show.
PAGE_SIZE = 60


class ConcurrentEdit(Exception):
    """Someone saved the client after this editor loaded it; reload, then change again."""

    def __init__(
        self, client_id: int, changed_by: str, changed_at: dt.datetime, version: int
    ) -> None:
        self.client_id = client_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
        super().__init__(self.text("en"))

    @classmethod
    def of(cls, client_id: int, conflict: VersionConflict) -> ConcurrentEdit:
        stamp = conflict.stamp
        if stamp is None:  # the row changed between our read and write: who is not known
            return cls(client_id, "?", dt.datetime.now(dt.UTC), -1)
        return cls(client_id, stamp.updated_by, stamp.updated_at, stamp.version)

    def text(self, language: str) -> str:
        return message(
            "concurrent_edit",
            language,
            client_id=self.client_id,
            changed_by=self.changed_by or "?",
            changed_at=f"{self.changed_at.astimezone():%d.%m.%Y %H:%M:%S}",
        )


@dataclass(frozen=True, slots=True)
class ClientPage:
    rows: tuple[ClientRow, ...]
    # Where the next page starts; None when this was the last one.
    next_after: tuple[str, int] | None


@use_case(Action.SEARCH, listing=True)
def find_clients(
    work: Work,
    text: str | SearchTerms,
    *,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
    unit: str = DEFAULT_UNIT,
    with_units: bool = True,
) -> ClientPage:
    """A page of clients matching the search text, in name order; logged as ``search``.
    Each row's area and area worker are those of ``unit``'s own division.

    ``with_units`` False: the rows' named worker in every unit (``ClientRow.named_workers``)
    is left out (empty) unless ``unit`` needs it for its area worker; the window's list,
    which shows ``unit``'s own named worker, asks so: one statement less a keystroke.

    A page is one screen: a longer listing is an export of other areas' clients
    too, and only a role that may export gets one. Raises InvalidIdentityCode
    when the text is a whole identity code that is wrong, AccessDenied for a
    user who may not list clients, AccessLogUnavailable.
    """
    if limit > PAGE_SIZE and not may(work.user.role, Task.EXPORT):
        raise AccessDenied("listing_is_export", role=work.user.role.value, limit=PAGE_SIZE)
    terms = text if isinstance(text, SearchTerms) else parse_search(text)
    # One row more than asked tells whether another page exists.
    found, facts = work.clients.search_rows_and_facts(
        terms, on=work.today, after=after, limit=limit + 1, unit=unit
    )
    more = len(found) > limit
    found = found[:limit]
    work.shown(row.id for _, row in found)
    if with_units or unit != DEFAULT_UNIT:
        per_unit = work.units.named_worker_pairs([row.id for _, row in found])
        rows = [row.with_units(per_unit.get(row.id, ())) for _, row in found]
    else:
        rows = [row for _, row in found]
    rows = area_workers.by_role(work, rows, unit, facts=facts)
    return ClientPage(tuple(rows), found[-1][0] if more else None)


@use_case(None, listing=True)
def count_clients(work: Work, text: str | SearchTerms, *, cap: int | None = None) -> int:
    """How many clients match; with ``cap`` the answer is at most cap + 1 ("more than cap").

    A count shows no client's data, so it is not logged.
    """
    terms = text if isinstance(text, SearchTerms) else parse_search(text)
    return work.clients.count_clients(terms, cap=cap)


@use_case(Action.VIEW, client="client_id")
def get_client(work: Work, client_id: int, *, reason: str | None = None) -> Client:
    """The whole record, logged as ``view`` (with the reason, if one was given).

    Raises ClientNotFound, AccessDenied, ReasonRequired (a worker opening a
    client who is not theirs: call again with a reason), AccessLogUnavailable.
    """
    client = work.clients.load_client(client_id, on=work.today)
    if client is None:
        raise ClientNotFound(client_id)
    refs = work.units.named_workers([client_id]).get(client_id, {})
    unit_workers = tuple(
        (unit, None if ref is None else work.workers.get_worker(ref.id))
        for unit, ref in refs.items()
    )
    # The area worker of a client in a unit comes from that unit's own division.
    unit_areas = tuple(
        (unit, work.areas.area_of_postal_code(client.postal_code, work.today, unit))
        for unit in refs
        if unit != DEFAULT_UNIT
    )
    return dataclasses.replace(client, unit_workers=unit_workers, unit_areas=unit_areas)


_FACT_TYPES: dict[str, tuple[type, ...]] = {
    "can_seek_services": (bool,),
    "can_act_with_network": (bool,),
    "client_requests_named_worker": (bool,),
    "needs_multisector_coordination": (bool,),
    "no_suitable_service_found": (bool,),
    "intellectual_disability": (bool,),
    "clientship_since": (dt.date,),
    "current_worker_since": (dt.date,),
    "life_situation_reason": (str,),
}
assert set(_FACT_TYPES) == set(ClientFacts.__dataclass_fields__)
_CONTACT_TYPES: dict[str, tuple[type, ...]] = {
    "phone": (str,),
    "email": (str,),
    "street_address": (str,),
    "postal_code": (str,),
    "post_office": (str,),
    "language": (Language,),
}
_NULLABLE = set(_FACT_TYPES)


def _checked(changes: dict, types: dict[str, tuple[type, ...]], today: dt.date) -> dict:
    checked = dict(changes)
    for name, value in changes.items():
        if name not in types:
            raise ValueError(f"{name}: not a field that can be changed here")
        if value is None and name in _NULLABLE:
            continue
        if name == "language" and isinstance(value, str) and value in set(Language):
            continue
        # datetime is a date subclass, and bool an int one: check exactly
        if type(value) not in types[name]:
            raise ValueError(f"{name}: expected {types[name][0].__name__}")
        # The same rules as the import's (domain/client_fields.py): what an edit saves,
        # an export writes and an import reads back unchanged.
        try:
            checked[name] = check_field(name, value, today)
        except ValueError as error:
            raise UserError("client_field", field=name, problem=error) from None
    return {n: (str(v) if isinstance(v, Language) else v) for n, v in checked.items()}


def _update(work: Work, client_id: int, expected_version: int, changes: dict) -> int:
    try:
        stamp = work.client_edits.update_client(client_id, expected_version, changes, by=work.login)
    except VersionConflict as conflict:
        raise ConcurrentEdit.of(client_id, conflict) from None
    if stamp is None:
        raise ClientNotFound(client_id)
    return stamp.version


@use_case(Action.EDIT, client="client_id")
def update_client_facts(work: Work, client_id: int, expected_version: int, **changes) -> int:
    """Save rule facts (ClientFacts names, None = not recorded) if nobody saved in between.

    Returns the new version. Raises ConcurrentEdit naming who changed the record
    and when, ValueError for an unknown field or a wrong type, ClientNotFound,
    AccessDenied, AccessLogUnavailable; nothing is saved on any of them.
    """
    return _update(
        work, client_id, expected_version, _checked(changes, _FACT_TYPES, work.real_today)
    )


@use_case(Action.EDIT, client="client_id")
def update_client_contact(work: Work, client_id: int, expected_version: int, **changes) -> int:
    """Save contact details (phone, email, street_address, postal_code, post_office, language);
    the same promises as ``update_client_facts``."""
    return _update(
        work, client_id, expected_version, _checked(changes, _CONTACT_TYPES, work.real_today)
    )

"""Finding clients, opening a client's record and saving changes to it.

Every function that returns client data checks the user's role first and logs
the access before returning (services/audit.py); nothing is returned when the
log cannot be written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import Client, ClientFacts, ClientRow, Language
from omatyontekija.domain.search import SearchTerms, parse_search
from omatyontekija.services.access import authorize_client, authorize_listing
from omatyontekija.services.audit import AccessLogUnavailable, append_entry, record_access
from omatyontekija.services.context import Context
from omatyontekija.services.messages import message
from omatyontekija.store import client_edits
from omatyontekija.store import clients as client_store

# A page fills a tall screen; the list asks for the next one as it scrolls, so
# each keystroke reads, and logs as seen, only what the list can show.
PAGE_SIZE = 60


class ClientNotFound(LookupError):
    def __init__(self, client_id: int) -> None:
        super().__init__(f"no client with id {client_id}")
        self.client_id = client_id


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


def find_clients(
    ctx: Context,
    text: str | SearchTerms,
    *,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ClientPage:
    """A page of clients matching the search text, in name order; logged as ``search``.

    Raises InvalidIdentityCode when the text is a whole identity code that is wrong,
    AccessDenied for a user who may not list clients, AccessLogUnavailable.
    """
    authorize_listing(ctx)
    terms = text if isinstance(text, SearchTerms) else parse_search(text)
    with ctx.db.read() as session:
        # One row more than asked tells whether another page exists.
        found = client_store.search_rows(session, terms, on=ctx.today, after=after, limit=limit + 1)
    more = len(found) > limit
    found = found[:limit]
    if found:
        record_access(ctx, Action.SEARCH, [row.id for _, row in found])
    return ClientPage(tuple(row for _, row in found), found[-1][0] if more else None)


def count_clients(ctx: Context, text: str | SearchTerms, *, cap: int | None = None) -> int:
    """How many clients match; with ``cap`` the answer is at most cap + 1 ("more than cap")."""
    authorize_listing(ctx)
    terms = text if isinstance(text, SearchTerms) else parse_search(text)
    with ctx.db.read() as session:
        return client_store.count_clients(session, terms, cap=cap)


def get_client(ctx: Context, client_id: int, *, reason: str | None = None) -> Client:
    """The whole record, logged as ``view`` (with the reason, if one was given).

    Raises ClientNotFound, AccessDenied, ReasonRequired (a worker opening a
    client who is not theirs: call again with a reason), AccessLogUnavailable.
    """
    if authorize_client(ctx, client_id, Action.VIEW, reason=reason) is None:
        raise ClientNotFound(client_id)
    with ctx.db.read() as session:
        client = client_store.load_client(session, client_id, on=ctx.today)
    if client is None:
        raise ClientNotFound(client_id)
    record_access(ctx, Action.VIEW, [client_id], reason=reason)
    return client


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


def _checked(changes: dict, types: dict[str, tuple[type, ...]]) -> dict:
    for name, value in changes.items():
        if name not in types:
            raise ValueError(f"{name}: not a field that can be changed here")
        if value is None and name in _NULLABLE:
            continue
        if name == "language" and isinstance(value, str) and value in set(Language):
            continue
        # datetime is a date subclass, and bool an int one: check exactly
        if type(value) not in types[name]:
            raise ValueError(f"{name}: expected {types[name][0].__name__}, got {value!r}")
    return {n: (str(v) if isinstance(v, Language) else v) for n, v in changes.items()}


def _update(ctx: Context, client_id: int, expected_version: int, changes: dict) -> int:
    if authorize_client(ctx, client_id, Action.EDIT) is None:
        raise ClientNotFound(client_id)
    try:
        with ctx.db.write() as session:
            stamp = client_edits.update_client(
                session, client_id, expected_version, changes, by=ctx.user
            )
            if stamp is None:
                raise ClientNotFound(client_id)
            try:
                # In the same transaction: the change and its log entry commit together.
                append_entry(session, ctx, Action.EDIT, [client_id])
            except Exception as error:
                raise AccessLogUnavailable(str(error).splitlines()[0]) from error
    except client_edits.VersionConflict as conflict:
        stamp = conflict.stamp
        if stamp is None:
            with ctx.db.read() as session:
                stamp = client_edits.change_stamp(session, client_id)
        raise ConcurrentEdit(client_id, stamp.updated_by, stamp.updated_at, stamp.version) from None
    return stamp.version


def update_client_facts(ctx: Context, client_id: int, expected_version: int, **changes) -> int:
    """Save rule facts (ClientFacts names, None = not recorded) if nobody saved in between.

    Returns the new version. Raises ConcurrentEdit naming who changed the record
    and when, ValueError for an unknown field or a wrong type, ClientNotFound,
    AccessDenied, AccessLogUnavailable; nothing is saved on any of them.
    """
    return _update(ctx, client_id, expected_version, _checked(changes, _FACT_TYPES))


def update_client_contact(ctx: Context, client_id: int, expected_version: int, **changes) -> int:
    """Save contact details (phone, email, street_address, postal_code, post_office, language);
    the same promises as ``update_client_facts``."""
    return _update(ctx, client_id, expected_version, _checked(changes, _CONTACT_TYPES))

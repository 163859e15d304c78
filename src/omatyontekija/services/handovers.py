"""Accompanied handovers (saattaen vaihtaen): start, follow, tick the checklist, complete, cancel.

A handover goes planned → in progress → done, or is cancelled while open.
Completing it names the new worker through ``designations.designate`` in the
same transaction, so the named-worker history records the handover as the
reason and a refusal leaves both the handover and the history as they were.
Every refusal is a ``HandoverError`` with a code and a text in fi/sv/en.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from omatyontekija.domain.access import Action
from omatyontekija.domain.designation import DecisionKind
from omatyontekija.domain.handover import (
    Handover,
    HandoverRow,
    HandoverStatus,
    ItemState,
)
from omatyontekija.services.access import authorize_listing
from omatyontekija.services.audit import record_access
from omatyontekija.services.context import Context
from omatyontekija.services.designations import DecisionError, designate
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handover_start import (
    service_unit_of,
    start_handover,
    start_handovers,
    template_for_client,
)
from omatyontekija.services.unit_of_work import one_transaction
from omatyontekija.store import handovers as handover_store
from omatyontekija.store.handovers import ListState

__all__ = [
    "HandoverError",
    "ListState",
    "advance_handover",
    "cancel_handover",
    "complete_handover",
    "get_handover",
    "list_handovers",
    "my_worker_id",
    "service_unit_of",
    "set_item_state",
    "skip_item",
    "start_handover",
    "start_handovers",
    "template_for_client",
    "update_handover",
]


class _Keep:
    """Marks a field that an update leaves as it is (None would clear it)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


# -- reading ----------------------------------------------------------------
def get_handover(ctx: Context, handover_id: int) -> Handover:
    """The handover with its checklist; HandoverError ``not_found`` if there is none."""
    with ctx.db.read() as session:
        handover = handover_store.load_handover(session, handover_id)
    if handover is None:
        raise HandoverError("not_found", id=handover_id)
    return handover


def my_worker_id(ctx: Context) -> int | None:
    """The worker record of the user, or None when the user is not one of the unit's workers."""
    return ctx.access.worker_id


def list_handovers(
    ctx: Context,
    *,
    state: ListState | str = ListState.OPEN,
    mine: bool = False,
    worker_id: int | None = None,
    client_id: int | None = None,
) -> list[HandoverRow]:
    """Handovers in ``state``; ``mine`` keeps those where the user hands over or receives.

    A user who is not a worker has no handovers of their own: ``mine`` then lists none.
    """
    state = ListState(state)
    authorize_listing(ctx)
    if mine:
        worker_id = my_worker_id(ctx)
        if worker_id is None:
            return []
    with ctx.db.read() as session:
        rows = handover_store.list_rows(
            session, state=state, worker_id=worker_id, today=ctx.today, client_id=client_id
        )
    if rows:  # the list names clients: a view of their data, logged before it is shown
        record_access(ctx, Action.SEARCH, [r.client_id for r in rows])
    return rows


# -- changing -------------------------------------------------------------------
def _open_for_change(session, handover_id: int, expected_version: int | None) -> Handover:
    handover = handover_store.load_handover(session, handover_id)
    if handover is None:
        raise HandoverError("not_found", id=handover_id)
    if expected_version is not None and handover.version != expected_version:
        raise HandoverError("stale", id=handover_id)
    if not handover.status.is_open:
        raise HandoverError("closed", id=handover_id, status=handover.status.value)
    return handover


def update_handover(
    ctx: Context,
    handover_id: int,
    *,
    expected_version: int | None = None,
    due_date: dt.date | None = KEEP,
    meeting_date: dt.date | None = KEEP,
    note: str = KEEP,
) -> Handover:
    """Change the dates or the note of an open handover; fields not given stay as they are."""
    values = {
        name: value
        for name, value in (("due_date", due_date), ("meeting_date", meeting_date), ("note", note))
        if value is not KEEP
    }
    if "note" in values:
        values["note"] = (values["note"] or "").strip()
    with ctx.db.write() as session:
        _open_for_change(session, handover_id, expected_version)
        handover_store.update_fields(session, handover_id, **values)
        return handover_store.load_handover(session, handover_id)


def set_item_state(
    ctx: Context,
    handover_id: int,
    key: str,
    state: ItemState | str,
    *,
    note: str | None = None,
    done_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Handover:
    """Mark a checklist item done, not applicable or open again, by the user, on ``done_on``.

    ``done_on`` defaults to today; reopening clears date and person. A note
    of None keeps the item's note. The first tick moves a planned handover to
    in progress. Skipping a required item goes through ``skip_item``.
    """
    state = ItemState(state)
    if state is ItemState.SKIPPED:
        raise ValueError("use skip_item to skip a required item with a reason")
    with ctx.db.write() as session:
        handover = _open_for_change(session, handover_id, expected_version)
        item = next((i for i in handover.items if i.key == key), None)
        if item is None:
            raise HandoverError("unknown_item", id=handover_id, key=key)
        settled = state is not ItemState.OPEN
        handover_store.set_item(
            session,
            handover_id,
            key,
            state=state,
            done_on=(done_on or ctx.today) if settled else None,
            done_by=ctx.user if settled else "",
            note=item.note if note is None else note.strip(),
        )
        if settled and handover.status is HandoverStatus.PLANNED:
            handover_store.set_status(session, handover_id, HandoverStatus.IN_PROGRESS)
        return handover_store.load_handover(session, handover_id)


def _skip(session, ctx: Context, handover: Handover, key: str, reason: str) -> None:
    item = next((i for i in handover.items if i.key == key), None)
    if item is None:
        raise HandoverError("unknown_item", id=handover.id, key=key)
    if not item.required:
        raise HandoverError("not_required", key=key)
    if not reason.strip():
        raise HandoverError("skip_reason_required", key=key)
    handover_store.set_item(
        session,
        handover.id,
        key,
        state=ItemState.SKIPPED,
        done_on=ctx.today,
        done_by=ctx.user,
        note=reason.strip(),
    )


def skip_item(
    ctx: Context, handover_id: int, key: str, reason: str, *, expected_version: int | None = None
) -> Handover:
    """Pass over a required item on purpose; the reason is kept as the item's note."""
    with ctx.db.write() as session:
        handover = _open_for_change(session, handover_id, expected_version)
        _skip(session, ctx, handover, key, reason)
        return handover_store.load_handover(session, handover_id)


def advance_handover(
    ctx: Context,
    handover_id: int,
    status: HandoverStatus | str,
    *,
    expected_version: int | None = None,
) -> Handover:
    """Move an open handover between planned and in progress (done and cancelled have their own)."""
    status = HandoverStatus(status)
    with ctx.db.write() as session:
        handover = _open_for_change(session, handover_id, expected_version)
        if not status.is_open:
            raise HandoverError("bad_transition", old=handover.status.value, new=status.value)
        handover_store.set_status(session, handover_id, status)
        return handover_store.load_handover(session, handover_id)


def cancel_handover(
    ctx: Context, handover_id: int, reason: str, *, expected_version: int | None = None
) -> Handover:
    """Cancel an open handover; the reason is added to its note. The named worker stays."""
    if not reason.strip():
        raise HandoverError("cancel_reason_required")
    with ctx.db.write() as session:
        handover = _open_for_change(session, handover_id, expected_version)
        note = "\n".join(p for p in (handover.note, reason.strip()) if p)
        handover_store.update_fields(session, handover_id, note=note)
        handover_store.set_status(session, handover_id, HandoverStatus.CANCELLED)
        return handover_store.load_handover(session, handover_id)


def complete_handover(
    ctx: Context,
    handover_id: int,
    *,
    skip: Mapping[str, str] | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> Handover:
    """Complete the handover and make the new worker the client's named worker.

    ``skip`` maps required item keys to the reason each is passed over. Refused
    with ``required_open`` while any required item is neither settled nor
    skipped with a reason; ``reason`` is the written reason ``designate`` asks
    for when the new worker differs from the suggestion. All in one
    transaction: on any refusal nothing changes.
    """
    with one_transaction(ctx) as (bound, session):
        handover = _open_for_change(session, handover_id, expected_version)
        for key, why in (skip or {}).items():
            _skip(session, ctx, handover, key, why)
        handover = handover_store.load_handover(session, handover_id)
        still_open = handover.open_required_items
        if still_open:
            raise HandoverError(
                "required_open",
                id=handover_id,
                count=len(still_open),
                items=", ".join(i.key for i in still_open),
            )
        handover_store.set_status(
            session, handover_id, HandoverStatus.DONE, completed_at=dt.datetime.now(dt.UTC)
        )
        try:
            designate(
                bound,
                handover.client_id,
                kind=DecisionKind.NAMED,
                worker_id=handover.to_worker.id,
                reason=reason,
                handover_id=handover_id,
            )
        except DecisionError as error:
            if error.code == "reason_required":
                raise HandoverError("decision_reason_required") from error
            raise HandoverError("decision_refused", detail=str(error)) from error
        return handover_store.load_handover(session, handover_id)

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
from omatyontekija.services.designations import DecisionError, designate
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handover_start import (
    service_unit_of,
    start_handover,
    start_handovers,
    template_for_client,
)
from omatyontekija.services.trust.use_case import Work, use_case
from omatyontekija.store.handovers import ListState

__all__ = [
    "HandoverError",
    "ListState",
    "advance_handover",
    "cancel_handover",
    "complete_handover",
    "get_handover",
    "list_handovers",
    "mark_item",
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


# -- who it concerns ---------------------------------------------------------------
def _client_of_handover(work: Work, arguments: dict) -> int:
    parties = work.handovers.handover_parties(arguments["handover_id"])
    if parties is None:
        raise HandoverError("not_found", id=arguments["handover_id"])
    return parties[0]


def _takes_part(work: Work, arguments: dict) -> bool:
    """The handover's old and new worker act on it as on their own client: the new one is
    often not yet related to the client (a reform that takes effect later)."""
    parties = work.handovers.handover_parties(arguments["handover_id"])
    me = work.user.worker_id
    return parties is not None and me is not None and me in parties[1:]


def _handover_use_case(action: Action = Action.HANDOVER, **declared: Any):
    return use_case(action, client=_client_of_handover, participant=_takes_part, **declared)


# -- reading ----------------------------------------------------------------
@_handover_use_case(Action.VIEW)
def get_handover(work: Work, handover_id: int) -> Handover:
    """The handover with its checklist; HandoverError ``not_found`` if there is none."""
    handover = work.handovers.load_handover(handover_id)
    if handover is None:
        raise HandoverError("not_found", id=handover_id)
    return handover


@use_case(None)
def my_worker_id(work: Work) -> int | None:
    """The worker record of the user, or None when the user is not one of the unit's workers."""
    return work.user.worker_id


@use_case(Action.SEARCH, listing=True)
def list_handovers(
    work: Work,
    *,
    state: ListState | str = ListState.OPEN,
    mine: bool = False,
    worker_id: int | None = None,
    client_id: int | None = None,
    not_informed: bool = False,
) -> list[HandoverRow]:
    """Handovers in ``state``; ``mine`` keeps those where the user hands over or receives,
    and those the user opened (a supervisor's, say: just started, it is theirs to follow);
    ``not_informed`` those whose "client informed" item is still open.

    The list names clients: a view of their data, logged before it is shown.
    """
    state = ListState(state)
    started_by = None
    if mine:
        worker_id = work.user.worker_id
        started_by = work.login
    rows = work.handovers.list_rows(
        state=state,
        worker_id=worker_id,
        today=work.today,
        client_id=client_id,
        started_by=started_by,
    )
    if not_informed:
        rows = [r for r in rows if r.informed is False]
    work.shown(r.client_id for r in rows)
    return rows


# -- changing -------------------------------------------------------------------
def _open_for_change(work: Work, handover_id: int, expected_version: int | None) -> Handover:
    handover = work.handovers.load_handover(handover_id)
    if handover is None:
        raise HandoverError("not_found", id=handover_id)
    if expected_version is not None and handover.version != expected_version:
        raise HandoverError("stale", id=handover_id)
    if not handover.status.is_open:
        raise HandoverError("closed", id=handover_id, status=handover.status.value)
    return handover


@_handover_use_case()
def update_handover(
    work: Work,
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
    _open_for_change(work, handover_id, expected_version)
    work.handovers.update_fields(handover_id, **values)
    return work.handovers.load_handover(handover_id)


@_handover_use_case()
def set_item_state(
    work: Work,
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
    handover = _open_for_change(work, handover_id, expected_version)
    mark_item(work, handover, key, state, note=note, done_on=done_on)
    return work.handovers.load_handover(handover_id)


def mark_item(
    work: Work,
    handover: Handover,
    key: str,
    state: ItemState,
    *,
    note: str | None = None,
    done_on: dt.date | None = None,
) -> None:
    """Set an item of an open handover inside the caller's use case (``set_item_state``, or
    a batch of letters ticking "client informed"): the user and ``done_on`` (default today)
    on a settled item, none on a reopened one; the first tick starts a planned handover."""
    item = next((i for i in handover.items if i.key == key), None)
    if item is None:
        raise HandoverError("unknown_item", id=handover.id, key=key)
    settled = state is not ItemState.OPEN
    work.handovers.set_item(
        handover.id,
        key,
        state=state,
        done_on=(done_on or work.today) if settled else None,
        done_by=work.login if settled else "",
        note=item.note if note is None else note.strip(),
    )
    if settled and handover.status is HandoverStatus.PLANNED:
        work.handovers.set_status(handover.id, HandoverStatus.IN_PROGRESS)


def _skip(work: Work, handover: Handover, key: str, reason: str) -> None:
    item = next((i for i in handover.items if i.key == key), None)
    if item is None:
        raise HandoverError("unknown_item", id=handover.id, key=key)
    if not item.required:
        raise HandoverError("not_required", key=key)
    if not reason.strip():
        raise HandoverError("skip_reason_required", key=key)
    work.handovers.set_item(
        handover.id,
        key,
        state=ItemState.SKIPPED,
        done_on=work.today,
        done_by=work.login,
        note=reason.strip(),
    )


@_handover_use_case()
def skip_item(
    work: Work, handover_id: int, key: str, reason: str, *, expected_version: int | None = None
) -> Handover:
    """Pass over a required item on purpose; the reason is kept as the item's note."""
    handover = _open_for_change(work, handover_id, expected_version)
    _skip(work, handover, key, reason)
    return work.handovers.load_handover(handover_id)


@_handover_use_case()
def advance_handover(
    work: Work,
    handover_id: int,
    status: HandoverStatus | str,
    *,
    expected_version: int | None = None,
) -> Handover:
    """Move an open handover between planned and in progress (done and cancelled have their own)."""
    status = HandoverStatus(status)
    handover = _open_for_change(work, handover_id, expected_version)
    if not status.is_open:
        raise HandoverError("bad_transition", old=handover.status.value, new=status.value)
    work.handovers.set_status(handover_id, status)
    return work.handovers.load_handover(handover_id)


@_handover_use_case()
def cancel_handover(
    work: Work, handover_id: int, reason: str, *, expected_version: int | None = None
) -> Handover:
    """Cancel an open handover; the reason is added to its note. The named worker stays."""
    if not reason.strip():
        raise HandoverError("cancel_reason_required")
    handover = _open_for_change(work, handover_id, expected_version)
    note = "\n".join(p for p in (handover.note, reason.strip()) if p)
    work.handovers.update_fields(handover_id, note=note)
    work.handovers.set_status(handover_id, HandoverStatus.CANCELLED)
    return work.handovers.load_handover(handover_id)


@_handover_use_case()
def complete_handover(
    work: Work,
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
    handover = _open_for_change(work, handover_id, expected_version)
    for key, why in (skip or {}).items():
        _skip(work, handover, key, why)
    handover = work.handovers.load_handover(handover_id)
    still_open = handover.open_required_items
    if still_open:
        raise HandoverError(
            "required_open",
            id=handover_id,
            count=len(still_open),
            items=", ".join(i.key for i in still_open),
        )
    work.handovers.set_status(
        handover_id, HandoverStatus.DONE, completed_at=dt.datetime.now(dt.UTC)
    )
    try:
        designate(
            work,
            handover.client_id,
            kind=DecisionKind.NAMED,
            worker_id=handover.to_worker.id,
            reason=reason,
            handover_id=handover_id,
            unit=handover.unit,
        )
    except DecisionError as error:
        if error.code == "reason_required":
            raise HandoverError("decision_reason_required") from error
        raise HandoverError("decision_refused", detail=str(error)) from error
    return work.handovers.load_handover(handover_id)

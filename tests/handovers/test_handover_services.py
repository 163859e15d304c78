"""Handover use cases: start, tick, skip, complete through designate, cancel, list."""

from __future__ import annotations

import datetime as dt

import pytest
from handover_cases import counsellor, moves, needs_social_worker, social_workers
from sqlalchemy import update

from omatyontekija.domain.handover import HandoverStatus, ItemState
from omatyontekija.services import handovers as h
from omatyontekija.services.clients import get_client
from omatyontekija.services.designations import history
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.store.models import HandoverRecord, UserRecord, WorkerRecord

DUE = dt.date(2026, 12, 31)


def codes(excinfo) -> str:
    return excinfo.value.code


def settle_required(ctx, handover, *, keep_open: int = 0):
    required = [i.key for i in handover.items if i.required]
    for key in required[keep_open:]:
        handover = h.set_item_state(ctx, handover.id, key, ItemState.DONE)
    return handover


# -- starting -------------------------------------------------------------------
def test_start_opens_a_planned_handover_with_the_units_default_checklist(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform", due_date=DUE)
    assert handover.status is HandoverStatus.PLANNED
    assert handover.client_id == move.client_id
    assert handover.from_worker.id == move.from_worker.id
    assert handover.to_worker.id == move.to_worker.id
    assert handover.due_date == DUE
    client = get_client(ctx, move.client_id)
    template = h.template_for_client(client)
    assert handover.template == template.id
    assert [i.key for i in handover.items] == [i.key for i in template.items]
    assert all(i.state is ItemState.OPEN for i in handover.items)


def test_a_client_without_a_named_worker_is_handed_over_from_nobody(ctx):
    move = moves(ctx, 1, with_named_worker=False)[0]
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "needs_changed")
    assert handover.from_worker is None


def test_a_chosen_template_is_kept(ctx, move):
    handover = h.start_handover(
        ctx,
        move.client_id,
        move.to_worker.id,
        "other",
        template="disability_services_single_service",
    )
    assert handover.template == "disability_services_single_service"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"template": "no_such_template"}, "template_unknown"),
        ({"to_worker_id": 9999}, "worker_unknown"),
        ({"client_id": 999_999}, "client_not_found"),
        ({"reason": "bored"}, None),
    ],
)
def test_start_refuses_bad_input_and_saves_nothing(ctx, move, change, code):
    args = {
        "client_id": move.client_id,
        "to_worker_id": move.to_worker.id,
        "reason": "area_reform",
        "template": None,
    }
    args.update(change)
    with pytest.raises(ValueError) as excinfo:
        h.start_handover(
            ctx, args["client_id"], args["to_worker_id"], args["reason"], template=args["template"]
        )
    if code:
        assert codes(excinfo) == code
    assert h.list_handovers(ctx, state="all") == []


def test_start_refuses_the_current_named_worker_and_a_second_open_handover(ctx, move):
    with pytest.raises(HandoverError) as excinfo:
        h.start_handover(ctx, move.client_id, move.from_worker.id, "other")
    assert codes(excinfo) == "same_worker"
    first = h.start_handover(ctx, move.client_id, move.to_worker.id, "other")
    with pytest.raises(HandoverError) as excinfo:
        h.start_handover(ctx, move.client_id, move.to_worker.id, "other")
    assert codes(excinfo) == "already_open"
    assert excinfo.value.values["handover"] == first.id


def test_an_inactive_worker_cannot_receive(ctx, move):
    with ctx.db.write() as session:
        session.get(WorkerRecord, move.to_worker.id).active = False
    with pytest.raises(HandoverError) as excinfo:
        h.start_handover(ctx, move.client_id, move.to_worker.id, "worker_leaves")
    assert codes(excinfo) == "worker_unknown"


def test_start_many_is_all_or_nothing(ctx):
    batch = moves(ctx, 5)
    pairs = [(m.client_id, m.to_worker.id) for m in batch]
    bad = [*pairs[:4], (batch[4].client_id, 9999)]
    with pytest.raises(HandoverError) as excinfo:
        h.start_handovers(ctx, bad, "area_reform", DUE)
    assert codes(excinfo) == "worker_unknown"
    assert h.list_handovers(ctx, state="all") == []
    with pytest.raises(HandoverError) as excinfo:
        h.start_handovers(ctx, [pairs[0], pairs[0]], "area_reform", DUE)
    assert codes(excinfo) == "duplicate_client"
    ids = h.start_handovers(ctx, pairs, "area_reform", DUE)
    rows = h.list_handovers(ctx, state="open")
    assert sorted(r.id for r in rows) == sorted(ids)
    assert [h.get_handover(ctx, i).client_id for i in ids] == [m.client_id for m in batch]


# -- the checklist ----------------------------------------------------------------
def test_ticking_an_item_records_who_and_when_and_starts_the_handover(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    key = handover.items[1].key
    ticked = h.set_item_state(ctx, handover.id, key, "done", note="Soitettu äidille")
    item = next(i for i in ticked.items if i.key == key)
    assert (item.state, item.done_on, item.done_by, item.note) == (
        ItemState.DONE,
        dt.date(2026, 11, 23),
        "testuser",
        "Soitettu äidille",
    )
    assert ticked.status is HandoverStatus.IN_PROGRESS
    assert ticked.version > handover.version
    reopened = h.set_item_state(ctx, handover.id, key, ItemState.OPEN)
    item = next(i for i in reopened.items if i.key == key)
    assert (item.state, item.done_on, item.done_by, item.note) == (
        ItemState.OPEN,
        None,
        "",
        "Soitettu äidille",
    )


def test_item_changes_refuse_unknown_keys_skips_and_stale_copies(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    with pytest.raises(HandoverError) as excinfo:
        h.set_item_state(ctx, handover.id, "no_such_item", "done")
    assert codes(excinfo) == "unknown_item"
    with pytest.raises(ValueError):
        h.set_item_state(ctx, handover.id, handover.items[0].key, ItemState.SKIPPED)
    h.set_item_state(ctx, handover.id, handover.items[0].key, "done")
    with pytest.raises(HandoverError) as excinfo:
        h.set_item_state(
            ctx, handover.id, handover.items[1].key, "done", expected_version=handover.version
        )
    assert codes(excinfo) == "stale"


def test_skipping_needs_a_required_item_and_a_reason(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    optional = next(i for i in handover.items if not i.required)
    required = next(i for i in handover.items if i.required)
    with pytest.raises(HandoverError) as excinfo:
        h.skip_item(ctx, handover.id, optional.key, "ei tarvita")
    assert codes(excinfo) == "not_required"
    with pytest.raises(HandoverError) as excinfo:
        h.skip_item(ctx, handover.id, required.key, "   ")
    assert codes(excinfo) == "skip_reason_required"
    skipped = h.skip_item(ctx, handover.id, required.key, "Asiakas kieltäytyi tapaamisesta")
    item = next(i for i in skipped.items if i.key == required.key)
    assert item.state is ItemState.SKIPPED
    assert item.note == "Asiakas kieltäytyi tapaamisesta"


# -- completing -------------------------------------------------------------------
def test_completion_is_refused_while_a_required_item_is_open(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    handover = settle_required(ctx, handover, keep_open=1)
    before = history(ctx, move.client_id)
    with pytest.raises(HandoverError) as excinfo:
        h.complete_handover(ctx, handover.id)
    assert codes(excinfo) == "required_open"
    assert excinfo.value.values["count"] == 1
    assert "pakollista" in excinfo.value.text("fi")
    assert h.get_handover(ctx, handover.id).status is HandoverStatus.IN_PROGRESS
    assert history(ctx, move.client_id) == before
    assert get_client(ctx, move.client_id).named_worker.id == move.from_worker.id


def test_completing_names_the_new_worker_with_the_handover_as_reason(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    handover = settle_required(ctx, handover)
    done = h.complete_handover(ctx, handover.id)
    assert done.status is HandoverStatus.DONE
    assert done.completed_at is not None
    assert get_client(ctx, move.client_id).named_worker.id == move.to_worker.id
    latest = history(ctx, move.client_id)[0]
    assert (latest.worker.id, latest.handover_id, latest.decided_by) == (
        move.to_worker.id,
        handover.id,
        "testuser",
    )
    with pytest.raises(HandoverError) as excinfo:
        h.set_item_state(ctx, handover.id, handover.items[0].key, "open")
    assert codes(excinfo) == "closed"


def test_open_required_items_may_be_skipped_each_with_a_reason_when_completing(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    open_keys = [i.key for i in handover.open_required_items]
    partly = dict.fromkeys(open_keys[:-1], "Sovittu esimiehen kanssa")
    with pytest.raises(HandoverError):
        h.complete_handover(ctx, handover.id, skip=partly)
    # the refused attempt skipped nothing
    assert h.get_handover(ctx, handover.id).open_required_items == handover.open_required_items
    with pytest.raises(HandoverError) as excinfo:
        h.complete_handover(ctx, handover.id, skip=dict.fromkeys(open_keys, ""))
    assert codes(excinfo) == "skip_reason_required"
    done = h.complete_handover(ctx, handover.id, skip=dict.fromkeys(open_keys, "Sovittu"))
    assert done.status is HandoverStatus.DONE
    assert {i.state for i in done.items if i.required} == {ItemState.SKIPPED}


def test_a_refused_decision_rolls_the_whole_completion_back(ctx):
    client_id = needs_social_worker(ctx)
    helper = counsellor(ctx)
    with pytest.raises(HandoverError) as excinfo:
        h.start_handover(ctx, client_id, helper.id, "needs_changed")
    assert codes(excinfo) == "role_reason_required"
    handover = h.start_handover(
        ctx, client_id, helper.id, "needs_changed", role_reason="Tuttu työntekijä"
    )
    keys = [i.key for i in handover.open_required_items]
    with pytest.raises(HandoverError) as excinfo:
        h.complete_handover(ctx, handover.id, skip=dict.fromkeys(keys, "x"))
    assert codes(excinfo) == "decision_reason_required"
    after = h.get_handover(ctx, handover.id)
    assert after.status is HandoverStatus.PLANNED
    assert after.open_required_items == handover.open_required_items
    done = h.complete_handover(
        ctx, handover.id, skip=dict.fromkeys(keys, "x"), reason="Tuttu työntekijä jatkaa"
    )
    assert done.status is HandoverStatus.DONE
    assert history(ctx, client_id)[0].reason == "Tuttu työntekijä jatkaa"


# -- status, fields, cancel ------------------------------------------------------------
def test_status_moves_between_planned_and_in_progress_only(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "area_reform")
    assert h.advance_handover(ctx, handover.id, "in_progress").status is HandoverStatus.IN_PROGRESS
    for target in ("done", "cancelled"):
        with pytest.raises(HandoverError) as excinfo:
            h.advance_handover(ctx, handover.id, target)
        assert codes(excinfo) == "bad_transition"
    assert h.advance_handover(ctx, handover.id, "planned").status is HandoverStatus.PLANNED


def test_update_sets_and_clears_fields_and_keeps_the_rest(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "other", due_date=DUE)
    meeting = dt.date(2026, 12, 3)
    updated = h.update_handover(
        ctx, handover.id, meeting_date=meeting, note=" Tulkki: viittomakieli "
    )
    assert (updated.due_date, updated.meeting_date, updated.note) == (
        DUE,
        meeting,
        "Tulkki: viittomakieli",
    )
    cleared = h.update_handover(ctx, handover.id, due_date=None)
    assert (cleared.due_date, cleared.meeting_date) == (None, meeting)


def test_cancel_needs_a_reason_keeps_the_named_worker_and_closes(ctx, move):
    handover = h.start_handover(ctx, move.client_id, move.to_worker.id, "client_moves")
    with pytest.raises(HandoverError) as excinfo:
        h.cancel_handover(ctx, handover.id, " ")
    assert codes(excinfo) == "cancel_reason_required"
    cancelled = h.cancel_handover(ctx, handover.id, "Asiakas ei muuttanutkaan")
    assert cancelled.status is HandoverStatus.CANCELLED
    assert "Asiakas ei muuttanutkaan" in cancelled.note
    assert get_client(ctx, move.client_id).named_worker.id == move.from_worker.id
    with pytest.raises(HandoverError) as excinfo:
        h.complete_handover(ctx, handover.id)
    assert codes(excinfo) == "closed"
    # a new handover of the same client may start once the old one is closed
    h.start_handover(ctx, move.client_id, move.to_worker.id, "client_moves")


# -- lists ------------------------------------------------------------------------------
def test_lists_by_state_with_overdue_and_progress(ctx):
    a, b, c, d = moves(ctx, 4)
    late = h.start_handover(
        ctx, a.client_id, a.to_worker.id, "other", due_date=dt.date(2026, 11, 1)
    )
    later = h.start_handover(ctx, b.client_id, b.to_worker.id, "other", due_date=DUE)
    finished = settle_required(ctx, h.start_handover(ctx, c.client_id, c.to_worker.id, "other"))
    h.complete_handover(ctx, finished.id)
    gone = h.start_handover(ctx, d.client_id, d.to_worker.id, "other")
    h.cancel_handover(ctx, gone.id, "virhe")

    def ids(state):
        return [r.id for r in h.list_handovers(ctx, state=state)]

    assert ids("open") == [late.id, later.id]  # the earliest due first
    assert ids("overdue") == [late.id]
    assert ids("done") == [finished.id]
    assert ids("cancelled") == [gone.id]
    assert sorted(ids("all")) == sorted([late.id, later.id, finished.id, gone.id])
    row = h.list_handovers(ctx, state="done")[0]
    assert row.required_open == 0 and row.items_settled >= row.items_total - 1
    assert row.client_name and row.identity_code
    assert h.list_handovers(ctx, state="open")[0].is_overdue(ctx.today)


def test_mine_lists_where_the_users_worker_hands_over_or_receives(ctx):
    a, b = moves(ctx, 2)
    first = h.start_handover(ctx, a.client_id, a.to_worker.id, "other")
    second_to = next(
        w for w in social_workers(ctx) if w.id not in (a.to_worker.id, b.from_worker.id)
    )
    second = h.start_handover(ctx, b.client_id, second_to.id, "other")
    # The user's worker is in neither, but the user just started both: they are theirs.
    assert {r.id for r in h.list_handovers(ctx, mine=True)} == {first.id, second.id}
    with ctx.db.write() as session:  # started by someone else, they are not
        session.execute(update(HandoverRecord).values(created_by="someone-else"))
    assert h.list_handovers(ctx, mine=True) == []
    with ctx.db.write() as session:  # the user becomes the receiving worker
        session.execute(
            update(UserRecord)
            .where(UserRecord.login == "testuser")
            .values(worker_id=a.to_worker.id)
        )
    ctx.forget_user()
    assert h.my_worker_id(ctx) == a.to_worker.id
    mine = [r.id for r in h.list_handovers(ctx, mine=True)]
    assert first.id in mine
    assert all(
        a.to_worker.id in (r.to_worker.id, r.from_worker.id if r.from_worker else None)
        for r in h.list_handovers(ctx, mine=True)
    )


def test_unknown_handover(ctx):
    with pytest.raises(HandoverError) as excinfo:
        h.get_handover(ctx, 424242)
    assert codes(excinfo) == "not_found"

"""The reform services: the situation, what-if planning, and applying as one transaction."""

from __future__ import annotations

import datetime as dt
import pickle
from fractions import Fraction

import pytest
from conftest import JUSSI, KATI, SARI_LOGIN, execute, rows

from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.areas import division_on
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.handovers import start_handover
from omatyontekija.services.reform import (
    ReformError,
    WhatIf,
    apply_reform,
    changed_client_names,
    plan_reform,
    reform_situation,
)
from omatyontekija.store import handovers as handover_store

FROM = dt.date(2027, 1, 1)


def open_reform_handovers(ctx) -> dict[int, tuple]:
    found = rows(
        ctx,
        "SELECT client_id, from_worker_id, to_worker_id, due_date FROM handovers "
        "WHERE reason = 'area_reform' AND status = 'planned'",
    )
    return {client: rest for client, *rest in found}


def counts(ctx) -> tuple[int, ...]:
    return tuple(
        rows(ctx, f"SELECT COUNT(*) FROM {table}")[0][0]
        for table in ("area_divisions", "areas", "area_districts", "handovers", "workers")
    )


# -- the situation ------------------------------------------------------------
def test_situation_holds_the_demo_once_and_survives_pickling(situation):
    assert len(situation.clients) == 400
    assert len(situation.districts) == 30
    assert situation.division.effective_from == dt.date(2020, 3, 16)
    assert {w.id for w in situation.social_workers} == {2, 3, 4, 5, 6, 7, 8}
    assert pickle.loads(pickle.dumps(situation)) == situation


def test_plan_gives_the_new_worker_districts_within_every_capacity(proposal):
    assert proposal.status == "optimal" and proposal.has_plan
    kati = next(r for r in proposal.rows if r.key == KATI)
    assert kati.districts_before == () and kati.load_before == 0
    assert kati.districts_after and kati.load_after > 0
    for row in proposal.rows:
        assert row.load_after <= row.capacity
    jussi = next(r for r in proposal.rows if r.key == JUSSI)
    assert jussi.ratio_before > proposal.target  # why the demo needs a reform
    assert pickle.loads(pickle.dumps(proposal)).changes == proposal.changes


def test_changes_are_exactly_clients_of_social_workers_whose_district_worker_differs(
    situation, proposal
):
    after = dict(proposal.assignment)
    social = {w.id for w in situation.workers if w.role.value == "social_worker"}
    expected = {
        c.id
        for c in situation.clients
        if c.named_worker_id in social and str(c.named_worker_id) != after[c.postal_code]
    }
    assert {c.client_id for c in proposal.changes} == expected
    assert expected  # the demo has something to hand over
    for change in proposal.changes:
        assert change.new_worker_key == after[change.district]


def test_counsellors_clients_never_change(situation, proposal):
    counsellors = {w.id for w in situation.workers if w.role.value == "social_counsellor"}
    changed = {c.client_id for c in proposal.changes}
    assert not any(c.named_worker_id in counsellors for c in situation.clients if c.id in changed)


# -- what-if --------------------------------------------------------------------
def test_pinning_a_district_moves_it(situation, proposal):
    district = next(d for d, w in proposal.assignment if w != KATI)
    pinned = plan_reform(situation, WhatIf().with_pin(district, KATI))
    assert dict(pinned.assignment)[district] == KATI
    assert district in next(r for r in pinned.rows if r.key == KATI).pinned
    released = plan_reform(situation, pinned.what_if.with_pin(district, None))
    assert released.assignment == proposal.assignment


def test_a_capacity_change_replans(situation, proposal):
    zero = plan_reform(situation, WhatIf().with_capacity(KATI, 0))
    assert next(r for r in zero.rows if r.key == KATI).districts_after == ()
    assert zero.assignment != proposal.assignment


def test_an_added_worker_takes_part_in_the_plan(situation):
    what_if = WhatIf().with_new_worker("Uusi Työntekijä", 90)
    district = situation.districts[0]
    planned = plan_reform(situation, what_if.with_pin(district, "new1"))
    row = next(r for r in planned.rows if r.key == "new1")
    assert row.is_new and row.name == "Uusi Työntekijä" and district in row.districts_after


def test_a_target_nobody_can_meet_gives_a_reason_not_a_plan(situation):
    what_if = WhatIf()
    for worker in situation.social_workers:
        what_if = what_if.with_capacity(str(worker.id), 1)
    proposal = plan_reform(situation, what_if, max_load=Fraction(1))
    assert not proposal.has_plan and proposal.status == "infeasible"
    assert "kapasiteetista" in proposal.reason("fi")
    assert all(r.districts_after == () for r in proposal.rows)


@pytest.mark.parametrize(
    ("what_if", "code"),
    [
        (WhatIf().with_pin("99999", KATI), "unknown_district"),
        (WhatIf().with_pin("40100", "12"), "unknown_worker"),  # a counsellor is not planned
        (WhatIf().with_capacity("77", 10), "unknown_worker"),
        (WhatIf().with_capacity(KATI, -1), "bad_capacity"),
        (WhatIf().with_new_worker("  ", 10), "new_worker_name"),
    ],
)
def test_bad_what_ifs_are_refused_by_name(situation, what_if, code):
    with pytest.raises(ReformError) as refused:
        plan_reform(situation, what_if)
    assert refused.value.code == code
    assert refused.value.text("sv") and refused.value.text("fi")


# -- applying ---------------------------------------------------------------------
def test_apply_writes_a_division_readable_by_date_and_exactly_the_changed_handovers(ctx, proposal):
    applied = apply_reform(ctx, proposal, FROM)
    new = division_on(ctx, FROM)
    assert new.id == applied.division_id and new.effective_from == FROM
    assert division_on(ctx, FROM - dt.timedelta(days=1)).effective_from == dt.date(2020, 3, 16)
    assert {code: a.social_worker.id for a in new.areas for code in a.postal_codes} == {
        d: int(w) for d, w in proposal.assignment
    }
    assert len({a.name for a in new.areas}) == len(new.areas)
    assert all(a.counsellor is not None for a in new.areas)
    # Each area has the counsellor the counsellors' stage planned for its social worker.
    assert {str(a.social_worker.id): str(a.counsellor.id) for a in new.areas} == dict(
        proposal.counsellors.assignment
    )
    opened = open_reform_handovers(ctx)
    assert proposal.counsellors.changes  # the demo's counsellors are replanned too
    assert set(opened) == {c.client_id for c in proposal.all_changes}
    assert len(applied.handover_ids) == len(proposal.all_changes)
    for change in proposal.all_changes:
        from_id, to_id, due = opened[change.client_id]
        assert (from_id, to_id) == (change.old_worker_id, int(change.new_worker_key))
        assert due == (FROM + dt.timedelta(days=30)).isoformat()


def test_apply_saves_new_workers_and_capacities(ctx, situation):
    what_if = WhatIf().with_new_worker("Uusi Työntekijä", 90).with_capacity(KATI, 70)
    what_if = what_if.with_pin(situation.districts[0], "new1")
    applied = apply_reform(ctx, plan_reform(situation, what_if), FROM, due=dt.date(2027, 3, 1))
    (new_id,) = applied.created_worker_ids
    assert rows(ctx, "SELECT name, role, capacity, active FROM workers WHERE id = ?", new_id) == [
        ("Uusi Työntekijä", "social_worker", 90, 1)
    ]
    assert rows(ctx, "SELECT capacity FROM workers WHERE id = 8") == [(70,)]
    area = division_on(ctx, FROM).area_of(situation.districts[0])
    assert area.social_worker.id == new_id
    assert {due for *_, due in open_reform_handovers(ctx).values()} <= {"2027-03-01"}


def test_apply_saves_a_new_counsellor_with_areas_and_handovers_to_them(ctx, situation):
    what_if = WhatIf().with_new_worker("Uusi Ohjaaja", 300, WorkerRole.SOCIAL_COUNSELLOR)
    proposal = plan_reform(situation, what_if)
    assert all(not r.is_new for r in proposal.rows)  # the social workers' stage is as before
    (new_row,) = [r for r in proposal.counsellors.rows if r.is_new]
    assert new_row.name == "Uusi Ohjaaja" and new_row.load_after > 0
    applied = apply_reform(ctx, proposal, FROM)
    (new_id,) = applied.created_worker_ids
    assert rows(ctx, "SELECT name, role, capacity FROM workers WHERE id = ?", new_id) == [
        ("Uusi Ohjaaja", "social_counsellor", 300)
    ]
    division = division_on(ctx, FROM)
    mine = [a for a in division.areas if a.counsellor is not None and a.counsellor.id == new_id]
    assert mine and all(a.social_worker.role is WorkerRole.SOCIAL_WORKER for a in mine)
    handed = [to for _, to, _ in open_reform_handovers(ctx).values() if to == new_id]
    assert len(handed) == sum(1 for c in proposal.counsellors.changes if c.new_worker_key == "new1")
    assert handed


def test_a_client_with_an_open_handover_is_reported_not_duplicated(ctx, proposal):
    change = proposal.changes[0]
    other = next(r.key for r in proposal.rows if r.key not in (change.new_worker_key,))
    other = other if int(other) != change.old_worker_id else KATI
    existing = start_handover(ctx, change.client_id, int(other), "other")
    # The open handover counts as the client's coming named worker, so the
    # proposal made before it is stale; planned again, it still needs the move.
    with pytest.raises(ReformError):
        apply_reform(ctx, proposal, FROM)
    again = plan_reform(reform_situation(ctx))
    moved = change.client_id in {c.client_id for c in again.changes}
    applied = apply_reform(ctx, again, FROM)
    assert applied.skipped == (((change.client_id, existing.id),) if moved else ())
    assert len(applied.handover_ids) == len(again.all_changes) - moved
    assert change.client_id not in open_reform_handovers(ctx)


def test_a_failure_midway_leaves_nothing_at_all(ctx, monkeypatch):
    what_if = WhatIf().with_new_worker("Uusi Työntekijä", 90).with_capacity(KATI, 70)
    proposal = plan_reform(reform_situation(ctx), what_if)
    assert len(proposal.changes) > 3
    before = counts(ctx)
    real = handover_store.insert_handover
    calls = []

    def failing(session, **values):
        calls.append(values["client_id"])
        if len(calls) > 3:
            raise RuntimeError("disk full")
        return real(session, **values)

    monkeypatch.setattr(handover_store, "insert_handover", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        apply_reform(ctx, proposal, FROM)
    assert len(calls) == 4  # three handovers were written before the failure
    assert counts(ctx) == before
    assert rows(ctx, "SELECT capacity FROM workers WHERE id = 8")[0][0] != 70
    assert division_on(ctx, FROM).effective_from == dt.date(2020, 3, 16)


def test_the_date_must_be_later_than_every_division(ctx, proposal):
    with pytest.raises(ReformError) as refused:
        apply_reform(ctx, proposal, dt.date(2020, 3, 16))
    assert refused.value.code == "date_not_after"
    assert "2020-03-16" in refused.value.text("fi")
    apply_reform(ctx, proposal, FROM)
    with pytest.raises(ReformError):
        apply_reform(ctx, proposal, FROM)


def test_a_proposal_from_before_a_change_is_stale(ctx, proposal):
    client = proposal.changes[0].client_id
    execute(ctx, "UPDATE clients SET postal_code = '40100' WHERE id = ?", client)
    with pytest.raises(ReformError) as refused:
        apply_reform(ctx, proposal, FROM)
    assert refused.value.code == "stale"
    assert open_reform_handovers(ctx) == {}


def test_no_plan_is_refused(ctx, situation):
    what_if = WhatIf()
    for worker in situation.social_workers:
        what_if = what_if.with_capacity(str(worker.id), 1)
    with pytest.raises(ReformError) as refused:
        apply_reform(ctx, plan_reform(situation, what_if, max_load=Fraction(1)), FROM)
    assert refused.value.code == "no_plan"


def test_a_worker_may_not_plan_or_apply(as_user, ctx, proposal):
    worker = as_user(SARI_LOGIN)
    with pytest.raises(AccessDenied):
        reform_situation(worker)
    with pytest.raises(AccessDenied):
        apply_reform(worker, proposal, FROM)
    with pytest.raises(AccessDenied):
        changed_client_names(worker, [1])
    assert open_reform_handovers(ctx) == {}


def test_changed_client_names_are_logged_as_a_search(ctx, proposal):
    ids = [c.client_id for c in proposal.changes]
    names = changed_client_names(ctx, ids)
    assert set(names) == set(ids) and all(names.values())
    logged = rows(
        ctx,
        "SELECT c.client_id FROM access_log l JOIN access_log_clients c USING (sequence) "
        "WHERE l.action = 'search' AND l.reason = 'area_reform'",
    )
    assert {row[0] for row in logged} == set(ids)


def test_new_areas_keep_old_names_and_name_new_ones_after_their_districts(ctx, proposal):
    apply_reform(ctx, proposal, FROM)
    areas = {a.social_worker.id: a for a in division_on(ctx, FROM).areas}
    assert areas[2].name == "Keskusta ja Lutakko"  # Sari keeps her whole area
    assert areas[2].counsellor.id == 9
    kati = areas[int(KATI)]
    names = dict(proposal.situation.district_names)
    assert kati.name.split(" ja ")[0] in {names[c] for c in kati.postal_codes}
    assert division_on(ctx, FROM).name == "Aluejako 1.1.2027"


# -- plans build on the latest saved division (issue 16) ------------------------
def test_apply_then_plan_again_finds_nothing_and_a_new_plan_replaces_the_first(ctx, proposal):
    first = apply_reform(ctx, proposal, FROM)
    assert first.handover_ids
    again = plan_reform(reform_situation(ctx))
    assert again.situation.division.effective_from == FROM  # builds on the saved one
    assert again.changes == () and again.counsellors.changes == ()
    with pytest.raises(ReformError) as refused:
        apply_reform(ctx, again, FROM)
    assert refused.value.code == "nothing_to_change"

    # A different plan for the same date: pin a district away from its new worker.
    district, worker = next(
        (d, w) for d, w in again.assignment if any(c.district == d for c in proposal.changes)
    )
    other = next(r.key for r in again.rows if r.key != worker and r.capacity > 0)
    different = plan_reform(reform_situation(ctx), WhatIf().with_pin(district, other))
    assert different.changes
    second = apply_reform(ctx, different, FROM)
    future = "SELECT effective_from FROM area_divisions WHERE effective_from > '2026-11-23'"
    assert rows(ctx, future) == [(FROM.isoformat(),)]
    assert division_on(ctx, FROM).id == second.division_id
    cancelled = rows(
        ctx,
        "SELECT id, note FROM handovers WHERE status = 'cancelled' AND reason = 'area_reform'",
    )
    assert cancelled and {h for h, _ in cancelled} == set(second.cancelled_handover_ids)
    assert all(f"replaced by the reform of {FROM.isoformat()}" in note for _, note in cancelled)
    assert set(second.cancelled_handover_ids) <= set(first.handover_ids)
    # Every client the second plan moves has exactly one open reform handover to its new worker.
    open_now = open_reform_handovers(ctx)
    named = dict(rows(ctx, "SELECT id, named_worker_id FROM clients"))
    skipped = {client for client, _ in second.skipped}
    for change in different.changes:
        if change.client_id in skipped:
            continue
        if named[change.client_id] == int(change.new_worker_key):  # back to their own worker
            assert change.client_id not in open_now
        else:
            assert open_now[change.client_id][1] == int(change.new_worker_key)


@pytest.mark.parametrize("added", [False, True])
def test_the_new_worker_gets_a_fair_share_at_the_default_target(situation, added):
    # The demo's new worker is Kati Närhi (no area yet); one more may be added.
    what_if = WhatIf().with_new_worker("Uusi Työntekijä", 87) if added else WhatIf()
    proposal = plan_reform(situation, what_if)
    total = sum(r.load_after for r in proposal.rows)
    capacity = sum(r.capacity for r in proposal.rows)
    new = next(r for r in proposal.rows if r.is_new) if added else None
    for row in [r for r in proposal.rows if r.key == KATI] + ([new] if new else []):
        fair = row.capacity * total / capacity
        assert row.load_after >= 0.8 * fair, row
    assert proposal.max_load_ratio <= proposal.target + 0.05

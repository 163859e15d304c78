"""A reform's handovers by the stored link (handovers.division_id, migration 0014), not by times.

Letters for a reform (``handover letters --reform DATE``) and applying a plan
over a future division (which cancels the replaced plan's handovers that it
does not need) both find a reform's handovers by the division stored on each.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import KATI, execute, rows

from omatyontekija.services.areas import division_on
from omatyontekija.services.handovers import start_handover
from omatyontekija.services.letters import letter_handover_ids
from omatyontekija.services.reform import (
    ReformError,
    WhatIf,
    apply_reform,
    plan_reform,
    reform_situation,
)

FROM = dt.date(2027, 1, 1)


def links(ctx, ids) -> dict[int, int | None]:
    marks = ",".join("?" * len(ids))
    return dict(rows(ctx, f"SELECT id, division_id FROM handovers WHERE id IN ({marks})", *ids))


def a_different_plan(ctx, first_proposal):
    again = plan_reform(reform_situation(ctx))
    moved = {c.district for c in first_proposal.changes}
    district, worker = next((d, w) for d, w in again.assignment if d in moved)
    other = next(r.key for r in again.rows if r.key != worker and r.capacity > 0)
    return plan_reform(reform_situation(ctx), WhatIf().with_pin(district, other))


def test_a_reforms_handovers_carry_its_division_and_a_replacement_keeps_what_it_needs(
    ctx, proposal
):
    first = apply_reform(ctx, proposal, FROM)
    assert set(links(ctx, first.handover_ids).values()) == {first.division_id}
    assert letter_handover_ids(ctx, reform=FROM) == sorted(first.handover_ids)

    second = apply_reform(ctx, a_different_plan(ctx, proposal), FROM)
    assert second.cancelled_handover_ids
    kept = sorted(set(first.handover_ids) - set(second.cancelled_handover_ids))
    # the replaced plan's division is gone: its cancelled handovers belong to no reform,
    # the ones the new plan needs are now the new reform's
    assert set(links(ctx, second.cancelled_handover_ids).values()) == {None}
    assert set(links(ctx, kept + list(second.handover_ids)).values()) == {second.division_id}
    assert letter_handover_ids(ctx, reform=FROM) == sorted(kept + list(second.handover_ids))


def test_the_link_not_the_clock_finds_them(ctx, proposal):
    """Handovers whose times say nothing (a workstation's clock years behind) are still
    the reform's: the old rule looked for them from the moment the division was saved."""
    first = apply_reform(ctx, proposal, FROM)
    execute(ctx, "UPDATE handovers SET created_at = '2019-01-01 08:00:00.000000'")
    assert letter_handover_ids(ctx, reform=FROM) == sorted(first.handover_ids)

    second = apply_reform(ctx, a_different_plan(ctx, proposal), FROM)
    # found by the link, the replaced plan's handovers are cancelled where not needed
    assert second.cancelled_handover_ids
    assert not second.skipped
    cancelled = rows(ctx, "SELECT id FROM handovers WHERE status = 'cancelled'")
    assert {h for (h,) in cancelled} == set(second.cancelled_handover_ids)


def test_other_handovers_belong_to_no_reform(ctx, proposal):
    apply_reform(ctx, proposal, FROM)
    moved = {c.client_id for c in proposal.changes}
    client, named = next(
        (c, n)
        for c, n in rows(ctx, "SELECT id, named_worker_id FROM clients ORDER BY id")
        if c not in moved and n is not None
    )
    other = next(w for (w,) in rows(ctx, "SELECT id FROM workers WHERE active") if w != named)
    handover = start_handover(ctx, client, other, "other")
    assert links(ctx, [handover.id]) == {handover.id: None}
    assert handover.id not in letter_handover_ids(ctx, reform=FROM)


def test_apply_plan_again_replace_and_the_new_worker_has_a_fair_share(ctx):
    """Issue 16, Done when 2, in one run: apply the plan at the default target (the demo's
    new worker Kati Närhi gets a fair share), plan again at once (nothing to change),
    apply a different plan for the same day (the first replaced, its handovers that the
    second does not need cancelled, the rest the second's)."""
    proposal = plan_reform(reform_situation(ctx))
    total = sum(r.load_after for r in proposal.rows)
    capacity = sum(r.capacity for r in proposal.rows)
    kati = next(r for r in proposal.rows if r.key == KATI)
    assert kati.load_after >= 0.8 * kati.capacity * total / capacity
    assert proposal.max_load_ratio <= proposal.target + 0.05  # whole districts: near it
    first = apply_reform(ctx, proposal, FROM)
    saved = division_on(ctx, FROM)
    assert {c for a in saved.areas if a.social_worker.id == int(KATI) for c in a.postal_codes} == (
        set(kati.districts_after)
    )

    again = plan_reform(reform_situation(ctx))
    assert again.situation.division.id == first.division_id and again.changes == ()
    with pytest.raises(ReformError) as refused:
        apply_reform(ctx, again, FROM)
    assert refused.value.code == "nothing_to_change"

    second = apply_reform(ctx, a_different_plan(ctx, proposal), FROM)
    future = rows(ctx, "SELECT id FROM area_divisions WHERE effective_from > '2026-11-23'")
    assert future == [(second.division_id,)]
    assert second.cancelled_handover_ids and set(second.cancelled_handover_ids) <= set(
        first.handover_ids
    )
    notes = rows(ctx, "SELECT note FROM handovers WHERE status = 'cancelled'")
    assert all(f"replaced by the reform of {FROM.isoformat()}" in n for (n,) in notes)
    assert len(notes) == len(second.cancelled_handover_ids)
    assert set(letter_handover_ids(ctx, reform=FROM)) == (
        set(first.handover_ids) - set(second.cancelled_handover_ids)
    ) | set(second.handover_ids)

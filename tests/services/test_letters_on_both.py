"""The letters of a reform on SQLite and PostgreSQL alike: the reform's handovers found by
their division, the "client informed" items ticked, the "not yet informed" list emptied."""

from __future__ import annotations

import datetime as dt

from omatyontekija.services import handovers, letters, reform


def test_a_reforms_letters_tick_every_item_on_either_database(ctx, tmp_path):
    proposal = reform.plan_reform(reform.reform_situation(ctx))
    applied = reform.apply_reform(ctx, proposal, dt.date(2027, 1, 1))
    ids = letters.letter_handover_ids(ctx, reform=dt.date(2027, 1, 1), not_informed=True)
    assert ids == sorted(applied.handover_ids)
    waiting = handovers.list_handovers(ctx, state="open", not_informed=True)
    assert {r.id for r in waiting} == set(ids)
    result = letters.print_letters(ctx, ids, tmp_path / "kirjeet.pdf")
    assert result.letters == len(ids) - len(result.withheld) > 0
    assert set(result.informed.ticked) == set(ids) - set(result.withheld)
    left = letters.letter_handover_ids(ctx, reform=dt.date(2027, 1, 1), not_informed=True)
    assert left == sorted(result.withheld)  # only those to send through DVV
    rows = handovers.list_handovers(ctx, state="open", not_informed=True)
    assert {r.id for r in rows} == set(result.withheld)

"""Letters of many handovers in one go: one combined PDF in client order, each letter in the
client's language to the right recipient, "client informed" ticked with the print."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing

import pytest
from letter_cases import kinds, language_of, letters_of, log_head, log_since, with_handovers

from omatyontekija.domain.handover import CLIENT_INFORMED, ItemState
from omatyontekija.domain.text import sort_key
from omatyontekija.services import handovers as h
from omatyontekija.services import letters, reform
from omatyontekija.services.handover_messages import HandoverError


@pytest.fixture
def cases(ctx):
    return with_handovers(ctx, kinds(ctx))


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def informed_item(ctx, handover_id):
    return next(i for i in h.get_handover(ctx, handover_id).items if i.key == CLIENT_INFORMED)


def client_order(client):
    return (sort_key(client.last_name), sort_key(client.first_names), client.id)


def test_one_pdf_in_client_order_each_in_its_language_to_its_recipient(ctx, cases, out):
    ids = [case.handover_id for case in cases.values()]
    result = letters.print_letters(ctx, ids, out / "kirjeet.pdf")

    printed = sorted((c.client for k, c in cases.items() if k != "protected"), key=client_order)
    texts = letters_of(out / "kirjeet.pdf")
    assert result.letters == len(printed) == len(texts) == 4
    for text, client in zip(texts, printed, strict=True):
        assert f"{client.first_names} {client.last_name}" in text
        assert language_of(text) == client.language.value
    swedish = texts[printed.index(cases["swedish"].client)]
    assert "Hej" in swedish or "Bästa" in swedish or "Din" in swedish
    child = cases["child"].client
    child_letter = texts[printed.index(child)]
    guardian = next(c for c in child.close_ones if c.relation.value == "custodian")
    assert child_letter.startswith(guardian.name)  # to the guardian, the child its subject
    assert f"Hyvä {child.first_names}" not in child_letter
    # The protected client's letter is not made at all: no name, no address.
    protected = cases["protected"].client
    assert result.withheld == (cases["protected"].handover_id,)
    assert all(protected.last_name not in text for text in texts)
    assert oct(os.stat(out / "kirjeet.pdf").st_mode & 0o777) == "0o600"
    assert sorted(os.listdir(out)) == ["kirjeet.pdf"]


def test_printing_ticks_client_informed_once_with_the_date_and_logs_who_was_printed(
    ctx, cases, out
):
    ids = [case.handover_id for case in cases.values()]
    before = log_head(ctx)
    result = letters.print_letters(ctx, ids, out / "a.pdf")

    printed = sorted(c.client.id for k, c in cases.items() if k != "protected")
    everyone = sorted(c.client.id for c in cases.values())
    assert log_since(ctx, before) == [("view", everyone), ("print", printed)]
    protected = cases["protected"].handover_id
    assert sorted(result.informed.ticked) == sorted(i for i in ids if i != protected)
    for kind, case in cases.items():
        item = informed_item(ctx, case.handover_id)
        if kind == "protected":
            assert item.state is ItemState.OPEN
        else:
            assert (item.state, item.done_on, item.done_by) == (
                ItemState.DONE,
                ctx.today,
                "testuser",
            )
            assert h.get_handover(ctx, case.handover_id).status.value == "in_progress"

    ctx.clock = lambda: dt.date(2026, 12, 15)  # printed again later: the date stays
    again = letters.print_letters(ctx, ids, out / "b.pdf")
    assert again.informed.ticked == ()
    assert len(again.informed.already) == 4
    assert informed_item(ctx, cases["adult1"].handover_id).done_on == dt.date(2026, 11, 23)


def test_not_informed_leaves_out_those_already_ticked(ctx, cases):
    ids = [case.handover_id for case in cases.values()]
    h.set_item_state(ctx, cases["adult1"].handover_id, CLIENT_INFORMED, "done")
    left = letters.letter_handover_ids(ctx, handover_ids=ids, not_informed=True)
    assert left == [i for i in ids if i != cases["adult1"].handover_id]


def test_one_file_per_client_owner_only(ctx, cases, out):
    ids = [case.handover_id for case in cases.values()]
    result = letters.print_letters(ctx, ids, out, one_per_client=True)
    names = sorted(os.listdir(out))
    expected = sorted(
        f"kirje-{c.handover_id}-{c.client.id}.pdf" for k, c in cases.items() if k != "protected"
    )
    assert names == expected  # and no hidden folder left behind
    assert sorted(p.name for p in result.files) == expected
    for name in names:
        assert oct(os.stat(out / name).st_mode & 0o777) == "0o600"
        assert len(letters_of(out / name)) == 1
    assert len(result.informed.ticked) == 4


@pytest.mark.parametrize("one_per_client", [False, True])
def test_a_cancelled_batch_leaves_no_file_and_ticks_nothing(ctx, cases, out, one_per_client):
    ids = [case.handover_id for case in cases.values()]
    calls = []
    before = log_head(ctx)
    target = out if one_per_client else out / "kirjeet.pdf"
    result = letters.print_letters(
        ctx,
        ids,
        target,
        one_per_client=one_per_client,
        progress=lambda done, total: calls.append(done),
        is_cancelled=lambda: bool(calls),  # cancelled once the first letter is under way
    )
    assert result.cancelled and result.letters == 0 and result.files == []
    assert os.listdir(out) == []  # no half file, no hidden temporary
    assert [action for action, _ in log_since(ctx, before)] == ["view"]  # read, not printed
    assert all(informed_item(ctx, c.handover_id).state is ItemState.OPEN for c in cases.values())


def test_a_checklist_without_the_item_is_reported_not_failed(ctx, cases, demo_path, out):
    case = cases["adult1"]
    with closing(sqlite3.connect(demo_path)) as connection, connection:
        connection.execute(
            "DELETE FROM handover_items WHERE handover_id = ? AND key = ?",
            (case.handover_id, CLIENT_INFORMED),
        )
    result = letters.print_letters(ctx, [case.handover_id], out / "a.pdf")
    assert result.letters == 1
    assert result.informed.no_item == (case.handover_id,)


def test_the_reforms_handovers_and_no_other(ctx, cases):
    proposal = reform.plan_reform(reform.reform_situation(ctx))
    applied = reform.apply_reform(ctx, proposal, dt.date(2027, 1, 1))
    found = letters.letter_handover_ids(ctx, reform=dt.date(2027, 1, 1))
    assert found == sorted(applied.handover_ids) and found
    assert not set(found) & {c.handover_id for c in cases.values()}  # opened before it
    with pytest.raises(HandoverError) as refused:
        letters.letter_handover_ids(ctx, reform=dt.date(2027, 2, 1))
    assert refused.value.code == "no_reform"


def test_nothing_to_print_when_every_letter_is_withheld(ctx, cases, out):
    with pytest.raises(HandoverError) as refused:
        letters.print_letters(ctx, [cases["protected"].handover_id], out / "a.pdf")
    assert refused.value.code == "nothing_to_print"
    assert os.listdir(out) == []


def test_a_replacing_plan_keeps_the_handovers_it_kept_from_the_plan_it_replaced(ctx):
    from omatyontekija.services.reform import WhatIf

    when = dt.date(2027, 1, 1)
    proposal = reform.plan_reform(reform.reform_situation(ctx))
    first = reform.apply_reform(ctx, proposal, when)
    again = reform.plan_reform(reform.reform_situation(ctx))
    # A different plan for the same day: a district pinned away from its new worker.
    district, worker = next(
        (d, w) for d, w in again.assignment if any(c.district == d for c in proposal.changes)
    )
    other = next(r.key for r in again.rows if r.key != worker and r.capacity > 0)
    different = reform.plan_reform(reform.reform_situation(ctx), WhatIf().with_pin(district, other))
    second = reform.apply_reform(ctx, different, when)
    kept = set(first.handover_ids) - set(second.cancelled_handover_ids)
    assert kept and second.handover_ids  # some kept from the first plan, some opened anew
    found = letters.letter_handover_ids(ctx, reform=when)
    assert found == sorted(kept | set(second.handover_ids))
    open_reform = {
        r.id for r in h.list_handovers(ctx, state="open") if r.reason.value == "area_reform"
    }
    assert set(found) == open_reform


def test_an_older_reforms_letters_tell_its_own_first_day(ctx, out):
    from omatyontekija.services.reform import WhatIf

    first = dt.date(2027, 1, 1)
    applied = reform.apply_reform(ctx, reform.plan_reform(reform.reform_situation(ctx)), first)
    ctx.clock = lambda: dt.date(2027, 2, 1)  # the first is in force; a second is planned
    situation = reform.reform_situation(ctx)
    second = reform.plan_reform(situation, WhatIf().with_new_worker("Uusi Työntekijä", 60))
    reform.apply_reform(ctx, second, dt.date(2027, 3, 1))
    ids = letters.letter_handover_ids(ctx, reform=first, not_informed=True)
    assert ids and set(ids) <= set(applied.handover_ids)
    result = letters.print_letters(ctx, ids, out / "a.pdf", reform=first)
    texts = letters_of(out / "a.pdf")
    assert len(texts) == result.letters
    # Letters are in each client's language: "1.1.2027" in Finnish and Swedish, "1 January
    # 2027" in English (a counsellor's client of the demo may write in English).
    assert all("1.3.2027" not in t and "1 March 2027" not in t for t in texts)
    assert sum("1.1.2027" in t or "1 January 2027" in t for t in texts) == len(texts)

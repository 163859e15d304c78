import pytest

from omatyontekija.domain.identity import InvalidIdentityCode
from omatyontekija.services.clients import (
    ClientNotFound,
    count_clients,
    find_clients,
    get_client,
)
from omatyontekija.store.workers import list_workers


def all_rows(ctx, text):
    rows, after = [], None
    while True:
        page = find_clients(ctx, text, after=after, limit=50)
        rows += page.rows
        if page.next_after is None:
            return rows
        after = page.next_after


def test_pages_cover_everyone_once_in_name_order(ctx):
    rows = all_rows(ctx, "")
    assert len(rows) == len({r.id for r in rows}) == 400
    assert count_clients(ctx, "") == 400


def test_name_prefix_is_case_and_accent_insensitive(ctx):
    some = find_clients(ctx, "", limit=200).rows[123]
    last = some.last_name
    folded = last.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    found = all_rows(ctx, folded[:3].upper())
    assert some.id in {r.id for r in found}
    assert all(
        any(
            part.lower()
            .replace("ä", "a")
            .replace("ö", "o")
            .replace("å", "a")
            .startswith(folded[:3])
            for part in f"{r.last_name} {r.first_names}".split()
        )
        for r in found
    )


def test_first_name_and_last_name_together(ctx):
    some = find_clients(ctx, "").rows[5]
    first = some.first_names.split()[0]
    found = find_clients(ctx, f"{first} {some.last_name}").rows
    assert some.id in {r.id for r in found}
    assert all(r.last_name == some.last_name for r in found)


def test_identity_code_prefix_and_whole(ctx):
    some = find_clients(ctx, "").rows[42]
    found = find_clients(ctx, some.identity_code[:6]).rows
    assert some.id in {r.id for r in found}
    assert all(r.identity_code.startswith(some.identity_code[:6]) for r in found)
    exact = find_clients(ctx, some.identity_code.lower()).rows
    assert [r.id for r in exact] == [some.id]


def test_invalid_whole_code_raises(ctx):
    some = find_clients(ctx, "").rows[0]
    wrong = some.identity_code[:-1] + ("A" if some.identity_code[-1] != "A" else "B")
    with pytest.raises(InvalidIdentityCode):
        find_clients(ctx, wrong)


def test_rows_name_the_area_worker(ctx):
    rows = find_clients(ctx, "").rows
    assert all(r.area and r.area_worker for r in rows)  # every demo postal code is in an area
    assert any(r.named_worker for r in rows)


def test_client_record_has_what_the_view_shows(ctx):
    row = next(r for r in find_clients(ctx, "").rows if r.named_worker)
    client = get_client(ctx, row.id)
    assert client.identity_code == row.identity_code
    assert client.named_worker.name == row.named_worker.name
    assert client.area.name == row.area
    assert client.area_workers
    assert client.services


def test_unknown_client(ctx):
    with pytest.raises(ClientNotFound):
        get_client(ctx, 10**9)


def test_workers_are_listed(ctx):
    with ctx.db.read() as session:
        assert len(list_workers(session)) == 12


def test_name_search_pages_match_a_plain_reference(ctx):
    """Every page of a name search, against the same rule written plainly in Python."""
    from omatyontekija.domain.text import name_key, name_tokens, sort_key

    everyone = all_rows(ctx, "")
    for text in ("a", "ma", "mäkelä", "an m", "m a", "zz"):
        tokens = name_key(text).split()
        expected = [
            r.id
            for r in sorted(
                everyone, key=lambda r: (sort_key(f"{r.last_name} {r.first_names}"), r.id)
            )
            if all(
                any(k.startswith(t) for k in name_tokens(r.last_name, r.first_names))
                for t in tokens
            )
        ]
        assert [r.id for r in all_rows(ctx, text)] == expected, text
        assert count_clients(ctx, text) == len(expected)
        assert count_clients(ctx, text, cap=3) == min(len(expected), 4)


def test_count_can_stop_early(ctx):
    assert count_clients(ctx, "", cap=10) == 11
    assert count_clients(ctx, "") == 400


def _folded_parts(row) -> list[str]:
    text = f"{row.last_name} {row.first_names}".lower()
    for accented, plain in (("ä", "a"), ("ö", "o"), ("å", "a")):
        text = text.replace(accented, plain)
    return text.replace("-", " ").split()


@pytest.mark.parametrize("letter", ["a", "k", "m", "s"])
def test_a_client_with_two_matching_names_comes_once(ctx, letter):
    everyone = all_rows(ctx, "")
    expected = [r.id for r in everyone if any(p.startswith(letter) for p in _folded_parts(r))]
    twice = [r for r in everyone if sum(p.startswith(letter) for p in _folded_parts(r)) > 1]
    assert twice, "the demo should have someone like 'Aalto Anna' for this test"
    found = [r.id for r in all_rows(ctx, letter)]  # pages of 50: duplicates cross pages
    assert found == expected  # each once, in list order, none left out
    assert count_clients(ctx, letter) == len(expected)


def test_the_area_worker_is_the_worker_of_the_clients_role(ctx):
    # A counsellor's client (no social worker needed, no social worker named) sees the
    # area's counsellor; a social worker's client the area's social worker (domain.area).
    from omatyontekija.domain.area import social_workers_client
    from omatyontekija.domain.worker import WorkerRole
    from omatyontekija.rules import SuggestedRole
    from omatyontekija.services.areas import division_on
    from omatyontekija.services.suggestions import suggestion_for_client

    division = division_on(ctx, ctx.today)
    area_of = {code: area for area in division.areas for code in area.postal_codes}
    from omatyontekija.services.workers import list_workers as workers_of

    roles = {w.worker.id: w.worker.role for w in workers_of(ctx)}
    seen = set()
    for row in all_rows(ctx, ""):
        area = area_of.get(row.postal_code)  # none shown for a non-disclosed address
        if area is None or area.social_worker is None or area.counsellor is None:
            continue
        _, suggestion = suggestion_for_client(ctx, row.id, reason="test")
        mine = social_workers_client(
            suggestion.worker_role is SuggestedRole.SOCIAL_WORKER,
            roles.get(row.named_worker.id) if row.named_worker else None,
        )
        wanted = area.social_worker if mine else area.counsellor
        assert row.area_worker.id == wanted.id, row
        seen.add(wanted.role)
    assert seen == {WorkerRole.SOCIAL_WORKER, WorkerRole.SOCIAL_COUNSELLOR}


def test_the_gap_list_shows_the_same_area_worker_as_the_client_list(ctx):
    from omatyontekija.services.gaps import find_gaps

    gaps = find_gaps(ctx)
    listed = {row.id: row for row in all_rows(ctx, "")}
    assert gaps
    assert {g.client.id: g.client.area_worker for g in gaps} == {
        g.client.id: listed[g.client.id].area_worker for g in gaps
    }
    assert len({g.client.area_worker for g in gaps}) > 1

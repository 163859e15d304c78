"""The client list's order and prefix search are the same on every database (binary keys)."""

from __future__ import annotations

from omatyontekija.domain.text import sort_key
from omatyontekija.services.clients import find_clients
from omatyontekija.store.models import ClientRecord


def _rename(ctx, client_id: int, last_name: str) -> None:
    with ctx.db.write() as session:
        record = session.get(ClientRecord, client_id)
        record.last_name = last_name
        record.sort_key = sort_key(f"{last_name} {record.first_names}")


def test_nordic_letters_sort_after_z_and_spaces_count(ctx):
    # The Finnish alphabet ends … z å ä ö; a space sorts before any letter.
    names = {1: "Öhman", 2: "Zetterberg", 3: "Åberg", 4: "Aalto", 5: "Ämmälä", 6: "Aa Lto"}
    for client_id, name in names.items():
        _rename(ctx, client_id, name)
    rows = []
    after = None
    while True:
        page = find_clients(ctx, "", after=after, limit=97)
        rows += page.rows
        if page.next_after is None:
            break
        after = page.next_after
    order = [r.last_name for r in rows if r.id in names]
    assert order == ["Aa Lto", "Aalto", "Zetterberg", "Åberg", "Ämmälä", "Öhman"]
    keys = [sort_key(f"{r.last_name} {r.first_names}") for r in rows]
    assert keys == sorted(keys)


def test_identity_code_prefix_keeps_the_century_sign(ctx):
    with ctx.db.read() as session:
        code = session.get(ClientRecord, 7).identity_code
    found = find_clients(ctx, code[:7]).rows
    assert found and all(r.identity_code.startswith(code[:7]) for r in found)

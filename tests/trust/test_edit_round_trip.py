"""The property of issue 14: whatever the client edits accept, an export writes and an import
reads back unchanged (hypothesis, hostile values for every editable client field)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from omatyontekija.domain.client import Language
from omatyontekija.domain.errors import UserError
from omatyontekija.services.client_transfer import export_clients, import_clients
from omatyontekija.services.clients import get_client, update_client_contact, update_client_facts
from omatyontekija.services.context import open_context
from omatyontekija.services.demo import create_demo

TODAY = dt.date(2026, 11, 23)

# Text meant to break things: every Unicode category (controls, bidi overrides, zero-width,
# combining marks, other scripts' digits, emoji), formula starters, quotes, separators of
# CSV, white space at either end, and lengths around the limits.
_nasty = st.sampled_from(
    [
        "=1+1",
        "+358 40",
        "-",
        "@x",
        "'",
        "''=",
        "'-",
        '"',
        ";",
        ",",
        "\t",
        "\r\n",
        "\n",
        "\x00",
        "\u202e",
        "\u2066",
        "\u200b",
        "\ufeff",
        "\u00a0",
        "\u3000",
        "１２３４５",
        "٤٠١٠٠",
        "😀",
        "e\u0301",
        "ÅÄÖ",
        "0",
        "00100",
        "1e5",
        "TRUE",
        "NULL",
    ]
)
hostile_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(_nasty, st.text(max_size=5)), max_size=8).map("".join),
    st.integers(0, 12).flatmap(lambda n: st.just("x" * (2**n))),
)
hostile_dates = st.one_of(
    st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.dates(dt.date(1990, 1, 1))
)
CONTACT_FIELDS = ("phone", "email", "street_address", "postal_code", "post_office")


@st.composite
def edits(draw) -> tuple[dict, dict]:
    contact = {field: draw(hostile_text) for field in CONTACT_FIELDS if draw(st.booleans())}
    if draw(st.booleans()):
        contact["language"] = draw(st.sampled_from(list(Language)))
    facts = {}
    for field in ("clientship_since", "current_worker_since"):
        if draw(st.booleans()):
            facts[field] = draw(hostile_dates)
    if draw(st.booleans()):
        facts["life_situation_reason"] = draw(st.one_of(st.none(), hostile_text))
    return contact, facts


@pytest.fixture(scope="module")
def small_unit(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("unit") / "unit.sqlite3"
    context = open_context(str(path), user="testuser")
    create_demo(context.db, 6, seed=3, today=TODAY, supervisor_login="testuser")
    context.close()
    return path


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits(), st.sampled_from(["csv", "xlsx"]))
def test_what_edits_accept_exports_and_imports_back_unchanged(small_unit, change, kind):
    contact, facts = change
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.sqlite3"
        shutil.copyfile(small_unit, path)
        ctx = open_context(str(path), user="testuser")
        try:
            version = get_client(ctx, 1).version
            for edit, changes in ((update_client_contact, contact), (update_client_facts, facts)):
                if not changes:
                    continue
                try:
                    version = edit(ctx, 1, version, **changes)
                    event(f"{edit.__name__} accepted")
                except UserError:
                    event(f"{edit.__name__} refused")
                    # refused with a message, and nothing of it saved
                    assert get_client(ctx, 1).version == version
            out = Path(folder) / f"clients.{kind}"
            export_clients(ctx, out)
            # Read back against the same database: every field as it was saved.
            result = import_clients(ctx, out, dry_run=True, update=True)
        finally:
            ctx.close()
    assert result.added == 0
    assert result.changes == (), result.changes

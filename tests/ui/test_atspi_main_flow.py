"""The main flow by keys alone, driven from outside the program over the X server and
read back over AT-SPI, under Xvfb (tests/ui/atspi/main_flow.py): search → open → read
the suggestion → decide with a reason → start a handover → tick items → print to a
PDF file. No click: keys only, pressed as a user presses them (xdotool, XTest).

EN 301 549 11.2.1.1 Keyboard: the whole flow is operable by the keyboard;
11.4.1.2 Name, role, value: the suggestion is read as a screen reader reads it;
11.2.1.2 No keyboard trap: each dialog of the flow is left by its keys (Enter, Esc).
tests/ui/test_main_flow_keys.py is the same flow in-process (pytest-qt).

Skipped where Xvfb, the AT-SPI bus, the system's pyatspi or xdotool is missing.
"""

from __future__ import annotations

import json

import pytest
from atspi_session import WINDOW_TITLE, run_program, unavailable
from pypdf import PdfReader

from omatyontekija import rules
from omatyontekija.documents.checklist_templates import load_template
from omatyontekija.domain.handover import ItemState
from omatyontekija.services import handovers as h
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.context import open_context
from omatyontekija.services.designations import history
from omatyontekija.services.suggestions import suggestion_for_client

REASON = "Asiakas hoitaa asiansa itse"


def _client(ctx):
    """A client with a named worker whose name (plain letters: typed by xdotool on any
    keyboard map) finds only that client."""
    for row in find_clients(ctx, "", limit=400).rows:
        if row.named_worker is None or not row.name.isascii():
            continue
        if [r.id for r in find_clients(ctx, row.name, limit=5).rows] == [row.id]:
            return row
    raise LookupError("no client for the flow")


@pytest.mark.skipif(unavailable(keys=True) is not None, reason=unavailable(keys=True) or "")
def test_search_open_decide_hand_over_tick_and_print_by_keys_from_outside(demo_path, tmp_path):
    ctx = open_context(str(demo_path), user="testuser")
    row = _client(ctx)
    _, suggestion = suggestion_for_client(ctx, row.id)
    ctx.close()
    pdf = tmp_path / "tarkistuslista.pdf"

    report, output = run_program(
        demo_path,
        "main_flow.py",
        [WINDOW_TITLE, row.name, REASON, str(pdf)],
        timeout=180,
    )
    print(json.dumps(report, indent=1, ensure_ascii=False))
    assert "error" not in report, output
    assert report["opened"] == row.name
    # the suggestion as a screen reader reads it: the card's title, then its outcome
    title, badge = report["suggestion"][:2]
    assert title.startswith("Ehdotus:")
    assert badge == rules.outcome_label(suggestion.outcome.value, "fi")
    assert report["decided"] and report["started"] and report["saved"]
    assert report["handover_dialog"] == f"Luovutus – {row.name}"
    assert report["preview_closed"] and report["handover_closed"]

    ctx = open_context(str(demo_path), user="testuser")
    try:
        # the decision, with the reason typed
        assert get_client(ctx, row.id).named_worker is None
        assert history(ctx, row.id)[0].reason == REASON
        # the handover, its first two items ticked
        (listed,) = h.list_handovers(ctx, client_id=row.id)
        handover = h.get_handover(ctx, listed.id)
        states = [item.state for item in handover.items]
        assert states[:2] == [ItemState.DONE, ItemState.DONE]
        assert ItemState.OPEN in states[2:]
        # the PDF saved where the path typed said: the client's checklist
        text = " ".join(
            " ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages
        )
        assert row.name in text or (row.last_name in text and row.first_names in text)
        assert row.identity_code in text
        for item in load_template(handover.template).items:
            assert item.text.fi in text, item.key
        assert text.count("☑ tehty") == 2
    finally:
        ctx.close()

"""Focus order over AT-SPI, under Xvfb: Tab pressed through each page and dialog as a
user presses it (xdotool, the X server's XTest), where the focus goes read from outside
the program as a screen reader reads it (tests/ui/atspi/focus_order.py).

EN 301 549 11.2.4.3 Focus order: Tab goes in reading order (down the page, left to
right in a row, up only into the next column to the right; a list or a row of tabs is
one stop), once round, and reaches every element that takes the focus.
11.2.1.2 No keyboard trap: Tab leaves every element and comes back round to where it
started. 11.4.1.2 Name: every stop has a name a screen reader says.

Skipped where Xvfb, the AT-SPI bus, the system's pyatspi or xdotool is missing.
"""

from __future__ import annotations

import json

import pytest
from atspi_session import WINDOW_TITLE, run_program, unavailable

from omatyontekija.services.context import open_context
from omatyontekija.ui.gallery import start_some_handovers

#: The pages and dialogs gone round (the Finnish menu items that show them).
STEPS = (
    "start",  # the client list the program opens on
    "open",  # a client opened with Enter from the search box
    "dialog:Päätä*",  # the decision on the named worker
    "dialog:Uusi vireille tullut asia…",
    "dialog:Aloita luovutus…",
    "Näytä luovutukset",  # the handovers page
    "handover",  # a handover opened with Enter from its list
    "dialog:Asetukset…",
    "Puutelista",
    "Aluejaon muutos…",
    "Käyttöloki…",
    "Käyttäjät, työntekijät ja alueet…",  # administration: its unit tab,
    "tab:Työntekijät",  # the workers'
    "tab:Alueet",  # and the areas'
)


@pytest.mark.skipif(unavailable(keys=True) is not None, reason=unavailable(keys=True) or "")
def test_tab_goes_round_every_page_in_reading_order(demo_path):
    ctx = open_context(str(demo_path), user="testuser")
    start_some_handovers(ctx)  # the demo starts none: the handovers page has a list
    ctx.close()
    report, output = run_program(demo_path, "focus_order.py", [WINDOW_TITLE, *STEPS], timeout=240)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    assert "error" not in report, report
    assert list(report) == list(STEPS), output
    problems = {step: r["problems"] for step, r in report.items() if r["problems"]}
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
    # each round went through the page or dialog the step shows
    assert len(report["start"]["stops"]) >= 2  # the search box and the list
    assert len(report["open"]["stops"]) > len(report["start"]["stops"]) + 8
    for step in STEPS:
        assert len(report[step]["stops"]) >= 2, step
    administration = report["Käyttäjät, työntekijät ja alueet…"]
    assert len(report["tab:Alueet"]["stops"]) > len(administration["stops"])
    assert report["handover"]["window"].startswith("Luovutus")
    assert report["dialog:Asetukset…"]["window"] == "Asetukset"

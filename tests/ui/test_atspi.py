"""The program read by an assistive-technology client over AT-SPI, under Xvfb.

Skipped where Xvfb, the AT-SPI bus (at-spi2-core) or the system's pyatspi
(python3-pyatspi) is missing; .ci/run installs them. EN 301 549 11.4.1.2 (name,
role, value) and 11.1.3.1 (every field its label) checked from outside the program, as
a screen reader sees it, on every page of the main window and the dialogs its menus and
the client view's buttons open.
"""

from __future__ import annotations

import json

import pytest
from atspi_session import run_program, unavailable

#: The steps walked: every page, by its Finnish menu item (the tests' language) or
#: ``open`` (a client opened from the list), and the dialogs the menus open.
STEPS = (
    "open",
    "dialog:Päätä*",
    "dialog:Uusi vireille tullut asia…",
    "dialog:Aloita luovutus…",
    "Puutelista",
    "Omat määräajat",
    "Näytä luovutukset",
    "Tunnusluvut",
    "Aluejaon muutos…",
    "Käyttöloki…",
    "Käyttäjät, työntekijät ja alueet…",
    "tab:Alueet",
    "dialog:Asetukset…",
    "dialog:Tuo asiakkaat…",
    "dialog:Käyttöopas",
    "dialog:Pikanäppäimet",
    "dialog:Aluejako…",
)


@pytest.mark.skipif(unavailable() is not None, reason=unavailable() or "")
def test_an_assistive_technology_reads_every_element(demo_path):
    report, _output = run_program(demo_path, "walk_tree.py", list(STEPS), timeout=240)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    assert "error" not in report, report
    assert report["start"]["interactive"] >= 2, report  # the search box and the list
    # the pages chosen from the menus over AT-SPI were reached and read
    assert all("skipped" not in r for r in report.values()), report
    assert report["Puutelista"]["interactive"] > report["start"]["interactive"], report
    # the client view opened by Enter has more to read than the list
    assert report["open"]["interactive"] > report["start"]["interactive"] + 5, report
    # each dialog step read a dialog over the window (a closed one leaves a nameless entry)
    for step in STEPS:
        if step.startswith("dialog:"):
            assert len([title for title in report[step]["windows"] if title]) >= 2, step
    problems = {page: r["problems"] for page, r in report.items() if r.get("problems")}
    assert problems == {}, problems

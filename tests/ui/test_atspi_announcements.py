"""Status messages heard from outside the program, as a screen reader hears them
(EN 301 549 11.4.1.3): over AT-SPI, under Xvfb (tests/ui/atspi/announcements.py), the
client list's count once typing pauses and a wrong identity code's message at once,
each an "object:announcement" event, the focus staying in the search field.
tests/ui/test_announcements.py checks the same in-process (Qt's events).

Skipped where Xvfb, the AT-SPI bus, the system's pyatspi or xdotool is missing.
"""

from __future__ import annotations

import json

import pytest
from atspi_session import WINDOW_TITLE, run_program, unavailable

from omatyontekija.services.clients import find_clients
from omatyontekija.services.context import open_context

WRONG_CHECK_MARK = "131052-9086"  # the same code with check mark "4" is right
# AT-SPI's politeness of an announcement (its detail1): ATSPI_LIVE_POLITE, _ASSERTIVE.
POLITE, ASSERTIVE = 1, 2


@pytest.mark.skipif(unavailable(keys=True) is not None, reason=unavailable(keys=True) or "")
def test_a_screen_reader_hears_the_count_and_a_wrong_code_without_the_focus_moving(
    demo_path,
):
    ctx = open_context(str(demo_path), user="testuser")
    name = next(r.name for r in find_clients(ctx, "", limit=50).rows if r.name.isascii())
    last_name = name.split()[0]
    expected = len(find_clients(ctx, last_name, limit=500).rows)
    ctx.close()

    report, output = run_program(
        demo_path,
        "announcements.py",
        [WINDOW_TITLE, last_name, WRONG_CHECK_MARK],
        timeout=120,
    )
    print(json.dumps(report, indent=1, ensure_ascii=False))
    assert "error" not in report, output
    search = report["focus_before"]
    assert search is not None and search[0] == "text"
    count = report["count"][-1]  # the count of the whole name, once typing paused
    assert count["text"].startswith(f"{expected} asiakas")
    assert {heard["politeness"] for heard in report["count"]} == {POLITE}  # after what is said
    assert report["focus_after_count"] == search
    [problem] = [heard for heard in report["bad_code"] if heard["politeness"] == ASSERTIVE]
    assert "tarkistusmerkki" in problem["text"]  # at once: the user must act on it
    assert report["focus_after_bad_code"] == search

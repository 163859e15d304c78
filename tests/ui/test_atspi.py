"""The program read by an assistive-technology client over AT-SPI, under Xvfb.

Skipped where Xvfb, the AT-SPI bus (at-spi2-core) or the system's pyatspi
(python3-pyatspi) is missing; .ci/run installs them. EN 301 549 11.4.1.2 (name,
role, value) and 11.1.3.1 (every field its label) checked from outside the program, as
a screen reader sees it, on every page of the main window and the dialogs its menus and
the client view's buttons open.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).parent / "atspi" / "walk_tree.py"
APP_NAME = "omatyontekija"
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
PAGES = " ".join(f"'{step}'" for step in STEPS)


def _available() -> str | None:
    if sys.platform != "linux":
        return "AT-SPI is Linux's"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


@pytest.mark.skipif(_available() is not None, reason=_available() or "")
def test_an_assistive_technology_reads_every_element(demo_path, tmp_path):
    display = ":97"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "NO_AT_BRIDGE": "0",
            # A first start follows the system language: Finnish, the menu names above.
            "LANG": "fi_FI.UTF-8",
            "LC_ALL": "fi_FI.UTF-8",
            "LANGUAGE": "fi",
        }
        script = (
            f"'{sys.executable}' -m omatyontekija --database '{demo_path}' --user testuser & "
            f"APP=$!; '{SYSTEM_PYTHON}' '{WALKER}' {APP_NAME} {PAGES}; "
            "STATUS=$?; kill $APP; exit $STATUS"
        )
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(lines[-1])
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

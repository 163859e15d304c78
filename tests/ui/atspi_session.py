"""The program under Xvfb with the AT-SPI bus, driven and read from outside by a
script of tests/ui/atspi/ run by the system Python (python3-pyatspi), as a screen
reader or a user at the keyboard meets it. For tests/ui/test_atspi*.py.

``unavailable()`` says why such a test is skipped (None: it runs). .ci/run installs
what they need: xvfb, dbus, at-spi2-core, python3-pyatspi, xdotool and the xcb libraries
of Qt's X11 platform plugin.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPTS = Path(__file__).parent / "atspi"
APP_NAME = "omatyontekija"
#: The main window's title in Finnish, the tests' language.
WINDOW_TITLE = "Omatyöntekijä – omatyöntekijät ja saattaen vaihtaminen"


def unavailable(*, keys: bool = False) -> str | None:
    if sys.platform != "linux":
        return "AT-SPI is Linux's"
    for tool in ("Xvfb", "dbus-run-session", *(("xdotool",) if keys else ())):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


def run_program(
    database: Path, script: str, args: list[str], *, timeout: float
) -> tuple[dict, str]:
    """Start the program on ``database`` under an Xvfb of its own (on a free display) in
    a D-Bus session of its own, run ``script`` (a file of tests/ui/atspi/) beside it
    with ``args``, stop the program; the JSON report the script printed last, and its
    output for messages."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:  # the display's number, once it is ready
            display = ":" + answer.readline().strip()
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "NO_AT_BRIDGE": "0",
            # A first start follows the system language: Finnish, the names the scripts use.
            "LANG": "fi_FI.UTF-8",
            "LC_ALL": "fi_FI.UTF-8",
            "LANGUAGE": "fi",
        }
        quoted = " ".join("'" + arg.replace("'", "'\\''") + "'" for arg in args)
        command = (
            f"'{sys.executable}' -m omatyontekija --database '{database}' --user testuser & "
            f"APP=$!; '{SYSTEM_PYTHON}' '{SCRIPTS / script}' {APP_NAME} {quoted}; "
            "STATUS=$?; kill $APP; exit $STATUS"
        )
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", command],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    output = result.stdout[-3000:] + result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, output
    return json.loads(lines[-1]), output

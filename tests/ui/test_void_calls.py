"""PySide6 6.12.0 on Python 3.11 leaked a reference to None on every void Qt call
and aborted after a few thousand (none_dealloc). Keep a canary for upgrades."""

import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject
o = QObject()
for i in range(20000):
    o.setObjectName(str(i % 7))
print("survived")
"""


def test_twenty_thousand_void_calls_do_not_abort():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout

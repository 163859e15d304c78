"""The desktop start imports the program's own non-Qt modules before Qt (app._BEFORE_QT):
after PySide6 is loaded its import hook reads the source of every module imported."""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = """
import importlib, sys
from omatyontekija.app import _BEFORE_QT
for name in _BEFORE_QT:
    importlib.import_module(name)
before = set(sys.modules)
import omatyontekija.ui.application
late = sorted(
    m for m in set(sys.modules) - before
    if m.startswith("omatyontekija.") and not m.startswith("omatyontekija.ui")
)
print(" ".join(late))
"""


def test_no_module_of_the_core_is_first_imported_after_qt():
    found = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert found.stdout.split() == []

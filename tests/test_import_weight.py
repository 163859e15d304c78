"""Start-up pays only for what it uses: commands and the window load heavy libraries later."""

import subprocess
import sys

SCRIPT = """
import sys
from omatyontekija.app import build_parser
build_parser().parse_args([])
heavy = [m for m in ("matplotlib", "numpy", "scipy", "reportlab", "holidays", "openpyxl",
                     "alembic", "PySide6") if m in sys.modules]
print(",".join(heavy))
"""


def test_the_command_line_loads_no_heavy_library():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == ""

"""Start-up pays only for what it uses: commands and the window load heavy libraries later."""

import subprocess
import sys

SCRIPT = """
import sys
from omatyontekija.cli import build_parser
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


GUI_SCRIPT = """
import sys
from omatyontekija.app import application_options
application_options(["--demo"])
unwanted = ("sqlalchemy", "multiprocessing", "omatyontekija.cli", "omatyontekija.services")
loaded = [m for m in unwanted if m in sys.modules]
print(",".join(loaded))
"""


def test_the_desktop_start_reads_its_options_without_loading_the_commands():
    # The window then loads what it uses; the commands' services are not among it.
    result = subprocess.run(
        [sys.executable, "-c", GUI_SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == ""

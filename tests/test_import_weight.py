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


SQLITE_START = """
import sys
from omatyontekija.services.context import open_context
from omatyontekija.services.clients import find_clients
find_clients(open_context(sys.argv[1], user="testuser"), "a")
print(",".join(m for m in sys.modules if m.startswith("sqlalchemy.dialects.postgresql")))
"""


def test_a_sqlite_start_does_not_load_the_postgresql_dialect(demo_path):
    # ~25 ms of every start (issue 20): the models name no PostgreSQL option at import.
    result = subprocess.run(
        [sys.executable, "-c", SQLITE_START, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == ""

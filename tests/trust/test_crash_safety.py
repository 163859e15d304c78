"""An import killed with SIGKILL at any point leaves the database exactly as it was."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from omatyontekija.domain.identity import make_identity_code
from omatyontekija.services.audit import verify_chain
from omatyontekija.services.client_transfer import import_clients
from omatyontekija.services.context import open_context

SRC = Path(__file__).resolve().parents[2] / "src"
ROWS = 2000  # four batches of 500
# The child stops at each progress report and waits for a line on stdin, so the
# parent kills it at a known point inside (or just before) the transaction.
IMPORTER = """
import sys
from pathlib import Path
from omatyontekija.services.client_transfer import import_clients
from omatyontekija.services.context import open_context

def progress(done, total):
    print(done, flush=True)
    sys.stdin.readline()

ctx = open_context(sys.argv[1], user="testuser")
import_clients(ctx, Path(sys.argv[2]), progress=progress)
print("committed", flush=True)
"""


def import_file(tmp_path) -> Path:
    path = tmp_path / "many.csv"
    lines = ["identity_code;last_name;first_names;postal_code;services"]
    start = dt.date(1850, 1, 1)  # no demo client is that old: no clash
    for i in range(ROWS):
        born = start + dt.timedelta(days=i)
        lines.append(f"{make_identity_code(born, 900 + i % 100)};Testinen;Rivi{i};40100;")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def state(path):
    with sqlite3.connect(path) as connection:
        return {
            "integrity": connection.execute("PRAGMA integrity_check").fetchone()[0],
            "foreign_keys": connection.execute("PRAGMA foreign_key_check").fetchall(),
            "clients": connection.execute("SELECT count(*) FROM clients").fetchone()[0],
            "names": connection.execute("SELECT count(*) FROM client_name_keys").fetchone()[0],
            "log": connection.execute("SELECT count(*) FROM access_log").fetchone()[0],
        }


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [0, 500, 1500, ROWS], ids=lambda n: f"after-{n}")
def test_sigkill_during_import_leaves_the_old_database(demo_path, tmp_path, kill_after):
    csv_file = import_file(tmp_path)
    before = state(demo_path)
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(demo_path), str(csv_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    for line in child.stdout:
        if int(line) == kill_after:
            os.kill(child.pid, signal.SIGKILL)
            break
        child.stdin.write("\n")
        child.stdin.flush()
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    after = state(demo_path)
    assert after == before
    assert after["integrity"] == "ok" and after["foreign_keys"] == []
    # The database is usable at once: the same import now goes through whole.
    ctx = open_context(str(demo_path), user="testuser")
    try:
        assert import_clients(ctx, csv_file).rows == ROWS
        assert verify_chain(ctx).ok
    finally:
        ctx.close()
    assert state(demo_path)["clients"] == before["clients"] + ROWS

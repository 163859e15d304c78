"""Commands in a hostile environment, each in a process of its own: a damaged, read-only or
unreachable database, a newer schema, a full disk (a file-size limit, RLIMIT_FSIZE). Always an
exit status (1: the environment), one line on stderr, no traceback, nothing half-written."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


def command(*argv: str, limit: int | None = None, env: dict | None = None, cwd=None):
    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        [sys.executable, "-m", "omatyontekija", *argv],
        env={
            **os.environ,
            "PYTHONPATH": str(SRC),
            "OMATYONTEKIJA_USER": "testuser",
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited,
        cwd=cwd,
    )
    return done.returncode, done.stdout, done.stderr


def one_line(err: str) -> str:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def database(demo_template, tmp_path) -> Path:
    path = tmp_path / "db" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_template, path)
    return path


def test_a_file_that_is_no_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    status, _, err = command("clients", "--database", str(junk))
    assert status == 1
    assert "not a database" in one_line(err) and str(junk) in err


def test_an_unreachable_server_names_it_without_the_password():
    url = "postgresql+psycopg://someone:sekret@127.0.0.1:9/omatyontekija"
    status, _, err = command("clients", "--database", url, env={"PGCONNECT_TIMEOUT": "3"})
    assert status == 1
    line = one_line(err)
    assert "127.0.0.1" in line and "sekret" not in line


def test_a_database_url_that_means_nothing():
    status, _, err = command("clients", "--database", "nosuchdb://x/y")
    assert status == 2 and "not understood" in one_line(err)


def test_a_read_only_database(database, tmp_path):
    if os.geteuid() == 0:  # root writes any file: open it read-only instead
        url = f"sqlite:///file:{database}?mode=ro&uri=true"
    else:
        os.chmod(database, 0o444)
        url = str(database)
    here = tmp_path / "cwd"
    here.mkdir()
    status, _, err = command("clients", "--search", "a", "--database", url, cwd=here)
    assert status == 1
    assert "read-only" in one_line(err)
    assert list(here.iterdir()) == []  # an SQLite URI is no folder named "file:"


def test_a_newer_schema_is_refused_and_left_alone(database):
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    for _ in range(2):
        status, _, err = command("clients", "--database", str(database))
        assert status == 1
        assert "made by a newer version (schema 0999; this program knows up to" in one_line(err)
    assert sorted(p.name for p in database.parent.iterdir() if "before" in p.name) == []


def test_a_malformed_log_time_is_a_broken_chain(database):
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO access_log (sequence, at, login, role, action, reason, success, "
            "format, set_id, hash) VALUES (1, 'not a time', 'x', 'x', 'view', NULL, 1, 2, "
            "NULL, 'x')"
        )
    status, out, err = command("audit", "verify", "--database", str(database))
    assert status == 1
    assert "broken at entry 1" in (out + err) and "Traceback" not in err


@pytest.fixture
def big_database(tmp_path) -> Path:
    """A database whose export is larger than the file-size limit the tests set."""
    path = tmp_path / "big" / "big.sqlite3"
    path.parent.mkdir()
    status, _, err = command("demo", "--clients", "1500", "--seed", "4", "--database", str(path))
    assert status == 0, err
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


# Large enough for the database's small writes (its -shm is 32 KiB), too small for the files.
LIMIT = 160 * 1024


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_full_disk_during_an_export_leaves_nothing(big_database, tmp_path, suffix):
    out = tmp_path / "out" / f"clients.{suffix}"
    out.parent.mkdir()
    status, _, err = command(
        "export", "--out", str(out), "--database", str(big_database), limit=LIMIT
    )
    assert status == 1, err
    line = one_line(err)
    assert str(out) in line and ("too large" in line or "full" in line)
    assert list(out.parent.iterdir()) == []
    # With room again, the same command works, and the file is the owner's only.
    status, _, err = command("export", "--out", str(out), "--database", str(big_database))
    assert status == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_full_disk_during_a_backup_leaves_nothing_and_a_retry_works(big_database, tmp_path):
    out = tmp_path / "out" / "backup.sqlite3"
    out.parent.mkdir()
    argv = ("--user", "admin", "backup", str(out), "--database", str(big_database))
    status, _, err = command(*argv, limit=LIMIT)
    assert status == 1, err
    assert str(out) in one_line(err)
    assert list(out.parent.iterdir()) == []
    status, _, err = command(*argv)
    assert status == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_new_files_are_the_owners_only_whatever_the_umask(tmp_path):
    home = tmp_path / "home"
    env = {
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    database = tmp_path / "new" / "folder" / "db.sqlite3"
    old = os.umask(0o000)
    try:
        status, _, err = command("demo", "--clients", "30", "--database", str(database), env=env)
        assert status == 0, err
        assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
        for path in database.parent.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        outputs = tmp_path / "outputs"
        outputs.mkdir()
        for argv in (
            ("export", "--out", str(outputs / "c.csv")),
            ("export", "--out", str(outputs / "c.xlsx")),
            ("letter", "1", "--out", str(outputs / "letter.pdf")),
            ("figures", "--csv", str(outputs / "f.csv"), "--pdf", str(outputs / "f.pdf")),
            ("--user", "admin", "backup", str(outputs / "b.sqlite3")),
        ):
            status, _, err = command(*argv, "--database", str(database), env=env)
            assert status == 0, (argv, err)
    finally:
        os.umask(old)
    made = sorted(p.name for p in outputs.iterdir())
    assert made == ["b.sqlite3", "c.csv", "c.xlsx", "f.csv", "f.pdf", "letter.pdf"]
    for path in outputs.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    temporary = home / "cache" / "omatyontekija" / "tmp"
    assert stat.S_IMODE(temporary.stat().st_mode) == 0o700
    assert list(temporary.iterdir()) == []  # each run's folder removed at its exit


def test_solver_output_never_reaches_stdout(tmp_path):
    districts = [{"id": f"d{i}"} for i in range(60)]
    workers = [{"id": f"w{i}", "capacity": 40} for i in range(12)]
    clients = [
        {"id": f"c{i}", "district": f"d{i % 60}", "named_worker": f"w{i % 12}"} for i in range(400)
    ]
    problem = tmp_path / "plan.json"
    problem.write_text(
        json.dumps({"workers": workers, "districts": districts, "clients": clients}),
        encoding="utf-8",
    )
    status, out, err = command("plan-areas", "--time-limit", "5", str(problem))
    assert status in (0, 1), err
    json.loads(out)  # nothing but the JSON


def test_the_application_log_is_the_owners_only(tmp_path):
    from omatyontekija.logging_setup import configure_logging, stop_logging

    old = os.umask(0o000)
    try:
        path = configure_logging(tmp_path / "logs" / "deeper")
    finally:
        os.umask(old)
        stop_logging()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

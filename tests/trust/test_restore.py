"""Restore never erases an access and accepts only a database this program can use."""

import shutil
import sqlite3
import stat

import pytest

from omatyontekija.cli import run
from omatyontekija.store.migrate import SCHEMA_REVISION


def cli(capsys, *args):
    status = run(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def log_rows(path):
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT sequence, action, success, reason FROM access_log ORDER BY sequence"
        ).fetchall()


def admin(demo_path, *args):
    return ("--user", "admin", *args, "--database", str(demo_path))


@pytest.fixture
def backup(capsys, demo_path, tmp_path):
    path = tmp_path / "b.sqlite3"
    for text in ("a", "e"):  # two entries in the backup's log
        assert cli(capsys, "clients", "--search", text, "--database", str(demo_path))[0] == 0
    assert cli(capsys, *admin(demo_path, "backup", str(path)))[0] == 0
    return path


def test_the_entries_since_the_backup_and_the_restore_itself_survive(capsys, demo_path, backup):
    assert cli(capsys, "clients", "--search", "a", "--database", str(demo_path))[0] == 0
    before = log_rows(demo_path)
    assert before[-1][1] == "search"
    status, out, err = cli(capsys, *admin(demo_path, "restore", str(backup), "--yes"))
    assert status == 0, err
    after = log_rows(demo_path)
    assert after[: len(before)] == before  # nothing erased, same sequence numbers
    assert after[-1][1:3] == ("restore", 1)
    # the backup's own entry (committed after the copy) and the search
    assert "2 entries carried over" in after[-1][3]
    status, out, err = cli(capsys, "audit", "verify", "--database", str(demo_path))
    assert status == 0, err + out


def test_a_backup_of_another_history_is_appended_after_the_restored_log(
    capsys, demo_path, backup, tmp_path
):
    # The copy's log goes on differently from the live one after the backup.
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(backup, other)
    assert cli(capsys, "clients", "--search", "a", "--database", str(other))[0] == 0
    assert cli(capsys, "clients", "--search", "a", "--database", str(demo_path))[0] == 0
    theirs = log_rows(other)
    live_before = log_rows(demo_path)
    status, _, err = cli(capsys, *admin(demo_path, "restore", str(other), "--yes"))
    assert status == 0, err
    after = log_rows(demo_path)
    assert after[: len(theirs)] == theirs
    # every live entry follows, renumbered and chained anew, then the restore's own
    assert [r[1:] for r in after[len(theirs) : -1]] == [r[1:] for r in live_before]
    assert after[-1][1:3] == ("restore", 1)
    assert cli(capsys, "audit", "verify", "--database", str(demo_path))[0] == 0


def _refused(capsys, demo_path, path, expected):
    before = log_rows(demo_path)
    with sqlite3.connect(demo_path) as connection:
        clients = connection.execute("SELECT count(*) FROM clients").fetchone()
    status, _, err = cli(capsys, *admin(demo_path, "restore", str(path), "--yes"))
    assert status == 2, err
    assert expected in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    after = log_rows(demo_path)
    assert after[: len(before)] == before
    assert [r[1:3] for r in after[len(before) :]] == [("restore", 0)]  # logged as failed
    with sqlite3.connect(demo_path) as connection:
        assert connection.execute("SELECT count(*) FROM clients").fetchone() == clients
    assert list(demo_path.parent.glob("*.restoring*")) == []


def test_a_missing_file_is_refused_and_logged_as_failed(capsys, demo_path, tmp_path):
    _refused(capsys, demo_path, tmp_path / "nowhere.sqlite3", "no such file")


def test_a_newer_schema_is_refused(capsys, demo_path, backup):
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    _refused(capsys, demo_path, backup, "newer version (schema 0099")


def test_a_bare_clients_table_is_refused(capsys, demo_path, tmp_path):
    bare = tmp_path / "bare.sqlite3"
    with sqlite3.connect(bare) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute(f"INSERT INTO alembic_version VALUES ('{SCHEMA_REVISION}')")
        connection.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY)")
    _refused(capsys, demo_path, bare, "not an Omatyöntekijä database")


def test_a_backup_with_a_broken_log_is_refused(capsys, demo_path, backup):
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE access_log SET login = 'someone' WHERE sequence = 2")
    _refused(capsys, demo_path, backup, "access log is broken at entry 2")


def test_garbage_is_refused(capsys, demo_path, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 1000)
    _refused(capsys, demo_path, junk, "not an SQLite database")


def test_backups_are_private_and_a_refused_one_leaves_nothing(capsys, demo_path, backup, tmp_path):
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    missing = tmp_path / "no" / "such" / "b.sqlite3"
    status, _, err = cli(capsys, *admin(demo_path, "backup", str(missing)))
    assert status == 2 and "no such folder" in err
    assert not missing.parent.exists()
    assert list(tmp_path.glob("*.part")) == []

"""Backups via SQLite's backup API, restoring them, and refusing SQLite on a network share."""

import sqlite3
from pathlib import Path

import pytest

from omatyontekija.cli import run
from omatyontekija.store.db import Database
from omatyontekija.store.network import NetworkShareRefused, network_filesystem

DATA = Path(__file__).resolve().parents[1] / "store" / "data"


def cli(capsys, *args):
    status = run(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def count(path, table="clients"):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_and_restore(capsys, demo_path, tmp_path):
    admin = ("--user", "admin", "--database", str(demo_path))
    copy = tmp_path / "copy.sqlite3"
    status, out, _ = cli(capsys, *admin[:2], "backup", str(copy), *admin[2:])
    assert status == 0 and "checked" in out
    assert count(copy) == 400
    with sqlite3.connect(demo_path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM clients WHERE id > 100")
    assert count(demo_path) == 100
    assert cli(capsys, *admin[:2], "restore", str(copy), *admin[2:])[0] == 2  # no --yes
    status, out, _ = cli(capsys, *admin[:2], "restore", str(copy), "--yes", *admin[2:])
    assert status == 0
    assert count(demo_path) == 400
    kept = list(tmp_path.glob("demo.before-restore-*.sqlite3"))
    assert len(kept) == 1 and count(kept[0]) == 100
    assert cli(capsys, "audit", "verify", "--database", str(demo_path))[0] == 0


def test_backup_refuses_to_overwrite_and_non_admins(capsys, demo_path, tmp_path):
    existing = tmp_path / "exists.sqlite3"
    existing.write_bytes(b"precious")
    status, _, err = cli(
        capsys, "--user", "admin", "backup", str(existing), "--database", str(demo_path)
    )
    assert status == 2 and "already exists" in err
    assert existing.read_bytes() == b"precious"
    assert cli(capsys, "backup", str(tmp_path / "n.sqlite3"), "--database", str(demo_path))[0] == 3


def test_restore_checks_the_backup_first(capsys, demo_path, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    status, _, err = cli(
        capsys, "--user", "admin", "restore", str(junk), "--yes", "--database", str(demo_path)
    )
    assert status == 2 and "not an SQLite database" in err
    assert count(demo_path) == 400


def test_restoring_an_older_schema_upgrades_it(capsys, demo_path):
    status, _, err = cli(
        capsys,
        "--user",
        "admin",
        "restore",
        str(DATA / "schema-0001.sqlite3"),
        "--yes",
        "--database",
        str(demo_path),
    )
    # The 0001 database has no users yet: the restore goes through, and then
    # even admin is unknown there until users are added.
    assert status == 0, err
    assert count(demo_path) == 50
    assert count(demo_path, "users") == 0


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/social /mnt/yhteinen cifs rw,vers=3.0 0 0
nas:/export /mnt/nfs\\040share nfs4 rw 0 0
/dev/sdb1 /mnt/yhteinen/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/sari/omatyontekija.sqlite3", None),
        ("/mnt/yhteinen/omatyontekija.sqlite3", "cifs"),
        ("/mnt/yhteinen/local/omatyontekija.sqlite3", None),  # a local disk mounted inside
        ("/mnt/nfs share/db.sqlite3", "nfs4"),
        ("/mnt/yhteinenX/db.sqlite3", None),  # a prefix of the name is not the mount
        ("\\\\fileserver\\social\\db.sqlite3", "smb"),
        ("//fileserver/social/db.sqlite3", "smb"),
    ],
)
def test_network_shares_are_recognised(path, expected):
    assert network_filesystem(path, mounts=MOUNTS) == expected


def test_an_sqlite_file_on_a_share_is_refused_pointing_to_postgresql(capsys, monkeypatch):
    monkeypatch.setattr("omatyontekija.store.db.network_filesystem", lambda path: "cifs")
    with pytest.raises(NetworkShareRefused, match="PostgreSQL"):
        Database("/mnt/yhteinen/db.sqlite3")
    status, _, err = cli(capsys, "clients", "--database", "/mnt/yhteinen/db.sqlite3")
    assert status == 1 and "postgresql+psycopg://" in err and "Traceback" not in err

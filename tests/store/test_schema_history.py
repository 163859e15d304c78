"""Migrations from a saved database of every released schema, with row counts kept."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from omatyontekija.store.db import Database
from omatyontekija.store.migrate import current_revision, head_revision, migrate

DATA = Path(__file__).with_name("data")
TABLES = (
    "workers",
    "districts",
    "area_divisions",
    "areas",
    "area_districts",
    "clients",
    "client_name_keys",
    "client_services",
    "close_ones",
    "designations",
    "handovers",
)


def counts(path):
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.mark.parametrize("saved", sorted(DATA.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_a_saved_database_migrates_to_head_keeping_its_rows(saved, tmp_path):
    path = tmp_path / saved.name
    shutil.copyfile(saved, path)
    before = counts(path)
    assert before["clients"] > 0
    db = Database(str(path))
    backup = migrate(db)
    assert current_revision(db) == head_revision()
    db.dispose()
    assert counts(path) == before
    assert backup is not None and counts(backup) == before  # the copy taken first
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_schema_0001_is_saved():
    with sqlite3.connect(DATA / "schema-0001.sqlite3") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)

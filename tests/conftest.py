"""Shared fixtures: a migrated database with a small demo, copied per test.

The Qt platform is set here, before anything imports Qt, so GUI tests run
without a display.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMATYONTEKIJA_USER", "testuser")

import pytest

from omatyontekija.services.context import Context, open_context
from omatyontekija.services.demo import create_demo

DEMO_CLIENTS = 400
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Keep QSettings and the user data folder out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("OMATYONTEKIJA_DATABASE", raising=False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo database made once per test session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    ctx = open_context(str(path), user="demo")
    # testuser (every test's login) is the demo's supervisor: sees and may do everything.
    create_demo(ctx.db, DEMO_CLIENTS, seed=7, today=TODAY, supervisor_login="testuser")
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def ctx(demo_path) -> Context:
    context = open_context(str(demo_path), user="testuser")
    context.clock = lambda: TODAY
    yield context
    context.close()


@pytest.fixture
def empty_ctx(tmp_path) -> Context:
    context = open_context(str(tmp_path / "empty.sqlite3"), user="testuser")
    context.clock = lambda: TODAY
    yield context
    context.close()

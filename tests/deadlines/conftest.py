"""A small demo database whose matters are replaced by a known handful, copied per test."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from omatyontekija.domain.matter import MatterKind
from omatyontekija.services.context import Context, open_context
from omatyontekija.services.demo import create_demo
from omatyontekija.store.matters import add_matter

TODAY = dt.date(2026, 11, 23)  # a Monday


@dataclass(frozen=True)
class Known:
    """Ids of the clients and matters the tests know."""

    sari_client: int  # named worker 2 (login sari.mantyla)
    jussi_client: int  # named worker 3
    orphan_client: int  # no named worker
    overdue_application: int
    near_assessment: int
    ok_application: int
    decided_application: int
    orphan_application: int


def _first(session, sql: str) -> int:
    return session.execute(text(sql)).scalar_one()


@pytest.fixture(scope="session")
def deadline_template(tmp_path_factory) -> tuple[Path, Known]:
    path = tmp_path_factory.mktemp("deadlines") / "demo.sqlite3"
    ctx = open_context(str(path), user="demo")
    create_demo(ctx.db, 200, seed=5, today=TODAY)
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM matters"))
        pick = "SELECT min(id) FROM clients WHERE named_worker_id {}"
        sari, jussi = _first(session, pick.format("= 2")), _first(session, pick.format("= 3"))
        orphan = _first(session, pick.format("IS NULL"))
        app = MatterKind.APPLICATION
        known = Known(
            sari,
            jussi,
            orphan,
            # due 20.11.2026: overdue on the 23rd
            add_matter(session, sari, app, dt.date(2026, 8, 20), handled_by_id=2),
            # the 7th working day after Thu 19.11 is Mon 30.11 = the last "near" day
            add_matter(session, sari, MatterKind.SERVICE_NEED_ASSESSMENT, dt.date(2026, 11, 19)),
            # due 1.1.2027 (a holiday) → 4.1.2027: ok
            add_matter(session, jussi, app, dt.date(2026, 10, 1)),
            add_matter(session, jussi, app, dt.date(2026, 5, 1), decided_on=dt.date(2026, 6, 1)),
            # due 1.11.2026 (a Sunday) → 2.11: overdue
            add_matter(session, orphan, app, dt.date(2026, 8, 1)),
        )
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return path, known


@pytest.fixture
def known(deadline_template) -> Known:
    return deadline_template[1]


@pytest.fixture
def deadline_db(deadline_template, tmp_path) -> Path:
    path = tmp_path / "deadlines.sqlite3"
    shutil.copyfile(deadline_template[0], path)
    return path


@pytest.fixture
def dctx(deadline_db) -> Context:
    context = open_context(str(deadline_db), user="sari.mantyla")
    context.clock = lambda: TODAY
    yield context
    context.close()


@pytest.fixture
def app(qapp):
    """The real application set-up: names, translations (Finnish) and style."""
    from omatyontekija.ui.application import create_application

    return create_application()

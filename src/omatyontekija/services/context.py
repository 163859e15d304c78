"""Who is working and on which database: what every use case is given."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from omatyontekija.store.db import Database
from omatyontekija.store.migrate import migrate

ENV_USER = "OMATYONTEKIJA_USER"


def current_login() -> str:
    """The operating-system login, unless $OMATYONTEKIJA_USER says otherwise."""
    return os.environ.get(ENV_USER) or getpass.getuser()


@dataclass
class Context:
    db: Database
    user: str = field(default_factory=current_login)
    clock: Callable[[], dt.date] = dt.date.today

    @property
    def today(self) -> dt.date:
        return self.clock()

    def close(self) -> None:
        self.db.dispose()


def open_context(database: str | None = None, *, user: str | None = None) -> Context:
    """Open (and migrate) the database; the backup before a schema change is taken here."""
    db = Database(database)
    migrate(db)
    return Context(db=db, user=user or current_login())

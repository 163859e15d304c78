"""Who is working and on which database: what every use case is given."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from omatyontekija.domain.access import User
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.store.db import Database
from omatyontekija.store.migrate import migrate
from omatyontekija.store.users import find_user

ENV_USER = "OMATYONTEKIJA_USER"


def current_login() -> str:
    """The operating-system login, unless $OMATYONTEKIJA_USER says otherwise."""
    return os.environ.get(ENV_USER) or getpass.getuser()


@dataclass
class Context:
    db: Database
    user: str = field(default_factory=current_login)
    clock: Callable[[], dt.date] = dt.date.today
    _resolved: User | None = field(default=None, init=False, repr=False)

    @property
    def today(self) -> dt.date:
        return self.clock()

    @property
    def access(self) -> User:
        """The user behind the login, with role and worker; AccessDenied if there is none.

        Resolved on first use (a new database gets its users after it is opened)
        and then kept for the context's life.
        """
        if self._resolved is None:
            with self.db.read() as session:
                found = find_user(session, self.user)
            if found is None:
                raise AccessDenied("unknown_user", login=self.user)
            if not found.active:
                raise AccessDenied("inactive_user", login=self.user)
            self._resolved = found
        return self._resolved

    def forget_user(self) -> None:
        """Resolve the user again on next use (after users or roles changed)."""
        self._resolved = None

    @property
    def database_kind(self) -> str:
        """ "sqlite" or "postgresql": what the user chose, never anything in it."""
        return self.db.url.split("://", 1)[0].split("+", 1)[0]

    def checkpoint_in_background(self) -> None:
        """For the long-running application on an SQLite file (see Database)."""
        self.db.checkpoint_in_background()

    def close(self) -> None:
        self.db.dispose()


def open_context(database: str | None = None, *, user: str | None = None) -> Context:
    """Open (and migrate) the database; the backup before a schema change is taken here."""
    db = Database(database)
    migrate(db)
    return Context(db=db, user=user or current_login())

"""Who is working and on which database: what every use case is given.

Who the user is depends on the database. On PostgreSQL (a shared
installation) the user is the database session's login, ``session_user``:
the server checked its password, so nothing the program is told can change
it, and ``--user`` / ``$OMATYONTEKIJA_USER`` are refused unless they name that
same login. On SQLite (a workstation's own file) the user is the
operating-system login; ``--user`` / ``$OMATYONTEKIJA_USER`` override it there
only as a test and demo affordance (anyone who can write the file can change
it anyway).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from omatyontekija.domain.access import User
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.messages import message
from omatyontekija.store.db import Database
from omatyontekija.store.migrate import migrate
from omatyontekija.store.network import NetworkShareRefused
from omatyontekija.store.users import database_login, find_user

__all__ = ["Context", "LoginRefused", "NetworkShareRefused", "current_login", "open_context"]

ENV_USER = "OMATYONTEKIJA_USER"


class LoginRefused(ValueError):
    """``--user`` or $OMATYONTEKIJA_USER names someone other than the database's login."""

    def __init__(self, claimed: str, login: str) -> None:
        self.claimed = claimed
        self.login = login
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        return message("login_refused", language, claimed=self.claimed, login=self.login)


def current_login() -> str:
    """The operating-system login, unless $OMATYONTEKIJA_USER says otherwise (SQLite only:
    on PostgreSQL ``resolve_login`` decides)."""
    return os.environ.get(ENV_USER) or getpass.getuser()


def resolve_login(db: Database, requested: str | None = None) -> str:
    """Who acts on ``db``: on PostgreSQL the session's login (LoginRefused when ``requested``
    or $OMATYONTEKIJA_USER names another); on SQLite ``requested``, else $OMATYONTEKIJA_USER,
    else the operating-system login."""
    claimed = requested or os.environ.get(ENV_USER) or None
    with db.read() as session:
        server = database_login(session)
    if server is None:
        return claimed or getpass.getuser()
    if claimed is not None and claimed != server:
        raise LoginRefused(claimed, server)
    return server


@dataclass
class Context:
    db: Database
    user: str = field(default_factory=current_login)
    clock: Callable[[], dt.date] = dt.date.today
    # The service unit the user works in (the application lets them choose among their
    # units); commands act in disability services unless told --unit.
    unit: str = "disability_services"
    _resolved: User | None = field(default=None, init=False, repr=False)

    @property
    def today(self) -> dt.date:
        return self.clock()

    @property
    def access(self) -> User:
        """The user behind the login, with role and worker; AccessDenied if there is none.

        Resolved on first use (a new database gets its users after it is opened)
        and then kept for the context's life. On PostgreSQL a context made for
        a login other than the session's is refused here too, however it was made.
        """
        if self._resolved is None:
            with self.db.read() as session:
                server = database_login(session)
                found = find_user(session, self.user)
            if server is not None and server != self.user:
                raise AccessDenied("login_mismatch", login=self.user, session=server)
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
    """Open (and migrate) the database; the backup before a schema change is taken here.

    LoginRefused when ``user`` (or $OMATYONTEKIJA_USER) is not the PostgreSQL
    session's login."""
    db = Database(database)
    try:
        login = resolve_login(db, user)
        migrate(db)
    except BaseException:
        db.dispose()
        raise
    return Context(db=db, user=login)

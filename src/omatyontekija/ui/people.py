"""People by their names, not their logins, wherever the program shows who did something.

Records keep the login (it is what the access log and the law need); the
screen shows the worker's name, and the login only where it is the point (the
administration of users). A login that belongs to no worker (an administrator,
a supervisor without a worker record) is shown as it is.
"""

from __future__ import annotations

import contextlib

from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.workers import worker_names

_ctx: Context | None = None
_names: dict[str, str] | None = None


def use(ctx: Context) -> None:
    """Names come from ``ctx`` from now on (each page that shows people calls this)."""
    global _ctx, _names
    if ctx is not _ctx:
        _ctx, _names = ctx, None


def forget() -> None:
    """Read the names again next time (after workers were changed)."""
    global _names
    _names = None


def person_name(login: str | None) -> str:
    global _names
    if not login:
        return "–"
    if _names is None:
        _names = {}
        # An administrator may not list workers: logins it is, then.
        if _ctx is not None:
            with contextlib.suppress(AccessDenied):
                _names = worker_names(_ctx)
    return _names.get(login, login)

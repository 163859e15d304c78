"""Where the demo database lives: beside the real one, never in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from omatyontekija.domain.errors import UserError
from omatyontekija.services.context import Context, open_context
from omatyontekija.store.db import default_database_path, resolve_url, sqlite_path

# What the demo starts with: enough clients for every page to show something.
DEMO_CLIENTS = 3000


def demo_database_path() -> Path:
    return default_database_path().with_name("demo.sqlite3")


def open_demo(database: str | None, *, user: str | None) -> Context:
    """What ``--demo`` opens: the demo database beside the real one, or the file
    ``--database`` names, made there when it does not exist yet. An existing file is
    opened as it is: nobody becomes a supervisor of a database by asking for a demo.
    UserError ``demo_needs_a_file`` for a server URL."""
    if database is None:
        return open_demo_workspace(demo_database_path(), user=user, clients=DEMO_CLIENTS)
    path = sqlite_path(resolve_url(database))
    if path is None:
        raise UserError("demo_needs_a_file")
    if path.exists():
        return open_context(str(path), user=user)
    return open_demo_workspace(path, user=user, clients=DEMO_CLIENTS)


def open_demo_workspace(path: Path, *, user: str | None, clients: int) -> Context:
    """The demo database at ``path``, made with ``clients`` synthetic clients on first start;
    whoever starts the demo is its supervisor (a demo has no one else's data to protect)."""
    from omatyontekija.services.demo import create_demo, ensure_demo_user
    from omatyontekija.services.demo_divisions import ensure_unit_divisions

    fresh = not path.exists()
    ctx = open_context(str(path), user=user)
    if fresh:
        create_demo(ctx.db, clients, supervisor_login=ctx.user)
    else:
        ensure_demo_user(ctx.db, ctx.user)
        ensure_unit_divisions(ctx.db)  # a demo made before each unit had a division
    return ctx


def fill_demo(
    database: str | None,
    *,
    user: str | None,
    clients: int,
    seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Fill an empty database with a demo of ``clients`` synthetic clients; the count made.
    DemoError when the database already has clients."""
    from omatyontekija.services.demo import create_demo

    ctx = open_context(database, user=user)
    try:
        return create_demo(ctx.db, clients, seed=seed, progress=progress, supervisor_login=ctx.user)
    finally:
        ctx.close()

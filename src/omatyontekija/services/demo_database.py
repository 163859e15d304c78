"""Where the demo database lives: beside the real one, never in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from omatyontekija.services.context import Context, open_context
from omatyontekija.store.db import default_database_path

# What the demo starts with: enough clients for every page to show something.
DEMO_CLIENTS = 3000


def demo_database_path() -> Path:
    return default_database_path().with_name("demo.sqlite3")


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

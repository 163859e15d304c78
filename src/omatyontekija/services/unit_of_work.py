"""One transaction across use cases: both commit, or neither does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from omatyontekija.services.context import Context


class _BoundDatabase:
    """A Database whose read() and write() hand out one open transaction.

    Lets a use case (``designate``) run inside another's transaction, so that
    both commit or neither does: the unit-of-work of cosmicpython (STYLE.md),
    without changing the use case it wraps.
    """

    def __init__(self, db, session) -> None:
        self._db = db
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Any]:
        yield self._session

    write = read

    def dispose(self) -> None:  # the real database outlives the transaction
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


@contextmanager
def one_transaction(ctx: Context) -> Iterator[tuple[Context, Any]]:
    """A write transaction, and a Context whose database hands out that same transaction.

    Use cases called with the bound Context read and write inside it; the
    whole block commits at its end or is rolled back on any error.
    """
    with ctx.db.write() as session:
        yield replace(ctx, db=_BoundDatabase(ctx.db, session)), session

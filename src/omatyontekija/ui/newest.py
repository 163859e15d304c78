"""Newest request wins: answers read off the UI thread are shown only while still current.

A search typed after another, a list reset while its badges were being read: the
older answer may arrive last, and must then be dropped. Pages used to count
generations by hand; this is that counter, once.

    newest = Newest()
    newest.renew()                         # what was asked before no longer counts
    newest.when_current(show)(answer)      # calls show(answer) only if nothing renewed since
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Newest:
    def __init__(self) -> None:
        self._ticket = 0

    def renew(self) -> int:
        """Make every earlier request stale; return the new current ticket."""
        self._ticket += 1
        return self._ticket

    @property
    def current(self) -> int:
        return self._ticket

    def is_current(self, ticket: int) -> bool:
        return ticket == self._ticket

    def when_current(self, callback: Callable[..., Any]) -> Callable[..., None]:
        """``callback`` bound to the current ticket: a call after a renew() does nothing."""
        ticket = self._ticket

        def call(*args: Any) -> None:
            if ticket == self._ticket:
                callback(*args)

        return call

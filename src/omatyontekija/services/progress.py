"""Progress of work over every client: (done, total) reported every few thousand clients.

The caller's ``progress`` callback may raise to stop the work (the desktop's
Cancel raises its own exception from it): the work is then abandoned where it
stands, inside its read transaction, and nothing is returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[int, int], None]

T = TypeVar("T")

#: Clients between two reports: a few per second of work, each report a queued signal.
EVERY = 5000


def reporting(items: Iterable[T], total: int, progress: Progress | None) -> Iterator[T]:
    """``items`` as they come, telling ``progress(done, total)`` at the start, every
    ``EVERY`` items and at the end."""
    if progress is None:
        yield from items
        return
    progress(0, total)
    done = 0
    for item in items:
        yield item
        done += 1
        if done % EVERY == 0:
            progress(done, total)
    if done % EVERY:  # the last report, unless the loop just made it
        progress(done, max(done, total))

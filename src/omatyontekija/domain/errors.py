"""Errors the core reports to the UI and the command line."""

from __future__ import annotations

import datetime as dt


class ConcurrentEdit(RuntimeError):
    """Someone else saved the record after it was read: reload, never overwrite."""

    def __init__(self, changed_by: str, changed_at: dt.datetime | None) -> None:
        when = changed_at.isoformat(timespec="minutes") if changed_at else "?"
        super().__init__(f"changed by {changed_by or '?'} at {when}")
        self.changed_by = changed_by
        self.changed_at = changed_at

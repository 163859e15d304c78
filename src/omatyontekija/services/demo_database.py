"""Where the demo database lives: beside the real one, never in it."""

from __future__ import annotations

from pathlib import Path

from omatyontekija.store.db import default_database_path


def demo_database_path() -> Path:
    return default_database_path().with_name("demo.sqlite3")

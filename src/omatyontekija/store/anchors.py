"""Anchors of the access log: its head written outside the database, append-only.

Removing entries from the end of a hash chain, or recomputing its tail, leaves
a chain that verifies. A head kept where the database's writer does not keep
it catches both: the first append of each day writes the head (after the
commit) to a file in the user's state folder, never beside the database, and
``audit verify`` checks that the newest one is still in the chain. Successful
verifications are written too, so the next one can start where it ended.

One file per database (named by a digest of its path or URL), one line per
anchor: ``KIND DAY SEQUENCE HASH``; opened only for appending, mode 0600.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

from omatyontekija.store.db import APP_NAME, Database

ENV_ANCHORS = "OMATYONTEKIJA_ANCHORS"
HEAD = "head"
VERIFIED = "verified"


@dataclass(frozen=True, slots=True)
class Anchor:
    kind: str  # HEAD or VERIFIED
    day: dt.date
    sequence: int
    hash: str


def anchor_folder() -> Path:
    """$OMATYONTEKIJA_ANCHORS, else the user's state folder (not the database's)."""
    chosen = os.environ.get(ENV_ANCHORS)
    if chosen:
        return Path(chosen)
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "access-log-anchors"


def database_identity(db: Database) -> str:
    """The database's file path, or its URL without a password."""
    if db.path is not None:
        return str(db.path.resolve())
    return make_url(db.url).set(password=None).render_as_string(hide_password=True)


def anchor_file(db: Database) -> Path:
    identity = database_identity(db)
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    return anchor_folder() / f"{digest}.anchors"


def write_anchor(path: Path, anchor: Anchor, identity: str) -> None:
    """Append one anchor line (the file is made 0600 with a first line naming the database)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        lines = ""
        if os.fstat(fd).st_size == 0:
            lines = f"# access-log anchors of {identity}\n"
        lines += f"{anchor.kind} {anchor.day.isoformat()} {anchor.sequence} {anchor.hash}\n"
        os.write(fd, lines.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_anchors(path: Path) -> list[Anchor]:
    """Every well-formed anchor in the file, oldest first; [] when there is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    anchors = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 4 or parts[0] not in (HEAD, VERIFIED):
            continue
        try:
            anchors.append(
                Anchor(parts[0], dt.date.fromisoformat(parts[1]), int(parts[2]), parts[3])
            )
        except ValueError:
            continue
    return anchors


def newest(anchors: list[Anchor], kind: str) -> Anchor | None:
    """The anchor of ``kind`` with the highest sequence (the newest head kept)."""
    chosen = [a for a in anchors if a.kind == kind]
    return max(chosen, key=lambda a: a.sequence) if chosen else None

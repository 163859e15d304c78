"""What the commands share: opening the database, writing JSON, reporting problems."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from omatyontekija.services.context import Context, open_context

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_DENIED = 3  # the user's role does not allow it, or the access log could not be written


def context_from(args) -> Context:
    """The database of the command: with --demo the demo database (made on first use, as the
    application makes it; in the new file --database names, if given), else --database,
    else the default one."""
    database = getattr(args, "database", None)
    user = getattr(args, "user", None)
    if getattr(args, "demo", False):
        from omatyontekija.services.demo_database import open_demo

        return open_demo(database, user=user)
    return open_context(database, user=user)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def problem(message: str) -> None:
    """One line on standard error: what is wrong and where."""
    print(message, file=sys.stderr)


@contextlib.contextmanager
def solver_output_silenced() -> Iterator[None]:
    """Keep what a solver's C code prints (HiGHS' log lines) off standard output, which
    carries the command's JSON: file descriptor 1 points to the null device meanwhile."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):  # no real stdout (a test's capture, a GUI start)
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def add_json_flag(parser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print JSON for scripts (the default output is a table)"
    )

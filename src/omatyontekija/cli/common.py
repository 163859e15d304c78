"""What the commands share: opening the database, writing JSON, reporting problems."""

from __future__ import annotations

import json
import sys
from typing import Any

from omatyontekija.services.context import Context, open_context

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_DENIED = 3  # the user's role does not allow it, or the access log could not be written


def context_from(args) -> Context:
    return open_context(getattr(args, "database", None), user=getattr(args, "user", None))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def problem(message: str) -> None:
    """One line on standard error: what is wrong and where."""
    print(message, file=sys.stderr)


def add_json_flag(parser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print JSON for scripts (the default output is a table)"
    )

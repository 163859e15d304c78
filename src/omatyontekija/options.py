"""The options of every start, with or without a command: --database, --user, --demo.

Kept apart from the command line's commands, so that starting the desktop
application reads its options without loading any command (or what they use).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from omatyontekija import __version__

DESCRIPTION = (
    "Omatyöntekijä – named workers, area divisions and accompanied handovers. "
    "Without a command, starts the desktop application."
)


def add_start_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"omatyontekija {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL or SQLite file (default: $OMATYONTEKIJA_DATABASE, "
        "else a file in the user data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="SQLite only, for tests and demos: act as this user (default: "
        "$OMATYONTEKIJA_USER, else the operating-system login); on PostgreSQL the user is "
        "the database login, and any other name is refused",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the application on the demo database (created on first start)",
    )


class _Unparsed(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    # Its problems are for the full command line to report, once.
    def error(self, message: str):
        raise _Unparsed(message)


def application_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a start without a command; None when ``argv`` holds a command,
    asks for help or has anything else for the full command line to parse (and report)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    parser = _QuietParser(prog="omatyontekija", add_help=False, allow_abbrev=False)
    add_start_options(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _Unparsed:
        return None
    if rest:
        return None
    args.command = None
    return args

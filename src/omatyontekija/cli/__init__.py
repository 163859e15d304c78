"""The command line: the same services as the UI, JSON on stdout for scripts.

Each command is a module with ``add_parser(subparsers)`` that registers itself
and sets ``func`` to a ``run(args) -> int``; exit status 2 means bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from omatyontekija import __version__
from omatyontekija.cli import commands

COMMAND_MODULES = commands.ALL


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omatyontekija",
        description="Omatyöntekijä – named workers, area divisions and accompanied handovers. "
        "Without a command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"omatyontekija {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL or SQLite file (default: $OMATYONTEKIJA_DATABASE, "
        "else a file in the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(subparsers)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130

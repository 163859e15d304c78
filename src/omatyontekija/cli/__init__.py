"""The command line: the same services as the UI, JSON on stdout for scripts.

Each command is a module with ``add_parser(subparsers)`` that registers itself
and sets ``func`` to a ``run(args) -> int``; exit status 2 means bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from omatyontekija.cli import commands
from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_DENIED, EXIT_FAILED, problem
from omatyontekija.options import DESCRIPTION, add_start_options
from omatyontekija.services.audit import AccessLogUnavailable
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.clients import ConcurrentEdit
from omatyontekija.services.context import LoginRefused, NetworkShareRefused
from omatyontekija.services.messages import message

COMMAND_MODULES = commands.ALL


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="omatyontekija", description=DESCRIPTION)
    add_start_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(subparsers)
    for command in subparsers.choices.values():
        # Also accepted after the command; SUPPRESS keeps a value given before it.
        command.add_argument(
            "--database",
            metavar="URL",
            default=argparse.SUPPRESS,
            help="database URL or SQLite file",
        )
        command.add_argument(
            "--user",
            metavar="LOGIN",
            default=argparse.SUPPRESS,
            help="SQLite only, for tests and demos: act as this user "
            "(on PostgreSQL only the database login itself is accepted)",
        )
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a command line; returns the exit status. Without a command, prints help."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return dispatch(args)


def dispatch(args: argparse.Namespace) -> int:
    """Run the command already parsed into ``args``."""
    try:
        return args.func(args)
    except (AccessDenied, AccessLogUnavailable) as error:
        # Said once here for every command: what was refused and why, never a traceback.
        problem(error.text("en"))
        return EXIT_DENIED
    except LoginRefused as error:
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    except NetworkShareRefused as error:
        problem(message("network_share", "en", path=error.path, fstype=error.fstype))
        return EXIT_FAILED
    except ConcurrentEdit as error:
        problem(error.text("en"))
        return EXIT_FAILED
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130

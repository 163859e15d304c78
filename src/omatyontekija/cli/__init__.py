"""The command line: the same services as the UI, JSON on stdout for scripts.

Each command is a module with ``add_parser(subparsers)`` that registers itself
and sets ``func`` to a ``run(args) -> int``; exit status 2 means bad input.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence

from omatyontekija.cli import commands
from omatyontekija.cli.arguments import OneLineParser, bound_every_argument
from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_DENIED, EXIT_FAILED, problem
from omatyontekija.domain.errors import UserError
from omatyontekija.options import DESCRIPTION, add_start_options
from omatyontekija.services.audit import AccessLogUnavailable
from omatyontekija.services.authorization import AccessDenied, ReasonRequired
from omatyontekija.services.clients import ConcurrentEdit
from omatyontekija.services.context import LoginRefused, NetworkShareRefused
from omatyontekija.services.failures import explain
from omatyontekija.services.messages import message
from omatyontekija.services.trust.use_case import ClientNotFound

COMMAND_MODULES = commands.ALL


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="omatyontekija", description=DESCRIPTION)
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
    bound_every_argument(parser)
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
    """Run the command already parsed into ``args``: whatever happens, an exit status and at
    most one line on stderr (2: bad input, 1: the environment failed), never a traceback."""
    if hasattr(signal, "SIGXFSZ"):
        # Past a file-size limit (RLIMIT_FSIZE) a write then fails with EFBIG, which is
        # reported below, instead of the signal killing the process half-way.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    # A library's clean-up that fails once more at garbage collection (openpyxl's sheet
    # writer after a full disk) must not print "Exception ignored ... Traceback" either.
    sys.unraisablehook = _unraisable_to_log
    try:
        return _run_command(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except UserError as error:
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    except ClientNotFound as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    except RecursionError:
        problem(UserError("too_deep").text("en"))
        return EXIT_BAD_INPUT
    except OverflowError:
        problem(UserError("value_out_of_range").text("en"))
        return EXIT_BAD_INPUT
    except MemoryError:
        problem("out of memory: the input or the task is too large for this computer")
        return EXIT_FAILED
    except Exception as error:
        return _report_unexpected(args, error)


def _unraisable_to_log(unraisable) -> None:
    logging.getLogger("omatyontekija.cli").debug(
        "ignored in %r: %s", unraisable.object, unraisable.exc_value
    )


def _run_command(args: argparse.Namespace) -> int:
    try:
        return args.func(args)
    except AccessLogUnavailable as error:
        # A database that cannot be written (read-only, full disk) is the environment's
        # failure: exit 1 and what is wrong with it, not a refusal.
        cause = explain(error.__cause__, _database_url(args)) if error.__cause__ else None
        if cause is not None and cause.status == EXIT_FAILED:
            problem(cause.text)
            return EXIT_FAILED
        problem(error.text("en"))
        return EXIT_DENIED
    except ReasonRequired as error:
        if not hasattr(args, "reason"):  # not "(--reason)" where there is no such option
            problem(message("reason_required_elsewhere", "en", **error.params))
        else:
            problem(error.text("en"))
        return EXIT_DENIED
    except AccessDenied as error:
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


def _database_url(args: argparse.Namespace) -> str | None:
    import os

    return getattr(args, "database", None) or os.environ.get("OMATYONTEKIJA_DATABASE")


def _report_unexpected(args: argparse.Namespace, error: Exception) -> int:
    from omatyontekija.services.failures import database_place

    url = _database_url(args)
    failure = explain(error, url)
    if failure is None and error.__cause__ is not None:
        failure = explain(error.__cause__, url)
    if failure is not None:
        problem(failure.text)
        return failure.status
    if isinstance(error, ValueError) and type(error).__module__.startswith("omatyontekija"):
        # The product's own refusals carry a message meant for the user.
        text = " ".join(str(error).split()) or type(error).__name__
        problem(text[:300])
        return EXIT_BAD_INPUT
    # A fault of the program: the details go to the log (identity codes masked), never
    # to the screen, where they could show client data.
    where = _log_fault(args, error)
    problem(
        f"internal error ({type(error).__name__}) in '{args.command}' on "
        f"{database_place(url)}; details in {where}"
    )
    return EXIT_FAILED


def _log_fault(args: argparse.Namespace, error: Exception) -> str:
    try:
        from omatyontekija.logging_setup import configure_logging

        path = configure_logging(level=logging.WARNING)
        logging.getLogger("omatyontekija.cli").error(
            "command %s failed", args.command, exc_info=error
        )
        return str(path)
    except Exception:
        return "the application log (it could not be written)"

"""Start-up: a command runs on the command line; without one, the desktop application starts."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from omatyontekija.options import application_options

# What the main window's start imports besides Qt (tests/ui/test_start_imports.py).
_BEFORE_QT = (
    "omatyontekija.services.context",
    "omatyontekija.services.clients",
    "omatyontekija.services.deadlines",
    "omatyontekija.services.demo_database",
    "omatyontekija.services.admin.setup",
    "omatyontekija.services.handover_messages",
    "omatyontekija.services.workers",
    "omatyontekija.services.units",
    "omatyontekija.rules.deadline_rules",
)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # First of all: in a frozen bundle the PDF batch writer's spawn processes
        # start this same executable, and freeze_support turns them into workers
        # before any argument parsing. Outside a bundle it does nothing.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    # Libraries' temporary files (openpyxl's sheets, with client data) go to a private
    # folder of this process, removed at exit; what a killed run left is removed here.
    from omatyontekija.private_files import use_private_temporary_folder

    use_private_temporary_folder()
    # The desktop application reads only its start options: the command line and
    # everything its commands use load only for a command, --help or an error.
    args = application_options(argv)
    if args is None:
        from omatyontekija.cli import build_parser, dispatch

        args = build_parser().parse_args(argv)
        if args.command is not None:
            return dispatch(args)
    # The desktop application has no console to report to (gui-script on
    # Windows), so it logs to the user log folder; commands keep stderr.
    from omatyontekija.logging_setup import configure_logging

    configure_logging()
    # The database layer and the services the first window uses first: once PySide6 is
    # loaded, its import hook reads the source of every module imported after it (its
    # __feature__ check), and SQLAlchemy alone has hundreds.
    for name in _BEFORE_QT:
        importlib.import_module(name)

    # Imported here so that commands never pay for loading Qt.
    from omatyontekija.ui.application import run_application

    return run_application(args)


def gui_main() -> int:
    """The entry of the windowed launcher (no console on Windows)."""
    # pythonw.exe and windowed bundles start with no stdout/stderr; argparse
    # (--help, --version, errors) would fail writing to None.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return main()

"""Start-up: a command runs on the command line; without one, the desktop application starts."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from omatyontekija.cli import build_parser, dispatch


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return dispatch(args)
    # Imported here so that commands never pay for loading Qt.
    from omatyontekija.ui.application import run_application

    return run_application(args)


def gui_main() -> int:
    """The entry of the windowed launcher (no console on Windows)."""
    return main()

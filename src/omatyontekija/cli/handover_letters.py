"""omatyontekija handover letters: the letters of a reform's (or any) handovers in one go."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.services import letters
from omatyontekija.services.handover_messages import HandoverError, message, terminal_language


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "letters",
        help="the letters of many handovers' clients as one PDF (or one file each)",
        description="Write the letter of every client whose handover the reform effective "
        "DATE opened (or of the handovers given) into one combined PDF, in client order, "
        "each letter in the client's language to whoever acts for the client, each from a "
        "new page; with --one-per-client one PDF per client into a folder. The handovers' "
        "'client informed' items are ticked with today's date (a ticked one keeps its "
        "date). A client or recipient with a non-disclosure mark gets no letter: it is "
        "counted, to be sent through DVV.",
        epilog="example: omatyontekija handover letters --reform 2027-01-01 --out kirjeet.pdf",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--reform", metavar="DATE", help="the reform effective DATE (YYYY-MM-DD)")
    which.add_argument(
        "--handovers", type=int, nargs="+", metavar="ID", help="these handovers' letters"
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE|DIR", help="the PDF, or the folder for one each"
    )
    parser.add_argument(
        "--one-per-client", action="store_true", help="one PDF per client into the folder --out"
    )
    parser.add_argument(
        "--not-informed",
        action="store_true",
        help="only handovers whose 'client informed' item is not yet done",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def check_out(out: Path, one_each: bool, option: str) -> str | None:
    """Why ``out`` cannot be written, in one line, or None (said before anything is read):
    a folder for one file each (``option``), else a file in an existing folder."""
    language = terminal_language()
    if one_each:
        if not out.is_dir():
            return message("cli.not_a_folder", language, path=out)
        folder = out
    else:
        if out.is_dir():
            return message("cli.out_is_folder", language, path=out, option=option)
        folder = out.parent
        if not folder.is_dir():
            return message("cli.no_such_folder", language, path=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return message("cli.cannot_write", language, path=folder)
    return None


def progress_on_terminal():  # type: ignore[no-untyped-def]
    """Counts only (never a client's name), and only where a person watches."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def run(args: argparse.Namespace) -> int:
    from omatyontekija.cli.handover import parse_date, refused

    language = terminal_language()
    try:
        reform = parse_date(args.reform, "--reform")
    except ValueError as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    out = Path(args.out)
    why = check_out(out, args.one_per_client, "--one-per-client")
    if why is not None:
        problem(why)
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        ids = letters.letter_handover_ids(
            ctx, reform=reform, handover_ids=args.handovers, not_informed=args.not_informed
        )
        result = letters.print_letters(
            ctx,
            ids,
            out,
            one_per_client=args.one_per_client,
            reform=reform,
            title_language=language,
            progress=progress_on_terminal(),
        )
    except HandoverError as error:
        return refused(error)
    except OSError as error:
        problem(f"--out: {error.strerror or error}")
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    for failure in result.failed:
        problem(f"{failure.filename}: {failure.error}")
    informed = result.informed
    if args.json:
        print_json(
            {
                "letters": result.letters,
                "out": str(out),
                "files": [str(path) for path in result.files],
                "informed": len(informed.ticked),
                "already_informed": len(informed.already),
                "no_informed_item": list(informed.no_item),
                "closed": len(informed.closed),
                "withheld_non_disclosure": list(result.withheld),
                "failed": len(result.failed),
            }
        )
    else:
        print(
            message(
                "cli.letters",
                language,
                letters=result.letters,
                out=out,
                informed=len(informed.ticked),
            )
        )
        if result.withheld:
            ids_text = " ".join(str(i) for i in result.withheld)
            count = len(result.withheld)
            print(message("cli.letters_withheld", language, count=count, ids=ids_text))
        if informed.no_item:
            ids_text = " ".join(str(i) for i in informed.no_item)
            count = len(informed.no_item)
            print(message("cli.letters_no_item", language, count=count, ids=ids_text))
    return EXIT_FAILED if result.failed else EXIT_OK

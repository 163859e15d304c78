"""omatyontekija letter: the letter telling a client whom to contact, as PDF."""

from __future__ import annotations

import argparse

from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_OK, context_from, problem
from omatyontekija.cli.handover import report_error
from omatyontekija.services import printing
from omatyontekija.services.clients import ClientNotFound
from omatyontekija.services.handover_messages import HandoverError, message, terminal_language


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "letter",
        help="write the client letter (named worker or area workers, how to reach them) as PDF",
        description="Write the letter that tells the client who their named worker, or the "
        "worker of their area, is and how to reach them. With --handover the letter names "
        "the new worker of that handover and the date of the change.",
    )
    parser.add_argument("client_id", type=int, metavar="CLIENT_ID")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    parser.add_argument(
        "--lang", choices=("fi", "sv", "en"), help="language (default: the client's own)"
    )
    parser.add_argument("--handover", type=int, metavar="HANDOVER_ID", help="about this handover")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="the plain-language Finnish letter (selkokieli); not with --lang sv or en",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.plain and args.lang not in (None, "fi"):
        problem("--plain: the plain-language letter is in Finnish only")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        written = printing.write_letter_pdf(
            ctx,
            args.client_id,
            args.out,
            language=args.lang,
            handover_id=args.handover,
            plain=args.plain,
        )
    except (HandoverError, ClientNotFound) as error:
        return report_error(error)
    except OSError as error:
        problem(f"--out: {error}")
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    print(message("cli.written", terminal_language(), path=written))
    return EXIT_OK

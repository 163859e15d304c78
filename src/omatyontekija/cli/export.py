"""omatyontekija export: every client with facts, services and named worker to CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_OK, context_from, problem
from omatyontekija.services.client_transfer import NotATable, export_clients


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write all clients to a CSV or XLSX file (supervisors; logged)",
        description="Write every client with their facts, services and named worker. CSV is "
        "UTF-8 with semicolons, as Excel on a Finnish Windows opens it. Cells that a "
        "spreadsheet would run as a formula are escaped with a leading apostrophe.",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    parser.set_defaults(func=run)


def run(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        problem("--out: the file name must end in .csv or .xlsx")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        count = export_clients(ctx, out)
    except NotATable as error:
        problem(f"--out: {error}")
        return EXIT_BAD_INPUT
    # OSError (a full disk, no permission) is the environment's: reported by the
    # command line's error wrapper with exit status 1.
    finally:
        ctx.close()
    print(f"{count} clients written to {out}")
    return EXIT_OK

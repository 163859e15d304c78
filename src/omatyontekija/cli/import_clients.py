"""omatyontekija import: add clients from a CSV or XLSX file, all or nothing."""

from __future__ import annotations

from pathlib import Path

from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_OK, context_from, problem
from omatyontekija.services.client_transfer import ImportRefused, NotATable, import_clients


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="add clients from a CSV or XLSX file: all rows or none (supervisors)",
        description="Check every row first; if any is invalid, print one line per problem "
        "as 'row N: field: problem' (N counts data rows from 1), import nothing and exit 2. "
        "CSV may be UTF-8 (with or without BOM) or Windows-1252, with commas or semicolons. "
        "The columns are those 'export' writes; identity_code, last_name and first_names "
        "are required.",
    )
    parser.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    parser.add_argument("--dry-run", action="store_true", help="only check; import nothing")
    parser.set_defaults(func=run)


def run(args) -> int:
    ctx = context_from(args)
    try:
        result = import_clients(ctx, Path(args.file), dry_run=args.dry_run)
    except NotATable as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    except ImportRefused as refused:
        for item in refused.problems:
            problem(item.line())
        problem(f"{len(refused.problems)} problems; nothing was imported")
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if result.dry_run:
        print(f"{result.rows} clients checked; all can be imported (dry run: nothing imported)")
    else:
        print(f"{result.rows} clients imported")
    return EXIT_OK

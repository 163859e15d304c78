"""omatyontekija import: add (or with --update, update) clients from a CSV or XLSX file, all or
nothing."""

from __future__ import annotations

from pathlib import Path

from omatyontekija.cli.admin_common import add_map_option, mapping_of
from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.services.client_transfer import (
    ImportRefused,
    ImportResult,
    NotATable,
    import_clients,
)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="add clients from a CSV or XLSX file: all rows or none (supervisors, admins)",
        description="Check every row first; if any is invalid, print one line per problem "
        "as 'row N: field: problem' (N counts data rows from 1), import nothing and exit 2. "
        "CSV may be UTF-8 (with or without BOM) or Windows-1252, with commas or semicolons. "
        "Columns are recognised by the names 'export' writes and by the names of client "
        "system exports (henkilötunnus/personbeteckning, sukunimi, etunimet, lähiosoite, "
        "postinumero, postitoimipaikka, puhelin, äidinkieli/asiointikieli, palvelut, "
        "omatyöntekijä…); others are ignored unless --map names them. identity_code, "
        "last_name and first_names are required.",
    )
    parser.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    parser.add_argument("--dry-run", action="store_true", help="only check; import nothing")
    parser.add_argument(
        "--update",
        action="store_true",
        help="clients already in the database (by identity code) are updated from the file; "
        "what is new, changed, unchanged and missing from the file is shown (nothing deleted)",
    )
    add_map_option(parser)
    add_json_flag(parser)
    parser.set_defaults(func=run)


def _report(result: ImportResult) -> None:
    columns = ", ".join(f"{header} → {field}" for header, field in result.recognised)
    print(f"columns: {columns}")
    if result.ignored:
        print(f"ignored columns: {', '.join(result.ignored)}")
    for change in result.changes:
        print(f"changed {change.identity_code}:")
        for field, (old, new) in change.fields.items():
            print(
                f"  {field}: {old if old not in (None, '') else '-'} → "
                f"{new if new not in (None, '') else '-'}"
            )
    print(
        f"{result.added} new, {result.changed} changed, {result.unchanged} unchanged, "
        f"{result.missing_from_file} in the database but not in the file (not deleted)"
    )


def run(args) -> int:
    try:
        mapping = mapping_of(args)
    except ValueError as error:
        problem(f"--map: {error}")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        result = import_clients(
            ctx, Path(args.file), dry_run=args.dry_run, update=args.update, mapping=mapping
        )
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
    if args.json:
        print_json(result.counts())
        return EXIT_OK
    if args.update:
        _report(result)
        if result.dry_run:
            print("dry run: nothing was written")
        return EXIT_OK
    if result.ignored:
        print(f"ignored columns: {', '.join(result.ignored)}")
    if result.dry_run:
        print(f"{result.rows} clients checked; all can be imported (dry run: nothing imported)")
    else:
        print(f"{result.rows} clients imported")
    return EXIT_OK

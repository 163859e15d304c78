"""What the administration commands share: sub-commands that take the start options too."""

from __future__ import annotations

import argparse

from omatyontekija.cli.common import EXIT_BAD_INPUT, problem
from omatyontekija.domain.errors import error_text
from omatyontekija.services.admin.columns import parse_mapping
from omatyontekija.services.admin.workers import TableImport, TableRefused


def add_start_options(parser: argparse.ArgumentParser) -> None:
    """--database and --user after a sub-command too (``workers add … --database X``)."""
    parser.add_argument(
        "--database", metavar="URL", default=argparse.SUPPRESS, help="database URL or SQLite file"
    )
    parser.add_argument(
        "--user", metavar="LOGIN", default=argparse.SUPPRESS, help="act as this user"
    )


def add_map_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--map",
        metavar="MAPPING",
        help='columns the program does not recognise: "Header in file=field,…" '
        '("Header=" ignores a column)',
    )


def mapping_of(args) -> dict[str, str] | None:
    """The --map option as header -> field; ValueError with the reason."""
    return parse_mapping(args.map) if getattr(args, "map", None) else None


def report_refused(refused: TableRefused, language: str = "en") -> int:
    """Every problem of the file on its own line, in ``language`` (the commands' English unless
    the command takes --lang), then how many; exit status 2."""
    for item in refused.problems:
        problem(item.line(language))
    problem(error_text("problems_nothing_imported", language, count=len(refused.problems)))
    return EXIT_BAD_INPUT


def import_summary(result: TableImport, noun: str) -> str:
    columns = ", ".join(f"{header} → {field}" for header, field in result.recognised)
    lines = [f"columns: {columns}"]
    if result.ignored:
        lines.append(f"ignored columns: {', '.join(result.ignored)}")
    verb = "would be" if result.dry_run else "were"
    lines.append(
        f"{result.added} {noun} {verb} added, {result.changed} changed, "
        f"{result.unchanged} unchanged" + (" (dry run: nothing written)" if result.dry_run else "")
    )
    return "\n".join(lines)

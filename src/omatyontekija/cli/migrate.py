"""omatyontekija migrate: bring the database schema up to date."""

from __future__ import annotations

from omatyontekija.cli.common import EXIT_OK
from omatyontekija.services.context import open_context


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "migrate",
        help="create or upgrade the database schema (a backup is taken before a change)",
        description="Create the database if needed and upgrade its schema to the newest version. "
        "An existing SQLite database is copied beside itself before its schema changes.",
    )
    parser.set_defaults(func=run)


def run(args) -> int:
    ctx = open_context(args.database)
    print(f"database is up to date: {ctx.database_kind}")
    ctx.close()
    return EXIT_OK

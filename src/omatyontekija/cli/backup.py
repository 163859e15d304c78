"""omatyontekija backup / restore: copies of the workstation's SQLite database (administrators)."""

from __future__ import annotations

import argparse
from pathlib import Path

from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_OK, context_from, problem
from omatyontekija.services.backup import BackupError, backup_database, restore_database


def add_parser(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="copy the database to a file, checked (administrators)",
        description="Copy the live SQLite database with SQLite's backup API and check the copy "
        "with integrity_check. PostgreSQL databases are backed up on the server (pg_dump).",
    )
    backup.add_argument("out", metavar="OUT", help="the new backup file")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (administrators)",
        description="Check the backup, copy the current database beside itself, put the backup "
        "in its place and upgrade its schema. Close the application on every workstation first.",
    )
    restore.add_argument("file", metavar="FILE", help="a backup made with 'backup'")
    restore.add_argument("--yes", action="store_true", help="really replace the database")
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        path = backup_database(ctx, Path(args.out))
    except BackupError as error:
        problem(str(error))
        return error.status
    finally:
        ctx.close()
    print(f"backup written and checked: {path}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    if not args.yes:
        problem("restore replaces the whole database; add --yes to do it")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        previous = restore_database(ctx, Path(args.file))
    except BackupError as error:
        problem(str(error))
        return error.status
    finally:
        ctx.close()
    print(f"database restored from {args.file}; the one it replaced is kept as {previous}")
    return EXIT_OK

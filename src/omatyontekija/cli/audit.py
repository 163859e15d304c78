"""omatyontekija audit: verify the access log's hash chain, print its head, list entries, and
print a client's "who has seen my data" report."""

from __future__ import annotations

import argparse
import datetime as dt
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
from omatyontekija.domain.access import AccessEntry
from omatyontekija.services.access_report import write_access_csv, write_access_report
from omatyontekija.services.audit import archive_log, head, list_entries, verify_chain
from omatyontekija.services.clients import ClientNotFound


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="the access log: verify its chain, print its head, list who saw what",
        description="Every view and change of client data is logged, hash-chained. "
        "'verify' exits 0 when the chain holds and 1 naming the first broken entry; "
        "'head' prints the newest hash to keep outside the database (then "
        "'verify --expect-head' also catches entries cut off the end; without it, verify "
        "checks the head that each day's first entry wrote to the anchor file in the "
        "user's state folder); "
        "'list' shows entries newest first; 'report' prints a client's "
        "'who has seen my data' report as PDF (by user and day, with counts; --csv writes "
        "every single entry).",
    )
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check every entry of the chain")
    verify.add_argument(
        "--expect-head", metavar="HASH", help="a head printed earlier; it must still be there"
    )
    verify.add_argument(
        "--incremental",
        action="store_true",
        help="start from the last successful verification instead of the first entry",
    )
    verify.set_defaults(func=run_verify)
    head_parser = actions.add_parser("head", help="print the newest entry's sequence and hash")
    head_parser.set_defaults(func=run_head)
    listing = actions.add_parser("list", help="entries newest first (supervisors)")
    listing.add_argument("--client", type=int, metavar="ID", help="only entries about this client")
    listing.add_argument("--user", dest="log_user", metavar="LOGIN", help="only this user's")
    listing.add_argument("--limit", type=int, default=100, metavar="N", help="at most N entries")
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    report = actions.add_parser(
        "report", help="a client's 'who has seen my data' report as PDF (supervisors)"
    )
    report.add_argument("--client", type=int, metavar="ID", required=True, help="the client")
    report.add_argument("--out", metavar="FILE", required=True, help="the PDF file to write")
    report.add_argument(
        "--csv", metavar="FILE", help="also write every single entry to this CSV file"
    )
    report.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    report.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day")
    report.add_argument(
        "--lang", choices=("fi", "sv", "en"), default="fi", help="the report's language"
    )
    report.set_defaults(func=run_report)
    archive = actions.add_parser(
        "archive",
        help="move the entries logged before a day into a file of their own (SQLite)",
        description="Entries logged before DATE move into an archive file beside the "
        "database (<database>.log-archive/); it stays verifiable ('verify' walks it first) "
        "and clients' reports read it. The newest entry always stays.",
    )
    archive.add_argument(
        "--before", type=_date, metavar="DATE", required=True, help="first day kept (YYYY-MM-DD)"
    )
    add_json_flag(archive)
    archive.set_defaults(func=run_archive)
    for action in (verify, head_parser, listing, report, archive):
        # --user after 'list' filters the log; who acts is --user before 'audit'.
        action.add_argument(
            "--database", metavar="URL", default=argparse.SUPPRESS, help="database URL or file"
        )


def run_verify(args) -> int:
    ctx = context_from(args)
    try:
        report = verify_chain(ctx, expected_head=args.expect_head, incremental=args.incremental)
    finally:
        ctx.close()
    if report.ok:
        print(report.text())
        return EXIT_OK
    problem(report.text())
    return EXIT_FAILED


def run_archive(args) -> int:
    ctx = context_from(args)
    try:
        archive = archive_log(ctx, args.before)
    except ValueError as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    found = None
    if archive is not None:
        found = {
            "file": str(archive.path),
            "first_sequence": archive.first_sequence,
            "last_sequence": archive.last_sequence,
            "last_hash": archive.last_hash,
        }
    if args.json:
        print_json(found)
    elif found is None:
        print(f"no entries before {args.before} to archive")
    else:
        print(
            f"entries {found['first_sequence']}-{found['last_sequence']} moved to {found['file']}"
        )
    return EXIT_OK


def run_head(args) -> int:
    ctx = context_from(args)
    try:
        sequence, hash_ = head(ctx)
    finally:
        ctx.close()
    print(f"{sequence} {hash_}")
    return EXIT_OK


def entry_json(entry: AccessEntry) -> dict:
    return {
        "sequence": entry.sequence,
        "at": entry.at.isoformat(),
        "user": entry.user,
        "role": entry.role,
        "action": entry.action,
        "client_ids": list(entry.client_ids),
        "reason": entry.reason,
        "success": entry.success,
        "hash": entry.hash,
    }


def run_list(args) -> int:
    if args.limit < 1:
        problem("--limit: must be at least 1")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        entries = list_entries(ctx, client_id=args.client, user=args.log_user, limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        print_json([entry_json(e) for e in entries])
        return EXIT_OK
    for e in entries:
        clients = ",".join(map(str, e.client_ids[:10])) + ("…" if len(e.client_ids) > 10 else "")
        status = "" if e.success else "  REFUSED"
        reason = f"  ({e.reason})" if e.reason else ""
        print(
            f"{e.sequence:>8}  {e.at:%Y-%m-%d %H:%M:%S}Z  {e.user:<20} {e.role:<10} "
            f"{e.action:<9} {clients}{reason}{status}"
        )
    return EXIT_OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD: {text!r}") from None


def run_report(args) -> int:
    if args.start and args.end and args.start > args.end:
        problem(f"--from {args.start} is after --to {args.end}")
        return EXIT_BAD_INPUT
    out = Path(args.out)
    if not out.parent.is_dir():
        problem(f"--out: no such folder: {out.parent}")
        return EXIT_BAD_INPUT
    listing = Path(args.csv) if args.csv else None
    if listing is not None and not listing.parent.is_dir():
        problem(f"--csv: no such folder: {listing.parent}")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        written = write_access_report(
            ctx, args.client, out, start=args.start, end=args.end, language=args.lang
        )
        listed = (
            write_access_csv(ctx, args.client, listing, start=args.start, end=args.end)
            if listing is not None
            else None
        )
    except ClientNotFound:
        problem(f"--client: no client with id {args.client}")
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    print(written)
    if listed is not None:
        print(listed)
    return EXIT_OK

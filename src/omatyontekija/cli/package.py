"""omatyontekija package: adult social work's service package of a client, with its history."""

from __future__ import annotations

import argparse
import datetime as dt

from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.package import PACKAGES, PackagePeriod
from omatyontekija.services.clients import ClientNotFound
from omatyontekija.services.designations import DecisionError
from omatyontekija.services.packages import change_package, package_history


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "package",
        help="adult social work's service package of a client: show its history or change it",
        description="One package per client at a time (seed 004): guidance, intensified, "
        "rehabilitative or employment promotion support. Without --set or --none, print the "
        "client's packages, newest first. Changing ends the current package on the day the "
        "new one starts; only a worker of adult social work may.",
    )
    parser.add_argument("client_id", type=int, metavar="CLIENT_ID")
    change = parser.add_mutually_exclusive_group()
    change.add_argument("--set", choices=PACKAGES, metavar="PACKAGE", help=", ".join(PACKAGES))
    change.add_argument("--none", action="store_true", help="end the client's package")
    parser.add_argument("--on", metavar="DATE", help="the day of the change (default today)")
    parser.add_argument("--reason", default="", metavar="TEXT", help="why it changes")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def period_json(period: PackagePeriod) -> dict:
    return {
        "package": period.package,
        "started_on": period.started_on.isoformat(),
        "ended_on": period.ended_on.isoformat() if period.ended_on else None,
        "reason": period.reason,
        "changed_by": period.changed_by,
    }


def run(args: argparse.Namespace) -> int:
    try:
        on = dt.date.fromisoformat(args.on) if args.on else None
    except ValueError:
        problem(f"--on: not a date (YYYY-MM-DD): {args.on!r}")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        if args.set or args.none:
            periods = change_package(
                ctx, args.client_id, None if args.none else args.set, reason=args.reason, on=on
            )
        else:
            periods = package_history(ctx, args.client_id)
    except ClientNotFound:
        problem(f"CLIENT_ID: there is no client {args.client_id}")
        return EXIT_BAD_INPUT
    except DecisionError as error:
        problem(f"package: {error}")
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if args.json:
        print_json([period_json(p) for p in periods])
        return EXIT_OK
    for p in periods:
        ended = p.ended_on.isoformat() if p.ended_on else "…"
        print(f"{p.started_on.isoformat()} – {ended:<10}  {p.package}")
    return EXIT_OK

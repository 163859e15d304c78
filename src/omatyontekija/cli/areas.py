"""``omatyontekija areas [--on DATE]``: the area division in force on a date, with its workers."""

from __future__ import annotations

import datetime as dt

from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.area import AreaDivision
from omatyontekija.domain.worker import Worker
from omatyontekija.services.areas import division_on
from omatyontekija.services.reform_messages import LANGUAGES, ReformError, reform_text


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD or the Finnish D.M.YYYY; ReformError ``bad_date`` otherwise."""
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ReformError("bad_date", value=text) from None


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "areas",
        help="the area division in force on a date",
        description="Show the areas of the division in force on DATE (default today): "
        "their postal-code districts, social worker and counsellor.",
    )
    parser.add_argument("--on", metavar="DATE", help="YYYY-MM-DD or D.M.YYYY (default today)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of messages")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def _worker(worker: Worker | None) -> dict | None:
    return None if worker is None else {"id": worker.id, "name": worker.name}


def division_json(division: AreaDivision) -> dict:
    return {
        "id": division.id,
        "name": division.name,
        "effective_from": division.effective_from.isoformat(),
        "areas": [
            {
                "id": area.id,
                "name": area.name,
                "postal_codes": list(area.postal_codes),
                "social_worker": _worker(area.social_worker),
                "counsellor": _worker(area.counsellor),
            }
            for area in division.areas
        ],
    }


def run(args) -> int:
    try:
        on = parse_date(args.on) if args.on else None
    except ReformError as error:
        problem(error.text(args.lang))
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        division = division_on(ctx, on or ctx.today)
    finally:
        ctx.close()
    if division is None:
        problem(reform_text("no_division", args.lang, date=(on or ctx.today).isoformat()))
        return EXIT_FAILED
    if args.json:
        print_json(division_json(division))
        return EXIT_OK
    print(f"{division.name} ({division.effective_from.isoformat()})")
    for area in division.areas:
        workers = " / ".join(w.name for w in area.workers)
        print(f"  {area.name:<28} {workers:<40} {' '.join(area.postal_codes)}")
    return EXIT_OK

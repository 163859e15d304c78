"""``omatyontekija areas [--on DATE] [--unit UNIT_CODE]``: a unit's area division in force on a
date, with its workers (each service unit has its own; default disability services).
``areas --unit UNIT_CODE import FILE`` writes that unit's division."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from omatyontekija.cli.admin_common import (
    add_map_option,
    add_start_options,
    import_summary,
    mapping_of,
    report_refused,
)
from omatyontekija.cli.arguments import FIRST_DAY, LAST_DAY
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
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker
from omatyontekija.services.admin.areas import import_areas
from omatyontekija.services.admin.workers import TableRefused
from omatyontekija.services.areas import division_on
from omatyontekija.services.reform_messages import LANGUAGES, ReformError, reform_text
from omatyontekija.services.table_files import NotATable


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD or the Finnish D.M.YYYY; ReformError ``bad_date`` otherwise."""
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            parsed = dt.date(year, month, day)
        else:
            parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise ReformError("bad_date", value=text) from None
    if not FIRST_DAY <= parsed <= LAST_DAY:  # arithmetic near year 9999 overflows
        raise ReformError("bad_date", value=text)
    return parsed


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "areas",
        help="the area division in force on a date",
        description="Show the areas of the division in force on DATE (default today): "
        "their postal-code districts, social worker and counsellor.",
    )
    parser.add_argument("--on", metavar="DATE", help="YYYY-MM-DD or D.M.YYYY (default today)")
    parser.add_argument(
        "--unit",
        default=DEFAULT_UNIT,
        metavar="UNIT_CODE",
        help=f"whose division (default {DEFAULT_UNIT}; child_protection, adult_social_work)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of messages")
    add_json_flag(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    imp = actions.add_parser(
        "import",
        help="the area division from a CSV/XLSX file, from a date (all or none)",
        description="One row per postal-code district. Headers in Finnish, Swedish or English: "
        "postinumero/postal_code, postinumeroalue/district, alue/area, "
        "sosiaalityöntekijä/social_worker, sosiaaliohjaaja/counsellor (a worker by login, "
        "e-mail or exact name), naapurit/neighbours (postal codes separated by commas or "
        "spaces). The file is the whole division from DATE; earlier divisions are kept.",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--from", dest="effective_from", metavar="DATE", help="default today")
    imp.add_argument("--dry-run", action="store_true", help="only check; write nothing")
    # also after the action (areas import FILE --unit U); SUPPRESS keeps the one given before
    imp.add_argument(
        "--unit", default=argparse.SUPPRESS, metavar="UNIT_CODE", help="whose division"
    )
    add_map_option(imp)
    add_json_flag(imp)
    add_start_options(imp)
    imp.set_defaults(func=run_import)
    parser.set_defaults(func=run)


def run_import(args) -> int:
    try:
        mapping = mapping_of(args)
        on = parse_date(args.effective_from) if args.effective_from else None
    except ValueError as error:
        problem(error.text("en") if isinstance(error, ReformError) else f"--map: {error}")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        result = import_areas(
            ctx,
            Path(args.file),
            effective_from=on,
            dry_run=args.dry_run,
            mapping=mapping,
            unit=args.unit,
        )
    except ReformError as error:  # unknown_unit
        problem(error.text(args.lang))
        return EXIT_BAD_INPUT
    except NotATable as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    except TableRefused as refused:
        return report_refused(refused, args.lang)
    finally:
        ctx.close()
    if args.json:
        print_json(result.counts())
    else:
        print(import_summary(result, "areas"))
    return EXIT_OK


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
        division = division_on(ctx, on or ctx.today, unit=getattr(args, "unit", DEFAULT_UNIT))
    except ReformError as error:
        problem(error.text(args.lang))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if division is None:
        problem(reform_text("no_division", args.lang, date=(on or ctx.today).isoformat()))
        return EXIT_FAILED
    if args.json:
        print_json(division_json(division))
        return EXIT_OK
    print(f"{division.name} ({division.effective_from.isoformat()})")
    # columns as wide as their longest entry: area names people give are long
    rows = [
        (area.name, " / ".join(w.name for w in area.workers), " ".join(area.postal_codes))
        for area in division.areas
    ]
    name_width = max((len(r[0]) for r in rows), default=0)
    workers_width = max((len(r[1]) for r in rows), default=0)
    for name, workers, codes in rows:
        print(f"  {name:<{name_width}}  {workers:<{workers_width}}  {codes}")
    return EXIT_OK

"""``omatyontekija figures``: the unit's key figures and named-worker permanence for a period.

Without options a readable list; ``--json`` for scripts (codes and numbers,
see services/figures_json.py); ``--csv FILE`` and ``--pdf FILE`` write the
same figures as the dashboard exports them.
"""

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
from omatyontekija.documents.figures_labels import figure_label
from omatyontekija.documents.labels import LANGUAGES
from omatyontekija.domain.figures import Period
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.services.figures import figures_dict, key_figures, write_csv, write_report
from omatyontekija.services.figures_csv import figure_rows
from omatyontekija.services.reform_messages import ReformError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "figures",
        help="key figures and named-worker permanence for a period",
        description="Clients by service and unit, named-worker coverage, clients who need a "
        "named worker but have none, caseloads against capacity and the child-protection "
        "limit, handovers, and named-worker changes (permanence) by area and worker. "
        "The period defaults to the last twelve months.",
    )
    parser.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="fi",
        help="language of the labels, the CSV and the PDF (default: fi)",
    )
    parser.add_argument(
        "--packages",
        action="store_true",
        help="adult social work's measures instead (seed 004): clients by service package on "
        "the last day, and moves between packages in the period",
    )
    parser.add_argument(
        "--unit",
        default=DEFAULT_UNIT,
        metavar="UNIT_CODE",
        help=f"whose areas, coverage and permanence: the unit's own division, clients, named "
        f"workers and rules (default {DEFAULT_UNIT}; child_protection, adult_social_work)",
    )
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write the figures as CSV")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="also write the PDF report")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    language = args.language
    ctx = context_from(args)
    try:
        default = Period.last_twelve_months(ctx.today)
        start, end = args.start or default.start, args.end or default.end
        if start > end:
            problem(figure_label("cli.bad_period", language, start=start, end=end))
            return EXIT_BAD_INPUT
        if args.packages:
            return _packages(ctx, start, end, args.json)
        figures = key_figures(ctx, start, end, unit=args.unit)
    except ReformError as error:  # unknown_unit
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    for path, write in (
        (args.csv, lambda p: write_csv(figures, p, language)),
        (args.pdf, lambda p: write_report(figures, p, language)),
    ):
        if path is None:
            continue
        try:
            write(path)
        except OSError as error:
            problem(figure_label("cli.cannot_write", language, path=path, error=error.strerror))
            return EXIT_FAILED
        if not args.json:
            print(figure_label("cli.written", language, path=path))
    if args.json:
        print_json(figures_dict(figures))
        return EXIT_OK
    section = None
    for row_section, item, name, value in figure_rows(figures, language):
        if row_section != section:
            section = row_section
            print(f"\n{section}")
        print(f"  {' · '.join(p for p in (item, name) if p):<60} {value:>10}")
    return EXIT_OK


def _packages(ctx, start, end, as_json: bool) -> int:
    from omatyontekija.services.packages import package_figures

    measures = package_figures(ctx, start, end)
    if as_json:
        print_json({"from": start.isoformat(), "to": end.isoformat(), **measures})
        return EXIT_OK
    print(f"{end.isoformat()}")
    for package, clients in measures["clients_by_package"].items():
        print(f"  {package:<30} {clients:>8}")
    print(f"{start.isoformat()} – {end.isoformat()}")
    for move in measures["moves"]:
        print(f"  {move['from'] + ' → ' + move['to']:<50} {move['clients']:>8}")
    return EXIT_OK

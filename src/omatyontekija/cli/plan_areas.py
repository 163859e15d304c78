"""``omatyontekija plan-areas FILE``: propose an area division from a JSON file.

With ``--front`` it prints the whole trade-off front instead: every plan that
cannot have fewer named-worker changes without a larger largest load ratio
(load/capacity), ordered by changes, each proven optimal by HiGHS::

    {"front": [{"max_load_ratio": r, "changes": c, "assignment": {district: worker}}, ...],
     "connected_areas": true|false, "note": "..."}

With ``--max-load R`` it prints the plan with the fewest changes among those
whose largest load ratio is at most R (and, among those, the smallest ratio).
In both modes capacity is the scale of the ratio, not a hard limit. A worker's
``"max_clients": N`` (child protection's 30 children per responsible social
worker) is a hard limit in every mode: no plan gives that worker more. When the
file has ``"neighbours": [[district, district], ...]`` every area is connected;
without them ``connected_areas`` is false and the note says so.

Exit status: 0 with an optimal plan, 1 when no plan exists or the time limit
ran out (then the best plan known, if any, is printed with status
``time_limit``), 2 for input that cannot be read or planned. The plan is JSON on
stdout; errors are text on stderr in the chosen language.
"""

from __future__ import annotations

import argparse
import json
import sys
from fractions import Fraction
from pathlib import Path

from omatyontekija.cli.common import solver_output_silenced
from omatyontekija.domain.errors import UserError
from omatyontekija.domain.limits import MAX_CAPACITY
from omatyontekija.planning import LANGUAGES, InvalidProblem, Plan, parse_problem, propose
from omatyontekija.planning.front import Front, FrontPoint, fewest_changes_within, trade_off_front
from omatyontekija.planning.messages import Message, render

# Reform plans of the benchmark sizes are proven in seconds, but balancing many
# interchangeable workers (no named workers yet) can take HiGHS hours to prove;
# a script must not hang on that.
DEFAULT_TIME_LIMIT = 300.0


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, at least 0: {text}")
    return value


def _ratio(text: str) -> Fraction:
    try:
        value = Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"must be a load ratio such as 0.95: {text}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a load ratio of at least 0: {text}")
    return value


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan-areas",
        help="propose an area division with the fewest named-worker changes",
        description="Assign every district to one worker within capacities so that as few "
        "clients as possible change their named worker, then keep the load even. "
        'FILE is JSON: {"workers": [{"id", "capacity", "max_clients" (optional hard limit)}], '
        '"districts": [{"id"}], '
        '"clients": [{"id", "district", "named_worker"}], "pinned": {"DISTRICT": "WORKER"}}.',
    )
    parser.add_argument("file", metavar="FILE", help="the planning input (JSON); - for stdin")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of messages (default en)"
    )
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help="stop (exit 1, status time_limit) if no proven optimal plan is found in this "
        f"time (default {DEFAULT_TIME_LIMIT:g})",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--front",
        action="store_true",
        help="print every Pareto-optimal plan (changes against largest load ratio)",
    )
    mode.add_argument(
        "--max-load",
        type=_ratio,
        metavar="R",
        help="the plan with the fewest changes whose largest load/capacity is at most R",
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON (the only output format; accepted)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read, plan and print; returns the exit status."""
    try:
        data = _read(args.file, args.lang)
        problem = parse_problem(data)
    except _Unreadable as error:
        print(str(error), file=sys.stderr)
        return 2
    except InvalidProblem as error:
        # Every problem, on one line: scripts read one line of stderr.
        print(" ".join(error.text(args.lang).split()), file=sys.stderr)
        return 2
    _refuse_absurd_capacities(data)
    if args.front or args.max_load is not None:
        with solver_output_silenced():
            if args.front:
                front = trade_off_front(problem, time_limit=args.time_limit)
            else:
                front = fewest_changes_within(problem, args.max_load, time_limit=args.time_limit)
        print(json.dumps(_front_json(front, args.lang, single=not args.front), ensure_ascii=False))
        return 0 if front.ok else 1
    with solver_output_silenced():
        plan = propose(problem, time_limit=args.time_limit)
    print(json.dumps(_as_json(plan, args.lang), ensure_ascii=False, indent=2))
    return 0 if plan.ok else 1


def _as_json(plan: Plan, language: str) -> dict:
    result: dict = {"status": plan.status.value}
    if not plan.ok:
        result["reason"] = plan.reason(language)
    # A time-limited plan with proven fewest changes is still worth showing;
    # its status and reason say that its balance is unproven.
    if plan.assignment or plan.ok:
        result |= {
            "assignment": dict(plan.assignment),
            "changes": plan.changes,
            "caseloads": dict(plan.caseloads),
        }
    return result


def _refuse_absurd_capacities(data: object) -> None:
    """The planner accepts any whole capacity; one beyond any real caseload is a typing
    error (and makes the solver's numbers meaningless), so it is refused as bad input."""
    workers = data.get("workers") if isinstance(data, dict) else None
    for index, worker in enumerate(workers if isinstance(workers, list) else []):
        for key in ("capacity", "max_clients"):
            capacity = worker.get(key) if isinstance(worker, dict) else None
            if isinstance(capacity, int | float) and capacity > MAX_CAPACITY:
                raise UserError(
                    "capacity_absurd",
                    where=f"workers[{index}] ({worker.get('id')})",
                    low=0,
                    high=MAX_CAPACITY,
                    value=capacity,
                )


def _point_json(point: FrontPoint) -> dict:
    return {
        "max_load_ratio": float(point.max_load_ratio),
        "changes": point.changes,
        "assignment": dict(point.assignment),
        "caseloads": dict(point.caseloads),
        # The exact ratio, for checks that must not round.
        "max_load_fraction": f"{point.max_load_ratio.numerator}/{point.max_load_ratio.denominator}",
    }


def _front_json(front: Front, language: str, *, single: bool) -> dict:
    result: dict = {"status": front.status}
    if single:
        if front.points:
            result |= _point_json(front.points[0])
    else:
        result["front"] = [_point_json(point) for point in front.points]
    if front.reasons:
        result["reason"] = " ".join(m.text(language) for m in front.reasons)
    result["connected_areas"] = front.connected
    if not front.connected:
        result["note"] = Message.of("neighbours_unknown").text(language)
    return result


class _Unreadable(Exception):
    pass


def _read(file: str, language: str) -> object:
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _Unreadable(render("unreadable_file", language, file=file, detail=error)) from error
    try:
        return json.loads(text)
    except (RecursionError, ValueError) as error:
        if not isinstance(error, json.JSONDecodeError):
            # Python's own limits: a number of thousands of digits, nesting thousands deep.
            raise _Unreadable(
                render(
                    "unreadable_file",
                    language,
                    file=file,
                    detail="a number too long or nesting too deep",
                )
            ) from None
        raise _Unreadable(
            render(
                "bad_json",
                language,
                file=file,
                line=error.lineno,
                column=error.colno,
                detail=error.msg,
            )
        ) from error

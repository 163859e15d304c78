"""``omatyontekija plan-areas FILE``: propose an area division from a JSON file.

Exit status: 0 with an optimal plan, 1 when no plan exists or the time limit
ran out (then the best plan known, if any, is printed with status
``time_limit``), 2 for input that cannot be read or planned. The plan is JSON on
stdout; errors are text on stderr in the chosen language.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from omatyontekija.cli.common import solver_output_silenced
from omatyontekija.domain.errors import UserError
from omatyontekija.domain.limits import MAX_CAPACITY
from omatyontekija.planning import LANGUAGES, InvalidProblem, Plan, parse_problem, propose
from omatyontekija.planning.messages import render

# Reform plans of the benchmark sizes are proven in seconds, but balancing many
# interchangeable workers (no named workers yet) can take HiGHS hours to prove;
# a script must not hang on that.
DEFAULT_TIME_LIMIT = 300.0


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, at least 0: {text}")
    return value


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan-areas",
        help="propose an area division with the fewest named-worker changes",
        description="Assign every district to one worker within capacities so that as few "
        "clients as possible change their named worker, then keep the load even. "
        'FILE is JSON: {"workers": [{"id", "capacity"}], "districts": [{"id"}], '
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
        capacity = worker.get("capacity") if isinstance(worker, dict) else None
        if isinstance(capacity, int | float) and capacity > MAX_CAPACITY:
            raise UserError(
                "capacity_absurd",
                where=f"workers[{index}] ({worker.get('id')})",
                low=0,
                high=MAX_CAPACITY,
                value=capacity,
            )


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

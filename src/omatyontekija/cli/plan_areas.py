"""``omatyontekija plan-areas FILE``: propose an area division from a JSON file.

Exit status: 0 with an optimal plan, 1 when no plan exists (or the time limit
ran out), 2 for input that cannot be read or planned. The plan is JSON on
stdout; errors are text on stderr in the chosen language.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from omatyontekija.planning import LANGUAGES, InvalidProblem, Plan, parse_problem, propose
from omatyontekija.planning.messages import render


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
        type=float,
        metavar="SECONDS",
        help="give up (exit 1) if no proven optimal plan is found in this time",
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
        print(error.text(args.lang), file=sys.stderr)
        return 2
    plan = propose(problem, time_limit=args.time_limit)
    print(json.dumps(_as_json(plan, args.lang), ensure_ascii=False, indent=2))
    return 0 if plan.ok else 1


def _as_json(plan: Plan, language: str) -> dict:
    if not plan.ok:
        return {"status": plan.status.value, "reason": plan.reason(language)}
    return {
        "status": plan.status.value,
        "assignment": dict(plan.assignment),
        "changes": plan.changes,
        "caseloads": dict(plan.caseloads),
    }


class _Unreadable(Exception):
    pass


def _read(file: str, language: str) -> object:
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _Unreadable(render("unreadable_file", language, file=file, detail=error)) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
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

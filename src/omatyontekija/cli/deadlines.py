"""omatyontekija deadlines: service-path deadlines that are near or past, most urgent first."""

from __future__ import annotations

import datetime as dt

from omatyontekija.cli.clients import row_json
from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.working_days import working_days_between
from omatyontekija.rules.citations import citation
from omatyontekija.rules.deadline_rules import DeadlineStatus, shipped_deadline_rules
from omatyontekija.rules.texts import LANGUAGES
from omatyontekija.services.deadlines import ATTENTION_STATUSES, ClientDeadline, deadline_list
from omatyontekija.services.deadlines import user_worker_id as find_user_worker
from omatyontekija.services.workers import list_workers


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "deadlines",
        help="service-path deadlines near or past their due date",
        description="List deadlines of open matters (application decided within 3 months, "
        "service need assessment started by the 7th working day and completed within 3 "
        "months) in Finnish working days, most urgent first. Without --worker or --mine, "
        "the whole unit.",
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument(
        "--worker", type=int, metavar="ID", help="only clients whose named worker this is"
    )
    who.add_argument(
        "--mine", action="store_true", help="only clients whose named worker the user is"
    )
    parser.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in DeadlineStatus if s is not DeadlineStatus.MET],
        help="only this status (repeatable; default: near and overdue)",
    )
    parser.add_argument(
        "--near-days",
        type=int,
        metavar="N",
        help="a deadline within N working days is near (default: from the rule file)",
    )
    parser.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        metavar="DATE",
        help="see the deadlines as on this date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--language", choices=LANGUAGES, default="en", help="language of texts (default en)"
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def deadline_json(item: ClientDeadline, language: str, today: dt.date) -> dict:
    """One deadline as the JSON output shows it."""
    d, m = item.deadline, item.deadline.matter
    days_left = (
        working_days_between(today, d.due)
        if d.due >= today
        else -working_days_between(d.due, today)
    )
    return {
        "client": row_json(item.client),
        "matter": {
            "id": m.id,
            "kind": m.kind.value,
            "pending_since": m.pending_since.isoformat(),
            "started_on": m.started_on.isoformat() if m.started_on else None,
            "handled_by": {"id": m.handled_by.id, "name": m.handled_by.name}
            if m.handled_by
            else None,
        },
        "deadline": {
            "rule": d.rule.id,
            "due": d.due.isoformat(),
            "status": d.status.value,
            "working_days_left": days_left,
            "text": d.rule.text(language),
            "source": citation(d.rule.source, language),
        },
    }


def run(args) -> int:
    rules = shipped_deadline_rules()
    if args.near_days is not None and args.near_days < 0:
        problem("--near-days must be 0 or more")
        return EXIT_BAD_INPUT
    statuses = {DeadlineStatus(s) for s in args.status} if args.status else ATTENTION_STATUSES
    ctx = context_from(args)
    if args.as_of is not None:
        ctx.clock = lambda: args.as_of
    try:
        worker_id = args.worker
        if args.mine:
            worker_id = find_user_worker(ctx)
            if worker_id is None:
                problem(rules.message("not_a_worker", args.language, user=ctx.user))
                return EXIT_BAD_INPUT
        elif worker_id is not None and worker_id not in {w.worker.id for w in list_workers(ctx)}:
            problem(rules.message("unknown_worker", args.language, id=worker_id))
            return EXIT_BAD_INPUT
        found = deadline_list(
            ctx, worker_id=worker_id, statuses=statuses, near_working_days=args.near_days
        )
        today = ctx.today
    finally:
        ctx.close()
    if args.json:
        print_json([deadline_json(item, args.language, today) for item in found])
        return EXIT_OK
    for item in found:
        d = item.deadline
        print(
            f"{d.due.isoformat()}  {rules.status_text(d.status, args.language):<12} "
            f"{item.client.identity_code}  {item.client.name:<36} {d.rule.label(args.language)}"
        )
    print(rules.message("count", args.language, count=len(found)))
    return EXIT_OK

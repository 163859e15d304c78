"""omatyontekija gaps: clients who need a named worker but have none, or one of the wrong role."""

from __future__ import annotations

from omatyontekija.cli.clients import row_json
from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.services.gaps import find_gaps
from omatyontekija.services.reform_messages import ReformError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "gaps",
        help="the gap list: clients whose suggestion is 'needed' without a fitting named worker",
        description="List clients whose suggestion is 'needed' but who have no named worker "
        "(no_named_worker) or whose named worker's role does not meet the required role "
        "(role_mismatch), in name order.",
    )
    parser.add_argument(
        "--area", metavar="NAME", help="only clients of this area of the unit's own division"
    )
    parser.add_argument(
        "--worker", type=int, metavar="ID", help="only clients whose named or area worker this is"
    )
    parser.add_argument(
        "--unit",
        default=DEFAULT_UNIT,
        metavar="CODE",
        help=f"the service unit whose gaps are listed (default {DEFAULT_UNIT}); statutory gaps "
        "(child protection's responsible social worker) come first",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ctx = context_from(args)
    try:
        gaps = find_gaps(ctx, area=args.area, worker_id=args.worker, unit=args.unit)
    except ReformError as error:  # unknown_unit
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if args.json:
        print_json(
            [
                {
                    **row_json(g.client),
                    "gap": g.kind.value,
                    "suggestion": g.suggestion.outcome.value,
                    "worker_role": g.suggestion.worker_role.value
                    if g.suggestion.worker_role
                    else None,
                    "rules": list(g.suggestion.rules),
                }
                for g in gaps
            ]
        )
        return EXIT_OK
    for g in gaps:
        print(
            f"{g.client.identity_code}  {g.client.name:<40} {g.kind.value:<16} "
            f"{','.join(g.suggestion.rules)}"
        )
    print(f"{len(gaps)} clients")
    return EXIT_OK

"""omatyontekija designate: record a decision on a client's named worker."""

from __future__ import annotations

import argparse

from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.designation import DecisionKind, Designation
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.services.clients import ClientNotFound, ConcurrentEdit
from omatyontekija.services.designations import DecisionError, designate


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "designate",
        help="name a client's named worker, or decide none is needed (a reason when it differs "
        "from the suggestion)",
        description="Record a decision on the client's named worker. A decision that differs "
        "from the suggestion needs --reason. --expected-version (the client's version you "
        "saw, from `clients --json`) refuses the decision if someone changed the client since.",
    )
    parser.add_argument("client_id", type=int, metavar="CLIENT_ID")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--worker", type=int, metavar="WORKER_ID", help="the named worker")
    who.add_argument(
        "--not-needed", action="store_true", help="decide that no named worker is needed"
    )
    parser.add_argument("--reason", default="", metavar="TEXT", help="the written reason")
    parser.add_argument(
        "--stage", choices=[s.value for s in ServicePathStage], help="service path stage"
    )
    parser.add_argument(
        "--expected-version", type=int, metavar="N", help="the client's version you saw"
    )
    parser.add_argument(
        "--unit",
        default=DEFAULT_UNIT,
        metavar="CODE",
        help=f"the service unit whose named worker is decided (default {DEFAULT_UNIT}; "
        "disability_services, child_protection, adult_social_work)",
    )
    parser.add_argument(
        "--cap-reason",
        default="",
        metavar="TEXT",
        help="a supervisor's reason for naming a responsible social worker past the cap of "
        "30 children (child protection)",
    )
    parser.add_argument(
        "--responsible",
        action="store_true",
        help="also mark the worker the client's responsible worker across units, the first "
        "contact in any matter (vastuutyöntekijä)",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def designation_json(decision: Designation) -> dict:
    return {
        "id": decision.id,
        "client_id": decision.client_id,
        "kind": decision.kind.value,
        "worker": None
        if decision.worker is None
        else {"id": decision.worker.id, "name": decision.worker.name},
        "stage": decision.stage.value,
        "suggestion": decision.suggestion,
        "rules": list(decision.rules),
        "reason": decision.reason,
        "decided_by": decision.decided_by,
        "decided_at": decision.decided_at.isoformat(),
        "unit": decision.unit,
    }


def run(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        decision = designate(
            ctx,
            args.client_id,
            kind=DecisionKind.NOT_NEEDED if args.not_needed else DecisionKind.NAMED,
            worker_id=args.worker,
            stage=ServicePathStage(args.stage) if args.stage else None,
            reason=args.reason,
            expected_version=args.expected_version,
            unit=args.unit,
            cap_reason=args.cap_reason,
            responsible=args.responsible,
        )
    except ClientNotFound:
        problem(f"CLIENT_ID: there is no client {args.client_id}")
        return EXIT_BAD_INPUT
    except DecisionError as error:
        problem(f"designate: {error}")
        return EXIT_BAD_INPUT
    except ConcurrentEdit as error:
        problem(error.text("en"))
        return EXIT_FAILED
    finally:
        ctx.close()
    if args.json:
        print_json(designation_json(decision))
    else:
        whom = decision.worker.name if decision.worker else "not needed"
        print(f"client {decision.client_id}: {whom} (decision {decision.id})")
    return EXIT_OK

"""omatyontekija workers: the unit's workers and their areas."""

from __future__ import annotations

from omatyontekija.cli.common import EXIT_OK, add_json_flag, context_from, print_json
from omatyontekija.services.workers import list_workers


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "workers",
        help="list workers with their roles and areas",
        description="List the unit's workers with their role and the areas they cover "
        "in the area division in force today.",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ctx = context_from(args)
    try:
        workers = list_workers(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json(
            [
                {
                    "id": w.worker.id,
                    "name": w.worker.name,
                    "role": w.worker.role.value,
                    "phone": w.worker.phone,
                    "email": w.worker.email,
                    "capacity": w.worker.capacity,
                    "areas": list(w.areas),
                }
                for w in workers
            ]
        )
        return EXIT_OK
    for w in workers:
        print(
            f"{w.worker.id:>4}  {w.worker.name:<28} {w.worker.role.value:<18} {', '.join(w.areas)}"
        )
    return EXIT_OK

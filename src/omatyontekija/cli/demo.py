"""omatyontekija demo: fill an empty database with synthetic clients."""

from __future__ import annotations

import sys
import time

from omatyontekija.cli.common import EXIT_FAILED, EXIT_OK, problem
from omatyontekija.services.demo import DemoError
from omatyontekija.services.demo_database import fill_demo

MAX_DEMO_CLIENTS = 1_000_000


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill an empty database with synthetic demo data",
        description="Create synthetic workers, areas of Jyväskylä postal codes and clients. "
        "Identity codes use individual numbers 900–999, never given to real people. "
        "The same seed gives the same data.",
    )
    parser.add_argument("--clients", type=int, default=3000, metavar="N", help="how many clients")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed")
    parser.set_defaults(func=run)


def run(args) -> int:
    if not 0 <= args.clients <= MAX_DEMO_CLIENTS:
        # Synthetic identity codes (individual numbers 900-999) run out long before this.
        problem(f"--clients: from 0 to {MAX_DEMO_CLIENTS}")
        return 2
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        made = fill_demo(
            getattr(args, "database", None),
            user=getattr(args, "user", None),
            clients=args.clients,
            seed=args.seed,
            progress=progress,
        )
    except DemoError as error:
        problem(str(error))
        return EXIT_FAILED
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"{made} demo clients created in {time.perf_counter() - started:.1f} s")
    return EXIT_OK

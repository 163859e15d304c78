"""omatyontekija clients: find clients by name or identity code."""

from __future__ import annotations

from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.identity import InvalidIdentityCode
from omatyontekija.services.clients import PAGE_SIZE, find_clients


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "clients",
        help="find clients by name or identity code",
        description="List clients in name order. --search takes a whole or partial identity "
        "code, or the beginnings of names (case and accents do not matter).",
    )
    parser.add_argument("--search", default="", metavar="TEXT", help="identity code or names")
    parser.add_argument(
        "--limit",
        type=int,
        default=PAGE_SIZE,
        metavar="N",
        help=f"at most N clients (default {PAGE_SIZE}, one screen; a longer listing is an "
        "export, for supervisors)",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def row_json(row: ClientRow) -> dict:
    def ref(worker):
        return None if worker is None else {"id": worker.id, "name": worker.name}

    return {
        "id": row.id,
        "name": row.name,
        "identity_code": row.identity_code,
        "area": row.area,
        "named_worker": ref(row.named_worker),
        "area_worker": ref(row.area_worker),
        "named_workers": {unit: ref(worker) for unit, worker in row.named_workers},
    }


def run(args) -> int:
    if args.limit < 1:
        problem("--limit: must be at least 1")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        page = find_clients(ctx, args.search, limit=args.limit)
    except InvalidIdentityCode as error:
        problem(f"--search: {error}; no client can have it")
        if args.json:
            print_json([])
        return EXIT_OK
    finally:
        ctx.close()
    if args.json:
        print_json([row_json(r) for r in page.rows])
        return EXIT_OK
    for row in page.rows:
        named = row.named_worker.name if row.named_worker else "–"
        print(f"{row.identity_code}  {row.name:<40}  {row.area or '–':<28}  {named}")
    return EXIT_OK

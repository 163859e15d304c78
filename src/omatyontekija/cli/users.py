"""omatyontekija users list|add|edit: who may log in, in which role, as which worker."""

from __future__ import annotations

from omatyontekija.cli.admin_common import add_start_options
from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.access import Role, User
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.users import add_user, edit_user, list_users
from omatyontekija.services.admin.workers import find_worker

ROLES = [r.value for r in Role]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "users",
        help="list, add and change users (administrators)",
        description="Users of the product: login, role (worker, supervisor, admin), the worker "
        "they are, active or not. The last active administrator cannot be removed.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every user")
    add_json_flag(listing)
    add = actions.add_parser("add", help="a new user")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", choices=ROLES, default="worker")
    add.add_argument("--worker", metavar="WORKER", help="id, login, e-mail or exact name")
    add_json_flag(add)
    edit = actions.add_parser("edit", help="change a user")
    edit.add_argument("login", metavar="LOGIN")
    edit.add_argument("--role", choices=ROLES)
    edit.add_argument("--worker", metavar="WORKER", help="id, login, e-mail or exact name")
    edit.add_argument("--no-worker", action="store_true", help="the user is no worker")
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_true", default=None)
    state.add_argument("--inactive", dest="active", action="store_false")
    add_json_flag(edit)
    for sub in (listing, add, edit):
        add_start_options(sub)
    parser.set_defaults(func=run)


def user_json(user: User) -> dict:
    return {
        "login": user.login,
        "role": user.role.value,
        "worker_id": user.worker_id,
        "active": user.active,
    }


def run(args) -> int:
    ctx = context_from(args)
    try:
        if args.action == "list":
            users = list_users(ctx)
            if args.json:
                print_json([user_json(u) for u in users])
            else:
                for u in users:
                    state = "" if u.active else "  (inactive)"
                    print(f"{u.login:<24} {u.role.value:<11} {u.worker_id or '':>4}{state}")
            return EXIT_OK
        worker_id = find_worker(ctx, args.worker).id if args.worker else None
        if args.action == "add":
            user = add_user(ctx, args.login, args.role, worker_id=worker_id)
        else:
            kwargs = {}
            if args.worker or args.no_worker:
                kwargs["worker_id"] = worker_id
            user = edit_user(ctx, args.login, role=args.role, active=args.active, **kwargs)
    except AdminError as error:
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if args.json:
        print_json(user_json(user))
    else:
        print(
            f"{user.login}: {user.role.value}, worker {user.worker_id or '-'}, "
            f"{'active' if user.active else 'inactive'}"
        )
    return EXIT_OK

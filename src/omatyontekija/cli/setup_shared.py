"""omatyontekija setup-shared: the owner's one step for a shared PostgreSQL installation."""

from __future__ import annotations

from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_OK, problem
from omatyontekija.services.shared_setup import SharedSetupError, setup_shared


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "setup-shared",
        help="apply a shared PostgreSQL installation's rights (run as the database owner)",
        description="Run with the owner's database URL. Migrates the schema, then gives the "
        "application role (the role every worker's login is a member of) exactly what the "
        "program needs: client data read and write, the access log and users read only, "
        "log entries appended only through the database's own function (which writes the "
        "worker's login and computes the hash). Safe to run again, e.g. after an upgrade.",
    )
    parser.add_argument(
        "--app-role", required=True, metavar="ROLE", help="the application role, e.g. omt_app"
    )
    parser.set_defaults(func=run)


def run(args) -> int:
    try:
        done = setup_shared(getattr(args, "database", None), args.app_role)
    except SharedSetupError as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    for statement in done:
        print(statement)
    print(f"shared rights applied for role {args.app_role}")
    return EXIT_OK

"""omatyontekija init: set an empty database up for a unit, with its first administrator."""

from __future__ import annotations

from omatyontekija.cli.common import EXIT_BAD_INPUT, EXIT_OK, context_from, problem
from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.setup import initialise


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "init",
        help="set up an empty database: organisation, unit, first administrator",
        description="Save the organisation and unit printed on every document and make "
        "LOGIN the first administrator. Only on a database without users (exit 2 otherwise); "
        "needs no existing user.",
    )
    parser.add_argument("--organisation", required=True, metavar="TEXT", help="e.g. a county")
    parser.add_argument("--unit", required=True, metavar="TEXT", help="the unit's name")
    parser.add_argument("--admin", required=True, metavar="LOGIN", help="the first administrator")
    parser.add_argument("--address", default="", metavar="TEXT", help="the unit's address")
    parser.add_argument("--phone", default="", metavar="TEXT", help="the unit's phone")
    parser.add_argument("--phone-hours", default="", metavar="TEXT", help="e.g. 'ma–pe 9–11'")
    parser.add_argument(
        "--e-service", default="", metavar="URL", help="the e-service clients use (Polku)"
    )
    parser.set_defaults(func=run)


def run(args) -> int:
    settings = UnitSettings(
        organisation=args.organisation,
        unit=args.unit,
        address=args.address,
        phone=args.phone,
        phone_hours=args.phone_hours,
        e_service=args.e_service,
    )
    ctx = context_from(args)
    try:
        user = initialise(ctx, settings, args.admin)
    except AdminError as error:
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    print(f"{settings.organisation} / {settings.unit}: {user.login} is the administrator")
    return EXIT_OK

"""omatyontekija workers [add|edit|import]: the unit's workers, their areas and contact details."""

from __future__ import annotations

from pathlib import Path

from omatyontekija.cli.admin_common import (
    add_map_option,
    add_start_options,
    import_summary,
    mapping_of,
    report_refused,
)
from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.worker import Worker
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.workers import (
    TableRefused,
    add_worker,
    edit_worker,
    import_workers,
)
from omatyontekija.services.table_files import NotATable
from omatyontekija.services.workers import list_workers

_FIELDS = (
    ("title", "social worker, social counsellor or supervisor, as a title"),
    ("phone", "phone number"),
    ("email", "e-mail address"),
    ("phone_hours", "when the worker answers the phone"),
    ("capacity", "largest caseload"),
    ("login", "the worker's login (a user is made for it)"),
    ("active_from", "first working day, YYYY-MM-DD or D.M.YYYY"),
    ("active_until", "last working day: their clients need a handover"),
    (
        "units",
        "the service units the worker belongs to, comma-separated (disability_services, "
        "child_protection, adult_social_work; a new worker: disability_services)",
    ),
)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "workers",
        help="list workers with their roles and areas; add, change or import them",
        description="Without an action: list the unit's workers with their role and the areas "
        "they cover in the area division in force today. 'add', 'edit' and 'import' change "
        "them (administrators and supervisors), each change logged.",
    )
    add_json_flag(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="a new worker")
    add.add_argument("name", metavar="NAME")
    edit = actions.add_parser("edit", help="change a worker")
    edit.add_argument("worker", metavar="WORKER", help="id, login, e-mail or exact name")
    edit.add_argument("--name", help="a new name")
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_const", const="yes")
    state.add_argument("--inactive", dest="active", action="store_const", const="no")
    for sub in (add, edit):
        for field, text in _FIELDS:
            sub.add_argument("--" + field.replace("_", "-"), dest=field, help=text)
        add_json_flag(sub)
        add_start_options(sub)
    imp = actions.add_parser(
        "import",
        help="add or update workers from a CSV/XLSX file, all or none",
        description="One row per worker. Headers in Finnish, Swedish or English: nimi/name "
        "(or etunimi + sukunimi), nimike/title, puhelin/phone, sähköposti/email, tunnus/login, "
        "kapasiteetti/capacity, puhelinaika/phone hours, alkaen, asti. A worker already "
        "in the database (by login, e-mail or exact name) is updated.",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="only check; write nothing")
    add_map_option(imp)
    add_json_flag(imp)
    add_start_options(imp)
    parser.set_defaults(func=run)


def worker_json(worker: Worker) -> dict:
    return {
        "id": worker.id,
        "name": worker.name,
        "role": worker.role.value,
        "title": worker.title,
        "phone": worker.phone,
        "email": worker.email,
        "phone_hours": worker.phone_hours,
        "capacity": worker.capacity,
        "login": worker.login,
        "active": worker.active,
        "active_from": worker.active_from.isoformat() if worker.active_from else None,
        "active_until": worker.active_until.isoformat() if worker.active_until else None,
    }


def run(args) -> int:
    if getattr(args, "action", None) is None:
        return _list(args)
    try:
        mapping = mapping_of(args)
    except ValueError as error:
        problem(f"--map: {error}")
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        if args.action == "import":
            result = import_workers(ctx, Path(args.file), dry_run=args.dry_run, mapping=mapping)
            if args.json:
                print_json(result.counts())
            else:
                print(import_summary(result, "workers"))
            return EXIT_OK
        texts = {f: getattr(args, f) for f, _ in _FIELDS if getattr(args, f) is not None}
        if args.action == "add":
            worker = add_worker(ctx, name=args.name, **texts)
        else:
            if args.name is not None:
                texts["name"] = args.name
            if args.active is not None:
                texts["active"] = args.active
            worker = edit_worker(ctx, args.worker, **texts)
    except NotATable as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    except TableRefused as refused:
        return report_refused(refused)
    except AdminError as error:
        problem(error.text("en"))
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if args.json:
        print_json(worker_json(worker))
    else:
        print(f"{worker.id:>4}  {worker.name}  {worker.role.value}  {worker.phone}  {worker.email}")
    return EXIT_OK


def _list(args) -> int:
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
                    "units": list(w.units),
                    "areas_by_unit": {u: list(a) for u, a in w.areas_by_unit.items()},
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

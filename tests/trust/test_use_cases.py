"""The one door, checked by introspection: every service function that takes a Context is a
declared use case, every use case refuses who may not and logs exactly what it did.

The list of functions is not kept by hand: it is read from the services package, so a new
service that forgets ``@use_case`` fails ``test_every_service_function_is_declared``, and a
new use case without a sample below fails ``test_every_use_case_has_a_sample``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import omatyontekija.services as services_package
from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.trust.use_case import REGISTRY, declaration_of
from omatyontekija.store import access_log

SRC = Path(__file__).resolve().parents[2] / "src"


def _service_functions() -> dict[str, Callable]:
    """Every public function of the services package whose first parameter is a Context.

    A use case's body takes a ``Work``: with its declaration removed, it would still be
    found here by that first parameter."""
    found: dict[str, Callable] = {}
    for info in pkgutil.walk_packages(services_package.__path__, "omatyontekija.services."):
        if info.name.startswith("omatyontekija.services.trust."):
            continue  # the door itself: it declares the others (and records refusals)
        module = importlib.import_module(info.name)
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function):
                continue
            if function.__module__ != module.__name__:
                continue  # imported from elsewhere: checked where it is defined
            parameters = list(inspect.signature(function).parameters.values())
            if not parameters:
                continue
            first = parameters[0]
            if (
                declaration_of(function) is not None
                or first.name == "ctx"
                or first.annotation
                in (
                    Context,
                    "Context",
                )
            ):
                found[f"{module.__name__}.{name}"] = function
    return found


def test_every_service_function_is_declared():
    undeclared = sorted(n for n, f in _service_functions().items() if declaration_of(f) is None)
    assert undeclared == [], "declare these with @use_case (or @composed): " + ", ".join(undeclared)


def test_ui_and_cli_never_reach_the_database_object():
    """``ctx.db`` belongs to the door; the UI and the command line only call use cases."""
    import ast

    offenders = []
    for folder in ("ui", "cli"):
        for path in (SRC / "omatyontekija" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr == "db":
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


# -- samples: one call of each use case on a client the outsider has no relation to ----------
@dataclass
class Target:
    """What a sample works on: a client of another area, and an open handover of theirs."""

    client: int
    code: str  # the client's identity code
    handover: int
    worker: int  # an active worker who is not the client's named worker
    item: str  # a checklist item of the handover
    free: int  # another client of another area, with no open handover
    version: int  # the client record's version
    items: tuple[str, ...]  # every item of the handover


Call = Callable[[Context, Target], object]


@dataclass(frozen=True)
class Sample:
    call: Call
    # The access-log entries a permitted call leaves: (action, client ids) each; None for a
    # use case that touches no client's data (nothing logged).
    entries: Callable[[Target], list[tuple[str, list[int]]]] | None
    by_relation: bool = True  # refused for a worker without relation to the client
    login: str | None = None  # who makes the permitted call, when the supervisor may not
    # Declared @before_any_user: runs on an empty database, with no user to resolve
    # (tests/admin checks that it refuses a database that has users).
    before_any_user: bool = False


def _s(call: Call, action: str | None = None, *, by_relation: bool = True, ids=None) -> Sample:
    if action is None:
        return Sample(call, None, by_relation)
    return Sample(
        call, lambda t: [(action, ids(t) if ids else [t.client])], by_relation=by_relation
    )


def _admin(call: Call, action: str | None, login: str | None = "admin") -> Sample:
    """A unit-wide administration step: logged under its task's name with no clients."""
    entries = None if action is None else (lambda t: [(action, [])])
    return Sample(call, entries, by_relation=False, login=login)


def _samples(tmp: Path) -> dict[str, Sample]:
    from omatyontekija.domain.organisation import UnitSettings
    from omatyontekija.services import (
        access_report,
        areas,
        audit,
        backup,
        client_transfer,
        clients,
        deadlines,
        designations,
        figures,
        gaps,
        handover_start,
        handovers,
        letters,
        packages,
        printing,
        suggestions,
        units,
        workers,
    )
    from omatyontekija.services.admin import areas as admin_areas
    from omatyontekija.services.admin import setup as admin_setup
    from omatyontekija.services.admin import users as admin_users
    from omatyontekija.services.admin import workers as admin_workers

    workers_csv = tmp / "workers.csv"
    workers_csv.write_text("nimi;puhelin\nUusi Työntekijä;040 000 0000\n", encoding="utf-8")
    areas_csv = tmp / "areas.csv"
    areas_csv.write_text("postinumero;alue\n40100;Keskusta\n", encoding="utf-8")

    return {
        "admin.setup.needs_setup": Sample(
            lambda c, t: admin_setup.needs_setup(c), None, False, before_any_user=True
        ),
        "admin.setup.initialise": Sample(
            lambda c, t: admin_setup.initialise(c, UnitSettings(organisation="O", unit="U"), "a"),
            None,
            False,
            before_any_user=True,
        ),
        "admin.setup.unit_settings": _admin(lambda c, t: admin_setup.unit_settings(c), None, None),
        "admin.setup.update_settings": _admin(
            lambda c, t: admin_setup.update_settings(
                c, UnitSettings(organisation="Hyvinvointialue", unit="Vammaispalvelut")
            ),
            "manage_settings",
        ),
        "admin.users.list_users": _admin(lambda c, t: admin_users.list_users(c), None),
        "admin.users.add_user": _admin(
            lambda c, t: admin_users.add_user(c, "uusi.kayttaja", "worker"), "manage_users"
        ),
        "admin.users.edit_user": _admin(
            lambda c, t: admin_users.edit_user(c, "sari.mantyla", active=True), "manage_users"
        ),
        "admin.workers.find_worker": _admin(
            lambda c, t: admin_workers.find_worker(c, t.worker), None, None
        ),
        "admin.workers.add_worker": _admin(
            lambda c, t: admin_workers.add_worker(c, name="Uusi Työntekijä"), "manage_workers"
        ),
        # A login of its own makes the worker a user too: a second entry, in the same
        # transaction, under the users' task.
        "admin.workers._link_user": Sample(
            lambda c, t: admin_workers.add_worker(c, name="Uusi Kirjautuja", login="uusi.k"),
            lambda t: [("manage_workers", []), ("manage_users", [])],
            by_relation=False,
            login="admin",
        ),
        "admin.workers.edit_worker": _admin(
            lambda c, t: admin_workers.edit_worker(c, t.worker, phone="040 111 2222"),
            "manage_workers",
        ),
        "admin.workers.import_workers": _admin(
            lambda c, t: admin_workers.import_workers(c, workers_csv), "manage_workers"
        ),
        "admin.areas.district_names": _admin(
            lambda c, t: admin_areas.district_names(c), None, None
        ),
        "admin.areas.district_neighbours": _admin(
            lambda c, t: admin_areas.district_neighbours(c), None, None
        ),
        "admin.areas.import_areas": _admin(
            lambda c, t: admin_areas.import_areas(c, areas_csv, dry_run=True),
            "manage_areas",
        ),
        "admin.areas.set_area": _admin(
            lambda c, t: admin_areas.set_area(
                c, areas.division_on(c, c.today).areas[0].name, effective_from=c.today
            ),
            "manage_areas",
        ),
        "clients.find_clients": _s(
            lambda c, t: clients.find_clients(c, t.code), "search", by_relation=False
        ),
        "clients.count_clients": _s(lambda c, t: clients.count_clients(c, "a"), by_relation=False),
        "clients.get_client": _s(lambda c, t: clients.get_client(c, t.client), "view"),
        "clients.update_client_facts": _s(
            lambda c, t: clients.update_client_facts(
                c, t.client, t.version, life_situation_reason="Muutto"
            ),
            "edit",
        ),
        "clients.update_client_contact": _s(
            lambda c, t: clients.update_client_contact(
                c, t.client, t.version, phone="040 123 4567"
            ),
            "edit",
        ),
        "designations.designate": _s(
            lambda c, t: designations.designate(
                c, t.client, kind=DecisionKind.NAMED, worker_id=t.worker, reason="Perusteltu"
            ),
            "designate",
        ),
        "designations.history": _s(lambda c, t: designations.history(c, t.client), "view"),
        "designations.mark_responsible": _s(
            lambda c, t: designations.mark_responsible(c, t.client, None), "designate"
        ),
        "handovers.get_handover": _s(lambda c, t: handovers.get_handover(c, t.handover), "view"),
        "handovers.my_worker_id": _s(lambda c, t: handovers.my_worker_id(c), by_relation=False),
        "handovers.list_handovers": _s(
            lambda c, t: handovers.list_handovers(c, client_id=t.client),
            "search",
            by_relation=False,
        ),
        "handovers.update_handover": _s(
            lambda c, t: handovers.update_handover(c, t.handover, note="Soitettu"), "handover"
        ),
        "handovers.set_item_state": _s(
            lambda c, t: handovers.set_item_state(c, t.handover, t.item, "done"), "handover"
        ),
        "handovers.skip_item": _s(
            lambda c, t: handovers.skip_item(c, t.handover, t.item, "Ei tarpeen"), "handover"
        ),
        "handovers.advance_handover": _s(
            lambda c, t: handovers.advance_handover(c, t.handover, "in_progress"), "handover"
        ),
        "handovers.cancel_handover": _s(
            lambda c, t: handovers.cancel_handover(c, t.handover, "Virhe"), "handover"
        ),
        "handovers.complete_handover": Sample(
            lambda c, t: handovers.complete_handover(
                c,
                t.handover,
                skip=dict.fromkeys(t.items, "Sovittu"),
                reason="Sovittu",
            ),
            # the completion names the new worker through designate, in the same transaction
            lambda t: [("designate", [t.client]), ("handover", [t.client])],
        ),
        "handover_start.start_handover": _s(
            lambda c, t: handover_start.start_handover(
                c, t.free, t.worker, "other", role_reason="Sovittu"
            ),
            "handover",
            ids=lambda t: [t.free],
        ),
        "handover_start.start_handovers": _s(
            lambda c, t: handover_start.start_handovers(c, [(t.free, t.worker)], "other"),
            "handover",
            ids=lambda t: [t.free],
        ),
        "printing.record_print": _s(
            lambda c, t: printing.record_print(c, "client_letter", [t.client]), "print"
        ),
        "printing.handover_documents": _s(
            lambda c, t: printing.handover_documents(c, [t.handover]), "print"
        ),
        "printing.render_handover": _s(
            lambda c, t: printing.render_handover(c, t.handover), "print"
        ),
        "printing.handover_pdf": _s(lambda c, t: printing.handover_pdf(c, t.handover), "print"),
        "printing.write_handover_pdf": _s(
            lambda c, t: printing.write_handover_pdf(c, t.handover, tmp / "h.pdf"), "print"
        ),
        "printing.client_letter": _s(lambda c, t: printing.client_letter(c, t.client), "view"),
        "printing.letter_pdf": _s(lambda c, t: printing.letter_pdf(c, t.client), "print"),
        "printing.render_letter": _s(lambda c, t: printing.render_letter(c, t.client), "print"),
        "printing.write_letter_pdf": _s(
            lambda c, t: printing.write_letter_pdf(c, t.client, tmp / "l.pdf"), "print"
        ),
        "printing.open_handover_ids": _s(
            lambda c, t: printing.open_handover_ids(c), by_relation=False
        ),
        "letters.letter_handover_ids": _s(
            lambda c, t: letters.letter_handover_ids(c, handover_ids=[t.handover]),
            by_relation=False,
        ),
        "letters.letters_for_handovers": _s(
            lambda c, t: letters.letters_for_handovers(c, [t.handover]), "view"
        ),
        "letters.record_letters_printed": _s(
            lambda c, t: letters.record_letters_printed(c, [t.handover]), "print"
        ),
        "deadlines.client_deadlines": _s(
            lambda c, t: deadlines.client_deadlines(c, t.client), "view"
        ),
        "deadlines.user_worker_id": _s(lambda c, t: deadlines.user_worker_id(c), by_relation=False),
        "deadlines.deadline_list": _s(
            lambda c, t: deadlines.deadline_list(c, statuses=()), by_relation=False
        ),
        "deadlines.my_deadlines": _s(lambda c, t: deadlines.my_deadlines(c), by_relation=False),
        "deadlines.worst_deadlines": _s(
            lambda c, t: deadlines.worst_deadlines(c, [t.client]), by_relation=False
        ),
        "deadlines.add_matter": _s(
            lambda c, t: deadlines.add_matter(c, t.client, "application", c.today), "edit"
        ),
        "gaps.count_gaps": _s(lambda c, t: gaps.count_gaps(c), by_relation=False),
        "gaps.find_gaps": Sample(
            lambda c, t: gaps.find_gaps(c, worker_id=-1),  # filtered to none: nothing shown
            None,
            by_relation=False,
        ),
        "suggestions.suggestion_for_client": _s(
            lambda c, t: suggestions.suggestion_for_client(c, t.client), "view"
        ),
        "suggestions.all_suggestions": _s(
            lambda c, t: list(suggestions.all_suggestions(c, [t.client])), by_relation=False
        ),
        "areas.list_divisions": _s(lambda c, t: areas.list_divisions(c), by_relation=False),
        "areas.division_on": _s(lambda c, t: areas.division_on(c, c.today), by_relation=False),
        "areas.client_area_on": _s(lambda c, t: areas.client_area_on(c, t.client, c.today), "view"),
        "areas.set_capacity": Sample(
            lambda c, t: areas.set_capacity(c, t.worker, 50),
            lambda t: [("set_capacity", [])],
            by_relation=False,
        ),
        "areas.add_worker": Sample(
            lambda c, t: areas.add_worker(c, "Uusi Työntekijä", capacity=40),
            lambda t: [("add_worker", [])],
            by_relation=False,
        ),
        "figures.key_figures": _s(lambda c, t: figures.key_figures(c), by_relation=False),
        "workers.list_workers": _s(lambda c, t: workers.list_workers(c), by_relation=False),
        "workers.worker_names": _s(lambda c, t: workers.worker_names(c), by_relation=False),
        # Backups are the administrator's task: the sample acts as the demo's admin in
        # place of the supervisor (an unknown login stays unknown and is refused).
        "backup.backup_database": Sample(
            lambda c, t: backup.backup_database(_as_admin(c), tmp / "backup.sqlite3"),
            lambda t: [("backup", [])],
            by_relation=False,
        ),
        "backup._authorise_restore": _s(
            lambda c, t: backup._authorise_restore(_as_admin(c)), by_relation=False
        ),
        "client_transfer._export_records": Sample(
            lambda c, t: _exported.extend(r["id"] for r in client_transfer._export_records(c)),
            lambda t: [("export", list(_exported))],
            by_relation=False,
        ),
        # A dry run reads and checks only: no client reached anyone, nothing is logged.
        "client_transfer.import_clients": Sample(
            lambda c, t: client_transfer.import_clients(c, _import_file(tmp), dry_run=True),
            None,
            by_relation=False,
        ),
        # Supervisors only (a task): a worker is refused before anything is read or logged.
        "access_report.client_access_report": _s(
            lambda c, t: access_report.client_access_report(c, t.client, None, None, "fi"),
            "print",
            by_relation=False,
        ),
        "audit.head": _s(lambda c, t: audit.head(c), by_relation=False),
        "audit.verify_chain": _s(lambda c, t: audit.verify_chain(c), by_relation=False),
        # list_entries logs the reading first (a task: refused before anything is logged),
        # then reads; both are supervisors' only.
        "audit._log_is_read": _s(
            lambda c, t: audit._log_is_read(c, t.client), "read_log", by_relation=False
        ),
        "audit._entries": _s(
            lambda c, t: audit._entries(
                c, client_id=t.client, user=None, start=None, end=None, limit=5
            ),
            by_relation=False,
        ),
        # The names an access-log listing shows: read and logged as a listing (a search).
        "audit.client_names": _s(
            lambda c, t: audit.client_names(c, [t.client]), "search", by_relation=False
        ),
        "audit.archive_log": Sample(
            lambda c, t: audit.archive_log(c, dt.date(2000, 1, 1)),  # nothing that old
            lambda t: [("archive_log", [])],
            by_relation=False,
        ),
        "access_report.write_access_csv": _s(
            lambda c, t: access_report.write_access_csv(c, t.client, tmp / "a.csv"),
            "export",
            by_relation=False,
        ),
        **_reform_samples(),
        "packages.change_package": _s(
            lambda c, t: packages.change_package(c, t.client, "guidance_support"), "edit"
        ),
        "packages.package_history": _s(lambda c, t: packages.package_history(c, t.client), "view"),
        "units.all_units": _s(lambda c, t: units.all_units(c), by_relation=False),
        "units.my_units": _s(lambda c, t: units.my_units(c), by_relation=False),
        "packages.package_figures": _s(
            lambda c, t: packages.package_figures(c, c.today, c.today), by_relation=False
        ),
    }


def _reform_samples() -> dict[str, Sample]:
    import datetime as dt

    from sqlalchemy import text

    from omatyontekija.services import reform
    from omatyontekija.services.reform_area_list import area_list

    applied: dict[str, list[int]] = {}

    def apply(c: Context, t: Target) -> object:
        proposal = reform.plan_reform(reform.reform_situation(c))
        result = reform.apply_reform(c, proposal, dt.date(2027, 1, 1))
        applied["changed"] = [change.client_id for change in proposal.all_changes]
        ids = ",".join(str(i) for i in result.handover_ids) or "0"
        with c.db.read() as session:
            query = text(f"SELECT client_id FROM handovers WHERE id IN ({ids})")
            applied["moved"] = list(session.execute(query).scalars())
        return result

    def entries(t: Target) -> list[tuple[str, list[int]]]:
        found = [("edit", applied["changed"])]
        return found + ([("handover", applied["moved"])] if applied["moved"] else [])

    return {
        "reform.reform_situation": _s(lambda c, t: reform.reform_situation(c), by_relation=False),
        "reform.changed_client_names": _s(
            lambda c, t: reform.changed_client_names(c, [t.client]), "search", by_relation=False
        ),
        "reform.apply_reform": Sample(apply, entries, by_relation=False),
        "reform_area_list.area_list": _s(lambda c, t: area_list(c), by_relation=False),
    }


_exported: list[int] = []


def _import_file(folder: Path) -> Path:
    path = folder / "import.csv"
    path.write_text(
        "identity_code;last_name;first_names\n010180-9015;Testinen;Tiina\n", encoding="utf-8"
    )
    return path


def _as_admin(ctx: Context) -> Context:
    if ctx.user != "testuser":
        return ctx
    return Context(db=ctx.db, user="admin", clock=ctx.clock)


def one(ctx: Context, sql: str) -> int:
    from sqlalchemy import text

    with ctx.db.read() as session:
        value = session.execute(text(sql)).scalar()
    assert value is not None, sql
    return value


def _short(qualified: str) -> str:
    return qualified.removeprefix("omatyontekija.services.")


def test_every_use_case_has_a_sample(tmp_path):
    samples = _samples(tmp_path)
    missing = sorted(_short(n) for n in REGISTRY if _short(n) not in samples)
    assert missing == [], "add a sample call for: " + ", ".join(missing)
    registered = {_short(n) for n in REGISTRY}
    undeclared = sorted(name for name in samples if name not in registered)
    assert undeclared == [], "these samples are of functions that are no use case: " + ", ".join(
        undeclared
    )


def _entries_since(ctx: Context, sequence: int) -> list:
    with ctx.db.read() as session:
        return [e for e in access_log.iter_entries(session) if e.sequence > sequence]


def _head(ctx: Context) -> int:
    with ctx.db.read() as session:
        return access_log.last_link(session)[0]


@pytest.fixture
def target(ctx, clients_of_sari) -> Target:
    from omatyontekija.services import handover_start, handovers
    from omatyontekija.services.clients import get_client
    from omatyontekija.services.workers import list_workers

    client = clients_of_sari["other"]
    record = get_client(ctx, client)
    named = record.named_worker
    worker = next(
        w.worker.id
        for w in list_workers(ctx)
        if w.worker.active
        and w.worker.role.value == "social_worker"
        and (named is None or w.worker.id != named.id)
        and w.worker.id != 2
    )
    for row in handovers.list_handovers(ctx, client_id=client):
        handovers.cancel_handover(ctx, row.id, "Testi")
    handover = handover_start.start_handover(ctx, client, worker, "other", role_reason="Testi")
    free = one(
        ctx,
        "SELECT min(id) FROM clients WHERE postal_code = '40520' AND coalesce(named_worker_id, 0) "
        f"NOT IN (2, {worker}) AND id != {client} AND id NOT IN "
        "(SELECT client_id FROM handovers WHERE status IN ('planned', 'in_progress'))",
    )
    return Target(
        client,
        record.identity_code,
        handover.id,
        worker,
        handover.items[0].key,
        free,
        get_client(ctx, client).version,
        tuple(i.key for i in handover.items if i.required),
    )


_service_functions()  # imports every service module, which registers its use cases
USE_CASES = sorted(_short(n) for n in REGISTRY)


@pytest.mark.parametrize("name", USE_CASES)
def test_an_unknown_login_gets_nothing(name, as_user, target, tmp_path):
    sample = _samples(tmp_path)[name]
    if sample.before_any_user:
        pytest.skip("runs before any user exists; refuses a database with users (tests/admin)")
    nobody = as_user("nobody")
    with pytest.raises(AccessDenied):
        sample.call(nobody, target)


@pytest.mark.parametrize("name", USE_CASES)
def test_a_worker_without_relation_is_refused_and_it_is_logged(name, as_user, target, tmp_path):
    sample = _samples(tmp_path)[name]
    if not sample.by_relation:
        pytest.skip("not a call on one client's data")
    sari = as_user("sari.mantyla")
    before = _head(sari)
    with pytest.raises(AccessDenied):
        sample.call(sari, target)
    after = _entries_since(sari, before)
    assert [e.success for e in after] == [False]  # the attempt, refused, and nothing else
    assert set(after[0].client_ids) <= {target.client, target.free}


@pytest.mark.parametrize("name", USE_CASES)
def test_a_permitted_call_leaves_exactly_its_entries(name, ctx, as_user, target, tmp_path):
    sample = _samples(tmp_path)[name]
    if sample.before_any_user:
        pytest.skip("runs on an empty database: tests/admin checks its entry")
    if sample.login is not None:
        ctx = as_user(sample.login)
    before = _head(ctx)
    sample.call(ctx, target)
    got = [(e.action, sorted(e.client_ids)) for e in _entries_since(ctx, before)]
    expected = [] if sample.entries is None else sample.entries(target)
    assert sorted(got) == sorted((a, sorted(i)) for a, i in expected)
    assert all(e.success for e in _entries_since(ctx, before))


# -- all or nothing: a change and its log entry are one transaction ---------------------------
CRASH = textwrap.dedent(
    """
    import os, sys
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from omatyontekija.domain.designation import DecisionKind
    from omatyontekija.services.context import open_context
    from omatyontekija.services import designations

    ctx = open_context(sys.argv[1], user="testuser")
    client_id, worker_id = int(sys.argv[2]), int(sys.argv[3])
    # The process dies after the change and its entry are written, before the commit.
    event.listen(Session, "before_commit", lambda session: os._exit(9))
    if sys.argv[4] == "designate":
        designations.designate(
            ctx, client_id, kind=DecisionKind.NAMED, worker_id=worker_id, reason="Kaatuu"
        )
    """
)


def test_a_crash_before_the_commit_keeps_neither_the_change_nor_its_entry(ctx, demo_path, target):
    from omatyontekija.services.designations import history

    before_history = len(history(ctx, target.client))
    before_entries = _head(ctx)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CRASH,
            str(demo_path),
            str(target.client),
            str(target.worker),
            "designate",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 9, done.stderr
    assert _entries_since(ctx, before_entries) == []
    assert len(history(ctx, target.client)) == before_history


def test_concurrent_designations_with_the_version_seen_one_wins(ctx, target):
    from omatyontekija.services.clients import ConcurrentEdit, get_client
    from omatyontekija.services.designations import designate

    seen = get_client(ctx, target.client).version
    designate(
        ctx,
        target.client,
        kind=DecisionKind.NAMED,
        worker_id=target.worker,
        reason="Ensimmäinen",
        expected_version=seen,
    )
    with pytest.raises(ConcurrentEdit) as refused:
        designate(
            ctx,
            target.client,
            kind=DecisionKind.NOT_NEEDED,
            reason="Toinen",
            expected_version=seen,
        )
    assert refused.value.changed_by == "testuser"
    assert "testuser" in refused.value.text("fi")


def test_a_worker_lists_one_screen_at_most(as_user):
    from omatyontekija.services.clients import PAGE_SIZE, find_clients

    sari = as_user("sari.mantyla")
    assert len(find_clients(sari, "a").rows) <= PAGE_SIZE
    with pytest.raises(AccessDenied) as refused:
        find_clients(sari, "", limit=100_000)
    assert refused.value.key == "listing_is_export"


def test_relations_are_judged_by_the_clock_not_the_as_of_day(as_user, clients_of_sari):
    from omatyontekija.services.clients import get_client

    sari = as_user("sari.mantyla")
    sari.clock = lambda: dt.date(2019, 6, 1)  # in the 2017 division 40520 was hers
    with pytest.raises(AccessDenied):
        get_client(sari, clients_of_sari["ended"])

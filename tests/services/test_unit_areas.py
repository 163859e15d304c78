"""Each unit's own areas where areas show (issue 18): the client list's area column, the gap
list's --area, the workers' areas per unit, and the administrator's import into a unit."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text

from omatyontekija.cli import run
from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.admin.areas import import_areas
from omatyontekija.services.areas import division_on
from omatyontekija.services.clients import find_clients
from omatyontekija.services.designations import designate
from omatyontekija.services.figures import key_figures
from omatyontekija.services.gaps import find_gaps
from omatyontekija.services.workers import list_workers
from omatyontekija.store.units import clients_in_unit, unit_worker_ids

CP = "child_protection"
FROM = dt.date(2026, 11, 1)  # in force on the tests' today (2026-11-23)


def _postal_codes(ctx) -> list[str]:
    with ctx.db.read() as session:
        return [
            r[0]
            for r in session.execute(
                text("SELECT DISTINCT postal_code FROM clients WHERE postal_code <> '' ORDER BY 1")
            )
        ]


def _child_protection_division(ctx, tmp_path) -> dict[str, str]:
    """Child protection's own division from FROM: every postal code in one of two areas
    ("Lapset pohjoinen" of Jussi, "Lapset etelä" of Outi); postal code → area name."""
    codes = _postal_codes(ctx)
    half = len(codes) // 2
    area = {c: "Lapset pohjoinen" if n < half else "Lapset etelä" for n, c in enumerate(codes)}
    worker = {"Lapset pohjoinen": "jussi.karkkainen", "Lapset etelä": "outi.hyvarinen"}
    path = tmp_path / "cp_areas.csv"
    path.write_text(
        "postinumero;alue;sosiaalityöntekijä\n"
        + "".join(f"{c};{a};{worker[a]}\n" for c, a in area.items()),
        encoding="utf-8",
    )
    import_areas(ctx, path, effective_from=FROM, unit=CP)
    return area


def test_the_import_writes_the_units_division_and_leaves_disability_services(ctx, tmp_path):
    before = division_on(ctx, FROM)
    area = _child_protection_division(ctx, tmp_path)
    division = division_on(ctx, FROM, unit=CP)
    assert division is not None and division.effective_from == FROM
    assert {a.name: a.social_worker.id for a in division.areas} == {
        "Lapset pohjoinen": 3,
        "Lapset etelä": 5,
    }
    assert {c for a in division.areas for c in a.postal_codes} == set(area)
    assert division_on(ctx, FROM) == before


def test_the_client_list_shows_the_chosen_units_area(ctx, tmp_path):
    area = _child_protection_division(ctx, tmp_path)
    disability = find_clients(ctx, "").rows
    child = find_clients(ctx, "", unit=CP).rows
    assert [r.id for r in child] == [r.id for r in disability]
    # (a client with turvakielto shows no postal code, but has an area)
    assert all(r.area == area.get(r.postal_code) for r in child if r.postal_code)
    assert all(r.area_worker.id in (3, 5) for r in child if r.area)
    assert any(r.area not in (None, *area.values()) for r in disability)  # its own division


def test_gaps_area_is_an_area_of_the_given_unit(ctx, tmp_path, demo_url, capsys):
    area = _child_protection_division(ctx, tmp_path)
    every = find_gaps(ctx, unit=CP)
    assert every, "the demo has child protection gaps"
    north = find_gaps(ctx, unit=CP, area="Lapset pohjoinen")
    assert north and [g.client.id for g in north] == [
        g.client.id for g in every if area[g.client.postal_code] == "Lapset pohjoinen"
    ]
    # disability services' areas are not child protection's
    assert find_gaps(ctx, unit=CP, area="Keskusta ja Lutakko") == []
    base = ["--database", demo_url, "gaps", "--json", "--area", "Lapset pohjoinen"]
    assert run([*base, "--unit", CP]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [g["id"] for g in listed] == [g.client.id for g in north]
    assert run([*base]) == 0  # in disability services there is no such area
    assert json.loads(capsys.readouterr().out) == []
    assert run([*base, "--unit", "nonexistent"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1


def test_workers_list_their_areas_in_every_unit(ctx, tmp_path, demo_url, capsys):
    before = {w.worker.id: w.areas for w in list_workers(ctx)}
    _child_protection_division(ctx, tmp_path)
    workers = {w.worker.id: w for w in list_workers(ctx)}
    assert {i: w.areas for i, w in workers.items()} == before  # disability services' as before
    jussi = workers[3]
    assert jussi.areas_in(CP) == ("Lapset pohjoinen",)
    assert jussi.areas_in("disability_services") == before[3]
    assert workers[2].areas_by_unit == {"disability_services": before[2]}
    assert workers[6].areas_in("adult_social_work") == ("Aikuiset etelä", "Aikuiset pohjoinen")
    assert workers[4].areas_in("adult_social_work") == ()  # not of the unit
    assert run(["--database", demo_url, "workers", "--json"]) == 0
    listed = {w["id"]: w for w in json.loads(capsys.readouterr().out)}
    assert listed[3]["areas"] == list(before[3])
    assert listed[3]["areas_by_unit"] == {
        "disability_services": list(before[3]),
        CP: ["Lapset pohjoinen"],
    }
    assert set(listed[6]["areas_by_unit"]) == {"disability_services", "adult_social_work"}


def _child_in_child_protection(ctx) -> int:
    with ctx.db.read() as session:
        return session.execute(
            text(
                "SELECT c.id FROM clients c WHERE postal_code <> '' AND EXISTS (SELECT 1 FROM "
                "client_services s WHERE s.client_id = c.id AND s.service_code IN "
                "('open_care_support', 'family_work', 'foster_care', 'aftercare')) "
                "AND birth_date > '2010-01-01' ORDER BY id"
            )
        ).scalar()


# decisions are stamped with the real clock, the tests' today is fixed
PERIOD = (dt.date(2025, 1, 1), dt.date.today() + dt.timedelta(days=1))


def test_key_figures_and_permanence_by_the_units_areas(ctx, tmp_path, demo_url, capsys):
    area = _child_protection_division(ctx, tmp_path)
    disability_before = key_figures(ctx, *PERIOD)
    child_before = key_figures(ctx, *PERIOD, unit=CP)
    client = _child_in_child_protection(ctx)
    designate(ctx, client, kind=DecisionKind.NAMED, worker_id=2, reason="x")
    for worker in (3, 5):  # a naming, then a change, in child protection
        designate(ctx, client, kind=DecisionKind.NAMED, worker_id=worker, reason="x", unit=CP)
    child = key_figures(ctx, *PERIOD, unit=CP)
    assert child.unit == CP
    assert {a.name for a in child.areas} <= {"Lapset pohjoinen", "Lapset etelä", None}
    with ctx.db.read() as session:
        in_unit = clients_in_unit(session, CP)
        named = len(unit_worker_ids(session, CP))
    assert sum(a.clients for a in child.areas) == child.coverage.clients == len(in_unit)
    assert sum(a.with_named_worker for a in child.areas) == child.coverage.with_named_worker
    assert child.coverage.with_named_worker == named
    no_worker = [g for g in find_gaps(ctx, unit=CP) if g.kind.value == "no_named_worker"]
    assert child.coverage.needed_without_named_worker == len(no_worker)
    assert child.permanence.changes == child_before.permanence.changes + 1
    assert child.permanence.namings == child_before.permanence.namings + 1
    by_area = {a.name: a for a in child.areas}
    before_area = {a.name: a for a in child_before.areas}[area[_postal_code(ctx, client)]]
    assert by_area[before_area.name].changes == before_area.changes + 1
    assert {w.worker.id for w in child.workers} <= {1, 3, 5, 7}  # its own members
    # disability services': its own naming only, nothing of child protection's decisions
    disability = key_figures(ctx, *PERIOD)
    assert disability.permanence.changes == disability_before.permanence.changes
    assert disability.permanence.namings == disability_before.permanence.namings + 1
    assert {a.name for a in disability.areas} == {a.name for a in disability_before.areas}
    # on the command line
    base = ["--database", demo_url, "figures", "--json"]
    assert run([*base, "--unit", CP]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {a["name"] for a in shown["areas"]} <= {"Lapset pohjoinen", "Lapset etelä", None}
    assert run(base) == 0
    assert {a["name"] for a in json.loads(capsys.readouterr().out)["areas"]} == {
        a.name for a in disability.areas
    }
    assert run([*base, "--unit", "nonexistent"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1


def _postal_code(ctx, client_id: int) -> str:
    with ctx.db.read() as session:
        return session.execute(
            text("SELECT postal_code FROM clients WHERE id = :c"), {"c": client_id}
        ).scalar()

"""Each service unit its own area division (issue 18): a unit's reform plans that unit's
clients over its workers into its own division, child protection within the cap of 30, and
only supervisors of the unit may plan or apply it. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from omatyontekija.services.areas import division_on
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.clients import get_client
from omatyontekija.services.reform import ReformError, apply_reform, plan_reform, reform_situation
from omatyontekija.store.relations import relations_to

CP = "child_protection"
FROM = dt.date(2027, 1, 1)
CHILD_WORKERS = {3, 5, 7}  # the demo's child protection social workers
TARJA = 7  # capacity 87: room for far more than 30 children


def rows(ctx, sql: str, **params) -> list:
    with ctx.db.read() as session:
        return list(session.execute(text(sql), params))


def execute(ctx, sql: str, **params) -> None:
    with ctx.db.write() as session:
        session.execute(text(sql), params)


def disability_division_rows(ctx) -> list:
    return rows(
        ctx,
        "SELECT d.id, d.effective_from, a.name, a.social_worker_id, x.postal_code "
        "FROM area_divisions d JOIN areas a ON a.division_id = d.id "
        "JOIN area_districts x ON x.area_id = a.id "
        "WHERE d.unit_code = 'disability_services' ORDER BY d.id, a.name, x.postal_code",
    )


def more_children_for_tarja(ctx, count: int = 70, first_id: int = 900_000) -> list[int]:
    """``count`` more clients in child protection (family work), all named to Tarja."""
    ids = [
        r[0]
        for r in rows(
            ctx,
            "SELECT id FROM clients c WHERE NOT EXISTS (SELECT 1 FROM unit_named_workers u "
            "WHERE u.client_id = c.id) ORDER BY id LIMIT :n",
            n=count,
        )
    ]
    for n, client_id in enumerate(ids):
        execute(
            ctx,
            "INSERT INTO client_services (id, client_id, service_code, granted_on, note) "
            "VALUES (:id, :c, 'family_work', '2026-01-01', '')",
            id=first_id + n,
            c=client_id,
        )
        execute(
            ctx,
            "INSERT INTO unit_named_workers (client_id, unit_code, worker_id, since) "
            "VALUES (:c, 'child_protection', :w, '2026-01-01')",
            c=client_id,
            w=TARJA,
        )
    return ids


def test_a_child_protection_reform_plans_its_own_clients_into_its_own_division(ctx):
    before = disability_division_rows(ctx)
    situation = reform_situation(ctx, unit=CP)
    assert situation.unit == CP  # starts from the demo's own division of child protection
    assert situation.division.name == "Lastensuojelun aluejako 2024"
    assert {w.id for w in situation.social_workers} == CHILD_WORKERS
    in_unit = {
        r[0]
        for r in rows(
            ctx,
            "SELECT client_id FROM client_services WHERE service_code IN "
            "('open_care_support', 'family_work', 'foster_care', 'aftercare') "
            "UNION SELECT client_id FROM unit_named_workers WHERE unit_code = 'child_protection'",
        )
    }
    assert {c.id for c in situation.clients} == in_unit
    assert len(situation.clients) < 400  # not every client of the county

    proposal = plan_reform(situation)
    assert proposal.has_plan
    applied = apply_reform(ctx, proposal, FROM)

    mine = division_on(ctx, FROM, unit=CP)
    assert mine.id == applied.division_id
    assert {a.social_worker.id for a in mine.areas} <= CHILD_WORKERS
    # disability services' division is untouched and still the one in force for it
    assert disability_division_rows(ctx) == before
    assert division_on(ctx, FROM).effective_from == dt.date(2020, 3, 16)
    units = {
        r[0] for r in rows(ctx, "SELECT unit_code FROM handovers WHERE reason = 'area_reform'")
    }
    assert units <= {CP}
    assert len(applied.handover_ids) == len(proposal.changes)


def test_the_area_worker_of_a_client_in_a_unit_comes_from_that_units_division(ctx):
    # Nobody named in child protection: every child there has only an area worker.
    execute(ctx, "DELETE FROM unit_named_workers WHERE unit_code = :u", u=CP)
    proposal = plan_reform(reform_situation(ctx, unit=CP))
    assignment = dict(proposal.assignment)
    children = rows(
        ctx,
        "SELECT DISTINCT s.client_id, c.postal_code FROM client_services s "
        "JOIN clients c ON c.id = s.client_id WHERE s.service_code IN "
        "('open_care_support', 'family_work', 'foster_care', 'aftercare') ORDER BY s.client_id",
    )

    def relation(worker: str, client_id: int) -> str:
        with ctx.db.read() as session:
            return relations_to(session, int(worker), [client_id], on=FROM)[client_id].value

    # a child whose child protection area worker is not (yet) theirs in any other way
    before = {c: relation(assignment[p], c) for c, p in children}
    client_id, postal_code = next((c, p) for c, p in children if before[c] not in ("own", "area"))
    area_worker = assignment[postal_code]
    apply_reform(ctx, proposal, FROM)
    assert relation(area_worker, client_id) == "area"
    ctx.clock = lambda: FROM  # the division takes effect
    client = get_client(ctx, client_id)
    assert [w.id for w in client.unit_area_workers(CP)] == [int(area_worker)]
    # disability services' area of the same client is still from its own division
    assert client.area is not None and client.area.id != client.unit_area(CP).id


def test_the_planner_keeps_every_child_protection_worker_within_30(ctx):
    more_children_for_tarja(ctx)
    situation = reform_situation(ctx, unit=CP)
    assert situation.max_clients == 30
    assert len(situation.clients) > 60
    for max_load in (None, 2):  # the default target, and one that would allow 87 × 2
        proposal = plan_reform(situation, max_load=max_load)
        assert proposal.has_plan, proposal.reason("en")
        assert max(row.load_after for row in proposal.rows) <= 30
        tarja = next(r for r in proposal.rows if r.key == str(TARJA))
        assert tarja.load_before > 30  # she holds them all before the reform
    # too many children for three workers of 30 each: no plan, and the reason says why
    more_children_for_tarja(ctx, 30, first_id=910_000)
    crowded = plan_reform(reform_situation(ctx, unit=CP))
    assert not crowded.has_plan
    assert "30" in crowded.reason("fi")


def refusals(ctx) -> list:
    return rows(
        ctx,
        "SELECT action FROM access_log WHERE success = :no ORDER BY sequence",
        no=False,
    )


def test_a_supervisor_of_child_protection_only_cannot_reform_disability_services(ctx):
    disability = plan_reform(reform_situation(ctx))  # planned while still leading both
    execute(ctx, "DELETE FROM worker_units WHERE worker_id = 1 AND unit_code <> :u", u=CP)
    ctx.forget_user()
    with pytest.raises(AccessDenied) as refused:
        reform_situation(ctx)
    assert refused.value.key == "unit_task_denied"
    assert "disability_services" in str(refused.value.text("en"))
    with pytest.raises(AccessDenied):
        apply_reform(ctx, disability, FROM)
    # both refusals logged by the door: the planning (a task) and the applying (an edit)
    assert [r[0] for r in refusals(ctx)] == ["plan_reform", "edit"]
    assert division_on(ctx, FROM).effective_from == dt.date(2020, 3, 16)  # nothing saved
    assert reform_situation(ctx, unit=CP).unit == CP  # their own unit they may plan


def test_an_unknown_unit_is_named(ctx):
    with pytest.raises(ReformError) as unknown:
        reform_situation(ctx, unit="no_such_unit")
    assert unknown.value.code == "unknown_unit"


def test_a_unit_plans_with_its_own_capacities_and_keeps_them(ctx):
    from omatyontekija.services.reform import WhatIf

    before = rows(ctx, "SELECT capacity FROM workers WHERE id = :w", w=TARJA)[0][0]
    assert before not in (25, 30)
    situation = reform_situation(ctx, unit=CP)
    # child protection's default capacity is the cap, not the worker's own caseload
    assert {w.capacity for w in situation.social_workers} == {30}
    proposal = plan_reform(situation, WhatIf().with_capacity(str(TARJA), 25))
    apply_reform(ctx, proposal, FROM)
    own = rows(ctx, "SELECT capacity FROM workers WHERE id = :w", w=TARJA)[0][0]
    in_unit = rows(
        ctx,
        "SELECT capacity FROM worker_units WHERE worker_id = :w AND unit_code = :u",
        w=TARJA,
        u=CP,
    )[0][0]
    assert (own, in_unit) == (before, 25)  # her disability services capacity is untouched
    again = reform_situation(ctx, unit=CP)
    assert next(w for w in again.social_workers if w.id == TARJA).capacity == 25
    assert next(w for w in reform_situation(ctx).social_workers if w.id == TARJA).capacity == before

"""Service units: a named worker per client per unit, the unit's rules, caps and packages."""

import datetime as dt

import pytest
from sqlalchemy import text

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.context import open_context
from omatyontekija.services.designations import DecisionError, UnitDenied, designate, history
from omatyontekija.services.gaps import find_gaps
from omatyontekija.services.packages import change_package, package_figures, package_history
from omatyontekija.services.workers import list_workers

CHILD_WORKER = 3  # Jussi Kärkkäinen: disability services and child protection in the demo


@pytest.fixture
def as_user(request, demo_url, database_backend, ctx):
    """Another user on the same database as ``ctx``: on PostgreSQL that user's own login."""
    made = []

    def make(login):
        if database_backend == "postgresql":
            server = request.getfixturevalue("postgres_server")
            context = open_context(server.as_login(demo_url, login), user=login)
        else:
            context = open_context(demo_url, user=login)
        context.clock = ctx.clock
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def rows(ctx, sql: str, **params) -> list:
    with ctx.db.read() as session:
        return list(session.execute(text(sql), params))


def execute(ctx, sql: str, **params) -> None:
    with ctx.db.write() as session:
        session.execute(text(sql), params)


def children(ctx) -> list[int]:
    born_after = dt.date.today().replace(year=dt.date.today().year - 17)
    return [r[0] for r in rows(ctx, "SELECT id FROM clients WHERE birth_date > :d", d=born_after)]


def child_in_both_units(ctx) -> int:
    """A child with disability services and child protection's services."""
    return rows(
        ctx,
        "SELECT c.id FROM clients c WHERE birth_date > :d "
        "AND EXISTS (SELECT 1 FROM client_services s WHERE s.client_id = c.id "
        "AND s.service_code IN ('open_care_support', 'family_work', 'foster_care', 'aftercare')) "
        "AND EXISTS (SELECT 1 FROM client_services s WHERE s.client_id = c.id "
        "AND s.service_code IN ('transport_service', 'personal_assistance', 'housing_services', "
        "'day_activities', 'work_activities', 'assistive_devices', 'informal_care_support', "
        "'home_modifications', 'special_care', 'personal_budgeting')) ORDER BY c.id",
        d=dt.date.today().replace(year=dt.date.today().year - 17),
    )[0][0]


def test_a_child_in_two_units_has_two_workers_each_unit_its_own(ctx):
    client_id = child_in_both_units(ctx)
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=2, reason="Alue")
    designate(
        ctx,
        client_id,
        kind=DecisionKind.NAMED,
        worker_id=CHILD_WORKER,
        reason="Vastaava sosiaalityöntekijä",
        unit="child_protection",
    )
    client = get_client(ctx, client_id)
    assert client.named_worker.id == 2  # disability services' worker is untouched
    assert client.unit_worker("disability_services").id == 2
    assert client.unit_worker("child_protection").id == CHILD_WORKER
    assert client.unit_worker("child_protection").phone  # how to reach them
    # each unit's history holds its own decision
    assert history(ctx, client_id, unit="child_protection")[0].worker.id == 3
    assert history(ctx, client_id, unit="disability_services")[0].worker.id == 2
    row = next(r for r in find_clients(ctx, client.identity_code).rows if r.id == client_id)
    assert dict(row.named_workers)["child_protection"].id == CHILD_WORKER
    assert dict(row.named_workers)["disability_services"].id == 2


def test_a_worker_of_one_unit_cannot_designate_in_another(ctx, as_user):
    client_id = child_in_both_units(ctx)
    execute(ctx, "UPDATE clients SET named_worker_id = 2 WHERE id = :c", c=client_id)
    sari = as_user("sari.mantyla")  # disability services only; the client is her own
    with pytest.raises(UnitDenied):
        designate(
            sari,
            client_id,
            kind=DecisionKind.NAMED,
            worker_id=CHILD_WORKER,
            reason="x",
            unit="child_protection",
        )
    assert history(ctx, client_id, unit="child_protection") == []
    # nor may a worker of another unit be named in it
    with pytest.raises(DecisionError) as refused:
        designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=2, unit="child_protection")
    assert refused.value.code == "worker_not_in_unit"


def test_the_cap_refuses_the_31st_child_without_a_supervisors_reason(ctx, as_user):
    kids = children(ctx)
    assert len(kids) >= 31
    execute(ctx, "DELETE FROM unit_named_workers WHERE worker_id = :w", w=CHILD_WORKER)
    for child in kids[:30]:
        execute(
            ctx,
            "INSERT INTO unit_named_workers (client_id, unit_code, worker_id, since) "
            "VALUES (:c, 'child_protection', :w, NULL) "
            "ON CONFLICT (client_id, unit_code) DO UPDATE SET worker_id = :w",
            c=child,
            w=CHILD_WORKER,
        )
    the_31st = kids[30]

    def name_him(who, **extra):
        return designate(
            who,
            the_31st,
            kind=DecisionKind.NAMED,
            worker_id=CHILD_WORKER,
            reason="Perheen tilanne",
            unit="child_protection",
            **extra,
        )

    with pytest.raises(DecisionError) as refused:
        name_him(ctx)
    assert refused.value.code == "cap_reached"
    jussi = as_user("jussi.karkkainen")  # a worker's own reason is not enough
    execute(ctx, "UPDATE clients SET named_worker_id = 3 WHERE id = :c", c=the_31st)
    with pytest.raises(DecisionError):
        name_him(jussi, cap_reason="Ei muuta tekijää")
    decision = name_him(ctx, cap_reason="Sijainen palaa 1.2.; hyväksytty tilapäisesti")
    assert decision.unit == "child_protection"
    assert "Sijainen palaa" in decision.reason


def test_every_child_in_child_protection_needs_a_responsible_social_worker(ctx):
    gaps = find_gaps(ctx, unit="child_protection")
    assert gaps, "the demo has children without a responsible social worker"
    assert all("L1" in g.suggestion.rules for g in gaps[:1])  # statutory gaps first


def test_package_changes_keep_history(ctx):
    client_id = rows(
        ctx,
        "SELECT id FROM clients WHERE birth_date < '2000-01-01' ORDER BY id LIMIT 1",
    )[0][0]
    change_package(ctx, client_id, "guidance_support", on=dt.date(2026, 1, 5))
    change_package(ctx, client_id, "intensified_support", on=dt.date(2026, 6, 1), reason="Kriisi")
    periods = change_package(ctx, client_id, "employment_support", on=dt.date(2026, 10, 1))
    assert [(p.package, p.started_on, p.ended_on) for p in periods] == [
        ("employment_support", dt.date(2026, 10, 1), None),
        ("intensified_support", dt.date(2026, 6, 1), dt.date(2026, 10, 1)),
        ("guidance_support", dt.date(2026, 1, 5), dt.date(2026, 6, 1)),
    ]
    assert package_history(ctx, client_id) == periods
    # one package at a time: the client's services hold the current one only
    codes = get_client(ctx, client_id).service_codes
    assert "employment_support" in codes
    assert "intensified_support" not in codes and "guidance_support" not in codes
    figures = package_figures(ctx, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    moves = {(m["from"], m["to"]): m["clients"] for m in figures["moves"]}
    assert moves[("intensified_support", "employment_support")] >= 1
    assert figures["clients_by_package"]["employment_support"] >= 1


def test_a_package_is_adult_social_works_to_change(ctx, as_user):
    client_id = rows(ctx, "SELECT min(id) FROM clients WHERE named_worker_id = 2")[0][0]
    with pytest.raises(UnitDenied):
        change_package(as_user("sari.mantyla"), client_id, "guidance_support")


def test_workers_list_their_units(ctx):
    units = {w.worker.id: w.units for w in list_workers(ctx)}
    assert units[2] == ("disability_services",)
    assert units[3] == ("disability_services", "child_protection")
    assert set(units[1]) == {"disability_services", "child_protection", "adult_social_work"}


def test_handovers_are_per_unit(ctx):
    from omatyontekija.services.handover_start import start_handover
    from omatyontekija.services.handovers import complete_handover

    client_id = child_in_both_units(ctx)
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=2, reason="Alue")
    designate(
        ctx, client_id, kind=DecisionKind.NAMED, worker_id=5, reason="x", unit="child_protection"
    )
    disability = start_handover(ctx, client_id, 4, "other", role_reason="x")
    child = start_handover(ctx, client_id, CHILD_WORKER, "other", unit="child_protection")
    assert (disability.unit, child.unit) == ("disability_services", "child_protection")
    assert child.from_worker.id == 5
    complete_handover(
        ctx, child.id, skip={i.key: "Sovittu" for i in child.items if i.required}, reason="x"
    )
    client = get_client(ctx, client_id)
    assert client.unit_worker("child_protection").id == CHILD_WORKER
    assert client.named_worker.id == 2  # the open disability services handover is its own


def test_a_unit_worker_sees_the_child_as_their_own(ctx, as_user):
    client_id = child_in_both_units(ctx)
    designate(
        ctx,
        client_id,
        kind=DecisionKind.NAMED,
        worker_id=CHILD_WORKER,
        reason="x",
        unit="child_protection",
    )
    jussi = as_user("jussi.karkkainen")
    assert get_client(jussi, client_id).unit_worker("child_protection").id == CHILD_WORKER


def test_one_of_the_named_workers_is_marked_the_responsible_worker(ctx):
    from omatyontekija.services.designations import mark_responsible

    client_id = child_in_both_units(ctx)
    execute(ctx, "DELETE FROM unit_named_workers WHERE client_id = :c", c=client_id)
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=2, reason="Alue")
    with pytest.raises(DecisionError):  # no worker of child protection yet
        mark_responsible(ctx, client_id, "child_protection")
    designate(
        ctx,
        client_id,
        kind=DecisionKind.NAMED,
        worker_id=CHILD_WORKER,
        reason="x",
        unit="child_protection",
        responsible=True,
    )
    client = get_client(ctx, client_id)
    assert client.responsible_unit == "child_protection"
    assert client.responsible_worker.id == CHILD_WORKER
    mark_responsible(ctx, client_id, "disability_services")
    assert get_client(ctx, client_id).responsible_worker.id == 2
    mark_responsible(ctx, client_id, None)
    assert get_client(ctx, client_id).responsible_worker is None


def test_a_decision_in_another_unit_from_a_stale_copy_is_refused(ctx):
    from omatyontekija.services.clients import ConcurrentEdit

    client_id = child_in_both_units(ctx)
    seen = get_client(ctx, client_id).version
    designate(
        ctx,
        client_id,
        kind=DecisionKind.NAMED,
        worker_id=5,
        reason="x",
        unit="child_protection",
        expected_version=seen,
    )
    with pytest.raises(ConcurrentEdit):
        designate(
            ctx,
            client_id,
            kind=DecisionKind.NAMED,
            worker_id=CHILD_WORKER,
            reason="x",
            unit="child_protection",
            expected_version=seen,
        )

"""Role × relation × action: the policy as a table, and the services enforcing it."""

import pytest

from omatyontekija.domain.access import Action, Relation, Role, Task
from omatyontekija.services.authorization import AccessDenied, ReasonRequired, allowed, may
from omatyontekija.services.clients import find_clients, get_client, update_client_facts
from omatyontekija.store.relations import relations_to

ACTIONS = (
    Action.VIEW,
    Action.EDIT,
    Action.DESIGNATE,
    Action.PRINT,
    Action.EXPORT,
    Action.READ_LOG,
)
RELATIONS = (Relation.OWN, Relation.AREA, Relation.OTHER, Relation.ENDED)
Y, R, N = "allow", "with_reason", "deny"

# Columns: view, edit, designate, print, export, read_log
EXPECTED = {
    Role.WORKER: {
        Relation.OWN: (Y, Y, Y, Y, N, N),
        Relation.AREA: (Y, Y, Y, Y, N, N),
        Relation.OTHER: (R, N, N, R, N, N),
        Relation.ENDED: (R, N, N, R, N, N),
    },
    Role.SUPERVISOR: {relation: (Y, Y, Y, Y, Y, Y) for relation in RELATIONS},
    Role.ADMIN: {relation: (N, N, N, N, N, N) for relation in RELATIONS},
}
CASES = [
    (role, relation, action, EXPECTED[role][relation][i])
    for role in Role
    for relation in RELATIONS
    for i, action in enumerate(ACTIONS)
]


@pytest.mark.parametrize(("role", "relation", "action", "verdict"), CASES)
def test_policy_table(role, relation, action, verdict):
    decision = allowed(role, relation, action)
    assert decision.verdict.value == verdict
    assert decision.permits(None) is (verdict == Y)
    assert decision.permits("  ") is (verdict == Y)  # a blank reason is no reason
    assert decision.permits("asiakas soitti, oma työntekijä lomalla") is (verdict != N)


def test_tasks_follow_roles():
    assert may(Role.SUPERVISOR, Task.READ_LOG) and may(Role.SUPERVISOR, Task.PLAN_REFORM)
    assert not may(Role.WORKER, Task.READ_LOG)
    assert may(Role.ADMIN, Task.MANAGE_USERS) and may(Role.ADMIN, Task.BACKUP)
    assert not may(Role.SUPERVISOR, Task.MANAGE_USERS)
    assert not may(Role.ADMIN, Task.READ_LOG)


def test_relations_are_computed_from_named_worker_and_divisions(ctx, clients_of_sari):
    with ctx.db.read() as session:
        found = relations_to(session, 2, list(clients_of_sari.values()), on=ctx.today)
    assert {name: found[cid].value for name, cid in clients_of_sari.items()} == {
        "own": "own",
        "area": "area",
        "ended": "ended",
        "other": "other",
    }


def test_a_worker_opens_own_and_area_clients_and_others_only_with_a_reason(
    as_user, clients_of_sari
):
    sari = as_user("sari.mantyla")
    assert get_client(sari, clients_of_sari["own"]).id == clients_of_sari["own"]
    assert get_client(sari, clients_of_sari["area"]).id == clients_of_sari["area"]
    for relation in ("other", "ended"):
        with pytest.raises(ReasonRequired) as refused:
            get_client(sari, clients_of_sari[relation])
        assert "reason" in str(refused.value)
        client = get_client(sari, clients_of_sari[relation], reason="kollega lomalla")
        assert client.id == clients_of_sari[relation]


def test_a_worker_cannot_edit_another_areas_client(as_user, clients_of_sari):
    sari = as_user("sari.mantyla")
    client = get_client(sari, clients_of_sari["other"], reason="puhelu")
    with pytest.raises(AccessDenied) as refused:
        update_client_facts(sari, client.id, client.version, can_seek_services=False)
    assert not isinstance(refused.value, ReasonRequired)
    mine = get_client(sari, clients_of_sari["area"])
    assert update_client_facts(sari, mine.id, mine.version, can_seek_services=False) > mine.version


def test_an_unknown_user_reads_nothing_and_is_told_why(as_user, clients_of_sari):
    stranger = as_user("stranger")
    with pytest.raises(AccessDenied, match="stranger is not a user") as refused:
        find_clients(stranger, "")
    assert "käyttäjä" in refused.value.text("fi")
    with pytest.raises(AccessDenied):
        get_client(stranger, clients_of_sari["own"])


def test_an_admin_sees_no_client_data(as_user, clients_of_sari):
    admin = as_user("admin")
    with pytest.raises(AccessDenied):
        find_clients(admin, "")
    with pytest.raises(AccessDenied):
        get_client(admin, clients_of_sari["own"])


def test_a_deactivated_user_reads_nothing(ctx, as_user):
    from omatyontekija.domain.access import User
    from omatyontekija.store.users import save_user

    with ctx.db.write() as session:
        save_user(session, User("sari.mantyla", Role.WORKER, worker_id=2, active=False))
    with pytest.raises(AccessDenied, match="deactivated"):
        find_clients(as_user("sari.mantyla"), "")


def test_suggest_for_a_stored_client_is_judged_on_today_not_the_as_of_day(
    demo_path, clients_of_sari, capsys
):
    """``--as-of`` changes what is computed, never who may see it: in 2019 client "ended" was
    in Sari's area, today it is not, so she needs a reason (and the reason is logged)."""
    from omatyontekija.cli import run

    client = clients_of_sari["ended"]
    base = ["--database", str(demo_path), "--user", "sari.mantyla"]
    status = run([*base, "suggest", "--client", str(client), "--as-of", "2019-06-01"])
    assert status == 3
    assert "--reason" in capsys.readouterr().err
    status = run(
        [*base, "suggest", "--client", str(client), "--as-of", "2019-06-01", "--reason", "Sijainen"]
    )
    assert status == 0
    assert f'"id": {client}' in capsys.readouterr().out.replace("\n", " ")

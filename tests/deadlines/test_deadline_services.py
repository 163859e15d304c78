import datetime as dt

from omatyontekija.domain.matter import MatterKind
from omatyontekija.rules.deadline_rules import DeadlineStatus
from omatyontekija.services.deadlines import (
    OPEN_STATUSES,
    client_deadlines,
    deadline_list,
    my_deadlines,
    user_worker_id,
    worst_deadlines,
)
from omatyontekija.store.matters import add_matter, matters_of_clients, set_event

TODAY = dt.date(2026, 11, 23)  # as in conftest.py
NEAR, OVERDUE, OK = DeadlineStatus.NEAR, DeadlineStatus.OVERDUE, DeadlineStatus.OK


def pairs(items):
    return [(i.deadline.matter.id, i.deadline.rule.id, i.deadline.status) for i in items]


def test_client_deadlines_include_met_ones(dctx, known):
    found = client_deadlines(dctx, known.jussi_client, reason="Sijaisuus")
    assert [(d.matter.id, d.status) for d in found] == [
        (known.decided_application, DeadlineStatus.MET),
        (known.ok_application, OK),
    ]
    assert found[1].due == dt.date(2027, 1, 4)


def test_whole_unit_list_is_most_urgent_first(dctx, known):
    found = deadline_list(dctx)
    assert pairs(found) == [
        (known.orphan_application, "application_decision", OVERDUE),  # due 2.11
        (known.overdue_application, "application_decision", OVERDUE),  # due 20.11
        (known.near_assessment, "assessment_start", NEAR),
    ]
    assert found[0].client.id == known.orphan_client
    assert found[0].client.named_worker is None


def test_all_open_statuses_and_a_status_filter(dctx, known):
    every = deadline_list(dctx, statuses=OPEN_STATUSES)
    assert {i.deadline.matter.id for i in every} == {
        known.orphan_application,
        known.overdue_application,
        known.near_assessment,
        known.ok_application,
    }
    assert [i.deadline.status for i in deadline_list(dctx, statuses=[OK])] == [OK, OK]


def test_near_days_parameter(dctx, known):
    found = deadline_list(dctx, statuses=[NEAR], near_working_days=4)
    assert known.near_assessment not in {i.deadline.matter.id for i in found}


def test_worker_filter_is_by_named_worker(dctx, known):
    assert {i.client.id for i in deadline_list(dctx, worker_id=2)} == {known.sari_client}
    assert deadline_list(dctx, worker_id=3) == []


def test_my_deadlines_follow_the_login(dctx, known):
    assert user_worker_id(dctx) == 2
    assert {i.client.id for i in my_deadlines(dctx)} == {known.sari_client}
    dctx.user = "admin"  # a user who is no worker
    dctx.forget_user()
    assert user_worker_id(dctx) is None
    assert my_deadlines(dctx) == []


def test_worst_per_client_only_for_the_asked_clients(dctx, known):
    worst = worst_deadlines(dctx, [known.sari_client, known.jussi_client, 999_999])
    assert set(worst) == {known.sari_client, known.jussi_client}
    assert worst[known.sari_client].status is OVERDUE
    assert worst[known.jussi_client].status is OK


def test_recording_the_decision_closes_the_deadline(dctx, known):
    with dctx.db.write() as session:
        assert set_event(session, known.overdue_application, "decided_on", dt.date(2026, 11, 23))
        assert not set_event(session, 999_999, "decided_on", dt.date(2026, 11, 23))
    worst = worst_deadlines(dctx, [known.sari_client])
    assert worst[known.sari_client].matter.id == known.near_assessment


def test_matters_are_deleted_with_their_client(dctx, known):
    from sqlalchemy import text

    with dctx.db.write() as session:
        session.execute(text("DELETE FROM clients WHERE id = :id"), {"id": known.orphan_client})
    with dctx.db.read() as session:
        assert matters_of_clients(session, [known.orphan_client]) == []


def test_added_matter_reads_back_with_its_worker(dctx, known):
    with dctx.db.write() as session:
        matter_id = add_matter(
            session,
            known.jussi_client,
            MatterKind.SERVICE_PLANNING,
            dt.date(2026, 11, 2),
            handled_by_id=3,
            note="palvelusuunnitelman päivitys",
        )
    with dctx.db.read() as session:
        (matter,) = [
            m for m in matters_of_clients(session, [known.jussi_client]) if m.id == matter_id
        ]
    assert matter.kind is MatterKind.SERVICE_PLANNING
    assert matter.handled_by.id == 3 and matter.note == "palvelusuunnitelman päivitys"


def test_a_new_matter_gets_its_deadlines_and_is_logged(dctx, known):
    from omatyontekija.services.audit import list_entries
    from omatyontekija.services.deadlines import add_matter

    before = client_deadlines(dctx, known.sari_client)
    add_matter(dctx, known.sari_client, "application", TODAY)
    after = client_deadlines(dctx, known.sari_client)
    assert len(after) > len(before)
    assert any(d.matter.pending_since == TODAY for d in after)
    dctx.user = "helena.ruotsalainen"  # the supervisor reads the log
    dctx.forget_user()
    assert any(e.action == "edit" for e in list_entries(dctx, client_id=known.sari_client))


def test_a_matter_cannot_be_pending_in_the_future(dctx, known):
    import datetime as dt

    import pytest

    from omatyontekija.services.deadlines import add_matter

    with pytest.raises(ValueError):
        add_matter(dctx, known.sari_client, "application", TODAY + dt.timedelta(days=1))

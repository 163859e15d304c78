import pytest

from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.designation import DecisionKind
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import Outcome, SuggestedRole
from omatyontekija.services.clients import ConcurrentEdit, get_client, update_client_facts
from omatyontekija.services.designations import DecisionError, designate, history
from omatyontekija.services.gaps import GapKind, find_gaps
from omatyontekija.services.suggestions import all_suggestions, suggestion_for_client
from omatyontekija.services.workers import list_workers


def client_with(ctx, outcome, role=None):
    for item in all_suggestions(ctx):
        s = item.suggestion
        if s.outcome is outcome and (role is None or s.worker_role is role):
            return item.client_id
    raise AssertionError("no such client in the demo")


def worker_of(ctx, role):
    return next(w.worker.id for w in list_workers(ctx) if w.worker.role is role)


def test_naming_a_worker_as_suggested_needs_no_reason(ctx):
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER)
    worker = worker_of(ctx, WorkerRole.SOCIAL_WORKER)
    decision = designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=worker)
    assert decision.worker.id == worker
    assert decision.suggestion == "needed"
    assert decision.decided_by == "testuser"
    assert get_client(ctx, client_id).named_worker.id == worker


def test_counsellor_when_social_worker_required_needs_a_reason(ctx):
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER)
    counsellor = worker_of(ctx, WorkerRole.SOCIAL_COUNSELLOR)
    before = len(history(ctx, client_id))
    with pytest.raises(DecisionError) as refused:
        designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=counsellor, reason="  ")
    assert refused.value.code == "reason_required"
    assert len(history(ctx, client_id)) == before
    designate(
        ctx, client_id, kind=DecisionKind.NAMED, worker_id=counsellor, reason="Tuttu työntekijä"
    )
    assert history(ctx, client_id)[0].reason == "Tuttu työntekijä"


def test_not_needed_against_needed_needs_a_reason(ctx):
    client_id = client_with(ctx, Outcome.NEEDED)
    with pytest.raises(DecisionError):
        designate(ctx, client_id, kind=DecisionKind.NOT_NEEDED)
    decision = designate(ctx, client_id, kind=DecisionKind.NOT_NEEDED, reason="Asiakas kieltäytyi")
    assert decision.worker is None
    assert get_client(ctx, client_id).named_worker is None


def test_not_needed_as_suggested(ctx):
    client_id = client_with(ctx, Outcome.NOT_NEEDED)
    designate(ctx, client_id, kind=DecisionKind.NOT_NEEDED)


def test_history_grows_by_one_per_decision_newest_first(ctx):
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER_OR_COUNSELLOR)
    workers = [w.worker.id for w in list_workers(ctx) if w.worker.role is not WorkerRole.SUPERVISOR]
    for n, worker in enumerate(workers[:3], start=1):
        designate(
            ctx,
            client_id,
            kind=DecisionKind.NAMED,
            worker_id=worker,
            stage=ServicePathStage.SERVICE_PLANNING,
        )
        assert len(history(ctx, client_id)) == n
    assert history(ctx, client_id)[0].worker.id == workers[2]
    assert history(ctx, client_id)[0].stage is ServicePathStage.SERVICE_PLANNING


def test_a_worker_is_required_for_naming(ctx):
    client_id = client_with(ctx, Outcome.NEEDED)
    with pytest.raises(DecisionError):
        designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=None)
    with pytest.raises(DecisionError):
        designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=99999)


def test_editing_facts_changes_the_suggestion(ctx):
    client_id = client_with(ctx, Outcome.NOT_NEEDED)
    client, suggestion = suggestion_for_client(ctx, client_id)
    assert suggestion.outcome is Outcome.NOT_NEEDED
    version = update_client_facts(ctx, client_id, client.version, can_seek_services=False)
    changed = get_client(ctx, client_id)
    assert changed.facts.can_seek_services is False
    assert changed.version == version == client.version + 1
    _, now = suggestion_for_client(ctx, client_id)
    assert now.outcome is Outcome.NEEDED
    assert "S1" in now.rules


def test_a_stale_copy_is_refused(ctx):
    client_id = client_with(ctx, Outcome.NOT_NEEDED)
    client = get_client(ctx, client_id)
    update_client_facts(ctx, client_id, client.version, intellectual_disability=True)
    with pytest.raises(ConcurrentEdit) as refused:
        update_client_facts(ctx, client_id, client.version, can_seek_services=False)
    assert refused.value.changed_by == "testuser"
    assert get_client(ctx, client_id).facts.can_seek_services is None


def test_gap_list_names_clients_needing_a_named_worker(ctx):
    gaps = find_gaps(ctx)
    assert gaps
    for gap in gaps:
        assert gap.suggestion.outcome is Outcome.NEEDED
        if gap.kind is GapKind.NO_NAMED_WORKER:
            assert gap.client.named_worker is None
    # Naming a worker closes the gap.
    gap = next(g for g in gaps if g.kind is GapKind.NO_NAMED_WORKER)
    worker = worker_of(ctx, WorkerRole.SOCIAL_WORKER)
    designate(ctx, gap.client.id, kind=DecisionKind.NAMED, worker_id=worker)
    assert gap.client.id not in {g.client.id for g in find_gaps(ctx)}


def test_gap_list_filters_by_area_and_worker(ctx):
    gaps = find_gaps(ctx)
    area = gaps[0].client.area
    by_area = find_gaps(ctx, area=area)
    assert by_area and all(g.client.area == area for g in by_area)
    worker = gaps[0].client.area_worker.id
    by_worker = find_gaps(ctx, worker_id=worker)
    assert by_worker and all(
        worker in {w.id for w in (g.client.area_worker, g.client.named_worker) if w}
        for g in by_worker
    )


def test_role_mismatch_is_a_gap(ctx):
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER)
    counsellor = worker_of(ctx, WorkerRole.SOCIAL_COUNSELLOR)
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=counsellor, reason="Sijaisuus")
    gap = next(g for g in find_gaps(ctx) if g.client.id == client_id)
    assert gap.kind is GapKind.ROLE_MISMATCH

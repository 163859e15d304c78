"""Area divisions by date, a client's area worker on a date, capacities and new workers."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SARI_LOGIN, rows

from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.areas import (
    add_worker,
    client_area_on,
    division_on,
    list_divisions,
    set_capacity,
)
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.reform import ReformError


def test_divisions_are_listed_earliest_first_and_read_by_date(ctx):
    divisions = list_divisions(ctx)
    assert [d.effective_from for d in divisions] == [dt.date(2017, 1, 1), dt.date(2020, 3, 16)]
    assert division_on(ctx, dt.date(2020, 3, 15)).name == "Aluejako 2017"
    assert division_on(ctx, dt.date(2020, 3, 16)).name == "Aluejako 16.3.2020"
    assert division_on(ctx, dt.date(2016, 12, 31)) is None


def test_the_area_worker_of_a_client_follows_the_division_of_the_date(ctx):
    client_id, postal_code = rows(
        ctx, "SELECT id, postal_code FROM clients WHERE postal_code = '40900'"
    )[0]
    in_2020 = client_area_on(ctx, client_id, dt.date(2020, 3, 1))
    assert (in_2020.area.name, in_2020.social_worker.id) == ("Etelä", 3)
    now = client_area_on(ctx, client_id, dt.date(2026, 1, 1))
    assert (now.area.name, now.social_worker.id, now.counsellor.id) == (
        "Säynätsalo ja Korpilahti",
        7,
        12,
    )
    assert now.postal_code == postal_code
    logged = rows(
        ctx,
        "SELECT COUNT(*) FROM access_log l JOIN access_log_clients c USING (sequence) "
        "WHERE l.action = 'view' AND c.client_id = ?",
        client_id,
    )
    assert logged == [(2,)]


def test_an_unknown_client_has_no_area(ctx):
    with pytest.raises(ReformError) as refused:
        client_area_on(ctx, 999_999, dt.date(2026, 1, 1))
    assert refused.value.code == "client_not_found"


def test_a_supervisor_sets_capacities_and_adds_workers(ctx):
    assert set_capacity(ctx, 8, 42).capacity == 42
    worker = add_worker(ctx, " Uusi Työntekijä ", capacity=50)
    assert (worker.name, worker.role, worker.capacity, worker.active) == (
        "Uusi Työntekijä",
        WorkerRole.SOCIAL_WORKER,
        50,
        True,
    )
    assert rows(ctx, "SELECT capacity FROM workers WHERE id = 8") == [(42,)]


@pytest.mark.parametrize("capacity", [-1, 1.5, True, "10"])
def test_a_bad_capacity_is_refused(ctx, capacity):
    with pytest.raises(ReformError) as refused:
        set_capacity(ctx, 8, capacity)
    assert refused.value.code == "bad_capacity"


def test_unknown_worker_and_nameless_worker_are_refused(ctx):
    with pytest.raises(ReformError) as unknown:
        set_capacity(ctx, 999, 10)
    assert unknown.value.code == "worker_not_found"
    with pytest.raises(ReformError) as nameless:
        add_worker(ctx, "  ")
    assert nameless.value.code == "new_worker_name"


def test_a_worker_may_read_areas_but_not_change_them(as_user):
    worker = as_user(SARI_LOGIN)
    assert division_on(worker, dt.date(2026, 1, 1)) is not None
    with pytest.raises(AccessDenied):
        set_capacity(worker, 8, 10)
    with pytest.raises(AccessDenied):
        add_worker(worker, "Uusi")

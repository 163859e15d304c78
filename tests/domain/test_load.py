"""The one definition of load (issue 16): named worker or area worker, over capacity."""

from omatyontekija.domain.load import caseloads, load_ratio


def test_a_client_counts_for_both_their_named_and_their_area_worker_once_each():
    loads = caseloads([("a", "a"), ("a", "b"), (None, "b"), ("c", None), (None, None)])
    assert loads == {"a": 2, "b": 2, "c": 1}


def test_load_ratio_is_clients_over_capacity_and_none_without_capacity():
    assert load_ratio(45, 90) == 0.5
    assert load_ratio(3, 0) is None

"""Each rule of contract v1 on its own, the outcome it gives, and the order of fired rules."""

from __future__ import annotations

import pytest
from rulecases import AS_OF, CHILD, make_case, years_before

from omatyontekija.rules import Outcome, SuggestedRole, suggest

SW = SuggestedRole.SOCIAL_WORKER
SWC = SuggestedRole.SOCIAL_WORKER_OR_COUNSELLOR

# two services of one unit, no recorded facts: nothing fires, N1 neither
BASE = ("transport_service", "assistive_devices")


@pytest.mark.parametrize(
    ("case", "rules", "role"),
    [
        (make_case(*BASE, can_seek_services=False), ("S1",), SW),
        (make_case(*BASE, needs_multisector_coordination=True), ("S2",), SW),
        (
            make_case("transport_service", "assistive_devices", "guidance_support"),
            ("S2",),
            SW,
        ),
        (make_case("transport_service", "guidance_support", birth_date=CHILD), ("S3",), SW),
        (make_case(*BASE, no_suitable_service_found=True), ("S4",), SW),
        (make_case("aftercare", "family_work"), ("L1",), SW),
        (make_case("informal_care_support", "transport_service"), ("C1",), SWC),
        (make_case(*BASE, intellectual_disability=True, can_act_with_network=False), ("C2",), SWC),
        (
            make_case(
                *BASE,
                clientship_since=years_before(AS_OF, 6),
                current_worker_since=years_before(AS_OF, 3),
            ),
            ("C3",),
            SWC,
        ),
        (make_case(*BASE, life_situation_reason="Omainen kuoli, tilanne muuttui."), ("C4",), SWC),
        (make_case("intensified_support", "guidance_support"), ("A1",), SWC),
    ],
    ids=["S1", "S2-fact", "S2-services", "S3", "S4", "L1", "C1", "C2", "C3", "C4", "A1"],
)
def test_each_rule_fires_alone_with_its_outcome(case, rules, role):
    suggestion = suggest(case, as_of=AS_OF)
    assert suggestion.rules == rules
    assert suggestion.outcome is Outcome.NEEDED
    assert suggestion.worker_role is role
    assert suggestion.missing == ()


def test_n1_single_service_is_not_needed():
    suggestion = suggest(make_case("transport_service"), as_of=AS_OF)
    assert suggestion.outcome is Outcome.NOT_NEEDED
    assert suggestion.worker_role is None
    assert suggestion.rules == ("N1",)


def test_n1_does_not_fire_when_a_rule_above_fired():
    suggestion = suggest(make_case("informal_care_support"), as_of=AS_OF)
    assert suggestion.rules == ("C1",)
    assert suggestion.outcome is Outcome.NEEDED


def test_n1_does_not_fire_for_a_single_child_protection_service():
    suggestion = suggest(make_case("foster_care"), as_of=AS_OF)
    assert suggestion.rules == ("L1",)
    assert suggestion.worker_role is SW


def test_nothing_fires_gives_consider():
    suggestion = suggest(make_case(*BASE, **_all_recorded()), as_of=AS_OF)
    assert suggestion.outcome is Outcome.CONSIDER
    assert suggestion.worker_role is None
    assert suggestion.rules == ()
    assert suggestion.missing == ()


def test_no_services_and_nothing_known_is_consider():
    assert suggest(make_case(), as_of=AS_OF).outcome is Outcome.CONSIDER


def test_special_support_outranks_client_oriented():
    suggestion = suggest(make_case("informal_care_support", can_seek_services=False), as_of=AS_OF)
    assert suggestion.rules == ("S1", "C1")
    assert suggestion.worker_role is SW


def test_every_fired_rule_is_listed_in_rule_set_order():
    case = make_case(
        "intensified_support",
        "informal_care_support",
        "family_work",
        birth_date=CHILD,
        can_seek_services=False,
        needs_multisector_coordination=True,
        no_suitable_service_found=True,
        intellectual_disability=True,
        clientship_since=years_before(AS_OF, 9),
        current_worker_since=years_before(AS_OF, 9),
        life_situation_reason="syy",
    )
    suggestion = suggest(case, as_of=AS_OF)
    assert suggestion.rules == ("S1", "S2", "S3", "S4", "L1", "C1", "C2", "C3", "C4", "A1")
    assert suggestion.outcome is Outcome.NEEDED
    assert suggestion.worker_role is SW


def test_order_follows_the_rule_file_not_the_code(tmp_path, rule_set):
    import json

    from omatyontekija.rules import load_rule_set_file
    from omatyontekija.rules.texts import rules_resource

    raw = json.loads(rules_resource("disability_services.json").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in raw["rules"]}
    order = ["C4", "C1", "S1", "S2", "S3", "S4", "L1", "C2", "C3", "A1", "N1"]
    raw["rules"] = [by_id[i] for i in order]
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    reordered = load_rule_set_file(path)
    case = make_case("informal_care_support", can_seek_services=False, life_situation_reason="x")
    assert suggest(case, reordered, AS_OF).rules == ("C4", "C1", "S1")
    assert suggest(case, rule_set, AS_OF).rules == ("S1", "C1", "C4")


def test_blank_life_situation_reason_does_not_fire_c4():
    suggestion = suggest(make_case("transport_service", life_situation_reason="   "), as_of=AS_OF)
    assert suggestion.rules == ("N1",)


def test_c2_needs_the_inability_as_well_as_the_disability():
    case = make_case(*BASE, intellectual_disability=True, can_seek_services=True)
    assert "C2" not in suggest(case, as_of=AS_OF).rules


def test_c3_needs_both_dates():
    case = make_case(*BASE, clientship_since=years_before(AS_OF, 10))
    assert "C3" not in suggest(case, as_of=AS_OF).rules


def test_unknown_service_code_in_a_case_is_an_error():
    with pytest.raises(ValueError, match="taxi"):
        suggest(make_case("taxi"), as_of=AS_OF)


def test_suggest_many_keeps_order():
    from omatyontekija.rules import suggest_many

    cases = [make_case("transport_service", id=1), make_case("foster_care", id=2), make_case()]
    outcomes = [s.outcome for s in suggest_many(cases, as_of=AS_OF)]
    assert outcomes == [Outcome.NOT_NEEDED, Outcome.NEEDED, Outcome.CONSIDER]


def _all_recorded() -> dict:
    return dict(
        can_seek_services=True,
        can_act_with_network=True,
        client_requests_named_worker=False,
        needs_multisector_coordination=False,
        no_suitable_service_found=False,
        intellectual_disability=False,
        clientship_since=years_before(AS_OF, 1),
        current_worker_since=years_before(AS_OF, 1),
        life_situation_reason="",
    )


# Contract v2


def test_c5_a_request_makes_a_named_worker_needed():
    suggestion = suggest(
        make_case("transport_service", client_requests_named_worker=True), as_of=AS_OF
    )
    assert suggestion.outcome is Outcome.NEEDED
    assert suggestion.rules == ("C5",)
    assert suggestion.worker_role is SuggestedRole.SOCIAL_WORKER_OR_COUNSELLOR


def test_c5_comes_after_c4_and_before_a1():
    case = make_case(
        "intensified_support", life_situation_reason="syy", client_requests_named_worker=True
    )
    assert suggest(case, as_of=AS_OF).rules == ("C4", "C5", "A1")


@pytest.mark.parametrize(
    "service", ["transport_service", "assistive_devices", "home_modifications"]
)
def test_n1_fires_for_a_single_light_service(service):
    suggestion = suggest(make_case(service), as_of=AS_OF)
    assert suggestion.outcome is Outcome.NOT_NEEDED
    assert suggestion.rules == ("N1",)


@pytest.mark.parametrize(
    "service",
    [
        "housing_services",
        "personal_assistance",
        "special_care",
        "day_activities",
        "work_activities",
    ],
)
def test_n1_does_not_fire_for_a_single_heavy_service(service):
    suggestion = suggest(make_case(service), as_of=AS_OF)
    assert suggestion.outcome is Outcome.CONSIDER
    assert "N1" not in suggestion.rules

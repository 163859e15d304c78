"""SHL 36 §'s 7-working-day start applies to listed groups only; others never show it overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from omatyontekija.domain.matter import Matter, MatterKind
from omatyontekija.rules.deadline_rules import DeadlineStatus, shipped_deadline_rules
from omatyontekija.rules.deadlines import ClientProfile, deadlines_of, deadlines_of_all

PENDING = dt.date(2026, 3, 2)
LATER = dt.date(2026, 4, 20)  # well past 7 working days, before 3 months


def assessment(client_id: int = 1) -> Matter:
    return Matter(
        id=client_id,
        client_id=client_id,
        kind=MatterKind.SERVICE_NEED_ASSESSMENT,
        pending_since=PENDING,
    )


def rule_ids(profile: ClientProfile | None) -> list[str]:
    return [d.rule.id for d in deadlines_of(assessment(), LATER, profile=profile)]


def test_the_start_rule_names_its_groups_and_the_current_law():
    rule = shipped_deadline_rules().rule("assessment_start")
    assert {g.id for g in rule.applies_to} == {
        "aged_75_or_over",
        "highest_care_allowance",
        "disabled_person",
        "child_special_support",
    }
    assert "675/2023" in rule.source and "380/1987" not in rule.source


@pytest.mark.parametrize(
    "profile",
    [
        ClientProfile(dt.date(1940, 1, 1), frozenset({"adult_social_work"})),  # 86
        ClientProfile(dt.date(1985, 1, 1), frozenset({"disability_services"})),
        ClientProfile(dt.date(2015, 1, 1), frozenset({"child_protection"})),  # a child
    ],
)
def test_a_client_in_a_listed_group_gets_the_start_deadline(profile):
    assert "assessment_start" in rule_ids(profile)
    (start,) = [
        d
        for d in deadlines_of(assessment(), LATER, profile=profile)
        if d.rule.id == "assessment_start"
    ]
    assert start.status is DeadlineStatus.OVERDUE


def test_an_adult_outside_the_groups_is_never_overdue_under_the_7_day_rule():
    adult = ClientProfile(dt.date(1985, 1, 1), frozenset({"adult_social_work"}))
    assert rule_ids(adult) == ["assessment_completion"]
    found = deadlines_of_all([assessment(5)], LATER, profiles={5: adult})
    assert all(d.status is not DeadlineStatus.OVERDUE for d in found)


def test_age_is_counted_on_the_day_the_matter_became_pending():
    turns_75_later = ClientProfile(dt.date(1951, 3, 3), frozenset())  # 74 on 2.3.2026
    assert "assessment_start" not in rule_ids(turns_75_later)
    assert "assessment_start" in rule_ids(ClientProfile(dt.date(1951, 3, 2), frozenset()))


def test_without_a_profile_every_rule_applies():
    assert rule_ids(None) == ["assessment_start", "assessment_completion"]


def test_the_service_finds_the_clients_groups(dctx, known):
    # through the services: the profile comes from the stored client
    from omatyontekija.services.deadlines import client_deadlines

    for client_id in (known.sari_client, known.jussi_client):
        for d in client_deadlines(dctx, client_id, reason="Sijaisuus"):
            assert d.rule.id != "assessment_start" or d.rule.applies_to

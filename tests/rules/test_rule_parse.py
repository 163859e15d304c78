"""Client facts as JSON: valid input becomes cases; every problem is named by client and field."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from rulecases import AS_OF, code_born

from omatyontekija.domain.client import ClientFacts
from omatyontekija.rules import InvalidCases, parse_cases

BORN = dt.date(1990, 4, 12)


def problems(data, as_of=AS_OF) -> list[tuple]:
    with pytest.raises(InvalidCases) as caught:
        parse_cases(data, as_of)
    return [(p.client_id, p.field, p.key) for p in caught.value.problems]


def test_a_full_client_is_read():
    [case] = parse_cases(
        [
            {
                "id": "a-1",
                "identity_code": code_born(BORN),
                "services": ["transport_service", "guidance_support"],
                "can_seek_services": False,
                "can_act_with_network": True,
                "needs_multisector_coordination": None,
                "no_suitable_service_found": False,
                "intellectual_disability": True,
                "clientship_since": "2015-01-31",
                "current_worker_since": "2020-02-29",
                "life_situation_reason": "Muutto",
            }
        ],
        AS_OF,
    )
    assert case.id == "a-1"
    assert case.birth_date == BORN
    assert case.services == ("transport_service", "guidance_support")
    assert case.facts == ClientFacts(
        can_seek_services=False,
        can_act_with_network=True,
        needs_multisector_coordination=None,
        no_suitable_service_found=False,
        intellectual_disability=True,
        clientship_since=dt.date(2015, 1, 31),
        current_worker_since=dt.date(2020, 2, 29),
        life_situation_reason="Muutto",
    )


def test_absent_facts_are_not_recorded():
    [case] = parse_cases('[{"id": 7}]', AS_OF)
    assert case.id == 7
    assert case.birth_date is None
    assert case.services == ()
    assert case.facts == ClientFacts()


def test_text_input_order_is_kept():
    cases = parse_cases(json.dumps([{"id": i} for i in (3, 1, 2)]), AS_OF)
    assert [c.id for c in cases] == [3, 1, 2]


def test_birth_date_alone_and_agreeing_with_the_code():
    [alone, both] = parse_cases(
        [
            {"id": 1, "birth_date": "2010-05-05"},
            {"id": 2, "identity_code": code_born(BORN), "birth_date": BORN.isoformat()},
        ],
        AS_OF,
    )
    assert alone.birth_date == dt.date(2010, 5, 5)
    assert both.birth_date == BORN


def test_service_listed_twice_is_one_service():
    [case] = parse_cases([{"id": 1, "services": ["aftercare", "aftercare"]}], AS_OF)
    assert case.services == ("aftercare",)


@pytest.mark.parametrize(
    ("client", "field", "key"),
    [
        ({"id": 1, "services": ["taxi"]}, "services", "service_unknown"),
        ({"id": 1, "services": [5]}, "services", "service_unknown"),
        ({"id": 1, "services": "transport_service"}, "services", "services_type"),
        (
            {"id": 1, "identity_code": "120490-950X"},
            "identity_code",
            "identity_code_check_character",
        ),
        ({"id": 1, "identity_code": "120490-95"}, "identity_code", "identity_code_length"),
        ({"id": 1, "identity_code": "320190-950X"}, "identity_code", "identity_code_date"),
        ({"id": 1, "identity_code": "120490Q950X"}, "identity_code", "identity_code_format"),
        ({"id": 1, "identity_code": ""}, "identity_code", "identity_code_empty"),
        ({"id": 1, "identity_code": 120490}, "identity_code", "identity_code_type"),
        ({"id": 1, "birth_date": "2023-02-29"}, "birth_date", "date_impossible"),
        ({"id": 1, "birth_date": "12.4.1990"}, "birth_date", "date_type"),
        ({"id": 1, "birth_date": "2030-01-01"}, "birth_date", "date_future"),
        ({"id": 1, "clientship_since": "2021-13-01"}, "clientship_since", "date_impossible"),
        ({"id": 1, "current_worker_since": 2020}, "current_worker_since", "date_type"),
        ({"id": 1, "can_seek_services": "no"}, "can_seek_services", "bool_type"),
        ({"id": 1, "intellectual_disability": 0}, "intellectual_disability", "bool_type"),
        ({"id": 1, "life_situation_reason": 3}, "life_situation_reason", "text_type"),
        ({"id": 1, "can_seek_service": False}, "can_seek_service", "field_unknown"),
        ({"services": []}, "id", "id_missing"),
        ({"id": None}, "id", "id_missing"),
        ({"id": ""}, "id", "id_type"),
        ({"id": True}, "id", "id_type"),
        ({"id": [1]}, "id", "id_type"),
    ],
)
def test_each_kind_of_invalid_input(client, field, key):
    found = problems([client])
    assert [(f, k) for _, f, k in found] == [(field, key)]


def test_identity_code_born_after_the_as_of_date():
    code = code_born(dt.date(2024, 7, 1))
    assert problems([{"id": 1, "identity_code": code}]) == [
        (1, "identity_code", "identity_code_future")
    ]
    [case] = parse_cases([{"id": 1, "identity_code": code}], dt.date(2024, 7, 1))
    assert case.birth_date == dt.date(2024, 7, 1)


def test_birth_date_disagreeing_with_the_code_is_a_birth_date_problem():
    found = problems([{"id": 9, "identity_code": code_born(BORN), "birth_date": "1990-04-13"}])
    assert found == [(9, "birth_date", "birth_date_mismatch")]


def test_duplicate_id():
    assert problems([{"id": 4}, {"id": 4}]) == [(4, "id", "id_duplicate")]


def test_every_problem_is_reported_in_input_order():
    found = problems(
        [
            {"id": 1},
            {"id": 2, "services": ["taxi", "bus"], "birth_date": "2023-02-30"},
            "not a client",
            {"id": 3, "can_seek_services": 1},
        ]
    )
    assert found == [
        (2, "birth_date", "date_impossible"),
        (2, "services", "service_unknown"),
        (2, "services", "service_unknown"),
        (None, None, "client_not_object"),
        (3, "can_seek_services", "bool_type"),
    ]


def test_input_that_is_not_an_array_or_not_json():
    assert problems('{"id": 1}') == [(None, None, "input_not_array")]
    assert problems("[{") == [(None, None, "input_not_json")]
    assert problems(b"\xff\xfe[") == [(None, None, "input_not_json")]


def test_problem_lines_name_client_and_field_in_each_language():
    with pytest.raises(InvalidCases) as caught:
        parse_cases([{"id": 17, "services": ["taxi"]}, {"services": []}], AS_OF)
    first, second = caught.value.problems
    assert first.line() == 'client 17: services: unknown service code "taxi"'
    assert first.line("fi") == 'asiakas 17: services: tuntematon palvelukoodi "taxi"'
    assert first.line("sv") == 'klient 17: services: okänd tjänstekod "taxi"'
    assert second.line() == "client at position 2: id: the id is missing"
    assert str(caught.value).startswith("client 17: services:")

import datetime as dt

import pytest

from omatyontekija.domain.identity import (
    IdentityCodeProblem,
    InvalidIdentityCode,
    age_on,
    make_identity_code,
    parse_identity_code,
)

TODAY = dt.date(2026, 11, 23)


def problem_of(code: str) -> IdentityCodeProblem:
    with pytest.raises(InvalidIdentityCode) as caught:
        parse_identity_code(code, today=TODAY)
    return caught.value.problem


@pytest.mark.parametrize(
    ("code", "birth"),
    [
        ("010180+9004", dt.date(1880, 1, 1)),
        ("131052-9085", dt.date(1952, 10, 13)),
        ("131052Y9085", dt.date(1952, 10, 13)),
        ("131052X9085", dt.date(1952, 10, 13)),
        ("131052W9085", dt.date(1952, 10, 13)),
        ("131052V9085", dt.date(1952, 10, 13)),
        ("131052U9085", dt.date(1952, 10, 13)),
        ("010105A950C", dt.date(2005, 1, 1)),
        ("010105B950C", dt.date(2005, 1, 1)),
        ("010105C950C", dt.date(2005, 1, 1)),
        ("010105D950C", dt.date(2005, 1, 1)),
        ("010105E950C", dt.date(2005, 1, 1)),
        ("010105F950C", dt.date(2005, 1, 1)),
    ],
)
def test_every_century_sign(code, birth):
    parsed = parse_identity_code(code, today=TODAY)
    assert parsed.value == code
    assert parsed.birth_date == birth


def test_made_codes_match_what_is_parsed():
    for sign in range(6):
        code = make_identity_code(dt.date(2010, 5, 5), 950, sign_index=sign)
        assert parse_identity_code(code, today=TODAY).birth_date == dt.date(2010, 5, 5)


@pytest.mark.parametrize("individual", [900, 901, 950, 998, 999])
def test_synthetic_individual_numbers_are_valid(individual):
    code = make_identity_code(dt.date(1990, 1, 1), individual)
    parsed = parse_identity_code(code, today=TODAY)
    assert parsed.is_synthetic
    assert parsed.individual_number == individual


def test_lower_case_and_spaces_are_compacted():
    assert parse_identity_code("  010105a950c ", today=TODAY).value == "010105A950C"
    assert parse_identity_code("010105 A950C", today=TODAY).value == "010105A950C"


def test_wrong_check_character():
    assert problem_of("131052-9086") is IdentityCodeProblem.CHECK_CHARACTER


def test_impossible_date():
    assert problem_of("310252-9085") is IdentityCodeProblem.DATE
    assert problem_of("290201A950H") is IdentityCodeProblem.DATE  # 2001 is no leap year


def test_future_birth_date():
    code = make_identity_code(dt.date(2026, 12, 24), 950)
    assert problem_of(code) is IdentityCodeProblem.FUTURE


def test_individual_number_below_two():
    digits = "010190001"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]
    assert problem_of(f"010190-001{check}") is IdentityCodeProblem.INDIVIDUAL_NUMBER


@pytest.mark.parametrize("code", ["", "   "])
def test_empty(code):
    assert problem_of(code) is IdentityCodeProblem.EMPTY


@pytest.mark.parametrize("code", ["010190-90", "010190-9001234"])
def test_length(code):
    assert problem_of(code) is IdentityCodeProblem.LENGTH


@pytest.mark.parametrize("code", ["010190G901R", "0101901901R", "ABCDEF-901R", "010190-9O1R"])
def test_format(code):
    assert problem_of(code) is IdentityCodeProblem.FORMAT


def test_age_counts_completed_years():
    born = dt.date(2008, 11, 23)
    assert age_on(born, dt.date(2026, 11, 22)) == 17
    assert age_on(born, dt.date(2026, 11, 23)) == 18
    assert age_on(dt.date(2004, 2, 29), dt.date(2022, 2, 28)) == 17
    assert age_on(dt.date(2004, 2, 29), dt.date(2022, 3, 1)) == 18

import pytest

from omatyontekija.domain.identity import IdentityCodeProblem, InvalidIdentityCode
from omatyontekija.domain.search import SearchKind, parse_search
from omatyontekija.domain.text import name_key, name_tokens, sort_key


def test_empty_text_is_everyone():
    assert parse_search("  ").kind is SearchKind.ALL


@pytest.mark.parametrize("text", ["01", "010190", "010190-", "010190a9", "010190-90"])
def test_start_of_a_code_is_a_prefix(text):
    terms = parse_search(text)
    assert terms.kind is SearchKind.IDENTITY_PREFIX
    assert terms.value == text.upper()


def test_whole_valid_code_is_exact():
    terms = parse_search("131052-9085")
    assert terms.kind is SearchKind.IDENTITY_CODE
    assert terms.value == "131052-9085"


def test_whole_invalid_code_says_why():
    with pytest.raises(InvalidIdentityCode) as caught:
        parse_search("131052-9086")
    assert caught.value.problem is IdentityCodeProblem.CHECK_CHARACTER


def test_names_are_folded_tokens():
    terms = parse_search("Mäkelä  ÅSA")
    assert terms.kind is SearchKind.NAME
    assert terms.tokens == ("makela", "asa")


def test_name_tokens_cover_hyphenated_parts():
    assert name_tokens("Mäkelä-Öhman", "Anna Åsa") == [
        "makela",
        "ohman",
        "makela-ohman",
        "anna",
        "asa",
    ]
    assert name_key("  Édith ") == "edith"


def test_sort_key_puts_nordic_letters_last():
    names = ["Öhman", "Åberg", "Aalto", "Zetterberg", "Äijälä"]
    assert sorted(names, key=sort_key) == ["Aalto", "Zetterberg", "Åberg", "Äijälä", "Öhman"]

"""The planner's message catalog: complete in fi, sv and en, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from omatyontekija.planning import LANGUAGES, Message
from omatyontekija.planning.messages import _catalog, render


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(_catalog()))
def test_every_message_has_all_languages_with_the_same_placeholders(code):
    texts = _catalog()[code]
    assert set(texts) == set(LANGUAGES)
    assert all(texts[language].strip() for language in LANGUAGES)
    assert len({frozenset(placeholders(texts[language])) for language in LANGUAGES}) == 1


def test_a_message_renders_in_each_language():
    message = Message.of("pinned_to_zero_capacity", district="40100", worker="w9")
    assert (
        message.text("fi") == "Alue 40100 on kiinnitetty työntekijälle w9, jonka kapasiteetti on 0."
    )
    assert "40100" in message.text("sv") and "w9" in message.text("en")
    assert str(message) == message.text("en")


def test_unknown_language_and_code_fail_loudly():
    with pytest.raises(ValueError, match="language"):
        render("missing", "de")
    with pytest.raises(KeyError):
        render("no_such_message", "en")

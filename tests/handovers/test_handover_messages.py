"""The handover texts: complete in fi, sv and en, with the same placeholders in each."""

from __future__ import annotations

import string

import pytest

from omatyontekija.services.handover_messages import (
    HandoverError,
    catalog,
    message,
    message_keys,
    terminal_language,
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", message_keys())
def test_every_message_has_three_languages_with_the_same_placeholders(key):
    texts = catalog()[key]
    assert set(texts) == {"fi", "sv", "en"}
    assert all(t.strip() for t in texts.values())
    assert placeholders(texts["fi"]) == placeholders(texts["sv"]) == placeholders(texts["en"])


def test_errors_speak_the_readers_language():
    error = HandoverError("closed", id=5, status="done")
    assert str(error) == "Handover 5 is done and can no longer be changed."
    assert error.text("fi") == "Luovutus 5 on tehty eikä sitä voi enää muuttaa."
    assert error.text("sv") == "Överlämning 5 är klar och kan inte längre ändras."


def test_unknown_language_falls_back_to_english():
    assert message("status.planned", "de") == "planned"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LC_ALL": "C", "LANG": "fi_FI.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_terminal_language(monkeypatch, variables, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert terminal_language() == expected

"""The engine's own texts (fact labels and explanations, names, messages) in fi, sv and en."""

from __future__ import annotations

import dataclasses
import string

import pytest

from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.identity import IdentityCodeProblem
from omatyontekija.rules import (
    FACT_NAMES,
    LANGUAGES,
    Outcome,
    RuleGroup,
    SuggestedRole,
    fact_help,
    fact_label,
    group_label,
    outcome_label,
    role_label,
)
from omatyontekija.rules.texts import catalog, message


def test_every_fact_the_rules_read_has_a_label_and_help():
    fact_fields = {f.name for f in dataclasses.fields(ClientFacts)}
    assert fact_fields | {"birth_date", "services"} == set(FACT_NAMES)
    for name in FACT_NAMES:
        for language in LANGUAGES:
            assert fact_label(name, language).strip(), (name, language)
            assert fact_help(name, language).strip(), (name, language)


def test_the_can_seek_services_question():
    assert fact_label("can_seek_services", "fi") == "Pystyykö asiakas hakemaan palveluja itse?"
    assert fact_label("can_seek_services", "sv") == "Kan klienten själv söka tjänster?"
    assert fact_label("can_seek_services", "en") == "Can the client seek services by themself?"


def test_help_is_one_line():
    for name in FACT_NAMES:
        for language in LANGUAGES:
            assert "\n" not in fact_help(name, language)


def test_every_text_entry_of_the_catalog_has_exactly_three_languages():
    def entries(node):
        if isinstance(node, dict) and set(node) & set(LANGUAGES):
            yield node
        elif isinstance(node, dict):
            for child in node.values():
                yield from entries(child)

    found = list(entries(catalog()))
    assert len(found) > 40
    for entry in found:
        assert set(entry) == set(LANGUAGES), entry
        assert all(isinstance(t, str) and t.strip() for t in entry.values()), entry


def test_every_message_has_the_same_placeholders_in_each_language():
    for key, texts in catalog()["messages"].items():
        fields = {
            language: {f for _, f, _, _ in string.Formatter().parse(text) if f}
            for language, text in texts.items()
        }
        assert fields["fi"] == fields["sv"] == fields["en"], key


def test_group_outcome_and_role_names_exist():
    for language in LANGUAGES:
        for group in RuleGroup:
            assert group_label(group, language)
        for outcome in Outcome:
            assert outcome_label(outcome, language)
        for role in SuggestedRole:
            assert role_label(role, language)


def test_every_identity_code_problem_has_a_message():
    for problem in IdentityCodeProblem:
        for language in LANGUAGES:
            assert message(f"identity_code_{problem.value}", language, as_of="2024-01-01")


def test_unknown_language_and_fact_are_refused():
    with pytest.raises(ValueError):
        fact_label("can_seek_services", "de")
    with pytest.raises(KeyError):
        fact_help("shoe_size", "fi")

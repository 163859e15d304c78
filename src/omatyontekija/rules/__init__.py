"""The named-worker rule engine: rules as data, predicates as code, pure evaluation.

from omatyontekija import rules
suggestion = rules.suggest(rules.case_of(client), as_of=today)
for rule_id in suggestion.rules:
    print(rules.rule_text(rule_id, "fi"), rules.rule_source(rule_id))
"""

from __future__ import annotations

from omatyontekija.rules.case import ClientCase, case_of
from omatyontekija.rules.citations import citation
from omatyontekija.rules.engine import (
    Outcome,
    SuggestedRole,
    Suggestion,
    needed_rows,
    suggest,
    suggest_many,
    suggest_page,
    suggest_rows,
)
from omatyontekija.rules.parse import FACT_DEFAULTS, CaseProblem, InvalidCases, parse_cases
from omatyontekija.rules.ruleset import (
    DEFAULT_UNIT,
    Rule,
    RuleGroup,
    RuleSet,
    RuleSetError,
    default_rule_set,
    load_all_rule_sets,
    load_rule_set,
    load_rule_set_file,
    parse_rule_set,
)
from omatyontekija.rules.texts import (
    FACT_NAMES,
    LANGUAGES,
    fact_help,
    fact_label,
    group_label,
    outcome_label,
    role_label,
)


def rule_text(rule_id: str, language: str, rule_set: RuleSet | None = None) -> str:
    """The text of rule ``rule_id`` in ``language`` (fi/sv/en), thresholds filled in."""
    return (rule_set or default_rule_set()).rule(rule_id).text(language)


def rule_source(rule_id: str, rule_set: RuleSet | None = None) -> str:
    """Where rule ``rule_id`` comes from: a seed document file name or a statute (a key)."""
    return (rule_set or default_rule_set()).rule(rule_id).source


def rule_citation(rule_id: str, language: str, rule_set: RuleSet | None = None) -> str:
    """Where rule ``rule_id`` comes from, as people read it ("Sosiaalihuoltolaki 1301/2014 42 §").

    The source itself stays a key (a seed file name, as DOMAIN.md asks)."""
    return citation(rule_source(rule_id, rule_set), language)


__all__ = [
    "DEFAULT_UNIT",
    "FACT_DEFAULTS",
    "FACT_NAMES",
    "LANGUAGES",
    "CaseProblem",
    "ClientCase",
    "InvalidCases",
    "Outcome",
    "Rule",
    "RuleGroup",
    "RuleSet",
    "RuleSetError",
    "SuggestedRole",
    "Suggestion",
    "case_of",
    "citation",
    "default_rule_set",
    "fact_help",
    "fact_label",
    "group_label",
    "load_all_rule_sets",
    "load_rule_set",
    "load_rule_set_file",
    "needed_rows",
    "outcome_label",
    "parse_cases",
    "parse_rule_set",
    "role_label",
    "rule_citation",
    "rule_source",
    "rule_text",
    "suggest",
    "suggest_many",
    "suggest_page",
    "suggest_rows",
]

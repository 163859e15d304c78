"""The texts that come with the data, in the user's language, as the UI shows them.

Rules, facts' questions and explanations, outcomes, roles, deadline rules and
service names live in the core with a text per language; every widget asks
here rather than the core, so there is one place where they become display
strings: in the user's language, and stretched under pseudo-localisation
(``i18n.data_text``) like the catalogs' texts.
"""

from __future__ import annotations

from omatyontekija import rules
from omatyontekija.rules.citations import citation
from omatyontekija.ui.i18n import current_language, data_text


def fact_label(name: str) -> str:
    return data_text(rules.fact_label(name, current_language()))


def fact_help(name: str) -> str:
    return data_text(rules.fact_help(name, current_language()))


def outcome_label(outcome: str) -> str:
    return data_text(rules.outcome_label(outcome, current_language()))


def role_label(role: str) -> str:
    return data_text(rules.role_label(role, current_language()))


def rule_text(rule_id: str, rule_set=None) -> str:
    """The text of ``rule_id`` in ``rule_set`` (a unit's ``rules.RuleSet``; default disability
    services')."""
    return data_text(rules.rule_text(rule_id, current_language(), rule_set))


def rule_citation(rule_id: str, rule_set=None) -> str:
    return data_text(rules.rule_citation(rule_id, current_language(), rule_set))


def deadline_rule_label(rule) -> str:
    """A deadline rule's short label (``deadlines.DeadlineRule``)."""
    return data_text(rule.label(current_language()))


def deadline_rule_text(rule) -> str:
    return data_text(rule.text(current_language()))


def source_citation(source: str) -> str:
    """Where a rule comes from, as people read it."""
    return data_text(citation(source, current_language()))


def service_name(service) -> str:
    """A service's name (``domain`` service with ``name(language)``)."""
    return data_text(service.name(current_language()))

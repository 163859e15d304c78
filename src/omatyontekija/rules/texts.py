"""The rule engine's own texts in Finnish, Swedish and English, read from data.

Fact labels and one-line explanations (the client view shows each editable fact
with them), group, outcome and role names, and the messages of input checking
live in ``resources/rules/texts.json``; nothing the user reads is written here.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

# The facts the rules read, in the order the client view lists them.
FACT_NAMES: tuple[str, ...] = (
    "birth_date",
    "services",
    "can_seek_services",
    "can_act_with_network",
    "client_requests_named_worker",
    "needs_multisector_coordination",
    "no_suitable_service_found",
    "intellectual_disability",
    "clientship_since",
    "current_worker_since",
    "life_situation_reason",
)

TEXTS_FILE = "texts.json"


def rules_resource(name: str) -> Any:
    """A file in ``resources/rules/`` as an importlib Traversable."""
    return resources.files("omatyontekija").joinpath("resources", "rules", name)


def check_language(language: str) -> str:
    """``language`` if it is fi, sv or en; ValueError otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return language


@cache
def catalog() -> dict[str, dict[str, Any]]:
    """The parsed texts file (read once)."""
    with rules_resource(TEXTS_FILE).open("r", encoding="utf-8") as stream:
        return json.load(stream)


def _text(section: str, key: str, language: str, part: str | None = None) -> str:
    check_language(language)
    try:
        entry = catalog()[section][key]
    except KeyError:
        raise KeyError(f"no {section} text for {key!r}") from None
    if part is not None:
        entry = entry[part]
    return entry[language]


def fact_label(name: str, language: str) -> str:
    """The label (for yes/no facts, the question) of fact ``name`` in ``language``."""
    return _text("facts", name, language, "label")


def fact_help(name: str, language: str) -> str:
    """A one-line explanation of fact ``name`` in ``language``."""
    return _text("facts", name, language, "help")


def group_label(group: str, language: str) -> str:
    """The heading of a rule group (special_support, legal, ...)."""
    return _text("groups", str(group), language)


def outcome_label(outcome: str, language: str) -> str:
    """The words for a suggestion outcome (needed, not_needed, consider)."""
    return _text("outcomes", str(outcome), language)


def role_label(role: str, language: str) -> str:
    """The words for a suggested worker role."""
    return _text("roles", str(role), language)


def message(key: str, language: str, **values: object) -> str:
    """Message ``key`` in ``language`` with ``values`` filled in."""
    return _text("messages", key, language).format(**values)

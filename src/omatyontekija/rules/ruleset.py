"""Rule sets: one data file per service unit in ``resources/rules/``, checked on load.

A file that cannot be trusted is refused whole, with a ``RuleSetError`` naming
the file and the problem: a rule set that half-loads would give suggestions
with reasons nobody wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from omatyontekija.domain.catalog import SERVICES_BY_CODE, ServiceUnit
from omatyontekija.rules.data_file import failing, read_object, read_text
from omatyontekija.rules.predicates import (
    COUNT,
    PREDICATES,
    SERVICE,
    SERVICES,
    UNIT,
    YEARS,
    Check,
    PredicateSpec,
)
from omatyontekija.rules.texts import LANGUAGES, check_language, rules_resource

FORMAT = 1
# The rules contracts of DOMAIN.md a file may name; a file that names none is
# contract 1 (it was written before the key existed).
CONTRACTS = (1, 2)
DEFAULT_UNIT = ServiceUnit.DISABILITY_SERVICES


class RuleGroup(StrEnum):
    SPECIAL_SUPPORT = "special_support"  # erityisen tuen tarve → social worker
    LEGAL = "legal"  # required by law (L1) → social worker
    CLIENT_ORIENTED = "client_oriented"  # asiakaslähtöinen → social worker or counsellor
    EVIDENTLY_UNNECESSARY = "evidently_unnecessary"  # ilmeisen tarpeeton → not needed


class RuleSetError(ValueError):
    """A rule file is broken or inconsistent; ``file`` names it, ``problem`` says what."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    group: RuleGroup
    source: str  # seed document file name or statute
    parameters: Mapping[str, Any]
    texts: Mapping[str, str]  # language -> text, parameters already filled in
    check: Check = field(repr=False, compare=False)

    def text(self, language: str) -> str:
        return self.texts[check_language(language)]


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
class RuleSet:
    """A unit's rules in order; compared by identity (the engine caches its work per set)."""

    unit: ServiceUnit
    version: str
    file: str
    description: Mapping[str, str]
    rules: tuple[Rule, ...]
    contract: int = 1

    def rule(self, rule_id: str) -> Rule:
        """The rule ``rule_id``; KeyError if the set has none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"rule set {self.file} has no rule {rule_id!r}")

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)


Fail = Callable[[str], NoReturn]  # raises the RuleSetError of the file being read

_RULE_KEYS = {"id", "group", "source", "parameters", "text"}
_TOP_KEYS = {"format", "contract", "unit", "version", "description", "rules"}


def _texts(value: Any, where: str, fail: Fail) -> dict[str, str]:
    if not isinstance(value, dict):
        fail(f"{where}: texts must be an object with {', '.join(LANGUAGES)}")
    texts = {}
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            fail(f"{where}: the {language} text is missing")
        texts[language] = text
    extra = sorted(set(value) - set(LANGUAGES))
    if extra:
        fail(f"{where}: unknown language {extra[0]!r}")
    return texts


def _parameter(value: Any, kind: str, where: str, fail: Fail) -> Any:
    if kind in (COUNT, YEARS):
        # bool is an int in Python, but `true` as a threshold is a slip in the file
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            fail(f"{where} must be a whole number of at least 0, not {value!r}")
    elif kind == SERVICE:
        if value not in SERVICES_BY_CODE:
            fail(f"{where}: unknown service code {value!r}")
    elif kind == SERVICES:
        if not isinstance(value, list) or not value:
            fail(f"{where} must be a non-empty list of service codes")
        for code in value:
            if code not in SERVICES_BY_CODE:
                fail(f"{where}: unknown service code {code!r}")
        value = tuple(dict.fromkeys(value))
    elif kind == UNIT and value not in {u.value for u in ServiceUnit}:
        fail(f"{where}: unknown service unit {value!r}")
    return value


def _parameters(
    raw: Any, spec: PredicateSpec, contract: int, where: str, fail: Fail
) -> dict[str, Any]:
    """The rule's parameters checked against its predicate, contract-2 defaults filled in."""
    if not isinstance(raw, dict):
        fail(f"{where}: parameters must be an object")
    params: dict[str, Any] = {}
    for name, kind in spec.parameters.items():
        if name not in raw:
            fail(f"{where}: parameter {name!r} is missing")
        params[name] = _parameter(raw[name], kind, f"{where}: parameter {name!r}", fail)
    for name, (kind, default) in spec.v2_parameters.items():
        if contract < 2:
            if name in raw:
                fail(f"{where}: parameter {name!r} needs contract 2")
            continue
        value = raw.get(name, list(default))
        params[name] = _parameter(value, kind, f"{where}: parameter {name!r}", fail)
    known = set(spec.parameters) | set(spec.v2_parameters)
    unused = sorted(set(raw) - known)
    if unused:
        fail(f"{where}: unknown parameter {unused[0]!r}")
    return params


def _shown_parameters(params: Mapping[str, Any], language: str) -> dict[str, Any]:
    # a list of service codes reads as the services' names in the text's language
    shown = dict(params)
    for name, value in params.items():
        if isinstance(value, tuple):
            shown[name] = ", ".join(SERVICES_BY_CODE[code].name(language) for code in value)
    return shown


def _rule(raw: Any, index: int, fail: Fail, contract: int = 1) -> Rule:
    if not isinstance(raw, dict):
        fail(f"rule {index + 1} is not an object")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        fail(f"rule {index + 1} has no id")
    where = f"rule {rule_id}"
    extra = sorted(set(raw) - _RULE_KEYS)
    if extra:
        fail(f"{where}: unknown key {extra[0]!r}")
    spec = PREDICATES.get(rule_id)
    if spec is None:
        fail(f"{where}: unknown rule id (no predicate is registered for it)")
    try:
        group = RuleGroup(raw.get("group"))
    except ValueError:
        fail(f"{where}: unknown group {raw.get('group')!r}")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        fail(f"{where}: the source is missing")
    if spec.since_contract > contract:
        fail(
            f"{where}: the rule needs contract {spec.since_contract}, "
            f"the file is contract {contract}"
        )
    params = _parameters(raw.get("parameters", {}), spec, contract, where, fail)
    texts = _texts(raw.get("text"), where, fail)
    for language, text in texts.items():
        try:
            texts[language] = text.format(**_shown_parameters(params, language))
        except (KeyError, IndexError, ValueError) as error:
            fail(f"{where}: the {language} text has a bad placeholder ({error})")
    return Rule(rule_id, group, source, dict(params), texts, spec.build(params))


def parse_rule_set(data: str, file: str) -> RuleSet:
    """Parse and check the text of a rule file; RuleSetError names ``file`` and the problem."""
    fail = failing(RuleSetError, file)
    raw = read_object(data, _TOP_KEYS, FORMAT, fail)
    contract = raw.get("contract", 1)
    if isinstance(contract, bool) or contract not in CONTRACTS:
        fail(f"contract must be one of {', '.join(map(str, CONTRACTS))}, not {contract!r}")
    try:
        unit = ServiceUnit(raw.get("unit"))
    except ValueError:
        fail(f"unknown service unit {raw.get('unit')!r}")
    version = raw.get("version")
    if not isinstance(version, str) or not version:
        fail("the version is missing")
    description = _texts(raw.get("description"), "description", fail)
    raw_rules = raw.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        fail("rules must be a non-empty list")
    rules = tuple(_rule(r, i, fail, contract) for i, r in enumerate(raw_rules))
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            fail(f"rule {rule.id}: duplicate id")
        seen.add(rule.id)
    # "evidently unnecessary" means "and none of the rules above fired": such a
    # rule placed before a needed rule would contradict its own meaning
    fallback = [i for i, r in enumerate(rules) if r.group is RuleGroup.EVIDENTLY_UNNECESSARY]
    needed = [i for i, r in enumerate(rules) if r.group is not RuleGroup.EVIDENTLY_UNNECESSARY]
    if fallback and needed and min(fallback) < max(needed):
        fail(f"rule {rules[min(fallback)].id}: an evidently_unnecessary rule must come last")
    return RuleSet(unit, version, file, description, rules, contract)


def load_rule_set_file(path: str | Path) -> RuleSet:
    """Load and check a rule file from anywhere (an administrator's draft, a test)."""
    path = Path(path)
    return parse_rule_set(read_text(path, failing(RuleSetError, path.name)), path.name)


def load_rule_set(unit: str) -> RuleSet:
    """The shipped rule set of service unit ``unit`` (read and checked once, then cached)."""
    try:
        unit = ServiceUnit(unit)
    except ValueError:
        raise ValueError(f"unknown service unit {unit!r}") from None
    return _load_shipped(unit)


@cache  # keyed by the enum member, so "x" and ServiceUnit("x") share one entry
def _load_shipped(unit: ServiceUnit) -> RuleSet:
    file = f"{unit.value}.json"
    data = read_text(rules_resource(file), failing(RuleSetError, file))
    rule_set = parse_rule_set(data, file)
    if rule_set.unit is not unit:
        problem = f"the file is for unit {rule_set.unit.value!r}, not {unit.value!r}"
        raise RuleSetError(file, problem)
    return rule_set


def default_rule_set() -> RuleSet:
    """The default rule set: contract v2 of DOMAIN.md (disability services)."""
    return load_rule_set(DEFAULT_UNIT)


def load_all_rule_sets() -> dict[ServiceUnit, RuleSet]:
    """Every unit's rule set; the application calls this at start so a broken file stops it."""
    return {unit: load_rule_set(unit) for unit in ServiceUnit}

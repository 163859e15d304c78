"""Service-path deadline rules as data (``resources/deadlines/service_path.json``), checked on load.

Each rule names the matter kind it applies to, the event its time limit starts
from, the amount and unit (working days or calendar months), the events that
meet it, its texts in Finnish, Swedish and English, and the statute it comes
from. A file that cannot be trusted is refused whole with a
``DeadlineRuleError`` naming the file: a half-read file would show deadlines
nobody wrote.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from omatyontekija.domain.matter import MATTER_EVENTS, MatterKind
from omatyontekija.rules.data_file import failing, read_object, read_text
from omatyontekija.rules.texts import LANGUAGES, check_language

FORMAT = 1
SHIPPED_FILE = "service_path.json"


class DeadlineUnit(StrEnum):
    WORKING_DAYS = "working_days"  # arkipäivää
    MONTHS = "months"  # kuukautta


class DeadlineStatus(StrEnum):
    """Where a deadline stands on a date; ``severity`` orders them, worst last."""

    MET = "met"  # done (on time or late)
    OK = "ok"  # open, due later than the "near" window
    NEAR = "near"  # open, due within the window (the due date itself included)
    OVERDUE = "overdue"  # open, the due date has passed

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {"met": 0, "ok": 1, "near": 2, "overdue": 3}


class DeadlineRuleError(ValueError):
    """A deadline rule file is broken; ``file`` names it, ``problem`` says what."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ClientGroup:
    """A group of clients a deadline applies to (SHL 36 §'s 7-working-day start).

    Membership is read from the record: an age bound on the day the matter
    became pending, or a service of a unit. A group the record cannot tell
    (``recorded`` false, e.g. the highest care allowance) is listed for the
    reader but never matched: the worker sees it in the rule's text.
    """

    id: str
    labels: Mapping[str, str]
    min_age: int | None = None  # at least this old
    under_age: int | None = None  # younger than this
    unit: str | None = None  # has a service of this unit
    recorded: bool = True

    def label(self, language: str) -> str:
        return self.labels[check_language(language)]

    def matches(self, age: int | None, units: frozenset[str]) -> bool:
        if not self.recorded:
            return False
        if self.unit is not None:
            return self.unit in units
        if age is None:
            return False
        if self.min_age is not None:
            return age >= self.min_age
        return self.under_age is not None and age < self.under_age


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    id: str
    kind: MatterKind
    start: str  # a MATTER_EVENTS name
    amount: int
    unit: DeadlineUnit
    met_by: tuple[str, ...]  # the first of these events that has a date meets the deadline
    roll_to_working_day: bool  # a limit ending on a day off moves to the next working day
    labels: Mapping[str, str]
    texts: Mapping[str, str]  # amount already filled in
    source: str  # citation keys (rules.citations), "; " between them
    applies_to: tuple[ClientGroup, ...] = ()  # empty: every client

    def applies(self, age: int | None, units: frozenset[str]) -> bool:
        """Whether the rule applies to a client of this age and these units."""
        return not self.applies_to or any(g.matches(age, units) for g in self.applies_to)

    def label(self, language: str) -> str:
        return self.labels[check_language(language)]

    def text(self, language: str) -> str:
        return self.texts[check_language(language)]


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    version: str
    file: str
    near_working_days: int
    status_texts: Mapping[DeadlineStatus, Mapping[str, str]]
    messages: Mapping[str, Mapping[str, str]]  # the command line's words, by key and language
    rules: tuple[DeadlineRule, ...]

    def for_kind(self, kind: MatterKind) -> tuple[DeadlineRule, ...]:
        return tuple(r for r in self.rules if r.kind is kind)

    def rule(self, rule_id: str) -> DeadlineRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"{self.file} has no deadline rule {rule_id!r}")

    def status_text(self, status: DeadlineStatus, language: str) -> str:
        return self.status_texts[DeadlineStatus(status)][check_language(language)]

    def message(self, key: str, language: str, **values: object) -> str:
        """Message ``key`` in ``language`` with ``values`` filled in; KeyError if unknown."""
        return self.messages[key][check_language(language)].format(**values)


_TOP_KEYS = {
    "format",
    "version",
    "near_working_days",
    "statuses",
    "messages",
    "groups",
    "rules",
}
_GROUP_KEYS = {"label", "min_age", "under_age", "unit", "recorded"}
_RULE_KEYS = {
    "id",
    "kind",
    "start",
    "amount",
    "unit",
    "met_by",
    "roll_to_working_day",
    "label",
    "text",
    "source",
    "applies_to",
}


def _whole(value: Any, minimum: int) -> bool:
    # bool is an int in Python, but `true` as an amount is a slip in the file
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _texts(value: Any, where: str, fail) -> dict[str, str]:
    if not isinstance(value, dict):
        fail(f"{where}: texts must be an object with {', '.join(LANGUAGES)}")
    extra = sorted(set(value) - set(LANGUAGES))
    if extra:
        fail(f"{where}: unknown language {extra[0]!r}")
    for language in LANGUAGES:
        if not isinstance(value.get(language), str) or not value[language].strip():
            fail(f"{where}: the {language} text is missing")
    return {language: value[language] for language in LANGUAGES}


def _event(value: Any, where: str, fail) -> str:
    if value not in MATTER_EVENTS:
        fail(f"{where}: unknown event {value!r}; expected one of {', '.join(MATTER_EVENTS)}")
    return value


def _groups(raw: Any, fail) -> dict[str, ClientGroup]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        fail("groups must be an object")
    groups = {}
    for group_id, value in raw.items():
        where = f"group {group_id}"
        if not isinstance(value, dict):
            fail(f"{where} is not an object")
        extra = sorted(set(value) - _GROUP_KEYS)
        if extra:
            fail(f"{where}: unknown key {extra[0]!r}")
        for key in ("min_age", "under_age"):
            if key in value and not _whole(value[key], 0):
                fail(f"{where}: {key} must be a whole number")
        recorded = value.get("recorded", True)
        tests = [k for k in ("min_age", "under_age", "unit") if k in value]
        if recorded and len(tests) != 1:
            fail(f"{where}: give exactly one of min_age, under_age, unit")
        groups[group_id] = ClientGroup(
            group_id,
            _texts(value.get("label"), f"{where}: label", fail),
            value.get("min_age"),
            value.get("under_age"),
            value.get("unit"),
            bool(recorded),
        )
    return groups


def _rule(
    raw: Any, index: int, fail, groups: Mapping[str, ClientGroup] | None = None
) -> DeadlineRule:
    if not isinstance(raw, dict):
        fail(f"rule {index + 1} is not an object")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        fail(f"rule {index + 1} has no id")
    where = f"rule {rule_id}"
    extra = sorted(set(raw) - _RULE_KEYS)
    if extra:
        fail(f"{where}: unknown key {extra[0]!r}")
    try:
        kind = MatterKind(raw.get("kind"))
    except ValueError:
        fail(f"{where}: unknown matter kind {raw.get('kind')!r}")
    start = _event(raw.get("start"), f"{where}: start", fail)
    amount = raw.get("amount")
    if not _whole(amount, 1):
        fail(f"{where}: amount must be a whole number of at least 1, not {amount!r}")
    try:
        unit = DeadlineUnit(raw.get("unit"))
    except ValueError:
        fail(f"{where}: unknown unit {raw.get('unit')!r}; expected working_days or months")
    met_by = raw.get("met_by")
    if not isinstance(met_by, list) or not met_by:
        fail(f"{where}: met_by must be a non-empty list of events")
    met_by = tuple(_event(e, f"{where}: met_by", fail) for e in met_by)
    if start in met_by:
        fail(f"{where}: the start event {start!r} cannot also meet the deadline")
    roll = raw.get("roll_to_working_day", False)
    if not isinstance(roll, bool):
        fail(f"{where}: roll_to_working_day must be true or false")
    labels = _texts(raw.get("label"), f"{where}: label", fail)
    texts = _texts(raw.get("text"), f"{where}: text", fail)
    for language, text in texts.items():
        try:
            texts[language] = text.format(amount=amount)
        except (KeyError, IndexError, ValueError) as error:
            fail(f"{where}: the {language} text has a bad placeholder ({error})")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        fail(f"{where}: the source is missing")
    applies_to = raw.get("applies_to", [])
    if not isinstance(applies_to, list):
        fail(f"{where}: applies_to must be a list of group ids")
    unknown = [g for g in applies_to if g not in (groups or {})]
    if unknown:
        fail(f"{where}: applies_to: unknown group {unknown[0]!r}")
    return DeadlineRule(
        rule_id,
        kind,
        start,
        amount,
        unit,
        met_by,
        roll,
        labels,
        texts,
        source.strip(),
        tuple((groups or {})[g] for g in applies_to),
    )


def parse_deadline_rules(data: str, file: str) -> DeadlineRules:
    """Parse and check the text of a deadline rule file; DeadlineRuleError names ``file``."""
    fail = failing(DeadlineRuleError, file)
    raw = read_object(data, _TOP_KEYS, FORMAT, fail)
    version = raw.get("version")
    if not isinstance(version, str) or not version:
        fail("the version is missing")
    near = raw.get("near_working_days")
    if not _whole(near, 0):
        fail(f"near_working_days must be a whole number of at least 0, not {near!r}")
    statuses = raw.get("statuses")
    if not isinstance(statuses, dict):
        fail("statuses must be an object")
    unknown = sorted(set(statuses) - {s.value for s in DeadlineStatus})
    if unknown:
        fail(f"statuses: unknown status {unknown[0]!r}")
    status_texts = {
        s: _texts(statuses.get(s.value), f"statuses: {s.value}", fail) for s in DeadlineStatus
    }
    raw_messages = raw.get("messages", {})
    if not isinstance(raw_messages, dict):
        fail("messages must be an object")
    messages = {key: _texts(value, f"messages: {key}", fail) for key, value in raw_messages.items()}
    raw_rules = raw.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        fail("rules must be a non-empty list")
    groups = _groups(raw.get("groups"), fail)
    rules = tuple(_rule(r, i, fail, groups) for i, r in enumerate(raw_rules))
    ids = [r.id for r in rules]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate is not None:
        fail(f"rule {duplicate}: duplicate id")
    return DeadlineRules(version, file, near, status_texts, messages, rules)


def load_deadline_rules_file(path: str | Path) -> DeadlineRules:
    """Load and check a deadline rule file from anywhere (a draft, a test)."""
    path = Path(path)
    return parse_deadline_rules(read_text(path, failing(DeadlineRuleError, path.name)), path.name)


@cache
def shipped_deadline_rules() -> DeadlineRules:
    """The shipped rules (read and checked once, then cached)."""
    resource = resources.files("omatyontekija").joinpath("resources", "deadlines", SHIPPED_FILE)
    return parse_deadline_rules(
        read_text(resource, failing(DeadlineRuleError, SHIPPED_FILE)), SHIPPED_FILE
    )

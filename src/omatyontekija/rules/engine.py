"""Evaluation: a client case and a rule set give a named-worker suggestion.

Per rule set the rules are compiled once into bit-flagged checks; per case the
engine computes the counts and years once (``Situation``, straight from a fact
row), runs the checks into a bit mask and looks the finished, immutable
``Suggestion`` up by that mask. So a case costs a few predicate calls and no
per-case building of big structures.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from omatyontekija.rules.case import ClientCase, fact_row
from omatyontekija.rules.predicates import ROW_FIELDS, Situation, situation_maker, situations
from omatyontekija.rules.ruleset import RuleGroup, RuleSet, default_rule_set


class Outcome(StrEnum):
    NEEDED = "needed"
    NOT_NEEDED = "not_needed"
    CONSIDER = "consider"


class SuggestedRole(StrEnum):
    SOCIAL_WORKER = "social_worker"
    SOCIAL_WORKER_OR_COUNSELLOR = "social_worker_or_counsellor"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Whether a named worker is needed, of what role, and why.

    ``rules`` are the ids of every rule that fired, in rule-set order;
    ``missing`` (only for ``consider``) names the unrecorded facts whose value
    could make a rule fire, in rule-set order.
    """

    outcome: Outcome
    worker_role: SuggestedRole | None
    rules: tuple[str, ...]
    missing: tuple[str, ...] = ()


class _Compiled:
    """A rule set turned into flat lists of checks and a cache of suggestions."""

    # holds the rules, not the set: a reference to the set would keep it alive
    # as a key of the weak cache below
    __slots__ = (
        "fallback",
        "fallback_mask",
        "needed",
        "needed_mask",
        "remembered",
        "rules",
        "suggestions",
        "undecided",
    )

    def __init__(self, rule_set: RuleSet) -> None:
        self.rules = rule_set.rules
        self.needed: list[tuple[int, Any]] = []
        self.fallback: list[tuple[int, Any]] = []
        self.undecided: list[Any] = []
        for index, rule in enumerate(rule_set.rules):
            bit = 1 << index
            if rule.group is RuleGroup.EVIDENTLY_UNNECESSARY:
                self.fallback.append((bit, rule.check.fires))
            else:
                self.needed.append((bit, rule.check.fires))
                self.undecided.append(rule.check.undecided)
        # keyed by the fired mask, or by the missing facts when nothing fired;
        # the number of distinct keys is small, bounded by the rule combinations
        self.suggestions: dict[Any, Suggestion] = {}
        # (day, a fact row's facts) → its suggestion, for pages (suggest_page)
        self.remembered: dict[tuple, Suggestion] = {}
        self.needed_mask = _mask_function(self.needed)
        self.fallback_mask = _mask_function(self.fallback)

    def suggestion(self, mask: int) -> Suggestion:
        rules = self.rules
        fired = tuple(r.id for i, r in enumerate(rules) if mask >> i & 1)
        groups = {r.group for i, r in enumerate(rules) if mask >> i & 1}
        if groups & {RuleGroup.SPECIAL_SUPPORT, RuleGroup.LEGAL}:
            result = Suggestion(Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER, fired)
        elif RuleGroup.CLIENT_ORIENTED in groups:
            result = Suggestion(Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER_OR_COUNSELLOR, fired)
        else:
            result = Suggestion(Outcome.NOT_NEEDED, None, fired)
        self.suggestions[mask] = result
        return result

    def consider(self, situation: Situation) -> Suggestion:
        missing: list[str] = []
        for undecided in self.undecided:
            for name in undecided(situation):
                if name not in missing:
                    missing.append(name)
        key = tuple(missing)
        result = self.suggestions.get(key)
        if result is None:
            result = self.suggestions[key] = Suggestion(Outcome.CONSIDER, None, (), key)
        return result


def _mask_function(checks: list[tuple[int, Any]]) -> Any:
    """One function giving the bits of the ``checks`` that fire for a situation: the
    loop over the checks written out (a call per check, no tuple unpacking per case),
    for the loop of the whole database. The source holds only the checks' numbers."""
    namespace: dict[str, Any] = {f"fires_{n}": fires for n, (_, fires) in enumerate(checks)}
    lines = ["def mask(s):", "    m = 0"]
    for n, (bit, _) in enumerate(checks):
        lines += [f"    if fires_{n}(s):", f"        m |= {int(bit)}"]
    lines.append("    return m")
    exec("\n".join(lines), namespace)
    return namespace["mask"]


# rule sets are immutable: compile each once, and forget it with the set
_compiled: weakref.WeakKeyDictionary[RuleSet, _Compiled] = weakref.WeakKeyDictionary()


def _compile(rule_set: RuleSet) -> _Compiled:
    compiled = _compiled.get(rule_set)
    if compiled is None:
        compiled = _compiled[rule_set] = _Compiled(rule_set)
    return compiled


def suggest_rows(
    rows: Iterable[Sequence], rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> Iterator[Suggestion]:
    """Suggestions for fact rows (see ``predicates.situations``), lazily, in their order.

    The bulk path: rows stream straight from the database, and each situation
    lives only while its rules run; the suggestions themselves are shared by
    all cases with the same outcome. ``as_of`` defaults to today. Raises
    ValueError naming the client for a service code outside the catalog.
    """
    compiled = _compile(rule_set or default_rule_set())
    # the loop of the whole database: kept flat, names bound locally
    needed, fallback, known = compiled.needed_mask, compiled.fallback_mask, compiled.suggestions
    for situation in situations(rows, as_of or dt.date.today()):
        mask = needed(situation)
        if not mask:
            mask = fallback(situation)
            if not mask:
                yield compiled.consider(situation)
                continue
        suggestion = known.get(mask)
        yield suggestion if suggestion is not None else compiled.suggestion(mask)


# How many (day, facts) a rule set remembers for pages before it starts again.
PAGE_MEMORY = 4096


def suggest_page(
    rows: Sequence[Sequence], rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> list[Suggestion]:
    """The suggestions of a page of fact rows (a few dozen), as ``suggest_rows`` gives them.

    Each distinct (day, facts) is evaluated once and remembered with the rule set: the
    page of a keystroke mostly shows the clients of the keystroke before. A suggestion
    is a function of the facts, the day and the rule set alone (the rules read nothing
    else), so a remembered one cannot go stale: changed facts are another key.
    """
    rule_set = rule_set or default_rule_set()
    day = as_of or dt.date.today()
    memory = _compile(rule_set).remembered
    width = len(ROW_FIELDS)
    keys = [(day, row[1:width]) for row in rows]
    found = [memory.get(key) for key in keys]
    unknown = [row for row, suggestion in zip(rows, found, strict=True) if suggestion is None]
    if unknown:
        if len(memory) > PAGE_MEMORY:
            memory.clear()
        fresh = suggest_rows(unknown, rule_set, day)
        for index, suggestion in enumerate(found):
            if suggestion is None:
                found[index] = memory[keys[index]] = next(fresh)
    return found  # type: ignore[return-value]


def needed_rows(
    rows: Iterable[Sequence], rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> Iterator[tuple[Sequence, Suggestion]]:
    """(row, suggestion) of the fact rows whose suggestion is ``needed``, lazily, in order;
    the others are passed over. The same suggestions as ``suggest_rows`` gives them.

    The gap list's path: a case for which no rule of a needing group fires is never
    needed, so its evidently-unnecessary rules and its unrecorded facts are not
    evaluated (``suggest_rows`` must, to tell ``not_needed`` from ``consider``).
    """
    compiled = _compile(rule_set or default_rule_set())
    needed, known = compiled.needed_mask, compiled.suggestions
    make = situation_maker(as_of or dt.date.today())
    for row in rows:
        mask = needed(make(row))
        if mask:
            suggestion = known.get(mask)
            yield row, suggestion if suggestion is not None else compiled.suggestion(mask)


def suggest(
    case: ClientCase, rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> Suggestion:
    """The suggestion for ``case`` under ``rule_set`` (default: contract v1) on ``as_of``.

    ``as_of`` defaults to today. Raises ValueError for a service code outside
    the catalog.
    """
    return next(suggest_rows([fact_row(case)], rule_set, as_of))


def suggest_many(
    cases: Iterable[ClientCase], rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> list[Suggestion]:
    """``suggest`` for many cases on one as-of date, in their order."""
    return list(suggest_rows(map(fact_row, cases), rule_set, as_of))

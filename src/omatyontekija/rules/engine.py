"""Evaluation: a client case and a rule set give a named-worker suggestion.

Per rule set the rules are compiled once into bit-flagged checks; per case the
engine computes the counts once (``Situation``), runs the checks into a bit
mask and looks the finished, immutable ``Suggestion`` up by that mask. So a
case costs a few predicate calls and no per-case building of big structures.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from omatyontekija.rules.case import ClientCase
from omatyontekija.rules.predicates import Situation
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
    __slots__ = ("fallback", "needed", "rules", "suggestions", "undecided")

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


# rule sets are immutable: compile each once, and forget it with the set
_compiled: weakref.WeakKeyDictionary[RuleSet, _Compiled] = weakref.WeakKeyDictionary()


def _compile(rule_set: RuleSet) -> _Compiled:
    compiled = _compiled.get(rule_set)
    if compiled is None:
        compiled = _compiled[rule_set] = _Compiled(rule_set)
    return compiled


def _situation(case: ClientCase, as_of: dt.date) -> Situation:
    try:
        return Situation(case.facts, case.services, case.birth_date, as_of)
    except KeyError as error:
        raise ValueError(f"client {case.id}: unknown service code {error.args[0]!r}") from None


def _evaluate(compiled: _Compiled, situation: Situation) -> Suggestion:
    mask = 0
    for bit, fires in compiled.needed:
        if fires(situation):
            mask |= bit
    if not mask:
        for bit, fires in compiled.fallback:
            if fires(situation):
                mask |= bit
        if not mask:
            return compiled.consider(situation)
    result = compiled.suggestions.get(mask)
    return result if result is not None else compiled.suggestion(mask)


def suggest(
    case: ClientCase, rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> Suggestion:
    """The suggestion for ``case`` under ``rule_set`` (default: contract v1) on ``as_of``.

    ``as_of`` defaults to today. Raises ValueError for a service code outside
    the catalog.
    """
    compiled = _compile(rule_set or default_rule_set())
    return _evaluate(compiled, _situation(case, as_of or dt.date.today()))


def suggest_many(
    cases: Iterable[ClientCase], rule_set: RuleSet | None = None, as_of: dt.date | None = None
) -> list[Suggestion]:
    """``suggest`` for many cases on one as-of date, in their order."""
    compiled = _compile(rule_set or default_rule_set())
    on = as_of or dt.date.today()
    return [_evaluate(compiled, _situation(case, on)) for case in cases]

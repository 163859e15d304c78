"""Due dates and statuses of service-path deadlines: pure functions over matters and a date.

rules = shipped_deadline_rules()
for deadline in deadlines_of(matter, on=today, rules=rules):
    print(deadline.rule.label("fi"), deadline.due, deadline.status)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from omatyontekija.domain.identity import age_on
from omatyontekija.domain.matter import Matter
from omatyontekija.domain.working_days import add_months, add_working_days, next_working_day
from omatyontekija.rules.deadline_rules import (
    DeadlineRule,
    DeadlineRules,
    DeadlineStatus,
    DeadlineUnit,
    shipped_deadline_rules,
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """One rule applied to one matter on a date."""

    matter: Matter
    rule: DeadlineRule
    due: dt.date
    met_on: dt.date | None
    status: DeadlineStatus

    @property
    def late(self) -> bool:
        """Met, but after the due date (kept for reports; the status is still ``met``)."""
        return self.met_on is not None and self.met_on > self.due


def due_date(rule: DeadlineRule, start: dt.date) -> dt.date:
    """The last day on which ``rule`` is met when its time limit starts on ``start``."""
    if rule.unit is DeadlineUnit.WORKING_DAYS:
        return add_working_days(start, rule.amount)
    due = add_months(start, rule.amount)
    return next_working_day(due) if rule.roll_to_working_day else due


def met_on(rule: DeadlineRule, matter: Matter) -> dt.date | None:
    """The date of the first of the rule's ``met_by`` events that the matter has."""
    for event in rule.met_by:
        day = matter.event(event)
        if day is not None:
            return day
    return None


def status_on(
    due: dt.date, done: dt.date | None, on: dt.date, near_until: dt.date
) -> DeadlineStatus:
    """The status of a deadline due on ``due`` as seen on ``on``.

    ``near_until`` is the last day still "near" (``near_limit(on, n)``): an open
    deadline due on ``on`` .. ``near_until`` is near, one due earlier overdue.
    """
    if done is not None:
        return DeadlineStatus.MET
    if due < on:
        return DeadlineStatus.OVERDUE
    if due <= near_until:
        return DeadlineStatus.NEAR
    return DeadlineStatus.OK


def near_limit(on: dt.date, near_working_days: int) -> dt.date:
    """The last due date that counts as near on ``on``: ``near_working_days`` working days ahead."""
    return add_working_days(on, near_working_days)


@dataclass(frozen=True, slots=True)
class ClientProfile:
    """What a deadline rule's groups read of a client: birth date and service units."""

    birth_date: dt.date | None
    units: frozenset[str] = frozenset()

    def age_on(self, day: dt.date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, day)


def deadlines_of(
    matter: Matter,
    on: dt.date,
    *,
    rules: DeadlineRules | None = None,
    near_working_days: int | None = None,
    near_until: dt.date | None = None,
    profile: ClientProfile | None = None,
) -> tuple[Deadline, ...]:
    """Every deadline of ``matter`` on ``on``, in rule order; none when its start is unknown.

    "Near" means due within ``near_working_days`` working days (default: the
    rule file's ``near_working_days``); ``near_until`` may be passed precomputed
    when many matters are evaluated on the same date. A rule that applies only
    to some groups (``applies_to``) gives no deadline for a client outside them,
    read from ``profile`` on the day the matter became pending; without a
    profile every rule applies (the caller knows nothing about the client).
    """
    rules = rules or shipped_deadline_rules()
    if near_until is None:
        days = rules.near_working_days if near_working_days is None else near_working_days
        near_until = near_limit(on, days)
    result = []
    for rule in rules.for_kind(matter.kind):
        start = matter.event(rule.start)
        if start is None:
            continue
        age = None if profile is None else profile.age_on(matter.pending_since)
        if profile is not None and not rule.applies(age, profile.units):
            continue
        due = due_date(rule, start)
        done = met_on(rule, matter)
        result.append(Deadline(matter, rule, due, done, status_on(due, done, on, near_until)))
    return tuple(result)


def deadlines_of_all(
    matters: Iterable[Matter],
    on: dt.date,
    *,
    rules: DeadlineRules | None = None,
    near_working_days: int | None = None,
    profiles: Mapping[int, ClientProfile] | None = None,
) -> list[Deadline]:
    """The deadlines of many matters on one date, in the order of ``matters``.

    ``profiles`` by client id decide the group-bound rules (see ``deadlines_of``).
    """
    rules = rules or shipped_deadline_rules()
    days = rules.near_working_days if near_working_days is None else near_working_days
    until = near_limit(on, days)
    profiles = profiles or {}
    return [
        d
        for m in matters
        for d in deadlines_of(
            m, on, rules=rules, near_until=until, profile=profiles.get(m.client_id)
        )
    ]


def worst(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The deadline that most needs attention: the worst status, then the earliest due date."""
    return min(deadlines, key=lambda d: (-d.status.severity, d.due), default=None)

"""Finnish working days (arkipäivät) and calendar-month deadlines.

A working day is Monday to Friday that is not a public holiday of Finland.
Public holidays come from the maintained ``holidays`` package
(``holidays.Finland``). Christmas Eve and Midsummer Eve are not public holidays
in law, but offices are closed and the Act on the Computation of Statutory
Time Limits (Laki säädettyjen määräaikain laskemisesta 150/1930, 5 §) treats
them like holidays; recent ``holidays`` releases list them, older ones did not,
so they are added here explicitly whatever the library says. New Year's Eve
and Easter Saturday are not in that list: 31.12 is a working day when it is a
weekday, and Easter Saturday is a Saturday anyway.

Month arithmetic follows the same act (2 §): a time limit of N months ends on
the day of the N:th month with the same number as the starting day, or on that
month's last day if it has no such day (31.1 + 3 months = 30.4).
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache

_ONE_DAY = dt.timedelta(days=1)


def midsummer_eve(year: int) -> dt.date:
    """Juhannusaatto: the Friday between 19 and 25 June."""
    first = dt.date(year, 6, 19)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7)


def christmas_eve(year: int) -> dt.date:
    """Jouluaatto: 24 December."""
    return dt.date(year, 12, 24)


@cache
def _closed_weekdays(year: int) -> frozenset[dt.date]:
    """Monday–Friday dates of ``year`` that are not working days (cached per year)."""
    import holidays  # loads every country's calendar: only when a deadline is counted

    days = set(holidays.Finland(years=year))
    days |= {midsummer_eve(year), christmas_eve(year)}
    return frozenset(d for d in days if d.weekday() < 5)


def holidays_of(year: int) -> dict[dt.date, str]:
    """The public holidays of ``year`` with their English names, eves included."""
    import holidays

    named = dict(holidays.Finland(years=year))
    named.setdefault(midsummer_eve(year), "Midsummer Eve")
    named.setdefault(christmas_eve(year), "Christmas Eve")
    return dict(sorted(named.items()))


def is_working_day(day: dt.date) -> bool:
    """True for a Monday–Friday that is no public holiday, Christmas Eve or Midsummer Eve."""
    return day.weekday() < 5 and day not in _closed_weekdays(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The ``count``:th working day after ``start`` (``start`` itself is never counted).

    "At the latest on the seventh working day after contact" is
    ``add_working_days(contact, 7)``. ``count`` 0 gives ``start`` itself;
    a negative ``count`` is refused.
    """
    if count < 0:
        raise ValueError(f"count must be at least 0, not {count}")
    day = start
    while count:
        day += _ONE_DAY
        if is_working_day(day):
            count -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """How many working days lie after ``start`` up to and including ``end`` (0 if end <= start)."""
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if is_working_day(day):
            count += 1
    return count


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += _ONE_DAY
    return day


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` plus ``months`` calendar months, clamped to the month's last day (150/1930 2 §)."""
    if months < 0:
        raise ValueError(f"months must be at least 0, not {months}")
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omatyontekija.domain import working_days as wd
from omatyontekija.domain.working_days import (
    add_months,
    add_working_days,
    christmas_eve,
    holidays_of,
    is_working_day,
    midsummer_eve,
    next_working_day,
    working_days_between,
)

D = dt.date


def test_weekends_are_not_working_days():
    assert is_working_day(D(2026, 11, 23))  # Monday
    assert not is_working_day(D(2026, 11, 21))  # Saturday
    assert not is_working_day(D(2026, 11, 22))  # Sunday


def test_easter_good_friday_and_easter_monday_are_skipped():
    # Easter 2026: Good Friday 3.4, Easter Monday 6.4.
    assert not is_working_day(D(2026, 4, 3))
    assert not is_working_day(D(2026, 4, 6))
    assert add_working_days(D(2026, 4, 2), 1) == D(2026, 4, 7)
    assert working_days_between(D(2026, 4, 2), D(2026, 4, 7)) == 1


def test_midsummer_eve_is_not_a_working_day():
    assert midsummer_eve(2026) == D(2026, 6, 19)
    assert midsummer_eve(2027) == D(2027, 6, 25)  # 19.6.2027 is a Saturday
    assert not is_working_day(D(2026, 6, 19))
    assert add_working_days(D(2026, 6, 18), 1) == D(2026, 6, 22)


def test_christmas_and_new_year():
    # 24 Thu (Christmas Eve), 25 Fri, then the weekend; 31.12 is a working day; 1.1 and 6.1 are not.
    assert add_working_days(D(2026, 12, 23), 1) == D(2026, 12, 28)
    assert is_working_day(D(2026, 12, 31))
    assert not is_working_day(D(2027, 1, 1))
    assert not is_working_day(D(2027, 1, 6))
    # The seventh working day after contact on Monday 21.12.2026:
    # 22, 23, 28, 29, 30, 31 December and Monday 4 January.
    assert add_working_days(D(2026, 12, 21), 7) == D(2027, 1, 4)
    assert working_days_between(D(2026, 12, 21), D(2027, 1, 4)) == 7


def test_independence_day_and_may_day_on_weekdays():
    assert is_working_day(D(2025, 12, 5))  # the Friday before is a working day
    assert not is_working_day(D(2028, 12, 6))  # Wednesday
    assert not is_working_day(D(2026, 5, 1))  # Friday
    assert not is_working_day(D(2026, 5, 14))  # Ascension Day


def test_eves_are_added_even_if_the_library_leaves_them_out(monkeypatch):
    import holidays

    monkeypatch.setattr(holidays, "Finland", lambda years: {})
    wd._closed_weekdays.cache_clear()
    try:
        assert not is_working_day(christmas_eve(2026))
        assert not is_working_day(midsummer_eve(2026))
        assert is_working_day(D(2026, 4, 6))  # other holidays do come from the library
    finally:
        monkeypatch.undo()
        wd._closed_weekdays.cache_clear()
    assert not is_working_day(D(2026, 4, 6))


def test_holidays_of_names_the_eves():
    named = holidays_of(2026)
    assert D(2026, 6, 19) in named and D(2026, 12, 24) in named
    assert D(2026, 12, 6) in named


def test_zero_and_negative_counts():
    saturday = D(2026, 11, 21)
    assert add_working_days(saturday, 0) == saturday
    assert add_working_days(saturday, 1) == D(2026, 11, 23)
    with pytest.raises(ValueError):
        add_working_days(saturday, -1)
    assert working_days_between(D(2026, 11, 23), D(2026, 11, 20)) == 0


def test_next_working_day():
    assert next_working_day(D(2026, 12, 24)) == D(2026, 12, 28)
    assert next_working_day(D(2026, 12, 28)) == D(2026, 12, 28)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 1, 31), 3, D(2026, 4, 30)),  # April has no 31st
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # leap year
        (D(2026, 10, 31), 3, D(2027, 1, 31)),
        (D(2026, 1, 15), 0, D(2026, 1, 15)),
        (D(2026, 12, 1), 13, D(2028, 1, 1)),
    ],
)
def test_add_months_ends_on_the_same_day_number_or_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_add_months_refuses_negative():
    with pytest.raises(ValueError):
        add_months(D(2026, 1, 1), -1)


@given(
    start=st.dates(min_value=D(2020, 1, 1), max_value=D(2035, 12, 31)),
    count=st.integers(min_value=0, max_value=60),
)
def test_counting_back_gives_the_same_number(start, count):
    end = add_working_days(start, count)
    assert working_days_between(start, end) == count
    assert count == 0 or is_working_day(end)

"""Builders for rule tests: synthetic cases (identity codes with individual numbers 900–999)."""

from __future__ import annotations

import datetime as dt

from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.rules import ClientCase

AS_OF = dt.date(2024, 6, 15)
ADULT = dt.date(1980, 3, 1)
CHILD = dt.date(2015, 9, 9)


def make_case(
    *services: str, birth_date: dt.date | None = ADULT, id: str | int = 1, **facts: object
) -> ClientCase:
    return ClientCase(id, birth_date, tuple(services), ClientFacts(**facts))


def years_before(on: dt.date, years: int) -> dt.date:
    return on.replace(year=on.year - years)


def code_born(birth_date: dt.date, number: int = 950) -> str:
    return make_identity_code(birth_date, number)

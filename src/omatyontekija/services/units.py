"""The service units and which of them the user works in."""

from __future__ import annotations

from omatyontekija.domain.unit import Unit
from omatyontekija.services.designations import user_units
from omatyontekija.services.trust.use_case import Work, use_case


@use_case(None)
def all_units(work: Work) -> list[Unit]:
    """Every unit, in their order (their names and words for the named worker)."""
    return work.units.list_units()


@use_case(None)
def my_units(work: Work) -> list[Unit]:
    """The units the user belongs to, in order; the user works in one at a time."""
    mine = set(user_units(work))
    return [unit for unit in work.units.list_units() if unit.code in mine]

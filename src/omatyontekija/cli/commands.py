"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import plan_areas

ALL: list = [plan_areas]

"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import clients, demo, gaps, migrate, plan_areas, suggest, workers

ALL: list = [clients, workers, suggest, gaps, plan_areas, demo, migrate]

"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import clients, demo, handover, letter, migrate, suggest, workers

ALL: list = [clients, workers, suggest, handover, letter, demo, migrate]

"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import clients, demo, figures, gaps, migrate, suggest, workers

ALL: list = [clients, workers, suggest, gaps, figures, demo, migrate]

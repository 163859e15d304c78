"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import audit, clients, demo, migrate, suggest, workers

ALL: list = [clients, workers, suggest, audit, demo, migrate]

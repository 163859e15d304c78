"""Failures of the environment (database, disk) as one line for the user; see store.failures."""

from __future__ import annotations

from omatyontekija.store.failures import Failure, database_place, explain

__all__ = ["Failure", "database_place", "explain"]

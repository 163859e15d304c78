"""Handovers on a copy of the demo database (tests/conftest.py: ``ctx``, today 2026-11-23)."""

from __future__ import annotations

import pytest
from handover_cases import Move, moves


@pytest.fixture
def move(ctx) -> Move:
    return moves(ctx, 1)[0]

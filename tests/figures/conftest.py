"""Fixtures of the key-figure tests: the demo database with a known history."""

from __future__ import annotations

import pytest
from figure_history import add_decisions, add_handovers


@pytest.fixture
def history_ctx(ctx):
    """The 400-client demo (without its own history) with DECISIONS and HANDOVERS added."""
    add_decisions(ctx.db)
    add_handovers(ctx.db)
    return ctx


@pytest.fixture
def app(qapp):
    """The real application set-up (Finnish translations), as tests/ui/conftest.py makes it."""
    from omatyontekija.ui.application import create_application

    return create_application()

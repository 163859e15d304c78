"""Fixtures of the rule tests."""

from __future__ import annotations

import pytest

from omatyontekija.rules import default_rule_set


@pytest.fixture
def rule_set():
    return default_rule_set()

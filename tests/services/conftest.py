"""tests/services run on SQLite, and on PostgreSQL too when $OMATYONTEKIJA_TEST_POSTGRES_URL
names a server: the same services, the same answers, on either database."""

from __future__ import annotations

import os

import pytest

BACKENDS = (
    ("sqlite", "postgresql") if os.environ.get("OMATYONTEKIJA_TEST_POSTGRES_URL") else ("sqlite",)
)


@pytest.fixture(params=BACKENDS)
def database_backend(request) -> str:
    return request.param

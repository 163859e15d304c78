"""binary search keys: identity codes and name keys compare code point by code point on PostgreSQL

A PostgreSQL database created with a linguistic default collation (fi-FI,
en_US) sorted the client list wrong (å ä ö, kept after z as "{|}", came
first) and let prefix ranges ignore hyphens. SQLite already compares binary,
so there this migration does nothing.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("clients", "identity_code", 11),
    ("clients", "sort_key", 400),
    ("client_name_keys", "key", 200),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in _COLUMNS:
        # Indexes on the column are rebuilt with the new collation by the same statement.
        op.execute(
            f'ALTER TABLE {table} ALTER COLUMN "{column}" TYPE VARCHAR({length}) COLLATE "C"'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in _COLUMNS:
        op.execute(
            f'ALTER TABLE {table} ALTER COLUMN "{column}" TYPE VARCHAR({length}) COLLATE "default"'
        )

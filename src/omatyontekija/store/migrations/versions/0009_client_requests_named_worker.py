"""client_requests_named_worker: the fact of rules contract v2 (rule C5)

The client, or their guardian, asks for a named worker. NULL = not recorded
(the rules read the contract's default, false), like the other facts.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-04 19:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_requests_named_worker", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("client_requests_named_worker")

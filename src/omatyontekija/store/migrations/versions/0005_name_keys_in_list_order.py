"""name keys in list order: each name key carries its client's sort key

A name search is then answered in list order from the name index alone
(ix_client_name_keys_order), instead of visiting every matching client to
sort them: a common prefix like "sa" matches 15 000 clients of 100 000.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    key_type = sa.String(400).with_variant(sa.String(400, collation="C"), "postgresql")
    with op.batch_alter_table("client_name_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_key", key_type, server_default="", nullable=False))
        batch_op.drop_index("ix_client_name_keys_key")
    op.execute(
        "UPDATE client_name_keys SET sort_key = "
        "(SELECT clients.sort_key FROM clients WHERE clients.id = client_name_keys.client_id)"
    )
    with op.batch_alter_table("client_name_keys", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_name_keys_order", ["key", "sort_key", "client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("client_name_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_client_name_keys_order")
        batch_op.create_index("ix_client_name_keys_key", ["key", "client_id"], unique=False)
        batch_op.drop_column("sort_key")

"""client service codes index: (client_id, service_code) replaces (client_id)

The suggestions for all clients read each client's service codes; with the
code in the index that is an index-only read (on 100 000 clients about half
the time of the whole query). The index still serves every lookup by client.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 20:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client_services", schema=None) as batch_op:
        batch_op.create_index("ix_client_services_codes", ["client_id", "service_code"])
        batch_op.drop_index("ix_client_services_client_id")


def downgrade() -> None:
    with op.batch_alter_table("client_services", schema=None) as batch_op:
        batch_op.create_index("ix_client_services_client_id", ["client_id"])
        batch_op.drop_index("ix_client_services_codes")

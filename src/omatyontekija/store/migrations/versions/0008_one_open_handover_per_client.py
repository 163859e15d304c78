"""one open handover per client, enforced by the database

A partial unique index over the open (planned or in progress) handovers: two
workstations starting a handover of the same client at once cannot both
succeed, on SQLite and PostgreSQL alike. Duplicates that an older version let
in are closed first (the newest stays open), with a note saying why.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 19:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OPEN = "status IN ('planned', 'in_progress')"


def upgrade() -> None:
    op.execute(
        sa.text(
            f"""
            UPDATE handovers
               SET status = 'cancelled',
                   note = CASE WHEN note = '' THEN :why ELSE note || :newline || :why END
             WHERE {OPEN}
               AND EXISTS (SELECT 1 FROM handovers AS newer
                            WHERE newer.client_id = handovers.client_id
                              AND newer.{OPEN}
                              AND newer.id > handovers.id)
            """
        ).bindparams(
            why="Closed when upgrading: another handover of the client was open.", newline="\n"
        )
    )
    op.create_index(
        "ux_handovers_one_open",
        "handovers",
        ["client_id"],
        unique=True,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index("ux_handovers_one_open", table_name="handovers")

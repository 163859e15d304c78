"""going live: unit settings, workers' contact fields, district neighbours

A unit sets itself up without SQL: the organisation and unit printed on every
document, each worker's title, phone hours and working period, and which
postal-code districts border each other (the area planner keeps areas whole).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_settings",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_unit_settings")),
    )
    with op.batch_alter_table("workers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("title", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("phone_hours", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("active_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("active_until", sa.Date(), nullable=True))
    op.create_table(
        "district_neighbours",
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("neighbour", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["postal_code"],
            ["districts.postal_code"],
            name=op.f("fk_district_neighbours_postal_code_districts"),
        ),
        sa.ForeignKeyConstraint(
            ["neighbour"],
            ["districts.postal_code"],
            name=op.f("fk_district_neighbours_neighbour_districts"),
        ),
        sa.PrimaryKeyConstraint("postal_code", "neighbour", name=op.f("pk_district_neighbours")),
    )


def downgrade() -> None:
    op.drop_table("district_neighbours")
    with op.batch_alter_table("workers", schema=None) as batch_op:
        batch_op.drop_column("active_until")
        batch_op.drop_column("active_from")
        batch_op.drop_column("phone_hours")
        batch_op.drop_column("title")
    op.drop_table("unit_settings")

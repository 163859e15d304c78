"""each service unit its own area division

- area_divisions.unit_code: whose division it is; every existing division
  becomes disability services' (until now the product's only unit had the only
  division, and its areas' workers are disability services' workers).
- One division per unit and date: the unique date becomes unique per unit, so
  child protection can take a new division in force on the same day as
  disability services.

- worker_units.capacity: a worker's capacity in a unit, for a unit's own
  reform; empty for every existing membership (the unit's default applies:
  the worker's own capacity, as before).

Areas and their districts belong to a division and so follow it; nothing else
changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

DEFAULT = "disability_services"


def upgrade() -> None:
    op.add_column("worker_units", sa.Column("capacity", sa.Integer(), nullable=True))
    # Added in place first (every row takes the default), then the table is rebuilt once
    # for the foreign key and the constraints, which SQLite cannot alter in place.
    op.add_column(
        "area_divisions",
        sa.Column("unit_code", sa.String(length=40), nullable=False, server_default=DEFAULT),
    )
    with op.batch_alter_table("area_divisions", schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f("fk_area_divisions_unit_code_units"), "units", ["unit_code"], ["code"]
        )
        batch_op.drop_constraint(op.f("uq_area_divisions_effective_from"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_area_divisions_unit_code"), ["unit_code", "effective_from"]
        )


def downgrade() -> None:
    with op.batch_alter_table("worker_units", schema=None) as batch_op:
        batch_op.drop_column("capacity")
    # Only disability services' divisions existed before: the others have no place to go.
    op.execute(
        sa.text("DELETE FROM area_divisions WHERE unit_code <> :unit").bindparams(unit=DEFAULT)
    )
    with op.batch_alter_table("area_divisions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_area_divisions_unit_code"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_area_divisions_effective_from"), ["effective_from"]
        )
        batch_op.drop_constraint(op.f("fk_area_divisions_unit_code_units"), type_="foreignkey")
        batch_op.drop_column("unit_code")

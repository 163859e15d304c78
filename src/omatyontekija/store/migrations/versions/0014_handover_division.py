"""handovers.division_id: the area division whose reform opened the handover

Until now a reform's handovers were found by their times: those opened from
the moment its division was saved until the next division was saved, and,
when it replaced plans not yet in force, the replaced plans' handovers still
open (or completed) when it was saved. Letters for a reform and applying a
reform over a future one both guessed with that. The link is now stored:
``handovers.division_id`` (nullable; NULL for handovers no reform opened, and
for those of a replaced plan that its replacement cancelled, whose division is
gone).

Filled here for the existing area-reform handovers that are not cancelled, by
the old rule (``_opened_by``): kept by a later reform first, else the
division saved last before the handover. One correction: a division's own
handovers are opened before its first day (a reform takes effect after the
day it is applied), so a replaced plan's handovers are no longer counted for
the division in force before it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 15:30:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

OPEN_HANDOVER = "status IN ('planned', 'in_progress')"
REFORM = "area_reform"


def upgrade() -> None:
    # Rebuilding handovers in SQLite's batch mode would lose the partial index's WHERE
    # (as in migration 0011): dropped first, made again after.
    op.drop_index("ux_handovers_one_open", table_name="handovers")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("division_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_handovers_division_id_area_divisions"),
            "area_divisions",
            ["division_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_handovers_division_id"), ["division_id"], unique=False)
    _one_open_index(["client_id", "unit_code"])
    _link_existing()


def downgrade() -> None:
    op.drop_index("ux_handovers_one_open", table_name="handovers")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_division_id"))
        batch_op.drop_constraint(
            op.f("fk_handovers_division_id_area_divisions"), type_="foreignkey"
        )
        batch_op.drop_column("division_id")
    _one_open_index(["client_id", "unit_code"])


def _one_open_index(columns: list[str]) -> None:
    op.create_index(
        "ux_handovers_one_open",
        "handovers",
        columns,
        unique=True,
        sqlite_where=sa.text(OPEN_HANDOVER),
        postgresql_where=sa.text(OPEN_HANDOVER),
    )


def _moment(value) -> dt.datetime:
    """A stored time as an aware UTC datetime (SQLite gives text, PostgreSQL datetimes)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _day(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _first_moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _link_existing() -> None:
    """Link every existing area-reform handover that is not cancelled to its division."""
    connection = op.get_bind()
    divisions = [
        (division_id, unit, _day(effective_from), _moment(created_at))
        for division_id, unit, effective_from, created_at in connection.execute(
            sa.text(
                "SELECT id, unit_code, effective_from, created_at FROM area_divisions "
                "ORDER BY created_at, id"
            )
        )
    ]
    update = sa.text("UPDATE handovers SET division_id = :division WHERE id = :handover")
    for handover_id, unit, status, created, completed in connection.execute(
        sa.text(
            "SELECT id, unit_code, status, created_at, completed_at FROM handovers "
            "WHERE reason = :reason AND status <> 'cancelled' ORDER BY id"
        ),
        {"reason": REFORM},
    ).all():
        division_id = _opened_by(
            [d for d in divisions if d[1] == unit],
            _moment(created),
            status in ("planned", "in_progress"),
            completed and _moment(completed),
        )
        if division_id is not None:
            connection.execute(update, {"division": division_id, "handover": handover_id})


def _opened_by(divisions, created, still_open, completed) -> int | None:
    """The division (of the handover's unit, by saving time) whose reform has the handover.

    Kept first: a later reform that replaced the plan which opened it and still
    needed it (saved while the handover was open or before it was completed, and
    the handover opened after the day the division before that reform took
    effect). Else its own: the division saved last before it, if the handover
    was opened before that division's first day (a reform's handovers always
    are). Else none.
    """
    for division_id, _, effective_from, saved in divisions:
        if saved <= created or not (still_open or (completed and completed >= saved)):
            continue
        before = max((e for _, _, e, _ in divisions if e < effective_from), default=None)
        if before is None or created >= _first_moment(before):
            return division_id
    own = [d for d in divisions if d[3] <= created]
    if own and created < _first_moment(own[-1][2]):
        return own[-1][0]
    return None

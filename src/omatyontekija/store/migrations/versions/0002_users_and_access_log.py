"""users and access log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:03:30.356658
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_users_worker_id_workers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )
    op.create_index(op.f("ix_users_worker_id"), "users", ["worker_id"], unique=False)
    # Workers who already had a login keep it: supervisors as supervisors, the rest as workers.
    op.execute(
        "INSERT INTO users (login, worker_id, role, active, created_at) "
        "SELECT login, id, CASE WHEN role = 'supervisor' THEN 'supervisor' ELSE 'worker' END, "
        "active, CURRENT_TIMESTAMP FROM workers WHERE login IS NOT NULL"
    )

    op.create_table(
        "access_log",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_access_log")),
    )
    op.create_index(op.f("ix_access_log_login"), "access_log", ["login"], unique=False)

    op.create_table(
        "access_log_clients",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("client_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(
            ["sequence"],
            ["access_log.sequence"],
            name=op.f("fk_access_log_clients_sequence_access_log"),
        ),
        sa.PrimaryKeyConstraint("sequence", "client_id", name=op.f("pk_access_log_clients")),
    )
    op.create_index(
        "ix_access_log_clients_client",
        "access_log_clients",
        ["client_id", "sequence"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_access_log_clients_client", table_name="access_log_clients")
    op.drop_table("access_log_clients")
    op.drop_index(op.f("ix_access_log_login"), table_name="access_log")
    op.drop_table("access_log")
    op.drop_index(op.f("ix_users_worker_id"), table_name="users")
    op.drop_table("users")

"""client_requests_named_worker, non-disclosure, and who a close one is to the client

- clients.client_requests_named_worker: the fact of rules contract v2 (rule
  C5): the client, or their guardian, asks for a named worker. NULL = not
  recorded (the rules read the contract's default, false), like the other facts.
- clients.non_disclosure and close_ones.non_disclosure: turvakielto; the
  address is never printed, exported or listed.
- close_ones: an address (letters go to a child's guardians), and the scope of
  an adult's edunvalvoja. The one old relation "guardian" is split: a row noted
  "edunvalvoja" becomes legal_guardian, one noted "huoltaja" custodian; any
  other stays "guardian" and is read by the client's age.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 19:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_requests_named_worker", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column("non_disclosure", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("close_ones", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("street_address", sa.String(200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("postal_code", sa.String(10), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("post_office", sa.String(100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("guardian_scope", sa.String(32), nullable=True))
        batch_op.add_column(
            sa.Column("non_disclosure", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(
        "UPDATE close_ones SET relation = 'legal_guardian' "
        "WHERE relation = 'guardian' AND lower(note) LIKE '%edunvalvoja%'"
    )
    op.execute(
        "UPDATE close_ones SET relation = 'custodian' "
        "WHERE relation = 'guardian' AND lower(note) LIKE '%huoltaja%'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE close_ones SET relation = 'guardian' "
        "WHERE relation IN ('custodian', 'legal_guardian')"
    )
    with op.batch_alter_table("close_ones", schema=None) as batch_op:
        for column in (
            "non_disclosure",
            "guardian_scope",
            "post_office",
            "postal_code",
            "street_address",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("non_disclosure")
        batch_op.drop_column("client_requests_named_worker")

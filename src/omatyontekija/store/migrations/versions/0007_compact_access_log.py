"""compact access log: client sets kept once, hash format 2, PostgreSQL append function

The log wrote one access_log_clients row per client shown (a search shows ~52),
so a year of use made ~200 million rows. Now an entry names a set of clients
(access_log_sets, kept once however many entries show it) and
access_log_set_clients answers "which sets hold client X". access_log_clients
stays as a view for readers. previous_hash is dropped: it always equals the
hash of the entry before, which verification reads anyway.

Existing entries keep their hashes (format 1, the JSON form); new entries use
format 2, a text form that PostgreSQL computes in omt_log_append(), the only
way the application's role can write the log there (SECURITY DEFINER: it runs
with the owner's rights, takes the table lock, computes sequence, time, login,
role and hash itself).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 19:30:00
"""

from __future__ import annotations

import hashlib
import itertools

import sqlalchemy as sa
from alembic import op

from omatyontekija.store.models import ClientIdList

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

APPEND_FUNCTION = r"""
CREATE OR REPLACE FUNCTION omt_log_append(
    p_action text, p_clients integer[], p_reason text, p_success boolean
) RETURNS TABLE (
    o_sequence integer, o_at timestamptz, o_login text, o_role text,
    o_previous_hash text, o_hash text
)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_ids integer[];
    v_sequence integer;
    v_previous text;
    v_at timestamptz;
    v_login text := session_user;
    v_role text;
    v_reason text := nullif(p_reason, '');
    v_set integer;
    v_digest bytea;
    v_text text;
    v_hash text;
BEGIN
    -- One appender at a time; readers go on. Taken with the owner's rights.
    LOCK TABLE access_log IN EXCLUSIVE MODE;
    SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') INTO v_ids
        FROM unnest(p_clients) AS x WHERE x IS NOT NULL;
    SELECT l.sequence, l.hash INTO v_sequence, v_previous
        FROM access_log l ORDER BY l.sequence DESC LIMIT 1;
    IF NOT FOUND THEN
        v_sequence := 0;
        v_previous := repeat('0', 64);
    END IF;
    v_sequence := v_sequence + 1;
    v_at := clock_timestamp();
    SELECT u.role INTO v_role FROM users u WHERE u.login = v_login AND u.active;
    v_role := coalesce(v_role, 'none');
    IF cardinality(v_ids) > 0 THEN
        v_digest := sha256(convert_to(array_to_string(v_ids, ','), 'UTF8'));
        SELECT s.id INTO v_set FROM access_log_sets s WHERE s.digest = v_digest;
        IF NOT FOUND THEN
            INSERT INTO access_log_sets (digest, clients) VALUES (v_digest, v_ids)
                RETURNING id INTO v_set;
            INSERT INTO access_log_set_clients (client_id, set_id)
                SELECT x, v_set FROM unnest(v_ids) AS x;
        END IF;
    END IF;
    -- services/audit.py canonical_v2() spells the same text.
    v_text := '2|' || v_sequence || '|'
        || (extract(epoch FROM v_at) * 1000000)::bigint || '|'
        || length(v_login) || ':' || v_login || '|'
        || length(v_role) || ':' || v_role || '|'
        || length(p_action) || ':' || p_action || '|'
        || array_to_string(v_ids, ',') || '|'
        || CASE WHEN v_reason IS NULL THEN '-' ELSE length(v_reason) || ':' || v_reason END
        || '|' || CASE WHEN p_success THEN '1' ELSE '0' END;
    v_hash := encode(sha256(convert_to(v_previous || '|' || v_text, 'UTF8')), 'hex');
    INSERT INTO access_log (sequence, at, login, role, action, reason, success, format,
                            set_id, hash)
        VALUES (v_sequence, v_at, v_login, v_role, p_action, v_reason, p_success, 2,
                v_set, v_hash);
    RETURN QUERY SELECT v_sequence, v_at, v_login, v_role, v_previous, v_hash;
END
$fn$
"""

COMPAT_VIEW = (
    "CREATE VIEW access_log_clients AS "
    "SELECT l.sequence AS sequence, c.client_id AS client_id "
    "FROM access_log l JOIN access_log_set_clients c ON c.set_id = l.set_id"
)


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.create_table(
        "access_log_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.LargeBinary(length=32), nullable=False),
        sa.Column("clients", ClientIdList(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log_sets")),
        sa.UniqueConstraint("digest", name=op.f("uq_access_log_sets_digest")),
    )
    op.create_table(
        "access_log_set_clients",
        sa.Column("client_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("set_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("client_id", "set_id", name=op.f("pk_access_log_set_clients")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("format", sa.SmallInteger(), server_default="1", nullable=False)
        )
        batch_op.add_column(sa.Column("set_id", sa.Integer(), nullable=True))
    _move_clients_into_sets(bind)
    op.drop_index("ix_access_log_clients_client", table_name="access_log_clients")
    op.drop_table("access_log_clients")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_column("previous_hash")
        batch_op.create_index("ix_access_log_set", ["set_id", "sequence"], unique=False)
    op.execute(COMPAT_VIEW)
    if postgres:
        op.execute(APPEND_FUNCTION)


def _move_clients_into_sets(bind) -> None:
    """Every entry's clients as a set, each distinct set once; streamed, for big logs."""
    sets: dict[bytes, int] = {}
    rows = bind.execute(
        sa.text("SELECT sequence, client_id FROM access_log_clients ORDER BY sequence, client_id")
    )
    sets_table = sa.table(
        "access_log_sets",
        sa.column("id", sa.Integer),
        sa.column("digest", sa.LargeBinary),
        sa.column("clients", ClientIdList()),
    )
    pending: list[dict] = []
    updates: list[dict] = []
    members: list[dict] = []

    def flush() -> None:
        if pending:
            bind.execute(sa.insert(sets_table), pending)
            bind.execute(
                sa.text("INSERT INTO access_log_set_clients (client_id, set_id) VALUES (:c, :s)"),
                members,
            )
        if updates:
            bind.execute(sa.text("UPDATE access_log SET set_id = :s WHERE sequence = :q"), updates)
        pending.clear()
        updates.clear()
        members.clear()

    for sequence, group in itertools.groupby(rows, key=lambda r: r[0]):
        ids = tuple(sorted({r[1] for r in group}))
        digest = hashlib.sha256(",".join(map(str, ids)).encode()).digest()
        set_id = sets.get(digest)
        if set_id is None:
            set_id = sets[digest] = len(sets) + 1
            pending.append({"id": set_id, "digest": digest, "clients": ids})
            members.extend({"c": c, "s": set_id} for c in ids)
        updates.append({"s": set_id, "q": sequence})
        if len(updates) >= 10_000:
            flush()
    flush()
    if bind.dialect.name == "postgresql" and sets:
        bind.execute(
            sa.text("SELECT setval(pg_get_serial_sequence('access_log_sets', 'id'), :n)"),
            {"n": len(sets)},
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS omt_log_append(text, integer[], text, boolean)")
    op.execute("DROP VIEW access_log_clients")
    # Format 2 hashes read the entry before from the chain itself; format 1 needs the column.
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("previous_hash", sa.String(length=64), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE access_log SET previous_hash = coalesce((SELECT p.hash FROM access_log p "
        "WHERE p.sequence < access_log.sequence ORDER BY p.sequence DESC LIMIT 1), "
        "'0000000000000000000000000000000000000000000000000000000000000000')"
    )
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
    op.create_index("ix_access_log_clients_client", "access_log_clients", ["client_id", "sequence"])
    op.execute(
        "INSERT INTO access_log_clients (sequence, client_id) SELECT l.sequence, c.client_id "
        "FROM access_log l JOIN access_log_set_clients c ON c.set_id = l.set_id"
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index("ix_access_log_set")
        batch_op.drop_column("set_id")
        batch_op.drop_column("format")
    op.drop_table("access_log_set_clients")
    op.drop_table("access_log_sets")

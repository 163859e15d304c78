"""access log hours: the entries of each set of clients counted per UTC hour

The client's "who has seen my data" report read every entry about the client:
a client near the top of the list is on screen in ~200 000 entries a year,
each a row fetched from a 4-million-entry table (1-2 s). access_log_hours
counts them per set of clients, UTC hour, user, role, action, reason and
success, with the first and last moment, kept by every append (on PostgreSQL
by omt_log_append, replaced here); the report reads the client's sets' hours
and merges them into local days. Filled here from the entries already logged.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 11:00:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
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
    v_micro bigint;
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
    IF v_set IS NOT NULL THEN
        -- The client's report counts these (access_log_hours, migration 0013).
        v_micro := (extract(epoch FROM v_at) * 1000000)::bigint;
        INSERT INTO access_log_hours AS h (set_id, hour, login, role, action, reason, success,
                                           entries, first_micro, last_micro)
            VALUES (v_set, v_micro / 3600000000, v_login, v_role, p_action,
                    coalesce(v_reason, ''), p_success, 1, v_micro, v_micro)
            ON CONFLICT (set_id, hour, login, role, action, reason, success) DO UPDATE
            SET entries = h.entries + 1, first_micro = least(h.first_micro, v_micro),
                last_micro = greatest(h.last_micro, v_micro);
    END IF;
    RETURN QUERY SELECT v_sequence, v_at, v_login, v_role, v_previous, v_hash;
END
$fn$
"""

_MICRO = {
    "sqlite": "CAST(strftime('%s', at) AS INTEGER) * 1000000 + CAST(substr(at, 21, 6) AS INTEGER)",
    "postgresql": "(extract(epoch FROM at) * 1000000)::bigint",
}

FILL = (
    "INSERT INTO access_log_hours (set_id, hour, login, role, action, reason, success, "
    "entries, first_micro, last_micro) "
    "SELECT set_id, micro / 3600000000, login, role, action, reason, success, count(*), "
    "min(micro), max(micro) FROM (SELECT set_id, login, role, action, "
    "coalesce(reason, '') AS reason, success, {micro} AS micro FROM access_log "
    "WHERE set_id IS NOT NULL) AS e GROUP BY set_id, micro / 3600000000, login, role, action, "
    "reason, success"
)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "access_log_hours",
        sa.Column("set_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hour", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("first_micro", sa.BigInteger(), nullable=False),
        sa.Column("last_micro", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "set_id",
            "hour",
            "login",
            "role",
            "action",
            "reason",
            "success",
            name=op.f("pk_access_log_hours"),
        ),
        sqlite_with_rowid=False,
    )
    op.execute(FILL.format(micro=_MICRO[bind.dialect.name]))
    if bind.dialect.name == "postgresql":
        op.execute(APPEND_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_function_of_0007())
    op.drop_table("access_log_hours")


def _function_of_0007() -> str:
    path = Path(__file__).with_name("0007_compact_access_log.py")
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.APPEND_FUNCTION

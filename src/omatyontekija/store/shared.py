"""A shared PostgreSQL installation's rights, applied by the owner in one idempotent step.

The application role (every worker's login is a member) may read and write the
client data, read the access log and the users, and append to the log only
through omt_log_append (migration 0007), which runs with the owner's rights
and writes the session's own login. It has no INSERT, UPDATE, DELETE or
TRUNCATE on the log tables, no write on ``users`` (so no one makes themselves a
supervisor) and cannot create objects in the schema the function resolves.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

LOG_TABLES = (
    "access_log",
    "access_log_sets",
    "access_log_set_clients",
    "access_log_clients",
    "access_log_hours",
)
#: Readable, never writable by the application role.
READ_ONLY_TABLES = (*LOG_TABLES, "users", "alembic_version")
APPEND_FUNCTION = "omt_log_append(text, integer[], text, boolean)"


class SharedSetupError(RuntimeError):
    """What the owner has to do first, in one line."""


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def grant_statements(app_role: str, database: str) -> list[str]:
    """The statements, in order; each can be run again with the same result."""
    role = quote_identifier(app_role)
    read_only = ", ".join(READ_ONLY_TABLES)
    return [
        f"GRANT CONNECT ON DATABASE {quote_identifier(database)} TO {role}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"REVOKE CREATE ON SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        # From a clean slate, so rights given by hand before (the old README's) go too.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {read_only} FROM {role}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        "REVOKE ALL ON SEQUENCE access_log_sets_id_seq FROM " + role,
        f"REVOKE ALL ON FUNCTION {APPEND_FUNCTION} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {APPEND_FUNCTION} TO {role}",
    ]


def apply_shared_rights(connection: Connection, app_role: str) -> list[str]:
    """Make ``app_role`` if it is missing (NOLOGIN: workers log in as their own members of
    it), then apply ``grant_statements``; returns what was run. The caller commits."""
    if connection.dialect.name != "postgresql":
        raise SharedSetupError("setup-shared is for a PostgreSQL database")
    done = []
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": app_role}
    ).first()
    if exists is None:
        can_create = connection.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if not can_create:
            raise SharedSetupError(
                f"role {app_role} does not exist and this login may not create roles: "
                f"create it first (CREATE ROLE {quote_identifier(app_role)})"
            )
        statement = f"CREATE ROLE {quote_identifier(app_role)} NOLOGIN"
        connection.execute(text(statement))
        done.append(statement)
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    for statement in grant_statements(app_role, database):
        connection.execute(text(statement))
        done.append(statement)
    return done

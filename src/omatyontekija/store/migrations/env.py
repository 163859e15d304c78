"""Alembic environment: the same models and connection set-up as the application."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from omatyontekija.store.models import Base, for_postgresql

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Called from the alembic command line: connect ourselves.
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    if connection.dialect.name == "postgresql":
        for_postgresql()
    # On SQLite the caller (store.migrate) has turned foreign keys off before
    # the transaction began: batch mode rebuilds a table by copy-and-drop, and
    # with foreign keys on the drop would cascade-delete the child rows.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()

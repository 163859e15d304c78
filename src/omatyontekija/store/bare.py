"""The client list's statements, made with SQLAlchemy once and run on the driver's cursor.

A keystroke runs five to eight small statements. Run through SQLAlchemy's
Core, each pays for its cache key, its execution context, the parameters'
processing and a result object: about 0.1 ms a statement at 300 000 clients,
as much as the statements themselves. Here a statement (a constant made once,
as the list's statements all are) is compiled once per dialect to its SQL text,
its parameters' order, defaults and conversions, and then run on the driver's
own cursor inside the session's transaction, its rows the driver's tuples.

SQLAlchemy's ``before_cursor_execute`` listeners still hear every statement
(the engine's tracking of writes, store/read_commit.py, and whoever else
listens), so a statement run here is as visible as one run through Core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    # (name in the SQL, name the caller gives, default, conversion), in the SQL's order
    binds: tuple[tuple[str, str, Any, Callable[[Any], Any] | None], ...]
    positional: bool

    def parameters(self, given: Mapping[str, Any]) -> tuple | dict:
        values = []
        for _name, key, default, convert in self.binds:
            value = given.get(key, default)
            values.append(value if convert is None else convert(value))
        if self.positional:
            return tuple(values)
        return {name: value for (name, *_), value in zip(self.binds, values, strict=True)}


# (id of the statement, dialect) → (the statement, kept alive so its id stays its own; SQL)
_compiled: dict[tuple[int, str], tuple[ClauseElement, _Compiled]] = {}


def _compile(statement: ClauseElement, dialect: Dialect) -> _Compiled:
    key = (id(statement), dialect.name)
    found = _compiled.get(key)
    if found is not None and found[0] is statement:
        return found[1]
    compiled = statement.compile(dialect=dialect)
    if "POSTCOMPILE" in compiled.string:
        raise ValueError("a statement with expanding parameters cannot run bare")
    by_name = {name: bind for bind, name in compiled.bind_names.items()}
    order = compiled.positiontup if compiled.positional else list(by_name)
    binds = []
    for name in order:
        bind = by_name[name]
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        binds.append((name, bind.key, bind.value, convert))
    made = _Compiled(compiled.string, tuple(binds), compiled.positional)
    _compiled[key] = (statement, made)
    return made


def rows(
    session: Session | Connection,
    statement: ClauseElement,
    given: Mapping[str, Any],
    *,
    one_plan: bool = False,
):
    """All rows of ``statement`` (a constant: compiled once) with the parameters ``given``
    (those it leaves out take their default), as the driver's tuples, inside the session's
    transaction.

    ``one_plan``: the statement's best plan does not depend on its parameters (rows by a
    list of ids), so PostgreSQL may plan it once and keep the plan (see ``_executed``).
    """
    connection = session.connection() if isinstance(session, Session) else session
    compiled = _compile(statement, connection.dialect)
    cursor = _executed(connection, compiled.sql, compiled.parameters(given), one_plan=one_plan)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def stream(
    session: Session, sql: str, parameters: tuple | dict, *, one_plan: bool = False
) -> Iterator[tuple]:
    """The rows of ``sql`` (in the driver's own parameter style) as the caller iterates,
    inside the session's transaction: for reads of a whole table (store/cases.py)."""
    cursor = _executed(session.connection(), sql, parameters, one_plan=one_plan)
    try:
        yield from cursor
    finally:
        cursor.close()


# psycopg.pq.TransactionStatus.IDLE, "no transaction open" (the driver then sends BEGIN
# first), written out: this module is imported with SQLite too, psycopg only with its own.
_IDLE = 0
# Set on a connection whose transaction lets PostgreSQL keep plans (see ``_executed``).
_PLANS_KEPT = "omatyontekija_plans_kept"


def track_plans(engine: Engine) -> None:
    """Forget, at each transaction's start, that the last one let plans be kept."""

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        connection.info[_PLANS_KEPT] = False


def _executed(connection: Connection, sql: str, parameters: tuple | dict, *, one_plan: bool):
    driver = connection.connection.driver_connection
    cursor = driver.cursor()
    postgresql = connection.dialect.name == "postgresql"
    try:
        for listener in connection.dispatch.before_cursor_execute:
            sql, parameters = listener(connection, cursor, sql, parameters, None, False)
        if not postgresql:
            cursor.execute(sql, parameters)
            return cursor
        # Never a prepared statement unless one_plan: planned for these parameters.
        prepare = None if one_plan else False
        keep_plans = one_plan and not connection.info.get(_PLANS_KEPT)
        if keep_plans or driver.info.transaction_status == _IDLE:
            # In one pipeline: the transaction's BEGIN when this is its first statement,
            # and, before the first statement that keeps its plan, the setting that lets
            # it (below): no round trip of their own.
            with driver.pipeline():
                if keep_plans:
                    # Connections plan every statement for its parameters (store/db.py: a
                    # prefix range's one plan read whole ranges). A page's rows by its
                    # ids, or a seek by one key, plan the same whatever the values:
                    # planning them each time was half of the rows' 1.3 ms, and "auto"
                    # went on planning the rows of one id (0.67 ms a keystroke). Not a
                    # change of data, so the listeners are not told of it.
                    driver.execute("SET LOCAL plan_cache_mode = force_generic_plan")
                cursor.execute(sql, parameters, prepare=prepare)
            connection.info[_PLANS_KEPT] = connection.info.get(_PLANS_KEPT) or keep_plans
        else:
            cursor.execute(sql, parameters, prepare=prepare)
    except BaseException:
        cursor.close()
        raise
    return cursor

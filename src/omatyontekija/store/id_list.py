"""``column IN (the ids of one parameter)``, spelled the way each database runs it best.

The client list reads a page's rows, named workers and units by the page's ~60
ids on every keystroke. SQLAlchemy's expanding parameter renders one bound
parameter per id: on PostgreSQL each is a ``%(ids_N)s::INTEGER`` rendered in
Python, the statement text differs with the number of ids and psycopg parses it
anew, and the server plans it anew. ``column = ANY(%(ids)s::INTEGER[])`` is one
parameter and one statement text, so psycopg prepares it once and reuses it.
SQLite has no arrays: the ids go as one JSON text, ``column IN (SELECT value FROM
json_each(?))``: one statement text too (sqlite3 keeps it prepared), no limit on
the number of ids, and nothing expanded in Python (the gap list's 30 000 ids
cost SQLAlchemy ~0.1 s as separate parameters); SQLite still looks each id up
in the column's index.
"""

from __future__ import annotations

import json

from sqlalchemy import ARRAY, Integer, String, any_, bindparam, column, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType, TypeDecorator


class InIds(ColumnElement):
    """True when ``column`` is one of the integers of the parameter ``name`` (a list)."""

    type = NullType()
    inherit_cache = True

    def __init__(self, column: ColumnElement, name: str) -> None:
        self.column = column
        self.name = name

    # The cache key of a statement holding this: the column and the parameter's name.
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
    ]


class _JsonIds(TypeDecorator):
    """A list of ids bound as its JSON text."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps([int(i) for i in value])


@compiles(InIds)
def _json_each(element: InIds, compiler, **kw) -> str:
    ids = select(column("value")).select_from(
        func.json_each(bindparam(element.name, type_=_JsonIds()))
    )
    return compiler.process(element.column.in_(ids), **kw)


@compiles(InIds, "postgresql")
def _any_array(element: InIds, compiler, **kw) -> str:
    array = bindparam(element.name, type_=ARRAY(Integer))
    return compiler.process(element.column == any_(array), **kw)


def in_ids(column: ColumnElement, name: str = "ids") -> InIds:
    """``column`` among the ids given as the list parameter ``name`` (one statement text)."""
    return InIds(column, name)

"""``column IN (the ids of one parameter)``, spelled the way each database runs it best.

The client list reads a page's rows, named workers and units by the page's ~60
ids on every keystroke. SQLAlchemy's expanding parameter renders one bound
parameter per id: on PostgreSQL each is a ``%(ids_N)s::INTEGER`` rendered in
Python, the statement text differs with the number of ids and psycopg parses it
anew, and the server plans it anew. ``column = ANY(%(ids)s::INTEGER[])`` is one
parameter and one statement text, so psycopg prepares it once and reuses it.
SQLite has no arrays: it keeps the expanding IN list.
"""

from __future__ import annotations

from sqlalchemy import ARRAY, Integer, any_, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType


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


@compiles(InIds)
def _expanding(element: InIds, compiler, **kw) -> str:
    return compiler.process(element.column.in_(bindparam(element.name, expanding=True)), **kw)


@compiles(InIds, "postgresql")
def _any_array(element: InIds, compiler, **kw) -> str:
    array = bindparam(element.name, type_=ARRAY(Integer))
    return compiler.process(element.column == any_(array), **kw)


def in_ids(column: ColumnElement, name: str = "ids") -> InIds:
    """``column`` among the ids given as the list parameter ``name`` (one statement text)."""
    return InIds(column, name)

"""The client list's keyset position: past (sort key, id), in a form an index can seek."""

from __future__ import annotations

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement


def past(sort_key_column, id_column, key, last_id) -> ColumnElement[bool]:
    """Rows after the position (``key``, ``last_id``) in (sort key, id) order. ``key`` and
    ``last_id`` are values or bound parameters. The plain ``>=`` lets the index scan
    start at the position; the rest drops the rows of that key up to the id."""
    return and_(
        sort_key_column >= key,
        or_(sort_key_column > key, and_(sort_key_column == key, id_column > last_id)),
    )

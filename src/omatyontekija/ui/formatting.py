"""Dates and numbers as the user's locale writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def format_date(value: dt.date | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )

"""Dates and numbers as the user's language writes them, the same on screen and in fields.

Qt's short formats differ from what Finnish and Swedish readers expect (Swedish
ISO dates, English US dates "5/15/74"), so the program names its own: Finnish
and Swedish 5.12.2026, English 5 Dec 2026 (no month-day ambiguity). Every date
label goes through ``format_date``; every date field is a :class:`DateField`, in
``date_format()``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QWidget

#: The date pattern (Qt's format syntax) by language.
DATE_FORMATS = {"fi": "d.M.yyyy", "sv": "d.M.yyyy", "en": "d MMM yyyy"}


def date_format() -> str:
    from omatyontekija.ui.i18n import current_language

    return DATE_FORMATS.get(current_language(), DATE_FORMATS["fi"])


def format_date(value: dt.date | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: dt.datetime | None, *, seconds: bool = False) -> str:
    """A moment in the user's local time."""
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(moment, date_format() + (" H:mm:ss" if seconds else " H:mm"))


class DateField(QDateEdit):
    """A date field in the language's format, with a calendar to pick from.

    Tab and Shift+Tab leave it in one press. Qt's date field moves between its day,
    month and year with Tab, so passing one date took three presses, and it swallows
    Tab while it shows its special text ("–", "Not recorded"), a keyboard trap
    (EN 301 549 11.2.1.2). Inside the field the arrow keys and the typed separator
    move between day, month and year.
    """

    def __init__(self, parent: QWidget | None = None, day: QDate | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())  # the one labels use
        if day is not None:
            self.setDate(day)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

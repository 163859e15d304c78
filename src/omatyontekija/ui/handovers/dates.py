"""Optional dates in a form: a QDateEdit whose lowest value, shown as "–", means "no date"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from omatyontekija.ui.formatting import DateField

# QDateEdit shows its minimum as the special text "–": that is "no date".
NO_DATE = QDate(2000, 1, 1)


def date_edit(parent: QWidget) -> QDateEdit:
    edit = DateField(parent)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("–")
    edit.setDate(NO_DATE)
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


def show_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

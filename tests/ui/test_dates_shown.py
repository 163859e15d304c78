"""Every date the program shows is written the language's way: fi and sv 5.12.2026,
en 5 Dec 2026 — on every page and dialog, in labels, buttons, fields and tables.

Issue 19: English showed US dates ("born 5/15/74") beside fields showing
4.5.1997, Swedish ISO dates on screen and d.m.yyyy in fields.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from omatyontekija.services.areas import list_divisions
from omatyontekija.ui.formatting import format_date, format_datetime
from omatyontekija.ui.gallery import dialogs, pages
from omatyontekija.ui.main_window import MainWindow

ROWS = 25
US = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
ISO = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")
DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?![\d.])")
MONTH_NAMED = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


def wrong_dates(text: str, language: str) -> list[str]:
    wrong = US.findall(text) + ISO.findall(text)
    for match in DOTTED.finditer(text):
        day, month, year = match.groups()
        if language == "en" or day.startswith("0") or month.startswith("0") or len(year) != 4:
            wrong.append(match.group(0))
    if language != "en":
        wrong += [m.group(0) for m in MONTH_NAMED.finditer(text)]
    return wrong


def texts_shown(top: QWidget) -> list[str]:
    found = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QDateEdit | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model (the import's problems) has one column and hides columnCount.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(min(model.rowCount(), ROWS)):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            found.append(value)
    return found


def test_the_formats_by_language(language_app):
    expected = {"fi": "5.12.2026", "sv": "5.12.2026", "en": "5 Dec 2026"}[language_app]
    assert format_date(dt.date(2026, 12, 5)) == expected
    moment = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)
    assert format_datetime(moment).startswith(expected)


def _without(texts: list[str], names: set[str]) -> list[str]:
    """The texts with the data's own names taken out: a division named "Aluejako
    16.3.2020" is a name the unit gave it, written as they wrote it, not a date the
    program formats."""
    for name in names:
        texts = [text.replace(name, "") for text in texts]
    return texts


def test_every_date_shown_is_in_the_languages_format(language_app, qtbot, ctx):
    names = {division.name for division in list_divisions(ctx)}
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wrong = {}
    # Each page is read while it is the current one (the generator moves on after).
    for name, widget in pages(window):
        bad = [
            d
            for text in _without(texts_shown(widget), names)
            for d in wrong_dates(text, language_app)
        ]
        if bad:
            wrong[f"page {name}"] = sorted(set(bad))
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        bad = [
            d
            for text in _without(texts_shown(dialog), names)
            for d in wrong_dates(text, language_app)
        ]
        if bad:
            wrong[f"dialog {name}"] = sorted(set(bad))
    assert wrong == {}, f"{language_app}: {wrong}"

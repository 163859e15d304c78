"""The facts the rules read, editable where they are shown, each with a one-line explanation."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from omatyontekija.domain.client import ClientFacts
from omatyontekija.ui import data_texts
from omatyontekija.ui.client_view.cards import Card
from omatyontekija.ui.formatting import DateField

BOOLEAN_FACTS = (
    "can_seek_services",
    "can_act_with_network",
    "client_requests_named_worker",
    "needs_multisector_coordination",
    "no_suitable_service_found",
    "intellectual_disability",
)
DATE_FACTS = ("clientship_since", "current_worker_since")
_UNSET_DATE = QDate(1900, 1, 1)


class FactsCard(Card):
    #: The user changed a fact; the argument is the whole new ClientFacts.
    factsEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Facts the suggestion reads"), parent)
        self.setObjectName("factsCard")
        self._facts = ClientFacts()
        self._loading = False
        self.editors: dict[str, QWidget] = {}
        layout = QGridLayout()
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        layout.setColumnStretch(0, 1)
        for name in BOOLEAN_FACTS:
            combo = QComboBox(self)
            combo.addItem(self.tr("Not recorded"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            combo.currentIndexChanged.connect(self._edited)
            self._add(layout, name, combo)
        for name in DATE_FACTS:
            edit = DateField(self)
            edit.setMinimumDate(_UNSET_DATE)
            edit.setSpecialValueText(self.tr("Not recorded"))
            edit.editingFinished.connect(self._edited)
            self._add(layout, name, edit)
        reason = QLineEdit(self)
        reason.setPlaceholderText(self.tr("Written reason, when the life situation calls for it"))
        reason.editingFinished.connect(self._edited)
        self._add(layout, "life_situation_reason", reason)
        self.body.addLayout(layout)

    def _add(self, layout: QGridLayout, name: str, editor: QWidget) -> None:
        # Question and answer on one line, the explanation under them.
        editor.setObjectName(f"fact_{name}")
        label = QLabel(data_texts.fact_label(name), self)
        label.setObjectName("factLabel")
        label.setBuddy(editor)
        label.setWordWrap(True)
        editor.setAccessibleName(data_texts.fact_label(name))
        editor.setToolTip(data_texts.fact_help(name))
        if not isinstance(editor, QLineEdit):
            editor.setMinimumWidth(160)
            editor.setMaximumWidth(220)
        hint = QLabel(data_texts.fact_help(name), self)
        hint.setObjectName("factHint")
        hint.setWordWrap(True)
        row = layout.rowCount()
        if isinstance(editor, QLineEdit):
            layout.addWidget(label, row, 0, 1, 2)
            layout.addWidget(editor, row + 1, 0, 1, 2)
            layout.addWidget(hint, row + 2, 0, 1, 2)
        else:
            layout.addWidget(label, row, 0)
            layout.addWidget(editor, row, 1)
            layout.addWidget(hint, row + 1, 0, 1, 2)
        self.editors[name] = editor

    def show_facts(self, facts: ClientFacts) -> None:
        self._loading = True
        try:
            self._facts = facts
            for name in BOOLEAN_FACTS:
                combo: QComboBox = self.editors[name]
                combo.setCurrentIndex(combo.findData(getattr(facts, name)))
            for name in DATE_FACTS:
                value: dt.date | None = getattr(facts, name)
                edit: QDateEdit = self.editors[name]
                edit.setDate(QDate(value.year, value.month, value.day) if value else _UNSET_DATE)
            self.editors["life_situation_reason"].setText(facts.life_situation_reason or "")
        finally:
            self._loading = False

    def current_facts(self) -> ClientFacts:
        values = {name: self.editors[name].currentData() for name in BOOLEAN_FACTS}
        for name in DATE_FACTS:
            date = self.editors[name].date()
            values[name] = None if date == _UNSET_DATE else date.toPython()
        reason = self.editors["life_situation_reason"].text().strip()
        values["life_situation_reason"] = reason or None
        return dataclasses.replace(self._facts, **values)

    def _edited(self) -> None:
        if self._loading:
            return
        facts = self.current_facts()
        if facts != self._facts:
            self._facts = facts
            self.factsEdited.emit(facts)

"""The record's details: contact information, services, close ones, service path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from omatyontekija.domain.client import Client
from omatyontekija.ui import data_texts
from omatyontekija.ui.client_view.cards import Card, form, value_label
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.labels import language_label, relation_label, stage_label, unit_label


class ContactCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact details"), parent)

    def show_client(self, client: Client) -> None:
        self.clear()
        address = ", ".join(
            p
            for p in (client.street_address, f"{client.postal_code} {client.post_office}".strip())
            if p
        )
        self.body.addLayout(
            form(
                [
                    (self.tr("Phone"), client.phone),
                    (self.tr("E-mail"), client.email),
                    (self.tr("Address"), address),
                    (self.tr("Preferred language"), language_label(client.language)),
                ]
            )
        )


class ServicePathCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service path"), parent)

    def show_client(self, client: Client) -> None:
        self.clear()
        rows = [
            (self.tr("Stage"), stage_label(client.stage)),
            (self.tr("Client since"), format_date(client.facts.clientship_since)),
            (self.tr("Service plan updated"), format_date(client.service_plan_updated)),
            (self.tr("Next service plan update"), format_date(client.service_plan_next_update)),
        ]
        if client.special_care_programme_updated:
            rows.append(
                (
                    self.tr("Special care programme updated"),
                    format_date(client.special_care_programme_updated),
                )
            )
        self.body.addLayout(form(rows))


class _CardTable(QTableWidget):
    """A card's table as tall as its rows, never scrolled: one column (the longest
    texts) takes the room the others, as wide as their texts, leave and wraps in it,
    so that the table needs no sideways scrolling in a narrow card (issue 19: at
    1366×768 at 150 % the services' dates were out of view)."""

    def __init__(self, columns: int, wrapped: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(columns):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == wrapped:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    def fit_height(self) -> None:
        """Rows as tall as their wrapped texts at the present widths; the table as tall
        as its rows."""
        self.resizeRowsToContents()
        height = (
            self.horizontalHeader().height()
            + max(4, 2 * self.frameWidth())
            + sum(self.rowHeight(r) for r in range(self.rowCount()))
        )
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()


class _TableCard(Card):
    #: The column with the longest texts: it takes the room left and wraps.
    wrapped_column = 0

    def __init__(self, title: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.table = _CardTable(len(headers), self.wrapped_column, self)
        # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(title)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty = value_label("", self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

    def fill(self, rows: list[tuple[str, ...]], empty_text: str) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value or "–")
                if c == self.wrapped_column and value:
                    item.setToolTip(value)  # whole, where a long word is cut in a narrow card
                self.table.setItem(r, c, item)
        self.table.fit_height()
        self.table.setVisible(bool(rows))
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)


class ServicesCard(_TableCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Services granted"),
            [self.tr("Service"), self.tr("Service unit"), self.tr("Granted"), self.tr("Ends")],
            parent,
        )

    def show_client(self, client: Client) -> None:
        self.fill(
            [
                (
                    data_texts.service_name(s.service),
                    unit_label(s.service.unit),
                    format_date(s.granted_on),
                    format_date(s.ends_on),
                )
                for s in client.services
            ],
            self.tr("No services granted."),
        )


class CloseOnesCard(_TableCard):
    wrapped_column = 3  # the note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Close ones"),
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Note")],
            parent,
        )

    def show_client(self, client: Client) -> None:
        self.fill(
            [(c.name, relation_label(c.relation), c.phone, c.note) for c in client.close_ones],
            self.tr("No close ones recorded."),
        )

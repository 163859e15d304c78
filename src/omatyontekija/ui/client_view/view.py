"""One client's record: who they are, who their worker is, what they have been granted."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.client import Client
from omatyontekija.ui.client_view.contact import WorkerCard
from omatyontekija.ui.client_view.deadlines import DeadlinesCard
from omatyontekija.ui.client_view.details import (
    CloseOnesCard,
    ContactCard,
    ServicePathCard,
    ServicesCard,
)
from omatyontekija.ui.client_view.facts import FactsCard
from omatyontekija.ui.client_view.history import HistoryCard
from omatyontekija.ui.client_view.suggestion import SuggestionCard
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.vertical_scroll import VerticalScrollArea


class ClientView(QWidget):
    #: The user wants to go back to the list (Esc or the back button).
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client: Client | None = None
        self.back = QPushButton(self.tr("← Back to list"), self)
        self.back.setObjectName("backButton")
        self.back.setToolTip(self.tr("Back to the client list (Esc)"))
        self.back.clicked.connect(self.backRequested)
        self.heading = QLabel(self)
        self.heading.setObjectName("clientName")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("clientSubheading")
        self.subheading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.worker_card = WorkerCard(self)
        self.contact_card = ContactCard(self)
        self.path_card = ServicePathCard(self)
        self.services_card = ServicesCard(self)
        self.close_ones_card = CloseOnesCard(self)
        self.suggestion_card = SuggestionCard(self)
        self.facts_card = FactsCard(self)
        self.history_card = HistoryCard(self)
        self.deadlines_card = DeadlinesCard(self)
        self.history_card.hide()
        self.worker_card.historyToggled.connect(self.history_card.setVisible)
        self.cards = [
            self.worker_card,
            self.contact_card,
            self.path_card,
            self.services_card,
            self.close_ones_card,
        ]

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_cards = (
            self.services_card,
            self.history_card,
            self.facts_card,
            self.close_ones_card,
            self.contact_card,
        )
        for card in left_cards:
            left_layout.addWidget(card)
        left_layout.addStretch(1)
        right = QWidget(self)
        self.side_layout = QVBoxLayout(right)
        self.side_layout.setContentsMargins(6, 0, 0, 0)
        right_cards = (self.worker_card, self.suggestion_card, self.deadlines_card, self.path_card)
        for card in right_cards:
            self.side_layout.addWidget(card)
        self.side_layout.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("clientSplitter")
        # Each column scrolls, and takes the focus to be scrolled by keys: its name is
        # what a screen reader says there.
        self.splitter.addWidget(_scrolling(left, self.tr("Client's details")))
        self.splitter.addWidget(_scrolling(right, self.tr("Named worker and suggestion")))
        # The focus chain is the order in which widgets are made; the cards are made in
        # another order than they are laid out (the close ones' list, made before the
        # facts, came before them though it is under them): Tab goes down each column.
        _tab_through(left_cards)
        _tab_through(right_cards)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        right.setMinimumWidth(400)
        self.splitter.setSizes([760, 540])

        header = QGridLayout()
        header.addWidget(self.back, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.heading, 0, 1)
        header.addWidget(self.subheading, 1, 1)
        header.setColumnStretch(1, 1)
        self.actions = QHBoxLayout()
        header.addLayout(self.actions, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def add_action(self, button: QPushButton) -> None:
        """A button at the header's right end: Tab reaches it after the back button and
        the header's other buttons, before the columns, in reading order."""
        last = self.actions.itemAt(self.actions.count() - 1) if self.actions.count() else None
        self.actions.addWidget(button)
        QWidget.setTabOrder(self.back if last is None else last.widget(), button)

    def keyPressEvent(self, event) -> None:
        # Esc anywhere in the record goes back, even where no window shortcut reaches.
        if event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
            return
        super().keyPressEvent(event)

    def show_client(self, client: Client, today) -> None:
        self.client = client
        self.heading.setText(client.name)
        self.subheading.setText(
            self.tr("%1 · born %2 · %3 years")
            .replace("%1", client.identity_code)
            .replace("%2", format_date(client.birth_date))
            .replace("%3", str(client.age_on(today)))
        )
        for card in self.cards:
            card.show_client(client)
        self.facts_card.show_facts(client.facts)


def _tab_through(cards: tuple[QWidget, ...]) -> None:
    """Tab from card to card in the given order, through each card's own elements in
    their order."""
    stops = []
    for card in cards:
        widget = card.nextInFocusChain()
        while card.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                stops.append(widget)
            widget = widget.nextInFocusChain()
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    area = VerticalScrollArea(widget)
    area.setAccessibleName(name)
    return area

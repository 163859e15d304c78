"""The first screen: a search box over the whole client list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.identity import InvalidIdentityCode
from omatyontekija.ui.announce import announce
from omatyontekija.ui.client_list_model import COUNT_CAP, ClientIdRole, ClientListModel
from omatyontekija.ui.labels import identity_problem_label
from omatyontekija.ui.tables import set_column_widths

# How long the count must stay before a screen reader is told it.
COUNT_ANNOUNCED_AFTER_MS = 700


class ClientListPage(QWidget):
    #: A client was chosen (Enter or double-click); the argument is the client's id.
    clientActivated = Signal(int)

    def __init__(self, model: ClientListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # The count is announced once typing pauses, not after every keystroke: a screen
        # reader would queue one announcement per letter.
        self._count_announcement = QTimer(self)
        self._count_announcement.setSingleShot(True)
        self._count_announcement.setInterval(COUNT_ANNOUNCED_AFTER_MS)
        self._count_announcement.timeout.connect(lambda: announce(self.count, self.count.text()))
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name or identity code, e.g. “Mäkelä Anna” or “010190-9…”")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.count = QLabel(self)
        self.count.setObjectName("resultCount")

        self.table = QTableView(self)
        # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("clientTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes the room the others leave (they are as wide as their texts).
        set_column_widths(self.table, (300, 130, 200, 200, 200, 160), name_column=0)
        self.table.setAccessibleName(self.tr("Clients"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.message.hide()

        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        model.countChanged.connect(self._show_count)
        model.searchFailed.connect(self._show_problem)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._activate_current)
        self._search("")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.message.hide()
        self.model.set_search(text)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_count(self, count: int, capped: bool) -> None:
        if capped:
            self.count.setText(
                self.tr("over %1 clients").replace("%1", QLocale().toString(COUNT_CAP))
            )
        else:
            self.count.setText(self.tr("%Ln client(s)", "", count))
        self._count_announcement.start()

    def _show_problem(self, error: object) -> None:
        if isinstance(error, InvalidIdentityCode):
            self.message.setText(identity_problem_label(error.problem))
            self.message.show()
            announce(self.message, self.message.text(), urgent=True)

    def _activate_current(self) -> None:
        self._activate(self.table.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientActivated.emit(index.data(ClientIdRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search box, Enter opens the selected client and the arrow
        # keys move in the list, so a worker on the phone never needs the mouse.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.table.setFocus()
                self.table.keyPressEvent(event)
                self.search.setFocus()
                return True
        return super().eventFilter(watched, event)

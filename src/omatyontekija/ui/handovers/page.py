"""The handovers page: mine or all, open / overdue / done / cancelled, one Enter from a handover."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.access import Role
from omatyontekija.services.context import Context
from omatyontekija.services.handovers import ListState, list_handovers, my_worker_id
from omatyontekija.ui.handovers.list_model import (
    COLUMN_CLIENT,
    HandoverIdRole,
    HandoverListModel,
)
from omatyontekija.ui.tables import set_column_widths

SCOPE_MINE, SCOPE_ALL = "mine", "all"


class HandoversPage(QWidget):
    #: A handover was chosen (Enter or double-click); the argument is its id.
    handoverActivated = Signal(int)
    #: The user asked to print every open handover.
    printAllRequested = Signal()
    #: The user asked for letters: the ids of the handovers shown, and of those selected.
    lettersRequested = Signal(list, list)
    #: Back to the client list (the button or Esc).
    backRequested = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = HandoverListModel(self)
        self.back = QPushButton(self.tr("← Clients"), self)
        self.back.clicked.connect(self.backRequested)
        title = QLabel(self.tr("Handovers"), self)
        title.setObjectName("clientName")

        self.scope = QComboBox(self)
        self.scope.setObjectName("handoverScope")
        self.scope.addItem(self.tr("My handovers"), SCOPE_MINE)
        self.scope.addItem(self.tr("All handovers"), SCOPE_ALL)
        self.scope.setAccessibleName(self.tr("Whose handovers"))
        self.state = QComboBox(self)
        self.state.setObjectName("handoverState")
        for text, state in (
            (self.tr("Open"), ListState.OPEN),
            (self.tr("Overdue"), ListState.OVERDUE),
            (self.tr("Done"), ListState.DONE),
            (self.tr("Cancelled"), ListState.CANCELLED),
            (self.tr("All"), ListState.ALL),
        ):
            self.state.addItem(text, state.value)
        self.state.setAccessibleName(self.tr("Which handovers"))
        scope_label = QLabel(self.tr("&Show:"), self)
        scope_label.setBuddy(self.scope)
        self.count = QLabel(self)
        self.count.setObjectName("resultCount")
        # Made in the order they are shown: Tab follows it.
        # Seed 000: after a reform every client is told; this shows who is still waiting.
        self.not_informed = QCheckBox(self.tr("Not yet &informed"), self)
        self.not_informed.setObjectName("notInformed")
        self.not_informed.setToolTip(
            self.tr("Only handovers whose item “client informed” is not yet done")
        )
        self.open_button = QPushButton(self.tr("Ope&n"), self)
        self.letters_button = QPushButton(self.tr("Print &letters…"), self)
        self.letters_button.setObjectName("printLetters")
        self.letters_button.setToolTip(
            self.tr("The letters of the handovers shown (or selected), in one go")
        )
        self.print_button = QPushButton(self.tr("&Print all open…"), self)
        self.notice = QLabel(self)
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.table = QTableView(self)
        # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("handoverTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be chosen for their letters; Enter still opens the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The client's name takes the room the others leave (they are as wide as their texts).
        set_column_widths(
            self.table, (210, 135, 150, 150, 150, 110, 120, 110), name_column=COLUMN_CLIENT
        )
        self.table.setAccessibleName(self.tr("Handovers"))

        # The actions beside the title, the filters on a row of their own: the two on
        # one row needed more than the 911 logical pixels of 1366×768 at 150 %.
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.letters_button)
        top.addWidget(self.print_button)
        filters = QHBoxLayout()
        filters.addWidget(scope_label)
        filters.addWidget(self.scope)
        filters.addWidget(self.state)
        filters.addWidget(self.not_informed)
        filters.addWidget(self.count)
        filters.addStretch(1)
        # Tab goes as the eye reads: along the top row, then the filters, then the list.
        order = (self.back, self.open_button, self.letters_button, self.print_button)
        order += (self.scope, self.state, self.not_informed, self.table)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

        # Someone who is not one of the unit's workers has no handovers of their own;
        # a supervisor follows the whole unit's.
        self._has_own = my_worker_id(ctx) is not None
        supervisor = ctx.access.role is Role.SUPERVISOR
        self.scope.setCurrentIndex(0 if self._has_own and not supervisor else 1)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.state.currentIndexChanged.connect(self.refresh)
        self.not_informed.toggled.connect(self.refresh)
        self.letters_button.clicked.connect(self._request_letters)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        self.open_button.clicked.connect(self._activate_current)
        self.print_button.clicked.connect(self.printAllRequested)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._activate_current)
        self.refresh()

    def set_filters(self, scope: str, state: ListState | str) -> None:
        self.scope.setCurrentIndex(self.scope.findData(scope))
        self.state.setCurrentIndex(self.state.findData(ListState(state).value))

    def refresh(self) -> None:
        """Read the list again with the current filters, keeping the selected handover."""
        current = self.table.currentIndex().data(HandoverIdRole)
        mine = self.scope.currentData() == SCOPE_MINE
        rows = list_handovers(
            self.ctx,
            state=self.state.currentData(),
            mine=mine,
            not_informed=self.not_informed.isChecked(),
        )
        self.model.set_rows(rows, self.ctx.today)
        self.letters_button.setEnabled(bool(rows))
        self.count.setText(self.tr("%n handover(s)", "", len(rows)))
        self.notice.setVisible(mine and not self._has_own)
        self.notice.setText(
            self.tr("You are not one of the unit's workers, so you have no handovers of your own.")
        )
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(HandoverIdRole) == current:
                self.table.selectRow(row)
                break
        else:
            if rows:
                self.table.selectRow(0)

    def shown_ids(self) -> list[int]:
        return [self.model.row_at(row).id for row in range(self.model.rowCount())]

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def _request_letters(self) -> None:
        self.lettersRequested.emit(self.shown_ids(), self.selected_ids())

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
            return
        super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.handoverActivated.emit(index.data(HandoverIdRole))

    def _activate_current(self) -> None:
        self._activate(self.table.currentIndex())

"""The checklist of one handover: a table model and a view ticked as easily by keyboard as by mouse.

Space toggles done, N marks not applicable, Enter or F2 edits the note; a
click on the check box toggles too. The model never writes: it asks, through
``stateRequested``, and the dialog calls the service and hands back the new
handover, so what is shown is always what was saved.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from omatyontekija.documents.checklist_templates import ChecklistTemplate
from omatyontekija.domain.handover import ChecklistItem, Handover, ItemState
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.handovers.labels import item_hint, item_text, state_label
from omatyontekija.ui.people import person_name
from omatyontekija.ui.roles import ItemKeyRole, ItemRole
from omatyontekija.ui.row_table_model import RowTableModel
from omatyontekija.ui.tables import AIR, header_width, set_column_widths

COLUMN_STATE, COLUMN_ITEM, COLUMN_DATE, COLUMN_BY, COLUMN_NOTE = range(5)


def toggled(state: ItemState) -> ItemState:
    """What Space or a click makes of an item: done ↔ open (not applicable/skipped → done)."""
    return ItemState.OPEN if state is ItemState.DONE else ItemState.DONE


#: What a ticked, noted or completed item shows differently: every role of its row.
CHANGED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole,
    ItemRole,
)


class ChecklistModel(RowTableModel):
    #: The user wants item ``key`` in ``state`` (an ItemState value).
    stateRequested = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Done"),
                self.tr("Item"),
                self.tr("Date"),
                self.tr("By"),
                self.tr("Note"),
            ),
            parent,
        )
        self._template: ChecklistTemplate | None = None
        self._editable = False

    def set_handover(self, handover: Handover, template: ChecklistTemplate | None) -> None:
        before = self.rows
        same_rows = [i.key for i in before] == [i.key for i in handover.items]
        # Completing or cancelling the handover changes every row's check box (its flags).
        closed = self._editable != handover.status.is_open
        self._template = template
        self._editable = handover.status.is_open
        if not same_rows:
            self.set_rows(handover.items)
            return
        # Keeps the view's current row and selection while ticking: only the rows
        # that changed are said to, with every role that changed.
        for number, (old, new) in enumerate(zip(before, handover.items, strict=True)):
            if old != new or closed:
                self.replace_row(number, new, CHANGED_ROLES)

    def item_at(self, row: int) -> ChecklistItem:
        return self._rows[row]

    @property
    def editable(self) -> bool:
        return self._editable

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COLUMN_STATE and self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        if role == ItemKeyRole:
            return item.key
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and column == COLUMN_STATE:
            done = item.state is ItemState.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_STATE:
                return state_label(item.state)
            if column == COLUMN_ITEM:
                text = item_text(self._template, item.key)
                return f"{text} *" if item.required else text
            if column == COLUMN_DATE:
                return format_date(item.done_on) if item.done_on else ""
            if column == COLUMN_BY:
                return person_name(item.done_by) if item.done_by else None
            return item.note
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_ITEM:
            hint = item_hint(self._template, item.key)
            required = self.tr("Required.") if item.required else ""
            return " ".join(p for p in (hint, required) if p)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_NOTE and item.note:
            return item.note
        if role == Qt.ItemDataRole.FontRole and item.required and not item.is_settled:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # A click on the check box: ask for the change; the dialog saves it and refreshes.
        if role != Qt.ItemDataRole.CheckStateRole or not self._editable or not index.isValid():
            return False
        item = self._rows[index.row()]
        self.stateRequested.emit(item.key, toggled(item.state).value)
        return False  # the saved handover comes back through set_handover


class ChecklistView(QTableView):
    """Space: done/open · N: not applicable · Enter or F2: the item's note."""

    #: Enter or F2 on a row: edit the note of item ``key``.
    noteRequested = Signal(str)

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("checklistTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons; ↑↓ move in the list
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The state, the date and who: as wide as their texts (or titles), no wider; the
        # note as wide as its texts up to a quarter of the table; the item takes the rest
        # (issue 19: in Swedish at 150 % the items wrapped onto four lines while the
        # empty date, by and note columns shared the room).
        set_column_widths(
            self,
            {COLUMN_STATE: 0, COLUMN_DATE: 0, COLUMN_BY: 0},
            name_column=COLUMN_ITEM,
            whole_names=False,
        )
        model.modelReset.connect(self._fit_note)
        model.dataChanged.connect(self._fit_note)
        self.setAccessibleName(self.tr("Checklist"))
        self.setToolTip(self.tr("Space: done or open again · N: not applicable · Enter: note"))

    def _fit_note(self, *_args) -> None:
        """The note column as wide as its texts, at most a quarter of the table and at
        least its title; a longer note wraps (and its tooltip shows it whole)."""
        texts = self.sizeHintForColumn(COLUMN_NOTE) + AIR
        most = self.viewport().width() // 4
        width = max(header_width(self, COLUMN_NOTE), min(texts, most))
        if self.columnWidth(COLUMN_NOTE) != width:
            self.setColumnWidth(COLUMN_NOTE, width)  # the item column takes the rest

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_note()
        # Wrapped item texts need their row heights measured at the final column widths.
        self.resizeRowsToContents()

    def checklist(self) -> ChecklistModel:
        return self.model()  # type: ignore[return-value]

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return index.data(ItemKeyRole) if index.isValid() else None

    def keyPressEvent(self, event) -> None:
        model = self.checklist()
        row = self.currentIndex().row()
        key = event.key()
        if row >= 0 and key in (
            Qt.Key.Key_Space,
            Qt.Key.Key_N,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_F2,
        ):
            item = model.item_at(row)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.noteRequested.emit(item.key)
            elif model.editable and key == Qt.Key.Key_Space:
                model.stateRequested.emit(item.key, toggled(item.state).value)
            elif model.editable and key == Qt.Key.Key_N:
                target = (
                    ItemState.OPEN
                    if item.state is ItemState.NOT_APPLICABLE
                    else ItemState.NOT_APPLICABLE
                )
                model.stateRequested.emit(item.key, target.value)
            event.accept()
            return
        super().keyPressEvent(event)

"""Access-log entries as a table model: frozen entries in, text out; nothing live."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from omatyontekija.domain.access import AccessEntry
from omatyontekija.ui.formatting import format_datetime
from omatyontekija.ui.people import person_name
from omatyontekija.ui.roles import EntryRole
from omatyontekija.ui.row_table_model import RowTableModel

(
    COLUMN_TIME,
    COLUMN_USER,
    COLUMN_ROLE,
    COLUMN_ACTION,
    COLUMN_CLIENTS,
    COLUMN_REASON,
    COLUMN_SEQUENCE,
) = range(7)

#: How many client ids a cell shows before "…": a search entry may name hundreds.
SHOWN_CLIENTS = 8


class AccessLogModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Time"),
                self.tr("User"),
                self.tr("Role"),
                self.tr("Action"),
                self.tr("Clients"),
                self.tr("Reason"),
                self.tr("Entry"),
            ),
            parent,
        )
        self._actions = {
            "search": self.tr("appeared in a search"),
            "view": self.tr("opened the record"),
            "edit": self.tr("changed the record"),
            "designate": self.tr("named-worker decision"),
            "print": self.tr("printed"),
            "export": self.tr("exported"),
            "import": self.tr("imported"),
            "read_log": self.tr("read the access log"),
        }
        self._roles = {
            "worker": self.tr("worker"),
            "supervisor": self.tr("supervisor"),
            "admin": self.tr("administrator"),
        }
        self._report_reason = self.tr("access report")

    def set_entries(self, entries: list[AccessEntry]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> AccessEntry:
        return self._rows[row]

    def action_text(self, entry: AccessEntry) -> str:
        """The action in words; a refused attempt says so."""
        words = self._actions.get(entry.action, entry.action)
        return words if entry.success else self.tr("refused: %1").replace("%1", words)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.row_at(index)
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_CLIENTS:
            return ", ".join(map(str, entry.client_ids)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COLUMN_SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COLUMN_TIME:
            # Stored in UTC; the reader thinks in local time.
            return format_datetime(entry.at, seconds=True)
        if column == COLUMN_USER:
            # The name a reader knows, with the login the log keeps.
            name = person_name(entry.user)
            return entry.user if name == entry.user else f"{name} ({entry.user})"
        if column == COLUMN_ROLE:
            return self._roles.get(entry.role, entry.role)
        if column == COLUMN_ACTION:
            return self.action_text(entry)
        if column == COLUMN_CLIENTS:
            ids = entry.client_ids
            shown = ", ".join(map(str, ids[:SHOWN_CLIENTS]))
            return shown + (f" … (+{len(ids) - SHOWN_CLIENTS})" if len(ids) > SHOWN_CLIENTS else "")
        if column == COLUMN_REASON:
            return self._report_reason if entry.reason == "access_report" else entry.reason or ""
        if column == COLUMN_SEQUENCE:
            return str(entry.sequence)
        return None

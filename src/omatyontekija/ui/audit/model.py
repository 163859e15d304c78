"""Access-log entries as a table model: frozen entries in, text out; nothing live.

Clients are shown by name (the log keeps ids, which tell a reader nothing): the page
reads the names of the clients the cells show through ``services.audit.client_names``,
which logs that listing like any other.
"""

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

#: How many clients a cell names before "…": a search entry may name hundreds.
SHOWN_CLIENTS = 8


def clients_to_name(entries: list[AccessEntry]) -> list[int]:
    """The clients the entries' cells show, each once: the names to read for them."""
    return list(dict.fromkeys(i for entry in entries for i in entry.client_ids[:SHOWN_CLIENTS]))


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
        # Reasons the program writes as codes (the kind of listing or document), in words.
        self._reasons = {
            "access_report": self.tr("access report"),
            "access_list": self.tr("access list"),
            "access_log": self.tr("access log"),
            "area_reform": self.tr("area-division reform"),
            "client_letter": self.tr("letter to the client"),
            "handover_checklist": self.tr("handover checklist"),
        }
        self._names: dict[int, str] = {}

    def set_entries(self, entries: list[AccessEntry], names: dict[int, str] | None = None) -> None:
        """Show ``entries``; ``names`` (client id → name) names their clients."""
        self._names = dict(names or {})
        self.set_rows(entries)

    def client_name(self, client_id: int) -> str:
        """The client's name; one removed since is shown by the number the log keeps."""
        name = self._names.get(client_id)
        return name if name else self.tr("removed client no. %1").replace("%1", str(client_id))

    def clients_text(self, entry: AccessEntry, separator: str = ", ") -> str:
        ids = entry.client_ids
        shown = separator.join(self.client_name(i) for i in ids[:SHOWN_CLIENTS])
        if len(ids) > SHOWN_CLIENTS:
            shown += f"{separator}… (+{len(ids) - SHOWN_CLIENTS})"
        return shown

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
            return self.clients_text(entry, "\n") or None
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
            return self.clients_text(entry)
        if column == COLUMN_REASON:
            return self._reasons.get(entry.reason or "", entry.reason or "")
        if column == COLUMN_SEQUENCE:
            return str(entry.sequence)
        return None

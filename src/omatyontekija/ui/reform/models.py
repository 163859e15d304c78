"""Qt models of a reform proposal: workers before or after, and the clients who change.

Thin models over frozen proposals (``services.reform_model``): the page swaps
in a new proposal after each re-plan; nothing here touches the database.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from omatyontekija.services.reform_model import ReformProposal, WorkerRow
from omatyontekija.ui.roles import ClientIdRole, LoadRatioRole, WorkerKeyRole
from omatyontekija.ui.row_table_model import RowTableModel

COLUMN_WORKER, COLUMN_DISTRICTS, COLUMN_CASELOAD, COLUMN_CAPACITY, COLUMN_LOAD = range(5)

__all__ = ["ClientIdRole", "LoadRatioRole", "WorkerKeyRole"]  # the roles, from ui.roles


class WorkerTableModel(RowTableModel):
    """Per worker: districts, caseload before → after, capacity, and the load bar.

    Of the social workers, or with ``counsellors`` of the counsellors (issue 16:
    both roles are planned in one run, each over its own clients).

    ``proposed=False`` shows the division in force, ``True`` the proposal; only
    the proposed side lets the capacity be edited (emitting ``capacityEdited``,
    the page re-plans; the model itself changes only with the next proposal).
    """

    capacityEdited = Signal(str, int)

    def __init__(
        self, proposed: bool, parent: QObject | None = None, *, counsellors: bool = False
    ) -> None:
        super().__init__(
            (
                self.tr("Worker"),
                self.tr("Districts"),
                self.tr("Caseload"),
                self.tr("Capacity"),
                self.tr("Load"),
            ),
            parent,
        )
        self.proposed = proposed
        self.counsellors = counsellors
        self._district_names: dict[str, str] = {}

    def set_proposal(self, proposal: ReformProposal | None) -> None:
        self._district_names = dict(proposal.situation.district_names) if proposal else {}
        if proposal is None:
            self.set_rows(())
        elif self.counsellors:
            self.set_rows(proposal.counsellors.rows if proposal.counsellors else ())
        else:
            self.set_rows(proposal.rows)

    def row(self, number: int) -> WorkerRow:
        return self._rows[number]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.proposed and index.column() == COLUMN_CAPACITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _districts(self, row: WorkerRow) -> tuple[str, ...]:
        return row.districts_after if self.proposed else row.districts_before

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row, column = self.row_at(index), index.column()
        if row is None:
            return None
        load = row.load_after if self.proposed else row.load_before
        if role == WorkerKeyRole:
            return row.key
        if role == LoadRatioRole:
            return row.ratio_after if self.proposed else row.ratio_before
        if role == Qt.ItemDataRole.EditRole and column == COLUMN_CAPACITY:
            return row.capacity
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_DISTRICTS:
            return "\n".join(
                f"{code} {self._district_names.get(code, '')}".strip()
                for code in self._districts(row)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COLUMN_CASELOAD,
            COLUMN_CAPACITY,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COLUMN_WORKER:
            return row.name + (" " + self.tr("(new)") if row.is_new else "")
        if column == COLUMN_DISTRICTS:
            pinned = set(row.pinned) if self.proposed else set()
            return ", ".join(c + ("*" if c in pinned else "") for c in self._districts(row))
        if column == COLUMN_CASELOAD:
            return f"{row.load_before} → {row.load_after}" if self.proposed else str(load)
        if column == COLUMN_CAPACITY:
            return str(row.capacity)
        if column == COLUMN_LOAD:
            ratio = row.ratio_after if self.proposed else row.ratio_before
            return f"{round(100 * ratio)} %"
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        try:
            capacity = int(value)
        except (TypeError, ValueError):
            return False
        if capacity < 0:
            return False
        row = self._rows[index.row()]
        if capacity != row.capacity:
            self.capacityEdited.emit(row.key, capacity)
        return True


(
    CHANGE_CLIENT,
    CHANGE_DISTRICT,
    CHANGE_OLD,
    CHANGE_NEW,
) = range(4)


class ChangeTableModel(RowTableModel):
    """The clients whose named worker would change (social workers' and counsellors'):
    name, district, old → new worker."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Client"),
                self.tr("District"),
                self.tr("Named worker now"),
                self.tr("New named worker"),
            ),
            parent,
        )

    def set_changes(self, proposal: ReformProposal | None, names: dict[int, str]) -> None:
        rows: list[tuple[int, str, str, str, str]] = []
        if proposal is not None:
            situation = proposal.situation
            for change in proposal.all_changes:
                old = situation.worker(change.old_worker_id)
                district = f"{change.district} {situation.district_name(change.district)}"
                rows.append(
                    (
                        change.client_id,
                        names.get(change.client_id, str(change.client_id)),
                        district.strip(),
                        old.name if old else str(change.old_worker_id),
                        proposal.worker_name(change.new_worker_key),
                    )
                )
            rows.sort(key=lambda r: (r[4], r[1]))
        self.set_rows(rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role == ClientIdRole:
            return row[0]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column() + 1]
        return None

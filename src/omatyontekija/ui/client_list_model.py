"""The client list as a lazily fetched table model over the whole database.

Rows arrive a page at a time (keyset paging in the store) as the view scrolls,
so a list over 100 000 clients costs one page of memory and one indexed query
per keystroke, never a proxy model filtering or sorting every row.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal

from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.identity import InvalidIdentityCode
from omatyontekija.domain.search import SearchKind, SearchTerms, parse_search
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef
from omatyontekija.rules.deadline_rules import DeadlineStatus
from omatyontekija.rules.deadlines import Deadline
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.clients import PAGE_SIZE, count_clients, find_clients
from omatyontekija.services.context import Context
from omatyontekija.services.deadlines import worst_deadlines
from omatyontekija.ui.deadlines.labels import STATUS_COLOURS, deadline_tooltip, status_label
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.newest import Newest
from omatyontekija.ui.roles import ClientIdRole, ClientRowRole, DeadlineStatusRole
from omatyontekija.ui.row_table_model import RowTableModel
from omatyontekija.ui.tasks import run_task

log = logging.getLogger(__name__)

#: Name searches are counted only this far: "more than 1 000" is all a worker needs.
COUNT_CAP = 1000

(
    COLUMN_NAME,
    COLUMN_IDENTITY_CODE,
    COLUMN_AREA,
    COLUMN_NAMED_WORKER,
    COLUMN_AREA_WORKER,
    COLUMN_DEADLINE,
) = range(6)


class ClientListModel(RowTableModel):
    #: The search could not run; the argument says why (already in the user's language).
    searchFailed = Signal(object)
    #: How many clients match the search (counted once per search, off the UI thread
    #: when there is more than a page), and whether the count stopped at COUNT_CAP
    #: (then there are more than COUNT_CAP).
    countChanged = Signal(int, bool)
    #: The deadline badges of the rows shown have arrived.
    deadlinesLoaded = Signal()

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("Identity code"),
                self.tr("Area"),
                self.tr("Named worker"),
                self.tr("Area worker"),
                self.tr("Deadline"),
            ),
            parent,
        )
        self._ctx = ctx
        # whose division the area and area-worker columns show: the unit the user works in
        self._unit = ctx.unit
        self._terms: SearchTerms = parse_search("")
        self._next_after: tuple[str, int] | None = None
        # The most urgent open deadline per client, fetched per page with the rows.
        self._deadlines: dict[int, Deadline] = {}
        self._pending: list[int] = []
        # renewed at every reset, so that counts and badges read for earlier rows are dropped
        self._newest = Newest()
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.setInterval(0)
        self._deadline_timer.timeout.connect(self.load_deadlines)
        # The count of a search with more than a page, started once the keystroke's rows
        # are shown (the event loop's next turn), not during it: a count read in the pool
        # at once competed for the interpreter with the keystroke itself, and keystrokes
        # queued faster than the loop turns count only the newest search.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count)

    # -- searching ---------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Show the clients matching ``text`` from the first page."""
        self._count_timer.stop()
        self.beginResetModel()
        self._newest.renew()
        self._rows = []
        self._next_after = None
        self._deadlines = {}
        try:
            self._terms = parse_search(text)
            page = find_clients(self._ctx, self._terms, unit=self._unit, with_units=False)
        except InvalidIdentityCode as error:
            self.endResetModel()
            self.countChanged.emit(0, False)
            self.searchFailed.emit(error)
            return
        except AccessDenied:
            # An administrator sees no client data: an empty list, the Administration page works.
            self.endResetModel()
            self.countChanged.emit(0, False)
            return
        self._rows = list(page.rows)
        self._next_after = page.next_after
        self.endResetModel()
        self._deadlines_later(page.rows)
        if page.next_after is None:
            self.countChanged.emit(len(self._rows), False)
            return
        # More than a page: counted off the UI thread, so the keystroke shows its
        # rows at once and the count follows a moment later.
        self._count_timer.start()

    def _count(self) -> None:
        ctx, terms = self._ctx, self._terms
        cap = None if terms.kind is SearchKind.ALL else COUNT_CAP
        self._read_off_thread(
            lambda: count_clients(ctx, terms, cap=cap),
            lambda count: self.countChanged.emit(count, cap is not None and count > cap),
        )

    def _read_off_thread(self, read, show) -> None:
        """``read()`` in the thread pool, then ``show`` its answer on the UI thread,
        unless the rows were reset meanwhile (a newer search reads its own)."""
        ticket = self._newest.current
        # A bound method, not a closure: Qt drops the connection if the model goes first.
        run_task(
            lambda handle: (ticket, show, read()),
            on_done=self._read_done,
            on_error=self._read_failed,
        )

    def _read_done(self, result) -> None:
        ticket, show, answer = result
        if self._newest.is_current(ticket):
            show(answer)

    def _read_failed(self, error: Exception, trace: str) -> None:
        # The list stays usable without its count or badges (the client view has both).
        log.error("reading for the client list failed: %s", trace)

    def refresh(self) -> None:
        """Reload after the data changed elsewhere (a decision, a handover)."""
        loaded = max(len(self._rows), 1)
        self.beginResetModel()
        self._newest.renew()
        try:
            page = find_clients(
                self._ctx,
                self._terms,
                limit=max(loaded, PAGE_SIZE),
                unit=self._unit,
                with_units=False,
            )
        except AccessDenied:  # an administrator: no client data to show
            self.endResetModel()
            return
        self._rows = list(page.rows)
        self._next_after = page.next_after
        self._deadlines = {}
        self.endResetModel()
        self._deadlines_later(page.rows)

    def set_unit(self, unit: str) -> None:
        """Show the areas and area workers of ``unit``'s division (reloaded when it changed)."""
        if unit != self._unit:
            self._unit = unit
            self.refresh()

    def client_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- lazy loading ------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_after is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._next_after is None:
            return
        page = find_clients(
            self._ctx, self._terms, after=self._next_after, unit=self._unit, with_units=False
        )
        if not page.rows:
            self._next_after = None
            return
        self._next_after = page.next_after
        self.append_rows(page.rows)
        self._deadlines_later(page.rows)

    # -- deadlines, a moment after the rows ---------------------------------
    def _deadlines_later(self, rows) -> None:
        # The rows show first; their deadline badges are read off the UI thread
        # (the first read loads the holiday calendar), so typing and the first
        # paint never wait for them.
        self._pending.extend(row.id for row in rows)
        self._deadline_timer.start()

    def load_deadlines(self) -> None:
        """Read the deadline badges of the rows shown since the last call, off the UI thread.

        ``deadlinesLoaded`` follows once they are shown.
        """
        self._deadline_timer.stop()
        shown = {row.id for row in self._rows}
        wanted = [client_id for client_id in dict.fromkeys(self._pending) if client_id in shown]
        self._pending.clear()
        if not wanted:
            return
        ctx = self._ctx
        self._read_off_thread(lambda: worst_deadlines(ctx, wanted), self._show_deadlines)

    def _show_deadlines(self, found: dict[int, Deadline]) -> None:
        if not self._rows:
            return
        self._deadlines.update(found)
        numbers = [n for n, row in enumerate(self._rows) if row.id in found]
        if not numbers:
            self.deadlinesLoaded.emit()
            return
        # Only the badges' cells, of the rows that got one, with every role they show.
        self.dataChanged.emit(
            self.index(numbers[0], COLUMN_DEADLINE),
            self.index(numbers[-1], COLUMN_DEADLINE),
            [
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.DecorationRole,  # the badge's colour square
                DeadlineStatusRole,
            ],
        )
        self.deadlinesLoaded.emit()

    # -- the model ---------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row: ClientRow | None = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COLUMN_NAME:
                return row.name
            if column == COLUMN_IDENTITY_CODE:
                return row.identity_code
            if column == COLUMN_AREA:
                return row.area or "–"
            if column == COLUMN_NAMED_WORKER:
                named = self._named_worker(row)
                return named.name if named else "–"
            if column == COLUMN_AREA_WORKER:
                return row.area_worker.name if row.area_worker else "–"
            if column == COLUMN_DEADLINE:
                return self._deadline_text(row.id)
            return None
        if role == ClientIdRole:
            return row.id
        if role == ClientRowRole:
            return row
        if index.column() == COLUMN_DEADLINE:
            return self._deadline_data(row.id, role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_NAMED_WORKER:
            return (
                None
                if self._named_worker(row)
                else self.tr("No named worker: the area worker is the contact")
            )
        return None

    def _named_worker(self, row: ClientRow) -> WorkerRef | None:
        """The client's named worker in the unit the list is of (each unit names its own:
        a child's worker in child protection is not the one in disability services)."""
        if self._unit == DEFAULT_UNIT:
            return row.named_worker
        return dict(row.named_workers).get(self._unit)

    def _deadline_text(self, client_id: int) -> str:
        deadline = self._deadlines.get(client_id)
        # Only what needs attention is written out; a deadline further away is in the tooltip.
        if deadline is None or deadline.status is DeadlineStatus.OK:
            return ""
        return f"{status_label(deadline.status)} · {format_date(deadline.due)}"

    def _deadline_data(self, client_id: int, role: int):
        deadline = self._deadlines.get(client_id)
        if deadline is None:
            return None
        if role == DeadlineStatusRole:
            return deadline.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return deadline_tooltip(deadline)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_COLOURS[deadline.status]
        if role == Qt.ItemDataRole.DecorationRole and deadline.status is not DeadlineStatus.OK:
            return STATUS_COLOURS[deadline.status]
        return None

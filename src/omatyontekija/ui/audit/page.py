"""The supervisor's access-log page: search by client or user, verify the chain, print a report.

The page hides nothing the services would refuse anyway: every call goes
through services/audit.py and services/access_report.py, which check the role
and log the reading. Everything that touches the database runs off the UI
thread; errors and results show in the message line under the search.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.access_report import write_access_report
from omatyontekija.services.audit import client_names, list_entries, verify_chain
from omatyontekija.services.clients import find_clients
from omatyontekija.services.context import Context
from omatyontekija.ui import people
from omatyontekija.ui.audit.model import COLUMN_CLIENTS, AccessLogModel, clients_to_name
from omatyontekija.ui.formatting import DateField
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.newest import Newest
from omatyontekija.ui.tables import set_column_widths
from omatyontekija.ui.tasks import Task, run_task

BY_CLIENT, BY_USER = "client", "user"
#: How many matching clients the chooser offers; a narrower search finds the rest.
CLIENT_CHOICES = 50
ENTRY_LIMIT = 2000


def error_text(error: Exception) -> str:
    """What the services said, in the user's language when they can say it."""
    text = getattr(error, "text", None)
    return text(current_language()) if callable(text) else str(error)


class AccessLogPage(QWidget):
    backRequested = Signal()
    #: Emitted when a background job has finished and its result is shown (tests wait on it).
    jobFinished = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        people.use(ctx)
        self.model = AccessLogModel(self)
        self._tasks: set[Task] = set()
        self._newest = Newest()
        self.title = QLabel(self.tr("Access log"), self)
        self.title.setObjectName("pageTitle")

        self.mode = QComboBox(self)
        self.mode.setObjectName("auditMode")
        self.mode.setAccessibleName(self.tr("Search by"))
        self.mode.addItem(self.tr("Client (name or identity code)"), BY_CLIENT)
        self.mode.addItem(self.tr("User (login)"), BY_USER)
        self.query = QLineEdit(self)
        self.query.setObjectName("auditQuery")
        self.query.setPlaceholderText(self.tr("Name, identity code or login"))
        query_label = QLabel(self.tr("&Search"), self)
        query_label.setBuddy(self.query)
        self.search_button = QPushButton(self.tr("Fi&nd"), self)
        self.client = QComboBox(self)
        self.client.setObjectName("auditClient")
        self.client.setMinimumContentsLength(30)
        client_label = QLabel(self.tr("C&lient"), self)
        client_label.setBuddy(self.client)

        self.use_start = QCheckBox(self.tr("F&rom"), self)
        self.start = DateField(self, QDate.currentDate().addMonths(-12))
        self.use_end = QCheckBox(self.tr("&To"), self)
        self.end = DateField(self, QDate.currentDate())
        self.start.setAccessibleName(self.tr("From date"))
        self.end.setAccessibleName(self.tr("To date"))
        for edit in (self.start, self.end):
            edit.setEnabled(False)
        self.use_start.toggled.connect(self.start.setEnabled)
        self.use_end.toggled.connect(self.end.setEnabled)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Access log entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on; the arrow keys move in it
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        # The clients' names take the room the others leave (they are as wide as their
        # texts); a cell of several names is cut, its tooltip lists them one a line.
        set_column_widths(
            self.table,
            (150, 220, 130, 210, 170, 240, 70),
            name_column=COLUMN_CLIENTS,
            whole_names=False,
        )
        self.count = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("auditMessage")
        self.message.setWordWrap(True)

        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.head = QLineEdit(self)
        self.head.setObjectName("auditHead")
        self.head.setAccessibleName(self.tr("Head of the chain"))
        self.head.setReadOnly(True)
        self.head.setPlaceholderText(self.tr("Head of the chain"))
        self.copy_button = QPushButton(self.tr("Cop&y head"), self)
        self.copy_button.setEnabled(False)
        self.report_button = QPushButton(self.tr("&Print report…"), self)
        self.report_button.setToolTip(
            self.tr("The selected client's 'who has seen my data' report as PDF")
        )
        self.report_button.setEnabled(False)
        self.back_button = QPushButton(self.tr("&Back"), self)

        search = QHBoxLayout()
        search.addWidget(self.mode)
        search.addWidget(query_label)
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        chooser = QHBoxLayout()
        for widget in (client_label, self.client):
            chooser.addWidget(widget)
        chooser.addSpacing(12)
        for widget in (self.use_start, self.start, self.use_end, self.end):
            chooser.addWidget(widget)
        chooser.addStretch(1)
        chooser.addWidget(self.count)
        chain = QHBoxLayout()
        chain.addWidget(self.verify_button)
        chain.addWidget(self.head, 1)
        chain.addWidget(self.copy_button)
        chain.addSpacing(12)
        chain.addWidget(self.report_button)
        chain.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(search)
        layout.addLayout(chooser)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(chain)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.client.activated.connect(lambda _index: self.show_entries())
        for widget in (self.use_start, self.use_end):
            widget.toggled.connect(lambda _on: self.show_entries())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _date: self.show_entries())
        self.verify_button.clicked.connect(self.verify)
        self.copy_button.clicked.connect(self.copy_head)
        self.report_button.clicked.connect(self.print_report)
        self.back_button.clicked.connect(self.backRequested)
        self._mode_changed()

    # -- state -------------------------------------------------------------
    def period(self) -> tuple[dt.date | None, dt.date | None]:
        start = self.start.date().toPython() if self.use_start.isChecked() else None
        end = self.end.date().toPython() if self.use_end.isChecked() else None
        return start, end

    def client_id(self) -> int | None:
        return self.client.currentData() if self.mode.currentData() == BY_CLIENT else None

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def _mode_changed(self) -> None:
        by_client = self.mode.currentData() == BY_CLIENT
        self.client.setEnabled(by_client)
        self.client.clear()
        self.model.set_entries([])
        self.report_button.setEnabled(False)

    def _run(self, job, on_done, on_finished=None) -> Task:
        # Only the newest job's answer is shown: an older one may finish after it.
        self._newest.renew()
        show = self._newest.when_current(on_done)
        tell = self._newest.when_current(lambda error: self.message.setText(error_text(error)))

        def failed(error: Exception, _trace: str) -> None:
            tell(error)

        def finished() -> None:
            # Last, after the answer and what follows it (the button enabled again): it
            # came before that, and a test saw the Verify button still disabled.
            self._tasks.discard(task)
            if on_finished:
                on_finished()
            self.jobFinished.emit()

        task = run_task(job, on_done=show, on_error=failed, on_finished=finished)
        self._tasks.add(task)
        return task

    # -- search ------------------------------------------------------------
    def search(self) -> None:
        """Find the client (then show their entries) or show the user's entries."""
        text = self.query.text().strip()
        self.message.clear()
        if self.mode.currentData() == BY_USER:
            self.show_entries()
            return
        if not text:
            self.message.setText(self.tr("Type a name or an identity code."))
            return
        ctx = self.ctx
        self._run(lambda handle: find_clients(ctx, text, limit=CLIENT_CHOICES).rows, self._clients)

    def _clients(self, rows) -> None:
        self.client.clear()
        for row in rows:
            self.client.addItem(f"{row.last_name} {row.first_names} – {row.identity_code}", row.id)
        if not rows:
            self.message.setText(self.tr("No client matches the search."))
            self.model.set_entries([])
            self.report_button.setEnabled(False)
            return
        if len(rows) > 1:
            self.message.setText(
                self.tr("%n client(s) match; choose one from the list.", "", len(rows))
            )
        self.show_entries()

    def show_entries(self) -> None:
        """List the entries of the chosen client or the typed login, newest first."""
        start, end = self.period()
        if start and end and start > end:
            self.message.setText(self.tr("The period starts after it ends."))
            return
        by_client = self.mode.currentData() == BY_CLIENT
        client_id = self.client.currentData() if by_client else None
        login = None if by_client else self.query.text().strip()
        if (by_client and client_id is None) or (not by_client and not login):
            return
        self.report_button.setEnabled(client_id is not None)
        ctx = self.ctx

        def job(handle):
            entries = list_entries(
                ctx, client_id=client_id, user=login, start=start, end=end, limit=ENTRY_LIMIT
            )
            # The clients by name: read (and logged) through the door like any listing.
            return entries, client_names(ctx, clients_to_name(entries))

        self._run(job, self._entries)

    def _entries(self, found) -> None:
        entries, names = found
        self.model.set_entries(entries, names)
        shown = self.tr("%n entry(s)", "", len(entries))
        if len(entries) >= ENTRY_LIMIT:
            shown = self.tr("the newest %n entries", "", len(entries))
        self.count.setText(shown)

    # -- the chain ---------------------------------------------------------
    def verify(self) -> None:
        """Check the whole chain off the UI thread; show the result and the head."""
        ctx = self.ctx
        self.verify_button.setEnabled(False)
        self.message.setText(self.tr("Verifying the access log…"))
        self._run(
            lambda handle: verify_chain(ctx),
            self._verified,
            on_finished=lambda: self.verify_button.setEnabled(True),
        )

    def _verified(self, report) -> None:
        self.message.setText(report.text(current_language()))
        self.message.setProperty("problem", not report.ok)
        self.head.setText(report.head)
        self.copy_button.setEnabled(bool(report.head))

    def copy_head(self) -> None:
        QGuiApplication.clipboard().setText(self.head.text())

    # -- the report --------------------------------------------------------
    def ask_report_path(self, client_id: int) -> Path | None:
        """Where to save the report; None if the user cancelled."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the access report"),
            str(Path.home() / f"kayttoloki-{client_id}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(path) if path else None

    def open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_report(self) -> None:
        """Save the chosen client's report as PDF (logged by the service), then open it."""
        client_id = self.client_id()
        if client_id is None:
            return
        path = self.ask_report_path(client_id)
        if path is None:
            return
        start, end = self.period()
        ctx, language = self.ctx, current_language()
        self.message.setText(self.tr("Printing the report…"))

        def saved(written: Path) -> None:
            self.message.setText(self.tr("The report was saved: %1").replace("%1", str(written)))
            self.open_file(written)

        self._run(
            lambda handle: write_access_report(
                ctx, client_id, path, start=start, end=end, language=language
            ),
            saved,
        )

"""File → Import clients… and Export clients…: a checked preview first, then all rows or none.

The dialog reads the file and runs the import as a dry run off the UI thread,
shows the first rows and every problem (row N: field: problem, N counting data
rows from 1 as a spreadsheet shows them below the header), and enables Import
only when there is none. The import itself is one transaction: cancelling it
rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.client_import import Problem
from omatyontekija.services.client_transfer import (
    ImportRefused,
    ImportResult,
    export_clients,
    import_clients,
)
from omatyontekija.services.context import Context
from omatyontekija.services.table_files import Table, read_table
from omatyontekija.ui.audit.page import error_text
from omatyontekija.ui.tasks import Task, TaskHandle, run_task

PREVIEW_ROWS = 50


@dataclass(frozen=True, slots=True)
class Checked:
    """What the dry run found: the table's first rows, and the problems or the row count."""

    preview: Table
    rows: int
    problems: tuple[Problem, ...]


def check_file(ctx: Context, path: Path) -> Checked:
    """Read ``path`` and dry-run its import; NotATable and AccessDenied pass through."""
    table = read_table(path)
    preview = Table(table.headers, table.rows[:PREVIEW_ROWS], table.encoding, table.delimiter)
    try:
        result = import_clients(ctx, path, dry_run=True)
    except ImportRefused as refused:
        return Checked(preview, len(table.rows), tuple(refused.problems))
    return Checked(preview, result.rows, ())


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as the reader sees them; row headers count data rows from 1."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = Table((), ())

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._table.headers
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1) if 0 <= section < len(self._table.rows) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        rows = self._table.rows
        if not 0 <= index.row() < len(rows):
            return None
        cells = rows[index.row()]
        return cells[index.column()] if 0 <= index.column() < len(cells) else None


class ImportDialog(QDialog):
    #: Emitted when a background job has finished and its result is shown (tests wait on it).
    jobFinished = Signal()
    #: Emitted after clients were imported, with how many.
    imported = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.checked: Checked | None = None
        self._task: Task | None = None
        self._committed: ImportResult | None = None  # set by the import job once it commits
        self.setWindowTitle(self.tr("Import clients"))
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file, as Export writes it"))
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.file)
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.problems_model = QStringListModel(self)
        self.problems = QListView(self)
        self.problems.setObjectName("importProblems")
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel(self.tr("&Problems"), self)
        self.problems_label.setBuddy(self.problems)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()

        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("First rows of the file"), self))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(960, 640)

        self.choose_button.clicked.connect(self.choose)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

    def ask_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            str(Path.home()),
            self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )
        return Path(path) if path else None

    def choose(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.check(path)

    def problem_line(self, problem: Problem) -> str:
        if problem.row == 0:
            return (
                self.tr("header: %1: %2")
                .replace("%1", problem.field)
                .replace("%2", problem.problem)
            )
        return (
            self.tr("row %1: %2: %3")
            .replace("%1", str(problem.row))
            .replace("%2", problem.field)
            .replace("%3", problem.problem)
        )

    def check(self, path: Path) -> None:
        """Read and dry-run ``path`` off the UI thread, then show the preview and problems."""
        self.path = path
        self.file.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))
        ctx = self.ctx
        self._start(lambda handle: check_file(ctx, path), self._checked)

    def _checked(self, checked: Checked) -> None:
        self.checked = checked
        self.preview_model.set_table(checked.preview)
        self.preview.resizeColumnsToContents()
        self.problems_model.setStringList([self.problem_line(p) for p in checked.problems])
        if checked.problems:
            self.summary.setText(
                self.tr(
                    "%n problem(s): fix the file and choose it again. Nothing is imported.",
                    "",
                    len(checked.problems),
                )
            )
        else:
            self.summary.setText(self.tr("%n client(s) can be imported.", "", checked.rows))
        self.import_button.setEnabled(not checked.problems)

    def start_import(self) -> None:
        """Import every row in one transaction, with progress; Cancel rolls it all back."""
        if self.path is None or self.checked is None or self.checked.problems:
            return
        path, ctx = self.path, self.ctx
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress.setRange(0, max(self.checked.rows, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))

        def job(handle: TaskHandle) -> ImportResult:
            def progress(done: int, total: int) -> None:
                handle.check()  # Cancelled inside the transaction: it rolls back
                handle.progress(done, total)

            result = import_clients(ctx, path, progress=progress)
            # Committed: a Cancel that arrives now is too late, and must not say otherwise.
            self._committed = result
            return result

        self._committed = None
        self._start(job, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.progress.setValue(self.progress.maximum())
        self.summary.setText(self.tr("%n client(s) imported.", "", result.rows))
        self.cancel_button.hide()
        self.close_button.show()
        self.imported.emit(result.rows)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.reject()

    def _start(self, job, on_done) -> None:
        def done(result) -> None:
            self._task = None
            on_done(result)
            self.jobFinished.emit()

        def failed(error: Exception, _trace: str) -> None:
            self._task = None
            self.progress.hide()
            self.choose_button.setEnabled(True)
            self.summary.setText(error_text(error))
            self.jobFinished.emit()

        def cancelled() -> None:
            self._task = None
            if self._committed is not None:
                self._imported(self._committed)
                self.jobFinished.emit()
                return
            self.progress.hide()
            self.choose_button.setEnabled(True)
            self.import_button.setEnabled(bool(self.checked and not self.checked.problems))
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
            self.jobFinished.emit()

        self._task = run_task(
            job,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            on_progress=lambda done_, total: self.progress.setValue(done_),
        )


class ClientExporter(QObject):
    """File → Export clients…: ask where, export off the UI thread, tell the result."""

    #: The text shown when the export ended, success or error (tests wait on it).
    finished = Signal(str)

    def __init__(self, ctx: Context, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._task: Task | None = None

    def ask_path(self) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export clients"),
            str(Path.home() / "asiakkaat.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        return Path(path) if path else None

    def ask_and_export(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export every client to ``path`` (.csv or .xlsx) off the UI thread."""
        ctx = self.ctx
        self._task = run_task(
            lambda handle: export_clients(ctx, path),
            on_done=lambda count: self._done(count, path),
            on_error=self._failed,
        )

    def _done(self, count: int, path: Path) -> None:
        self._task = None
        text = self.tr("%n client(s) exported to %1.", "", count).replace("%1", str(path))
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 15_000)
        self.finished.emit(text)

    def _failed(self, error: Exception, _trace: str) -> None:
        self._task = None
        text = error_text(error)
        self.finished.emit(text)
        QMessageBox.warning(self.window, self.tr("Export clients"), text)

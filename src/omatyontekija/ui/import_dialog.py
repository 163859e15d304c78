"""File → Import clients… and Export clients…: a checked preview first, then all rows or none.

The dialog reads the file and runs the import as a dry run off the UI thread,
shows the first rows and every problem (row N: field: problem, N counting data
rows from 1 as a spreadsheet shows them below the header), and enables Import
only when there is none. The import itself is one transaction: cancelling it
rolls everything back.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSettings,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.client_import import CLIENT_HEADERS, Problem, client_columns
from omatyontekija.services.client_transfer import (
    ImportRefused,
    ImportResult,
    import_clients,
)
from omatyontekija.services.context import Context
from omatyontekija.services.table_files import Table, read_table
from omatyontekija.ui.audit.page import error_text
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.row_table_model import RowTableModel
from omatyontekija.ui.screen_fit import resize_within_screen
from omatyontekija.ui.tasks import Task, TaskHandle, run_task

PREVIEW_ROWS = 50
#: QSettings group of the saved column mappings, one JSON object (header -> field) per name
PROFILES = "importProfiles"


def field_label(name: str) -> str:
    """A field in the user's language, with the name ``--map`` and the export use for it."""
    labels = {
        "identity_code": QCoreApplication.translate("ImportFields", "Identity code"),
        "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "first_names": QCoreApplication.translate("ImportFields", "First names"),
        "language": QCoreApplication.translate("ImportFields", "Language"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "street_address": QCoreApplication.translate("ImportFields", "Street address"),
        "postal_code": QCoreApplication.translate("ImportFields", "Postal code"),
        "post_office": QCoreApplication.translate("ImportFields", "Post office"),
        "stage": QCoreApplication.translate("ImportFields", "Stage of the service path"),
        "services": QCoreApplication.translate("ImportFields", "Services"),
        "named_worker_id": QCoreApplication.translate("ImportFields", "Named worker's id"),
        "named_worker": QCoreApplication.translate("ImportFields", "Named worker"),
        "can_seek_services": QCoreApplication.translate("ImportFields", "Can seek services"),
        "can_act_with_network": QCoreApplication.translate(
            "ImportFields", "Can act with their network"
        ),
        "needs_multisector_coordination": QCoreApplication.translate(
            "ImportFields", "Needs multisectoral coordination"
        ),
        "no_suitable_service_found": QCoreApplication.translate(
            "ImportFields", "No suitable service found"
        ),
        "intellectual_disability": QCoreApplication.translate(
            "ImportFields", "Intellectual disability"
        ),
        "client_requests_named_worker": QCoreApplication.translate(
            "ImportFields", "Asks for a named worker"
        ),
        "clientship_since": QCoreApplication.translate("ImportFields", "Client since"),
        "current_worker_since": QCoreApplication.translate("ImportFields", "Current worker since"),
        "life_situation_reason": QCoreApplication.translate(
            "ImportFields", "Reason in the life situation"
        ),
    }
    if name in labels:
        return f"{labels[name]} ({name})"
    # The whole file or one row has the problem, not a field.
    return {
        "rows": QCoreApplication.translate("ImportFields", "the rows"),
        "row": QCoreApplication.translate("ImportFields", "the row"),
    }.get(name, name)


@dataclass(frozen=True, slots=True)
class Checked:
    """What the dry run found: the table's first rows, and the problems or the row count."""

    preview: Table
    rows: int
    problems: tuple[Problem, ...]
    columns: dict[str, str] = field(default_factory=dict)  # header -> field ("" = ignored)
    result: ImportResult | None = None


def check_file(
    ctx: Context, path: Path, *, mapping: dict[str, str] | None = None, update: bool = False
) -> Checked:
    """Read ``path`` and dry-run its import; NotATable and AccessDenied pass through."""
    table = read_table(path)
    preview = Table(table.headers, table.rows[:PREVIEW_ROWS], table.encoding, table.delimiter)
    mapped = client_columns(table, mapping)
    by_index = {i: f for f, i in mapped.columns.items()}
    columns = {h: by_index.get(i, "") for i, h in enumerate(table.headers)}
    try:
        result = import_clients(ctx, path, dry_run=True, mapping=mapping, update=update)
    except ImportRefused as refused:
        return Checked(preview, len(table.rows), tuple(refused.problems), columns)
    return Checked(preview, result.rows, (), columns, result)


def load_profiles() -> dict[str, dict[str, str]]:
    settings = QSettings()
    settings.beginGroup(PROFILES)
    try:
        return {name: json.loads(str(settings.value(name))) for name in settings.childKeys()}
    finally:
        settings.endGroup()


def save_profile(name: str, mapping: dict[str, str]) -> None:
    QSettings().setValue(f"{PROFILES}/{name}", json.dumps(mapping, ensure_ascii=False))


class PreviewModel(RowTableModel):
    """The first rows of the file as the reader sees them; row headers count data rows from 1."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)

    def set_table(self, table: Table) -> None:
        self.set_rows(table.rows, table.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            shown = role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount()
            return str(section + 1) if shown else None
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cells = self.row_at(index)
        if role != Qt.ItemDataRole.DisplayRole or cells is None:
            return None
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
        self.preview.setAccessibleName(self.tr("The file's rows as they will be read"))
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.setTabKeyNavigation(False)  # Tab goes on; the arrow keys move in it
        self.problems_model = QStringListModel(self)
        self.problems = QListView(self)
        self.problems.setObjectName("importProblems")
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel(self.tr("&Problems"), self)
        self.problems_label.setBuddy(self.problems)
        # The column step: what each column of the file is read as; changed, checked again.
        self.mapping: dict[str, str] | None = None
        self.columns = QTableWidget(0, 2, self)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as")])
        self.columns.verticalHeader().hide()
        # Tab goes from the table through its choosers (set below), not cell by cell.
        self.columns.setTabKeyNavigation(False)
        self.columns.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        # the file's headers are short; the field names beside them need the room
        self.columns.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns_label = QLabel(self.tr("C&olumns: recognised and ignored"), self)
        self.columns_label.setBuddy(self.columns)
        self.profile = QComboBox(self)
        self.profile.setObjectName("importProfile")
        profile_label = QLabel(self.tr("P&rofile:"), self)
        profile_label.setBuddy(self.profile)
        self.save_profile_button = QPushButton(self.tr("Sa&ve as profile…"), self)
        self.update_box = QCheckBox(
            self.tr("&Update clients already in the database (by identity code)"), self
        )
        self.update_box.setObjectName("importUpdate")
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
        profiles = QHBoxLayout()
        profiles.addWidget(profile_label)
        profiles.addWidget(self.profile, 1)
        profiles.addWidget(self.save_profile_button)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.columns_label)
        left.addWidget(self.columns, 1)
        left.addLayout(profiles)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("First rows of the file"), self))
        right.addWidget(self.preview, 3)
        right.addWidget(self.problems_label)
        right.addWidget(self.problems, 2)
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.update_box)
        layout.addWidget(self.summary)
        layout.addLayout(middle, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        # Tab in reading order: the file, the update choice under it, the left column
        # (the columns, each one's chooser, the profile), then the right (the rows, the
        # problems). The widgets are made in another order.
        order = [
            self.file,
            self.choose_button,
            self.update_box,
            self.columns,
            self.profile,
            self.save_profile_button,
            self.preview,
            self.problems,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        resize_within_screen(self, 1100, 660)
        self._fill_profiles()
        self.profile.activated.connect(self._apply_profile)
        self.save_profile_button.clicked.connect(self.ask_profile_name)
        self.update_box.toggled.connect(lambda _on: self.path and self.check(self.path))

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
        """ "rivi 2: Sukunimi (last_name): pakollinen": all of it in the user's language."""
        return problem.line(current_language(), field_label)

    def check(self, path: Path) -> None:
        """Read and dry-run ``path`` off the UI thread, then show the preview and problems."""
        self.path = path
        self.file.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))
        ctx, mapping, update = self.ctx, self.mapping, self.update_box.isChecked()
        self._start(
            lambda handle: check_file(ctx, path, mapping=mapping, update=update), self._checked
        )

    # -- the column step -------------------------------------------------------
    def _fill_profiles(self) -> None:
        self.profile.clear()
        self.profile.addItem(self.tr("(recognised by their names)"), None)
        for name in sorted(load_profiles()):
            self.profile.addItem(name, name)

    def _apply_profile(self, index: int) -> None:
        name = self.profile.itemData(index)
        self.mapping = load_profiles().get(name) if name else None
        if self.path is not None:
            self.check(self.path)

    def ask_profile_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as profile"), self.tr("Name of the column profile:")
        )
        if ok and name.strip():
            self.save_profile(name.strip())

    def save_profile(self, name: str) -> None:
        """Keep the column choices under ``name`` (for the next extract from the same system)."""
        save_profile(name, self.current_mapping())
        self._fill_profiles()
        self.profile.setCurrentIndex(self.profile.findData(name))

    def current_mapping(self) -> dict[str, str]:
        mapping = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            mapping[self.columns.item(row, 0).text()] = combo.currentData() or ""
        return mapping

    def set_column(self, header: str, target: str) -> None:
        """Read the column ``header`` as ``target`` ("" ignores it), and check again."""
        mapping = self.current_mapping()
        mapping[header] = target
        self.mapping = mapping
        if self.path is not None:
            self.check(self.path)

    def _show_columns(self, columns: dict[str, str]) -> None:
        self.columns.setRowCount(len(columns))
        # Each column's chooser comes in the Tab order right after the table (made later
        # than the buttons, it would come after Cancel and jump back up the dialog).
        previous: QWidget = self.columns
        for row, (header, target) in enumerate(columns.items()):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(row, 0, item)
            combo = QComboBox(self.columns)
            combo.addItem(self.tr("(ignored)"), "")
            for name in CLIENT_HEADERS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.activated.connect(
                lambda _i, h=header, c=combo: self.set_column(h, c.currentData() or "")
            )
            # A screen reader names the chooser by the column it reads.
            combo.setAccessibleName(self.tr("Field of the column %1").replace("%1", header))
            self.columns.setCellWidget(row, 1, combo)
            QWidget.setTabOrder(previous, combo)
            previous = combo

    def _checked(self, checked: Checked) -> None:
        self.checked = checked
        self.preview_model.set_table(checked.preview)
        self.preview.resizeColumnsToContents()
        self._show_columns(checked.columns)
        self.problems_model.setStringList([self.problem_line(p) for p in checked.problems])
        ignored = [h for h, f in checked.columns.items() if not f]
        ignored_text = (
            " " + self.tr("Ignored columns: %1").replace("%1", ", ".join(ignored))
            if ignored
            else ""
        )
        if checked.problems:
            self.summary.setText(
                self.tr(
                    "%n problem(s): fix the file and choose it again. Nothing is imported.",
                    "",
                    len(checked.problems),
                )
                + ignored_text
            )
        elif self.update_box.isChecked() and checked.result is not None:
            r = checked.result
            self.summary.setText(
                self.tr(
                    "%1 new, %2 changed, %3 unchanged; %4 in the database but not in the "
                    "file (they are not removed)."
                )
                .replace("%1", str(r.added))
                .replace("%2", str(r.changed))
                .replace("%3", str(r.unchanged))
                .replace("%4", str(r.missing_from_file))
                + ignored_text
            )
        else:
            self.summary.setText(
                self.tr("%n client(s) can be imported.", "", checked.rows) + ignored_text
            )
        self.import_button.setEnabled(not checked.problems)

    def start_import(self) -> None:
        """Import every row in one transaction, with progress; Cancel rolls it all back."""
        if self.path is None or self.checked is None or self.checked.problems:
            return
        path, ctx = self.path, self.ctx
        mapping, update = self.mapping, self.update_box.isChecked()
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

            result = import_clients(ctx, path, progress=progress, mapping=mapping, update=update)
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

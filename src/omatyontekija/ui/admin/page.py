"""Administration: the unit's settings, its users, workers and areas, each change logged.

Everything here goes through services/admin, which check the role and write the
access log with the change; the page only shows and asks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.access import Role
from omatyontekija.services.admin.areas import district_names, import_areas, set_area
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.setup import unit_settings, update_settings
from omatyontekija.services.admin.users import add_user, edit_user, list_users
from omatyontekija.services.admin.workers import (
    TableImport,
    TableRefused,
    add_worker,
    edit_worker,
    import_workers,
)
from omatyontekija.services.areas import division_on
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.table_files import NotATable
from omatyontekija.services.units import all_units
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.admin.dialogs import (
    AreaDialog,
    UserDialog,
    WorkerDialog,
    role_names,
    worker_role_names,
)
from omatyontekija.ui.admin.field_labels import admin_field_label
from omatyontekija.ui.admin.settings_form import UnitSettingsForm
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.i18n import current_language


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab goes on; the arrow keys move in it
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[object]) -> None:
    table.setRowCount(len(rows))
    for r, (row, key) in enumerate(zip(rows, keys, strict=True)):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c == 0:
                item.setData(256, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        # contents-wide columns leave no air between a long name and the next column
        table.setColumnWidth(column, table.columnWidth(column) + 16)
    table.horizontalHeader().setSectionResizeMode(
        table.columnCount() - 1, QHeaderView.ResizeMode.Stretch
    )


def _date(day: dt.date | None) -> str:
    return "" if day is None else f"{day.day}.{day.month}.{day.year}"


class AdministrationPage(QWidget):
    backRequested = Signal()
    #: after any change (tests and the window wait on it)
    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("administrationPage")
        heading = QLabel(self.tr("<h2>Administration</h2>"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.tabs.addTab(self._unit_tab(), self.tr("&Unit"))
        self.tabs.addTab(self._users_tab(), self.tr("U&sers"))
        self.tabs.addTab(self._workers_tab(), self.tr("&Workers"))
        self.tabs.addTab(self._areas_tab(), self.tr("&Areas"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- building -----------------------------------------------------------
    def _unit_tab(self) -> QWidget:
        tab = QWidget(self)
        self.settings_form = UnitSettingsForm(tab)
        self.save_settings_button = QPushButton(self.tr("Sa&ve"), tab)
        self.save_settings_button.clicked.connect(self.save_settings)
        note = QLabel(self.tr("Printed at the top of every letter, checklist and report."), tab)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_settings_button)
        # a form as wide as the screen is hard to read: a column of a letter's width
        column = QWidget(tab)
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(note)
        inner.addWidget(self.settings_form)
        inner.addLayout(row)
        layout = QVBoxLayout(tab)
        layout.addWidget(column)
        layout.addStretch(1)
        return tab

    def _buttons(self, tab: QWidget, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _users_tab(self) -> QWidget:
        tab = QWidget(self)
        self.users_table = _table(
            tab,
            [self.tr("Login"), self.tr("Role"), self.tr("Worker"), self.tr("May log in")],
            "usersTable",
        )
        self.users_table.setAccessibleName(self.tr("Users"))
        self.add_user_button = QPushButton(self.tr("&Add user…"), tab)
        self.edit_user_button = QPushButton(self.tr("&Change…"), tab)
        self.add_user_button.clicked.connect(lambda: self.edit_user(None))
        self.edit_user_button.clicked.connect(
            lambda: self.edit_user(self._selected_key(self.users_table))
        )
        self.users_table.doubleClicked.connect(
            lambda _i: self.edit_user(self._selected_key(self.users_table))
        )
        layout = QVBoxLayout(tab)
        layout.addLayout(self._buttons(tab, self.add_user_button, self.edit_user_button))
        layout.addWidget(self.users_table, 1)
        QWidget.setTabOrder(self.edit_user_button, self.users_table)  # the buttons are above it
        return tab

    def _workers_tab(self) -> QWidget:
        tab = QWidget(self)
        self.workers_table = _table(
            tab,
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Phone hours"),
                self.tr("Login"),
                self.tr("Capacity"),
                self.tr("Last working day"),
            ],
            "workersTable",
        )
        self.workers_table.setAccessibleName(self.tr("Workers"))
        self.add_worker_button = QPushButton(self.tr("&Add worker…"), tab)
        self.edit_worker_button = QPushButton(self.tr("&Change…"), tab)
        self.import_workers_button = QPushButton(self.tr("&Import from a file…"), tab)
        self.add_worker_button.clicked.connect(lambda: self.edit_worker(None))
        self.edit_worker_button.clicked.connect(
            lambda: self.edit_worker(self._selected_key(self.workers_table))
        )
        self.workers_table.doubleClicked.connect(
            lambda _i: self.edit_worker(self._selected_key(self.workers_table))
        )
        self.import_workers_button.clicked.connect(self.choose_workers_file)
        layout = QVBoxLayout(tab)
        layout.addLayout(
            self._buttons(
                tab, self.add_worker_button, self.edit_worker_button, self.import_workers_button
            )
        )
        layout.addWidget(self.workers_table, 1)
        QWidget.setTabOrder(self.import_workers_button, self.workers_table)  # under the buttons
        return tab

    def _areas_tab(self) -> QWidget:
        tab = QWidget(self)
        # Each unit has its own division: the one shown, changed and imported is chosen
        # here (the unit the user works in, to begin with).
        self.area_unit = QComboBox(tab)
        self.area_unit.setObjectName("areaUnit")
        try:
            units = all_units(self.ctx)
        except AccessDenied:
            units = []
        for unit in units:
            name = unit.name(current_language())
            self.area_unit.addItem(name[:1].upper() + name[1:], unit.code)
        if (index := self.area_unit.findData(self.ctx.unit)) >= 0:
            self.area_unit.setCurrentIndex(index)
        self.area_unit.currentIndexChanged.connect(lambda _index: self.refresh())
        unit_label = QLabel(self.tr("Ser&vice unit:"), tab)
        unit_label.setBuddy(self.area_unit)
        self.division_label = QLabel(tab)
        self.division_label.setObjectName("divisionLabel")
        self.areas_table = _table(
            tab,
            [
                self.tr("Area"),
                self.tr("Social worker"),
                self.tr("Counsellor"),
                self.tr("Postal-code districts"),
            ],
            "areasTable",
        )
        self.areas_table.setAccessibleName(self.tr("Areas"))
        self.edit_area_button = QPushButton(self.tr("Change a&rea…"), tab)
        self.import_areas_button = QPushButton(self.tr("&Import from a file…"), tab)
        self.edit_area_button.clicked.connect(
            lambda: self.edit_area(self._selected_key(self.areas_table))
        )
        self.import_areas_button.clicked.connect(self.choose_areas_file)
        layout = QVBoxLayout(tab)
        unit_row = QHBoxLayout()
        unit_row.addWidget(unit_label)
        unit_row.addWidget(self.area_unit)
        unit_row.addStretch(1)
        layout.addLayout(unit_row)
        layout.addLayout(self._buttons(tab, self.edit_area_button, self.import_areas_button))
        layout.addWidget(self.division_label)
        layout.addWidget(self.areas_table, 1)
        QWidget.setTabOrder(self.import_areas_button, self.areas_table)  # under the buttons
        return tab

    # -- showing --------------------------------------------------------------
    def refresh(self) -> None:
        try:
            role = self.ctx.access.role
            self.settings_form.set_settings(unit_settings(self.ctx))
            self.workers = [w.worker for w in list_workers(self.ctx)]
            self.users = list_users(self.ctx) if role is Role.ADMIN else []
            self.division = division_on(self.ctx, self.ctx.today, unit=self.areas_unit())
            self.district_names = district_names(self.ctx)
        except AccessDenied as denied:
            QMessageBox.warning(self, self.tr("Administration"), denied.text(current_language()))
            return
        admin = role is Role.ADMIN
        for widget in (
            self.settings_form,
            self.save_settings_button,
            self.users_table,
            self.add_user_button,
            self.edit_user_button,
        ):
            widget.setEnabled(admin)
        names = {w.id: w.name for w in self.workers}
        roles = role_names(self)
        _fill(
            self.users_table,
            [
                [
                    u.login,
                    roles[u.role],
                    names.get(u.worker_id, ""),
                    self.tr("yes") if u.active else self.tr("no"),
                ]
                for u in self.users
            ],
            [u.login for u in self.users],
        )
        titles = worker_role_names(self)
        _fill(
            self.workers_table,
            [
                [
                    w.name,
                    w.title or titles[w.role],
                    w.phone,
                    w.email,
                    w.phone_hours,
                    w.login or "",
                    str(w.capacity or ""),
                    format_date(w.active_until) if w.active_until else "",
                ]
                for w in self.workers
            ],
            [w.id for w in self.workers],
        )
        areas = self.division.areas if self.division else ()
        self.division_label.setText(
            self.tr("Division in force: %1 (from %2)")
            .replace("%1", self.division.name)
            .replace("%2", format_date(self.division.effective_from))
            if self.division
            else self.tr("No area division yet: import one from a file.")
        )
        _fill(
            self.areas_table,
            [
                [
                    a.name,
                    a.social_worker.name if a.social_worker else "",
                    a.counsellor.name if a.counsellor else "",
                    ", ".join(
                        f"{c} {self.district_names.get(c, '')}".strip() for c in a.postal_codes
                    ),
                ]
                for a in areas
            ],
            [a.name for a in areas],
        )

    def areas_unit(self) -> str:
        """The unit whose division the areas tab shows, changes and imports."""
        return self.area_unit.currentData() or self.ctx.unit

    def _selected_key(self, table: QTableWidget):
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(256)

    def _refused(self, error: Exception) -> None:
        text = error.text(current_language()) if hasattr(error, "text") else str(error)
        QMessageBox.warning(self, self.tr("Administration"), text)

    # -- changing -------------------------------------------------------------
    def save_settings(self) -> None:
        try:
            update_settings(self.ctx, self.settings_form.settings())
        except (AdminError, AccessDenied) as error:
            self._refused(error)
            return
        self.changed.emit()

    def edit_user(self, login: str | None) -> None:
        user = next((u for u in self.users if u.login == login), None) if login else None
        dialog = UserDialog(self.workers, user, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            if user is None:
                add_user(
                    self.ctx,
                    dialog.login.text(),
                    dialog.role.currentData(),
                    worker_id=dialog.worker.currentData(),
                )
            else:
                edit_user(
                    self.ctx,
                    user.login,
                    role=dialog.role.currentData(),
                    worker_id=dialog.worker.currentData(),
                    active=dialog.active.isChecked(),
                )
        except (AdminError, AccessDenied) as error:
            self._refused(error)
            return
        self.refresh()
        self.changed.emit()

    def edit_worker(self, worker_id: int | None) -> None:
        worker = next((w for w in self.workers if w.id == worker_id), None)
        dialog = WorkerDialog(worker, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            if worker is None:
                add_worker(self.ctx, **dialog.texts())
            else:
                edit_worker(self.ctx, worker.id, **dialog.texts())
        except (AdminError, AccessDenied) as error:
            self._refused(error)
            return
        self.refresh()
        self.changed.emit()

    def edit_area(self, name: str | None) -> None:
        area = (
            next((a for a in self.division.areas if a.name == name), None)
            if (name and self.division)
            else None
        )
        if area is None:
            return
        dialog = AreaDialog(area, self.workers, self.ctx.today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            set_area(
                self.ctx,
                area.name,
                effective_from=dialog.effective_from(),
                new_name=dialog.name.text(),
                social_worker_id=dialog.social_worker.currentData(),
                counsellor_id=dialog.counsellor.currentData(),
                unit=self.areas_unit(),
            )
        except (AdminError, AccessDenied) as error:
            self._refused(error)
            return
        self.refresh()
        self.changed.emit()

    # -- files ----------------------------------------------------------------
    def ask_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            str(Path.home()),
            self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )
        return Path(path) if path else None

    def ask_date(self) -> dt.date | None:
        today = self.ctx.today
        value, ok = QInputDialog.getText(
            self,
            self.tr("Import areas"),
            self.tr("The division in the file is in force from (D.M.YYYY):"),
            text=_date(today),
        )
        if not ok:
            return None
        try:
            day, month, year = (int(p) for p in value.strip().split("."))
            return dt.date(year, month, day)
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Import areas"), self.tr("Not a date: %1").replace("%1", value)
            )
            return None

    def choose_workers_file(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.import_file(path, lambda dry: import_workers(self.ctx, path, dry_run=dry))

    def choose_areas_file(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        start = self.ask_date()
        if start is not None:
            unit = self.areas_unit()
            self.import_file(
                path,
                lambda dry: import_areas(
                    self.ctx, path, effective_from=start, dry_run=dry, unit=unit
                ),
            )

    def summary(self, result: TableImport) -> str:
        recognised = ", ".join(f"{h} → {f}" for h, f in result.recognised)
        lines = [self.tr("Recognised columns: %1").replace("%1", recognised)]
        if result.ignored:
            lines.append(self.tr("Ignored columns: %1").replace("%1", ", ".join(result.ignored)))
        lines.append(
            self.tr("%1 new, %2 changed, %3 unchanged.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.changed))
            .replace("%3", str(result.unchanged))
        )
        return "\n".join(lines)

    def import_file(self, path: Path, run, *, confirm: bool = True) -> bool:
        """Check the file (a dry run), show what it would do, then write all of it or nothing."""
        title = self.tr("Import from a file")
        try:
            checked = run(True)
        except TableRefused as refused:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                title,
                self.tr(
                    "%n problem(s): fix the file and choose it again. Nothing is imported.",
                    "",
                    len(refused.problems),
                ),
                parent=self,
            )
            language = current_language()
            lines = [p.line(language, admin_field_label) for p in refused.problems]
            box.setDetailedText("\n".join(lines))
            box.exec()
            return False
        except (NotATable, AdminError, AccessDenied) as error:
            self._refused(error)
            return False
        if confirm:
            answer = QMessageBox.question(self, title, self.summary(checked))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            run(False)
        except (TableRefused, NotATable, AdminError, AccessDenied) as error:
            self._refused(error)
            return False
        self.refresh()
        self.changed.emit()
        return True

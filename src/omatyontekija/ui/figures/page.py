"""The key-figure dashboard: a period, the figure tables and charts, PDF and CSV export.

The figures are computed off the UI thread (a 100 000-client database takes
seconds); a newer request replaces an older one. The charts are the same
matplotlib drawings the PDF report embeds, drawn on Qt canvases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.documents.figures_charts import draw_caseloads, draw_permanence, draw_services
from omatyontekija.domain.figures import KeyFigures, Period
from omatyontekija.domain.load import explanation
from omatyontekija.services.context import Context
from omatyontekija.services.figures import key_figures, write_csv, write_report
from omatyontekija.ui.figures import tables
from omatyontekija.ui.figures.model import FigureTableModel
from omatyontekija.ui.flow_layout import FlowLayout
from omatyontekija.ui.formatting import DateField
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.tables import keep_headers_whole, set_column_widths
from omatyontekija.ui.task_progress import TaskProgress, counted
from omatyontekija.ui.tasks import Task, run_task


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FiguresPage(QWidget):
    # Emitted on the UI thread when new figures are shown.
    figuresShown = Signal(object)
    # Emitted with the path when an export has been written.
    exported = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: KeyFigures | None = None
        self._export_task: Task | None = None
        self.title = QLabel(self.tr("Key figures and permanence"), self)
        self.title.setObjectName("pageTitle")

        period = Period.last_twelve_months(ctx.today)
        self.start = self._date_edit(period.start, "figuresFrom")
        self.end = self._date_edit(period.end, "figuresTo")
        start_label = QLabel(self.tr("F&rom"), self)
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&To"), self)
        end_label.setBuddy(self.end)
        self.refresh_button = QPushButton(self.tr("Comp&ute"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Export C&SV…"), self)
        # Counts of the clients evaluated and Cancel while computing; moving alone while
        # an export is written.
        self.busy = TaskProgress(self)
        self.busy.cancelRequested.connect(self.cancel)
        self.message = QLabel(self)
        self.message.setObjectName("warning")
        self.message.hide()

        # One row that wraps: with the progress shown while computing, the row needed
        # more than the 911 logical pixels of 1366×768 at 150 % in Swedish.
        controls = FlowLayout()
        for widget in (start_label, self.start, end_label, self.end, self.refresh_button):
            controls.addWidget(widget)
        controls.addWidget(self.busy)
        controls.addWidget(self.pdf_button)
        controls.addWidget(self.csv_button)

        self.summary = FigureTableModel([self.tr("Figure"), self.tr("Value")], self)
        self.services = FigureTableModel([self.tr("Unit or service"), self.tr("Clients")], self)
        self.workers = FigureTableModel(
            [
                self.tr("Worker"),
                self.tr("Role"),
                self.tr("Clients"),
                self.tr("Named or area clients"),
                self.tr("Capacity"),
                self.tr("Load %"),
                self.tr("Child-protection children"),
                self.tr("Changes away"),
                self.tr("Changes in"),
            ],
            self,
            text_columns=2,
        )
        self.areas = FigureTableModel(
            [
                self.tr("Area"),
                self.tr("Clients"),
                self.tr("With named worker"),
                self.tr("Needed, none named"),
                self.tr("Changes"),
                self.tr("Clients with a change"),
                self.tr("Changes per 100"),
            ],
            self,
        )
        self.canvases = {
            name: FigureCanvasQTAgg(Figure(figsize=(6, 4), dpi=90))
            for name in ("services", "caseloads", "permanence")
        }
        self.tabs = QTabWidget(self)
        self.tabs.addTab(
            self._pair(self.summary, self.canvases["services"], self.services),
            self.tr("Overview"),
        )
        # What the load column means, under it: the one definition (domain.load).
        self.load_note = QLabel(explanation(current_language()), self)
        self.load_note.setObjectName("hint")
        self.load_note.setWordWrap(True)
        caseloads = QWidget(self)
        caseloads_layout = QVBoxLayout(caseloads)
        caseloads_layout.setContentsMargins(0, 0, 0, 0)
        caseloads_layout.addWidget(
            self._pair(self.workers, self.canvases["caseloads"], None, Qt.Orientation.Vertical), 1
        )
        caseloads_layout.addWidget(self.load_note)
        self.tabs.addTab(caseloads, self.tr("Caseloads"))
        self.child_limit_note = QLabel(self)
        self.child_limit_note.setObjectName("hint")
        self.tabs.addTab(
            self._pair(self.areas, self.canvases["permanence"], None, Qt.Orientation.Vertical),
            self.tr("Areas and permanence"),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.child_limit_note)
        self._set_exports_enabled(False)

        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button.clicked.connect(self.export_csv)

    # -- building ------------------------------------------------------------
    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = DateField(self, _qdate(day))
        edit.setObjectName(name)
        return edit

    def _table(self, model: FigureTableModel) -> QTableView:
        view = QTableView(self)
        view.setProperty("wide", model.two_line_headers)  # less air beside its titles
        # Named by what its first columns tell: "Service · Clients".
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
        view.setAccessibleName(
            " · ".join(h.replace("\n", " ") for h in headers if isinstance(h, str))
        )
        # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
        view.setTabKeyNavigation(False)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        # Labels are long Finnish compounds: the first column takes the spare width,
        # the others only what their texts need. Where that is more than the table's
        # width (the caseloads at 1366×768 at 150 %), a long text (a role) gives way
        # down to its title, and the first column keeps its title whole (stretched, it
        # had shrunk to a cut "Handläggare").
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns = model.columnCount()
        # The workers' names and the key figures' labels are shown whole (the others,
        # and beside the table its chart, give way first); other first columns (a unit
        # or service) take what is left and elide.
        set_column_widths(
            view,
            dict.fromkeys(range(1, columns), 0),  # as wide as their texts
            name_column=0,
            whole_names=model in (self.workers, self.summary),
        )
        return view

    def _pair(
        self,
        model: FigureTableModel,
        canvas,
        second: FigureTableModel | None = None,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
    ) -> QSplitter:
        """A table (or two, stacked) beside a chart, or above it for wide tables."""
        splitter = QSplitter(orientation, self)
        left = QSplitter(Qt.Orientation.Vertical, self)
        if orientation == Qt.Orientation.Vertical:
            # A wide table over its chart: titles on two lines and less air beside them
            # (style.py), so that its columns fit the width of 1366×768 at 150 % (on one
            # line they needed sideways scrolling).
            model.two_line_headers = True
        tables = [self._table(m) for m in (model, second) if m is not None]
        for table in tables:
            left.addWidget(table)
            if orientation == Qt.Orientation.Horizontal:
                # Beside its chart a table keeps every header whole; the chart gives way.
                keep_headers_whole(table)
        splitter.addWidget(left)
        splitter.addWidget(canvas)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    # -- computing -----------------------------------------------------------
    def period(self) -> Period | None:
        """The chosen period, or None (with a message shown) when it ends before it starts."""
        start, end = _date(self.start.date()), _date(self.end.date())
        if start > end:
            self.message.setText(self.tr("The period starts after it ends."))
            self.message.show()
            return None
        self.message.hide()
        return Period(start, end)

    def refresh(self) -> None:
        """Compute the figures of the chosen period off the UI thread."""
        period = self.period()
        if period is None:
            return
        ctx, unit = self.ctx, self.ctx.unit  # the unit the user works in: its areas
        self.message.hide()
        self.busy.run(
            lambda handle: key_figures(
                ctx, period.start, period.end, progress=counted(handle), unit=unit
            ),
            on_done=self._show,
            on_error=self._failed,
        )

    def cancel(self) -> None:
        """Stop computing: the work stops at its next report, the figures shown stay."""
        if self.busy.cancel():
            self.message.setText(self.tr("Computing the key figures was cancelled."))
            self.message.show()

    def is_busy(self) -> bool:
        return self.busy.running() or self._export_task is not None

    def _show(self, figures: KeyFigures) -> None:
        self.figures = figures
        language = current_language()
        self.summary.set_rows(tables.summary_rows(figures, language))
        self.services.set_rows(tables.service_rows(figures, language))
        self.workers.set_rows(*tables.worker_rows(figures, language))
        self.areas.set_rows(tables.area_rows(figures, language))
        for name, draw in (
            ("services", draw_services),
            ("caseloads", draw_caseloads),
            ("permanence", draw_permanence),
        ):
            canvas = self.canvases[name]
            draw(canvas.figure, figures, language)
            # Laid out again at every drawing: the canvas takes the size the page gives
            # it (small at 150 %), and a layout made once cut the axis titles.
            canvas.figure.set_layout_engine("tight")
            canvas.draw_idle()
        self.child_limit_note.setText(
            self.tr(
                "Child Welfare Act § 13 b: at most %1 children per responsible social worker."
            ).replace("%1", str(figures.child_limit))
        )
        self._set_exports_enabled(True)
        self.figuresShown.emit(figures)

    def _failed(self, error: Exception, trace: str) -> None:
        QMessageBox.critical(
            self,
            self.title.text(),
            self.tr("The key figures could not be computed:\n%1").replace("%1", str(error)),
        )

    # -- exporting -----------------------------------------------------------
    def _set_exports_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save; None when the user cancels. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, file_filter)
        return Path(path) if path else None

    def _file_name(self, suffix: str) -> str:
        period = self.figures.period
        return f"tunnusluvut-{period.start.isoformat()}-{period.end.isoformat()}.{suffix}"

    def export_pdf(self) -> None:
        """Ask for a file and write the PDF report of the figures shown, off the UI thread."""
        if self.figures is None:
            return
        path = self.ask_save_path(
            self.tr("Export PDF"), self._file_name("pdf"), self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        figures, language = self.figures, current_language()
        self.busy.start(cancellable=False)
        self._export_task = run_task(
            lambda handle: str(write_report(figures, path, language)),
            on_done=self._exported,
            on_error=self._export_failed,
        )

    def export_csv(self) -> None:
        """Ask for a file and write the figures shown as CSV (';', UTF-8 with BOM)."""
        if self.figures is None:
            return
        path = self.ask_save_path(
            self.tr("Export CSV"), self._file_name("csv"), self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        try:
            written = write_csv(self.figures, path, current_language())
        except OSError as error:
            self._export_failed(error, "")
            return
        self.exported.emit(str(written))

    def _exported(self, path: str) -> None:
        self._export_task = None
        if not self.busy.running():  # not computing meanwhile
            self.busy.stop()
        self.exported.emit(path)

    def _export_failed(self, error: Exception, trace: str) -> None:
        self._export_task = None
        if not self.busy.running():
            self.busy.stop()
        QMessageBox.critical(
            self,
            self.title.text(),
            self.tr("The file could not be written:\n%1").replace("%1", str(error)),
        )

"""File → Export clients…: every client to an Excel or CSV file, off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from omatyontekija.services.client_transfer import export_clients
from omatyontekija.services.context import Context
from omatyontekija.ui.announce import announce
from omatyontekija.ui.audit.page import error_text
from omatyontekija.ui.tasks import Task, run_task


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
            announce(status(), text)
        self.finished.emit(text)

    def _failed(self, error: Exception, _trace: str) -> None:
        self._task = None
        text = error_text(error)
        self.finished.emit(text)
        QMessageBox.warning(self.window, self.tr("Export clients"), text)

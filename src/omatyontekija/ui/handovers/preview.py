"""A PDF shown inside the program before it is saved or printed (Qt PDF's QPdfView)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.documents import write_pdf_atomically
from omatyontekija.ui.screen_fit import resize_within_screen

# Printing renders each page to an image at this resolution: sharp on paper and
# independent of the printer driver's PDF support.
PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    """Shows ``data`` (a PDF); Save… writes it atomically, Print… sends it to a printer.

    ``on_output`` is called before a copy leaves the program (saved or printed):
    the caller records it as a print of client data.
    """

    def __init__(
        self,
        data: bytes,
        *,
        title: str,
        filename: str,
        on_output: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.data = data
        self.filename = filename
        self._on_output = on_output
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        self.pages.setObjectName("caption")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._ask_save)
        self.print_button.clicked.connect(self._ask_print)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        # A page's height where the screen has room, never more than the screen:
        # at 150 % on a 1080p screen a fixed 960 px put Save, Print and Close off it.
        resize_within_screen(self, 820, 960)

    # -- saving --------------------------------------------------------------
    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.filename, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path`` (whole or not at all); False with a message on failure."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._on_output()
        try:
            write_pdf_atomically(path, self.data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The PDF could not be saved:\n%1").replace("%1", str(error)),
            )
            return False
        return True

    # -- printing ------------------------------------------------------------
    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send every page to ``printer``, each scaled to fit the printable area."""
        self._on_output()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The printer could not start."))
            return
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(
                    round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)
                )
                image = self.document.render(page, size)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRectF(QPointF(0, 0), size.toSizeF() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()

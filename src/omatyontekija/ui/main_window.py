"""The main window: the client list, and a client's record one Enter away."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from omatyontekija import __version__
from omatyontekija.services.clients import ClientNotFound, get_client
from omatyontekija.services.context import Context
from omatyontekija.ui.client_list_model import ClientListModel
from omatyontekija.ui.client_list_page import ClientListPage
from omatyontekija.ui.client_view import ClientView
from omatyontekija.ui.client_view.controller import ClientController
from omatyontekija.ui.figures import FiguresPage
from omatyontekija.ui.gaps import GapPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Omatyöntekijä – named workers and handovers"))
        self.model = ClientListModel(ctx, self)
        self.list_page = ClientListPage(self.model, self)
        self.client_view = ClientView(self)
        self.client_controller = ClientController(ctx, self.client_view, self)
        self.gap_page = GapPage(ctx, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.client_view)
        self.pages.addWidget(self.gap_page)
        self.figures_page = FiguresPage(ctx, self)
        self.pages.addWidget(self.figures_page)
        self.setCentralWidget(self.pages)
        # Where Esc from a client's record returns to: the list or the gap list.
        self._return_page: QWidget = self.list_page

        self.list_page.clientActivated.connect(self.open_client)
        self.gap_page.clientActivated.connect(self.open_client)
        self.client_view.backRequested.connect(self.go_back)
        self.client_controller.clientChanged.connect(self._client_changed)
        self.gap_page.totalChanged.connect(self._show_gap_count)
        self._build_actions()
        self._build_status_bar()
        self.restore_settings()
        self.list_page.focus_search()
        self.gap_page.refresh()  # the count in the status bar, off the UI thread

    # -- navigation --------------------------------------------------------
    def open_client(self, client_id: int) -> None:
        try:
            client = get_client(self.ctx, client_id)
        except ClientNotFound:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The client is no longer in the records.")
            )
            self.model.refresh()
            return
        if self.pages.currentWidget() is not self.client_view:
            self._return_page = self.pages.currentWidget()
        self.client_controller.show(client)
        self.pages.setCurrentWidget(self.client_view)
        self.client_view.back.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def show_gaps(self) -> None:
        self.pages.setCurrentWidget(self.gap_page)
        self.gap_page.table.setFocus()

    def show_figures(self) -> None:
        self.pages.setCurrentWidget(self.figures_page)
        if self.figures_page.figures is None:
            self.figures_page.refresh()
        self.figures_page.start.setFocus()

    def go_back(self) -> None:
        if self._return_page is self.gap_page:
            self.show_gaps()
        else:
            self.show_list()

    def _client_changed(self, client_id: int) -> None:
        self.model.refresh()
        self.gap_page.refresh()

    def _show_gap_count(self, count: int) -> None:
        self.gap_label.setText(self.tr("Gap list: %n client(s)", "", count))

    def focus_search(self) -> None:
        self.show_list()
        self.list_page.focus_search()

    # -- building ----------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        clients_menu = self.menuBar().addMenu(self.tr("&Clients"))
        self.find_action = QAction(self.tr("&Find client"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        clients_menu.addAction(self.find_action)
        self.back_action = QAction(self.tr("&Back to list"), self)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.triggered.connect(self._escape)
        clients_menu.addAction(self.back_action)
        clients_menu.addSeparator()
        self.gaps_action = QAction(self.tr("&Gap list"), self)
        self.gaps_action.setShortcut(QKeySequence("Ctrl+G"))
        self.gaps_action.setToolTip(
            self.tr("Clients whose suggestion is 'needed' but who have no fitting named worker")
        )
        self.gaps_action.triggered.connect(self.show_gaps)
        clients_menu.addAction(self.gaps_action)
        self.figures_action = QAction(self.tr("&Key figures"), self)
        self.figures_action.setShortcut(QKeySequence("Ctrl+K"))
        self.figures_action.triggered.connect(self.show_figures)
        clients_menu.addAction(self.figures_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _escape(self) -> None:
        if self.pages.currentWidget() is self.client_view:
            self.go_back()
        elif self.pages.currentWidget() in (self.gap_page, self.figures_page):
            self.show_list()
        elif self.list_page.search.text():
            self.list_page.search.clear()
            self.list_page.focus_search()

    def _build_status_bar(self) -> None:
        self.gap_label = QLabel(self)
        self.gap_label.setObjectName("gapCount")
        self.statusBar().addPermanentWidget(self.gap_label)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.ctx.user))
        self.statusBar().addPermanentWidget(self.user_label)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Omatyöntekijä"),
            self.tr(
                "<h3>Omatyöntekijä %1</h3><p>Named workers, area divisions and accompanied "
                "handovers for social services.</p>"
            ).replace("%1", __version__),
        )

    # -- settings ----------------------------------------------------------
    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.value("mainWindow/clientSplitter")
        if splitter is not None:
            self.client_view.splitter.restoreState(splitter)
        header = settings.value("mainWindow/clientTableHeader")
        if header is not None:
            self.list_page.table.horizontalHeader().restoreState(header)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/clientSplitter", self.client_view.splitter.saveState())
        settings.setValue(
            "mainWindow/clientTableHeader", self.list_page.table.horizontalHeader().saveState()
        )

    def closeEvent(self, event) -> None:
        self.save_settings()
        super().closeEvent(event)

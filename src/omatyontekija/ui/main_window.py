"""The main window: the client list, and a client's record one Enter away."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from omatyontekija import __version__
from omatyontekija.services.clients import ClientNotFound, get_client
from omatyontekija.services.context import Context
from omatyontekija.ui.client_list_model import ClientListModel
from omatyontekija.ui.client_list_page import ClientListPage
from omatyontekija.ui.client_view import ClientView
from omatyontekija.ui.handovers import HandoverActions


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Omatyöntekijä – named workers and handovers"))
        self.model = ClientListModel(ctx, self)
        self.list_page = ClientListPage(self.model, self)
        self.client_view = ClientView(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.client_view)
        self.setCentralWidget(self.pages)
        self.handovers = HandoverActions(ctx, self, self.pages)
        self.handovers.page.backRequested.connect(self.show_list)
        self.start_handover_button = QPushButton(self.tr("&Start handover…"), self.client_view)
        self.start_handover_button.setObjectName("startHandover")
        self.start_handover_button.clicked.connect(
            lambda: self.handovers.start_for_client(self.client_view.client)
        )
        self.client_view.actions.addWidget(self.start_handover_button)

        self.list_page.clientActivated.connect(self.open_client)
        self.client_view.backRequested.connect(self.show_list)
        self._build_actions()
        self._build_status_bar()
        self.restore_settings()
        self.list_page.focus_search()

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
        self.client_view.show_client(client, self.ctx.today)
        self.pages.setCurrentWidget(self.client_view)
        self.client_view.back.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

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

        handovers_menu = self.menuBar().addMenu(self.tr("&Handovers"))
        self.handovers_action = QAction(self.tr("Show &handovers"), self)
        self.handovers_action.setShortcut(QKeySequence("Ctrl+H"))
        self.handovers_action.triggered.connect(self.handovers.show_page)
        handovers_menu.addAction(self.handovers_action)
        self.print_handovers_action = QAction(self.tr("&Print all open handovers…"), self)
        self.print_handovers_action.triggered.connect(lambda: self.handovers.print_all_open())
        handovers_menu.addAction(self.print_handovers_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _escape(self) -> None:
        if self.pages.currentWidget() in (self.client_view, self.handovers.page):
            self.show_list()
        elif self.list_page.search.text():
            self.list_page.search.clear()
            self.list_page.focus_search()

    def _build_status_bar(self) -> None:
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

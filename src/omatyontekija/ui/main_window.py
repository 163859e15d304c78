"""The main window: the client list, and a client's record one Enter away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from omatyontekija import __version__
from omatyontekija.domain.access import Role
from omatyontekija.services.authorization import AccessDenied, ReasonRequired
from omatyontekija.services.clients import ClientNotFound, get_client
from omatyontekija.services.context import Context
from omatyontekija.ui import people
from omatyontekija.ui.client_list_model import ClientListModel
from omatyontekija.ui.client_list_page import ClientListPage
from omatyontekija.ui.handovers.actions import HandoverActions
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.people import person_name
from omatyontekija.ui.reason_edit import ask_reason
from omatyontekija.ui.screen_fit import resize_within_screen
from omatyontekija.ui.settings_dialog import SettingsDialog
from omatyontekija.ui.tables import widen_to_headers
from omatyontekija.ui.unit_chooser import UnitChooser, UnitMenu

if TYPE_CHECKING:
    from omatyontekija.ui.client_view import ClientView
    from omatyontekija.ui.client_view.controller import ClientController
    from omatyontekija.ui.deadlines import DeadlinePage
    from omatyontekija.ui.gaps import GapPage

GAP_COUNT_DELAY_MS = 1500
#: Settings: no standard key on Windows or X11 (StandardKey.Preferences is empty there).
SETTINGS_KEY = QKeySequence("Ctrl+Shift+S")


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        people.use(ctx)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Omatyöntekijä – named workers and handovers"))
        self.model = ClientListModel(ctx, self)
        self.list_page = ClientListPage(self.model, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list_page)
        # Every other page is made on first use: start-up shows the list and
        # waits for nothing else (the figures bring matplotlib, the reform reads
        # every client).
        self._client_view: ClientView | None = None
        self._gap_page: GapPage | None = None
        self._deadline_page: DeadlinePage | None = None
        self.figures_page = None
        self.reform_page = None
        self.access_log_page = None
        self.administration_page = None
        self.exporter = None
        self.setCentralWidget(self.pages)
        # Where Esc from a client's record returns to: the page it was opened from.
        self._return_page: QWidget = self.list_page
        self.handovers = HandoverActions(ctx, self, self.pages)
        self.handovers.backRequested.connect(self.show_list)
        self.list_page.clientActivated.connect(self.open_client)
        self._build_actions()
        self._build_status_bar()
        self.model.set_unit(ctx.unit)  # the unit chooser may have restored another unit
        self.restore_settings()
        self.list_page.focus_search()
        # The gap count in the status bar is worked out off the UI thread, a moment
        # after the window is up, so that the first search answers at full speed.
        QTimer.singleShot(GAP_COUNT_DELAY_MS, self._count_gaps)

    # -- pages made on first use ---------------------------------------------
    @property
    def client_view(self) -> ClientView:
        if self._client_view is None:
            self._make_client_view()
        return self._client_view

    @property
    def client_controller(self) -> ClientController:
        if self._client_view is None:
            self._make_client_view()
        return self._client_controller

    @property
    def start_handover_button(self) -> QPushButton:
        if self._client_view is None:
            self._make_client_view()
        return self._start_handover_button

    def _make_client_view(self) -> None:
        from omatyontekija.ui.client_view import ClientView
        from omatyontekija.ui.client_view.controller import ClientController

        view = self._client_view = ClientView(self)
        self.pages.addWidget(view)
        self._client_controller = ClientController(self.ctx, view, self)
        self._client_controller.clientChanged.connect(self._client_changed)
        button = self._start_handover_button = QPushButton(self.tr("&Start handover…"), view)
        button.setObjectName("startHandover")
        button.clicked.connect(lambda: self.handovers.start_for_client(view.client))
        view.add_action(button)
        view.backRequested.connect(self.go_back)
        splitter = QSettings().value("mainWindow/clientSplitter")
        if splitter is not None:
            view.splitter.restoreState(splitter)

    @property
    def gap_page(self) -> GapPage:
        if self._gap_page is None:
            from omatyontekija.ui.gaps import GapPage

            self._gap_page = GapPage(self.ctx, self)
            self.pages.addWidget(self._gap_page)
            self._gap_page.clientActivated.connect(self.open_client)
            self._gap_page.totalChanged.connect(self._show_gap_count)
        return self._gap_page

    @property
    def deadline_page(self) -> DeadlinePage:
        if self._deadline_page is None:
            from omatyontekija.ui.deadlines import DeadlinePage

            self._deadline_page = DeadlinePage(self.ctx, self)
            self.pages.addWidget(self._deadline_page)
            self._deadline_page.clientActivated.connect(self.open_client)
        return self._deadline_page

    # -- navigation --------------------------------------------------------
    def open_client(self, client_id: int, reason: str | None = None) -> None:
        try:
            client = get_client(self.ctx, client_id, reason=reason)
        except ClientNotFound:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The client is no longer in the records.")
            )
            self.model.refresh()
            return
        except ReasonRequired:
            reason = self._ask_reason()
            if reason:
                self.open_client(client_id, reason)
            return
        except AccessDenied as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(current_language()))
            return
        if self.pages.currentWidget() is not self.client_view:
            self._return_page = self.pages.currentWidget()
        self.client_controller.show(client, reason=reason)
        self.pages.setCurrentWidget(self.client_view)
        self.client_view.back.setFocus()

    def _ask_reason(self) -> str:
        """Why a worker opens a client who is not theirs: kept in the access log."""
        # OK waits for a reason: an empty one used to cancel without a word.
        return ask_reason(
            self,
            self.tr("Reason for opening"),
            self.tr(
                "This client is not yours or in your areas. Why do you open their data? "
                "The reason is kept in the access log."
            ),
        )

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def show_gaps(self) -> None:
        self.pages.setCurrentWidget(self.gap_page)
        # Opened before the delayed first count ran: read it now, not an empty list.
        if not self.gap_page.loaded and not self.gap_page.is_busy():
            self._count_gaps()
        self.gap_page.table.setFocus()

    def show_deadlines(self) -> None:
        self.pages.setCurrentWidget(self.deadline_page)
        self.deadline_page.refresh()
        self.deadline_page.table.setFocus()

    def show_figures(self) -> None:
        if self.figures_page is None:
            from omatyontekija.ui.figures import FiguresPage

            self.figures_page = FiguresPage(self.ctx, self)
            self.pages.addWidget(self.figures_page)
        self.pages.setCurrentWidget(self.figures_page)
        if self.figures_page.figures is None:
            self.figures_page.refresh()
        self.figures_page.start.setFocus()

    def show_reform(self) -> None:
        if self.reform_page is None:
            from omatyontekija.ui.reform import ReformPage

            self.reform_page = ReformPage(self.ctx, self)
            self.reform_page.printRequested.connect(self.handovers.print_handovers)
            self.reform_page.lettersRequested.connect(self.handovers.print_letters)
            self.reform_page.applied.connect(lambda _applied: self.handovers.refresh_page())
            self.pages.addWidget(self.reform_page)
        self.pages.setCurrentWidget(self.reform_page)
        self.reform_page.start()
        self.reform_page.proposed_table.setFocus()

    def show_divisions(self) -> None:
        from omatyontekija.ui.reform import DivisionDialog

        self.division_dialog = DivisionDialog(self.ctx, self)
        self.division_dialog.open()

    def show_access_log(self) -> None:
        if self.access_log_page is None:
            from omatyontekija.ui.audit import AccessLogPage

            self.access_log_page = AccessLogPage(self.ctx, self)
            self.access_log_page.backRequested.connect(self.show_list)
            self.pages.addWidget(self.access_log_page)
        self.pages.setCurrentWidget(self.access_log_page)
        self.access_log_page.query.setFocus()

    def show_administration(self) -> None:
        if self.administration_page is None:
            from omatyontekija.ui.admin import AdministrationPage

            self.administration_page = AdministrationPage(self.ctx, self)
            self.administration_page.backRequested.connect(self.show_list)
            self.administration_page.changed.connect(self.model.refresh)
            self.administration_page.changed.connect(people.forget)
            self.pages.addWidget(self.administration_page)
        self.pages.setCurrentWidget(self.administration_page)
        self.administration_page.tabs.setFocus()

    def _import_clients(self) -> None:
        from omatyontekija.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(lambda _count: self._client_changed(0))
        dialog.choose()
        dialog.exec()

    def _export_clients(self) -> None:
        from omatyontekija.ui.client_export import ClientExporter

        if self.exporter is None:
            self.exporter = ClientExporter(self.ctx, self)
        self.exporter.ask_and_export()

    def _enable_by_role(self) -> None:
        """Offer the supervisor's tools to supervisors only; the services refuse others anyway."""
        try:
            role = self.ctx.access.role
        except AccessDenied:
            role = None
        supervisor = role is Role.SUPERVISOR
        self.access_log_action.setEnabled(supervisor or role is Role.ADMIN)
        self.administration_action.setEnabled(supervisor or role is Role.ADMIN)
        self.import_action.setEnabled(supervisor or role is Role.ADMIN)
        self.export_action.setEnabled(supervisor)
        # Offer only what the role may do: a worker pressing Ctrl+R got an empty page
        # and then a refusal (plan_reform is the supervisor's).
        self.reform_action.setEnabled(supervisor)

    def go_back(self) -> None:
        """Back from a client's record to the page it was opened from."""
        page = self._return_page
        if page is self.list_page or self.pages.indexOf(page) < 0:
            self.show_list()
            return
        self.pages.setCurrentWidget(page)
        table = getattr(page, "table", None)
        (table or page).setFocus()

    def _client_changed(self, client_id: int) -> None:
        self.model.refresh()
        self._count_gaps()

    def _count_gaps(self) -> None:
        try:
            if self.ctx.access.role is Role.ADMIN:
                return  # an administrator sees no client data, and so no gaps
        except AccessDenied:
            return
        self.gap_page.refresh()  # the page reports its total to the status bar

    def _show_gap_count(self, count: int) -> None:
        self.gap_label.setText(self.tr("Gap list: %n client(s)", "", count))

    def focus_search(self) -> None:
        self.show_list()
        self.list_page.focus_search()

    # -- building ----------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import clients…"), self)
        self.import_action.triggered.connect(self._import_clients)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export clients…"), self)
        self.export_action.triggered.connect(self._export_clients)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        # The unit chooser is made with the status bar, after the menus.
        self._file_menu = file_menu
        self._unit_menu_before = file_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        # The platform's preferences key where it has one (Ctrl+, on macOS), and one
        # that exists on every Windows and Linux keyboard layout.
        settings_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), SETTINGS_KEY]
        )
        settings_action.triggered.connect(self._settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
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
        self.deadlines_action = QAction(self.tr("My &deadlines"), self)
        self.deadlines_action.setShortcut(QKeySequence("Ctrl+D"))
        self.deadlines_action.setToolTip(
            self.tr("Service-path deadlines near or past their due date")
        )
        self.deadlines_action.triggered.connect(self.show_deadlines)
        clients_menu.addAction(self.deadlines_action)

        handovers_menu = self.menuBar().addMenu(self.tr("Hand&overs"))
        self.handovers_action = QAction(self.tr("Show &handovers"), self)
        self.handovers_action.setShortcut(QKeySequence("Ctrl+H"))
        self.handovers_action.triggered.connect(self.handovers.show_page)
        handovers_menu.addAction(self.handovers_action)
        self.print_handovers_action = QAction(self.tr("&Print all open handovers…"), self)
        self.print_handovers_action.triggered.connect(lambda: self.handovers.print_all_open())
        handovers_menu.addAction(self.print_handovers_action)
        self.figures_action = QAction(self.tr("&Key figures"), self)
        self.figures_action.setShortcut(QKeySequence("Ctrl+K"))
        self.figures_action.triggered.connect(self.show_figures)
        clients_menu.addAction(self.figures_action)

        areas_menu = self.menuBar().addMenu(self.tr("Ar&eas"))
        self.reform_action = QAction(self.tr("Area &reform…"), self)
        self.reform_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reform_action.triggered.connect(self.show_reform)
        areas_menu.addAction(self.reform_action)
        self.divisions_action = QAction(self.tr("Area &division…"), self)
        self.divisions_action.triggered.connect(self.show_divisions)
        areas_menu.addAction(self.divisions_action)

        admin_menu = self.menuBar().addMenu(self.tr("Ad&ministration"))
        self.administration_action = QAction(self.tr("&Users, workers and areas…"), self)
        self.administration_action.triggered.connect(self.show_administration)
        admin_menu.addAction(self.administration_action)
        self.access_log_action = QAction(self.tr("&Access log…"), self)
        self.access_log_action.triggered.connect(self.show_access_log)
        admin_menu.addAction(self.access_log_action)
        self._enable_by_role()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        if self.guide_action.shortcut().isEmpty():
            self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_guide(self) -> None:
        """The user guide at the section of what the user is looking at (F1)."""
        from omatyontekija.ui.help import HelpDialog, section_of

        shown = QApplication.activeModalWidget() or self.pages.currentWidget()
        self.help_dialog = HelpDialog(current_language(), section_of(shown), self)
        self.help_dialog.show()

    def show_shortcuts(self) -> None:
        from omatyontekija.ui.help import ShortcutsDialog

        actions = [
            action
            for menu in self.menuBar().findChildren(QMenu)
            for action in menu.actions()
            if not action.isSeparator()
        ]
        self.shortcuts_dialog = ShortcutsDialog(actions, self)
        self.shortcuts_dialog.show()

    def _escape(self) -> None:
        current = self.pages.currentWidget()
        if current is not None and current is self._client_view:
            self.go_back()
        elif current is not self.list_page:
            self.show_list()
        elif self.list_page.search.text():
            self.list_page.search.clear()
            self.list_page.focus_search()

    def _build_status_bar(self) -> None:
        self.gap_label = QLabel(self)
        self.gap_label.setObjectName("gapCount")
        self.statusBar().addPermanentWidget(self.gap_label)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", person_name(self.ctx.user)))
        self.statusBar().addPermanentWidget(self.user_label)
        self.unit_chooser = UnitChooser(self.ctx, self)
        self.unit_chooser.unitChosen.connect(self._unit_chosen)
        # At the top right, beside the menus: the unit frames every page below it (and Tab
        # reaches it before the page, in reading order).
        self.menuBar().setCornerWidget(self.unit_chooser, Qt.Corner.TopRightCorner)
        self.unit_menu = UnitMenu(self.unit_chooser, self)
        self._file_menu.insertMenu(self._unit_menu_before, self.unit_menu)

    def _unit_chosen(self, unit: str) -> None:
        self.model.set_unit(unit)  # the list's area column is the unit's own division's
        if self._client_view is not None:
            self._client_controller.set_unit(unit)
        if self._gap_page is not None:
            self._gap_page.unit_changed()
        if self.figures_page is not None and self.figures_page.figures is not None:
            self.figures_page.refresh()
        if self.reform_page is not None:
            self.reform_page.unit_changed()

    def _settings(self) -> None:
        SettingsDialog(self).exec()

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
            # The first start: a comfortable size, or the screen where it is smaller (a
            # 1366×768 laptop at 150 % has 911×512 logical pixels).
            resize_within_screen(self, 1280, 800)
        header = settings.value("mainWindow/clientTableHeader")
        if header is not None:
            self.list_page.table.horizontalHeader().restoreState(header)
            widen_to_headers(self.list_page.table)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        if self._client_view is not None:
            settings.setValue("mainWindow/clientSplitter", self._client_view.splitter.saveState())
        settings.setValue(
            "mainWindow/clientTableHeader", self.list_page.table.horizontalHeader().saveState()
        )

    def closeEvent(self, event) -> None:
        self.save_settings()
        super().closeEvent(event)

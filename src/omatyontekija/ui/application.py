"""The desktop application's start: settings, database, translations, main window."""

from __future__ import annotations

import os
import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from omatyontekija import __version__
from omatyontekija.domain.errors import UserError
from omatyontekija.rules import RuleSetError, load_all_rule_sets
from omatyontekija.services.admin.setup import needs_setup
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context, open_context
from omatyontekija.services.demo_database import open_demo
from omatyontekija.ui.garbage import collect_on_the_ui_thread
from omatyontekija.ui.i18n import current_language, install_translations, system_language
from omatyontekija.ui.main_window import MainWindow
from omatyontekija.ui.style import stylesheet

ORGANISATION = "omatyontekija"
# The desktop entry and AppStream id (packaging/linux/); Wayland matches the
# window to its .desktop file, and so to its icon, by this name.
DESKTOP_FILE_NAME = "fi.jyvaskyla.omatyontekija"
# Set by CI's bundle check: show the main window, then quit with status 0.
SMOKE_TEST_ENV = "OMATYONTEKIJA_SMOKE_TEST"
SMOKE_TEST_QUIT_MS = 1500


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    collect_on_the_ui_thread(app)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("omatyontekija")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(
        QIcon(str(resources.files("omatyontekija") / "resources/icons/omatyontekija.svg"))
    )
    settings = QSettings()
    if not settings.contains("language"):
        # First start: follow the system; afterwards, what the user chose.
        settings.setValue("language", system_language())
    install_translations(app, str(settings.value("language")))
    sheet = stylesheet(app.font(), app.palette())
    # Setting a sheet again re-polishes every widget alive; made a second time (a
    # language change, the tests) the same sheet need not touch them.
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return app


def open_workspace(args) -> Context:
    """The database the user asked for; with --demo, the demo database, made on first start."""
    if getattr(args, "demo", False):
        return open_demo(args.database, user=args.user)
    return open_context(args.database, user=args.user)


def check_rules() -> str | None:
    """None when every rule file loads; else the message to show (file and problem)."""
    try:
        load_all_rule_sets()
    except RuleSetError as error:
        return (
            QCoreApplication.translate(
                "Application",
                "A rule file is broken, so the program cannot make suggestions. "
                "Ask the administrator to mend it.\n\nFile: %1\nProblem: %2",
            )
            .replace("%1", error.file)
            .replace("%2", error.problem)
        )
    return None


def smoke_test_status(window: MainWindow) -> int:
    """0 when the window is up and the SVG icon draws (a bundle lacking Qt's
    SVG plugin draws nothing); else 1, with the reason on stderr."""
    problems = []
    if not window.isVisible():
        problems.append("the main window is not visible")
    if QGuiApplication.windowIcon().pixmap(32, 32).isNull():
        problems.append("the application icon does not draw")
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr)
    return 1 if problems else 0


def run_application(args) -> int:
    app = create_application()
    broken = check_rules()
    if broken is not None:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Omatyöntekijä"), broken
        )
        return 1
    try:
        ctx = open_workspace(args)
    except Exception as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Application", "Omatyöntekijä"),
            QCoreApplication.translate(
                "Application", "The database could not be opened:\n%1"
            ).replace(
                "%1",
                error.text(current_language()) if isinstance(error, UserError) else str(error),
            ),
        )
        return 1
    first_start = False
    if not getattr(args, "demo", False) and needs_setup(ctx):
        # An empty database: set the unit up, with this login as its first administrator.
        from omatyontekija.ui.admin import FirstStartDialog

        if FirstStartDialog(ctx).exec() != FirstStartDialog.DialogCode.Accepted:
            ctx.close()
            return 0
        first_start = True
    try:
        ctx.access  # noqa: B018 - who the user is, before any client data is shown
    except AccessDenied as denied:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Application", "Omatyöntekijä"),
            denied.text(current_language()),
        )
        ctx.close()
        return 1
    # Open all day: commits (every search logs its results) must not pay for checkpoints.
    ctx.checkpoint_in_background()
    window = MainWindow(ctx)
    window.show()
    if first_start:
        window.show_administration()
    if os.environ.get(SMOKE_TEST_ENV) == "1":
        # Hidden on purpose: proves a bundle starts and shows its window (.ci/run).
        QTimer.singleShot(SMOKE_TEST_QUIT_MS, lambda: app.exit(smoke_test_status(window)))
    try:
        return app.exec()
    finally:
        ctx.close()

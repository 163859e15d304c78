"""The desktop application's start: settings, database, translations, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from omatyontekija import __version__
from omatyontekija.rules import RuleSetError, load_all_rule_sets
from omatyontekija.services.context import Context, open_context
from omatyontekija.services.demo import create_demo
from omatyontekija.services.demo_database import demo_database_path
from omatyontekija.ui.i18n import install_translations, system_language
from omatyontekija.ui.main_window import MainWindow
from omatyontekija.ui.style import stylesheet

ORGANISATION = "omatyontekija"
DEMO_CLIENTS = 3000


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("omatyontekija")
    QCoreApplication.setApplicationVersion(__version__)
    settings = QSettings()
    if not settings.contains("language"):
        # First start: follow the system; afterwards, what the user chose.
        settings.setValue("language", system_language())
    install_translations(app, str(settings.value("language")))
    app.setStyleSheet(stylesheet(app.font(), app.palette()))
    return app


def open_workspace(args) -> Context:
    """The database the user asked for; with --demo, the demo database, made on first start."""
    if getattr(args, "demo", False) and not args.database:
        path = demo_database_path()
        fresh = not path.exists()
        ctx = open_context(str(path), user=args.user)
        if fresh:
            create_demo(ctx.db, DEMO_CLIENTS)
        return ctx
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
            ).replace("%1", str(error)),
        )
        return 1
    window = MainWindow(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()

"""Every page and dialog of the program, shown one after another with real data.

For the checks that must see all of them (mnemonics, layouts at 1366×768 and
150 %, accessible names) and for ``scripts/screenshots.py``. A new page or
dialog is added here once, and every one of those checks covers it.

    for name, widget in surfaces(window):
        ...  # widget is shown; it is closed when the loop moves on
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QDialog, QWidget

from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.clients import find_clients
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.main_window import MainWindow


def settle() -> None:
    # What a page started reading off the UI thread is finished and shown before the
    # next page or tab is made current, as a user would see it (and no read of a page
    # left behind runs on while the next one is built and checked).
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(10_000)
        QCoreApplication.processEvents()


def _settle_page(window: MainWindow, seconds: float = 60) -> None:
    """Until the current page has read what it reads off the UI thread: a page is
    checked (and photographed) as the user sees it once loaded, not half-empty."""
    page = window.pages.currentWidget()
    busy = getattr(page, "is_busy", None)
    ends = time.monotonic() + seconds
    settle()
    while busy is not None and busy() and time.monotonic() < ends:
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    settle()


def pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The window's pages, each made current in turn (the window is the widget)."""
    yield "client_list", window
    client_id = _client_with_named_worker(window)
    window.open_client(client_id)
    yield "client_view", window
    for name, show in (
        ("gap_list", window.show_gaps),
        ("deadlines", lambda: _whole_units_deadlines(window)),
        ("handovers", lambda: _with_handovers(window)),
        ("key_figures", window.show_figures),
        # Its other tabs: the caseloads' wide table above its chart, the areas'.
        ("key_figures_caseloads", lambda: window.figures_page.tabs.setCurrentIndex(1)),
        ("key_figures_areas", lambda: window.figures_page.tabs.setCurrentIndex(2)),
        ("area_reform", window.show_reform),
        ("access_log", lambda: _access_log_of_the_client(window)),
        ("administration", window.show_administration),
    ):
        show()
        _settle_page(window)
        yield name, window
    window.figures_page.tabs.setCurrentIndex(0)
    # The administration page's areas tab: its unit chooser and the unit's division.
    tabs = window.administration_page.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    settle()
    yield "administration_areas", window
    tabs.setCurrentIndex(0)
    window.show_list()


def _whole_units_deadlines(window: MainWindow) -> None:
    """The deadlines page with a list to show: the whole unit's (a supervisor, say, has no
    clients of her own, and her own list is empty)."""
    from omatyontekija.ui.deadlines.page import _WHOLE_UNIT

    window.show_deadlines()
    page = window.deadline_page
    whole = page.who.findData(_WHOLE_UNIT)
    if whole >= 0 and page.who.currentIndex() != whole:
        page.who.setCurrentIndex(whole)
        page.refresh()


def _access_log_of_the_client(window: MainWindow) -> None:
    """The access log with entries: those of the client opened above (the opening is one)."""
    client = window.client_controller.client
    window.show_access_log()
    page = window.access_log_page
    if client is not None:
        page.query.setText(client.identity_code)
        page.search()


def start_some_handovers(ctx, count: int = 3, *, skip: frozenset[int] = frozenset()) -> None:
    """Start handovers for ``count`` clients who have a named worker (not the first such
    client, whom the dialogs open, nor those in ``skip``), due one to a few weeks ahead,
    the first half ticked: the demo starts none."""
    from omatyontekija.services import handovers as handover_service

    workers = [
        w.worker
        for w in list_workers(ctx)
        if w.worker.role is WorkerRole.SOCIAL_WORKER and w.worker.active
    ]
    rows = [row for row in find_clients(ctx, "", limit=200).rows if row.named_worker]
    rows = [row for row in rows[1:] if row.id not in skip][:count]
    for number, row in enumerate(rows):
        others = [w for w in workers if w.id != row.named_worker.id]
        to = others[number % len(others)]
        due = ctx.today + dt.timedelta(days=7 + 14 * (number % 4))
        handover = handover_service.start_handover(ctx, row.id, to.id, "other", due_date=due)
        if number == 0:
            for item in handover.items[:3]:
                handover_service.set_item_state(ctx, handover.id, item.key, "done")


def _with_handovers(window: MainWindow) -> None:
    """The handovers page with a list to show."""
    from omatyontekija.services import handovers as handover_service

    if not handover_service.list_handovers(window.ctx, state="all"):
        start_some_handovers(window.ctx)
    window.handovers.show_page()


def _import_with_problems(dialog: QDialog) -> QDialog:
    """The import dialog after checking a file with a missing column and a bad row: its
    problems in the user's language, as a supervisor sees them."""
    folder = Path(tempfile.gettempdir()) / "omatyontekija-gallery"  # the same in every picture
    folder.mkdir(exist_ok=True)
    path = folder / "asiakkaat.csv"
    path.write_text(
        "henkilötunnus;etunimet;postinumero;palvelut\n010190-9876;Testi;4010A;teleportation\n",
        encoding="utf-8",
    )
    dialog.check(path)
    ends = time.monotonic() + 30
    while dialog.checked is None and time.monotonic() < ends:
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    return dialog


def dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """Every dialog, opened over the window one at a time."""
    from omatyontekija.services import handovers as handover_service
    from omatyontekija.ui.admin.dialogs import AreaDialog, UserDialog, WorkerDialog
    from omatyontekija.ui.client_view.matter_dialog import MatterDialog
    from omatyontekija.ui.designation_dialog import DesignationDialog
    from omatyontekija.ui.handovers.dialog import HandoverDialog
    from omatyontekija.ui.handovers.print_choice import PrintChoiceDialog
    from omatyontekija.ui.handovers.start_dialog import StartHandoverDialog
    from omatyontekija.ui.help import SECTION_CLIENT, HelpDialog, ShortcutsDialog
    from omatyontekija.ui.i18n import current_language
    from omatyontekija.ui.import_dialog import ImportDialog
    from omatyontekija.ui.reason_edit import ReasonDialog
    from omatyontekija.ui.reform.dialogs import AddWorkerDialog, ApplyDialog
    from omatyontekija.ui.reform.division_dialog import DivisionDialog
    from omatyontekija.ui.settings_dialog import SettingsDialog

    ctx = window.ctx
    workers = [w.worker for w in list_workers(ctx)]
    window.open_client(_client_with_named_worker(window))
    controller = window.client_controller
    client = controller.client
    made = [
        ("settings", lambda: SettingsDialog(window)),
        ("decide", lambda: DesignationDialog(client, controller.suggestion, workers, window)),
        ("new_matter", lambda: MatterDialog(ctx.today, window)),
        ("start_handover", lambda: StartHandoverDialog(ctx, client, window)),
        (
            "reason",
            lambda: ReasonDialog(
                window,
                window.tr("Reason for opening"),
                QCoreApplication.translate(
                    "MainWindow",
                    "This client is not yours or in your areas. Why do you open their data? "
                    "The reason is kept in the access log.",
                ),
            ),
        ),
        ("user_guide", lambda: HelpDialog(current_language(), SECTION_CLIENT, window)),
        ("shortcuts", lambda: ShortcutsDialog(window.findChildren(type(window.find_action)))),
        ("add_user", lambda: UserDialog(workers, None, window)),
        ("add_worker", lambda: WorkerDialog(None, window)),
        ("import_clients", lambda: ImportDialog(ctx, window)),
        ("import_problems", lambda: _import_with_problems(ImportDialog(ctx, window))),
        ("apply_reform", lambda: ApplyDialog(12, ctx.today, None, window)),
        (
            "reform_add_worker",
            lambda: AddWorkerDialog(
                {WorkerRole.SOCIAL_WORKER: 40, WorkerRole.SOCIAL_COUNSELLOR: 60}, window
            ),
        ),
        ("area_division", lambda: DivisionDialog(ctx, window)),
        (
            "print_letters",
            lambda: PrintChoiceDialog(
                window,
                title=QCoreApplication.translate("LetterPrint", "Printing letters"),
                intro=QCoreApplication.translate(
                    "LetterPrint",
                    "Print the letters to the clients of these handovers, each in the client's "
                    "language and to whoever acts for the client. Printing ticks each handover's "
                    "item “client informed”.",
                ),
                each_text=QCoreApplication.translate(
                    "LetterPrint", "One &file per client, into a folder"
                ),
                shown=12,
                selected=3,
            ),
        ),
    ]
    from omatyontekija.services.areas import division_on

    division = division_on(ctx, ctx.today)
    if division is not None and division.areas:
        area = division.areas[0]
        made.append(("change_area", lambda: AreaDialog(area, workers, ctx.today, window)))
    for name, make in made:
        dialog = make()
        dialog.show()
        settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()

    to = next(
        w
        for w in workers
        if w.role is WorkerRole.SOCIAL_WORKER
        and w.active
        and (client.named_worker is None or w.id != client.named_worker.id)
    )
    handover = handover_service.start_handover(
        ctx, client.id, to.id, "other", due_date=ctx.today + dt.timedelta(days=30)
    )
    dialog = HandoverDialog(ctx, handover.id, window)
    dialog.show()
    settle()
    yield "handover", dialog
    dialog.close()
    preview = window.handovers.preview(handover.id)
    if preview is not None:
        # QPdfView draws its pages in a thread of its own: a moment for the first one.
        ends = time.monotonic() + 1.5
        while time.monotonic() < ends:
            QThreadPool.globalInstance().waitForDone(50)
            QCoreApplication.processEvents()
        yield "pdf_preview", preview
        preview.close()


def _client_with_named_worker(window: MainWindow) -> int:
    rows = find_clients(window.ctx, "", limit=200).rows
    return next((row.id for row in rows if row.named_worker is not None), rows[0].id)

"""The same afternoon through the window: the first start, the Administration page, the import
dialog's column step, and a worker finding a client."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AREAS, WORKERS, clients_file, code, write_csv
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox

from omatyontekija.services.admin.setup import needs_setup, unit_settings
from omatyontekija.services.context import open_context
from omatyontekija.ui.admin import FirstStartDialog
from omatyontekija.ui.admin.dialogs import UserDialog, WorkerDialog
from omatyontekija.ui.application import create_application
from omatyontekija.ui.import_dialog import ImportDialog, load_profiles
from omatyontekija.ui.main_window import MainWindow


@pytest.fixture
def app(qapp):
    QSettings().setValue("language", "fi")
    return create_application()


def accept_with(monkeypatch, dialog_class, fill):
    def exec_(self):
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_first_start_then_administration_then_a_worker_finds_a_client(
    app, qtbot, tmp_path, monkeypatch
):
    path = str(tmp_path / "unit.sqlite3")
    ctx = open_context(path, user="ylla")
    assert needs_setup(ctx)
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # organisation and unit are needed
    qtbot.keyClicks(dialog.form.organisation, "Keski-Suomen hyvinvointialue")
    qtbot.keyClicks(dialog.form.unit, "Vammaispalvelut")
    qtbot.keyClicks(dialog.form.phone, "014 266 0000")
    assert "ylla" in dialog.admin.text()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not needs_setup(ctx)
    assert unit_settings(ctx).phone == "014 266 0000"

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.administration_action.isEnabled() and window.import_action.isEnabled()
    window.show_administration()
    page = window.administration_page
    assert window.pages.currentWidget() is page
    assert page.settings_form.organisation.text() == "Keski-Suomen hyvinvointialue"

    # workers from the unit's file, after the check shows what it recognised
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: shown.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(page, "ask_file", lambda: Path(write_csv(tmp_path / "t.csv", WORKERS)))
    page.choose_workers_file()
    assert "sähköposti → email" in shown[-1] and "4" in shown[-1]
    assert page.workers_table.rowCount() == 4

    # one worker by hand, and a user for her
    def fill_worker(dialog: WorkerDialog) -> None:
        dialog.name.setText("Kati Närhi")
        dialog.title.setCurrentText("sosiaalityöntekijä")
        dialog.email.setText("kati.narhi@hyvaks.example")
        dialog.capacity.setValue(40)

    accept_with(monkeypatch, WorkerDialog, fill_worker)
    page.edit_worker(None)
    assert page.workers_table.rowCount() == 5

    def fill_user(dialog: UserDialog) -> None:
        dialog.login.setText("knarhi")
        dialog.worker.setCurrentIndex(dialog.worker.findText("Kati Närhi"))

    accept_with(monkeypatch, UserDialog, fill_user)
    page.edit_user(None)
    logins = [page.users_table.item(r, 0).text() for r in range(page.users_table.rowCount())]
    assert "knarhi" in logins and "smantyla" in logins

    # areas from the file
    monkeypatch.setattr(page, "ask_file", lambda: Path(write_csv(tmp_path / "a.csv", AREAS)))
    monkeypatch.setattr(page, "ask_date", lambda: ctx.today)
    page.choose_areas_file()
    assert page.areas_table.rowCount() == 2
    assert "40100 Keskusta" in page.areas_table.item(0, 3).text()

    # clients: the column step, a saved profile, then the import
    source = Path(clients_file(tmp_path / "asiakkaat.csv"))
    importer = ImportDialog(ctx, window)
    qtbot.addWidget(importer)
    with qtbot.waitSignal(importer.jobFinished, timeout=10_000):
        importer.check(source)
    columns = importer.current_mapping()
    assert columns["henkilötunnus"] == "identity_code"
    # each field in the user's language, with the name --map takes
    assert importer.columns.cellWidget(0, 1).currentText() == "Henkilötunnus (identity_code)"
    assert columns["omatyöntekijä"] == "named_worker"
    assert columns["asiakasnumero"] == ""  # ignored, and shown as such
    assert "asiakasnumero" in importer.summary.text()
    with qtbot.waitSignal(importer.jobFinished, timeout=10_000):
        importer.set_column("postitoimipaikka", "")
    assert importer.current_mapping()["postitoimipaikka"] == ""
    importer.save_profile("Vanha järjestelmä")
    assert load_profiles()["Vanha järjestelmä"]["postitoimipaikka"] == ""
    assert importer.import_button.isEnabled()
    with qtbot.waitSignal(importer.jobFinished, timeout=10_000):
        importer.start_import()
    assert "4" in importer.summary.text()

    # the nightly extract as an update: counted before it is written
    changed = Path(clients_file(tmp_path / "asiakkaat2.csv", changed=True))
    with qtbot.waitSignal(importer.jobFinished, timeout=10_000):
        importer.update_box.setChecked(True)
    with qtbot.waitSignal(importer.jobFinished, timeout=10_000):
        importer.check(changed)
    assert importer.checked.result.counts() == {
        "added": 1,
        "changed": 2,
        "unchanged": 1,
        "missing_from_file": 1,
    }
    with qtbot.waitSignal(importer.jobFinished, timeout=10_000):
        importer.start_import()
    window.close()
    QThreadPool.globalInstance().waitForDone()
    ctx.close()

    worker_ctx = open_context(path, user="smantyla")
    worker_window = MainWindow(worker_ctx)
    qtbot.addWidget(worker_window)
    worker_window.show()
    assert not worker_window.administration_action.isEnabled()
    qtbot.keyClicks(worker_window.list_page.search, "Virtanen")
    qtbot.waitUntil(lambda: worker_window.list_page.model.rowCount() == 1)
    worker_window.open_client(worker_window.list_page.model.client_id(0))
    client = worker_window.client_view.client
    assert client.identity_code == code(1) and client.phone == "050 765 4321"
    assert client.named_worker.name == "Mäntylä Sari"
    worker_window.close()
    QThreadPool.globalInstance().waitForDone()
    worker_ctx.close()


def test_the_application_starts_with_the_set_up_on_an_empty_database(app, tmp_path, monkeypatch):
    from omatyontekija.ui import application

    path = str(tmp_path / "empty.sqlite3")
    seen = []

    def exec_(self):
        seen.append(self)
        self.form.organisation.setText("O")
        self.form.unit.setText("U")
        self.set_up()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstStartDialog, "exec", exec_)
    shown = []

    class Window:  # the real one is tested above; here only what the start does with it
        def __init__(self, ctx):
            self.ctx = ctx

        def show(self):
            shown.append("shown")

        def show_administration(self):
            shown.append("administration")

    class App:
        def exec(self):
            return 0

    monkeypatch.setattr(application, "MainWindow", Window)
    monkeypatch.setattr(application, "create_application", lambda: App())
    args = type("Args", (), {"database": path, "user": "ylla", "demo": False})()
    assert application.run_application(args) == 0
    # set up, then the window opened on the Administration page
    assert seen and shown == ["shown", "administration"]
    ctx = open_context(path, user="ylla")
    assert ctx.access.role.value == "admin"
    ctx.close()

"""File → Import clients… and Export clients…: preview, per-row problems, all or nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings

from omatyontekija.domain.identity import make_identity_code
from omatyontekija.services.clients import count_clients
from omatyontekija.services.table_files import Table
from omatyontekija.ui.application import create_application
from omatyontekija.ui.client_export import ClientExporter
from omatyontekija.ui.import_dialog import ImportDialog, PreviewModel

HEADER = "identity_code;last_name;first_names;postal_code;services\n"


def code(day: int) -> str:
    return make_identity_code(dt.date(1981, 2, day), 930 + day)


def make_dialog(qtbot, ctx) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def check(qtbot, dialog, path) -> None:
    with qtbot.waitSignal(dialog.jobFinished, timeout=10_000):
        dialog.check(path)


def test_the_preview_model_passes_the_model_tester(app, qtmodeltester):
    model = PreviewModel()
    model.set_table(Table(("a", "b"), (("1", "2"), ("3", "4"), ("5", "6"))))
    qtmodeltester.check(model)
    assert model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Vertical) == "1"


def test_a_good_file_is_previewed_then_imported(app, qtbot, ctx, tmp_path):
    before = count_clients(ctx, "")
    path = tmp_path / "uudet.csv"
    rows = "".join(f"{code(d)};Tuonti;Testi {d};40100;transport_service\n" for d in range(1, 6))
    path.write_text(HEADER + rows, encoding="utf-8")
    dialog = make_dialog(qtbot, ctx)
    check(qtbot, dialog, path)
    assert dialog.preview_model.rowCount() == 5
    assert dialog.preview_model.columnCount() == 5
    assert dialog.problems_model.rowCount() == 0
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == "5 asiakasta voidaan tuoda."
    assert count_clients(ctx, "") == before  # the check imports nothing
    imported = []
    dialog.imported.connect(imported.append)
    with qtbot.waitSignal(dialog.jobFinished, timeout=10_000):
        dialog.import_button.click()
    assert imported == [5]
    assert count_clients(ctx, "") == before + 5
    assert dialog.summary.text() == "5 asiakasta tuotiin."
    assert dialog.close_button.isVisible() and not dialog.import_button.isEnabled()


def test_problems_are_listed_by_row_and_field_and_block_the_import(app, qtbot, ctx, tmp_path):
    before = count_clients(ctx, "")
    path = tmp_path / "rikki.csv"
    path.write_text(
        HEADER
        + f"{code(1)};Hyvä;Rivi;40100;transport_service\n"
        + f"{code(2)};;Nimetön;4010A;teleportation\n",
        encoding="utf-8",
    )
    dialog = make_dialog(qtbot, ctx)
    check(qtbot, dialog, path)
    lines = dialog.problems_model.stringList()
    assert "rivi 2: Sukunimi (last_name): pakollinen" in lines
    assert "rivi 2: Postinumero (postal_code): postinumerossa on viisi numeroa" in lines
    assert "rivi 2: Palvelut (services): tuntematon palvelukoodi teleportation" in lines
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_model.rowCount() == 2
    assert "3 virhettä" in dialog.summary.text()
    dialog.start_import()  # refused while problems remain
    assert count_clients(ctx, "") == before


def test_not_a_table_is_said_in_the_summary(app, qtbot, ctx, tmp_path):
    path = tmp_path / "kuva.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog = make_dialog(qtbot, ctx)
    check(qtbot, dialog, path)
    assert "kuva.csv: binääritiedosto, ei CSV-taulukko" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_worker_is_refused_in_words(app, qtbot, tmp_path, demo_path):
    from omatyontekija.services.context import open_context

    worker = open_context(str(demo_path), user="sari.mantyla")
    try:
        path = tmp_path / "uudet.csv"
        path.write_text(HEADER + f"{code(3)};A;B;40100;\n", encoding="utf-8")
        dialog = make_dialog(qtbot, worker)
        check(qtbot, dialog, path)
        assert "Roolisi (worker) ei salli" in dialog.summary.text()
        assert not dialog.import_button.isEnabled()
    finally:
        worker.close()


def test_cancelling_an_import_rolls_everything_back(app, qtbot, ctx, tmp_path):
    before = count_clients(ctx, "")
    path = tmp_path / "paljon.csv"
    rows = "".join(
        f"{make_identity_code(dt.date(1850, 1, 1) + dt.timedelta(days=i), 950)};Massa;Tuonti;;\n"
        for i in range(3000)
    )
    path.write_text(HEADER + rows, encoding="utf-8")
    dialog = make_dialog(qtbot, ctx)
    check(qtbot, dialog, path)
    assert dialog.import_button.isEnabled(), dialog.problems_model.stringList()[:3]
    with qtbot.waitSignal(dialog.jobFinished, timeout=30_000):
        dialog.start_import()
        dialog.cancel()  # at once: the first progress report stops it
    assert dialog.summary.text() == "Peruttu: mitään ei tuotu."
    assert count_clients(ctx, "") == before
    assert dialog.import_button.isEnabled()


def test_export_writes_the_file_and_tells_how_many(app, qtbot, ctx, tmp_path, qapp):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    exporter = ClientExporter(ctx, window)
    target = tmp_path / "asiakkaat.csv"
    with qtbot.waitSignal(exporter.finished, timeout=10_000) as finished:
        exporter.export_to(target)
    assert finished.args == [f"400 asiakasta vietiin tiedostoon {target}."]
    assert target.read_text(encoding="utf-8-sig").count("\n") == 401
    assert window.statusBar().currentMessage() == finished.args[0]


def test_a_bad_header_is_said_in_finnish(app, qtbot, ctx, tmp_path):
    """The walkthrough saw "otsikkorivi: henkilötunnus: unknown column": Finnish around an
    English problem. Every part of the line is Finnish now."""
    path = tmp_path / "otsikko.csv"
    path.write_text(f"henkilötunnus;etunimet\n{code(1)};Testi\n", encoding="utf-8")
    dialog = make_dialog(qtbot, ctx)
    check(qtbot, dialog, path)
    assert dialog.problems_model.stringList() == [
        "otsikkorivi: Sukunimi (last_name): sarake puuttuu"
    ]


def test_a_bad_header_is_said_in_swedish(qapp, qtbot, ctx, tmp_path):
    QSettings().setValue("language", "sv")
    create_application()
    try:
        path = tmp_path / "rubrik.csv"
        path.write_text(f"personbeteckning;förnamn\n{code(1)};Test\n", encoding="utf-8")
        dialog = make_dialog(qtbot, ctx)
        check(qtbot, dialog, path)
        assert dialog.problems_model.stringList() == [
            "rubrikraden: Efternamn (last_name): kolumnen saknas"
        ]
    finally:
        QSettings().setValue("language", "fi")
        create_application()

"""The key-figure dashboard, driven with pytest-qt; the table model checked on its own."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from omatyontekija.services.figures import key_figures
from omatyontekija.ui.figures import FiguresPage
from omatyontekija.ui.figures.model import FigureTableModel, WarningRole


@pytest.fixture
def page(app, qtbot, history_ctx):
    widget = FiguresPage(history_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def compute(qtbot, page):
    with qtbot.waitSignal(page.figuresShown, timeout=20_000) as shown:
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def test_model_passes_the_model_tester(qtmodeltester):
    model = FigureTableModel(["a", "b"])
    model.set_rows([("x", "1"), ("y", "2")], {(1, 1)})
    qtmodeltester.check(model)
    assert model.index(1, 1).data(WarningRole) is True
    assert model.index(0, 1).data(WarningRole) is False
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    with pytest.raises(ValueError):
        model.set_rows([("only one",)])


def test_default_period_and_computed_tables(qtbot, page, history_ctx):
    assert page.start.date() == QDate(2025, 11, 24)
    assert page.end.date() == QDate(2026, 11, 23)
    assert not page.pdf_button.isEnabled()
    figures = compute(qtbot, page)
    assert figures == key_figures(history_ctx)
    assert page.pdf_button.isEnabled() and page.csv_button.isEnabled()
    summary = {
        page.summary.index(r, 0).data(): page.summary.index(r, 1).data()
        for r in range(page.summary.rowCount())
    }
    assert summary["Asiakkaita rekisterissä"] == "400"
    assert summary["Omatyöntekijän vaihdoksia"] == "3"
    assert page.workers.rowCount() == len(figures.workers)
    assert page.areas.rowCount() == len(figures.areas)
    assert page.services.index(0, 0).data() == "VAMMAISPALVELUT"
    assert page.canvases["services"].figure.axes
    assert "13 b" in page.child_limit_note.text()


def test_a_chosen_period(qtbot, page):
    page.start.setDate(QDate(2024, 1, 2))
    page.end.setDate(QDate(2024, 6, 1))
    figures = compute(qtbot, page)
    assert (figures.period.start, figures.period.end) == (dt.date(2024, 1, 2), dt.date(2024, 6, 1))
    assert figures.permanence.changes == 1


def test_a_period_that_ends_before_it_starts_is_not_computed(qtbot, page):
    page.start.setDate(QDate(2026, 6, 1))
    page.end.setDate(QDate(2026, 5, 1))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert not page.is_busy()
    assert page.message.isVisibleTo(page)
    assert page.message.text()
    assert page.figures is None


def test_export_pdf_and_csv(qtbot, page, tmp_path, monkeypatch):
    compute(qtbot, page)
    pdf, csv = tmp_path / "luvut.pdf", tmp_path / "luvut.csv"
    monkeypatch.setattr(page, "ask_save_path", lambda caption, name, kind: pdf)
    with qtbot.waitSignal(page.exported, timeout=20_000) as done:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(pdf)]
    assert pdf.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(page, "ask_save_path", lambda caption, name, kind: csv)
    with qtbot.waitSignal(page.exported, timeout=5_000):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert csv.read_text(encoding="utf-8").startswith("\ufeffOsio;Kohde;Tunnusluku;Arvo")


def test_cancelled_export_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    compute(qtbot, page)
    monkeypatch.setattr(page, "ask_save_path", lambda *a: None)
    with qtbot.assertNotEmitted(page.exported):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".csv", ".pdf")]


def test_export_failure_reaches_the_user(qtbot, page, tmp_path, monkeypatch):
    compute(qtbot, page)
    shown = []
    monkeypatch.setattr(
        "omatyontekija.ui.figures.page.QMessageBox.critical", lambda *a: shown.append(a[2])
    )
    monkeypatch.setattr(page, "ask_save_path", lambda *a: tmp_path / "missing" / "x.csv")
    page.export_csv()
    assert shown and "missing" in shown[0]


def test_main_window_opens_the_dashboard_with_ctrl_k(qtbot, app, history_ctx):
    from omatyontekija.ui.main_window import MainWindow

    window = MainWindow(history_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.figures_action.shortcut().toString() == "Ctrl+K"
    assert window.figures_page is None  # made on first use, so start-up skips matplotlib
    window.figures_action.trigger()
    qtbot.waitUntil(lambda: window.figures_page.figures is not None, timeout=20_000)
    assert window.pages.currentWidget() is window.figures_page
    qtbot.waitUntil(lambda: not window.gap_page.is_busy(), timeout=20_000)


def test_the_charts_are_laid_out_again_at_the_size_they_get(qtbot, page):
    """Issue 19: at 150 % a chart's canvas is lower than when it was drawn, and its axis
    title (and the caseloads' legend) fell outside it."""
    compute(qtbot, page)
    page.show()
    for name in ("services", "caseloads", "permanence"):
        canvas = page.canvases[name]
        canvas.resize(640, 230)
        canvas.draw()
        figure = canvas.figure
        renderer = canvas.get_renderer()
        shown = figure.bbox
        for axes in figure.axes:
            title = axes.xaxis.label.get_window_extent(renderer)
            assert title.y0 >= shown.y0 - 1 and title.x1 <= shown.x1 + 1, name
            legend = axes.get_legend()
            if legend is not None:
                box = legend.get_window_extent(renderer)
                assert box.y1 <= shown.y1 + 1, name

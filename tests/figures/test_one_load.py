"""Issue 16: one definition of load and one gap count, wherever they are shown.

The reform page and key figures show the same load for the same worker
(``domain.load``: clients whose named or area worker this is, over capacity),
each with the same one-line explanation; the status bar's gap count is the
key figures' gap count.
"""

from __future__ import annotations

import io
import sqlite3
from collections import Counter

from pypdf import PdfReader

from omatyontekija.documents.figures_labels import figure_label
from omatyontekija.domain.load import EXPLANATIONS, caseloads, explanation, grouped_caseloads
from omatyontekija.services.figures import key_figures, report_pdf
from omatyontekija.services.gaps import GapKind, count_gaps, find_gaps
from omatyontekija.services.reform import plan_reform, reform_situation

JUSSI = 3  # part-time, over capacity in the demo's 2020 division (the 113 %)


def test_the_rule_counts_a_client_once_per_worker():
    assert caseloads([(1, 1), (1, 2), (None, 2), (3, None), (None, None)]) == {1: 2, 2: 2, 3: 1}
    # an area's social worker and counsellor both carry its clients
    assert caseloads([(None, 2, 5), (2, 2, 5)]) == {2: 2, 5: 2}
    assert grouped_caseloads([((1, 2, None), 10), ((1, 1, 5), 3)]) == {1: 13, 2: 10, 5: 3}
    assert list(EXPLANATIONS) == ["fi", "sv", "en"]  # Finnish first
    assert explanation("sv") == EXPLANATIONS["sv"] and explanation("xx") == EXPLANATIONS["en"]


def test_key_figures_load_is_named_or_area_worker_over_capacity(ctx):
    with sqlite3.connect(ctx.db.path) as connection:
        division = connection.execute(
            "SELECT id FROM area_divisions WHERE effective_from <= '2026-11-23' "
            "AND unit_code = 'disability_services' "
            "ORDER BY effective_from DESC LIMIT 1"
        ).fetchone()[0]
        area_workers = {
            code: (social, counsellor)
            for code, social, counsellor in connection.execute(
                "SELECT d.postal_code, a.social_worker_id, a.counsellor_id FROM area_districts d "
                "JOIN areas a ON a.id = d.area_id WHERE d.division_id = ?",
                (division,),
            )
        }
    # Each client with their named worker and the area worker of their role: the social
    # worker's clients (needs one, or named to one) with the social worker, others with
    # the counsellor.
    situation = reform_situation(ctx)
    social_workers_clients = situation.social_workers_clients()
    expected = Counter()
    for client in situation.clients:
        social, counsellor = area_workers.get(client.postal_code, (None, None))
        first, other = (
            (social, counsellor) if client.id in social_workers_clients else (counsellor, social)
        )
        area_worker = first if first is not None else other
        for worker in {client.named_worker_id, area_worker} - {None}:
            expected[worker] += 1
    figures = key_figures(ctx)
    assert {w.worker.id: w.caseload for w in figures.workers} == {
        w.worker.id: expected[w.worker.id] for w in figures.workers
    }
    for w in figures.workers:
        if w.capacity:
            assert w.load == round(100 * expected[w.worker.id] / w.capacity, 1)
            assert w.over_capacity == (expected[w.worker.id] > w.capacity)
    jussi = next(w for w in figures.workers if w.worker.id == JUSSI)
    assert jussi.caseload > jussi.clients  # the area's clients too, not only the named ones


def test_the_reform_page_and_key_figures_show_the_same_load(ctx):
    proposal = plan_reform(reform_situation(ctx))
    figures = {w.worker.id: w for w in key_figures(ctx).workers}
    compared = 0
    for row in proposal.rows:
        if row.is_new or row.capacity == 0:
            continue
        shown = figures[int(row.key)]
        assert shown.caseload == row.load_before, row.name
        assert shown.load == round(100 * row.ratio_before, 1), row.name
        compared += 1
    assert compared >= 6


def test_the_gap_count_is_the_gap_lists_in_key_figures(ctx):
    figures = key_figures(ctx)
    gaps = find_gaps(ctx)
    assert figures.coverage.gaps == count_gaps(ctx) == len(gaps)
    # the gap list also has clients whose named worker is of the wrong role
    assert any(g.kind is GapKind.ROLE_MISMATCH for g in gaps)
    assert figures.coverage.gaps > figures.coverage.needed_without_named_worker
    assert figures.coverage.needed_without_named_worker == sum(
        g.kind is GapKind.NO_NAMED_WORKER for g in gaps
    )


def test_the_pdf_prints_the_explanation_and_the_gap_count(ctx):
    figures = key_figures(ctx)
    for language in ("fi", "sv", "en"):
        text = " ".join(
            " ".join(page.extract_text().split())
            for page in PdfReader(io.BytesIO(report_pdf(figures, language))).pages
        )
        assert EXPLANATIONS[language] in text, language
        assert figure_label("caseload", language) in text
        assert f"{figure_label('gaps', language)} {figures.coverage.gaps}" in text


def test_the_figures_page_and_the_status_bar_agree(qtbot, app, ctx):
    from omatyontekija.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.figures_action.trigger()
    page = window.figures_page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    qtbot.waitUntil(lambda: "Puutelistalla" in window.gap_label.text(), timeout=20_000)
    summary = {
        page.summary.index(r, 0).data(): page.summary.index(r, 1).data()
        for r in range(page.summary.rowCount())
    }
    count = summary[figure_label("gaps", "fi")]
    assert count == str(count_gaps(ctx))
    assert count in window.gap_label.text().split()
    assert page.load_note.text() == EXPLANATIONS["fi"]
    # the load column shows domain.load's, the reform page's
    jussi = next(
        r
        for r in range(page.workers.rowCount())
        if page.workers.index(r, 0).data() == "Jussi Kärkkäinen"
    )
    load = {w.worker.id: w for w in page.figures.workers}[JUSSI].load
    assert page.workers.index(jussi, 5).data() == f"{load:.1f}".replace(".", ",")


def test_the_reform_page_explains_load_in_the_same_words(qtbot, app, ctx):
    from omatyontekija.ui.reform import ReformPage

    page = ReformPage(ctx)
    qtbot.addWidget(page)
    assert page.load_note.text().startswith(EXPLANATIONS["fi"])


def test_only_the_load_chart_is_labelled_with_named_or_area_clients(ctx):
    from matplotlib.figure import Figure

    from omatyontekija.documents.figures_charts import draw_caseloads, draw_services

    figures = key_figures(ctx)
    services, loads = Figure(), Figure()
    draw_services(services, figures, "fi")
    draw_caseloads(loads, figures, "fi")
    assert services.axes[0].get_xlabel() == "Asiakkaita"
    assert loads.axes[0].get_xlabel() == "Omat tai alueen asiakkaat"

"""The key-figure report's tables as a reader meets them on paper (issue 19).

Read back with pypdf: header words whole ("Enimmäism äärä" was broken
mid-word), and a table that runs over a page break leaves at least two of its
rows on each side of the break, under a repeated header.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from omatyontekija.documents.figures_labels import figure_label
from omatyontekija.domain.figures import WorkerFigures
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.services.figures import key_figures, report_pdf

#: The figure labels the report uses as column headers of its tables.
HEADERS = (
    "figure",
    "value",
    "item",
    "clients",
    "worker",
    "role",
    "capacity",
    "load",
    "children",
    "changes_away",
    "changes_to",
    "area",
    "with_named_worker",
    "needed_without",
    "changes",
    "clients_with_changes",
    "changes_per_hundred",
)
PRINTED = dt.datetime(2026, 11, 23, 9)


@pytest.fixture
def figures(history_ctx):
    return key_figures(history_ctx)


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_header_word_is_printed_whole(figures, language):
    words = set(" ".join(pages(report_pdf(figures, language, printed_at=PRINTED))).split())
    broken = [
        word for key in HEADERS for word in figure_label(key, language).split() if word not in words
    ]
    assert broken == [], f"{language}: header words not printed whole: {broken}"


def _workers(count: int) -> tuple[WorkerFigures, ...]:
    return tuple(
        WorkerFigures(
            worker=WorkerRef(1000 + n, f"Testityöntekijä{n:03d} Sukunimi"),
            role=WorkerRole.SOCIAL_WORKER,
            active=True,
            capacity=30,
            clients=n % 40,
            caseload=n % 40,
            child_protection_children=0,
            changes_away=0,
            changes_to=0,
        )
        for n in range(count)
    )


def _rows_per_page(texts: list[str], names: list[str]) -> list[int]:
    """How many of a table's rows each page shows, found by the first word of the
    row's name (a long name wraps in its cell, its words then on different lines)."""
    firsts = [name.split()[0] for name in names]
    return [sum(first in text.split() for first in firsts) for text in texts]


def test_a_table_over_a_page_break_strands_no_single_row(figures):
    """With 1 to 59 workers the breaks fall at every place in the worker table and
    the tables after it; no page holds a lone row of a table continued over it."""
    stranded = {}
    for count in range(1, 60, 2):
        workers = _workers(count)
        data = report_pdf(dataclasses.replace(figures, workers=workers), "fi", printed_at=PRINTED)
        texts = pages(data)
        tables = {
            "workers": [w.worker.name for w in workers],
            "areas": [a.name for a in figures.areas],
        }
        for table, names in tables.items():
            counts = [n for n in _rows_per_page(texts, names) if n]
            if len(counts) > 1 and min(counts) < 2:
                stranded[f"{count} workers, {table}"] = counts
            if len(counts) > 1:  # its header is repeated on the page it continues on
                continued = texts[[bool(n) for n in _rows_per_page(texts, names)].index(True) + 1]
                assert figure_label("clients", "fi") in continued
    assert stranded == {}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_word_of_a_cell_is_broken(figures, language):
    """The worker table's titles were cut as "sosiaalityönt ekijä" in a narrow column."""
    words = set(" ".join(pages(report_pdf(figures, language, printed_at=PRINTED))).split())
    titles = {figure_label(f"role.{w.role.value}", language) for w in figures.workers}
    broken = [word for title in titles for word in title.split() if word not in words]
    assert broken == [], f"{language}: {broken}"


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_permanence_chart_says_the_rate_its_bars_show(figures, language):
    from matplotlib.figure import Figure

    from omatyontekija.documents.figures_charts import draw_permanence
    from omatyontekija.documents.figures_labels import format_number

    chart = Figure()
    draw_permanence(chart, figures, language)
    (axes,) = chart.axes
    labels = [t.get_text() for t in axes.texts]
    rates = [a.changes_per_hundred or 0 for a in figures.areas if a.clients]
    assert labels == [format_number(float(r), language) for r in rates]
    assert any("," in label for label in labels) == (language == "fi")
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    chart.canvas.draw()
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    assert all("." not in t for t in ticks) if language == "fi" else True

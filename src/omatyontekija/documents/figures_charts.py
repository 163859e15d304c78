"""Charts of the key figures with matplotlib, for the PDF report and the dashboard alike.

Each ``draw_*`` function fills a matplotlib ``Figure`` it is given, so the
dashboard draws on its Qt canvas and the report on an off-screen one with the
same code. Only the object-oriented API is used (no pyplot): pyplot keeps
global state and is not safe off the main thread, where the PDF is made.
Matplotlib's own DejaVu Sans is the PDF's font too.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from omatyontekija.documents.figures_labels import (
    area_label,
    figure_label,
    format_number,
    service_label,
)
from omatyontekija.domain.figures import KeyFigures

BAR = "#24506e"
LIGHT = "#b9c0c7"
WARN = "#b3541e"
INK = "#1b1f23"

Draw = Callable[[Figure, KeyFigures, str], None]


def _axes(figure: Figure, title: str):
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    axes.set_title(title, fontsize=10, color=INK, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)
    return axes


def _empty(axes, language: str) -> None:
    axes.text(0.5, 0.5, figure_label("chart.empty", language), ha="center", va="center")
    axes.set_axis_off()


def draw_services(figure: Figure, figures: KeyFigures, language: str) -> None:
    """Clients by service, a horizontal bar per service that has clients, largest on top."""
    axes = _axes(figure, figure_label("chart.services", language))
    counts = sorted((s for s in figures.services if s.clients), key=lambda s: s.clients)
    if not counts:
        _empty(axes, language)
        return
    names = [service_label(s.code, language) for s in counts]
    bars = axes.barh(names, [s.clients for s in counts], color=BAR)
    axes.bar_label(bars, padding=2, fontsize=7)
    axes.set_xlabel(figure_label("clients", language), fontsize=8)
    figure.tight_layout()


def draw_caseloads(figure: Figure, figures: KeyFigures, language: str) -> None:
    """Each worker's load (named or area clients, domain.load) as bars, capacity as a mark;
    over capacity in orange."""
    axes = _axes(figure, figure_label("chart.caseload", language))
    workers = [w for w in figures.workers if w.caseload or w.capacity]
    if not workers:
        _empty(axes, language)
        return
    names = [w.worker.name for w in workers]
    positions = range(len(workers))
    colours = [WARN if w.over_capacity or w.over_child_limit else BAR for w in workers]
    axes.barh(positions, [w.caseload for w in workers], color=colours)
    capacities = [(i, w.capacity) for i, w in enumerate(workers) if w.capacity]
    if capacities:
        axes.scatter(
            [c for _, c in capacities],
            [i for i, _ in capacities],
            marker="|",
            s=220,
            color=INK,
            label=figure_label("capacity", language),
        )
        axes.legend(fontsize=7, loc="lower right", bbox_to_anchor=(1, 1), frameon=False)
    axes.set_yticks(list(positions), names)
    axes.invert_yaxis()
    axes.set_xlabel(figure_label("caseload", language), fontsize=8)
    figure.tight_layout()


def draw_permanence(figure: Figure, figures: KeyFigures, language: str) -> None:
    """Named-worker changes per 100 clients, by area."""
    axes = _axes(figure, figure_label("chart.permanence", language))
    areas = [a for a in figures.areas if a.clients]
    if not areas:
        _empty(axes, language)
        return
    names = [area_label(a.name, language) for a in areas]
    rates = [a.changes_per_hundred or 0 for a in areas]
    bars = axes.barh(names, rates, color=BAR)
    # The bar's own number (it said the count of changes beside a bar of their rate).
    axes.bar_label(
        bars, labels=[format_number(float(r), language) for r in rates], padding=2, fontsize=7
    )
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _tick(x, language)))
    axes.set_xlim(0, max(max(rates) * 1.15, 1))  # a rate is never negative, even when all are 0
    axes.invert_yaxis()
    axes.set_xlabel(figure_label("changes_per_hundred", language), fontsize=8)
    figure.tight_layout()


def _tick(value: float, language: str) -> str:
    """An axis number as the language writes it: 1,5 in Finnish and Swedish."""
    return str(int(value)) if value == int(value) else format_number(value, language)


CHARTS: tuple[Draw, ...] = (draw_services, draw_caseloads, draw_permanence)


def chart_png(
    draw: Draw, figures: KeyFigures, language: str, size: tuple[float, float], dpi: int = 200
) -> bytes:
    """One chart as PNG bytes, ``size`` in inches, made in memory."""
    figure = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    draw(figure, figures, language)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()

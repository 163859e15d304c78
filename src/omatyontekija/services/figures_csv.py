"""Key figures as CSV that Excel on a Finnish Windows opens as it is.

Excel there expects ``;`` between fields (``,`` is the decimal separator) and
reads UTF-8 only when the file starts with a byte order mark; without it
"Mäntylä" turns into "MÃ¤ntylÃ¤". One long table: section; item; figure;
value, so every number has its label beside it and a pivot table can use it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from omatyontekija.documents.figures_labels import (
    area_label,
    figure_label,
    format_number,
    service_label,
    unit_label,
)
from omatyontekija.documents.labels import format_date
from omatyontekija.domain.figures import KeyFigures

BOM = "\ufeff"

# A cell starting with one of these is a formula to Excel (CSV injection);
# names come from the records, so such a cell gets a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Row = tuple[str, str, str, str]


def figures_csv(figures: KeyFigures, language: str) -> str:
    """The figures as ``;``-separated CSV text, labels in ``language``, starting with a BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    label = lambda key, **v: figure_label(key, language, **v)  # noqa: E731
    writer.writerow([label("section"), label("item"), label("figure"), label("value")])
    for row in figure_rows(figures, language):
        writer.writerow([_cell(value) for value in row])
    return BOM + buffer.getvalue()


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def figure_rows(figures: KeyFigures, language: str) -> Iterator[Row]:
    """Every figure as (section, item, figure, value) text in ``language``, in report order."""

    def label(key: str, **values: object) -> str:
        return figure_label(key, language, **values)

    def number(value: float | int | None) -> str:
        return format_number(value, language)

    summary = label("section.summary")
    for key, day in (
        ("period.start", figures.period.start),
        ("period.end", figures.period.end),
        ("current_as_of", figures.computed_on),
    ):
        yield summary, "", label(key), format_date(day, language)
    coverage = figures.coverage
    for key, value in (
        ("clients_total", figures.clients),
        ("clients_with_services", figures.clients_with_services),
        ("with_named_worker", coverage.with_named_worker),
        ("coverage", coverage.share),
        ("needed", coverage.needed),
        ("needed_without", coverage.needed_without_named_worker),
        ("needed_share", coverage.needed_share),
        ("gaps", coverage.gaps),
    ):
        yield summary, "", label(key), number(value)

    section = label("section.units")
    for u in figures.units:
        yield section, unit_label(u.unit, language), label("clients"), number(u.clients)
    section = label("section.services")
    for s in figures.services:
        yield section, service_label(s.code, language), label("clients"), number(s.clients)

    section = label("section.workers")
    for w in figures.workers:
        for key, value in (
            ("role", label(f"role.{w.role.value}")),
            ("clients", number(w.clients)),
            ("caseload", number(w.caseload)),
            ("capacity", number(w.capacity or None)),
            ("load", number(w.load)),
            ("children", number(w.child_protection_children)),
            ("changes_away", number(w.changes_away)),
            ("changes_to", number(w.changes_to)),
        ):
            yield section, w.worker.name, label(key), value

    section = label("section.areas")
    for a in figures.areas:
        name = area_label(a.name, language)
        for key, value in (
            ("clients", a.clients),
            ("with_named_worker", a.with_named_worker),
            ("needed_without", a.needed_without_named_worker),
            ("changes", a.changes),
            ("clients_with_changes", a.clients_with_changes),
            ("changes_per_hundred", a.changes_per_hundred),
        ):
            yield section, name, label(key), number(value)

    section = label("section.handovers")
    h = figures.handovers
    for key, value in (
        ("open", h.open),
        ("overdue", h.overdue),
        ("opened", h.opened),
        ("completed", h.completed),
    ):
        yield section, "", label(key), number(value)
    for status, count in h.opened_by_status:
        status_text = label(f"status.{status.value}")
        yield section, "", label("opened_status", status=status_text), number(count)

    section = label("section.permanence")
    p = figures.permanence
    for key, value in (
        ("changes", p.changes),
        ("clients_with_changes", p.clients_with_changes),
        ("changes_per_hundred", p.changes_per_hundred),
        ("namings", p.namings),
    ):
        yield section, "", label(key), number(value)
    for changes, clients in p.clients_by_changes:
        yield section, "", label("clients_by_changes", n=changes), number(clients)

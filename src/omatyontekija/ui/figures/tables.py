"""Key figures → the rows of the dashboard's tables (numbers formatted for the language)."""

from __future__ import annotations

from omatyontekija.documents.figures_labels import (
    area_label,
    figure_label,
    format_number,
    service_label,
    unit_label,
)
from omatyontekija.domain.figures import KeyFigures

Rows = list[tuple[str, ...]]


def summary_rows(figures: KeyFigures, language: str) -> Rows:
    """(figure, value) rows: coverage, handovers and permanence at a glance."""
    c, h, p = figures.coverage, figures.handovers, figures.permanence

    def row(key: str, value: float | int | None, **values: object) -> tuple[str, str]:
        return figure_label(key, language, **values), format_number(value, language)

    return [
        row("clients_total", figures.clients),
        row("clients_with_services", figures.clients_with_services),
        row("with_named_worker", c.with_named_worker),
        row("coverage", c.share),
        row("needed", c.needed),
        row("needed_without", c.needed_without_named_worker),
        row("needed_share", c.needed_share),
        row("gaps", c.gaps),
        row("open", h.open),
        row("overdue", h.overdue),
        row("opened", h.opened),
        row("completed", h.completed),
        row("changes", p.changes),
        row("clients_with_changes", p.clients_with_changes),
        row("changes_per_hundred", p.changes_per_hundred),
        row("namings", p.namings),
        *(row("clients_by_changes", n, n=changes) for changes, n in p.clients_by_changes),
    ]


def service_rows(figures: KeyFigures, language: str) -> Rows:
    """(unit or service, clients): the units first, then every service of the catalog."""
    units = [
        (unit_label(u.unit, language).upper(), format_number(u.clients, language))
        for u in figures.units
    ]
    return units + [
        (service_label(s.code, language), format_number(s.clients, language))
        for s in figures.services
    ]


def worker_rows(figures: KeyFigures, language: str) -> tuple[Rows, set[tuple[int, int]]]:
    """(name, role, named clients, named or area clients, capacity, load, children, away,
    in) and the cells over a limit; the load is domain.load's, the reform page's."""
    rows, warnings = [], set()
    for i, w in enumerate(figures.workers):
        rows.append(
            (
                w.worker.name,
                figure_label(f"role.{w.role.value}", language),
                *(
                    format_number(v, language)
                    for v in (
                        w.clients,
                        w.caseload,
                        w.capacity or None,
                        w.load,
                        w.child_protection_children,
                        w.changes_away,
                        w.changes_to,
                    )
                ),
            )
        )
        if w.over_capacity:
            warnings |= {(i, 3), (i, 5)}
        if w.over_child_limit:
            warnings.add((i, 6))
    return rows, warnings


def area_rows(figures: KeyFigures, language: str) -> Rows:
    """(area, clients, named, needed without, changes, clients with changes, per 100)."""
    return [
        (
            area_label(a.name, language),
            *(
                format_number(v, language)
                for v in (
                    a.clients,
                    a.with_named_worker,
                    a.needed_without_named_worker,
                    a.changes,
                    a.clients_with_changes,
                    a.changes_per_hundred,
                )
            ),
        )
        for a in figures.areas
    ]

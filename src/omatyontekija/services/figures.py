"""Key figures of the unit and named-worker permanence, for a period (issue 9).

What "in the period" means, figure by figure (period = ``start`` … ``end``,
both days included; "now" = ``ctx.today``):

* clients by service and by unit: clients with the service in force on at
  least one day of the period (granted on or before ``end``, not ended before
  ``start``; an unrecorded date does not exclude);
* clients in the records, named-worker coverage, clients whose suggestion is
  ``needed`` without a named worker, the gap list's count (``services.gaps``),
  caseloads and child-protection children per worker: now; the records hold
  the current named worker only. A worker's load is ``domain.load``'s (named
  or area worker in the division in force, over capacity), the reform page's;
* handovers: open (planned or in progress) and overdue (open, due before
  today) now; opened = created in the period; completed = completed in the
  period, whenever opened; the opened ones' status is their status now;
* permanence: named-worker changes = decisions made in the period whose
  worker differs from the worker of the client's previous decision (see
  ``store/permanence.py``), by the client's area now and by the worker the
  client changed away from and to.

Each service unit has its own division, named workers and rules (issue 18):
``unit`` chooses whose areas, coverage, needed-without and permanence these are.
In disability services (the default, as before units) every client in the
records counts; in another unit its clients (a service of it or a named
worker there), its named workers, its rule set and its decisions. Clients by
service and unit, caseloads and handovers are the whole organisation's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from omatyontekija.documents.figures_labels import figure_label
from omatyontekija.documents.model import UnitHeader
from omatyontekija.documents.output import write_pdf_atomically
from omatyontekija.domain.area import area_worker_of, social_workers_client
from omatyontekija.domain.catalog import SERVICE_TYPES, ServiceUnit
from omatyontekija.domain.figures import (
    CHILD_PROTECTION_LIMIT,
    AreaFigures,
    Coverage,
    HandoverFigures,
    KeyFigures,
    Period,
    Permanence,
    ServiceCount,
    UnitCount,
    WorkerFigures,
)
from omatyontekija.domain.handover import HandoverStatus
from omatyontekija.domain.load import grouped_caseloads
from omatyontekija.domain.text import sort_key
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import Outcome, SuggestedRole
from omatyontekija.services.areas import known_unit
from omatyontekija.services.figures_csv import figures_csv
from omatyontekija.services.figures_json import figures_dict
from omatyontekija.services.gaps import GapKind, gap_kind
from omatyontekija.services.progress import Progress, reporting
from omatyontekija.services.suggestions import unit_suggestions
from omatyontekija.services.trust.use_case import Work, use_case

__all__ = [
    "KeyFigures",
    "Period",
    "figures_csv",
    "figures_dict",
    "key_figures",
    "report_pdf",
    "write_csv",
    "write_report",
]


def report_pdf(
    figures: KeyFigures, language: str, *, printed_at: dt.datetime | None = None
) -> bytes:
    """The key-figure report of ``figures`` as PDF bytes, in ``language``."""
    header = UnitHeader(
        organisation=figures.organisation, unit=figure_label("header.unit", language)
    )
    # matplotlib and reportlab load with the first report, not with the program.
    from omatyontekija.documents.figures_pdf import key_figures_pdf

    return key_figures_pdf(figures, header, language, printed_at or dt.datetime.now())


def write_report(figures: KeyFigures, path: Path | str, language: str) -> Path:
    """Write the PDF report to ``path`` atomically (the old file or the whole new one)."""
    return write_pdf_atomically(path, report_pdf(figures, language))


def write_csv(figures: KeyFigures, path: Path | str, language: str) -> Path:
    """Write ``figures_csv`` to ``path`` atomically, UTF-8 with its byte order mark."""
    return write_pdf_atomically(path, figures_csv(figures, language).encode("utf-8"))


def child_born_after(today: dt.date) -> dt.date:
    """The birth dates of children under 18 on ``today`` are after this date."""
    try:
        return today.replace(year=today.year - 18)
    except ValueError:  # today is 29.2.: someone born 28.2. eighteen years ago is of age
        return today.replace(year=today.year - 18, day=28)


# Counts only: no client's data reaches the user, so nothing is logged; an unknown login
# still gets nothing, not even counts.
@use_case(None)
def key_figures(
    work: Work,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    child_limit: int = CHILD_PROTECTION_LIMIT,
    progress: Progress | None = None,
    unit: str = DEFAULT_UNIT,
) -> KeyFigures:
    """``unit``'s key figures for ``start`` … ``end`` (default: the twelve months to today).

    ``progress(done, total)`` is told of the clients whose suggestion is evaluated (most
    of the time); it may raise to stop the work (see services.progress).

    Raises ValueError when ``start`` is after ``end``, AccessDenied for a login that is
    not a user, ReformError ``unknown_unit``.
    """
    today = work.today
    default = Period.last_twelve_months(today)
    period = Period(start or default.start, end or default.end)
    figure_store = work.figures
    unit = known_unit(work, unit)
    division_id = work.areas.division_id_on(today, unit)
    workers = _unit_workers(work, unit)
    areas = figure_store.clients_by_area(division_id, unit)
    clients = figure_store.client_total()
    if unit == DEFAULT_UNIT:
        in_unit, named = clients, figure_store.clients_with_named_worker()
    else:  # every client of the unit is in one row of the area table
        in_unit = sum(c for c, _ in areas.values())
        named = sum(n for _, n in areas.values())
    by_service = figure_store.clients_by_service(period.start, period.end)
    by_unit, with_services = figure_store.clients_by_unit(period.start, period.end)
    loads = figure_store.caseloads(child_born_after(today), today, today)
    area_workers = figure_store.area_workers_by_postal_code(division_id)
    area_of_code = figure_store.area_names_by_postal_code(division_id)
    handovers = figure_store.handover_counts(period.start, period.end, today)
    changes = work.permanence.change_counts(period.start, period.end, division_id, unit)
    organisation = work.settings.load_settings().organisation

    # The rules run in Python; all_suggestions evaluates every client in bulk. A gap is
    # the gap list's (gap_kind), so the status bar and these figures count the same.
    # Loads (domain.load) count each client with their named worker and the area worker
    # of their role (domain.area: social worker's or counsellor's client), as the reform does.
    roles = {w.id: w.role for w in workers}
    counsellors = any(w.active and w.role is WorkerRole.SOCIAL_COUNSELLOR for w in workers)
    needed = gaps = 0
    needed_without: Counter[str | None] = Counter()
    groups: Counter[tuple[int | None, int | None]] = Counter()
    for item in reporting(unit_suggestions(work, unit), in_unit, progress):
        suggestion = item.suggestion
        mine = social_workers_client(
            suggestion.worker_role is SuggestedRole.SOCIAL_WORKER,
            roles.get(item.named_worker_id),
            counsellors=counsellors,
        )
        social, counsellor = area_workers.get(item.postal_code, (None, None))
        groups[(item.named_worker_id, area_worker_of(social, counsellor, mine))] += 1
        if suggestion.outcome is Outcome.NEEDED:
            needed += 1
        kind = gap_kind(item.suggestion, item.named_worker_id, roles)
        if kind is not None:
            gaps += 1
        if kind is GapKind.NO_NAMED_WORKER:
            needed_without[area_of_code.get(item.postal_code)] += 1

    caseload = grouped_caseloads(groups.items())
    open_now, overdue, opened, completed, opened_by_status = handovers
    return KeyFigures(
        organisation=organisation,
        period=period,
        computed_on=today,
        clients=clients,
        clients_with_services=with_services,
        units=tuple(UnitCount(u, by_unit.get(u, 0)) for u in ServiceUnit),
        services=tuple(
            ServiceCount(s.code, s.unit, by_service.get(s.code, 0)) for s in SERVICE_TYPES
        ),
        coverage=Coverage(
            clients=in_unit,
            with_named_worker=named,
            needed=needed,
            needed_without_named_worker=sum(needed_without.values()),
            gaps=gaps,
        ),
        workers=tuple(
            WorkerFigures(
                worker=w.ref,
                role=w.role,
                active=w.active,
                capacity=w.capacity,
                clients=loads.get(w.id, (0, 0))[0],
                caseload=caseload.get(w.id, 0),
                child_protection_children=loads.get(w.id, (0, 0))[1],
                changes_away=changes.away_from_worker.get(w.id, 0),
                changes_to=changes.to_worker.get(w.id, 0),
                child_limit=child_limit,
            )
            for w in sorted(workers, key=lambda w: (sort_key(w.name), w.id))
            if w.active or w.id in loads or w.id in caseload or w.id in changes.away_from_worker
        ),
        areas=tuple(
            AreaFigures(
                name=name,
                clients=areas.get(name, (0, 0))[0],
                with_named_worker=areas.get(name, (0, 0))[1],
                needed_without_named_worker=needed_without.get(name, 0),
                changes=changes.by_area.get(name, (0, 0))[0],
                clients_with_changes=changes.by_area.get(name, (0, 0))[1],
            )
            for name in _area_order(set(areas) | set(needed_without) | set(changes.by_area))
        ),
        handovers=HandoverFigures(
            open=open_now,
            overdue=overdue,
            opened=opened,
            completed=completed,
            opened_by_status=tuple(
                (s, opened_by_status[s.value])
                for s in HandoverStatus
                if s.value in opened_by_status
            ),
        ),
        permanence=Permanence(
            changes=changes.changes,
            clients_with_changes=changes.clients_with_changes,
            namings=changes.namings,
            clients_by_changes=tuple(sorted(changes.clients_by_changes.items())),
            clients_with_named_worker=named,
        ),
        child_limit=child_limit,
        unit=unit,
    )


def _unit_workers(work: Work, unit: str):
    """Every worker in disability services (as before units); a unit's own members in
    another unit."""
    workers = work.workers.list_workers()
    if unit == DEFAULT_UNIT:
        return workers
    units_of = work.units.units_of_workers([w.id for w in workers])
    return [w for w in workers if unit in units_of.get(w.id, ())]


def _area_order(names: set[str | None]) -> list[str | None]:
    """By name, the clients in no area last."""
    named = sorted((n for n in names if n is not None), key=sort_key)
    return [*named, None] if None in names else named

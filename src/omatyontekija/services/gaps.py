"""The gap list: clients who need a named worker but have none, or one of the wrong role."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from operator import itemgetter

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import Outcome, SuggestedRole, Suggestion, default_rule_set, needed_rows
from omatyontekija.services import area_workers
from omatyontekija.services.areas import known_unit
from omatyontekija.services.designations import worker_meets
from omatyontekija.services.progress import Progress, reporting
from omatyontekija.services.suggestions import unit_suggestions
from omatyontekija.services.trust.use_case import Work, use_case
from omatyontekija.store.cases import NAMED_WORKER


class GapKind(StrEnum):
    NO_NAMED_WORKER = "no_named_worker"
    ROLE_MISMATCH = "role_mismatch"


@dataclass(frozen=True, slots=True)
class Gap:
    client: ClientRow
    kind: GapKind
    suggestion: Suggestion


def gap_kind(
    suggestion: Suggestion, named_worker_id: int | None, roles: Mapping[int, WorkerRole]
) -> GapKind | None:
    """Whether a client with ``suggestion`` and this named worker is on the gap list, and why.

    The one rule of a gap: the status bar's count, the gap list and the key
    figures all count with it.
    """
    if suggestion.outcome is not Outcome.NEEDED:
        return None
    if named_worker_id is None:
        return GapKind.NO_NAMED_WORKER
    if not worker_meets(roles[named_worker_id], suggestion.worker_role):
        return GapKind.ROLE_MISMATCH
    return None


def _fitting_every_need(roles: dict[int, WorkerRole]) -> list[int]:
    """The workers whose role meets whatever role a suggestion asks for: their clients
    are never gaps, so their suggestions need not be evaluated."""
    return [
        worker_id
        for worker_id, role in roles.items()
        if all(worker_meets(role, required) for required in SuggestedRole)
    ]


def _gap_kinds(
    work: Work, unit: str = DEFAULT_UNIT, progress: Progress | None = None
) -> dict[int, tuple[GapKind, Suggestion]]:
    roles = {w.id: w.role for w in work.workers.list_workers()}
    if unit != DEFAULT_UNIT:
        total = len(work.units.clients_in_unit(unit)) if progress is not None else 0
        found = (
            (i.client_id, i.named_worker_id, i.suggestion)
            for i in reporting(unit_suggestions(work, unit), total, progress)
        )
    else:
        fitting = _fitting_every_need(roles)
        total = work.cases.fact_row_count(except_named_to=fitting) if progress is not None else 0
        rows = reporting(work.cases.fact_rows(except_named_to=fitting), total, progress)
        # Only the needed suggestions (a gap is a needed one): the rest are not finished.
        found = (
            (row[0], row[NAMED_WORKER], suggestion)
            for row, suggestion in needed_rows(rows, default_rule_set(), work.today)
        )
    gaps: dict[int, tuple[GapKind, Suggestion]] = {}
    for client_id, worker_id, suggestion in found:
        kind = gap_kind(suggestion, worker_id, roles)
        if kind is not None:
            gaps[client_id] = (kind, suggestion)
    return gaps


@use_case(None, listing=True)
def count_gaps(work: Work, *, unit: str = DEFAULT_UNIT, progress: Progress | None = None) -> int:
    """How many clients the gap list has: a count shows no client, so nothing is logged.
    ``progress(done, total)`` is told of the clients evaluated (see services.progress)."""
    return len(_gap_kinds(work, unit, progress))


def _statutory(suggestion: Suggestion) -> bool:
    """A gap the law makes (child protection's § 13 b, rule L1), listed first."""
    return any(rule.startswith("L") for rule in suggestion.rules)


@use_case(Action.SEARCH, listing=True)
def find_gaps(
    work: Work,
    *,
    area: str | None = None,
    worker_id: int | None = None,
    unit: str = DEFAULT_UNIT,
    progress: Progress | None = None,
) -> list[Gap]:
    """Every gap of ``unit``, in name order, statutory gaps first in units other than
    disability services; ``area`` (an area of ``unit``'s own division) and ``worker_id``
    (named or area worker) filter. Logged as a search of exactly the clients returned;
    ReformError ``unknown_unit``. ``progress(done, total)`` is told of the clients
    evaluated; it may raise to stop (see services.progress)."""
    gaps = _gap_kinds(work, known_unit(work, unit), progress)
    if not gaps:
        return []
    result = []
    rows = _rows(work, list(gaps), unit)
    for row in area_workers.by_role(work, rows, unit, {i: s for i, (_, s) in gaps.items()}):
        if area is not None and row.area != area:
            continue
        if worker_id is not None and worker_id not in {
            w.id for w in (row.named_worker, row.area_worker) if w is not None
        }:
            continue
        kind, suggestion = gaps[row.id]
        result.append(Gap(row, kind, suggestion))
    if unit != DEFAULT_UNIT:
        result.sort(key=lambda gap: not _statutory(gap.suggestion))  # stable: names within
    work.shown(gap.client.id for gap in result)
    return result


# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


def _rows(work: Work, client_ids: list[int], unit: str) -> list[ClientRow]:
    """The gap clients' list rows, with the area and area worker of ``unit``'s division and
    each one's named worker per unit, in the list's order (the stored sort key of
    "Last First", then id)."""
    keyed: list[tuple[tuple[str, int], ClientRow]] = []
    for start in range(0, len(client_ids), _CHUNK):
        chunk = client_ids[start : start + _CHUNK]
        keyed += work.clients.rows_with_units(chunk, on=work.today, unit=unit)
    keyed.sort(key=itemgetter(0))
    return [row for _, row in keyed]

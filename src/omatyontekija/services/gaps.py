"""The gap list: clients who need a named worker but have none, or one of the wrong role."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.text import sort_key
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.rules import Outcome, Suggestion
from omatyontekija.services.areas import known_unit
from omatyontekija.services.designations import worker_meets
from omatyontekija.services.suggestions import unit_suggestions
from omatyontekija.services.trust.use_case import Work, use_case


class GapKind(StrEnum):
    NO_NAMED_WORKER = "no_named_worker"
    ROLE_MISMATCH = "role_mismatch"


@dataclass(frozen=True, slots=True)
class Gap:
    client: ClientRow
    kind: GapKind
    suggestion: Suggestion


def _gap_kinds(work: Work, unit: str = DEFAULT_UNIT) -> dict[int, tuple[GapKind, Suggestion]]:
    roles = {w.id: w.role for w in work.workers.list_workers()}
    gaps: dict[int, tuple[GapKind, Suggestion]] = {}
    for item in unit_suggestions(work, unit):
        if item.suggestion.outcome is not Outcome.NEEDED:
            continue
        if item.named_worker_id is None:
            gaps[item.client_id] = (GapKind.NO_NAMED_WORKER, item.suggestion)
        elif not worker_meets(roles[item.named_worker_id], item.suggestion.worker_role):
            gaps[item.client_id] = (GapKind.ROLE_MISMATCH, item.suggestion)
    return gaps


@use_case(None, listing=True)
def count_gaps(work: Work, *, unit: str = DEFAULT_UNIT) -> int:
    """How many clients the gap list has: a count shows no client, so nothing is logged."""
    return len(_gap_kinds(work, unit))


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
) -> list[Gap]:
    """Every gap of ``unit``, in name order, statutory gaps first in units other than
    disability services; ``area`` (an area of ``unit``'s own division) and ``worker_id``
    (named or area worker) filter.
    Logged as a search of exactly the clients returned; ReformError ``unknown_unit``."""
    gaps = _gap_kinds(work, known_unit(work, unit))
    if not gaps:
        return []
    result = []
    for row in _rows(work, list(gaps), unit):
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
    """The gap clients' list rows, with the area and area worker of ``unit``'s division."""
    rows: list[ClientRow] = []
    for start in range(0, len(client_ids), _CHUNK):
        chunk = tuple(client_ids[start : start + _CHUNK])
        found = work.clients.search_rows(
            SearchTerms(SearchKind.IDS, ids=chunk),
            on=work.today,
            after=None,
            limit=len(chunk),
            unit=unit,
        )
        per_unit = work.units.named_workers([row.id for _, row in found])
        rows += [
            dataclasses.replace(row, named_workers=tuple(per_unit.get(row.id, {}).items()))
            for _, row in found
        ]
    return sorted(rows, key=lambda r: (sort_key(f"{r.last_name} {r.first_names}"), r.id))

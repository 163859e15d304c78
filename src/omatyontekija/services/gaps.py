"""The gap list: clients who need a named worker but have none, or one of the wrong role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.text import sort_key
from omatyontekija.rules import Outcome, Suggestion
from omatyontekija.services.designations import worker_meets
from omatyontekija.services.suggestions import all_suggestions
from omatyontekija.services.trust.use_case import Work, use_case


class GapKind(StrEnum):
    NO_NAMED_WORKER = "no_named_worker"
    ROLE_MISMATCH = "role_mismatch"


@dataclass(frozen=True, slots=True)
class Gap:
    client: ClientRow
    kind: GapKind
    suggestion: Suggestion


def _gap_kinds(work: Work) -> dict[int, tuple[GapKind, Suggestion]]:
    roles = {w.id: w.role for w in work.workers.list_workers()}
    gaps: dict[int, tuple[GapKind, Suggestion]] = {}
    for item in all_suggestions(work):
        if item.suggestion.outcome is not Outcome.NEEDED:
            continue
        if item.named_worker_id is None:
            gaps[item.client_id] = (GapKind.NO_NAMED_WORKER, item.suggestion)
        elif not worker_meets(roles[item.named_worker_id], item.suggestion.worker_role):
            gaps[item.client_id] = (GapKind.ROLE_MISMATCH, item.suggestion)
    return gaps


@use_case(None, listing=True)
def count_gaps(work: Work) -> int:
    """How many clients the gap list has: a count shows no client, so nothing is logged."""
    return len(_gap_kinds(work))


@use_case(Action.SEARCH, listing=True)
def find_gaps(work: Work, *, area: str | None = None, worker_id: int | None = None) -> list[Gap]:
    """Every gap, in name order; ``area`` and ``worker_id`` (named or area worker) filter.
    Logged as a search of exactly the clients returned."""
    gaps = _gap_kinds(work)
    if not gaps:
        return []
    result = []
    for row in _rows(work, list(gaps)):
        if area is not None and row.area != area:
            continue
        if worker_id is not None and worker_id not in {
            w.id for w in (row.named_worker, row.area_worker) if w is not None
        }:
            continue
        kind, suggestion = gaps[row.id]
        result.append(Gap(row, kind, suggestion))
    work.shown(gap.client.id for gap in result)
    return result


# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


def _rows(work: Work, client_ids: list[int]) -> list[ClientRow]:
    rows: list[ClientRow] = []
    for start in range(0, len(client_ids), _CHUNK):
        chunk = tuple(client_ids[start : start + _CHUNK])
        found = work.clients.search_rows(
            SearchTerms(SearchKind.IDS, ids=chunk), on=work.today, after=None, limit=len(chunk)
        )
        rows += [row for _, row in found]
    return sorted(rows, key=lambda r: (sort_key(f"{r.last_name} {r.first_names}"), r.id))

"""The gap list: clients who need a named worker but have none, or one of the wrong role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.text import sort_key
from omatyontekija.rules import Outcome, Suggestion
from omatyontekija.services.clients import find_clients
from omatyontekija.services.context import Context
from omatyontekija.services.designations import worker_meets
from omatyontekija.services.suggestions import all_suggestions
from omatyontekija.store import workers as worker_store


class GapKind(StrEnum):
    NO_NAMED_WORKER = "no_named_worker"
    ROLE_MISMATCH = "role_mismatch"


@dataclass(frozen=True, slots=True)
class Gap:
    client: ClientRow
    kind: GapKind
    suggestion: Suggestion


def find_gaps(ctx: Context, *, area: str | None = None, worker_id: int | None = None) -> list[Gap]:
    """Every gap, in name order; ``area`` and ``worker_id`` (named or area worker) filter."""
    with ctx.db.read() as session:
        roles = {w.id: w.role for w in worker_store.list_workers(session)}
    gaps: dict[int, tuple[GapKind, Suggestion]] = {}
    for item in all_suggestions(ctx):
        if item.suggestion.outcome is not Outcome.NEEDED:
            continue
        if item.named_worker_id is None:
            gaps[item.client_id] = (GapKind.NO_NAMED_WORKER, item.suggestion)
        elif not worker_meets(roles[item.named_worker_id], item.suggestion.worker_role):
            gaps[item.client_id] = (GapKind.ROLE_MISMATCH, item.suggestion)
    if not gaps:
        return []
    rows = _rows(ctx, list(gaps))
    result = []
    for row in rows:
        if area is not None and row.area != area:
            continue
        if worker_id is not None and worker_id not in {
            w.id for w in (row.named_worker, row.area_worker) if w is not None
        }:
            continue
        kind, suggestion = gaps[row.id]
        result.append(Gap(row, kind, suggestion))
    return result


# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


def _rows(ctx: Context, client_ids: list[int]) -> list[ClientRow]:
    rows: list[ClientRow] = []
    for start in range(0, len(client_ids), _CHUNK):
        chunk = tuple(client_ids[start : start + _CHUNK])
        rows += find_clients(ctx, SearchTerms(SearchKind.IDS, ids=chunk), limit=len(chunk)).rows
    return sorted(rows, key=lambda r: (sort_key(f"{r.last_name} {r.first_names}"), r.id))

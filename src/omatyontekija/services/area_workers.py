"""The area worker each listed client sees: the worker of the client's role in the area.

An area has a social worker and a counsellor; a client who needs a social worker (or
whose named worker is one) is the social worker's, every other client the counsellor's
(:func:`domain.area.social_workers_client`). The store lists the area's social worker
and its counsellor; the role comes from the unit's rules, so it is decided here, for
only the rows whose area has both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from omatyontekija.domain.area import social_workers_client
from omatyontekija.domain.client import ClientRow
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.rules import SuggestedRole, Suggestion, suggest_rows
from omatyontekija.services.suggestions import rule_set_of
from omatyontekija.services.trust.use_case import Work


def by_role(
    work: Work,
    rows: Sequence[ClientRow],
    unit: str,
    suggestions: Mapping[int, Suggestion] | None = None,
) -> list[ClientRow]:
    """``rows`` with the area worker of each client's role in ``unit`` (inside a use case).

    ``suggestions`` (client id → the unit's suggestion) when the caller has them (the gap
    list); else the rows whose area has two workers are evaluated, a page at a time.
    """
    named = {row.id: _named_in(row, unit) for row in rows}
    roles = _roles(work, [worker for worker in named.values() if worker is not None])
    # A social worker's named client is the social worker's whatever the rules say: only
    # the others' suggestions are evaluated (a keystroke reads fewer facts).
    undecided = [
        row.id
        for row in rows
        if row.area_counsellor is not None
        and not social_workers_client(False, _role_of(named[row.id], roles))
    ]
    if not undecided:
        return list(rows)
    if suggestions is None:
        facts = list(work.cases.fact_rows(undecided))
        evaluated = suggest_rows(iter(facts), rule_set_of(unit), work.today)
        suggestions = {fact[0]: s for fact, s in zip(facts, evaluated, strict=True)}
    decided = []
    for row in rows:
        if row.area_counsellor is not None:
            suggestion = suggestions.get(row.id)
            needs = suggestion is not None and suggestion.worker_role is SuggestedRole.SOCIAL_WORKER
            row = row.with_role(social_workers_client(needs, _role_of(named[row.id], roles)))
        decided.append(row)
    return decided


def _named_in(row: ClientRow, unit: str) -> WorkerRef | None:
    return row.named_worker if unit == DEFAULT_UNIT else dict(row.named_workers).get(unit)


def _roles(work: Work, named: Sequence[WorkerRef]) -> Mapping[int, WorkerRole]:
    """The roles of named workers whose reference came without one (read only then)."""
    if all(worker.role is not None for worker in named):
        return {}
    return {worker.id: worker.role for worker in work.workers.list_workers()}


def _role_of(worker: WorkerRef | None, roles: Mapping[int, WorkerRole]) -> WorkerRole | None:
    if worker is None:
        return None
    return worker.role if worker.role is not None else roles.get(worker.id)

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
from omatyontekija.rules import SuggestedRole, Suggestion, suggest_page
from omatyontekija.services.suggestions import rule_set_of
from omatyontekija.services.trust.use_case import Work


def by_role(
    work: Work,
    rows: Sequence[ClientRow],
    unit: str,
    suggestions: Mapping[int, Suggestion] | None = None,
    *,
    facts: Mapping[int, tuple] | None = None,
) -> list[ClientRow]:
    """``rows`` with the area worker of each client's role in ``unit`` (inside a use case).

    ``suggestions`` (client id → the unit's suggestion) when the caller has them (the gap
    list); else the rows whose area has two workers are evaluated, a page at a time, from
    ``facts`` (client id → fact row) where the page came with them, else read.
    """
    # Only rows whose area has both workers have a role to decide.
    two = [(row, _named_in(row, unit)) for row in rows if row.area_counsellor is not None]
    if not two:
        return list(rows)
    roles = _roles(work, [worker for _, worker in two if worker is not None])
    named_role = {row.id: _role_of(worker, roles) for row, worker in two}
    # A social worker's named client is the social worker's whatever the rules say: only
    # the others' suggestions are evaluated (a keystroke reads fewer facts).
    undecided = [i for i, role in named_role.items() if not social_workers_client(False, role)]
    if undecided and suggestions is None:
        if facts is not None and all(client_id in facts for client_id in undecided):
            read = [facts[client_id] for client_id in undecided]
        else:
            read = list(work.cases.fact_rows(undecided))
        evaluated = suggest_page(read, rule_set_of(unit), work.today)
        suggestions = {fact[0]: s for fact, s in zip(read, evaluated, strict=True)}
    decided = []
    for row in rows:
        role = named_role.get(row.id, _NO_ROLE)
        if role is not _NO_ROLE:
            suggestion = suggestions.get(row.id) if suggestions else None
            needs = suggestion is not None and suggestion.worker_role is SuggestedRole.SOCIAL_WORKER
            row = row.with_role(social_workers_client(needs, role))
        decided.append(row)
    return decided


# Not a role: the row's area has one worker, nothing to decide.
_NO_ROLE = object()


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

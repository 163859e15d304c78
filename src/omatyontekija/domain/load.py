"""What a worker's load is: the one definition the reform page, the planner and figures share.

A worker's load is the number of clients whose named worker **or** area
worker is this worker (a client counts once for a worker even when both),
over the worker's capacity. A client named to one worker and living in
another's area counts for both: both carry them until a handover is done.
An area may have two area workers (its social worker and its counsellor):
the client counts for each. After a reform every moved client's named worker
becomes their area worker, so a plan's load is simply the clients living in
the worker's districts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable

#: The one-line explanation shown wherever a load is shown: Finnish, Swedish, English.
EXPLANATIONS: dict[str, str] = {
    "fi": (
        "Kuormitus = niiden asiakkaiden määrä, joiden omatyöntekijä tai alueen työntekijä "
        "hän on, suhteessa hänen enimmäismääräänsä."
    ),
    "sv": (
        "Belastning = antalet klienter för vilka hen är egen kontaktperson eller områdets "
        "handläggare, i förhållande till hens maximiantal."
    ),
    "en": (
        "Load = clients whose named worker or area worker is this worker, "
        "over the worker's capacity."
    ),
}
#: The explanation in English (logs, documentation).
EXPLANATION = EXPLANATIONS["en"]


def explanation(language: str) -> str:
    """The one-line explanation of load in ``language`` (fi, sv or en; else English)."""
    return EXPLANATIONS.get(language, EXPLANATION)


def caseloads(
    clients: Iterable[tuple[Hashable | None, ...]],
) -> Counter[Hashable]:
    """Worker → clients, from each client's (named worker, area worker, …); None for none.

    Each client is a tuple of its named worker and then its area workers (one
    or more); a worker appearing twice in a tuple counts the client once.
    """
    return grouped_caseloads((client, 1) for client in clients)


def grouped_caseloads(
    groups: Iterable[tuple[tuple[Hashable | None, ...], int]],
) -> Counter[Hashable]:
    """Worker → clients, from (named worker, area worker, …) → how many clients share it.

    The same rule as :func:`caseloads` for a database that counts its clients
    per combination of workers (a few hundred rows, not one per client).
    """
    counted: Counter[Hashable] = Counter()
    for workers, clients in groups:
        for worker in set(workers) - {None}:
            counted[worker] += clients
    return counted


def load_ratio(clients: int, capacity: int) -> float | None:
    """Load as a ratio of capacity (1.0 = full); None when no capacity is set."""
    return clients / capacity if capacity > 0 else None


def load_percent(clients: int, capacity: int) -> float | None:
    """Load as per cent of capacity, one decimal, as shown; None when no capacity is set."""
    ratio = load_ratio(clients, capacity)
    return None if ratio is None else round(100 * ratio, 1)

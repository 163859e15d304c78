"""What the rules are evaluated on: one client's facts, nothing more."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from omatyontekija.domain.client import Client, ClientFacts
from omatyontekija.rules.predicates import FACT_FIELDS


@dataclass(frozen=True, slots=True)
class ClientCase:
    """One client as the rules see them.

    ``birth_date`` None means unknown (the child rule then asks for it);
    ``services`` are service codes of the catalog; a code listed twice counts once.
    """

    id: str | int
    birth_date: dt.date | None
    services: tuple[str, ...] = ()
    facts: ClientFacts = field(default_factory=ClientFacts)


def case_of(client: Client) -> ClientCase:
    """The case of a stored client record (birth date from the identity code)."""
    return ClientCase(
        id=client.id,
        birth_date=client.birth_date,
        services=client.service_codes,
        facts=client.facts,
    )


def fact_row(case: ClientCase) -> tuple:
    """The case as a fact row (``predicates.ROW_FIELDS``), the engine's input."""
    facts = case.facts
    return (
        case.id,
        case.birth_date,
        case.services,
        *(getattr(facts, name) for name in FACT_FIELDS),
    )

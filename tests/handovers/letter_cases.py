"""Helpers for the tests of letters in one go: demo clients of each kind with a handover each,
the letters of a combined PDF split apart (a unique module name, see handover_cases.py)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from handover_cases import social_workers
from pypdf import PdfReader

from omatyontekija.domain.client import Client, CloseOneRelation
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.handover_start import start_handover
from omatyontekija.store import access_log

# The first page of a letter, in each language (the footer counts pages within a letter).
FIRST_PAGE = re.compile(r"(Sivu 1 / \d+|Sida 1 / \d+|Page 1 of \d+)")
LANGUAGE_OF_FOOTER = {"Sivu": "fi", "Sida": "sv", "Page": "en"}


@dataclass(frozen=True)
class Case:
    client: Client
    handover_id: int


def _guardians(client: Client) -> list:
    return [c for c in client.close_ones if c.relation is CloseOneRelation.CUSTODIAN]


def kinds(ctx) -> dict[str, Client]:
    """A Swedish-speaking adult, a child with recorded guardians, a client with a
    non-disclosure mark and two Finnish-speaking adults, from the demo."""
    wanted = {
        "swedish": lambda c: c.language.value == "sv" and c.age_on(ctx.today) >= 18,
        "child": lambda c: c.age_on(ctx.today) < 18 and len(_guardians(c)) >= 1,
        "protected": lambda c: c.non_disclosure,
        "adult1": lambda c: c.language.value == "fi" and c.age_on(ctx.today) >= 18,
        "adult2": lambda c: c.language.value == "fi" and c.age_on(ctx.today) >= 18,
    }
    found: dict[str, Client] = {}
    for row in find_clients(ctx, "", limit=400).rows:
        client = get_client(ctx, row.id)
        protected = client.non_disclosure or any(c.non_disclosure for c in client.close_ones)
        for kind, test in wanted.items():
            if kind in found or client in found.values():
                continue
            if (kind == "protected") == protected and test(client):
                found[kind] = client
                break
        if len(found) == len(wanted):
            return found
    raise AssertionError(f"the demo lacks some kinds of client: {set(wanted) - set(found)}")


def with_handovers(ctx, clients: dict[str, Client]) -> dict[str, Case]:
    """A handover to another social worker for each client."""
    workers = social_workers(ctx)
    cases = {}
    for kind, client in clients.items():
        named = client.named_worker.id if client.named_worker else None
        to = next(w for w in workers if w.id != named)
        handover = start_handover(ctx, client.id, to.id, "other")
        cases[kind] = Case(client, handover.id)
    return cases


def letters_of(data_or_path) -> list[str]:
    """The text of each letter of a combined PDF, a letter from each "page 1"."""
    if isinstance(data_or_path, bytes):
        reader = PdfReader(io.BytesIO(data_or_path))
    else:
        reader = PdfReader(str(data_or_path))
    found: list[str] = []
    for page in reader.pages:
        text = " ".join((page.extract_text() or "").split())
        if FIRST_PAGE.search(text) or not found:
            found.append(text)
        else:
            found[-1] += " " + text
    return found


def language_of(letter: str) -> str:
    match = FIRST_PAGE.search(letter)
    assert match is not None
    return LANGUAGE_OF_FOOTER[match.group(0).split()[0]]


def log_since(ctx, sequence: int) -> list[tuple[str, list[int]]]:
    with ctx.db.read() as session:
        return [
            (e.action, sorted(e.client_ids))
            for e in access_log.iter_entries(session)
            if e.sequence > sequence
        ]


def log_head(ctx) -> int:
    with ctx.db.read() as session:
        return access_log.last_link(session)[0]

"""Helpers for the handover tests: demo clients to hand over, PDF text (a unique module name,
so it does not clash with other test folders' helpers)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.suggestions import all_suggestions
from omatyontekija.services.workers import list_workers


@dataclass(frozen=True)
class Move:
    """A client, their named worker now (or None) and a social worker to hand them to."""

    client_id: int
    from_worker: Worker | None
    to_worker: Worker


def social_workers(ctx) -> list[Worker]:
    return [
        w.worker
        for w in list_workers(ctx)
        if w.worker.role is WorkerRole.SOCIAL_WORKER and w.worker.active
    ]


def moves(ctx, count: int, *, with_named_worker: bool | None = True) -> list[Move]:
    """``count`` clients (named-worker status as asked), each with a new social worker.

    A social worker meets every suggestion, so completing needs no written reason.
    """
    workers = social_workers(ctx)
    found: list[Move] = []
    for row in find_clients(ctx, "", limit=400).rows:
        if with_named_worker is not None and (row.named_worker is not None) != with_named_worker:
            continue
        client = get_client(ctx, row.id)
        to = next(
            w for w in workers if client.named_worker is None or w.id != client.named_worker.id
        )
        found.append(Move(row.id, client.named_worker, to))
        if len(found) == count:
            return found
    raise AssertionError(f"the demo has fewer than {count} such clients")


def needs_social_worker(ctx) -> int:
    """A client whose suggestion asks for a social worker (S1–S4, L1)."""
    for s in all_suggestions(ctx):
        if (
            s.suggestion.worker_role is not None
            and s.suggestion.worker_role.value == "social_worker"
        ):
            return s.client_id
    raise AssertionError("no client needs a social worker in the demo")


def counsellor(ctx) -> Worker:
    return next(
        w.worker for w in list_workers(ctx) if w.worker.role is WorkerRole.SOCIAL_COUNSELLOR
    )


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)

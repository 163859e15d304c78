"""Handover checklists and client letters from the record, as PDF; every print is recorded.

A print is an access to client data (client data act 703/2023: access logs).
Every path that puts client data on paper or into a file — preview, save,
print, batch, CLI — goes through ``record_print``; the access log itself is
the trust issue's, and this function is the one place it plugs in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from pathlib import Path

from omatyontekija.documents import (
    BatchResult,
    ClientLetter,
    HandoverDocument,
    default_header,
    load_template,
    render,
    write_batch,
    write_pdf_atomically,
)
from omatyontekija.documents.checklist_templates import ChecklistTemplate
from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import Handover, HandoverReason, HandoverStatus
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.access import authorize_client
from omatyontekija.services.audit import record_access, require_task
from omatyontekija.services.clients import ClientNotFound
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handover_start import service_unit_of
from omatyontekija.store import clients as client_store
from omatyontekija.store import divisions as division_store
from omatyontekija.store import handovers as handover_store
from omatyontekija.store import workers as worker_store
from omatyontekija.store.handovers import ListState


class PrintKind(StrEnum):
    HANDOVER_CHECKLIST = "handover_checklist"
    CLIENT_LETTER = "client_letter"


def record_print(ctx: Context, kind: PrintKind | str, client_ids: Iterable[int]) -> None:
    """Record that ``ctx.user`` printed (previewed, saved, printed) ``kind`` for these clients.

    Called before the document leaves the program, once per preview, save,
    print or batch; if the access log cannot be written, nothing is printed.
    """
    kind = PrintKind(kind)  # an unknown kind is a programming error, caught here
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        return
    # Printing many at once is the supervisor's; one document follows the client relation.
    if len(ids) > 1:
        require_task(ctx, Task.BATCH_PRINT)
    elif authorize_client(ctx, ids[0], Action.PRINT) is None:
        raise HandoverError("not_found", id=ids[0])
    record_access(ctx, Action.PRINT, ids, reason=kind.value)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _supervisor(workers: dict[int, Worker]) -> Worker | None:
    """The unit's lead social worker who signs the checklist (the first by name)."""
    leads = [w for w in workers.values() if w.role is WorkerRole.SUPERVISOR and w.active]
    return min(leads, key=lambda w: w.name) if leads else None


def _document(
    handover: Handover,
    client: Client,
    workers: dict[int, Worker],
    template: ChecklistTemplate,
    language: str,
    printed_at: dt.datetime,
) -> HandoverDocument:
    unit = service_unit_of(client)
    if unit not in template.units:
        unit = template.units[0]
    return HandoverDocument(
        handover=handover,
        client=client,
        from_worker=workers[handover.from_worker.id] if handover.from_worker else None,
        to_worker=workers[handover.to_worker.id],
        template=template,
        header=default_header(unit, language),
        language=language,
        printed_at=printed_at,
        supervisor=_supervisor(workers),
    )


def handover_documents(
    ctx: Context, handover_ids: Sequence[int], *, language: str = "fi"
) -> list[HandoverDocument]:
    """The checklist documents of these handovers, read in one transaction, in the order given.

    Not recorded as a print: the caller prints them (``print_handovers``) or
    previews them (``handover_pdf``). HandoverError ``not_found`` for an unknown id.
    """
    templates: dict[str, ChecklistTemplate] = {}
    printed_at = _now()
    with ctx.db.read() as session:
        handovers = handover_store.load_handovers(session, handover_ids)
        if len(handovers) != len(set(handover_ids)):
            missing = sorted(set(handover_ids) - {h.id for h in handovers})
            raise HandoverError("not_found", id=missing[0])
        workers = worker_store.workers_by_id(session)
        clients = handover_store.load_clients(
            session, [h.client_id for h in handovers], on=ctx.today
        )
        documents = []
        for handover in handovers:
            client = clients[handover.client_id]
            template = templates.get(handover.template)
            if template is None:
                template = templates[handover.template] = load_template(handover.template)
            documents.append(_document(handover, client, workers, template, language, printed_at))
    return documents


def render_handover(
    ctx: Context, handover_id: int, *, language: str = "fi"
) -> tuple[HandoverDocument, bytes]:
    """The checklist document and its PDF (for a preview); recorded as a print."""
    (document,) = handover_documents(ctx, [handover_id], language=language)
    record_print(ctx, PrintKind.HANDOVER_CHECKLIST, [document.client.id])
    return document, render(document)


def handover_pdf(ctx: Context, handover_id: int, *, language: str = "fi") -> bytes:
    """The handover checklist as PDF bytes; recorded as a print."""
    return render_handover(ctx, handover_id, language=language)[1]


def write_handover_pdf(
    ctx: Context, handover_id: int, path: Path | str, *, language: str = "fi"
) -> Path:
    """Write the handover checklist to ``path`` atomically; recorded as a print."""
    return write_pdf_atomically(path, handover_pdf(ctx, handover_id, language=language))


def client_letter(
    ctx: Context,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> ClientLetter:
    """The letter telling whom to contact about the client, in the client's language unless told.

    It goes to whoever acts for the client (a child's guardians; an adult and
    an edunvalvoja covering personal matters). With ``handover_id`` the letter
    names the handover's new worker and, when there was one, the previous
    worker; the change "will" happen on the day it takes effect (for a reform,
    the new division's first day; otherwise no date is promised) and "is" only
    once the handover is done. Never the checklist's due date, never today.
    ``plain`` gives the plain-language Finnish letter. HandoverError
    ``non_disclosure_letter`` when the client or a recipient has turvakielto.
    """
    with ctx.db.read() as session:
        client = client_store.load_client(session, client_id, on=ctx.today)
        if client is None:
            raise ClientNotFound(client_id)
        workers = worker_store.workers_by_id(session)
        handover = handover_store.load_handover(session, handover_id) if handover_id else None
        division_from = division_store.latest_effective_from(session)
    if handover_id is not None and (handover is None or handover.client_id != client_id):
        raise HandoverError("not_found", id=handover_id)
    language = "fi" if plain else (language or client.language.value)
    header = default_header(service_unit_of(client), language)
    letter = ClientLetter.for_client(client, header, _now(), language=language, plain=plain)
    if handover is not None and handover.status is not HandoverStatus.CANCELLED:
        previous = workers[handover.from_worker.id] if handover.from_worker else None
        new = workers[handover.to_worker.id]
        changed = handover.completed_at is not None or previous is None
        if handover.completed_at is not None:
            change: dt.date | None = handover.completed_at.date()
        elif (
            handover.reason is HandoverReason.AREA_REFORM
            and division_from is not None
            and division_from >= handover.created_at.date()
        ):
            change = division_from  # the day the new division takes effect
        else:
            change = None
        letter = dataclasses.replace(
            letter,
            named_worker=new,
            previous_worker=previous,
            change_date=change if previous else None,
            changed=changed,
            handover_id=handover.id,
            sender=new if changed else (previous or new),
        )
    if client.non_disclosure or any(r.non_disclosure for r in letter.to):
        raise HandoverError("non_disclosure_letter")
    return letter


def letter_pdf(
    ctx: Context,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> bytes:
    """The client letter as PDF bytes; recorded as a print."""
    return render_letter(ctx, client_id, language=language, handover_id=handover_id, plain=plain)[1]


def render_letter(
    ctx: Context,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> tuple[ClientLetter, bytes]:
    """The client letter and its PDF (for a preview); recorded as a print."""
    letter = client_letter(ctx, client_id, language=language, handover_id=handover_id, plain=plain)
    record_print(ctx, PrintKind.CLIENT_LETTER, [client_id])
    return letter, render(letter)


def write_letter_pdf(
    ctx: Context,
    client_id: int,
    path: Path | str,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> Path:
    """Write the client letter to ``path`` atomically; recorded as a print."""
    data = letter_pdf(ctx, client_id, language=language, handover_id=handover_id, plain=plain)
    return write_pdf_atomically(path, data)


def print_handovers(
    ctx: Context,
    handover_ids: Sequence[int],
    out_dir: Path | str,
    *,
    language: str = "fi",
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """One checklist PDF per handover into ``out_dir``, through ``documents.write_batch``.

    Recorded before anything is written, for every client in the batch: the
    data have been read and handed to the printer even if the user cancels.
    A cancelled batch leaves only whole files.
    """
    documents = handover_documents(ctx, handover_ids, language=language)
    if documents:
        record_print(ctx, PrintKind.HANDOVER_CHECKLIST, [d.client.id for d in documents])
    return write_batch(documents, out_dir, progress=progress, is_cancelled=is_cancelled)


def open_handover_ids(ctx: Context, *, worker_id: int | None = None) -> list[int]:
    """The ids of the planned and in-progress handovers, the earliest due first."""
    with ctx.db.read() as session:
        rows = handover_store.list_rows(
            session, state=ListState.OPEN, worker_id=worker_id, today=ctx.today
        )
    return [r.id for r in rows]


def print_open_handovers(
    ctx: Context,
    out_dir: Path | str,
    *,
    language: str = "fi",
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Every open handover's checklist into ``out_dir``; see ``print_handovers``."""
    ids = open_handover_ids(ctx)
    return print_handovers(
        ctx, ids, out_dir, language=language, progress=progress, is_cancelled=is_cancelled
    )

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
from omatyontekija.documents.combined import stage_combined
from omatyontekija.documents.labels import label
from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import Handover, HandoverReason, HandoverStatus
from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.authorization import AccessDenied, may
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handover_start import service_unit_of
from omatyontekija.services.trust.use_case import ClientNotFound, Work, composed, use_case
from omatyontekija.store.handovers import ListState


class PrintKind(StrEnum):
    HANDOVER_CHECKLIST = "handover_checklist"
    CLIENT_LETTER = "client_letter"


def _distinct(work: Work, arguments: dict) -> list[int]:
    return list(dict.fromkeys(arguments["client_ids"]))


@use_case(Action.PRINT, clients=_distinct, reason_arg=None)
def record_print(work: Work, kind: PrintKind | str, client_ids: Iterable[int]) -> None:
    """Record that the user printed (previewed, saved, printed) ``kind`` for these clients.

    Called before the document leaves the program, once per preview, save,
    print or batch; if the access log cannot be written, nothing is printed.
    """
    kind = PrintKind(kind)  # an unknown kind is a programming error, caught here
    _require_batch_task(work, list(dict.fromkeys(client_ids)))
    work.detail(kind.value)


def _require_batch_task(work: Work, client_ids: list[int]) -> None:
    # Printing many at once is the supervisor's; one document follows the client relation.
    if len(client_ids) > 1 and not may(work.user.role, Task.BATCH_PRINT):
        raise AccessDenied("task_denied", role=work.user.role.value, task=Task.BATCH_PRINT.value)


def _client_of_handover(work: Work, arguments: dict) -> int:
    parties = work.handovers.handover_parties(arguments["handover_id"])
    if parties is None:
        raise HandoverError("not_found", id=arguments["handover_id"])
    return parties[0]


def _clients_of_handovers(work: Work, arguments: dict) -> list[int]:
    ids = list(dict.fromkeys(arguments["handover_ids"]))
    clients = []
    for handover_id in ids:
        parties = work.handovers.handover_parties(handover_id)
        if parties is None:
            raise HandoverError("not_found", id=handover_id)
        clients.append(parties[0])
    return list(dict.fromkeys(clients))


def _takes_part(work: Work, arguments: dict) -> bool:
    parties = work.handovers.handover_parties(arguments["handover_id"])
    me = work.user.worker_id
    return parties is not None and me is not None and me in parties[1:]


_print_handover = use_case(
    Action.PRINT, client=_client_of_handover, participant=_takes_part, reason_arg=None
)
_print_letter = use_case(Action.PRINT, client="client_id", reason_arg=None)


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
    settings: UnitSettings | None = None,
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
        header=default_header(unit, language, settings),
        language=language,
        printed_at=printed_at,
        supervisor=_supervisor(workers),
    )


def _handover_documents(
    work: Work, handover_ids: Sequence[int], *, language: str
) -> list[HandoverDocument]:
    """The checklist documents of these handovers, in the order given."""
    templates: dict[str, ChecklistTemplate] = {}
    printed_at = _now()
    handovers = work.handovers.load_handovers(handover_ids)
    if len(handovers) != len(set(handover_ids)):
        missing = sorted(set(handover_ids) - {h.id for h in handovers})
        raise HandoverError("not_found", id=missing[0])
    workers = work.workers.workers_by_id()
    settings = work.settings.load_settings()
    clients = work.handovers.load_clients([h.client_id for h in handovers], on=work.today)
    documents = []
    for handover in handovers:
        client = clients[handover.client_id]
        template = templates.get(handover.template)
        if template is None:
            template = templates[handover.template] = load_template(handover.template)
        documents.append(
            _document(handover, client, workers, template, language, printed_at, settings)
        )
    return documents


@use_case(Action.PRINT, clients=_clients_of_handovers, reason_arg=None)
def handover_documents(
    work: Work, handover_ids: Sequence[int], *, language: str = "fi"
) -> list[HandoverDocument]:
    """The checklist documents of these handovers, read in one transaction, in the order given,
    and logged as printed: the caller writes them (``print_handovers``) after the transaction.
    HandoverError ``not_found`` for an unknown id."""
    _require_batch_task(work, list(dict.fromkeys(handover_ids)))
    work.detail(PrintKind.HANDOVER_CHECKLIST.value)
    return _handover_documents(work, handover_ids, language=language)


def _render_handover(work: Work, handover_id: int, language: str) -> tuple[HandoverDocument, bytes]:
    work.detail(PrintKind.HANDOVER_CHECKLIST.value)
    (document,) = _handover_documents(work, [handover_id], language=language)
    return document, render(document)


@_print_handover
def render_handover(
    work: Work, handover_id: int, *, language: str = "fi"
) -> tuple[HandoverDocument, bytes]:
    """The checklist document and its PDF (for a preview); recorded as a print."""
    return _render_handover(work, handover_id, language)


@_print_handover
def handover_pdf(work: Work, handover_id: int, *, language: str = "fi") -> bytes:
    """The handover checklist as PDF bytes; recorded as a print."""
    return _render_handover(work, handover_id, language)[1]


@_print_handover
def write_handover_pdf(
    work: Work, handover_id: int, path: Path | str, *, language: str = "fi"
) -> Path:
    """Write the handover checklist to ``path`` atomically; recorded as a print (and not
    recorded when the file could not be written)."""
    return write_pdf_atomically(path, _render_handover(work, handover_id, language)[1])


@use_case(Action.VIEW, client="client_id", reason_arg=None)
def client_letter(
    work: Work,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> ClientLetter:
    """The letter telling the client whom to contact, in the client's language unless told
    (a view: printing it goes through ``render_letter`` or ``write_letter_pdf``)."""
    return _client_letter(work, client_id, language=language, handover_id=handover_id, plain=plain)


def _client_letter(
    work: Work,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> ClientLetter:
    """The letter telling whom to contact about the client (see ``letter_of``), read for one
    client. HandoverError ``not_found`` or ``not_this_clients`` for a wrong handover."""
    client = work.clients.load_client(client_id, on=work.today)
    if client is None:
        raise ClientNotFound(client_id)
    handover = work.handovers.load_handover(handover_id) if handover_id else None
    if handover_id is not None and handover is None:
        raise HandoverError("not_found", id=handover_id)
    if handover is not None and handover.client_id != client_id:
        raise HandoverError("not_this_clients", id=handover_id, client=client_id)
    return letter_of(
        work, client, handover, LetterSources.read(work), language=language, plain=plain
    )


@dataclasses.dataclass(frozen=True, slots=True)
class LetterSources:
    """What every letter reads besides its client and handover: read once for a batch."""

    workers: dict[int, Worker]
    division_from: dt.date | None
    settings: UnitSettings
    printed_at: dt.datetime

    @classmethod
    def read(cls, work: Work) -> LetterSources:
        return cls(
            workers=work.workers.workers_by_id(),
            division_from=work.divisions.latest_effective_from(),
            settings=work.settings.load_settings(),
            printed_at=_now(),
        )


def letter_of(
    work: Work,
    client: Client,
    handover: Handover | None,
    sources: LetterSources,
    *,
    language: str | None = None,
    plain: bool = False,
) -> ClientLetter:
    """The letter telling whom to contact about the client, in the client's language unless told.

    It goes to whoever acts for the client (a child's guardians; an adult and
    an edunvalvoja covering personal matters). With a ``handover`` the letter
    names the handover's new worker and, when there was one, the previous
    worker; the change "will" happen on the day it takes effect (for a reform,
    the new division's first day; otherwise no date is promised) and "is" only
    once the handover is done. Never the checklist's due date, never today.
    ``plain`` gives the plain-language Finnish letter. HandoverError
    ``non_disclosure_letter`` when the client or a recipient has turvakielto.
    """
    workers, division_from = sources.workers, sources.division_from
    if handover is not None and handover.unit != DEFAULT_UNIT:
        # Another unit's reform: the day that unit's own division takes effect.
        division_from = work.divisions.latest_effective_from(handover.unit)
    language = "fi" if plain else (language or client.language.value)
    header = default_header(service_unit_of(client), language, sources.settings)
    letter = ClientLetter.for_client(
        client, header, sources.printed_at, language=language, plain=plain
    )
    if client.responsible_unit is not None:
        responsible_id = work.units.unit_worker_id(client.id, client.responsible_unit)
        if responsible_id is not None:
            letter = dataclasses.replace(letter, responsible_worker=workers.get(responsible_id))
    if handover is not None and handover.status is not HandoverStatus.CANCELLED:
        previous = workers[handover.from_worker.id] if handover.from_worker else None
        new = workers[handover.to_worker.id]
        changed = handover.completed_at is not None
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
            change_date=change,
            changed=changed,
            handover_id=handover.id,
            sender=new if changed else (previous or new),
        )
    if client.non_disclosure or any(r.non_disclosure for r in letter.to):
        raise HandoverError("non_disclosure_letter")
    return letter


def _render_letter(
    work: Work, client_id: int, language: str | None, handover_id: int | None, plain: bool
) -> tuple[ClientLetter, bytes]:
    work.detail(PrintKind.CLIENT_LETTER.value)
    letter = _client_letter(
        work, client_id, language=language, handover_id=handover_id, plain=plain
    )
    return letter, render(letter)


@_print_letter
def letter_pdf(
    work: Work,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> bytes:
    """The client letter as PDF bytes; recorded as a print."""
    return _render_letter(work, client_id, language, handover_id, plain)[1]


@_print_letter
def render_letter(
    work: Work,
    client_id: int,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> tuple[ClientLetter, bytes]:
    """The client letter and its PDF (for a preview); recorded as a print."""
    return _render_letter(work, client_id, language, handover_id, plain)


@_print_letter
def write_letter_pdf(
    work: Work,
    client_id: int,
    path: Path | str,
    *,
    language: str | None = None,
    handover_id: int | None = None,
    plain: bool = False,
) -> Path:
    """Write the client letter to ``path`` atomically; recorded as a print (and not recorded
    when the file could not be written)."""
    data = _render_letter(work, client_id, language, handover_id, plain)[1]
    return write_pdf_atomically(path, data)


@composed
def print_handovers(
    ctx: Context,
    handover_ids: Sequence[int],
    out: Path | str,
    *,
    language: str = "fi",
    one_per_handover: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """The checklists of these handovers as one combined PDF ``out`` (each from a new page,
    in the order given), or with ``one_per_handover`` one PDF each into the folder ``out``
    (``documents.write_batch``). Left as None, an existing folder ``out`` gets one file
    each, as before the combined PDF existed.

    Recorded before anything is written, for every client in the batch: the
    data have been read and handed to the printer even if the user cancels.
    A cancelled batch leaves only whole files; a cancelled combined PDF none.
    """
    out = Path(out)
    if one_per_handover is None:
        one_per_handover = out.is_dir()
    if not one_per_handover and not out.parent.is_dir():
        raise FileNotFoundError(f"no such folder: {out.parent}")
    documents = handover_documents(ctx, handover_ids, language=language) if handover_ids else []
    if one_per_handover:
        return write_batch(documents, out, progress=progress, is_cancelled=is_cancelled)
    if not documents:
        return BatchResult(written=[], cancelled=False)
    title = label("checklists.title", language)
    staged = stage_combined(
        documents, out, title=title, progress=progress, is_cancelled=is_cancelled
    )
    if staged.cancelled:
        return BatchResult(written=[], cancelled=True)
    return BatchResult(written=staged.commit(), cancelled=False)


@use_case(None, task=Task.BATCH_PRINT)
def open_handover_ids(work: Work, *, worker_id: int | None = None) -> list[int]:
    """The ids of the planned and in-progress handovers, the earliest due first (ids only:
    no client's data, so not logged; printing them is)."""
    rows = work.handovers.list_rows(state=ListState.OPEN, worker_id=worker_id, today=work.today)
    return [r.id for r in rows]


@composed
def print_open_handovers(
    ctx: Context,
    out: Path | str,
    *,
    language: str = "fi",
    one_per_handover: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Every open handover's checklist into ``out``; see ``print_handovers``."""
    ids = open_handover_ids(ctx)
    return print_handovers(
        ctx,
        ids,
        out,
        language=language,
        one_per_handover=one_per_handover,
        progress=progress,
        is_cancelled=is_cancelled,
    )

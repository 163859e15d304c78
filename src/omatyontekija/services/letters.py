"""Informing clients in one go: the letters of many handovers as one combined PDF or one file
each, and their "client informed" items ticked.

    ids = letter_handover_ids(ctx, reform=dt.date(2027, 1, 1), not_informed=True)
    result = print_letters(ctx, ids, "kirjeet.pdf", progress=..., is_cancelled=...)

Three steps, so that no transaction stays open while the PDF is made:

1. ``letters_for_handovers`` reads the letters (logged as a view of those clients);
2. the PDF is made in a hidden file next to its place (``documents.combined``);
3. ``record_letters_printed`` logs the print of exactly the clients whose letters were
   made and ticks their "client informed" items, in one transaction; only then does
   the file reach its place. A cancel or a failure before that leaves no file and
   ticks nothing.

Each letter is the one ``printing.letter_of`` makes (the client's language, the right
recipients). A client or recipient with a non-disclosure mark gets no letter here: the
handover is reported in ``withheld`` (the letter goes through DVV) and stays unticked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from omatyontekija.documents import BatchFailure, ClientLetter
from omatyontekija.documents.combined import Staged, stage_combined, stage_each
from omatyontekija.documents.labels import label
from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.handover import CLIENT_INFORMED, ItemState
from omatyontekija.domain.text import sort_key
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handovers import mark_item
from omatyontekija.services.printing import (
    LetterSources,
    PrintKind,
    _clients_of_handovers,
    _require_batch_task,
    letter_of,
)
from omatyontekija.services.trust.use_case import Work, composed, use_case


@dataclass(frozen=True, slots=True)
class LetterBatch:
    """The letters of a set of handovers, in client order (surname, first names, id)."""

    letters: tuple[ClientLetter, ...]
    withheld: tuple[int, ...] = ()  # handovers whose letter goes through DVV (turvakielto)


@dataclass(frozen=True, slots=True)
class Informed:
    """What printing did to the "client informed" items."""

    ticked: tuple[int, ...] = ()  # handover ids ticked now, with today's date
    already: tuple[int, ...] = ()  # settled before: left with their date
    no_item: tuple[int, ...] = ()  # the checklist has no such item
    closed: tuple[int, ...] = ()  # done or cancelled: the checklist is not changed


@dataclass(slots=True)
class LettersResult:
    letters: int = 0  # letters made and put in place
    files: list[Path] = field(default_factory=list)
    informed: Informed = field(default_factory=Informed)
    withheld: tuple[int, ...] = ()
    failed: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False


@use_case(None, task=Task.BATCH_PRINT)
def letter_handover_ids(
    work: Work,
    *,
    reform: dt.date | None = None,
    handover_ids: Sequence[int] | None = None,
    not_informed: bool = False,
) -> list[int]:
    """Which handovers to write letters for: those the reform effective ``reform`` opened
    (not cancelled), or ``handover_ids``; with ``not_informed`` only those whose "client
    informed" item is still open. Ids only (no client's data, so not logged; the letters
    are). HandoverError ``no_reform`` when no division takes effect on ``reform``,
    ``not_found`` for an unknown handover."""
    if reform is not None:
        found = work.reform.reform_handover_ids(reform)
        if found is None:
            raise HandoverError("no_reform", date=reform.isoformat())
        ids = list(found)
    else:
        ids = list(dict.fromkeys(handover_ids or ()))
    states = work.handovers.informed_states(ids)
    for handover_id in ids:
        if handover_id not in states:
            raise HandoverError("not_found", id=handover_id)
    if not_informed:
        ids = [i for i in ids if states[i] == ItemState.OPEN.value]
    return ids


def _client_order(letter: ClientLetter) -> tuple:
    client = letter.client
    return (sort_key(client.last_name), sort_key(client.first_names), client.id)


@use_case(Action.VIEW, clients=_clients_of_handovers, reason_arg=None)
def letters_for_handovers(
    work: Work, handover_ids: Sequence[int], *, reform: dt.date | None = None
) -> LetterBatch:
    """The letter of each handover's client about it, in client order; read in one
    transaction and logged as a view (the print is logged when it is made). With
    ``reform`` a reform handover's change is told for that reform's first day, not for
    the first day of the newest division (which a later reform may have saved)."""
    ids = list(dict.fromkeys(handover_ids))
    _require_batch_task(work, ids)
    work.detail(PrintKind.CLIENT_LETTER.value)
    handovers = work.handovers.load_handovers(ids)
    clients = work.handovers.load_clients([h.client_id for h in handovers], on=work.today)
    sources = LetterSources.read(work)
    if reform is not None:
        sources = dataclasses.replace(sources, division_from=reform)
    letters, withheld = [], []
    for handover in handovers:
        try:
            letters.append(letter_of(work, clients[handover.client_id], handover, sources))
        except HandoverError as error:
            if error.code != "non_disclosure_letter":
                raise
            withheld.append(handover.id)
    return LetterBatch(tuple(sorted(letters, key=_client_order)), tuple(withheld))


@use_case(Action.PRINT, clients=_clients_of_handovers, reason_arg=None)
def record_letters_printed(work: Work, handover_ids: Sequence[int]) -> Informed:
    """Record that the letters of these handovers were printed, and tick each one's "client
    informed" item done today, in the same transaction. An item already settled keeps its
    date; a checklist without the item, or a closed handover, is left as it is."""
    ids = list(dict.fromkeys(handover_ids))
    _require_batch_task(work, ids)
    work.detail(PrintKind.CLIENT_LETTER.value)
    ticked, already, no_item, closed = [], [], [], []
    for handover in work.handovers.load_handovers(ids):
        item = next((i for i in handover.items if i.key == CLIENT_INFORMED), None)
        if item is None:
            no_item.append(handover.id)
        elif item.is_settled:
            already.append(handover.id)
        elif not handover.status.is_open:
            closed.append(handover.id)
        else:
            mark_item(work, handover, CLIENT_INFORMED, ItemState.DONE, done_on=work.today)
            ticked.append(handover.id)
    return Informed(tuple(ticked), tuple(already), tuple(no_item), tuple(closed))


Progress = Callable[[int, int], None]


@composed
def print_letters(
    ctx: Context,
    handover_ids: Sequence[int],
    out: Path | str,
    *,
    one_per_client: bool = False,
    reform: dt.date | None = None,
    title_language: str = "fi",
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> LettersResult:
    """The letters of these handovers into ``out``: one combined PDF (a file), or with
    ``one_per_client`` one PDF per letter (``kirje-<handover>-<client>.pdf``) in the folder
    ``out``; then ``record_letters_printed`` for those made. ``reform``: the handovers are
    that reform's (see ``letters_for_handovers``). HandoverError
    ``nothing_to_print`` when no letter can be made; OSError when ``out`` cannot be written
    (found before any letter is read when the folder is missing)."""
    out = Path(out)
    if one_per_client and not out.is_dir():
        raise NotADirectoryError(f"not a folder: {out}")
    if not one_per_client and not out.parent.is_dir():
        raise FileNotFoundError(f"no such folder: {out.parent}")
    batch = (
        letters_for_handovers(ctx, handover_ids, reform=reform) if handover_ids else LetterBatch(())
    )
    if not batch.letters:
        raise HandoverError("nothing_to_print", withheld=len(batch.withheld))
    letters = batch.letters
    if one_per_client:
        staged = stage_each(letters, out, progress=progress, is_cancelled=is_cancelled)
    else:
        title = label("letters.title", title_language)
        staged = stage_combined(
            letters, out, title=title, progress=progress, is_cancelled=is_cancelled
        )
    result = LettersResult(withheld=batch.withheld, failed=list(staged.failed))
    if staged.cancelled:
        result.cancelled = True
        return result
    return _record_and_place(ctx, staged, [letters[i] for i in staged.index], result)


def _record_and_place(
    ctx: Context, staged: Staged, made: list[ClientLetter], result: LettersResult
) -> LettersResult:
    printed = [letter.handover_id for letter in made if letter.handover_id is not None]
    try:
        result.informed = record_letters_printed(ctx, printed) if printed else Informed()
    except BaseException:
        staged.discard()  # not logged, so not printed
        raise
    result.files = staged.commit()
    result.letters = len(made)
    return result

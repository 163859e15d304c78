"""A batch of documents as one combined PDF or one file each, staged until the print is recorded.

A batch is made in a hidden place next to where it goes (a ``.name.tmp`` file,
or a ``.omatyontekija-…`` folder), readable by the owner only, and reaches
its place only through ``Staged.commit`` — which the services call once the
print is in the access log. A cancelled or failed batch is removed whole:
no half file is ever left where the user looks for it. Nothing here logs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from omatyontekija.documents.batch import BatchFailure, write_batch
from omatyontekija.documents.model import ClientLetter, Document, HandoverDocument
from omatyontekija.documents.output import document_filename

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class _Cancelled(Exception):
    """Stops a combined build between two documents."""


@dataclass(slots=True)
class Staged:
    """Files made but not yet in place: ``commit`` moves them there, ``discard`` removes them."""

    moves: list[tuple[Path, Path]] = field(default_factory=list)  # (made, destination)
    folder: Path | None = None  # the hidden folder of a one-file-each batch
    cancelled: bool = False
    failed: list[BatchFailure] = field(default_factory=list)
    index: list[int] = field(default_factory=list)  # which documents the files hold

    @property
    def destinations(self) -> list[Path]:
        return [destination for _, destination in self.moves]

    def commit(self) -> list[Path]:
        """Move every file into place (a rename on the same file system); the paths."""
        for made, destination in self.moves:
            os.replace(made, destination)
        self._remove_folder()
        return self.destinations

    def discard(self) -> None:
        for made, _ in self.moves:
            with contextlib.suppress(FileNotFoundError):
                made.unlink()
        self._remove_folder()
        self.moves = []

    def _remove_folder(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def story_of(document: Document):  # type: ignore[no-untyped-def]
    """The flowables and page set-up of any document (reportlab is loaded here, not before)."""
    from omatyontekija.documents.checklist_pdf import checklist_story
    from omatyontekija.documents.letter_pdf import letter_story

    if isinstance(document, HandoverDocument):
        return checklist_story(document)
    if isinstance(document, ClientLetter):
        return letter_story(document)
    raise TypeError(f"not a document: {type(document).__name__}")


def stage_combined(
    documents: Sequence[Document],
    out_file: Path | str,
    *,
    title: str,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Staged:
    """Lay ``documents`` out in one PDF (each from a new page, in the order given) into a
    hidden file next to ``out_file``. OSError before any work when the folder cannot be
    written; a cancel (``is_cancelled`` is asked between documents) removes the file."""
    from omatyontekija.documents.layout import build_parts

    out = Path(out_file)
    descriptor, made = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    total = len(documents)

    def on_part(index: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise _Cancelled
        if progress is not None:
            progress(index, total)

    try:
        with os.fdopen(descriptor, "wb") as handle:  # mkstemp's 0600: client data
            build_parts([story_of(d) for d in documents], handle, title=title, on_part=on_part)
            handle.flush()
            os.fsync(handle.fileno())
    except _Cancelled:
        Path(made).unlink(missing_ok=True)
        return Staged(cancelled=True)
    except BaseException:
        Path(made).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return Staged(moves=[(Path(made), out)], index=list(range(total)))


def stage_each(
    documents: Sequence[Document],
    out_dir: Path | str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Staged:
    """One PDF per document (``documents.write_batch``, named by ``document_filename``) into a
    hidden folder inside ``out_dir``. A cancelled batch is removed whole; a document that
    fails is listed in ``failed`` and the others go on."""
    out = Path(out_dir)
    if not out.is_dir():
        raise NotADirectoryError(f"not a folder: {out}")
    folder = Path(tempfile.mkdtemp(prefix=".omatyontekija-", dir=out))  # 0700
    try:
        result = write_batch(documents, folder, progress=progress, is_cancelled=is_cancelled)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if result.cancelled:
        shutil.rmtree(folder, ignore_errors=True)
        return Staged(cancelled=True)
    by_name = {path.name: path for path in result.written}
    moves, index = [], []
    for number, document in enumerate(documents):
        made = by_name.get(document_filename(document))
        if made is not None:
            moves.append((made, out / made.name))
            index.append(number)
    return Staged(moves=moves, folder=folder, failed=result.failed, index=index)

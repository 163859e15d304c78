"""From a document to bytes and to a file: one entry point per document, atomic writes.

File names say what a file is without naming the client (they show up in
folder listings, print queues and backups): ``luovutus-<handover>-<client>.pdf``
for a handover checklist, ``kirje-<client>.pdf`` or
``kirje-<handover>-<client>.pdf`` for a client letter.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from omatyontekija.documents.model import ClientLetter, Document, HandoverDocument


def render(document: Document) -> bytes:
    """The PDF of any document as bytes."""
    # reportlab is loaded with the first document, not when the program starts.
    from omatyontekija.documents.checklist_pdf import handover_checklist_pdf
    from omatyontekija.documents.letter_pdf import client_letter_pdf

    if isinstance(document, HandoverDocument):
        return handover_checklist_pdf(document)
    if isinstance(document, ClientLetter):
        return client_letter_pdf(document)
    raise TypeError(f"not a document: {type(document).__name__}")


def document_filename(document: Document) -> str:
    """The file name for ``document``: its kind and ids, never the client's name."""
    if isinstance(document, HandoverDocument):
        return f"luovutus-{document.handover.id}-{document.client.id}.pdf"
    if isinstance(document, ClientLetter):
        if document.handover_id is not None:
            return f"kirje-{document.handover_id}-{document.client.id}.pdf"
        return f"kirje-{document.client.id}.pdf"
    raise TypeError(f"not a document: {type(document).__name__}")


def write_pdf_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that ``path`` is either the old file or the whole new one.

    The bytes go to a hidden temporary file in the same folder (same file
    system, so the rename is atomic), are flushed to disk, and then replace
    ``path``. On any failure the temporary file is removed and ``path`` is
    untouched.
    """
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # The file keeps mkstemp's mode 0600 on purpose: it holds sensitive
        # client data, and only the user who printed it should read it.
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return path


def write_document(document: Document, out_dir: Path | str) -> Path:
    """Render ``document`` and write it atomically into ``out_dir``; the path written."""
    return write_pdf_atomically(Path(out_dir) / document_filename(document), render(document))

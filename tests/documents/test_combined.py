"""Many documents in one PDF: each from a new page with its own language and page count,
progress per document, and a cancel that leaves no file (documents/combined.py)."""

from __future__ import annotations

import io
import os

import pytest
from conftest import make_document, make_letter
from pypdf import PdfReader
from reportlab.platypus import Spacer

from omatyontekija.documents.combined import stage_combined, stage_each
from omatyontekija.documents.layout import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT


def test_each_document_from_a_new_page_in_its_language(tmp_path):
    documents = [make_letter(1), make_document(), make_letter(2, language="sv")]
    done = []
    staged = stage_combined(
        documents, tmp_path / "all.pdf", title="t", progress=lambda d, t: done.append((d, t))
    )
    assert not (tmp_path / "all.pdf").exists()  # not in place before it is committed
    assert staged.commit() == [tmp_path / "all.pdf"]
    assert os.listdir(tmp_path) == ["all.pdf"]
    assert oct(os.stat(tmp_path / "all.pdf").st_mode & 0o777) == "0o600"
    pages = [
        " ".join(" ".join((p.extract_text() or "").split()).split()[-4:])
        for p in PdfReader(str(tmp_path / "all.pdf")).pages
    ]
    starts = [p for p in pages if p.endswith(("Sivu 1 / 1", "Sida 1 / 1", "Sivu 1 / 2"))]
    assert len(starts) == 3 and pages[-1].endswith("Sida 1 / 1")
    assert done[-1] == (3, 3) and [d for d, _ in done[:3]] == [0, 1, 2]


def test_a_full_page_is_not_followed_by_a_blank_one():
    from omatyontekija.documents.layout import PageSetup, build_parts

    letter = make_letter(1)
    setup = PageSetup(header=letter.header, language="fi", printed_at=letter.printed_at, title="t")
    full = [Spacer(0, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)]
    buffer = io.BytesIO()
    build_parts([(full, setup), (full, setup), (full, setup)], buffer, title="t")
    assert len(PdfReader(buffer).pages) == 3


@pytest.mark.parametrize("each", [False, True])
def test_a_cancel_or_a_discard_leaves_nothing(tmp_path, each):
    documents = [make_letter(n) for n in range(1, 5)]
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    if each:
        staged = stage_each(documents, tmp_path, is_cancelled=cancelled)
    else:
        staged = stage_combined(documents, tmp_path / "a.pdf", title="t", is_cancelled=cancelled)
    assert staged.cancelled and staged.moves == []
    assert os.listdir(tmp_path) == []
    staged = stage_combined(documents, tmp_path / "a.pdf", title="t")
    staged.discard()  # the print could not be recorded
    assert os.listdir(tmp_path) == []

"""Atomic writes and file names that do not name the client."""

from __future__ import annotations

import pytest
from conftest import make_document, make_letter

from omatyontekija.documents.output import (
    document_filename,
    render,
    write_document,
    write_pdf_atomically,
)


def test_file_names_say_what_the_file_is_without_the_clients_name(document):
    assert document_filename(document) == "luovutus-12-7.pdf"
    assert document_filename(make_letter(9)) == "kirje-9.pdf"
    from dataclasses import replace

    assert document_filename(replace(make_letter(9), handover_id=31)) == "kirje-31-9.pdf"
    for name in (document_filename(document), document_filename(make_letter())):
        assert "Mäkelä" not in name and document.client.identity_code not in name


def test_write_replaces_the_file_whole(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"old")
    assert write_pdf_atomically(path, b"%PDF-new") == path
    assert path.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_pdf_atomically(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_the_written_file_is_readable_only_by_its_owner(tmp_path):
    path = write_pdf_atomically(tmp_path / "a.pdf", b"%PDF")
    assert path.stat().st_mode & 0o077 == 0


def test_write_document_renders_into_the_folder(tmp_path, document):
    path = write_document(document, tmp_path)
    assert path == tmp_path / "luovutus-12-7.pdf"
    assert path.read_bytes().startswith(b"%PDF")


def test_render_refuses_what_is_not_a_document():
    with pytest.raises(TypeError, match="not a document"):
        render("luovutus")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a document"):
        document_filename(object())  # type: ignore[arg-type]


def test_render_makes_both_kinds(document):
    assert render(document).startswith(b"%PDF")
    assert render(make_document(language="en")).startswith(b"%PDF")
    assert render(make_letter()).startswith(b"%PDF")

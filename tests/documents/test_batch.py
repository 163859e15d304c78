"""Batch printing: one PDF per document, progress, cancel, only whole files left."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import make_document, make_letter, pdf_text
from pypdf import PdfReader

from omatyontekija.documents.batch import write_batch
from omatyontekija.domain.worker import Worker


def _jobs(count: int) -> list:
    return [make_document(100 + n, n) for n in range(1, count + 1)]


def _assert_only_whole_pdfs(folder: Path) -> list[str]:
    names = sorted(p.name for p in folder.iterdir())
    assert all(name.endswith(".pdf") and not name.startswith(".") for name in names), names
    for name in names:
        reader = PdfReader(io.BytesIO((folder / name).read_bytes()), strict=True)
        assert len(reader.pages) >= 1
    return names


def test_a_small_batch_writes_every_file_and_reports_progress(tmp_path):
    calls = []
    result = write_batch(
        _jobs(3), tmp_path, progress=lambda done, total: calls.append((done, total))
    )
    assert not result.cancelled and result.failed == []
    assert [p.name for p in result.written] == [
        "luovutus-101-1.pdf",
        "luovutus-102-2.pdf",
        "luovutus-103-3.pdf",
    ]
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert "Luovutus nro 102" in pdf_text((tmp_path / "luovutus-102-2.pdf").read_bytes())
    _assert_only_whole_pdfs(tmp_path)


def test_the_pool_writes_every_file_in_job_order(tmp_path):
    calls = []
    jobs = [*_jobs(10), make_letter(3)]
    result = write_batch(
        jobs,
        tmp_path,
        workers=2,
        in_process_limit=0,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert not result.cancelled and result.failed == []
    assert [p.name for p in result.written] == [
        f"luovutus-{100 + n}-{n}.pdf" for n in range(1, 11)
    ] + ["kirje-3.pdf"]
    assert calls[-1] == (11, 11) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(_assert_only_whole_pdfs(tmp_path)) == 11


@pytest.mark.parametrize("pool", [False, True], ids=["in_process", "pool"])
def test_a_cancelled_batch_leaves_only_whole_files(tmp_path, pool):
    seen = []
    jobs = _jobs(40)
    result = write_batch(
        jobs,
        tmp_path,
        workers=2,
        in_process_limit=0 if pool else 100,
        progress=lambda done, total: seen.append(done),
        is_cancelled=lambda: bool(seen),  # cancel as soon as something is done
    )
    assert result.cancelled
    assert 0 < len(result.written) < len(jobs)
    names = _assert_only_whole_pdfs(tmp_path)
    assert sorted(p.name for p in result.written) == names


def test_cancelled_before_the_start_writes_nothing(tmp_path):
    result = write_batch(_jobs(2), tmp_path, is_cancelled=lambda: True)
    assert result.cancelled and result.written == []
    assert list(tmp_path.iterdir()) == []


def test_a_failing_document_is_reported_and_the_rest_are_written(tmp_path):
    broken = make_letter(5, named_worker=Worker(9, "Testi Työntekijä", "no_such_role"))
    jobs = [make_letter(4), broken, make_letter(6)]
    result = write_batch(jobs, tmp_path)
    assert [p.name for p in result.written] == ["kirje-4.pdf", "kirje-6.pdf"]
    assert [f.filename for f in result.failed] == ["kirje-5.pdf"]
    assert result.failed[0].error.startswith("AttributeError")
    _assert_only_whole_pdfs(tmp_path)


def test_a_failing_document_in_the_pool_is_reported_too(tmp_path):
    broken = make_letter(5, named_worker=Worker(9, "Testi Työntekijä", "no_such_role"))
    result = write_batch(
        [make_letter(4), broken, make_letter(6)], tmp_path, workers=2, in_process_limit=0
    )
    assert [f.filename for f in result.failed] == ["kirje-5.pdf"]
    assert len(result.written) == 2


def test_two_jobs_with_one_file_name_are_refused_before_writing(tmp_path):
    with pytest.raises(ValueError, match=r"luovutus-101-1\.pdf"):
        write_batch(_jobs(2) + _jobs(1), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_batch(_jobs(1), tmp_path / "missing")
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError):
        write_batch(_jobs(1), tmp_path / "file")


def test_an_empty_batch_is_done_at_once(tmp_path):
    result = write_batch([], tmp_path)
    assert result.written == [] and not result.cancelled

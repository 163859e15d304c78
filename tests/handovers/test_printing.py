"""Printing handovers and letters from the record: right data and language, every print recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from handover_cases import moves, pdf_text
from pypdf import PdfReader

from omatyontekija.services import handovers as h
from omatyontekija.services import printing
from omatyontekija.services.clients import get_client
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.store import access_log


class _Prints:
    """The print entries the access log gained since the test began: [(kind, client ids)]."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.since = self._entries()[-1].sequence if self._entries() else 0

    def _entries(self):
        with self.ctx.db.read() as session:
            return list(access_log.iter_entries(session))

    def __eq__(self, other: object) -> bool:
        return [
            (e.reason, list(e.client_ids))
            for e in self._entries()
            if e.sequence > self.since and e.action == "print"
        ] == other

    def __len__(self) -> int:
        return sum(1 for e in self._entries() if e.sequence > self.since and e.action == "print")


@pytest.fixture
def printed(ctx):
    """Every print recorded in the access log from here on: (kind, client ids)."""
    return _Prints(ctx)


@pytest.fixture
def out(tmp_path):
    """A folder of its own (tmp_path also holds the test database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def handover(ctx, move):
    return h.start_handover(
        ctx, move.client_id, move.to_worker.id, "area_reform", due_date=dt.date(2026, 12, 31)
    )


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fi", "Saattaen vaihtaen – tarkistuslista"),
        ("sv", "Överlämning med stöd – checklista"),
        ("en", "Accompanied handover – checklist"),
    ],
)
def test_the_checklist_pdf_names_the_client_and_workers_in_the_language(
    ctx, move, handover, printed, language, title
):
    text = pdf_text(printing.handover_pdf(ctx, handover.id, language=language))
    client = get_client(ctx, move.client_id)
    assert title in text
    assert client.name in text
    assert client.identity_code in text
    assert move.to_worker.name in text
    assert move.from_worker.name in text
    assert printed == [("handover_checklist", [move.client_id])]


def test_nordic_letters_survive_the_pdf(ctx, move, handover):
    h.set_item_state(
        ctx, handover.id, handover.items[0].key, "done", note="Åke ja Märta: ööliikenne"
    )
    text = pdf_text(printing.handover_pdf(ctx, handover.id, language="sv"))
    assert "Åke ja Märta: ööliikenne" in text
    assert "Ärendespråk" in text


def test_the_letter_tells_about_the_change_and_is_recorded(ctx, move, handover, printed):
    data = printing.letter_pdf(ctx, move.client_id, handover_id=handover.id, language="fi")
    text = pdf_text(data)
    assert move.to_worker.name in text
    assert move.from_worker.name in text
    # a planned handover: the change is ahead, its date is not the checklist's due date
    assert "31.12.2026" not in text
    assert f"Omatyöntekijäsi on {move.to_worker.name}" not in text
    assert printed == [("client_letter", [move.client_id])]


def test_a_letter_without_a_handover_names_the_current_worker(ctx, move, printed, tmp_path):
    path = printing.write_letter_pdf(ctx, move.client_id, tmp_path / "kirje.pdf", language="en")
    text = pdf_text(path.read_bytes())
    assert move.from_worker.name in text
    assert move.to_worker.name not in text
    assert printed == [("client_letter", [move.client_id])]


def test_a_letter_refuses_another_clients_handover(ctx, handover):
    other = moves(ctx, 2)[1]
    with pytest.raises(HandoverError):
        printing.client_letter(ctx, other.client_id, handover_id=handover.id)


def test_writing_a_checklist_is_atomic_and_recorded(ctx, handover, printed, out):
    path = printing.write_handover_pdf(ctx, handover.id, out / "lista.pdf")
    assert len(PdfReader(path).pages) >= 1
    assert [p.name for p in out.iterdir()] == ["lista.pdf"]
    assert len(printed) == 1


def test_all_open_handovers_one_file_each_recorded_once(ctx, printed, out):
    batch = moves(ctx, 4)
    ids = h.start_handovers(ctx, [(m.client_id, m.to_worker.id) for m in batch], "area_reform")
    h.cancel_handover(ctx, ids[3], "virhe")
    result = printing.print_open_handovers(ctx, out, language="fi")
    assert not result.cancelled and result.failed == []
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"luovutus-{i}-{m.client_id}.pdf" for i, m in zip(ids[:3], batch[:3], strict=True)
    )
    assert printed == [("handover_checklist", sorted(m.client_id for m in batch[:3]))]
    for path in result.written:
        assert get_client(ctx, int(path.stem.split("-")[2])).last_name in pdf_text(
            path.read_bytes()
        )


def test_a_cancelled_batch_leaves_only_whole_files(ctx, out):
    batch = moves(ctx, 6)
    ids = h.start_handovers(ctx, [(m.client_id, m.to_worker.id) for m in batch], "other")
    seen = []
    result = printing.print_handovers(
        ctx,
        ids,
        out,
        progress=lambda done, total: seen.append((done, total)),
        is_cancelled=lambda: len(seen) >= 2,
    )
    assert result.cancelled
    files = sorted(out.iterdir())
    assert 0 < len(files) < len(ids)
    assert [p.name for p in files] == sorted(p.name for p in result.written)
    for path in files:
        assert len(PdfReader(path).pages) >= 1  # whole: pypdf reads it to the end


def test_unknown_ids_and_kinds_are_refused(ctx, handover):
    with pytest.raises(HandoverError):
        printing.handover_documents(ctx, [handover.id, 987654])
    with pytest.raises(ValueError):
        printing.record_print(ctx, "screenshot", [1])
    printing.record_print(ctx, printing.PrintKind.CLIENT_LETTER, [1])


def test_every_print_is_in_the_access_log(ctx, tmp_path):
    from omatyontekija.services.audit import list_entries
    from omatyontekija.services.handovers import start_handover
    from omatyontekija.services.printing import handover_pdf, print_handovers

    client_id, to_worker = 5, 3
    handover = start_handover(ctx, client_id, to_worker, "worker_leaves")
    before = [e for e in list_entries(ctx, client_id=client_id) if e.action == "print"]
    handover_pdf(ctx, handover.id)
    print_handovers(ctx, [handover.id], tmp_path)
    prints = [e for e in list_entries(ctx, client_id=client_id) if e.action == "print"]
    assert len(prints) == len(before) + 2
    assert prints[0].reason == "handover_checklist"

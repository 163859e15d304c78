"""The client's "who has seen my data" report: content, languages, logging, refusals, CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from omatyontekija.cli import run
from omatyontekija.documents.access_report_labels import ACCESS_LABELS
from omatyontekija.documents.access_report_pdf import (
    AccessReport,
    AccessReportDay,
    ActionCount,
    access_report_pdf,
    action_words,
    period_words,
)
from omatyontekija.documents.labels import format_date
from omatyontekija.documents.model import UnitHeader
from omatyontekija.domain.access import Action
from omatyontekija.services.access_report import (
    access_report,
    client_access_report,
    group_entries,
    write_access_csv,
)
from omatyontekija.services.audit import head, list_entries, verify_chain
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.clients import ClientNotFound, get_client
from omatyontekija.services.trust.use_case import record_access


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_labels_have_the_same_placeholders_in_every_language():
    for key, texts in ACCESS_LABELS.items():
        names = [sorted(re.findall(r"{(\w+)}", t)) for t in texts]
        assert names[0] == names[1] == names[2], key
        assert all(t.strip() for t in texts), key


def test_report_names_the_client_the_viewers_and_the_head(ctx, as_user, clients_of_sari):
    own = clients_of_sari["own"]
    get_client(as_user("sari.mantyla"), own)
    get_client(as_user("testuser"), own)
    access_report(ctx, own, None, None, "fi")  # the next report lists this one's printing
    data = access_report(ctx, own, None, None, "fi")
    text = flat(pdf_text(data))
    client = get_client(ctx, own)
    assert client.identity_code in text
    assert client.last_name in text
    assert "Selvitys asiakastietojen käsittelystä" in text
    assert "sari.mantyla" in text and "Sari Mäntylä" in text
    assert "avasi asiakastiedot" in text
    # The report's own printing is in it, and the head it prints is the chain's newest entry.
    assert "tulosti asiakirjan" in text and "selvitys tietojen käsittelystä" in text
    entries = list_entries(ctx, client_id=own, limit=10)
    printed = [e for e in entries if e.action == "print"]
    assert [(e.reason, e.user) for e in printed] == [("access_report", "testuser")] * 2
    # The head printed is the chain as it stood before the report's own entry.
    before = printed[1]
    assert before.hash in text.replace(" ", "") or before.hash[:40] in text.replace(" ", "")
    assert printed[0].sequence > before.sequence
    # No command lines in a report for the client: the head is explained in words.
    assert "audit verify" not in text and "tarkistaa" in text
    assert re.search(r"Sivu 1 / \d", text)


def test_times_are_local_and_the_period_filters(ctx, clients_of_sari, monkeypatch):
    own = clients_of_sari["own"]
    record_access(ctx, Action.VIEW, [own], reason="puhelu")
    today = dt.date.today()
    inside = flat(pdf_text(access_report(ctx, own, today, today, "en")))
    assert "puhelu" in inside and "opened the record" in inside
    assert format_date(dt.datetime.now().astimezone().date(), "en") in inside
    before = flat(pdf_text(access_report(ctx, own, dt.date(2000, 1, 1), dt.date(2000, 1, 2), "en")))
    assert "puhelu" not in before
    assert "No entries about the client's data in the period." in before


@pytest.mark.parametrize(
    ("language", "title"),
    [("fi", "Selvitys asiakastietojen"), ("sv", "Redogörelse för"), ("en", "Who has seen my data")],
)
def test_report_speaks_the_language_asked(ctx, clients_of_sari, language, title):
    text = flat(pdf_text(access_report(ctx, clients_of_sari["own"], None, None, language)))
    assert title in text


def test_the_swedish_report_has_no_code_words(ctx, clients_of_sari):
    """What the client reads: actions and document kinds in words, no codes or commands."""
    from omatyontekija.services.printing import letter_pdf

    own = clients_of_sari["own"]
    letter_pdf(ctx, own)  # a print entry whose reason is the kind of document
    text = flat(pdf_text(access_report(ctx, own, None, None, "sv")))
    assert "brev till klienten" in text and "skrev ut ett dokument" in text
    for code in ("client_letter", "handover_checklist", "access_report", "omatyontekija", "--"):
        assert code not in text, code


def test_names_shown_in_the_access_log_read_in_words(ctx, clients_of_sari):
    """The access-log page's listing of names (services.audit.client_names) and a reform's
    (changed_client_names) are entries of the client's report: their reasons in words."""
    from omatyontekija.services.audit import client_names
    from omatyontekija.services.reform import changed_client_names

    own = clients_of_sari["own"]
    client_names(ctx, [own])
    changed_client_names(ctx, [own])
    text = flat(pdf_text(access_report(ctx, own, None, None, "sv")))
    assert "granskning av åtkomstloggen" in text and "ny områdesindelning" in text
    assert "access_log" not in text and "area_reform" not in text


def test_refused_attempts_are_shown_as_refused():
    assert action_words("view", False, "en") == "refused: opened the record"
    assert action_words("something_new", True, "en") == "something_new"


def test_period_words():
    day = dt.date(2026, 3, 16)
    assert period_words(day, day, "fi") == "16.3.2026–16.3.2026"
    assert period_words(None, day, "en") == "until 16 March 2026"
    assert period_words(day, None, "sv") == "från 16.3.2026"
    assert period_words(None, None, "fi") == "koko käyttöloki"


def _day(n: int) -> AccessReportDay:
    at = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(days=n // 3)
    return AccessReportDay(
        day=at.date(),
        login=f"user{n}",
        worker_name="Testi Työntekijä",
        role="worker",
        first=at,
        last=at + dt.timedelta(hours=3),
        actions=(ActionCount("view", True, 2), ActionCount("search", True, 40 + n)),
        reasons=("puhelinsoitto asiakkaalta",) if n % 3 else (),
    )


def test_a_long_log_runs_over_pages_with_numbers():
    report = AccessReport(
        client_name="Asiakas Testi",
        identity_code="010150-901D",
        start=None,
        end=None,
        entry_count=12_345,
        users=(),
        days=tuple(_day(n) for n in range(300)),
        head_sequence=120,
        head_hash="a" * 64,
        header=UnitHeader(),
        language="fi",
        printed_at=dt.datetime(2026, 1, 2, 12, 0),
    )
    reader = PdfReader(io.BytesIO(access_report_pdf(report)))
    assert len(reader.pages) >= 3
    last = flat(reader.pages[-1].extract_text())
    assert f"Sivu {len(reader.pages)} / {len(reader.pages)}" in last
    # Column headings repeat on every page.
    assert "Käyttäjä" in flat(reader.pages[1].extract_text())
    assert "12345" in flat(reader.pages[0].extract_text())


def test_the_report_counts_by_user_and_day(ctx, as_user, clients_of_sari):
    """Many entries of one user on one day are one line with counts, not many lines."""
    own = clients_of_sari["own"]
    sari = as_user("sari.mantyla")
    for _ in range(25):
        get_client(sari, own)
    record_access(ctx, Action.VIEW, [own], reason="puhelu")
    report = client_access_report(ctx, own, None, None, "en")
    today = dt.date.today()
    mine = [d for d in report.days if d.login == "sari.mantyla" and d.day == today]
    assert len(mine) == 1
    assert ActionCount("view", True, 25) in mine[0].actions
    assert mine[0].worker_name == "Sari Mäntylä"
    user = next(u for u in report.users if u.login == "sari.mantyla")
    assert user.days >= 1 and sum(a.count for a in user.actions) >= 25
    assert report.entry_count >= 26
    assert "puhelu" in next(d for d in report.days if d.login == "testuser").reasons
    text = flat(pdf_text(access_report_pdf(report)))
    assert "opened the record (25 times)" in text and "Day by day" in text


def test_group_entries_puts_users_and_days_together():
    from omatyontekija.store.access_log import DayGroup

    at = dt.datetime(2026, 3, 2, 8, 5, tzinfo=dt.UTC)
    day, next_day = at.astimezone().date(), at.astimezone().date() + dt.timedelta(days=1)
    later = at + dt.timedelta(days=1)
    groups = [
        DayGroup(day, "a", "worker", "search", None, True, 7, at, at + dt.timedelta(minutes=30)),
        DayGroup(day, "a", "worker", "view", "soitto", True, 1, at + dt.timedelta(hours=2), at),
        DayGroup(day, "b", "worker", "view", None, False, 2, at, at),
        DayGroup(next_day, "a", "worker", "view", None, True, 3, later, later),
    ]
    users, days = group_entries(groups, {"a": "Aino"})
    assert [(u.login, u.days, sum(x.count for x in u.actions)) for u in users] == [
        ("a", 2, 11),
        ("b", 1, 2),
    ]
    assert days[0].day > days[-1].day  # newest first
    first_day = [d for d in days if d.login == "a" and d.day == day]
    assert first_day[0].reasons == ("soitto",)
    assert {(c.action, c.count) for c in first_day[0].actions} == {("search", 7), ("view", 1)}


def test_the_csv_lists_every_entry(ctx, as_user, clients_of_sari, tmp_path):
    import csv

    own = clients_of_sari["own"]
    for _ in range(3):
        get_client(as_user("sari.mantyla"), own)
    out = write_access_csv(ctx, own, tmp_path / "lista.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    mine = [r for r in rows if r["login"] == "sari.mantyla" and r["action"] == "view"]
    assert len(mine) == 3 and mine[0]["worker"] == "Sari Mäntylä"
    assert [int(r["sequence"]) for r in rows] == sorted(int(r["sequence"]) for r in rows)
    # Writing the list is logged as an export of the client's data.
    newest = list_entries(ctx, client_id=own, limit=2)[1]
    assert (newest.action, newest.reason) == ("export", "access_list")


def test_a_bad_period_or_language_is_refused(ctx, clients_of_sari):
    own = clients_of_sari["own"]
    with pytest.raises(ValueError, match="after it ends"):
        access_report(ctx, own, dt.date(2026, 2, 1), dt.date(2026, 1, 1), "fi")
    with pytest.raises(ValueError, match="language"):
        access_report(ctx, own, None, None, "de")


def test_only_supervisors_and_nothing_logged_for_a_refusal(ctx, as_user, clients_of_sari):
    own = clients_of_sari["own"]
    before = head(ctx)
    for login in ("sari.mantyla", "admin"):
        with pytest.raises(AccessDenied):
            access_report(as_user(login), own, None, None, "fi")
    assert head(ctx) == before


def test_an_unknown_client(ctx):
    with pytest.raises(ClientNotFound):
        access_report(ctx, 999_999, None, None, "fi")


def test_cli_writes_the_report(ctx, demo_path, tmp_path, capsys, clients_of_sari):
    own = clients_of_sari["own"]
    out = tmp_path / "raportti.pdf"
    status = run(
        [
            "--database",
            str(demo_path),
            "audit",
            "report",
            "--client",
            str(own),
            "--out",
            str(out),
            "--from",
            "2020-01-01",
            "--lang",
            "sv",
        ]
    )
    assert status == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip() == str(out)
    assert "Redogörelse" in pdf_text(out.read_bytes())
    assert verify_chain(ctx).ok


def test_cli_writes_the_list_as_csv(ctx, demo_path, tmp_path, capsys, clients_of_sari):
    own = clients_of_sari["own"]
    argv = ["--database", str(demo_path), "audit", "report", "--client", str(own)]
    out, listing = tmp_path / "r.pdf", tmp_path / "r.csv"
    assert run([*argv, "--out", str(out), "--csv", str(listing)]) == 0
    assert capsys.readouterr().out.split() == [str(out), str(listing)]
    header = listing.read_text(encoding="utf-8").splitlines()[0]
    assert header == "sequence,time,login,worker,role,action,reason,success"
    assert run([*argv, "--out", str(out), "--csv", "/no/such/dir/x.csv"]) == 2
    assert "no such folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-02-01", "--to", "2026-01-01"], "after --to"),
        (["--client", "999999"], "no client with id 999999"),
        (["--out", "/no/such/dir/x.pdf"], "no such folder"),
    ],
)
def test_cli_bad_input(demo_path, tmp_path, capsys, extra, message):
    argv = ["--database", str(demo_path), "audit", "report", "--client", "1"]
    argv += ["--out", str(tmp_path / "r.pdf"), *extra]
    assert run(argv) == 2
    assert message in capsys.readouterr().err


def test_cli_refuses_a_worker(demo_path, tmp_path, capsys):
    argv = ["--database", str(demo_path), "--user", "sari.mantyla", "audit", "report"]
    assert run([*argv, "--client", "1", "--out", str(tmp_path / "r.pdf")]) == 3
    assert "read_log" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_cli_bad_date(demo_path, tmp_path, capsys):
    argv = ["--database", str(demo_path), "audit", "report", "--client", "1"]
    with pytest.raises(SystemExit) as exit_:
        run([*argv, "--out", str(tmp_path / "r.pdf"), "--from", "1.2.2026"])
    assert exit_.value.code == 2
    assert "expected a date" in capsys.readouterr().err


def test_texts_encoded_once_draw_the_same_pages(monkeypatch):
    """The report's tables encode each distinct text once per document; the pages are the
    same as encoding every line anew, also when the font's subsets change mid-table
    (more than 256 distinct characters)."""
    from reportlab.pdfgen.textobject import PDFTextObject

    from omatyontekija.documents import access_report_pdf as module

    letters = [chr(c) for c in (*range(0x100, 0x180), *range(0x410, 0x450), *range(0x391, 0x3A1))]
    days = []
    for n in range(120):
        day = _day(n)
        name = "".join(letters[(n * 7 + k) % len(letters)] for k in range(12))
        days.append(dataclasses.replace(day, worker_name=name if n % 2 else day.worker_name))
    report = AccessReport(
        client_name="Asiakas Testi",
        identity_code="010150-901D",
        start=None,
        end=None,
        entry_count=999,
        users=(),
        days=tuple(days),
        head_sequence=1,
        head_hash="b" * 64,
        header=UnitHeader(),
        language="fi",
        printed_at=dt.datetime(2026, 1, 2, 12, 0),
    )

    def pages(data: bytes) -> list[bytes]:
        return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]

    once = pages(access_report_pdf(report))
    monkeypatch.setattr(module._RepeatingText, "_formatText", PDFTextObject._formatText)
    assert once == pages(access_report_pdf(report))
    assert "Ā" in pdf_text(access_report_pdf(report))

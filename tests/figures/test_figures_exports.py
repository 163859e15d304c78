"""The CSV export and the PDF report: labels in the chosen language, values escaped."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import string

import pytest
from pypdf import PdfReader

from omatyontekija.documents.figures_labels import FIGURE_LABELS, figure_label, format_number
from omatyontekija.domain.figures import WorkerFigures
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.services.figures import figures_csv, key_figures, report_pdf


@pytest.fixture
def figures(history_ctx):
    return key_figures(history_ctx)


def parse(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_csv_has_a_row_per_figure_in_finnish(figures):
    rows = parse(figures_csv(figures, "fi"))
    assert rows[0] == ["Osio", "Kohde", "Tunnusluku", "Arvo"]
    assert all(len(r) == 4 for r in rows)
    values = {(r[0], r[1], r[2]): r[3] for r in rows}
    assert values[("Yhteenveto", "", "Asiakkaita rekisterissä")] == "400"
    assert values[("Yhteenveto", "", "Jakso alkaa")] == "24.11.2025"
    share = figures.coverage.share
    assert values[("Yhteenveto", "", "Omatyöntekijäkattavuus %")] == f"{share:.1f}".replace(
        ".", ","
    )
    transport = next(s.clients for s in figures.services if s.code == "transport_service")
    assert values[("Asiakkaat palveluittain", "kuljetuspalvelu", "Asiakkaita")] == str(transport)
    assert values[("Omatyöntekijän pysyvyys", "", "Omatyöntekijän vaihdoksia")] == "3"
    assert values[("Omatyöntekijän pysyvyys", "", "Asiakkaita, joilla 2 vaihdosta")] == "1"


def test_csv_in_swedish_and_english(figures):
    sv = parse(figures_csv(figures, "sv"))
    assert sv[0] == ["Avsnitt", "Objekt", "Nyckeltal", "Värde"]
    assert any(r[1] == "färdtjänst" for r in sv)
    en = parse(figures_csv(figures, "en"))
    assert any(r[2] == "Named-worker coverage %" and "." in r[3] for r in en)


def test_csv_escapes_delimiters_quotes_and_formulas(figures):
    odd = WorkerFigures(
        worker=WorkerRef(99, 'Virtanen; "Ville"\nJr'),
        role=WorkerRole.SOCIAL_WORKER,
        active=True,
        capacity=10,
        clients=3,
        caseload=3,
        child_protection_children=0,
        changes_away=0,
        changes_to=0,
    )
    formula = dataclasses.replace(odd, worker=WorkerRef(98, '=HYPERLINK("x")'))
    text = figures_csv(dataclasses.replace(figures, workers=(odd, formula)), "fi")
    assert '"Virtanen; ""Ville""\nJr"' in text
    rows = parse(text)
    names = {r[1] for r in rows if r[0] == "Työmäärä työntekijöittäin"}
    assert names == {'Virtanen; "Ville"\nJr', '\'=HYPERLINK("x")'}
    assert text.count("\r\n") == len(rows)


def test_csv_refuses_an_unknown_language(figures):
    with pytest.raises(ValueError, match="must be one of"):
        figures_csv(figures, "de")


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",
            [
                "Tunnusluvut ja pysyvyys",
                "Ajanjakso 24.11.2025–23.11.2026",
                "kuljetuspalvelu",
                "Lastensuojelulaki 13 b §: enintään 30 lasta",
                "Omatyöntekijän vaihdoksia",
                "Myöhässä nyt",
                "Sari Mäntylä",
                "Sivu 1 /",
            ],
        ),
        (
            "sv",
            [
                "Nyckeltal och kontinuitet",
                "Perioden 24.11.2025–23.11.2026",
                "färdtjänst",
                "Barnskyddslagen 13 b §: högst 30 barn",
                "Byten av egen kontaktperson",
                "Försenade nu",
                "Sari Mäntylä",
                "Sida 1 /",
            ],
        ),
    ],
)
def test_pdf_report_text(figures, language, expected):
    data = report_pdf(figures, language, printed_at=dt.datetime(2026, 11, 23, 9))
    text = pdf_text(data)
    for phrase in expected:
        assert phrase in text, phrase
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == figure_label("title", language)
    # the three charts are embedded as images
    assert sum(len(page.images) for page in reader.pages) == 3


def test_pdf_of_an_empty_database(empty_ctx):
    from omatyontekija.domain.access import Role, User
    from omatyontekija.store.users import save_user

    with empty_ctx.db.write() as session:  # the unit's first user: figures are no one else's
        save_user(session, User("testuser", Role.SUPERVISOR))
    text = pdf_text(report_pdf(key_figures(empty_ctx), "en"))
    assert "Key figures and permanence" in text and "Clients in the records" in text


def test_labels_have_the_same_placeholders_in_every_language():
    for key, texts in FIGURE_LABELS.items():
        fields = [sorted(f for _, f, _, _ in string.Formatter().parse(t) if f) for t in texts]
        assert fields[0] == fields[1] == fields[2], key
        assert all(t.strip() for t in texts), key


def test_number_format():
    assert format_number(12.34, "fi") == "12,3"
    assert format_number(12.36, "en") == "12.4"
    assert format_number(7, "sv") == "7"
    assert format_number(None, "fi") == "–"
    assert re.fullmatch(r"\d+", format_number(0, "fi"))

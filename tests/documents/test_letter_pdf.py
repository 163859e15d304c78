"""The client letter: who the named worker or area worker is and how to reach them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import NEW_WORKER, OLD_WORKER, PRINTED_AT, make_client, make_letter, pdf_text

from omatyontekija.documents.letter_pdf import client_letter_pdf
from omatyontekija.documents.model import ClientLetter, UnitHeader, default_header
from omatyontekija.domain.client import Language


def test_the_letter_names_the_named_worker_and_how_to_reach_them():
    text = pdf_text(client_letter_pdf(make_letter()))
    for expected in (
        "Omatyöntekijäsi",
        "Hyvä Väinö Åke Mäkelä-Öhman,",
        "Omatyöntekijäsi on Äijälä Åsa, sosiaalityöntekijä.",
        "Puhelin: 040 100 0901",
        "Sähköposti: asa.aijala@example.fi",
        "Polku",
        "Kävelykatu 5 B 12",
        "40100 Jyväskylä",
        "16.3.2020",
    ):
        assert expected in text, expected


def test_the_letter_is_in_the_clients_language_by_default():
    assert make_letter().language == "fi"  # the test client speaks Finnish
    letter = ClientLetter.for_client(make_client(language=Language.SV), UnitHeader(), PRINTED_AT)
    assert letter.language == "sv"
    text = pdf_text(client_letter_pdf(letter))
    assert "Din egen kontaktperson är Äijälä Åsa, socialarbetare." in text
    assert "e-tjänsten Polku" in text and "Omatyöntekijäsi" not in text


def test_an_english_letter():
    text = pdf_text(client_letter_pdf(make_letter(language="en")))
    assert "Your named worker is Äijälä Åsa, social worker." in text
    assert "Phone: 040 100 0901" in text and "e-service Polku" in text


def test_without_a_named_worker_the_letter_gives_the_workers_of_the_area():
    text = pdf_text(client_letter_pdf(make_letter(named_worker=None)))
    assert "Alueesi työntekijät" in text
    assert "Sinulle ei ole nimetty omatyöntekijää" in text
    assert "Äijälä Åsa (sosiaalityöntekijä) ja Áŋŧđšž Örn (sosiaaliohjaaja)" in text
    assert "Puhelin: 040 100 0902" in text and "Tavoitat heidät näin:" in text


def test_with_no_worker_at_all_the_letter_gives_the_unit():
    text = pdf_text(client_letter_pdf(make_letter(named_worker=None, area=None)))
    assert "Alueellesi ei ole tällä hetkellä nimetty työntekijää" in text
    assert "Yksikön yhteystiedot: 014 266 0000" in text


def test_a_handover_letter_tells_that_the_named_worker_changes():
    letter = ClientLetter.for_client(
        make_client(named_worker=NEW_WORKER),
        UnitHeader(),
        PRINTED_AT,
        previous_worker=OLD_WORKER,
        change_date=dt.date(2020, 3, 16),
        handover_id=12,
    )
    text = pdf_text(client_letter_pdf(letter))
    assert "Omatyöntekijäsi on Áŋŧđšž Örn, sosiaaliohjaaja." in text
    assert "vaihtuu 16.3.2020 alkaen" in text and "Äijälä Åsa perehdyttää" in text


def test_a_change_needs_both_previous_worker_and_date():
    with pytest.raises(ValueError, match="go together"):
        dataclasses.replace(make_letter(), previous_worker=OLD_WORKER)
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(make_letter(), language="no")


def test_the_letter_carries_no_confidential_stamp_but_the_unit_header():
    text = pdf_text(client_letter_pdf(make_letter()))
    assert "SALASSA" not in text
    assert "Jyväskylän kaupunki" in text and "Vammaispalvelut" in text


def test_default_headers_follow_the_language():
    assert default_header("child_protection", "sv") == UnitHeader("Jyväskylä stad", "Barnskydd")
    assert default_header("disability_services") == UnitHeader()

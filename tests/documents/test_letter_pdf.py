"""The client letter: who the named worker or area worker is and how to reach them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import NEW_WORKER, OLD_WORKER, PRINTED_AT, make_client, make_letter, pdf_text

from omatyontekija.documents.letter_pdf import client_letter_pdf
from omatyontekija.documents.model import ClientLetter, UnitHeader, default_header
from omatyontekija.domain.client import Language
from omatyontekija.domain.organisation import UnitSettings


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
    assert "ei ole nimetty" not in text  # it read as a refusal
    assert "Voit pyytää itsellesi nimettyä omatyöntekijää" in text
    assert "Äijälä Åsa (sosiaalityöntekijä) ja Áŋŧđšž Örn (sosiaaliohjaaja)" in text
    assert "Puhelin: 040 100 0902" in text and "Tavoitat heidät näin:" in text


def test_with_no_worker_at_all_the_letter_gives_the_unit():
    text = pdf_text(client_letter_pdf(make_letter(named_worker=None, area=None)))
    assert "Alueelle ei ole tällä hetkellä nimetty työntekijää" in text
    assert "Yksikön puhelinnumero: 014 266 0000" in text


def _handover_letter(**kw) -> ClientLetter:
    return ClientLetter.for_client(
        make_client(named_worker=NEW_WORKER),
        UnitHeader(),
        PRINTED_AT,
        previous_worker=OLD_WORKER,
        handover_id=12,
        **kw,
    )


def test_a_planned_handover_letter_says_the_worker_will_change_never_is():
    letter = _handover_letter(change_date=dt.date(2020, 3, 16))
    for language, never in (
        ("fi", "Omatyöntekijäsi on Áŋŧđšž Örn"),
        ("sv", "Din egen kontaktperson är Áŋŧđšž Örn"),
        ("en", "Your named worker is Áŋŧđšž Örn"),
    ):
        text = pdf_text(client_letter_pdf(dataclasses.replace(letter, language=language)))
        assert never not in text, language
    text = pdf_text(client_letter_pdf(letter))
    assert "Omatyöntekijäsi vaihtuu 16.3.2020 alkaen" in text
    assert "Siihen asti omatyöntekijäsi on Äijälä Åsa" in text
    assert "Äijälä Åsa perehdyttää" in text


def test_a_planned_handover_without_an_effective_date_promises_no_date():
    text = pdf_text(client_letter_pdf(_handover_letter()))
    assert "Omatyöntekijäsi on vaihtumassa" in text
    assert "vaihtuu" not in text and "alkaen" not in text


def test_a_planned_first_naming_says_will_be_never_is():
    """A client without a named worker, whose handover names one: nobody "is" theirs yet."""
    letter = ClientLetter.for_client(
        make_client(named_worker=NEW_WORKER), UnitHeader(), PRINTED_AT, handover_id=12
    )
    for language, never, will in (
        ("fi", "Omatyöntekijäsi on Áŋŧđšž Örn", "Omatyöntekijäsi tulee olemaan Áŋŧđšž Örn"),
        ("sv", "Din egen kontaktperson är Áŋŧđšž Örn", "Din egen kontaktperson blir Áŋŧđšž Örn"),
        ("en", "Your named worker is Áŋŧđšž Örn", "Your named worker will be Áŋŧđšž Örn"),
    ):
        text = pdf_text(client_letter_pdf(dataclasses.replace(letter, language=language)))
        assert never not in text and will in text, language
    dated = dataclasses.replace(letter, change_date=dt.date(2027, 1, 1))
    assert "Omatyöntekijäsi on 1.1.2027 alkaen Áŋŧđšž Örn" in pdf_text(client_letter_pdf(dated))
    plain = pdf_text(client_letter_pdf(dataclasses.replace(letter, plain=True)))
    assert "Omatyöntekijäsi on pian Áŋŧđšž Örn" in plain


def test_a_done_handover_letter_says_is():
    letter = _handover_letter(change_date=dt.date(2020, 3, 16))
    text = pdf_text(client_letter_pdf(dataclasses.replace(letter, changed=True)))
    assert "Omatyöntekijäsi on 16.3.2020 alkaen Áŋŧđšž Örn, sosiaaliohjaaja." in text


def test_a_change_date_needs_the_previous_worker():
    with pytest.raises(ValueError, match="previous_worker or the handover"):
        dataclasses.replace(make_letter(), change_date=dt.date(2020, 3, 16))
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(make_letter(), language="no")


def test_the_letter_carries_no_confidential_stamp_but_the_unit_header():
    text = pdf_text(client_letter_pdf(make_letter()))
    assert "SALASSA" not in text
    assert "Jyväskylän kaupunki" in text and "Vammaispalvelut" in text


def test_headers_come_from_the_units_settings_not_the_program():
    # without settings: no organisation at all, the service unit's name in the language
    assert default_header("child_protection", "sv") == UnitHeader("", "Barnskydd")
    settings = UnitSettings(
        organisation="Keski-Suomen hyvinvointialue",
        unit="Vammaispalvelut",
        phone="014 266 0000",
        e_service="https://polku.example",
    )
    header = default_header("child_protection", "fi", settings)
    assert (header.organisation, header.unit, header.phone, header.e_service_address) == (
        "Keski-Suomen hyvinvointialue",
        "Vammaispalvelut",
        "014 266 0000",
        "https://polku.example",
    )
    assert header.e_service == "Polku"  # the service's name, from the seeds


def test_the_letter_names_the_responsible_worker_across_units():
    letter = dataclasses.replace(make_letter(), responsible_worker=NEW_WORKER)
    text = " ".join(pdf_text(client_letter_pdf(letter)).split())
    assert f"Vastuutyöntekijä {NEW_WORKER.name} on ensimmäinen yhteyshenkilö" in text
    assert "Vastuutyöntekijä" not in pdf_text(client_letter_pdf(make_letter()))

"""The handover checklist PDF, read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import pickle

import pytest
from conftest import (
    NEW_WORKER,
    OLD_WORKER,
    SUPERVISOR,
    make_document,
    make_handover,
    page_count,
    pdf_text,
)
from pypdf import PdfReader

from omatyontekija.documents.checklist_pdf import handover_checklist_pdf
from omatyontekija.documents.checklist_templates import load_template
from omatyontekija.domain.handover import ChecklistItem, ItemState


def embedded_fonts(data: bytes) -> set[str]:
    """Base names of the fonts whose program is embedded in the PDF."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            for descriptor in descriptors:
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(font["/BaseFont"]))
    return names


def test_the_checklist_names_client_workers_and_contact_details(document):
    text = pdf_text(handover_checklist_pdf(document))
    client = document.client
    for expected in (
        "Saattaen vaihtaen – tarkistuslista",
        "Luovutus nro 12",
        client.name,
        client.identity_code,
        "Kävelykatu 5 B 12, 40100 Jyväskylä",
        OLD_WORKER.name,
        OLD_WORKER.phone,
        OLD_WORKER.email,
        NEW_WORKER.name,
        NEW_WORKER.phone,
        NEW_WORKER.email,
        SUPERVISOR.name,
        "aluejaon uudistus",
        "kuljetuspalvelu",
        "henkilökohtainen apu",
        "päättyy 31.5.2021",
        "Palvelusuunnitelma päivitetty 10.9.2019",
        "Seuraava päivitys 10.9.2020",
        "Erityishuolto-ohjelma päivitetty 4.11.2019",
        "Tulostettu 16.3.2020",
        "Päiväys ja allekirjoitus",
    ):
        assert expected in text, expected


def test_every_item_is_printed_with_its_box_state_and_note(document):
    text = pdf_text(handover_checklist_pdf(document))
    for item in document.template.items:
        assert item.text.fi in text, item.key
    assert "☑ tehty" in text and "☐ avoin" in text and "☒ ei koske" in text
    assert "Puhelimessa; asiakas toivoi kirjettä." in text
    assert "2.3.2020 · ÅA" in text


def test_client_text_that_looks_like_markup_is_printed_as_written(document):
    text = pdf_text(handover_checklist_pdf(document))
    assert "Aluejaon uudistus 16.3.2020 & uusi resurssi <alue 3>" in text


def test_letters_beyond_latin_1_print_with_an_embedded_font(document):
    data = handover_checklist_pdf(document)
    text = pdf_text(data)
    for word in ("Mäkelä-Öhman Väinö Åke", "Áŋŧđšž Örn", "Äijälä Åsa"):
        assert word in text
    fonts = embedded_fonts(data)
    assert any("DejaVuSans" in name for name in fonts)
    assert any("DejaVuSans-Bold" in name for name in fonts)
    # no core font: it would not be embedded and cannot show ŋ or ☑
    assert not any("Helvetica" in name for name in fonts)


@pytest.mark.parametrize(
    ("language", "title", "first_item", "page"),
    [
        ("sv", "Överlämning med stöd – checklista", "Orsaken till bytet antecknad", "Sida 1 /"),
        ("en", "Accompanied handover – checklist", "Reason for the change recorded", "Page 1 of"),
    ],
)
def test_the_checklist_is_in_the_chosen_language(language, title, first_item, page):
    text = pdf_text(handover_checklist_pdf(make_document(language=language)))
    assert title in text and first_item in text and page in text
    assert "tarkistuslista" not in text and "Muutoksen syy kirjattu" not in text


def test_page_numbers_count_all_pages(document):
    data = handover_checklist_pdf(document)
    pages = page_count(data)
    text = pdf_text(data)
    assert all(f"Sivu {n} / {pages}" in text for n in range(1, pages + 1))


def test_long_notes_continue_on_further_pages():
    short = handover_checklist_pdf(make_document())
    paragraph = "Asiakkaan verkostopalaverissa sovittiin jatkosta ja määräajoista. " * 40
    long_note = handover_checklist_pdf(make_document(note="\n".join([paragraph] * 4)))
    assert page_count(long_note) > page_count(short)
    assert pdf_text(long_note).count("Asiakkaan verkostopalaverissa") == 160


def test_an_item_note_longer_than_a_page_splits_instead_of_failing():
    note = "Hakemus vireillä, päätös odottaa lausuntoa; määräaika 30 päivää. " * 120
    data = handover_checklist_pdf(make_document(item_note=note))
    assert page_count(data) >= 3
    assert pdf_text(data).count("määräaika 30 päivää") == 120


def test_a_client_without_a_previous_named_worker(document):
    doc = make_document(from_worker=None)
    assert "ei aiempaa omatyöntekijää" in pdf_text(handover_checklist_pdf(doc))


def test_items_missing_from_the_handover_print_open_and_unknown_ones_print_last(document):
    handover = dataclasses.replace(
        document.handover,
        items=(ChecklistItem("retired_item", False, ItemState.DONE, note="vanha kohta"),),
    )
    text = pdf_text(handover_checklist_pdf(dataclasses.replace(document, handover=handover)))
    assert text.count("☐ avoin") == len(document.template.items)
    assert "retired_item" in text and "kohta ei ole nykyisessä mallissa" in text
    assert text.index("retired_item") > text.index(document.template.items[-1].text.fi)


def test_pdf_metadata_holds_no_client_data(document):
    info = PdfReader(io.BytesIO(handover_checklist_pdf(document))).metadata
    values = " ".join(str(v) for v in info.values())
    assert document.client.last_name not in values
    assert document.client.identity_code not in values


def test_parts_that_do_not_belong_together_are_refused(document):
    with pytest.raises(ValueError, match="is not its client"):
        dataclasses.replace(document, client=dataclasses.replace(document.client, id=99))
    with pytest.raises(ValueError, match="to_worker"):
        dataclasses.replace(document, to_worker=OLD_WORKER)
    with pytest.raises(ValueError, match="from_worker"):
        dataclasses.replace(document, from_worker=None)
    with pytest.raises(ValueError, match="template"):
        dataclasses.replace(document, template=load_template("child_protection_standard"))
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(document, language="de")


def test_documents_cross_process_boundaries(document):
    assert pickle.loads(pickle.dumps(document)) == document


def test_another_template_prints_its_own_items():
    doc = make_document(template_id="child_protection_standard")
    assert doc.handover == make_handover(template_id="child_protection_standard")
    text = pdf_text(handover_checklist_pdf(doc))
    assert "Lapsen mielipide selvitetty" in text
    assert "Lastensuojelu: saattaen vaihtaen" in text


def test_the_confidential_mark_carries_its_legal_basis(document):
    text = pdf_text(handover_checklist_pdf(document))
    assert "SALASSA PIDETTÄVÄ" in text
    assert "JulkL 621/1999 24 § 1 mom. 25 kohta" in text


def test_a_non_disclosure_clients_address_is_not_printed(document):
    client = dataclasses.replace(document.client, non_disclosure=True)
    text = pdf_text(handover_checklist_pdf(dataclasses.replace(document, client=client)))
    assert document.client.street_address not in text
    assert "Turvakielto: osoitetta ei tulosteta" in text

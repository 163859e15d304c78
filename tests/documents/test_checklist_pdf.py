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
from reportlab.lib.units import mm

from omatyontekija.documents.checklist_pdf import handover_checklist_pdf
from omatyontekija.documents.checklist_templates import TemplateItem, Texts, load_template
from omatyontekija.domain.handover import ChecklistItem, ItemState


def fonts_of(data: bytes):
    """(base name, embedded) of every font on every page of the PDF."""
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            embedded = any(d is not None and "/FontFile2" in d.get_object() for d in descriptors)
            yield str(font["/BaseFont"]), embedded


def embedded_fonts(data: bytes) -> set[str]:
    """Base names of the fonts whose program is embedded in the PDF."""
    return {name for name, embedded in fonts_of(data) if embedded}


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


def every_font_is_embedded(data: bytes) -> bool:
    return all(embedded for _, embedded in fonts_of(data))


def test_no_page_names_a_font_it_does_not_embed(document):
    # reportlab's first font, Helvetica, used to be named on every page, never embedded
    assert every_font_is_embedded(handover_checklist_pdf(document))


def text_pieces(data: bytes) -> list[tuple[int, float, float, str, str, float]]:
    """(page, x, y, font, text, size) of every piece of text drawn, from pypdf."""
    pieces = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                x, y = cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                pieces.append(
                    (number, x, y, str(font["/BaseFont"]), text.strip("\n"), size * tm[0] * cm[0])
                )

        page.extract_text(visitor_text=visit)
    return pieces


def long_template_document(count: int = 12):
    """A handover whose template items are long texts, so the table runs over pages."""
    document = make_document()
    words = "Asiakkaan palvelutarpeen arviointi päivitetty ja tallennettu " * 3
    items = tuple(
        TemplateItem(
            f"item_{n}",
            n % 2 == 0,
            Texts(f"{n}. {words}", f"{n}. {words}", f"{n}. {words}"),
            Texts("Vihje " + "x" * 120, "", ""),
        )
        for n in range(count)
    )
    template = dataclasses.replace(document.template, items=items)
    handover = dataclasses.replace(
        document.handover, items=tuple(ChecklistItem(i.key, i.required) for i in items)
    )
    return dataclasses.replace(document, template=template, handover=handover)


def test_long_item_texts_wrap_within_the_margins():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from omatyontekija.documents.layout import MARGIN_X, PAGE_WIDTH

    data = handover_checklist_pdf(long_template_document())
    pieces = text_pieces(data)
    assert pieces
    for _, x, _, font, text, size in pieces:
        name = font.split("+")[-1]
        assert x >= MARGIN_X - 0.01, text
        assert x + stringWidth(text, name, size) <= PAGE_WIDTH - MARGIN_X + 0.01, text
        if "tallennettu" in text:  # an item's text, in the item column
            assert x + stringWidth(text, name, size) <= MARGIN_X + (18 + 88) * mm - 6 + 0.01
    assert pdf_text(data).count("päivitetty ja tallennettu") == 36


def test_a_checklist_over_pages_repeats_the_table_heading_on_each():
    data = handover_checklist_pdf(long_template_document(30))
    reader = PdfReader(io.BytesIO(data))
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    with_items = [p for p in pages if "päivitetty ja tallennettu" in p]
    assert len(with_items) >= 3
    for page in with_items:
        # the heading row, then an item under it on the same page
        assert "Tila Kohta Merkinnät ☐ avoin" in page
    assert all(f"Sivu {n} / {len(pages)}" in pages[n - 1] for n in range(1, len(pages) + 1))


def font_programs(data: bytes) -> dict[str, bytes]:
    """The embedded font programs of a PDF by font name, decompressed."""
    programs = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            programs[str(font["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return programs


def test_documents_with_the_same_letters_embed_the_same_font_subsets():
    # the common letters get their codes in one order, whichever a document uses first
    first = make_document()
    client = dataclasses.replace(first.client, last_name="Öberg-Äikäs", first_names="Åsa")
    second = dataclasses.replace(make_document(), client=client)
    assert font_programs(handover_checklist_pdf(first)) == font_programs(
        handover_checklist_pdf(second)
    )


def test_the_kept_font_subsets_are_those_reportlab_makes(monkeypatch, document):
    from reportlab.pdfbase import pdfmetrics

    from omatyontekija.documents.fonts import BOLD, REGULAR

    kept = font_programs(handover_checklist_pdf(document))
    for name in (REGULAR, BOLD):
        face = pdfmetrics.getFont(name).face
        monkeypatch.setattr(face, "addSubsetObjects", type(face).addSubsetObjects.__get__(face))
        monkeypatch.setattr(face, "makeSubset", type(face).makeSubset.__get__(face))
    assert font_programs(handover_checklist_pdf(document)) == kept

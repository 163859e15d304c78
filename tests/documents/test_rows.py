"""The row layout the checklist is drawn with (documents/rows.py): wrapping as platypus
wraps, page breaks between rows, headings kept with what follows, a repeated heading row."""

from __future__ import annotations

import pytest
from conftest import make_document  # at collection: a later import finds another conftest
from reportlab.platypus import Paragraph

from omatyontekija.documents.checklist_style import S
from omatyontekija.documents.checklist_templates import load_template
from omatyontekija.documents.fonts import register_fonts
from omatyontekija.documents.layout import STYLES
from omatyontekija.documents.rows import Cell, Row, Rows, gap, lines

register_fonts()


def texts_of(wrapped) -> list[str]:
    return ["".join(words for _, _, words in line.runs) for line in wrapped]


def platypus_lines(text: str, style: str, width: float) -> list[str]:
    paragraph = Paragraph(text, STYLES[style])
    paragraph.wrap(width, 10_000)
    out = []
    for line in paragraph.blPara.lines:
        words = line[1] if isinstance(line, tuple) else [f.text for f in line.words]
        out.append(" ".join(words) if isinstance(line, tuple) else "".join(words))
    return out


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("template", ["disability_services_standard", "child_protection_standard"])
def test_template_texts_break_where_platypus_breaks_them(template, language):
    for item in load_template(template).items:
        for text, style, width in (
            (item.text.get(language), "cell_bold", 220.0),
            (item.hint.get(language), "hint", 220.0),
        ):
            if text:
                assert texts_of(lines([(text, S.of(style))], width)) == platypus_lines(
                    text, style, width
                ), text


def test_no_line_is_wider_than_its_room_and_long_words_are_split():
    text = "Hakemus " + "x" * 300 + " vireillä, päätös odottaa lausuntoa; määräaika 30 päivää. " * 5
    for width in (40.0, 120.0, 400.0):
        wrapped = lines([(text, S.cell)], width)
        for line in wrapped:
            for x, style, words in line.runs:
                assert x + style.width(words) <= width + 1e-6
        assert "".join(texts_of(wrapped)).replace(" ", "") == text.replace(" ", "")


def test_line_breaks_are_kept_and_runs_change_with_the_style():
    wrapped = lines([("Ensimmäinen rivi\nToinen", S.bold), (" *", S.cell)], 400.0)
    assert texts_of(wrapped) == ["Ensimmäinen rivi", "Toinen *"]
    assert [style for _, style, _ in wrapped[1].runs] == [S.bold, S.cell]
    assert lines([("  ", S.cell)], 100.0) == []


def test_a_mark_glued_by_a_no_break_space_never_stands_alone_on_a_line():
    item = "Asiakkaalle kerrottu muutoksesta"
    width = S.bold.width(item) + 1.0  # the item fits, the mark after it does not
    assert texts_of(lines([(item, S.bold), (" *", S.cell)], width))[-1] == "*"
    wrapped = texts_of(lines([(item, S.bold), ("\u00a0*", S.cell)], width))
    assert wrapped == ["Asiakkaalle kerrottu", "muutoksesta\u00a0*"]


def test_words_without_a_space_between_styles_stay_on_one_line():
    width = S.bold.width("Alku lopp") + 0.5
    assert texts_of(lines([("Alku lopp", S.bold), ("u", S.cell)], width)) == ["Alku", "loppu"]


def row(height: float, **kw) -> Row:
    text = "\n".join(["rivi"] * int(height // S.cell.leading))
    return Row([Cell(0.0, lines([(text, S.cell)], 100.0))], **kw)


def test_a_heading_is_never_the_last_row_on_a_page():
    heading = row(13, keep_with_next=True)
    body = row(130)
    flow = Rows([row(390), gap(12), heading, body], 200.0, 800.0)
    first, rest = flow.split(200.0, 420.0)
    assert first._rows == [flow._rows[0]]
    assert rest._rows == [heading, body]  # the gap is dropped at the top of the page


def test_a_table_heading_row_is_repeated_where_the_table_continues():
    header = Row([Cell(0.0, lines([("Tila Kohta", S.label)], 100.0))], keep_with_next=True)
    items = [row(52, repeat=header) for _ in range(6)]
    first, rest = Rows([header, *items], 200.0, 800.0).split(200.0, 200.0)
    assert first._rows == [header, *items[:3]]  # 10.5 + 3 × 52 points of 200
    assert rest._rows == [header, *items[3:]]
    # where only the heading row would fit, the table goes to the next page whole
    first, rest = Rows([row(180), header, *items], 200.0, 800.0).split(200.0, 200.0)
    assert len(first._rows) == 1 and rest._rows == [header, *items]


def test_a_row_taller_than_a_page_is_cut_between_lines():
    header = Row([Cell(0.0, lines([("Tila", S.label)], 100.0))])
    tall = row(1300, repeat=header, top=3, bottom=5)
    first, rest = Rows([tall], 200.0, 700.0).split(200.0, 700.0)
    assert first.height <= 700.0
    assert rest._rows[0] is header
    assert len(first._rows[0].cells[0].lines) + len(rest._rows[1].cells[0].lines) == 100


def test_a_short_row_that_does_not_fit_moves_on_whole():
    rows = [row(600), row(65)]
    first, rest = Rows(rows, 200.0, 700.0).split(200.0, 640.0)
    assert first._rows == rows[:1] and rest._rows == rows[1:]


def test_texts_encoded_once_draw_the_same_checklist(monkeypatch):
    """The rows' text object keeps each text's encoding for the document; the pages are
    the same as with every run encoded anew."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen.textobject import PDFTextObject

    from omatyontekija.documents.checklist_pdf import handover_checklist_pdf
    from omatyontekija.documents.rows import RepeatingText

    def pages(data: bytes) -> list[bytes]:
        return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]

    document = make_document(item_note="Áŋŧđšž Örn; " * 40)
    once = pages(handover_checklist_pdf(document))
    monkeypatch.setattr(RepeatingText, "_formatText", PDFTextObject._formatText)
    assert once == pages(handover_checklist_pdf(document))

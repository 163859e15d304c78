"""The page all documents share: A4, unit header, footer with print date and "page n / N".

Also the paragraph styles, so the checklist and the letter look like one family.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from omatyontekija.documents.fonts import BOLD, REGULAR, prime, register_fonts
from omatyontekija.documents.labels import format_date, label
from omatyontekija.documents.model import UnitHeader

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 30 * mm  # leaves room for the unit header drawn on every page
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1b1f23")
MUTED = colors.HexColor("#5b636b")
RULE = colors.HexColor("#b9c0c7")
FILL = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#24506e")


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 13, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES: dict[str, ParagraphStyle] = {
    "body": _style("body", spaceAfter=6),
    "letter": _style("letter", fontSize=11, leading=15.5, spaceAfter=9),
    "cell": _style("cell"),
    "cell_bold": _style("cell_bold", fontName=BOLD),
    "label": _style("label", fontSize=8, leading=10.5, textColor=MUTED),
    "hint": _style("hint", fontSize=7.8, leading=10, textColor=MUTED),
    "title": _style("title", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT),
    "subtitle": _style("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=4),
    "section": _style(
        "section",
        fontName=BOLD,
        fontSize=11,
        leading=14,
        spaceBefore=12,
        spaceAfter=5,
        textColor=ACCENT,
    ),
    "right": _style("right", alignment=TA_RIGHT),
}


def text(value: str) -> str:
    """Client data made safe for Paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True, slots=True)
class PageSetup:
    header: UnitHeader
    language: str
    printed_at: dt.datetime
    title: str  # PDF metadata: a document kind, never a client's name
    footer_centre: str = ""
    confidential: bool = True


def build_pdf(story: list[Flowable], setup: PageSetup) -> bytes:
    """Lay ``story`` out on A4 pages with the shared header and footer; the PDF as bytes."""
    buffer = io.BytesIO()
    build_parts([(story, setup)], buffer, title=setup.title)
    return buffer.getvalue()


def build_parts(
    parts: Sequence[tuple[list[Flowable], PageSetup]],
    out: BinaryIO,
    *,
    title: str,
    on_part: Callable[[int], None] | None = None,
) -> None:
    """Lay several documents out in one PDF written to ``out``, each from a new page with its
    own header, language and "page n / N" (n and N counted within the part).

    ``on_part(index)`` is called as part ``index`` begins to be laid out (for progress);
    an exception it raises stops the build and is passed on (a cancel).
    """
    register_fonts()
    setups = [setup for _, setup in parts]
    first = setups[0]
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=first.header.organisation,
        subject=first.header.unit,
        creator="omatyontekija",
        # reportlab's first font is Helvetica, named on every page and never embedded
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, (flowables, _) in enumerate(parts):
        if index:
            story.append(PageBreakIfNotEmpty())  # never a blank page between two parts
        story.append(_PartMark(index, on_part))
        story += flowables
    doc.build(story, canvasmaker=_numbered_canvas(setups))


class _PartMark(Flowable):
    """Takes no room; tells the canvas which part the page belongs to, and reports progress."""

    def __init__(self, index: int, on_part: Callable[[int], None] | None) -> None:
        super().__init__()
        self.index = index
        self.on_part = on_part
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.on_part is not None:
            self.on_part(self.index)
        self.canv.omt_part = self.index  # type: ignore[attr-defined]


def _numbered_canvas(setups: Sequence[PageSetup]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "page n / N"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            prime(self._doc)
            self._pages: list[dict] = []
            self.omt_part = 0

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["omt_part"] for state in self._pages)
            numbers: Counter[int] = Counter()
            for state in self._pages:
                part = state["omt_part"]
                numbers[part] += 1
                self.__dict__.update(state)
                _decorate(self, setups[part], numbers[part], totals[part])
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, setup: PageSetup, page: int, pages: int) -> None:
    header, language = setup.header, setup.language
    top = PAGE_HEIGHT - 14 * mm
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 9.5)
    canvas.drawString(MARGIN_X, top, header.organisation)
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, top - 11.5, header.unit)
    contact = "   ".join(p for p in (header.address, header.phone) if p)
    if contact:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN_X, top - 22, contact)
    if setup.confidential:
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, label("confidential", language))
        # the mark with its legal basis, as the act on openness asks of a secret document
        canvas.setFont(REGULAR, 7.5)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, top - 10, label("confidential.basis", language)
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(
        MARGIN_X,
        PAGE_HEIGHT - MARGIN_TOP + 6 * mm,
        PAGE_WIDTH - MARGIN_X,
        PAGE_HEIGHT - MARGIN_TOP + 6 * mm,
    )

    bottom = 11 * mm
    canvas.line(MARGIN_X, bottom + 10, PAGE_WIDTH - MARGIN_X, bottom + 10)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    printed = label("printed_on", language, date=format_date(setup.printed_at, language))
    canvas.drawString(MARGIN_X, bottom, printed)
    if setup.footer_centre:
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, setup.footer_centre)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, bottom, label("page_of", language, page=page, pages=pages)
    )
    canvas.restoreState()

"""A one-page table of areas and their workers' contacts, for the unit's web page."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from omatyontekija.documents.fonts import BOLD, register_fonts
from omatyontekija.documents.layout import FILL, RULE, STYLES, text


def area_table_pdf(title: str, headings: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        creator="omatyontekija",
    )
    cell = STYLES["cell"]
    data = [[Paragraph(text(h), STYLES["cell_bold"]) for h in headings]]
    data += [[Paragraph(text(value), cell) for value in row] for row in rows]
    width = page[0] - 24 * mm
    shares = (0.10, 0.30, 0.12, 0.08, 0.09, 0.12, 0.08, 0.11)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    doc.build([Paragraph(text(title), STYLES["title"]), Spacer(0, 4 * mm), table])
    return buffer.getvalue()

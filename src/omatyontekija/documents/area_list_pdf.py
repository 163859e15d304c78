"""A one-page table of areas and their workers' contacts, for the unit's web page."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from omatyontekija.documents.fonts import BOLD, REGULAR, register_fonts
from omatyontekija.documents.layout import FILL, RULE, STYLES, text

# The columns (area, districts, then name, phone and phone hours of the social worker and
# of the counsellor): the area and its districts wrap; names, phones and hours keep to one
# line (a heading wraps between its words only).
_WRAPPING = {0: 0.25, 1: 0.75}
_ONE_LINE = (2, 3, 4, 5, 6, 7)
_PADDING = 12  # points: reportlab's default cell padding, both sides


def _column_widths(width: float, headings, rows) -> list[float]:
    """A name, phone number or phone hours never broken over lines ("014 266 / 4105"): those
    columns are as wide as their longest value (or heading word); the rest share the room."""
    size = STYLES["cell"].fontSize

    def widest(column: int) -> float:
        words = headings[column].split()
        return _PADDING + max(
            [stringWidth(w, BOLD, size) for w in words]
            + [stringWidth(row[column], REGULAR, size) for row in rows]
        )

    fixed = {c: widest(c) for c in _ONE_LINE}
    if sum(fixed.values()) > 0.7 * width:  # very long names: wrap them too, but keep a page
        fixed = {c: w * 0.7 * width / sum(fixed.values()) for c, w in fixed.items()}
    room = width - sum(fixed.values())
    return [fixed[c] if c in fixed else room * _WRAPPING[c] for c in range(len(headings))]


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
    data += [
        [
            # no-break spaces: the width is measured for one line
            Paragraph(text(value.replace(" ", "\u00a0") if c in _ONE_LINE else value), cell)
            for c, value in enumerate(row)
        ]
        for row in rows
    ]
    widths = _column_widths(page[0] - 24 * mm, headings, rows)
    table = Table(data, colWidths=widths, repeatRows=1)
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

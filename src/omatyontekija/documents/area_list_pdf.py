"""A one-page table of areas and their workers' contacts, for the unit's web page."""

from __future__ import annotations

import io
import re
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
_DISTRICT = re.compile(r"(\b\d{5}) ")
_PADDING = 12  # points: reportlab's default cell padding, both sides


def _column_widths(width: float, headings, rows) -> list[float]:
    """A name, phone number or phone hours never broken over lines ("014 266 / 4105"): those
    columns are as wide as their longest value (or heading word). The area and districts
    columns get at least their longest word ("Säynätsa / lo") and share the rest."""
    size = STYLES["cell"].fontSize

    def widest_word(column: int) -> float:
        # split at plain spaces only: a no-break space holds its words together
        words = [(w, BOLD) for w in headings[column].split(" ")]
        words += [(w, REGULAR) for row in rows for w in row[column].split(" ")]
        return _PADDING + max(stringWidth(w, font, size) for w, font in words)

    def widest(column: int) -> float:
        return max(
            widest_word(column),
            _PADDING + max((stringWidth(row[column], REGULAR, size) for row in rows), default=0),
        )

    fixed = {c: widest(c) for c in _ONE_LINE}
    least = {c: widest_word(c) for c in _WRAPPING}
    if sum(fixed.values()) + sum(least.values()) > width:  # very long names: wrap them too
        scale = max(width - sum(least.values()), 0.5 * width) / sum(fixed.values())
        fixed = {c: w * scale for c, w in fixed.items()}
    spare = max(width - sum(fixed.values()) - sum(least.values()), 0.0)
    return [
        fixed[c] if c in fixed else least[c] + spare * _WRAPPING[c] for c in range(len(headings))
    ]


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
    # A district's code and name stay on one line ("40720 / Viitaniemi").
    rows = [[_DISTRICT.sub("\\1\u00a0", v) if c == 1 else v for c, v in enumerate(r)] for r in rows]
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

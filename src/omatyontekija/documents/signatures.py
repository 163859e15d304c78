"""The end of the handover checklist: space for notes and the three signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from omatyontekija.documents.labels import label
from omatyontekija.documents.layout import FRAME_WIDTH, INK, MUTED, RULE, STYLES, text
from omatyontekija.documents.model import HandoverDocument

_NOTE_LINES = 4  # ruled lines for handwriting under the typed notes


def notes_section(document: HandoverDocument) -> list[Flowable]:
    """The handover's typed note, then ruled lines to write on."""
    language = document.language
    parts: list[Flowable] = [Paragraph(label("section.notes", language), STYLES["section"])]
    if document.handover.note:
        parts.append(Paragraph(text(document.handover.note), STYLES["body"]))
    lines = Table(
        [[""]] * _NOTE_LINES, colWidths=[FRAME_WIDTH], rowHeights=[7.5 * mm] * _NOTE_LINES
    )
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    parts.append(lines)
    return parts


def signatures(document: HandoverDocument) -> Flowable:
    """Three aligned signature blocks; kept on one page with their heading."""
    language = document.language
    people = [
        ("sign.from", document.from_worker),
        ("sign.to", document.to_worker),
        ("sign.supervisor", document.supervisor),
    ]
    gap = 8 * mm
    width = (FRAME_WIDTH - 2 * gap) / 3
    titles = [Paragraph(f"<b>{label(key, language)}</b>", STYLES["cell"]) for key, _ in people]
    blanks = ["", "", ""]
    captions = [
        [
            Paragraph(label("sign.date_and_signature", language), STYLES["label"]),
            Paragraph(text(worker.name) if worker else "", STYLES["cell"]),
        ]
        for _, worker in people
    ]
    data = [_spread(titles), _spread(blanks), _spread(captions)]
    table = Table(
        data,
        colWidths=[width, gap, width, gap, width],
        rowHeights=[None, 16 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (0, 1), 0.8, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.8, INK),
                ("LINEBELOW", (4, 1), (4, 1), 0.8, INK),
                ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph(label("section.signatures", language), STYLES["section"]),
            Spacer(0, 2),
            table,
        ]
    )


def _spread(cells: list) -> list:
    """Three cells with empty gutter columns between them."""
    return [cells[0], "", cells[1], "", cells[2]]

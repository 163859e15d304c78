"""The end of the handover checklist: space for notes and the three signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm

from omatyontekija.documents.checklist_style import S, section
from omatyontekija.documents.labels import label
from omatyontekija.documents.layout import FRAME_WIDTH, INK, RULE, STYLES
from omatyontekija.documents.model import HandoverDocument
from omatyontekija.documents.rows import Cell, Row, fixed_lines, gap, lines

_NOTE_LINES = 4  # ruled lines for handwriting under the typed notes
_NOTE_LINE = 7.5 * mm


def notes_section(document: HandoverDocument) -> list[Row]:
    """The handover's typed note (a row per line, so a long one runs on to the next
    page), then ruled lines to write on."""
    rows = section(label("section.notes", document.language))
    if document.handover.note:
        rows += [
            Row([Cell(0.0, [line])])
            for line in lines([(document.handover.note, S.body)], FRAME_WIDTH)
        ]
        rows.append(gap(STYLES["body"].spaceAfter, overlaps=True))
    rules = ((0.0, FRAME_WIDTH, 0.4, RULE, "below"),)
    ruled = [
        Row(fixed=_NOTE_LINE, rules=rules, keep_with_next=n < _NOTE_LINES - 1)
        for n in range(_NOTE_LINES)
    ]
    return rows + ruled


def signatures(document: HandoverDocument) -> list[Row]:
    """Three aligned signature blocks; kept on one page with their heading."""
    language = document.language
    people = [
        ("sign.from", document.from_worker),
        ("sign.to", document.to_worker),
        ("sign.supervisor", document.supervisor),
    ]
    gutter = 8 * mm
    width = (FRAME_WIDTH - 2 * gutter) / 3
    room = width - 6  # a table cell's right padding
    xs = [n * (width + gutter) for n in range(3)]
    titles = Row(
        [
            Cell(x, fixed_lines([(label(key, language), S.bold)], room))
            for x, (key, _) in zip(xs, people, strict=True)
        ],
        top=3,
        bottom=3,
        keep_with_next=True,
    )
    blanks = Row(
        fixed=16 * mm,
        rules=tuple((x, x + width, 0.8, INK, "below") for x in xs),
        keep_with_next=True,
    )
    captions = Row(
        [
            Cell(
                x,
                fixed_lines([(label("sign.date_and_signature", language), S.label)], room)
                + (lines([(worker.name, S.cell)], room) if worker else []),
            )
            for x, (_, worker) in zip(xs, people, strict=True)
        ],
        top=3,
        bottom=3,
    )
    heading = section(label("section.signatures", language))
    return [*heading, gap(2, keep_with_next=True), titles, blanks, captions]

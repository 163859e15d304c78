"""The handover checklist PDF: one accompanied handover on paper, to check and sign.

Its parts are laid out as rows of text drawn straight on the canvas (``rows``),
not as platypus paragraphs and tables: the same look at a fraction of the cost,
which matters when a reform prints hundreds of them.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from omatyontekija.documents.checklist_style import S, section, text_row
from omatyontekija.documents.checklist_templates import TemplateItem
from omatyontekija.documents.fonts import register_fonts
from omatyontekija.documents.labels import format_date, label
from omatyontekija.documents.layout import (
    FILL,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    RULE,
    STYLES,
    PageSetup,
    build_pdf,
)
from omatyontekija.documents.model import HandoverDocument
from omatyontekija.documents.rows import Cell, Line, Row, Rows, fixed_lines, gap, lines
from omatyontekija.documents.signatures import notes_section, signatures
from omatyontekija.domain.handover import ChecklistItem, ItemState
from omatyontekija.domain.worker import Worker

BOXES = {
    ItemState.OPEN: "☐",
    ItemState.DONE: "☑",
    ItemState.NOT_APPLICABLE: "☒",
    ItemState.SKIPPED: "☒",
}


def handover_checklist_pdf(document: HandoverDocument) -> bytes:
    """The checklist of ``document`` as a PDF (A4, fonts embedded, in ``document.language``)."""
    return build_pdf(*checklist_story(document))


def checklist_story(document: HandoverDocument) -> tuple[list[Flowable], PageSetup]:
    """What the checklist's PDF is laid out from (alone, or as a part of a combined PDF)."""
    register_fonts()  # before any width is measured
    language = document.language
    handover_no = label("checklist.handover_no", language, id=document.handover.id)
    setup = PageSetup(
        header=document.header,
        language=language,
        printed_at=document.printed_at,
        title=label("checklist.title", language),
        footer_centre=handover_no,
    )
    subtitle = f"{handover_no} · {document.template.name.get(language)}"
    rows: list[Row] = [
        text_row(label("checklist.title", language), S.title, fixed=True),
        gap(2),
        text_row(subtitle, S.subtitle),
        gap(STYLES["subtitle"].spaceAfter, overlaps=True),
        *_client_section(document),
        *_workers_section(document),
        *_handover_section(document),
        *_checklist_section(document),
        *notes_section(document),
        *signatures(document),
    ]
    return [Rows(rows, FRAME_WIDTH, FRAME_HEIGHT)], setup


_GRID_LABEL = 38 * mm
_GRID_PAD = 6.0  # a table cell's right padding


def _grid(pairs: list[tuple[str, str]]) -> list[Row]:
    """Label–value pairs two to a row, the labels small and grey, a light rule below each."""
    value_width = FRAME_WIDTH / 2 - _GRID_LABEL
    out = []
    for start in range(0, len(pairs), 2):
        cells = []
        for column, (key, value) in enumerate(pairs[start : start + 2]):
            x = column * FRAME_WIDTH / 2
            cells.append(Cell(x, fixed_lines([(key, S.label)], _GRID_LABEL - _GRID_PAD)))
            cells.append(Cell(x + _GRID_LABEL, lines([(value, S.cell)], value_width - _GRID_PAD)))
        out.append(Row(cells, top=2.5, bottom=2.5, rules=((0.0, FRAME_WIDTH, 0.4, FILL, "below"),)))
    return out


def _client_section(document: HandoverDocument) -> list[Row]:
    client, language = document.client, document.language
    address = ", ".join(
        p
        for p in (client.street_address, f"{client.postal_code} {client.post_office}".strip())
        if p
    )
    if client.non_disclosure:  # turvakielto: the address stays in the record
        address = label("non_disclosure.address", language)
    pairs = [
        (label("client.name", language), client.name),
        (label("client.identity_code", language), client.identity_code),
        (label("client.number", language), str(client.id)),
        (label("client.language", language), label(f"language.{client.language.value}", language)),
        (label("client.address", language), address or "–"),
        (label("client.stage", language), label(f"stage.{client.stage.value}", language)),
    ]
    return [*section(label("section.client", language)), *_grid(pairs)]


_CARD_PAD_X = 7.0


def _worker_card(x: float, title: str, worker: Worker | None, language: str) -> Cell:
    width = FRAME_WIDTH / 2 - _CARD_PAD_X - _GRID_PAD
    out = fixed_lines([(title, S.label)], width)
    if worker is None:
        out += fixed_lines([(label("worker.none", language), S.cell)], width)
        return Cell(x + _CARD_PAD_X, out)
    out += lines([(worker.name, S.bold)], width)
    out += fixed_lines([(label(f"role.{worker.role.value}", language), S.cell)], width)
    for key, value in (("phone", worker.phone), ("email", worker.email)):
        if value:
            out += lines([(f"{label(key, language)}: {value}", S.cell)], width)
    return Cell(x + _CARD_PAD_X, out)


def _workers_section(document: HandoverDocument) -> list[Row]:
    language = document.language
    half = FRAME_WIDTH / 2
    cards = Row(
        [
            _worker_card(0.0, label("worker.from", language), document.from_worker, language),
            _worker_card(half, label("worker.to", language), document.to_worker, language),
        ],
        top=5,
        bottom=6,
        boxes=((0.0, half, 0.5, RULE), (half, FRAME_WIDTH, 0.5, RULE)),
    )
    return [*section(label("section.workers", language)), cards]


_BULLET = "•"


def _handover_section(document: HandoverDocument) -> list[Row]:
    handover, client, language = document.handover, document.client, document.language
    pairs = [
        (label("handover.reason", language), label(f"reason.{handover.reason.value}", language)),
        (label("handover.opened", language), format_date(handover.created_at, language)),
        (label("handover.due", language), format_date(handover.due_date, language)),
        (label("handover.meeting", language), format_date(handover.meeting_date, language)),
    ]
    indent = S.cell.width(_BULLET) + 0.6 * S.cell.size  # where platypus puts a bullet's text
    services: list[Row] = []
    for granted in client.services:
        fragments = [(granted.service.name(language), S.cell)]
        dates = []
        if granted.granted_on:
            dates.append(
                label("services.granted", language, date=format_date(granted.granted_on, language))
            )
        if granted.ends_on:
            dates.append(
                label("services.ends", language, date=format_date(granted.ends_on, language))
            )
        if dates:
            fragments.append((f" ({', '.join(dates)})", S.label))
        wrapped = lines(fragments, FRAME_WIDTH, indent=indent, leading=S.cell)
        bullet = wrapped[0]
        wrapped[0] = Line(((0.0, S.cell, _BULLET), *bullet.runs), bullet.leading, bullet.baseline)
        services.append(Row([Cell(0.0, wrapped)]))
    if not services:
        services.append(text_row(label("services.none", language), S.cell, fixed=True))
    plans = [
        (label("plan.updated", language), format_date(client.service_plan_updated, language)),
        (label("plan.next", language), format_date(client.service_plan_next_update, language)),
        (
            label("plan.special_care", language),
            format_date(client.special_care_programme_updated, language),
        ),
    ]
    return [
        *section(label("section.handover", language)),
        *_grid(pairs),
        *section(label("section.services", language)),
        *services,
        gap(4),
        *_grid(plans),
    ]


def _item_rows(document: HandoverDocument) -> list[tuple[TemplateItem | None, ChecklistItem]]:
    """Template items in template order with their state; items the template lacks come last.

    A handover keeps its items even if the template file changed after it was
    opened, so nothing recorded disappears from the printout.
    """
    recorded = {item.key: item for item in document.handover.items}
    rows: list[tuple[TemplateItem | None, ChecklistItem]] = []
    for template_item in document.template.items:
        state = recorded.pop(template_item.key, None) or ChecklistItem(
            key=template_item.key, required=template_item.required
        )
        rows.append((template_item, state))
    rows.extend((None, item) for item in recorded.values())
    return rows


_COLUMNS = (18 * mm, 88 * mm, FRAME_WIDTH - 106 * mm)
_PAD = 6.0  # the checklist table's cell padding left and right
_TABLE_RULES = 0.5  # a rule under every row
_TABLE_BOX = 0.6  # the table's frame, on every page it reaches


def _cells(*columns: list) -> list[Cell]:
    """The three columns' lines as cells at their places in the table."""
    x, cells = 0.0, []
    for width, column in zip(_COLUMNS, columns, strict=True):
        cells.append(Cell(x + _PAD, column))
        x += width
    return cells


def _table_row(cells: list[Cell], **kw: object) -> Row:
    return Row(
        cells,
        top=3,
        bottom=5,
        sides=((0.0, _TABLE_BOX, RULE), (FRAME_WIDTH, _TABLE_BOX, RULE)),
        rules=((0.0, FRAME_WIDTH, _TABLE_RULES, RULE, "below"),),
        **kw,  # type: ignore[arg-type]
    )


def _checklist_section(document: HandoverDocument) -> list[Row]:
    language = document.language
    room = [width - 2 * _PAD for width in _COLUMNS]
    header = _table_row(
        _cells(
            fixed_lines([(label("column.state", language), S.label)], room[0]),
            fixed_lines([(label("column.item", language), S.label)], room[1]),
            fixed_lines([(label("column.note", language), S.label)], room[2]),
        ),
        fill=(0.0, FRAME_WIDTH, FILL),
        keep_with_next=True,
    )
    header.rules += ((0.0, FRAME_WIDTH, _TABLE_BOX, RULE, "above"),)
    rows: list[Row] = [*section(label("section.checklist", language)), header]
    for template_item, item in _item_rows(document):
        state_words = label(f"state.{item.state.value}", language)
        box = [
            # as in the one paragraph they were: baselines 14 pt (the box's size) below
            # each 13-point line's top
            replace(line, baseline=S.box.size)
            for fragments in ([(BOXES[item.state], S.box)], [(state_words, S.state)])
            for line in fixed_lines(fragments, room[0], leading=S.cell)
        ]
        if template_item is None:
            what = lines([(item.key, S.bold)], room[1], leading=S.cell)
            what += fixed_lines([(label("item.not_in_template", language), S.hint)], room[1])
        else:
            fragments = [(template_item.text.get(language), S.bold)]
            if item.required:
                fragments.append(("\u00a0*", S.cell))  # never alone on a line
            what = fixed_lines(fragments, room[1], leading=S.cell)
            what += fixed_lines([(template_item.hint.get(language), S.hint)], room[1])
        done = " · ".join(
            p
            for p in (format_date(item.done_on, language) if item.done_on else "", item.done_by)
            if p
        )
        note = []
        if done:
            note += lines([(done, S.label)], room[2])
        if item.note:
            note += lines([(item.note, S.cell)], room[2])
        rows.append(_table_row(_cells(box, what, note), repeat=header))
    return [
        *rows,
        gap(3),
        text_row(label("required_legend", language), S.hint, fixed=True),
    ]

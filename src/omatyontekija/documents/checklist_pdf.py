"""The handover checklist PDF: one accompanied handover on paper, to check and sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from omatyontekija.documents.checklist_templates import TemplateItem
from omatyontekija.documents.fonts import register_fonts
from omatyontekija.documents.labels import format_date, label
from omatyontekija.documents.layout import (
    FILL,
    FRAME_WIDTH,
    RULE,
    STYLES,
    PageSetup,
    build_pdf,
    text,
)
from omatyontekija.documents.model import HandoverDocument
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
    register_fonts()  # before any Paragraph: they look their fonts up when made
    language = document.language
    handover_no = label("checklist.handover_no", language, id=document.handover.id)
    setup = PageSetup(
        header=document.header,
        language=language,
        printed_at=document.printed_at,
        title=label("checklist.title", language),
        footer_centre=handover_no,
    )
    story: list[Flowable] = [
        Paragraph(label("checklist.title", language), STYLES["title"]),
        Spacer(0, 2),
        Paragraph(
            f"{handover_no} · {text(document.template.name.get(language))}", STYLES["subtitle"]
        ),
        *_client_section(document),
        *_workers_section(document),
        *_handover_section(document),
        *_checklist_section(document),
        *notes_section(document),
        signatures(document),
    ]
    return story, setup


def _grid(rows: list[tuple[str, str]], language: str) -> Table:
    """Label–value pairs two to a row, the labels small and grey."""
    cells = [
        [Paragraph(text(k), STYLES["label"]), Paragraph(text(v), STYLES["cell"])] for k, v in rows
    ]
    if len(cells) % 2:
        cells.append(["", ""])
    data = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    widths = [38 * mm, FRAME_WIDTH / 2 - 38 * mm] * 2
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, FILL),
            ]
        )
    )
    return table


def _client_section(document: HandoverDocument) -> list[Flowable]:
    client, language = document.client, document.language
    address = ", ".join(
        p
        for p in (client.street_address, f"{client.postal_code} {client.post_office}".strip())
        if p
    )
    if client.non_disclosure:  # turvakielto: the address stays in the record
        address = label("non_disclosure.address", language)
    rows = [
        (label("client.name", language), client.name),
        (label("client.identity_code", language), client.identity_code),
        (label("client.number", language), str(client.id)),
        (label("client.language", language), label(f"language.{client.language.value}", language)),
        (label("client.address", language), address or "–"),
        (label("client.stage", language), label(f"stage.{client.stage.value}", language)),
    ]
    return [Paragraph(label("section.client", language), STYLES["section"]), _grid(rows, language)]


def _worker_card(title: str, worker: Worker | None, language: str) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(text(title), STYLES["label"])]
    if worker is None:
        parts.append(Paragraph(text(label("worker.none", language)), STYLES["cell"]))
        return parts
    parts.append(Paragraph(text(worker.name), STYLES["cell_bold"]))
    parts.append(Paragraph(text(label(f"role.{worker.role.value}", language)), STYLES["cell"]))
    for key, value in (("phone", worker.phone), ("email", worker.email)):
        if value:
            parts.append(Paragraph(f"{label(key, language)}: {text(value)}", STYLES["cell"]))
    return parts


def _workers_section(document: HandoverDocument) -> list[Flowable]:
    language = document.language
    row = [
        _worker_card(label("worker.from", language), document.from_worker, language),
        _worker_card(label("worker.to", language), document.to_worker, language),
    ]
    table = Table([row], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.5, RULE),
                ("BOX", (1, 0), (1, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [Paragraph(label("section.workers", language), STYLES["section"]), table]


def _handover_section(document: HandoverDocument) -> list[Flowable]:
    handover, client, language = document.handover, document.client, document.language
    rows = [
        (label("handover.reason", language), label(f"reason.{handover.reason.value}", language)),
        (label("handover.opened", language), format_date(handover.created_at, language)),
        (label("handover.due", language), format_date(handover.due_date, language)),
        (label("handover.meeting", language), format_date(handover.meeting_date, language)),
    ]
    services = []
    for granted in client.services:
        line = text(granted.service.name(language))
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
            line += f' <font color="#5b636b" size="8">({text(", ".join(dates))})</font>'
        services.append(Paragraph(line, STYLES["cell"], bulletText="•"))
    if not services:
        services.append(Paragraph(text(label("services.none", language)), STYLES["cell"]))
    plans = [
        (label("plan.updated", language), format_date(client.service_plan_updated, language)),
        (label("plan.next", language), format_date(client.service_plan_next_update, language)),
        (
            label("plan.special_care", language),
            format_date(client.special_care_programme_updated, language),
        ),
    ]
    return [
        Paragraph(label("section.handover", language), STYLES["section"]),
        _grid(rows, language),
        Paragraph(label("section.services", language), STYLES["section"]),
        *services,
        Spacer(0, 4),
        _grid(plans, language),
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


def _checklist_section(document: HandoverDocument) -> list[Flowable]:
    language = document.language
    header = [
        Paragraph(label("column.state", language), STYLES["label"]),
        Paragraph(label("column.item", language), STYLES["label"]),
        Paragraph(label("column.note", language), STYLES["label"]),
    ]
    data: list[list] = [header]
    for template_item, item in _item_rows(document):
        state = label(f"state.{item.state.value}", language)
        box = Paragraph(
            f'<font size="14">{BOXES[item.state]}</font><br/>'
            f'<font size="7.5" color="#5b636b">{state}</font>',
            STYLES["cell"],
        )
        if template_item is None:
            what = [
                Paragraph(f"<b>{text(item.key)}</b>", STYLES["cell"]),
                Paragraph(label("item.not_in_template", language), STYLES["hint"]),
            ]
        else:
            star = " *" if item.required else ""
            what = [
                Paragraph(f"<b>{text(template_item.text.get(language))}</b>{star}", STYLES["cell"]),
                Paragraph(text(template_item.hint.get(language)), STYLES["hint"]),
            ]
        done = " · ".join(
            p
            for p in (format_date(item.done_on, language) if item.done_on else "", item.done_by)
            if p
        )
        note: list[Flowable] = []
        if done:
            note.append(Paragraph(text(done), STYLES["label"]))
        if item.note:
            note.append(Paragraph(text(item.note), STYLES["cell"]))
        data.append([box, what, note])
    # splitInRow lets a very long note continue on the next page instead of
    # failing the whole build with "Flowable too large".
    table = Table(
        data,
        colWidths=[18 * mm, 88 * mm, FRAME_WIDTH - 106 * mm],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ]
        )
    )
    return [
        Paragraph(label("section.checklist", language), STYLES["section"]),
        table,
        Spacer(0, 3),
        Paragraph(label("required_legend", language), STYLES["hint"]),
    ]

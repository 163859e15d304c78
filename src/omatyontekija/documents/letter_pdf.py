"""The client letter: who your named worker (or the worker of your area) is and how to reach them.

Seed 002: the client must know who their named worker is, or else who the
worker of their area is and how to reach them (phone, the e-service Polku).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from omatyontekija.documents.fonts import register_fonts
from omatyontekija.documents.labels import format_date, label
from omatyontekija.documents.layout import FRAME_WIDTH, RULE, STYLES, PageSetup, build_pdf, text
from omatyontekija.documents.model import ClientLetter
from omatyontekija.domain.area import E_SERVICE_NAME
from omatyontekija.domain.worker import Worker


def client_letter_pdf(letter: ClientLetter) -> bytes:
    """The letter as a PDF (A4, fonts embedded), in ``letter.language``."""
    register_fonts()  # before any Paragraph: they look their fonts up when made
    language = letter.language
    named = letter.named_worker
    if named:
        title_key = "letter.title_named"
    else:
        many = len(letter.area_workers) > 1
        title_key = "letter.title_area_many" if many else "letter.title_area"
    setup = PageSetup(
        header=letter.header,
        language=language,
        printed_at=letter.printed_at,
        title=label(title_key, language),
        confidential=False,  # the client's own letter, not a file copy
    )
    story: list[Flowable] = [
        _address_block(letter),
        Spacer(0, 16 * mm),
        Paragraph(label(title_key, language), STYLES["title"]),
        Spacer(0, 6 * mm),
        Paragraph(
            text(label("letter.greeting", language, name=_client_name(letter)) + ","),
            STYLES["letter"],
        ),
        *_body(letter),
        Spacer(0, 8 * mm),
        KeepTogether(
            [
                Paragraph(label("letter.closing", language), STYLES["letter"]),
                Paragraph(
                    f"{text(letter.header.organisation)}<br/>{text(letter.header.unit)}",
                    STYLES["letter"],
                ),
            ]
        ),
    ]
    return build_pdf(story, setup)


def _client_name(letter: ClientLetter) -> str:
    return f"{letter.client.first_names} {letter.client.last_name}".strip()


def _address_block(letter: ClientLetter) -> Table:
    """The recipient where a window envelope shows it, the date on the right."""
    client = letter.client
    lines = [
        _client_name(letter),
        client.street_address,
        f"{client.postal_code} {client.post_office}".strip(),
    ]
    address = Paragraph("<br/>".join(text(line) for line in lines if line), STYLES["letter"])
    date = Paragraph(format_date(letter.printed_at, letter.language), STYLES["right"])
    table = Table([[address, date]], colWidths=[100 * mm, FRAME_WIDTH - 100 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        )
    )
    return table


def _body(letter: ClientLetter) -> list[Flowable]:
    language = letter.language
    style = STYLES["letter"]
    parts: list[Flowable] = []
    if letter.named_worker is not None:
        worker = letter.named_worker
        parts.append(
            Paragraph(
                text(
                    label(
                        "letter.named_is",
                        language,
                        worker=worker.name,
                        role=label(f"role.{worker.role.value}", language),
                    )
                ),
                style,
            )
        )
        if letter.previous_worker is not None and letter.change_date is not None:
            parts.append(
                Paragraph(
                    text(
                        label(
                            "letter.change",
                            language,
                            date=format_date(letter.change_date, language),
                            old=letter.previous_worker.name,
                        )
                    ),
                    style,
                )
            )
        parts += [Paragraph(label("letter.reach_one", language), style), _cards([worker], letter)]
    elif letter.area_workers:
        names = [
            f"{w.name} ({label(f'role.{w.role.value}', language)})" for w in letter.area_workers
        ]
        joined = f" {label('letter.and', language)} ".join(names)
        one = len(names) == 1
        sentence = label("letter.area_is" if one else "letter.area_are", language, workers=joined)
        parts.append(Paragraph(text(sentence), style))
        reach = "letter.reach_one" if one else "letter.reach_many"
        parts += [Paragraph(label(reach, language), style), _cards(letter.area_workers, letter)]
    else:
        parts.append(Paragraph(text(label("letter.nobody", language)), style))
    parts.append(Spacer(0, 4 * mm))
    parts.append(
        Paragraph(text(label("letter.e_service", language, service=E_SERVICE_NAME)), style)
    )
    unit_contact = [p for p in (letter.header.phone, letter.header.address) if p]
    if unit_contact:
        parts.append(
            Paragraph(
                f"{label('letter.reach_unit', language)} {text(', '.join(unit_contact))}", style
            )
        )
    return parts


def _cards(workers: tuple[Worker, ...] | list[Worker], letter: ClientLetter) -> Table:
    """Each worker's name, role, phone and e-mail in a framed box, easy to find again."""
    language = letter.language
    rows = []
    for worker in workers:
        lines = [f"<b>{text(worker.name)}</b>", text(label(f"role.{worker.role.value}", language))]
        for key, value in (("phone", worker.phone), ("email", worker.email)):
            if value:
                lines.append(f"{label(key, language)}: <b>{text(value)}</b>")
        rows.append([Paragraph("<br/>".join(lines), STYLES["letter"])])
    table = Table(rows, colWidths=[110 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table

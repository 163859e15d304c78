"""The client letter: who the named worker (or the worker of the area) is and how to reach them.

Seed 002: the client must know who their named worker is, or else who the
worker of their area is and how to reach them (phone, the e-service Polku).
The letter goes to whoever acts for the client: a child's letter to each
guardian (huoltaja), with the child named as its subject; an adult's to the
client, with a copy to an edunvalvoja whose task covers personal matters.
One page (or more) per recipient, in one PDF. It says what is true on the
day it is read: a planned change "will" happen on the day it takes effect.
A client or recipient with a non-disclosure mark (turvakielto) gets no
letter from here at all: ``NonDisclosure`` is raised before anything is drawn.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from omatyontekija.documents.fonts import register_fonts
from omatyontekija.documents.labels import format_date, label, plain_label
from omatyontekija.documents.layout import FRAME_WIDTH, RULE, STYLES, PageSetup, build_pdf, text
from omatyontekija.documents.model import ClientLetter, NonDisclosure, Recipient, RecipientRole
from omatyontekija.domain.worker import Worker


def check_disclosure(letter: ClientLetter) -> None:
    """NonDisclosure if the letter would print a protected address."""
    if letter.client.non_disclosure or any(r.non_disclosure for r in letter.to):
        raise NonDisclosure(
            f"client {letter.client.id}: non-disclosure (turvakielto); no letter is printed"
        )


def client_letter_pdf(letter: ClientLetter) -> bytes:
    """The letter as a PDF (A4, fonts embedded), in ``letter.language``, a part per recipient."""
    return build_pdf(*letter_story(letter))


def letter_story(letter: ClientLetter) -> tuple[list[Flowable], PageSetup]:
    """What the letter's PDF is laid out from: its flowables and its page (for a PDF of its own,
    or as one part of a combined PDF of many letters)."""
    check_disclosure(letter)
    register_fonts()  # before any Paragraph: they look their fonts up when made
    language = letter.language
    setup = PageSetup(
        header=letter.header,
        language=language,
        printed_at=letter.printed_at,
        title=_title(letter, letter.to[0]),
        confidential=False,  # the client's own letter, not a file copy
    )
    story: list[Flowable] = []
    for index, recipient in enumerate(letter.to):
        if index:
            story.append(PageBreak())
        story += _one_letter(letter, recipient)
    return story, setup


def _audience(letter: ClientLetter, recipient: Recipient) -> str:
    if recipient.role is RecipientRole.CLIENT:
        return "you"
    return "child" if letter.is_child else "client"


def _title(letter: ClientLetter, recipient: Recipient) -> str:
    audience = _audience(letter, recipient)
    if letter.named_worker is not None:
        return label(f"letter.nw.{audience}", letter.language)
    many = len(letter.area_workers) > 1
    return label(f"letter.{'areas' if many else 'area'}.{audience}", letter.language)


def _one_letter(letter: ClientLetter, recipient: Recipient) -> list[Flowable]:
    language, style = letter.language, STYLES["letter"]
    title = _title(letter, recipient)
    greeting = (
        plain_label("greeting", name=recipient.name)
        if letter.plain
        else label("letter.greeting", language, name=recipient.name)
    )
    parts: list[Flowable] = [
        _address_block(letter, recipient),
        Spacer(0, 16 * mm),
        Paragraph(text(title), STYLES["title"]),
        Spacer(0, 6 * mm),
    ]
    if recipient.role is not RecipientRole.CLIENT:
        subject = label("letter.subject", language, name=_client_name(letter))
        parts.append(Paragraph(f"<b>{text(subject)}</b>", style))
        note = (
            "letter.each_guardian"
            if recipient.role is RecipientRole.CUSTODIAN
            else "letter.copy_legal_guardian"
        )
        parts.append(Paragraph(text(label(note, language)), style))
        parts.append(Spacer(0, 3 * mm))
    parts.append(Paragraph(text(greeting + ","), style))
    parts += _body(letter, recipient)
    if letter.responsible_worker is not None:
        responsible = label("letter.responsible", language, worker=letter.responsible_worker.name)
        parts.append(Paragraph(text(responsible), style))
    parts.append(Spacer(0, 8 * mm))
    parts.append(KeepTogether(_signature(letter)))
    return parts


def _client_name(letter: ClientLetter) -> str:
    return f"{letter.client.first_names} {letter.client.last_name}".strip()


def _address_block(letter: ClientLetter, recipient: Recipient) -> Table:
    """The recipient where a window envelope shows it, the date on the right."""
    lines = [
        recipient.name,
        recipient.street_address,
        f"{recipient.postal_code} {recipient.post_office}".strip(),
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


def _say(letter: ClientLetter, key: str, **values: object) -> str:
    """Sentence ``key`` of the letter, in plain Finnish when the letter asks for it."""
    if letter.plain:
        return plain_label(key, **values)
    return label(f"letter.{key}", letter.language, **values)


def _role(worker: Worker, language: str) -> str:
    return label(f"role.{worker.role.value}", language)


def _body(letter: ClientLetter, recipient: Recipient) -> list[Flowable]:
    language, style = letter.language, STYLES["letter"]
    audience = _audience(letter, recipient)
    service = letter.header.e_service
    parts: list[Flowable] = []
    worker = letter.named_worker
    if worker is not None:
        nw = label(f"letter.nw.{audience}", language)
        nw_mid = nw[:1].lower() + nw[1:]
        values = {"nw": nw, "worker": worker.name, "role": _role(worker, language)}
        old = letter.previous_worker
        if old is None and letter.handover_id is not None and not letter.changed:
            # The first named worker of a handover still open: never "is" before it is done.
            if letter.change_date is not None:
                date = format_date(letter.change_date, language)
                sentence = _say(letter, "named_to_be_on", date=date, **values)
            else:
                sentence = _say(letter, "named_to_be", **values)
        elif old is None:
            sentence = _say(letter, "named_is", **values)
        elif letter.changed:
            date = format_date(letter.change_date, language) if letter.change_date else ""
            sentence = _say(letter, "change_done", date=date, old=old.name, **values)
            if not letter.change_date and not letter.plain:
                sentence = _say(letter, "named_is", **values)
        elif letter.change_date is not None:
            date = format_date(letter.change_date, language)
            sentence = _say(letter, "change_on", date=date, old=old.name, nw_mid=nw_mid, **values)
        else:
            sentence = _say(letter, "change_undated", old=old.name, nw_mid=nw_mid, **values)
        parts.append(Paragraph(text(sentence), style))
        # until a planned change takes effect, the client still reaches the old worker too
        shown = [worker] if old is None or letter.changed else [old, worker]
        reach = "reach" if letter.plain else ("reach_one" if len(shown) == 1 else "reach_many")
        parts += [
            Paragraph(
                text(plain_label(reach) if letter.plain else label(f"letter.{reach}", language)),
                style,
            ),
            _cards(shown, letter),
        ]
    elif letter.area_workers:
        names = [f"{w.name} ({_role(w, language)})" for w in letter.area_workers]
        joined = f" {label('letter.and', language)} ".join(names)
        one = len(names) == 1
        area = label(f"letter.{'area' if one else 'areas'}.{audience}", language)
        parts.append(
            Paragraph(
                text(_say(letter, "area_is" if one else "area_are", area=area, workers=joined)),
                style,
            )
        )
        if not letter.plain:
            parts.append(Paragraph(text(label("letter.area_handles", language)), style))
        ask = (
            plain_label("ask", service=service)
            if letter.plain
            else label(f"letter.ask.{audience}", language, service=service)
        )
        parts.append(Paragraph(text(ask), style))
        reach = "reach_one" if one else "reach_many"
        reach_text = plain_label("reach") if letter.plain else label(f"letter.{reach}", language)
        parts += [Paragraph(text(reach_text), style), _cards(letter.area_workers, letter)]
    else:
        parts.append(Paragraph(text(label("letter.nobody", language)), style))
    parts.append(Spacer(0, 4 * mm))
    e_service = service
    address = letter.header.e_service_address.strip()
    if address and address.casefold() != service.casefold():  # not "Polku (Polku)"
        e_service = f"{service} ({address})"
    parts.append(Paragraph(text(_say(letter, "e_service", service=e_service)), style))
    parts += _unit_contact(letter)
    return parts


def _unit_contact(letter: ClientLetter) -> list[Flowable]:
    language, style, header = letter.language, STYLES["letter"], letter.header
    lines = []
    if header.phone:
        line = label("letter.unit_phone", language, phone=header.phone)
        if header.phone_hours:
            line += f" ({label('letter.phone_hours', language, hours=header.phone_hours)})"
        lines.append(line)
    if header.address:
        lines.append(label("letter.unit_address", language, address=header.address))
    return [Paragraph(text(line), style) for line in lines]


def _signature(letter: ClientLetter) -> list[Flowable]:
    language, style = letter.language, STYLES["letter"]
    closing = plain_label("closing") if letter.plain else label("letter.closing", language)
    lines = []
    if letter.sender is not None:
        lines.append(f"{text(letter.sender.name)}, {text(_role(letter.sender, language))}")
    lines += [text(letter.header.organisation), text(letter.header.unit)]
    return [Paragraph(closing, style), Paragraph("<br/>".join(lines), style)]


def _cards(workers: tuple[Worker, ...] | list[Worker], letter: ClientLetter) -> Table:
    """Each worker's name, role, phone and e-mail in a framed box, easy to find again.

    A worker without a phone or e-mail of their own (e.g. one made by a reform)
    shows the unit's phone, so no card leaves the reader without a way to call.
    """
    language = letter.language
    rows = []
    for worker in workers:
        title = worker.title or _role(worker, language)
        lines = [f"<b>{text(worker.name)}</b>", text(title)]
        phone = worker.phone or letter.header.phone
        if phone:
            line = f"{label('phone', language)}: <b>{text(phone)}</b>"
            # the hours beside the number, as the unit's phone line has them: a card a
            # line shorter keeps a letter with two workers on one page
            hours = worker.phone_hours if worker.phone else letter.header.phone_hours
            if hours:
                line += f" ({text(label('letter.phone_hours', language, hours=hours))})"
            lines.append(line)
        if worker.email:
            lines.append(f"{label('email', language)}: <b>{text(worker.email)}</b>")
        rows.append([Paragraph("<br/>".join(lines), STYLES["letter"])])
    table = Table(rows, colWidths=[125 * mm], hAlign="LEFT")
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

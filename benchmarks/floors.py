"""The floors: the same work done the plainest way, measured in the same run.

Each floor is what the hardware and the libraries cost without the program's
own layers, so a ratio program/floor says how much the program adds.
"""

from __future__ import annotations

import datetime as dt
import io
import multiprocessing
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

FONT_DIR = Path(__file__).resolve().parents[1] / "src" / "omatyontekija" / "resources" / "fonts"

CHILD_SERVICES = {"open_care_support", "family_work", "foster_care", "aftercare"}


def raw_suggestions(path: Path, today: dt.date) -> int:
    """Load every client's facts and services with sqlite3 and run an if-chain of contract v1."""
    from omatyontekija.domain.catalog import SERVICES_BY_CODE

    unit = {code: s.unit for code, s in SERVICES_BY_CODE.items()}
    connection = sqlite3.connect(path)
    services: dict[int, list[str]] = {}
    for client_id, code in connection.execute(
        "SELECT client_id, service_code FROM client_services"
    ):
        services.setdefault(client_id, []).append(code)
    needed = 0
    for row in connection.execute(
        "SELECT id, birth_date, can_seek_services, can_act_with_network, "
        "needs_multisector_coordination, no_suitable_service_found, intellectual_disability, "
        "clientship_since, current_worker_since, life_situation_reason FROM clients"
    ):
        cid, birth, seek, network, multi, nothing, intellectual, since, worker_since, life = row
        codes = services.get(cid, [])
        units = {unit[c] for c in codes}
        born = dt.date.fromisoformat(birth)
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        child = age < 18
        fired = []
        if seek == 0:
            fired.append("S1")
        if multi or (len(codes) >= 3 and len(units) >= 2):
            fired.append("S2")
        if child and (len(units) >= 2 or len(codes) >= 3):
            fired.append("S3")
        if nothing:
            fired.append("S4")
        if CHILD_SERVICES & set(codes):
            fired.append("L1")
        if "informal_care_support" in codes:
            fired.append("C1")
        if intellectual and (seek == 0 or network == 0):
            fired.append("C2")
        if since and worker_since:
            s, w = dt.date.fromisoformat(since), dt.date.fromisoformat(worker_since)
            if (today - s).days >= 5 * 365 and (today - w).days >= 2 * 365:
                fired.append("C3")
        if life:
            fired.append("C4")
        if "intensified_support" in codes:
            fired.append("A1")
        if fired:
            needed += 1
    connection.close()
    return needed


_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("FloorSans", str(FONT_DIR / "DejaVuSans.ttf")))
        _registered = True


def raw_checklist(texts: list[str]) -> bytes:
    """The same words as a checklist, as bare platypus paragraphs and one table."""
    _register()
    styles = getSampleStyleSheet()
    style = styles["BodyText"].clone("floor", fontName="FloorSans")
    buffer = io.BytesIO()
    story = [Paragraph(texts[0], style), Spacer(1, 12)]
    rows = [[Paragraph("☐", style), Paragraph(t, style)] for t in texts[1:]]
    story.append(Table(rows, colWidths=[20, 440]))
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def raw_checklist_canvas(texts: list[str]) -> bytes:
    """The same words in the same font drawn on a plain canvas, a line each, wrapped to
    the page width: the honest floor (platypus above is slower than the program)."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    _register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    width, height = A4
    y = height - 72
    for number, line in enumerate(texts):
        size = 14 if number == 0 else 10
        for part in simpleSplit(line, "FloorSans", size, width - 144) or [""]:
            if y < 72:
                canvas.showPage()
                y = height - 72
            canvas.setFont("FloorSans", size)
            canvas.drawString(72, y, part)
            y -= size * 1.4
    canvas.save()
    return buffer.getvalue()


def _raw_many(batch: list[list[str]], draw=raw_checklist) -> int:
    return sum(len(draw(t)) for t in batch)


def _raw_many_canvas(batch: list[list[str]]) -> int:
    return _raw_many(batch, raw_checklist_canvas)


def raw_batch_two_processes(documents: list[list[str]], *, canvas: bool = False) -> None:
    halves = [documents[0::2], documents[1::2]]
    work = _raw_many_canvas if canvas else _raw_many
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(work, halves))

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


# -- key figures and the gap list: the same aggregation, one raw pass over each table ----------


def _needs(today: dt.date, unit_of: dict[str, str]):
    """Contract v1 of disability services as an if-chain: (needed, social worker required)
    from a client's facts and service codes, for the figure and gap floors."""
    ages: dict[str, int] = {}

    def years(day: str) -> int:
        value = ages.get(day)
        if value is None:
            born = dt.date.fromisoformat(day)
            value = ages[day] = (
                today.year - born.year - ((today.month, today.day) < (born.month, born.day))
            )
        return value

    def needs(birth, codes, seek, network, multi, nothing, intellectual, since, worker, life, asks):
        units = {unit_of[c] for c in codes}
        special = (
            seek == 0
            or multi == 1
            or (len(codes) >= 3 and len(units) >= 2)
            or (years(birth) < 18 and (len(units) >= 2 or len(codes) >= 3))
            or nothing == 1
            or "child_protection" in units
        )
        if special:
            return True, True
        oriented = (
            "informal_care_support" in codes
            or (intellectual == 1 and (seek == 0 or network == 0))
            or (since and worker and years(since) >= 5 and years(worker) >= 2)
            or (life is not None and life.strip() != "")
            or asks == 1
            or "intensified_support" in codes
        )
        return bool(oriented), False

    return needs


_FACTS = (
    "c.birth_date, c.can_seek_services, c.can_act_with_network, "
    "c.needs_multisector_coordination, c.no_suitable_service_found, c.intellectual_disability, "
    "c.clientship_since, c.current_worker_since, c.life_situation_reason, "
    "c.client_requests_named_worker"
)


def raw_figures(
    path: Path, today: dt.date, start: dt.date, end: dt.date, division_id: int | None
) -> dict:
    """Every number of the key figures in raw sqlite3: the clients read once (facts,
    services with whether each is in force in the period, named worker, area and
    child-protection worker in one statement, counted in Python with the if-chain of
    contract v1), then one statement each over the handovers and the decisions."""
    from collections import Counter

    from omatyontekija.domain.catalog import SERVICES_BY_CODE

    unit_of = {code: str(s.unit) for code, s in SERVICES_BY_CODE.items()}
    needs = _needs(today, unit_of)
    try:
        adult_born = today.replace(year=today.year - 18).isoformat()
    except ValueError:
        adult_born = today.replace(year=today.year - 18, day=28).isoformat()
    first, last = start.isoformat(), end.isoformat()
    connection = sqlite3.connect(path)
    total = named = with_services = needed = 0
    by_service: Counter[str] = Counter()
    by_unit: Counter[str] = Counter()
    areas: dict[str | None, list[int]] = {}
    needed_without: Counter[str | None] = Counter()
    loads: Counter[int] = Counter()
    children: Counter[int] = Counter()
    rows = connection.execute(
        f"SELECT c.named_worker_id, a.name, {_FACTS}, "
        "(SELECT group_concat(s.service_code || CASE WHEN (s.granted_on IS NULL OR "
        "s.granted_on <= ?) AND (s.ends_on IS NULL OR s.ends_on >= ?) THEN '+' ELSE '-' END, ' ') "
        "FROM client_services s WHERE s.client_id = c.id), "
        "(SELECT u.worker_id FROM unit_named_workers u WHERE u.client_id = c.id "
        "AND u.unit_code = 'child_protection') "
        "FROM clients c LEFT JOIN area_districts d ON d.postal_code = c.postal_code "
        "AND d.division_id = ? LEFT JOIN areas a ON a.id = d.area_id",
        (last, first, division_id),
    )
    for worker, area, birth, *facts, services, guardian in rows:
        total += 1
        counts = areas.get(area)
        if counts is None:
            counts = areas[area] = [0, 0]
        counts[0] += 1
        if worker is not None:
            named += 1
            counts[1] += 1
            loads[worker] += 1
        if guardian is not None and birth > adult_born:
            children[guardian] += 1
        marked = services.split(" ") if services else []
        codes = {m[:-1] for m in marked}
        in_force = {m[:-1] for m in marked if m[-1] == "+"}
        if in_force:
            with_services += 1
            by_service.update(in_force)
            by_unit.update({unit_of[c] for c in in_force})
        if needs(birth, codes, *facts)[0]:
            needed += 1
            if worker is None:
                needed_without[area] += 1
    first_at = f"{first} 00:00:00"
    after_at = f"{(end + dt.timedelta(days=1)).isoformat()} 00:00:00"
    handovers = connection.execute(
        "SELECT sum(status IN ('planned', 'in_progress')), "
        "sum(status IN ('planned', 'in_progress') AND due_date < ?), "
        "sum(completed_at >= ? AND completed_at < ?), "
        "sum(created_at >= ? AND created_at < ? AND status = 'planned'), "
        "sum(created_at >= ? AND created_at < ? AND status = 'in_progress'), "
        "sum(created_at >= ? AND created_at < ? AND status = 'done'), "
        "sum(created_at >= ? AND created_at < ? AND status = 'cancelled') FROM handovers",
        (today.isoformat(), first_at, after_at, *(first_at, after_at) * 4),
    ).fetchone()
    open_now, overdue, completed, *by_status = (n or 0 for n in handovers)
    # Each decision of the period beside the previous decision's resulting worker.
    decisions = connection.execute(
        "SELECT client_id, worker, previous FROM (SELECT client_id, decided_at, "
        "CASE WHEN kind = 'named' THEN worker_id END AS worker, "
        "lag(CASE WHEN kind = 'named' THEN worker_id END) OVER "
        "(PARTITION BY client_id ORDER BY decided_at, id) AS previous "
        "FROM designations WHERE decided_at < ?) WHERE decided_at >= ? AND worker IS NOT NULL",
        (after_at, first_at),
    )
    changes = namings = 0
    per_client: Counter[int] = Counter()
    away: Counter[int] = Counter()
    to: Counter[int] = Counter()
    for client_id, worker, previous in decisions:
        if previous is None:
            namings += 1
        elif previous != worker:
            changes += 1
            per_client[client_id] += 1
            away[previous] += 1
            to[worker] += 1
    area_of = dict(
        connection.execute(
            "SELECT c.id, a.name FROM clients c JOIN area_districts d ON d.postal_code = "
            "c.postal_code AND d.division_id = ? JOIN areas a ON a.id = d.area_id "
            f"WHERE c.id IN ({','.join(map(str, per_client)) or 'NULL'})",
            (division_id,),
        ).fetchall()
    )
    area_changes: Counter[str | None] = Counter()
    area_clients: Counter[str | None] = Counter()
    for client_id, n in per_client.items():
        area_changes[area_of.get(client_id)] += n
        area_clients[area_of.get(client_id)] += 1
    connection.close()
    return {
        "clients": total,
        "with_named_worker": named,
        "clients_with_services": with_services,
        "services": dict(by_service),
        "units": dict(by_unit),
        "needed": needed,
        "needed_without_named_worker": sum(needed_without.values()),
        "caseloads": {w: (loads[w], children[w]) for w in set(loads) | set(children)},
        "areas": {
            a: (c[0], c[1], needed_without[a], area_changes[a], area_clients[a])
            for a, c in areas.items()
        },
        "handovers": (open_now, overdue, sum(by_status), completed),
        "changes": changes,
        "clients_with_changes": len(per_client),
        "namings": namings,
        "clients_by_changes": dict(Counter(per_client.values())),
        "away_from_worker": dict(away),
        "to_worker": dict(to),
    }


def raw_gaps(path: Path, today: dt.date, login: str = "benchmark") -> list[tuple[int, str]]:
    """The gap list in raw sqlite3: every client read once with the facts, services and
    the named worker's role, the if-chain of contract v1, the gaps' rows (name, code,
    area, named worker) in the list's order, and the same log write as a search's.
    Returns (client id, kind) in list order."""
    from omatyontekija.domain.catalog import SERVICES_BY_CODE

    unit_of = {code: str(s.unit) for code, s in SERVICES_BY_CODE.items()}
    needs = _needs(today, unit_of)
    connection = sqlite3.connect(path, isolation_level=None)
    gaps: dict[int, str] = {}
    for client_id, role, birth, *facts, services in connection.execute(
        f"SELECT c.id, w.role, {_FACTS}, (SELECT group_concat(s.service_code, ' ') "
        "FROM client_services s WHERE s.client_id = c.id) "
        "FROM clients c LEFT JOIN workers w ON w.id = c.named_worker_id"
    ):
        needed, social_worker = needs(birth, set(services.split(" ")) if services else (), *facts)
        if not needed:
            continue
        if role is None:
            gaps[client_id] = "no_named_worker"
        elif role != "social_worker" and (social_worker or role != "social_counsellor"):
            gaps[client_id] = "role_mismatch"
    shown = []
    for start in range(0, len(gaps), 5000):
        chunk = list(gaps)[start : start + 5000]
        shown += connection.execute(
            "SELECT c.sort_key, c.id, c.identity_code, c.last_name, c.first_names, a.name, w.name "
            "FROM clients c LEFT JOIN workers w ON w.id = c.named_worker_id "
            "LEFT JOIN area_districts d ON d.postal_code = c.postal_code AND d.division_id = "
            "(SELECT id FROM area_divisions WHERE unit_code = 'disability_services' "
            "AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1) "
            f"LEFT JOIN areas a ON a.id = d.area_id WHERE c.id IN ({','.join('?' * len(chunk))})",
            (today.isoformat(), *chunk),
        ).fetchall()
    shown.sort()
    from benchmarks.bench_search import _log_write

    _log_write(connection, sorted(row[1] for row in shown))
    connection.close()
    return [(row[1], gaps[row[1]]) for row in shown]

"""The list of areas a unit publishes for its clients (seed 000 points clients to it).

For the division in force, or the one coming into force when a reform is
saved: each area with its districts (postal code and name), its social worker
and counsellor, and their phone and phone hours. As CSV for the web page and
as a one-page PDF. Only workers' work contacts are listed, no client data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from omatyontekija.domain.area import AreaDivision
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker
from omatyontekija.services.trust.use_case import Work, use_case

_HEADINGS = {
    "fi": (
        "Alue",
        "Postinumeroalueet",
        "Sosiaalityöntekijä",
        "Puhelin",
        "Puhelinaika",
        "Sosiaaliohjaaja",
        "Puhelin",
        "Puhelinaika",
    ),
    "sv": (
        "Område",
        "Postnummerområden",
        "Socialarbetare",
        "Telefon",
        "Telefontid",
        "Socialhandledare",
        "Telefon",
        "Telefontid",
    ),
    "en": (
        "Area",
        "Districts",
        "Social worker",
        "Phone",
        "Phone hours",
        "Counsellor",
        "Phone",
        "Phone hours",
    ),
}
_TITLE = {
    "fi": "Alueet ja työntekijät {date} alkaen",
    "sv": "Områden och handläggare från {date}",
    "en": "Areas and workers from {date}",
}


@dataclass(frozen=True, slots=True)
class AreaListRow:
    area: str
    districts: tuple[tuple[str, str], ...]  # (postal code, name)
    social_worker: Worker | None
    counsellor: Worker | None


@dataclass(frozen=True, slots=True)
class AreaList:
    effective_from: dt.date
    name: str
    rows: tuple[AreaListRow, ...]


@use_case(None)
def area_list(work: Work, on: dt.date | None = None, unit: str = DEFAULT_UNIT) -> AreaList | None:
    """The areas of ``unit``'s division in force on ``on``; without it, the unit's latest
    saved division (the one coming into force after a reform). None when there is none."""
    if on is None:
        latest = work.divisions.latest_effective_from(unit)
        on = max(latest, work.today) if latest else work.today
    division: AreaDivision | None = work.areas.division_on(on, unit)
    if division is None:
        return None
    names = work.divisions.district_names()
    rows = tuple(
        AreaListRow(
            area.name,
            tuple((code, names.get(code, "")) for code in sorted(area.postal_codes)),
            area.social_worker,
            area.counsellor,
        )
        for area in sorted(division.areas, key=lambda a: a.name)
    )
    return AreaList(division.effective_from, division.name, rows)


def _cells(row: AreaListRow) -> list[str]:
    def contact(worker: Worker | None) -> list[str]:
        return [worker.name, worker.phone, worker.phone_hours] if worker else ["", "", ""]

    districts = ", ".join(f"{code} {name}".strip() for code, name in row.districts)
    return [row.area, districts, *contact(row.social_worker), *contact(row.counsellor)]


def area_list_csv(areas: AreaList, language: str = "fi") -> str:
    """The list as CSV (semicolons, as Finnish spreadsheets expect), a heading row first."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(_HEADINGS[language])
    for row in areas.rows:
        writer.writerow(_cells(row))
    return out.getvalue()


def area_list_pdf(areas: AreaList, language: str = "fi") -> bytes:
    """The list as a one-page A4 PDF (landscape table)."""
    from omatyontekija.documents.area_list_pdf import area_table_pdf

    day = areas.effective_from
    title = _TITLE[language].format(date=f"{day.day}.{day.month}.{day.year}")
    return area_table_pdf(title, _HEADINGS[language], [_cells(r) for r in areas.rows])


def write_area_list(areas: AreaList, path: Path | str, language: str = "fi") -> Path:
    """Write the list to ``path``: CSV (UTF-8 with BOM) for .csv, otherwise PDF."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        path.write_bytes(area_list_csv(areas, language).encode("utf-8-sig"))
    else:
        path.write_bytes(area_list_pdf(areas, language))
    return path

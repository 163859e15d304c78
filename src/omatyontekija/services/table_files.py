"""Tables in files: CSV as Excel on a Finnish Windows writes it, and XLSX.

Reading accepts UTF-8 with or without a byte-order mark and Windows-1252,
comma, semicolon or tab as the delimiter. Writing escapes cells that a
spreadsheet would run as a formula (= + - @, tab, carriage return) with a
leading apostrophe (OWASP "CSV injection"); reading takes the apostrophe off
again, so an export imports back as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from omatyontekija.domain.errors import UserError
from omatyontekija.domain.limits import (
    MAX_CELL_CHARACTERS,
    MAX_IMPORT_BYTES,
    MAX_IMPORT_ROWS,
    MAX_XLSX_RATIO,
    MAX_XLSX_UNPACKED_BYTES,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SNIFF_BYTES = 64 * 1024


class NotATable(UserError):
    """The file is not a table we can read; the message says what it is instead, in any of
    the languages (``text(language)``; str() is English)."""


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # data rows, each as long as headers
    encoding: str = ""
    delimiter: str = ""


# A cell that starts with an apostrophe which reading would take off ("'-", "''x") gets one
# more, so that every value reads back as it was written (found by tests/trust/test_properties).
_UNESCAPED_AFTER = (*FORMULA_STARTS, "'")


def escape_cell(value: str) -> str:
    if value.startswith(FORMULA_STARTS) or (
        value.startswith("'") and value[1:].startswith(_UNESCAPED_AFTER)
    ):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(_UNESCAPED_AFTER) else value


def table_format(path: Path) -> str:
    """'csv' or 'xlsx' by the file name; NotATable for anything else."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    raise NotATable("not_csv_or_xlsx", file=path.name)


def read_table(path: Path) -> Table:
    """The header row and the data rows of a CSV or XLSX file, cells as stripped text."""
    try:
        kind = table_format(path)
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise NotATable("file_too_large", file=path.name, size=size, limit=MAX_IMPORT_BYTES)
        table = _read_xlsx(path) if kind == "xlsx" else _read_csv(path)
    except OSError as error:
        raise NotATable("file_unreadable", file=path.name, detail=error.strerror or error) from None
    _check_limits(table, path.name)
    return table


def _check_limits(table: Table, name: str) -> None:
    """Refuse, naming the limit, a table no real unit has: too many rows, a giant cell."""
    if len(table.rows) > MAX_IMPORT_ROWS:
        raise NotATable("too_many_rows", file=name, limit=MAX_IMPORT_ROWS)
    for number, row in enumerate((table.headers, *table.rows)):
        for cell in row:
            if len(cell) > MAX_CELL_CHARACTERS:
                raise NotATable(
                    "cell_too_long",
                    file=name,
                    row=number,
                    length=len(cell),
                    limit=MAX_CELL_CHARACTERS,
                )


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise NotATable("binary_file", file=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise NotATable("not_utf8", file=name) from None


def _read_csv(path: Path) -> Table:
    text, encoding = _decode(path.read_bytes(), path.name)
    header_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=header_line.count)
    if not header_line.strip() or header_line.count(delimiter) == 0:
        raise NotATable("no_header_line", file=path.name)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise NotATable("csv_unreadable", file=path.name, detail=error) from None
    return _table([[c.strip() for c in r] for r in records], encoding, delimiter)


def _table(records: list[list[str]], encoding: str, delimiter: str) -> Table:
    headers = tuple(h.strip().lstrip("\ufeff").lower() for h in records[0])
    width = len(headers)
    rows = []
    for record in records[1:]:
        if not any(record):
            continue  # blank lines (and Excel's trailing empty rows) are not data
        cells = [unescape_cell(c) for c in record]
        # Too short: missing trailing cells are empty; too long is kept for validation to report.
        rows.append(tuple(cells + [""] * (width - len(cells))))
    return Table(headers, tuple(rows), encoding, delimiter)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _check_unpacked_size(path: Path) -> None:
    """Refuse an .xlsx that unpacks to more than a real client list could (a zip bomb),
    by the sizes its zip directory declares, before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: load_workbook says what it is
    total = sum(m.file_size for m in members)
    bomb = any(
        m.file_size > 1_000_000 and m.file_size > MAX_XLSX_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if total > MAX_XLSX_UNPACKED_BYTES or bomb:
        raise NotATable("xlsx_too_large_unpacked", file=path.name, limit=MAX_XLSX_UNPACKED_BYTES)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # only an XLSX import pays for loading openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    _check_unpacked_size(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as error:
        raise NotATable("not_xlsx", file=path.name, detail=error) from None
    try:
        sheet = workbook.worksheets[0]
        records = []
        for row in sheet.iter_rows(values_only=True):  # streamed: read-only mode
            if len(records) > MAX_IMPORT_ROWS:
                raise NotATable("too_many_rows", file=path.name, limit=MAX_IMPORT_ROWS)
            records.append([_cell_text(v) for v in row])
    finally:
        workbook.close()
    while records and not any(records[0]):
        records.pop(0)
    if not records:
        raise NotATable("empty_sheet", file=path.name)
    # Trailing empty header cells come from formatting, not columns.
    width = max(i + 1 for i, h in enumerate(records[0]) if h) if any(records[0]) else 0
    return _table([r[:width] if not any(r[width:]) else r for r in records], "xlsx", "")


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    """UTF-8 with a byte-order mark and semicolons: what Excel on a Finnish Windows opens
    correctly by double-click (it reads comma as the decimal separator there)."""
    # The path exists already (made private by the caller): opening it keeps its mode.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([escape_cell(c) for c in row] for row in rows)


def write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("clients")
    sheet.append(headers)
    for row in rows:
        # openpyxl would store a string starting with "=" as a formula; escaped, it stays text.
        sheet.append([escape_cell(c) for c in row])
    # Zipped in memory (a few MB for a whole unit) and then written: openpyxl's zip file
    # left open by a full disk would otherwise fail once more when collected.
    buffer = io.BytesIO()
    workbook.save(buffer)
    with path.open("wb") as stream:
        stream.write(buffer.getbuffer())

"""Limits that a real unit never reaches but that keep hostile input out.

One place for them, so that the command line, the services and the import agree and a
refusal can name the limit it hit.
"""

from __future__ import annotations

# A worker's caseload capacity (clients): real caseloads are tens, at most a few hundred.
MAX_CAPACITY = 10_000

# Import files (clients, workers, areas).
MAX_IMPORT_BYTES = 50 * 1024 * 1024  # the file on disk
MAX_IMPORT_ROWS = 200_000  # data rows
MAX_CELL_CHARACTERS = 2_000  # one cell
MAX_XLSX_UNPACKED_BYTES = 400 * 1024 * 1024  # all members of an .xlsx, unpacked
MAX_XLSX_RATIO = 200  # unpacked size / packed size of one member (a zip bomb is far above)

# JSON given to the command line (suggest, plan-areas).
MAX_JSON_BYTES = 50 * 1024 * 1024

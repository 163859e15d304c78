import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from omatyontekija.ui.application import create_application

#: The one area of the child-protection division the fixtures below make, and its worker.
CHILD_PROTECTION_AREA = "Lasten alue"
CHILD_PROTECTION_WORKER = "jussi.karkkainen"


@pytest.fixture
def app(qapp):
    """The real application set-up: names, translations (Finnish) and style."""
    # QSettings caches its file per process: say the language each time.
    QSettings().setValue("language", "fi")
    return create_application()


@pytest.fixture(params=["fi", "sv", "en"])
def language_app(request, qapp):
    """The application in each language in turn (Finnish restored afterwards)."""
    QSettings().setValue("language", request.param)
    create_application()
    yield request.param
    QSettings().setValue("language", "fi")
    create_application()


@pytest.fixture
def child_protection_areas_file(ctx, tmp_path) -> Path:
    """An areas file for child protection: every postal code of the demo's clients in one
    area (CHILD_PROTECTION_AREA) of one social worker (CHILD_PROTECTION_WORKER)."""
    with ctx.db.read() as session:
        codes = session.execute(
            text("SELECT DISTINCT postal_code FROM clients WHERE postal_code <> '' ORDER BY 1")
        ).scalars()
        rows = "".join(f"{c};{CHILD_PROTECTION_AREA};{CHILD_PROTECTION_WORKER}\n" for c in codes)
    path = tmp_path / "lastensuojelu.csv"
    path.write_text("postinumero;alue;sosiaalityöntekijä\n" + rows, encoding="utf-8")
    return path


@pytest.fixture
def child_protection_division(ctx, child_protection_areas_file) -> None:
    """Child protection with a division of its own (the file above, from 1.11.2026)."""
    from omatyontekija.services.admin.areas import import_areas

    import_areas(
        ctx,
        child_protection_areas_file,
        effective_from=dt.date(2026, 11, 1),
        unit="child_protection",
    )

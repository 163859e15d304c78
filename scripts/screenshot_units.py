"""Screenshots of the client view of a child in two units (disability services and child
protection), in Finnish and Swedish, from the demo database.

Run: .venv/bin/python scripts/screenshot_units.py [--out docs/screenshots]
Writes client-view-two-units.fi.png, client-view-two-units.sv.png and the Finnish view in
child protection, client-two-units-child-protection-fi.png.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform
    workdir = Path(tempfile.mkdtemp(prefix="omatyontekija-units-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")

    from PySide6.QtCore import QSettings
    from sqlalchemy import text

    from omatyontekija.domain.designation import DecisionKind
    from omatyontekija.services.context import open_context
    from omatyontekija.services.demo import create_demo
    from omatyontekija.services.designations import designate
    from omatyontekija.ui.application import create_application
    from omatyontekija.ui.main_window import MainWindow

    app = create_application()
    ctx = open_context(str(workdir / "demo.sqlite3"), user="helena.ruotsalainen")
    create_demo(ctx.db, 3000)
    with ctx.db.read() as session:
        # A child with disability services and child protection, who has both workers.
        client_id = session.execute(
            text(
                "SELECT c.id FROM clients c JOIN unit_named_workers u ON u.client_id = c.id "
                "AND u.unit_code = 'child_protection' WHERE c.named_worker_id IS NOT NULL "
                "ORDER BY c.id"
            )
        ).scalar()
    if client_id is None:
        raise SystemExit("the demo has no child with two workers")
    # The lead social worker leads every unit and makes sure the record has both workers.
    with ctx.db.read() as session:
        named = session.execute(
            text("SELECT named_worker_id FROM clients WHERE id = :c"), {"c": client_id}
        ).scalar()
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=named, reason="Kuvakaappaus")
    args.out.mkdir(parents=True, exist_ok=True)
    for language in ("fi", "sv"):
        QSettings().setValue("language", language)
        app = create_application()
        ctx.unit = "disability_services"
        QSettings().setValue("mainWindow/unit", "disability_services")
        window = MainWindow(ctx)
        window.resize(1366, 860)
        window.show()
        window.open_client(client_id)
        for _ in range(50):
            app.processEvents()
        path = args.out / f"client-view-two-units.{language}.png"
        window.grab().save(str(path))
        print(path)
        if language == "fi":
            # The same client on child protection's page: its worker first, under its word.
            window.unit_chooser.choose("child_protection")
            for _ in range(50):
                app.processEvents()
            path = args.out / "client-two-units-child-protection-fi.png"
            window.grab().save(str(path))
            print(path)
            window.unit_chooser.choose("disability_services")
        window.close()
        window.deleteLater()
        for _ in range(10):
            app.processEvents()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

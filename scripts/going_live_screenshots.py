"""Screenshots for the going-live guide: the first start, the Administration page's tabs and the
client import's column step,
in Finnish and Swedish, at 1366×768, on a unit built from docs/examples/ as the guide builds it.

Run: .venv/bin/python scripts/going_live_screenshots.py [--out docs/screenshots/going-live]
Each language runs in a process of its own (a fresh Qt application and settings folder).
Uses Qt's offscreen platform unless a display is given with --platform xcb.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
SIZE = (1366, 768)
TABS = ("unit", "users", "workers", "areas")  # in the page's order


def build_unit(database: str) -> None:
    """The guide's steps 2–6 through the command line."""
    from omatyontekija.cli import run

    db = ["--database", database, "--user", "ylla"]
    init = (
        'init --organisation "Keski-Suomen hyvinvointialue" --unit "Vammaispalvelut, Jyväskylä" '
        '--admin ylla --address "PL 193, 40101 Jyväskylä" --phone "014 266 0000" '
        '--phone-hours "ma–pe 9–11" --e-service "https://polku.example"'
    )
    steps = [
        shlex.split(init),
        ["workers", "import", str(EXAMPLES / "workers.csv")],
        ["users", "add", "aholmber", "--role", "admin"],
        ["areas", "import", str(EXAMPLES / "areas.csv"), "--from", "1.1.2026"],
        ["import", str(EXAMPLES / "clients.csv"), "--map", "Asiakkaan kieli=language, Asiakasnro="],
    ]
    for argv in steps:
        if run([*argv, *db]) != 0:
            raise SystemExit(f"failed: {' '.join(argv)}")


def shoot_language(language: str, out: Path) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="omatyontekija-golive-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    os.environ["XDG_STATE_HOME"] = str(workdir / "state")
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from omatyontekija.services.context import open_context
    from omatyontekija.ui.admin import FirstStartDialog
    from omatyontekija.ui.application import create_application
    from omatyontekija.ui.main_window import MainWindow

    create_application()
    QSettings().setValue("language", language)
    app = create_application()  # again, now in the chosen language
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(30):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}.{language}.png"
        widget.grab().save(str(path))
        print(path)

    # The first start, filled in as far as the guide's example
    empty = open_context(str(workdir / "empty.sqlite3"), user="ylla")
    dialog = FirstStartDialog(empty)
    dialog.form.organisation.setText("Keski-Suomen hyvinvointialue")
    dialog.form.unit.setText("Vammaispalvelut, Jyväskylä")
    dialog.form.address.setText("PL 193, 40101 Jyväskylä")
    dialog.form.phone.setText("014 266 0000")
    dialog.show()
    dialog.form.phone_hours.setFocus()  # the next field to fill, nothing selected
    save(dialog, "first-start")
    dialog.close()
    empty.close()

    database = str(workdir / "unit.sqlite3")
    build_unit(database)
    ctx = open_context(database, user="ylla")
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.show_administration()
    page = window.administration_page
    for index, tab in enumerate(TABS):
        page.tabs.setCurrentIndex(index)
        save(window, f"admin-{tab}")

    # The import dialog's column step: the old system's export, with a saved profile
    from omatyontekija.ui.import_dialog import ImportDialog

    importer = ImportDialog(ctx, window)
    finished = []
    importer.jobFinished.connect(lambda: finished.append(True))

    def run_job(start) -> None:
        finished.clear()
        start()
        while not finished:
            app.processEvents()

    os.chdir(ROOT)  # the file as the guide names it, not this machine's folders
    run_job(lambda: importer.check(Path("docs/examples/clients-update.csv")))
    run_job(lambda: importer.set_column("asiakkaan kieli", "language"))
    run_job(lambda: importer.update_box.setChecked(True))
    importer.save_profile("Vanha järjestelmä")
    importer.show()
    save(importer, "import-columns")
    importer.close()
    window.close()
    QApplication.processEvents()
    ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs/screenshots/going-live")
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--language", choices=["fi", "sv", "en"], help="only this language")
    args = parser.parse_args()
    if args.language is None:
        for language in ("fi", "sv"):
            command = [sys.executable, __file__, "--out", str(args.out)]
            command += ["--platform", args.platform, "--language", language]
            subprocess.run(command, check=True)
        return 0
    os.environ["QT_QPA_PLATFORM"] = args.platform
    shoot_language(args.language, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

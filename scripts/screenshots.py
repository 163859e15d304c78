"""Screenshots made from the demo database.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
        the README's screenshots of the main screens (Finnish, 1366×860);
    .venv/bin/python scripts/screenshots.py --all [--out docs/screenshots/all]
        every page and dialog (ui/gallery.py) in fi, sv and en, on a 1366×768
        screen at 100 % and at 150 % (911×512 logical pixels) and on a 1080p screen at
        150 %: <out>/<language>-<screen>/<name>.png ("--language" for one language).

Uses Qt's offscreen platform unless a display is given with --platform xcb.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: name → (width, height, scale) of the screens of --all.
SCREENS = {
    "1366x768": (1366, 768, 1.0),
    "1366x768-150": (1366, 768, 1.5),
    "1080p-150": (1920, 1080, 1.5),
}


def every_page_and_dialog(out: Path, languages: tuple[str, ...] = ("fi", "sv", "en")) -> int:
    """One process a language and screen: Qt fixes its screen and scale at start."""
    for language in languages:
        for screen, (width, height, scale) in SCREENS.items():
            config = Path(tempfile.mkdtemp()) / "screen.json"
            config.write_text(
                json.dumps(
                    {
                        "screens": [
                            {
                                "name": screen,
                                "x": 0,
                                "y": 0,
                                "width": width,
                                "height": height,
                                "logicalDpi": 96,
                                "dpr": 1,
                            }
                        ]
                    }
                )
            )
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "QT_SCALE_FACTOR": str(scale),
            }
            target = out / f"{language}-{screen}"
            command = [sys.executable, __file__, "--gallery", str(target), "--language", language]
            subprocess.run(command, env=env, check=True)
    return 0


def gallery(out: Path, language: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from omatyontekija.services.context import open_context
    from omatyontekija.services.demo import create_demo
    from omatyontekija.ui.application import create_application
    from omatyontekija.ui.gallery import dialogs, pages
    from omatyontekija.ui.main_window import MainWindow

    workdir = Path(tempfile.mkdtemp(prefix="omatyontekija-gallery-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    create_application()
    QSettings().setValue("language", language)
    app = create_application()
    ctx = open_context(str(workdir / "demo.sqlite3"), user="helena.ruotsalainen")
    create_demo(ctx.db, 600)
    window = MainWindow(ctx)
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(30):
            app.processEvents()

    for name, widget in pages(window):
        settle()
        widget.grab().save(str(out / f"page-{name}.png"))
    for name, dialog in dialogs(window):
        settle()
        dialog.grab().save(str(out / f"dialog-{name}.png"))
    print(out)
    ctx.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--language", choices=["fi", "sv", "en"], help="default: fi (--all: all)")
    parser.add_argument("--all", action="store_true", help="every page and dialog")
    parser.add_argument("--gallery", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.all:
        return every_page_and_dialog(
            args.out if args.out != Path("docs/screenshots") else Path("docs/screenshots/all"),
            (args.language,) if args.language else ("fi", "sv", "en"),
        )
    args.language = args.language or "fi"
    if args.gallery:
        return gallery(args.gallery, args.language)
    os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from omatyontekija.services.context import open_context
    from omatyontekija.services.demo import create_demo
    from omatyontekija.services.suggestions import all_suggestions
    from omatyontekija.ui.application import create_application
    from omatyontekija.ui.main_window import MainWindow

    workdir = Path(tempfile.mkdtemp(prefix="omatyontekija-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    app = create_application()
    QSettings().setValue("language", args.language)
    app = create_application()
    # The lead social worker: a supervisor sees every client without stating a reason.
    ctx = open_context(str(workdir / "demo.sqlite3"), user="helena.ruotsalainen")
    create_demo(ctx.db, 3000)
    window = MainWindow(ctx)
    window.resize(1366, 860)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
        while window.gap_page.is_busy():
            app.processEvents()

    def wait_for(condition, seconds: float = 60) -> None:
        import time

        ends = time.monotonic() + seconds
        while not condition() and time.monotonic() < ends:
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        window.grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    window.list_page.search.setText("mäkelä")
    shoot("client-list")
    needed = next(
        i.client_id
        for i in all_suggestions(ctx)
        if i.suggestion.outcome.value == "needed" and len(i.suggestion.rules) >= 2
    )
    window.open_client(needed)
    shoot("client-view")
    window.show_gaps()
    window.gap_page.refresh()
    wait_for(lambda: not window.gap_page.is_busy())
    shoot("gap-list")
    window.show_deadlines()
    window.deadline_page.who.setCurrentIndex(window.deadline_page.who.count() - 1)
    window.deadline_page.refresh()
    wait_for(lambda: not window.deadline_page.is_busy())
    shoot("deadlines")
    window.show_reform()
    wait_for(lambda: window.reform_page is not None and not window.reform_page.is_busy())
    shoot("area-reform")
    window.show_figures()
    wait_for(lambda: not window.figures_page.is_busy() and window.figures_page.figures is not None)
    shoot("key-figures")
    # A handover, opened and half ticked, with its page behind it.
    from omatyontekija.services.handovers import set_item_state, start_handover
    from omatyontekija.ui.gallery import start_some_handovers

    start_some_handovers(ctx, 9, skip=frozenset({needed}))
    handover = start_handover(ctx, needed, 8, "area_reform")
    for item in handover.items[:3]:
        set_item_state(ctx, handover.id, item.key, "done", note="Sovittu puhelimessa.")
    window.handovers.show_page()
    window.handovers.page.refresh()
    shoot("handovers")
    ctx.close()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

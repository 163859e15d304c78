"""Screenshots of the main screens for the README, made from the demo database.

Run: .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
Uses Qt's offscreen platform unless a display is given with --platform xcb.
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
    parser.add_argument("--language", default="fi", choices=["fi", "sv", "en"])
    args = parser.parse_args()
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

"""Child process of the start-up benchmark: start, show a usable window, report, quit.

``app``: the real application on a database; ``floor``: a bare QMainWindow with
an empty table and the same heavy imports (Qt widgets, SQLAlchemy, reportlab).
Prints "READY <unix time> <max RSS in KiB>" once the first frame is painted.
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def report(app) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"READY {time.time():.6f} {rss}", flush=True)
    app.quit()


def run_app(database: str) -> None:
    from PySide6.QtCore import QTimer

    from omatyontekija.app import build_parser  # the path a real start takes
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.application import create_application
    from omatyontekija.ui.main_window import MainWindow

    build_parser().parse_args([])
    app = create_application()
    ctx = open_context(database, user="benchmark")
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, lambda: report(app))
    app.exec()


def run_floor() -> None:
    import reportlab.platypus  # noqa: F401 - same imports as the application
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.show()
    QTimer.singleShot(0, lambda: report(app))
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "app":
        run_app(sys.argv[2])
    else:
        run_floor()

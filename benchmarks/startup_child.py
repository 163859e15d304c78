"""Child process of the start-up benchmark: start, show a usable window, report, quit.

``app``: the real application on a database; ``floor``: a bare QMainWindow with
an empty table and the same heavy imports (Qt widgets, SQLAlchemy, reportlab).
Prints "READY <unix time> <max RSS in KiB>" once the first frame is painted.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kib() -> int:
    """This process's peak resident memory. On Linux from /proc: getrusage's
    ru_maxrss survives exec, so a child started by a big benchmark process
    would report its parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(app) -> None:
    print(f"READY {time.time():.6f} {peak_rss_kib()}", flush=True)
    app.quit()


class _ReportWhenShown(importlib.abc.MetaPathFinder):
    """Once main() has imported the application module (in its own order: the
    database layer before Qt), make the main window report as it is shown."""

    def find_spec(self, name, path, target=None):
        if name != "omatyontekija.ui.application":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module) -> None:
            run_module(module)
            show = module.MainWindow.show

            def show_and_report(window) -> None:
                show(window)
                module.QTimer.singleShot(0, lambda: report(module.QApplication.instance()))

            module.MainWindow.show = show_and_report

        spec.loader.exec_module = exec_module
        return spec


def run_app(database: str) -> None:
    # The real start: main() parses the command line, opens the database, checks
    # the rules and the user, and shows the main window; the report is queued
    # as the window is shown, so it runs once the event loop has painted it.
    sys.meta_path.insert(0, _ReportWhenShown())
    from omatyontekija.app import main

    main(["--database", database, "--user", "benchmark"])


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

"""Python's cyclic garbage collected on the UI thread only.

Python runs its collector in whichever thread happens to allocate past the
threshold. In this program that is often a worker thread (a page's read, the
planner, a batch of PDFs), and the garbage it finds may hold the Python side of a
widget or a chart: Qt objects finalised from a thread that does not own them
crash the process (the test suite met this as rare segmentation faults inside
the collector while a page's read ran on). So the application turns automatic
collection off and a timer on the UI thread collects each generation when
Python would have: the same thresholds, never off the UI thread. The command
line, without Qt, keeps Python's own collector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the UI thread looks at the counts (Python's own checks are per allocation).
INTERVAL_MS = 100


def collect_due() -> None:
    """Once the youngest generation is due, collect the oldest one whose count passed
    its threshold, as Python's automatic collection does (``gc.disable`` leaves counts
    and thresholds as they are; collecting a generation takes the younger ones too)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class GarbageCollector(QObject):
    """Collects on the UI thread what Python's collector would have collected anywhere."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("garbageCollector")
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()

    def stop(self) -> None:
        """Python's own collector again: for work after the event loop (a benchmark)."""
        self.timer.stop()
        gc.enable()
        self.setParent(None)
        self.deleteLater()


def collect_on_the_ui_thread(app: QObject) -> GarbageCollector:
    """Install the collector on ``app`` once (later calls return the one installed)."""
    installed = app.findChild(GarbageCollector, "garbageCollector")
    return installed if installed is not None else GarbageCollector(app)

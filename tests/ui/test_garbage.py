"""Python's cyclic garbage is collected on the UI thread, never on a worker thread
(ui/garbage.py): Qt objects finalised off their thread crash the process."""

from __future__ import annotations

import gc
import threading

from omatyontekija.ui.garbage import GarbageCollector, collect_on_the_ui_thread


class _Cyclic:
    """Garbage only the cyclic collector frees; says on which thread it went."""

    def __init__(self, where: list) -> None:
        self.me = self
        self.where = where

    def __del__(self) -> None:
        self.where.append(threading.current_thread())


def test_the_application_turns_automatic_collection_over_to_the_ui_thread(app):
    assert app.findChild(GarbageCollector) is not None
    assert not gc.isenabled()
    assert collect_on_the_ui_thread(app) is app.findChild(GarbageCollector)  # once only


def test_garbage_made_on_a_worker_thread_is_collected_on_the_ui_thread(app, qtbot):
    where: list[threading.Thread] = []

    def work() -> None:
        _Cyclic(where)
        # Cyclic garbage enough to pass the youngest threshold: Python's own collector
        # would run here, on this thread, and finalise the cycle above.
        for _ in range(gc.get_threshold()[0] * 2):
            loop = []
            loop.append(loop)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert where == []
    qtbot.waitUntil(lambda: where != [], timeout=5000)
    assert where == [threading.main_thread()]


def test_stopped_it_gives_collection_back_to_python(app, qtbot):
    try:
        collect_on_the_ui_thread(app).stop()
        assert gc.isenabled()
        assert app.findChild(GarbageCollector) is None
    finally:
        collect_on_the_ui_thread(app)
    assert not gc.isenabled()

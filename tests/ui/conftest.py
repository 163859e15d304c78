import pytest
from PySide6.QtCore import QSettings

from omatyontekija.ui.application import create_application


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


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp):
    """Every window a test made is gone before the next test: a page left alive
    (a chart canvas whose Python side was collected) must not be re-polished later."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    # What is still being read off the UI thread arrives while its page is alive.
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

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

import pytest

from omatyontekija.ui.application import create_application


@pytest.fixture
def app(qapp):
    """The real application set-up: names, translations (Finnish) and style."""
    return create_application()

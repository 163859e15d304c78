"""The application's desktop side: window icon, desktop file name, the bundle's smoke check."""

from __future__ import annotations

import pytest
from packaging_paths import APP_ID
from PySide6.QtGui import QGuiApplication, QIcon

from omatyontekija.ui.application import create_application, smoke_test_status
from omatyontekija.ui.main_window import MainWindow


@pytest.fixture
def app(qapp):
    application = create_application()
    yield application
    application.setWindowIcon(QIcon())


def test_window_icon_is_the_svg_and_draws_at_any_size(app):
    icon = QGuiApplication.windowIcon()
    for size in (16, 32, 256):
        assert not icon.pixmap(size, size).isNull(), size


def test_desktop_file_name_is_the_application_id(app):
    assert QGuiApplication.desktopFileName() == APP_ID


def test_smoke_check_passes_only_with_the_window_shown(app, ctx, qtbot, capsys):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert smoke_test_status(window) == 1
    assert "not visible" in capsys.readouterr().err
    window.show()
    qtbot.waitExposed(window)
    assert smoke_test_status(window) == 0


def test_smoke_check_fails_when_the_icon_cannot_draw(app, ctx, qtbot, capsys):
    # What a bundle without Qt's SVG plugin would show.
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    app.setWindowIcon(QIcon())
    assert smoke_test_status(window) == 1
    assert "icon" in capsys.readouterr().err

"""A window's size where the screen has room for it, never more than the screen.

A dialog asks for the size it reads best at; on a small or scaled screen (1366×768 at
150 % leaves 911×512 logical pixels) a fixed size put its buttons off the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: Room left for the window's frame and the taskbar, in logical pixels.
FRAME_MARGIN = (40, 60)
#: What the main window, maximised, leaves of the screen: no side frame, but its title
#: bar and the taskbar. Its smallest size fits 1366×768 at 150 % less this.
MAIN_WINDOW_MARGIN = (0, FRAME_MARGIN[1])


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or to the screen it opens on if smaller."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else window.screen()).availableGeometry()
    window.resize(
        max(1, min(width, screen.width() - FRAME_MARGIN[0])),
        max(1, min(height, screen.height() - FRAME_MARGIN[1])),
    )

"""Run by the system Python (python3-pyatspi), imported by focus_order.py and
main_flow.py: keys pressed as a user presses them (xdotool, through the X server's
XTest extension, to the window that has the keyboard focus) and the keyboard focus
read back over AT-SPI, from the program's own focus events.

Xvfb has no window manager to give a window the focus when it opens: ``focus_window``
does what a window manager does (XSetInputFocus, no click).
"""

import re
import subprocess
import time

import pyatspi
from gi.repository import GLib

#: Roles whose children are a list's rows or cells: the list is one stop for Tab.
CONTAINERS = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_PAGE_TAB_LIST,
}
WINDOWS = {pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_FILE_CHOOSER, pyatspi.ROLE_ALERT}


class Keyboard:
    def __init__(self):
        self.focused = []
        self._context = GLib.MainContext.default()
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")

    def _on_focus(self, event):
        if event.detail1:
            self.focused.append(event.source)

    def pump(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            while self._context.iteration(False):
                pass
            time.sleep(0.01)

    def wait_focus(self, before, wait=0.4):
        """Pump events until focus has moved (a new focus event) or ``wait`` passed."""
        end = time.time() + wait
        while time.time() < end and len(self.focused) == before:
            self.pump(0.02)
        self.pump(0.04)  # a cell's focus follows its table's

    def key(self, *keys, wait=0.4):
        """Press keys (xdotool names: Tab, shift+Tab, alt+p, ctrl+Return) and wait for
        the focus to move, if it does."""
        before = len(self.focused)
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
        self.wait_focus(before, wait)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
        self.pump(0.3)

    def focus(self, app=None):
        """The accessible with the keyboard focus, the newest that still says so (or,
        before any focus event, the one the program's tree says has it)."""
        for node in reversed(self.focused):
            try:
                if node.getState().contains(pyatspi.STATE_FOCUSED):
                    return node
            except Exception:
                continue
        return None if app is None else focused_in(app)


def focused_in(node, depth=0):
    """The focused element under ``node``, searched (outside lists) in the tree."""
    if node is None or depth > 60:
        return None
    try:
        states = node.getState()
        if depth and states.contains(pyatspi.STATE_FOCUSED):
            return node
        if depth and not states.contains(pyatspi.STATE_SHOWING):
            return None
        if node.getRole() in CONTAINERS:
            return None
        children = list(node)
    except Exception:
        return None
    for child in children:
        hit = focused_in(child, depth + 1)
        if hit is not None:
            return hit
    return None


def stop(node):
    """The Tab stop ``node`` belongs to: a list or table for its rows and cells."""
    found, current = node, node
    for _ in range(40):
        try:
            current = current.parent
            if current is None or current.getRole() in WINDOWS:
                break
            if current.getRole() in CONTAINERS:
                found = current
        except Exception:
            break
    return found


def window_of(node):
    current = node
    for _ in range(60):
        if current is None:
            return None
        try:
            if current.getRole() in WINDOWS:
                return current
            current = current.parent
        except Exception:
            return None
    return None


def focus_window(title, wait=10.0):
    """Give the X window of that title the keyboard focus, as a window manager would."""
    end = time.time() + wait
    while time.time() < end:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", f"^{re.escape(title)}$"],
            capture_output=True,
            text=True,
        )
        ids = found.stdout.split()
        if ids:
            subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=True)
            return ids[-1]
        time.sleep(0.2)
    raise LookupError(f"no window {title!r}")


def ancestors(node):
    """The paths of the elements ``node`` sits in, up to its window."""
    found, current = [], node
    for _ in range(60):
        try:
            current = current.parent
            if current is None:
                break
            found.append(current.path)
            if current.getRole() in WINDOWS:
                break
        except Exception:
            break
    return found


def in_menu_bar(node):
    current = node
    for _ in range(60):
        try:
            current = current.parent
            if current is None or current.getRole() in WINDOWS:
                return False
            if current.getRole() == pyatspi.ROLE_MENU_BAR:
                return True
        except Exception:
            return False
    return False

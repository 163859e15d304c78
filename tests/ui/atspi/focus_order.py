"""Run by the system Python (python3-pyatspi): press Tab through each page and dialog
of the program, read where the keyboard focus goes over AT-SPI, and print as JSON
what is out of order (EN 301 549 11.2.4.3 focus order, 11.2.1.2 no keyboard trap).

    python3 focus_order.py APP_NAME WINDOW_TITLE STEP...

WINDOW_TITLE is the main window's title. A step is ``start`` (the page the program
opens on), ``open`` (Enter in the search box: the selected client opens), a page's menu
item, ``tab:NAME`` (a tab of the page brought to the front), ``dialog:MENU_ITEM`` (the
dialog it opens; closed again with Escape) or ``handover`` (Enter on the handovers
page: the selected handover's dialog).

On each, Tab is pressed from where the focus is until it comes back there. Every
stop's place on the screen is read over AT-SPI; a list or table is one stop (its
rows are moved in with the arrow keys). Reading order: down the page, left to right
within a row; a move up is in order only into the next column to the right. Going
round the whole cycle, focus goes back up exactly once: from the last stop to the
first. Every element that takes the focus is reached, and the cycle closes.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pyatspi
from keys import (
    CONTAINERS,
    Keyboard,
    ancestors,
    focus_window,
    in_menu_bar,
    stop,
    window_of,
)
from walk_tree import choose, find_app, open_dialog, press_tab

#: Not Tab stops: the menu bar (F10 and Alt+letter reach it) and scroll bars.
OUTSIDE = {pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_SCROLL_BAR}


def describe(node):
    try:
        return f"{node.getRoleName()} {(node.name or '').replace('&', '')!r}"
    except Exception:
        return "(gone)"


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return (box.x, box.y, box.width, box.height)


def focusable(window):
    """Every element of the window a Tab could stop at (a list counts once)."""
    found = []

    def visit(node, depth):
        if depth > 60:
            return
        try:
            states = node.getState()
            role = node.getRole()
            if not states.contains(pyatspi.STATE_SHOWING) or role in OUTSIDE:
                return
            if (
                node is not window
                and states.contains(pyatspi.STATE_FOCUSABLE)
                and states.contains(pyatspi.STATE_ENABLED)
                and role != pyatspi.ROLE_LABEL  # read, not operated: no Tab stop
            ):
                found.append(node)
            if role in CONTAINERS:
                return
            children = list(node)
        except Exception:
            return
        for child in children:
            visit(child, depth + 1)

    visit(window, 0)
    return found


def in_order(a, b):
    """Is moving from the box ``a`` to the box ``b`` reading order?"""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if ax <= bx and ay <= by and bx + bw <= ax + aw and by + bh <= ay + ah:
        return True  # into what ``a`` holds (a scrolling part, then its first field)
    tolerance = max(6, min(ah, bh) // 2)
    if by - ay > tolerance:
        return True  # down
    if by - ay >= -tolerance:
        return bx > ax  # the same row: to the right
    return bx >= ax + aw - tolerance  # up: only into the next column to the right


def tab_round(keyboard, app, limit):
    """Tab from the focus until it returns; the stops and each move's two boxes."""
    first = keyboard.focus(app)
    if first is None:
        keyboard.key("Tab")
        first = keyboard.focus(app)
    if first is None:
        return None, [], [], "no element has the keyboard focus", []
    window = window_of(first)
    expected = focusable(window)
    if in_menu_bar(first):  # the round starts on the page
        keyboard.key("Tab")
        first = keyboard.focus(app)
    start = stop(first)
    stops, moves, problem, stays = [start], [], None, 0
    last = start
    for _ in range(2 * len(expected) + limit):
        keyboard.key("Tab")
        now = keyboard.focus()
        if now is None:
            problem = f"Tab from {describe(stops[-1])} left no element with the focus"
            break
        now = stop(now)
        if now.path == stops[-1].path and len(expected) > 1:
            # A date field moves through its day, month and year with Tab first.
            stays += 1
            if stays < 4:
                continue
            problem = f"Tab stays in {describe(now)}"
            break
        stays = 0
        # The unit chooser sits in the menu bar's corner, outside the page: moves are
        # judged between the page's own stops, both boxes read as the later one is
        # reached (a scrolled column has moved both alike).
        if not in_menu_bar(now):
            if last is not None:
                moves.append((last, extents(last), now, extents(now)))
            last = now
        if now.path == start.path:
            break
        if any(now.path == seen.path for seen in stops):
            problem = (
                f"Tab goes round from {describe(now)} without coming back to {describe(start)}"
            )
            break
        stops.append(now)
    else:
        problem = f"Tab never came back to {describe(start)}"
    # What shows both before and after the round (a page still loading shows its
    # Cancel button for a moment).
    still = {node.path for node in focusable(window)}
    return window, [node for node in expected if node.path in still], moves, problem, stops


def check(keyboard, app, limit=6):
    window, expected, moves, problem, stops = tab_round(keyboard, app, limit)
    found = [problem] if problem else []
    if window is None:
        return {"problems": found}
    backward = [
        f"{describe(a)} {box_a} → {describe(b)} {box_b}"
        for a, box_a, b, box_b in moves
        if not in_order(box_a, box_b)
    ]
    if not problem and len(moves) > 1 and len(backward) != 1:
        found.append(f"focus goes back up {len(backward)} times, not once: {backward}")
    nameless = [describe(node) for node in stops if not (node.name or "").strip()]
    if nameless:
        found.append(f"Tab stops without a name: {nameless}")
    reached = {node.path for node in stops}
    # A group of radio buttons is one stop (the arrow keys move in it): its checked one.
    groups = {node.parent.path for node in stops if node.getRole() == pyatspi.ROLE_RADIO_BUTTON}
    # An element handing its focus to a part of it (a tab widget to its tabs) is
    # reached with that part.
    holders = {path for node in stops for path in ancestors(node)}
    missed = [
        describe(node)
        for node in expected
        if node.path not in reached
        and node.path not in holders
        and not (node.getRole() == pyatspi.ROLE_RADIO_BUTTON and node.parent.path in groups)
    ]
    if missed:
        found.append(f"Tab never reaches {missed}")
    return {
        "problems": found,
        "window": window.name,
        "stops": [f"{describe(node)} {extents(node)}" for node in stops],
    }


def newest_dialog(app):
    for window in reversed(list(app)):
        try:
            showing = window.getState().contains(pyatspi.STATE_SHOWING)
            dialog = window.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FILE_CHOOSER)
            if showing and dialog and window.name:
                return window
        except Exception:
            continue
    return None


def main():
    app = find_app(sys.argv[1])
    title = sys.argv[2]
    if app is None:
        print(json.dumps({"error": "the program never appeared on the AT-SPI bus"}))
        return 1
    keyboard = Keyboard()
    focus_window(title)
    keyboard.pump(0.5)
    report = {}
    for step in sys.argv[3:]:
        try:
            if step == "open":
                keyboard.key("ctrl+f")
                keyboard.key("Return")
                time.sleep(1.0)
            elif step == "handover":
                keyboard.key("Return")
                time.sleep(1.0)
            elif step.startswith("tab:"):
                press_tab(app, step.removeprefix("tab:"))
                time.sleep(0.5)
            elif step.startswith("dialog:"):
                open_dialog(app, step.removeprefix("dialog:"))
                time.sleep(1.0)
            elif step != "start":
                choose(app, step)
                time.sleep(0.6)
            dialog = newest_dialog(app)
            if dialog is not None:
                focus_window(dialog.name)
            keyboard.pump(0.3)
            report[step] = check(keyboard, app)
            if dialog is not None:
                keyboard.key("Escape")
                time.sleep(0.5)
                focus_window(title)
        except Exception as error:
            report[step] = {"problems": [f"{type(error).__name__}: {error}"]}
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

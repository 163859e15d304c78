"""Run by the system Python (python3-pyatspi): the main flow by keys alone, pressed
from outside the program (xdotool, the X server's XTest) and read back over AT-SPI,
as a user at the keyboard with a screen reader goes through it:

    python3 main_flow.py APP_NAME WINDOW_TITLE CLIENT_NAME REASON PDF_PATH

search for the client by name → Enter opens the record → the suggestion is read →
Alt+P decides (Alt+E "not needed", Alt+P to the reason, the reason typed, Ctrl+Enter)
→ Alt+L starts a handover (Alt+S the reason, ↓, Enter) → Alt+K to the checklist,
Space ticks an item, ↓ the next, Space → Alt+F previews the checklist → Alt+T saves it:
the file's path typed into the save dialog, Enter → Esc closes the preview and the
handover. No click anywhere: each new window gets the keyboard focus as a window
manager gives it (Xvfb has none), with XSetInputFocus.

Prints JSON: what was read at each step, or where the flow stopped.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pyatspi
from keys import Keyboard, focus_window
from walk_tree import find_app


def texts(node, depth=0):
    """Every label's text under ``node``, in tree order."""
    found = []
    if node is None or depth > 60:
        return found
    try:
        if not node.getState().contains(pyatspi.STATE_SHOWING):
            return found
        if node.getRole() == pyatspi.ROLE_LABEL and node.name:
            found.append(node.name)
        children = list(node)
    except Exception:
        return found
    for child in children:
        found.extend(texts(child, depth + 1))
    return found


def find_named(node, role, prefix, depth=0):
    if node is None or depth > 60:
        return None
    try:
        if node.getRole() == role and (node.name or "").startswith(prefix):
            return node
        children = list(node)
    except Exception:
        return None
    for child in children:
        hit = find_named(child, role, prefix, depth + 1)
        if hit is not None:
            return hit
    return None


def shown_dialogs(app):
    found = []
    for window in app:
        try:
            roles = (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FILE_CHOOSER, pyatspi.ROLE_ALERT)
            if window.getRole() in roles and window.getState().contains(pyatspi.STATE_SHOWING):
                found.append(window)
        except Exception:
            continue
    return found


def new_dialog(app, before, prefix="", wait=15.0):
    """The dialog that opened over ``before`` (the titles then), its title starting
    with ``prefix``: given the keyboard focus as a window manager would."""
    end = time.time() + wait
    while time.time() < end:
        for window in shown_dialogs(app):
            if window.name and window.name not in before and window.name.startswith(prefix):
                focus_window(window.name)
                time.sleep(0.3)
                return window
        time.sleep(0.2)
    raise LookupError(f"no new dialog {prefix!r}; open: {[w.name for w in shown_dialogs(app)]}")


def gone(app, title, wait=10.0):
    end = time.time() + wait
    while time.time() < end:
        if title not in [w.name for w in shown_dialogs(app)]:
            return True
        time.sleep(0.2)
    return False


def titles(app):
    return [w.name for w in shown_dialogs(app)]


def flow(app, keyboard, report, window_title, client_name, reason, pdf_path):
    window = app[0]
    focus_window(window_title)
    keyboard.pump(0.5)

    # Search by name, Enter opens the client.
    keyboard.key("ctrl+f")
    keyboard.type(client_name)
    time.sleep(1.0)  # the list follows the typing
    keyboard.key("Return")
    time.sleep(1.5)
    heading = find_named(window, pyatspi.ROLE_LABEL, client_name)
    report["opened"] = heading.name if heading is not None else None

    # The suggestion, read as a screen reader reads it.
    shown = texts(window)
    start = next((i for i, text in enumerate(shown) if text.startswith("Ehdotus:")), None)
    report["suggestion"] = shown[start : start + 3] if start is not None else []

    # Decide: not needed, with a reason.
    before = titles(app)
    keyboard.key("alt+p")
    decision = new_dialog(app, before)
    report["decision_dialog"] = decision.name
    keyboard.key("alt+e")
    time.sleep(0.5)  # a mnemonic clicks the radio button a moment later
    keyboard.key("alt+p")
    keyboard.type(reason)
    keyboard.key("ctrl+Return")
    report["decided"] = gone(app, decision.name)
    focus_window(window_title)
    time.sleep(1.0)

    # Start a handover: the reason chosen with ↓, Enter; the handover opens.
    before = titles(app)
    keyboard.key("alt+l")
    start_dialog = new_dialog(app, before)
    report["start_dialog"] = start_dialog.name
    keyboard.key("alt+s")
    keyboard.key("Down")
    keyboard.key("Return")
    report["started"] = gone(app, start_dialog.name)
    handover = new_dialog(app, [*before, start_dialog.name], "Luovutus")
    report["handover_dialog"] = handover.name

    # Tick the first two items.
    keyboard.key("alt+k")
    keyboard.key("space")
    keyboard.key("Down")
    keyboard.key("space")
    time.sleep(0.5)

    # Print: the preview, Save, the file's path typed, Enter.
    before = titles(app)
    keyboard.key("alt+f")
    preview = new_dialog(app, before)
    report["preview"] = preview.name
    before = titles(app)
    keyboard.key("alt+t")
    save = new_dialog(app, before)
    report["save_dialog"] = save.name
    keyboard.key("ctrl+a")
    keyboard.type(pdf_path)
    keyboard.key("Return")
    report["saved"] = gone(app, save.name)
    end = time.time() + 10
    while time.time() < end and not Path(pdf_path).exists():
        time.sleep(0.2)
    focus_window(preview.name)
    keyboard.key("Escape")
    report["preview_closed"] = gone(app, preview.name)
    focus_window(handover.name)
    keyboard.key("Escape")
    report["handover_closed"] = gone(app, handover.name)


def main():
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": "the program never appeared on the AT-SPI bus"}))
        return 1
    window_title, client_name, reason, pdf_path = sys.argv[2:6]
    keyboard = Keyboard()
    report = {}
    try:
        flow(app, keyboard, report, window_title, client_name, reason, pdf_path)
    except Exception as error:
        report["error"] = f"{type(error).__name__}: {error}"
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

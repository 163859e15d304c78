"""Run by the system Python (python3-pyatspi): the status messages a screen reader hears
without the focus moving (EN 301 549 11.4.1.3), heard over AT-SPI as its
"object:announcement" events:

    python3 announcements.py APP_NAME WINDOW_TITLE NAME BAD_CODE

types NAME into the client search (Ctrl+F) and waits for the list's count to be
announced, then types BAD_CODE (an identity code whose check mark is wrong) and waits
for that message. The focus is read too: it must stay in the search field.

Prints JSON: each announcement heard (its text and the role of its source), the focus
after each, or where it stopped.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pyatspi
from keys import Keyboard, focus_window
from walk_tree import find_app


class Ears:
    def __init__(self, keyboard):
        self.keyboard = keyboard
        self.heard = []
        pyatspi.Registry.registerEventListener(self._on_announcement, "object:announcement")

    def _on_announcement(self, event):
        try:
            role = event.source.getRoleName()
        except Exception:
            role = None
        self.heard.append({"text": str(event.any_data), "politeness": event.detail1, "role": role})

    def wait(self, before, seconds=10.0, settle=1.5):
        """What was heard since ``before``: once something is, a little longer for what
        follows it (a slow machine may announce a count between two typed letters)."""
        end = time.time() + seconds
        while time.time() < end and len(self.heard) == before:
            self.keyboard.pump(0.05)
        self.keyboard.pump(settle)
        return self.heard[before:]


def focused_name(keyboard):
    if not keyboard.focused:
        return None
    try:
        return [keyboard.focused[-1].getRoleName(), keyboard.focused[-1].name]
    except Exception:
        return None


def listen(keyboard, ears, report, window_title, name, bad_code):
    focus_window(window_title)
    ears.wait(0)  # the list's first count, when the window has read it
    keyboard.key("ctrl+f")
    report["focus_before"] = focused_name(keyboard)
    before = len(ears.heard)
    keyboard.type(name)
    report["count"] = ears.wait(before)
    report["focus_after_count"] = focused_name(keyboard)
    keyboard.key("ctrl+a")
    before = len(ears.heard)
    keyboard.type(bad_code)
    report["bad_code"] = ears.wait(before)
    report["focus_after_bad_code"] = focused_name(keyboard)


def main():
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": "the program never appeared on the AT-SPI bus"}))
        return 1
    window_title, name, bad_code = sys.argv[2:5]
    keyboard = Keyboard()
    ears = Ears(keyboard)
    report = {}
    try:
        listen(keyboard, ears, report, window_title, name, bad_code)
    except Exception as error:
        report["error"] = f"{type(error).__name__}: {error}"
    report["heard"] = ears.heard
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run by the system Python (python3-pyatspi): read the program's accessibility
tree over AT-SPI, as a screen reader does, and print what is wrong as JSON.

    python3 walk_tree.py APP_NAME STEP...

A step is a page's menu item (the page is chosen and read), ``dialog:MENU_ITEM`` (the
dialog the item or the button of that name opens is read with the window under it, then
closed with its Cancel or Close button; a name ending in ``*`` is a prefix), ``tab:NAME``
(a tab of the page brought to the front and the page read again) or ``open``
(the client selected in the list is opened with the Enter key, typed into the search box
as a user would, and the client view read).
"""

import json
import sys
import time

import pyatspi
from gi.repository import Atspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_PAGE_TAB,
}
FIELDS = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON}


def find_app(name, wait=30.0):
    end = time.time() + wait
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def labelled(node):
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                return True
    except Exception:
        pass
    return False


def walk(node, found, counts, depth=0):
    if node is None or depth > 60:
        return
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        role = node.getRole()
    except Exception:
        return
    if role in INTERACTIVE and states.contains(pyatspi.STATE_FOCUSABLE):
        counts["interactive"] += 1
        name = (node.name or "").strip()
        if not name and not (role in FIELDS and labelled(node)):
            found.append(f"{node.getRoleName()} without a name")
        if role == pyatspi.ROLE_UNKNOWN:
            found.append(f"{name!r} without a role")
    for child in node:
        walk(child, found, counts, depth + 1)


def find(node, role, name, depth=0):
    if node is None or depth > 60:
        return None
    try:
        label = (node.name or "").replace("&", "")
        wanted = label.startswith(name[:-1]) if name.endswith("*") else label == name
        if node.getRole() == role and wanted:
            return node
        children = list(node)
    except Exception:
        return None
    for child in children:
        hit = find(child, role, name, depth + 1)
        if hit is not None:
            return hit
    return None


def choose(app, menu_item):
    """Choose a menu item by its name with the item's own action, as a screen reader
    user does (no keyboard focus is needed: Xvfb has no window manager to give it)."""
    for role in (pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PUSH_BUTTON):
        for window in app:
            item = find(window, role, menu_item)
            if item is not None:
                return press(item)
    raise LookupError(f"no menu item or button {menu_item!r}")


#: A dialog's closing buttons, by their names in Finnish (the tests' language) and English.
CLOSING = {"Peruuta", "Peru", "Sulje", "Cancel", "Close"}


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate", "Press", "Trigger"):
            return action.doAction(i)
    return action.doAction(0)


def close_dialogs(app):
    """Close every dialog open over the window with its own Cancel or Close button,
    the topmost first."""
    for window in reversed(list(app)):
        try:
            if window.getRole() not in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FILE_CHOOSER):
                continue
        except Exception:
            continue
        for name in CLOSING:
            button = find(window, pyatspi.ROLE_PUSH_BUTTON, name)
            if button is not None:
                press(button)
                break
        else:
            raise LookupError(f"dialog {window.name!r} has no Cancel or Close button")


def first(node, role, depth=0):
    if node is None or depth > 60:
        return None
    try:
        if node.getRole() == role and node.getState().contains(pyatspi.STATE_SHOWING):
            return node
        children = list(node)
    except Exception:
        return None
    for child in children:
        hit = first(child, role, depth + 1)
        if hit is not None:
            return hit
    return None


def open_selected_client(app):
    """Focus the search box and press Enter: the selected client opens."""
    window = app[0]
    search = first(window, pyatspi.ROLE_TEXT) or first(window, pyatspi.ROLE_ENTRY)
    if search is None:
        raise LookupError("no search box")
    component = search.queryComponent()
    x, y, width, height = component.getExtents(pyatspi.DESKTOP_COORDS)
    # Without a window manager the keys go to the window under the pointer.
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "abs")
    component.grabFocus()
    time.sleep(0.3)
    pyatspi.Registry.generateKeyboardEvent(36, None, pyatspi.KEY_PRESSRELEASE)  # Return


def press_tab(app, name):
    """Bring a tab of the page to the front by the tab's own action."""
    for window in app:
        tab = find(window, pyatspi.ROLE_PAGE_TAB, name)
        if tab is not None:
            return press(tab)
    raise LookupError(f"no tab {name!r}")


def open_dialog(app, menu_item):
    """Choose the item; a modal dialog answers the action only once it is closed, so
    the answer is not waited for."""
    Atspi.set_timeout(1000, 15000)
    try:
        choose(app, menu_item)
    except Exception as error:
        if "reply" not in str(error).lower() and "timeout" not in str(error).lower():
            raise
    finally:
        Atspi.set_timeout(25000, 15000)


def main():
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": "the program never appeared on the AT-SPI bus"}))
        return 1
    report = {}
    for page in ["start", *sys.argv[2:]]:
        if page != "start":
            try:
                if page == "open":
                    open_selected_client(app)
                elif page.startswith("tab:"):
                    press_tab(app, page.removeprefix("tab:"))
                elif page.startswith("dialog:"):
                    open_dialog(app, page.removeprefix("dialog:"))
                else:
                    choose(app, page)
            except Exception as error:
                report[page] = {"skipped": str(error)}
                continue
            time.sleep(1.5)
        found, counts = [], {"interactive": 0}
        for window in app:
            walk(window, found, counts)
        titles = [child.name for child in app]
        report[page] = {"problems": found, "windows": titles, **counts}
        if page.startswith("dialog:"):
            try:
                close_dialogs(app)
            except Exception as error:
                report[page]["problems"].append(str(error))
            time.sleep(0.5)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

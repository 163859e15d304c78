"""Run by the system Python (python3-pyatspi): read the program's accessibility
tree over AT-SPI, as a screen reader does, and print what is wrong as JSON.

    python3 walk_tree.py APP_NAME MENU_ITEM...   (the pages to visit, by their menu item)
"""

import json
import sys
import time

import pyatspi

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
        if node.getRole() == role and (node.name or "").replace("&", "") == name:
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
    for window in app:
        item = find(window, pyatspi.ROLE_MENU_ITEM, menu_item)
        if item is not None:
            action = item.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("click", "press", "activate", "Press", "Trigger"):
                    return action.doAction(i)
            return action.doAction(0)
    raise LookupError(f"no menu item {menu_item!r}")


def main():
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": "the program never appeared on the AT-SPI bus"}))
        return 1
    report = {}
    for page in ["start", *sys.argv[2:]]:
        if page != "start":
            try:
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
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

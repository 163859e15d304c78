"""The .desktop file: the keys a Linux desktop needs to list and start the application."""

from __future__ import annotations

import configparser

import pytest
from packaging_paths import APP_ID, LINUX

from omatyontekija.ui.application import DESKTOP_FILE_NAME

DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
# freedesktop.org's registered main categories; a menu needs one of them.
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
    "Network", "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip


@pytest.fixture(scope="module")
def entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[fi], not name[fi]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_the_file_is_named_by_the_application_id():
    # Wayland finds the window's .desktop file (and icon) by this name.
    assert DESKTOP_FILE.exists()
    assert DESKTOP_FILE_NAME == APP_ID


def test_required_keys(entry):
    assert entry["Type"] == "Application"
    assert entry["Name"]
    assert entry["Exec"].split()[0] == "omatyontekija"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_names_and_comments_in_finnish_and_swedish(entry):
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        for language in ("fi", "sv"):
            assert entry[f"{key}[{language}]"], f"{key}[{language}] is empty"


def test_categories_name_a_main_category_and_end_with_a_separator(entry):
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert set(categories.rstrip(";").split(";")) & MAIN_CATEGORIES


def test_list_values_end_with_a_separator(entry):
    for key, value in entry.items():
        if key.startswith("Keywords"):
            assert value.endswith(";"), key


def test_no_line_has_trailing_space():
    # Desktop file values are taken verbatim: a trailing space is part of Exec or Icon.
    for number, line in enumerate(DESKTOP_FILE.read_text(encoding="utf-8").splitlines(), 1):
        assert line == line.rstrip(), f"line {number}"

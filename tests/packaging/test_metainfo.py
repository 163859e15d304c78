"""The AppStream metadata: well-formed, with what a software centre shows."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from packaging_paths import APP_ID, LINUX

from omatyontekija import __version__

METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def component() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def untranslated(component: ET.Element, tag: str) -> list[ET.Element]:
    return [element for element in component.findall(tag) if LANG not in element.attrib]


def test_component_is_a_desktop_application_with_our_id(component):
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID


@pytest.mark.parametrize("tag", ["name", "summary"])
def test_name_and_summary_once_in_english_and_translated(component, tag):
    (english,) = untranslated(component, tag)
    assert english.text.strip()
    languages = {element.get(LANG) for element in component.findall(tag)} - {None}
    assert {"fi", "sv"} <= languages


def test_description_has_paragraphs(component):
    description = component.find("description")
    assert description is not None
    paragraphs = untranslated(description, "p")
    assert paragraphs and all(p.text.strip() for p in paragraphs)


def test_launchable_is_the_desktop_file(component):
    launchable = component.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert (LINUX / launchable.text).exists()


def test_licences(component):
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "EUPL-1.2"


def test_newest_release_is_this_version(component):
    releases = component.find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_accepts_it():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr

"""Every user-visible UI string has a Finnish and a Swedish translation, compiled."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "src" / "omatyontekija" / "resources" / "translations"
UI = ROOT / "src" / "omatyontekija" / "ui"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_catalog_is_complete_and_current(language, tmp_path):
    committed = TRANSLATIONS / f"omatyontekija_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    found = messages(fresh)
    assert set(found) == set(messages(committed)), "run scripts/update_translations.py"
    unfinished = [
        source
        for (_, source), message in found.items()
        if message.find("translation").get("type") == "unfinished"
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_compiled_catalog_matches_the_source(language, tmp_path):
    ts = TRANSLATIONS / f"omatyontekija_{language}.ts"
    lrelease = str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run(
        [lrelease, str(ts), "-qm", str(tmp_path / "x.qm")], check=True, capture_output=True
    )
    assert (tmp_path / "x.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_finnish_is_loaded_with_qts_own_catalog(app):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"

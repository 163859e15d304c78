"""Import problems in the user's language: each problem a code and its parameters, said in
Finnish, Swedish or English (the walkthrough saw "otsikkorivi: henkilötunnus: unknown column")."""

from __future__ import annotations

import json
import string
from importlib import resources
from pathlib import Path

import pytest
from conftest import WORKERS, cli, write_csv
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.services.admin.areas import import_areas
from omatyontekija.services.admin.setup import initialise
from omatyontekija.services.admin.workers import TableRefused, import_workers
from omatyontekija.services.context import open_context
from omatyontekija.ui.admin.page import AdministrationPage
from omatyontekija.ui.application import create_application


@pytest.fixture
def admin_ctx(tmp_path):
    ctx = open_context(str(tmp_path / "u.sqlite3"), user="ylla")
    initialise(ctx, UnitSettings(organisation="Hyvinvointialue", unit="Vammaispalvelut"), "ylla")
    yield ctx
    ctx.close()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_error_text_has_three_languages_with_the_same_placeholders():
    path = resources.files("omatyontekija").joinpath("resources", "errors", "messages.json")
    catalog = json.loads(path.read_text(encoding="utf-8"))
    for key, texts in catalog.items():
        assert set(texts) == {"fi", "sv", "en"}, key
        assert _placeholders(texts["fi"]) == _placeholders(texts["en"]), key
        assert _placeholders(texts["sv"]) == _placeholders(texts["en"]), key


BAD_AREAS = [
    "postinumero;sosiaalityöntekijä",  # no area column
    "40100;",
]
BAD_ROWS = ["nimi;sähköposti;kapasiteetti", "A B;ei-osoite;x"]


def _problems(run) -> list:
    with pytest.raises(TableRefused) as refused:
        run()
    return refused.value.problems


def test_problems_are_said_in_each_language(admin_ctx, tmp_path):
    header = _problems(
        lambda: import_areas(admin_ctx, Path(write_csv(tmp_path / "a.csv", BAD_AREAS)))
    )
    assert [p.line("fi") for p in header] == ["otsikkorivi: area: sarake puuttuu"]
    assert [p.line("sv") for p in header] == ["rubrikraden: area: kolumnen saknas"]
    assert [p.line("en") for p in header] == ["row 0: area: missing column"]
    rows = _problems(
        lambda: import_workers(admin_ctx, Path(write_csv(tmp_path / "w.csv", BAD_ROWS)))
    )
    assert [p.line("fi") for p in rows] == [
        "rivi 1: email: ei ole sähköpostiosoite",
        "rivi 1: capacity: odotettiin asiakkaiden määrää kokonaislukuna",
    ]
    assert [p.line("sv") for p in rows] == [
        "rad 1: email: inte en e-postadress",
        "rad 1: capacity: förväntade ett heltal klienter",
    ]


def test_a_mapping_to_a_column_not_in_the_file_is_said_in_finnish(admin_ctx, tmp_path):
    path = Path(write_csv(tmp_path / "w.csv", WORKERS))
    problems = _problems(
        lambda: import_workers(admin_ctx, path, mapping={"Henkilön nimi": "name", "Nimi": ""})
    )
    assert [p.line("fi") for p in problems] == [
        "otsikkorivi: Henkilön nimi: tiedostossa ei ole tällaista saraketta",
        "otsikkorivi: name: sarake puuttuu (nimi / name)",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "otsikkorivi: Alue (area): sarake puuttuu"),
        ("sv", "rubrikraden: Område (area): kolumnen saknas"),
    ],
)
def test_the_administration_page_says_a_bad_header_in_the_users_language(
    qapp, qtbot, admin_ctx, tmp_path, monkeypatch, language, expected
):
    QSettings().setValue("language", language)
    create_application()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    try:
        page = AdministrationPage(admin_ctx)
        qtbot.addWidget(page)
        path = Path(write_csv(tmp_path / "a.csv", BAD_AREAS))
        monkeypatch.setattr(page, "ask_file", lambda: path)
        monkeypatch.setattr(page, "ask_date", lambda: admin_ctx.today)
        page.choose_areas_file()
    finally:
        QSettings().setValue("language", "fi")
        create_application()
    assert shown == [expected]


def test_the_command_line_says_problems_in_english_or_in_its_lang(capsys, admin_ctx, tmp_path):
    path = write_csv(tmp_path / "a.csv", BAD_AREAS)
    db = ("--database", str(tmp_path / "u.sqlite3"), "--user", "ylla")
    status, _, err = cli(capsys, "areas", "import", path, *db)
    assert status == 2
    assert err.splitlines() == ["row 0: area: missing column", "1 problems; nothing was imported"]
    status, _, err = cli(capsys, "areas", "--lang", "sv", "import", path, *db)
    assert status == 2
    assert err.splitlines() == [
        "rubrikraden: area: kolumnen saknas",
        "1 problem; ingenting importerades",
    ]

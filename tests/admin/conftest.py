"""Files laid out as a unit's own spreadsheets would be, and a command line to run on them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from omatyontekija.cli import run
from omatyontekija.domain.identity import make_identity_code


def code(n: int, born: dt.date = dt.date(1980, 1, 1)) -> str:
    """A synthetic identity code (individual numbers 900-999 are never given to people)."""
    return make_identity_code(born + dt.timedelta(days=n * 37), 900 + n)


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def cli_json(capsys, *argv: str):
    status, out, err = cli(capsys, *argv, "--json")
    assert status == 0, err
    return json.loads(out)


def write_csv(path, lines: list[str], *, encoding: str = "utf-8-sig") -> str:
    """As Excel on a Finnish Windows saves CSV: semicolons, CRLF, a byte-order mark."""
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return str(path)


WORKERS = [
    "Nimi ; Nimike;Puhelin;Sähköposti;Tunnus;Kapasiteetti;Puhelinaika",
    "Mäntylä Sari;Sosiaalityöntekijä;014 266 1111;Sari.Mantyla@hyvaks.example;smantyla;60;"
    "ma-to 9-10",
    "Pöyhönen Anu;sosiaaliohjaaja;014 266 2222;anu.poyhonen@hyvaks.example;apoyhonen;80;",
    "Lindroos Päivi;Sosiaalityöntekijä;014 266 3333;paivi.lindroos@hyvaks.example;plindroo;55;",
    "Ruotsalainen Helena;Johtava sosiaalityöntekijä;014 266 4444;"
    "helena.ruotsalainen@hyvaks.example;hruotsal;;",
]

AREAS = [
    "POSTINUMERO;Postinumeroalue;Alue;Sosiaalityöntekijä;Sosiaaliohjaaja;Naapurit",
    "40100;Keskusta;Keskusta ja Lutakko;Sari Mäntylä;Anu Pöyhönen;40200, 40250",
    "40200;Lutakko;Keskusta ja Lutakko;;;40100 40250",
    "40250;Kuokkala;Kuokkala;paivi.lindroos@hyvaks.example;apoyhonen;40100,40200",
    "40600;Keljo;Kuokkala;plindroo;;40250",
]


def clients_file(path, *, changed: bool = False) -> str:
    header = (
        "Henkilötunnus;Sukunimi;Etunimet;Lähiosoite;Postinumero;Postitoimipaikka;Puhelin;"
        "Äidinkieli;Palvelut;Omatyöntekijä;Asiakasnumero"
    )
    rows = [
        f"{code(1)};Virtanen;Aino Maria;Kauppakatu 1 A 2;40100;JYVÄSKYLÄ;040 123 4567;suomi;"
        "kuljetuspalvelu, henkilökohtainen apu;Mäntylä Sari;1001",
        f"{code(2)};Lindqvist;Erik;Väinönkatu 2;40250;JYVÄSKYLÄ;;ruotsi;färdtjänst;;1002",
        f"{code(3)};Korhonen;Eino;Kuokkalantie 3;40250;JYVÄSKYLÄ;;fi;;apoyhonen;1003",
        f"{code(4)};Nieminen;Liisa;Keljonkatu 4;40600;JYVÄSKYLÄ;;suomi;omaishoidon tuki;;1004",
    ]
    if changed:
        rows[0] = rows[0].replace("040 123 4567", "050 765 4321")
        rows[1] = rows[1].replace("färdtjänst", "färdtjänst, personlig assistans")
        rows = rows[:3]  # Nieminen left the extract: listed, never deleted
        rows.append(f"{code(5)};Salo;Pekka;Kauppakatu 9;40100;JYVÄSKYLÄ;;suomi;;;1005")
    return write_csv(path, [header, *rows])


@pytest.fixture
def unit_db(tmp_path):
    return str(tmp_path / "unit.sqlite3")

"""Column headers as people write them: recognised in Finnish, Swedish and English.

A spreadsheet made by hand says "Sähköposti", "E-mail" or "sahkoposti "; an
export of an old client system says "Henkilötunnus" or "Personbeteckning".
Headers are compared folded: case, accents, spaces and punctuation ignored.
An explicit mapping ("Asiakkaan hetu=identity_code") comes first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from omatyontekija.domain.errors import UserError


def fold(text: str) -> str:
    """Lower case, without accents, spaces or punctuation: "Säh-köposti " -> "sahkoposti"."""
    text = unicodedata.normalize("NFKD", text.replace("\ufeff", "").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", text)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column of the file holds which field; what was ignored, and header problems."""

    columns: dict[str, int]  # field -> column index
    ignored: tuple[str, ...]
    problems: tuple[tuple[str, UserError], ...] = ()  # (header, problem)
    headers: tuple[str, ...] = field(default=())

    def recognised(self) -> list[tuple[str, str]]:
        """(header as written, field) in file order."""
        by_index = {i: f for f, i in self.columns.items()}
        return [(self.headers[i], by_index[i]) for i in sorted(by_index)]

    def values(self, cells: Sequence[str]) -> dict[str, str]:
        return {f: (cells[i] if i < len(cells) else "") for f, i in self.columns.items()}


def parse_mapping(text: str) -> dict[str, str]:
    """ "Asiakkaan hetu=identity_code, Nimi=last_name" -> {header: field}; ValueError if bad.

    "Asiakasnro=" (no field) maps the header to "": the column is ignored, and said to be."""
    mapping: dict[str, str] = {}
    for part in (p for p in re.split(r"[,;\n]", text) if p.strip()):
        header, sep, target = part.partition("=")
        if not sep or not header.strip():
            raise ValueError(f"expected HEADER=FIELD or HEADER=, got {part.strip()!r}")
        mapping[header.strip()] = target.strip()
    return mapping


def map_columns(
    headers: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
    *,
    explicit: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Match each header to a field by ``explicit`` (header -> field, or "" to ignore), then by
    the field's own name and its ``synonyms``; a field found twice is a problem."""
    lookup: dict[str, str] = {}
    for target, names in synonyms.items():
        lookup.setdefault(fold(target), target)
        for name in names:
            lookup.setdefault(fold(name), target)
    forced = {fold(h): (t.strip() if t else "") for h, t in (explicit or {}).items()}
    columns: dict[str, int] = {}
    ignored: list[str] = []
    problems: list[tuple[str, UserError]] = []
    for index, header in enumerate(headers):
        key = fold(header)
        if key in forced:
            target = forced[key]
            if target and target not in synonyms:
                problems.append((header, UserError("no_field_to_map", target=target)))
                continue
            if not target:
                ignored.append(header)
                continue
        else:
            target = lookup.get(key)
        if target is None:
            if header.strip():
                ignored.append(header)
            continue
        if target in columns:
            problems.append((header, UserError("second_column", target=target)))
            continue
        columns[target] = index
    unknown = set(forced) - {fold(h) for h in headers}
    for header, _ in (explicit or {}).items():
        if fold(header) in unknown:
            problems.append((header, UserError("no_such_column")))
    return ColumnMap(columns, tuple(ignored), tuple(problems), tuple(headers))


# -- the words people use ---------------------------------------------------------------

WORKER_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("nimi", "työntekijä", "työntekijän nimi", "namn", "arbetare", "full name"),
    "first_name": ("etunimi", "etunimet", "förnamn", "first name", "given name"),
    "last_name": ("sukunimi", "efternamn", "last name", "surname", "family name"),
    "title": (
        "nimike",
        "tehtävänimike",
        "ammattinimike",
        "tehtävä",
        "rooli",
        "titel",
        "befattning",
        "yrkesbeteckning",
        "job title",
        "role",
    ),
    "phone": ("puhelin", "puhelinnumero", "puh", "matkapuhelin", "telefon", "phone number", "tel"),
    "email": (
        "sähköposti",
        "sähköpostiosoite",
        "sposti",
        "e-mail",
        "e-post",
        "epostadress",
        "mail",
    ),
    "login": ("tunnus", "käyttäjätunnus", "käyttäjä", "användarnamn", "username", "user"),
    "capacity": (
        "kapasiteetti",
        "asiakasmäärä",
        "enimmäisasiakasmäärä",
        "max asiakkaat",
        "kapacitet",
        "caseload",
    ),
    "phone_hours": ("puhelinaika", "puhelinajat", "soittoaika", "telefontid", "phone time"),
    "active_from": ("alkaen", "aloittaa", "alkupäivä", "aloituspäivä", "från", "start date"),
    "active_until": ("asti", "päättyy", "loppupäivä", "lopettaa", "till", "end date", "until"),
    "role": ("käyttäjärooli", "oikeudet", "användarroll", "user role"),
}

AREA_COLUMNS: dict[str, tuple[str, ...]] = {
    "postal_code": ("postinumero", "postinro", "postnummer", "postcode", "zip", "zip code"),
    "district": (
        "postinumeroalue",
        "postinumeroalueen nimi",
        "kaupunginosa",
        "alueen nimi postinumero",
        "postnummerområde",
        "stadsdel",
        "district name",
    ),
    "area": ("alue", "palvelualue", "tiimi", "område", "area name", "team"),
    "social_worker": (
        "sosiaalityöntekijä",
        "sosiaalityöntekijät",
        "alueen sosiaalityöntekijä",
        "socialarbetare",
        "social worker",
    ),
    "counsellor": (
        "sosiaaliohjaaja",
        "sosiaaliohjaajat",
        "alueen sosiaaliohjaaja",
        "socialhandledare",
        "counselor",
        "social counsellor",
        "social counselor",
    ),
    "neighbours": (
        "naapurit",
        "naapuri",
        "naapurialueet",
        "naapuripostinumerot",
        "rajanaapurit",
        "grannar",
        "grannområden",
        "neighbors",
        "neighbouring postal codes",
    ),
}

CLIENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "identity_code": (
        "henkilötunnus",
        "hetu",
        "henkilötunnus hetu",
        "asiakkaan henkilötunnus",
        "sotu",
        "personbeteckning",
        "personnummer",
        "personal identity code",
        "ssn",
    ),
    "last_name": ("sukunimi", "asiakkaan sukunimi", "efternamn", "surname", "last name"),
    "first_names": ("etunimet", "etunimi", "förnamn", "first name", "first names", "given names"),
    "language": (
        "äidinkieli",
        "asiointikieli",
        "kieli",
        "modersmål",
        "ärendespråk",
        "språk",
        "mother tongue",
        "language of service",
    ),
    "phone": ("puhelin", "puhelinnumero", "matkapuhelin", "telefon", "telefonnummer", "phone"),
    "email": ("sähköposti", "sähköpostiosoite", "e-post", "e-mail"),
    "street_address": (
        "lähiosoite",
        "osoite",
        "katuosoite",
        "postiosoite",
        "näraddress",
        "adress",
        "gatuadress",
        "address",
    ),
    "postal_code": ("postinumero", "postinro", "postnummer", "postcode", "zip"),
    "post_office": ("postitoimipaikka", "postitoimipaikka kunta", "postanstalt", "city", "town"),
    "stage": ("vaihe", "palveluprosessin vaihe", "asian vaihe", "skede", "phase"),
    "services": ("palvelut", "palvelu", "myönnetyt palvelut", "tjänster", "tjänst", "service"),
    "named_worker": (
        "omatyöntekijä",
        "oma työntekijä",
        "nimetty omatyöntekijä",
        "vastuutyöntekijä",
        "egen kontaktperson",
        "kontaktperson",
        "egen arbetare",
        "named worker",
        "own worker",
    ),
    "clientship_since": (
        "asiakkuus alkanut",
        "asiakkuuden alkupäivä",
        "asiakkuus alkaen",
        "asiakkaana alkaen",
        "klient sedan",
        "klientskap sedan",
        "client since",
    ),
    "current_worker_since": (
        "omatyöntekijä alkaen",
        "nykyinen työntekijä alkaen",
        "arbetare sedan",
        "worker since",
    ),
}

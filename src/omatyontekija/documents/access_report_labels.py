"""The texts of the "who has seen my data" report: fi, sv and en.

Same rules as ``labels.py``: ``{name}`` placeholders are the same in every
language (tests/trust/test_access_report.py checks it).
"""

from __future__ import annotations

from omatyontekija.documents.labels import LANGUAGES, check_language

# key: (Finnish, Swedish, English)
ACCESS_LABELS: dict[str, tuple[str, str, str]] = {
    "header.unit": ("Sosiaalipalvelut", "Socialservice", "Social services"),
    "title": (
        "Selvitys asiakastietojen käsittelystä",
        "Redogörelse för behandlingen av klientuppgifter",
        "Who has seen my data",
    ),
    "subtitle": (
        "Käyttölokin merkinnät asiakkaan tiedoista (asiakastietolaki 703/2023)",
        "Åtkomstloggens poster om klientens uppgifter (klientdatalagen 703/2023)",
        "Access-log entries about the client's data (client data act 703/2023)",
    ),
    "client.name": ("Asiakas", "Klient", "Client"),
    "client.identity_code": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "period": ("Ajanjakso", "Period", "Period"),
    "period.range": ("{start}–{end}", "{start}–{end}", "{start} – {end}"),
    "period.from": ("{start} alkaen", "från {start}", "from {start}"),
    "period.until": ("{end} asti", "till {end}", "until {end}"),
    "period.all": ("koko käyttöloki", "hela åtkomstloggen", "the whole access log"),
    "count": ("Merkintöjä", "Poster", "Entries"),
    "column.time": ("Aika", "Tid", "Time"),
    "column.day": ("Päivä", "Dag", "Day"),
    "column.days": ("Päiviä", "Dagar", "Days"),
    "column.period": ("Ajanjakso", "Tidsperiod", "Period"),
    "times": ("{action} ({count} kertaa)", "{action} ({count} gånger)", "{action} ({count} times)"),
    "users": ("Käyttäjiä", "Användare", "Users"),
    "section.users": (
        "Ketkä ovat käsitelleet tietoja",
        "Vem som har behandlat uppgifterna",
        "Who has processed the data",
    ),
    "section.days": ("Päivittäin", "Dag för dag", "Day by day"),
    "csv_hint": (
        "Jokaisen merkinnän erikseen saat pyytäessäsi taulukkona (CSV-tiedostona).",
        "Varje post för sig får du som tabell (CSV-fil) om du ber om det.",
        "Every single entry is available as a table (a CSV file) on request.",
    ),
    "column.user": ("Käyttäjä", "Användare", "User"),
    "column.role": ("Rooli", "Roll", "Role"),
    "column.action": ("Toiminto", "Åtgärd", "Action"),
    "column.reason": ("Syy", "Skäl", "Reason"),
    "none": (
        "Ajanjaksolla ei ole merkintöjä asiakkaan tiedoista.",
        "Inga poster om klientens uppgifter under perioden.",
        "No entries about the client's data in the period.",
    ),
    "role.worker": ("työntekijä", "handläggare", "worker"),
    "role.supervisor": (
        "johtava sosiaalityöntekijä",
        "ledande socialarbetare",
        "lead social worker",
    ),
    "role.admin": ("pääkäyttäjä", "huvudanvändare", "administrator"),
    "role.none": ("ei käyttäjä", "ingen användare", "not a user"),
    "action.search": (
        "näkyi hakutuloksessa",
        "syntes i sökresultat",
        "appeared in a search result",
    ),
    "action.view": ("avasi asiakastiedot", "öppnade klientuppgifterna", "opened the record"),
    "action.edit": ("muutti tietoja", "ändrade uppgifterna", "changed the record"),
    "action.designate": (
        "kirjasi omatyöntekijäpäätöksen",
        "antecknade beslut om egen kontaktperson",
        "recorded a named-worker decision",
    ),
    "action.handover": (
        "käsitteli asiakkuuden siirtoa",
        "behandlade överlämningen av klientskapet",
        "worked on the handover of the client",
    ),
    "action.print": ("tulosti asiakirjan", "skrev ut ett dokument", "printed a document"),
    "action.export": ("vei tiedostoon", "exporterade till en fil", "exported to a file"),
    "action.import": ("toi tiedostosta", "importerade från en fil", "imported from a file"),
    "action.read_log": (
        "luki käyttölokia",
        "läste åtkomstloggen",
        "read the access log",
    ),
    "action.refused": ("evätty: {action}", "nekad: {action}", "refused: {action}"),
    "reason.client_letter": ("kirje asiakkaalle", "brev till klienten", "letter to the client"),
    "reason.handover_checklist": (
        "asiakkuuden siirron tarkistuslista",
        "checklista för överlämningen",
        "handover checklist",
    ),
    "reason.access_log": (
        "käyttölokin tarkastelu",
        "granskning av åtkomstloggen",
        "access log review",
    ),
    "reason.area_reform": ("aluejaon uudistus", "ny områdesindelning", "area-division reform"),
    "reason.access_report": (
        "selvitys tietojen käsittelystä",
        "redogörelse för behandlingen",
        "access report",
    ),
    "section.verify": ("Lokin eheys", "Loggens integritet", "Integrity of the log"),
    "head": (
        "Käyttölokin viimeisin merkintä tulostettaessa: nro {sequence}, tiiviste {hash}",
        "Åtkomstloggens senaste post vid utskriften: nr {sequence}, hash {hash}",
        "Newest access-log entry at printing: no. {sequence}, hash {hash}",
    ),
    "verify": (
        "Tämän tiivisteen avulla voidaan myöhemmin tarkistaa, ettei yhtäkään merkintää ole "
        "muutettu, poistettu tai järjestetty uudelleen.",
        "Med denna hash kan man senare kontrollera att ingen post har ändrats, tagits bort "
        "eller flyttats.",
        "With this hash it can later be checked that no entry was changed, removed or reordered.",
    ),
    "local_time": (
        "Ajat ovat paikallista aikaa ({zone}).",
        "Tiderna är lokal tid ({zone}).",
        "Times are local time ({zone}).",
    ),
    "finnish_time": (
        "Ajat ovat Suomen aikaa.",
        "Tiderna är finsk tid.",
        "Times are Finnish time.",
    ),
}


def access_label(key: str, language: str, **values: object) -> str:
    """The report text ``key`` in ``language`` with ``values`` filled in; KeyError if unknown."""
    text = ACCESS_LABELS[key][LANGUAGES.index(check_language(language))]
    return text.format(**values) if values else text

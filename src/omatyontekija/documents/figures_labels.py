"""The texts of the key-figure report, its charts and its CSV export: fi, sv and en.

Same rules as ``labels.py``: ``{name}`` placeholders are the same in every
language (tests/figures/test_figures_labels.py checks it).
"""

from __future__ import annotations

from omatyontekija.documents.labels import LANGUAGES, check_language
from omatyontekija.domain.catalog import ServiceUnit, service_type, unit_name
from omatyontekija.domain.load import EXPLANATIONS

# key: (Finnish, Swedish, English)
FIGURE_LABELS: dict[str, tuple[str, str, str]] = {
    "header.unit": ("Sosiaalipalvelut", "Socialservice", "Social services"),
    "title": ("Tunnusluvut ja pysyvyys", "Nyckeltal och kontinuitet", "Key figures and permanence"),
    "period": ("Ajanjakso {start}–{end}", "Perioden {start}–{end}", "Period {start} – {end}"),
    "period.start": ("Jakso alkaa", "Perioden börjar", "Period starts"),
    "period.end": ("Jakso päättyy", "Perioden slutar", "Period ends"),
    "current_as_of": ("Nykytila päivältä", "Nuläge per", "Current figures as of"),
    "computed_on": (
        "Nykytilan luvut {date}",
        "Nulägets siffror {date}",
        "Current figures as of {date}",
    ),
    "note.period": (
        "Jakson luvut: palvelut voimassa jakson aikana, jaksolla avatut ja valmistuneet "
        "luovutukset, jaksolla tehdyt omatyöntekijän vaihdokset. Nykytilan luvut: "
        "omatyöntekijäkattavuus, työmäärät, avoimet ja myöhässä olevat luovutukset.",
        "Periodens siffror: tjänster i kraft under perioden, överlämningar som öppnats och "
        "slutförts under perioden, byten av egen kontaktperson under perioden. Nulägets "
        "siffror: täckning, arbetsmängd, öppna och försenade överlämningar.",
        "Period figures: services in force during the period, handovers opened and completed "
        "in the period, named-worker changes in the period. Current figures: named-worker "
        "coverage, caseloads, open and overdue handovers.",
    ),
    "section.summary": ("Yhteenveto", "Sammanfattning", "Summary"),
    "section.units": (
        "Asiakkaat palvelutehtävittäin",
        "Klienter per serviceenhet",
        "Clients by unit",
    ),
    "section.services": ("Asiakkaat palveluittain", "Klienter per tjänst", "Clients by service"),
    "section.workers": (
        "Työmäärä työntekijöittäin",
        "Arbetsmängd per handläggare",
        "Caseload per worker",
    ),
    "section.areas": ("Alueet ja pysyvyys", "Områden och kontinuitet", "Areas and permanence"),
    "section.handovers": (
        "Saattaen vaihtaen -luovutukset",
        "Överlämningar med stöd",
        "Accompanied handovers",
    ),
    "section.permanence": (
        "Omatyöntekijän pysyvyys",
        "Kontinuitet för egen kontaktperson",
        "Named-worker permanence",
    ),
    "figure": ("Tunnusluku", "Nyckeltal", "Figure"),
    "value": ("Arvo", "Värde", "Value"),
    "item": ("Kohde", "Objekt", "Item"),
    "section": ("Osio", "Avsnitt", "Section"),
    "clients": ("Asiakkaita", "Klienter", "Clients"),
    "clients_total": ("Asiakkaita rekisterissä", "Klienter i registret", "Clients in the records"),
    "clients_with_services": (
        "Asiakkaita, joilla palvelu jaksolla",
        "Klienter med tjänst under perioden",
        "Clients with a service in the period",
    ),
    "with_named_worker": (
        "Omatyöntekijä nimetty",
        "Egen kontaktperson utsedd",
        "With a named worker",
    ),
    "coverage": ("Omatyöntekijäkattavuus %", "Täckning %", "Named-worker coverage %"),
    "needed": (
        "Ehdotus: omatyöntekijä tarvitaan",
        "Förslag: egen kontaktperson behövs",
        "Suggestion: named worker needed",
    ),
    "needed_without": (
        "Tarvitaan, mutta ei omatyöntekijää",
        "Behövs, men ingen egen kontaktperson",
        "Needed but no named worker",
    ),
    "needed_share": (
        "Tarvitsevista nimetty %",
        "Av dem som behöver, utsedd %",
        "Of those needing one, named %",
    ),
    "gaps": (
        "Puutelistalla (ei omatyöntekijää tai väärä ammattinimike)",
        "Brister (ingen egen kontaktperson eller fel yrkesbeteckning)",
        "On the gap list (no named worker, or one of the wrong role)",
    ),
    "worker": ("Työntekijä", "Handläggare", "Worker"),
    "role": ("Ammattinimike", "Yrkesbeteckning", "Role"),
    "caseload": (
        "Omat tai alueen asiakkaat",
        "Egna eller områdets klienter",
        "Named or area clients",
    ),
    "capacity": ("Enimmäismäärä", "Maximiantal", "Capacity"),
    "load": ("Kuormitus %", "Belastning %", "Load %"),
    # The one definition of load (domain.load), printed under every table that shows one.
    "load_explanation": (EXPLANATIONS["fi"], EXPLANATIONS["sv"], EXPLANATIONS["en"]),
    "children": ("Lastensuojelun lapsia", "Barn inom barnskyddet", "Child-protection children"),
    "child_limit_note": (
        "Lastensuojelulaki 13 b §: enintään {limit} lasta vastaavaa sosiaalityöntekijää kohden.",
        "Barnskyddslagen 13 b §: högst {limit} barn per ansvarig socialarbetare.",
        "Child Welfare Act § 13 b: at most {limit} children per responsible social worker.",
    ),
    "over_capacity": ("yli enimmäismäärän", "över maximiantalet", "over capacity"),
    "over_child_limit": ("yli lakirajan", "över lagens gräns", "over the legal limit"),
    "changes_away": ("Vaihdoksia pois", "Byten bort", "Changes away"),
    "changes_to": ("Vaihdoksia tulleita", "Byten hit", "Changes in"),
    "area": ("Alue", "Område", "Area"),
    "no_area": ("ei aluetta", "inget område", "no area"),
    "changes": ("Omatyöntekijän vaihdoksia", "Byten av egen kontaktperson", "Named-worker changes"),
    "clients_with_changes": (
        "Asiakkaita, joilla vaihdos",
        "Klienter med byte",
        "Clients with a change",
    ),
    "changes_per_hundred": (
        "Vaihdoksia / 100 asiakasta",
        "Byten / 100 klienter",
        "Changes per 100 clients",
    ),
    "namings": (
        "Uusia nimeämisiä",
        "Nya utnämningar",
        "New namings",
    ),
    "clients_by_changes": (
        "Asiakkaita, joilla {n} vaihdosta",
        "Klienter med {n} byten",
        "Clients with {n} changes",
    ),
    "open": ("Avoimia nyt", "Öppna nu", "Open now"),
    "overdue": ("Myöhässä nyt", "Försenade nu", "Overdue now"),
    "opened": ("Avattu jaksolla", "Öppnade under perioden", "Opened in the period"),
    "completed": ("Valmistunut jaksolla", "Slutförda under perioden", "Completed in the period"),
    "opened_status": (
        "Jaksolla avatuista nyt: {status}",
        "Av de öppnade nu: {status}",
        "Of those opened, now {status}",
    ),
    "status.planned": ("suunniteltu", "planerad", "planned"),
    "status.in_progress": ("käynnissä", "pågår", "in progress"),
    "status.done": ("valmis", "klar", "done"),
    "status.cancelled": ("peruttu", "inställd", "cancelled"),
    "role.social_worker": ("sosiaalityöntekijä", "socialarbetare", "social worker"),
    "role.social_counsellor": ("sosiaaliohjaaja", "socialhandledare", "social counsellor"),
    "role.supervisor": (
        "johtava sosiaalityöntekijä",
        "ledande socialarbetare",
        "lead social worker",
    ),
    "chart.services": ("Asiakkaat palveluittain", "Klienter per tjänst", "Clients by service"),
    "chart.caseload": (
        "Asiakkaat ja enimmäismäärä työntekijöittäin",
        "Klienter och maximiantal per handläggare",
        "Clients and capacity per worker",
    ),
    "chart.permanence": (
        "Omatyöntekijän vaihdokset / 100 asiakasta alueittain",
        "Byten av egen kontaktperson / 100 klienter per område",
        "Named-worker changes per 100 clients by area",
    ),
    "chart.empty": ("ei tietoja", "inga uppgifter", "no data"),
    # --- command line ---
    "cli.bad_period": (
        "Jakso alkaa päättymisensä jälkeen: {start} > {end}",
        "Perioden börjar efter att den slutar: {start} > {end}",
        "The period starts after it ends: {start} > {end}",
    ),
    "cli.written": ("Kirjoitettu: {path}", "Skrivet: {path}", "Written: {path}"),
    "cli.cannot_write": (
        "Tiedostoa ei voitu kirjoittaa: {path}: {error}",
        "Filen kunde inte skrivas: {path}: {error}",
        "The file could not be written: {path}: {error}",
    ),
}


def figure_label(key: str, language: str, **values: object) -> str:
    """The catalog text ``key`` in ``language``, ``values`` filled in; KeyError if unknown."""
    text = FIGURE_LABELS[key][LANGUAGES.index(check_language(language))]
    return text.format(**values) if values else text


def service_label(code: str, language: str) -> str:
    """A service's name in ``language``; the code itself for a code not in the catalog."""
    try:
        return service_type(code).name(check_language(language))
    except KeyError:
        return code


def unit_label(unit: ServiceUnit, language: str) -> str:
    return unit_name(unit, check_language(language))


def area_label(name: str | None, language: str) -> str:
    return name if name is not None else figure_label("no_area", language)


def format_number(value: float | int | None, language: str) -> str:
    """An integer as is, a share with one decimal (comma in fi and sv), None as a dash."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    text = f"{value:.1f}"
    return text if check_language(language) == "en" else text.replace(".", ",")

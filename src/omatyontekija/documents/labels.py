"""Every text the documents print that is not client data: a catalog in fi, sv and en.

Texts may hold ``{name}`` placeholders; each language has the same ones
(tests/documents/test_labels.py checks it), so a translation cannot drop a value.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("fi", "sv", "en")

# key: (Finnish, Swedish, English)
LABELS: dict[str, tuple[str, str, str]] = {
    # --- common ---
    "confidential": ("SALASSA PIDETTÄVÄ", "SEKRETESSBELAGD", "CONFIDENTIAL"),
    "printed_on": ("Tulostettu {date}", "Utskriven {date}", "Printed {date}"),
    "page_of": ("Sivu {page} / {pages}", "Sida {page} / {pages}", "Page {page} of {pages}"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "email": ("Sähköposti", "E-post", "E-mail"),
    "not_recorded": ("ei kirjattu", "inte antecknat", "not recorded"),
    "language.fi": ("suomi", "finska", "Finnish"),
    "language.sv": ("ruotsi", "svenska", "Swedish"),
    "language.en": ("englanti", "engelska", "English"),
    "role.social_worker": ("sosiaalityöntekijä", "socialarbetare", "social worker"),
    "role.social_counsellor": ("sosiaaliohjaaja", "socialhandledare", "social counsellor"),
    "role.supervisor": (
        "johtava sosiaalityöntekijä",
        "ledande socialarbetare",
        "lead social worker",
    ),
    # --- handover checklist ---
    "checklist.title": (
        "Saattaen vaihtaen – tarkistuslista",
        "Överlämning med stöd – checklista",
        "Accompanied handover – checklist",
    ),
    "checklist.handover_no": ("Luovutus nro {id}", "Överlämning nr {id}", "Handover no. {id}"),
    "section.client": ("Asiakas", "Klient", "Client"),
    "client.name": ("Nimi", "Namn", "Name"),
    "client.identity_code": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "client.number": ("Asiakasnumero", "Klientnummer", "Client number"),
    "client.address": ("Osoite", "Adress", "Address"),
    "client.language": ("Asiointikieli", "Ärendespråk", "Language"),
    "client.stage": ("Palvelupolun vaihe", "Skede", "Service path stage"),
    "stage.application": ("hakemus", "ansökan", "application"),
    "stage.service_need_assessment": (
        "palvelutarpeen arviointi",
        "bedömning av servicebehov",
        "service need assessment",
    ),
    "stage.service_planning": ("palvelusuunnittelu", "serviceplanering", "service planning"),
    "section.workers": ("Työntekijät", "Arbetstagare", "Workers"),
    "worker.from": ("Luovuttava työntekijä", "Överlämnande arbetstagare", "Outgoing worker"),
    "worker.to": ("Vastaanottava työntekijä", "Mottagande arbetstagare", "Incoming worker"),
    "worker.none": (
        "ei aiempaa omatyöntekijää",
        "ingen tidigare egen kontaktperson",
        "no previous named worker",
    ),
    "section.handover": ("Luovutus", "Överlämning", "Handover"),
    "handover.reason": ("Muutoksen syy", "Orsak till bytet", "Reason for the change"),
    "handover.opened": ("Avattu", "Öppnad", "Opened"),
    "handover.due": ("Määräpäivä", "Förfallodag", "Due date"),
    "handover.meeting": ("Yhteinen tapaaminen", "Gemensamt möte", "Joint meeting"),
    "reason.area_reform": ("aluejaon uudistus", "ny områdesindelning", "area-division reform"),
    "reason.worker_leaves": (
        "työntekijä siirtyy tai lopettaa",
        "arbetstagaren byter uppgift eller slutar",
        "the worker leaves",
    ),
    "reason.client_moves": ("asiakas muuttaa", "klienten flyttar", "the client moves"),
    "reason.needs_changed": (
        "asiakkaan tarpeet ovat muuttuneet",
        "klientens behov har ändrats",
        "the client's needs have changed",
    ),
    "reason.other": ("muu syy", "annan orsak", "other reason"),
    "section.services": ("Palvelut ja suunnitelmat", "Tjänster och planer", "Services and plans"),
    "services.none": ("ei myönnettyjä palveluja", "inga beviljade tjänster", "no granted services"),
    "services.granted": ("myönnetty {date}", "beviljad {date}", "granted {date}"),
    "services.ends": ("päättyy {date}", "upphör {date}", "ends {date}"),
    "plan.updated": (
        "Palvelusuunnitelma päivitetty",
        "Serviceplanen uppdaterad",
        "Service plan updated",
    ),
    "plan.next": ("Seuraava päivitys", "Nästa uppdatering", "Next update"),
    "plan.special_care": (
        "Erityishuolto-ohjelma päivitetty",
        "Specialomsorgsprogrammet uppdaterat",
        "Special care programme updated",
    ),
    "section.checklist": ("Tarkistuslista", "Checklista", "Checklist"),
    "column.state": ("Tila", "Status", "Status"),
    "column.item": ("Kohta", "Punkt", "Item"),
    "column.note": ("Merkinnät", "Anteckningar", "Notes"),
    "required_legend": ("* pakollinen kohta", "* obligatorisk punkt", "* required item"),
    "state.open": ("avoin", "öppen", "open"),
    "state.done": ("tehty", "klar", "done"),
    "state.not_applicable": ("ei koske", "gäller inte", "not applicable"),
    "state.skipped": ("ohitettu", "överhoppad", "skipped"),
    "item.not_in_template": (
        "kohta ei ole nykyisessä mallissa",
        "punkten finns inte i den nuvarande mallen",
        "item not in the current template",
    ),
    "section.notes": ("Muistiinpanot", "Anteckningar", "Notes"),
    "section.signatures": ("Allekirjoitukset", "Underskrifter", "Signatures"),
    "sign.from": ("Luovuttava työntekijä", "Överlämnande arbetstagare", "Outgoing worker"),
    "sign.to": ("Vastaanottava työntekijä", "Mottagande arbetstagare", "Incoming worker"),
    "sign.supervisor": (
        "Johtava sosiaalityöntekijä",
        "Ledande socialarbetare",
        "Lead social worker",
    ),
    "sign.date_and_signature": (
        "Päiväys ja allekirjoitus",
        "Datum och underskrift",
        "Date and signature",
    ),
    # --- client letter ---
    "letter.title_named": ("Omatyöntekijäsi", "Din egen kontaktperson", "Your named worker"),
    "letter.title_area": (
        "Alueesi työntekijä",
        "Arbetstagare i ditt område",
        "The worker of your area",
    ),
    "letter.title_area_many": (
        "Alueesi työntekijät",
        "Arbetstagare i ditt område",
        "The workers of your area",
    ),
    "letter.greeting": ("Hyvä {name}", "Bästa {name}", "Dear {name}"),
    "letter.named_is": (
        "Omatyöntekijäsi on {worker}, {role}.",
        "Din egen kontaktperson är {worker}, {role}.",
        "Your named worker is {worker}, {role}.",
    ),
    "letter.change": (
        "Omatyöntekijäsi vaihtuu {date} alkaen. Aiempi omatyöntekijäsi {old} perehdyttää "
        "uuden työntekijän asioihisi, jotta asiointisi jatkuu sujuvasti.",
        "Din egen kontaktperson byts från och med {date}. Din tidigare kontaktperson {old} "
        "introducerar den nya arbetstagaren i dina ärenden, så att allt fortsätter smidigt.",
        "Your named worker changes from {date}. Your previous named worker, {old}, introduces "
        "the new worker to your matters so that your services continue smoothly.",
    ),
    "letter.area_is": (
        "Sinulle ei ole nimetty omatyöntekijää. Alueesi työntekijä on {workers}.",
        "Du har ingen egen kontaktperson. Arbetstagare i ditt område är {workers}.",
        "You have no named worker. The worker of your area is {workers}.",
    ),
    "letter.area_are": (
        "Sinulle ei ole nimetty omatyöntekijää. Alueesi työntekijät ovat {workers}.",
        "Du har ingen egen kontaktperson. Arbetstagare i ditt område är {workers}.",
        "You have no named worker. The workers of your area are {workers}.",
    ),
    "letter.nobody": (
        "Alueellesi ei ole tällä hetkellä nimetty työntekijää. Ota yhteyttä yksikköön, "
        "niin asiasi ohjataan oikealle työntekijälle.",
        "Ditt område har för tillfället ingen arbetstagare. Kontakta enheten, så förmedlas "
        "ditt ärende till rätt arbetstagare.",
        "Your area has no worker at the moment. Contact the unit and your matter will be "
        "passed to the right worker.",
    ),
    "letter.and": ("ja", "och", "and"),
    "letter.reach_one": ("Tavoitat hänet näin:", "Du når hen så här:", "You can reach them:"),
    "letter.reach_many": ("Tavoitat heidät näin:", "Du når dem så här:", "You can reach them:"),
    "letter.reach_unit": ("Yksikön yhteystiedot:", "Enhetens kontaktuppgifter:", "The unit:"),
    "letter.e_service": (
        "Voit lähettää viestin myös sähköisen asioinnin kautta: {service}.",
        "Du kan också skicka ett meddelande via e-tjänsten {service}.",
        "You can also send a message through the e-service {service}.",
    ),
    "letter.closing": ("Ystävällisin terveisin", "Med vänliga hälsningar", "Kind regards"),
}

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def check_language(language: str) -> str:
    """``language`` if it is fi, sv or en; ValueError otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"document language must be one of {', '.join(LANGUAGES)}: {language!r}")
    return language


def label(key: str, language: str, **values: object) -> str:
    """The catalog text ``key`` in ``language`` with ``values`` filled in; KeyError if unknown."""
    text = LABELS[key][LANGUAGES.index(check_language(language))]
    return text.format(**values) if values else text


def format_date(value: dt.date | None, language: str) -> str:
    """A date as people in that language write it: 16.3.2020 or 16 March 2020."""
    if value is None:
        return label("not_recorded", language)
    if isinstance(value, dt.datetime):
        value = value.date()
    if check_language(language) == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"

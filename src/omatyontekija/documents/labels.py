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
    # citation key "Julkisuuslaki 621/1999 24 § 1 mom. 25 kohta" (rules/citations.json)
    "confidential.basis": (
        "JulkL 621/1999 24 § 1 mom. 25 kohta",
        "OffL 621/1999 24 § 1 mom. 25 punkten",
        "Openness Act 621/1999 § 24(1)(25)",
    ),
    "printed_on": ("Tulostettu {date}", "Utskriftsdatum {date}", "Printed {date}"),
    "page_of": ("Sivu {page} / {pages}", "Sida {page} / {pages}", "Page {page} of {pages}"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "email": ("Sähköposti", "E-post", "E-mail"),
    "phone_hours": ("Puhelinaika", "Telefontid", "Phone hours"),
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
    "checklists.title": (
        "Saattaen vaihtaen – tarkistuslistat",
        "Överlämning med stöd – checklistor",
        "Accompanied handovers – checklists",
    ),
    "letters.title": ("Asiakaskirjeet", "Klientbrev", "Client letters"),
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
    "section.workers": ("Työntekijät", "Handläggare", "Workers"),
    "worker.from": ("Luovuttava työntekijä", "Överlämnande handläggare", "Outgoing worker"),
    "worker.to": ("Vastaanottava työntekijä", "Mottagande handläggare", "Incoming worker"),
    "worker.none": (
        "ei aiempaa omatyöntekijää",
        "ingen tidigare egen kontaktperson",
        "no previous named worker",
    ),
    "section.handover": ("Luovutus", "Överlämning", "Handover"),
    "handover.reason": ("Muutoksen syy", "Orsak till bytet", "Reason for the change"),
    "handover.opened": ("Avattu", "Öppnad", "Opened"),
    "handover.due": ("Määräpäivä", "Måldatum", "Due date"),
    "handover.meeting": ("Yhteinen tapaaminen", "Gemensamt möte", "Joint meeting"),
    "reason.area_reform": ("aluejaon uudistus", "ny områdesindelning", "area-division reform"),
    "reason.worker_leaves": (
        "työntekijä siirtyy tai lopettaa",
        "handläggaren byter uppgift eller slutar",
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
    "sign.from": ("Luovuttava työntekijä", "Överlämnande handläggare", "Outgoing worker"),
    "sign.to": ("Vastaanottava työntekijä", "Mottagande handläggare", "Incoming worker"),
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
    # whose named worker / area worker, by who reads the letter (the client, a
    # child's guardian, an adult's edunvalvoja)
    "letter.nw.you": ("Omatyöntekijäsi", "Din egen kontaktperson", "Your named worker"),
    "letter.nw.child": (
        "Lapsen omatyöntekijä",
        "Barnets egen kontaktperson",
        "The child's named worker",
    ),
    "letter.nw.client": (
        "Asiakkaan omatyöntekijä",
        "Klientens egen kontaktperson",
        "The client's named worker",
    ),
    "letter.area.you": (
        "Alueesi työntekijä",
        "Handläggaren i ditt område",
        "The worker of your area",
    ),
    "letter.area.child": (
        "Lapsen asuinalueen työntekijä",
        "Handläggaren i barnets område",
        "The worker of the child's area",
    ),
    "letter.area.client": (
        "Asiakkaan asuinalueen työntekijä",
        "Handläggaren i klientens område",
        "The worker of the client's area",
    ),
    "letter.areas.you": (
        "Alueesi työntekijät",
        "Handläggarna i ditt område",
        "The workers of your area",
    ),
    "letter.areas.child": (
        "Lapsen asuinalueen työntekijät",
        "Handläggarna i barnets område",
        "The workers of the child's area",
    ),
    "letter.areas.client": (
        "Asiakkaan asuinalueen työntekijät",
        "Handläggarna i klientens område",
        "The workers of the client's area",
    ),
    "letter.greeting": ("Hyvä {name}", "Bästa {name}", "Dear {name}"),
    "letter.subject": ("Asia koskee: {name}", "Ärendet gäller: {name}", "Concerning: {name}"),
    "letter.to_guardians": ("Lapsen huoltajat", "Barnets vårdnadshavare", "The child's guardians"),
    "letter.each_guardian": (
        "Kirje lähetetään jokaiselle lapsen huoltajalle.",
        "Brevet skickas till var och en av barnets vårdnadshavare.",
        "This letter is sent to each of the child's guardians.",
    ),
    "letter.copy_legal_guardian": (
        "Tämä on kopio asiakkaalle lähetetystä kirjeestä. Saatte sen edunvalvojana, jonka "
        "tehtävään kuuluvat asiakkaan henkilöä koskevat asiat.",
        "Detta är en kopia av brevet till klienten. Ni får den som intressebevakare med "
        "uppdrag att sköta klientens personliga angelägenheter.",
        "This is a copy of the letter sent to the client. You receive it as the client's "
        "appointed guardian whose task covers personal matters.",
    ),
    "letter.named_is": (
        "{nw} on {worker}, {role}.",
        "{nw} är {worker}, {role}.",
        "{nw} is {worker}, {role}.",
    ),
    # A first named worker, not yet named: the handover that names them is still open.
    "letter.named_to_be": (
        "{nw} tulee olemaan {worker}, {role}. Saat tiedon, kun nimeäminen on tehty; "
        "siihen asti voit olla yhteydessä häneen jo nyt.",
        "{nw} blir {worker}, {role}. Du får besked när utnämningen är gjord; redan nu kan "
        "du kontakta hen.",
        "{nw} will be {worker}, {role}. You will be told once the naming is done; you can "
        "already contact them now.",
    ),
    "letter.named_to_be_on": (
        "{nw} on {date} alkaen {worker}, {role}. Voit olla yhteydessä häneen jo nyt.",
        "{nw} är från och med {date} {worker}, {role}. Redan nu kan du kontakta hen.",
        "{nw} will be {worker}, {role}, from {date}. You can already contact them now.",
    ),
    "letter.change_on": (
        "{nw} vaihtuu {date} alkaen. Silloin uusi omatyöntekijä on {worker}, {role}. "
        "Siihen asti {nw_mid} on {old}. {old} perehdyttää uuden työntekijän asioihin, jotta "
        "asiointi jatkuu sujuvasti.",
        "{nw} byts från och med {date}. Då blir den nya kontaktpersonen {worker}, {role}. "
        "Fram till dess är {nw_mid} {old}. {old} introducerar den nya handläggaren i "
        "ärendena, så att allt fortsätter smidigt.",
        "{nw} will change on {date}. From then on the new named worker will be {worker}, "
        "{role}. Until then {nw_mid} is {old}. {old} introduces the new worker to the "
        "matters so that the services continue smoothly.",
    ),
    "letter.change_undated": (
        "{nw} on vaihtumassa. Uusi omatyöntekijä tulee olemaan {worker}, {role}. Vaihdon "
        "päivä kerrotaan erikseen; siihen asti {nw_mid} on {old}.",
        "{nw} kommer att bytas. Den nya kontaktpersonen blir {worker}, {role}. Datumet för "
        "bytet meddelas separat; fram till dess är {nw_mid} {old}.",
        "{nw} is going to change. The new named worker will be {worker}, {role}. The date "
        "of the change will be told separately; until then {nw_mid} is {old}.",
    ),
    "letter.change_done": (
        "{nw} on {date} alkaen {worker}, {role}. Aiempi omatyöntekijä {old} on "
        "perehdyttänyt hänet asioihin.",
        "{nw} är från och med {date} {worker}, {role}. Den tidigare kontaktpersonen {old} "
        "har introducerat hen i ärendena.",
        "{nw} is {worker}, {role}, from {date}. The previous named worker, {old}, has "
        "introduced them to the matters.",
    ),
    "letter.area_is": ("{area} on {workers}.", "{area} är {workers}.", "{area} is {workers}."),
    "letter.area_are": (
        "{area} ovat {workers}.",
        "{area} är {workers}.",
        "{area} are {workers}.",
    ),
    "letter.area_handles": (
        "Alueen työntekijä hoitaa asioita ja neuvoo kaikissa palveluihin liittyvissä kysymyksissä.",
        "Handläggaren i området sköter ärendena och ger råd i alla frågor om tjänsterna.",
        "The worker of the area handles the matters and advises on any question about the "
        "services.",
    ),
    "letter.ask.you": (
        "Voit pyytää itsellesi nimettyä omatyöntekijää. Kerro toiveestasi alueesi "
        "työntekijälle puhelimitse tai {service}-asioinnissa.",
        "Du kan be om en egen kontaktperson. Berätta om din önskan för handläggaren i ditt "
        "område per telefon eller i e-tjänsten {service}.",
        "You may ask for a named worker of your own. Tell the worker of your area by phone "
        "or through the e-service {service}.",
    ),
    "letter.ask.child": (
        "Voitte pyytää lapselle nimettyä omatyöntekijää. Kertokaa toiveestanne alueen "
        "työntekijälle puhelimitse tai {service}-asioinnissa.",
        "Ni kan be om en egen kontaktperson för barnet. Berätta om er önskan för "
        "handläggaren i området per telefon eller i e-tjänsten {service}.",
        "You may ask for a named worker for the child. Tell the worker of the area by phone "
        "or through the e-service {service}.",
    ),
    "letter.ask.client": (
        "Asiakkaalle voi pyytää nimettyä omatyöntekijää. Kertokaa toiveesta alueen "
        "työntekijälle puhelimitse tai {service}-asioinnissa.",
        "Ni kan be om en egen kontaktperson för klienten. Berätta om önskan för "
        "handläggaren i området per telefon eller i e-tjänsten {service}.",
        "You may ask for a named worker for the client. Tell the worker of the area by "
        "phone or through the e-service {service}.",
    ),
    "letter.nobody": (
        "Alueelle ei ole tällä hetkellä nimetty työntekijää. Ota yhteyttä yksikköön, "
        "niin asia ohjataan oikealle työntekijälle.",
        "Området har för tillfället ingen handläggare. Kontakta enheten, så förmedlas "
        "ärendet till rätt handläggare.",
        "The area has no worker at the moment. Contact the unit and the matter will be "
        "passed to the right worker.",
    ),
    "letter.and": ("ja", "och", "and"),
    "letter.reach_one": ("Tavoitat hänet näin:", "Du når hen så här:", "You can reach them:"),
    "letter.reach_many": ("Tavoitat heidät näin:", "Du når dem så här:", "You can reach them:"),
    # Seed 003: one of the client's named workers is the first contact in any matter.
    "letter.responsible": (
        "Vastuutyöntekijä {worker} on ensimmäinen yhteyshenkilö asiassa kuin asiassa.",
        "Ansvarig handläggare {worker} är den första kontakten i alla ärenden.",
        "The responsible worker {worker} is the first contact in any matter.",
    ),
    "letter.e_service": (
        "Voit lähettää viestin myös sähköisen asioinnin kautta: {service}.",
        "Du kan också skicka ett meddelande via e-tjänsten {service}.",
        "You can also send a message through the e-service {service}.",
    ),
    "letter.unit_phone": (
        "Yksikön puhelinnumero: {phone}",
        "Enhetens telefonnummer: {phone}",
        "The unit's phone number: {phone}",
    ),
    "letter.phone_hours": ("puhelinaika {hours}", "telefontid {hours}", "phone hours {hours}"),
    "letter.unit_address": (
        "Käyntiosoite: {address}",
        "Besöksadress: {address}",
        "Address: {address}",
    ),
    "letter.closing": ("Ystävällisin terveisin", "Med vänliga hälsningar", "Kind regards"),
    # --- non-disclosure (turvakielto) ---
    "non_disclosure.address": (
        "Turvakielto: osoitetta ei tulosteta",
        "Spärrmarkering: adressen skrivs inte ut",
        "Non-disclosure: the address is not printed",
    ),
}


# The plain-language (selkokieli) Finnish letter: short sentences, one thing each.
PLAIN_FI: dict[str, str] = {
    "greeting": "Hei {name}",
    "named_is": (
        "{nw} on {worker}. Hän on {role}. Hän auttaa sinua palveluihin liittyvissä asioissa."
    ),
    "change_on": (
        "{nw} vaihtuu {date}. Uusi omatyöntekijä on {worker}. Siihen asti omatyöntekijä "
        "on {old}. {old} kertoo uudelle työntekijälle sinun asioistasi."
    ),
    "change_undated": (
        "{nw} vaihtuu pian. Uusi omatyöntekijä on {worker}. Kerromme vaihdon päivän "
        "myöhemmin. Siihen asti omatyöntekijä on {old}."
    ),
    "change_done": "{nw} on nyt {worker}. Hän on {role}.",
    "named_to_be": (
        "{nw} on pian {worker}. Hän on {role}. Kerromme, kun asia on valmis. "
        "Voit soittaa hänelle jo nyt."
    ),
    "named_to_be_on": "{nw} on {date} alkaen {worker}. Hän on {role}. Voit soittaa hänelle jo nyt.",
    "area_is": "{area} on {workers}. Hän auttaa sinua palveluihin liittyvissä asioissa.",
    "area_are": "{area} ovat {workers}. He auttavat sinua palveluihin liittyvissä asioissa.",
    "ask": (
        "Voit pyytää omaa omatyöntekijää. Soita alueen työntekijälle. Voit myös "
        "kirjoittaa viestin {service}-palvelussa."
    ),
    "reach": "Näin saat yhteyden:",
    "e_service": "Voit kirjoittaa viestin myös internetissä. Palvelun nimi on {service}.",
    "closing": "Terveisin",
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


def plain_label(key: str, **values: object) -> str:
    """The plain-language Finnish text ``key`` with ``values`` filled in."""
    text = PLAIN_FI[key]
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

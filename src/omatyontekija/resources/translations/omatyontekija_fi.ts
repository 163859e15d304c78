<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Application</name>
    <message>
        <source>Omatyöntekijä</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Tietokantaa ei voitu avata:
%1</translation>
    </message>
</context>
<context>
    <name>ClientController</name>
    <message>
        <source>Changed by someone else</source>
        <extracomment>A client&apos;s record changed (facts, named worker); the argument is its id.</extracomment>
        <translation>Joku muu muutti tietoja</translation>
    </message>
    <message>
        <source>%1 saved this client at %2, after you opened it. Your change was not saved; the client is shown as it now is.</source>
        <translation>%1 tallensi tämän asiakkaan tiedot %2, sen jälkeen kun avasit ne. Muutostasi ei tallennettu; asiakas näytetään nyt ajantasaisena.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Qt.ItemDataRole for the client&apos;s id (int) on any column. Qt.ItemDataRole for the whole ClientRow of the line. The search could not run; the argument says why (already in the user&apos;s language). How many clients match the search (counted once per search).</extracomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Area worker</source>
        <translation>Aluetyöntekijä</translation>
    </message>
    <message>
        <source>No named worker: the area worker is the contact</source>
        <translation>Ei nimettyä omatyöntekijää – yhteyshenkilö on alueen työntekijä</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Search by name or identity code, e.g. “Mäkelä Anna” or “010190-9…”</source>
        <extracomment>A client was chosen (Enter or double-click); the argument is the client&apos;s id.</extracomment>
        <translation>Hae nimellä tai henkilötunnuksella, esim. ”Mäkelä Anna” tai ”010190-9…”</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>← Back to list</source>
        <extracomment>The user wants to go back to the list (Esc or the back button).</extracomment>
        <translation>← Takaisin listaan</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Takaisin asiakaslistaan (Esc)</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3 years</source>
        <translation>%1 · syntynyt %2 · %3 v</translation>
    </message>
</context>
<context>
    <name>CloseOnesCard</name>
    <message>
        <source>Close ones</source>
        <translation>Läheiset ja verkosto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>No close ones recorded.</source>
        <translation>Läheisiä ei ole kirjattu.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Asiointikieli</translation>
    </message>
</context>
<context>
    <name>DesignationDialog</name>
    <message>
        <source>Named worker for %1</source>
        <translation>Omatyöntekijä: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Ehdotus: %1</translation>
    </message>
    <message>
        <source>&amp;Name a named worker</source>
        <translation>&amp;Nimeä omatyöntekijä</translation>
    </message>
    <message>
        <source>A named worker is &amp;not needed</source>
        <translation>Omatyöntekijää &amp;ei tarvita</translation>
    </message>
    <message>
        <source>Show &amp;all workers, not only the role needed</source>
        <translation>Näytä &amp;kaikki työntekijät, ei vain tarvittavaa roolia</translation>
    </message>
    <message>
        <source>Why the decision is what it is</source>
        <translation>Miksi päätös on tämä</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Työntekijä</translation>
    </message>
    <message>
        <source>Service path &amp;stage</source>
        <translation>Palvelupolun &amp;vaihe</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Perustelu</translation>
    </message>
    <message>
        <source>The decision differs from the suggestion: write the reason. It is kept.</source>
        <translation>Päätös poikkeaa ehdotuksesta: kirjoita perustelu. Se tallennetaan.</translation>
    </message>
</context>
<context>
    <name>FactsCard</name>
    <message>
        <source>Facts the suggestion reads</source>
        <extracomment>The user changed a fact; the argument is the whole new ClientFacts.</extracomment>
        <translation>Ehdotuksen perusteena olevat tiedot</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Written reason, when the life situation calls for it</source>
        <translation>Kirjallinen perustelu, kun elämäntilanne sitä edellyttää</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Key figures and permanence</source>
        <translation>Tunnusluvut ja pysyvyys</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Laske</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Vie C&amp;SV…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Unit or service</source>
        <translation>Palvelutehtävä tai palvelu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ammattinimike</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Enimmäismäärä</translation>
    </message>
    <message>
        <source>Load %</source>
        <translation>Kuormitus %</translation>
    </message>
    <message>
        <source>Child-protection children</source>
        <translation>Lastensuojelun lapsia</translation>
    </message>
    <message>
        <source>Changes away</source>
        <translation>Vaihdoksia pois</translation>
    </message>
    <message>
        <source>Changes in</source>
        <translation>Vaihdoksia tulleita</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>With named worker</source>
        <translation>Omatyöntekijä nimetty</translation>
    </message>
    <message>
        <source>Needed, none named</source>
        <translation>Tarvitaan, ei nimetty</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Vaihdoksia</translation>
    </message>
    <message>
        <source>Clients with a change</source>
        <translation>Asiakkaita, joilla vaihdos</translation>
    </message>
    <message>
        <source>Changes per 100</source>
        <translation>Vaihdoksia / 100</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Työmäärät</translation>
    </message>
    <message>
        <source>Areas and permanence</source>
        <translation>Alueet ja pysyvyys</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Ajanjakso alkaa loppunsa jälkeen.</translation>
    </message>
    <message>
        <source>Child Welfare Act § 13 b: at most %1 children per responsible social worker.</source>
        <translation>Lastensuojelulaki 13 b §: enintään %1 lasta vastaavaa sosiaalityöntekijää kohden.</translation>
    </message>
    <message>
        <source>The key figures could not be computed:
%1</source>
        <translation>Tunnuslukuja ei voitu laskea:
%1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>Tiedostoa ei voitu kirjoittaa:
%1</translation>
    </message>
</context>
<context>
    <name>GapPage</name>
    <message>
        <source>Gap list: clients who need a named worker</source>
        <extracomment>The number of gaps over the whole unit (unfiltered), when computed.</extracomment>
        <translation>Puutelista: asiakkaat, jotka tarvitsevat omatyöntekijän</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Alue</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Työntekijä</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>The gap list could not be made:
%1</source>
        <translation>Puutelistaa ei voitu muodostaa:
%1</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Qt.ItemDataRole for the client&apos;s id (int).</extracomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Puute</translation>
    </message>
    <message>
        <source>Role needed</source>
        <translation>Tarvittava rooli</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Säännöt</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>No named worker</source>
        <translation>Ei omatyöntekijää</translation>
    </message>
    <message>
        <source>Role does not meet the need</source>
        <translation>Rooli ei vastaa tarvetta</translation>
    </message>
</context>
<context>
    <name>HistoryCard</name>
    <message>
        <source>Named-worker history</source>
        <translation>Omatyöntekijähistoria</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Suggestion then</source>
        <translation>Ehdotus silloin</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ei tarvita</translation>
    </message>
    <message>
        <source>Handover #%1</source>
        <translation>Saattaen vaihtaminen nro %1</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Päätöksiä ei ole vielä kirjattu.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Sosiaaliohjaaja</translation>
    </message>
    <message>
        <source>Lead social worker</source>
        <translation>Johtava sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <source>Service need assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Service planning</source>
        <translation>Palvelusuunnittelu</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Huoltaja / edunvalvoja</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Omainen</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>The identity code is empty.</source>
        <translation>Henkilötunnus puuttuu.</translation>
    </message>
    <message>
        <source>An identity code has 11 characters (DDMMYYCZZZQ).</source>
        <translation>Henkilötunnuksessa on 11 merkkiä (PPKKVVSNNNT).</translation>
    </message>
    <message>
        <source>The identity code is not of the form DDMMYYCZZZQ with a century sign + - Y X W V U A B C D E F.</source>
        <translation>Henkilötunnus ei ole muotoa PPKKVVSNNNT, jossa välimerkki on + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The identity code has an impossible birth date.</source>
        <translation>Henkilötunnuksen syntymäaika on mahdoton.</translation>
    </message>
    <message>
        <source>The individual number of an identity code is 002–999.</source>
        <translation>Henkilötunnuksen yksilönumero on 002–999.</translation>
    </message>
    <message>
        <source>The identity code has a birth date in the future.</source>
        <translation>Henkilötunnuksen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The check character of the identity code is wrong.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Omatyöntekijä – named workers and handovers</source>
        <translation>Omatyöntekijä – omatyöntekijät ja saattaen vaihtaminen</translation>
    </message>
    <message>
        <source>The client is no longer in the records.</source>
        <translation>Asiakasta ei enää löydy rekisteristä.</translation>
    </message>
    <message numerus="yes">
        <source>Gap list: %n client(s)</source>
        <translation>
            <numerusform>Puutelistalla %n asiakas</numerusform>
            <numerusform>Puutelistalla %n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Hae asiakas</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Takaisin listaan</translation>
    </message>
    <message>
        <source>&amp;Gap list</source>
        <translation>&amp;Puutelista</translation>
    </message>
    <message>
        <source>Clients whose suggestion is &apos;needed&apos; but who have no fitting named worker</source>
        <translation>Asiakkaat, joille ehdotetaan omatyöntekijää mutta joilla ei ole sopivaa omatyöntekijää</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Tunnusluvut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tietoja</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Käyttäjä: %1</translation>
    </message>
    <message>
        <source>About Omatyöntekijä</source>
        <translation>Tietoja Omatyöntekijästä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Omatyöntekijä %1&lt;/h3&gt;&lt;p&gt;Named workers, area divisions and accompanied handovers for social services.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Omatyöntekijä %1&lt;/h3&gt;&lt;p&gt;Omatyöntekijät, aluejako ja saattaen vaihtaminen sosiaalipalveluihin.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ServicePathCard</name>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Service plan updated</source>
        <translation>Palvelusuunnitelma päivitetty</translation>
    </message>
    <message>
        <source>Next service plan update</source>
        <translation>Seuraava päivitys</translation>
    </message>
    <message>
        <source>Special care programme updated</source>
        <translation>Erityishuolto-ohjelma päivitetty</translation>
    </message>
</context>
<context>
    <name>ServicesCard</name>
    <message>
        <source>Services granted</source>
        <translation>Myönnetyt palvelut</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Service unit</source>
        <translation>Palvelutehtävä</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>No services granted.</source>
        <translation>Ei myönnettyjä palveluja.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion: named worker</source>
        <translation>Ehdotus: omatyöntekijä</translation>
    </message>
    <message>
        <source>Named worker must be: %1</source>
        <translation>Omatyöntekijän tulee olla: %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>What would decide it</source>
        <translation>Mikä ratkaisisi asian</translation>
    </message>
    <message>
        <source>No rule fired: the worker considers the need.</source>
        <translation>Mikään sääntö ei täyttynyt: työntekijä harkitsee tarpeen.</translation>
    </message>
</context>
<context>
    <name>WorkerCard</name>
    <message>
        <source>Named worker</source>
        <extracomment>The user wants to decide the named worker. The user wants to see (or hide) the history of decisions.</extracomment>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>&amp;Decide named worker…</source>
        <translation>&amp;Päätä omatyöntekijästä…</translation>
    </message>
    <message>
        <source>Name a named worker or record that none is needed</source>
        <translation>Nimeä omatyöntekijä tai kirjaa, ettei sitä tarvita</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>Show the decisions made for the client</source>
        <translation>Näytä asiakkaalle tehdyt päätökset</translation>
    </message>
    <message>
        <source>No named worker: the area worker is the contact</source>
        <translation>Ei nimettyä omatyöntekijää – yhteyshenkilö on alueen työntekijä</translation>
    </message>
    <message>
        <source>The client&apos;s postal code is in no area.</source>
        <translation>Asiakkaan postinumero ei kuulu millekään alueelle.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Also reachable through the e-service %1</source>
        <translation>Tavoitettavissa myös sähköisen asioinnin kautta (%1)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
</context>
</TS>

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
    <name>WorkerCard</name>
    <message>
        <source>Named worker</source>
        <translation>Omatyöntekijä</translation>
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

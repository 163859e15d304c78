<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Time</source>
        <extracomment>How many clients a cell names before &quot;…&quot;: a search entry may name hundreds.</extracomment>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>appeared in a search</source>
        <translation>näkyi haussa</translation>
    </message>
    <message>
        <source>opened the record</source>
        <translation>avasi asiakastiedot</translation>
    </message>
    <message>
        <source>changed the record</source>
        <translation>muutti tietoja</translation>
    </message>
    <message>
        <source>named-worker decision</source>
        <translation>omatyöntekijäpäätös</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tulosti</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>vei tiedostoon</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>toi tiedostosta</translation>
    </message>
    <message>
        <source>read the access log</source>
        <translation>luki käyttölokia</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>työntekijä</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>pääkäyttäjä</translation>
    </message>
    <message>
        <source>access report</source>
        <translation>selvitys tietojen käsittelystä</translation>
    </message>
    <message>
        <source>access list</source>
        <translation>luettelo tietojen käsittelystä</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>käyttöloki</translation>
    </message>
    <message>
        <source>area-division reform</source>
        <translation>aluejaon uudistus</translation>
    </message>
    <message>
        <source>letter to the client</source>
        <translation>kirje asiakkaalle</translation>
    </message>
    <message>
        <source>handover checklist</source>
        <translation>asiakkuuden siirron tarkistuslista</translation>
    </message>
    <message>
        <source>removed client no. %1</source>
        <translation>poistettu asiakas nro %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>evätty: %1</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Access log</source>
        <extracomment>How many matching clients the chooser offers; a narrower search finds the rest. Emitted when a background job has finished and its result is shown (tests wait on it).</extracomment>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <source>Client (name or identity code)</source>
        <translation>Asiakas (nimi tai henkilötunnus)</translation>
    </message>
    <message>
        <source>User (login)</source>
        <translation>Käyttäjä (käyttäjätunnus)</translation>
    </message>
    <message>
        <source>Name, identity code or login</source>
        <translation>Nimi, henkilötunnus tai käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Haku</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>A&amp;lkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Tarkista ketju</translation>
    </message>
    <message>
        <source>Head of the chain</source>
        <translation>Ketjun viimeisin tiiviste</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Hakuperuste</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Käyttölokin merkinnät</translation>
    </message>
    <message>
        <source>Cop&amp;y head</source>
        <translation>Kopi&amp;oi tiiviste</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Tulosta &amp;selvitys…</translation>
    </message>
    <message>
        <source>The selected client&apos;s &apos;who has seen my data&apos; report as PDF</source>
        <translation>Valitun asiakkaan selvitys tietojen käsittelystä PDF-tiedostona</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Takais&amp;in</translation>
    </message>
    <message>
        <source>Type a name or an identity code.</source>
        <translation>Kirjoita nimi tai henkilötunnus.</translation>
    </message>
    <message>
        <source>No client matches the search.</source>
        <translation>Haulla ei löydy asiakasta.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match; choose one from the list.</source>
        <translation>
            <numerusform>%n asiakas löytyi.</numerusform>
            <numerusform>%n asiakasta löytyi; valitse yksi listasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Jakso alkaa päättymisensä jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n entries</source>
        <translation>
            <numerusform>uusin %n merkintä</numerusform>
            <numerusform>uusimmat %n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the access log…</source>
        <translation>Tarkistetaan käyttölokia…</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Tallenna selvitys</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Tulostetaan selvitystä…</translation>
    </message>
    <message>
        <source>The report was saved: %1</source>
        <translation>Selvitys tallennettiin: %1</translation>
    </message>
</context>
<context>
    <name>AddWorkerDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Lisää työntekijä</translation>
    </message>
    <message>
        <source>The worker is saved only when the reform is applied.</source>
        <translation>Työntekijä tallennetaan vasta, kun aluejako otetaan käyttöön.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <source>&amp;Capacity (largest caseload)</source>
        <translation>&amp;Kapasiteetti (suurin asiakasmäärä)</translation>
    </message>
</context>
<context>
    <name>AdminFields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
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
        <source>Login</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasiteetti</translation>
    </message>
    <message>
        <source>Phone hours</source>
        <translation>Puhelinaika</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>Käyttäjärooli</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Postal-code district</source>
        <translation>Postinumeroalue</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Sosiaaliohjaaja</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Naapurit</translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>rivit</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>rivi</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ylläpitäjä</translation>
    </message>
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
        <source>(none)</source>
        <translation>(ei ketään)</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
        <extracomment>after any change (tests and the window wait on it)</extracomment>
        <translation>&lt;h2&gt;Ylläpito&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Yksikk&amp;ö</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>K&amp;äyttäjät</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Työntekijät</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Al&amp;ueet</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <source>Printed at the top of every letter, checklist and report.</source>
        <translation>Tulostuu jokaisen kirjeen, tarkistuslistan ja raportin alkuun.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Saa kirjautua</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lisää käyttäjä…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Muuta…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
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
        <source>Phone hours</source>
        <translation>Puhelinaika</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasiteetti</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Viimeinen työpäivä</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation>&amp;Lisää työntekijä…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Tuo tiedo&amp;stosta…</translation>
    </message>
    <message>
        <source>Ser&amp;vice unit:</source>
        <translation>&amp;Palveluyksikkö:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Sosiaaliohjaaja</translation>
    </message>
    <message>
        <source>Postal-code districts</source>
        <translation>Postinumeroalueet</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <source>Change a&amp;rea…</source>
        <translation>&amp;Muuta aluetta…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Division in force: %1 (from %2)</source>
        <translation>Voimassa oleva aluejako: %1 (%2 alkaen)</translation>
    </message>
    <message>
        <source>No area division yet: import one from a file.</source>
        <translation>Aluejakoa ei vielä ole: tuo se tiedostosta.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Taulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import areas</source>
        <translation>Tuo alueet</translation>
    </message>
    <message>
        <source>The division in the file is in force from (D.M.YYYY):</source>
        <translation>Tiedoston aluejako on voimassa alkaen (P.K.VVVV):</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Ei päivämäärä: %1</translation>
    </message>
    <message>
        <source>Recognised columns: %1</source>
        <translation>Tunnistetut sarakkeet: %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ohitetut sarakkeet: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 uutta, %2 muuttunutta, %3 ennallaan.</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Tuo tiedostosta</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and choose it again. Nothing is imported.</source>
        <translation>
            <numerusform>Ongelmia %n: korjaa tiedosto ja valitse se uudelleen. Mitään ei tuotu.</numerusform>
            <numerusform>Ongelmia %n: korjaa tiedosto ja valitse se uudelleen. Mitään ei tuotu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A rule file is broken, so the program cannot make suggestions. Ask the administrator to mend it.

File: %1
Problem: %2</source>
        <translation>Sääntötiedosto on rikki, joten ohjelma ei voi tehdä ehdotuksia. Pyydä pääkäyttäjää korjaamaan se.

Tiedosto: %1
Ongelma: %2</translation>
    </message>
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
    <name>ApplyDialog</name>
    <message>
        <source>Apply the area reform</source>
        <translation>Ota uusi aluejako käyttöön</translation>
    </message>
    <message numerus="yes">
        <source>The new area division is saved as a new version, and an accompanied handover (reason: area reform) is opened for %n client(s) whose named worker changes.</source>
        <translation>
            <numerusform>Uusi aluejako tallennetaan uutena versiona, ja %n asiakkaalle, jonka omatyöntekijä vaihtuu, avataan saattaen vaihtaen -luovutus (syy: aluejaon muutos).</numerusform>
            <numerusform>Uusi aluejako tallennetaan uutena versiona, ja %n asiakkaalle, joiden omatyöntekijä vaihtuu, avataan saattaen vaihtaen -luovutus (syy: aluejaon muutos).</numerusform>
        </translation>
    </message>
    <message>
        <source>New division in &amp;force from</source>
        <translation>Uusi aluejako &amp;voimassa alkaen</translation>
    </message>
    <message>
        <source>Handovers &amp;due by</source>
        <translation>Luovutusten &amp;määräpäivä</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
</context>
<context>
    <name>ApplyFlow</name>
    <message numerus="yes">
        <source>The new area division was saved; %n handover(s) were opened.</source>
        <extracomment>A reform was applied; the argument is the AppliedReform. The user wants these handovers&apos; checklists printed. The user wants the letters of these handovers (the reform just applied) printed.</extracomment>
        <translation>
            <numerusform>Uusi aluejako tallennettiin; avattiin %n luovutus.</numerusform>
            <numerusform>Uusi aluejako tallennettiin; avattiin %n luovutusta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) already had an open handover and got no second one.</source>
        <translation>
            <numerusform>%n asiakkaalla oli jo avoin luovutus, eikä toista avattu.</numerusform>
            <numerusform>%n asiakkaalla oli jo avoin luovutus, eikä toista avattu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print their checklists now?</source>
        <translation>Tulostetaanko niiden tarkistuslistat nyt?</translation>
    </message>
    <message>
        <source>Print the letters of this reform…</source>
        <translation>Tulosta tämän uudistuksen kirjeet…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>Change area</source>
        <translation>Muuta aluetta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>&amp;Sosiaalityöntekijä:</translation>
    </message>
    <message>
        <source>&amp;Counsellor:</source>
        <translation>S&amp;osiaaliohjaaja:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Postinumeroalueet</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Sosiaaliohjaaja</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing handovers</source>
        <translation>Luovutusten tulostus</translation>
    </message>
    <message>
        <source>Reading the open handovers…</source>
        <translation>Luetaan avoimia luovutuksia…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Print the checklists of the open handovers.</source>
        <translation>Tulosta avoimien luovutusten tarkistuslistat.</translation>
    </message>
    <message>
        <source>One &amp;file per handover, into a folder</source>
        <translation>Oma &amp;tiedosto kullekin luovutukselle, kansioon</translation>
    </message>
    <message>
        <source>handovers.pdf</source>
        <translation>luovutukset.pdf</translation>
    </message>
    <message>
        <source>Cancelling after the documents in progress…</source>
        <translation>Perutaan, kun työn alla olevat asiakirjat valmistuvat…</translation>
    </message>
    <message>
        <source>Writing PDF %1 of %2…</source>
        <translation>Kirjoitetaan PDF %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>%n PDF-tiedosto kirjoitettu.</numerusform>
            <numerusform>%n PDF-tiedostoa kirjoitettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 PDF(s) written, %2 failed:
%3</source>
        <translation>%1 PDF-tiedostoa kirjoitettu, %2 epäonnistui:
%3</translation>
    </message>
    <message>
        <source>Printing was cancelled; only complete PDF files are in the folder.</source>
        <translation>Tulostus peruttiin; kansiossa on vain valmiita PDF-tiedostoja.</translation>
    </message>
    <message>
        <source>Printing failed:
%1</source>
        <translation>Tulostus epäonnistui:
%1</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Postinumeroalue</translation>
    </message>
    <message>
        <source>Named worker now</source>
        <translation>Nykyinen omatyöntekijä</translation>
    </message>
    <message>
        <source>New named worker</source>
        <translation>Uusi omatyöntekijä</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <extracomment>What a ticked, noted or completed item shows differently: every role of its row. The user wants item ``key`` in ``state`` (an ItemState value).</extracomment>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <extracomment>Enter or F2 on a row: edit the note of item ``key``.</extracomment>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <source>Space: done or open again · N: not applicable · Enter: note</source>
        <translation>Välilyönti: tehty tai taas auki · N: ei koske · Enter: huomio</translation>
    </message>
</context>
<context>
    <name>ClientController</name>
    <message>
        <source>Not saved</source>
        <extracomment>A client&apos;s record changed (facts, named worker); the argument is its id.</extracomment>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Joku muu muutti tietoja</translation>
    </message>
    <message>
        <source>%1 saved this client at %2, after you opened it. Your change was not saved; the client is shown as it now is.</source>
        <translation>%1 tallensi tämän asiakkaan tiedot %2, sen jälkeen kun avasit ne. Muutostasi ei tallennettu; asiakas näytetään nyt ajantasaisena.</translation>
    </message>
</context>
<context>
    <name>ClientExporter</name>
    <message>
        <source>Export clients</source>
        <extracomment>The text shown when the export ended, success or error (tests wait on it).</extracomment>
        <translation>Vie asiakkaat</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1.</source>
        <translation>
            <numerusform>%n asiakas vietiin tiedostoon %1.</numerusform>
            <numerusform>%n asiakasta vietiin tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Name searches are counted only this far: &quot;more than 1 000&quot; is all a worker needs. The search could not run; the argument says why (already in the user&apos;s language). How many clients match the search (counted once per search, off the UI thread when there is more than a page), and whether the count stopped at COUNT_CAP (then there are more than COUNT_CAP). The deadline badges of the rows shown have arrived.</extracomment>
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
        <source>Deadline</source>
        <translation>Määräaika</translation>
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
    <message>
        <source>over %1 clients</source>
        <translation>yli %1 asiakasta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
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
        <source>Client&apos;s details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Named worker and suggestion</source>
        <translation>Omatyöntekijä ja ehdotus</translation>
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
    <name>DeadlinePage</name>
    <message>
        <source>Deadlines of the service path</source>
        <extracomment>A list was shown; the argument is how many deadlines it has.</extracomment>
        <translation>Palvelupolun määräajat</translation>
    </message>
    <message>
        <source>C&amp;lients of</source>
        <translation>Kenen &amp;asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Määräajat</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Omat asiakkaani</translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation>Koko yksikkö</translation>
    </message>
    <message>
        <source>Near or overdue</source>
        <translation>Lähestyvät tai myöhässä</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Lähestyy</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Kaikki avoimet</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n määräaika</numerusform>
            <numerusform>%n määräaikaa</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadlines could not be listed:
%1</source>
        <translation>Määräaikoja ei voitu listata:
%1</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Pending since</source>
        <translation>Vireillä alkaen</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Lähestyy</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Tehty myöhässä</translation>
    </message>
    <message>
        <source>%1, due %2
%3
Source: %4</source>
        <translation>%1, määräpäivä %2
%3
Lähde: %4</translation>
    </message>
</context>
<context>
    <name>DeadlinesCard</name>
    <message>
        <source>Deadlines</source>
        <extracomment>The user wants to record a new pending matter (application, assessment…).</extracomment>
        <translation>Määräajat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Pending since</source>
        <translation>Vireillä alkaen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;New pending matter…</source>
        <translation>&amp;Uusi vireille tullut asia…</translation>
    </message>
    <message>
        <source>Record an application or another matter and its deadlines</source>
        <translation>Kirjaa hakemus tai muu asia ja sen määräajat</translation>
    </message>
    <message>
        <source>No pending matters with deadlines.</source>
        <translation>Ei vireillä olevia asioita, joilla on määräaika.</translation>
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
        <source>A named worker is not nee&amp;ded</source>
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
    <name>DivisionDialog</name>
    <message>
        <source>Area division</source>
        <translation>Aluejako</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <source>Division in force &amp;on</source>
        <translation>Voimassa ollut aluejako &amp;päivänä</translation>
    </message>
    <message>
        <source>No area division was in force on that date.</source>
        <translation>Päivänä ei ollut voimassa aluejakoa.</translation>
    </message>
    <message>
        <source>%1, in force from %2</source>
        <translation>%1, voimassa %2 alkaen</translation>
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
        <source>F&amp;rom</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <source>Comp&amp;ute</source>
        <translation>&amp;Laske</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie PD&amp;F…</translation>
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
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Named or area clients</source>
        <translation>Omat tai alueen asiakkaat</translation>
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
        <translation>Jakso alkaa päättymisensä jälkeen.</translation>
    </message>
    <message>
        <source>Computing the key figures was cancelled.</source>
        <translation>Tunnuslukujen laskenta peruttiin.</translation>
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
    <name>FilteredListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Enter or a double-click on a row: open client ``id``. Whether the read ``query()`` returns takes a progress callback (work over every client, seconds at county scale): the page then shows counts and a Cancel button. Whether a list was read at all (a page opened before its first read reads now).</extracomment>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Omatyöntekijä – first start</source>
        <translation>Omatyöntekijä – ensimmäinen käynnistys</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tervetuloa&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The database is empty. Tell whose it is: the organisation and the unit are printed on every letter and checklist, the phone, phone hours and e-service tell clients how to reach the unit. You can change them later under Administration.</source>
        <translation>Tietokanta on tyhjä. Kerro, kenen se on: organisaatio ja yksikkö tulostuvat jokaiseen kirjeeseen ja tarkistuslistaan, puhelin, puhelinaika ja sähköinen asiointi kertovat asiakkaille, miten yksikön tavoittaa. Voit muuttaa niitä myöhemmin Ylläpidossa.</translation>
    </message>
    <message>
        <source>You (%1) become the first administrator: you add the users, workers and areas next.</source>
        <translation>Sinusta (%1) tulee ensimmäinen ylläpitäjä: lisäät seuraavaksi käyttäjät, työntekijät ja alueet.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
</context>
<context>
    <name>FrontChart</name>
    <message>
        <source>Trade-off between changes and the largest load</source>
        <translation>Muutosten ja suurimman kuormituksen vaihtosuhde</translation>
    </message>
    <message>
        <source>%1 changes, largest load %2 %</source>
        <translation>%1 vaihtoa, suurin kuormitus %2 %</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valittu: %1</translation>
    </message>
    <message>
        <source>Named-worker changes</source>
        <translation>Omatyöntekijän vaihdot</translation>
    </message>
    <message>
        <source>Largest load</source>
        <translation>Suurin kuormitus</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nyt</translation>
    </message>
    <message>
        <source>Division in force: %1</source>
        <translation>Voimassa oleva aluejako: %1</translation>
    </message>
</context>
<context>
    <name>FrontChooser</name>
    <message>
        <source>Social workers: %1</source>
        <extracomment>The plan of the points chosen, and a note for its summary (a target not met). The social workers&apos; point chosen has no counsellors&apos; front yet: plan it (off the UI thread) and hand it to ``set_counsellor_front``.</extracomment>
        <translation>Sosiaalityöntekijät: %1</translation>
    </message>
    <message>
        <source>Counsellors: %1</source>
        <translation>Sosiaaliohjaajat: %1</translation>
    </message>
</context>
<context>
    <name>FrontSection</name>
    <message>
        <source>Nobody a&amp;bove (of capacity)</source>
        <extracomment>The user clicked (or stepped to) the point of this index. The user set the target, in per cent.</extracomment>
        <translation>Ei kenellekään yl&amp;i (kapasiteetista)</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>Sosiaalityöntekijät</translation>
    </message>
    <message>
        <source>Counsellors</source>
        <translation>Sosiaaliohjaajat</translation>
    </message>
    <message>
        <source>Each point is a plan that no other plan beats in both changes and largest load; click one to see it.</source>
        <translation>Jokainen piste on suunnitelma, jota mikään muu ei voita sekä muutoksissa että suurimmassa kuormituksessa; napsauta pistettä nähdäksesi sen.</translation>
    </message>
    <message>
        <source>The ringed point meets the target (dashed line) with the fewest changes, or is the most even where none meets it.</source>
        <translation>Renkaalla merkitty piste täyttää tavoitteen (katkoviiva) vähimmillä vaihdoilla, tai se on tasaisin, jos mikään ei täytä sitä.</translation>
    </message>
    <message>
        <source>The counsellors&apos; plans give a counsellor to each area of the social workers&apos; plan chosen.</source>
        <translation>Sosiaaliohjaajien suunnitelmat antavat sosiaaliohjaajan jokaiselle valitun sosiaalityöntekijöiden suunnitelman alueelle.</translation>
    </message>
    <message>
        <source>The red square (now) is the division in force: %1 of its clients already have a named social worker other than their area&apos;s, and they count as changes in it too.</source>
        <translation>Punainen neliö (nyt) on voimassa oleva aluejako: siinä %1 asiakkaan omatyöntekijäksi nimetty sosiaalityöntekijä on muu kuin alueen sosiaalityöntekijä, ja nekin lasketaan vaihdoiksi.</translation>
    </message>
    <message>
        <source>Starts from: no saved division</source>
        <translation>Lähtökohta: ei tallennettua aluejakoa</translation>
    </message>
    <message>
        <source>Starts from: the division in force from %1</source>
        <translation>Lähtökohta: aluejako, joka on voimassa %1 alkaen</translation>
    </message>
    <message>
        <source>Starts from: %1, in force from %2</source>
        <translation>Lähtökohta: %1, voimassa %2 alkaen</translation>
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
        <source>Gap list</source>
        <translation>Puutelista</translation>
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
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
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
    <name>HandoverActions</name>
    <message>
        <source>Handovers are being printed; preview again when that is done.</source>
        <extracomment>A handover dialog was opened (tests and the window may follow it). A preview dialog was opened. A batch print was started; the argument is the BatchPrint. The handovers page asks to go back to the client list.</extracomment>
        <translation>Luovutuksia tulostetaan; esikatsele uudelleen, kun tulostus on valmis.</translation>
    </message>
    <message>
        <source>Client letter</source>
        <translation>Asiakaskirje</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Luovutuksen tarkistuslista</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Luovutukset</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover – %1</source>
        <extracomment>The handover was saved (any change); the list behind may refresh. The user asked for a PDF preview: (handover id, &quot;checklist&quot; | &quot;letter&quot;).</extracomment>
        <translation>Luovutus – %1</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Tallenna &amp;tiedot</translation>
    </message>
    <message>
        <source>Note on the selected item; Enter saves it</source>
        <translation>Valitun kohdan huomio; Enter tallentaa</translation>
    </message>
    <message>
        <source>Note on the selected item</source>
        <translation>Valitun kohdan huomio</translation>
    </message>
    <message>
        <source>&amp;Start work</source>
        <translation>&amp;Aloita työ</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Päätä…</translation>
    </message>
    <message>
        <source>S&amp;kip open required items…</source>
        <translation>&amp;Ohita avoimet pakolliset…</translation>
    </message>
    <message>
        <source>Cancel &amp;handover…</source>
        <translation>P&amp;eru luovutus…</translation>
    </message>
    <message>
        <source>Checklist &amp;PDF…</source>
        <translation>Tarkistuslista-PD&amp;F…</translation>
    </message>
    <message>
        <source>Client &amp;letter…</source>
        <translation>Asiakaskir&amp;je…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>&amp;Joint meeting:</source>
        <translation>&amp;Yhteistapaaminen:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomio:</translation>
    </message>
    <message>
        <source>&amp;Checklist (* required) – Space: done · N: not applicable · Enter: note</source>
        <translation>Tar&amp;kistuslista (* pakollinen) – välilyönti: tehty · N: ei koske · Enter: huomio</translation>
    </message>
    <message>
        <source>no named worker</source>
        <translation>ei omatyöntekijää</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1 · checklist %2 / %3 · %4</source>
        <translation>Tila: %1 · tarkistuslista %2 / %3 · %4</translation>
    </message>
    <message>
        <source>Why does the required item “%1” not apply?</source>
        <translation>Miksi pakollinen kohta ”%1” ei koske tätä asiakasta?</translation>
    </message>
    <message numerus="yes">
        <source>The handover cannot be completed: %n required item(s) still open:</source>
        <translation>
            <numerusform>Luovutusta ei voi päättää: %n pakollinen kohta on vielä auki:</numerusform>
            <numerusform>Luovutusta ei voi päättää: %n pakollista kohtaa on vielä auki:</numerusform>
        </translation>
    </message>
    <message>
        <source>Do them, or skip each with a reason (Skip open required items…).</source>
        <translation>Tee ne tai ohita jokainen perustellen (Ohita avoimet pakolliset…).</translation>
    </message>
    <message>
        <source>Completed: %1 is now the named worker.</source>
        <translation>Päätetty: %1 on nyt omatyöntekijä.</translation>
    </message>
    <message>
        <source>Why are the open required items skipped?</source>
        <translation>Miksi avoimet pakolliset kohdat ohitetaan?</translation>
    </message>
    <message>
        <source>Why is the handover cancelled?</source>
        <translation>Miksi luovutus perutaan?</translation>
    </message>
</context>
<context>
    <name>HandoverLabels</name>
    <message>
        <source>Area-division reform</source>
        <translation>Aluejaon uudistus</translation>
    </message>
    <message>
        <source>Worker leaves</source>
        <translation>Työntekijä lähtee</translation>
    </message>
    <message>
        <source>Client moves</source>
        <translation>Asiakas muuttaa</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>Tarpeet muuttuneet</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
</context>
<context>
    <name>HandoverListModel</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Luovuttaja</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, myöhässä</translation>
    </message>
</context>
<context>
    <name>HandoversPage</name>
    <message>
        <source>← Clients</source>
        <extracomment>A handover was chosen (Enter or double-click); the argument is its id. The user asked to print every open handover. The user asked for letters: the ids of the handovers shown, and of those selected. Back to the client list (the button or Esc).</extracomment>
        <translation>← Asiakkaat</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <source>My handovers</source>
        <translation>Omat luovutukset</translation>
    </message>
    <message>
        <source>All handovers</source>
        <translation>Kaikki luovutukset</translation>
    </message>
    <message>
        <source>Whose handovers</source>
        <translation>Kenen luovutukset</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Which handovers</source>
        <translation>Mitkä luovutukset</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Print all open…</source>
        <translation>&amp;Tulosta kaikki avoimet…</translation>
    </message>
    <message>
        <source>Print &amp;letters…</source>
        <translation>T&amp;ulosta kirjeet…</translation>
    </message>
    <message>
        <source>The letters of the handovers shown (or selected), in one go</source>
        <translation>Näytettyjen (tai valittujen) luovutusten kirjeet kerralla</translation>
    </message>
    <message>
        <source>Not yet &amp;informed</source>
        <translation>Ei vie&amp;lä tiedotettu</translation>
    </message>
    <message>
        <source>Only handovers whose item “client informed” is not yet done</source>
        <translation>Vain luovutukset, joiden kohta ”Asiakkaalle kerrottu muutoksesta” ei ole vielä tehty</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n luovutus</numerusform>
            <numerusform>%n luovutusta</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not one of the unit&apos;s workers, so you have no handovers of your own.</source>
        <translation>Et ole yksikön työntekijä, joten sinulla ei ole omia luovutuksia.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <extracomment>The guide&apos;s &quot;## &quot; sections, in the order every language writes them. The page (by its class name) → the guide&apos;s section that explains it.</extracomment>
        <translation>Käyttöopas</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <extracomment>Emitted when a background job has finished and its result is shown (tests wait on it). Emitted after clients were imported, with how many.</extracomment>
        <translation>Tuo asiakkaat</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, as Export writes it</source>
        <translation>CSV- tai Excel-tiedosto (.xlsx) siinä muodossa kuin vienti sen kirjoittaa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be read</source>
        <translation>Tiedoston rivit sellaisina kuin ne luetaan</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Vi&amp;rheet</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Luetaan tietona</translation>
    </message>
    <message>
        <source>C&amp;olumns: recognised and ignored</source>
        <translation>&amp;Sarakkeet: tunnistetut ja ohitetut</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>Pro&amp;fiili:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as profile…</source>
        <translation>Tallenna profiili&amp;ksi…</translation>
    </message>
    <message>
        <source>&amp;Update clients already in the database (by identity code)</source>
        <translation>&amp;Päivitä tietokannassa jo olevat asiakkaat (henkilötunnuksen mukaan)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Tiedoston ensimmäiset rivit</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Taulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message>
        <source>(recognised by their names)</source>
        <translation>(tunnistettu nimistä)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Tallenna profiiliksi</translation>
    </message>
    <message>
        <source>Name of the column profile:</source>
        <translation>Sarakeprofiilin nimi:</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ohitetaan)</translation>
    </message>
    <message>
        <source>Field of the column %1</source>
        <translation>Sarakkeen %1 tieto</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ohitetut sarakkeet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and choose it again. Nothing is imported.</source>
        <translation>
            <numerusform>%n virhe: korjaa tiedosto ja valitse se uudelleen. Mitään ei tuoda.</numerusform>
            <numerusform>%n virhettä: korjaa tiedosto ja valitse se uudelleen. Mitään ei tuoda.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged; %4 in the database but not in the file (they are not removed).</source>
        <translation>%1 uutta, %2 muuttunutta, %3 ennallaan; %4 on tietokannassa mutta ei tiedostossa (niitä ei poisteta).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) can be imported.</source>
        <translation>
            <numerusform>%n asiakas voidaan tuoda.</numerusform>
            <numerusform>%n asiakasta voidaan tuoda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n asiakas tuotiin.</numerusform>
            <numerusform>%n asiakasta tuotiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Peruttu: mitään ei tuotu.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Identity code</source>
        <extracomment>QSettings group of the saved column mappings, one JSON object (header -&gt; field) per name</extracomment>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
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
        <source>Street address</source>
        <translation>Lähiosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Stage of the service path</source>
        <translation>Palvelupolun vaihe</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Named worker&apos;s id</source>
        <translation>Omatyöntekijän tunniste (id)</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Can seek services</source>
        <translation>Pystyy hakemaan palveluja itse</translation>
    </message>
    <message>
        <source>Can act with their network</source>
        <translation>Pystyy toimimaan verkostonsa kanssa</translation>
    </message>
    <message>
        <source>Needs multisectoral coordination</source>
        <translation>Tarvitsee monialaista yhteensovittamista</translation>
    </message>
    <message>
        <source>No suitable service found</source>
        <translation>Sopivaa palvelua ei löydy</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>Kehitysvamma</translation>
    </message>
    <message>
        <source>Asks for a named worker</source>
        <translation>Pyytää omatyöntekijää</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Current worker since</source>
        <translation>Nykyinen työntekijä alkaen</translation>
    </message>
    <message>
        <source>Reason in the life situation</source>
        <translation>Elämäntilanteen peruste</translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>rivit</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>rivi</translation>
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
        <source>Child&apos;s guardian</source>
        <translation>Huoltaja (lapsen)</translation>
    </message>
    <message>
        <source>Appointed guardian</source>
        <translation>Edunvalvoja</translation>
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
    <name>LetterPrint</name>
    <message>
        <source>Printing letters</source>
        <translation>Kirjeiden tulostus</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Luetaan kirjeitä…</translation>
    </message>
    <message>
        <source>Print the letters to the clients of these handovers, each in the client&apos;s language and to whoever acts for the client. Printing ticks each handover&apos;s item “client informed”.</source>
        <translation>Tulosta kirjeet näiden luovutusten asiakkaille, kukin asiakkaan asiointikielellä ja sille, joka toimii asiakkaan puolesta. Tulostus merkitsee kunkin luovutuksen kohdan ”Asiakkaalle kerrottu muutoksesta” tehdyksi.</translation>
    </message>
    <message>
        <source>One &amp;file per client, into a folder</source>
        <translation>Oma &amp;tiedosto kullekin asiakkaalle, kansioon</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>kirjeet.pdf</translation>
    </message>
    <message>
        <source>Letter %1 of %2…</source>
        <translation>Kirje %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed</source>
        <translation>
            <numerusform>%n kirje tulostettu</numerusform>
            <numerusform>%n kirjettä tulostettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“client informed” ticked in %n handover(s).</source>
        <translation>
            <numerusform>kohta ”Asiakkaalle kerrottu muutoksesta” merkitty %n luovutukseen.</numerusform>
            <numerusform>kohta ”Asiakkaalle kerrottu muutoksesta” merkitty %n luovutukseen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) were not printed: the client or a recipient has a non-disclosure mark. Send them through the Digital and Population Data Services Agency (DVV).</source>
        <translation>
            <numerusform>%n kirje jäi tulostamatta: asiakkaalla tai vastaanottajalla on turvakielto. Lähetä se Digi- ja väestötietoviraston (DVV) kautta.</numerusform>
            <numerusform>%n kirjettä jäi tulostamatta: asiakkaalla tai vastaanottajalla on turvakielto. Lähetä ne Digi- ja väestötietoviraston (DVV) kautta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover checklist(s) have no item “client informed”.</source>
        <translation>
            <numerusform>%n luovutuksen tarkistuslistalla ei ole kohtaa ”Asiakkaalle kerrottu muutoksesta”.</numerusform>
            <numerusform>%n luovutuksen tarkistuslistalla ei ole kohtaa ”Asiakkaalle kerrottu muutoksesta”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written or ticked.</source>
        <translation>Tulostus peruttiin; mitään ei kirjoitettu eikä merkitty.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Omatyöntekijä – named workers and handovers</source>
        <extracomment>Settings: no standard key on Windows or X11 (StandardKey.Preferences is empty there).</extracomment>
        <translation>Omatyöntekijä – omatyöntekijät ja saattaen vaihtaminen</translation>
    </message>
    <message>
        <source>&amp;Start handover…</source>
        <translation>Aloita &amp;luovutus…</translation>
    </message>
    <message>
        <source>The client is no longer in the records.</source>
        <translation>Asiakasta ei enää löydy rekisteristä.</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>Avaamisen syy</translation>
    </message>
    <message>
        <source>This client is not yours or in your areas. Why do you open their data? The reason is kept in the access log.</source>
        <translation>Asiakas ei ole omasi eikä alueellasi. Miksi avaat hänen tietonsa? Syy tallennetaan lokiin.</translation>
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
        <translation>Tie&amp;dosto</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>T&amp;uo asiakkaat…</translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation>&amp;Vie asiakkaat…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>Asia&amp;kkaat</translation>
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
        <source>My &amp;deadlines</source>
        <translation>Omat &amp;määräajat</translation>
    </message>
    <message>
        <source>Service-path deadlines near or past their due date</source>
        <translation>Palvelupolun määräajat, jotka lähestyvät tai ovat umpeutuneet</translation>
    </message>
    <message>
        <source>Hand&amp;overs</source>
        <translation>Luo&amp;vutukset</translation>
    </message>
    <message>
        <source>&amp;Users, workers and areas…</source>
        <translation>&amp;Käyttäjät, työntekijät ja alueet…</translation>
    </message>
    <message>
        <source>Show &amp;handovers</source>
        <translation>&amp;Näytä luovutukset</translation>
    </message>
    <message>
        <source>&amp;Print all open handovers…</source>
        <translation>&amp;Tulosta kaikki avoimet luovutukset…</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>T&amp;unnusluvut</translation>
    </message>
    <message>
        <source>Ar&amp;eas</source>
        <translation>Alu&amp;eet</translation>
    </message>
    <message>
        <source>Area &amp;reform…</source>
        <translation>Aluejaon &amp;muutos…</translation>
    </message>
    <message>
        <source>Area &amp;division…</source>
        <translation>Alue&amp;jako…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>&amp;Ylläpito</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>Käyttö&amp;loki…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Oh&amp;je</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
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
    <name>MatterDialog</name>
    <message>
        <source>New pending matter</source>
        <translation>Uusi vireille tullut asia</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Asia</translation>
    </message>
    <message>
        <source>&amp;Pending since</source>
        <translation>&amp;Vireillä alkaen</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Tallenna…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved:
%1</source>
        <translation>PDF-tiedostoa ei voitu tallentaa:
%1</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>Tulostin ei käynnistynyt.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&amp;Social workers</source>
        <extracomment>The tabs of ``PlanView.roles``. The user edited a worker&apos;s capacity on a proposed side: (worker key, capacity).</extracomment>
        <translation>&amp;Sosiaalityöntekijät</translation>
    </message>
    <message>
        <source>Cou&amp;nsellors</source>
        <translation>Sosiaalio&amp;hjaajat</translation>
    </message>
    <message>
        <source>&amp;Apply from date…</source>
        <translation>&amp;Ota käyttöön päivästä…</translation>
    </message>
    <message>
        <source>Clients whose named worker would change</source>
        <translation>Asiakkaat, joiden omatyöntekijä vaihtuisi</translation>
    </message>
    <message>
        <source>Division in force</source>
        <translation>Voimassa oleva aluejako</translation>
    </message>
    <message>
        <source>Proposed division (capacity editable)</source>
        <translation>Ehdotettu aluejako (kapasiteettia voi muuttaa)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) would change their named worker.</source>
        <translation>
            <numerusform>%n asiakkaan omatyöntekijä vaihtuisi.</numerusform>
            <numerusform>%n asiakkaan omatyöntekijä vaihtuisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No division is possible: %1</source>
        <translation>Aluejakoa ei voi tehdä: %1</translation>
    </message>
    <message>
        <source>Counsellors: no plan (%1)</source>
        <translation>Sosiaaliohjaajat: ei suunnitelmaa (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Of them %n with counsellors.</source>
        <translation>
            <numerusform>Niistä %n sosiaaliohjaajien asiakkaita.</numerusform>
            <numerusform>Niistä %n sosiaaliohjaajien asiakkaita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counsellors: %1</source>
        <translation>Sosiaaliohjaajat: %1</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Which handovers</source>
        <translation>Mitkä luovutukset</translation>
    </message>
    <message>
        <source>&amp;All shown (%1)</source>
        <translation>&amp;Kaikki näytetyt (%1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected (%1)</source>
        <translation>Vain &amp;valitut (%1)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>&amp;One combined PDF, ready to print and post</source>
        <translation>&amp;Yksi yhdistetty PDF, valmis tulostettavaksi ja postitettavaksi</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Kansio PDF-tiedostoille</translation>
    </message>
    <message>
        <source>Save the combined PDF</source>
        <translation>Tallenna yhdistetty PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReformPage</name>
    <message>
        <source>Area reform: the division in force and a proposal</source>
        <extracomment>The most of the page&apos;s height the charts get at first (where they need more, they scroll and the plan below keeps the rest). A proposal is shown (after every re-plan that was not cancelled, and every choice). A reform was applied; the argument is the AppliedReform. The user wants these handovers&apos; checklists printed. The user wants the letters of these handovers (the reform just applied) printed.</extracomment>
        <translation>Aluejaon muutos: voimassa oleva aluejako ja ehdotus</translation>
    </message>
    <message>
        <source>Proposed division</source>
        <translation>Ehdotettu aluejako</translation>
    </message>
    <message>
        <source>The reform could not be planned:
%1</source>
        <translation>Aluejaon muutosta ei voitu suunnitella:
%1</translation>
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
        <extracomment>The column with the longest texts: it takes the room left and wraps.</extracomment>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>A new language takes effect when the program is started again.</source>
        <translation>Uusi kieli tulee käyttöön, kun ohjelma käynnistetään uudelleen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the client chosen in a list</source>
        <translation>Avaa listasta valittu asiakas</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Move in the client list while typing a search</source>
        <translation>Liiku asiakaslistassa hakua kirjoittaessa</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + alleviivattu kirjain</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Paina sitä painiketta tai siirry siihen kenttään</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Sarkain / Vaihto+Sarkain</translation>
    </message>
    <message>
        <source>Next / previous field, also out of a reason box</source>
        <translation>Seuraava / edellinen kenttä, myös perustelukentästä pois</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Confirm a dialog from its reason box</source>
        <translation>Vahvista ikkuna perustelukentästä</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <source>Checklist: mark the item done</source>
        <translation>Tarkistuslista: merkitse kohta tehdyksi</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Checklist: mark the item not applicable</source>
        <translation>Tarkistuslista: merkitse, ettei kohta koske</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Näppäin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
</context>
<context>
    <name>StartHandoverDialog</name>
    <message>
        <source>Start handover – %1</source>
        <translation>Aloita luovutus – %1</translation>
    </message>
    <message>
        <source>No named worker yet</source>
        <translation>Ei vielä omatyöntekijää</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Valitse syy…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Named worker now:</source>
        <translation>Omatyöntekijä nyt:</translation>
    </message>
    <message>
        <source>&amp;New worker:</source>
        <translation>&amp;Uusi työntekijä:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>Checklist &amp;template:</source>
        <translation>Tarkistuslistan &amp;pohja:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomio:</translation>
    </message>
    <message>
        <source>Reason for the &amp;choice:</source>
        <translation>Perustelu &amp;valinnalle:</translation>
    </message>
    <message>
        <source>&amp;Start handover</source>
        <translation>&amp;Aloita luovutus</translation>
    </message>
    <message>
        <source>Choose the reason for the handover.</source>
        <translation>Valitse luovutuksen syy.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion: named worker</source>
        <translation>Ehdotus: omatyöntekijä</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Ehdotus: %1</translation>
    </message>
    <message>
        <source>Named worker must be: %1</source>
        <translation>Omatyöntekijän tulee olla: %1</translation>
    </message>
    <message>
        <source>%1 must be: %2</source>
        <translation>%1: ammattinimikkeen tulee olla %2</translation>
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
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>%1 / %2 clients</source>
        <translation>%1 / %2 asiakasta</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <source>The service unit you work in</source>
        <translation>Palveluyksikkö, jossa työskentelet</translation>
    </message>
    <message>
        <source>Service unit</source>
        <translation>Palveluyksikkö</translation>
    </message>
</context>
<context>
    <name>UnitMenu</name>
    <message>
        <source>Service &amp;unit</source>
        <translation>&amp;Palveluyksikkö</translation>
    </message>
</context>
<context>
    <name>UnitSettingsForm</name>
    <message>
        <source>e.g. Keski-Suomen hyvinvointialue</source>
        <translation>esim. Keski-Suomen hyvinvointialue</translation>
    </message>
    <message>
        <source>e.g. Vammaispalvelut, Jyväskylä</source>
        <translation>esim. Vammaispalvelut, Jyväskylä</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9–11</source>
        <translation>esim. ma–pe 9–11</translation>
    </message>
    <message>
        <source>e.g. the address of Polku</source>
        <translation>esim. Polun osoite</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisaatio:</translation>
    </message>
    <message>
        <source>Uni&amp;t:</source>
        <translation>Yks&amp;ikkö:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>Pho&amp;ne hours:</source>
        <translation>Puheli&amp;naika:</translation>
    </message>
    <message>
        <source>E-serv&amp;ice:</source>
        <translation>Sähköinen a&amp;siointi:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Change user</source>
        <translation>Muuta käyttäjää</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Saa kirjautua</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Työntekijä:</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>Pin &amp;district</source>
        <extracomment>Pin the district (postal code) to the worker (key). Release the district&apos;s pin.</extracomment>
        <translation>Kiinnitä postinu&amp;meroalue</translation>
    </message>
    <message>
        <source>to &amp;worker</source>
        <translation>&amp;työntekijälle</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>Kii&amp;nnitä</translation>
    </message>
    <message>
        <source>&amp;Release pin</source>
        <translation>V&amp;apauta</translation>
    </message>
    <message>
        <source>Add wor&amp;ker…</source>
        <translation>&amp;Lisää työntekijä…</translation>
    </message>
    <message>
        <source>Reset what-&amp;ifs</source>
        <translation>&amp;Palauta oletukset</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Suunnitellaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
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
        <source>His&amp;tory</source>
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
        <source>None named yet.</source>
        <translation>Ei vielä nimetty.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>None named.</source>
        <translation>Ei nimetty.</translation>
    </message>
    <message>
        <source>Also reachable through the e-service %1</source>
        <translation>Tavoitettavissa myös sähköisen asioinnin kautta (%1)</translation>
    </message>
    <message>
        <source>&amp;Decide: %1…</source>
        <translation>&amp;Päätä: %1…</translation>
    </message>
    <message>
        <source>Decide in your unit: %1</source>
        <translation>Päätä omassa yksikössäsi: %1</translation>
    </message>
    <message>
        <source>Responsible worker: the first contact in any matter</source>
        <translation>Vastuutyöntekijä: ensimmäinen yhteyshenkilö asiassa kuin asiassa</translation>
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
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Change worker</source>
        <translation>Muuta työntekijää</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Lisää työntekijä</translation>
    </message>
    <message>
        <source>The title as printed on letters; it also tells the role the rules read</source>
        <translation>Nimike sellaisena kuin se tulostuu kirjeisiin; siitä säännöt lukevat myös roolin</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>D.M.YYYY, when leaving</source>
        <translation>P.K.VVVV, kun lähtee</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Nim&amp;ike:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Phone &amp;hours:</source>
        <translation>Puhelin&amp;aika:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Kapasi&amp;teetti:</translation>
    </message>
    <message>
        <source>Last &amp;working day:</source>
        <translation>&amp;Viimeinen työpäivä:</translation>
    </message>
</context>
<context>
    <name>WorkerTableModel</name>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Postinumerot</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasiteetti</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Kuormitus</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(uusi)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Reason for opening</source>
        <translation>Avaamisen syy</translation>
    </message>
</context>
</TS>

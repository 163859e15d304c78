<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Time</source>
        <extracomment>How many clients a cell names before &quot;…&quot;: a search entry may name hundreds.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>appeared in a search</source>
        <translation>syntes i en sökning</translation>
    </message>
    <message>
        <source>opened the record</source>
        <translation>öppnade klientuppgifterna</translation>
    </message>
    <message>
        <source>changed the record</source>
        <translation>ändrade uppgifterna</translation>
    </message>
    <message>
        <source>named-worker decision</source>
        <translation>beslut om egen kontaktperson</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporterade</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerade</translation>
    </message>
    <message>
        <source>read the access log</source>
        <translation>läste åtkomstloggen</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ledande socialarbetare</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>huvudanvändare</translation>
    </message>
    <message>
        <source>access report</source>
        <translation>redogörelse för behandlingen</translation>
    </message>
    <message>
        <source>access list</source>
        <translation>förteckning över behandlingen</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>åtkomstlogg</translation>
    </message>
    <message>
        <source>area-division reform</source>
        <translation>ny områdesindelning</translation>
    </message>
    <message>
        <source>letter to the client</source>
        <translation>brev till klienten</translation>
    </message>
    <message>
        <source>handover checklist</source>
        <translation>checklista för överlämningen</translation>
    </message>
    <message>
        <source>removed client no. %1</source>
        <translation>borttagen klient nr %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>nekad: %1</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Access log</source>
        <extracomment>How many matching clients the chooser offers; a narrower search finds the rest. Emitted when a background job has finished and its result is shown (tests wait on it).</extracomment>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>Client (name or identity code)</source>
        <translation>Klient (namn eller personbeteckning)</translation>
    </message>
    <message>
        <source>User (login)</source>
        <translation>Användare (användarnamn)</translation>
    </message>
    <message>
        <source>Name, identity code or login</source>
        <translation>Namn, personbeteckning eller användarnamn</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;lient</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>F&amp;rån</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Head of the chain</source>
        <translation>Kedjans senaste hash</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>&amp;Hitta</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Sök efter</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Poster i åtkomstloggen</translation>
    </message>
    <message>
        <source>Cop&amp;y head</source>
        <translation>Ko&amp;piera hash</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Skriv ut redo&amp;görelse…</translation>
    </message>
    <message>
        <source>The selected client&apos;s &apos;who has seen my data&apos; report as PDF</source>
        <translation>Den valda klientens redogörelse för vem som sett uppgifterna, som PDF</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Tillb&amp;aka</translation>
    </message>
    <message>
        <source>Type a name or an identity code.</source>
        <translation>Skriv ett namn eller en personbeteckning.</translation>
    </message>
    <message>
        <source>No client matches the search.</source>
        <translation>Ingen klient motsvarar sökningen.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match; choose one from the list.</source>
        <translation>
            <numerusform>%n klient hittades.</numerusform>
            <numerusform>%n klienter hittades; välj en i listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Perioden börjar efter att den slutar.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n entries</source>
        <translation>
            <numerusform>den nyaste %n posten</numerusform>
            <numerusform>de nyaste %n posterna</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the access log…</source>
        <translation>Kontrollerar åtkomstloggen…</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Spara redogörelsen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Skriver ut redogörelsen…</translation>
    </message>
    <message>
        <source>The report was saved: %1</source>
        <translation>Redogörelsen sparades: %1</translation>
    </message>
</context>
<context>
    <name>AddWorkerDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Lägg till handläggare</translation>
    </message>
    <message>
        <source>The worker is saved only when the reform is applied.</source>
        <translation>Handläggaren sparas först när den nya indelningen tas i bruk.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Capacity (largest caseload)</source>
        <translation>&amp;Kapacitet (största antal klienter)</translation>
    </message>
</context>
<context>
    <name>AdminFields</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Phone hours</source>
        <translation>Telefontid</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>Användarroll</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Postal-code district</source>
        <translation>Postnummerområde</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Socialhandledare</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Grannområden</translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>raderna</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>raden</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Socialhandledare</translation>
    </message>
    <message>
        <source>Lead social worker</source>
        <translation>Ledande socialarbetare</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
        <extracomment>after any change (tests and the window wait on it)</extracomment>
        <translation>&lt;h2&gt;Administration&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>En&amp;het</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>Anv&amp;ändare</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>H&amp;andläggare</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Omr&amp;åden</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Printed at the top of every letter, checklist and report.</source>
        <translation>Skrivs ut överst i varje brev, checklista och rapport.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Får logga in</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone hours</source>
        <translation>Telefontid</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation>&amp;Lägg till handläggare…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Importera &amp;från fil…</translation>
    </message>
    <message>
        <source>Ser&amp;vice unit:</source>
        <translation>&amp;Serviceenhet:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Socialhandledare</translation>
    </message>
    <message>
        <source>Postal-code districts</source>
        <translation>Postnummerområden</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Change a&amp;rea…</source>
        <translation>Ä&amp;ndra område…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Division in force: %1 (from %2)</source>
        <translation>Gällande indelning: %1 (från %2)</translation>
    </message>
    <message>
        <source>No area division yet: import one from a file.</source>
        <translation>Ingen områdesindelning ännu: importera en från en fil.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import areas</source>
        <translation>Importera områden</translation>
    </message>
    <message>
        <source>The division in the file is in force from (D.M.YYYY):</source>
        <translation>Indelningen i filen gäller från (D.M.ÅÅÅÅ):</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Inte ett datum: %1</translation>
    </message>
    <message>
        <source>Recognised columns: %1</source>
        <translation>Kända kolumner: %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorerade kolumner: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 nya, %2 ändrade, %3 oförändrade.</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Importera från fil</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and choose it again. Nothing is imported.</source>
        <translation>
            <numerusform>%n problem: rätta filen och välj den igen. Inget importeras.</numerusform>
            <numerusform>%n problem: rätta filen och välj den igen. Inget importeras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A rule file is broken, so the program cannot make suggestions. Ask the administrator to mend it.

File: %1
Problem: %2</source>
        <translation>En regelfil är trasig, så programmet kan inte ge förslag. Be huvudanvändaren att rätta den.

Fil: %1
Problem: %2</translation>
    </message>
    <message>
        <source>Omatyöntekijä</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Databasen kunde inte öppnas:
%1</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply the area reform</source>
        <translation>Ta den nya områdesindelningen i bruk</translation>
    </message>
    <message numerus="yes">
        <source>The new area division is saved as a new version, and an accompanied handover (reason: area reform) is opened for %n client(s) whose named worker changes.</source>
        <translation>
            <numerusform>Den nya områdesindelningen sparas som en ny version, och en överlämning med stöd (orsak: ändrad områdesindelning) öppnas för %n klient vars egen kontaktperson byts.</numerusform>
            <numerusform>Den nya områdesindelningen sparas som en ny version, och en överlämning med stöd (orsak: ändrad områdesindelning) öppnas för %n klienter vars egen kontaktperson byts.</numerusform>
        </translation>
    </message>
    <message>
        <source>New division in &amp;force from</source>
        <translation>Ny indelning &amp;gäller från</translation>
    </message>
    <message>
        <source>Handovers &amp;due by</source>
        <translation>Överlämningarna &amp;klara senast</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ta i bruk</translation>
    </message>
</context>
<context>
    <name>ApplyFlow</name>
    <message numerus="yes">
        <source>The new area division was saved; %n handover(s) were opened.</source>
        <extracomment>A reform was applied; the argument is the AppliedReform. The user wants these handovers&apos; checklists printed. The user wants the letters of these handovers (the reform just applied) printed.</extracomment>
        <translation>
            <numerusform>Den nya områdesindelningen sparades; %n överlämning öppnades.</numerusform>
            <numerusform>Den nya områdesindelningen sparades; %n överlämningar öppnades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) already had an open handover and got no second one.</source>
        <translation>
            <numerusform>%n klient hade redan en öppen överlämning och fick ingen andra.</numerusform>
            <numerusform>%n klienter hade redan en öppen överlämning och fick ingen andra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print their checklists now?</source>
        <translation>Skriva ut deras checklistor nu?</translation>
    </message>
    <message>
        <source>Print the letters of this reform…</source>
        <translation>Skriv ut breven för denna reform…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>Change area</source>
        <translation>Ändra område</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>&amp;Socialarbetare:</translation>
    </message>
    <message>
        <source>&amp;Counsellor:</source>
        <translation>S&amp;ocionom:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Postnummerområden</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Socialhandledare</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing handovers</source>
        <translation>Utskrift av överlämningar</translation>
    </message>
    <message>
        <source>Reading the open handovers…</source>
        <translation>Läser de öppna överlämningarna…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Print the checklists of the open handovers.</source>
        <translation>Skriv ut checklistorna för de öppna överlämningarna.</translation>
    </message>
    <message>
        <source>One &amp;file per handover, into a folder</source>
        <translation>En &amp;fil per överlämning, i en mapp</translation>
    </message>
    <message>
        <source>handovers.pdf</source>
        <translation>overlamningar.pdf</translation>
    </message>
    <message>
        <source>Cancelling after the documents in progress…</source>
        <translation>Avbryter när dokumenten som pågår är klara…</translation>
    </message>
    <message>
        <source>Writing PDF %1 of %2…</source>
        <translation>Skriver PDF %1 av %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>%n PDF-fil skriven.</numerusform>
            <numerusform>%n PDF-filer skrivna.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 PDF(s) written, %2 failed:
%3</source>
        <translation>%1 PDF-filer skrivna, %2 misslyckades:
%3</translation>
    </message>
    <message>
        <source>Printing was cancelled; only complete PDF files are in the folder.</source>
        <translation>Utskriften avbröts; i mappen finns bara färdiga PDF-filer.</translation>
    </message>
    <message>
        <source>Printing failed:
%1</source>
        <translation>Utskriften misslyckades:
%1</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Postnummerområde</translation>
    </message>
    <message>
        <source>Named worker now</source>
        <translation>Nuvarande egen kontaktperson</translation>
    </message>
    <message>
        <source>New named worker</source>
        <translation>Ny egen kontaktperson</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <extracomment>What a ticked, noted or completed item shows differently: every role of its row. The user wants item ``key`` in ``state`` (an ItemState value).</extracomment>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <extracomment>Enter or F2 on a row: edit the note of item ``key``.</extracomment>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Space: done or open again · N: not applicable · Enter: note</source>
        <translation>Mellanslag: klar eller öppen igen · N: gäller inte · Enter: anteckning</translation>
    </message>
</context>
<context>
    <name>ClientController</name>
    <message>
        <source>Not saved</source>
        <extracomment>A client&apos;s record changed (facts, named worker); the argument is its id.</extracomment>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>%1 saved this client at %2, after you opened it. Your change was not saved; the client is shown as it now is.</source>
        <translation>%1 sparade klientens uppgifter %2, efter att du öppnade dem. Din ändring sparades inte; klienten visas nu som den är.</translation>
    </message>
</context>
<context>
    <name>ClientExporter</name>
    <message>
        <source>Export clients</source>
        <extracomment>The text shown when the export ended, success or error (tests wait on it).</extracomment>
        <translation>Exportera klienter</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1.</source>
        <translation>
            <numerusform>%n klient exporterades till %1.</numerusform>
            <numerusform>%n klienter exporterades till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Name searches are counted only this far: &quot;more than 1 000&quot; is all a worker needs. The search could not run; the argument says why (already in the user&apos;s language). How many clients match the search (counted once per search, off the UI thread when there is more than a page), and whether the count stopped at COUNT_CAP (then there are more than COUNT_CAP). The deadline badges of the rows shown have arrived.</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Area worker</source>
        <translation>Områdets handläggare</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>No named worker: the area worker is the contact</source>
        <translation>Ingen egen kontaktperson – kontakten är områdets handläggare</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Search by name or identity code, e.g. “Mäkelä Anna” or “010190-9…”</source>
        <extracomment>A client was chosen (Enter or double-click); the argument is the client&apos;s id.</extracomment>
        <translation>Sök med namn eller personbeteckning, t.ex. ”Mäkelä Anna” eller ”010190-9…”</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>over %1 clients</source>
        <translation>över %1 klienter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klienter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>← Back to list</source>
        <extracomment>The user wants to go back to the list (Esc or the back button).</extracomment>
        <translation>← Tillbaka till listan</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Tillbaka till klientlistan (Esc)</translation>
    </message>
    <message>
        <source>Client&apos;s details</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <source>Named worker and suggestion</source>
        <translation>Egen kontaktperson och förslag</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3 years</source>
        <translation>%1 · född %2 · %3 år</translation>
    </message>
</context>
<context>
    <name>CloseOnesCard</name>
    <message>
        <source>Close ones</source>
        <translation>Närstående och nätverk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No close ones recorded.</source>
        <translation>Inga närstående har registrerats.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>DeadlinePage</name>
    <message>
        <source>Deadlines of the service path</source>
        <extracomment>A list was shown; the argument is how many deadlines it has.</extracomment>
        <translation>Tidsfrister i servicestigen</translation>
    </message>
    <message>
        <source>C&amp;lients of</source>
        <translation>&amp;Klienter till</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tidsfrister</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation>Hela enheten</translation>
    </message>
    <message>
        <source>Near or overdue</source>
        <translation>Nära eller försenade</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Nära</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alla öppna</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n tidsfrist</numerusform>
            <numerusform>%n tidsfrister</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadlines could not be listed:
%1</source>
        <translation>Tidsfristerna kunde inte listas:
%1</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Pending since</source>
        <translation>Anhängigt sedan</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Nära</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Klar för sent</translation>
    </message>
    <message>
        <source>%1, due %2
%3
Source: %4</source>
        <translation>%1, förfaller %2
%3
Källa: %4</translation>
    </message>
</context>
<context>
    <name>DeadlinesCard</name>
    <message>
        <source>Deadlines</source>
        <extracomment>The user wants to record a new pending matter (application, assessment…).</extracomment>
        <translation>Tidsfrister</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Pending since</source>
        <translation>Anhängigt sedan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New pending matter…</source>
        <translation>&amp;Nytt anhängigt ärende…</translation>
    </message>
    <message>
        <source>Record an application or another matter and its deadlines</source>
        <translation>Anteckna en ansökan eller ett annat ärende och dess tidsfrister</translation>
    </message>
    <message>
        <source>No pending matters with deadlines.</source>
        <translation>Inga anhängiga ärenden med tidsfrister.</translation>
    </message>
</context>
<context>
    <name>DesignationDialog</name>
    <message>
        <source>Named worker for %1</source>
        <translation>Egen kontaktperson: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Förslag: %1</translation>
    </message>
    <message>
        <source>&amp;Name a named worker</source>
        <translation>&amp;Utse en egen kontaktperson</translation>
    </message>
    <message>
        <source>A named worker is not nee&amp;ded</source>
        <translation>En egen kontaktperson behövs &amp;inte</translation>
    </message>
    <message>
        <source>Show &amp;all workers, not only the role needed</source>
        <translation>Visa &amp;alla handläggare, inte bara rollen som behövs</translation>
    </message>
    <message>
        <source>Why the decision is what it is</source>
        <translation>Varför beslutet är som det är</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <source>Service path &amp;stage</source>
        <translation>&amp;Skede på servicestigen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>The decision differs from the suggestion: write the reason. It is kept.</source>
        <translation>Beslutet avviker från förslaget: skriv en motivering. Den sparas.</translation>
    </message>
</context>
<context>
    <name>DivisionDialog</name>
    <message>
        <source>Area division</source>
        <translation>Områdesindelning</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Division in force &amp;on</source>
        <translation>Indelning i kraft &amp;den</translation>
    </message>
    <message>
        <source>No area division was in force on that date.</source>
        <translation>Ingen områdesindelning gällde det datumet.</translation>
    </message>
    <message>
        <source>%1, in force from %2</source>
        <translation>%1, i kraft från %2</translation>
    </message>
</context>
<context>
    <name>FactsCard</name>
    <message>
        <source>Facts the suggestion reads</source>
        <extracomment>The user changed a fact; the argument is the whole new ClientFacts.</extracomment>
        <translation>Uppgifter som förslaget bygger på</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Written reason, when the life situation calls for it</source>
        <translation>Skriftlig motivering när livssituationen kräver det</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Key figures and permanence</source>
        <translation>Nyckeltal och kontinuitet</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Comp&amp;ute</source>
        <translation>&amp;Beräkna</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportera C&amp;SV…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Unit or service</source>
        <translation>Serviceenhet eller tjänst</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Named or area clients</source>
        <translation>Egna eller områdets klienter</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Maximiantal</translation>
    </message>
    <message>
        <source>Load %</source>
        <translation>Belastning %</translation>
    </message>
    <message>
        <source>Child-protection children</source>
        <translation>Barn inom barnskyddet</translation>
    </message>
    <message>
        <source>Changes away</source>
        <translation>Byten bort</translation>
    </message>
    <message>
        <source>Changes in</source>
        <translation>Byten hit</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>With named worker</source>
        <translation>Egen kontaktperson utsedd</translation>
    </message>
    <message>
        <source>Needed, none named</source>
        <translation>Behövs, ingen utsedd</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Byten</translation>
    </message>
    <message>
        <source>Clients with a change</source>
        <translation>Klienter med byte</translation>
    </message>
    <message>
        <source>Changes per 100</source>
        <translation>Byten / 100</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Arbetsmängder</translation>
    </message>
    <message>
        <source>Areas and permanence</source>
        <translation>Områden och kontinuitet</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Perioden börjar efter att den slutar.</translation>
    </message>
    <message>
        <source>Computing the key figures was cancelled.</source>
        <translation>Beräkningen av nyckeltalen avbröts.</translation>
    </message>
    <message>
        <source>Child Welfare Act § 13 b: at most %1 children per responsible social worker.</source>
        <translation>Barnskyddslagen 13 b §: högst %1 barn per ansvarig socialarbetare.</translation>
    </message>
    <message>
        <source>The key figures could not be computed:
%1</source>
        <translation>Nyckeltalen kunde inte beräknas:
%1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>Filen kunde inte skrivas:
%1</translation>
    </message>
</context>
<context>
    <name>FilteredListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Enter or a double-click on a row: open client ``id``. Whether the read ``query()`` returns takes a progress callback (work over every client, seconds at county scale): the page then shows counts and a Cancel button. Whether a list was read at all (a page opened before its first read reads now).</extracomment>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Omatyöntekijä – first start</source>
        <translation>Omatyöntekijä – första start</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Välkommen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The database is empty. Tell whose it is: the organisation and the unit are printed on every letter and checklist, the phone, phone hours and e-service tell clients how to reach the unit. You can change them later under Administration.</source>
        <translation>Databasen är tom. Berätta vems den är: organisationen och enheten skrivs ut på varje brev och checklista, telefon, telefontid och e-tjänst berättar för klienterna hur de når enheten. Du kan ändra dem senare under Administration.</translation>
    </message>
    <message>
        <source>You (%1) become the first administrator: you add the users, workers and areas next.</source>
        <translation>Du (%1) blir den första administratören: du lägger sedan till användare, handläggare och områden.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Installera</translation>
    </message>
</context>
<context>
    <name>FrontChart</name>
    <message>
        <source>Trade-off between changes and the largest load</source>
        <translation>Avvägning mellan byten och den största belastningen</translation>
    </message>
    <message>
        <source>%1 changes, largest load %2 %</source>
        <translation>%1 byten, största belastning %2 %</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
    <message>
        <source>Named-worker changes</source>
        <translation>Byten av kontaktperson</translation>
    </message>
    <message>
        <source>Largest load</source>
        <translation>Största belastning</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Division in force: %1</source>
        <translation>Gällande indelning: %1</translation>
    </message>
</context>
<context>
    <name>FrontChooser</name>
    <message>
        <source>Social workers: %1</source>
        <extracomment>The plan of the points chosen, and a note for its summary (a target not met). The social workers&apos; point chosen has no counsellors&apos; front yet: plan it (off the UI thread) and hand it to ``set_counsellor_front``.</extracomment>
        <translation>Socialarbetare: %1</translation>
    </message>
    <message>
        <source>Counsellors: %1</source>
        <translation>Socialhandledare: %1</translation>
    </message>
</context>
<context>
    <name>FrontSection</name>
    <message>
        <source>Nobody a&amp;bove (of capacity)</source>
        <extracomment>The user clicked (or stepped to) the point of this index. The user set the target, in per cent.</extracomment>
        <translation>Ingen ö&amp;ver (av kapaciteten)</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Counsellors</source>
        <translation>Socialhandledare</translation>
    </message>
    <message>
        <source>Each point is a plan that no other plan beats in both changes and largest load; click one to see it.</source>
        <translation>Varje punkt är en plan som ingen annan plan slår i både byten och största belastning; klicka på en för att se den.</translation>
    </message>
    <message>
        <source>The ringed point meets the target (dashed line) with the fewest changes, or is the most even where none meets it.</source>
        <translation>Punkten med en ring når målet (streckad linje) med minst byten, eller är den jämnaste om ingen når det.</translation>
    </message>
    <message>
        <source>The counsellors&apos; plans give a counsellor to each area of the social workers&apos; plan chosen.</source>
        <translation>Socialhandledarnas planer ger varje område i den valda planen för socialarbetare en socialhandledare.</translation>
    </message>
    <message>
        <source>The red square (now) is the division in force: %1 of its clients already have a named social worker other than their area&apos;s, and they count as changes in it too.</source>
        <translation>Den röda kvadraten (nu) är den gällande indelningen: i den har %1 klienter en annan socialarbetare som kontaktperson än områdets, och också de räknas som byten.</translation>
    </message>
    <message>
        <source>Starts from: no saved division</source>
        <translation>Utgår från: ingen sparad indelning</translation>
    </message>
    <message>
        <source>Starts from: the division in force from %1</source>
        <translation>Utgår från: indelningen som gäller från %1</translation>
    </message>
    <message>
        <source>Starts from: %1, in force from %2</source>
        <translation>Utgår från: %1, gäller från %2</translation>
    </message>
</context>
<context>
    <name>GapPage</name>
    <message>
        <source>Gap list: clients who need a named worker</source>
        <extracomment>The number of gaps over the whole unit (unfiltered), when computed.</extracomment>
        <translation>Brister: klienter som behöver en egen kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Omr&amp;åde</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <source>Gap list</source>
        <translation>Bristlista</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alla handläggare</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klienter</numerusform>
        </translation>
    </message>
    <message>
        <source>The gap list could not be made:
%1</source>
        <translation>Bristlistan kunde inte skapas:
%1</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brist</translation>
    </message>
    <message>
        <source>Role needed</source>
        <translation>Roll som behövs</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>No named worker</source>
        <translation>Ingen egen kontaktperson</translation>
    </message>
    <message>
        <source>Role does not meet the need</source>
        <translation>Rollen motsvarar inte behovet</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <source>Handovers are being printed; preview again when that is done.</source>
        <extracomment>A handover dialog was opened (tests and the window may follow it). A preview dialog was opened. A batch print was started; the argument is the BatchPrint. The handovers page asks to go back to the client list.</extracomment>
        <translation>Överlämningar skrivs ut; förhandsgranska igen när det är klart.</translation>
    </message>
    <message>
        <source>Client letter</source>
        <translation>Klientbrev</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Överlämningens checklista</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Överlämningar</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover – %1</source>
        <extracomment>The handover was saved (any change); the list behind may refresh. The user asked for a PDF preview: (handover id, &quot;checklist&quot; | &quot;letter&quot;).</extracomment>
        <translation>Överlämning – %1</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Spara &amp;uppgifter</translation>
    </message>
    <message>
        <source>Note on the selected item; Enter saves it</source>
        <translation>Anteckning för den valda punkten; Enter sparar</translation>
    </message>
    <message>
        <source>Note on the selected item</source>
        <translation>Anteckning för den valda punkten</translation>
    </message>
    <message>
        <source>&amp;Start work</source>
        <translation>&amp;Börja arbetet</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Avsluta…</translation>
    </message>
    <message>
        <source>S&amp;kip open required items…</source>
        <translation>&amp;Hoppa över öppna obligatoriska…</translation>
    </message>
    <message>
        <source>Cancel &amp;handover…</source>
        <translation>A&amp;vbryt överlämningen…</translation>
    </message>
    <message>
        <source>Checklist &amp;PDF…</source>
        <translation>Checklista som PD&amp;F…</translation>
    </message>
    <message>
        <source>Client &amp;letter…</source>
        <translation>K&amp;lientbrev…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Måldatum:</translation>
    </message>
    <message>
        <source>&amp;Joint meeting:</source>
        <translation>&amp;Gemensamt möte:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>&amp;Checklist (* required) – Space: done · N: not applicable · Enter: note</source>
        <translation>&amp;Checklista (* obligatorisk) – mellanslag: klar · N: gäller inte · Enter: anteckning</translation>
    </message>
    <message>
        <source>no named worker</source>
        <translation>ingen egen kontaktperson</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1 · checklist %2 / %3 · %4</source>
        <translation>Status: %1 · checklista %2 / %3 · %4</translation>
    </message>
    <message>
        <source>Why does the required item “%1” not apply?</source>
        <translation>Varför gäller den obligatoriska punkten ”%1” inte?</translation>
    </message>
    <message numerus="yes">
        <source>The handover cannot be completed: %n required item(s) still open:</source>
        <translation>
            <numerusform>Överlämningen kan inte avslutas: %n obligatorisk punkt är ännu öppen:</numerusform>
            <numerusform>Överlämningen kan inte avslutas: %n obligatoriska punkter är ännu öppna:</numerusform>
        </translation>
    </message>
    <message>
        <source>Do them, or skip each with a reason (Skip open required items…).</source>
        <translation>Gör dem eller hoppa över var och en med en motivering (Hoppa över öppna obligatoriska…).</translation>
    </message>
    <message>
        <source>Completed: %1 is now the named worker.</source>
        <translation>Avslutad: %1 är nu egen kontaktperson.</translation>
    </message>
    <message>
        <source>Why are the open required items skipped?</source>
        <translation>Varför hoppas de öppna obligatoriska punkterna över?</translation>
    </message>
    <message>
        <source>Why is the handover cancelled?</source>
        <translation>Varför avbryts överlämningen?</translation>
    </message>
</context>
<context>
    <name>HandoverLabels</name>
    <message>
        <source>Area-division reform</source>
        <translation>Ny områdesindelning</translation>
    </message>
    <message>
        <source>Worker leaves</source>
        <translation>Handläggaren slutar</translation>
    </message>
    <message>
        <source>Client moves</source>
        <translation>Klienten flyttar</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>Behoven har ändrats</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Gäller inte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
</context>
<context>
    <name>HandoverListModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, försenad</translation>
    </message>
</context>
<context>
    <name>HandoversPage</name>
    <message>
        <source>← Clients</source>
        <extracomment>A handover was chosen (Enter or double-click); the argument is its id. The user asked to print every open handover. The user asked for letters: the ids of the handovers shown, and of those selected. Back to the client list (the button or Esc).</extracomment>
        <translation>← Klienter</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Överlämningar</translation>
    </message>
    <message>
        <source>My handovers</source>
        <translation>Mina överlämningar</translation>
    </message>
    <message>
        <source>All handovers</source>
        <translation>Alla överlämningar</translation>
    </message>
    <message>
        <source>Whose handovers</source>
        <translation>Vems överlämningar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Which handovers</source>
        <translation>Vilka överlämningar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Print all open…</source>
        <translation>Skriv &amp;ut alla öppna…</translation>
    </message>
    <message>
        <source>Print &amp;letters…</source>
        <translation>Skriv ut &amp;brev…</translation>
    </message>
    <message>
        <source>The letters of the handovers shown (or selected), in one go</source>
        <translation>Breven för de överlämningar som visas (eller är valda), på en gång</translation>
    </message>
    <message>
        <source>Not yet &amp;informed</source>
        <translation>Ännu inte in&amp;formerade</translation>
    </message>
    <message>
        <source>Only handovers whose item “client informed” is not yet done</source>
        <translation>Bara överlämningar där punkten ”Klienten informerad om bytet” inte är gjord</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n överlämning</numerusform>
            <numerusform>%n överlämningar</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not one of the unit&apos;s workers, so you have no handovers of your own.</source>
        <translation>Du är inte en av enhetens handläggare, så du har inga egna överlämningar.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <extracomment>The guide&apos;s &quot;## &quot; sections, in the order every language writes them. The page (by its class name) → the guide&apos;s section that explains it.</extracomment>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>HistoryCard</name>
    <message>
        <source>Named-worker history</source>
        <translation>Historik över egen kontaktperson</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Suggestion then</source>
        <translation>Förslag då</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <source>Handover #%1</source>
        <translation>Överlämning nr %1</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Inga beslut har antecknats ännu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <extracomment>Emitted when a background job has finished and its result is shown (tests wait on it). Emitted after clients were imported, with how many.</extracomment>
        <translation>Importera klienter</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, as Export writes it</source>
        <translation>En CSV- eller Excel-fil (.xlsx) i den form exporten skriver</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be read</source>
        <translation>Filens rader så som de läses</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Läses som</translation>
    </message>
    <message>
        <source>C&amp;olumns: recognised and ignored</source>
        <translation>K&amp;olumner: kända och ignorerade</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as profile…</source>
        <translation>Spara som pro&amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Update clients already in the database (by identity code)</source>
        <translation>&amp;Uppdatera klienter som redan finns i databasen (enligt personbeteckning)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message>
        <source>(recognised by their names)</source>
        <translation>(kända av sina namn)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Spara som profil</translation>
    </message>
    <message>
        <source>Name of the column profile:</source>
        <translation>Kolumnprofilens namn:</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoreras)</translation>
    </message>
    <message>
        <source>Field of the column %1</source>
        <translation>Fältet för kolumnen %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorerade kolumner: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and choose it again. Nothing is imported.</source>
        <translation>
            <numerusform>%n problem: rätta filen och välj den igen. Ingenting importeras.</numerusform>
            <numerusform>%n problem: rätta filen och välj den igen. Ingenting importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged; %4 in the database but not in the file (they are not removed).</source>
        <translation>%1 nya, %2 ändrade, %3 oförändrade; %4 finns i databasen men inte i filen (de tas inte bort).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) can be imported.</source>
        <translation>
            <numerusform>%n klient kan importeras.</numerusform>
            <numerusform>%n klienter kan importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n klient importerades.</numerusform>
            <numerusform>%n klienter importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Identity code</source>
        <extracomment>QSettings group of the saved column mappings, one JSON object (header -&gt; field) per name</extracomment>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Stage of the service path</source>
        <translation>Skede i servicestigen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Named worker&apos;s id</source>
        <translation>Egen kontaktpersons id</translation>
    </message>
    <message>
        <source>Named worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Can seek services</source>
        <translation>Kan själv söka tjänster</translation>
    </message>
    <message>
        <source>Can act with their network</source>
        <translation>Kan samarbeta med sitt nätverk</translation>
    </message>
    <message>
        <source>Needs multisectoral coordination</source>
        <translation>Behöver sektorsövergripande samordning</translation>
    </message>
    <message>
        <source>No suitable service found</source>
        <translation>Ingen lämplig tjänst hittas</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>Intellektuell funktionsnedsättning</translation>
    </message>
    <message>
        <source>Asks for a named worker</source>
        <translation>Ber om en egen kontaktperson</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Klient sedan</translation>
    </message>
    <message>
        <source>Current worker since</source>
        <translation>Nuvarande arbetare sedan</translation>
    </message>
    <message>
        <source>Reason in the life situation</source>
        <translation>Motivering i livssituationen</translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>raderna</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>raden</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Socialhandledare</translation>
    </message>
    <message>
        <source>Lead social worker</source>
        <translation>Ledande socialarbetare</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Service need assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Service planning</source>
        <translation>Serviceplanering</translation>
    </message>
    <message>
        <source>Child&apos;s guardian</source>
        <translation>Vårdnadshavare (barnets)</translation>
    </message>
    <message>
        <source>Appointed guardian</source>
        <translation>Intressebevakare</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare eller intressebevakare (ej specificerat)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Yrkesperson</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>The identity code is empty.</source>
        <translation>Personbeteckningen saknas.</translation>
    </message>
    <message>
        <source>An identity code has 11 characters (DDMMYYCZZZQ).</source>
        <translation>En personbeteckning har 11 tecken (DDMMÅÅCZZZQ).</translation>
    </message>
    <message>
        <source>The identity code is not of the form DDMMYYCZZZQ with a century sign + - Y X W V U A B C D E F.</source>
        <translation>Personbeteckningen har inte formen DDMMÅÅCZZZQ med skiljetecknet + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The identity code has an impossible birth date.</source>
        <translation>Personbeteckningens födelsedatum är omöjligt.</translation>
    </message>
    <message>
        <source>The individual number of an identity code is 002–999.</source>
        <translation>Personbeteckningens individnummer är 002–999.</translation>
    </message>
    <message>
        <source>The identity code has a birth date in the future.</source>
        <translation>Personbeteckningens födelsedatum ligger i framtiden.</translation>
    </message>
    <message>
        <source>The check character of the identity code is wrong.</source>
        <translation>Personbeteckningens kontrolltecken är fel.</translation>
    </message>
</context>
<context>
    <name>LetterPrint</name>
    <message>
        <source>Printing letters</source>
        <translation>Utskrift av brev</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Läser breven…</translation>
    </message>
    <message>
        <source>Print the letters to the clients of these handovers, each in the client&apos;s language and to whoever acts for the client. Printing ticks each handover&apos;s item “client informed”.</source>
        <translation>Skriv ut breven till klienterna i dessa överlämningar, vart och ett på klientens språk och till den som företräder klienten. Utskriften markerar punkten ”Klienten informerad om bytet” i varje överlämning.</translation>
    </message>
    <message>
        <source>One &amp;file per client, into a folder</source>
        <translation>En &amp;fil per klient, i en mapp</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>brev.pdf</translation>
    </message>
    <message>
        <source>Letter %1 of %2…</source>
        <translation>Brev %1 av %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed</source>
        <translation>
            <numerusform>%n brev utskrivet</numerusform>
            <numerusform>%n brev utskrivna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“client informed” ticked in %n handover(s).</source>
        <translation>
            <numerusform>punkten ”Klienten informerad om bytet” markerad i %n överlämning.</numerusform>
            <numerusform>punkten ”Klienten informerad om bytet” markerad i %n överlämningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) were not printed: the client or a recipient has a non-disclosure mark. Send them through the Digital and Population Data Services Agency (DVV).</source>
        <translation>
            <numerusform>%n brev skrevs inte ut: klienten eller en mottagare har spärrmarkering. Skicka det via Myndigheten för digitalisering och befolkningsdata (DVV).</numerusform>
            <numerusform>%n brev skrevs inte ut: klienten eller en mottagare har spärrmarkering. Skicka dem via Myndigheten för digitalisering och befolkningsdata (DVV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover checklist(s) have no item “client informed”.</source>
        <translation>
            <numerusform>%n överlämnings checklista saknar punkten ”Klienten informerad om bytet”.</numerusform>
            <numerusform>%n överlämningars checklistor saknar punkten ”Klienten informerad om bytet”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written or ticked.</source>
        <translation>Utskriften avbröts; inget skrevs eller markerades.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Omatyöntekijä – named workers and handovers</source>
        <extracomment>Settings: no standard key on Windows or X11 (StandardKey.Preferences is empty there).</extracomment>
        <translation>Omatyöntekijä – egna kontaktpersoner och överlämningar</translation>
    </message>
    <message>
        <source>&amp;Start handover…</source>
        <translation>Påbörja ö&amp;verlämning…</translation>
    </message>
    <message>
        <source>The client is no longer in the records.</source>
        <translation>Klienten finns inte längre i registret.</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>Orsak till öppnandet</translation>
    </message>
    <message>
        <source>This client is not yours or in your areas. Why do you open their data? The reason is kept in the access log.</source>
        <translation>Klienten är inte din och inte i dina områden. Varför öppnar du klientens uppgifter? Orsaken sparas i loggen.</translation>
    </message>
    <message numerus="yes">
        <source>Gap list: %n client(s)</source>
        <translation>
            <numerusform>Brister: %n klient</numerusform>
            <numerusform>Brister: %n klienter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ark&amp;iv</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importera klienter…</translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation>&amp;Exportera klienter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inställ&amp;ningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>Klient&amp;er</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Sök klient</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Tillbaka till listan</translation>
    </message>
    <message>
        <source>&amp;Gap list</source>
        <translation>&amp;Brister</translation>
    </message>
    <message>
        <source>Clients whose suggestion is &apos;needed&apos; but who have no fitting named worker</source>
        <translation>Klienter som föreslås få en egen kontaktperson men saknar en lämplig</translation>
    </message>
    <message>
        <source>My &amp;deadlines</source>
        <translation>Mina tids&amp;frister</translation>
    </message>
    <message>
        <source>Service-path deadlines near or past their due date</source>
        <translation>Tidsfrister i servicestigen som närmar sig eller har gått ut</translation>
    </message>
    <message>
        <source>Hand&amp;overs</source>
        <translation>Överlä&amp;mningar</translation>
    </message>
    <message>
        <source>&amp;Users, workers and areas…</source>
        <translation>&amp;Användare, handläggare och områden…</translation>
    </message>
    <message>
        <source>Show &amp;handovers</source>
        <translation>&amp;Visa överlämningar</translation>
    </message>
    <message>
        <source>&amp;Print all open handovers…</source>
        <translation>Skriv &amp;ut alla öppna överlämningar…</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Nyckeltal</translation>
    </message>
    <message>
        <source>Ar&amp;eas</source>
        <translation>Områ&amp;den</translation>
    </message>
    <message>
        <source>Area &amp;reform…</source>
        <translation>&amp;Ändrad områdesindelning…</translation>
    </message>
    <message>
        <source>Area &amp;division…</source>
        <translation>Områdes&amp;indelning…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Administrati&amp;on</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>Å&amp;tkomstlogg…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>H&amp;jälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>About Omatyöntekijä</source>
        <translation>Om Omatyöntekijä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Omatyöntekijä %1&lt;/h3&gt;&lt;p&gt;Named workers, area divisions and accompanied handovers for social services.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Omatyöntekijä %1&lt;/h3&gt;&lt;p&gt;Egna kontaktpersoner, områdesindelning och överlämning med stöd inom socialservicen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>New pending matter</source>
        <translation>Nytt anhängigt ärende</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>Ä&amp;rende</translation>
    </message>
    <message>
        <source>&amp;Pending since</source>
        <translation>&amp;Anhängigt sedan</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved:
%1</source>
        <translation>PDF-filen kunde inte sparas:
%1</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>Skrivaren kunde inte starta.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&amp;Social workers</source>
        <extracomment>The tabs of ``PlanView.roles``. The user edited a worker&apos;s capacity on a proposed side: (worker key, capacity).</extracomment>
        <translation>So&amp;cialarbetare</translation>
    </message>
    <message>
        <source>Cou&amp;nsellors</source>
        <translation>Socialha&amp;ndledare</translation>
    </message>
    <message>
        <source>&amp;Apply from date…</source>
        <translation>&amp;Ta i bruk från datum…</translation>
    </message>
    <message>
        <source>Clients whose named worker would change</source>
        <translation>Klienter vars egen kontaktperson skulle bytas</translation>
    </message>
    <message>
        <source>Division in force</source>
        <translation>Gällande indelning</translation>
    </message>
    <message>
        <source>Proposed division (capacity editable)</source>
        <translation>Föreslagen indelning (kapaciteten kan ändras)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) would change their named worker.</source>
        <translation>
            <numerusform>%n klient skulle byta egen kontaktperson.</numerusform>
            <numerusform>%n klienter skulle byta egen kontaktperson.</numerusform>
        </translation>
    </message>
    <message>
        <source>No division is possible: %1</source>
        <translation>Ingen indelning är möjlig: %1</translation>
    </message>
    <message>
        <source>Counsellors: no plan (%1)</source>
        <translation>Socialhandledare: ingen plan (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Of them %n with counsellors.</source>
        <translation>
            <numerusform>Av dem %n hos socialhandledare.</numerusform>
            <numerusform>Av dem %n hos socialhandledare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counsellors: %1</source>
        <translation>Socialhandledare: %1</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Which handovers</source>
        <translation>Vilka överlämningar</translation>
    </message>
    <message>
        <source>&amp;All shown (%1)</source>
        <translation>&amp;Alla som visas (%1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected (%1)</source>
        <translation>Bara de &amp;valda (%1)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>&amp;One combined PDF, ready to print and post</source>
        <translation>&amp;En sammanslagen PDF, klar att skriva ut och posta</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
        <source>Save the combined PDF</source>
        <translation>Spara den sammanslagna PDF-filen</translation>
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
        <translation>Ändrad områdesindelning: gällande indelning och ett förslag</translation>
    </message>
    <message>
        <source>Proposed division</source>
        <translation>Föreslagen indelning</translation>
    </message>
    <message>
        <source>The reform could not be planned:
%1</source>
        <translation>Den nya indelningen kunde inte planeras:
%1</translation>
    </message>
</context>
<context>
    <name>ServicePathCard</name>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Klient sedan</translation>
    </message>
    <message>
        <source>Service plan updated</source>
        <translation>Serviceplanen uppdaterad</translation>
    </message>
    <message>
        <source>Next service plan update</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>Special care programme updated</source>
        <translation>Specialomsorgsprogrammet uppdaterat</translation>
    </message>
</context>
<context>
    <name>ServicesCard</name>
    <message>
        <source>Services granted</source>
        <extracomment>The column with the longest texts: it takes the room left and wraps.</extracomment>
        <translation>Beviljad service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service unit</source>
        <translation>Serviceenhet</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>No services granted.</source>
        <translation>Ingen beviljad service.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>A new language takes effect when the program is started again.</source>
        <translation>Det nya språket tas i bruk när programmet startas på nytt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the client chosen in a list</source>
        <translation>Öppna klienten som valts i en lista</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Move in the client list while typing a search</source>
        <translation>Flytta i klientlistan medan du skriver en sökning</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + understruken bokstav</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Tryck på knappen eller gå till fältet</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tabb / Skift+Tabb</translation>
    </message>
    <message>
        <source>Next / previous field, also out of a reason box</source>
        <translation>Nästa / föregående fält, även ut ur en motiveringsruta</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Confirm a dialog from its reason box</source>
        <translation>Bekräfta en dialog från motiveringsrutan</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Checklist: mark the item done</source>
        <translation>Checklista: markera punkten klar</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Checklist: mark the item not applicable</source>
        <translation>Checklista: markera att punkten inte gäller</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tangent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>StartHandoverDialog</name>
    <message>
        <source>Start handover – %1</source>
        <translation>Påbörja överlämning – %1</translation>
    </message>
    <message>
        <source>No named worker yet</source>
        <translation>Ingen egen kontaktperson ännu</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Välj orsak…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Named worker now:</source>
        <translation>Egen kontaktperson nu:</translation>
    </message>
    <message>
        <source>&amp;New worker:</source>
        <translation>&amp;Ny handläggare:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Måldatum:</translation>
    </message>
    <message>
        <source>Checklist &amp;template:</source>
        <translation>&amp;Checklistmall:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ant&amp;eckning:</translation>
    </message>
    <message>
        <source>Reason for the &amp;choice:</source>
        <translation>Motivering till &amp;valet:</translation>
    </message>
    <message>
        <source>&amp;Start handover</source>
        <translation>&amp;Påbörja överlämning</translation>
    </message>
    <message>
        <source>Choose the reason for the handover.</source>
        <translation>Välj orsaken till överlämningen.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion: named worker</source>
        <translation>Förslag: egen kontaktperson</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Förslag: %1</translation>
    </message>
    <message>
        <source>Named worker must be: %1</source>
        <translation>Den egna kontaktpersonen ska vara: %1</translation>
    </message>
    <message>
        <source>%1 must be: %2</source>
        <translation>%1: yrkesbeteckningen ska vara %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>What would decide it</source>
        <translation>Vad som skulle avgöra saken</translation>
    </message>
    <message>
        <source>No rule fired: the worker considers the need.</source>
        <translation>Ingen regel uppfylldes: handläggaren bedömer behovet.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 / %2 clients</source>
        <translation>%1 / %2 klienter</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <source>The service unit you work in</source>
        <translation>Serviceenheten där du arbetar</translation>
    </message>
    <message>
        <source>Service unit</source>
        <translation>Serviceenhet</translation>
    </message>
</context>
<context>
    <name>UnitMenu</name>
    <message>
        <source>Service &amp;unit</source>
        <translation>&amp;Serviceenhet</translation>
    </message>
</context>
<context>
    <name>UnitSettingsForm</name>
    <message>
        <source>e.g. Keski-Suomen hyvinvointialue</source>
        <translation>t.ex. Keski-Suomen hyvinvointialue</translation>
    </message>
    <message>
        <source>e.g. Vammaispalvelut, Jyväskylä</source>
        <translation>t.ex. Funktionshinderservice, Jyväskylä</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9–11</source>
        <translation>t.ex. mån–fre 9–11</translation>
    </message>
    <message>
        <source>e.g. the address of Polku</source>
        <translation>t.ex. Polkus adress</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Uni&amp;t:</source>
        <translation>Enhe&amp;t:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;ress:</translation>
    </message>
    <message>
        <source>Pho&amp;ne hours:</source>
        <translation>Te&amp;lefontid:</translation>
    </message>
    <message>
        <source>E-serv&amp;ice:</source>
        <translation>E-tjä&amp;nst:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Change user</source>
        <translation>Ändra användare</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Får logga in</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>A&amp;nställd:</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>Pin &amp;district</source>
        <extracomment>Pin the district (postal code) to the worker (key). Release the district&apos;s pin.</extracomment>
        <translation>&amp;Lås postnummerområde</translation>
    </message>
    <message>
        <source>to &amp;worker</source>
        <translation>till &amp;handläggare</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>L&amp;ås</translation>
    </message>
    <message>
        <source>&amp;Release pin</source>
        <translation>&amp;Frigör</translation>
    </message>
    <message>
        <source>Add wor&amp;ker…</source>
        <translation>Lägg till handlägg&amp;are…</translation>
    </message>
    <message>
        <source>Reset what-&amp;ifs</source>
        <translation>Åter&amp;ställ</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>WorkerCard</name>
    <message>
        <source>Named worker</source>
        <extracomment>The user wants to decide the named worker. The user wants to see (or hide) the history of decisions.</extracomment>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Decide named worker…</source>
        <translation>&amp;Besluta om egen kontaktperson…</translation>
    </message>
    <message>
        <source>Name a named worker or record that none is needed</source>
        <translation>Utse en egen kontaktperson eller anteckna att ingen behövs</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Show the decisions made for the client</source>
        <translation>Visa besluten om klienten</translation>
    </message>
    <message>
        <source>No named worker: the area worker is the contact</source>
        <translation>Ingen egen kontaktperson – kontakten är områdets handläggare</translation>
    </message>
    <message>
        <source>The client&apos;s postal code is in no area.</source>
        <translation>Klientens postnummer hör inte till något område.</translation>
    </message>
    <message>
        <source>None named yet.</source>
        <translation>Ingen utsedd ännu.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>None named.</source>
        <translation>Ingen utsedd.</translation>
    </message>
    <message>
        <source>Also reachable through the e-service %1</source>
        <translation>Nås även via e-tjänsten %1</translation>
    </message>
    <message>
        <source>&amp;Decide: %1…</source>
        <translation>&amp;Besluta: %1…</translation>
    </message>
    <message>
        <source>Decide in your unit: %1</source>
        <translation>Besluta i din enhet: %1</translation>
    </message>
    <message>
        <source>Responsible worker: the first contact in any matter</source>
        <translation>Ansvarig handläggare: den första kontakten i alla ärenden</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Change worker</source>
        <translation>Ändra handläggare</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Lägg till handläggare</translation>
    </message>
    <message>
        <source>The title as printed on letters; it also tells the role the rules read</source>
        <translation>Titeln som den skrivs ut i brev; reglerna läser också rollen av den</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>D.M.YYYY, when leaving</source>
        <translation>D.M.ÅÅÅÅ, vid avgång</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Phone &amp;hours:</source>
        <translation>Te&amp;lefontid:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>Last &amp;working day:</source>
        <translation>Sista a&amp;rbetsdag:</translation>
    </message>
</context>
<context>
    <name>WorkerTableModel</name>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Belastning</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Reason for opening</source>
        <translation>Orsak till öppnandet</translation>
    </message>
</context>
</TS>

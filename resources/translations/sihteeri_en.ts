<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fi_FI">
  <context>
    <name>AbsenceDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="324" />
      <source>Tilapäinen poissaolo – {name}</source>
      <translation>Temporary absence – {name}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="328" />
      <source>{n} §:n jälkeen</source>
      <translation>after § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="329" />
      <source>{n} §:n alussa</source>
      <translation>at the start of § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="335" />
      <source>Poistui</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="336" />
      <source>Palasi</source>
      <translation>Came back</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="340" />
      <source>klo</source>
      <translation>at</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="345" />
      <source>Hän ei ole läsnä eikä osallistu päätöksentekoon niissä pykälissä, jotka käsitellään poistumisen ja paluun välillä. Esteellisyys merkitään asian kohdalla, ei tässä.</source>
      <translation>They are not present and take no part in the decisions of the sections handled between leaving and coming back. A disqualification is recorded at the item, not here.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="353" />
      <source>Tallenna</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="357" />
      <source>Kokouksessa ei ole pykäliä.</source>
      <translation>The meeting has no sections.</translation>
    </message>
  </context>
  <context>
    <name>AbsenceRemovalDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="375" />
      <source>Poista poissaolo – {name}</source>
      <translation>Remove absence – {name}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="377" />
      <location filename="../../gui/conduct_dialogs.py" line="379" />
      <source>Poissaolo</source>
      <translation>Absence</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="382" />
      <source>Poista</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="385" />
      <source>Valitse poissaolo.</source>
      <translation>Choose the absence.</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="116" />
      <source>Uusi sopimus</source>
      <translation>New agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="116" />
      <source>Sopimuksen tiedot</source>
      <translation>Agreement details</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="119" />
      <source>Lomakkeelle palautettiin tiedot, jotka olivat kesken, kun Sihteeri sulkeutui edellisellä kerralla. Tarkista ne; OK tallentaa ne, Peruuta hylkää ne.</source>
      <translation>The details that were unfinished when Sihteeri closed last time have been restored to the form. Check them; OK saves them, Cancel discards them.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="127" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="129" />
      <source>esim. yhteistoimintasopimuksen … (”hyväksyy …”)</source>
      <translation>e.g. the cooperation agreement … (”approves …”)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="130" />
      <source>Nimi genetiivissä</source>
      <translation>Name in the genitive (Finnish)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="132" />
      <source>Yhteistoimintasopimus</source>
      <translation>Cooperation agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="133" />
      <source>Yhteistyösopimus</source>
      <translation>Collaboration agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="134" />
      <source>Yhteistyöpöytäkirja</source>
      <translation>Cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="135" />
      <source>Muu sopimus</source>
      <translation>Other agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="137" />
      <source>Laji</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="146" />
      <source>Sopimuskausi</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="147" />
      <source>(ei valittu)</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="150" />
      <source>Koordinoi</source>
      <translation>Coordinator</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="152" />
      <source>Kun kaikki osapuolet ovat hyväksyneet</source>
      <translation>When every party has approved</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="153" />
      <source>Kun kaikki ovat hyväksyneet ja allekirjoittaneet</source>
      <translation>When every party has approved and signed</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="154" />
      <source>Kun nimetyt osapuolet ovat hyväksyneet</source>
      <translation>When the named parties have approved</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="156" />
      <source>Voimaantulo</source>
      <translation>Entry into force</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="158" />
      <source>Asukasluvun mukaan</source>
      <translation>By population</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="159" />
      <source>Tasan</source>
      <translation>Equally</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="160" />
      <source>Kiinteillä osuuksilla</source>
      <translation>In fixed shares</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="162" />
      <source>Kustannusten jako</source>
      <translation>Cost split</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="165" />
      <location filename="../../gui/agreement_edit.py" line="306" />
      <source>Asukasluvun ajankohta</source>
      <translation>Population reference date</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="168" />
      <location filename="../../gui/agreement_edit.py" line="173" />
      <source>Kuvaus</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="170" />
      <source>Vuotuiset kustannukset</source>
      <translation>Annual costs</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="173" />
      <source>Euroa</source>
      <translation>Euros</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="173" />
      <source>Vuosi (tyhjä: joka vuosi)</source>
      <translation>Year (empty: every year)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="182" />
      <source>Lisää kustannuserä</source>
      <translation>Add cost line</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="184" />
      <source>Poista kustannuserä</source>
      <translation>Remove cost line</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="281" />
      <source>Kustannuserältä {0} puuttuu kuvaus.</source>
      <translation>Cost item {0} has no description.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="286" />
      <source>Kustannuserä {row}, vuosi: {problem}</source>
      <translation>Cost item {row}, year: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="287" />
      <source>”{text}” ei ole vuosiluku.</source>
      <translation>“{text}” is not a year.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="292" />
      <source>Kustannuserä {row}, euroa: {problem}</source>
      <translation>Cost item {row}, euros: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="301" />
      <source>Sopimuskauden alku</source>
      <translation>Start of the agreement term</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="302" />
      <source>Sopimuskauden loppu</source>
      <translation>End of the agreement term</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="319" />
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="328" />
      <source>Anna sopimukselle nimi.</source>
      <translation>Give the agreement a name.</translation>
    </message>
  </context>
  <context>
    <name>AgreementListModel</name>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Sopimus</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Puuttuu</source>
      <translation>Missing</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Voimaantulo</source>
      <translation>Entry into force</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Laji</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Kausi</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Koordinoi</source>
      <translation>Coordinator</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="121" />
      <source>Yhteistoimintasopimus</source>
      <translation>Cooperation agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="122" />
      <source>Yhteistyösopimus</source>
      <translation>Collaboration agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="123" />
      <source>Yhteistyöpöytäkirja</source>
      <translation>Cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="124" />
      <source>Muu sopimus</source>
      <translation>Other agreement</translation>
    </message>
  </context>
  <context>
    <name>AgreementRegisterWindow</name>
    <message>
      <location filename="../../gui/agreements.py" line="225" />
      <location filename="../../gui/agreements.py" line="319" />
      <location filename="../../gui/agreements.py" line="378" />
      <source>Sopimukset</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="260" />
      <source>Tallennettu {0}</source>
      <translation>Saved {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="265" />
      <source>Päivitä</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="268" />
      <source>Tulosta hyväksymistilanne…</source>
      <translation>Print approval status…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="271" />
      <source>Linkitä pykälä…</source>
      <translation>Link section…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="273" />
      <source>Poista pykälän linkitys</source>
      <translation>Unlink section</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="275" />
      <source>Kirjaa otteen lähetys…</source>
      <translation>Record excerpt sent…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="277" />
      <source>Tallenna oma pöytäkirjanote…</source>
      <translation>Save own minutes excerpt…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="279" />
      <source>Uusi sopimus…</source>
      <translation>New agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="282" />
      <source>Sopimuksen tiedot…</source>
      <translation>Agreement details…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="284" />
      <source>Lisää osapuoli…</source>
      <translation>Add party…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="286" />
      <location filename="../../gui/agreements.py" line="866" />
      <source>Poista osapuoli</source>
      <translation>Remove party</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="289" />
      <source>Siirrä osapuolta ylös</source>
      <translation>Move party up</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="292" />
      <source>Siirrä osapuolta alas</source>
      <translation>Move party down</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="295" />
      <source>Päätä sopimus…</source>
      <translation>End agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="297" />
      <source>Poista sopimus…</source>
      <translation>Remove agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="303" />
      <source>Kumoa</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="305" />
      <source>Tee uudelleen</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="307" />
      <source>&amp;Sopimus</source>
      <translation>&amp;Agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="311" />
      <source>&amp;Muokkaa</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="314" />
      <source>&amp;Osapuoli</source>
      <translation>&amp;Party</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="350" />
      <source>Hae nimellä, osapuolella tai koordinoijalla</source>
      <translation>Search by name, party or coordinator</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="352" />
      <source>Hae sopimuksia</source>
      <translation>Search agreements</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="356" />
      <source>Kaikki tilat</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="358" />
      <source>Valmistelussa</source>
      <translation>In preparation</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="359" />
      <source>Odottaa hyväksyntöjä</source>
      <translation>Awaiting approvals</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="360" />
      <source>Voimassa</source>
      <translation>In force</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="361" />
      <source>Päättynyt</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="362" />
      <source>Irtisanottu</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="366" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="369" />
      <source>Kaikki lajit</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="373" />
      <source>Laji</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="391" />
      <source>Sopimusrekisteri</source>
      <translation>Agreement register</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="392" />
      <location filename="../../gui/agreements.py" line="425" />
      <source>Muistutukset</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="399" />
      <source>Päivä</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="404" />
      <source>Päättämättä määräpäivään</source>
      <translation>Undecided by the due date</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="413" />
      <source>Sopimuskausi päättyy</source>
      <translation>Term ends</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="417" />
      <source> päivän kuluessa</source>
      <translation> days ahead</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="419" />
      <source>Näytä muistutukset</source>
      <translation>Show reminders</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="453" />
      <source>Osapuolet</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="464" />
      <source>Hyväksymistilanne</source>
      <translation>Approval status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="471" />
      <source>Vuosi</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="474" />
      <source>Sopimuksessa on vain tiettyjen vuosien kustannuseriä: osuudet näytetään vuosi kerrallaan (vuotuiset erät ja vuoden omat erät).</source>
      <translation>The agreement has cost items for single years: the shares are shown one year at a time (the annual items and the year's own items).</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="483" />
      <source>Kustannukset</source>
      <translation>Costs</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="493" />
      <source>Kustannusosuudet</source>
      <translation>Cost shares</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="538" />
      <source>Haetaan sopimuksia…</source>
      <translation>Loading agreements…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="573" />
      <source>Haetaan sopimusta…</source>
      <translation>Loading the agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="605" />
      <source>Ei sopimuksia</source>
      <translation>No agreements</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="620" />
      <source>kausi {0}</source>
      <translation>term {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="621" />
      <source>koordinoi {0}</source>
      <translation>coordinated by {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="624" />
      <source>Voimaantulo: {0}</source>
      <translation>Entry into force: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="625" />
      <source>Tila: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="628" />
      <source>Hyväksytty muutoksin: {0}.</source>
      <translation>Approved with changes: {0}.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="631" />
      <source>Sopimuksella ei ole vielä osapuolia (Osapuoli → Lisää osapuoli…).</source>
      <translation>The agreement has no parties yet (Party → Add party…).</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="633" />
      <source>Yhtäkään osapuolta ei ole merkitty edellytetyksi: merkitse sarakkeeseen Edellytetään osapuolet, joiden hyväksyntä tarvitaan.</source>
      <translation>No party is marked as required: tick, in the column Required, the parties whose approval is needed.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="635" />
      <source>Kaikki edellytetyt hyväksynnät ovat koossa.</source>
      <translation>All required approvals are in.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="645" />
      <source>Kustannukset jaetaan {0}.</source>
      <translation>Costs are split {0}.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="647" />
      <source>Sopimukseen ei ole merkitty kustannuksia.</source>
      <translation>No costs are recorded for the agreement.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="700" />
      <source>muutos ({party})</source>
      <translation>change ({party})</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="715" />
      <location filename="../../gui/agreements.py" line="744" />
      <location filename="../../gui/agreements.py" line="894" />
      <source>Tallennetaan…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="769" />
      <location filename="../../gui/agreements.py" line="842" />
      <source>Haetaan…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="825" />
      <source>Tallennetaan sopimusta…</source>
      <translation>Saving the agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="857" />
      <source>Lisätään osapuolta…</source>
      <translation>Adding the party…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="867" />
      <source>Poistetaanko {0} sopimuksen osapuolista? Osapuolen päätöstiedot poistuvat, eikä poistoa voi kumota.</source>
      <translation>Remove {0} from the agreement's parties? The party's decision details are removed, and the removal cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="871" />
      <source>Poistetaan osapuolta…</source>
      <translation>Removing the party…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="880" />
      <source>Siirretään osapuolta…</source>
      <translation>Moving the party…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="902" />
      <source>Poista sopimus</source>
      <translation>Remove agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="903" />
      <source>Poistetaanko sopimus ”{0}” osapuolineen ja kustannuserineen? Poistaa voi vain sopimuksen, jota mikään pykälä ei koske ja josta ei ole kirjattu päätöksiä, otteita eikä allekirjoituksia. Poistoa ei voi kumota.</source>
      <translation>Remove the agreement “{0}” with its parties and cost items? Only an agreement no § concerns and with no decisions, excerpts or signatures recorded can be removed. The removal cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="909" />
      <source>Poistetaan sopimusta…</source>
      <translation>Removing the agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="927" />
      <source>Osapuolen {0} toimielinten pykäliä ei ole tässä tietokannassa; kirjaa päätös osapuolen otteelta.</source>
      <translation>The sections of {0}'s bodies are not in this database; record the decision from the party's excerpt.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="934" />
      <source>Haetaan pykäliä…</source>
      <translation>Loading sections…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="941" />
      <source>Linkitetään…</source>
      <translation>Linking…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="951" />
      <source>Poistetaan linkitys…</source>
      <translation>Unlinking…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="962" />
      <source>Kirjataan…</source>
      <translation>Recording…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="970" />
      <source>Tallenna hyväksymistilanne</source>
      <translation>Save approval status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="971" />
      <location filename="../../gui/agreements.py" line="999" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="991" />
      <source>Tulostetaan…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="998" />
      <source>Tallenna pöytäkirjanote osapuolille</source>
      <translation>Save minutes excerpt for the parties</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1012" />
      <source>Sopimukseen ei ole linkitetty omaa päätöstä (kotiorganisaation pykälää), josta ote annettaisiin.</source>
      <translation>No own decision (a section of the home organisation) is linked to the agreement to give an excerpt of.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1025" />
      <source>Tulostetaan otetta…</source>
      <translation>Printing the excerpt…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1048" />
      <source>Ei muistutuksia.</source>
      <translation>No reminders.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1051" />
      <source>Haetaan muistutuksia…</source>
      <translation>Loading reminders…</translation>
    </message>
  </context>
  <context>
    <name>ApprovalMatrixModel</name>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="75" />
      <source>Asukasluku ”{text}” ei ole positiivinen kokonaisluku (esim. 2 846).</source>
      <translation>The population “{text}” is not a positive whole number (e.g. 2 846).</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="96" />
      <source>”{text}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 3.11.2025.</source>
      <translation>“{text}” is not a date. Write the date as 3.11.2025.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="113" />
      <source>”{text}” ei ole prosenttiluku.</source>
      <translation>“{text}” is not a percentage.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="141" />
      <source>Osapuoli</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="142" />
      <source>Edellytetään</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="143" />
      <source>Päättävä toimielin</source>
      <translation>Deciding body</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="144" />
      <source>Päätöksen tila</source>
      <translation>Decision status</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="145" />
      <source>Päättänyt toimielin</source>
      <translation>Body that decided</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="146" />
      <source>Päätöspäivä</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="147" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="148" />
      <source>Osapuolen Dnro</source>
      <translation>Party's diary no.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="149" />
      <source>Ote saapunut</source>
      <translation>Excerpt received</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="150" />
      <source>Allekirjoittaja</source>
      <translation>Signatory</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="151" />
      <source>Allekirjoitettu</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="152" />
      <source>Oma ote lähetetty</source>
      <translation>Own excerpt sent</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="153" />
      <source>Päätettävä viimeistään</source>
      <translation>Decide by</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="154" />
      <source>Kiinteä osuus %</source>
      <translation>Fixed share %</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="155" />
      <source>Asukasluku</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="158" />
      <source>Ei käsitelty</source>
      <translation>Not handled</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="159" />
      <source>Esityslistalla</source>
      <translation>On the agenda</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="160" />
      <source>Hyväksytty</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="161" />
      <source>Hyväksytty muutoksin</source>
      <translation>Approved with changes</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="162" />
      <source>Hylätty</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="163" />
      <source>Palautettu valmisteluun</source>
      <translation>Returned for preparation</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="166" />
      <source>kirjeellä</source>
      <translation>by letter</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="167" />
      <source>sähköisesti</source>
      <translation>electronically</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="168" />
      <source>saantitodistuksella</source>
      <translation>with acknowledgement of receipt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="169" />
      <source>henkilökohtaisesti</source>
      <translation>in person</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="246" />
      <source>Käsitelty, pöytäkirja tarkastamatta</source>
      <translation>Handled, minutes not checked</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="284" />
      <source>Päätös on tämän tietokannan pykälä: {0}</source>
      <translation>The decision is a section in this database: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="286" />
      <source>. Päätös syntyy, kun pöytäkirja on tarkastettu; siihen asti osapuoli odottaa.</source>
      <translation>. The decision exists once the minutes are checked; until then the party is awaited.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="289" />
      <source>Saantitodistuksella lähetetty ote katsotaan tiedoksi saaduksi saantitodistukseen merkittynä päivänä. Sihteeri ei tallenna sitä päivää, joten tiedoksisaantipäivää ja muutoksenhakuajan päättymistä ei näytetä: katso ne saantitodistuksesta.</source>
      <translation>An excerpt sent with acknowledgement of receipt counts as notified on the date on the receipt. Sihteeri does not store that date, so the notification date and the end of the appeal period are not shown: see them on the receipt.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="293" />
      <source>Tiedoksisaantipäivä {0}</source>
      <translation>Notified on {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="295" />
      <source>; muutoksenhakuaika päättyy {0}</source>
      <translation>; appeal period ends {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="298" />
      <source>Asukasluku sopimuksen asukaslukujen ajankohtana; kustannukset jaetaan näiden suhteessa, kun jakoperuste on asukasluku.</source>
      <translation>The population at the agreement's reference date; costs are split in proportion to these when the basis is population.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="301" />
      <source>Kursiivilla oleva luku on organisaation perustiedoista (sama päivämäärä); solun tyhjentäminen ei poista sitä, mutta kirjoitettu luku korvaa sen.</source>
      <translation>A figure in italics comes from the organisation's basic data (same date); clearing the cell does not remove it, but a figure typed in replaces it.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="305" />
      <source>Voimaantulosääntö edellyttää kaikkien osapuolten hyväksynnän.</source>
      <translation>The entry-into-force rule requires every party's approval.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="48" />
      <source>Jäsen</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="49" />
      <source>Puheenjohtaja</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="50" />
      <source>Varajäsen</source>
      <translation>Deputy member</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="51" />
      <source>Esittelijä</source>
      <translation>Presenter</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="52" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Minutes secretary</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="53" />
      <source>Kunnanhallituksen edustaja</source>
      <translation>Representative of the municipal executive</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="54" />
      <source>Asiantuntija</source>
      <translation>Expert</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="55" />
      <source>Muu</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="217" />
      <source>Läsnäolo</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="217" />
      <source>Lisää läsnäolija</source>
      <translation>Add attendee</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="225" />
      <source>esim. kunnanhallituksen edustaja</source>
      <translation>e.g. representative of the executive</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="226" />
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="227" />
      <source>Läsnä kokouksessa</source>
      <translation>Present at the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="231" />
      <source>kokouksen alusta</source>
      <translation>from the start of the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="232" />
      <source>kokouksen loppuun</source>
      <translation>to the end of the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="234" />
      <source>{n} §:n alussa</source>
      <translation>at the start of § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="235" />
      <source>{n} §:n jälkeen</source>
      <translation>after § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="236" />
      <source>Henkilö</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="237" />
      <source>Rooli</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="238" />
      <source>Roolin teksti</source>
      <translation>Role text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="239" />
      <source>Varajäsenenä jäsenen</source>
      <translation>Deputy for the member</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="245" />
      <location filename="../../gui/conduct_dialogs.py" line="249" />
      <source>klo</source>
      <translation>at</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="251" />
      <source>Saapui</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="252" />
      <source>Poistui</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="255" />
      <source>Tallenna</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="275" />
      <source>Valitse henkilö.</source>
      <translation>Choose a person.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../gui/conduct_models.py" line="46" />
      <source>{left} §:n jälkeen – {returned} §:n alkuun</source>
      <translation>after § {left} – until the start of § {returned}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="52" />
      <source>{absence} (klo {times})</source>
      <translation>{absence} (at {times})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="99" />
      <source>jäsen</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="100" />
      <source>varajäsen</source>
      <translation>deputy member</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="101" />
      <source>puheenjohtaja</source>
      <translation>chair</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="102" />
      <source>esittelijä</source>
      <translation>presenter</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="103" />
      <source>pöytäkirjanpitäjä</source>
      <translation>minutes secretary</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="104" />
      <source>kunnanhallituksen edustaja</source>
      <translation>representative of the municipal executive</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="105" />
      <source>asiantuntija</source>
      <translation>expert</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="114" />
      <source>varajäsen ({name})</source>
      <translation>deputy ({name})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="165" />
      <source>{section} § (klo {time})</source>
      <translation>§ {section} (at {time})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="210" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="211" />
      <source>Rooli</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="212" />
      <source>Läsnä</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="213" />
      <source>Saapui §</source>
      <translation>Arrived §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="214" />
      <source>Poistui § jälkeen</source>
      <translation>Left after §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="215" />
      <source>Tilapäisesti poissa</source>
      <translation>Away for a while</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="570" />
      <location filename="../../gui/main_window.py" line="1001" />
      <source>Otetaan varmuuskopiota…</source>
      <translation>Taking a backup…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="599" />
      <source>Sulkemisen yhteydessä ei saatu varmuuskopiota: {problems}

Tallennetut tiedot ovat tallessa tietokannassa. Ota varmuuskopio (Tiedosto → Varmuuskopiot), kun kansio on taas käytettävissä.</source>
      <translation>No backup could be taken on closing: {problems}

The saved data is safe in the database. Take a backup (File → Backups) once the folder can be used again.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="200" />
      <source>Varmuuskopiot</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="207" />
      <source>Vaihda kansio…</source>
      <translation>Change folder…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="208" />
      <source>Toinen kansio…</source>
      <translation>Second folder…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="209" />
      <source>Ei toista kansiota</source>
      <translation>No second folder</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="229" />
      <source>Ota varmuuskopio nyt</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="230" />
      <source>Tarkista</source>
      <translation>Verify</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="231" />
      <source>Palauta…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="232" />
      <source>Sulje</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="295" />
      <source>Varmuuskopiot ovat kansiossa {folder}.</source>
      <translation>Backups are in the folder {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="297" />
      <source>Toinen kopio: {folder}.</source>
      <translation>Second copy: {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="299" />
      <source>Toista kansiota (verkkolevy tai muistitikku) ei ole valittu.</source>
      <translation>No second folder (network drive or USB stick) is chosen.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="308" />
      <source>Varmuuskopioiden kansio</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="315" />
      <source>Toinen varmuuskopiokansio</source>
      <translation>Second backup folder</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="331" />
      <source>Asetuksia ei voitu tallentaa: {error}</source>
      <translation>The settings could not be saved: {error}</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="356" />
      <source>Varmuuskopioita ei vielä ole.</source>
      <translation>There are no backups yet.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="358" />
      <source>Luetaan varmuuskopioita…</source>
      <translation>Reading backups…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="367" />
      <source>Varmuuskopio tallennettu: {path}</source>
      <translation>Backup saved: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="372" />
      <source>Otetaan varmuuskopiota…</source>
      <translation>Taking a backup…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="382" />
      <source>Varmuuskopio {name} on ehjä.</source>
      <translation>Backup {name} is intact.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="386" />
      <source>Tarkistetaan varmuuskopiota…</source>
      <translation>Verifying the backup…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="394" />
      <source>Palautetaanko tietokanta varmuuskopiosta, joka on otettu {when}?

Nykyisestä tietokannasta otetaan ensin varmuuskopio. Palautuksen jälkeen tiedot ovat sellaiset kuin ne olivat varmuuskopiota otettaessa.</source>
      <translation>Restore the database from the backup taken {when}?

A backup of the current database is taken first. After the restore the data are as they were when the backup was taken.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="398" />
      <source>Palauta varmuuskopio</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="407" />
      <source>Tietokanta palautettu varmuuskopiosta {name}.</source>
      <translation>Database restored from backup {name}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="411" />
      <location filename="../../gui/backup_dialog.py" line="483" />
      <source>Palautetaan varmuuskopiota…</source>
      <translation>Restoring the backup…</translation>
    </message>
  </context>
  <context>
    <name>BackupTableModel</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Otettu</source>
      <translation>Taken</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Koko</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Laji</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Viimeisin kokous</source>
      <translation>Latest meeting</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="116" />
      <source>Tarkistus</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="116" />
      <source>Toimielimet</source>
      <translation>Bodies</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="163" />
      <source>säännöllinen</source>
      <translation>regular</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="163" />
      <source>ennen päivitystä</source>
      <translation>before upgrade</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="164" />
      <source>ennen palautusta</source>
      <translation>before restore</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="170" />
      <source>ei tarkistettu</source>
      <translation>not verified</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="171" />
      <source>ehjä</source>
      <translation>intact</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="171" />
      <source>VIOITTUNUT</source>
      <translation>DAMAGED</translation>
    </message>
  </context>
  <context>
    <name>BodiesPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="316" />
      <source>Toimielimet ja jäsenet</source>
      <translation>Bodies and members</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="317" />
      <source>Kirjoita jäsenet pilkuin erotettuina; ensimmäinen on puheenjohtaja.</source>
      <translation>Write the members separated by commas; the first one is the chair.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Toimielin</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Nimi ruotsiksi</source>
      <translation>Name in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Laji</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Jäsenet</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="330" />
      <source>Lisää toimielin</source>
      <translation>Add body</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="332" />
      <source>Poista toimielin</source>
      <translation>Remove body</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="366" />
      <source>Toimielimen laji</source>
      <translation>Kind of body</translation>
    </message>
  </context>
  <context>
    <name>BodiesPanel</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="579" />
      <source>Muutokset toimielimiin ja jäseniin tallentuvat heti. Mitään ei poisteta: toimielimen voi ottaa pois käytöstä ja jäsenyydelle merkitään päättymispäivä, joten aiempien kokousten tiedot säilyvät.</source>
      <translation>Changes to bodies and members are saved at once. Nothing is deleted: a body can be taken out of use and a membership gets an end date, so the records of earlier meetings are kept.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="586" />
      <source>Toimielimet</source>
      <translation>Bodies</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="590" />
      <source>Uusi toimielin…</source>
      <translation>New body…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="591" />
      <source>Muokkaa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="597" />
      <source>Jäsenet</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="599" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="599" />
      <source>Rooli</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="599" />
      <source>Varajäsen jäsenelle</source>
      <translation>Deputy for</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="600" />
      <source>Alkaa</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="600" />
      <source>Päättyy</source>
      <translation>Ends</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="608" />
      <source>Näytä myös päättyneet jäsenyydet</source>
      <translation>Show ended memberships too</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="611" />
      <source>Lisää jäsen…</source>
      <translation>Add member…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="612" />
      <source>Muokkaa jäsenyyttä…</source>
      <translation>Edit membership…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="643" />
      <source>{name} (ei käytössä)</source>
      <translation>{name} (not in use)</translation>
    </message>
  </context>
  <context>
    <name>BodyDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="77" />
      <source>valtuusto</source>
      <translation>council</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="78" />
      <source>hallitus</source>
      <translation>executive board</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="79" />
      <source>lautakunta</source>
      <translation>committee</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="80" />
      <source>jaosto</source>
      <translation>division</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="81" />
      <source>viranhaltija</source>
      <translation>office-holder</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="276" />
      <source>Uusi toimielin</source>
      <translation>New body</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="276" />
      <source>Toimielimen tiedot</source>
      <translation>Body details</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="284" />
      <source>Minkä oman organisaation toimielin tämä on. Yläpuolinen toimielin valitaan saman organisaation toimielimistä.</source>
      <translation>Which of the home organisations this body belongs to. The body above is chosen from the same organisation's bodies.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="291" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="289" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="296" />
      <source>Laji</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="301" />
      <source>Jaoston tai viranhaltijan päätöksestä tehty oikaisuvaatimus käsitellään tässä toimielimessä. Lautakunta tai hallitus esittää asiat tälle toimielimelle (mallipohjien parent_body).</source>
      <translation>A rectification request against a division's or an office-holder's decision is handled by this body. A committee or a board proposes matters to this body (the templates' parent_body).</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="304" />
      <source>Yläpuolinen toimielin</source>
      <translation>Body above</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="306" />
      <source>Tavallinen kokouspaikka</source>
      <translation>Usual meeting place</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="308" />
      <source>Nimi ruotsiksi</source>
      <translation>Name in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="309" />
      <source>Käytössä (näkyy siirtimessä ja sille voi luoda kokouksia)</source>
      <translation>In use (shown in the navigator; meetings can be created for it)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="313" />
      <source>Nimen taivutusmuodot (mallipohjat käyttävät näitä lauseiden sisällä)</source>
      <translation>Inflected forms of the name in Finnish (the templates use them inside sentences)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="320" />
      <source>Ehdota muodot nimestä</source>
      <translation>Suggest the forms from the name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="346" />
      <source>Toimielimen pöytäkirjoja on jo tarkastettu, joten tätä ei voi enää muuttaa: otteet tulostuvat näillä tiedoilla. Jos nimi muuttuu, lisää uusi toimielin.</source>
      <translation>Minutes of the body have been checked, so this can no longer change: the excerpts print these details. If the name changes, add a new body.</translation>
    </message>
  </context>
  <context>
    <name>ClassDialog</name>
    <message>
      <location filename="../../gui/classification_panel.py" line="39" />
      <source>Uusi tehtäväluokka</source>
      <translation>New task class</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="39" />
      <source>Tehtäväluokan tiedot</source>
      <translation>Task class details</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="42" />
      <source>esim. 00.04.01</source>
      <translation>e.g. 00.04.01</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="43" />
      <source>Tunnus</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="45" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="47" />
      <source>Nimi ruotsiksi</source>
      <translation>Name in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="54" />
      <source>Asiat on merkitty luokkaan sen tunnuksella, joten tunnus ei muutu. Jos tunnus muuttuu, lisää uusi luokka.</source>
      <translation>Items are marked with the class by its code, so the code does not change. If the code changes, add a new class.</translation>
    </message>
  </context>
  <context>
    <name>ClassificationPanel</name>
    <message>
      <location filename="../../gui/classification_panel.py" line="77" />
      <source>Pääluokat ovat kaikilla samat; alemmat tasot ovat organisaation omasta tiedonohjaussuunnitelmasta. Asian tehtäväluokka valitaan näistä, ja arkistokappale kertoo sen.</source>
      <translation>The top classes are the same for everyone; the lower levels come from the organisation's own information management plan. An item's task class is chosen from these, and the archival copy states it.</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="82" />
      <source>Hae tunnuksella tai nimellä</source>
      <translation>Search by code or name</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="83" />
      <source>Hae tehtäväluokkia</source>
      <translation>Search task classes</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="83" />
      <source>Tehtäväluokat</source>
      <translation>Task classes</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="84" />
      <source>Tunnus</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="84" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="84" />
      <source>Nimi ruotsiksi</source>
      <translation>Name in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="86" />
      <source>Uusi luokka…</source>
      <translation>New class…</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="87" />
      <source>Muokkaa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="88" />
      <source>Poista</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="89" />
      <source>Tuo tiedostosta…</source>
      <translation>Import from file…</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="90" />
      <source>Taulukkolaskennasta CSV-muodossa tallennettu tiedosto: rivillä luokan tunnus, nimi ja halutessa nimi ruotsiksi.</source>
      <translation>A file saved as CSV from a spreadsheet: on each line the class's code, name and optionally its Swedish name.</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="141" />
      <source>Tuo tehtäväluokitus</source>
      <translation>Import the task classification</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="142" />
      <source>CSV- ja tekstitiedostot (*.csv *.txt);;Kaikki tiedostot (*)</source>
      <translation>CSV and text files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="148" />
      <source>Poista tehtäväluokka</source>
      <translation>Remove task class</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="149" />
      <source>Poistetaanko tehtäväluokka {code} {title}?</source>
      <translation>Remove the task class {code} {title}?</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="153" />
      <source>Tehtäväluokitus</source>
      <translation>Task classification</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="215" />
      <source>Tiedostosta {name} tuotiin tehtäväluokitus: {added} uutta luokkaa, {renamed} luokan nimi muuttui, {unchanged} ennallaan.</source>
      <translation>The task classification was imported from {name}: {added} new classes, {renamed} renamed, {unchanged} unchanged.</translation>
    </message>
  </context>
  <context>
    <name>ClosingDialog</name>
    <message>
      <location filename="../../gui/conduct.py" line="882" />
      <source>Ruotsinkieliset tekstit puuttuvat</source>
      <translation>Swedish texts are missing</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="884" />
      <source>Näiltä pykäliltä puuttuu ruotsinkielinen teksti, joten ruotsinkielinen pöytäkirja näyttää ne suomeksi. Tarkastuksen jälkeen tekstejä voi lisätä vain oikaisuina. Merkitäänkö pöytäkirja silti tarkastetuksi?</source>
      <translation>These sections have no Swedish text, so the Swedish minutes show them in Finnish. After checking, the texts can only be added as corrections. Mark the minutes as checked anyway?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="893" />
      <source>… ja {n} muuta</source>
      <translation>… and {n} more</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="923" />
      <source>Pöytäkirjan tarkastus</source>
      <translation>Checking the minutes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="930" />
      <source>Kokous alkoi klo</source>
      <translation>Meeting began at</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="931" />
      <source>Kokous päättyi klo</source>
      <translation>Meeting ended at</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="942" />
      <source>Puutteet, jotka estävät tarkastuksen</source>
      <translation>Gaps that prevent checking</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="945" />
      <source>Ruotsinkieliset tekstit puuttuvat (ne eivät estä tarkastusta, mutta tarkastuksen jälkeen niitä voi lisätä vain oikaisuina):</source>
      <translation>Swedish texts are missing (they do not prevent checking, but after checking they can only be added as corrections):</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="951" />
      <source>Puuttuvat ruotsinkieliset tekstit</source>
      <translation>Missing Swedish texts</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="958" />
      <source>Tarkista puutteet</source>
      <translation>Check for gaps</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="959" />
      <location filename="../../gui/conduct.py" line="1156" />
      <source>Merkitse tarkastetuksi ja lukitse</source>
      <translation>Mark as checked and lock</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="960" />
      <source>Merkitse julkaistuksi</source>
      <translation>Mark as published</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="962" />
      <source>Sulje</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="966" />
      <source>Puheenjohtaja</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="967" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Minutes secretary</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="968" />
      <location filename="../../gui/conduct.py" line="969" />
      <source>Pöytäkirjantarkastaja</source>
      <translation>Minutes checker</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="970" />
      <source>Ensimmäinen pöytäkirjantarkastaja</source>
      <translation>First minutes checker</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="971" />
      <source>Toinen pöytäkirjantarkastaja</source>
      <translation>Second minutes checker</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="977" />
      <source>Kokousaika klo</source>
      <translation>Meeting time</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="978" />
      <source>Tarkastettu (pvm)</source>
      <translation>Checked (date)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="979" />
      <source>Tarkastuspaikka</source>
      <translation>Place of checking</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="982" />
      <source>Julkaistu yleisessä tietoverkossa</source>
      <translation>Published online</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="984" />
      <source>Yleisessä tietoverkossa</source>
      <translation>Published online</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="991" />
      <source>Puutteet, jotka estävät tarkastuksen:</source>
      <translation>Gaps that prevent checking:</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1028" />
      <source>(valitse)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1063" />
      <source>Pöytäkirja on tarkastettu ja julkaistu.</source>
      <translation>The minutes are checked and published.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1065" />
      <source>Pöytäkirja on tarkastettu ja lukittu. Korjaukset tehdään oikaisuina.</source>
      <translation>The minutes are checked and locked. Corrections are made as rectifications.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1105" />
      <source>Pöytäkirjaa ei voi vielä merkitä tarkastetuksi: {n} puutetta.</source>
      <translation>The minutes cannot be marked as checked yet: {n} gaps.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1109" />
      <source>Ei puutteita; pöytäkirjan voi merkitä tarkastetuksi.</source>
      <translation>No gaps; the minutes can be marked as checked.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1158" />
      <source>Merkitäänkö kokouksen {meeting} pöytäkirja tarkastetuksi ja lukitaan se? Lukitsemisen jälkeen pöytäkirjaa voi korjata vain oikaisuina.</source>
      <translation>Mark the minutes of meeting {meeting} as checked and lock them? Once locked, the minutes can be changed only by corrections.</translation>
    </message>
  </context>
  <context>
    <name>ConductWindow</name>
    <message>
      <location filename="../../gui/actions.py" line="481" />
      <source>Kokouksen kulku</source>
      <translation>Conduct of the meeting</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="67" />
      <source>Otsikko</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="68" />
      <source>Julkaistava otsikko</source>
      <translation>Published title</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="69" />
      <source>Selostus</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="70" />
      <source>Päätösehdotus</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="71" />
      <source>Käsittely</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="72" />
      <source>Päätös</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="73" />
      <source>Liitteet</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="74" />
      <source>Tiedoksi</source>
      <translation>For information</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="75" />
      <source>Otsikko ruotsiksi</source>
      <translation>Title in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="76" />
      <source>Julkaistava otsikko ruotsiksi</source>
      <translation>Public title in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="77" />
      <source>Selostus ruotsiksi</source>
      <translation>Background in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="78" />
      <source>Päätösehdotus ruotsiksi</source>
      <translation>Proposal in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="79" />
      <source>Käsittely ruotsiksi</source>
      <translation>Handling in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="80" />
      <source>Päätös ruotsiksi</source>
      <translation>Decision in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="704" />
      <source>Oikaisu – {section}</source>
      <translation>Rectification – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="708" />
      <source>Pöytäkirja on tarkastettu. Alkuperäinen teksti säilyy; oikaisu näkyy pöytäkirjassa omana merkintänään tekijän, ajan ja syyn kanssa.</source>
      <translation>The minutes are checked. The original text stays; the rectification appears in the minutes as an entry of its own with its author, time and reason.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="725" />
      <source>Oikaistava kohta</source>
      <translation>Part to rectify</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="726" />
      <source>Tarkastettu teksti</source>
      <translation>Checked text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="727" />
      <source>Oikaistu teksti</source>
      <translation>Rectified text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="728" />
      <source>Syy</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="729" />
      <source>Tekijä</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="733" />
      <source>Tallenna oikaisu</source>
      <translation>Save rectification</translation>
    </message>
  </context>
  <context>
    <name>CostBarChart</name>
    <message>
      <location filename="../../gui/agreement_costs.py" line="143" />
      <source>Ei jaettavia kustannuksia</source>
      <translation>No costs to split</translation>
    </message>
  </context>
  <context>
    <name>CostShareModel</name>
    <message>
      <location filename="../../gui/agreement_costs.py" line="62" />
      <source>Osapuoli</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="64" />
      <source>Asukasluku</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="65" />
      <source>Peruste</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="66" />
      <source>Kiinteä osuus</source>
      <translation>Fixed share</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="68" />
      <source>Osuus</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="74" />
      <location filename="../../gui/agreement_costs.py" line="89" />
      <source>Yhteensä</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="74" />
      <source>Vuodessa</source>
      <translation>Per year</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="192" />
      <source>Avaa tietokanta</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="194" />
      <source>Oletustietokanta tämän koneen datakansiossa</source>
      <translation>The default database in this computer's data folder</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="195" />
      <source>Tietokantatiedosto (SQLite)</source>
      <translation>Database file (SQLite)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="196" />
      <source>Jaettu PostgreSQL-tietokanta</source>
      <translation>Shared PostgreSQL database</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="198" />
      <source>esim. H:\Sihteeri\sihteeri.db; uusi tiedosto otetaan käyttöön</source>
      <translation>e.g. H:\Sihteeri\sihteeri.db; a new file is set up</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="199" />
      <source>Selaa…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="206" />
      <source>Jos palvelin pyytää salasanan, se kysytään avattaessa eikä sitä tallenneta. Kysymättä se annetaan PostgreSQL:n pgpass-tiedostossa.</source>
      <translation>If the server asks for a password, it is asked when the database is opened and is not saved. To open without the question, give it in PostgreSQL's pgpass file.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="236" />
      <source>Tietokantatiedosto</source>
      <translation>Database file</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="236" />
      <source>Sihteerin tietokanta (*.db)</source>
      <translation>Sihteeri database (*.db)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="245" />
      <source>Valitse tai kirjoita tietokantatiedoston nimi.</source>
      <translation>Choose or type the name of the database file.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="248" />
      <source>Kirjoita osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta.</source>
      <translation>Write the address as postgresql+psycopg://user@server/database.</translation>
    </message>
  </context>
  <context>
    <name>DetailsPanel</name>
    <message>
      <location filename="../../gui/details_panel.py" line="39" />
      <source>hankintaoikaisu ja valitus markkinaoikeuteen</source>
      <translation>procurement rectification and appeal to the Market Court</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="40" />
      <source>hallintovalitus</source>
      <translation>administrative appeal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="64" />
      <source>otsikko</source>
      <translation>title</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="65" />
      <source>ruotsinkielinen otsikko</source>
      <translation>Swedish title</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="66" />
      <source>julkaistava otsikko</source>
      <translation>published title</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="67" />
      <source>Dnro</source>
      <translation>Diary no.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="68" />
      <source>tehtäväluokka</source>
      <translation>classification</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="69" />
      <source>valmistelija</source>
      <translation>preparer</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="70" />
      <source>esittelijä</source>
      <translation>presenter</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="71" />
      <source>selostus</source>
      <translation>background</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="72" />
      <source>päätösehdotus</source>
      <translation>proposal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="73" />
      <source>käsittely</source>
      <translation>handling</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="74" />
      <source>päätös</source>
      <translation>decision</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="75" />
      <source>ruotsinkielinen julkaistava otsikko</source>
      <translation>public title in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="76" />
      <source>ruotsinkielinen selostus</source>
      <translation>background in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="77" />
      <source>ruotsinkielinen päätösehdotus</source>
      <translation>proposal in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="78" />
      <source>ruotsinkielinen käsittely</source>
      <translation>handling in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="79" />
      <source>ruotsinkielinen päätös</source>
      <translation>decision in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="80" />
      <source>lopputulos</source>
      <translation>outcome</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="81" />
      <source>päätöksen luonne</source>
      <translation>nature of decision</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="82" />
      <source>julkisuus</source>
      <translation>publicity</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="83" />
      <source>salassapitoperuste</source>
      <translation>ground for secrecy</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="84" />
      <source>henkilötiedot</source>
      <translation>personal data</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="85" />
      <source>muutoksenhakutapa</source>
      <translation>appeal route</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="86" />
      <source>muutoksenhakutavan peruste</source>
      <translation>reason for the appeal route</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="87" />
      <source>sopimus</source>
      <translation>agreement</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="88" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="89" />
      <source>järjestys</source>
      <translation>order</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="90" />
      <source>kokous</source>
      <translation>meeting</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="91" />
      <source>asian laji</source>
      <translation>kind of item</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="94" />
      <source>lisätty</source>
      <translation>added</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="95" />
      <source>muutettu</source>
      <translation>amended</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="96" />
      <source>poistettu</source>
      <translation>removed</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="133" />
      <source>Voimassa {date} alkaen</source>
      <translation>In force from {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="139" />
      <source>Odottaa hyväksyntöjä ({approved}/{required})</source>
      <translation>Awaiting approvals ({approved}/{required})</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="147" />
      <source>Valmistelussa</source>
      <translation>In preparation</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="148" />
      <source>Odottaa hyväksyntöjä</source>
      <translation>Awaiting approvals</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="149" />
      <source>Voimassa</source>
      <translation>In force</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="150" />
      <source>Päättynyt</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="151" />
      <source>Irtisanottu</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="152" />
      <source>Peruttu</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="153" />
      <source>Ei käsitelty</source>
      <translation>Not handled</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="154" />
      <source>Esityslistalla</source>
      <translation>On the agenda</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="155" />
      <source>Hyväksytty</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="156" />
      <source>Hyväksytty muutoksin</source>
      <translation>Approved with changes</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="157" />
      <source>Hylätty</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="158" />
      <source>Palautettu valmisteluun</source>
      <translation>Returned for preparation</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="159" />
      <source>Käsitelty, pöytäkirja tarkastamatta</source>
      <translation>Handled, minutes not checked</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="160" />
      <source>Kun kaikki osapuolet ovat hyväksyneet</source>
      <translation>When every party has approved</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="161" />
      <source>Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet</source>
      <translation>When every party has approved and signed</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="162" />
      <source>Kun nimetyt osapuolet ovat hyväksyneet</source>
      <translation>When the named parties have approved</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="177" />
      <source>Odottaa: {names}</source>
      <translation>Awaiting: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="181" />
      <source>Hylännyt: {names}</source>
      <translation>Rejected by: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="185" />
      <source>Allekirjoitus puuttuu: {names}</source>
      <translation>Signature missing: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="191" />
      <source>Päätöspäivä puuttuu: {names}</source>
      <translation>Decision date missing: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="221" />
      <source>Henkilötiedot pois verkosta {date}: {sections} §</source>
      <translation>Personal data off the web on {date}: § {sections}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="227" />
      <source>Pöytäkirjan voi poistaa verkosta {date}</source>
      <translation>The minutes may come off the web on {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="251" />
      <source>Kenelle: {authority}</source>
      <translation>To whom: {authority}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="254" />
      <source>Valittu käsin, perustelu: {reason}</source>
      <translation>Chosen by hand, reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="259" />
      <source>Koneen ehdotus: {route}. {reason}</source>
      <translation>The program's suggestion: {route}. {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="266" />
      <source>Peruste: {reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="271" />
      <source>Päätöksestä ei voi hakea muutosta; ei määräaikaa.</source>
      <translation>The decision cannot be appealed; no deadline.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="273" />
      <source> (päättynyt)</source>
      <translation> (ended)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="277" />
      <source>{members}: tiedoksi {notified}, määräaika päättyy {last_day}</source>
      <translation>{members}: notified {notified}, the period ends {last_day}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="288" />
      <source>{members}: määräaika alkaa, kun pöytäkirja julkaistaan yleisessä tietoverkossa.</source>
      <translation>{members}: the period starts when the minutes are published online.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="294" />
      <source>Muutosta voivat hakea vain asianosaiset, kukin omasta tiedoksisaannistaan.</source>
      <translation>Only the parties may appeal, each from their own notification.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="301" />
      <source>{name}: tiedoksi {notified}, määräaika päättyy {last_day}</source>
      <translation>{name}: notified {notified}, the period ends {last_day}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="308" />
      <source>{name}: ei vielä saanut päätöstä tiedoksi</source>
      <translation>{name}: not yet notified of the decision</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="313" />
      <source>Lainvoimainen {date} alkaen, jos muutosta ei haeta</source>
      <translation>Final from {date} if no appeal is made</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="318" />
      <source>Lainvoimaisuuspäivä ei ole vielä tiedossa.</source>
      <translation>The date the decision becomes final is not known yet.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="332" />
      <source>{body}, kokous {number}/{year}, {date}</source>
      <translation>{body}, meeting {number}/{year}, {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="207" />
      <source>Pöytäkirja tarkastettu {date}</source>
      <translation>Minutes checked {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="208" />
      <source>Julkaistu yleisessä tietoverkossa {date}</source>
      <translation>Published online {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="374" />
      <source>{body}, kokous {number}/{year}</source>
      <translation>{body}, meeting {number}/{year}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="380" />
      <source>{date} klo {start}–{end}</source>
      <translation>{date} at {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="384" />
      <source>{date} klo {start}</source>
      <translation>{date} at {start}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="392" />
      <source>Tila: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="394" />
      <source>Puheenjohtaja</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="395" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Minutes secretary</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="402" />
      <source>Pöytäkirjantarkastajat: {names}</source>
      <translation>Minutes checkers: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="204" />
      <source>Esityslista julkaistu {date}</source>
      <translation>Agenda published {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="36" />
      <location filename="../../gui/details_panel.py" line="41" />
      <source>oikaisuvaatimus</source>
      <translation>rectification request</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="37" />
      <source>kunnallisvalitus</source>
      <translation>municipal appeal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="38" />
      <source>muutoksenhakukielto</source>
      <translation>no appeal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="43" />
      <source>aluevalitus</source>
      <translation>regional appeal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="46" />
      <source>KuntaL 134 §</source>
      <translation>Local Government Act 134 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="47" />
      <source>KuntaL 135 §</source>
      <translation>Local Government Act 135 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="48" />
      <source>KuntaL 136 §</source>
      <translation>Local Government Act 136 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="49" />
      <source>laki hyvinvointialueesta 139 §</source>
      <translation>Wellbeing Services Counties Act 139 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="50" />
      <source>laki hyvinvointialueesta 140 §</source>
      <translation>Wellbeing Services Counties Act 140 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="51" />
      <source>laki hyvinvointialueesta 141 §</source>
      <translation>Wellbeing Services Counties Act 141 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="52" />
      <source>hankintalaki 1397/2016</source>
      <translation>Public Procurement Act 1397/2016</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="53" />
      <source>HOL 808/2019</source>
      <translation>Administrative Judicial Procedure Act 808/2019</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="54" />
      <source>HL 49 c §</source>
      <translation>Administrative Procedure Act 49 c §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="58" />
      <source>Kunnan jäsenet</source>
      <translation>Members of the municipality</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="59" />
      <location filename="../../gui/details_panel.py" line="60" />
      <source>Jäsenkunnat ja niiden jäsenet</source>
      <translation>Member municipalities and their members</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="61" />
      <source>Hyvinvointialueen asukkaat</source>
      <translation>Residents of the wellbeing services county</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="411" />
      <source>1 asia, {first} §</source>
      <translation>1 item, § {first}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="415" />
      <source>{count} asiaa, {first}–{last} §</source>
      <translation>{count} items, § {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="422" />
      <source>Kokouksessa ei ole vielä asioita.</source>
      <translation>The meeting has no items yet.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="436" />
      <source>Tiedot</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="443" />
      <source>Ei valittua asiaa.</source>
      <translation>No item selected.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="454" />
      <source>Kokous</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="455" />
      <source>Muutoksenhaku ja määräajat</source>
      <translation>Appeal and deadlines</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="456" />
      <source>Sopimus</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="457" />
      <source>Asiat</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="458" />
      <source>Muutoshistoria</source>
      <translation>History</translation>
    </message>
  </context>
  <context>
    <name>DisqualificationDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="81" />
      <source>Hän tai hänen läheisensä on asianosainen.</source>
      <translation>They or someone close to them is a party.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="82" />
      <source>Hän tai hänen läheisensä avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>They or someone close to them assists or represents a party, or someone who may expect particular benefit or harm from the decision.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="87" />
      <source>Asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen.</source>
      <translation>The decision may be expected to bring particular benefit or harm to them or someone close to them.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="91" />
      <source>Hän on palvelus- tai toimeksiantosuhteessa asianosaiseen tai siihen, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>They are employed by or under contract to a party, or someone who may expect particular benefit or harm from the decision.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="96" />
      <source>Hän tai hänen läheisensä on hallituksen tai vastaavan toimielimen jäsen tai toimitusjohtaja yhteisössä, säätiössä tai laitoksessa, joka on asianosainen tai jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>They or someone close to them is a board member or managing director of a corporation, foundation or institution that is a party or may expect particular benefit or harm from the decision.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="102" />
      <source>Hän on virastossa ohjaus- tai valvontatehtävässä asiassa, joka koskee virastoa tai laitosta, jonka johtokuntaan tai vastaavaan toimielimeen hän kuuluu.</source>
      <translation>They have a steering or supervisory task at an agency in a matter concerning an agency or institution whose board or similar body they belong to.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="107" />
      <source>Luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä.</source>
      <translation>Trust in their impartiality is endangered for some other particular reason.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="398" />
      <source>Esteellisyys – {section}</source>
      <translation>Disqualification – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="403" />
      <source>Muu peruste (kirjoita alle)</source>
      <translation>Other ground (write below)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="408" />
      <source>tarkennus, esim. hakijan lähisukulainen</source>
      <translation>detail, e.g. close relative of the applicant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="409" />
      <source>Poistui kokoushuoneesta asian käsittelyn ajaksi</source>
      <translation>Left the meeting room while the item was handled</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="414" />
      <source>Esteellinen</source>
      <translation>Disqualified</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="415" />
      <source>Peruste</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="417" />
      <source>Tarkennus</source>
      <translation>Detail</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="419" />
      <source>Pöytäkirjaan</source>
      <translation>In the minutes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="422" />
      <source>Merkitse esteelliseksi</source>
      <translation>Record as disqualified</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="441" />
      <source>Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>The meeting has nobody present; begin the meeting and record who is present first.</translation>
    </message>
  </context>
  <context>
    <name>DissentDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="671" />
      <source>Eriävä mielipide</source>
      <translation>Dissent</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="674" />
      <source>perustelut (vapaaehtoinen)</source>
      <translation>reasons (optional)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="676" />
      <source>Jättäjä</source>
      <translation>Filed by</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="677" />
      <source>Perustelut</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="680" />
      <location filename="../../gui/conduct_dialogs.py" line="681" />
      <source>Perustelut ruotsiksi</source>
      <translation>Reasons in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="684" />
      <source>Lisää</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="688" />
      <source>Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>The meeting has nobody present; begin the meeting and record who is present first.</translation>
    </message>
  </context>
  <context>
    <name>DraftProposalDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="852" />
      <source>Laadi ehdotus mallipohjasta</source>
      <translation>Draft proposal from a template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="877" />
      <source>Kieli</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="890" />
      <source>Mallipohjat</source>
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="918" />
      <source>Lisää ehdotukseen</source>
      <translation>Insert into the proposal</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="926" />
      <source>Ehdotus tulee asian ruotsinkieliseksi päätösehdotukseksi.</source>
      <translation>The draft becomes the item's proposal in Swedish.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="942" />
      <source>{name} (oma)</source>
      <translation>{name} (own)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="979" />
      <source>Tämänlajiselle asialle ei ole tehty mallipohjaa. Valitse mallipohja luettelosta, jos jokin niistä sopii.</source>
      <translation>No template is written for an item of this kind. Choose a template from the list if one of them fits.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="982" />
      <source>Ei mallipohjia tällä kielellä.</source>
      <translation>No templates in this language.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="993" />
      <source>Täydennä lisäämisen jälkeen hakasulkeissa olevat kohdat: {places}</source>
      <translation>After inserting, fill in the places in square brackets: {places}</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1004" />
      <source>Ruotsinkieliseen luonnokseen jäi suomenkielistä tekstiä, koska ruotsinkielistä ei ole tallennettu: {parts}. Käännä ne lisäämisen jälkeen.</source>
      <translation>The Swedish draft contains Finnish text because no Swedish text is stored: {parts}. Translate it after inserting.</translation>
    </message>
  </context>
  <context>
    <name>ExcerptSentDialog</name>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="71" />
      <source>Kirjaa otteen lähetys</source>
      <translation>Record excerpt sent</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="77" />
      <source>Lähetyspäivä</source>
      <translation>Date sent</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="80" />
      <source>Sähköisesti (tiedoksi 3. päivänä)</source>
      <translation>Electronically (notified on the 3rd day)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="81" />
      <source>Kirjeellä (tiedoksi 7. päivänä)</source>
      <translation>By letter (notified on the 7th day)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="82" />
      <source>Saantitodistuksella (tiedoksi saantitodistuksen päivänä; Sihteeri ei laske sitä)</source>
      <translation>With acknowledgement of receipt (notified on the date on the receipt; Sihteeri does not work it out)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="84" />
      <source>Henkilökohtaisesti (tiedoksi samana päivänä)</source>
      <translation>In person (notified the same day)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="87" />
      <source>Tapa</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="89" />
      <source>Osapuolet, joille ote lähetettiin:</source>
      <translation>Parties the excerpt was sent to:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../gui/first_run.py" line="123" />
      <source>Anna organisaation nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat tarvitsevat sen.</source>
      <translation>Give the organisation's name in Swedish too: a bilingual organisation's Swedish documents need it.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="144" />
      <source>Anna toimielimen {name} nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat tarvitsevat sen.</source>
      <translation>Give the name of the body {name} in Swedish too: a bilingual organisation's Swedish documents need it.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="409" />
      <source>Sihteerin käyttöönotto</source>
      <translation>Setting up Sihteeri</translation>
    </message>
  </context>
  <context>
    <name>FirstSectionDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="265" />
      <source>Vuoden ensimmäinen pykälä</source>
      <translation>First section of the year</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="267" />
      <source>Toimielimen {body} pykälät numeroidaan vuosittain. Jos osa vuoden kokouksista on pidetty ennen Sihteerin käyttöönottoa, anna ensimmäisen Sihteerissä tehtävän pykälän numero.</source>
      <translation>The sections of {body} are numbered per year. If some of the year's meetings were held before Sihteeri was taken into use, give the number of the first section made in Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="275" />
      <source>Vuosi</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="279" />
      <source>Ensimmäinen pykälä</source>
      <translation>First section</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="797" />
      <source>Mallipohjan ”{name}” historia</source>
      <translation>History of the template “{name}”</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="813" />
      <source>Mallipohjasta ei ole aiempia versioita.</source>
      <translation>The template has no earlier versions.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="816" />
      <source>Palauta tämä versio muokattavaksi</source>
      <translation>Restore this version for editing</translation>
    </message>
  </context>
  <context>
    <name>IntroPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="247" />
      <source>Tervetuloa Sihteeriin</source>
      <translation>Welcome to Sihteeri</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="251" />
      <source>Sihteeri tarvitsee tiedot organisaatiostasi ja sen toimielimistä. Voit myös tutustua ohjelmaan esittelytietokannalla (Hartolan kunta ja Päijät-Hämeen liitto).</source>
      <translation>Sihteeri needs to know your organisation and its bodies. You can also try the program with the demo database (Hartola municipality and the Regional Council of Päijät-Häme).</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="257" />
      <source>Anna organisaation tiedot</source>
      <translation>Enter the organisation's details</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="259" />
      <source>Avaa esittelytietokanta</source>
      <translation>Open the demo database</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <location filename="../../gui/item_editor.py" line="294" />
      <source>Muokkaa: {field}</source>
      <translation>Edit: {field}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="335" />
      <source>Palauta luonnos</source>
      <translation>Restore draft</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="489" />
      <location filename="../../gui/item_editor.py" line="490" />
      <location filename="../../gui/item_editor.py" line="682" />
      <source>Otsikko</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="492" />
      <location filename="../../gui/item_editor.py" line="495" />
      <source>Dnro</source>
      <translation>Diary no.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="503" />
      <location filename="../../gui/item_editor.py" line="508" />
      <source>Tehtäväluokka</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="515" />
      <location filename="../../gui/item_editor.py" line="517" />
      <source>Valmistelija</source>
      <translation>Preparer</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="516" />
      <location filename="../../gui/item_editor.py" line="519" />
      <source>Esittelijä</source>
      <translation>Presenter</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="522" />
      <source>kokouksen avaus</source>
      <translation>opening of the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="523" />
      <source>laillisuus ja päätösvaltaisuus</source>
      <translation>legality and quorum</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="524" />
      <source>pöytäkirjantarkastajat</source>
      <translation>minutes checkers</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="525" />
      <source>työjärjestys</source>
      <translation>order of business</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="526" />
      <source>tavallinen asia</source>
      <translation>ordinary item</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="527" />
      <source>sopimus</source>
      <translation>agreement</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="528" />
      <source>lausunto</source>
      <translation>statement</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="529" />
      <source>valinta</source>
      <translation>election</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="530" />
      <source>ilmoitusasiat</source>
      <translation>items for information</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="531" />
      <source>muut asiat</source>
      <translation>other matters</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="532" />
      <source>kokouksen päättäminen</source>
      <translation>closing of the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="534" />
      <location filename="../../gui/item_editor.py" line="545" />
      <source>Asian laji</source>
      <translation>Kind of item</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="536" />
      <source>päättää asiasta</source>
      <translation>decides the matter</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="537" />
      <source>valmistelee tai panee täytäntöön</source>
      <translation>prepares or implements</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="538" />
      <source>hankinta</source>
      <translation>procurement</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="539" />
      <source>erityislain mukainen</source>
      <translation>under a special act</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="540" />
      <source>erityislaki, oikaisuvaatimus (HL 49 c §)</source>
      <translation>special act, rectification request (HL 49 c §)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="543" />
      <location filename="../../gui/item_editor.py" line="547" />
      <source>Päätöksen luonne</source>
      <translation>Nature of decision</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="549" />
      <location filename="../../gui/item_editor.py" line="552" />
      <location filename="../../gui/item_editor.py" line="686" />
      <source>Selostus</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="550" />
      <location filename="../../gui/item_editor.py" line="554" />
      <location filename="../../gui/item_editor.py" line="689" />
      <source>Päätösehdotus</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="560" />
      <source>Asia ja valmistelu</source>
      <translation>Item and preparation</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="565" />
      <location filename="../../gui/item_editor.py" line="566" />
      <location filename="../../gui/item_editor.py" line="692" />
      <source>Käsittely</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="567" />
      <location filename="../../gui/item_editor.py" line="568" />
      <location filename="../../gui/item_editor.py" line="695" />
      <source>Päätös</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="570" />
      <location filename="../../gui/item_editor.py" line="571" />
      <source>Lopputulos</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="573" />
      <source>oikaisuvaatimus</source>
      <translation>rectification request</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="574" />
      <source>kunnallisvalitus</source>
      <translation>municipal appeal</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="575" />
      <source>muutoksenhakukielto</source>
      <translation>no appeal</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="576" />
      <source>hankintaoikaisu ja markkinaoikeus</source>
      <translation>procurement rectification and Market Court</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="577" />
      <source>hallintovalitus</source>
      <translation>administrative appeal</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="578" />
      <source>erityislain oikaisuvaatimus</source>
      <translation>rectification under a special act</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="582" />
      <location filename="../../gui/item_editor.py" line="586" />
      <source>Muutoksenhakutapa (poikkeus)</source>
      <translation>Appeal route (override)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="587" />
      <location filename="../../gui/item_editor.py" line="588" />
      <source>Poikkeuksen peruste</source>
      <translation>Reason for the override</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="589" />
      <source>Käsittely ja päätös</source>
      <translation>Handling and decision</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="595" />
      <source>julkinen</source>
      <translation>public</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="596" />
      <source>osittain salassa pidettävä</source>
      <translation>partly secret</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="597" />
      <source>salassa pidettävä</source>
      <translation>secret</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="600" />
      <location filename="../../gui/item_editor.py" line="602" />
      <source>Julkisuus</source>
      <translation>Publicity</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="603" />
      <location filename="../../gui/item_editor.py" line="605" />
      <source>Salassapitoperuste</source>
      <translation>Ground for secrecy</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="606" />
      <location filename="../../gui/item_editor.py" line="611" />
      <source>Sisältää henkilötietoja</source>
      <translation>Contains personal data</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="617" />
      <location filename="../../gui/item_editor.py" line="618" />
      <location filename="../../gui/item_editor.py" line="684" />
      <source>Julkaistava otsikko</source>
      <translation>Published title</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="630" />
      <source>Lisää liite</source>
      <translation>Add attachment</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="630" />
      <source>Poista liite</source>
      <translation>Remove attachment</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="667" />
      <source>Lisää vastaanottaja</source>
      <translation>Add recipient</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="667" />
      <source>Poista vastaanottaja</source>
      <translation>Remove recipient</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="676" />
      <source>Ruotsinkielisiin asiakirjoihin tulostuvat tekstit. Tyhjän kentän kohdalle tulostuu suomenkielinen teksti.</source>
      <translation>The texts of the Swedish documents. Where a field is empty, the Finnish text is printed.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="681" />
      <source>Otsikko ruotsiksi</source>
      <translation>Title in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1089" />
      <source>Käyttäjällä {user} on tähän asiaan tallentamattomia muutoksia (luonnos tallessa {when}).</source>
      <translation>User {user} has unsaved changes to this item (draft kept at {when}).</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1097" />
      <source>Hän voi olla muokkaamassa asiaa juuri nyt. Jos kumpikin muuttaa samaa kenttää, jälkimmäinen tallentaja näkee ensin toisen tallentaman tekstin.</source>
      <translation>They may be editing the item right now. If both of you change the same field, whoever saves last is first shown the other's saved text.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1104" />
      <source>He voivat olla muokkaamassa asiaa juuri nyt. Jos useampi muuttaa samaa kenttää, myöhempi tallentaja näkee ensin aiemman tallentaman tekstin.</source>
      <translation>They may be editing the item right now. If more than one of you changes the same field, whoever saves later is first shown the text saved earlier.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1333" />
      <source>Joku muu on poistanut asian ”{title}” sillä aikaa, kun muokkasit sitä, eikä muutoksiasi voi tallentaa siihen. Tekstisi on yhä näkyvissä: kopioi tarvitsemasi talteen ja valitse sitten Tiedosto → Hylkää muutokset.</source>
      <translation>Someone else removed the item “{title}” while you were editing it, and your changes cannot be saved to it. Your text is still shown: copy what you need and then choose File → Discard changes.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1357" />
      <source>Joku muu tallensi tämän asian sillä aikaa, kun muokkasit sitä. Hänen muutoksensa muihin kenttiin on nyt näkyvissä. Samoja kenttiä muutettiin molemmissa; niissä on nyt sinun tekstisi, ja se korvaa toisen tallentaman, kun tallennat uudelleen. Asiaa ei vielä tallennettu.</source>
      <translation>Someone else saved this item while you were editing it. Their changes to other fields are now shown. The same fields were changed by both of you; they now hold your text, which replaces the other's when you save again. The item has not been saved yet.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1362" />
      <source>Toisen tallentama teksti näissä kentissä:</source>
      <translation>The text the other saved in these fields:</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1369" />
      <source>• {field}: ”{text}”</source>
      <translation>• {field}: “{text}”</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1372" />
      <source>Tallennusristiriita</source>
      <translation>Save conflict</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="621" />
      <location filename="../../gui/item_editor.py" line="623" />
      <location filename="../../gui/item_editor.py" line="625" />
      <source>Liitteet</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="634" />
      <source>Liitä tiedosto…</source>
      <translation>Attach a file…</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="635" />
      <source>Tallentaa tiedoston (esim. allekirjoitetun sopimuksen) asian liitteeksi tietokantaan; se kulkee varmuuskopioiden ja arkiston mukana.</source>
      <translation>Stores the file (e.g. a signed agreement) as the item's attachment in the database; it travels with the backups and the archive.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="639" />
      <source>Avaa tiedosto</source>
      <translation>Open the file</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="649" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="649" />
      <source>Osoite</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="649" />
      <source>Asianosainen</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="653" />
      <source>Asianosaisen muutoksenhakuaika lasketaan hänen omasta tiedoksisaannistaan (Kokous → Otteiden lähettäminen…); muille ote on vain tiedoksi.</source>
      <translation>A party's appeal period counts from their own notification (Meeting → Sending the excerpts…); for others the excerpt is for information.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="648" />
      <location filename="../../gui/item_editor.py" line="659" />
      <location filename="../../gui/item_editor.py" line="662" />
      <source>Tiedoksi / otteet</source>
      <translation>For information / excerpts</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="670" />
      <source>Julkisuus, liitteet ja jakelu</source>
      <translation>Publicity, attachments, recipients</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="683" />
      <source>Julkaistava otsikko ruotsiksi</source>
      <translation>Public title in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="685" />
      <source>Selostus ruotsiksi</source>
      <translation>Background in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="687" />
      <source>Päätösehdotus ruotsiksi</source>
      <translation>Proposal in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="690" />
      <source>Käsittely ruotsiksi</source>
      <translation>Handling in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="693" />
      <source>Päätös ruotsiksi</source>
      <translation>Decision in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="699" />
      <source>Ruotsiksi</source>
      <translation>In Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="717" />
      <source>Lisää</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="719" />
      <source>Poista</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="756" />
      <source>Valittuna liite on julkinen</source>
      <translation>A checked attachment is public</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="759" />
      <source>Tiedosto: {name} (Avaa tiedosto)</source>
      <translation>File: {name} (Open the file)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="762" />
      <source>tiedosto {name}</source>
      <translation>file {name}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="798" />
      <source>Tiedostoa {path} ei löydy.</source>
      <translation>The file {path} was not found.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="799" />
      <source>Tiedostoa {path} ei voi lukea: {reason}</source>
      <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="822" />
      <source>Liitettä ei voitu kirjoittaa avattavaksi: {reason}</source>
      <translation>The attachment could not be written for opening: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="832" />
      <source>Liite {n}</source>
      <translation>Attachment {n}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="880" />
      <source>Uusi vastaanottaja</source>
      <translation>New recipient</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="977" />
      <source>&lt;i&gt;Valitse asia siirtimestä vasemmalla.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Choose an item in the navigator on the left.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1051" />
      <source>Vain luku: kokouksen {number}/{year} pöytäkirja on tarkastettu {date}, eikä sen asioita voi enää muuttaa. Korjaus tehdään oikaisuna, joka näkyy pöytäkirjassa.</source>
      <translation>Read only: the minutes of meeting {number}/{year} were checked on {date}; their items can no longer change. A correction is made as a visible rectification in the minutes.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1116" />
      <source>Pykälään on tehty oikaisu. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja otteisiin oikaisu tulostuu oikaistun kohdan jälkeen:</source>
      <translation>The section has a correction. The fields show the section as checked; in the minutes and excerpts the correction prints after the part it corrects:</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1119" />
      <source>Pykälään on tehty {count} oikaisua. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja otteisiin oikaisut tulostuvat oikaistun kohdan jälkeen:</source>
      <translation>The section has {count} corrections. The fields show the section as checked; in the minutes and excerpts the corrections print after the part they correct:</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1126" />
      <source>• {date} {part} ({author}): ”{text}” – peruste: {reason}</source>
      <translation>• {date} {part} ({author}): “{text}” – reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1163" />
      <source>Asiaan on tallentamattomia muutoksia, jotka tallentuivat luonnokseksi {when} (ohjelma suljettiin tallentamatta). Palautetaanko ne?</source>
      <translation>The item has unsaved changes kept as a draft at {when} (the program closed without saving). Restore them?</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1167" />
      <source>Huom.: asiaa on sen jälkeen muutettu ja tallennettu muualla.</source>
      <translation>Note: the item has since been changed and saved elsewhere.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1170" />
      <source>Luonnos korvaisi näiden kenttien uudemman tallennetun tekstin: {fields}. Muiden kenttien tallennetut muutokset säilyvät.</source>
      <translation>The draft would replace the newer saved text of these fields: {fields}. The saved changes to other fields are kept.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1174" />
      <source>Luonnos ei korvaa niitä: vain luonnoksessa muutetut kentät palautetaan.</source>
      <translation>The draft does not replace them: only the fields changed in the draft are restored.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1219" />
      <source>{body}, kokous {number}/{year}, {date}</source>
      <translation>{body}, meeting {number}/{year}, {date}</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <location filename="../../gui/outcomes.py" line="14" />
      <source>Hyväksytty muuttamattomana</source>
      <translation>Passed unchanged</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="15" />
      <source>Hyväksytty äänestyksen jälkeen</source>
      <translation>Passed after a vote</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="16" />
      <source>Hyväksytty muutettuna</source>
      <translation>Passed amended</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="17" />
      <source>Hylätty</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="18" />
      <source>Merkitty tiedoksi</source>
      <translation>Noted</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="19" />
      <source>Palautettu valmisteluun</source>
      <translation>Returned for preparation</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="20" />
      <source>Pöydätty</source>
      <translation>Tabled</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="21" />
      <source>Poistettu esityslistalta</source>
      <translation>Removed from the agenda</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="22" />
      <source>Valinta</source>
      <translation>Election</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="210" />
      <source>Esteellisyys…</source>
      <translation>Disqualification…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="211" />
      <source>Ehdotus…</source>
      <translation>Motion…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="212" />
      <source>Äänestys…</source>
      <translation>Vote…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="213" />
      <source>Eriävä mielipide…</source>
      <translation>Dissent…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="214" />
      <source>Poista valittu</source>
      <translation>Remove selected</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="215" />
      <source>Oikaisu…</source>
      <translation>Rectification…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="218" />
      <source>(valitse)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="224" />
      <source>Käsittelyn kulku (esteellisyydet, ehdotukset ja äänestykset tulostuvat itse)</source>
      <translation>Course of handling (disqualifications, motions and votes print by themselves)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="229" />
      <source>Lisää käsittelytekstiin, että kannattamaton ehdotus raukesi, että kannatettu ehdotus, josta ei äänestetty, hyväksyttiin yksimielisesti, ja kuka toimi puheenjohtajana esteellisen puheenjohtajan sijasta.</source>
      <translation>Adds to the handling text that a motion nobody seconded lapsed, that a seconded motion not put to a vote was adopted unanimously, and who chaired in place of a disqualified chair.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="236" />
      <source>Tallenna päätös</source>
      <translation>Save decision</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="238" />
      <source>Tallenna päätös (Ctrl+S). Päätös tallentuu myös, kun siirryt toiseen asiaan.</source>
      <translation>Save the decision (Ctrl+S). The decision is also saved when you move to another item.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="239" />
      <source>Hylkää muutokset</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="240" />
      <source>Kumoa tallennus</source>
      <translation>Undo the save</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="242" />
      <source>Palauta edellisen asian aiempi päätös ja näytä siirtyessä tallentunut teksti tallentamattomana.</source>
      <translation>Restore the previous item's earlier decision and show the text saved when you moved on as unsaved.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="250" />
      <source>Käsittely</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="256" />
      <source>Esteellisyydet</source>
      <translation>Disqualifications</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="257" />
      <source>Ehdotukset</source>
      <translation>Motions</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="258" />
      <source>Äänestykset</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="259" />
      <source>Eriävät mielipiteet</source>
      <translation>Dissents</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="278" />
      <source>Päätös</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="280" />
      <source>Päätöksen laji</source>
      <translation>Kind of decision</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="227" />
      <location filename="../../gui/conduct.py" line="284" />
      <source>Käsittelyteksti</source>
      <translation>Handling text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="228" />
      <source>Kirjaa puheenjohtajan toteamukset</source>
      <translation>Record the chair's findings</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="285" />
      <source>Päätösteksti</source>
      <translation>Decision text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="294" />
      <location filename="../../gui/conduct.py" line="297" />
      <source>Oikaisut</source>
      <translation>Rectifications</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="388" />
      <source>Päätösvaltaisuus: {text}</source>
      <translation>Quorum: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="395" />
      <source>Päätösehdotus: {text}</source>
      <translation>Proposal: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="403" />
      <source> – poistui</source>
      <translation> – left</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="403" />
      <source> – ei poistunut</source>
      <translation> – did not leave</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="456" />
      <source>Aloita kokous ensin: läsnäolijoita ei ole.</source>
      <translation>Begin the meeting first: nobody is recorded as present.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="480" />
      <source>Päätöstä on muutettu muualla sen jälkeen, kun aloitit muokkauksen; tallennus ei korvaa sitä. Kopioi tekstisi talteen ja hylkää muutokset nähdäksesi tallennetun päätöksen.</source>
      <translation>The decision was changed elsewhere after you started editing; saving will not replace it. Copy your text and discard the changes to see the saved decision.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="485" />
      <source>Päätös on tallentamatta; se tallentuu, kun siirryt toiseen asiaan tai suljet ikkunan.</source>
      <translation>The decision is not saved yet; it is saved when you move to another item or close the window.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="607" />
      <source>Esittelijän päätösehdotus</source>
      <translation>Presenter's proposal</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="731" />
      <source>Poistetaanko esteellisyysmerkintä?

{entry}</source>
      <translation>Remove the disqualification?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="734" />
      <source>Poistetaanko ehdotus?

{entry}</source>
      <translation>Remove the proposal?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="736" />
      <source>Poistetaanko äänestys äänineen?

{entry}</source>
      <translation>Remove the vote with its ballots?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="739" />
      <source>Poistetaanko eriävä mielipide?

{entry}</source>
      <translation>Remove the dissenting opinion?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="749" />
      <source>Poista merkintä</source>
      <translation>Remove entry</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="816" />
      <source>{section}: päätös tallennettiin automaattisesti klo {time}.</source>
      <translation>{section}: the decision was saved automatically at {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="821" />
      <source>{section}: päätös tallennettu klo {time}.</source>
      <translation>{section}: decision saved at {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="845" />
      <source>{section}: automaattinen tallennus kumottu.</source>
      <translation>{section}: the automatic save was undone.</translation>
    </message>
  </context>
  <context>
    <name>LinkItemDialog</name>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="37" />
      <source>Linkitä pykälä</source>
      <translation>Link section</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="39" />
      <source>Valitse pykälä, joka on osapuolen {0} päätös sopimuksesta:</source>
      <translation>Choose the section that is {0}'s decision on the agreement:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/main_window.py" line="71" />
      <source>Sihteeri — {where}</source>
      <translation>Sihteeri — {where}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="74" />
      <source>Toimielimet, kokoukset ja asiat</source>
      <translation>Bodies, meetings and items</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="94" />
      <source>Haku</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="172" />
      <source>Uusi kokous…</source>
      <translation>New meeting…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="175" />
      <source>Luo kokous vakioasioineen</source>
      <translation>Create a meeting with its standard items</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="179" />
      <source>Kokouksen tiedot…</source>
      <translation>Meeting details…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="182" />
      <source>Muuta kokouksen päivämäärää, alkamisaikaa, paikkaa tai numeroa</source>
      <translation>Change the meeting's date, starting time, place or number</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="186" />
      <source>Merkitse esityslista julkaistuksi…</source>
      <translation>Mark the agenda published…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="189" />
      <source>Kirjaa päivä, jona kokouskutsu ja esityslista lähetettiin ja julkaistiin</source>
      <translation>Record the day the notice of meeting and the agenda were sent and published</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="193" />
      <source>Otteiden lähettäminen…</source>
      <translation>Sending the excerpts…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="196" />
      <source>Kirjaa, milloin ja miten pykälän otteet lähetettiin; asianosaisten määräajat lasketaan niistä</source>
      <translation>Record when and how the section's excerpts were sent; the parties' deadlines count from them</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="200" />
      <source>Vuoden ensimmäinen pykälä…</source>
      <translation>First section of the year…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="203" />
      <source>Anna toimielimen vuoden ensimmäisen pykälän numero (käyttöönotto kesken vuoden)</source>
      <translation>Give the number of the body's first section of the year (taken into use mid-year)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="207" />
      <source>Uusi asia…</source>
      <translation>New item…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="210" />
      <source>Lisää asia kokoukseen</source>
      <translation>Add an item to the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="213" />
      <source>Tallenna</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="213" />
      <source>Tallenna asian muutokset</source>
      <translation>Save the item's changes</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="215" />
      <location filename="../../gui/main_window.py" line="769" />
      <source>Hylkää muutokset</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="216" />
      <source>Kumoa</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="219" />
      <source>Tee uudelleen</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="227" />
      <source>Etsi…</source>
      <translation>Find…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="230" />
      <source>Hae kaikkien vuosien asioista</source>
      <translation>Search the items of all years</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="232" />
      <location filename="../../gui/main_window.py" line="655" />
      <source>Poista asia</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="235" />
      <source>Poista kokous…</source>
      <translation>Remove meeting…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="238" />
      <source>Poista vahingossa luotu kokous asioineen (vain ennen kuin sen esityslista on julkaistu)</source>
      <translation>Remove a meeting created by mistake with its items (only before its agenda is published)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="240" />
      <source>Siirrä ylös</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="241" />
      <source>Siirrä valittu asia ylemmäs (Ctrl+Ylös toimii siirtimessä)</source>
      <translation>Move the chosen item up (Ctrl+Up works in the navigator)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="242" />
      <source>Siirrä alas</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="243" />
      <source>Siirrä valittu asia alemmas (Ctrl+Alas toimii siirtimessä)</source>
      <translation>Move the chosen item down (Ctrl+Down works in the navigator)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="251" />
      <source>Siirrä toiseen kokoukseen…</source>
      <translation>Move to another meeting…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="252" />
      <source>Päivitä</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="255" />
      <source>Avaa tietokanta…</source>
      <translation>Open database…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="258" />
      <source>Avaa toinen tietokanta: tiedosto, jaettu PostgreSQL-tietokanta tai oletustietokanta</source>
      <translation>Open another database: a file, a shared PostgreSQL database or the default database</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="262" />
      <source>Verkosta poistettavat…</source>
      <translation>To take off the web…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="265" />
      <source>Mitkä henkilötiedot ja pöytäkirjat poistetaan yleisestä tietoverkosta ja milloin</source>
      <translation>Which personal data and minutes come off the public network, and when</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="268" />
      <source>Asetukset…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="269" />
      <source>Lopeta</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="270" />
      <location filename="../../gui/main_window.py" line="828" />
      <source>Tietoja Sihteeristä</source>
      <translation>About Sihteeri</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="284" />
      <source>&amp;Tiedosto</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="287" />
      <source>&amp;Muokkaa</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="289" />
      <source>&amp;Kokous</source>
      <translation>&amp;Meeting</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="293" />
      <source>&amp;Näytä</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="295" />
      <source>T&amp;yökalut</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="296" />
      <source>&amp;Ohje</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="297" />
      <source>Työkalut</source>
      <translation>Tools</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="338" />
      <source>Vain luku (tarkastettu pöytäkirja)</source>
      <translation>Read only (checked minutes)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="340" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="342" />
      <source>Tallennettu</source>
      <translation>Saved</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="488" />
      <source>Kokous luotu vakioasioineen.</source>
      <translation>Meeting created with its standard items.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="525" />
      <source>Kokous {number}/{year}</source>
      <translation>Meeting {number}/{year}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="537" />
      <source>Kokouksen tiedot tallennettu.</source>
      <translation>Meeting details saved.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="564" />
      <source>Esityslista julkaistu</source>
      <translation>Agenda published</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="564" />
      <source>Julkaisupäivä</source>
      <translation>Publication date</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="570" />
      <source>Esityslista merkitty julkaistuksi.</source>
      <translation>Agenda marked published.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="589" />
      <source>Otteiden lähettäminen – {section} §</source>
      <translation>Sending the excerpts – § {section}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="592" />
      <source>Pykälällä ei ole vastaanottajia. Lisää ne asian kohtaan Tiedoksi / otteet ja tallenna.</source>
      <translation>The section has no recipients. Add them under For information / excerpts and save.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="607" />
      <source>Otteiden lähettäminen kirjattu.</source>
      <translation>Sending of the excerpts recorded.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="630" />
      <source>Vuoden {year} pykälät alkavat numerosta {number}.</source>
      <translation>The sections of {year} start from number {number}.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="656" />
      <source>Poistetaanko asia ”{title}” teksteineen? Seuraavat pykälänumerot siirtyvät. Poistoa ei voi kumota.</source>
      <translation>Remove the item “{title}” with its texts? The following § numbers shift. The removal cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="685" />
      <source>Poista kokous</source>
      <translation>Remove meeting</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="686" />
      <source>Poistetaanko kokous {number}/{year} ({date}) ja sen {count} asiaa? Vuoden myöhempien kokousten pykälänumerot siirtyvät. Poistoa ei voi kumota.</source>
      <translation>Remove meeting {number}/{year} ({date}) and its {count} items? The § numbers of the year's later meetings shift. The removal cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="695" />
      <source>Kokous poistettu.</source>
      <translation>Meeting removed.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="749" />
      <source>Siirrä toiseen kokoukseen</source>
      <translation>Move to another meeting</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="749" />
      <source>Toimielimellä ei ole muita avoimia kokouksia.</source>
      <translation>The body has no other open meetings.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="770" />
      <source>Hylätäänkö asian ”{title}” tallentamattomat muutokset? Hylättyjä muutoksia ei voi palauttaa.</source>
      <translation>Discard the unsaved changes to the item “{title}”? Discarded changes cannot be brought back.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="782" />
      <source>Asia tallennettu.</source>
      <translation>Item saved.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="822" />
      <source>Asetukset</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="822" />
      <source>Kieli vaihtuu, kun käynnistät Sihteerin uudelleen.</source>
      <translation>The language changes when you restart Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="846" />
      <source>Sihteeri {version} — toimielimen sihteerin työväline: esityslistat, pöytäkirjat, otteet ja sopimukset.</source>
      <translation>Sihteeri {version} — the body secretary's tool: agendas, minutes, excerpts and agreements.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="849" />
      <source>Tietokanta: {database}</source>
      <translation>Database: {database}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="850" />
      <source>Loki: {path}</source>
      <translation>Log: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="851" />
      <source>Virheraportit: {path}</source>
      <translation>Error reports: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="884" />
      <source>Asiaa muutettiin muualla</source>
      <translation>The item was changed elsewhere</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="885" />
      <source>Asiaa tallennettiin muualla (esimerkiksi kokouksen kulussa) sillä aikaa, kun muokkasit sitä. Tallentamattomat muutoksesi säilyivät. Kohdissa {fields} on nyt sinun tekstisi; se korvaa muualla tallennetun, kun tallennat.</source>
      <translation>The item was saved elsewhere (for example in the meeting conduct window) while you were editing it. Your unsaved changes were kept. In {fields} your text is now shown; it replaces the one saved elsewhere when you save.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="48" />
      <source>Kokouksen kulku ja pöytäkirja…</source>
      <translation>Conduct and minutes…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="56" />
      <source>Laadi ehdotus mallipohjasta…</source>
      <translation>Draft proposal from a template…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="61" />
      <source>Mallipohjat…</source>
      <translation>Templates…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="68" />
      <source>Sopimukset…</source>
      <translation>Agreements…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="73" />
      <source>Liitä sopimukseen…</source>
      <translation>Link to agreement…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="79" />
      <source>Verkkojulkaisun merkinnät…</source>
      <translation>Marks for publishing online…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="86" />
      <source>Varmuuskopiot…</source>
      <translation>Backups…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="92" />
      <source>Tiivistä tietokanta…</source>
      <translation>Compact the database…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="102" />
      <source>Tulosta…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="106" />
      <source>Tulosteet</source>
      <translation>Printouts</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="112" />
      <source>Asiakirjat suomeksi</source>
      <translation>Documents in Finnish</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="113" />
      <source>Asiakirjat ruotsiksi</source>
      <translation>Documents in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="122" />
      <source>Esityslista</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="123" />
      <source>Pöytäkirja</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="124" />
      <source>Pöytäkirjanote</source>
      <translation>Minutes excerpt</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="125" />
      <source>Päätösehdotusluonnos</source>
      <translation>Draft proposal</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="131" />
      <source>Esityslista liitteineen</source>
      <translation>Agenda with attachments</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="132" />
      <source>Pöytäkirjanote liitteineen</source>
      <translation>Excerpt with attachments</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="138" />
      <source>Asiakirjan perään liitetään sen luettelemien liitteiden PDF-tiedostot.</source>
      <translation>The PDF files of the attachments the document lists are added after it.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="145" />
      <source>Verkkojulkaisu…</source>
      <translation>Publish online…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="149" />
      <source>Pöytäkirjan arkistokappale (PDF/A)…</source>
      <translation>Archival copy of the minutes (PDF/A)…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="153" />
      <source>Tarkastettu pöytäkirja PDF/A-muodossa pitkäaikaissäilytykseen ja sen kuvailutiedot XML-tiedostona.</source>
      <translation>The checked minutes as PDF/A for long-term preservation, with their metadata as an XML file.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="162" />
      <source>Vuoden pöytäkirjat</source>
      <translation>Minutes of the year</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="166" />
      <source>Valitun vuoden kaikki tarkastetut pöytäkirjat yhtenä asiakirjana päivämääräjärjestyksessä.</source>
      <translation>All checked minutes of the chosen year as one document, in date order.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="174" />
      <source>Vuoden pöytäkirjojen arkistokappale (PDF/A)…</source>
      <translation>Archival copy of the year's minutes (PDF/A)…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="290" />
      <source>Verkkojulkaisu tallennettu: {path}</source>
      <translation>Online version saved: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="295" />
      <source>Verkkojulkaisu tallennettiin, mutta näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne ovat sivulla suomeksi (ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):</source>
      <translation>The publication was saved, but these sections have no Swedish text, so they are in Finnish on the page (the Swedish texts are written on the item's tab In Swedish):</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="303" />
      <source>Tekstejä suomeksi</source>
      <translation>Texts in Finnish</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="364" />
      <source>Salassa pidettävät pykälät</source>
      <translation>Secret sections</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="365" />
      <source>Pöytäkirjassa on salassa pidettäviä pykäliä ({sections}). Otetaanko niiden sisältö arkistokappaleeseen?

Arkistoon tallennetaan yleensä koko pöytäkirja. Jos vastaat Ei, niistä näkyy vain julkinen otsikko, kuten julkisissa asiakirjoissa.</source>
      <translation>The minutes have secret sections ({sections}). Include their content in the archival copy?

The archive usually keeps the whole minutes. If you answer No, they show only their public title, as in public documents.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="372" />
      <source>{number} §</source>
      <translation>§ {number}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="380" />
      <source>Arkistokappale tallennettu: {path}</source>
      <translation>Archival copy saved: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="385" />
      <source>Arkistokappale tallennettu</source>
      <translation>Archival copy saved</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="386" />
      <source>Pöytäkirja tallennettiin PDF/A-2b-muodossa:
{pdf}

Sen kuvailutiedot (pykälät, diaarinumerot, julkisuus, muutoksenhaku, tiedoston tarkiste) ovat tiedostossa:
{metadata}</source>
      <translation>The minutes were saved as PDF/A-2b:
{pdf}

Their metadata (sections, diary numbers, publicity, appeal, the file's checksum) is in the file:
{metadata}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="419" />
      <source>Verkkojulkaisun merkinnät tallennettu.</source>
      <translation>The marks for publishing online were saved.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="550" />
      <source>(ei sopimusta)</source>
      <translation>(no agreement)</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="563" />
      <source>Asia liitetty sopimukseen.</source>
      <translation>Item linked to the agreement.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="565" />
      <source>Asian sopimusliitos poistettu.</source>
      <translation>The item's agreement link removed.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="582" />
      <source>Tiivistys poistaa tietokantatiedostosta poistettujen ja muutettujen tietojen jäänteet (esimerkiksi tekstistä poistetun henkilötunnuksen), joita mikään haku ei enää löydä. Tietokannan sisältö ei muutu. Aiemmat varmuuskopiot sisältävät vanhat tiedot, kunnes ne harvennetaan.

Sulje ensin muut Sihteerin ikkunat, jotka käyttävät samaa tietokantaa. Tiivistetäänkö tietokanta nyt?</source>
      <translation>Compacting removes the remains of deleted and changed data from the database file (for example a personal identity code removed from a text) that no search finds any more. The database's contents do not change. Earlier backups keep the old data until they are rotated out.

First close other Sihteeri windows using the same database. Compact the database now?</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="589" />
      <source>Tiivistä tietokanta</source>
      <translation>Compact the database</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="595" />
      <source>Tietokanta tiivistetty: {before} Mt → {after} Mt.</source>
      <translation>Database compacted: {before} MB → {after} MB.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="604" />
      <source>Tiivistetään tietokantaa…</source>
      <translation>Compacting the database…</translation>
    </message>
  </context>
  <context>
    <name>MeetingConductWidget</name>
    <message>
      <location filename="../../gui/conduct.py" line="146" />
      <source>Pöytäkirja on muuttunut</source>
      <translation>The minutes have changed</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1232" />
      <source>Aloita kokous</source>
      <translation>Start the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1233" />
      <source>Pöytäkirjan tarkastus…</source>
      <translation>Checking the minutes…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1238" />
      <source>Läsnäolijat</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1247" />
      <source>Lisää läsnäolija…</source>
      <translation>Add attendee…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1248" />
      <source>Muokkaa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1249" />
      <source>Poista</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1251" />
      <source>Merkitse tilapäinen poissaolo…</source>
      <translation>Record a temporary absence…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1252" />
      <source>Poista tilapäinen poissaolo…</source>
      <translation>Remove a temporary absence…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1262" />
      <source>Asiat</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1303" />
      <source>Läsnäolo</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1304" />
      <source>Asiat ja päätökset</source>
      <translation>Items and decisions</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1411" />
      <source>Päätöstä ei tallennettu</source>
      <translation>The decision was not saved</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1413" />
      <source>Asian {section} päätöstä ei voitu tallentaa. Suljetaanko ikkuna silti? Tallentamaton päätös menetetään.</source>
      <translation>The decision of item {section} could not be saved. Close the window anyway? The unsaved decision will be lost.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1464" />
      <source>Luonnos – kokousta ei ole aloitettu.</source>
      <translation>Draft – the meeting has not started.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1465" />
      <source>Esityslista julkaistu – aloita kokous, kun se alkaa.</source>
      <translation>Agenda published – start the meeting when it begins.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1466" />
      <source>Kokous pidetty – pöytäkirja odottaa tarkastusta.</source>
      <translation>Meeting held – the minutes await checking.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1467" />
      <source>Pöytäkirja tarkastettu ja lukittu – korjaukset oikaisuina.</source>
      <translation>Minutes checked and locked – corrections as rectifications.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1468" />
      <source>Pöytäkirja tarkastettu ja julkaistu – korjaukset oikaisuina.</source>
      <translation>Minutes checked and published – corrections as rectifications.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1610" />
      <location filename="../../gui/conduct.py" line="1621" />
      <source>Poista läsnäolijoista</source>
      <translation>Remove from those present</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1612" />
      <source>{name} on toimielimen jäsen, joten hän on pöytäkirjassa joko läsnä tai poissa. Merkitäänkö hänet poissaolevaksi?</source>
      <translation>{name} is a member of the body, so the minutes list them as either present or absent. Mark them as absent?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1622" />
      <source>Poistetaanko {name} läsnäololuettelosta?</source>
      <translation>Remove {name} from the attendance list?</translation>
    </message>
  </context>
  <context>
    <name>MeetingInfoDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="127" />
      <source>Päivämäärä</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="129" />
      <source>Alkaa klo</source>
      <translation>Starts at</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="131" />
      <source>Paikka</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="135" />
      <source>Kokoukset numeroidaan vuosittain. Pykälät seuraavat kokousten järjestystä.</source>
      <translation>Meetings are numbered by year. The sections follow the order of the meetings.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="136" />
      <source>Kokouksen numero</source>
      <translation>Meeting number</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="84" />
      <source>puheenjohtaja</source>
      <translation>chair</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="85" />
      <source>varapuheenjohtaja</source>
      <translation>vice chair</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="86" />
      <source>jäsen</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="87" />
      <source>varajäsen</source>
      <translation>deputy member</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="418" />
      <source>Uusi jäsen</source>
      <translation>New member</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="418" />
      <source>Jäsenyys: {name}</source>
      <translation>Membership: {name}</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="427" />
      <source>etunimi sukunimi; aiemmin tallennettu henkilö ehdotetaan</source>
      <translation>first name last name; a person saved earlier is suggested</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="428" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="433" />
      <source>Rooli</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="435" />
      <source>(ei henkilökohtainen)</source>
      <translation>(not personal)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="439" />
      <source>Henkilökohtainen varajäsen jäsenelle</source>
      <translation>Personal deputy for the member</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="442" />
      <source>Kausi alkaa</source>
      <translation>Term starts</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="443" />
      <source>Jäsenyys päättyy</source>
      <translation>Membership ends</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="448" />
      <source>Kausi päättyy</source>
      <translation>Term ends</translation>
    </message>
  </context>
  <context>
    <name>MotionDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="463" />
      <location filename="../../gui/conduct_dialogs.py" line="471" />
      <source>Ehdotus</source>
      <translation>Motion</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="467" />
      <source>(ei kannatettu – ehdotus raukeaa)</source>
      <translation>(not seconded – the motion lapses)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="468" />
      <source>Ehdottaja peruutti ehdotuksensa</source>
      <translation>The proposer withdrew the proposal</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="470" />
      <source>Ehdottaja</source>
      <translation>Proposed by</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="475" />
      <location filename="../../gui/conduct_dialogs.py" line="476" />
      <source>Ehdotus ruotsiksi</source>
      <translation>Motion in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="479" />
      <source>Kannattaja</source>
      <translation>Seconded by</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="490" />
      <source>Lisää ehdotus</source>
      <translation>Add motion</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="490" />
      <source>Tallenna</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="495" />
      <source>Kokouksessa ei ole äänivaltaisia läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>The meeting has nobody present with a vote; begin the meeting and record who is present first.</translation>
    </message>
  </context>
  <context>
    <name>NavigatorModel</name>
    <message>
      <location filename="../../gui/navigator.py" line="40" />
      <source>luonnos</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="41" />
      <source>esityslista julkaistu</source>
      <translation>agenda published</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="42" />
      <source>pidetty</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="43" />
      <source>tarkastettu</source>
      <translation>checked</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="44" />
      <source>julkaistu</source>
      <translation>published</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="171" />
      <source>Kokous {number}/{year} · {date} ({state})</source>
      <translation>Meeting {number}/{year} · {date} ({state})</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="209" />
      <source>{count} asiaa</source>
      <translation>{count} items</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="209" />
      <source>1 asia</source>
      <translation>1 item</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="292" />
      <source>pöytäkirja tarkastettu, vain luku</source>
      <translation>minutes checked, read only</translation>
    </message>
  </context>
  <context>
    <name>NewMeetingDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="155" />
      <source>Uusi kokous</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="164" />
      <source>Toimielin</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="166" />
      <source>Päivämäärä</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="168" />
      <source>Alkaa klo</source>
      <translation>Starts at</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="170" />
      <source>Paikka</source>
      <translation>Place</translation>
    </message>
  </context>
  <context>
    <name>OnlineRemovalsDialog</name>
    <message>
      <location filename="../../gui/online_dialog.py" line="47" />
      <source>Verkosta poistettavat</source>
      <translation>To take off the web</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="49" />
      <source>Henkilötiedot poistetaan julkaistusta pöytäkirjasta muutoksenhakuajan päätyttyä niistä pykälistä, jotka on merkitty sisältämään henkilötietoja; koko pöytäkirja, kun organisaation asetuksissa annettu aika on kulunut.</source>
      <translation>Personal data comes off the published minutes when the appeal period has ended, from the sections marked as holding it; the whole minutes when the time set in the organisation's settings has passed.</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="57" />
      <source>Alkaen</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="59" />
      <source>päättyen</source>
      <translation>until</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="64" />
      <source>Päivä</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="64" />
      <source>Kokous</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="64" />
      <source>Poistettava</source>
      <translation>To remove</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="71" />
      <source>Ei poistettavaa näinä päivinä.</source>
      <translation>Nothing to remove on these days.</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="74" />
      <source>Näytä kokous</source>
      <translation>Show the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="76" />
      <source>Verkkoversio ilman henkilötietoja…</source>
      <translation>Online version without personal data…</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="78" />
      <source>Tallenna valitun kokouksen pöytäkirja verkkoon ilman henkilötietoja</source>
      <translation>Save the chosen meeting's minutes for the web without personal data</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="102" />
      <source>henkilötiedot: {sections} §</source>
      <translation>personal data: § {sections}</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="106" />
      <source>koko pöytäkirja</source>
      <translation>the whole minutes</translation>
    </message>
  </context>
  <context>
    <name>OrganisationForm</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="66" />
      <source>kunta</source>
      <translation>municipality</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="67" />
      <source>kuntayhtymä</source>
      <translation>joint municipal authority</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="68" />
      <source>maakuntaliitto</source>
      <translation>regional council</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="69" />
      <source>hyvinvointialue</source>
      <translation>wellbeing services county</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="72" />
      <source>suomi</source>
      <translation>Finnish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="73" />
      <source>ruotsi</source>
      <translation>Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="74" />
      <source>kaksikielinen (suomi ja ruotsi)</source>
      <translation>bilingual (Finnish and Swedish)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="108" />
      <source>Organisaation laji</source>
      <translation>Kind of organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="110" />
      <source>esim. Hartolan kunta</source>
      <translation>e.g. Hartolan kunta</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="111" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="113" />
      <source>Nimi lauseen sisällä genetiivissä, esim. ”Hartolan kunnan”. Päätösehdotusten mallipohjat käyttävät tätä (organisation.genitive); tyhjänä käytetään harmaana näkyvää ehdotusta.</source>
      <translation>The Finnish name in the genitive inside a sentence, e.g. ”Hartolan kunnan”. Draft templates use it (organisation.genitive); when empty, the greyed suggestion is used.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="118" />
      <source>Nimi genetiivissä</source>
      <translation>Name in the genitive (Finnish)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="122" />
      <source>kaksikielisen organisaation ruotsinkielinen nimi</source>
      <translation>the Swedish name of a bilingual organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="123" />
      <source>Nimi ruotsiksi</source>
      <translation>Name in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="127" />
      <source>Asiakirjojen kieli</source>
      <translation>Language of documents</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="134" />
      <source>Postiosoite</source>
      <translation>Postal address</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="137" />
      <source>esim. Rantatie 6, Hartola</source>
      <translation>e.g. Rantatie 6, Hartola</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="139" />
      <source>Kirjaamon sähköposti</source>
      <translation>Registry e-mail</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="141" />
      <source>esim. ma–pe klo 9–15</source>
      <translation>e.g. Mon–Fri 9–15</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="142" />
      <source>Kirjaamon aukioloaika</source>
      <translation>Registry opening hours</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="149" />
      <source>Käyntiosoite</source>
      <translation>Visiting address</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="150" />
      <source>Postiosoite ruotsiksi</source>
      <translation>Postal address in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="151" />
      <source>Käyntiosoite ruotsiksi</source>
      <translation>Visiting address in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="152" />
      <source>Aukioloaika ruotsiksi</source>
      <translation>Opening hours in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="157" />
      <source>(ei valittu)</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="163" />
      <source>Hallinto-oikeus, jolle kunnallisvalitukset tehdään; valtuuston pöytäkirjan valitusosoitus tarvitsee sen.</source>
      <translation>The administrative court municipal appeals go to; the council's appeal instructions need it.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="165" />
      <source>Hallinto-oikeus</source>
      <translation>Administrative court</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="167" />
      <source>esim. Hartolassa</source>
      <translation>e.g. Hartolassa</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="171" />
      <source>kaksikielisen organisaation otteissa, esim. Lahtis</source>
      <translation>in a bilingual organisation's excerpts, e.g. Lahtis</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="175" />
      <source> päivää</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="176" />
      <source>Kuinka kauan pöytäkirjat pidetään yleisessä tietoverkossa julkaisusta (vähintään muutoksenhakuajan loppuun). Henkilötiedot poistetaan jo muutoksenhakuajan päätyttyä.</source>
      <translation>How long minutes stay in the public network after publication (at least until the appeal period ends). Personal data comes off as soon as the appeal period has ended.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="179" />
      <source>Pöytäkirjat verkossa</source>
      <translation>Minutes online</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="181" />
      <source>Pöytäkirjanotteen todistuspaikka</source>
      <translation>Place of certifying excerpts</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="182" />
      <source>Todistuksen teksti</source>
      <translation>Certification text (Finnish)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="183" />
      <source>Todistuspaikka ruotsiksi</source>
      <translation>Certification place in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="184" />
      <source>Todistuksen teksti ruotsiksi</source>
      <translation>Certification text in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="254" />
      <source>(muu, asetettu ohjelmallisesti)</source>
      <translation>(other, set by a program)</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="286" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="355" />
      <source>Lisää osapuoli</source>
      <translation>Add party</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="364" />
      <source>Valitse tai kirjoita uusi</source>
      <translation>Choose or type a new one</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="365" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="367" />
      <source>Kunta</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="368" />
      <source>Kuntayhtymä</source>
      <translation>Joint municipal authority</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="369" />
      <source>Maakuntaliitto</source>
      <translation>Regional council</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="370" />
      <source>Hyvinvointialue</source>
      <translation>Wellbeing services county</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="372" />
      <source>Laji (uusi organisaatio)</source>
      <translation>Kind (new organisation)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="373" />
      <source>Kunnanhallitus</source>
      <translation>Municipal executive board</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="375" />
      <source>Päättävä toimielin</source>
      <translation>Deciding body</translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="969" />
      <source>Hae nimellä tai nimikkeellä</source>
      <translation>Search by name or title</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="970" />
      <source>Hae henkilöitä</source>
      <translation>Search people</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="970" />
      <source>Henkilöt</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Virkanimike</source>
      <translation>Job title</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Sähköposti</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Puhelin</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="972" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="974" />
      <source>Uusi henkilö…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="975" />
      <source>Muokkaa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="1109" />
      <source>{name} ({date} asti)</source>
      <translation>{name} (until {date})</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="861" />
      <source>Uusi henkilö</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="861" />
      <source>Henkilön tiedot</source>
      <translation>Person details</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="864" />
      <source>Nimi</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="870" />
      <source>Minkä oman organisaation henkilö tämä on. Päätösehdotuksen allekirjoittaja haetaan organisaation omista henkilöistä.</source>
      <translation>Which of the home organisations this person belongs to. The signatory of a draft decision is looked for among the organisation's own people.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="872" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="875" />
      <source>esim. sivistysjohtaja</source>
      <translation>e.g. director of education</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="876" />
      <source>Virkanimike</source>
      <translation>Job title</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="878" />
      <source>Virkanimike ruotsiksi</source>
      <translation>Job title in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="880" />
      <source>Sähköposti</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="882" />
      <source>Puhelin</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="883" />
      <source>Nimi tai nimike on vaihtunut, alkaen</source>
      <translation>The name or title has changed, from</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="884" />
      <source>Korjaan kirjoitusvirheen</source>
      <translation>I am correcting a misspelling</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="895" />
      <source>Jos nimi tai virkanimike muuttuu</source>
      <translation>If the name or title changes</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="902" />
      <source>Esimerkiksi avioliitto tai uusi virka: aiempien kokousten asiakirjoissa säilyy entinen nimi ja nimike.</source>
      <translation>For example a marriage or a new post: the documents of earlier meetings keep the former name and title.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="905" />
      <source>Korjaus näkyy kaikissa asiakirjoissa, myös aiempien kokousten.</source>
      <translation>The correction shows in every document, earlier meetings' too.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="906" />
      <source>Jos tilalle tulee toinen henkilö, lisää hänet uutena.</source>
      <translation>If another person takes over, add them as a new person.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="910" />
      <source>Aiemmat nimet: {names}</source>
      <translation>Former names: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="948" />
      <source>Valitse, onko nimi tai nimike vaihtunut vai korjaatko kirjoitusvirheen.</source>
      <translation>Choose whether the name or title has changed or you are correcting a misspelling.</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="168" />
      <source>Esikatselu</source>
      <translation>Preview</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <location filename="../../gui/print_preview.py" line="88" />
      <source>Esikatselu — %1</source>
      <translation>Preview — %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../gui/print_preview.py" line="102" />
      <source>%n sivua</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="102" />
      <source>1 sivu</source>
      <translation>1 page</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="103" />
      <source>Tulosta…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="106" />
      <source>Tallenna PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="112" />
      <source>Sulje</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="126" />
      <source>Näitä liitteitä ei liitetty asiakirjaan; lähetä ne tarvittaessa erikseen:</source>
      <translation>These attachments were not added to the document; send them separately if needed:</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="131" />
      <source>Näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne tulostuivat suomeksi (ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):</source>
      <translation>These sections have no Swedish text, so they were printed in Finnish (the Swedish texts are written on the item's tab In Swedish):</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="145" />
      <source>Tallenna PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="145" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../gui/dialogs.py" line="423" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="425" />
      <source>Asiaan ”{what}” on tehty muutoksia, joita ei ole tallennettu.</source>
      <translation>The item “{what}” has changes that have not been saved.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="441" />
      <source>Palauta tallentamattomat muutokset</source>
      <translation>Restore unsaved changes</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="451" />
      <source>Uusi asia</source>
      <translation>New item</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="452" />
      <source>Asian otsikko:</source>
      <translation>Title of the item:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="493" />
      <source>Siirrä toiseen kokoukseen</source>
      <translation>Move to another meeting</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="494" />
      <source>Kokous, johon asia siirretään:</source>
      <translation>Meeting to move the item to:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="504" />
      <source>Liitä sopimukseen</source>
      <translation>Link to agreement</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="505" />
      <source>Sopimus, jota asia koskee:</source>
      <translation>The agreement the item is about:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="518" />
      <source>Liitä tiedosto</source>
      <translation>Attach a file</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="519" />
      <source>Kaikki tiedostot (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="528" />
      <source>Tiedostoa ei voitu avata</source>
      <translation>The file could not be opened</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="529" />
      <source>Tiedostolle {name} ei ole avaavaa ohjelmaa. Se on tallennettu kansioon {folder}.</source>
      <translation>No program opens the file {name}. It has been saved in the folder {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="547" />
      <source>Verkkojulkaisun merkinnät</source>
      <translation>Marks for publishing online</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="549" />
      <source>Merkintä ei muuta tarkastettua pöytäkirjaa. Se ratkaisee, näkyykö pykälästä verkkoversiossa, josta henkilötiedot on poistettu muutoksenhakuajan päätyttyä, vain julkaistava otsikko ja maininta poistosta.</source>
      <translation>The mark does not change the checked minutes. It decides whether the section shows only its published title and a note of the removal in the online version from which personal data has been removed after the appeal period.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="555" />
      <source>Sisältää henkilötietoja</source>
      <translation>Contains personal data</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="600" />
      <source>Tietokantapalvelimen salasana</source>
      <translation>Database server password</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="603" />
      <source>Palvelin ei hyväksynyt salasanaa. Yritä uudelleen.</source>
      <translation>The server did not accept the password. Try again.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="605" />
      <source>Palvelin {server} pyytää käyttäjän {user} salasanan.</source>
      <translation>The server {server} asks for the password of the user {user}.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="609" />
      <source>Salasana:</source>
      <translation>Password:</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <location filename="../../gui/publish_dialog.py" line="51" />
      <source>Verkkojulkaisu</source>
      <translation>Publish online</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="53" />
      <source>Asiakirja</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="54" />
      <source>Esityslista</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="55" />
      <source>Pöytäkirja</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="61" />
      <source>Muoto</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="62" />
      <source>Saavutettava verkkosivu (HTML)</source>
      <translation>Accessible web page (HTML)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="63" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="73" />
      <source>Ilman henkilötietoja (muutoksenhakuajan päätyttyä)</source>
      <translation>Without personal data (after the appeal period)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="76" />
      <source>Ilman henkilötietoja: pykälistä, jotka on merkitty sisältämään henkilötietoja, näkyvät vain julkinen otsikko, diaarinumero ja maininta poistosta. Salassa pidettävistä asioista näkyy aina vain julkinen otsikko. Poistopäivät: Työkalut → Verkosta poistettavat…</source>
      <translation>Without personal data: sections marked as containing personal data show only their public title, diary number and a note of the removal. Secret items always show only their public title. Removal dates: Tools → To take off the web…</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="82" />
      <source>Tallenna…</source>
      <translation>Save…</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="83" />
      <source>Peruuta</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="121" />
      <source>Tallenna verkkojulkaisu</source>
      <translation>Save the online version</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="123" />
      <source>HTML-sivut (*.html)</source>
      <translation>HTML pages (*.html)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="125" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="142" />
      <source>Muodostetaan verkkojulkaisua…</source>
      <translation>Making the online version…</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../gui/search.py" line="168" />
      <source>Hakusanat</source>
      <translation>Search words</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="169" />
      <source>Hakusanat tai diaarinumero, esim. yhteistyösopimus</source>
      <translation>Search words or diary number, e.g. yhteistyösopimus</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="171" />
      <source>Kaikkien sanojen on löydyttävä samasta asiasta. TAI isoilla kirjaimilla kahden sanan välissä: kumpi tahansa kelpaa (kunta TAI kaupunki). Miinus sanan edessä jättää pois asiat, joissa sana on (sopimus -vuokra).</source>
      <translation>Every word must be found in the same item. TAI (or OR) in capitals between two words: either will do (kunta TAI kaupunki). A minus in front of a word leaves out the items that have it (sopimus -vuokra).</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="182" />
      <location filename="../../gui/search.py" line="184" />
      <source>Tehtäväluokka</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="185" />
      <source>Toimielin</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="186" />
      <source>Vuosi</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="189" />
      <source>Kaikki lopputulokset</source>
      <translation>All outcomes</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="192" />
      <source>Lopputulos</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="195" />
      <source>Hae</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="204" />
      <source>Hakutulokset</source>
      <translation>Search results</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="224" />
      <source>Kaikki toimielimet</source>
      <translation>All bodies</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="228" />
      <source>Kaikki vuodet</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="250" />
      <location filename="../../gui/search.py" line="251" />
      <source>Haetaan…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="281" />
      <source>Ei hakusanoja: näytetään uusimmat asiat ({shown}).</source>
      <translation>No search words: showing the latest matters ({shown}).</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="284" />
      <source>Yli {limit} osumaa: näytetään {shown} viimeksi tallennettua päivämäärän mukaan. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>More than {limit} matches: showing the {shown} saved last, by date. Narrow the search with a word or a filter.</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="288" />
      <source>Näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>Showing the {shown} best matches. Narrow the search with a word or a filter.</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="293" />
      <source>{total} osumaa: näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>{total} matches: showing the {shown} best. Narrow the search with a word or a filter.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../gui/search.py" line="302" />
      <source>%n osumaa</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="302" />
      <source>1 osuma</source>
      <translation>1 match</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="301" />
      <source>Ei osumia.</source>
      <translation>No matches.</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../gui/search.py" line="63" />
      <source>Toimielin</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="64" />
      <source>Päivämäärä</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="65" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="66" />
      <source>Dnro</source>
      <translation>Diary no.</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="67" />
      <source>Otsikko</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="68" />
      <source>Osuma</source>
      <translation>Match</translation>
    </message>
  </context>
  <context>
    <name>SecretaryPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="390" />
      <source>Sihteeri</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="393" />
      <source>Nimesi</source>
      <translation>Your name</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="395" />
      <source>esim. hallintosihteeri</source>
      <translation>e.g. administrative secretary</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="396" />
      <source>Virkanimikkeesi</source>
      <translation>Your title</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <location filename="../../gui/i18n.py" line="159" />
      <source>{number} §</source>
      <translation>§ {number}</translation>
    </message>
  </context>
  <context>
    <name>SectionsModel</name>
    <message>
      <location filename="../../gui/conduct_models.py" line="295" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="295" />
      <source>Asia</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="295" />
      <source>Päätösvaltaisuus</source>
      <translation>Quorum</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="295" />
      <source>Päätös</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="307" />
      <source> (oikaistu)</source>
      <translation> (rectified)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="313" />
      <source>puuttuu</source>
      <translation>missing</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="314" />
      <source> – teksti puuttuu</source>
      <translation> – text missing</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="321" />
      <source>Läsnä {filled} jäsenpaikkaa {seats}:stä, vaaditaan vähintään {required}.</source>
      <translation>{filled} of {seats} member seats present; at least {required} required.</translation>
    </message>
  </context>
  <context>
    <name>SendingDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="324" />
      <source>kirjeellä</source>
      <translation>by letter</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="325" />
      <source>sähköisesti</source>
      <translation>electronically</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="326" />
      <source>saantitodistuksella</source>
      <translation>with acknowledgement of receipt</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="327" />
      <source>henkilökohtaisesti</source>
      <translation>in person</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="335" />
      <source>Asianosaisen muutoksenhakuaika alkaa tiedoksisaannista: kirje 7. päivänä ja sähköinen viesti 3. päivänä lähettämisestä, saantitodistus ja henkilökohtainen luovutus vastaanottopäivänä. ”–” = ei vielä.</source>
      <translation>A party's appeal period starts from notification: a letter on the 7th day and an electronic message on the 3rd day after sending, a receipt and delivery by hand on the day received. ”–” = not yet.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="341" />
      <source>Vastaanottaja</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="341" />
      <source>Asianosainen</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="342" />
      <source>Lähetetty</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="342" />
      <source>Tapa</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="342" />
      <source>Vastaanotettu</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="345" />
      <source>Otteiden vastaanottajat</source>
      <translation>Recipients of excerpts</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="353" />
      <source>kyllä</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="353" />
      <source>ei (tiedoksi)</source>
      <translation>no (for information)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="364" />
      <source>{name}, lähetetty</source>
      <translation>{name}, sent</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="365" />
      <source>{name}, lähetystapa</source>
      <translation>{name}, delivery method</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="366" />
      <source>{name}, vastaanotettu</source>
      <translation>{name}, received</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../gui/settings.py" line="119" />
      <source>Asetukset</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="131" />
      <source>Käyttöliittymän kieli</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="134" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="136" />
      <source>Luonnoksen automaattinen tallennus</source>
      <translation>Autosave of drafts</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="138" />
      <source>Nimesi</source>
      <translation>Your name</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="140" />
      <source>Virkanimikkeesi</source>
      <translation>Your title</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="141" />
      <source>Nimesi perusteella sinut merkitään pöytäkirjanpitäjäksi toimielimen ensimmäiseen kokoukseen; myöhemmät kokoukset saavat edellisen kokouksen pöytäkirjanpitäjän.</source>
      <translation>Your name makes you the minutes secretary of a body's first meeting; later meetings get the previous meeting's minutes secretary.</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="145" />
      <source>Yleiset</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="187" />
      <location filename="../../gui/settings.py" line="199" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="205" />
      <source>Tehtäväluokitus</source>
      <translation>Task classification</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="181" />
      <source>Tietokannassa pidetään useamman oman organisaation pöytäkirjoja. Valitse, minkä organisaation tietoja muokkaat; OK tallentaa kaikkien muutetut tiedot.</source>
      <translation>The database keeps the minutes of several home organisations. Choose the organisation whose details you edit; OK stores the changed details of all of them.</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="201" />
      <source>Toimielimet ja jäsenet</source>
      <translation>Bodies and members</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="203" />
      <source>Henkilöt</source>
      <translation>People</translation>
    </message>
  </context>
  <context>
    <name>Splash</name>
    <message>
      <location filename="../../gui/splash.py" line="51" />
      <source>toimielimen sihteerin työväline</source>
      <translation>the body secretary's tool</translation>
    </message>
    <message>
      <location filename="../../gui/splash.py" line="54" />
      <source>Käynnistyy…</source>
      <translation>Starting…</translation>
    </message>
  </context>
  <context>
    <name>StartupRestoreDialog</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="430" />
      <source>Tietokantaa ei voi avata</source>
      <translation>The database cannot be opened</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="441" />
      <source>Uusin ehjä varmuuskopio on otettu {day}.{month}.{year} klo {time}.</source>
      <translation>The latest intact backup was taken on {day}.{month}.{year} at {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="444" />
      <source>Viimeisin kokous siinä: {meeting}.</source>
      <translation>Latest meeting in it: {meeting}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="446" />
      <source>Varmuuskopio palautetaan tiedostoksi {path}.</source>
      <translation>The backup is restored as the file {path}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="448" />
      <source>Tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.</source>
      <translation>The file is neither deleted nor overwritten: it is moved aside in the same folder.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="451" />
      <source>Vioittunutta tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.</source>
      <translation>The damaged file is neither deleted nor overwritten: it is moved aside in the same folder.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="457" />
      <source>Palauta varmuuskopio</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="460" />
      <source>Lopeta</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>TemplateManagerDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="289" />
      <source>Mallipohjat</source>
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="330" />
      <source>Uusi…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="331" />
      <source>Kopioi…</source>
      <translation>Copy…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="332" />
      <source>Nimeä uudelleen…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="333" />
      <source>Poista</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="334" />
      <source>Historia…</source>
      <translation>History…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="335" />
      <source>Vie tiedostoon…</source>
      <translation>Export to file…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="336" />
      <source>Tuo tiedostosta…</source>
      <translation>Import from file…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="357" />
      <location filename="../../gui/template_dialog.py" line="361" />
      <location filename="../../gui/template_dialog.py" line="365" />
      <source>mikä tahansa</source>
      <translation>any</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="369" />
      <source>Kieli</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="370" />
      <source>Asian laji</source>
      <translation>Kind of item</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="371" />
      <source>Toimielimen laji</source>
      <translation>Kind of body</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="372" />
      <source>Sopimuksen laji</source>
      <translation>Kind of agreement</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="373" />
      <source>Kuvaus</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="380" />
      <source>Mallipohjan teksti</source>
      <translation>Template text</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="383" />
      <source>Lisää muuttuja kohdistimen kohdalle</source>
      <translation>Insert a variable at the cursor</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="392" />
      <source>Esimerkkiasia (kuviteltu)</source>
      <translation>Sample item (imaginary)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="394" />
      <source>Esikatselu asialle</source>
      <translation>Preview on item</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="403" />
      <source>Tallenna</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="413" />
      <source>Sulje</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="444" />
      <source>valmis</source>
      <translation>built-in</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="444" />
      <source>oma</source>
      <translation>own</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="494" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Valmis mallipohja: vain luettavissa. Kopioi se muokataksesi.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Built-in template: read only. Copy it to edit.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="499" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oma mallipohja.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Own template.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="514" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oma mallipohja. Siinä on tallentamattomat muutokset, jotka olivat kesken, kun Sihteeri sulkeutui: tallenna tai hylkää ne.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Own template. It has unsaved changes that were unfinished when Sihteeri closed: save or discard them.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="577" />
      <location filename="../../gui/template_dialog.py" line="582" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="583" />
      <source>Mallipohjaan on tehty muutoksia, joita ei ole tallennettu. Hylätäänkö muutokset?</source>
      <translation>The template has changes that have not been saved. Discard them?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="619" />
      <source>Lisää muuttuja…</source>
      <translation>Insert variable…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="641" />
      <source>Uusi mallipohja</source>
      <translation>New template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="641" />
      <source>Mallipohjan nimi:</source>
      <translation>Template name:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="654" />
      <source>Kopioi mallipohja</source>
      <translation>Copy template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="655" />
      <source>Kopion nimi:</source>
      <translation>Name of the copy:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="656" />
      <source>{name} (oma)</source>
      <translation>{name} (own)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="669" />
      <source>Nimeä mallipohja uudelleen</source>
      <translation>Rename template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="669" />
      <source>Uusi nimi:</source>
      <translation>New name:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="684" />
      <source>Poista mallipohja</source>
      <translation>Remove template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="685" />
      <source>Poistetaanko mallipohja ”{name}” historioineen? Poistoa ei voi kumota.</source>
      <translation>Remove the template “{name}” with its history? The removal cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="754" />
      <source>Viety tiedostoon {path}</source>
      <translation>Exported to {path}</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="763" />
      <source>Tiedostoa ei voitu lukea: {error}</source>
      <translation>The file could not be read: {error}</translation>
    </message>
  </context>
  <context>
    <name>TerminationDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="401" />
      <source>Sopimuksen päättäminen</source>
      <translation>Ending the agreement</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="404" />
      <source>Voimassa (ei irtisanottu)</source>
      <translation>In force (not terminated)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="405" />
      <source>Irtisanottu</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="406" />
      <source>Peruttu</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="408" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="411" />
      <source>Päivästä</source>
      <translation>From</translation>
    </message>
  </context>
  <context>
    <name>TieDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="645" />
      <source>Äänet menivät tasan – {section}</source>
      <translation>Tied vote – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="648" />
      <source>Kumpi ehdotus tuli hyväksytyksi?</source>
      <translation>Which proposal was adopted?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="649" />
      <source>JAA-ehdotus: {text}</source>
      <translation>YES proposal: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="650" />
      <source>EI-ehdotus: {text}</source>
      <translation>NO proposal: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="651" />
      <source>Tallenna tulos</source>
      <translation>Save the result</translation>
    </message>
  </context>
  <context>
    <name>VoteDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="59" />
      <source>Jaa</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="60" />
      <source>Ei</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="61" />
      <source>Tyhjä</source>
      <translation>Blank</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="62" />
      <source>Poissa</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="525" />
      <source>Äänestys – {section}</source>
      <translation>Vote – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="530" />
      <source>JAA-ehdotus</source>
      <translation>YES proposal</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="536" />
      <location filename="../../gui/conduct_dialogs.py" line="537" />
      <source>JAA-ehdotus ruotsiksi</source>
      <translation>YES proposal in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="538" />
      <source>EI-ehdotus</source>
      <translation>NO proposal</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="540" />
      <location filename="../../gui/conduct_dialogs.py" line="542" />
      <source>EI-ehdotus ruotsiksi</source>
      <translation>NO proposal in Swedish</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="544" />
      <source>Äänestäjä</source>
      <translation>Voter</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="544" />
      <source>Ääni</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="548" />
      <source>Äänet</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="551" />
      <source> (pj)</source>
      <translation> (chair)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="555" />
      <source>(valitse)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="558" />
      <source>{name}, ääni</source>
      <translation>{name}, vote</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="564" />
      <source>Kaikki jaa</source>
      <translation>All yes</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="580" />
      <source>Tallenna äänestys</source>
      <translation>Save vote</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="604" />
      <source>Asiassa ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>The item has no voters; begin the meeting and record who is present first.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="606" />
      <source>Kirjoita sekä JAA- että EI-ehdotus.</source>
      <translation>Write both the YES and the NO proposal.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="608" />
      <source>Merkitse jokaisen äänestäjän ääni ({n} puuttuu).</source>
      <translation>Record every voter's ballot ({n} missing).</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="623" />
      <source>Ääni puuttuu {n} äänestäjältä.</source>
      <translation>{n} voters have no ballot yet.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../gui/app.py" line="278" />
      <source>Viimeksi käytettyä tietokantaa ei voitu avata: {problem} Sihteeri avaa oletustietokannan; toisen tietokannan voi valita valikosta Tiedosto → Avaa tietokanta…</source>
      <translation>The database used last time could not be opened: {problem} Sihteeri opens the default database; another database can be chosen in the menu File → Open database…</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="302" />
      <source>tiedostoa {path} ei löydy.</source>
      <translation>the file {path} is not found.</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="334" />
      <source>Tietokantaa ei voitu avata</source>
      <translation>The database could not be opened</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="335" />
      <source>Viimeksi käytettyä tietokantaa ei voitu avata: {problem}

Jos tietokanta on palvelimella, se voi olla hetken poissa käytöstä: yritä hetken päästä uudelleen. Uutta tietokantaa ei kannata ottaa käyttöön sen tilalle, koska päivän työ jäisi silloin eri tietokantaan.</source>
      <translation>The database used last time could not be opened: {problem}

If the database is on a server, it may be out of use for a while: try again in a moment. Do not start a new database in its place, as the day's work would then end up in another database.</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="339" />
      <source>Yritä uudelleen</source>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="341" />
      <source>Avaa toinen tietokanta…</source>
      <translation>Open another database…</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="343" />
      <source>Lopeta</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="393" />
      <source>salasanaa ei annettu.</source>
      <translation>the password was not given.</translation>
    </message>
  </context>
  <context>
    <name>conduct_dialogs</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="132" />
      <source>Peruuta</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="168" />
      <source>tyhjänä tulostuu suomenkielinen teksti</source>
      <translation>empty: the Finnish text prints</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../gui/errors.py" line="33" />
      <source>Virhe</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="34" />
      <source>Tietokantaa ei voi käyttää</source>
      <translation>The database cannot be used</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="35" />
      <source>Levy täynnä</source>
      <translation>Disk full</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="36" />
      <source>Varmuuskopiota ei saatu</source>
      <translation>No backup could be taken</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="37" />
      <source>Toimintoa ei voi tehdä</source>
      <translation>The action cannot be done</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="38" />
      <source>Tallennusristiriita</source>
      <translation>Save conflict</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="39" />
      <source>Tarkastettu pöytäkirja</source>
      <translation>Checked minutes</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="40" />
      <source>Virheellinen tieto</source>
      <translation>Invalid data</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="41" />
      <source>Ei löytynyt</source>
      <translation>Not found</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="42" />
      <source>Virhe mallipohjassa</source>
      <translation>Error in the template</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="43" />
      <source>Arkistoa ei voi tuoda</source>
      <translation>The archive cannot be imported</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="44" />
      <source>Varmuuskopio-ohjelma puuttuu</source>
      <translation>Backup program missing</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="45" />
      <source>Arkistokappaletta ei voitu tehdä</source>
      <translation>The archival copy could not be made</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="46" />
      <source>Tiedostoa ei voitu tallentaa</source>
      <translation>The file could not be saved</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="96" />
      <source>Virheraportti tallennettiin tiedostoon:
{path}</source>
      <translation>The error report was saved to the file:
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="100" />
      <source>Sihteerissä tapahtui odottamaton virhe. Tallentamattomat muutokset on tallennettu luonnoksina, ja ne tarjotaan palautettaviksi, kun avaat asian uudelleen.

{where}</source>
      <translation>An unexpected error happened in Sihteeri. Unsaved changes have been kept as drafts and are offered for restoring when you open the item again.

{where}</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="105" />
      <source>Odottamaton virhe</source>
      <translation>Unexpected error</translation>
    </message>
  </context>
  <context>
    <name>operations</name>
    <message>
      <location filename="../../gui/operations.py" line="147" />
      <source>Peruuta</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../gui/operations.py" line="277" />
      <source>Odota hetki…</source>
      <translation>Please wait…</translation>
    </message>
  </context>
  <context>
    <name>print_preview</name>
    <message>
      <location filename="../../gui/print_preview.py" line="57" />
      <source>Pöytäkirjanote</source>
      <translation>Minutes excerpt</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="58" />
      <source>Esityslista</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="59" />
      <source>Pöytäkirja</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="60" />
      <source>Päätösehdotusluonnos</source>
      <translation>Draft proposal</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="183" />
      <source>Tulostinta ei voitu avata; tarkista tulostimen valinta.</source>
      <translation>The printer could not be opened; check the printer choice.</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="232" />
      <source>Korvataanko tiedostot?</source>
      <translation>Replace the files?</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="233" />
      <source>Nämä tiedostot ovat jo olemassa, ja ne korvataan:
{names}</source>
      <translation>These files already exist and will be replaced:
{names}</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="315" />
      <location filename="../../gui/print_preview.py" line="332" />
      <location filename="../../gui/print_preview.py" line="349" />
      <source>Muodostetaan asiakirjaa…</source>
      <translation>Building the document…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="379" />
      <source>Tallenna arkistokappale (PDF/A)</source>
      <translation>Save archival copy (PDF/A)</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="381" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="396" />
      <source>Muodostetaan arkistokappaletta…</source>
      <translation>Making the archival copy…</translation>
    </message>
  </context>
  <context>
    <name>template_dialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="89" />
      <source>kokouksen avaus</source>
      <translation>opening of the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="90" />
      <source>laillisuus ja päätösvaltaisuus</source>
      <translation>legality and quorum</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="91" />
      <source>pöytäkirjantarkastajat</source>
      <translation>minutes checkers</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="92" />
      <source>työjärjestys</source>
      <translation>order of business</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="93" />
      <source>tavallinen asia</source>
      <translation>ordinary item</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="94" />
      <source>sopimus</source>
      <translation>agreement</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="95" />
      <source>lausunto</source>
      <translation>statement</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="96" />
      <source>valinta</source>
      <translation>election</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="97" />
      <source>ilmoitusasiat</source>
      <translation>items for information</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="98" />
      <source>muut asiat</source>
      <translation>other matters</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="99" />
      <source>kokouksen päättäminen</source>
      <translation>closing of the meeting</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="105" />
      <source>yhteistoimintasopimus</source>
      <translation>cooperation agreement</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="106" />
      <source>yhteistyösopimus</source>
      <translation>collaboration agreement</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="107" />
      <source>yhteistyöpöytäkirja</source>
      <translation>cooperation protocol</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="108" />
      <source>muu sopimus</source>
      <translation>other agreement</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="114" />
      <source>valtuusto</source>
      <translation>council</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="115" />
      <source>hallitus</source>
      <translation>executive board</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="116" />
      <source>lautakunta</source>
      <translation>committee</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="117" />
      <source>jaosto</source>
      <translation>division</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="118" />
      <source>viranhaltija</source>
      <translation>office-holder</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="135" />
      <source>Tuo mallipohja</source>
      <translation>Import template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="137" />
      <source>Sihteerin mallipohjat (*.j2);;Kaikki tiedostot (*)</source>
      <translation>Sihteeri templates (*.j2);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="144" />
      <source>Vie mallipohja</source>
      <translation>Export template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="146" />
      <source>Sihteerin mallipohjat (*.j2)</source>
      <translation>Sihteeri templates (*.j2)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1057" />
      <source>Laadi ehdotus mallipohjasta</source>
      <translation>Draft proposal from a template</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1076" />
      <source>Korvataanko päätösehdotus?</source>
      <translation>Replace the proposal?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1078" />
      <source>Päätösehdotuksessa on jo tekstiä, jota on muokattu. Korvataanko se mallipohjasta laaditulla tekstillä? Korvauksen voi perua (Kumoa).</source>
      <translation>The proposal already holds edited text. Replace it with the text drafted from the template? The replacement can be undone (Undo).</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../core/meetings.py" line="195" />
      <source> Jos kokoukset vaihtavat numeroita, anna ensin toiselle väliaikainen numero.</source>
      <translation> If the meetings swap numbers, first give one of them a temporary number.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="345" />
      <source> Myös jäsenkunnat ja niiden jäsenet voivat hakea muutosta (KuntaL 137 § 2 mom.).</source>
      <translation> The member municipalities and their members may also appeal (Local Government Act 137 § 2 mom.).</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="208" />
      <source> ja {more} muuta</source>
      <translation> and {more} more</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="275" />
      <source>Anna mallipohjalle nimi.</source>
      <translation>Give the template a name.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="232" />
      <source>Anna osapuolen nimi.</source>
      <translation>Enter the party's name.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="172" />
      <source>Anna päivä, josta alkaen sopimus on irtisanottu tai peruttu.</source>
      <translation>Enter the date from which the agreement is terminated or cancelled.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="101" />
      <source>Anna sopimukselle nimi.</source>
      <translation>Give the agreement a name.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="660" />
      <source>Anna sopimuksen nimi tai osa siitä.</source>
      <translation>Enter the agreement's name or part of it.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="471" />
      <source>Arkisto on eri Sihteerin versiosta (rakenneversio {revision}, tämä Sihteeri {head_revision}). Tuo se samalla Sihteerin versiolla, jolla se tehtiin.</source>
      <translation>The archive is from a different version of Sihteeri (schema revision {revision}, this Sihteeri {head_revision}). Import it with the same version of Sihteeri it was made with.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="392" />
      <location filename="../../db/archive.py" line="330" />
      <source>Arkisto on liian suuri purettavaksi; arkistoa ei tuotu.</source>
      <translation>The archive is too large to extract; the archive was not imported.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="344" />
      <source>Arkisto on tehty uudemmalla Sihteerillä (muotoversio {version}); päivitä Sihteeri.</source>
      <translation>The archive was made with a newer Sihteeri (format version {version}); update Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="306" />
      <source>Arkistoa {path} ei löydy.</source>
      <translation>The archive {path} cannot be found.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="244" />
      <source>Arkistoa {target} ei voitu kirjoittaa: {value}.</source>
      <translation>The archive {target} could not be written: {value}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/archival.py" line="279" />
      <source>Arkistokappaleen voi tehdä vain esityslistasta, pöytäkirjasta ja otteesta.</source>
      <translation>An archival copy can be made only of the agenda, the minutes and an excerpt.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="241" />
      <source>Arkistokappaleen voi tehdä vain esityslistasta, tarkastetusta pöytäkirjasta ja sen otteesta, ei luonnoksesta.</source>
      <translation>An archival copy can be made only of the agenda, checked minutes and their excerpts, not of a draft.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="260" />
      <source>Arkistokappaleen voi tehdä vain julkaistusta esityslistasta; kokouksen {number}/{year} esityslista on vielä luonnos.</source>
      <translation>An archival copy can be made only of a published agenda; the agenda of meeting {number}/{year} is still a draft.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="270" />
      <source>Arkistokappaleen voi tehdä vain tarkastetusta pöytäkirjasta; kokouksen {number}/{year} pöytäkirjaa ei ole tarkastettu.</source>
      <translation>An archival copy can be made only of checked minutes; the minutes of meeting {number}/{year} have not been checked.</translation>
    </message>
    <message>
      <location filename="../../core/printing/archival.py" line="91" />
      <source>Arkistokappaletta ei voitu tallentaa ({path}): {reason}.</source>
      <translation>The archival copy could not be saved ({path}): {reason}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="480" />
      <source>Arkiston manifest.json ei luettele tauluja.</source>
      <translation>The archive's manifest.json lists no tables.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="351" />
      <source>Arkiston manifest.json ei luettele tiedostoja.</source>
      <translation>The archive's manifest.json lists no files.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="338" />
      <source>Arkiston manifest.json on vioittunut.</source>
      <translation>The archive's manifest.json is damaged.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="500" />
      <source>Arkiston taulun {name} rivit eivät vastaa manifest.json-tiedostoa.</source>
      <translation>The rows of the archive's table {name} do not match the manifest.json file.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="567" />
      <source>Arkiston taulun {table} viittaukset muodostavat kehän.</source>
      <translation>The references in the archive's table {table} form a cycle.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="533" />
      <source>Arkiston taulussa {name} on sama tunniste kahdesti.</source>
      <translation>The archive's table {name} has the same identifier twice.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="497" />
      <source>Arkiston tiedosto {member} on vioittunut.</source>
      <translation>The archive's file {member} is damaged.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="291" />
      <source>Arkiston tiedosto ”{name}” osoittaa kohdekansion ulkopuolelle.</source>
      <translation>The archive's file “{name}” points outside the target folder.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="389" />
      <source>Arkiston tiedostoa {name} ei voi lukea: arkisto on vioittunut.</source>
      <translation>The archive's file {name} cannot be read: the archive is damaged.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="373" />
      <source>Arkiston tiedoston {name} tarkiste ei täsmää: arkisto on vioittunut tai sitä on muutettu. Mitään ei tuotu.</source>
      <translation>The checksum of the archive's file {name} does not match: the archive is damaged or has been altered. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="323" />
      <source>Arkistossa on kaksi tiedostoa nimellä ”{filename}”; arkistoa ei tuotu.</source>
      <translation>The archive contains two files named “{filename}”; the archive was not imported.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="319" />
      <source>Arkistossa on symbolinen linkki ”{filename}”; arkistoa ei tuotu.</source>
      <translation>The archive contains a symbolic link “{filename}”; the archive was not imported.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="276" />
      <source>Arkistossa on tiedosto, jonka nimi ”{name}” ei ole sallittu ({problem}). Arkistoa ei tuotu, eikä mitään kirjoitettu.</source>
      <translation>The archive contains a file whose name “{name}” is not allowed ({problem}). The archive was not imported, and nothing was written.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="356" />
      <source>Arkistossa on tiedostoja, joita manifest.json ei luettele: {unlisted}.</source>
      <translation>The archive contains files that manifest.json does not list: {unlisted}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="484" />
      <source>Arkistossa on tuntematon taulu {unknown}.</source>
      <translation>The archive contains an unknown table {unknown}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="493" />
      <source>Arkistosta puuttuu taulun {name} tiedosto.</source>
      <translation>The file of the table {name} is missing from the archive.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="365" />
      <source>Arkistosta puuttuu tiedosto {name}.</source>
      <translation>The file {name} is missing from the archive.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="268" />
      <source>Asetuksen {key} hallinto-oikeudesta puuttuu nimi, postiosoite tai sähköposti.</source>
      <translation>The administrative court in the setting {key} lacks a name, postal address or e-mail.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="258" />
      <source>Asetuksen {key} hallinto-oikeus {value!r} on tuntematon; vaihtoehdot: {known}.</source>
      <translation>The administrative court {value!r} in the setting {key} is unknown; options: {known}.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="69" />
      <source>Asia merkittiin tiedoksi</source>
      <translation>The matter was noted</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="66" />
      <source>Asia palautettiin valmisteluun</source>
      <translation>The matter was returned for preparation</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="67" />
      <source>Asia pantiin pöydälle</source>
      <translation>The matter was tabled</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="68" />
      <source>Asia poistettiin esityslistalta</source>
      <translation>The matter was removed from the agenda</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="977" />
      <source>Asia {section} on osapuolen {organisation} päätös sopimuksesta {value}, joten sitä ei voi poistaa. Poista ensin pykälän linkitys sopimusrekisterissä (Osapuoli → Poista pykälän linkitys).</source>
      <translation>Item {section} is the decision of the party {organisation} on the agreement {value}, so it cannot be removed. First remove the section's link in the agreement register (Party → Unlink section).</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="119" />
      <source>Asiaa ei löydy; se on ehkä poistettu.</source>
      <translation>The item cannot be found; it may have been removed.</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="534" />
      <source>Asiaa ei löytynyt; se on ehkä poistettu.</source>
      <translation>The item was not found; it may have been removed.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="385" />
      <source>Asiaan liittyy oikaisumerkintöjä, eikä sitä voi poistaa.</source>
      <translation>The item has rectification entries and cannot be removed.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="320" />
      <source>Asian otsikko puuttuu.</source>
      <translation>The item's title is missing.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="359" />
      <source>Asian voi siirtää vain saman toimielimen toiseen kokoukseen.</source>
      <translation>The item can only be moved to another meeting of the same body.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1081" />
      <source>Asiassa {section_label} ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>Item {section_label} has no voters; begin the meeting and record who is present first.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="170" />
      <source>Asukasluku {day} puuttuu: {parties}.</source>
      <translation>The population on {day} is missing: {parties}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="803" />
      <source>Asukasluvun on oltava positiivinen kokonaisluku.</source>
      <translation>The population must be a positive whole number.</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="52" />
      <source>Diaarinumero on liian pitkä ({count} merkkiä, enintään {max_length}).</source>
      <translation>The diary number is too long ({count} characters, at most {max_length}).</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="62" />
      <source>Diaarinumero ”{value}” ei ole muotoa numero/luokka/vuosi, esimerkiksi 77/00.04.01/2023: tarkista tehtäväluokka (kaksinumeroiset osat pisteillä erotettuina) ja nelinumeroinen vuosi.</source>
      <translation>The diary number “{value}” is not of the form number/class/year, for example 77/00.04.01/2023: check the classification (two-digit parts separated by full stops) and the four-digit year.</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="69" />
      <source>Diaarinumeron vuosi {year} ei ole mahdollinen.</source>
      <translation>The year {year} in the diary number is not possible.</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="57" />
      <source>Diaarinumerossa on ohjausmerkkejä; kirjoita se uudelleen.</source>
      <translation>The diary number contains control characters; type it again.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="923" />
      <location filename="../../core/minutes.py" line="957" />
      <source>Ehdottaja ei voi kannattaa omaa ehdotustaan.</source>
      <translation>The proposer cannot second their own motion.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="954" />
      <location filename="../../core/minutes.py" line="966" />
      <source>Ehdotusta ei löydy.</source>
      <translation>The motion cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1743" />
      <source>Ehdotusta ”{text}” ei kannatettu; kirjaa käsittelyyn, että se raukesi (Kirjaa puheenjohtajan toteamukset).</source>
      <translation>The proposal ”{text}” was not seconded; record in the handling that it lapsed (Record the chair's findings).</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="555" />
      <source>Ensimmäisen pykälän numeron on oltava positiivinen kokonaisluku.</source>
      <translation>The number of the first section must be a positive whole number.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="338" />
      <source>Erityislaissa säädetty oikaisuvaatimus hallintolain mukaan (HL 49 c §).</source>
      <translation>Rectification request under the Administrative Procedure Act, provided for in a special act (49 c §).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1169" />
      <source>Eriävää mielipidettä ei löydy.</source>
      <translation>The dissent cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1752" />
      <source>Esittelijä {name} on merkitty esteelliseksi tässä asiassa, mutta pöytäkirja nimeää hänet asian esittelijäksi. Vaihda asian Esittelijä-kenttään se, joka esitteli asian hänen sijastaan.</source>
      <translation>The presenter {name} is recorded as disqualified in this item, but the minutes name them as its presenter. Put in the item's Presenter field whoever presented it in their place.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1937" />
      <source>Esityslista julkaistaan ennen kokousta: päivä ei voi olla kokouspäivän jälkeen.</source>
      <translation>The agenda is published before the meeting: the date cannot be after the meeting date.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="898" />
      <source>Esteellisyysmerkintää ei löydy.</source>
      <translation>The disqualification entry cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="203" />
      <source>Esteellisyysperustetta {key} ei ole.</source>
      <translation>There is no disqualification ground {key}.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="93" />
      <source>Euromäärä ”{value}” on liian suuri (enintään 999 999 999 999,99 €).</source>
      <translation>The euro amount “{value}” is too large (at most €999,999,999,999.99).</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="76" />
      <source>Euromäärä ”{value}” on monitulkintainen: piste voi erottaa tuhannet tai sentit. Kirjoita tuhannet välilyönnillä ja sentit pilkulla, esim. 186 000 tai 186,00.</source>
      <translation>The euro amount “{value}” is ambiguous: the dot may separate thousands or cents. Write thousands with a space and cents with a comma, e.g. 186 000 or 186,00.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="408" />
      <source>Hallinto-oikeutta ei ole asetettu: valitse se asetukseen {court_setting} (esim. hameenlinna); katso docs/muutoksenhaku.md.</source>
      <translation>The administrative court has not been set: choose it in the setting {court_setting} (e.g. hameenlinna); see docs/muutoksenhaku.md.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="328" />
      <source>Hankintapäätös: hankintaoikaisu hankintayksikölle ja valitus markkinaoikeuteen (laki julkisista hankinnoista ja käyttöoikeussopimuksista 1397/2016).</source>
      <translation>Procurement decision: procurement rectification by the contracting entity and appeal to the Market Court (Public Procurement Act 1397/2016).</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="440" />
      <location filename="../../core/organisation.py" line="518" />
      <source>Henkilö ei voi olla oma varajäsenensä.</source>
      <translation>A person cannot be their own deputy.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="572" />
      <source>Henkilön nimi puuttuu.</source>
      <translation>The person's name is missing.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="620" />
      <source>Henkilön {person} edellinen nimen tai nimikkeen muutos on merkitty alkamaan {value}. Uusi muutos voi alkaa vasta sen jälkeen.</source>
      <translation>The previous change of name or title for {person} is recorded as starting on {value}. A new change can only start after that.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="354" />
      <location filename="../../core/minutes.py" line="880" />
      <location filename="../../core/organisation.py" line="609" />
      <location filename="../../core/organisation.py" line="640" />
      <source>Henkilöä ei löydy.</source>
      <translation>The person cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="50" />
      <source>Jakoperuste ei voi olla negatiivinen.</source>
      <translation>The allocation basis cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="539" />
      <source>Jokin luku on liian suuri tallennettavaksi, eikä mitään tallennettu.</source>
      <translation>A number is too large to be saved, and nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="535" />
      <source>Jokin teksti on liian pitkä tallennettavaksi, eikä mitään tallennettu.</source>
      <translation>A text is too long to be saved, and nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="249" />
      <source>Joku muu on muuttanut mallipohjaa ”{template}” sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu; avaa mallipohja uudelleen.</source>
      <translation>Someone else has changed the template “{template}” since you opened it. Your changes were not saved; open the template again.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="690" />
      <source>Joku muu on tallentanut osapuolen {organisation} tiedot sen jälkeen, kun avasit ne. Muutostasi ei tallennettu; tiedot on ladattu uudelleen.</source>
      <translation>Someone else has saved the details of the party {organisation} since you opened them. Your change was not saved; the details have been reloaded.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="463" />
      <location filename="../../db/rules.py" line="325" />
      <source>Joku muu on tallentanut saman tiedon sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu. Lataa tieto uudelleen ja tee muutoksesi sen päälle.</source>
      <translation>Someone else has saved the same data since you opened it. Your changes were not saved. Reload the data and make your changes on top of it.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="155" />
      <source>Joku muu on tallentanut sopimuksen tiedot sen jälkeen, kun avasit ne. Muutostasi ei tallennettu.</source>
      <translation>Someone else has saved the agreement's details since you opened them. Your change was not saved.</translation>
    </message>
    <message>
      <location filename="../../core/printing/minutes.py" line="86" />
      <source>Jotakin valituista kokouksista ei löytynyt; se on ehkä poistettu.</source>
      <translation>One of the selected meetings was not found; it may have been removed.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1950" />
      <source>Julkaisupäivä ei voi olla ennen tarkastuspäivää.</source>
      <translation>The publication date cannot be before the date the minutes were checked.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1719" />
      <source>Jäsen {name} puuttuu läsnäololuettelosta; merkitse hänet läsnä olleeksi tai poissaolevaksi.</source>
      <translation>Member {name} is missing from the attendance list; record them as present or absent.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="475" />
      <source>Jäsenen nimi puuttuu.</source>
      <translation>The member's name is missing.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="477" />
      <location filename="../../core/organisation.py" line="514" />
      <source>Jäsenyys ei voi päättyä ennen kuin se alkaa.</source>
      <translation>The membership cannot end before it starts.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="512" />
      <source>Jäsenyyttä ei löydy.</source>
      <translation>The membership cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1770" />
      <source>Kannatetusta ehdotuksesta ”{text}” ei äänestetty. Kirjaa äänestys, tai jos toimielin hyväksyi ehdotuksen yksimielisesti, kirjaa se käsittelyyn (Kirjaa puheenjohtajan toteamukset).</source>
      <translation>The seconded proposal ”{text}” was not put to a vote. Record the vote, or if the body adopted the proposal unanimously, record that in the handling (Record the chair's findings).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="627" />
      <source>Kansiota {parent} ei voi luoda: {strerror}.</source>
      <translation>The folder {parent} cannot be created: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="148" />
      <source>Kiinteä osuus puuttuu: {parties}.</source>
      <translation>Fixed share missing: {parties}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="756" />
      <source>Kiinteän osuuden on oltava 0–100 %.</source>
      <translation>The fixed share must be 0–100%.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="152" />
      <source>Kiinteät osuudet ovat yhteensä {percent_text} %, eivät 100 %.</source>
      <translation>The fixed shares total {percent_text}%, not 100%.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="833" />
      <source>Kirjaa päätöksen päivämäärä.</source>
      <translation>Record the date of the decision.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="831" />
      <source>Kirjaa päätöksen tehnyt toimielin.</source>
      <translation>Record the body that made the decision.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="921" />
      <source>Kirjoita ehdotuksen sisältö.</source>
      <translation>Write the content of the motion.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="877" />
      <source>Kirjoita esteellisyyden peruste; se merkitään pöytäkirjaan.</source>
      <translation>Write the ground for the disqualification; it is recorded in the minutes.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="442" />
      <source>Kirjoita muun läsnäolijan rooli (esimerkiksi kunnanhallituksen edustaja).</source>
      <translation>Write the role of the other attendee (for example representative of the municipal executive).</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="482" />
      <source>Kirjoita perustelu, miksi muutoksenhakutapa poikkeaa koneen ehdotuksesta.</source>
      <translation>Write a reason why the appeal route differs from the automatic suggestion.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1077" />
      <source>Kirjoita sekä jaa- että ei-ehdotus.</source>
      <translation>Write both the yes and the no proposal.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="303" />
      <source>Kokouksen menettelyä koskeva asia ({what}); päätös koskee vain asian valmistelua, muutoksenhakukielto ({law}).</source>
      <translation>A matter of the meeting's procedure ({what}); the decision only concerns preparation, no appeal ({law}).</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="191" />
      <source>Kokouksen numeron on oltava positiivinen kokonaisluku.</source>
      <translation>The meeting number must be a positive whole number.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1706" />
      <source>Kokouksen päättymisaika puuttuu.</source>
      <translation>The meeting's end time is missing.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="406" />
      <source>Kokouksen {number}/{year} esityslista on jo julkaistu, joten kokousta ei voi poistaa.</source>
      <translation>The agenda of meeting {number}/{year} has already been published, so the meeting cannot be removed.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1860" />
      <source>Kokouksen {number}/{year} pöytäkirja on jo tarkastettu.</source>
      <translation>The minutes of meeting {number}/{year} have already been checked.</translation>
    </message>
    <message>
      <location filename="../../db/rules.py" line="203" />
      <source>Kokouksen {number}/{year} pöytäkirja on jo tarkastettu; tarkastusta ei voi perua.</source>
      <translation>The minutes of meeting {number}/{year} have already been checked; the checking cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../db/rules.py" line="165" />
      <source>Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sen asioita voi enää muuttaa. Tee tarvittaessa oikaisu (korjausmerkintä), joka näkyy pöytäkirjassa.</source>
      <translation>The minutes of meeting {number}/{year} have been checked, and their items can no longer be changed. If needed, make a rectification (a correction entry), which shows in the minutes.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="276" />
      <source>Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sitä voi enää muuttaa. Tee tarvittaessa oikaisu.</source>
      <translation>The minutes of meeting {number}/{year} have been checked and can no longer be changed. If needed, make a rectification.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="101" />
      <source>Kokouksen {number}/{year} pöytäkirja on tarkastettu; sen asioita ei voi muuttaa, lisätä eikä poistaa.</source>
      <translation>The minutes of meeting {number}/{year} have been checked; their items cannot be changed, added or removed.</translation>
    </message>
    <message>
      <location filename="../../core/printing/excerpt.py" line="38" />
      <source>Kokouksen {number}/{year} pöytäkirjaa ei ole tarkastettu, joten pykälästä {section_label} ei voi antaa pöytäkirjanotetta. Tulosta tarvittaessa luonnos, joka merkitään sanalla LUONNOS.</source>
      <translation>The minutes of meeting {number}/{year} have not been checked, so no excerpt of the minutes can be given for {section_label}. If needed, print a draft, which is marked with the word LUONNOS.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="531" />
      <source>Kokouksessa ei ole pykälää {section} §; tarkista palaamisen kohta.</source>
      <translation>The meeting has no § {section}; check where the person came back.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="456" />
      <location filename="../../core/minutes.py" line="530" />
      <source>Kokouksessa ei ole pykälää {section} §; tarkista poistumisen kohta.</source>
      <translation>The meeting has no § {section}; check where the person left.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="452" />
      <source>Kokouksessa ei ole pykälää {section} §; tarkista saapumisen kohta.</source>
      <translation>The meeting has no § {section}; check where the person arrived.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1708" />
      <source>Kokouksessa ei ole yhtään asiaa.</source>
      <translation>The meeting has no items.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="204" />
      <source>Kokouksessa {number}/{year} ei ole diaarinumeroa {dnro}.</source>
      <translation>Meeting {number}/{year} has no diary number {dnro}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="196" />
      <source>Kokouksessa {number}/{year} ei ole {section} §.</source>
      <translation>Meeting {number}/{year} has no § {section}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1804" />
      <source>Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}).</source>
      <translation>The meeting was not quorate ({filled}/{seats}, {required} required).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1793" />
      <source>Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}). Valitse päätöksen lajiksi ”merkitty tiedoksi” ja kirjaa, ettei kokous ollut päätösvaltainen; siirrä muut asiat seuraavaan kokoukseen.</source>
      <translation>The meeting was not quorate ({filled}/{seats}, {required} required). Choose the outcome “noted” and record that the meeting was not quorate; move the other items to the next meeting.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1930" />
      <source>Kokous {number}/{year} on jo aloitettu; esityslistan julkaisua ei enää merkitä.</source>
      <translation>Meeting {number}/{year} has already started; the agenda's publication can no longer be recorded.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="416" />
      <source>Kokous {number}/{year}, {section} §: {parts}</source>
      <translation>Meeting {number}/{year}, § {section}: {parts}</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="112" />
      <source>Kokousta ei löydy; se on ehkä poistettu.</source>
      <translation>The meeting cannot be found; it may have been removed.</translation>
    </message>
    <message>
      <location filename="../../core/printing/archival.py" line="285" />
      <location filename="../../core/printing/request.py" line="321" />
      <location filename="../../core/printing/request.py" line="466" />
      <location filename="../../core/printing/request.py" line="256" />
      <location filename="../../core/printing/request.py" line="293" />
      <location filename="../../core/printing/request.py" line="404" />
      <source>Kokousta ei löytynyt; se on ehkä poistettu.</source>
      <translation>The meeting was not found; it may have been removed.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="224" />
      <source>Kokousta {number}/{year} ei voi siirtää vuodelle {year2}, koska pykälät numeroidaan vuosittain. Luo kokous vuodelle {year2} ja siirrä asiat siihen.</source>
      <translation>Meeting {number}/{year} cannot be moved to {year2}, because the sections are numbered per year. Create a meeting for {year2} and move the items to it.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1081" />
      <location filename="../../db/backup.py" line="1101" />
      <location filename="../../db/backup.py" line="1116" />
      <source>Kopioidaan tietokantaa…</source>
      <translation>Copying the database…</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="201" />
      <source>KuntaL 134 §</source>
      <translation>Local Government Act 134 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="202" />
      <source>KuntaL 135 §</source>
      <translation>Local Government Act 135 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="203" />
      <source>KuntaL 136 §</source>
      <translation>Local Government Act 136 §</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="57" />
      <source>Kustannuksia ei voi jakaa: jakoperusteiden summa on nolla.</source>
      <translation>The costs cannot be split: the allocation bases add up to zero.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="47" />
      <source>Kustannuksia ei voi jakaa: sopimuksella ei ole osapuolia.</source>
      <translation>The costs cannot be split: the agreement has no parties.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="302" />
      <source>Kustannuserältä {position} puuttuu kuvaus.</source>
      <translation>Cost line {position} has no description.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="762" />
      <source>Kuvaustiedosto puuttuu.</source>
      <translation>The description file is missing.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="342" />
      <source>Lausunto toisen viranomaisen asiaan on asian valmistelua; muutoksenhakukielto ({law}).</source>
      <translation>A statement on another authority's matter is preparation; no appeal ({law}).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="359" />
      <source>Levy on täynnä, eikä tietoja voitu tallentaa. Vapauta levytilaa ja yritä uudelleen.</source>
      <translation>The disk is full and the data could not be saved. Free some disk space and try again.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1677" />
      <source>Levy täyttyi palautuksen aikana; tietokantaan ei koskettu.</source>
      <translation>The disk filled up during the restore; the database was not touched.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="241" />
      <source>Levy täyttyi, eikä arkistoa {target} voitu kirjoittaa.</source>
      <translation>The disk filled up and the archive {target} could not be written.</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="97" />
      <source>Levy täyttyi: {what} ei onnistunut.</source>
      <translation>The disk filled up: {what} failed.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="758" />
      <source>Levyllä ei ole tilaa varmuuskopiolle ennen tietokannan päivitystä ({parent}). Tietokantaan ei koskettu.</source>
      <translation>There is no space on the disk for a backup before the database upgrade ({parent}). The database was not touched.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="69" />
      <source>Liitetiedostolla ei ole nimeä.</source>
      <translation>The attachment file has no name.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="92" />
      <source>Liitettä ei löydy; se on ehkä poistettu.</source>
      <translation>The attachment cannot be found; it may have been removed.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="81" />
      <source>Liitetään liitetiedostoja…</source>
      <translation>Adding the attachment files…</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="95" />
      <source>Liitteellä ”{attachment}” ei ole tiedostoa, vain nimi.</source>
      <translation>The attachment “{attachment}” has no file, only a name.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="99" />
      <source>Liitteen ”{attachment}” tiedosto on muuttunut tallentamisen jälkeen (tarkiste ei täsmää). Palauta se varmuuskopiosta.</source>
      <translation>The file of the attachment “{attachment}” has changed since it was saved (the checksum does not match). Restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1703" />
      <source>Läsnäolijoita ei ole merkitty.</source>
      <translation>No attendees have been recorded.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="523" />
      <location filename="../../core/minutes.py" line="601" />
      <source>Läsnäolomerkintää ei löydy.</source>
      <translation>The attendance entry cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="936" />
      <source>Mallipohja kutsuu itseään liian syvälle. Täyttäminen keskeytettiin.</source>
      <translation>The template calls itself too deeply. Filling it in was stopped.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="285" />
      <source>Mallipohja nimeltä ”{name}” on jo olemassa ({language_labels}).</source>
      <translation>A template named “{name}” already exists ({language_labels}).</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="811" />
      <source>Mallipohja on liian pitkä (enintään {max_template} merkkiä).</source>
      <translation>The template is too long (at most {max_template} characters).</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="246" />
      <source>Mallipohjaa ei löytynyt; joku on ehkä poistanut sen.</source>
      <translation>The template was not found; someone may have removed it.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="269" />
      <location filename="../../core/template_library.py" line="264" />
      <source>Mallipohjaa {key} ei löytynyt.</source>
      <translation>The template {key} was not found.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="161" />
      <location filename="../../core/template_library.py" line="279" />
      <source>Mallipohjan kieli on ”{language}”; sallitut: fi, sv.</source>
      <translation>The template's language is “{language}”; allowed: fi, sv.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="277" />
      <source>Mallipohjan nimi on liian pitkä (enintään {max_name} merkkiä).</source>
      <translation>The template name is too long (at most {max_name} characters).</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="614" />
      <source>Mallipohjan rivillä {lineno}: mallipohjissa ei voi käyttää {label}.</source>
      <translation>On line {lineno} of the template: templates cannot use {label}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="629" />
      <source>Mallipohjan rivillä {lineno}: rekursiiviset silmukat eivät ole käytössä.</source>
      <translation>On line {lineno} of the template: recursive loops are not available.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="624" />
      <source>Mallipohjan rivillä {lineno}: tuntematon muuttuja ”self”.</source>
      <translation>On line {lineno} of the template: unknown variable “self”.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="790" />
      <source>Mallipohjan rivillä {line}</source>
      <translation>On line {line} of the template</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="1017" />
      <source>Mallipohjan rivillä {line}: päätöksen luonne ”{value}” on tuntematon; sallitut: {allowed}.</source>
      <translation>On line {line} of the template: the decision nature “{value}” is unknown; allowed: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="790" />
      <source>Mallipohjassa</source>
      <translation>In the template</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="105" />
      <source>Mallipohjatiedoston kenttä {label} on ”{value}”; sallitut arvot: {allowed}.</source>
      <translation>The field {label} of the template file is “{value}”; allowed values: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="127" />
      <source>Mallipohjatiedoston otsake ei pääty (#}} puuttuu).</source>
      <translation>The header of the template file does not end (#}} is missing).</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="147" />
      <source>Mallipohjatiedoston otsakkeen rivi {number} on tuntematon: ”{line}”. Sallitut kentät: {header_keys}.</source>
      <translation>Line {number} of the template file header is unknown: “{line}”. Allowed fields: {header_keys}.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="158" />
      <source>Mallipohjatiedoston otsakkeesta puuttuu nimi (nimi: ...).</source>
      <translation>The template file header has no name (nimi: ...).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1896" />
      <source>Merkitse ensin, milloin ote lähetettiin vastaanottajalle {recipient}.</source>
      <translation>First record when the excerpt was sent to the recipient {recipient}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="801" />
      <source>Merkitse sopimukselle ensin asukaslukujen ajankohta (Sopimuksen tiedot…).</source>
      <translation>First set the population reference date of the agreement (Agreement details…).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="385" />
      <source>Merkitse, kenen jäsenen sijasta varajäsen on kokouksessa.</source>
      <translation>Record which member the deputy member is standing in for at the meeting.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="322" />
      <source>Muut asiat ilman kirjattua päätöstä; muutoksenhakukielto ({law}). Jos kokous päätti asiasta, kirjaa päätös tai valitse muutoksenhakutapa itse.</source>
      <translation>Other matters without a recorded decision; no appeal ({law}). If the meeting decided the matter, record the decision or choose the appeal route yourself.</translation>
    </message>
    <message>
      <location filename="../../core/deadlines.py" line="130" />
      <source>Muutoksenhakuajan pituuden on oltava positiivinen, ei {days} päivää.</source>
      <translation>The length of the appeal period must be positive, not {days} days.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1824" />
      <source>Muutoksenhakuohje: {problem}</source>
      <translation>Appeal instructions: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="131" />
      <source>Muutoksenhakuohjeen kieli voi olla fi tai sv, ei {language!r}.</source>
      <translation>The language of the appeal instructions can be fi or sv, not {language!r}.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="165" />
      <source>Muutoksenhakuohjeen tekstissä on tuntematon kenttä: {exc}.</source>
      <translation>The text of the appeal instructions contains an unknown field: {exc}.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="482" />
      <source>Muutosta ei tehty: {name} olisi sen jälkeen merkitty läsnä olevaksi ei yhdenkään pykälän ajan. Korjaa ensin hänen saapumisensa tai poistumisensa läsnäolotiedoissa.</source>
      <translation>Not changed: {name} would then be recorded as present for no section at all. First correct their arrival or departure in the attendance.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="492" />
      <source>Muutosta ei tehty: {name} olisi sen jälkeen merkitty tilapäisesti poissa olleeksi ei yhdenkään pykälän ajan tai ennen saapumistaan tai poistumisensa jälkeen. Poista tai korjaa ensin hänen poissaolonsa läsnäolotiedoissa.</source>
      <translation>Not changed: {name} would then be recorded as away for no section at all, before their arrival or after their departure. First remove or correct their absence in the attendance.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="144" />
      <source>Nimellä {body} on toimielin usealla organisaatiolla ({organisations}); vuoden pöytäkirjat tulostetaan yhden organisaation toimielimeltä. Valitse ikkunassa toimielimen vuosi siirtimestä.</source>
      <translation>Several organisations ({organisations}) have a body named {body}; a year's minutes are printed from one organisation's body. In the window, choose the body's year in the navigator.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="671" />
      <source>Nimellä ”{title}” löytyi {count} sopimusta: {names}. Tarkenna nimeä.</source>
      <translation>{count} agreements were found with the name “{title}”: {names}. Make the name more specific.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1725" />
      <location filename="../../db/backup.py" line="1655" />
      <source>Nykyisestä tietokannasta ei saatu varmuuskopiota, joten palautusta ei tehty. {warnings}</source>
      <translation>A backup of the current database could not be taken, so the restore was not done. {warnings}</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="92" />
      <source>Ohjelmaa {cmd} ei voitu käynnistää: {strerror}.</source>
      <translation>The program {cmd} could not be started: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../db/rules.py" line="176" />
      <source>Oikaisumerkintää ei voi muuttaa eikä poistaa; tee uusi oikaisu.</source>
      <translation>A rectification entry cannot be changed or removed; make a new rectification.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1988" />
      <source>Oikaisuun tarvitaan tekijä, syy ja oikaistu teksti.</source>
      <translation>A rectification needs an author, a reason and the rectified text.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="102" />
      <source>Omaa organisaatiota ei löydy; se on ehkä poistettu tai se ei ole oma organisaatio.</source>
      <translation>The home organisation is not found; it may have been removed, or it is not a home organisation.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="248" />
      <source>Organisaatiolla on jo toimielin nimeltä {name}.</source>
      <translation>The organisation already has a body named {name}.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="161" />
      <source>Organisaation nimi puuttuu.</source>
      <translation>The organisation's name is missing.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="457" />
      <source>Organisaation tiedot: {parts}</source>
      <translation>The organisation's details: {parts}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="542" />
      <source>Organisaation {organisation} postiosoite puuttuu; muutoksenhakuohje tarvitsee sen. Täydennä organisaation tiedot.</source>
      <translation>The postal address of the organisation {organisation} is missing; the appeal instructions need it. Complete the organisation's details.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="254" />
      <source>Organisaatiota ei löytynyt.</source>
      <translation>The organisation was not found.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="736" />
      <source>Osapuolen kenttää ei voi muuttaa: {unknown}.</source>
      <translation>This field of the party cannot be changed: {unknown}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="761" />
      <source>Osapuolen {organisation} päätös on linkitetty pykälään, joten tila päätellään pykälän päätöksestä. Poista linkitys ennen kuin kirjaat tilan käsin.</source>
      <translation>The decision of the party {organisation} is linked to a section, so its state follows the section's decision. Remove the link before recording the state by hand.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="742" />
      <source>Osapuolen {organisation} päätös on linkitetty pykälään. Poista linkitys ennen kuin kirjaat ulkopuolisen päätöksen.</source>
      <translation>The decision of the party {organisation} is linked to a section. Remove the link before you record an external decision.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="775" />
      <source>Osapuoli {organisation} ei ole hyväksynyt sopimusta; allekirjoituspäivän voi merkitä vasta hyväksymisen jälkeen.</source>
      <translation>The party {organisation} has not approved the agreement; the signing date can be recorded only after the approval.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1905" />
      <source>Ote ei voi lähteä ({day}.{month}.{year}) ennen kokousta.</source>
      <translation>The excerpt cannot be sent ({day}.{month}.{year}) before the meeting.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1160" />
      <source>Otetaan PostgreSQL-varmuuskopiota…</source>
      <translation>Taking a PostgreSQL backup…</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1721" />
      <location filename="../../db/backup.py" line="1651" />
      <source>Otetaan varmuuskopio nykyisestä tietokannasta…</source>
      <translation>Taking a backup of the current database…</translation>
    </message>
    <message>
      <location filename="../../core/printing/excerpt.py" line="96" />
      <source>Otteen oikeaksi todistajaa ei löytynyt.</source>
      <translation>The person certifying the excerpt was not found.</translation>
    </message>
    <message>
      <location filename="../../core/printing/excerpt.py" line="79" />
      <source>Otteen oikeaksi todistamisen päivä {day} on ennen kuin kokouksen {number}/{year} pöytäkirja tarkastettiin ({checked}). Ote voidaan todistaa oikeaksi aikaisintaan tarkastuspäivänä.</source>
      <translation>The certification date {day} is before the minutes of meeting {number}/{year} were checked ({checked}). An excerpt can be certified on the checking day at the earliest.</translation>
    </message>
    <message>
      <location filename="../../core/printing/pdfa.py" line="68" />
      <source>PDF/A-tarkistus ei hyväksynyt arkistokappaletta, joten sitä ei tallennettu. Ilmoita tästä ohjelman ylläpitäjälle. Tarkistuksen havainnot: {findings}</source>
      <translation>The PDF/A check did not approve the archival copy, so it was not saved. Please tell the program's maintainer. What the check found: {findings}</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="543" />
      <source>Palaaminen ({returned} §:n alussa) on oltava myöhemmin kuin yhtä pykälää poistumisen ({left} §:n jälkeen) jälkeen: muuten poissaolo ei kata yhtään pykälää.</source>
      <translation>The return (at the start of § {returned}) must come more than one section after leaving (after § {left}): otherwise the absence covers no section.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1733" />
      <location filename="../../db/backup.py" line="1665" />
      <source>Palautetaan varmuuskopiota…</source>
      <translation>Restoring the backup…</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1822" />
      <source>Palautettavaa varmuuskopiota ei ole.</source>
      <translation>There is no backup to restore.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1712" />
      <source>Palautettu kopio ei vastannut varmuuskopiota; tietokantaan ei koskettu.</source>
      <translation>The restored copy did not match the backup; the database was not touched.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1744" />
      <source>Palautetun tietokannan rivimäärät eivät vastaa varmuuskopiota. Aiempi tietokanta on tallessa varmuuskopiona {path}.</source>
      <translation>The row counts of the restored database do not match the backup. The previous database is kept as the backup {path}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="551" />
      <source>Paluun kellonaika ei voi olla ennen poistumisen kellonaikaa.</source>
      <translation>The time of return cannot be before the time of leaving.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="483" />
      <source>Poissaolo ei voi alkaa ennen saapumista: {name} saapui {arrived} §:n alussa, mutta poistuisi {left} §:n jälkeen.</source>
      <translation>The absence cannot begin before the arrival: {name} arrived at the start of § {arrived} but would leave after § {left}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="493" />
      <source>Poissaolo ei voi jatkua poistumisen jälkeen: {name} poistui kokouksesta {departed} §:n jälkeen, mutta palaisi {returned} §:n alussa.</source>
      <translation>The absence cannot go on after the departure: {name} left the meeting after § {departed} but would come back at the start of § {returned}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="573" />
      <source>Poissaolomerkintää ei löydy.</source>
      <translation>The absence record cannot be found.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="465" />
      <source>Poistuminen ({left} §:n jälkeen) ei voi olla ennen saapumista ({arrived} §).</source>
      <translation>Leaving (after § {left}) cannot be before arriving (§ {arrived}).</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="47" />
      <source>PostgreSQL-tietokannan varmuuskopiointiin ja palautukseen tarvitaan ohjelma {name}, mutta sitä ei löytynyt. Asenna PostgreSQL:n asiakasohjelmat (Windowsissa PostgreSQL-asennuksen ”Command Line Tools”, Linuxissa paketti postgresql-client) tai kerro niiden kansio ympäristömuuttujalla SIHTEERI_PG_BIN.</source>
      <translation>Backing up and restoring a PostgreSQL database needs the program {name}, but it was not found. Install the PostgreSQL client programs (on Windows “Command Line Tools” of the PostgreSQL installation, on Linux the package postgresql-client) or give their folder in the environment variable SIHTEERI_PG_BIN.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1635" />
      <source>PostgreSQL-tietokantaan voi palauttaa vain PostgreSQL-varmuuskopion (.dump). SQLite-tiedoston tiedot siirretään arkiston kautta (export/import).</source>
      <translation>Only a PostgreSQL backup (.dump) can be restored into a PostgreSQL database. The data of an SQLite file is moved through the archive (export/import).</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="119" />
      <source>PostgreSQL-varmuuskopio</source>
      <translation>PostgreSQL backup</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="150" />
      <source>PostgreSQL-varmuuskopion palautus</source>
      <translation>Restoring a PostgreSQL backup</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1643" />
      <source>PostgreSQL-varmuuskopiota ei voi palauttaa SQLite-tiedostoon; käytä arkistoa (export/import).</source>
      <translation>A PostgreSQL backup cannot be restored into an SQLite file; use the archive (export/import).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1695" />
      <source>Puheenjohtaja puuttuu.</source>
      <translation>The chair is missing.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1761" />
      <source>Puheenjohtaja {name} oli esteellinen tässä asiassa: kirjaa käsittelyyn, kuka toimi puheenjohtajana (Kirjaa puheenjohtajan toteamukset).</source>
      <translation>The chair {name} was disqualified in this item: record in the handling who chaired it (Record the chair's findings).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="754" />
      <source>Puheenjohtajaksi valittu {name} ei ole toimielimen jäsen eikä jäsenen sijasta läsnä ollut varajäsen. Valitse puheenjohtajaksi kokouksen puheenjohtajana toiminut jäsen.</source>
      <translation>{name}, chosen as the chair, is neither a member of the body nor a deputy present in a member's place. Choose as the chair the member who chaired the meeting.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1668" />
      <source>Puheenjohtajaksi valittu {name} ei ollut läsnä kokouksessa; valitse kokouksen puheenjohtajana toiminut.</source>
      <translation>{name}, chosen as chair, was not present at the meeting; choose the person who chaired the meeting.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="953" />
      <source>Pykälä on osapuolen {organisation} päätös sopimuksesta {value}; sitä ei voi liittää toiseen sopimukseen. Poista ensin sen linkitys sopimusrekisterissä.</source>
      <translation>The section is the decision of the party {organisation} on the agreement {value}; it cannot be attached to another agreement. First remove its link in the agreement register.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="962" />
      <source>Pykälä on osapuolen {organisation} päätös sopimuksesta; poista ensin sen linkitys.</source>
      <translation>The section is the decision of the party {organisation} on the agreement; unlink it first.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="891" />
      <source>Pykälä {item_label} on jo linkitetty toiseen sopimukseen: {value}.</source>
      <translation>Section {item_label} is already linked to another agreement: {value}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="911" />
      <source>Pykälä {item_label} on jo osapuolen {organisation} päätös sopimuksesta {value}.</source>
      <translation>Section {item_label} is already the decision of the party {organisation} on the agreement {value}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="881" />
      <source>Pykälä {item_label} on organisaation {organisation} päätös, ei osapuolen {organisation2}.</source>
      <translation>Section {item_label} is a decision of the organisation {organisation}, not of the party {organisation2}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="899" />
      <source>Pykälä {item_label} vain valmistelee asian toiselle toimielimelle, joten se ei ole osapuolen päätös. Liitä se sopimukseen pääikkunassa (Kokous → Liitä sopimukseen…) ja linkitä osapuolen päätökseksi päättävän toimielimen pykälä.</source>
      <translation>Section {item_label} only prepares the matter for another body, so it is not the party's decision. Link it to the agreement in the main window (Meeting → Link to agreement…) and link the deciding body's section as the party's decision.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="449" />
      <source>Pykälän {section_label} muutoksenhakutapa on valittu käsin ilman perustelua; kirjoita perustelu tai palauta koneen ehdotus.</source>
      <translation>The appeal route of section {section_label} was chosen by hand without a reason; write a reason or restore the automatic suggestion.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="585" />
      <source>Pykälänumerot eivät mahdu ennen tarkastettua kokousta {number}/{year}: siirrä asia myöhempään kokoukseen.</source>
      <translation>The section numbers do not fit before meeting {number}/{year}, whose minutes are checked: move the item to a later meeting.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="878" />
      <location filename="../../core/agreements.py" line="946" />
      <location filename="../../core/agreements.py" line="1009" />
      <source>Pykälää ei löytynyt.</source>
      <translation>The section was not found.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="124" />
      <source>Päivälle löytyi useita kokouksia ({names}); tarkenna toimielimen nimeä.</source>
      <translation>Several meetings were found for the day ({names}); give the body's name more precisely.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1735" />
      <source>Päätöksen laji puuttuu.</source>
      <translation>The kind of decision is missing.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="316" />
      <source>Päätös koskee vain asian valmistelua tai täytäntöönpanoa (esim. esitys ylemmälle toimielimelle); muutoksenhakukielto ({law}).</source>
      <translation>The decision only concerns preparation or implementation (e.g. a proposal to a higher body); no appeal ({law}).</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="333" />
      <source>Päätös on tehty erityislain nojalla: hallintovalitus hallinto-oikeuteen (laki oikeudenkäynnistä hallintoasioissa 808/2019).</source>
      <translation>The decision was made under a special act: administrative appeal to the administrative court (Administrative Judicial Procedure Act 808/2019).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1733" />
      <source>Päätös puuttuu (päätöksen laji ja päätösteksti).</source>
      <translation>The decision is missing (kind of decision and decision text).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1779" />
      <source>Päätösehdotus puuttuu, mutta lopputulokseksi on merkitty sen hyväksyminen. Kirjoita päätösehdotus tai valitse toinen lopputulos.</source>
      <translation>The proposal is missing, but the outcome says it was approved. Write the proposal or choose another outcome.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1739" />
      <source>Päätösteksti on kesken: ”{text}”. Kirjoita päätös loppuun.</source>
      <translation>The decision text is unfinished: “{text}”. Complete the decision.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1737" />
      <source>Päätösteksti puuttuu.</source>
      <translation>The decision text is missing.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1984" />
      <source>Pöytäkirjaa ei ole tarkastettu; korjaa asiaa suoraan, oikaisua ei tarvita.</source>
      <translation>The minutes have not been checked; correct the item directly, no rectification is needed.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1863" />
      <source>Pöytäkirjaa ei voi tarkastaa ennen kokousta.</source>
      <translation>The minutes cannot be checked before the meeting.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1843" />
      <source>Pöytäkirjaa ei voi vielä merkitä tarkastetuksi:
{problems}</source>
      <translation>The minutes cannot be marked as checked yet:
{problems}</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="231" />
      <source>Pöytäkirjanote tulostetaan yhdestä pykälästä; valitse yksi pykälä.</source>
      <translation>An excerpt of the minutes is printed from one section; choose one section.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1697" />
      <source>Pöytäkirjanpitäjä puuttuu.</source>
      <translation>The minutes secretary is missing.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1676" />
      <source>Pöytäkirjanpitäjäksi valittu {name} ei ollut läsnä kokouksessa.</source>
      <translation>{name}, chosen as secretary, was not present at the meeting.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1684" />
      <source>Pöytäkirjantarkastajaksi valittu {name} ei ollut läsnä kokouksessa.</source>
      <translation>{name}, chosen to check the minutes, was not present at the meeting.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1701" />
      <source>Pöytäkirjantarkastajien on oltava kaksi eri henkilöä.</source>
      <translation>The minutes checkers must be two different people.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="56" />
      <source>Pöytäkirjat pidetään yleisessä tietoverkossa {low}–{high} päivää (annettu {minutes_online_days}).</source>
      <translation>Minutes are kept on the public network for {low}–{high} days (given: {minutes_online_days}).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="520" />
      <source>Sama tieto on jo tallennettu; kaksoiskappaletta ei voi lisätä.</source>
      <translation>The same information is already saved; a duplicate cannot be added.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="511" />
      <source>Samalla toimielimellä on jo tämän vuoden asia tällä pykälänumerolla. Pykälänumeron on oltava yksilöllinen toimielimen ja vuoden sisällä.</source>
      <translation>The same body already has an item this year with this section number. The section number must be unique within the body and the year.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="815" />
      <source>Sekä jäsen {member} että hänen varajäsenensä {name} on merkitty osallistuneiksi asioiden käsittelyyn: {sections}. Merkitse, minkä pykälän jälkeen jäsen poistui ja minkä pykälän alussa varajäsen saapui.</source>
      <translation>Both member {member} and their deputy {name} are recorded as taking part in items {sections}. Record after which section the member left and at the start of which section the deputy arrived.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="845" />
      <source>Sekä {first} että {second} on merkitty jäsenen {member} varajäseneksi asioiden käsittelyyn: {sections}. Jäsenen paikalla voi olla vain yksi varajäsen kerrallaan.</source>
      <translation>Both {first} and {second} are recorded as the deputy of member {member} in items {sections}. Only one deputy at a time can be in a member's place.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="284" />
      <source>Sopimuksella ei ole osapuolia.</source>
      <translation>The agreement has no parties.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="159" />
      <source>Sopimukselle ei ole merkitty asukaslukujen ajankohtaa.</source>
      <translation>No population reference date has been set for the agreement.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="151" />
      <source>Sopimuksen kenttää ei voi muuttaa: {unknown}.</source>
      <translation>This field of the agreement cannot be changed: {unknown}.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="273" />
      <location filename="../../core/agreement_editing.py" line="283" />
      <source>Sopimuksen osapuolta ei löytynyt.</source>
      <translation>The party to the agreement was not found.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="687" />
      <source>Sopimuksen osapuolta ei löytynyt; joku on ehkä poistanut sen.</source>
      <translation>The party to the agreement was not found; someone may have removed it.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="104" />
      <source>Sopimuskauden loppu ei voi olla ennen sen alkua.</source>
      <translation>The end of the agreement term cannot be before its start.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="310" />
      <source>Sopimusta ei löytynyt.</source>
      <translation>The agreement was not found.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="611" />
      <source>Sopimusta ei löytynyt; joku on ehkä poistanut sen.</source>
      <translation>The agreement was not found; someone may have removed it.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="215" />
      <source>Sopimusta ”{title}” ei voi poistaa, koska {reasons}. Sopimus kuuluu silloin asiakirjoihin: jos se ei tule voimaan tai se on päättynyt, merkitse se irtisanotuksi tai perutuksi (Päätä sopimus…).</source>
      <translation>The agreement “{title}” cannot be removed because {reasons}. It is then part of the records: if it does not enter into force or has ended, mark it terminated or cancelled (End agreement…).</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="667" />
      <source>Sopimusta, jonka nimessä on ”{title}”, ei löytynyt.</source>
      <translation>No agreement with “{title}” in its name was found.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="198" />
      <source>Sähköpostiosoite {email} ei ole muotoa nimi@esimerkki.fi.</source>
      <translation>The email address {email} is not of the form name@example.fi.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="2039" />
      <source>Tarkastetulle pöytäkirjalle ({label}) ei ole tallennettu tarkistussummaa; sen muuttumattomuutta ei voi todeta.</source>
      <translation>No checksum has been saved for the checked minutes ({label}); it cannot be confirmed that they are unchanged.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="2052" />
      <source>Tarkastetun pöytäkirjan ({label}) sisältö on muuttunut tarkastuksen jälkeen Sihteerin ulkopuolella (suoraan tietokannassa). Pöytäkirja ei vastaa tarkastettua. Selvitä muutos varmuuskopiosta ja lokista ennen otteiden antamista.</source>
      <translation>The content of the checked minutes ({label}) has been changed after checking outside Sihteeri (directly in the database). The minutes do not match what was checked. Investigate the change from the backup and the log before giving excerpts.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="605" />
      <source>Tarkistetaan arkistoa…</source>
      <translation>Verifying the archive…</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="337" />
      <source>Tarkistetaan arkistokappaleen PDF/A-muotoa…</source>
      <translation>Checking the archival copy's PDF/A format…</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="958" />
      <location filename="../../db/backup.py" line="1627" />
      <source>Tarkistetaan varmuuskopiota…</source>
      <translation>Verifying the backup…</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="543" />
      <source>Taulu {name}, rivi {number}: {column} viittaa riviin, jota arkistossa ei ole ({target} {value}).</source>
      <translation>Table {name}, row {number}: {column} refers to a row that is not in the archive ({target} {value}).</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="398" />
      <source>Taulu {table}, rivi {number}</source>
      <translation>Table {table}, row {number}</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="65" />
      <source>Tehtäväluokan tunnus puuttuu.</source>
      <translation>The task class's code is missing.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="68" />
      <source>Tehtäväluokan tunnus {code} ei kelpaa: se on numeroita pisteillä erotettuina, esim. 00.04.01.</source>
      <translation>The task class code {code} is not valid: it is numbers separated by dots, e.g. 00.04.01.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="75" />
      <source>Tehtäväluokan {code} nimi puuttuu.</source>
      <translation>Task class {code} has no name.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="83" />
      <source>Tehtäväluokka {code} on jo luokituksessa.</source>
      <translation>Task class {code} is already in the classification.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="103" />
      <location filename="../../core/classification.py" line="124" />
      <source>Tehtäväluokkaa {code} ei löydy.</source>
      <translation>Task class {code} was not found.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="128" />
      <source>Tehtäväluokkaa {code} ei poistettu: {count} asiaa on merkitty siihen. Vaihda niiden tehtäväluokka ensin, tai jätä luokka luokitukseen.</source>
      <translation>Task class {code} was not removed: {count} items are marked with it. Change their task class first, or keep the class in the classification.</translation>
    </message>
    <message>
      <location filename="../../db/text_limits.py" line="35" />
      <source>Teksti ”{start}…” on liian pitkä: {count} merkkiä, enintään {limit}. Lyhennä sitä; mitään ei tallennettu.</source>
      <translation>The text “{start}…” is too long: {count} characters, at most {limit}. Shorten it; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="173" />
      <source>Tiedosto ei ole CSV-tiedosto. Tallenna luokitus taulukkolaskentaohjelmasta muodossa CSV (puolipisteillä erotettu) ja tuo se tiedosto.</source>
      <translation>The file is not a CSV file. Save the classification from the spreadsheet program as CSV (semicolon delimited) and import that file.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="120" />
      <source>Tiedosto ei ole Sihteerin mallipohja: otsake ({{#- {file_magic} ... -#}}) puuttuu alusta.</source>
      <translation>The file is not a Sihteeri template: the header ({{#- {file_magic} ... -#}}) is missing at the start.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="135" />
      <source>Tiedosto ei ole Sihteerin mallipohja: otsakkeen ensimmäinen rivi ei ole {file_magic}.</source>
      <translation>The file is not a Sihteeri template: the first line of the header is not {file_magic}.</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="129" />
      <source>Tiedosto {dump_file} ei ole ehjä PostgreSQL-varmuuskopio.</source>
      <translation>The file {dump_file} is not an intact PostgreSQL backup.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="48" />
      <source>Tiedosto {name} on tyhjä, eikä sitä liitetty.</source>
      <translation>The file {name} is empty and was not attached.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="52" />
      <source>Tiedosto {name} on {megabytes} Mt; liitetiedosto saa olla enintään {value} Mt. Pidä suuri aineisto asianhallinnassa ja kirjoita liitteen nimi asiaan.</source>
      <translation>The file {name} is {megabytes} MB; an attachment file may be at most {value} MB. Keep large material in the case management system and write the attachment's name in the item.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="309" />
      <source>Tiedosto {path} ei ole Sihteerin arkisto (se ei ole ehjä zip-tiedosto).</source>
      <translation>The file {path} is not a Sihteeri archive (it is not an intact zip file).</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="340" />
      <source>Tiedosto {path} ei ole Sihteerin arkisto.</source>
      <translation>The file {path} is not a Sihteeri archive.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="556" />
      <location filename="../../db/engine.py" line="165" />
      <source>Tiedosto {path} ei ole Sihteerin tietokanta (se ei ole SQLite-tiedosto).</source>
      <translation>The file {path} is not a Sihteeri database (it is not an SQLite file).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="640" />
      <location filename="../../db/backup.py" line="678" />
      <location filename="../../db/backup.py" line="1794" />
      <source>Tiedosto {path} ei ole Sihteerin tietokanta.</source>
      <translation>The file {path} is not a Sihteeri database.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1290" />
      <source>Tiedosto {path} ei ole Sihteerin tietokanta; varmuuskopiota ei otettu.</source>
      <translation>The file {path} is not a Sihteeri database; no backup was taken.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="587" />
      <source>Tiedosto {path} on Sihteerin varmuuskopio, eikä sitä avata sellaisenaan: avaaminen muuttaisi sitä, eikä sitä voisi sen jälkeen palauttaa. Palauta se (Tiedosto → Varmuuskopiot), tai kopioi tiedosto toiseen kansioon ja avaa kopio.</source>
      <translation>The file {path} is a Sihteeri backup and is not opened as it is: opening it would change it, and it could no longer be restored. Restore it (File → Backups), or copy the file to another folder and open the copy.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="553" />
      <location filename="../../db/engine.py" line="162" />
      <source>Tiedosto {path} on tyhjä, eikä se ole Sihteerin tietokanta.</source>
      <translation>The file {path} is empty and is not a Sihteeri database.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="146" />
      <source>Tiedostoa {path} ei voi lukea: {reason}.</source>
      <translation>The file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="550" />
      <location filename="../../db/engine.py" line="159" />
      <source>Tiedostoa {path} ei voi lukea: {strerror}.</source>
      <translation>The file {path} cannot be read: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="16" />
      <source>Tiedostoa {path} ei voitu tallentaa: {reason}.</source>
      <translation>The file {path} could not be saved: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="213" />
      <source>Tiedostossa ei ole tehtäväluokkia. Jokaisella rivillä on luokan tunnus, nimi ja halutessa nimi ruotsiksi puolipisteillä erotettuina, esim. 00.04.01;Yhteistoiminta;Samarbete.</source>
      <translation>The file has no task classes. Each line has the class's code, its name and optionally its Swedish name, separated by semicolons, e.g. 00.04.01;Yhteistoiminta;Samarbete.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="204" />
      <source>Tiedostosta ei tuotu mitään, koska siinä on virheitä ({count}): {problems}{more}.</source>
      <translation>Nothing was imported from the file because it has mistakes ({count}): {problems}{more}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="333" />
      <source>Tiedostosta {path} puuttuu manifest.json; se ei ole Sihteerin arkisto.</source>
      <translation>The file {path} has no manifest.json; it is not a Sihteeri archive.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="541" />
      <source>Tieto ei kelpaa tietokantaan, eikä mitään tallennettu.</source>
      <translation>The information cannot be stored in the database, and nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="525" />
      <source>Tieto ei täytä tietokannan sääntöjä, eikä sitä tallennettu.</source>
      <translation>The information does not meet the database's rules and was not saved.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="523" />
      <source>Tietoa ei voi poistaa tai muuttaa, koska muut tiedot viittaavat siihen.</source>
      <translation>The information cannot be removed or changed because other information refers to it.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="235" />
      <source>Tietokannan osoitetta ei voi käyttää: {exc}</source>
      <translation>The database address cannot be used: {exc}</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="78" />
      <source>Tietokannan osoitetta ”{text}” ei ymmärretä. Anna tiedostopolku tai osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta.</source>
      <translation>The database address “{text}” is not understood. Give a file path or an address of the form postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="380" />
      <source>Tietokannan {what} käyttäjätunnuksella ei ole oikeutta Sihteerin tietoihin (palvelin: {reason}). Pyydä tietohallintoa antamaan tunnukselle luku- ja kirjoitusoikeudet tietokannan kaikkiin tauluihin ja sekvensseihin tai käytä tietokannan omistajan tunnusta.</source>
      <translation>The user name of the database {what} has no privileges on Sihteeri's data (the server: {reason}). Ask IT to grant it read and write privileges on all tables and sequences of the database, or use the database owner's user name.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="369" />
      <source>Tietokannan {what} rakenne pitää päivittää tämän Sihteerin versioon, ja päivitykseen tarvitaan tietokannan omistajan tunnus (palvelin: {reason}). Tietokantaan ei koskettu. Pyydä tietohallintoa avaamaan tietokanta kerran omistajan tunnuksella.</source>
      <translation>The structure of the database {what} must be upgraded to this version of Sihteeri, and the upgrade needs the database owner's user name (the server: {reason}). The database was not touched. Ask IT to open the database once with the owner's user name.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="106" />
      <source>Tietokannassa ei ole vielä omaa organisaatiota; tee ensin käyttöönotto.</source>
      <translation>The database has no home organisation yet; do the setup first.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="165" />
      <source>Tietokannassa on jo toinen organisaatio nimeltä {name} (esimerkiksi sopimuksen osapuolena).</source>
      <translation>The database already has another organisation named {name} (for example as a party to an agreement).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="560" />
      <source>Tietokannassa on useita rakenneversioita ({value}).</source>
      <translation>The database has several schema versions ({value}).</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="621" />
      <source>Tietokannassa {description} on jo tietoja. Arkiston voi tuoda vain tyhjään Sihteerin tietokantaan; anna uusi tiedosto tai tyhjä tietokanta.</source>
      <translation>The database {description} already contains data. The archive can be imported only into an empty Sihteeri database; give a new file or an empty database.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1358" />
      <source>Tietokannasta ei saatu varmuuskopiota ennen sen päivitystä, joten sitä ei päivitetty. {warnings}</source>
      <translation>A backup of the database could not be taken before its upgrade, so it was not upgraded. {warnings}</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="362" />
      <source>Tietokanta on toisen ohjelman lukitsema. Odota hetki ja yritä uudelleen.</source>
      <translation>The database is locked by another program. Wait a moment and try again.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="653" />
      <source>Tietokanta {database} on tehty uudemmalla Sihteerin versiolla (rakenneversio {rev}). Päivitä Sihteeri; tietokantaan ei koskettu.</source>
      <translation>The database {database} was made with a newer version of Sihteeri (schema version {rev}). Update Sihteeri; the database was not touched.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="669" />
      <source>Tietokanta {database} on vanhempaa rakenneversiota ({rev}).</source>
      <translation>The database {database} has an older schema version ({rev}).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1552" />
      <source>Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai komento). Sulje se ensin ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.</source>
      <translation>The database {path} is in use by another program (for example another Sihteeri window or a command). Close it first, then restore again. Nothing was restored, and the database was not touched.</translation>
    </message>
    <message>
      <location filename="../../db/maintenance.py" line="79" />
      <source>Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai komento). Sulje se ja tiivistä sitten uudelleen. Tietokannan sisältö ei muuttunut.</source>
      <translation>The database {path} is in use by another program (for example another Sihteeri window or a command). Close it, then compact again. The database's contents did not change.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1798" />
      <source>Tietokanta {path} on vioittunut.</source>
      <translation>The database {path} is damaged.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="391" />
      <source>Tietokanta {what} on vioittunut. Palauta se varmuuskopiosta.</source>
      <translation>The database {what} is damaged. Restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1792" />
      <source>Tietokantaa {path} ei löydy.</source>
      <translation>The database {path} cannot be found.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="622" />
      <source>Tietokantaa {path} ei ole olemassa.</source>
      <translation>The database {path} does not exist.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1286" />
      <source>Tietokantaa {path} ei ole olemassa; varmuuskopiota ei otettu.</source>
      <translation>The database {path} does not exist; no backup was taken.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="238" />
      <source>Tietokantaan {backend} tarvittava ohjelmakirjasto {module} puuttuu tästä asennuksesta. Asenna Sihteeri uudelleen riippuvuuksineen (python -m pip install .) tai pyydä sitä tietohallinnolta.</source>
      <translation>The library {module} needed for the {backend} database is missing from this installation. Install Sihteeri again with its dependencies (python -m pip install .) or ask your IT department.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1589" />
      <source>Tietokantaan {database} on yhteydessä toinen istunto (käyttäjä: {users}). Pyydä sitä sulkemaan Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.</source>
      <translation>Another session is connected to the database {database} (user: {users}). Ask them to close Sihteeri, then restore again. Nothing was restored, and the database was not touched.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1596" />
      <source>Tietokantaan {database} on yhteydessä {count} muuta istuntoa (käyttäjät: {users}). Pyydä muita sulkemaan Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.</source>
      <translation>{count} other sessions are connected to the database {database} (users: {users}). Ask the others to close Sihteeri, then restore again. Nothing was restored, and the database was not touched.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="403" />
      <source>Tietokantaan {what} ei saada yhteyttä. Tarkista osoite, verkkoyhteys ja käyttöoikeudet.</source>
      <translation>Cannot connect to the database {what}. Check the address, the network connection and the access rights.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="395" />
      <source>Tietokantaan {what} ei voi tallentaa: tiedosto tai sen kansio on kirjoitussuojattu. Poista kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.</source>
      <translation>The database {what} cannot be saved to: the file or its folder is write-protected. Remove the write protection, or copy the file to a folder you can save in and open the copy.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="334" />
      <source>Tietokantapalvelin {what} ei hyväksynyt salasanaa.</source>
      <translation>The database server {what} did not accept the password.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="337" />
      <source>Tietokantapalvelin {what} pyytää salasanan.</source>
      <translation>The database server {what} asks for a password.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="700" />
      <source>Tietokantatiedosto {path} on kirjoitussuojattu, eikä Sihteeri voi käyttää sitä. Poista kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.</source>
      <translation>The database file {path} is write-protected, and Sihteeri cannot use it. Remove the write protection, or copy the file to a folder you can save in and open the copy.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="571" />
      <location filename="../../db/engine.py" line="168" />
      <source>Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Tiedostoon ei ole koskettu; palauta tietokanta varmuuskopiosta.</source>
      <translation>The database file {path} is damaged and cannot be opened. The file has not been touched; restore the database from a backup.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="709" />
      <source>Tietokantatiedoston {path} kansio on kirjoitussuojattu, eikä Sihteeri voi käyttää tiedostoa siinä (se tarvitsee tiedoston viereen aputiedostot). Kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.</source>
      <translation>The folder of the database file {path} is write-protected, and Sihteeri cannot use the file there (it needs helper files beside it). Copy the file to a folder you can save in and open the copy.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="87" />
      <source>Tietokantatyyppiä ”{backend_name}” ei tueta. Käytä SQLitea (tiedosto) tai PostgreSQLia.</source>
      <translation>The database type “{backend_name}” is not supported. Use SQLite (a file) or PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../db/maintenance.py" line="56" />
      <source>Tiivistys koskee SQLite-tiedostoa. PostgreSQL-palvelin poistaa muutettujen ja poistettujen tietojen jäänteet itse; tarvittaessa palvelimen ylläpitäjä ajaa VACUUM FULL -komennon.</source>
      <translation>Compacting is for a SQLite file. A PostgreSQL server removes the remains of changed and deleted data by itself; if needed, the server's administrator runs VACUUM FULL.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="423" />
      <source>Toimielimelle {body} ei ole merkitty ylempää toimielintä, jolle oikaisuvaatimus tehdään; merkitse se toimielimen tietoihin.</source>
      <translation>The body {body} has no higher body set to which the rectification request is made; set it in the body's details.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1711" />
      <source>Toimielimellä ei ole kokouspäivänä jäseniä; päätösvaltaisuutta ei voi todeta.</source>
      <translation>The body has no members on the meeting day; it cannot be established whether the meeting is quorate.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="490" />
      <source>Toimielimellä on jo puheenjohtaja. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.</source>
      <translation>The body already has a chair. End their membership or change their role first.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="518" />
      <source>Toimielimellä on jo samana vuonna kokous tällä numerolla.</source>
      <translation>The body already has a meeting with this number in the same year.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="113" />
      <source>Toimielimellä {body} ei ole kokousta {day}.{month}.{year}.</source>
      <translation>The body {body} has no meeting on {day}.{month}.{year}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="174" />
      <source>Toimielimellä {body} ei ole tarkastettuja pöytäkirjoja vuodelta {year}.</source>
      <translation>The body {body} has no checked minutes from {year}.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="197" />
      <source>Toimielimellä {body} on jo kokous {number}/{year}.{swap}</source>
      <translation>The body {body} already has meeting {number}/{year}.{swap}</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="242" />
      <source>Toimielimen nimi puuttuu.</source>
      <translation>The body's name is missing.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="526" />
      <source>Toimielimen puheenjohtaja on {person}. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.</source>
      <translation>The chair of the body is {person}. End their membership or change their role first.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="343" />
      <source>Toimielimen {name} lajia ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden otteiden muutoksenhakuohje muuttuisi. Jos toimielin on todella toista lajia, lisää se uutena toimielimenä ja poista tästä rasti kohdasta Käytössä.</source>
      <translation>The kind of the body {name} can no longer change, as its minutes have been checked: the appeal instruction of their excerpts would change. If the body really is of another kind, add it as a new body and clear In use for this one.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="352" />
      <source>Toimielimen {name} nimeä ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden otteet tulostuisivat uudella nimellä. Jos toimielimen nimi muuttuu (esimerkiksi uuden toimikauden alussa), lisää uusi toimielin uudella nimellä ja poista vanhasta rasti kohdasta Käytössä. Kirjoitusvirheen voi korjata vain ennen kuin pöytäkirjoja on tarkastettu.</source>
      <translation>The body {name} can no longer be renamed, as its minutes have been checked: their excerpts would print the new name. If the body's name changes (e.g. when a new term begins), add a new body with the new name and clear In use for the old one. A typo can be fixed only before any minutes are checked.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="361" />
      <source>Toimielimen {name} yläpuolista toimielintä ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden otteiden oikaisuvaatimusohje nimeää sen.</source>
      <translation>The body above {name} can no longer change, as its minutes have been checked: the rectification instruction of their excerpts names it.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="258" />
      <source>Toimielin ei voi olla oma yläpuolinen toimielimensä.</source>
      <translation>A body cannot be the body above itself.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="151" />
      <location filename="../../core/organisation.py" line="375" />
      <location filename="../../core/organisation.py" line="472" />
      <source>Toimielintä ei löydy.</source>
      <translation>The body was not found.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="158" />
      <source>Toimielintä ei löytynyt; se on ehkä poistettu.</source>
      <translation>The body was not found; it may have been deleted.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="103" />
      <location filename="../../core/printing/request.py" line="135" />
      <source>Toimielintä {body!r} ei löytynyt.</source>
      <translation>The body {body!r} was not found.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="142" />
      <source>Toimielintä {missing} ei ole tietokannassa. Toimielimet: {names}.</source>
      <translation>The body {missing} is not in the database. Bodies: {names}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/labels.py" line="276" />
      <source>Tulostuskieli {language!r} ei ole tuettu; valitse fi (suomi) tai sv (ruotsi).</source>
      <translation>The print language {language!r} is not supported; choose fi (Finnish) or sv (Swedish).</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="279" />
      <source>Tuntematon hallinto-oikeus {court!r}; vaihtoehdot: {administrative}.</source>
      <translation>Unknown administrative court {court!r}; options: {administrative}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1986" />
      <source>Tuntematon oikaistava kohta: {field}.</source>
      <translation>Unknown part to rectify: {field}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="630" />
      <source>Tuodaan taulua {table}…</source>
      <translation>Importing table {table}…</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="229" />
      <source>Useamman kokouksen asiakirjana voi tulostaa vain pöytäkirjat.</source>
      <translation>Only minutes can be printed as a document covering several meetings.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1948" />
      <source>Vain tarkastetun pöytäkirjan voi merkitä julkaistuksi.</source>
      <translation>Only checked minutes can be marked as published.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="479" />
      <location filename="../../core/organisation.py" line="516" />
      <source>Vain varajäsen voi olla jonkun jäsenen henkilökohtainen varajäsen.</source>
      <translation>Only a deputy member can be a member's personal deputy.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1699" />
      <source>Valitse kaksi pöytäkirjantarkastajaa.</source>
      <translation>Choose two minutes checkers.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1060" />
      <source>Valitse osapuolet, joille ote lähetettiin.</source>
      <translation>Choose the parties the excerpt was sent to.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="188" />
      <source>Valitse pykälä joko numerolla tai diaarinumerolla.</source>
      <translation>Choose the section either by number or by diary number.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="283" />
      <source>Valitse toimielimelle {name} yläpuolinen toimielin: jaoston ja viranhaltijan päätöksistä tehdyt oikaisuvaatimukset käsitellään siinä.</source>
      <translation>Choose the body above {name}: rectification requests against a division's or an office-holder's decisions are handled there.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1901" />
      <source>Valitse, miten ote lähetettiin vastaanottajalle {recipient}.</source>
      <translation>Choose how the excerpt was sent to the recipient {recipient}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="361" />
      <source>Valittua pykälää ei löytynyt tästä kokouksesta.</source>
      <translation>The chosen section was not found in this meeting.</translation>
    </message>
    <message>
      <location filename="../../core/printing/decision_draft.py" line="29" />
      <source>Valituissa asioissa ei ole päätösehdotuksia, joten luonnosta ei tulostettu.</source>
      <translation>The chosen items have no proposals, so the draft was not printed.</translation>
    </message>
    <message>
      <location filename="../../core/printing/decision_draft.py" line="24" />
      <source>Valitussa asiassa ei ole päätösehdotusta, joten luonnosta ei tulostettu. Kirjoita ehdotus asian Päätösehdotus-kenttään tai laadi se mallipohjasta (Muokkaa → Laadi ehdotus mallipohjasta…).</source>
      <translation>The chosen item has no proposal, so the draft was not printed. Write the proposal in the item's Proposal field or draft it from a template (Edit → Draft proposal from a template…).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="906" />
      <source>Varmuuskopio {final} ei ollut ehjä, eikä sitä tallennettu. {problem}</source>
      <translation>The backup {final} was not intact and was not saved. {problem}</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="716" />
      <location filename="../../db/backup.py" line="1235" />
      <source>Varmuuskopio {path} on muuttunut tai vioittunut (tarkiste ei täsmää).</source>
      <translation>The backup {path} has changed or is damaged (the checksum does not match).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="655" />
      <location filename="../../db/backup.py" line="734" />
      <location filename="../../db/backup.py" line="1245" />
      <location filename="../../db/backup.py" line="775" />
      <source>Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.</source>
      <translation>The backup {path} was made with a newer version of Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="694" />
      <source>Varmuuskopio {path} on vioittunut ({check}).</source>
      <translation>The backup {path} is damaged ({check}).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="649" />
      <location filename="../../db/backup.py" line="704" />
      <source>Varmuuskopio {path} on vioittunut: {exc}.</source>
      <translation>The backup {path} is damaged: {exc}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1343" />
      <source>Varmuuskopiokansioon {folder} ei ole kirjoitusoikeutta; sinne ei otettu varmuuskopiota.</source>
      <translation>There is no write permission to the backup folder {folder}; no backup was taken there.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1403" />
      <source>Varmuuskopiokansiossa on tulevaisuuteen päivätty varmuuskopio {name}: tietokoneen kello on ollut väärässä, kun se otettiin. Sitä ei pidetä uusimpana varmuuskopiona; tarkista kopion sisältö ennen kuin palautat sen.</source>
      <translation>The backup folder holds a backup {name} dated in the future: the computer's clock was wrong when it was taken. It is not counted as the newest backup; check its contents before you restore it.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="874" />
      <source>Varmuuskopiokansiossa {folder} ei ole tilaa ({free} Mt vapaana, tarvitaan {needed} Mt). Vanhat varmuuskopiot ovat ennallaan.</source>
      <translation>The backup folder {folder} has no room ({free} MB free, {needed} MB needed). The old backups are unchanged.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1334" />
      <source>Varmuuskopiokansiossa {folder} ei ole tilaa, eikä uutta varmuuskopiota voitu tallentaa sinne. Vanhat varmuuskopiot ovat ennallaan. Vapauta levytilaa.</source>
      <translation>The backup folder {folder} has no room, and the new backup could not be saved there. The old backups are unchanged. Free up disk space.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="851" />
      <source>Varmuuskopiokansiota {folder} ei löydy (onko verkkolevy tai muistitikku kiinni?). Sinne ei otettu varmuuskopiota.</source>
      <translation>The backup folder {folder} was not found (is the network drive or USB stick connected?). No backup was taken there.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="844" />
      <source>Varmuuskopiokansiota {folder} ei voi luoda: {strerror}.</source>
      <translation>The backup folder {folder} cannot be created: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="914" />
      <source>Varmuuskopion {final} rivimäärät eivät vastanneet tietokantaa, eikä sitä tallennettu.</source>
      <translation>The row counts of the backup {final} did not match the database, and it was not saved.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1230" />
      <source>Varmuuskopion {path} kuvaustiedosto puuttuu tai on vioittunut.</source>
      <translation>The description file of the backup {path} is missing or damaged.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="725" />
      <source>Varmuuskopion {path} rivimäärät eivät täsmää sen kuvaukseen.</source>
      <translation>The row counts of the backup {path} do not match its description.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1630" />
      <source>Varmuuskopiota ei palautettu: {problem}</source>
      <translation>The backup was not restored: {problem}</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1678" />
      <source>Varmuuskopiota ei voitu palauttaa: {exc}.</source>
      <translation>The backup could not be restored: {exc}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1347" />
      <source>Varmuuskopiota ei voitu tallentaa kansioon {folder}: {exc}.</source>
      <translation>The backup could not be saved in the folder {folder}: {exc}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="707" />
      <source>Varmuuskopiota {path} ei voi lukea: {strerror}.</source>
      <translation>The backup {path} cannot be read: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1914" />
      <source>Vastaanottaja {recipient} ei voi saada otetta ennen sen lähettämistä.</source>
      <translation>The recipient {recipient} cannot receive the excerpt before it has been sent.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1892" />
      <source>Vastaanottajaa ei löydy.</source>
      <translation>The recipient was not found.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="234" />
      <source>Verkkosivua ei tehdä salassa pidettävän sisällön kanssa: sivu on tarkoitettu yleiseen tietoverkkoon. Tulosta salassa pidettävä sisältö PDF-tiedostoksi.</source>
      <translation>A web page is not made with secret content: the page is meant for the public network. Print the secret content as a PDF file.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="205" />
      <source>Viedään taulua {table}…</source>
      <translation>Exporting table {table}…</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="261" />
      <source>Yläpuolisen toimielimen {parent} on oltava saman organisaation.</source>
      <translation>The body above, {parent}, must belong to the same organisation.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="204" />
      <source>allekirjoitus on kirjattu</source>
      <translation>a signature has been recorded</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="348" />
      <source>aluevalitus</source>
      <translation>regional appeal</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="246" />
      <location filename="../../core/drafting.py" line="481" />
      <location filename="../../core/drafting.py" line="436" />
      <location filename="../../core/drafting.py" line="539" />
      <source>arvo kasvoi yli {limit} merkin</source>
      <translation>the value grew beyond {limit} characters</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="977" />
      <source>arvoja ei voi verrata keskenään (esim. päivämäärää ja tekstiä tai lukua ja tekstiä)</source>
      <translation>the values cannot be compared (e.g. a date and a text, or a number and a text)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="573" />
      <source>asiaan ei ole liitetty sopimusta (Kokous › Liitä sopimukseen…)</source>
      <translation>the item is not linked to an agreement (Meeting › Link to agreement…)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="579" />
      <source>asialle ei ole merkitty esittelijää (asian kenttä Esittelijä)</source>
      <translation>no presenter has been recorded for the item (the item's field Presenter)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="576" />
      <source>asialle ei ole merkitty valmistelijaa (asian kenttä Valmistelija)</source>
      <translation>no preparer has been recorded for the item (the item's field Preparer)</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="28" />
      <source>asukasluvun mukaan</source>
      <translation>by population</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="36" />
      <source>ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)</source>
      <translation>no permission to write (the file or folder is protected or in use by another program)</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1123" />
      <source>ei käsitelty</source>
      <translation>not handled</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="374" />
      <source>eriävä mielipide</source>
      <translation>dissent</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="213" />
      <source>erä toistuu joka vuosi</source>
      <translation>the item recurs every year</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1124" />
      <source>esityslistalla</source>
      <translation>on the agenda</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="73" />
      <source>hallitus</source>
      <translation>executive board</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="164" />
      <source>henkilön {name} tietoihin sitä ei ole merkitty (Asetukset › Henkilöt)</source>
      <translation>it has not been recorded for {name} (Settings › People)</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1127" />
      <source>hylätty</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1125" />
      <source>hyväksytty</source>
      <translation>passed</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1126" />
      <source>hyväksytty muutoksin</source>
      <translation>approved with changes</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="61" />
      <source>ilmoitusasiat</source>
      <translation>items for information</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="75" />
      <source>jaosto</source>
      <translation>division</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="34" />
      <source>jokin polun osista ei ole kansio</source>
      <translation>a part of the path is not a folder</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="369" />
      <source>julkaistava otsikko</source>
      <translation>published title</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="45" />
      <source>järjestelmän ilmoitus: {reason}</source>
      <translation>the system says: {reason}</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="30" />
      <source>kansiota {folder} ei ole</source>
      <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="269" />
      <source>kenoviiva nimessä</source>
      <translation>backslash in the name</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="987" />
      <source>kenttä ”{name}”</source>
      <translation>the field “{name}”</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="30" />
      <source>kiinteillä osuuksilla</source>
      <translation>in fixed shares</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="381" />
      <source>kirjaamon aukioloaika</source>
      <translation>registry opening hours</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="677" />
      <source>kirjoitusvirhe</source>
      <translation>syntax error</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="57" />
      <source>kokouksen avaus</source>
      <translation>opening of the meeting</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="58" />
      <source>kokouksen laillisuus ja päätösvaltaisuus</source>
      <translation>lawfulness and quorum</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="62" />
      <source>kokouksen päättäminen</source>
      <translation>closing of the meeting</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="348" />
      <source>kunnallisvalitus</source>
      <translation>municipal appeal</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="510" />
      <source>kustannusten jakoperuste</source>
      <translation>the basis of the cost split</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1130" />
      <source>käsitelty, pöytäkirja tarkastamatta</source>
      <translation>handled, minutes not checked</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="372" />
      <source>käsittely</source>
      <translation>handling</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="380" />
      <source>käyntiosoite</source>
      <translation>visiting address</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="204" />
      <source>laki hyvinvointialueesta 139 §</source>
      <translation>Wellbeing Services Counties Act 139 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="205" />
      <source>laki hyvinvointialueesta 140 §</source>
      <translation>Wellbeing Services Counties Act 140 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="206" />
      <source>laki hyvinvointialueesta 141 §</source>
      <translation>Wellbeing Services Counties Act 141 §</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="971" />
      <source>laskutoimitusta ei voi tehdä näillä arvoilla (esim. luvulla ja tekstillä tai päivämäärällä ja luvulla). Tekstit yhdistetään merkillä ~, esim. {{{{ x ~ " €" }}}}, ja rahamäärä muotoillaan suodattimella money</source>
      <translation>the calculation cannot be made with these values (e.g. a number and a text, or a date and a number). Texts are joined with ~, e.g. {{{{ x ~ " €" }}}}, and an amount of money is formatted with the filter money</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="942" />
      <source>lausekkeen ”… if …” ehto oli epätosi, eikä sillä ole else-osaa (esim. {{{{ x if ehto else "" }}}})</source>
      <translation>the condition of the expression “… if …” was false and it has no else part (e.g. {{{{ x if condition else "" }}}})</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="74" />
      <source>lautakunta</source>
      <translation>committee</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="38" />
      <source>levy on täynnä</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="40" />
      <source>levylle ei voi kirjoittaa (vain luku)</source>
      <translation>the disk is read-only</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="44" />
      <source>levylle kirjoittaminen epäonnistui (levyn tai verkkoaseman virhe)</source>
      <translation>writing to the disk failed (an error of the disk or network drive)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="600" />
      <source>lohkoja ({{% block %}})</source>
      <translation>blocks ({{% block %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="248" />
      <source>luku kasvoi liian suureksi</source>
      <translation>a number grew too large</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="594" />
      <source>makroja ({{% macro %}})</source>
      <translation>macros ({{% macro %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="655" />
      <source>mallipohja loppuu kesken (sulkeva }}}} tai %}} puuttuu?)</source>
      <translation>the template ends too early (is a closing }}}} or %}} missing?)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="652" />
      <source>mallipohja loppuu kesken: {{% {tag} %}} puuttuu</source>
      <translation>the template ends too early: {{% {tag} %}} is missing</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="217" />
      <source>mallipohjan täyttäminen kesti liian kauan (yli aikarajan)</source>
      <translation>filling in the template took too long (over the time limit)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="664" />
      <source>merkkijonon lainausmerkki jäi sulkematta</source>
      <translation>a string's quotation mark was not closed</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="275" />
      <source>muina vuosina</source>
      <translation>in other years</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="663" />
      <source>odotettiin ”{expected}”</source>
      <translation>expected “{expected}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="660" />
      <source>odotettiin ”{expected}”, mutta tuli ”{found}”</source>
      <translation>expected “{expected}”, but got “{found}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="656" />
      <location filename="../../core/drafting.py" line="657" />
      <source>odottamaton merkki ”{char}”</source>
      <translation>unexpected character “{char}”</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="499" />
      <source>organisaation nimi</source>
      <translation>the organisation's name</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="382" />
      <source>organisaation {organisation} henkilöissä ei ole allekirjoittajaa ”{title}” (Asetukset › Henkilöt)</source>
      <translation>the people of {organisation} include no signatory “{title}” (Settings › People)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="193" />
      <source>osapuolelle {name} ei ole merkitty päivää, johon mennessä sen pitää päättää</source>
      <translation>the party {name} has no date recorded by which it must decide</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="505" />
      <source>osapuolen {name} nimi</source>
      <translation>the name of the party {name}</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="195" />
      <source>osapuolen {name} päätöstä ei ole merkitty</source>
      <translation>the decision of the party {name} has not been recorded</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="368" />
      <source>otsikko</source>
      <translation>title</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="202" />
      <source>otteiden lähetys tai saapuminen on kirjattu</source>
      <translation>excerpts sent or received have been recorded</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1128" />
      <source>palautettu valmisteluun</source>
      <translation>returned for preparation</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="599" />
      <source>periytymistä ({{% extends %}})</source>
      <translation>inheritance ({{% extends %}})</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="379" />
      <source>postiosoite</source>
      <translation>postal address</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="531" />
      <source>potenssi on liian suuri</source>
      <translation>the power is too large</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="200" />
      <source>päätöksen tietoja on kirjattu ({names})</source>
      <translation>decisions have been recorded ({names})</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="373" />
      <source>päätös</source>
      <translation>decision</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="371" />
      <source>päätösehdotus</source>
      <translation>proposal</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="59" />
      <source>pöytäkirjantarkastajien valinta</source>
      <translation>election of the minutes checkers</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="315" />
      <source>range() saa tuottaa enintään {limit} lukua</source>
      <translation>range() may produce at most {limit} numbers</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="190" />
      <source>rivi {line}: luokan {code} nimi puuttuu</source>
      <translation>line {line}: class {code} has no name</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="195" />
      <source>rivi {line}: luokka {code} on jo rivillä {earlier}</source>
      <translation>line {line}: class {code} is already on line {earlier}</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="186" />
      <source>rivi {line}: tunnus {code} ei ole muotoa 00.04.01</source>
      <translation>line {line}: the code {code} is not of the form 00.04.01</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="38" />
      <source>ruotsi</source>
      <translation>Swedish</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="32" />
      <source>samanniminen kansio on jo olemassa</source>
      <translation>a folder of the same name already exists</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="370" />
      <source>selostus</source>
      <translation>background</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="222" />
      <source>silmukoita kierrettiin yli {rounds} kertaa</source>
      <translation>loops ran more than {rounds} times</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="123" />
      <source>sitä ei ole merkitty</source>
      <translation>it has not been recorded</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="189" />
      <source>sitä koskee pykälä</source>
      <translation>a § concerns it</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="191" />
      <source>sitä koskee {count} pykälää</source>
      <translation>{count} §§ concern it</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="462" />
      <source>sopimukselle ei ole merkitty koordinoivaa organisaatiota</source>
      <translation>no coordinating organisation has been recorded for the agreement</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="266" />
      <source>sopimukselle ei ole merkitty sopimuskautta</source>
      <translation>the agreement has no term recorded</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="197" />
      <source>sopimuksen kustannuksia ei jaeta asukasluvun mukaan</source>
      <translation>the agreement's costs are not split by population</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="199" />
      <location filename="../../core/draft_context.py" line="270" />
      <source>sopimuksen kustannusten jakoa ei voi laskea (ks. agreement.costs.problem)</source>
      <translation>the split of the agreement's costs cannot be calculated (see agreement.costs.problem)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="503" />
      <source>sopimuksen nimi</source>
      <translation>the agreement's name</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="979" />
      <source>suodattimelle annettiin liian monta arvoa tai väärän niminen arvo; katso suodattimen ohje</source>
      <translation>the filter was given too many values or a value with a wrong name; see the filter's instructions</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="38" />
      <source>suomi</source>
      <translation>Finnish</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="940" />
      <source>tapauksen tietoja ei voi muuttaa</source>
      <translation>the case data cannot be changed</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="29" />
      <source>tasan</source>
      <translation>equally</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="229" />
      <location filename="../../core/drafting.py" line="851" />
      <source>teksti kasvoi yli {limit} merkin</source>
      <translation>the text grew beyond {limit} characters</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="42" />
      <source>tiedostonimi on liian pitkä</source>
      <translation>the file name is too long</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="382" />
      <source>todistuspaikka</source>
      <translation>place of certification</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="109" />
      <source>toimielimelle {body} ei ole merkitty ruotsinkielistä nimeä (Asetukset › Toimielimet › Muokkaa…)</source>
      <translation>the body {body} has no Swedish name (Settings › Bodies › Edit…)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="550" />
      <source>toimielimelle {body} ei ole merkitty ylempää toimielintä (Asetukset › Toimielimet › Muokkaa… › Yläpuolinen toimielin)</source>
      <translation>no body above has been recorded for the body {body} (Settings › Bodies › Edit… › Body above)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="598" />
      <source>toisten mallipohjien liittämistä ({{% include %}})</source>
      <translation>including other templates ({{% include %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="649" />
      <source>tuntematon komento ”{name}”</source>
      <translation>unknown command “{name}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="647" />
      <source>tuntematon suodatin ”{name}”</source>
      <translation>unknown filter “{name}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="648" />
      <source>tuntematon testi ”{name}”</source>
      <translation>unknown test “{name}”</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="107" />
      <source>tuntematon virhe</source>
      <translation>unknown error</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="597" />
      <source>tuonteja ({{% from ... import %}})</source>
      <translation>imports ({{% from ... import %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="596" />
      <source>tuonteja ({{% import %}})</source>
      <translation>imports ({{% import %}})</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="267" />
      <source>tyhjä tai virheellinen nimi</source>
      <translation>empty or invalid name</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="60" />
      <source>työjärjestyksen hyväksyminen</source>
      <translation>approval of the agenda</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="72" />
      <source>valtuusto</source>
      <translation>council</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="76" />
      <source>viranhaltija</source>
      <translation>office-holder</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="946" />
      <source>virhe täytössä ({error})</source>
      <translation>error while filling in ({error})</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="358" />
      <source>ylempi toimielin</source>
      <translation>a higher body</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="119" />
      <source>{attachment}: PDF-tiedosto on suojattu salasanalla.</source>
      <translation>{attachment}: the PDF file is protected with a password.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="125" />
      <source>{attachment}: PDF-tiedostoa ei voi lukea ({error}).</source>
      <translation>{attachment}: the PDF file cannot be read ({error}).</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="121" />
      <source>{attachment}: PDF-tiedostossa ei ole sivuja.</source>
      <translation>{attachment}: the PDF file has no pages.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="115" />
      <source>{attachment}: tiedosto {name} ei ole PDF-tiedosto.</source>
      <translation>{attachment}: the file {name} is not a PDF file.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="109" />
      <source>{attachment}: vain nimi, ei tiedostoa.</source>
      <translation>{attachment}: a title only, no file.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="113" />
      <source>{attachment}: {problem}</source>
      <translation>{attachment}: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="349" />
      <source>{body} on valtuusto: {name} hallinto-oikeuteen ({law}).{joint}</source>
      <translation>{body} is a council: {name} to the administrative court ({law}).{joint}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="367" />
      <source>{body} on {kind}: oikaisuvaatimus samalle toimielimelle ({law}).{joint}</source>
      <translation>{body} is a {kind}: rectification request to the same body ({law}).{joint}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="359" />
      <source>{body} on {kind}: oikaisuvaatimus toimielimelle {above} ({law}).{joint}</source>
      <translation>{body} is a {kind}: rectification request to {above} ({law}).{joint}</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="663" />
      <source>{database} on tyhjä, eikä se ole Sihteerin tietokanta.</source>
      <translation>{database} is empty and is not a Sihteeri database.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="638" />
      <source>{database} sisältää jo muita tietoja, eikä se ole Sihteerin tietokanta. Sitä ei muutettu.</source>
      <translation>{database} already holds other data and is not a Sihteeri database. It was not changed.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="663" />
      <source>{filled}/{seats} (vähintään {required}) – EI päätösvaltainen</source>
      <translation>{filled}/{seats} (at least {required}) – NOT quorate</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="657" />
      <source>{filled}/{seats} (vähintään {required}) – päätösvaltainen</source>
      <translation>{filled}/{seats} (at least {required}) – quorate</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="847" />
      <source>{folder} ei ole kansio; sinne ei otettu varmuuskopiota.</source>
      <translation>{folder} is not a folder; no backup was taken there.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="446" />
      <source>{member} ei ole toimielimen {body} jäsen varajäsenen {name} kaudella. Henkilökohtainen varajäsen valitaan jäsenelle, jonka kausi on samaan aikaan.</source>
      <translation>{member} is not a member of {body} during the term of deputy {name}. A personal deputy is chosen for a member whose term runs at the same time.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1090" />
      <source>{names} ei osallistu asian {section_label} käsittelyyn eikä voi äänestää.</source>
      <translation>{names} does not take part in handling the item {section_label} and cannot vote.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="556" />
      <source>{name} on jo merkitty poissa olleeksi {left} §:n jälkeen {returned} §:n alkuun; poissaolot eivät voi mennä päällekkäin.</source>
      <translation>{name} is already recorded as away after § {left} until the start of § {returned}; absences cannot overlap.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="424" />
      <source>{name} on jo toimielimen {body} jäsen {term_start}.</source>
      <translation>{name} is already a member of the body {body} on {term_start}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="795" />
      <source>{name} on jäsenen {own} henkilökohtainen varajäsen eikä voi toimia jäsenen {member} varajäsenenä, joten hän ei täytä tämän paikkaa eikä äänestä. Merkitse jäsenen {member} oma varajäsen. Jos {name} on valittu jäsenen {member} varajäseneksi (esimerkiksi tämän tultua valituksi eronneen tilalle), päätä hänen varajäsenyytensä ja lisää hänet uudelleen jäsenen {member} henkilökohtaiseksi varajäseneksi valinnasta alkaen (Asetukset, Toimielimet).</source>
      <translation>{name} is the personal deputy of member {own} and cannot stand in for member {member}, so they neither fill that seat nor vote. Record the own deputy of member {member}. If {name} has been elected the deputy of member {member} (for example when {member} was elected in place of one who resigned), end their deputy membership and add them again as the personal deputy of member {member} from the election (Settings, Bodies).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="784" />
      <source>{name} on merkitty jäsenen {member} varajäseneksi, mutta hän ei ole toimielimen varajäsen kokouspäivänä, joten hän ei täytä jäsenen paikkaa eikä äänestä. Lisää hänet toimielimen varajäseneksi (Asetukset, Toimielimet) tai merkitse jäsenen oma varajäsen.</source>
      <translation>{name} is recorded as the deputy of member {member} but is not a deputy of the body on the meeting date, so they neither fill the member's seat nor vote. Add them as a deputy of the body (Settings, Bodies) or record the member's own deputy.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="775" />
      <source>{name} on merkitty jäsenen {member} varajäseneksi, mutta {member} ei ole toimielimen jäsen kokouspäivänä.</source>
      <translation>{name} is recorded as the deputy of member {member}, but {member} is not a member of the body on the meeting date.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="764" />
      <source>{name} on merkitty läsnä olleeksi jäseneksi, mutta hän ei ole toimielimen jäsen kokouspäivänä. Korjaa hänen roolinsa tai jäsenyytensä kausi (Asetukset, Toimielimet).</source>
      <translation>{name} is recorded as a present member but is not a member of the body on the meeting date. Correct their role or the term of their membership (Settings, Bodies).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="527" />
      <source>{name} on merkitty poissaolevaksi koko kokouksesta.</source>
      <translation>{name} is recorded as absent from the whole meeting.</translation>
    </message>
    <message>
      <location filename="../../db/models.py" line="429" />
      <source>{number} §</source>
      <translation>§ {number}</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="468" />
      <source>{organisation} ei ole sopimuksen osapuoli</source>
      <translation>{organisation} is not a party to the agreement</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="256" />
      <source>{organisation} on jo sopimuksen osapuoli.</source>
      <translation>{organisation} is already a party to the agreement.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="310" />
      <source>{outcome}; päätös koskee vain asian valmistelua, muutoksenhakukielto ({law}).</source>
      <translation>{outcome}; the decision only concerns preparation, no appeal ({law}).</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="268" />
      <source>{parent} on jo toimielimen {name} alainen.</source>
      <translation>{parent} is already under the body {name}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1115" />
      <source>{party}: {state}, määräpäivä tänään {deadline}</source>
      <translation>{party}: {state}, deadline today {deadline}</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1117" />
      <source>{party}: {state}, määräpäivä {deadline} ({days} pv jäljellä)</source>
      <translation>{party}: {state}, deadline {deadline} ({days} d left)</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1112" />
      <source>{party}: {state}, määräpäivä {deadline} ohitettu {days} pv sitten</source>
      <translation>{party}: {state}, deadline {deadline} passed {days} d ago</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="617" />
      <source>{path} on kansio, ei tietokantatiedosto.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="883" />
      <source>{person} on jo merkitty esteelliseksi asiassa {section_label}.</source>
      <translation>{person} is already recorded as disqualified in the item {section_label}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1803" />
      <source>{problem} Ehjää varmuuskopiota ei löytynyt kansiosta {folder}.</source>
      <translation>{problem} No intact backup was found in the folder {folder}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1807" />
      <source>{problem} Tiedostoon ei ole koskettu.</source>
      <translation>{problem} The file has not been touched.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="298" />
      <source>{problem} Verkkojulkaisua ei tehty.</source>
      <translation>{problem} The web publication was not made.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="2077" />
      <source>{problem} Verkkojulkaisun merkintöjä ei muutettu.</source>
      <translation>{problem} The marks for publishing online were not changed.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="675" />
      <source>{problem}. Suodattimet: {filters}</source>
      <translation>{problem}. Filters: {filters}</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="83" />
      <source>{section} § {number}. {title}</source>
      <translation>§ {section} {number}. {title}</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="425" />
      <source>{section} §: {parts}</source>
      <translation>§ {section}: {parts}</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1146" />
      <source>{title}: sopimuskausi päättyy {date} ({days} pv)</source>
      <translation>{title}: the agreement term ends {date} ({days} d)</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="104" />
      <source>{what} ei onnistunut: {problem}</source>
      <translation>{what} failed: {problem}</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="505" />
      <source>{where} on virheellinen.</source>
      <translation>{where} is invalid.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="448" />
      <source>{where}: arkistosta puuttuu liitetiedosto {value}.</source>
      <translation>{where}: the attachment file {value} is missing from the archive.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="952" />
      <source>{where}: jako nollalla.</source>
      <translation>{where}: division by zero.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="877" />
      <source>{where}: kentällä {field} ei voi olla arvoa ”{value}”, joten ehto ei olisi koskaan tosi. Sen arvot: {allowed}.</source>
      <translation>{where}: the field {field} can never have the value “{value}”, so the condition would never be true. Its values: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="901" />
      <source>{where}: kyllä/ei-tieto tulostuisi sanana True tai False. Käytä ehtoa, esim. {{% if p.approved %}}hyväksynyt{{% else %}}ei vielä päättänyt{{% endif %}}.</source>
      <translation>{where}: a yes/no value would print as the word True or False. Use a condition, e.g. {{% if p.approved %}}approved{{% else %}}not decided yet{{% endif %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="891" />
      <source>{where}: luettelo on tyhjä, joten join_fi tai join_sv tulostaisi tyhjän kohdan. Rajaa kohta ehdolla, esim. {{% if agreement.party_names %}} ... {{% endif %}}.</source>
      <translation>{where}: the list is empty, so join_fi or join_sv would print a blank. Enclose the passage in a condition, e.g. {{% if agreement.party_names %}} ... {{% endif %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="754" />
      <source>{where}: luettelossa ”{owner}” ei ole kohtaa [{index}] (kohtia: {count}; ensimmäinen on [0]). Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif %}} tai käy luettelo läpi silmukalla {{% for x in {owner} %}}.</source>
      <translation>{where}: the list “{owner}” has no place [{index}] (places: {count}; the first is [0]). Enclose the passage in the condition {{% if {owner} %}} ... {{% endif %}} or go through the list with the loop {{% for x in {owner} %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="921" />
      <source>{where}: mallipohja yritti käyttää kiellettyä ominaisuutta ({security_text}). Mallipohja voi lukea vain asian tietoja.</source>
      <translation>{where}: the template tried to use a forbidden feature ({security_text}). A template can only read the item's data.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="777" />
      <source>{where}: muuttujalla ”{owner}” ei ole kenttää ”{exc}”. Sen kentät: {value}.</source>
      <translation>{where}: the variable “{owner}” has no field “{exc}”. Its fields: {value}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="407" />
      <source>{where}: sarake {column_name} ei saa olla tyhjä.</source>
      <translation>{where}: the column {column_name} must not be empty.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="455" />
      <source>{where}: sarakkeen {column_name} arvo {value!r} ei kelpaa.</source>
      <translation>{where}: the value {value!r} in the column {column_name} is not valid.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="741" />
      <source>{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif %}} tai täydennä asian tiedot.</source>
      <translation>{where}: the data “{owner}.{exc}” does not exist because {reason}. Enclose the passage in the condition {{% if {owner} %}} ... {{% endif %}} or complete the item's data.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="863" />
      <source>{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Täydennä tieto tai rajaa kohta ehdolla {{% if {owner}.{exc} %}} ... {{% endif %}}.</source>
      <translation>{where}: the data “{owner}.{exc}” does not exist because {reason}. Fill it in or enclose the passage in the condition {{% if {owner}.{exc} %}} ... {{% endif %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="911" />
      <source>{where}: tulostettavalla arvolla ei ole sisältöä (None). Rajaa kohta ehdolla {{% if … %}} tai anna korvaava teksti suodattimella default, esim. {{{{ arvo|default("–") }}}}.</source>
      <translation>{where}: the value to be printed has no content (None). Enclose the passage in the condition {{% if … %}} or give a replacement text with the filter default, e.g. {{{{ value|default("–") }}}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="728" />
      <source>{where}: tuntematon muuttuja ”{exc}”. Käytettävissä olevat muuttujat: {available}.</source>
      <translation>{where}: unknown variable “{exc}”. Available variables: {available}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="509" />
      <source>{where}: tuntematon sarake {extra}.</source>
      <translation>{where}: unknown column {extra}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="959" />
      <source>{where}: virhe arvon käsittelyssä: {exc}.</source>
      <translation>{where}: error while handling a value: {exc}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="957" />
      <source>{where}: {known}.</source>
      <translation>{where}: {known}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="933" />
      <source>{where}: {limit}. Täyttäminen keskeytettiin.</source>
      <translation>{where}: {limit}. Filling in was stopped.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="821" />
      <source>{where}: {syntax_message}.</source>
      <translation>{where}: {syntax_message}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="948" />
      <source>{where}: {text}.</source>
      <translation>{where}: {text}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="767" />
      <source>{where}: ”{owner}” on luettelo, jolla ei ole kenttää ”{exc}”. Käy luettelo läpi silmukalla {{% for x in … %}} tai käytä suodatinta join_fi.</source>
      <translation>{where}: “{owner}” is a list, which has no field “{exc}”. Go through the list with the loop {{% for x in … %}} or use the filter join_fi.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="595" />
      <source>{{% call %}}-lohkoja</source>
      <translation>{{% call %}} blocks</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1128" />
      <source>Äänestyksen tulos on joko jaa- tai ei-ehdotus.</source>
      <translation>The result of a vote is either the yes or the no proposal.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1132" />
      <source>Äänestyksen {round} tulos on jo ratkaistu ({result_text}); tallenna äänestys uudelleen, jos äänet on kirjattu väärin.</source>
      <translation>The result of vote {round} is already decided ({result_text}); save the vote again if the votes were recorded wrongly.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1813" />
      <source>Äänestyksen {round} tulos puuttuu (äänet menivät tasan).</source>
      <translation>The result of vote {round} is missing (the votes were tied).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1630" />
      <source>Äänestyksessä {round} on ääni henkilöltä, joka ei osallistu asian käsittelyyn ({names}). Tallenna äänestys uudelleen.</source>
      <translation>Vote {round} has a ballot of someone who does not take part in the item ({names}). Record the vote again.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1639" />
      <source>Äänestyksestä {round} puuttuu asian käsittelyyn osallistuva ({names}). Tallenna äänestys uudelleen.</source>
      <translation>Vote {round} is missing someone who takes part in the item ({names}). Record the vote again.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1125" />
      <location filename="../../core/minutes.py" line="1150" />
      <source>Äänestystä ei löydy.</source>
      <translation>The vote was not found.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="90" />
      <location filename="../../core/agreement_editing.py" line="88" />
      <source>”{value}” ei ole euromäärä.</source>
      <translation>“{value}” is not a euro amount.</translation>
    </message>
  </context>
</TS>
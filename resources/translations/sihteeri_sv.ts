<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI" sourcelanguage="fi_FI">
  <context>
    <name>AbsenceDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="324" />
      <source>Tilapäinen poissaolo – {name}</source>
      <translation>Tillfällig frånvaro – {name}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="328" />
      <source>{n} §:n jälkeen</source>
      <translation>efter § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="329" />
      <source>{n} §:n alussa</source>
      <translation>i början av § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="335" />
      <source>Poistui</source>
      <translation>Avlägsnade sig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="336" />
      <source>Palasi</source>
      <translation>Återkom</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="340" />
      <source>klo</source>
      <translation>kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="345" />
      <source>Hän ei ole läsnä eikä osallistu päätöksentekoon niissä pykälissä, jotka käsitellään poistumisen ja paluun välillä. Esteellisyys merkitään asian kohdalla, ei tässä.</source>
      <translation>Personen är inte närvarande och deltar inte i beslutsfattandet i de paragrafer som behandlas mellan avlägsnandet och återkomsten. Jäv antecknas vid ärendet, inte här.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="353" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="357" />
      <source>Kokouksessa ei ole pykäliä.</source>
      <translation>Mötet har inga paragrafer.</translation>
    </message>
  </context>
  <context>
    <name>AbsenceRemovalDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="375" />
      <source>Poista poissaolo – {name}</source>
      <translation>Ta bort frånvaro – {name}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="377" />
      <location filename="../../gui/conduct_dialogs.py" line="379" />
      <source>Poissaolo</source>
      <translation>Frånvaro</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="382" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="385" />
      <source>Valitse poissaolo.</source>
      <translation>Välj frånvaron.</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="116" />
      <source>Uusi sopimus</source>
      <translation>Nytt avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="116" />
      <source>Sopimuksen tiedot</source>
      <translation>Avtalets uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="119" />
      <source>Lomakkeelle palautettiin tiedot, jotka olivat kesken, kun Sihteeri sulkeutui edellisellä kerralla. Tarkista ne; OK tallentaa ne, Peruuta hylkää ne.</source>
      <translation>Uppgifter som var på hälft när Sihteeri stängdes förra gången har återställts i formuläret. Kontrollera dem; OK sparar dem, Avbryt förkastar dem.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="127" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="129" />
      <source>esim. yhteistoimintasopimuksen … (”hyväksyy …”)</source>
      <translation>t.ex. samverkansavtalet … (”godkänner …”)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="130" />
      <source>Nimi genetiivissä</source>
      <translation>Namn i genitiv (bestämd form)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="132" />
      <source>Yhteistoimintasopimus</source>
      <translation>Samverkansavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="133" />
      <source>Yhteistyösopimus</source>
      <translation>Samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="134" />
      <source>Yhteistyöpöytäkirja</source>
      <translation>Samarbetsprotokoll</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="135" />
      <source>Muu sopimus</source>
      <translation>Annat avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="137" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="146" />
      <source>Sopimuskausi</source>
      <translation>Avtalsperiod</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="147" />
      <source>(ei valittu)</source>
      <translation>(inte vald)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="150" />
      <source>Koordinoi</source>
      <translation>Koordinerar</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="152" />
      <source>Kun kaikki osapuolet ovat hyväksyneet</source>
      <translation>När alla parter har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="153" />
      <source>Kun kaikki ovat hyväksyneet ja allekirjoittaneet</source>
      <translation>När alla har godkänt och undertecknat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="154" />
      <source>Kun nimetyt osapuolet ovat hyväksyneet</source>
      <translation>När de angivna parterna har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="156" />
      <source>Voimaantulo</source>
      <translation>Ikraftträdande</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="158" />
      <source>Asukasluvun mukaan</source>
      <translation>Enligt invånarantal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="159" />
      <source>Tasan</source>
      <translation>Lika</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="160" />
      <source>Kiinteillä osuuksilla</source>
      <translation>Med fasta andelar</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="162" />
      <source>Kustannusten jako</source>
      <translation>Kostnadsfördelning</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="165" />
      <location filename="../../gui/agreement_edit.py" line="306" />
      <source>Asukasluvun ajankohta</source>
      <translation>Tidpunkt för invånarantalet</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="168" />
      <location filename="../../gui/agreement_edit.py" line="173" />
      <source>Kuvaus</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="170" />
      <source>Vuotuiset kustannukset</source>
      <translation>Årliga kostnader</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="173" />
      <source>Euroa</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="173" />
      <source>Vuosi (tyhjä: joka vuosi)</source>
      <translation>År (tomt: varje år)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="182" />
      <source>Lisää kustannuserä</source>
      <translation>Lägg till kostnadspost</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="184" />
      <source>Poista kustannuserä</source>
      <translation>Ta bort kostnadspost</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="281" />
      <source>Kustannuserältä {0} puuttuu kuvaus.</source>
      <translation>Kostnadspost {0} saknar beskrivning.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="286" />
      <source>Kustannuserä {row}, vuosi: {problem}</source>
      <translation>Kostnadspost {row}, år: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="287" />
      <source>”{text}” ei ole vuosiluku.</source>
      <translation>”{text}” är inte ett årtal.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="292" />
      <source>Kustannuserä {row}, euroa: {problem}</source>
      <translation>Kostnadspost {row}, euro: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="301" />
      <source>Sopimuskauden alku</source>
      <translation>Avtalsperiodens början</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="302" />
      <source>Sopimuskauden loppu</source>
      <translation>Avtalsperiodens slut</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="319" />
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="328" />
      <source>Anna sopimukselle nimi.</source>
      <translation>Ge avtalet ett namn.</translation>
    </message>
  </context>
  <context>
    <name>AgreementListModel</name>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Sopimus</source>
      <translation>Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Puuttuu</source>
      <translation>Saknas</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Voimaantulo</source>
      <translation>Ikraftträdande</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Kausi</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Koordinoi</source>
      <translation>Koordinerar</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="121" />
      <source>Yhteistoimintasopimus</source>
      <translation>Samverkansavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="122" />
      <source>Yhteistyösopimus</source>
      <translation>Samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="123" />
      <source>Yhteistyöpöytäkirja</source>
      <translation>Samarbetsprotokoll</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="124" />
      <source>Muu sopimus</source>
      <translation>Annat avtal</translation>
    </message>
  </context>
  <context>
    <name>AgreementRegisterWindow</name>
    <message>
      <location filename="../../gui/agreements.py" line="225" />
      <location filename="../../gui/agreements.py" line="319" />
      <location filename="../../gui/agreements.py" line="378" />
      <source>Sopimukset</source>
      <translation>Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="260" />
      <source>Tallennettu {0}</source>
      <translation>Sparat {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="265" />
      <source>Päivitä</source>
      <translation>Uppdatera</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="268" />
      <source>Tulosta hyväksymistilanne…</source>
      <translation>Skriv ut godkännandeläget…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="271" />
      <source>Linkitä pykälä…</source>
      <translation>Länka paragraf…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="273" />
      <source>Poista pykälän linkitys</source>
      <translation>Ta bort länken till paragrafen</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="275" />
      <source>Kirjaa otteen lähetys…</source>
      <translation>Anteckna att utdraget skickats…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="277" />
      <source>Tallenna oma pöytäkirjanote…</source>
      <translation>Spara eget protokollsutdrag…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="279" />
      <source>Uusi sopimus…</source>
      <translation>Nytt avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="282" />
      <source>Sopimuksen tiedot…</source>
      <translation>Avtalets uppgifter…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="284" />
      <source>Lisää osapuoli…</source>
      <translation>Lägg till part…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="286" />
      <location filename="../../gui/agreements.py" line="866" />
      <source>Poista osapuoli</source>
      <translation>Ta bort part</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="289" />
      <source>Siirrä osapuolta ylös</source>
      <translation>Flytta parten uppåt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="292" />
      <source>Siirrä osapuolta alas</source>
      <translation>Flytta parten nedåt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="295" />
      <source>Päätä sopimus…</source>
      <translation>Avsluta avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="297" />
      <source>Poista sopimus…</source>
      <translation>Ta bort avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="303" />
      <source>Kumoa</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="305" />
      <source>Tee uudelleen</source>
      <translation>Gör om</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="307" />
      <source>&amp;Sopimus</source>
      <translation>&amp;Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="311" />
      <source>&amp;Muokkaa</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="314" />
      <source>&amp;Osapuoli</source>
      <translation>&amp;Part</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="350" />
      <source>Hae nimellä, osapuolella tai koordinoijalla</source>
      <translation>Sök på namn, part eller koordinator</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="352" />
      <source>Hae sopimuksia</source>
      <translation>Sök avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="356" />
      <source>Kaikki tilat</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="358" />
      <source>Valmistelussa</source>
      <translation>Under beredning</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="359" />
      <source>Odottaa hyväksyntöjä</source>
      <translation>Väntar på godkännanden</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="360" />
      <source>Voimassa</source>
      <translation>I kraft</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="361" />
      <source>Päättynyt</source>
      <translation>Upphört</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="362" />
      <source>Irtisanottu</source>
      <translation>Uppsagt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="366" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="369" />
      <source>Kaikki lajit</source>
      <translation>Alla typer</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="373" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="391" />
      <source>Sopimusrekisteri</source>
      <translation>Avtalsregister</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="392" />
      <location filename="../../gui/agreements.py" line="425" />
      <source>Muistutukset</source>
      <translation>Påminnelser</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="399" />
      <source>Päivä</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="404" />
      <source>Päättämättä määräpäivään</source>
      <translation>Obeslutat före förfallodagen</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="413" />
      <source>Sopimuskausi päättyy</source>
      <translation>Avtalsperioden går ut</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="417" />
      <source> päivän kuluessa</source>
      <translation> dagar framåt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="419" />
      <source>Näytä muistutukset</source>
      <translation>Visa påminnelser</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="453" />
      <source>Osapuolet</source>
      <translation>Parter</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="464" />
      <source>Hyväksymistilanne</source>
      <translation>Godkännandeläge</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="471" />
      <source>Vuosi</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="474" />
      <source>Sopimuksessa on vain tiettyjen vuosien kustannuseriä: osuudet näytetään vuosi kerrallaan (vuotuiset erät ja vuoden omat erät).</source>
      <translation>Avtalet har kostnadsposter för enskilda år: andelarna visas ett år i taget (de årliga posterna och årets egna poster).</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="483" />
      <source>Kustannukset</source>
      <translation>Kostnader</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="493" />
      <source>Kustannusosuudet</source>
      <translation>Kostnadsandelar</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="538" />
      <source>Haetaan sopimuksia…</source>
      <translation>Hämtar avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="573" />
      <source>Haetaan sopimusta…</source>
      <translation>Hämtar avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="605" />
      <source>Ei sopimuksia</source>
      <translation>Inga avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="620" />
      <source>kausi {0}</source>
      <translation>period {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="621" />
      <source>koordinoi {0}</source>
      <translation>koordineras av {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="624" />
      <source>Voimaantulo: {0}</source>
      <translation>Ikraftträdande: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="625" />
      <source>Tila: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="628" />
      <source>Hyväksytty muutoksin: {0}.</source>
      <translation>Godkänt med ändringar: {0}.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="631" />
      <source>Sopimuksella ei ole vielä osapuolia (Osapuoli → Lisää osapuoli…).</source>
      <translation>Avtalet har ännu inga parter (Part → Lägg till part…).</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="633" />
      <source>Yhtäkään osapuolta ei ole merkitty edellytetyksi: merkitse sarakkeeseen Edellytetään osapuolet, joiden hyväksyntä tarvitaan.</source>
      <translation>Ingen part har markerats som förutsatt: markera i kolumnen Förutsätts de parter vars godkännande behövs.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="635" />
      <source>Kaikki edellytetyt hyväksynnät ovat koossa.</source>
      <translation>Alla förutsatta godkännanden finns.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="645" />
      <source>Kustannukset jaetaan {0}.</source>
      <translation>Kostnaderna fördelas {0}.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="647" />
      <source>Sopimukseen ei ole merkitty kustannuksia.</source>
      <translation>Inga kostnader har antecknats för avtalet.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="700" />
      <source>muutos ({party})</source>
      <translation>ändring ({party})</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="715" />
      <location filename="../../gui/agreements.py" line="744" />
      <location filename="../../gui/agreements.py" line="894" />
      <source>Tallennetaan…</source>
      <translation>Sparar…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="769" />
      <location filename="../../gui/agreements.py" line="842" />
      <source>Haetaan…</source>
      <translation>Söker…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="825" />
      <source>Tallennetaan sopimusta…</source>
      <translation>Sparar avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="857" />
      <source>Lisätään osapuolta…</source>
      <translation>Lägger till part…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="867" />
      <source>Poistetaanko {0} sopimuksen osapuolista? Osapuolen päätöstiedot poistuvat, eikä poistoa voi kumota.</source>
      <translation>Ta bort {0} från avtalets parter? Partens beslutsuppgifter tas bort, och borttagningen kan inte ångras.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="871" />
      <source>Poistetaan osapuolta…</source>
      <translation>Tar bort part…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="880" />
      <source>Siirretään osapuolta…</source>
      <translation>Parten flyttas…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="902" />
      <source>Poista sopimus</source>
      <translation>Ta bort avtalet</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="903" />
      <source>Poistetaanko sopimus ”{0}” osapuolineen ja kustannuserineen? Poistaa voi vain sopimuksen, jota mikään pykälä ei koske ja josta ei ole kirjattu päätöksiä, otteita eikä allekirjoituksia. Poistoa ei voi kumota.</source>
      <translation>Ska avtalet ”{0}” tas bort med sina parter och kostnadsposter? Endast ett avtal som ingen paragraf gäller och för vilket inga beslut, utdrag eller underteckningar har antecknats kan tas bort. Borttagningen kan inte ångras.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="909" />
      <source>Poistetaan sopimusta…</source>
      <translation>Avtalet tas bort…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="927" />
      <source>Osapuolen {0} toimielinten pykäliä ei ole tässä tietokannassa; kirjaa päätös osapuolen otteelta.</source>
      <translation>Paragrafer från {0}s organ finns inte i den här databasen; anteckna beslutet från partens utdrag.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="934" />
      <source>Haetaan pykäliä…</source>
      <translation>Hämtar paragrafer…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="941" />
      <source>Linkitetään…</source>
      <translation>Länkar…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="951" />
      <source>Poistetaan linkitys…</source>
      <translation>Tar bort länken…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="962" />
      <source>Kirjataan…</source>
      <translation>Antecknar…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="970" />
      <source>Tallenna hyväksymistilanne</source>
      <translation>Spara godkännandeläget</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="971" />
      <location filename="../../gui/agreements.py" line="999" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="991" />
      <source>Tulostetaan…</source>
      <translation>Skriver ut…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="998" />
      <source>Tallenna pöytäkirjanote osapuolille</source>
      <translation>Spara protokollsutdrag till parterna</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1012" />
      <source>Sopimukseen ei ole linkitetty omaa päätöstä (kotiorganisaation pykälää), josta ote annettaisiin.</source>
      <translation>Till avtalet har inget eget beslut (paragraf i den egna organisationen) länkats som utdraget kunde ges ur.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1025" />
      <source>Tulostetaan otetta…</source>
      <translation>Skriver ut utdraget…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1048" />
      <source>Ei muistutuksia.</source>
      <translation>Inga påminnelser.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="1051" />
      <source>Haetaan muistutuksia…</source>
      <translation>Hämtar påminnelser…</translation>
    </message>
  </context>
  <context>
    <name>ApprovalMatrixModel</name>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="75" />
      <source>Asukasluku ”{text}” ei ole positiivinen kokonaisluku (esim. 2 846).</source>
      <translation>Invånarantalet ”{text}” är inte ett positivt heltal (t.ex. 2 846).</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="96" />
      <source>”{text}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 3.11.2025.</source>
      <translation>”{text}” är inte ett datum. Skriv datumet i formen 3.11.2025.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="113" />
      <source>”{text}” ei ole prosenttiluku.</source>
      <translation>”{text}” är inte ett procenttal.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="141" />
      <source>Osapuoli</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="142" />
      <source>Edellytetään</source>
      <translation>Förutsätts</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="143" />
      <source>Päättävä toimielin</source>
      <translation>Beslutande organ</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="144" />
      <source>Päätöksen tila</source>
      <translation>Beslutets status</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="145" />
      <source>Päättänyt toimielin</source>
      <translation>Organ som beslutat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="146" />
      <source>Päätöspäivä</source>
      <translation>Beslutsdatum</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="147" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="148" />
      <source>Osapuolen Dnro</source>
      <translation>Partens dnr</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="149" />
      <source>Ote saapunut</source>
      <translation>Utdrag inkommit</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="150" />
      <source>Allekirjoittaja</source>
      <translation>Undertecknare</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="151" />
      <source>Allekirjoitettu</source>
      <translation>Undertecknat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="152" />
      <source>Oma ote lähetetty</source>
      <translation>Eget utdrag skickat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="153" />
      <source>Päätettävä viimeistään</source>
      <translation>Ska beslutas senast</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="154" />
      <source>Kiinteä osuus %</source>
      <translation>Fast andel %</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="155" />
      <source>Asukasluku</source>
      <translation>Invånarantal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="158" />
      <source>Ei käsitelty</source>
      <translation>Inte behandlat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="159" />
      <source>Esityslistalla</source>
      <translation>På föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="160" />
      <source>Hyväksytty</source>
      <translation>Godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="161" />
      <source>Hyväksytty muutoksin</source>
      <translation>Godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="162" />
      <source>Hylätty</source>
      <translation>Förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="163" />
      <source>Palautettu valmisteluun</source>
      <translation>Återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="166" />
      <source>kirjeellä</source>
      <translation>per brev</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="167" />
      <source>sähköisesti</source>
      <translation>elektroniskt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="168" />
      <source>saantitodistuksella</source>
      <translation>mot mottagningsbevis</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="169" />
      <source>henkilökohtaisesti</source>
      <translation>personligen</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="246" />
      <source>Käsitelty, pöytäkirja tarkastamatta</source>
      <translation>Behandlat, protokollet ojusterat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="284" />
      <source>Päätös on tämän tietokannan pykälä: {0}</source>
      <translation>Beslutet är en paragraf i den här databasen: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="286" />
      <source>. Päätös syntyy, kun pöytäkirja on tarkastettu; siihen asti osapuoli odottaa.</source>
      <translation>. Beslutet uppstår när protokollet har justerats; till dess väntar man på parten.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="289" />
      <source>Saantitodistuksella lähetetty ote katsotaan tiedoksi saaduksi saantitodistukseen merkittynä päivänä. Sihteeri ei tallenna sitä päivää, joten tiedoksisaantipäivää ja muutoksenhakuajan päättymistä ei näytetä: katso ne saantitodistuksesta.</source>
      <translation>Ett utdrag som skickats mot mottagningsbevis anses ha delgetts den dag som anges på mottagningsbeviset. Sihteeri sparar inte den dagen, så delfåendedagen och slutet på tiden för ändringssökande visas inte: se dem på mottagningsbeviset.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="293" />
      <source>Tiedoksisaantipäivä {0}</source>
      <translation>Delfåendedag {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="295" />
      <source>; muutoksenhakuaika päättyy {0}</source>
      <translation>; tiden för ändringssökande går ut {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="298" />
      <source>Asukasluku sopimuksen asukaslukujen ajankohtana; kustannukset jaetaan näiden suhteessa, kun jakoperuste on asukasluku.</source>
      <translation>Invånarantalet vid avtalets tidpunkt för invånarantal; kostnaderna delas i proportion till dem när fördelningsgrunden är invånarantal.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="301" />
      <source>Kursiivilla oleva luku on organisaation perustiedoista (sama päivämäärä); solun tyhjentäminen ei poista sitä, mutta kirjoitettu luku korvaa sen.</source>
      <translation>Ett tal i kursiv kommer från organisationens grunduppgifter (samma datum); att tömma cellen tar inte bort det, men ett inskrivet tal ersätter det.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="305" />
      <source>Voimaantulosääntö edellyttää kaikkien osapuolten hyväksynnän.</source>
      <translation>Regeln för ikraftträdande förutsätter att alla parter godkänner.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="48" />
      <source>Jäsen</source>
      <translation>Ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="49" />
      <source>Puheenjohtaja</source>
      <translation>Ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="50" />
      <source>Varajäsen</source>
      <translation>Ersättare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="51" />
      <source>Esittelijä</source>
      <translation>Föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="52" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="53" />
      <source>Kunnanhallituksen edustaja</source>
      <translation>Kommunstyrelsens representant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="54" />
      <source>Asiantuntija</source>
      <translation>Sakkunnig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="55" />
      <source>Muu</source>
      <translation>Annan</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="217" />
      <source>Läsnäolo</source>
      <translation>Närvaro</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="217" />
      <source>Lisää läsnäolija</source>
      <translation>Lägg till närvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="225" />
      <source>esim. kunnanhallituksen edustaja</source>
      <translation>t.ex. kommunstyrelsens representant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="226" />
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="227" />
      <source>Läsnä kokouksessa</source>
      <translation>Närvarande vid mötet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="231" />
      <source>kokouksen alusta</source>
      <translation>från mötets början</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="232" />
      <source>kokouksen loppuun</source>
      <translation>till mötets slut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="234" />
      <source>{n} §:n alussa</source>
      <translation>i början av § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="235" />
      <source>{n} §:n jälkeen</source>
      <translation>efter § {n}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="236" />
      <source>Henkilö</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="237" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="238" />
      <source>Roolin teksti</source>
      <translation>Rollens text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="239" />
      <source>Varajäsenenä jäsenen</source>
      <translation>Ersättare för ledamoten</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="245" />
      <location filename="../../gui/conduct_dialogs.py" line="249" />
      <source>klo</source>
      <translation>kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="251" />
      <source>Saapui</source>
      <translation>Anlände</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="252" />
      <source>Poistui</source>
      <translation>Avlägsnade sig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="255" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="275" />
      <source>Valitse henkilö.</source>
      <translation>Välj en person.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../gui/conduct_models.py" line="46" />
      <source>{left} §:n jälkeen – {returned} §:n alkuun</source>
      <translation>efter § {left} – till början av § {returned}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="52" />
      <source>{absence} (klo {times})</source>
      <translation>{absence} (kl. {times})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="99" />
      <source>jäsen</source>
      <translation>ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="100" />
      <source>varajäsen</source>
      <translation>ersättare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="101" />
      <source>puheenjohtaja</source>
      <translation>ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="102" />
      <source>esittelijä</source>
      <translation>föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="103" />
      <source>pöytäkirjanpitäjä</source>
      <translation>protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="104" />
      <source>kunnanhallituksen edustaja</source>
      <translation>kommunstyrelsens representant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="105" />
      <source>asiantuntija</source>
      <translation>sakkunnig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="114" />
      <source>varajäsen ({name})</source>
      <translation>ersättare ({name})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="165" />
      <source>{section} § (klo {time})</source>
      <translation>§ {section} (kl. {time})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="210" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="211" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="212" />
      <source>Läsnä</source>
      <translation>Närvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="213" />
      <source>Saapui §</source>
      <translation>Anlände §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="214" />
      <source>Poistui § jälkeen</source>
      <translation>Lämnade efter §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="215" />
      <source>Tilapäisesti poissa</source>
      <translation>Tillfälligt frånvarande</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="570" />
      <location filename="../../gui/main_window.py" line="1001" />
      <source>Otetaan varmuuskopiota…</source>
      <translation>Tar säkerhetskopia…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="599" />
      <source>Sulkemisen yhteydessä ei saatu varmuuskopiota: {problems}

Tallennetut tiedot ovat tallessa tietokannassa. Ota varmuuskopio (Tiedosto → Varmuuskopiot), kun kansio on taas käytettävissä.</source>
      <translation>Ingen säkerhetskopia kunde tas vid stängningen: {problems}

De sparade uppgifterna finns kvar i databasen. Ta en säkerhetskopia (Arkiv → Säkerhetskopior) när mappen kan användas igen.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="200" />
      <source>Varmuuskopiot</source>
      <translation>Säkerhetskopior</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="207" />
      <source>Vaihda kansio…</source>
      <translation>Byt mapp…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="208" />
      <source>Toinen kansio…</source>
      <translation>Andra mapp…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="209" />
      <source>Ei toista kansiota</source>
      <translation>Ingen andra mapp</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="229" />
      <source>Ota varmuuskopio nyt</source>
      <translation>Ta säkerhetskopia nu</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="230" />
      <source>Tarkista</source>
      <translation>Kontrollera</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="231" />
      <source>Palauta…</source>
      <translation>Återställ…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="232" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="295" />
      <source>Varmuuskopiot ovat kansiossa {folder}.</source>
      <translation>Säkerhetskopiorna finns i mappen {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="297" />
      <source>Toinen kopio: {folder}.</source>
      <translation>Andra kopia: {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="299" />
      <source>Toista kansiota (verkkolevy tai muistitikku) ei ole valittu.</source>
      <translation>Ingen andra mapp (nätverksenhet eller USB-minne) har valts.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="308" />
      <source>Varmuuskopioiden kansio</source>
      <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="315" />
      <source>Toinen varmuuskopiokansio</source>
      <translation>Andra mapp för säkerhetskopior</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="331" />
      <source>Asetuksia ei voitu tallentaa: {error}</source>
      <translation>Inställningarna kunde inte sparas: {error}</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="356" />
      <source>Varmuuskopioita ei vielä ole.</source>
      <translation>Det finns inga säkerhetskopior ännu.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="358" />
      <source>Luetaan varmuuskopioita…</source>
      <translation>Läser säkerhetskopior…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="367" />
      <source>Varmuuskopio tallennettu: {path}</source>
      <translation>Säkerhetskopian sparades: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="372" />
      <source>Otetaan varmuuskopiota…</source>
      <translation>Tar säkerhetskopia…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="382" />
      <source>Varmuuskopio {name} on ehjä.</source>
      <translation>Säkerhetskopian {name} är hel.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="386" />
      <source>Tarkistetaan varmuuskopiota…</source>
      <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="394" />
      <source>Palautetaanko tietokanta varmuuskopiosta, joka on otettu {when}?

Nykyisestä tietokannasta otetaan ensin varmuuskopio. Palautuksen jälkeen tiedot ovat sellaiset kuin ne olivat varmuuskopiota otettaessa.</source>
      <translation>Återställa databasen från säkerhetskopian som togs {when}?

Först tas en säkerhetskopia av den nuvarande databasen. Efter återställningen är uppgifterna sådana som de var när säkerhetskopian togs.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="398" />
      <source>Palauta varmuuskopio</source>
      <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="407" />
      <source>Tietokanta palautettu varmuuskopiosta {name}.</source>
      <translation>Databasen återställdes från säkerhetskopian {name}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="411" />
      <location filename="../../gui/backup_dialog.py" line="483" />
      <source>Palautetaan varmuuskopiota…</source>
      <translation>Återställer säkerhetskopian…</translation>
    </message>
  </context>
  <context>
    <name>BackupTableModel</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Otettu</source>
      <translation>Tagen</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Koko</source>
      <translation>Storlek</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="115" />
      <source>Viimeisin kokous</source>
      <translation>Senaste möte</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="116" />
      <source>Tarkistus</source>
      <translation>Kontroll</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="116" />
      <source>Toimielimet</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="163" />
      <source>säännöllinen</source>
      <translation>regelbunden</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="163" />
      <source>ennen päivitystä</source>
      <translation>före uppdatering</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="164" />
      <source>ennen palautusta</source>
      <translation>före återställning</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="170" />
      <source>ei tarkistettu</source>
      <translation>inte kontrollerad</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="171" />
      <source>ehjä</source>
      <translation>hel</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="171" />
      <source>VIOITTUNUT</source>
      <translation>SKADAD</translation>
    </message>
  </context>
  <context>
    <name>BodiesPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="316" />
      <source>Toimielimet ja jäsenet</source>
      <translation>Organ och ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="317" />
      <source>Kirjoita jäsenet pilkuin erotettuina; ensimmäinen on puheenjohtaja.</source>
      <translation>Skriv ledamöterna åtskilda med kommatecken; den första är ordförande.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="321" />
      <source>Jäsenet</source>
      <translation>Ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="330" />
      <source>Lisää toimielin</source>
      <translation>Lägg till organ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="332" />
      <source>Poista toimielin</source>
      <translation>Ta bort organ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="366" />
      <source>Toimielimen laji</source>
      <translation>Organets typ</translation>
    </message>
  </context>
  <context>
    <name>BodiesPanel</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="579" />
      <source>Muutokset toimielimiin ja jäseniin tallentuvat heti. Mitään ei poisteta: toimielimen voi ottaa pois käytöstä ja jäsenyydelle merkitään päättymispäivä, joten aiempien kokousten tiedot säilyvät.</source>
      <translation>Ändringar i organ och ledamöter sparas genast. Ingenting tas bort: ett organ kan tas ur bruk och ett medlemskap får ett slutdatum, så att uppgifterna om tidigare möten bevaras.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="586" />
      <source>Toimielimet</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="590" />
      <source>Uusi toimielin…</source>
      <translation>Nytt organ…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="591" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="597" />
      <source>Jäsenet</source>
      <translation>Ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="599" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="599" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="599" />
      <source>Varajäsen jäsenelle</source>
      <translation>Ersättare för</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="600" />
      <source>Alkaa</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="600" />
      <source>Päättyy</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="608" />
      <source>Näytä myös päättyneet jäsenyydet</source>
      <translation>Visa också avslutade medlemskap</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="611" />
      <source>Lisää jäsen…</source>
      <translation>Lägg till ledamot…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="612" />
      <source>Muokkaa jäsenyyttä…</source>
      <translation>Redigera medlemskap…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="643" />
      <source>{name} (ei käytössä)</source>
      <translation>{name} (ur bruk)</translation>
    </message>
  </context>
  <context>
    <name>BodyDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="77" />
      <source>valtuusto</source>
      <translation>fullmäktige</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="78" />
      <source>hallitus</source>
      <translation>styrelse</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="79" />
      <source>lautakunta</source>
      <translation>nämnd</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="80" />
      <source>jaosto</source>
      <translation>sektion</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="81" />
      <source>viranhaltija</source>
      <translation>tjänsteinnehavare</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="276" />
      <source>Uusi toimielin</source>
      <translation>Nytt organ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="276" />
      <source>Toimielimen tiedot</source>
      <translation>Organets uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="284" />
      <source>Minkä oman organisaation toimielin tämä on. Yläpuolinen toimielin valitaan saman organisaation toimielimistä.</source>
      <translation>Vilken av de egna organisationerna organet hör till. Det överordnade organet väljs bland samma organisations organ.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="291" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="289" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="296" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="301" />
      <source>Jaoston tai viranhaltijan päätöksestä tehty oikaisuvaatimus käsitellään tässä toimielimessä. Lautakunta tai hallitus esittää asiat tälle toimielimelle (mallipohjien parent_body).</source>
      <translation>Ett omprövningsyrkande mot en sektions eller tjänsteinnehavares beslut behandlas i detta organ. En nämnd eller styrelse föreslår ärenden för detta organ (mallarnas parent_body).</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="304" />
      <source>Yläpuolinen toimielin</source>
      <translation>Överordnat organ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="306" />
      <source>Tavallinen kokouspaikka</source>
      <translation>Vanlig mötesplats</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="308" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="309" />
      <source>Käytössä (näkyy siirtimessä ja sille voi luoda kokouksia)</source>
      <translation>I bruk (visas i navigatorn och möten kan skapas för det)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="313" />
      <source>Nimen taivutusmuodot (mallipohjat käyttävät näitä lauseiden sisällä)</source>
      <translation>Namnets böjningsformer på finska (mallarna använder dem inne i meningar)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="320" />
      <source>Ehdota muodot nimestä</source>
      <translation>Föreslå formerna utifrån namnet</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="346" />
      <source>Toimielimen pöytäkirjoja on jo tarkastettu, joten tätä ei voi enää muuttaa: otteet tulostuvat näillä tiedoilla. Jos nimi muuttuu, lisää uusi toimielin.</source>
      <translation>Organets protokoll har redan justerats, så detta kan inte längre ändras: utdragen skrivs ut med dessa uppgifter. Om namnet ändras, lägg till ett nytt organ.</translation>
    </message>
  </context>
  <context>
    <name>ClassDialog</name>
    <message>
      <location filename="../../gui/classification_panel.py" line="39" />
      <source>Uusi tehtäväluokka</source>
      <translation>Ny uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="39" />
      <source>Tehtäväluokan tiedot</source>
      <translation>Uppgiftsklassens uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="42" />
      <source>esim. 00.04.01</source>
      <translation>t.ex. 00.04.01</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="43" />
      <source>Tunnus</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="45" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="47" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="54" />
      <source>Asiat on merkitty luokkaan sen tunnuksella, joten tunnus ei muutu. Jos tunnus muuttuu, lisää uusi luokka.</source>
      <translation>Ärendena är märkta med klassens kod, så koden ändras inte. Om koden ändras, lägg till en ny klass.</translation>
    </message>
  </context>
  <context>
    <name>ClassificationPanel</name>
    <message>
      <location filename="../../gui/classification_panel.py" line="77" />
      <source>Pääluokat ovat kaikilla samat; alemmat tasot ovat organisaation omasta tiedonohjaussuunnitelmasta. Asian tehtäväluokka valitaan näistä, ja arkistokappale kertoo sen.</source>
      <translation>Huvudklasserna är desamma för alla; de lägre nivåerna kommer från organisationens egen informationsstyrningsplan. Ärendets uppgiftsklass väljs bland dessa, och arkivexemplaret anger den.</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="82" />
      <source>Hae tunnuksella tai nimellä</source>
      <translation>Sök med kod eller namn</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="83" />
      <source>Hae tehtäväluokkia</source>
      <translation>Sök uppgiftsklasser</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="83" />
      <source>Tehtäväluokat</source>
      <translation>Uppgiftsklasser</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="84" />
      <source>Tunnus</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="84" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="84" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="86" />
      <source>Uusi luokka…</source>
      <translation>Ny klass…</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="87" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="88" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="89" />
      <source>Tuo tiedostosta…</source>
      <translation>Importera från fil…</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="90" />
      <source>Taulukkolaskennasta CSV-muodossa tallennettu tiedosto: rivillä luokan tunnus, nimi ja halutessa nimi ruotsiksi.</source>
      <translation>En fil sparad i CSV-format från ett kalkylprogram: på varje rad klassens kod, namn och vid behov namnet på svenska.</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="141" />
      <source>Tuo tehtäväluokitus</source>
      <translation>Importera uppgiftsklassificeringen</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="142" />
      <source>CSV- ja tekstitiedostot (*.csv *.txt);;Kaikki tiedostot (*)</source>
      <translation>CSV- och textfiler (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="148" />
      <source>Poista tehtäväluokka</source>
      <translation>Ta bort uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="149" />
      <source>Poistetaanko tehtäväluokka {code} {title}?</source>
      <translation>Ska uppgiftsklassen {code} {title} tas bort?</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="153" />
      <source>Tehtäväluokitus</source>
      <translation>Uppgiftsklassificering</translation>
    </message>
    <message>
      <location filename="../../gui/classification_panel.py" line="215" />
      <source>Tiedostosta {name} tuotiin tehtäväluokitus: {added} uutta luokkaa, {renamed} luokan nimi muuttui, {unchanged} ennallaan.</source>
      <translation>Uppgiftsklassificeringen importerades från filen {name}: {added} nya klasser, {renamed} klassers namn ändrades, {unchanged} oförändrade.</translation>
    </message>
  </context>
  <context>
    <name>ClosingDialog</name>
    <message>
      <location filename="../../gui/conduct.py" line="882" />
      <source>Ruotsinkieliset tekstit puuttuvat</source>
      <translation>Svenska texter saknas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="884" />
      <source>Näiltä pykäliltä puuttuu ruotsinkielinen teksti, joten ruotsinkielinen pöytäkirja näyttää ne suomeksi. Tarkastuksen jälkeen tekstejä voi lisätä vain oikaisuina. Merkitäänkö pöytäkirja silti tarkastetuksi?</source>
      <translation>Dessa paragrafer saknar svensk text, så det svenska protokollet visar dem på finska. Efter justeringen kan texterna läggas till endast som rättelser. Ska protokollet ändå markeras som justerat?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="893" />
      <source>… ja {n} muuta</source>
      <translation>… och {n} andra</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="923" />
      <source>Pöytäkirjan tarkastus</source>
      <translation>Justering av protokollet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="930" />
      <source>Kokous alkoi klo</source>
      <translation>Mötet började kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="931" />
      <source>Kokous päättyi klo</source>
      <translation>Mötet avslutades kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="942" />
      <source>Puutteet, jotka estävät tarkastuksen</source>
      <translation>Brister som hindrar justeringen</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="945" />
      <source>Ruotsinkieliset tekstit puuttuvat (ne eivät estä tarkastusta, mutta tarkastuksen jälkeen niitä voi lisätä vain oikaisuina):</source>
      <translation>Svenska texter saknas (de hindrar inte justeringen, men efter justeringen kan de läggas till endast som rättelser):</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="951" />
      <source>Puuttuvat ruotsinkieliset tekstit</source>
      <translation>Saknade svenska texter</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="958" />
      <source>Tarkista puutteet</source>
      <translation>Kontrollera brister</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="959" />
      <location filename="../../gui/conduct.py" line="1156" />
      <source>Merkitse tarkastetuksi ja lukitse</source>
      <translation>Markera som justerat och lås</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="960" />
      <source>Merkitse julkaistuksi</source>
      <translation>Markera som publicerat</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="962" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="966" />
      <source>Puheenjohtaja</source>
      <translation>Ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="967" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="968" />
      <location filename="../../gui/conduct.py" line="969" />
      <source>Pöytäkirjantarkastaja</source>
      <translation>Protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="970" />
      <source>Ensimmäinen pöytäkirjantarkastaja</source>
      <translation>Första protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="971" />
      <source>Toinen pöytäkirjantarkastaja</source>
      <translation>Andra protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="977" />
      <source>Kokousaika klo</source>
      <translation>Mötestid kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="978" />
      <source>Tarkastettu (pvm)</source>
      <translation>Justerat (datum)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="979" />
      <source>Tarkastuspaikka</source>
      <translation>Justeringsort</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="982" />
      <source>Julkaistu yleisessä tietoverkossa</source>
      <translation>Publicerat i det allmänna datanätet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="984" />
      <source>Yleisessä tietoverkossa</source>
      <translation>I det allmänna datanätet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="991" />
      <source>Puutteet, jotka estävät tarkastuksen:</source>
      <translation>Brister som hindrar justeringen:</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1028" />
      <source>(valitse)</source>
      <translation>(välj)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1063" />
      <source>Pöytäkirja on tarkastettu ja julkaistu.</source>
      <translation>Protokollet är justerat och publicerat.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1065" />
      <source>Pöytäkirja on tarkastettu ja lukittu. Korjaukset tehdään oikaisuina.</source>
      <translation>Protokollet är justerat och låst. Korrigeringar görs som rättelser.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1105" />
      <source>Pöytäkirjaa ei voi vielä merkitä tarkastetuksi: {n} puutetta.</source>
      <translation>Protokollet kan ännu inte markeras som justerat: {n} brister.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1109" />
      <source>Ei puutteita; pöytäkirjan voi merkitä tarkastetuksi.</source>
      <translation>Inga brister; protokollet kan markeras som justerat.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1158" />
      <source>Merkitäänkö kokouksen {meeting} pöytäkirja tarkastetuksi ja lukitaan se? Lukitsemisen jälkeen pöytäkirjaa voi korjata vain oikaisuina.</source>
      <translation>Ska protokollet från mötet {meeting} märkas som justerat och låsas? Efter låsningen kan protokollet rättas endast genom rättelser.</translation>
    </message>
  </context>
  <context>
    <name>ConductWindow</name>
    <message>
      <location filename="../../gui/actions.py" line="481" />
      <source>Kokouksen kulku</source>
      <translation>Mötets gång</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="67" />
      <source>Otsikko</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="68" />
      <source>Julkaistava otsikko</source>
      <translation>Rubrik som publiceras</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="69" />
      <source>Selostus</source>
      <translation>Redogörelse</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="70" />
      <source>Päätösehdotus</source>
      <translation>Beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="71" />
      <source>Käsittely</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="72" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="73" />
      <source>Liitteet</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="74" />
      <source>Tiedoksi</source>
      <translation>För kännedom</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="75" />
      <source>Otsikko ruotsiksi</source>
      <translation>Rubrik på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="76" />
      <source>Julkaistava otsikko ruotsiksi</source>
      <translation>Rubrik som publiceras, på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="77" />
      <source>Selostus ruotsiksi</source>
      <translation>Redogörelse på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="78" />
      <source>Päätösehdotus ruotsiksi</source>
      <translation>Beslutsförslag på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="79" />
      <source>Käsittely ruotsiksi</source>
      <translation>Behandling på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="80" />
      <source>Päätös ruotsiksi</source>
      <translation>Beslut på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="704" />
      <source>Oikaisu – {section}</source>
      <translation>Rättelse – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="708" />
      <source>Pöytäkirja on tarkastettu. Alkuperäinen teksti säilyy; oikaisu näkyy pöytäkirjassa omana merkintänään tekijän, ajan ja syyn kanssa.</source>
      <translation>Protokollet är justerat. Den ursprungliga texten bevaras; rättelsen syns i protokollet som en egen anteckning med upphovsperson, tid och orsak.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="725" />
      <source>Oikaistava kohta</source>
      <translation>Punkt som rättas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="726" />
      <source>Tarkastettu teksti</source>
      <translation>Justerad text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="727" />
      <source>Oikaistu teksti</source>
      <translation>Rättad text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="728" />
      <source>Syy</source>
      <translation>Orsak</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="729" />
      <source>Tekijä</source>
      <translation>Upphovsperson</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="733" />
      <source>Tallenna oikaisu</source>
      <translation>Spara rättelsen</translation>
    </message>
  </context>
  <context>
    <name>CostBarChart</name>
    <message>
      <location filename="../../gui/agreement_costs.py" line="143" />
      <source>Ei jaettavia kustannuksia</source>
      <translation>Inga kostnader att fördela</translation>
    </message>
  </context>
  <context>
    <name>CostShareModel</name>
    <message>
      <location filename="../../gui/agreement_costs.py" line="62" />
      <source>Osapuoli</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="64" />
      <source>Asukasluku</source>
      <translation>Invånarantal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="65" />
      <source>Peruste</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="66" />
      <source>Kiinteä osuus</source>
      <translation>Fast andel</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="68" />
      <source>Osuus</source>
      <translation>Andel</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="74" />
      <location filename="../../gui/agreement_costs.py" line="89" />
      <source>Yhteensä</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="74" />
      <source>Vuodessa</source>
      <translation>Per år</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="192" />
      <source>Avaa tietokanta</source>
      <translation>Öppna databas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="194" />
      <source>Oletustietokanta tämän koneen datakansiossa</source>
      <translation>Standarddatabasen i den här datorns datamapp</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="195" />
      <source>Tietokantatiedosto (SQLite)</source>
      <translation>Databasfil (SQLite)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="196" />
      <source>Jaettu PostgreSQL-tietokanta</source>
      <translation>Delad PostgreSQL-databas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="198" />
      <source>esim. H:\Sihteeri\sihteeri.db; uusi tiedosto otetaan käyttöön</source>
      <translation>t.ex. H:\Sihteeri\sihteeri.db; en ny fil tas i bruk</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="199" />
      <source>Selaa…</source>
      <translation>Bläddra…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="206" />
      <source>Jos palvelin pyytää salasanan, se kysytään avattaessa eikä sitä tallenneta. Kysymättä se annetaan PostgreSQL:n pgpass-tiedostossa.</source>
      <translation>Om servern begär ett lösenord frågas det när databasen öppnas, och det sparas inte. För att slippa frågan anges det i PostgreSQL:s pgpass-fil.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="236" />
      <source>Tietokantatiedosto</source>
      <translation>Databasfil</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="236" />
      <source>Sihteerin tietokanta (*.db)</source>
      <translation>Sihteeris databas (*.db)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="245" />
      <source>Valitse tai kirjoita tietokantatiedoston nimi.</source>
      <translation>Välj eller skriv databasfilens namn.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="248" />
      <source>Kirjoita osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta.</source>
      <translation>Skriv adressen i formen postgresql+psycopg://användare@server/databas.</translation>
    </message>
  </context>
  <context>
    <name>DetailsPanel</name>
    <message>
      <location filename="../../gui/details_panel.py" line="39" />
      <source>hankintaoikaisu ja valitus markkinaoikeuteen</source>
      <translation>upphandlingsrättelse och besvär hos marknadsdomstolen</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="40" />
      <source>hallintovalitus</source>
      <translation>förvaltningsbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="64" />
      <source>otsikko</source>
      <translation>rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="65" />
      <source>ruotsinkielinen otsikko</source>
      <translation>svensk rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="66" />
      <source>julkaistava otsikko</source>
      <translation>rubrik som publiceras</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="67" />
      <source>Dnro</source>
      <translation>Dnr</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="68" />
      <source>tehtäväluokka</source>
      <translation>uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="69" />
      <source>valmistelija</source>
      <translation>beredare</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="70" />
      <source>esittelijä</source>
      <translation>föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="71" />
      <source>selostus</source>
      <translation>redogörelse</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="72" />
      <source>päätösehdotus</source>
      <translation>beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="73" />
      <source>käsittely</source>
      <translation>behandling</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="74" />
      <source>päätös</source>
      <translation>beslut</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="75" />
      <source>ruotsinkielinen julkaistava otsikko</source>
      <translation>rubrik som publiceras, på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="76" />
      <source>ruotsinkielinen selostus</source>
      <translation>redogörelse på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="77" />
      <source>ruotsinkielinen päätösehdotus</source>
      <translation>beslutsförslag på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="78" />
      <source>ruotsinkielinen käsittely</source>
      <translation>behandling på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="79" />
      <source>ruotsinkielinen päätös</source>
      <translation>beslut på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="80" />
      <source>lopputulos</source>
      <translation>utfall</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="81" />
      <source>päätöksen luonne</source>
      <translation>beslutets karaktär</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="82" />
      <source>julkisuus</source>
      <translation>offentlighet</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="83" />
      <source>salassapitoperuste</source>
      <translation>sekretessgrund</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="84" />
      <source>henkilötiedot</source>
      <translation>personuppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="85" />
      <source>muutoksenhakutapa</source>
      <translation>sätt att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="86" />
      <source>muutoksenhakutavan peruste</source>
      <translation>grund för sättet att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="87" />
      <source>sopimus</source>
      <translation>avtal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="88" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="89" />
      <source>järjestys</source>
      <translation>ordning</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="90" />
      <source>kokous</source>
      <translation>möte</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="91" />
      <source>asian laji</source>
      <translation>ärendets typ</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="94" />
      <source>lisätty</source>
      <translation>tillagt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="95" />
      <source>muutettu</source>
      <translation>ändrat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="96" />
      <source>poistettu</source>
      <translation>struket</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="133" />
      <source>Voimassa {date} alkaen</source>
      <translation>I kraft från {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="139" />
      <source>Odottaa hyväksyntöjä ({approved}/{required})</source>
      <translation>Väntar på godkännanden ({approved}/{required})</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="147" />
      <source>Valmistelussa</source>
      <translation>Under beredning</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="148" />
      <source>Odottaa hyväksyntöjä</source>
      <translation>Väntar på godkännanden</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="149" />
      <source>Voimassa</source>
      <translation>I kraft</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="150" />
      <source>Päättynyt</source>
      <translation>Upphört</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="151" />
      <source>Irtisanottu</source>
      <translation>Uppsagt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="152" />
      <source>Peruttu</source>
      <translation>Återkallat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="153" />
      <source>Ei käsitelty</source>
      <translation>Inte behandlat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="154" />
      <source>Esityslistalla</source>
      <translation>På föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="155" />
      <source>Hyväksytty</source>
      <translation>Godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="156" />
      <source>Hyväksytty muutoksin</source>
      <translation>Godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="157" />
      <source>Hylätty</source>
      <translation>Förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="158" />
      <source>Palautettu valmisteluun</source>
      <translation>Återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="159" />
      <source>Käsitelty, pöytäkirja tarkastamatta</source>
      <translation>Behandlat, protokollet ojusterat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="160" />
      <source>Kun kaikki osapuolet ovat hyväksyneet</source>
      <translation>När alla parter har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="161" />
      <source>Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet</source>
      <translation>När alla parter har godkänt och undertecknat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="162" />
      <source>Kun nimetyt osapuolet ovat hyväksyneet</source>
      <translation>När de angivna parterna har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="177" />
      <source>Odottaa: {names}</source>
      <translation>Väntar på: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="181" />
      <source>Hylännyt: {names}</source>
      <translation>Har förkastat: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="185" />
      <source>Allekirjoitus puuttuu: {names}</source>
      <translation>Underskrift saknas: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="191" />
      <source>Päätöspäivä puuttuu: {names}</source>
      <translation>Beslutsdatum saknas: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="221" />
      <source>Henkilötiedot pois verkosta {date}: {sections} §</source>
      <translation>Personuppgifter tas bort från nätet {date}: § {sections}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="227" />
      <source>Pöytäkirjan voi poistaa verkosta {date}</source>
      <translation>Protokollet kan tas bort från nätet {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="251" />
      <source>Kenelle: {authority}</source>
      <translation>Till vem: {authority}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="254" />
      <source>Valittu käsin, perustelu: {reason}</source>
      <translation>Valt för hand, motivering: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="259" />
      <source>Koneen ehdotus: {route}. {reason}</source>
      <translation>Programmets förslag: {route}. {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="266" />
      <source>Peruste: {reason}</source>
      <translation>Grund: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="271" />
      <source>Päätöksestä ei voi hakea muutosta; ei määräaikaa.</source>
      <translation>Ändring i beslutet får inte sökas; ingen tidsfrist.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="273" />
      <source> (päättynyt)</source>
      <translation> (har gått ut)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="277" />
      <source>{members}: tiedoksi {notified}, määräaika päättyy {last_day}</source>
      <translation>{members}: delfående {notified}, tidsfristen går ut {last_day}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="288" />
      <source>{members}: määräaika alkaa, kun pöytäkirja julkaistaan yleisessä tietoverkossa.</source>
      <translation>{members}: tidsfristen börjar när protokollet publiceras i det allmänna datanätet.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="294" />
      <source>Muutosta voivat hakea vain asianosaiset, kukin omasta tiedoksisaannistaan.</source>
      <translation>Endast parterna kan söka ändring, var och en från sitt eget delfående.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="301" />
      <source>{name}: tiedoksi {notified}, määräaika päättyy {last_day}</source>
      <translation>{name}: delfående {notified}, tidsfristen går ut {last_day}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="308" />
      <source>{name}: ei vielä saanut päätöstä tiedoksi</source>
      <translation>{name}: har ännu inte delgetts beslutet</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="313" />
      <source>Lainvoimainen {date} alkaen, jos muutosta ei haeta</source>
      <translation>Vinner laga kraft {date}, om ändring inte söks</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="318" />
      <source>Lainvoimaisuuspäivä ei ole vielä tiedossa.</source>
      <translation>Dagen då beslutet vinner laga kraft är ännu inte känd.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="332" />
      <source>{body}, kokous {number}/{year}, {date}</source>
      <translation>{body}, möte {number}/{year}, {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="207" />
      <source>Pöytäkirja tarkastettu {date}</source>
      <translation>Protokollet justerat {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="208" />
      <source>Julkaistu yleisessä tietoverkossa {date}</source>
      <translation>Publicerat i det allmänna datanätet {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="374" />
      <source>{body}, kokous {number}/{year}</source>
      <translation>{body}, möte {number}/{year}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="380" />
      <source>{date} klo {start}–{end}</source>
      <translation>{date} kl. {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="384" />
      <source>{date} klo {start}</source>
      <translation>{date} kl. {start}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="392" />
      <source>Tila: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="394" />
      <source>Puheenjohtaja</source>
      <translation>Ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="395" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="402" />
      <source>Pöytäkirjantarkastajat: {names}</source>
      <translation>Protokolljusterare: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="204" />
      <source>Esityslista julkaistu {date}</source>
      <translation>Föredragningslistan publicerad {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="36" />
      <location filename="../../gui/details_panel.py" line="41" />
      <source>oikaisuvaatimus</source>
      <translation>begäran om omprövning</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="37" />
      <source>kunnallisvalitus</source>
      <translation>kommunalbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="38" />
      <source>muutoksenhakukielto</source>
      <translation>förbud att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="43" />
      <source>aluevalitus</source>
      <translation>regionbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="46" />
      <source>KuntaL 134 §</source>
      <translation>KommunL 134 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="47" />
      <source>KuntaL 135 §</source>
      <translation>KommunL 135 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="48" />
      <source>KuntaL 136 §</source>
      <translation>KommunL 136 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="49" />
      <source>laki hyvinvointialueesta 139 §</source>
      <translation>lagen om välfärdsområden 139 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="50" />
      <source>laki hyvinvointialueesta 140 §</source>
      <translation>lagen om välfärdsområden 140 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="51" />
      <source>laki hyvinvointialueesta 141 §</source>
      <translation>lagen om välfärdsområden 141 §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="52" />
      <source>hankintalaki 1397/2016</source>
      <translation>upphandlingslagen 1397/2016</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="53" />
      <source>HOL 808/2019</source>
      <translation>FPL 808/2019</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="54" />
      <source>HL 49 c §</source>
      <translation>FL 49 c §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="58" />
      <source>Kunnan jäsenet</source>
      <translation>Kommunmedlemmarna</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="59" />
      <location filename="../../gui/details_panel.py" line="60" />
      <source>Jäsenkunnat ja niiden jäsenet</source>
      <translation>Medlemskommunerna och deras medlemmar</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="61" />
      <source>Hyvinvointialueen asukkaat</source>
      <translation>Välfärdsområdets invånare</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="411" />
      <source>1 asia, {first} §</source>
      <translation>1 ärende, § {first}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="415" />
      <source>{count} asiaa, {first}–{last} §</source>
      <translation>{count} ärenden, § {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="422" />
      <source>Kokouksessa ei ole vielä asioita.</source>
      <translation>Mötet har ännu inga ärenden.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="436" />
      <source>Tiedot</source>
      <translation>Uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="443" />
      <source>Ei valittua asiaa.</source>
      <translation>Inget ärende valt.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="454" />
      <source>Kokous</source>
      <translation>Möte</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="455" />
      <source>Muutoksenhaku ja määräajat</source>
      <translation>Ändringssökande och tidsfrister</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="456" />
      <source>Sopimus</source>
      <translation>Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="457" />
      <source>Asiat</source>
      <translation>Ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="458" />
      <source>Muutoshistoria</source>
      <translation>Ändringshistorik</translation>
    </message>
  </context>
  <context>
    <name>DisqualificationDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="81" />
      <source>Hän tai hänen läheisensä on asianosainen.</source>
      <translation>Personen eller en närstående till personen är part.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="82" />
      <source>Hän tai hänen läheisensä avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>Personen eller en närstående biträder eller företräder en part eller någon som kan vänta sig synnerlig nytta eller skada av avgörandet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="87" />
      <source>Asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen.</source>
      <translation>Avgörandet kan väntas medföra synnerlig nytta eller skada för personen eller en närstående.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="91" />
      <source>Hän on palvelus- tai toimeksiantosuhteessa asianosaiseen tai siihen, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>Personen står i anställnings- eller uppdragsförhållande till en part eller till någon som kan vänta sig synnerlig nytta eller skada av avgörandet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="96" />
      <source>Hän tai hänen läheisensä on hallituksen tai vastaavan toimielimen jäsen tai toimitusjohtaja yhteisössä, säätiössä tai laitoksessa, joka on asianosainen tai jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>Personen eller en närstående är medlem av styrelsen eller ett motsvarande organ eller verkställande direktör i en sammanslutning, stiftelse eller inrättning som är part eller som kan vänta sig synnerlig nytta eller skada av avgörandet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="102" />
      <source>Hän on virastossa ohjaus- tai valvontatehtävässä asiassa, joka koskee virastoa tai laitosta, jonka johtokuntaan tai vastaavaan toimielimeen hän kuuluu.</source>
      <translation>Personen har en styrnings- eller tillsynsuppgift vid ett ämbetsverk i ett ärende som gäller ett ämbetsverk eller en inrättning i vars direktion eller motsvarande organ personen ingår.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="107" />
      <source>Luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä.</source>
      <translation>Förtroendet för personens opartiskhet äventyras av något annat särskilt skäl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="398" />
      <source>Esteellisyys – {section}</source>
      <translation>Jäv – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="403" />
      <source>Muu peruste (kirjoita alle)</source>
      <translation>Annan grund (skriv nedan)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="408" />
      <source>tarkennus, esim. hakijan lähisukulainen</source>
      <translation>precisering, t.ex. nära släkting till sökanden</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="409" />
      <source>Poistui kokoushuoneesta asian käsittelyn ajaksi</source>
      <translation>Avlägsnade sig från mötesrummet under behandlingen av ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="414" />
      <source>Esteellinen</source>
      <translation>Jävig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="415" />
      <source>Peruste</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="417" />
      <source>Tarkennus</source>
      <translation>Precisering</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="419" />
      <source>Pöytäkirjaan</source>
      <translation>Till protokollet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="422" />
      <source>Merkitse esteelliseksi</source>
      <translation>Anteckna som jävig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="441" />
      <source>Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>Mötet har inga närvarande; börja mötet och anteckna de närvarande först.</translation>
    </message>
  </context>
  <context>
    <name>DissentDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="671" />
      <source>Eriävä mielipide</source>
      <translation>Avvikande mening</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="674" />
      <source>perustelut (vapaaehtoinen)</source>
      <translation>motivering (frivillig)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="676" />
      <source>Jättäjä</source>
      <translation>Anmäld av</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="677" />
      <source>Perustelut</source>
      <translation>Motivering</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="680" />
      <location filename="../../gui/conduct_dialogs.py" line="681" />
      <source>Perustelut ruotsiksi</source>
      <translation>Motivering på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="684" />
      <source>Lisää</source>
      <translation>Lägg till</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="688" />
      <source>Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>Mötet har inga närvarande; börja mötet och anteckna de närvarande först.</translation>
    </message>
  </context>
  <context>
    <name>DraftProposalDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="852" />
      <source>Laadi ehdotus mallipohjasta</source>
      <translation>Skriv förslag utifrån en mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="877" />
      <source>Kieli</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="890" />
      <source>Mallipohjat</source>
      <translation>Mallar</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="918" />
      <source>Lisää ehdotukseen</source>
      <translation>Infoga i förslaget</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="926" />
      <source>Ehdotus tulee asian ruotsinkieliseksi päätösehdotukseksi.</source>
      <translation>Förslaget blir ärendets beslutsförslag på svenska.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="942" />
      <source>{name} (oma)</source>
      <translation>{name} (egen)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="979" />
      <source>Tämänlajiselle asialle ei ole tehty mallipohjaa. Valitse mallipohja luettelosta, jos jokin niistä sopii.</source>
      <translation>Ingen mall har gjorts för ett ärende av det här slaget. Välj en mall i listan om någon av dem passar.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="982" />
      <source>Ei mallipohjia tällä kielellä.</source>
      <translation>Inga mallar på detta språk.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="993" />
      <source>Täydennä lisäämisen jälkeen hakasulkeissa olevat kohdat: {places}</source>
      <translation>Fyll i ställena inom hakparentes efter att du har infogat texten: {places}</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1004" />
      <source>Ruotsinkieliseen luonnokseen jäi suomenkielistä tekstiä, koska ruotsinkielistä ei ole tallennettu: {parts}. Käännä ne lisäämisen jälkeen.</source>
      <translation>I det svenska utkastet finns finsk text eftersom ingen svensk har sparats: {parts}. Översätt dem efter att förslaget lagts till.</translation>
    </message>
  </context>
  <context>
    <name>ExcerptSentDialog</name>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="71" />
      <source>Kirjaa otteen lähetys</source>
      <translation>Anteckna att utdraget skickats</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="77" />
      <source>Lähetyspäivä</source>
      <translation>Sändningsdag</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="80" />
      <source>Sähköisesti (tiedoksi 3. päivänä)</source>
      <translation>Elektroniskt (delfående den 3:e dagen)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="81" />
      <source>Kirjeellä (tiedoksi 7. päivänä)</source>
      <translation>Per brev (delfående den 7:e dagen)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="82" />
      <source>Saantitodistuksella (tiedoksi saantitodistuksen päivänä; Sihteeri ei laske sitä)</source>
      <translation>Mot mottagningsbevis (delfående den dag som anges på mottagningsbeviset; Sihteeri räknar inte ut den)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="84" />
      <source>Henkilökohtaisesti (tiedoksi samana päivänä)</source>
      <translation>Personligen (delfående samma dag)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="87" />
      <source>Tapa</source>
      <translation>Sätt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="89" />
      <source>Osapuolet, joille ote lähetettiin:</source>
      <translation>Parter som utdraget skickades till:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../gui/first_run.py" line="123" />
      <source>Anna organisaation nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat tarvitsevat sen.</source>
      <translation>Ange organisationens namn också på svenska: en tvåspråkig organisations svenska handlingar behöver det.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="144" />
      <source>Anna toimielimen {name} nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat tarvitsevat sen.</source>
      <translation>Ange organets {name} namn också på svenska: en tvåspråkig organisations svenska handlingar behöver det.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="409" />
      <source>Sihteerin käyttöönotto</source>
      <translation>Ibruktagning av Sihteeri</translation>
    </message>
  </context>
  <context>
    <name>FirstSectionDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="265" />
      <source>Vuoden ensimmäinen pykälä</source>
      <translation>Årets första paragraf</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="267" />
      <source>Toimielimen {body} pykälät numeroidaan vuosittain. Jos osa vuoden kokouksista on pidetty ennen Sihteerin käyttöönottoa, anna ensimmäisen Sihteerissä tehtävän pykälän numero.</source>
      <translation>Paragraferna i organet {body} numreras per år. Om en del av årets möten hölls innan Sihteeri togs i bruk, ange numret på den första paragrafen som görs i Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="275" />
      <source>Vuosi</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="279" />
      <source>Ensimmäinen pykälä</source>
      <translation>Första paragraf</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="797" />
      <source>Mallipohjan ”{name}” historia</source>
      <translation>Historik för mallen ”{name}”</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="813" />
      <source>Mallipohjasta ei ole aiempia versioita.</source>
      <translation>Mallen har inga tidigare versioner.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="816" />
      <source>Palauta tämä versio muokattavaksi</source>
      <translation>Återställ den här versionen för redigering</translation>
    </message>
  </context>
  <context>
    <name>IntroPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="247" />
      <source>Tervetuloa Sihteeriin</source>
      <translation>Välkommen till Sihteeri</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="251" />
      <source>Sihteeri tarvitsee tiedot organisaatiostasi ja sen toimielimistä. Voit myös tutustua ohjelmaan esittelytietokannalla (Hartolan kunta ja Päijät-Hämeen liitto).</source>
      <translation>Sihteeri behöver uppgifter om din organisation och dess organ. Du kan också bekanta dig med programmet i demodatabasen (Gustav Adolfs kommun och Päijänne-Tavastlands förbund).</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="257" />
      <source>Anna organisaation tiedot</source>
      <translation>Ange organisationens uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="259" />
      <source>Avaa esittelytietokanta</source>
      <translation>Öppna demodatabasen</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <location filename="../../gui/item_editor.py" line="294" />
      <source>Muokkaa: {field}</source>
      <translation>Redigera: {field}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="335" />
      <source>Palauta luonnos</source>
      <translation>Återställ utkast</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="489" />
      <location filename="../../gui/item_editor.py" line="490" />
      <location filename="../../gui/item_editor.py" line="682" />
      <source>Otsikko</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="492" />
      <location filename="../../gui/item_editor.py" line="495" />
      <source>Dnro</source>
      <translation>Dnr</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="503" />
      <location filename="../../gui/item_editor.py" line="508" />
      <source>Tehtäväluokka</source>
      <translation>Uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="515" />
      <location filename="../../gui/item_editor.py" line="517" />
      <source>Valmistelija</source>
      <translation>Beredare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="516" />
      <location filename="../../gui/item_editor.py" line="519" />
      <source>Esittelijä</source>
      <translation>Föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="522" />
      <source>kokouksen avaus</source>
      <translation>mötets öppnande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="523" />
      <source>laillisuus ja päätösvaltaisuus</source>
      <translation>laglighet och beslutförhet</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="524" />
      <source>pöytäkirjantarkastajat</source>
      <translation>protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="525" />
      <source>työjärjestys</source>
      <translation>arbetsordning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="526" />
      <source>tavallinen asia</source>
      <translation>vanligt ärende</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="527" />
      <source>sopimus</source>
      <translation>avtal</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="528" />
      <source>lausunto</source>
      <translation>utlåtande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="529" />
      <source>valinta</source>
      <translation>val</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="530" />
      <source>ilmoitusasiat</source>
      <translation>anmälningsärenden</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="531" />
      <source>muut asiat</source>
      <translation>övriga ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="532" />
      <source>kokouksen päättäminen</source>
      <translation>mötets avslutande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="534" />
      <location filename="../../gui/item_editor.py" line="545" />
      <source>Asian laji</source>
      <translation>Ärendets typ</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="536" />
      <source>päättää asiasta</source>
      <translation>beslutar i ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="537" />
      <source>valmistelee tai panee täytäntöön</source>
      <translation>bereder eller verkställer</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="538" />
      <source>hankinta</source>
      <translation>upphandling</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="539" />
      <source>erityislain mukainen</source>
      <translation>enligt speciallag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="540" />
      <source>erityislaki, oikaisuvaatimus (HL 49 c §)</source>
      <translation>speciallag, begäran om omprövning (FL 49 c §)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="543" />
      <location filename="../../gui/item_editor.py" line="547" />
      <source>Päätöksen luonne</source>
      <translation>Beslutets karaktär</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="549" />
      <location filename="../../gui/item_editor.py" line="552" />
      <location filename="../../gui/item_editor.py" line="686" />
      <source>Selostus</source>
      <translation>Redogörelse</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="550" />
      <location filename="../../gui/item_editor.py" line="554" />
      <location filename="../../gui/item_editor.py" line="689" />
      <source>Päätösehdotus</source>
      <translation>Beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="560" />
      <source>Asia ja valmistelu</source>
      <translation>Ärende och beredning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="565" />
      <location filename="../../gui/item_editor.py" line="566" />
      <location filename="../../gui/item_editor.py" line="692" />
      <source>Käsittely</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="567" />
      <location filename="../../gui/item_editor.py" line="568" />
      <location filename="../../gui/item_editor.py" line="695" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="570" />
      <location filename="../../gui/item_editor.py" line="571" />
      <source>Lopputulos</source>
      <translation>Utfall</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="573" />
      <source>oikaisuvaatimus</source>
      <translation>begäran om omprövning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="574" />
      <source>kunnallisvalitus</source>
      <translation>kommunalbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="575" />
      <source>muutoksenhakukielto</source>
      <translation>förbud att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="576" />
      <source>hankintaoikaisu ja markkinaoikeus</source>
      <translation>upphandlingsrättelse och marknadsdomstolen</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="577" />
      <source>hallintovalitus</source>
      <translation>förvaltningsbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="578" />
      <source>erityislain oikaisuvaatimus</source>
      <translation>begäran om omprövning enligt speciallag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="582" />
      <location filename="../../gui/item_editor.py" line="586" />
      <source>Muutoksenhakutapa (poikkeus)</source>
      <translation>Sätt att söka ändring (avvikelse)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="587" />
      <location filename="../../gui/item_editor.py" line="588" />
      <source>Poikkeuksen peruste</source>
      <translation>Grund för avvikelsen</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="589" />
      <source>Käsittely ja päätös</source>
      <translation>Behandling och beslut</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="595" />
      <source>julkinen</source>
      <translation>offentlig</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="596" />
      <source>osittain salassa pidettävä</source>
      <translation>delvis sekretessbelagd</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="597" />
      <source>salassa pidettävä</source>
      <translation>sekretessbelagd</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="600" />
      <location filename="../../gui/item_editor.py" line="602" />
      <source>Julkisuus</source>
      <translation>Offentlighet</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="603" />
      <location filename="../../gui/item_editor.py" line="605" />
      <source>Salassapitoperuste</source>
      <translation>Sekretessgrund</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="606" />
      <location filename="../../gui/item_editor.py" line="611" />
      <source>Sisältää henkilötietoja</source>
      <translation>Innehåller personuppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="617" />
      <location filename="../../gui/item_editor.py" line="618" />
      <location filename="../../gui/item_editor.py" line="684" />
      <source>Julkaistava otsikko</source>
      <translation>Rubrik som publiceras</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="630" />
      <source>Lisää liite</source>
      <translation>Lägg till bilaga</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="630" />
      <source>Poista liite</source>
      <translation>Ta bort bilaga</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="667" />
      <source>Lisää vastaanottaja</source>
      <translation>Lägg till mottagare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="667" />
      <source>Poista vastaanottaja</source>
      <translation>Ta bort mottagare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="676" />
      <source>Ruotsinkielisiin asiakirjoihin tulostuvat tekstit. Tyhjän kentän kohdalle tulostuu suomenkielinen teksti.</source>
      <translation>Texterna i de svenska handlingarna. Där ett fält är tomt skrivs den finska texten ut.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="681" />
      <source>Otsikko ruotsiksi</source>
      <translation>Rubrik på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1089" />
      <source>Käyttäjällä {user} on tähän asiaan tallentamattomia muutoksia (luonnos tallessa {when}).</source>
      <translation>Användaren {user} har osparade ändringar i detta ärende (utkast sparat {when}).</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1097" />
      <source>Hän voi olla muokkaamassa asiaa juuri nyt. Jos kumpikin muuttaa samaa kenttää, jälkimmäinen tallentaja näkee ensin toisen tallentaman tekstin.</source>
      <translation>Hen kan hålla på att redigera ärendet just nu. Om båda ändrar samma fält får den som sparar sist först se den andras sparade text.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1104" />
      <source>He voivat olla muokkaamassa asiaa juuri nyt. Jos useampi muuttaa samaa kenttää, myöhempi tallentaja näkee ensin aiemman tallentaman tekstin.</source>
      <translation>De kan hålla på att redigera ärendet just nu. Om flera ändrar samma fält får den som sparar senare först se den text som sparades tidigare.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1333" />
      <source>Joku muu on poistanut asian ”{title}” sillä aikaa, kun muokkasit sitä, eikä muutoksiasi voi tallentaa siihen. Tekstisi on yhä näkyvissä: kopioi tarvitsemasi talteen ja valitse sitten Tiedosto → Hylkää muutokset.</source>
      <translation>Någon annan har tagit bort ärendet ”{title}” medan du redigerade det, och dina ändringar kan inte sparas i det. Din text visas fortfarande: kopiera det du behöver och välj sedan Arkiv → Förkasta ändringarna.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1357" />
      <source>Joku muu tallensi tämän asian sillä aikaa, kun muokkasit sitä. Hänen muutoksensa muihin kenttiin on nyt näkyvissä. Samoja kenttiä muutettiin molemmissa; niissä on nyt sinun tekstisi, ja se korvaa toisen tallentaman, kun tallennat uudelleen. Asiaa ei vielä tallennettu.</source>
      <translation>Någon annan sparade ärendet medan du redigerade det. Hans eller hennes ändringar i andra fält visas nu. Samma fält ändrades av er båda; i dem står nu din text, och den ersätter den andras när du sparar igen. Ärendet har ännu inte sparats.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1362" />
      <source>Toisen tallentama teksti näissä kentissä:</source>
      <translation>Den andras sparade text i dessa fält:</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1369" />
      <source>• {field}: ”{text}”</source>
      <translation>• {field}: ”{text}”</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1372" />
      <source>Tallennusristiriita</source>
      <translation>Konflikt vid sparande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="621" />
      <location filename="../../gui/item_editor.py" line="623" />
      <location filename="../../gui/item_editor.py" line="625" />
      <source>Liitteet</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="634" />
      <source>Liitä tiedosto…</source>
      <translation>Bifoga fil…</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="635" />
      <source>Tallentaa tiedoston (esim. allekirjoitetun sopimuksen) asian liitteeksi tietokantaan; se kulkee varmuuskopioiden ja arkiston mukana.</source>
      <translation>Sparar filen (t.ex. ett undertecknat avtal) som bilaga till ärendet i databasen; den följer med säkerhetskopiorna och arkivet.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="639" />
      <source>Avaa tiedosto</source>
      <translation>Öppna filen</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="649" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="649" />
      <source>Osoite</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="649" />
      <source>Asianosainen</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="653" />
      <source>Asianosaisen muutoksenhakuaika lasketaan hänen omasta tiedoksisaannistaan (Kokous → Otteiden lähettäminen…); muille ote on vain tiedoksi.</source>
      <translation>En parts tid för ändringssökande räknas från partens egen delfående (Möte → Sändning av utdrag…); för andra är utdraget för kännedom.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="648" />
      <location filename="../../gui/item_editor.py" line="659" />
      <location filename="../../gui/item_editor.py" line="662" />
      <source>Tiedoksi / otteet</source>
      <translation>För kännedom / utdrag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="670" />
      <source>Julkisuus, liitteet ja jakelu</source>
      <translation>Offentlighet, bilagor och sändlista</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="683" />
      <source>Julkaistava otsikko ruotsiksi</source>
      <translation>Rubrik som publiceras, på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="685" />
      <source>Selostus ruotsiksi</source>
      <translation>Redogörelse på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="687" />
      <source>Päätösehdotus ruotsiksi</source>
      <translation>Beslutsförslag på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="690" />
      <source>Käsittely ruotsiksi</source>
      <translation>Behandling på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="693" />
      <source>Päätös ruotsiksi</source>
      <translation>Beslut på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="699" />
      <source>Ruotsiksi</source>
      <translation>På svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="717" />
      <source>Lisää</source>
      <translation>Lägg till</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="719" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="756" />
      <source>Valittuna liite on julkinen</source>
      <translation>Vald bilaga är offentlig</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="759" />
      <source>Tiedosto: {name} (Avaa tiedosto)</source>
      <translation>Fil: {name} (Öppna filen)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="762" />
      <source>tiedosto {name}</source>
      <translation>fil {name}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="798" />
      <source>Tiedostoa {path} ei löydy.</source>
      <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="799" />
      <source>Tiedostoa {path} ei voi lukea: {reason}</source>
      <translation>Filen {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="822" />
      <source>Liitettä ei voitu kirjoittaa avattavaksi: {reason}</source>
      <translation>Bilagan kunde inte skrivas för att öppnas: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="832" />
      <source>Liite {n}</source>
      <translation>Bilaga {n}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="880" />
      <source>Uusi vastaanottaja</source>
      <translation>Ny mottagare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="977" />
      <source>&lt;i&gt;Valitse asia siirtimestä vasemmalla.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Välj ett ärende i navigatorn till vänster.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1051" />
      <source>Vain luku: kokouksen {number}/{year} pöytäkirja on tarkastettu {date}, eikä sen asioita voi enää muuttaa. Korjaus tehdään oikaisuna, joka näkyy pöytäkirjassa.</source>
      <translation>Endast läsning: protokollet från möte {number}/{year} justerades {date}, och dess ärenden kan inte längre ändras. En korrigering görs som en rättelse som syns i protokollet.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1116" />
      <source>Pykälään on tehty oikaisu. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja otteisiin oikaisu tulostuu oikaistun kohdan jälkeen:</source>
      <translation>Paragrafen har rättats. Fälten visar paragrafen i justerad form; i protokollet och utdragen skrivs rättelsen ut efter den rättade punkten:</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1119" />
      <source>Pykälään on tehty {count} oikaisua. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja otteisiin oikaisut tulostuvat oikaistun kohdan jälkeen:</source>
      <translation>Paragrafen har {count} rättelser. Fälten visar paragrafen i justerad form; i protokollet och utdragen skrivs rättelserna ut efter den rättade punkten:</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1126" />
      <source>• {date} {part} ({author}): ”{text}” – peruste: {reason}</source>
      <translation>• {date} {part} ({author}): ”{text}” – grund: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1163" />
      <source>Asiaan on tallentamattomia muutoksia, jotka tallentuivat luonnokseksi {when} (ohjelma suljettiin tallentamatta). Palautetaanko ne?</source>
      <translation>Ärendet har osparade ändringar som sparades som utkast {when} (programmet stängdes utan att spara). Vill du återställa dem?</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1167" />
      <source>Huom.: asiaa on sen jälkeen muutettu ja tallennettu muualla.</source>
      <translation>Obs.: ärendet har därefter ändrats och sparats på annat håll.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1170" />
      <source>Luonnos korvaisi näiden kenttien uudemman tallennetun tekstin: {fields}. Muiden kenttien tallennetut muutokset säilyvät.</source>
      <translation>Utkastet skulle ersätta den nyare sparade texten i dessa fält: {fields}. De sparade ändringarna i andra fält bevaras.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1174" />
      <source>Luonnos ei korvaa niitä: vain luonnoksessa muutetut kentät palautetaan.</source>
      <translation>Utkastet ersätter dem inte: endast de fält som ändrats i utkastet återställs.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="1219" />
      <source>{body}, kokous {number}/{year}, {date}</source>
      <translation>{body}, möte {number}/{year}, {date}</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <location filename="../../gui/outcomes.py" line="14" />
      <source>Hyväksytty muuttamattomana</source>
      <translation>Godkänt oförändrat</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="15" />
      <source>Hyväksytty äänestyksen jälkeen</source>
      <translation>Godkänt efter omröstning</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="16" />
      <source>Hyväksytty muutettuna</source>
      <translation>Godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="17" />
      <source>Hylätty</source>
      <translation>Förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="18" />
      <source>Merkitty tiedoksi</source>
      <translation>Antecknat för kännedom</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="19" />
      <source>Palautettu valmisteluun</source>
      <translation>Återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="20" />
      <source>Pöydätty</source>
      <translation>Bordlagt</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="21" />
      <source>Poistettu esityslistalta</source>
      <translation>Struket från föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/outcomes.py" line="22" />
      <source>Valinta</source>
      <translation>Val</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="210" />
      <source>Esteellisyys…</source>
      <translation>Jäv…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="211" />
      <source>Ehdotus…</source>
      <translation>Förslag…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="212" />
      <source>Äänestys…</source>
      <translation>Omröstning…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="213" />
      <source>Eriävä mielipide…</source>
      <translation>Avvikande mening…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="214" />
      <source>Poista valittu</source>
      <translation>Ta bort det valda</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="215" />
      <source>Oikaisu…</source>
      <translation>Rättelse…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="218" />
      <source>(valitse)</source>
      <translation>(välj)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="224" />
      <source>Käsittelyn kulku (esteellisyydet, ehdotukset ja äänestykset tulostuvat itse)</source>
      <translation>Behandlingens gång (jäv, förslag och omröstningar skrivs ut automatiskt)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="229" />
      <source>Lisää käsittelytekstiin, että kannattamaton ehdotus raukesi, että kannatettu ehdotus, josta ei äänestetty, hyväksyttiin yksimielisesti, ja kuka toimi puheenjohtajana esteellisen puheenjohtajan sijasta.</source>
      <translation>Lägger till i behandlingstexten att ett förslag som inte understöddes förföll, att ett understött förslag som det inte röstades om godkändes enhälligt, och vem som var ordförande i stället för en jävig ordförande.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="236" />
      <source>Tallenna päätös</source>
      <translation>Spara beslutet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="238" />
      <source>Tallenna päätös (Ctrl+S). Päätös tallentuu myös, kun siirryt toiseen asiaan.</source>
      <translation>Spara beslutet (Ctrl+S). Beslutet sparas också när du går till ett annat ärende.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="239" />
      <source>Hylkää muutokset</source>
      <translation>Förkasta ändringarna</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="240" />
      <source>Kumoa tallennus</source>
      <translation>Ångra sparandet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="242" />
      <source>Palauta edellisen asian aiempi päätös ja näytä siirtyessä tallentunut teksti tallentamattomana.</source>
      <translation>Återställ det tidigare beslutet i det föregående ärendet och visa texten som sparades när du gick vidare som osparad.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="250" />
      <source>Käsittely</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="256" />
      <source>Esteellisyydet</source>
      <translation>Jäv</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="257" />
      <source>Ehdotukset</source>
      <translation>Förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="258" />
      <source>Äänestykset</source>
      <translation>Omröstningar</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="259" />
      <source>Eriävät mielipiteet</source>
      <translation>Avvikande meningar</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="278" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="280" />
      <source>Päätöksen laji</source>
      <translation>Typ av beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="227" />
      <location filename="../../gui/conduct.py" line="284" />
      <source>Käsittelyteksti</source>
      <translation>Behandlingstext</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="228" />
      <source>Kirjaa puheenjohtajan toteamukset</source>
      <translation>Anteckna ordförandens konstateranden</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="285" />
      <source>Päätösteksti</source>
      <translation>Beslutstext</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="294" />
      <location filename="../../gui/conduct.py" line="297" />
      <source>Oikaisut</source>
      <translation>Rättelser</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="388" />
      <source>Päätösvaltaisuus: {text}</source>
      <translation>Beslutförhet: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="395" />
      <source>Päätösehdotus: {text}</source>
      <translation>Beslutsförslag: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="403" />
      <source> – poistui</source>
      <translation> – avlägsnade sig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="403" />
      <source> – ei poistunut</source>
      <translation> – avlägsnade sig inte</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="456" />
      <source>Aloita kokous ensin: läsnäolijoita ei ole.</source>
      <translation>Börja mötet först: inga närvarande har antecknats.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="480" />
      <source>Päätöstä on muutettu muualla sen jälkeen, kun aloitit muokkauksen; tallennus ei korvaa sitä. Kopioi tekstisi talteen ja hylkää muutokset nähdäksesi tallennetun päätöksen.</source>
      <translation>Beslutet har ändrats på annat håll efter att du började redigera; sparandet ersätter det inte. Kopiera din text och förkasta ändringarna för att se det sparade beslutet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="485" />
      <source>Päätös on tallentamatta; se tallentuu, kun siirryt toiseen asiaan tai suljet ikkunan.</source>
      <translation>Beslutet är osparat; det sparas när du går till ett annat ärende eller stänger fönstret.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="607" />
      <source>Esittelijän päätösehdotus</source>
      <translation>Föredragandens beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="731" />
      <source>Poistetaanko esteellisyysmerkintä?

{entry}</source>
      <translation>Ska anteckningen om jäv tas bort?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="734" />
      <source>Poistetaanko ehdotus?

{entry}</source>
      <translation>Ska förslaget tas bort?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="736" />
      <source>Poistetaanko äänestys äänineen?

{entry}</source>
      <translation>Ska omröstningen och dess röster tas bort?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="739" />
      <source>Poistetaanko eriävä mielipide?

{entry}</source>
      <translation>Ska den avvikande meningen tas bort?

{entry}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="749" />
      <source>Poista merkintä</source>
      <translation>Ta bort anteckning</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="816" />
      <source>{section}: päätös tallennettiin automaattisesti klo {time}.</source>
      <translation>{section}: beslutet sparades automatiskt kl. {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="821" />
      <source>{section}: päätös tallennettu klo {time}.</source>
      <translation>{section}: beslutet sparat kl. {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="845" />
      <source>{section}: automaattinen tallennus kumottu.</source>
      <translation>{section}: den automatiska sparningen ångrades.</translation>
    </message>
  </context>
  <context>
    <name>LinkItemDialog</name>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="37" />
      <source>Linkitä pykälä</source>
      <translation>Länka paragraf</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="39" />
      <source>Valitse pykälä, joka on osapuolen {0} päätös sopimuksesta:</source>
      <translation>Välj den paragraf som är {0}s beslut om avtalet:</translation>
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
      <translation>Organ, möten och ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="94" />
      <source>Haku</source>
      <translation>Sökning</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="172" />
      <source>Uusi kokous…</source>
      <translation>Nytt möte…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="175" />
      <source>Luo kokous vakioasioineen</source>
      <translation>Skapa ett möte med standardärendena</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="179" />
      <source>Kokouksen tiedot…</source>
      <translation>Mötets uppgifter…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="182" />
      <source>Muuta kokouksen päivämäärää, alkamisaikaa, paikkaa tai numeroa</source>
      <translation>Ändra mötets datum, starttid, plats eller nummer</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="186" />
      <source>Merkitse esityslista julkaistuksi…</source>
      <translation>Markera föredragningslistan som publicerad…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="189" />
      <source>Kirjaa päivä, jona kokouskutsu ja esityslista lähetettiin ja julkaistiin</source>
      <translation>Anteckna dagen då möteskallelsen och föredragningslistan skickades och publicerades</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="193" />
      <source>Otteiden lähettäminen…</source>
      <translation>Sändning av utdrag…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="196" />
      <source>Kirjaa, milloin ja miten pykälän otteet lähetettiin; asianosaisten määräajat lasketaan niistä</source>
      <translation>Anteckna när och hur paragrafens utdrag skickades; parternas tidsfrister räknas från dem</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="200" />
      <source>Vuoden ensimmäinen pykälä…</source>
      <translation>Årets första paragraf…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="203" />
      <source>Anna toimielimen vuoden ensimmäisen pykälän numero (käyttöönotto kesken vuoden)</source>
      <translation>Ange numret på organets första paragraf för året (ibruktagning mitt i året)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="207" />
      <source>Uusi asia…</source>
      <translation>Nytt ärende…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="210" />
      <source>Lisää asia kokoukseen</source>
      <translation>Lägg till ett ärende i mötet</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="213" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="213" />
      <source>Tallenna asian muutokset</source>
      <translation>Spara ändringarna i ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="215" />
      <location filename="../../gui/main_window.py" line="769" />
      <source>Hylkää muutokset</source>
      <translation>Förkasta ändringarna</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="216" />
      <source>Kumoa</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="219" />
      <source>Tee uudelleen</source>
      <translation>Gör om</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="227" />
      <source>Etsi…</source>
      <translation>Sök…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="230" />
      <source>Hae kaikkien vuosien asioista</source>
      <translation>Sök bland ärenden från alla år</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="232" />
      <location filename="../../gui/main_window.py" line="655" />
      <source>Poista asia</source>
      <translation>Ta bort ärende</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="235" />
      <source>Poista kokous…</source>
      <translation>Ta bort möte…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="238" />
      <source>Poista vahingossa luotu kokous asioineen (vain ennen kuin sen esityslista on julkaistu)</source>
      <translation>Ta bort ett möte som skapats av misstag med dess ärenden (endast innan dess föredragningslista publicerats)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="240" />
      <source>Siirrä ylös</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="241" />
      <source>Siirrä valittu asia ylemmäs (Ctrl+Ylös toimii siirtimessä)</source>
      <translation>Flytta det valda ärendet uppåt (Ctrl+Uppåt fungerar i navigatorn)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="242" />
      <source>Siirrä alas</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="243" />
      <source>Siirrä valittu asia alemmas (Ctrl+Alas toimii siirtimessä)</source>
      <translation>Flytta det valda ärendet nedåt (Ctrl+Nedåt fungerar i navigatorn)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="251" />
      <source>Siirrä toiseen kokoukseen…</source>
      <translation>Flytta till ett annat möte…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="252" />
      <source>Päivitä</source>
      <translation>Uppdatera</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="255" />
      <source>Avaa tietokanta…</source>
      <translation>Öppna databas…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="258" />
      <source>Avaa toinen tietokanta: tiedosto, jaettu PostgreSQL-tietokanta tai oletustietokanta</source>
      <translation>Öppna en annan databas: en fil, en delad PostgreSQL-databas eller standarddatabasen</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="262" />
      <source>Verkosta poistettavat…</source>
      <translation>Att ta bort från nätet…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="265" />
      <source>Mitkä henkilötiedot ja pöytäkirjat poistetaan yleisestä tietoverkosta ja milloin</source>
      <translation>Vilka personuppgifter och protokoll som tas bort från det allmänna datanätet, och när</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="268" />
      <source>Asetukset…</source>
      <translation>Inställningar…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="269" />
      <source>Lopeta</source>
      <translation>Avsluta</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="270" />
      <location filename="../../gui/main_window.py" line="828" />
      <source>Tietoja Sihteeristä</source>
      <translation>Om Sihteeri</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="284" />
      <source>&amp;Tiedosto</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="287" />
      <source>&amp;Muokkaa</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="289" />
      <source>&amp;Kokous</source>
      <translation>&amp;Möte</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="293" />
      <source>&amp;Näytä</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="295" />
      <source>T&amp;yökalut</source>
      <translation>&amp;Verktyg</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="296" />
      <source>&amp;Ohje</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="297" />
      <source>Työkalut</source>
      <translation>Verktyg</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="338" />
      <source>Vain luku (tarkastettu pöytäkirja)</source>
      <translation>Endast läsning (justerat protokoll)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="340" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="342" />
      <source>Tallennettu</source>
      <translation>Sparat</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="488" />
      <source>Kokous luotu vakioasioineen.</source>
      <translation>Mötet skapades med standardärendena.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="525" />
      <source>Kokous {number}/{year}</source>
      <translation>Möte {number}/{year}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="537" />
      <source>Kokouksen tiedot tallennettu.</source>
      <translation>Mötets uppgifter sparade.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="564" />
      <source>Esityslista julkaistu</source>
      <translation>Föredragningslistan publicerad</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="564" />
      <source>Julkaisupäivä</source>
      <translation>Publiceringsdag</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="570" />
      <source>Esityslista merkitty julkaistuksi.</source>
      <translation>Föredragningslistan markerad som publicerad.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="589" />
      <source>Otteiden lähettäminen – {section} §</source>
      <translation>Sändning av utdrag – § {section}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="592" />
      <source>Pykälällä ei ole vastaanottajia. Lisää ne asian kohtaan Tiedoksi / otteet ja tallenna.</source>
      <translation>Paragrafen har inga mottagare. Lägg till dem under För kännedom / utdrag och spara.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="607" />
      <source>Otteiden lähettäminen kirjattu.</source>
      <translation>Sändningen av utdragen antecknad.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="630" />
      <source>Vuoden {year} pykälät alkavat numerosta {number}.</source>
      <translation>Paragraferna för år {year} börjar från nummer {number}.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="656" />
      <source>Poistetaanko asia ”{title}” teksteineen? Seuraavat pykälänumerot siirtyvät. Poistoa ei voi kumota.</source>
      <translation>Ta bort ärendet ”{title}” med dess texter? Följande paragrafnummer flyttas. Borttagningen kan inte ångras.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="685" />
      <source>Poista kokous</source>
      <translation>Ta bort möte</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="686" />
      <source>Poistetaanko kokous {number}/{year} ({date}) ja sen {count} asiaa? Vuoden myöhempien kokousten pykälänumerot siirtyvät. Poistoa ei voi kumota.</source>
      <translation>Ta bort mötet {number}/{year} ({date}) och dess {count} ärenden? Paragrafnumren i årets senare möten flyttas. Borttagningen kan inte ångras.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="695" />
      <source>Kokous poistettu.</source>
      <translation>Mötet har tagits bort.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="749" />
      <source>Siirrä toiseen kokoukseen</source>
      <translation>Flytta till ett annat möte</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="749" />
      <source>Toimielimellä ei ole muita avoimia kokouksia.</source>
      <translation>Organet har inga andra öppna möten.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="770" />
      <source>Hylätäänkö asian ”{title}” tallentamattomat muutokset? Hylättyjä muutoksia ei voi palauttaa.</source>
      <translation>Förkastas de osparade ändringarna i ärendet ”{title}”? Förkastade ändringar kan inte återställas.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="782" />
      <source>Asia tallennettu.</source>
      <translation>Ärendet sparades.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="822" />
      <source>Asetukset</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="822" />
      <source>Kieli vaihtuu, kun käynnistät Sihteerin uudelleen.</source>
      <translation>Språket byts när du startar om Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="846" />
      <source>Sihteeri {version} — toimielimen sihteerin työväline: esityslistat, pöytäkirjat, otteet ja sopimukset.</source>
      <translation>Sihteeri {version} — verktyg för organets sekreterare: föredragningslistor, protokoll, utdrag och avtal.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="849" />
      <source>Tietokanta: {database}</source>
      <translation>Databas: {database}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="850" />
      <source>Loki: {path}</source>
      <translation>Logg: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="851" />
      <source>Virheraportit: {path}</source>
      <translation>Felrapporter: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="884" />
      <source>Asiaa muutettiin muualla</source>
      <translation>Ärendet ändrades på annat håll</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="885" />
      <source>Asiaa tallennettiin muualla (esimerkiksi kokouksen kulussa) sillä aikaa, kun muokkasit sitä. Tallentamattomat muutoksesi säilyivät. Kohdissa {fields} on nyt sinun tekstisi; se korvaa muualla tallennetun, kun tallennat.</source>
      <translation>Ärendet sparades på annat håll (till exempel i mötets förlopp) medan du redigerade det. Dina osparade ändringar finns kvar. I punkterna {fields} står nu din text; den ersätter den som sparades på annat håll när du sparar.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="48" />
      <source>Kokouksen kulku ja pöytäkirja…</source>
      <translation>Mötets gång och protokoll…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="56" />
      <source>Laadi ehdotus mallipohjasta…</source>
      <translation>Skriv förslag utifrån en mall…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="61" />
      <source>Mallipohjat…</source>
      <translation>Mallar…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="68" />
      <source>Sopimukset…</source>
      <translation>Avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="73" />
      <source>Liitä sopimukseen…</source>
      <translation>Koppla till avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="79" />
      <source>Verkkojulkaisun merkinnät…</source>
      <translation>Markeringar för publicering på nätet…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="86" />
      <source>Varmuuskopiot…</source>
      <translation>Säkerhetskopior…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="92" />
      <source>Tiivistä tietokanta…</source>
      <translation>Komprimera databasen…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="102" />
      <source>Tulosta…</source>
      <translation>Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="106" />
      <source>Tulosteet</source>
      <translation>Utskrifter</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="112" />
      <source>Asiakirjat suomeksi</source>
      <translation>Handlingar på finska</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="113" />
      <source>Asiakirjat ruotsiksi</source>
      <translation>Handlingar på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="122" />
      <source>Esityslista</source>
      <translation>Föredragningslista</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="123" />
      <source>Pöytäkirja</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="124" />
      <source>Pöytäkirjanote</source>
      <translation>Protokollsutdrag</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="125" />
      <source>Päätösehdotusluonnos</source>
      <translation>Utkast till beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="131" />
      <source>Esityslista liitteineen</source>
      <translation>Föredragningslista med bilagor</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="132" />
      <source>Pöytäkirjanote liitteineen</source>
      <translation>Protokollsutdrag med bilagor</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="138" />
      <source>Asiakirjan perään liitetään sen luettelemien liitteiden PDF-tiedostot.</source>
      <translation>PDF-filerna för de bilagor som dokumentet förtecknar fogas efter dokumentet.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="145" />
      <source>Verkkojulkaisu…</source>
      <translation>Publicering på nätet…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="149" />
      <source>Pöytäkirjan arkistokappale (PDF/A)…</source>
      <translation>Arkivexemplar av protokollet (PDF/A)…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="153" />
      <source>Tarkastettu pöytäkirja PDF/A-muodossa pitkäaikaissäilytykseen ja sen kuvailutiedot XML-tiedostona.</source>
      <translation>Det justerade protokollet i PDF/A-format för långtidsförvaring och dess metadata som XML-fil.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="162" />
      <source>Vuoden pöytäkirjat</source>
      <translation>Årets protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="166" />
      <source>Valitun vuoden kaikki tarkastetut pöytäkirjat yhtenä asiakirjana päivämääräjärjestyksessä.</source>
      <translation>Alla justerade protokoll från det valda året som en handling i datumordning.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="174" />
      <source>Vuoden pöytäkirjojen arkistokappale (PDF/A)…</source>
      <translation>Arkivexemplar av årets protokoll (PDF/A)…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="290" />
      <source>Verkkojulkaisu tallennettu: {path}</source>
      <translation>Publiceringen sparades: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="295" />
      <source>Verkkojulkaisu tallennettiin, mutta näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne ovat sivulla suomeksi (ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):</source>
      <translation>Publikationen sparades, men dessa paragrafer har ingen svensk text, så de står på finska på sidan (de svenska texterna skrivs på ärendets flik På svenska):</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="303" />
      <source>Tekstejä suomeksi</source>
      <translation>Texter på finska</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="364" />
      <source>Salassa pidettävät pykälät</source>
      <translation>Sekretessbelagda paragrafer</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="365" />
      <source>Pöytäkirjassa on salassa pidettäviä pykäliä ({sections}). Otetaanko niiden sisältö arkistokappaleeseen?

Arkistoon tallennetaan yleensä koko pöytäkirja. Jos vastaat Ei, niistä näkyy vain julkinen otsikko, kuten julkisissa asiakirjoissa.</source>
      <translation>Protokollet har sekretessbelagda paragrafer ({sections}). Ska deras innehåll tas med i arkivexemplaret?

Vanligen arkiveras hela protokollet. Om du svarar Nej visas för dem endast den offentliga rubriken, som i offentliga handlingar.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="372" />
      <source>{number} §</source>
      <translation>§ {number}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="380" />
      <source>Arkistokappale tallennettu: {path}</source>
      <translation>Arkivexemplaret sparades: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="385" />
      <source>Arkistokappale tallennettu</source>
      <translation>Arkivexemplaret sparades</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="386" />
      <source>Pöytäkirja tallennettiin PDF/A-2b-muodossa:
{pdf}

Sen kuvailutiedot (pykälät, diaarinumerot, julkisuus, muutoksenhaku, tiedoston tarkiste) ovat tiedostossa:
{metadata}</source>
      <translation>Protokollet sparades i PDF/A-2b-format:
{pdf}

Dess metadata (paragrafer, diarienummer, offentlighet, ändringssökande, filens kontrollsumma) finns i filen:
{metadata}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="419" />
      <source>Verkkojulkaisun merkinnät tallennettu.</source>
      <translation>Markeringarna för publicering på nätet sparades.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="550" />
      <source>(ei sopimusta)</source>
      <translation>(inget avtal)</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="563" />
      <source>Asia liitetty sopimukseen.</source>
      <translation>Ärendet kopplat till avtalet.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="565" />
      <source>Asian sopimusliitos poistettu.</source>
      <translation>Ärendets avtalskoppling borttagen.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="582" />
      <source>Tiivistys poistaa tietokantatiedostosta poistettujen ja muutettujen tietojen jäänteet (esimerkiksi tekstistä poistetun henkilötunnuksen), joita mikään haku ei enää löydä. Tietokannan sisältö ei muutu. Aiemmat varmuuskopiot sisältävät vanhat tiedot, kunnes ne harvennetaan.

Sulje ensin muut Sihteerin ikkunat, jotka käyttävät samaa tietokantaa. Tiivistetäänkö tietokanta nyt?</source>
      <translation>Komprimeringen tar bort rester av raderade och ändrade uppgifter ur databasfilen (till exempel en personbeteckning som tagits bort ur en text) som ingen sökning längre hittar. Databasens innehåll ändras inte. Tidigare säkerhetskopior innehåller de gamla uppgifterna tills de gallras.

Stäng först andra Sihteeri-fönster som använder samma databas. Komprimera databasen nu?</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="589" />
      <source>Tiivistä tietokanta</source>
      <translation>Komprimera databasen</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="595" />
      <source>Tietokanta tiivistetty: {before} Mt → {after} Mt.</source>
      <translation>Databasen komprimerad: {before} MB → {after} MB.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="604" />
      <source>Tiivistetään tietokantaa…</source>
      <translation>Databasen komprimeras…</translation>
    </message>
  </context>
  <context>
    <name>MeetingConductWidget</name>
    <message>
      <location filename="../../gui/conduct.py" line="146" />
      <source>Pöytäkirja on muuttunut</source>
      <translation>Protokollet har ändrats</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1232" />
      <source>Aloita kokous</source>
      <translation>Inled mötet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1233" />
      <source>Pöytäkirjan tarkastus…</source>
      <translation>Justering av protokollet…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1238" />
      <source>Läsnäolijat</source>
      <translation>Närvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1247" />
      <source>Lisää läsnäolija…</source>
      <translation>Lägg till närvarande…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1248" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1249" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1251" />
      <source>Merkitse tilapäinen poissaolo…</source>
      <translation>Anteckna tillfällig frånvaro…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1252" />
      <source>Poista tilapäinen poissaolo…</source>
      <translation>Ta bort tillfällig frånvaro…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1262" />
      <source>Asiat</source>
      <translation>Ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1303" />
      <source>Läsnäolo</source>
      <translation>Närvaro</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1304" />
      <source>Asiat ja päätökset</source>
      <translation>Ärenden och beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1411" />
      <source>Päätöstä ei tallennettu</source>
      <translation>Beslutet sparades inte</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1413" />
      <source>Asian {section} päätöstä ei voitu tallentaa. Suljetaanko ikkuna silti? Tallentamaton päätös menetetään.</source>
      <translation>Beslutet i ärendet {section} kunde inte sparas. Ska fönstret stängas ändå? Det osparade beslutet går förlorat.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1464" />
      <source>Luonnos – kokousta ei ole aloitettu.</source>
      <translation>Utkast – mötet har inte inletts.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1465" />
      <source>Esityslista julkaistu – aloita kokous, kun se alkaa.</source>
      <translation>Föredragningslistan publicerad – inled mötet när det börjar.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1466" />
      <source>Kokous pidetty – pöytäkirja odottaa tarkastusta.</source>
      <translation>Mötet hållet – protokollet väntar på justering.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1467" />
      <source>Pöytäkirja tarkastettu ja lukittu – korjaukset oikaisuina.</source>
      <translation>Protokollet justerat och låst – korrigeringar som rättelser.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1468" />
      <source>Pöytäkirja tarkastettu ja julkaistu – korjaukset oikaisuina.</source>
      <translation>Protokollet justerat och publicerat – korrigeringar som rättelser.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1610" />
      <location filename="../../gui/conduct.py" line="1621" />
      <source>Poista läsnäolijoista</source>
      <translation>Ta bort från de närvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1612" />
      <source>{name} on toimielimen jäsen, joten hän on pöytäkirjassa joko läsnä tai poissa. Merkitäänkö hänet poissaolevaksi?</source>
      <translation>{name} är ledamot i organet och står därför i protokollet antingen som närvarande eller som frånvarande. Ska hen antecknas som frånvarande?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="1622" />
      <source>Poistetaanko {name} läsnäololuettelosta?</source>
      <translation>Ska {name} tas bort från närvarolistan?</translation>
    </message>
  </context>
  <context>
    <name>MeetingInfoDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="127" />
      <source>Päivämäärä</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="129" />
      <source>Alkaa klo</source>
      <translation>Börjar kl.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="131" />
      <source>Paikka</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="135" />
      <source>Kokoukset numeroidaan vuosittain. Pykälät seuraavat kokousten järjestystä.</source>
      <translation>Mötena numreras per år. Paragraferna följer mötenas ordning.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="136" />
      <source>Kokouksen numero</source>
      <translation>Mötets nummer</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="84" />
      <source>puheenjohtaja</source>
      <translation>ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="85" />
      <source>varapuheenjohtaja</source>
      <translation>vice ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="86" />
      <source>jäsen</source>
      <translation>ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="87" />
      <source>varajäsen</source>
      <translation>ersättare</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="418" />
      <source>Uusi jäsen</source>
      <translation>Ny ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="418" />
      <source>Jäsenyys: {name}</source>
      <translation>Medlemskap: {name}</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="427" />
      <source>etunimi sukunimi; aiemmin tallennettu henkilö ehdotetaan</source>
      <translation>förnamn efternamn; en tidigare sparad person föreslås</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="428" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="433" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="435" />
      <source>(ei henkilökohtainen)</source>
      <translation>(inte personlig)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="439" />
      <source>Henkilökohtainen varajäsen jäsenelle</source>
      <translation>Personlig ersättare för ledamoten</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="442" />
      <source>Kausi alkaa</source>
      <translation>Mandatperioden börjar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="443" />
      <source>Jäsenyys päättyy</source>
      <translation>Medlemskapet upphör</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="448" />
      <source>Kausi päättyy</source>
      <translation>Mandatperioden slutar</translation>
    </message>
  </context>
  <context>
    <name>MotionDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="463" />
      <location filename="../../gui/conduct_dialogs.py" line="471" />
      <source>Ehdotus</source>
      <translation>Förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="467" />
      <source>(ei kannatettu – ehdotus raukeaa)</source>
      <translation>(inte understött – förslaget förfaller)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="468" />
      <source>Ehdottaja peruutti ehdotuksensa</source>
      <translation>Förslagsställaren återtog sitt förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="470" />
      <source>Ehdottaja</source>
      <translation>Förslagsställare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="475" />
      <location filename="../../gui/conduct_dialogs.py" line="476" />
      <source>Ehdotus ruotsiksi</source>
      <translation>Förslag på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="479" />
      <source>Kannattaja</source>
      <translation>Understödd av</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="490" />
      <source>Lisää ehdotus</source>
      <translation>Lägg till förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="490" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="495" />
      <source>Kokouksessa ei ole äänivaltaisia läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>Mötet har inga närvarande med rösträtt; börja mötet och anteckna de närvarande först.</translation>
    </message>
  </context>
  <context>
    <name>NavigatorModel</name>
    <message>
      <location filename="../../gui/navigator.py" line="40" />
      <source>luonnos</source>
      <translation>utkast</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="41" />
      <source>esityslista julkaistu</source>
      <translation>föredragningslistan publicerad</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="42" />
      <source>pidetty</source>
      <translation>hållet</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="43" />
      <source>tarkastettu</source>
      <translation>justerat</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="44" />
      <source>julkaistu</source>
      <translation>publicerat</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="171" />
      <source>Kokous {number}/{year} · {date} ({state})</source>
      <translation>Möte {number}/{year} · {date} ({state})</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="209" />
      <source>{count} asiaa</source>
      <translation>{count} ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="209" />
      <source>1 asia</source>
      <translation>1 ärende</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="292" />
      <source>pöytäkirja tarkastettu, vain luku</source>
      <translation>protokollet justerat, endast läsning</translation>
    </message>
  </context>
  <context>
    <name>NewMeetingDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="155" />
      <source>Uusi kokous</source>
      <translation>Nytt möte</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="164" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="166" />
      <source>Päivämäärä</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="168" />
      <source>Alkaa klo</source>
      <translation>Börjar kl.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="170" />
      <source>Paikka</source>
      <translation>Plats</translation>
    </message>
  </context>
  <context>
    <name>OnlineRemovalsDialog</name>
    <message>
      <location filename="../../gui/online_dialog.py" line="47" />
      <source>Verkosta poistettavat</source>
      <translation>Att ta bort från nätet</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="49" />
      <source>Henkilötiedot poistetaan julkaistusta pöytäkirjasta muutoksenhakuajan päätyttyä niistä pykälistä, jotka on merkitty sisältämään henkilötietoja; koko pöytäkirja, kun organisaation asetuksissa annettu aika on kulunut.</source>
      <translation>Personuppgifterna tas bort ur det publicerade protokollet när besvärstiden har gått ut, i de paragrafer som har markerats innehålla personuppgifter; hela protokollet när tiden i organisationens inställningar har gått.</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="57" />
      <source>Alkaen</source>
      <translation>Från och med</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="59" />
      <source>päättyen</source>
      <translation>till och med</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="64" />
      <source>Päivä</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="64" />
      <source>Kokous</source>
      <translation>Möte</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="64" />
      <source>Poistettava</source>
      <translation>Tas bort</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="71" />
      <source>Ei poistettavaa näinä päivinä.</source>
      <translation>Inget att ta bort under dessa dagar.</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="74" />
      <source>Näytä kokous</source>
      <translation>Visa mötet</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="76" />
      <source>Verkkoversio ilman henkilötietoja…</source>
      <translation>Version på nätet utan personuppgifter…</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="78" />
      <source>Tallenna valitun kokouksen pöytäkirja verkkoon ilman henkilötietoja</source>
      <translation>Spara protokollet från det valda mötet för nätet utan personuppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="102" />
      <source>henkilötiedot: {sections} §</source>
      <translation>personuppgifter: § {sections}</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="106" />
      <source>koko pöytäkirja</source>
      <translation>hela protokollet</translation>
    </message>
  </context>
  <context>
    <name>OrganisationForm</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="66" />
      <source>kunta</source>
      <translation>kommun</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="67" />
      <source>kuntayhtymä</source>
      <translation>samkommun</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="68" />
      <source>maakuntaliitto</source>
      <translation>landskapsförbund</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="69" />
      <source>hyvinvointialue</source>
      <translation>välfärdsområde</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="72" />
      <source>suomi</source>
      <translation>finska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="73" />
      <source>ruotsi</source>
      <translation>svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="74" />
      <source>kaksikielinen (suomi ja ruotsi)</source>
      <translation>tvåspråkig (finska och svenska)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="108" />
      <source>Organisaation laji</source>
      <translation>Typ av organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="110" />
      <source>esim. Hartolan kunta</source>
      <translation>t.ex. Gustav Adolfs kommun</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="111" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="113" />
      <source>Nimi lauseen sisällä genetiivissä, esim. ”Hartolan kunnan”. Päätösehdotusten mallipohjat käyttävät tätä (organisation.genitive); tyhjänä käytetään harmaana näkyvää ehdotusta.</source>
      <translation>Det finska namnet i genitiv inne i en mening, t.ex. ”Hartolan kunnan”. Mallarna för beslutsförslag använder det (organisation.genitive); om fältet är tomt används förslaget som visas i grått.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="118" />
      <source>Nimi genetiivissä</source>
      <translation>Namn i genitiv (bestämd form)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="122" />
      <source>kaksikielisen organisaation ruotsinkielinen nimi</source>
      <translation>en tvåspråkig organisations svenska namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="123" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="127" />
      <source>Asiakirjojen kieli</source>
      <translation>Handlingarnas språk</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="134" />
      <source>Postiosoite</source>
      <translation>Postadress</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="137" />
      <source>esim. Rantatie 6, Hartola</source>
      <translation>t.ex. Rantatie 6, Gustav Adolfs</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="139" />
      <source>Kirjaamon sähköposti</source>
      <translation>Registratorskontorets e-post</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="141" />
      <source>esim. ma–pe klo 9–15</source>
      <translation>t.ex. mån–fre kl. 9–15</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="142" />
      <source>Kirjaamon aukioloaika</source>
      <translation>Registratorskontorets öppettider</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="149" />
      <source>Käyntiosoite</source>
      <translation>Besöksadress</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="150" />
      <source>Postiosoite ruotsiksi</source>
      <translation>Postadress på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="151" />
      <source>Käyntiosoite ruotsiksi</source>
      <translation>Besöksadress på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="152" />
      <source>Aukioloaika ruotsiksi</source>
      <translation>Öppettider på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="157" />
      <source>(ei valittu)</source>
      <translation>(inte vald)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="163" />
      <source>Hallinto-oikeus, jolle kunnallisvalitukset tehdään; valtuuston pöytäkirjan valitusosoitus tarvitsee sen.</source>
      <translation>Förvaltningsdomstolen dit kommunalbesvär anförs; fullmäktiges besvärsanvisning behöver den.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="165" />
      <source>Hallinto-oikeus</source>
      <translation>Förvaltningsdomstol</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="167" />
      <source>esim. Hartolassa</source>
      <translation>t.ex. Gustav Adolfs</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="171" />
      <source>kaksikielisen organisaation otteissa, esim. Lahtis</source>
      <translation>i en tvåspråkig organisations utdrag, t.ex. Lahtis</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="175" />
      <source> päivää</source>
      <translation> dagar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="176" />
      <source>Kuinka kauan pöytäkirjat pidetään yleisessä tietoverkossa julkaisusta (vähintään muutoksenhakuajan loppuun). Henkilötiedot poistetaan jo muutoksenhakuajan päätyttyä.</source>
      <translation>Hur länge protokollen hålls tillgängliga i det allmänna datanätet efter publiceringen (minst till besvärstidens slut). Personuppgifterna tas bort redan när besvärstiden har gått ut.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="179" />
      <source>Pöytäkirjat verkossa</source>
      <translation>Protokoll på nätet</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="181" />
      <source>Pöytäkirjanotteen todistuspaikka</source>
      <translation>Ort för bestyrkande av protokollsutdrag</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="182" />
      <source>Todistuksen teksti</source>
      <translation>Bestyrkandets text (finska)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="183" />
      <source>Todistuspaikka ruotsiksi</source>
      <translation>Bestyrkandets ort på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="184" />
      <source>Todistuksen teksti ruotsiksi</source>
      <translation>Bestyrkandets text på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="254" />
      <source>(muu, asetettu ohjelmallisesti)</source>
      <translation>(annan, angiven programmatiskt)</translation>
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
      <translation>Lägg till part</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="364" />
      <source>Valitse tai kirjoita uusi</source>
      <translation>Välj eller skriv en ny</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="365" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="367" />
      <source>Kunta</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="368" />
      <source>Kuntayhtymä</source>
      <translation>Samkommun</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="369" />
      <source>Maakuntaliitto</source>
      <translation>Landskapsförbund</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="370" />
      <source>Hyvinvointialue</source>
      <translation>Välfärdsområde</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="372" />
      <source>Laji (uusi organisaatio)</source>
      <translation>Typ (ny organisation)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="373" />
      <source>Kunnanhallitus</source>
      <translation>Kommunstyrelsen</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="375" />
      <source>Päättävä toimielin</source>
      <translation>Beslutande organ</translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="969" />
      <source>Hae nimellä tai nimikkeellä</source>
      <translation>Sök med namn eller titel</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="970" />
      <source>Hae henkilöitä</source>
      <translation>Sök personer</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="970" />
      <source>Henkilöt</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Virkanimike</source>
      <translation>Tjänstebeteckning</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Sähköposti</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="971" />
      <source>Puhelin</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="972" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="974" />
      <source>Uusi henkilö…</source>
      <translation>Ny person…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="975" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="1109" />
      <source>{name} ({date} asti)</source>
      <translation>{name} (till och med {date})</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="861" />
      <source>Uusi henkilö</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="861" />
      <source>Henkilön tiedot</source>
      <translation>Personens uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="864" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="870" />
      <source>Minkä oman organisaation henkilö tämä on. Päätösehdotuksen allekirjoittaja haetaan organisaation omista henkilöistä.</source>
      <translation>Vilken av de egna organisationerna personen hör till. Den som undertecknar ett beslutsförslag söks bland organisationens egna personer.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="872" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="875" />
      <source>esim. sivistysjohtaja</source>
      <translation>t.ex. bildningsdirektör</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="876" />
      <source>Virkanimike</source>
      <translation>Tjänstebeteckning</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="878" />
      <source>Virkanimike ruotsiksi</source>
      <translation>Tjänstebeteckning på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="880" />
      <source>Sähköposti</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="882" />
      <source>Puhelin</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="883" />
      <source>Nimi tai nimike on vaihtunut, alkaen</source>
      <translation>Namnet eller titeln har ändrats, från och med</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="884" />
      <source>Korjaan kirjoitusvirheen</source>
      <translation>Jag rättar ett skrivfel</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="895" />
      <source>Jos nimi tai virkanimike muuttuu</source>
      <translation>Om namnet eller titeln ändras</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="902" />
      <source>Esimerkiksi avioliitto tai uusi virka: aiempien kokousten asiakirjoissa säilyy entinen nimi ja nimike.</source>
      <translation>Till exempel äktenskap eller en ny tjänst: handlingarna från tidigare möten behåller det tidigare namnet och den tidigare titeln.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="905" />
      <source>Korjaus näkyy kaikissa asiakirjoissa, myös aiempien kokousten.</source>
      <translation>Rättelsen syns i alla handlingar, också för tidigare möten.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="906" />
      <source>Jos tilalle tulee toinen henkilö, lisää hänet uutena.</source>
      <translation>Om en annan person tar över, lägg till hen som ny.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="910" />
      <source>Aiemmat nimet: {names}</source>
      <translation>Tidigare namn: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="948" />
      <source>Valitse, onko nimi tai nimike vaihtunut vai korjaatko kirjoitusvirheen.</source>
      <translation>Välj om namnet eller titeln har ändrats eller om du rättar ett skrivfel.</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="168" />
      <source>Esikatselu</source>
      <translation>Förhandsvisning</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <location filename="../../gui/print_preview.py" line="88" />
      <source>Esikatselu — %1</source>
      <translation>Förhandsvisning — %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../gui/print_preview.py" line="102" />
      <source>%n sivua</source>
      <translation>
        <numerusform>%n sida</numerusform>
        <numerusform>%n sidor</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="102" />
      <source>1 sivu</source>
      <translation>1 sida</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="103" />
      <source>Tulosta…</source>
      <translation>Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="106" />
      <source>Tallenna PDF…</source>
      <translation>Spara PDF…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="112" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="126" />
      <source>Näitä liitteitä ei liitetty asiakirjaan; lähetä ne tarvittaessa erikseen:</source>
      <translation>Dessa bilagor fogades inte till dokumentet; skicka dem vid behov separat:</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="131" />
      <source>Näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne tulostuivat suomeksi (ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):</source>
      <translation>Dessa paragrafer har ingen svensk text, så de skrevs ut på finska (de svenska texterna skrivs på ärendets flik På svenska):</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="145" />
      <source>Tallenna PDF</source>
      <translation>Spara PDF</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="145" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../gui/dialogs.py" line="423" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="425" />
      <source>Asiaan ”{what}” on tehty muutoksia, joita ei ole tallennettu.</source>
      <translation>Ärendet ”{what}” har ändringar som inte har sparats.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="441" />
      <source>Palauta tallentamattomat muutokset</source>
      <translation>Återställ osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="451" />
      <source>Uusi asia</source>
      <translation>Nytt ärende</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="452" />
      <source>Asian otsikko:</source>
      <translation>Ärendets rubrik:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="493" />
      <source>Siirrä toiseen kokoukseen</source>
      <translation>Flytta till ett annat möte</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="494" />
      <source>Kokous, johon asia siirretään:</source>
      <translation>Möte dit ärendet flyttas:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="504" />
      <source>Liitä sopimukseen</source>
      <translation>Koppla till avtal</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="505" />
      <source>Sopimus, jota asia koskee:</source>
      <translation>Avtalet som ärendet gäller:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="518" />
      <source>Liitä tiedosto</source>
      <translation>Bifoga fil</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="519" />
      <source>Kaikki tiedostot (*)</source>
      <translation>Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="528" />
      <source>Tiedostoa ei voitu avata</source>
      <translation>Filen kunde inte öppnas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="529" />
      <source>Tiedostolle {name} ei ole avaavaa ohjelmaa. Se on tallennettu kansioon {folder}.</source>
      <translation>Det finns inget program som öppnar filen {name}. Den har sparats i mappen {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="547" />
      <source>Verkkojulkaisun merkinnät</source>
      <translation>Markeringar för publicering på nätet</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="549" />
      <source>Merkintä ei muuta tarkastettua pöytäkirjaa. Se ratkaisee, näkyykö pykälästä verkkoversiossa, josta henkilötiedot on poistettu muutoksenhakuajan päätyttyä, vain julkaistava otsikko ja maininta poistosta.</source>
      <translation>Markeringen ändrar inte det justerade protokollet. Den avgör om paragrafen i versionen på nätet, från vilken personuppgifterna tagits bort när tiden för ändringssökande gått ut, visas endast med den rubrik som publiceras och ett omnämnande av att uppgifterna tagits bort.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="555" />
      <source>Sisältää henkilötietoja</source>
      <translation>Innehåller personuppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="600" />
      <source>Tietokantapalvelimen salasana</source>
      <translation>Databasserverns lösenord</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="603" />
      <source>Palvelin ei hyväksynyt salasanaa. Yritä uudelleen.</source>
      <translation>Servern godkände inte lösenordet. Försök igen.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="605" />
      <source>Palvelin {server} pyytää käyttäjän {user} salasanan.</source>
      <translation>Servern {server} begär lösenordet för användaren {user}.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="609" />
      <source>Salasana:</source>
      <translation>Lösenord:</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <location filename="../../gui/publish_dialog.py" line="51" />
      <source>Verkkojulkaisu</source>
      <translation>Publicering på nätet</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="53" />
      <source>Asiakirja</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="54" />
      <source>Esityslista</source>
      <translation>Föredragningslista</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="55" />
      <source>Pöytäkirja</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="61" />
      <source>Muoto</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="62" />
      <source>Saavutettava verkkosivu (HTML)</source>
      <translation>Tillgänglig webbsida (HTML)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="63" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="73" />
      <source>Ilman henkilötietoja (muutoksenhakuajan päätyttyä)</source>
      <translation>Utan personuppgifter (när tiden för ändringssökande gått ut)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="76" />
      <source>Ilman henkilötietoja: pykälistä, jotka on merkitty sisältämään henkilötietoja, näkyvät vain julkinen otsikko, diaarinumero ja maininta poistosta. Salassa pidettävistä asioista näkyy aina vain julkinen otsikko. Poistopäivät: Työkalut → Verkosta poistettavat…</source>
      <translation>Utan personuppgifter: för paragrafer som har märkts innehålla personuppgifter visas endast den offentliga rubriken, diarienumret och ett omnämnande av att uppgifterna tagits bort. För sekretessbelagda ärenden visas alltid endast den offentliga rubriken. Datum för borttagning: Verktyg → Att ta bort från nätet…</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="82" />
      <source>Tallenna…</source>
      <translation>Spara…</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="83" />
      <source>Peruuta</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="121" />
      <source>Tallenna verkkojulkaisu</source>
      <translation>Spara publiceringen</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="123" />
      <source>HTML-sivut (*.html)</source>
      <translation>HTML-sidor (*.html)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="125" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/publish_dialog.py" line="142" />
      <source>Muodostetaan verkkojulkaisua…</source>
      <translation>Publiceringen skapas…</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../gui/search.py" line="168" />
      <source>Hakusanat</source>
      <translation>Sökord</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="169" />
      <source>Hakusanat tai diaarinumero, esim. yhteistyösopimus</source>
      <translation>Sökord eller diarienummer, t.ex. samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="171" />
      <source>Kaikkien sanojen on löydyttävä samasta asiasta. TAI isoilla kirjaimilla kahden sanan välissä: kumpi tahansa kelpaa (kunta TAI kaupunki). Miinus sanan edessä jättää pois asiat, joissa sana on (sopimus -vuokra).</source>
      <translation>Alla ord ska finnas i samma ärende. ELLER med versaler mellan två ord: vilket som helst räcker (kommun ELLER stad). Ett minus framför ett ord utelämnar ärenden där ordet finns (avtal -hyra).</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="182" />
      <location filename="../../gui/search.py" line="184" />
      <source>Tehtäväluokka</source>
      <translation>Uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="185" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="186" />
      <source>Vuosi</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="189" />
      <source>Kaikki lopputulokset</source>
      <translation>Alla utfall</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="192" />
      <source>Lopputulos</source>
      <translation>Utfall</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="195" />
      <source>Hae</source>
      <translation>Sök</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="204" />
      <source>Hakutulokset</source>
      <translation>Sökresultat</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="224" />
      <source>Kaikki toimielimet</source>
      <translation>Alla organ</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="228" />
      <source>Kaikki vuodet</source>
      <translation>Alla år</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="250" />
      <location filename="../../gui/search.py" line="251" />
      <source>Haetaan…</source>
      <translation>Söker…</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="281" />
      <source>Ei hakusanoja: näytetään uusimmat asiat ({shown}).</source>
      <translation>Inga sökord: de senaste ärendena visas ({shown}).</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="284" />
      <source>Yli {limit} osumaa: näytetään {shown} viimeksi tallennettua päivämäärän mukaan. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>Över {limit} träffar: de {shown} senast sparade visas i datumordning. Precisera sökningen med ett ord eller en avgränsning.</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="288" />
      <source>Näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>De {shown} bästa träffarna visas. Precisera sökningen med ett ord eller en avgränsning.</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="293" />
      <source>{total} osumaa: näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>{total} träffar: de {shown} bästa visas. Precisera sökningen med ett ord eller en avgränsning.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../gui/search.py" line="302" />
      <source>%n osumaa</source>
      <translation>
        <numerusform>%n träff</numerusform>
        <numerusform>%n träffar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="302" />
      <source>1 osuma</source>
      <translation>1 träff</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="301" />
      <source>Ei osumia.</source>
      <translation>Inga träffar.</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../gui/search.py" line="63" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="64" />
      <source>Päivämäärä</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="65" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="66" />
      <source>Dnro</source>
      <translation>Dnr</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="67" />
      <source>Otsikko</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="68" />
      <source>Osuma</source>
      <translation>Träff</translation>
    </message>
  </context>
  <context>
    <name>SecretaryPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="390" />
      <source>Sihteeri</source>
      <translation>Sekreterare</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="393" />
      <source>Nimesi</source>
      <translation>Ditt namn</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="395" />
      <source>esim. hallintosihteeri</source>
      <translation>t.ex. förvaltningssekreterare</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="396" />
      <source>Virkanimikkeesi</source>
      <translation>Din tjänstebeteckning</translation>
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
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="295" />
      <source>Päätösvaltaisuus</source>
      <translation>Beslutförhet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="295" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="307" />
      <source> (oikaistu)</source>
      <translation> (rättat)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="313" />
      <source>puuttuu</source>
      <translation>saknas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="314" />
      <source> – teksti puuttuu</source>
      <translation> – texten saknas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="321" />
      <source>Läsnä {filled} jäsenpaikkaa {seats}:stä, vaaditaan vähintään {required}.</source>
      <translation>Närvarande {filled} av {seats} ledamotsplatser, minst {required} krävs.</translation>
    </message>
  </context>
  <context>
    <name>SendingDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="324" />
      <source>kirjeellä</source>
      <translation>per brev</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="325" />
      <source>sähköisesti</source>
      <translation>elektroniskt</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="326" />
      <source>saantitodistuksella</source>
      <translation>mot mottagningsbevis</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="327" />
      <source>henkilökohtaisesti</source>
      <translation>personligen</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="335" />
      <source>Asianosaisen muutoksenhakuaika alkaa tiedoksisaannista: kirje 7. päivänä ja sähköinen viesti 3. päivänä lähettämisestä, saantitodistus ja henkilökohtainen luovutus vastaanottopäivänä. ”–” = ei vielä.</source>
      <translation>En parts tid för ändringssökande börjar från delfåendet: ett brev den 7 dagen och ett elektroniskt meddelande den 3 dagen efter avsändandet, mottagningsbevis och personlig överlämning på mottagningsdagen. ”–” = inte ännu.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="341" />
      <source>Vastaanottaja</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="341" />
      <source>Asianosainen</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="342" />
      <source>Lähetetty</source>
      <translation>Skickat</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="342" />
      <source>Tapa</source>
      <translation>Sätt</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="342" />
      <source>Vastaanotettu</source>
      <translation>Mottaget</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="345" />
      <source>Otteiden vastaanottajat</source>
      <translation>Mottagare av utdrag</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="353" />
      <source>kyllä</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="353" />
      <source>ei (tiedoksi)</source>
      <translation>nej (för kännedom)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="364" />
      <source>{name}, lähetetty</source>
      <translation>{name}, skickat</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="365" />
      <source>{name}, lähetystapa</source>
      <translation>{name}, sändningssätt</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="366" />
      <source>{name}, vastaanotettu</source>
      <translation>{name}, mottaget</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../gui/settings.py" line="119" />
      <source>Asetukset</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="131" />
      <source>Käyttöliittymän kieli</source>
      <translation>Användargränssnittets språk</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="134" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="136" />
      <source>Luonnoksen automaattinen tallennus</source>
      <translation>Automatisk sparning av utkast</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="138" />
      <source>Nimesi</source>
      <translation>Ditt namn</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="140" />
      <source>Virkanimikkeesi</source>
      <translation>Din tjänstebeteckning</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="141" />
      <source>Nimesi perusteella sinut merkitään pöytäkirjanpitäjäksi toimielimen ensimmäiseen kokoukseen; myöhemmät kokoukset saavat edellisen kokouksen pöytäkirjanpitäjän.</source>
      <translation>Med ditt namn antecknas du som protokollförare för organets första möte; senare möten får det föregående mötets protokollförare.</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="145" />
      <source>Yleiset</source>
      <translation>Allmänt</translation>
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
      <translation>Uppgiftsklassificering</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="181" />
      <source>Tietokannassa pidetään useamman oman organisaation pöytäkirjoja. Valitse, minkä organisaation tietoja muokkaat; OK tallentaa kaikkien muutetut tiedot.</source>
      <translation>Databasen innehåller protokoll för flera egna organisationer. Välj vilken organisations uppgifter du redigerar; OK sparar de ändrade uppgifterna för alla.</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="201" />
      <source>Toimielimet ja jäsenet</source>
      <translation>Organ och ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="203" />
      <source>Henkilöt</source>
      <translation>Personer</translation>
    </message>
  </context>
  <context>
    <name>Splash</name>
    <message>
      <location filename="../../gui/splash.py" line="51" />
      <source>toimielimen sihteerin työväline</source>
      <translation>verktyg för organets sekreterare</translation>
    </message>
    <message>
      <location filename="../../gui/splash.py" line="54" />
      <source>Käynnistyy…</source>
      <translation>Startar…</translation>
    </message>
  </context>
  <context>
    <name>StartupRestoreDialog</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="430" />
      <source>Tietokantaa ei voi avata</source>
      <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="441" />
      <source>Uusin ehjä varmuuskopio on otettu {day}.{month}.{year} klo {time}.</source>
      <translation>Den senaste hela säkerhetskopian togs {day}.{month}.{year} kl. {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="444" />
      <source>Viimeisin kokous siinä: {meeting}.</source>
      <translation>Senaste möte i den: {meeting}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="446" />
      <source>Varmuuskopio palautetaan tiedostoksi {path}.</source>
      <translation>Säkerhetskopian återställs som filen {path}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="448" />
      <source>Tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.</source>
      <translation>Filen raderas eller ersätts inte: den flyttas åt sidan i samma mapp.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="451" />
      <source>Vioittunutta tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.</source>
      <translation>Den skadade filen raderas eller ersätts inte: den flyttas åt sidan i samma mapp.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="457" />
      <source>Palauta varmuuskopio</source>
      <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="460" />
      <source>Lopeta</source>
      <translation>Avsluta</translation>
    </message>
  </context>
  <context>
    <name>TemplateManagerDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="289" />
      <source>Mallipohjat</source>
      <translation>Mallar</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="330" />
      <source>Uusi…</source>
      <translation>Ny…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="331" />
      <source>Kopioi…</source>
      <translation>Kopiera…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="332" />
      <source>Nimeä uudelleen…</source>
      <translation>Byt namn…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="333" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="334" />
      <source>Historia…</source>
      <translation>Historik…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="335" />
      <source>Vie tiedostoon…</source>
      <translation>Exportera till fil…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="336" />
      <source>Tuo tiedostosta…</source>
      <translation>Importera från fil…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="357" />
      <location filename="../../gui/template_dialog.py" line="361" />
      <location filename="../../gui/template_dialog.py" line="365" />
      <source>mikä tahansa</source>
      <translation>vilken som helst</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="369" />
      <source>Kieli</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="370" />
      <source>Asian laji</source>
      <translation>Ärendets typ</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="371" />
      <source>Toimielimen laji</source>
      <translation>Organets typ</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="372" />
      <source>Sopimuksen laji</source>
      <translation>Avtalstyp</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="373" />
      <source>Kuvaus</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="380" />
      <source>Mallipohjan teksti</source>
      <translation>Mallens text</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="383" />
      <source>Lisää muuttuja kohdistimen kohdalle</source>
      <translation>Infoga en variabel vid markören</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="392" />
      <source>Esimerkkiasia (kuviteltu)</source>
      <translation>Exempelärende (påhittat)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="394" />
      <source>Esikatselu asialle</source>
      <translation>Förhandsvisning för ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="403" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="413" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="444" />
      <source>valmis</source>
      <translation>färdig</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="444" />
      <source>oma</source>
      <translation>egen</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="494" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Valmis mallipohja: vain luettavissa. Kopioi se muokataksesi.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Färdig mall: endast läsning. Kopiera den för att redigera.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="499" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oma mallipohja.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Egen mall.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="514" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oma mallipohja. Siinä on tallentamattomat muutokset, jotka olivat kesken, kun Sihteeri sulkeutui: tallenna tai hylkää ne.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Egen mall. Den har osparade ändringar som var på hälft när Sihteeri stängdes: spara eller förkasta dem.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="577" />
      <location filename="../../gui/template_dialog.py" line="582" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="583" />
      <source>Mallipohjaan on tehty muutoksia, joita ei ole tallennettu. Hylätäänkö muutokset?</source>
      <translation>Mallen har ändringar som inte har sparats. Förkasta ändringarna?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="619" />
      <source>Lisää muuttuja…</source>
      <translation>Infoga variabel…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="641" />
      <source>Uusi mallipohja</source>
      <translation>Ny mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="641" />
      <source>Mallipohjan nimi:</source>
      <translation>Mallens namn:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="654" />
      <source>Kopioi mallipohja</source>
      <translation>Kopiera mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="655" />
      <source>Kopion nimi:</source>
      <translation>Kopians namn:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="656" />
      <source>{name} (oma)</source>
      <translation>{name} (egen)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="669" />
      <source>Nimeä mallipohja uudelleen</source>
      <translation>Byt namn på mallen</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="669" />
      <source>Uusi nimi:</source>
      <translation>Nytt namn:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="684" />
      <source>Poista mallipohja</source>
      <translation>Ta bort mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="685" />
      <source>Poistetaanko mallipohja ”{name}” historioineen? Poistoa ei voi kumota.</source>
      <translation>Ta bort mallen ”{name}” med dess historik? Borttagningen kan inte ångras.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="754" />
      <source>Viety tiedostoon {path}</source>
      <translation>Exporterad till filen {path}</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="763" />
      <source>Tiedostoa ei voitu lukea: {error}</source>
      <translation>Filen kunde inte läsas: {error}</translation>
    </message>
  </context>
  <context>
    <name>TerminationDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="401" />
      <source>Sopimuksen päättäminen</source>
      <translation>Avtalets upphörande</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="404" />
      <source>Voimassa (ei irtisanottu)</source>
      <translation>I kraft (inte uppsagt)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="405" />
      <source>Irtisanottu</source>
      <translation>Uppsagt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="406" />
      <source>Peruttu</source>
      <translation>Återkallat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="408" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="411" />
      <source>Päivästä</source>
      <translation>Från och med</translation>
    </message>
  </context>
  <context>
    <name>TieDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="645" />
      <source>Äänet menivät tasan – {section}</source>
      <translation>Rösterna föll lika – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="648" />
      <source>Kumpi ehdotus tuli hyväksytyksi?</source>
      <translation>Vilket förslag blev godkänt?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="649" />
      <source>JAA-ehdotus: {text}</source>
      <translation>JA-förslag: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="650" />
      <source>EI-ehdotus: {text}</source>
      <translation>NEJ-förslag: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="651" />
      <source>Tallenna tulos</source>
      <translation>Spara resultatet</translation>
    </message>
  </context>
  <context>
    <name>VoteDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="59" />
      <source>Jaa</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="60" />
      <source>Ei</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="61" />
      <source>Tyhjä</source>
      <translation>Blankt</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="62" />
      <source>Poissa</source>
      <translation>Frånvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="525" />
      <source>Äänestys – {section}</source>
      <translation>Omröstning – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="530" />
      <source>JAA-ehdotus</source>
      <translation>JA-förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="536" />
      <location filename="../../gui/conduct_dialogs.py" line="537" />
      <source>JAA-ehdotus ruotsiksi</source>
      <translation>JA-förslag på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="538" />
      <source>EI-ehdotus</source>
      <translation>NEJ-förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="540" />
      <location filename="../../gui/conduct_dialogs.py" line="542" />
      <source>EI-ehdotus ruotsiksi</source>
      <translation>NEJ-förslag på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="544" />
      <source>Äänestäjä</source>
      <translation>Röstande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="544" />
      <source>Ääni</source>
      <translation>Röst</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="548" />
      <source>Äänet</source>
      <translation>Röster</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="551" />
      <source> (pj)</source>
      <translation> (ordf.)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="555" />
      <source>(valitse)</source>
      <translation>(välj)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="558" />
      <source>{name}, ääni</source>
      <translation>{name}, röst</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="564" />
      <source>Kaikki jaa</source>
      <translation>Alla ja</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="580" />
      <source>Tallenna äänestys</source>
      <translation>Spara omröstningen</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="604" />
      <source>Asiassa ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>Ärendet har inga röstande; börja mötet och anteckna de närvarande först.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="606" />
      <source>Kirjoita sekä JAA- että EI-ehdotus.</source>
      <translation>Skriv både JA- och NEJ-förslaget.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="608" />
      <source>Merkitse jokaisen äänestäjän ääni ({n} puuttuu).</source>
      <translation>Anteckna varje röstandes röst ({n} saknas).</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="623" />
      <source>Ääni puuttuu {n} äänestäjältä.</source>
      <translation>Röst saknas för {n} röstande.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../gui/app.py" line="278" />
      <source>Viimeksi käytettyä tietokantaa ei voitu avata: {problem} Sihteeri avaa oletustietokannan; toisen tietokannan voi valita valikosta Tiedosto → Avaa tietokanta…</source>
      <translation>Den senast använda databasen kunde inte öppnas: {problem} Sihteeri öppnar standarddatabasen; en annan databas kan väljas i menyn Arkiv → Öppna databas…</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="302" />
      <source>tiedostoa {path} ei löydy.</source>
      <translation>filen {path} hittas inte.</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="334" />
      <source>Tietokantaa ei voitu avata</source>
      <translation>Databasen kunde inte öppnas</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="335" />
      <source>Viimeksi käytettyä tietokantaa ei voitu avata: {problem}

Jos tietokanta on palvelimella, se voi olla hetken poissa käytöstä: yritä hetken päästä uudelleen. Uutta tietokantaa ei kannata ottaa käyttöön sen tilalle, koska päivän työ jäisi silloin eri tietokantaan.</source>
      <translation>Den senast använda databasen kunde inte öppnas: {problem}

Om databasen finns på en server kan den vara ur bruk för en stund: försök igen om en stund. Ta inte i bruk en ny databas i stället, eftersom dagens arbete då skulle hamna i en annan databas.</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="339" />
      <source>Yritä uudelleen</source>
      <translation>Försök igen</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="341" />
      <source>Avaa toinen tietokanta…</source>
      <translation>Öppna en annan databas…</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="343" />
      <source>Lopeta</source>
      <translation>Avsluta</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="393" />
      <source>salasanaa ei annettu.</source>
      <translation>lösenordet gavs inte.</translation>
    </message>
  </context>
  <context>
    <name>conduct_dialogs</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="132" />
      <source>Peruuta</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="168" />
      <source>tyhjänä tulostuu suomenkielinen teksti</source>
      <translation>tom skrivs den finska texten ut</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../gui/errors.py" line="33" />
      <source>Virhe</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="34" />
      <source>Tietokantaa ei voi käyttää</source>
      <translation>Databasen kan inte användas</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="35" />
      <source>Levy täynnä</source>
      <translation>Disken full</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="36" />
      <source>Varmuuskopiota ei saatu</source>
      <translation>Säkerhetskopian kunde inte tas</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="37" />
      <source>Toimintoa ei voi tehdä</source>
      <translation>Åtgärden kan inte utföras</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="38" />
      <source>Tallennusristiriita</source>
      <translation>Konflikt vid sparande</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="39" />
      <source>Tarkastettu pöytäkirja</source>
      <translation>Justerat protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="40" />
      <source>Virheellinen tieto</source>
      <translation>Felaktig uppgift</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="41" />
      <source>Ei löytynyt</source>
      <translation>Hittades inte</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="42" />
      <source>Virhe mallipohjassa</source>
      <translation>Fel i mallen</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="43" />
      <source>Arkistoa ei voi tuoda</source>
      <translation>Arkivet kan inte importeras</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="44" />
      <source>Varmuuskopio-ohjelma puuttuu</source>
      <translation>Säkerhetskopieringsprogrammet saknas</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="45" />
      <source>Arkistokappaletta ei voitu tehdä</source>
      <translation>Arkivexemplaret kunde inte göras</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="46" />
      <source>Tiedostoa ei voitu tallentaa</source>
      <translation>Filen kunde inte sparas</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="96" />
      <source>Virheraportti tallennettiin tiedostoon:
{path}</source>
      <translation>Felrapporten sparades i filen:
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="100" />
      <source>Sihteerissä tapahtui odottamaton virhe. Tallentamattomat muutokset on tallennettu luonnoksina, ja ne tarjotaan palautettaviksi, kun avaat asian uudelleen.

{where}</source>
      <translation>Ett oväntat fel inträffade i Sihteeri. Osparade ändringar har sparats som utkast och erbjuds för återställning när du öppnar ärendet igen.

{where}</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="105" />
      <source>Odottamaton virhe</source>
      <translation>Oväntat fel</translation>
    </message>
  </context>
  <context>
    <name>operations</name>
    <message>
      <location filename="../../gui/operations.py" line="147" />
      <source>Peruuta</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../gui/operations.py" line="277" />
      <source>Odota hetki…</source>
      <translation>Vänta ett ögonblick…</translation>
    </message>
  </context>
  <context>
    <name>print_preview</name>
    <message>
      <location filename="../../gui/print_preview.py" line="57" />
      <source>Pöytäkirjanote</source>
      <translation>Protokollsutdrag</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="58" />
      <source>Esityslista</source>
      <translation>Föredragningslista</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="59" />
      <source>Pöytäkirja</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="60" />
      <source>Päätösehdotusluonnos</source>
      <translation>Utkast till beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="183" />
      <source>Tulostinta ei voitu avata; tarkista tulostimen valinta.</source>
      <translation>Skrivaren kunde inte öppnas; kontrollera valet av skrivare.</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="232" />
      <source>Korvataanko tiedostot?</source>
      <translation>Ersätta filerna?</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="233" />
      <source>Nämä tiedostot ovat jo olemassa, ja ne korvataan:
{names}</source>
      <translation>Dessa filer finns redan och ersätts:
{names}</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="315" />
      <location filename="../../gui/print_preview.py" line="332" />
      <location filename="../../gui/print_preview.py" line="349" />
      <source>Muodostetaan asiakirjaa…</source>
      <translation>Skapar handlingen…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="379" />
      <source>Tallenna arkistokappale (PDF/A)</source>
      <translation>Spara arkivexemplar (PDF/A)</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="381" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="396" />
      <source>Muodostetaan arkistokappaletta…</source>
      <translation>Arkivexemplaret skapas…</translation>
    </message>
  </context>
  <context>
    <name>template_dialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="89" />
      <source>kokouksen avaus</source>
      <translation>mötets öppnande</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="90" />
      <source>laillisuus ja päätösvaltaisuus</source>
      <translation>laglighet och beslutförhet</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="91" />
      <source>pöytäkirjantarkastajat</source>
      <translation>protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="92" />
      <source>työjärjestys</source>
      <translation>arbetsordning</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="93" />
      <source>tavallinen asia</source>
      <translation>vanligt ärende</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="94" />
      <source>sopimus</source>
      <translation>avtal</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="95" />
      <source>lausunto</source>
      <translation>utlåtande</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="96" />
      <source>valinta</source>
      <translation>val</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="97" />
      <source>ilmoitusasiat</source>
      <translation>anmälningsärenden</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="98" />
      <source>muut asiat</source>
      <translation>övriga ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="99" />
      <source>kokouksen päättäminen</source>
      <translation>mötets avslutande</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="105" />
      <source>yhteistoimintasopimus</source>
      <translation>samverkansavtal</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="106" />
      <source>yhteistyösopimus</source>
      <translation>samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="107" />
      <source>yhteistyöpöytäkirja</source>
      <translation>samarbetsprotokoll</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="108" />
      <source>muu sopimus</source>
      <translation>annat avtal</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="114" />
      <source>valtuusto</source>
      <translation>fullmäktige</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="115" />
      <source>hallitus</source>
      <translation>styrelse</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="116" />
      <source>lautakunta</source>
      <translation>nämnd</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="117" />
      <source>jaosto</source>
      <translation>sektion</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="118" />
      <source>viranhaltija</source>
      <translation>tjänsteinnehavare</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="135" />
      <source>Tuo mallipohja</source>
      <translation>Importera mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="137" />
      <source>Sihteerin mallipohjat (*.j2);;Kaikki tiedostot (*)</source>
      <translation>Sihteeris mallar (*.j2);;Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="144" />
      <source>Vie mallipohja</source>
      <translation>Exportera mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="146" />
      <source>Sihteerin mallipohjat (*.j2)</source>
      <translation>Sihteeris mallar (*.j2)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1057" />
      <source>Laadi ehdotus mallipohjasta</source>
      <translation>Skriv förslag utifrån en mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1076" />
      <source>Korvataanko päätösehdotus?</source>
      <translation>Ersätta beslutsförslaget?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="1078" />
      <source>Päätösehdotuksessa on jo tekstiä, jota on muokattu. Korvataanko se mallipohjasta laaditulla tekstillä? Korvauksen voi perua (Kumoa).</source>
      <translation>Beslutsförslaget innehåller redan redigerad text. Ersätta den med texten från mallen? Ersättningen kan ångras (Ångra).</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../core/meetings.py" line="195" />
      <source> Jos kokoukset vaihtavat numeroita, anna ensin toiselle väliaikainen numero.</source>
      <translation> Om mötena byter nummer, ge först det ena mötet ett tillfälligt nummer.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="345" />
      <source> Myös jäsenkunnat ja niiden jäsenet voivat hakea muutosta (KuntaL 137 § 2 mom.).</source>
      <translation> Även medlemskommunerna och deras medlemmar kan söka ändring (KommunL 137 § 2 mom.).</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="208" />
      <source> ja {more} muuta</source>
      <translation> och {more} andra</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="275" />
      <source>Anna mallipohjalle nimi.</source>
      <translation>Ge mallen ett namn.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="232" />
      <source>Anna osapuolen nimi.</source>
      <translation>Ange partens namn.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="172" />
      <source>Anna päivä, josta alkaen sopimus on irtisanottu tai peruttu.</source>
      <translation>Ange den dag från och med vilken avtalet är uppsagt eller återkallat.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="101" />
      <source>Anna sopimukselle nimi.</source>
      <translation>Ge avtalet ett namn.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="660" />
      <source>Anna sopimuksen nimi tai osa siitä.</source>
      <translation>Ange avtalets namn eller en del av det.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="471" />
      <source>Arkisto on eri Sihteerin versiosta (rakenneversio {revision}, tämä Sihteeri {head_revision}). Tuo se samalla Sihteerin versiolla, jolla se tehtiin.</source>
      <translation>Arkivet kommer från en annan version av Sihteeri (strukturversion {revision}, denna Sihteeri {head_revision}). Importera det med samma version av Sihteeri som det gjordes med.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="392" />
      <location filename="../../db/archive.py" line="330" />
      <source>Arkisto on liian suuri purettavaksi; arkistoa ei tuotu.</source>
      <translation>Arkivet är för stort för att packas upp; arkivet importerades inte.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="344" />
      <source>Arkisto on tehty uudemmalla Sihteerillä (muotoversio {version}); päivitä Sihteeri.</source>
      <translation>Arkivet har gjorts med en nyare version av Sihteeri (formatversion {version}); uppdatera Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="306" />
      <source>Arkistoa {path} ei löydy.</source>
      <translation>Arkivet {path} hittas inte.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="244" />
      <source>Arkistoa {target} ei voitu kirjoittaa: {value}.</source>
      <translation>Arkivet {target} kunde inte skrivas: {value}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/archival.py" line="279" />
      <source>Arkistokappaleen voi tehdä vain esityslistasta, pöytäkirjasta ja otteesta.</source>
      <translation>Ett arkivexemplar kan göras endast av föredragningslistan, protokollet och protokollsutdraget.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="241" />
      <source>Arkistokappaleen voi tehdä vain esityslistasta, tarkastetusta pöytäkirjasta ja sen otteesta, ei luonnoksesta.</source>
      <translation>Ett arkivexemplar kan göras endast av föredragningslistan, ett justerat protokoll och utdrag ur det, inte av ett utkast.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="260" />
      <source>Arkistokappaleen voi tehdä vain julkaistusta esityslistasta; kokouksen {number}/{year} esityslista on vielä luonnos.</source>
      <translation>Ett arkivexemplar kan göras endast av en publicerad föredragningslista; föredragningslistan för mötet {number}/{year} är ännu ett utkast.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="270" />
      <source>Arkistokappaleen voi tehdä vain tarkastetusta pöytäkirjasta; kokouksen {number}/{year} pöytäkirjaa ei ole tarkastettu.</source>
      <translation>Ett arkivexemplar kan göras endast av ett justerat protokoll; protokollet från mötet {number}/{year} har inte justerats.</translation>
    </message>
    <message>
      <location filename="../../core/printing/archival.py" line="91" />
      <source>Arkistokappaletta ei voitu tallentaa ({path}): {reason}.</source>
      <translation>Arkivexemplaret kunde inte sparas ({path}): {reason}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="480" />
      <source>Arkiston manifest.json ei luettele tauluja.</source>
      <translation>Arkivets manifest.json förtecknar inga tabeller.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="351" />
      <source>Arkiston manifest.json ei luettele tiedostoja.</source>
      <translation>Arkivets manifest.json förtecknar inga filer.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="338" />
      <source>Arkiston manifest.json on vioittunut.</source>
      <translation>Arkivets manifest.json är skadad.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="500" />
      <source>Arkiston taulun {name} rivit eivät vastaa manifest.json-tiedostoa.</source>
      <translation>Raderna i arkivets tabell {name} motsvarar inte filen manifest.json.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="567" />
      <source>Arkiston taulun {table} viittaukset muodostavat kehän.</source>
      <translation>Referenserna i arkivets tabell {table} bildar en slinga.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="533" />
      <source>Arkiston taulussa {name} on sama tunniste kahdesti.</source>
      <translation>I arkivets tabell {name} förekommer samma identifierare två gånger.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="497" />
      <source>Arkiston tiedosto {member} on vioittunut.</source>
      <translation>Arkivets fil {member} är skadad.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="291" />
      <source>Arkiston tiedosto ”{name}” osoittaa kohdekansion ulkopuolelle.</source>
      <translation>Arkivets fil ”{name}” pekar utanför målmappen.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="389" />
      <source>Arkiston tiedostoa {name} ei voi lukea: arkisto on vioittunut.</source>
      <translation>Arkivets fil {name} kan inte läsas: arkivet är skadat.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="373" />
      <source>Arkiston tiedoston {name} tarkiste ei täsmää: arkisto on vioittunut tai sitä on muutettu. Mitään ei tuotu.</source>
      <translation>Kontrollsumman för arkivets fil {name} stämmer inte: arkivet är skadat eller har ändrats. Ingenting importerades.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="323" />
      <source>Arkistossa on kaksi tiedostoa nimellä ”{filename}”; arkistoa ei tuotu.</source>
      <translation>Arkivet innehåller två filer med namnet ”{filename}”; arkivet importerades inte.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="319" />
      <source>Arkistossa on symbolinen linkki ”{filename}”; arkistoa ei tuotu.</source>
      <translation>Arkivet innehåller en symbolisk länk ”{filename}”; arkivet importerades inte.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="276" />
      <source>Arkistossa on tiedosto, jonka nimi ”{name}” ei ole sallittu ({problem}). Arkistoa ei tuotu, eikä mitään kirjoitettu.</source>
      <translation>Arkivet innehåller en fil vars namn ”{name}” inte är tillåtet ({problem}). Arkivet importerades inte, och ingenting skrevs.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="356" />
      <source>Arkistossa on tiedostoja, joita manifest.json ei luettele: {unlisted}.</source>
      <translation>Arkivet innehåller filer som manifest.json inte förtecknar: {unlisted}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="484" />
      <source>Arkistossa on tuntematon taulu {unknown}.</source>
      <translation>Arkivet innehåller en okänd tabell {unknown}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="493" />
      <source>Arkistosta puuttuu taulun {name} tiedosto.</source>
      <translation>Filen för tabellen {name} saknas i arkivet.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="365" />
      <source>Arkistosta puuttuu tiedosto {name}.</source>
      <translation>Filen {name} saknas i arkivet.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="268" />
      <source>Asetuksen {key} hallinto-oikeudesta puuttuu nimi, postiosoite tai sähköposti.</source>
      <translation>Förvaltningsdomstolen i inställningen {key} saknar namn, postadress eller e-post.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="258" />
      <source>Asetuksen {key} hallinto-oikeus {value!r} on tuntematon; vaihtoehdot: {known}.</source>
      <translation>Förvaltningsdomstolen {value!r} i inställningen {key} är okänd; alternativ: {known}.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="69" />
      <source>Asia merkittiin tiedoksi</source>
      <translation>Ärendet antecknades för kännedom</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="66" />
      <source>Asia palautettiin valmisteluun</source>
      <translation>Ärendet återremitterades för beredning</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="67" />
      <source>Asia pantiin pöydälle</source>
      <translation>Ärendet bordlades</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="68" />
      <source>Asia poistettiin esityslistalta</source>
      <translation>Ärendet ströks från föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="977" />
      <source>Asia {section} on osapuolen {organisation} päätös sopimuksesta {value}, joten sitä ei voi poistaa. Poista ensin pykälän linkitys sopimusrekisterissä (Osapuoli → Poista pykälän linkitys).</source>
      <translation>Ärendet {section} är partens {organisation} beslut om avtalet {value}, så det kan inte tas bort. Ta först bort paragrafens länk i avtalsregistret (Part → Ta bort länken till paragrafen).</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="119" />
      <source>Asiaa ei löydy; se on ehkä poistettu.</source>
      <translation>Ärendet hittas inte; det har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="534" />
      <source>Asiaa ei löytynyt; se on ehkä poistettu.</source>
      <translation>Ärendet hittades inte; det har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="385" />
      <source>Asiaan liittyy oikaisumerkintöjä, eikä sitä voi poistaa.</source>
      <translation>Ärendet har rättelseanteckningar och kan inte tas bort.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="320" />
      <source>Asian otsikko puuttuu.</source>
      <translation>Ärendets rubrik saknas.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="359" />
      <source>Asian voi siirtää vain saman toimielimen toiseen kokoukseen.</source>
      <translation>Ärendet kan bara flyttas till ett annat möte i samma organ.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1081" />
      <source>Asiassa {section_label} ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.</source>
      <translation>Ärendet {section_label} har inga röstande; börja mötet och anteckna de närvarande först.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="170" />
      <source>Asukasluku {day} puuttuu: {parties}.</source>
      <translation>Invånarantalet per {day} saknas: {parties}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="803" />
      <source>Asukasluvun on oltava positiivinen kokonaisluku.</source>
      <translation>Invånarantalet måste vara ett positivt heltal.</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="52" />
      <source>Diaarinumero on liian pitkä ({count} merkkiä, enintään {max_length}).</source>
      <translation>Diarienumret är för långt ({count} tecken, högst {max_length}).</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="62" />
      <source>Diaarinumero ”{value}” ei ole muotoa numero/luokka/vuosi, esimerkiksi 77/00.04.01/2023: tarkista tehtäväluokka (kaksinumeroiset osat pisteillä erotettuina) ja nelinumeroinen vuosi.</source>
      <translation>Diarienumret ”{value}” har inte formen nummer/klass/år, till exempel 77/00.04.01/2023: kontrollera uppgiftsklassen (tvåsiffriga delar åtskilda med punkter) och det fyrsiffriga året.</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="69" />
      <source>Diaarinumeron vuosi {year} ei ole mahdollinen.</source>
      <translation>Året {year} i diarienumret är inte möjligt.</translation>
    </message>
    <message>
      <location filename="../../db/diary_number.py" line="57" />
      <source>Diaarinumerossa on ohjausmerkkejä; kirjoita se uudelleen.</source>
      <translation>Diarienumret innehåller styrtecken; skriv det på nytt.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="923" />
      <location filename="../../core/minutes.py" line="957" />
      <source>Ehdottaja ei voi kannattaa omaa ehdotustaan.</source>
      <translation>Förslagsställaren kan inte understöda sitt eget förslag.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="954" />
      <location filename="../../core/minutes.py" line="966" />
      <source>Ehdotusta ei löydy.</source>
      <translation>Förslaget hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1743" />
      <source>Ehdotusta ”{text}” ei kannatettu; kirjaa käsittelyyn, että se raukesi (Kirjaa puheenjohtajan toteamukset).</source>
      <translation>Förslaget ”{text}” understöddes inte; anteckna i behandlingen att det förföll (Anteckna ordförandens konstateranden).</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="555" />
      <source>Ensimmäisen pykälän numeron on oltava positiivinen kokonaisluku.</source>
      <translation>Numret på den första paragrafen måste vara ett positivt heltal.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="338" />
      <source>Erityislaissa säädetty oikaisuvaatimus hallintolain mukaan (HL 49 c §).</source>
      <translation>Begäran om omprövning enligt förvaltningslagen, föreskriven i en speciallag (FL 49 c §).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1169" />
      <source>Eriävää mielipidettä ei löydy.</source>
      <translation>Den avvikande meningen hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1752" />
      <source>Esittelijä {name} on merkitty esteelliseksi tässä asiassa, mutta pöytäkirja nimeää hänet asian esittelijäksi. Vaihda asian Esittelijä-kenttään se, joka esitteli asian hänen sijastaan.</source>
      <translation>Föredraganden {name} är antecknad som jävig i detta ärende, men protokollet anger hen som ärendets föredragande. Ange i ärendets fält Föredragande den som föredrog ärendet i hens ställe.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1937" />
      <source>Esityslista julkaistaan ennen kokousta: päivä ei voi olla kokouspäivän jälkeen.</source>
      <translation>Föredragningslistan publiceras före mötet: dagen kan inte vara efter mötesdagen.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="898" />
      <source>Esteellisyysmerkintää ei löydy.</source>
      <translation>Jävsanteckningen hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="203" />
      <source>Esteellisyysperustetta {key} ei ole.</source>
      <translation>Jävsgrunden {key} finns inte.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="93" />
      <source>Euromäärä ”{value}” on liian suuri (enintään 999 999 999 999,99 €).</source>
      <translation>Eurobeloppet ”{value}” är för stort (högst 999 999 999 999,99 €).</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="76" />
      <source>Euromäärä ”{value}” on monitulkintainen: piste voi erottaa tuhannet tai sentit. Kirjoita tuhannet välilyönnillä ja sentit pilkulla, esim. 186 000 tai 186,00.</source>
      <translation>Eurobeloppet ”{value}” är tvetydigt: punkten kan skilja tusental eller cent. Skriv tusentalen med mellanslag och centen med komma, t.ex. 186 000 eller 186,00.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="408" />
      <source>Hallinto-oikeutta ei ole asetettu: valitse se asetukseen {court_setting} (esim. hameenlinna); katso docs/muutoksenhaku.md.</source>
      <translation>Förvaltningsdomstolen har inte angetts: välj den i inställningen {court_setting} (t.ex. hameenlinna); se docs/muutoksenhaku.md.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="328" />
      <source>Hankintapäätös: hankintaoikaisu hankintayksikölle ja valitus markkinaoikeuteen (laki julkisista hankinnoista ja käyttöoikeussopimuksista 1397/2016).</source>
      <translation>Upphandlingsbeslut: upphandlingsrättelse hos den upphandlande enheten och besvär hos marknadsdomstolen (lagen om offentlig upphandling och koncession 1397/2016).</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="440" />
      <location filename="../../core/organisation.py" line="518" />
      <source>Henkilö ei voi olla oma varajäsenensä.</source>
      <translation>En person kan inte vara sin egen ersättare.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="572" />
      <source>Henkilön nimi puuttuu.</source>
      <translation>Personens namn saknas.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="620" />
      <source>Henkilön {person} edellinen nimen tai nimikkeen muutos on merkitty alkamaan {value}. Uusi muutos voi alkaa vasta sen jälkeen.</source>
      <translation>Den föregående ändringen av namnet eller titeln för {person} har antecknats att börja {value}. En ny ändring kan börja först efter det.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="354" />
      <location filename="../../core/minutes.py" line="880" />
      <location filename="../../core/organisation.py" line="609" />
      <location filename="../../core/organisation.py" line="640" />
      <source>Henkilöä ei löydy.</source>
      <translation>Personen hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="50" />
      <source>Jakoperuste ei voi olla negatiivinen.</source>
      <translation>Fördelningsgrunden kan inte vara negativ.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="539" />
      <source>Jokin luku on liian suuri tallennettavaksi, eikä mitään tallennettu.</source>
      <translation>Ett tal är för stort för att sparas, och ingenting sparades.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="535" />
      <source>Jokin teksti on liian pitkä tallennettavaksi, eikä mitään tallennettu.</source>
      <translation>En text är för lång för att sparas, och ingenting sparades.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="249" />
      <source>Joku muu on muuttanut mallipohjaa ”{template}” sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu; avaa mallipohja uudelleen.</source>
      <translation>Någon annan har ändrat mallen ”{template}” efter att du öppnade den. Dina ändringar sparades inte; öppna mallen på nytt.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="690" />
      <source>Joku muu on tallentanut osapuolen {organisation} tiedot sen jälkeen, kun avasit ne. Muutostasi ei tallennettu; tiedot on ladattu uudelleen.</source>
      <translation>Någon annan har sparat uppgifterna om parten {organisation} efter att du öppnade dem. Din ändring sparades inte; uppgifterna har laddats på nytt.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="463" />
      <location filename="../../db/rules.py" line="325" />
      <source>Joku muu on tallentanut saman tiedon sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu. Lataa tieto uudelleen ja tee muutoksesi sen päälle.</source>
      <translation>Någon annan har sparat samma uppgift efter att du öppnade den. Dina ändringar sparades inte. Ladda uppgiften på nytt och gör dina ändringar i den.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="155" />
      <source>Joku muu on tallentanut sopimuksen tiedot sen jälkeen, kun avasit ne. Muutostasi ei tallennettu.</source>
      <translation>Någon annan har sparat avtalets uppgifter efter att du öppnade dem. Din ändring sparades inte.</translation>
    </message>
    <message>
      <location filename="../../core/printing/minutes.py" line="86" />
      <source>Jotakin valituista kokouksista ei löytynyt; se on ehkä poistettu.</source>
      <translation>Något av de valda mötena hittades inte; det har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1950" />
      <source>Julkaisupäivä ei voi olla ennen tarkastuspäivää.</source>
      <translation>Publiceringsdagen kan inte vara före justeringsdagen.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1719" />
      <source>Jäsen {name} puuttuu läsnäololuettelosta; merkitse hänet läsnä olleeksi tai poissaolevaksi.</source>
      <translation>Ledamoten {name} saknas i närvarolistan; anteckna hen som närvarande eller frånvarande.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="475" />
      <source>Jäsenen nimi puuttuu.</source>
      <translation>Ledamotens namn saknas.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="477" />
      <location filename="../../core/organisation.py" line="514" />
      <source>Jäsenyys ei voi päättyä ennen kuin se alkaa.</source>
      <translation>Medlemskapet kan inte upphöra innan det börjar.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="512" />
      <source>Jäsenyyttä ei löydy.</source>
      <translation>Medlemskapet hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1770" />
      <source>Kannatetusta ehdotuksesta ”{text}” ei äänestetty. Kirjaa äänestys, tai jos toimielin hyväksyi ehdotuksen yksimielisesti, kirjaa se käsittelyyn (Kirjaa puheenjohtajan toteamukset).</source>
      <translation>Det röstades inte om det understödda förslaget ”{text}”. Anteckna omröstningen, eller om organet godkände förslaget enhälligt, anteckna det i behandlingen (Anteckna ordförandens konstateranden).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="627" />
      <source>Kansiota {parent} ei voi luoda: {strerror}.</source>
      <translation>Mappen {parent} kan inte skapas: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="148" />
      <source>Kiinteä osuus puuttuu: {parties}.</source>
      <translation>Fast andel saknas: {parties}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="756" />
      <source>Kiinteän osuuden on oltava 0–100 %.</source>
      <translation>Den fasta andelen måste vara 0–100 %.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="152" />
      <source>Kiinteät osuudet ovat yhteensä {percent_text} %, eivät 100 %.</source>
      <translation>De fasta andelarna är sammanlagt {percent_text} %, inte 100 %.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="833" />
      <source>Kirjaa päätöksen päivämäärä.</source>
      <translation>Anteckna beslutsdatumet.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="831" />
      <source>Kirjaa päätöksen tehnyt toimielin.</source>
      <translation>Anteckna det organ som fattade beslutet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="921" />
      <source>Kirjoita ehdotuksen sisältö.</source>
      <translation>Skriv förslagets innehåll.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="877" />
      <source>Kirjoita esteellisyyden peruste; se merkitään pöytäkirjaan.</source>
      <translation>Skriv grunden för jävet; den antecknas i protokollet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="442" />
      <source>Kirjoita muun läsnäolijan rooli (esimerkiksi kunnanhallituksen edustaja).</source>
      <translation>Skriv den andra närvarandes roll (till exempel kommunstyrelsens representant).</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="482" />
      <source>Kirjoita perustelu, miksi muutoksenhakutapa poikkeaa koneen ehdotuksesta.</source>
      <translation>Skriv en motivering till varför sättet att söka ändring avviker från det automatiska förslaget.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1077" />
      <source>Kirjoita sekä jaa- että ei-ehdotus.</source>
      <translation>Skriv både ja- och nej-förslaget.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="303" />
      <source>Kokouksen menettelyä koskeva asia ({what}); päätös koskee vain asian valmistelua, muutoksenhakukielto ({law}).</source>
      <translation>Ärende som gäller mötets förfarande ({what}); beslutet gäller endast beredning, förbud mot ändringssökande ({law}).</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="191" />
      <source>Kokouksen numeron on oltava positiivinen kokonaisluku.</source>
      <translation>Mötets nummer måste vara ett positivt heltal.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1706" />
      <source>Kokouksen päättymisaika puuttuu.</source>
      <translation>Tiden då mötet avslutades saknas.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="406" />
      <source>Kokouksen {number}/{year} esityslista on jo julkaistu, joten kokousta ei voi poistaa.</source>
      <translation>Föredragningslistan för möte {number}/{year} har redan publicerats, så mötet kan inte tas bort.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1860" />
      <source>Kokouksen {number}/{year} pöytäkirja on jo tarkastettu.</source>
      <translation>Protokollet från möte {number}/{year} är redan justerat.</translation>
    </message>
    <message>
      <location filename="../../db/rules.py" line="203" />
      <source>Kokouksen {number}/{year} pöytäkirja on jo tarkastettu; tarkastusta ei voi perua.</source>
      <translation>Protokollet från möte {number}/{year} är redan justerat; justeringen kan inte återkallas.</translation>
    </message>
    <message>
      <location filename="../../db/rules.py" line="165" />
      <source>Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sen asioita voi enää muuttaa. Tee tarvittaessa oikaisu (korjausmerkintä), joka näkyy pöytäkirjassa.</source>
      <translation>Protokollet från möte {number}/{year} är justerat, och dess ärenden kan inte längre ändras. Gör vid behov en rättelse (korrigeringsanteckning) som syns i protokollet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="276" />
      <source>Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sitä voi enää muuttaa. Tee tarvittaessa oikaisu.</source>
      <translation>Protokollet från möte {number}/{year} är justerat och kan inte längre ändras. Gör vid behov en rättelse.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="101" />
      <source>Kokouksen {number}/{year} pöytäkirja on tarkastettu; sen asioita ei voi muuttaa, lisätä eikä poistaa.</source>
      <translation>Protokollet från möte {number}/{year} är justerat; dess ärenden kan inte ändras, läggas till eller tas bort.</translation>
    </message>
    <message>
      <location filename="../../core/printing/excerpt.py" line="38" />
      <source>Kokouksen {number}/{year} pöytäkirjaa ei ole tarkastettu, joten pykälästä {section_label} ei voi antaa pöytäkirjanotetta. Tulosta tarvittaessa luonnos, joka merkitään sanalla LUONNOS.</source>
      <translation>Protokollet från möte {number}/{year} har inte justerats, så inget protokollsutdrag kan ges ur {section_label}. Skriv vid behov ut ett utkast, som märks med ordet UTKAST.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="531" />
      <source>Kokouksessa ei ole pykälää {section} §; tarkista palaamisen kohta.</source>
      <translation>Mötet har ingen § {section}; kontrollera när personen återkom.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="456" />
      <location filename="../../core/minutes.py" line="530" />
      <source>Kokouksessa ei ole pykälää {section} §; tarkista poistumisen kohta.</source>
      <translation>Mötet har ingen § {section}; kontrollera när personen avlägsnade sig.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="452" />
      <source>Kokouksessa ei ole pykälää {section} §; tarkista saapumisen kohta.</source>
      <translation>Mötet har ingen § {section}; kontrollera när personen anlände.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1708" />
      <source>Kokouksessa ei ole yhtään asiaa.</source>
      <translation>Mötet har inga ärenden.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="204" />
      <source>Kokouksessa {number}/{year} ei ole diaarinumeroa {dnro}.</source>
      <translation>Möte {number}/{year} har inget diarienummer {dnro}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="196" />
      <source>Kokouksessa {number}/{year} ei ole {section} §.</source>
      <translation>Möte {number}/{year} har ingen § {section}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1804" />
      <source>Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}).</source>
      <translation>Mötet var inte beslutfört ({filled}/{seats}, {required} krävs).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1793" />
      <source>Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}). Valitse päätöksen lajiksi ”merkitty tiedoksi” ja kirjaa, ettei kokous ollut päätösvaltainen; siirrä muut asiat seuraavaan kokoukseen.</source>
      <translation>Mötet var inte beslutfört ({filled}/{seats}, {required} krävs). Välj beslutstypen ”antecknat för kännedom” och anteckna att mötet inte var beslutfört; flytta de övriga ärendena till följande möte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1930" />
      <source>Kokous {number}/{year} on jo aloitettu; esityslistan julkaisua ei enää merkitä.</source>
      <translation>Möte {number}/{year} har redan inletts; publiceringen av föredragningslistan antecknas inte längre.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="416" />
      <source>Kokous {number}/{year}, {section} §: {parts}</source>
      <translation>Möte {number}/{year}, § {section}: {parts}</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="112" />
      <source>Kokousta ei löydy; se on ehkä poistettu.</source>
      <translation>Mötet hittas inte; det har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/printing/archival.py" line="285" />
      <location filename="../../core/printing/request.py" line="321" />
      <location filename="../../core/printing/request.py" line="466" />
      <location filename="../../core/printing/request.py" line="256" />
      <location filename="../../core/printing/request.py" line="293" />
      <location filename="../../core/printing/request.py" line="404" />
      <source>Kokousta ei löytynyt; se on ehkä poistettu.</source>
      <translation>Mötet hittades inte; det har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="224" />
      <source>Kokousta {number}/{year} ei voi siirtää vuodelle {year2}, koska pykälät numeroidaan vuosittain. Luo kokous vuodelle {year2} ja siirrä asiat siihen.</source>
      <translation>Möte {number}/{year} kan inte flyttas till år {year2}, eftersom paragraferna numreras per år. Skapa ett möte för år {year2} och flytta ärendena dit.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1081" />
      <location filename="../../db/backup.py" line="1101" />
      <location filename="../../db/backup.py" line="1116" />
      <source>Kopioidaan tietokantaa…</source>
      <translation>Kopierar databasen…</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="201" />
      <source>KuntaL 134 §</source>
      <translation>KommunL 134 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="202" />
      <source>KuntaL 135 §</source>
      <translation>KommunL 135 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="203" />
      <source>KuntaL 136 §</source>
      <translation>KommunL 136 §</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="57" />
      <source>Kustannuksia ei voi jakaa: jakoperusteiden summa on nolla.</source>
      <translation>Kostnaderna kan inte fördelas: summan av fördelningsgrunderna är noll.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="47" />
      <source>Kustannuksia ei voi jakaa: sopimuksella ei ole osapuolia.</source>
      <translation>Kostnaderna kan inte fördelas: avtalet har inga parter.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="302" />
      <source>Kustannuserältä {position} puuttuu kuvaus.</source>
      <translation>Kostnadspost {position} saknar beskrivning.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="762" />
      <source>Kuvaustiedosto puuttuu.</source>
      <translation>Beskrivningsfilen saknas.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="342" />
      <source>Lausunto toisen viranomaisen asiaan on asian valmistelua; muutoksenhakukielto ({law}).</source>
      <translation>Ett utlåtande i en annan myndighets ärende är beredning; förbud mot ändringssökande ({law}).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="359" />
      <source>Levy on täynnä, eikä tietoja voitu tallentaa. Vapauta levytilaa ja yritä uudelleen.</source>
      <translation>Disken är full och uppgifterna kunde inte sparas. Frigör diskutrymme och försök igen.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1677" />
      <source>Levy täyttyi palautuksen aikana; tietokantaan ei koskettu.</source>
      <translation>Disken blev full under återställningen; databasen rördes inte.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="241" />
      <source>Levy täyttyi, eikä arkistoa {target} voitu kirjoittaa.</source>
      <translation>Disken blev full och arkivet {target} kunde inte skrivas.</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="97" />
      <source>Levy täyttyi: {what} ei onnistunut.</source>
      <translation>Disken blev full: {what} misslyckades.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="758" />
      <source>Levyllä ei ole tilaa varmuuskopiolle ennen tietokannan päivitystä ({parent}). Tietokantaan ei koskettu.</source>
      <translation>Det finns inte utrymme på disken för en säkerhetskopia före uppdateringen av databasen ({parent}). Databasen rördes inte.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="69" />
      <source>Liitetiedostolla ei ole nimeä.</source>
      <translation>Bilagefilen har inget namn.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="92" />
      <source>Liitettä ei löydy; se on ehkä poistettu.</source>
      <translation>Bilagan hittas inte; den har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="81" />
      <source>Liitetään liitetiedostoja…</source>
      <translation>Bilagefilerna fogas till…</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="95" />
      <source>Liitteellä ”{attachment}” ei ole tiedostoa, vain nimi.</source>
      <translation>Bilagan ”{attachment}” har ingen fil, bara ett namn.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="99" />
      <source>Liitteen ”{attachment}” tiedosto on muuttunut tallentamisen jälkeen (tarkiste ei täsmää). Palauta se varmuuskopiosta.</source>
      <translation>Filen för bilagan ”{attachment}” har ändrats efter att den sparades (kontrollsumman stämmer inte). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1703" />
      <source>Läsnäolijoita ei ole merkitty.</source>
      <translation>Inga närvarande har antecknats.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="523" />
      <location filename="../../core/minutes.py" line="601" />
      <source>Läsnäolomerkintää ei löydy.</source>
      <translation>Närvaroanteckningen hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="936" />
      <source>Mallipohja kutsuu itseään liian syvälle. Täyttäminen keskeytettiin.</source>
      <translation>Mallen anropar sig själv för djupt. Ifyllningen avbröts.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="285" />
      <source>Mallipohja nimeltä ”{name}” on jo olemassa ({language_labels}).</source>
      <translation>En mall med namnet ”{name}” finns redan ({language_labels}).</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="811" />
      <source>Mallipohja on liian pitkä (enintään {max_template} merkkiä).</source>
      <translation>Mallen är för lång (högst {max_template} tecken).</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="246" />
      <source>Mallipohjaa ei löytynyt; joku on ehkä poistanut sen.</source>
      <translation>Mallen hittades inte; någon har kanske tagit bort den.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="269" />
      <location filename="../../core/template_library.py" line="264" />
      <source>Mallipohjaa {key} ei löytynyt.</source>
      <translation>Mallen {key} hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="161" />
      <location filename="../../core/template_library.py" line="279" />
      <source>Mallipohjan kieli on ”{language}”; sallitut: fi, sv.</source>
      <translation>Mallens språk är ”{language}”; tillåtna: fi, sv.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="277" />
      <source>Mallipohjan nimi on liian pitkä (enintään {max_name} merkkiä).</source>
      <translation>Mallens namn är för långt (högst {max_name} tecken).</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="614" />
      <source>Mallipohjan rivillä {lineno}: mallipohjissa ei voi käyttää {label}.</source>
      <translation>På rad {lineno} i mallen: i mallar kan man inte använda {label}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="629" />
      <source>Mallipohjan rivillä {lineno}: rekursiiviset silmukat eivät ole käytössä.</source>
      <translation>På rad {lineno} i mallen: rekursiva slingor stöds inte.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="624" />
      <source>Mallipohjan rivillä {lineno}: tuntematon muuttuja ”self”.</source>
      <translation>På rad {lineno} i mallen: okänd variabel ”self”.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="790" />
      <source>Mallipohjan rivillä {line}</source>
      <translation>På rad {line} i mallen</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="1017" />
      <source>Mallipohjan rivillä {line}: päätöksen luonne ”{value}” on tuntematon; sallitut: {allowed}.</source>
      <translation>På rad {line} i mallen: beslutets karaktär ”{value}” är okänd; tillåtna: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="790" />
      <source>Mallipohjassa</source>
      <translation>I mallen</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="105" />
      <source>Mallipohjatiedoston kenttä {label} on ”{value}”; sallitut arvot: {allowed}.</source>
      <translation>Fältet {label} i mallfilen är ”{value}”; tillåtna värden: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="127" />
      <source>Mallipohjatiedoston otsake ei pääty (#}} puuttuu).</source>
      <translation>Mallfilens huvud tar inte slut (#}} saknas).</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="147" />
      <source>Mallipohjatiedoston otsakkeen rivi {number} on tuntematon: ”{line}”. Sallitut kentät: {header_keys}.</source>
      <translation>Rad {number} i mallfilens huvud är okänd: ”{line}”. Tillåtna fält: {header_keys}.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="158" />
      <source>Mallipohjatiedoston otsakkeesta puuttuu nimi (nimi: ...).</source>
      <translation>Mallfilens huvud saknar namn (nimi: ...).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1896" />
      <source>Merkitse ensin, milloin ote lähetettiin vastaanottajalle {recipient}.</source>
      <translation>Anteckna först när utdraget skickades till mottagaren {recipient}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="801" />
      <source>Merkitse sopimukselle ensin asukaslukujen ajankohta (Sopimuksen tiedot…).</source>
      <translation>Ange först tidpunkten för invånarantalen i avtalet (Avtalets uppgifter…).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="385" />
      <source>Merkitse, kenen jäsenen sijasta varajäsen on kokouksessa.</source>
      <translation>Ange vilken ledamot ersättaren ersätter vid mötet.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="322" />
      <source>Muut asiat ilman kirjattua päätöstä; muutoksenhakukielto ({law}). Jos kokous päätti asiasta, kirjaa päätös tai valitse muutoksenhakutapa itse.</source>
      <translation>Övriga ärenden utan antecknat beslut; förbud mot ändringssökande ({law}). Om mötet fattade beslut i ärendet, anteckna beslutet eller välj sättet att söka ändring själv.</translation>
    </message>
    <message>
      <location filename="../../core/deadlines.py" line="130" />
      <source>Muutoksenhakuajan pituuden on oltava positiivinen, ei {days} päivää.</source>
      <translation>Längden på tiden för ändringssökande måste vara positiv, inte {days} dagar.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1824" />
      <source>Muutoksenhakuohje: {problem}</source>
      <translation>Anvisning för ändringssökande: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="131" />
      <source>Muutoksenhakuohjeen kieli voi olla fi tai sv, ei {language!r}.</source>
      <translation>Språket i anvisningen för ändringssökande kan vara fi eller sv, inte {language!r}.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="165" />
      <source>Muutoksenhakuohjeen tekstissä on tuntematon kenttä: {exc}.</source>
      <translation>Texten i anvisningen för ändringssökande innehåller ett okänt fält: {exc}.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="482" />
      <source>Muutosta ei tehty: {name} olisi sen jälkeen merkitty läsnä olevaksi ei yhdenkään pykälän ajan. Korjaa ensin hänen saapumisensa tai poistumisensa läsnäolotiedoissa.</source>
      <translation>Ändringen gjordes inte: {name} skulle därefter vara antecknad som närvarande under inte en enda paragraf. Rätta först personens ankomst eller avlägsnande i närvarouppgifterna.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="492" />
      <source>Muutosta ei tehty: {name} olisi sen jälkeen merkitty tilapäisesti poissa olleeksi ei yhdenkään pykälän ajan tai ennen saapumistaan tai poistumisensa jälkeen. Poista tai korjaa ensin hänen poissaolonsa läsnäolotiedoissa.</source>
      <translation>Ändringen gjordes inte: {name} skulle därefter vara antecknad som tillfälligt frånvarande under inte en enda paragraf, före sin ankomst eller efter att ha avlägsnat sig. Ta först bort eller rätta personens frånvaro i närvarouppgifterna.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="144" />
      <source>Nimellä {body} on toimielin usealla organisaatiolla ({organisations}); vuoden pöytäkirjat tulostetaan yhden organisaation toimielimeltä. Valitse ikkunassa toimielimen vuosi siirtimestä.</source>
      <translation>Flera organisationer ({organisations}) har ett organ med namnet {body}; årets protokoll skrivs ut från en organisations organ. Välj organets år i navigatorn i fönstret.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="671" />
      <source>Nimellä ”{title}” löytyi {count} sopimusta: {names}. Tarkenna nimeä.</source>
      <translation>Med namnet ”{title}” hittades {count} avtal: {names}. Precisera namnet.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1725" />
      <location filename="../../db/backup.py" line="1655" />
      <source>Nykyisestä tietokannasta ei saatu varmuuskopiota, joten palautusta ei tehty. {warnings}</source>
      <translation>Det gick inte att ta en säkerhetskopia av den nuvarande databasen, så återställningen gjordes inte. {warnings}</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="92" />
      <source>Ohjelmaa {cmd} ei voitu käynnistää: {strerror}.</source>
      <translation>Programmet {cmd} kunde inte startas: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../db/rules.py" line="176" />
      <source>Oikaisumerkintää ei voi muuttaa eikä poistaa; tee uusi oikaisu.</source>
      <translation>En rättelseanteckning kan inte ändras eller tas bort; gör en ny rättelse.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1988" />
      <source>Oikaisuun tarvitaan tekijä, syy ja oikaistu teksti.</source>
      <translation>En rättelse kräver upphovsperson, orsak och rättad text.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="102" />
      <source>Omaa organisaatiota ei löydy; se on ehkä poistettu tai se ei ole oma organisaatio.</source>
      <translation>Den egna organisationen hittas inte; den kan ha tagits bort eller så är den inte en egen organisation.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="248" />
      <source>Organisaatiolla on jo toimielin nimeltä {name}.</source>
      <translation>Organisationen har redan ett organ med namnet {name}.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="161" />
      <source>Organisaation nimi puuttuu.</source>
      <translation>Organisationens namn saknas.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="457" />
      <source>Organisaation tiedot: {parts}</source>
      <translation>Organisationens uppgifter: {parts}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="542" />
      <source>Organisaation {organisation} postiosoite puuttuu; muutoksenhakuohje tarvitsee sen. Täydennä organisaation tiedot.</source>
      <translation>Postadressen för organisationen {organisation} saknas; anvisningen för ändringssökande behöver den. Komplettera organisationens uppgifter.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="254" />
      <source>Organisaatiota ei löytynyt.</source>
      <translation>Organisationen hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="736" />
      <source>Osapuolen kenttää ei voi muuttaa: {unknown}.</source>
      <translation>Partens fält kan inte ändras: {unknown}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="761" />
      <source>Osapuolen {organisation} päätös on linkitetty pykälään, joten tila päätellään pykälän päätöksestä. Poista linkitys ennen kuin kirjaat tilan käsin.</source>
      <translation>Partens {organisation} beslut är länkat till en paragraf, så läget härleds av paragrafens beslut. Ta bort länken innan du antecknar läget för hand.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="742" />
      <source>Osapuolen {organisation} päätös on linkitetty pykälään. Poista linkitys ennen kuin kirjaat ulkopuolisen päätöksen.</source>
      <translation>Beslutet av parten {organisation} är länkat till en paragraf. Ta bort länken innan du antecknar ett externt beslut.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="775" />
      <source>Osapuoli {organisation} ei ole hyväksynyt sopimusta; allekirjoituspäivän voi merkitä vasta hyväksymisen jälkeen.</source>
      <translation>Parten {organisation} har inte godkänt avtalet; datum för undertecknandet kan antecknas först efter godkännandet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1905" />
      <source>Ote ei voi lähteä ({day}.{month}.{year}) ennen kokousta.</source>
      <translation>Utdraget kan inte skickas ({day}.{month}.{year}) före mötet.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1160" />
      <source>Otetaan PostgreSQL-varmuuskopiota…</source>
      <translation>Tar PostgreSQL-säkerhetskopia…</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1721" />
      <location filename="../../db/backup.py" line="1651" />
      <source>Otetaan varmuuskopio nykyisestä tietokannasta…</source>
      <translation>Tar säkerhetskopia av den nuvarande databasen…</translation>
    </message>
    <message>
      <location filename="../../core/printing/excerpt.py" line="96" />
      <source>Otteen oikeaksi todistajaa ei löytynyt.</source>
      <translation>Den som bestyrker utdraget hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/printing/excerpt.py" line="79" />
      <source>Otteen oikeaksi todistamisen päivä {day} on ennen kuin kokouksen {number}/{year} pöytäkirja tarkastettiin ({checked}). Ote voidaan todistaa oikeaksi aikaisintaan tarkastuspäivänä.</source>
      <translation>Dagen då utdragets riktighet bestyrks, {day}, är före justeringen av protokollet från mötet {number}/{year} ({checked}). Utdragets riktighet kan bestyrkas tidigast på justeringsdagen.</translation>
    </message>
    <message>
      <location filename="../../core/printing/pdfa.py" line="68" />
      <source>PDF/A-tarkistus ei hyväksynyt arkistokappaletta, joten sitä ei tallennettu. Ilmoita tästä ohjelman ylläpitäjälle. Tarkistuksen havainnot: {findings}</source>
      <translation>PDF/A-kontrollen godkände inte arkivexemplaret, så det sparades inte. Meddela programmets administratör. Kontrollens fynd: {findings}</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="543" />
      <source>Palaaminen ({returned} §:n alussa) on oltava myöhemmin kuin yhtä pykälää poistumisen ({left} §:n jälkeen) jälkeen: muuten poissaolo ei kata yhtään pykälää.</source>
      <translation>Återkomsten (i början av § {returned}) måste ligga mer än en paragraf efter avlägsnandet (efter § {left}): annars omfattar frånvaron ingen paragraf.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1733" />
      <location filename="../../db/backup.py" line="1665" />
      <source>Palautetaan varmuuskopiota…</source>
      <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1822" />
      <source>Palautettavaa varmuuskopiota ei ole.</source>
      <translation>Det finns ingen säkerhetskopia att återställa.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1712" />
      <source>Palautettu kopio ei vastannut varmuuskopiota; tietokantaan ei koskettu.</source>
      <translation>Den återställda kopian motsvarade inte säkerhetskopian; databasen lämnades orörd.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1744" />
      <source>Palautetun tietokannan rivimäärät eivät vastaa varmuuskopiota. Aiempi tietokanta on tallessa varmuuskopiona {path}.</source>
      <translation>Radantalen i den återställda databasen motsvarar inte säkerhetskopian. Den tidigare databasen finns sparad som säkerhetskopian {path}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="551" />
      <source>Paluun kellonaika ei voi olla ennen poistumisen kellonaikaa.</source>
      <translation>Klockslaget för återkomsten kan inte vara före klockslaget för avlägsnandet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="483" />
      <source>Poissaolo ei voi alkaa ennen saapumista: {name} saapui {arrived} §:n alussa, mutta poistuisi {left} §:n jälkeen.</source>
      <translation>Frånvaron kan inte börja före ankomsten: {name} anlände i början av § {arrived} men skulle avlägsna sig efter § {left}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="493" />
      <source>Poissaolo ei voi jatkua poistumisen jälkeen: {name} poistui kokouksesta {departed} §:n jälkeen, mutta palaisi {returned} §:n alussa.</source>
      <translation>Frånvaron kan inte fortsätta efter att personen avlägsnat sig: {name} avlägsnade sig från mötet efter § {departed} men skulle återkomma i början av § {returned}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="573" />
      <source>Poissaolomerkintää ei löydy.</source>
      <translation>Frånvaroanteckningen hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="465" />
      <source>Poistuminen ({left} §:n jälkeen) ei voi olla ennen saapumista ({arrived} §).</source>
      <translation>Avlägsnandet (efter § {left}) kan inte vara före ankomsten (§ {arrived}).</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="47" />
      <source>PostgreSQL-tietokannan varmuuskopiointiin ja palautukseen tarvitaan ohjelma {name}, mutta sitä ei löytynyt. Asenna PostgreSQL:n asiakasohjelmat (Windowsissa PostgreSQL-asennuksen ”Command Line Tools”, Linuxissa paketti postgresql-client) tai kerro niiden kansio ympäristömuuttujalla SIHTEERI_PG_BIN.</source>
      <translation>För säkerhetskopiering och återställning av en PostgreSQL-databas behövs programmet {name}, men det hittades inte. Installera PostgreSQL:s klientprogram (i Windows ”Command Line Tools” i PostgreSQL-installationen, i Linux paketet postgresql-client) eller ange deras mapp med miljövariabeln SIHTEERI_PG_BIN.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1635" />
      <source>PostgreSQL-tietokantaan voi palauttaa vain PostgreSQL-varmuuskopion (.dump). SQLite-tiedoston tiedot siirretään arkiston kautta (export/import).</source>
      <translation>Till en PostgreSQL-databas kan endast en PostgreSQL-säkerhetskopia (.dump) återställas. Uppgifterna i en SQLite-fil flyttas via arkivet (export/import).</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="119" />
      <source>PostgreSQL-varmuuskopio</source>
      <translation>PostgreSQL-säkerhetskopia</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="150" />
      <source>PostgreSQL-varmuuskopion palautus</source>
      <translation>Återställning av PostgreSQL-säkerhetskopia</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1643" />
      <source>PostgreSQL-varmuuskopiota ei voi palauttaa SQLite-tiedostoon; käytä arkistoa (export/import).</source>
      <translation>En PostgreSQL-säkerhetskopia kan inte återställas till en SQLite-fil; använd arkivet (export/import).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1695" />
      <source>Puheenjohtaja puuttuu.</source>
      <translation>Ordförande saknas.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1761" />
      <source>Puheenjohtaja {name} oli esteellinen tässä asiassa: kirjaa käsittelyyn, kuka toimi puheenjohtajana (Kirjaa puheenjohtajan toteamukset).</source>
      <translation>Ordföranden {name} var jävig i detta ärende: anteckna i behandlingen vem som var ordförande (Anteckna ordförandens konstateranden).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="754" />
      <source>Puheenjohtajaksi valittu {name} ei ole toimielimen jäsen eikä jäsenen sijasta läsnä ollut varajäsen. Valitse puheenjohtajaksi kokouksen puheenjohtajana toiminut jäsen.</source>
      <translation>{name}, som valts till ordförande, är varken ledamot av organet eller ersättare närvarande i en ledamots ställe. Välj som ordförande den ledamot som var ordförande vid mötet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1668" />
      <source>Puheenjohtajaksi valittu {name} ei ollut läsnä kokouksessa; valitse kokouksen puheenjohtajana toiminut.</source>
      <translation>{name}, som angetts som ordförande, var inte närvarande vid mötet; välj den som var ordförande vid mötet.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="953" />
      <source>Pykälä on osapuolen {organisation} päätös sopimuksesta {value}; sitä ei voi liittää toiseen sopimukseen. Poista ensin sen linkitys sopimusrekisterissä.</source>
      <translation>Paragrafen är partens {organisation} beslut om avtalet {value}; den kan inte kopplas till ett annat avtal. Ta först bort länken i avtalsregistret.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="962" />
      <source>Pykälä on osapuolen {organisation} päätös sopimuksesta; poista ensin sen linkitys.</source>
      <translation>Paragrafen är beslutet av parten {organisation} om avtalet; ta först bort länken.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="891" />
      <source>Pykälä {item_label} on jo linkitetty toiseen sopimukseen: {value}.</source>
      <translation>Paragrafen {item_label} är redan länkad till ett annat avtal: {value}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="911" />
      <source>Pykälä {item_label} on jo osapuolen {organisation} päätös sopimuksesta {value}.</source>
      <translation>Paragrafen {item_label} är redan partens {organisation} beslut om avtalet {value}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="881" />
      <source>Pykälä {item_label} on organisaation {organisation} päätös, ei osapuolen {organisation2}.</source>
      <translation>Paragrafen {item_label} är ett beslut av organisationen {organisation}, inte av parten {organisation2}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="899" />
      <source>Pykälä {item_label} vain valmistelee asian toiselle toimielimelle, joten se ei ole osapuolen päätös. Liitä se sopimukseen pääikkunassa (Kokous → Liitä sopimukseen…) ja linkitä osapuolen päätökseksi päättävän toimielimen pykälä.</source>
      <translation>Paragrafen {item_label} bereder endast ärendet för ett annat organ, så den är inte partens beslut. Koppla den till avtalet i huvudfönstret (Möte → Koppla till avtal…) och länka det beslutande organets paragraf som partens beslut.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="449" />
      <source>Pykälän {section_label} muutoksenhakutapa on valittu käsin ilman perustelua; kirjoita perustelu tai palauta koneen ehdotus.</source>
      <translation>Sättet att söka ändring i paragrafen {section_label} har valts manuellt utan motivering; skriv en motivering eller återställ det automatiska förslaget.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="585" />
      <source>Pykälänumerot eivät mahdu ennen tarkastettua kokousta {number}/{year}: siirrä asia myöhempään kokoukseen.</source>
      <translation>Paragrafnumren ryms inte före det justerade mötet {number}/{year}: flytta ärendet till ett senare möte.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="878" />
      <location filename="../../core/agreements.py" line="946" />
      <location filename="../../core/agreements.py" line="1009" />
      <source>Pykälää ei löytynyt.</source>
      <translation>Paragrafen hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="124" />
      <source>Päivälle löytyi useita kokouksia ({names}); tarkenna toimielimen nimeä.</source>
      <translation>För dagen hittades flera möten ({names}); precisera organets namn.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1735" />
      <source>Päätöksen laji puuttuu.</source>
      <translation>Typ av beslut saknas.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="316" />
      <source>Päätös koskee vain asian valmistelua tai täytäntöönpanoa (esim. esitys ylemmälle toimielimelle); muutoksenhakukielto ({law}).</source>
      <translation>Beslutet gäller endast beredning eller verkställighet (t.ex. ett förslag till ett högre organ); förbud mot ändringssökande ({law}).</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="333" />
      <source>Päätös on tehty erityislain nojalla: hallintovalitus hallinto-oikeuteen (laki oikeudenkäynnistä hallintoasioissa 808/2019).</source>
      <translation>Beslutet har fattats med stöd av en speciallag: förvaltningsbesvär hos förvaltningsdomstolen (lagen om rättegång i förvaltningsärenden 808/2019).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1733" />
      <source>Päätös puuttuu (päätöksen laji ja päätösteksti).</source>
      <translation>Beslutet saknas (typ av beslut och beslutstext).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1779" />
      <source>Päätösehdotus puuttuu, mutta lopputulokseksi on merkitty sen hyväksyminen. Kirjoita päätösehdotus tai valitse toinen lopputulos.</source>
      <translation>Beslutsförslaget saknas, men som utfall har antecknats att det godkändes. Skriv beslutsförslaget eller välj ett annat utfall.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1739" />
      <source>Päätösteksti on kesken: ”{text}”. Kirjoita päätös loppuun.</source>
      <translation>Beslutstexten är oavslutad: ”{text}”. Skriv beslutet färdigt.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1737" />
      <source>Päätösteksti puuttuu.</source>
      <translation>Beslutstexten saknas.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1984" />
      <source>Pöytäkirjaa ei ole tarkastettu; korjaa asiaa suoraan, oikaisua ei tarvita.</source>
      <translation>Protokollet är inte justerat; korrigera ärendet direkt, ingen rättelse behövs.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1863" />
      <source>Pöytäkirjaa ei voi tarkastaa ennen kokousta.</source>
      <translation>Protokollet kan inte justeras före mötet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1843" />
      <source>Pöytäkirjaa ei voi vielä merkitä tarkastetuksi:
{problems}</source>
      <translation>Protokollet kan ännu inte markeras som justerat:
{problems}</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="231" />
      <source>Pöytäkirjanote tulostetaan yhdestä pykälästä; valitse yksi pykälä.</source>
      <translation>Ett protokollsutdrag skrivs ut ur en paragraf; välj en paragraf.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1697" />
      <source>Pöytäkirjanpitäjä puuttuu.</source>
      <translation>Protokollförare saknas.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1676" />
      <source>Pöytäkirjanpitäjäksi valittu {name} ei ollut läsnä kokouksessa.</source>
      <translation>{name}, som angetts som protokollförare, var inte närvarande vid mötet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1684" />
      <source>Pöytäkirjantarkastajaksi valittu {name} ei ollut läsnä kokouksessa.</source>
      <translation>{name}, som valts till protokolljusterare, var inte närvarande vid mötet.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1701" />
      <source>Pöytäkirjantarkastajien on oltava kaksi eri henkilöä.</source>
      <translation>Protokolljusterarna måste vara två olika personer.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="56" />
      <source>Pöytäkirjat pidetään yleisessä tietoverkossa {low}–{high} päivää (annettu {minutes_online_days}).</source>
      <translation>Protokollen hålls i det allmänna datanätet {low}–{high} dagar (angivet: {minutes_online_days}).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="520" />
      <source>Sama tieto on jo tallennettu; kaksoiskappaletta ei voi lisätä.</source>
      <translation>Samma uppgift är redan sparad; en dubblett kan inte läggas till.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="511" />
      <source>Samalla toimielimellä on jo tämän vuoden asia tällä pykälänumerolla. Pykälänumeron on oltava yksilöllinen toimielimen ja vuoden sisällä.</source>
      <translation>Samma organ har redan ett ärende för detta år med detta paragrafnummer. Paragrafnumret måste vara unikt inom organet och året.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="815" />
      <source>Sekä jäsen {member} että hänen varajäsenensä {name} on merkitty osallistuneiksi asioiden käsittelyyn: {sections}. Merkitse, minkä pykälän jälkeen jäsen poistui ja minkä pykälän alussa varajäsen saapui.</source>
      <translation>Både ledamoten {member} och hens ersättare {name} har antecknats som deltagande i behandlingen av ärendena: {sections}. Anteckna efter vilken paragraf ledamoten avlägsnade sig och i början av vilken paragraf ersättaren anlände.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="845" />
      <source>Sekä {first} että {second} on merkitty jäsenen {member} varajäseneksi asioiden käsittelyyn: {sections}. Jäsenen paikalla voi olla vain yksi varajäsen kerrallaan.</source>
      <translation>Både {first} och {second} har antecknats som ersättare för ledamoten {member} i behandlingen av ärendena: {sections}. I en ledamots ställe kan bara en ersättare åt gången vara närvarande.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="284" />
      <source>Sopimuksella ei ole osapuolia.</source>
      <translation>Avtalet har inga parter.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="159" />
      <source>Sopimukselle ei ole merkitty asukaslukujen ajankohtaa.</source>
      <translation>Ingen tidpunkt för invånarantalen har angetts för avtalet.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="151" />
      <source>Sopimuksen kenttää ei voi muuttaa: {unknown}.</source>
      <translation>Avtalets fält kan inte ändras: {unknown}.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="273" />
      <location filename="../../core/agreement_editing.py" line="283" />
      <source>Sopimuksen osapuolta ei löytynyt.</source>
      <translation>Avtalsparten hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="687" />
      <source>Sopimuksen osapuolta ei löytynyt; joku on ehkä poistanut sen.</source>
      <translation>Avtalsparten hittades inte; någon har kanske tagit bort den.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="104" />
      <source>Sopimuskauden loppu ei voi olla ennen sen alkua.</source>
      <translation>Avtalsperiodens slut kan inte vara före dess början.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="310" />
      <source>Sopimusta ei löytynyt.</source>
      <translation>Avtalet hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="611" />
      <source>Sopimusta ei löytynyt; joku on ehkä poistanut sen.</source>
      <translation>Avtalet hittades inte; någon har kanske tagit bort det.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="215" />
      <source>Sopimusta ”{title}” ei voi poistaa, koska {reasons}. Sopimus kuuluu silloin asiakirjoihin: jos se ei tule voimaan tai se on päättynyt, merkitse se irtisanotuksi tai perutuksi (Päätä sopimus…).</source>
      <translation>Avtalet ”{title}” kan inte tas bort eftersom {reasons}. Avtalet hör då till handlingarna: om det inte träder i kraft eller har upphört, anteckna det som uppsagt eller återkallat (Avsluta avtalet…).</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="667" />
      <source>Sopimusta, jonka nimessä on ”{title}”, ei löytynyt.</source>
      <translation>Inget avtal med ”{title}” i namnet hittades.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="198" />
      <source>Sähköpostiosoite {email} ei ole muotoa nimi@esimerkki.fi.</source>
      <translation>E-postadressen {email} är inte i formen namn@exempel.fi.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="2039" />
      <source>Tarkastetulle pöytäkirjalle ({label}) ei ole tallennettu tarkistussummaa; sen muuttumattomuutta ei voi todeta.</source>
      <translation>För det justerade protokollet ({label}) har ingen kontrollsumma sparats; det går inte att konstatera att det är oförändrat.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="2052" />
      <source>Tarkastetun pöytäkirjan ({label}) sisältö on muuttunut tarkastuksen jälkeen Sihteerin ulkopuolella (suoraan tietokannassa). Pöytäkirja ei vastaa tarkastettua. Selvitä muutos varmuuskopiosta ja lokista ennen otteiden antamista.</source>
      <translation>Innehållet i det justerade protokollet ({label}) har ändrats efter justeringen utanför Sihteeri (direkt i databasen). Protokollet motsvarar inte det justerade. Utred ändringen med hjälp av säkerhetskopian och loggen innan utdrag ges.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="605" />
      <source>Tarkistetaan arkistoa…</source>
      <translation>Kontrollerar arkivet…</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="337" />
      <source>Tarkistetaan arkistokappaleen PDF/A-muotoa…</source>
      <translation>Arkivexemplarets PDF/A-format kontrolleras…</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="958" />
      <location filename="../../db/backup.py" line="1627" />
      <source>Tarkistetaan varmuuskopiota…</source>
      <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="543" />
      <source>Taulu {name}, rivi {number}: {column} viittaa riviin, jota arkistossa ei ole ({target} {value}).</source>
      <translation>Tabell {name}, rad {number}: {column} hänvisar till en rad som inte finns i arkivet ({target} {value}).</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="398" />
      <source>Taulu {table}, rivi {number}</source>
      <translation>Tabell {table}, rad {number}</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="65" />
      <source>Tehtäväluokan tunnus puuttuu.</source>
      <translation>Uppgiftsklassens kod saknas.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="68" />
      <source>Tehtäväluokan tunnus {code} ei kelpaa: se on numeroita pisteillä erotettuina, esim. 00.04.01.</source>
      <translation>Uppgiftsklassens kod {code} duger inte: den består av siffror åtskilda med punkter, t.ex. 00.04.01.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="75" />
      <source>Tehtäväluokan {code} nimi puuttuu.</source>
      <translation>Namnet på uppgiftsklassen {code} saknas.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="83" />
      <source>Tehtäväluokka {code} on jo luokituksessa.</source>
      <translation>Uppgiftsklassen {code} finns redan i klassificeringen.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="103" />
      <location filename="../../core/classification.py" line="124" />
      <source>Tehtäväluokkaa {code} ei löydy.</source>
      <translation>Uppgiftsklassen {code} hittas inte.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="128" />
      <source>Tehtäväluokkaa {code} ei poistettu: {count} asiaa on merkitty siihen. Vaihda niiden tehtäväluokka ensin, tai jätä luokka luokitukseen.</source>
      <translation>Uppgiftsklassen {code} togs inte bort: {count} ärenden är märkta med den. Byt först deras uppgiftsklass, eller låt klassen stå kvar i klassificeringen.</translation>
    </message>
    <message>
      <location filename="../../db/text_limits.py" line="35" />
      <source>Teksti ”{start}…” on liian pitkä: {count} merkkiä, enintään {limit}. Lyhennä sitä; mitään ei tallennettu.</source>
      <translation>Texten ”{start}…” är för lång: {count} tecken, högst {limit}. Förkorta den; ingenting sparades.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="173" />
      <source>Tiedosto ei ole CSV-tiedosto. Tallenna luokitus taulukkolaskentaohjelmasta muodossa CSV (puolipisteillä erotettu) ja tuo se tiedosto.</source>
      <translation>Filen är ingen CSV-fil. Spara klassificeringen i kalkylprogrammet i formatet CSV (semikolonavgränsad) och importera den filen.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="120" />
      <source>Tiedosto ei ole Sihteerin mallipohja: otsake ({{#- {file_magic} ... -#}}) puuttuu alusta.</source>
      <translation>Filen är inte en Sihteeri-mall: huvudet ({{#- {file_magic} ... -#}}) saknas i början.</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="135" />
      <source>Tiedosto ei ole Sihteerin mallipohja: otsakkeen ensimmäinen rivi ei ole {file_magic}.</source>
      <translation>Filen är inte en Sihteeri-mall: huvudets första rad är inte {file_magic}.</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="129" />
      <source>Tiedosto {dump_file} ei ole ehjä PostgreSQL-varmuuskopio.</source>
      <translation>Filen {dump_file} är inte en hel PostgreSQL-säkerhetskopia.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="48" />
      <source>Tiedosto {name} on tyhjä, eikä sitä liitetty.</source>
      <translation>Filen {name} är tom och bifogades inte.</translation>
    </message>
    <message>
      <location filename="../../core/attachments.py" line="52" />
      <source>Tiedosto {name} on {megabytes} Mt; liitetiedosto saa olla enintään {value} Mt. Pidä suuri aineisto asianhallinnassa ja kirjoita liitteen nimi asiaan.</source>
      <translation>Filen {name} är {megabytes} MB; en bilagefil får vara högst {value} MB. Håll stort material i ärendehanteringssystemet och skriv bilagans namn i ärendet.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="309" />
      <source>Tiedosto {path} ei ole Sihteerin arkisto (se ei ole ehjä zip-tiedosto).</source>
      <translation>Filen {path} är inte ett Sihteeri-arkiv (den är inte en hel zip-fil).</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="340" />
      <source>Tiedosto {path} ei ole Sihteerin arkisto.</source>
      <translation>Filen {path} är inte ett Sihteeri-arkiv.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="556" />
      <location filename="../../db/engine.py" line="165" />
      <source>Tiedosto {path} ei ole Sihteerin tietokanta (se ei ole SQLite-tiedosto).</source>
      <translation>Filen {path} är inte en Sihteeri-databas (den är inte en SQLite-fil).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="640" />
      <location filename="../../db/backup.py" line="678" />
      <location filename="../../db/backup.py" line="1794" />
      <source>Tiedosto {path} ei ole Sihteerin tietokanta.</source>
      <translation>Filen {path} är inte en Sihteeri-databas.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1290" />
      <source>Tiedosto {path} ei ole Sihteerin tietokanta; varmuuskopiota ei otettu.</source>
      <translation>Filen {path} är inte en Sihteeri-databas; ingen säkerhetskopia togs.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="587" />
      <source>Tiedosto {path} on Sihteerin varmuuskopio, eikä sitä avata sellaisenaan: avaaminen muuttaisi sitä, eikä sitä voisi sen jälkeen palauttaa. Palauta se (Tiedosto → Varmuuskopiot), tai kopioi tiedosto toiseen kansioon ja avaa kopio.</source>
      <translation>Filen {path} är en säkerhetskopia av Sihteeri och öppnas inte som sådan: att öppna den skulle ändra den, och den kunde sedan inte återställas. Återställ den (Arkiv → Säkerhetskopior), eller kopiera filen till en annan mapp och öppna kopian.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="553" />
      <location filename="../../db/engine.py" line="162" />
      <source>Tiedosto {path} on tyhjä, eikä se ole Sihteerin tietokanta.</source>
      <translation>Filen {path} är tom och är inte en Sihteeri-databas.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="146" />
      <source>Tiedostoa {path} ei voi lukea: {reason}.</source>
      <translation>Filen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="550" />
      <location filename="../../db/engine.py" line="159" />
      <source>Tiedostoa {path} ei voi lukea: {strerror}.</source>
      <translation>Filen {path} kan inte läsas: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="16" />
      <source>Tiedostoa {path} ei voitu tallentaa: {reason}.</source>
      <translation>Filen {path} kunde inte sparas: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="213" />
      <source>Tiedostossa ei ole tehtäväluokkia. Jokaisella rivillä on luokan tunnus, nimi ja halutessa nimi ruotsiksi puolipisteillä erotettuina, esim. 00.04.01;Yhteistoiminta;Samarbete.</source>
      <translation>Filen innehåller inga uppgiftsklasser. Varje rad har klassens kod, namn och vid behov namnet på svenska åtskilda med semikolon, t.ex. 00.04.01;Yhteistoiminta;Samarbete.</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="204" />
      <source>Tiedostosta ei tuotu mitään, koska siinä on virheitä ({count}): {problems}{more}.</source>
      <translation>Ingenting importerades från filen eftersom den innehåller fel ({count}): {problems}{more}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="333" />
      <source>Tiedostosta {path} puuttuu manifest.json; se ei ole Sihteerin arkisto.</source>
      <translation>Filen {path} saknar manifest.json; den är inte ett Sihteeri-arkiv.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="541" />
      <source>Tieto ei kelpaa tietokantaan, eikä mitään tallennettu.</source>
      <translation>Uppgiften kan inte sparas i databasen, och ingenting sparades.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="525" />
      <source>Tieto ei täytä tietokannan sääntöjä, eikä sitä tallennettu.</source>
      <translation>Uppgiften uppfyller inte databasens regler och sparades inte.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="523" />
      <source>Tietoa ei voi poistaa tai muuttaa, koska muut tiedot viittaavat siihen.</source>
      <translation>Uppgiften kan inte tas bort eller ändras eftersom andra uppgifter hänvisar till den.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="235" />
      <source>Tietokannan osoitetta ei voi käyttää: {exc}</source>
      <translation>Databasens adress kan inte användas: {exc}</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="78" />
      <source>Tietokannan osoitetta ”{text}” ei ymmärretä. Anna tiedostopolku tai osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta.</source>
      <translation>Databasadressen ”{text}” förstås inte. Ange en filsökväg eller en adress i formen postgresql+psycopg://användare@server/databas.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="380" />
      <source>Tietokannan {what} käyttäjätunnuksella ei ole oikeutta Sihteerin tietoihin (palvelin: {reason}). Pyydä tietohallintoa antamaan tunnukselle luku- ja kirjoitusoikeudet tietokannan kaikkiin tauluihin ja sekvensseihin tai käytä tietokannan omistajan tunnusta.</source>
      <translation>Användarnamnet för databasen {what} har inte rätt till Sihteeris uppgifter (servern: {reason}). Be IT-förvaltningen ge användarnamnet läs- och skrivrättigheter till alla tabeller och sekvenser i databasen, eller använd databasägarens användarnamn.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="369" />
      <source>Tietokannan {what} rakenne pitää päivittää tämän Sihteerin versioon, ja päivitykseen tarvitaan tietokannan omistajan tunnus (palvelin: {reason}). Tietokantaan ei koskettu. Pyydä tietohallintoa avaamaan tietokanta kerran omistajan tunnuksella.</source>
      <translation>Strukturen i databasen {what} måste uppdateras till denna version av Sihteeri, och uppdateringen kräver databasägarens användarnamn (servern: {reason}). Databasen ändrades inte. Be IT-förvaltningen öppna databasen en gång med ägarens användarnamn.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="106" />
      <source>Tietokannassa ei ole vielä omaa organisaatiota; tee ensin käyttöönotto.</source>
      <translation>Databasen har ännu ingen egen organisation; gör först ibruktagningen.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="165" />
      <source>Tietokannassa on jo toinen organisaatio nimeltä {name} (esimerkiksi sopimuksen osapuolena).</source>
      <translation>Databasen har redan en annan organisation med namnet {name} (till exempel som avtalspart).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="560" />
      <source>Tietokannassa on useita rakenneversioita ({value}).</source>
      <translation>Databasen har flera strukturversioner ({value}).</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="621" />
      <source>Tietokannassa {description} on jo tietoja. Arkiston voi tuoda vain tyhjään Sihteerin tietokantaan; anna uusi tiedosto tai tyhjä tietokanta.</source>
      <translation>Databasen {description} innehåller redan uppgifter. Arkivet kan importeras endast till en tom Sihteeri-databas; ange en ny fil eller en tom databas.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1358" />
      <source>Tietokannasta ei saatu varmuuskopiota ennen sen päivitystä, joten sitä ei päivitetty. {warnings}</source>
      <translation>Det gick inte att ta en säkerhetskopia av databasen före uppdateringen, så den uppdaterades inte. {warnings}</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="362" />
      <source>Tietokanta on toisen ohjelman lukitsema. Odota hetki ja yritä uudelleen.</source>
      <translation>Databasen är låst av ett annat program. Vänta en stund och försök igen.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="653" />
      <source>Tietokanta {database} on tehty uudemmalla Sihteerin versiolla (rakenneversio {rev}). Päivitä Sihteeri; tietokantaan ei koskettu.</source>
      <translation>Databasen {database} har skapats med en nyare version av Sihteeri (strukturversion {rev}). Uppdatera Sihteeri; databasen lämnades orörd.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="669" />
      <source>Tietokanta {database} on vanhempaa rakenneversiota ({rev}).</source>
      <translation>Databasen {database} har en äldre strukturversion ({rev}).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1552" />
      <source>Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai komento). Sulje se ensin ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.</source>
      <translation>Databasen {path} används av ett annat program (till exempel ett annat Sihteeri-fönster eller ett kommando). Stäng det först och återställ sedan på nytt. Ingen återställning gjordes, och databasen rördes inte.</translation>
    </message>
    <message>
      <location filename="../../db/maintenance.py" line="79" />
      <source>Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai komento). Sulje se ja tiivistä sitten uudelleen. Tietokannan sisältö ei muuttunut.</source>
      <translation>Databasen {path} används av ett annat program (till exempel ett annat Sihteeri-fönster eller ett kommando). Stäng det och komprimera sedan på nytt. Databasens innehåll ändrades inte.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1798" />
      <source>Tietokanta {path} on vioittunut.</source>
      <translation>Databasen {path} är skadad.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="391" />
      <source>Tietokanta {what} on vioittunut. Palauta se varmuuskopiosta.</source>
      <translation>Databasen {what} är skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1792" />
      <source>Tietokantaa {path} ei löydy.</source>
      <translation>Databasen {path} hittas inte.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="622" />
      <source>Tietokantaa {path} ei ole olemassa.</source>
      <translation>Databasen {path} finns inte.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1286" />
      <source>Tietokantaa {path} ei ole olemassa; varmuuskopiota ei otettu.</source>
      <translation>Databasen {path} finns inte; ingen säkerhetskopia togs.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="238" />
      <source>Tietokantaan {backend} tarvittava ohjelmakirjasto {module} puuttuu tästä asennuksesta. Asenna Sihteeri uudelleen riippuvuuksineen (python -m pip install .) tai pyydä sitä tietohallinnolta.</source>
      <translation>Programbiblioteket {module} som behövs för databasen {backend} saknas i denna installation. Installera Sihteeri på nytt med dess beroenden (python -m pip install .) eller be IT-avdelningen om det.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1589" />
      <source>Tietokantaan {database} on yhteydessä toinen istunto (käyttäjä: {users}). Pyydä sitä sulkemaan Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.</source>
      <translation>Databasen {database} har en annan session ansluten (användare: {users}). Be den användaren stänga Sihteeri och återställ sedan på nytt. Ingen återställning gjordes, och databasen rördes inte.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1596" />
      <source>Tietokantaan {database} on yhteydessä {count} muuta istuntoa (käyttäjät: {users}). Pyydä muita sulkemaan Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.</source>
      <translation>Databasen {database} har {count} andra sessioner anslutna (användare: {users}). Be de andra att stänga Sihteeri och återställ sedan på nytt. Ingen återställning gjordes, och databasen rördes inte.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="403" />
      <source>Tietokantaan {what} ei saada yhteyttä. Tarkista osoite, verkkoyhteys ja käyttöoikeudet.</source>
      <translation>Det går inte att få kontakt med databasen {what}. Kontrollera adressen, nätverksanslutningen och behörigheterna.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="395" />
      <source>Tietokantaan {what} ei voi tallentaa: tiedosto tai sen kansio on kirjoitussuojattu. Poista kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.</source>
      <translation>Det går inte att spara i databasen {what}: filen eller dess mapp är skrivskyddad. Ta bort skrivskyddet eller kopiera filen till en mapp där du kan spara och öppna kopian.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="334" />
      <source>Tietokantapalvelin {what} ei hyväksynyt salasanaa.</source>
      <translation>Databasservern {what} godkände inte lösenordet.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="337" />
      <source>Tietokantapalvelin {what} pyytää salasanan.</source>
      <translation>Databasservern {what} begär ett lösenord.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="700" />
      <source>Tietokantatiedosto {path} on kirjoitussuojattu, eikä Sihteeri voi käyttää sitä. Poista kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.</source>
      <translation>Databasfilen {path} är skrivskyddad och Sihteeri kan inte använda den. Ta bort skrivskyddet eller kopiera filen till en mapp där du kan spara och öppna kopian.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="571" />
      <location filename="../../db/engine.py" line="168" />
      <source>Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Tiedostoon ei ole koskettu; palauta tietokanta varmuuskopiosta.</source>
      <translation>Databasfilen {path} är skadad och kan inte öppnas. Filen har inte rörts; återställ databasen från en säkerhetskopia.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="709" />
      <source>Tietokantatiedoston {path} kansio on kirjoitussuojattu, eikä Sihteeri voi käyttää tiedostoa siinä (se tarvitsee tiedoston viereen aputiedostot). Kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.</source>
      <translation>Mappen för databasfilen {path} är skrivskyddad och Sihteeri kan inte använda filen där (den behöver hjälpfiler bredvid filen). Kopiera filen till en mapp där du kan spara och öppna kopian.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="87" />
      <source>Tietokantatyyppiä ”{backend_name}” ei tueta. Käytä SQLitea (tiedosto) tai PostgreSQLia.</source>
      <translation>Databastypen ”{backend_name}” stöds inte. Använd SQLite (fil) eller PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../db/maintenance.py" line="56" />
      <source>Tiivistys koskee SQLite-tiedostoa. PostgreSQL-palvelin poistaa muutettujen ja poistettujen tietojen jäänteet itse; tarvittaessa palvelimen ylläpitäjä ajaa VACUUM FULL -komennon.</source>
      <translation>Komprimeringen gäller en SQLite-fil. En PostgreSQL-server tar själv bort resterna av ändrade och raderade uppgifter; vid behov kör serverns administratör kommandot VACUUM FULL.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="423" />
      <source>Toimielimelle {body} ei ole merkitty ylempää toimielintä, jolle oikaisuvaatimus tehdään; merkitse se toimielimen tietoihin.</source>
      <translation>Organet {body} har inget överordnat organ angett som begäran om omprövning ska framställas till; ange det i organets uppgifter.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1711" />
      <source>Toimielimellä ei ole kokouspäivänä jäseniä; päätösvaltaisuutta ei voi todeta.</source>
      <translation>Organet har inga ledamöter på mötesdagen; beslutförheten kan inte konstateras.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="490" />
      <source>Toimielimellä on jo puheenjohtaja. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.</source>
      <translation>Organet har redan en ordförande. Avsluta hens medlemskap eller byt hens roll först.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="518" />
      <source>Toimielimellä on jo samana vuonna kokous tällä numerolla.</source>
      <translation>Organet har redan ett möte med detta nummer samma år.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="113" />
      <source>Toimielimellä {body} ei ole kokousta {day}.{month}.{year}.</source>
      <translation>Organet {body} har inget möte {day}.{month}.{year}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="174" />
      <source>Toimielimellä {body} ei ole tarkastettuja pöytäkirjoja vuodelta {year}.</source>
      <translation>Organet {body} har inga justerade protokoll från år {year}.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="197" />
      <source>Toimielimellä {body} on jo kokous {number}/{year}.{swap}</source>
      <translation>Organet {body} har redan mötet {number}/{year}.{swap}</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="242" />
      <source>Toimielimen nimi puuttuu.</source>
      <translation>Organets namn saknas.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="526" />
      <source>Toimielimen puheenjohtaja on {person}. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.</source>
      <translation>Organets ordförande är {person}. Avsluta hens medlemskap eller byt hens roll först.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="343" />
      <source>Toimielimen {name} lajia ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden otteiden muutoksenhakuohje muuttuisi. Jos toimielin on todella toista lajia, lisää se uutena toimielimenä ja poista tästä rasti kohdasta Käytössä.</source>
      <translation>Organet {name} kan inte längre byta typ, eftersom dess protokoll redan har justerats: besvärsanvisningen i utdragen ur dem skulle ändras. Om organet verkligen är av en annan typ, lägg till det som ett nytt organ och ta bort krysset i I bruk för detta.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="352" />
      <source>Toimielimen {name} nimeä ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden otteet tulostuisivat uudella nimellä. Jos toimielimen nimi muuttuu (esimerkiksi uuden toimikauden alussa), lisää uusi toimielin uudella nimellä ja poista vanhasta rasti kohdasta Käytössä. Kirjoitusvirheen voi korjata vain ennen kuin pöytäkirjoja on tarkastettu.</source>
      <translation>Organet {name} kan inte längre byta namn, eftersom dess protokoll redan har justerats: utdragen ur dem skulle skrivas ut med det nya namnet. Om organets namn ändras (till exempel när en ny mandatperiod börjar), lägg till ett nytt organ med det nya namnet och ta bort krysset i I bruk för det gamla. Ett skrivfel kan rättas bara innan några protokoll har justerats.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="361" />
      <source>Toimielimen {name} yläpuolista toimielintä ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden otteiden oikaisuvaatimusohje nimeää sen.</source>
      <translation>Organet ovanför {name} kan inte längre ändras, eftersom dess protokoll redan har justerats: anvisningen för begäran om omprövning i utdragen ur dem nämner det.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="258" />
      <source>Toimielin ei voi olla oma yläpuolinen toimielimensä.</source>
      <translation>Ett organ kan inte vara sitt eget överordnade organ.</translation>
    </message>
    <message>
      <location filename="../../core/meetings.py" line="151" />
      <location filename="../../core/organisation.py" line="375" />
      <location filename="../../core/organisation.py" line="472" />
      <source>Toimielintä ei löydy.</source>
      <translation>Organet hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="158" />
      <source>Toimielintä ei löytynyt; se on ehkä poistettu.</source>
      <translation>Organet hittades inte; det har kanske tagits bort.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="103" />
      <location filename="../../core/printing/request.py" line="135" />
      <source>Toimielintä {body!r} ei löytynyt.</source>
      <translation>Organet {body!r} hittades inte.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="142" />
      <source>Toimielintä {missing} ei ole tietokannassa. Toimielimet: {names}.</source>
      <translation>Organet {missing} finns inte i databasen. Organ: {names}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/labels.py" line="276" />
      <source>Tulostuskieli {language!r} ei ole tuettu; valitse fi (suomi) tai sv (ruotsi).</source>
      <translation>Utskriftsspråket {language!r} stöds inte; välj fi (finska) eller sv (svenska).</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="279" />
      <source>Tuntematon hallinto-oikeus {court!r}; vaihtoehdot: {administrative}.</source>
      <translation>Okänd förvaltningsdomstol {court!r}; alternativ: {administrative}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1986" />
      <source>Tuntematon oikaistava kohta: {field}.</source>
      <translation>Okänd punkt att rätta: {field}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="630" />
      <source>Tuodaan taulua {table}…</source>
      <translation>Importerar tabellen {table}…</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="229" />
      <source>Useamman kokouksen asiakirjana voi tulostaa vain pöytäkirjat.</source>
      <translation>Som handling för flera möten kan endast protokoll skrivas ut.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1948" />
      <source>Vain tarkastetun pöytäkirjan voi merkitä julkaistuksi.</source>
      <translation>Endast ett justerat protokoll kan markeras som publicerat.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="479" />
      <location filename="../../core/organisation.py" line="516" />
      <source>Vain varajäsen voi olla jonkun jäsenen henkilökohtainen varajäsen.</source>
      <translation>Endast en ersättare kan vara personlig ersättare för en ledamot.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1699" />
      <source>Valitse kaksi pöytäkirjantarkastajaa.</source>
      <translation>Välj två protokolljusterare.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1060" />
      <source>Valitse osapuolet, joille ote lähetettiin.</source>
      <translation>Välj de parter som utdraget skickades till.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="188" />
      <source>Valitse pykälä joko numerolla tai diaarinumerolla.</source>
      <translation>Välj paragrafen antingen med nummer eller med diarienummer.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="283" />
      <source>Valitse toimielimelle {name} yläpuolinen toimielin: jaoston ja viranhaltijan päätöksistä tehdyt oikaisuvaatimukset käsitellään siinä.</source>
      <translation>Välj organet ovanför {name}: begäran om omprövning av en sektions eller tjänsteinnehavares beslut behandlas där.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1901" />
      <source>Valitse, miten ote lähetettiin vastaanottajalle {recipient}.</source>
      <translation>Välj hur utdraget skickades till mottagaren {recipient}.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="361" />
      <source>Valittua pykälää ei löytynyt tästä kokouksesta.</source>
      <translation>Den valda paragrafen hittades inte i detta möte.</translation>
    </message>
    <message>
      <location filename="../../core/printing/decision_draft.py" line="29" />
      <source>Valituissa asioissa ei ole päätösehdotuksia, joten luonnosta ei tulostettu.</source>
      <translation>De valda ärendena har inga beslutsförslag, så utkastet skrevs inte ut.</translation>
    </message>
    <message>
      <location filename="../../core/printing/decision_draft.py" line="24" />
      <source>Valitussa asiassa ei ole päätösehdotusta, joten luonnosta ei tulostettu. Kirjoita ehdotus asian Päätösehdotus-kenttään tai laadi se mallipohjasta (Muokkaa → Laadi ehdotus mallipohjasta…).</source>
      <translation>Det valda ärendet har inget beslutsförslag, så utkastet skrevs inte ut. Skriv förslaget i ärendets fält Beslutsförslag eller skriv det utifrån en mall (Redigera → Skriv förslag utifrån en mall…).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="906" />
      <source>Varmuuskopio {final} ei ollut ehjä, eikä sitä tallennettu. {problem}</source>
      <translation>Säkerhetskopian {final} var inte hel och sparades inte. {problem}</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="716" />
      <location filename="../../db/backup.py" line="1235" />
      <source>Varmuuskopio {path} on muuttunut tai vioittunut (tarkiste ei täsmää).</source>
      <translation>Säkerhetskopian {path} har ändrats eller skadats (kontrollsumman stämmer inte).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="655" />
      <location filename="../../db/backup.py" line="734" />
      <location filename="../../db/backup.py" line="1245" />
      <location filename="../../db/backup.py" line="775" />
      <source>Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.</source>
      <translation>Säkerhetskopian {path} har gjorts med en nyare version av Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="694" />
      <source>Varmuuskopio {path} on vioittunut ({check}).</source>
      <translation>Säkerhetskopian {path} är skadad ({check}).</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="649" />
      <location filename="../../db/backup.py" line="704" />
      <source>Varmuuskopio {path} on vioittunut: {exc}.</source>
      <translation>Säkerhetskopian {path} är skadad: {exc}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1343" />
      <source>Varmuuskopiokansioon {folder} ei ole kirjoitusoikeutta; sinne ei otettu varmuuskopiota.</source>
      <translation>Det finns ingen skrivbehörighet till mappen för säkerhetskopior {folder}; ingen säkerhetskopia togs där.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1403" />
      <source>Varmuuskopiokansiossa on tulevaisuuteen päivätty varmuuskopio {name}: tietokoneen kello on ollut väärässä, kun se otettiin. Sitä ei pidetä uusimpana varmuuskopiona; tarkista kopion sisältö ennen kuin palautat sen.</source>
      <translation>I mappen för säkerhetskopior finns en säkerhetskopia {name} daterad i framtiden: datorns klocka gick fel när den togs. Den räknas inte som den senaste säkerhetskopian; kontrollera dess innehåll innan du återställer den.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="874" />
      <source>Varmuuskopiokansiossa {folder} ei ole tilaa ({free} Mt vapaana, tarvitaan {needed} Mt). Vanhat varmuuskopiot ovat ennallaan.</source>
      <translation>Det finns inte utrymme i mappen för säkerhetskopior {folder} ({free} MB ledigt, {needed} MB behövs). De gamla säkerhetskopiorna är oförändrade.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1334" />
      <source>Varmuuskopiokansiossa {folder} ei ole tilaa, eikä uutta varmuuskopiota voitu tallentaa sinne. Vanhat varmuuskopiot ovat ennallaan. Vapauta levytilaa.</source>
      <translation>Det finns inte utrymme i mappen för säkerhetskopior {folder}, och den nya säkerhetskopian kunde inte sparas där. De gamla säkerhetskopiorna är oförändrade. Frigör diskutrymme.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="851" />
      <source>Varmuuskopiokansiota {folder} ei löydy (onko verkkolevy tai muistitikku kiinni?). Sinne ei otettu varmuuskopiota.</source>
      <translation>Mappen för säkerhetskopior {folder} hittas inte (är nätverksenheten eller USB-minnet anslutet?). Ingen säkerhetskopia togs där.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="844" />
      <source>Varmuuskopiokansiota {folder} ei voi luoda: {strerror}.</source>
      <translation>Mappen för säkerhetskopior {folder} kan inte skapas: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="914" />
      <source>Varmuuskopion {final} rivimäärät eivät vastanneet tietokantaa, eikä sitä tallennettu.</source>
      <translation>Radantalen i säkerhetskopian {final} motsvarade inte databasen, och den sparades inte.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1230" />
      <source>Varmuuskopion {path} kuvaustiedosto puuttuu tai on vioittunut.</source>
      <translation>Beskrivningsfilen för säkerhetskopian {path} saknas eller är skadad.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="725" />
      <source>Varmuuskopion {path} rivimäärät eivät täsmää sen kuvaukseen.</source>
      <translation>Radantalen i säkerhetskopian {path} stämmer inte med dess beskrivning.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1630" />
      <source>Varmuuskopiota ei palautettu: {problem}</source>
      <translation>Säkerhetskopian återställdes inte: {problem}</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1678" />
      <source>Varmuuskopiota ei voitu palauttaa: {exc}.</source>
      <translation>Säkerhetskopian kunde inte återställas: {exc}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1347" />
      <source>Varmuuskopiota ei voitu tallentaa kansioon {folder}: {exc}.</source>
      <translation>Säkerhetskopian kunde inte sparas i mappen {folder}: {exc}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="707" />
      <source>Varmuuskopiota {path} ei voi lukea: {strerror}.</source>
      <translation>Säkerhetskopian {path} kan inte läsas: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1914" />
      <source>Vastaanottaja {recipient} ei voi saada otetta ennen sen lähettämistä.</source>
      <translation>Mottagaren {recipient} kan inte få utdraget innan det har skickats.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1892" />
      <source>Vastaanottajaa ei löydy.</source>
      <translation>Mottagaren hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="234" />
      <source>Verkkosivua ei tehdä salassa pidettävän sisällön kanssa: sivu on tarkoitettu yleiseen tietoverkkoon. Tulosta salassa pidettävä sisältö PDF-tiedostoksi.</source>
      <translation>En webbsida görs inte med sekretessbelagt innehåll: sidan är avsedd för det allmänna datanätet. Skriv ut det sekretessbelagda innehållet som en PDF-fil.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="205" />
      <source>Viedään taulua {table}…</source>
      <translation>Exporterar tabellen {table}…</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="261" />
      <source>Yläpuolisen toimielimen {parent} on oltava saman organisaation.</source>
      <translation>Det överordnade organet {parent} måste höra till samma organisation.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="204" />
      <source>allekirjoitus on kirjattu</source>
      <translation>en underteckning har antecknats</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="348" />
      <source>aluevalitus</source>
      <translation>regionbesvär</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="246" />
      <location filename="../../core/drafting.py" line="481" />
      <location filename="../../core/drafting.py" line="436" />
      <location filename="../../core/drafting.py" line="539" />
      <source>arvo kasvoi yli {limit} merkin</source>
      <translation>värdet blev längre än {limit} tecken</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="977" />
      <source>arvoja ei voi verrata keskenään (esim. päivämäärää ja tekstiä tai lukua ja tekstiä)</source>
      <translation>värdena kan inte jämföras med varandra (t.ex. ett datum och en text eller ett tal och en text)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="573" />
      <source>asiaan ei ole liitetty sopimusta (Kokous › Liitä sopimukseen…)</source>
      <translation>ärendet har inte kopplats till något avtal (Möte › Koppla till avtal…)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="579" />
      <source>asialle ei ole merkitty esittelijää (asian kenttä Esittelijä)</source>
      <translation>ingen föredragande har antecknats för ärendet (ärendets fält Föredragande)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="576" />
      <source>asialle ei ole merkitty valmistelijaa (asian kenttä Valmistelija)</source>
      <translation>ingen beredare har antecknats för ärendet (ärendets fält Beredare)</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="28" />
      <source>asukasluvun mukaan</source>
      <translation>enligt invånarantal</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="36" />
      <source>ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)</source>
      <translation>skrivrättighet saknas (filen eller mappen är skyddad eller används av ett annat program)</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1123" />
      <source>ei käsitelty</source>
      <translation>inte behandlat</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="374" />
      <source>eriävä mielipide</source>
      <translation>avvikande mening</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="213" />
      <source>erä toistuu joka vuosi</source>
      <translation>posten återkommer varje år</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1124" />
      <source>esityslistalla</source>
      <translation>på föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="73" />
      <source>hallitus</source>
      <translation>styrelse</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="164" />
      <source>henkilön {name} tietoihin sitä ei ole merkitty (Asetukset › Henkilöt)</source>
      <translation>den inte har antecknats i uppgifterna om {name} (Inställningar › Personer)</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1127" />
      <source>hylätty</source>
      <translation>förkastat</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1125" />
      <source>hyväksytty</source>
      <translation>godkänt</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1126" />
      <source>hyväksytty muutoksin</source>
      <translation>godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="61" />
      <source>ilmoitusasiat</source>
      <translation>anmälningsärenden</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="75" />
      <source>jaosto</source>
      <translation>sektion</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="34" />
      <source>jokin polun osista ei ole kansio</source>
      <translation>någon del av sökvägen är inte en mapp</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="369" />
      <source>julkaistava otsikko</source>
      <translation>rubrik som publiceras</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="45" />
      <source>järjestelmän ilmoitus: {reason}</source>
      <translation>systemets meddelande: {reason}</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="30" />
      <source>kansiota {folder} ei ole</source>
      <translation>mappen {folder} finns inte</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="269" />
      <source>kenoviiva nimessä</source>
      <translation>omvänt snedstreck i namnet</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="987" />
      <source>kenttä ”{name}”</source>
      <translation>fältet ”{name}”</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="30" />
      <source>kiinteillä osuuksilla</source>
      <translation>med fasta andelar</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="381" />
      <source>kirjaamon aukioloaika</source>
      <translation>registratorskontorets öppettider</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="677" />
      <source>kirjoitusvirhe</source>
      <translation>skrivfel</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="57" />
      <source>kokouksen avaus</source>
      <translation>mötets öppnande</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="58" />
      <source>kokouksen laillisuus ja päätösvaltaisuus</source>
      <translation>mötets laglighet och beslutförhet</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="62" />
      <source>kokouksen päättäminen</source>
      <translation>mötets avslutande</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="348" />
      <source>kunnallisvalitus</source>
      <translation>kommunalbesvär</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="510" />
      <source>kustannusten jakoperuste</source>
      <translation>grunden för kostnadsfördelningen</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1130" />
      <source>käsitelty, pöytäkirja tarkastamatta</source>
      <translation>behandlat, protokollet ojusterat</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="372" />
      <source>käsittely</source>
      <translation>behandling</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="380" />
      <source>käyntiosoite</source>
      <translation>besöksadress</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="204" />
      <source>laki hyvinvointialueesta 139 §</source>
      <translation>lagen om välfärdsområden 139 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="205" />
      <source>laki hyvinvointialueesta 140 §</source>
      <translation>lagen om välfärdsområden 140 §</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="206" />
      <source>laki hyvinvointialueesta 141 §</source>
      <translation>lagen om välfärdsområden 141 §</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="971" />
      <source>laskutoimitusta ei voi tehdä näillä arvoilla (esim. luvulla ja tekstillä tai päivämäärällä ja luvulla). Tekstit yhdistetään merkillä ~, esim. {{{{ x ~ " €" }}}}, ja rahamäärä muotoillaan suodattimella money</source>
      <translation>räkneoperationen kan inte göras med dessa värden (t.ex. ett tal och en text eller ett datum och ett tal). Texter förenas med tecknet ~, t.ex. {{{{ x ~ " €" }}}}, och ett penningbelopp formateras med filtret money</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="942" />
      <source>lausekkeen ”… if …” ehto oli epätosi, eikä sillä ole else-osaa (esim. {{{{ x if ehto else "" }}}})</source>
      <translation>villkoret i uttrycket ”… if …” var falskt och uttrycket har ingen else-del (t.ex. {{{{ x if villkor else "" }}}})</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="74" />
      <source>lautakunta</source>
      <translation>nämnd</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="38" />
      <source>levy on täynnä</source>
      <translation>disken är full</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="40" />
      <source>levylle ei voi kirjoittaa (vain luku)</source>
      <translation>disken är skrivskyddad</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="44" />
      <source>levylle kirjoittaminen epäonnistui (levyn tai verkkoaseman virhe)</source>
      <translation>skrivningen till disken misslyckades (fel på disken eller nätverksenheten)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="600" />
      <source>lohkoja ({{% block %}})</source>
      <translation>block ({{% block %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="248" />
      <source>luku kasvoi liian suureksi</source>
      <translation>talet blev för stort</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="594" />
      <source>makroja ({{% macro %}})</source>
      <translation>makron ({{% macro %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="655" />
      <source>mallipohja loppuu kesken (sulkeva }}}} tai %}} puuttuu?)</source>
      <translation>mallen tar slut i förtid (saknas en avslutande }}}} eller %}}?)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="652" />
      <source>mallipohja loppuu kesken: {{% {tag} %}} puuttuu</source>
      <translation>mallen tar slut i förtid: {{% {tag} %}} saknas</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="217" />
      <source>mallipohjan täyttäminen kesti liian kauan (yli aikarajan)</source>
      <translation>ifyllningen av mallen tog för lång tid (över tidsgränsen)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="664" />
      <source>merkkijonon lainausmerkki jäi sulkematta</source>
      <translation>citattecknet i en teckensträng stängdes inte</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="275" />
      <source>muina vuosina</source>
      <translation>övriga år</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="663" />
      <source>odotettiin ”{expected}”</source>
      <translation>”{expected}” förväntades</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="660" />
      <source>odotettiin ”{expected}”, mutta tuli ”{found}”</source>
      <translation>”{expected}” förväntades, men det kom ”{found}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="656" />
      <location filename="../../core/drafting.py" line="657" />
      <source>odottamaton merkki ”{char}”</source>
      <translation>oväntat tecken ”{char}”</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="499" />
      <source>organisaation nimi</source>
      <translation>organisationens namn</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="382" />
      <source>organisaation {organisation} henkilöissä ei ole allekirjoittajaa ”{title}” (Asetukset › Henkilöt)</source>
      <translation>det finns ingen undertecknare ”{title}” bland personerna i {organisation} (Inställningar › Personer)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="193" />
      <source>osapuolelle {name} ei ole merkitty päivää, johon mennessä sen pitää päättää</source>
      <translation>inget datum har antecknats för parten {name} då den senast ska besluta</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="505" />
      <source>osapuolen {name} nimi</source>
      <translation>namnet på parten {name}</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="195" />
      <source>osapuolen {name} päätöstä ei ole merkitty</source>
      <translation>partens {name} beslut har inte antecknats</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="368" />
      <source>otsikko</source>
      <translation>rubrik</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="202" />
      <source>otteiden lähetys tai saapuminen on kirjattu</source>
      <translation>att utdrag skickats eller kommit in har antecknats</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1128" />
      <source>palautettu valmisteluun</source>
      <translation>återremitterat</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="599" />
      <source>periytymistä ({{% extends %}})</source>
      <translation>arv ({{% extends %}})</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="379" />
      <source>postiosoite</source>
      <translation>postadress</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="531" />
      <source>potenssi on liian suuri</source>
      <translation>potensen är för stor</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="200" />
      <source>päätöksen tietoja on kirjattu ({names})</source>
      <translation>uppgifter om beslut har antecknats ({names})</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="373" />
      <source>päätös</source>
      <translation>beslut</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="371" />
      <source>päätösehdotus</source>
      <translation>beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="59" />
      <source>pöytäkirjantarkastajien valinta</source>
      <translation>val av protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="315" />
      <source>range() saa tuottaa enintään {limit} lukua</source>
      <translation>range() får ge högst {limit} tal</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="190" />
      <source>rivi {line}: luokan {code} nimi puuttuu</source>
      <translation>rad {line}: namnet på klassen {code} saknas</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="195" />
      <source>rivi {line}: luokka {code} on jo rivillä {earlier}</source>
      <translation>rad {line}: klassen {code} finns redan på rad {earlier}</translation>
    </message>
    <message>
      <location filename="../../core/classification.py" line="186" />
      <source>rivi {line}: tunnus {code} ei ole muotoa 00.04.01</source>
      <translation>rad {line}: koden {code} har inte formen 00.04.01</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="38" />
      <source>ruotsi</source>
      <translation>svenska</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="32" />
      <source>samanniminen kansio on jo olemassa</source>
      <translation>det finns redan en mapp med samma namn</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="370" />
      <source>selostus</source>
      <translation>redogörelse</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="222" />
      <source>silmukoita kierrettiin yli {rounds} kertaa</source>
      <translation>slingorna genomlöptes över {rounds} gånger</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="123" />
      <source>sitä ei ole merkitty</source>
      <translation>den inte har antecknats</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="189" />
      <source>sitä koskee pykälä</source>
      <translation>en paragraf gäller det</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="191" />
      <source>sitä koskee {count} pykälää</source>
      <translation>{count} paragrafer gäller det</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="462" />
      <source>sopimukselle ei ole merkitty koordinoivaa organisaatiota</source>
      <translation>ingen koordinerande organisation har antecknats för avtalet</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="266" />
      <source>sopimukselle ei ole merkitty sopimuskautta</source>
      <translation>ingen avtalsperiod har antecknats för avtalet</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="197" />
      <source>sopimuksen kustannuksia ei jaeta asukasluvun mukaan</source>
      <translation>avtalets kostnader fördelas inte enligt invånarantalet</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="199" />
      <location filename="../../core/draft_context.py" line="270" />
      <source>sopimuksen kustannusten jakoa ei voi laskea (ks. agreement.costs.problem)</source>
      <translation>fördelningen av avtalets kostnader kan inte räknas ut (se agreement.costs.problem)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="503" />
      <source>sopimuksen nimi</source>
      <translation>avtalets namn</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="979" />
      <source>suodattimelle annettiin liian monta arvoa tai väärän niminen arvo; katso suodattimen ohje</source>
      <translation>filtret fick för många värden eller ett värde med fel namn; se filtrets anvisning</translation>
    </message>
    <message>
      <location filename="../../core/template_library.py" line="38" />
      <source>suomi</source>
      <translation>finska</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="940" />
      <source>tapauksen tietoja ei voi muuttaa</source>
      <translation>ärendets uppgifter kan inte ändras</translation>
    </message>
    <message>
      <location filename="../../core/agreement_costs.py" line="29" />
      <source>tasan</source>
      <translation>jämnt</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="229" />
      <location filename="../../core/drafting.py" line="851" />
      <source>teksti kasvoi yli {limit} merkin</source>
      <translation>texten blev längre än {limit} tecken</translation>
    </message>
    <message>
      <location filename="../../core/printing/files.py" line="42" />
      <source>tiedostonimi on liian pitkä</source>
      <translation>filnamnet är för långt</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="382" />
      <source>todistuspaikka</source>
      <translation>ort för bestyrkandet</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="109" />
      <source>toimielimelle {body} ei ole merkitty ruotsinkielistä nimeä (Asetukset › Toimielimet › Muokkaa…)</source>
      <translation>organet {body} har inget namn på svenska (Inställningar › Organ › Redigera…)</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="550" />
      <source>toimielimelle {body} ei ole merkitty ylempää toimielintä (Asetukset › Toimielimet › Muokkaa… › Yläpuolinen toimielin)</source>
      <translation>inget överordnat organ har antecknats för organet {body} (Inställningar › Organ › Redigera… › Överordnat organ)</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="598" />
      <source>toisten mallipohjien liittämistä ({{% include %}})</source>
      <translation>infogning av andra mallar ({{% include %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="649" />
      <source>tuntematon komento ”{name}”</source>
      <translation>okänt kommando ”{name}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="647" />
      <source>tuntematon suodatin ”{name}”</source>
      <translation>okänt filter ”{name}”</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="648" />
      <source>tuntematon testi ”{name}”</source>
      <translation>okänt test ”{name}”</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="107" />
      <source>tuntematon virhe</source>
      <translation>okänt fel</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="597" />
      <source>tuonteja ({{% from ... import %}})</source>
      <translation>importer ({{% from ... import %}})</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="596" />
      <source>tuonteja ({{% import %}})</source>
      <translation>importer ({{% import %}})</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="267" />
      <source>tyhjä tai virheellinen nimi</source>
      <translation>tomt eller felaktigt namn</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="60" />
      <source>työjärjestyksen hyväksyminen</source>
      <translation>godkännande av föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="72" />
      <source>valtuusto</source>
      <translation>fullmäktige</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="76" />
      <source>viranhaltija</source>
      <translation>tjänsteinnehavare</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="946" />
      <source>virhe täytössä ({error})</source>
      <translation>fel vid ifyllningen ({error})</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="358" />
      <source>ylempi toimielin</source>
      <translation>ett högre organ</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="119" />
      <source>{attachment}: PDF-tiedosto on suojattu salasanalla.</source>
      <translation>{attachment}: PDF-filen är skyddad med lösenord.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="125" />
      <source>{attachment}: PDF-tiedostoa ei voi lukea ({error}).</source>
      <translation>{attachment}: PDF-filen kan inte läsas ({error}).</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="121" />
      <source>{attachment}: PDF-tiedostossa ei ole sivuja.</source>
      <translation>{attachment}: PDF-filen har inga sidor.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="115" />
      <source>{attachment}: tiedosto {name} ei ole PDF-tiedosto.</source>
      <translation>{attachment}: filen {name} är inte en PDF-fil.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="109" />
      <source>{attachment}: vain nimi, ei tiedostoa.</source>
      <translation>{attachment}: endast namn, ingen fil.</translation>
    </message>
    <message>
      <location filename="../../core/printing/attachment_files.py" line="113" />
      <source>{attachment}: {problem}</source>
      <translation>{attachment}: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="349" />
      <source>{body} on valtuusto: {name} hallinto-oikeuteen ({law}).{joint}</source>
      <translation>{body} är fullmäktige: {name} hos förvaltningsdomstolen ({law}).{joint}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="367" />
      <source>{body} on {kind}: oikaisuvaatimus samalle toimielimelle ({law}).{joint}</source>
      <translation>{body} är {kind}: begäran om omprövning hos samma organ ({law}).{joint}</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="359" />
      <source>{body} on {kind}: oikaisuvaatimus toimielimelle {above} ({law}).{joint}</source>
      <translation>{body} är {kind}: begäran om omprövning hos organet {above} ({law}).{joint}</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="663" />
      <source>{database} on tyhjä, eikä se ole Sihteerin tietokanta.</source>
      <translation>{database} är tom och är inte Sihteeris databas.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="638" />
      <source>{database} sisältää jo muita tietoja, eikä se ole Sihteerin tietokanta. Sitä ei muutettu.</source>
      <translation>{database} innehåller redan andra uppgifter och är inte Sihteeris databas. Den ändrades inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="663" />
      <source>{filled}/{seats} (vähintään {required}) – EI päätösvaltainen</source>
      <translation>{filled}/{seats} (minst {required}) – INTE beslutfört</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="657" />
      <source>{filled}/{seats} (vähintään {required}) – päätösvaltainen</source>
      <translation>{filled}/{seats} (minst {required}) – beslutfört</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="847" />
      <source>{folder} ei ole kansio; sinne ei otettu varmuuskopiota.</source>
      <translation>{folder} är inte en mapp; ingen säkerhetskopia togs där.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="446" />
      <source>{member} ei ole toimielimen {body} jäsen varajäsenen {name} kaudella. Henkilökohtainen varajäsen valitaan jäsenelle, jonka kausi on samaan aikaan.</source>
      <translation>{member} är inte ledamot av organet {body} under ersättarens {name} mandatperiod. En personlig ersättare väljs för en ledamot vars mandatperiod infaller samtidigt.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1090" />
      <source>{names} ei osallistu asian {section_label} käsittelyyn eikä voi äänestää.</source>
      <translation>{names} deltar inte i behandlingen av ärendet {section_label} och kan inte rösta.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="556" />
      <source>{name} on jo merkitty poissa olleeksi {left} §:n jälkeen {returned} §:n alkuun; poissaolot eivät voi mennä päällekkäin.</source>
      <translation>{name} har redan antecknats som frånvarande efter § {left} till början av § {returned}; frånvaron får inte överlappa.</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="424" />
      <source>{name} on jo toimielimen {body} jäsen {term_start}.</source>
      <translation>{name} är redan ledamot i organet {body} den {term_start}.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="795" />
      <source>{name} on jäsenen {own} henkilökohtainen varajäsen eikä voi toimia jäsenen {member} varajäsenenä, joten hän ei täytä tämän paikkaa eikä äänestä. Merkitse jäsenen {member} oma varajäsen. Jos {name} on valittu jäsenen {member} varajäseneksi (esimerkiksi tämän tultua valituksi eronneen tilalle), päätä hänen varajäsenyytensä ja lisää hänet uudelleen jäsenen {member} henkilökohtaiseksi varajäseneksi valinnasta alkaen (Asetukset, Toimielimet).</source>
      <translation>{name} är personlig ersättare för ledamoten {own} och kan inte vara ersättare för ledamoten {member}; hen fyller därför inte dennes plats och röstar inte. Anteckna ledamotens {member} egen ersättare. Om {name} har valts till ersättare för ledamoten {member} (till exempel när denne valdes i stället för en som avgått), avsluta hens ersättaruppdrag och lägg till hen på nytt som personlig ersättare för ledamoten {member} från valet (Inställningar, Organ).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="784" />
      <source>{name} on merkitty jäsenen {member} varajäseneksi, mutta hän ei ole toimielimen varajäsen kokouspäivänä, joten hän ei täytä jäsenen paikkaa eikä äänestä. Lisää hänet toimielimen varajäseneksi (Asetukset, Toimielimet) tai merkitse jäsenen oma varajäsen.</source>
      <translation>{name} har antecknats som ersättare för ledamoten {member} men är inte ersättare i organet på mötesdagen och fyller därför inte ledamotens plats och röstar inte. Lägg till hen som ersättare i organet (Inställningar, Organ) eller anteckna ledamotens egen ersättare.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="775" />
      <source>{name} on merkitty jäsenen {member} varajäseneksi, mutta {member} ei ole toimielimen jäsen kokouspäivänä.</source>
      <translation>{name} har antecknats som ersättare för ledamoten {member}, men {member} är inte ledamot av organet på mötesdagen.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="764" />
      <source>{name} on merkitty läsnä olleeksi jäseneksi, mutta hän ei ole toimielimen jäsen kokouspäivänä. Korjaa hänen roolinsa tai jäsenyytensä kausi (Asetukset, Toimielimet).</source>
      <translation>{name} har antecknats som närvarande ledamot men är inte ledamot av organet på mötesdagen. Rätta hens roll eller mandatperioden för hens medlemskap (Inställningar, Organ).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="527" />
      <source>{name} on merkitty poissaolevaksi koko kokouksesta.</source>
      <translation>{name} har antecknats som frånvarande från hela mötet.</translation>
    </message>
    <message>
      <location filename="../../db/models.py" line="429" />
      <source>{number} §</source>
      <translation>§ {number}</translation>
    </message>
    <message>
      <location filename="../../core/draft_context.py" line="468" />
      <source>{organisation} ei ole sopimuksen osapuoli</source>
      <translation>{organisation} är inte part i avtalet</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="256" />
      <source>{organisation} on jo sopimuksen osapuoli.</source>
      <translation>{organisation} är redan part i avtalet.</translation>
    </message>
    <message>
      <location filename="../../core/appeal.py" line="310" />
      <source>{outcome}; päätös koskee vain asian valmistelua, muutoksenhakukielto ({law}).</source>
      <translation>{outcome}; beslutet gäller endast beredning, förbud mot ändringssökande ({law}).</translation>
    </message>
    <message>
      <location filename="../../core/organisation.py" line="268" />
      <source>{parent} on jo toimielimen {name} alainen.</source>
      <translation>{parent} är redan underordnat organet {name}.</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1115" />
      <source>{party}: {state}, määräpäivä tänään {deadline}</source>
      <translation>{party}: {state}, sista dag i dag {deadline}</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1117" />
      <source>{party}: {state}, määräpäivä {deadline} ({days} pv jäljellä)</source>
      <translation>{party}: {state}, sista dag {deadline} ({days} d kvar)</translation>
    </message>
    <message>
      <location filename="../../core/agreements.py" line="1112" />
      <source>{party}: {state}, määräpäivä {deadline} ohitettu {days} pv sitten</source>
      <translation>{party}: {state}, sista dag {deadline} passerades för {days} d sedan</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="617" />
      <source>{path} on kansio, ei tietokantatiedosto.</source>
      <translation>{path} är en mapp, inte en databasfil.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="883" />
      <source>{person} on jo merkitty esteelliseksi asiassa {section_label}.</source>
      <translation>{person} har redan antecknats som jävig i ärendet {section_label}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1803" />
      <source>{problem} Ehjää varmuuskopiota ei löytynyt kansiosta {folder}.</source>
      <translation>{problem} Ingen hel säkerhetskopia hittades i mappen {folder}.</translation>
    </message>
    <message>
      <location filename="../../db/backup.py" line="1807" />
      <source>{problem} Tiedostoon ei ole koskettu.</source>
      <translation>{problem} Filen har inte rörts.</translation>
    </message>
    <message>
      <location filename="../../core/printing/request.py" line="298" />
      <source>{problem} Verkkojulkaisua ei tehty.</source>
      <translation>{problem} Publiceringen på nätet gjordes inte.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="2077" />
      <source>{problem} Verkkojulkaisun merkintöjä ei muutettu.</source>
      <translation>{problem} Markeringarna för publicering på nätet ändrades inte.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="675" />
      <source>{problem}. Suodattimet: {filters}</source>
      <translation>{problem}. Filter: {filters}</translation>
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
      <translation>{title}: avtalsperioden upphör {date} ({days} d)</translation>
    </message>
    <message>
      <location filename="../../db/pg_tools.py" line="104" />
      <source>{what} ei onnistunut: {problem}</source>
      <translation>{what} misslyckades: {problem}</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="505" />
      <source>{where} on virheellinen.</source>
      <translation>{where} är felaktig.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="448" />
      <source>{where}: arkistosta puuttuu liitetiedosto {value}.</source>
      <translation>{where}: bilagefilen {value} saknas i arkivet.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="952" />
      <source>{where}: jako nollalla.</source>
      <translation>{where}: division med noll.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="877" />
      <source>{where}: kentällä {field} ei voi olla arvoa ”{value}”, joten ehto ei olisi koskaan tosi. Sen arvot: {allowed}.</source>
      <translation>{where}: fältet {field} kan inte ha värdet ”{value}”, så villkoret skulle aldrig vara sant. Dess värden: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="901" />
      <source>{where}: kyllä/ei-tieto tulostuisi sanana True tai False. Käytä ehtoa, esim. {{% if p.approved %}}hyväksynyt{{% else %}}ei vielä päättänyt{{% endif %}}.</source>
      <translation>{where}: en ja/nej-uppgift skulle skrivas ut som ordet True eller False. Använd ett villkor, t.ex. {{% if p.approved %}}har godkänt{{% else %}}har inte ännu beslutat{{% endif %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="891" />
      <source>{where}: luettelo on tyhjä, joten join_fi tai join_sv tulostaisi tyhjän kohdan. Rajaa kohta ehdolla, esim. {{% if agreement.party_names %}} ... {{% endif %}}.</source>
      <translation>{where}: listan är tom, så join_fi eller join_sv skulle skriva ut ett tomt ställe. Avgränsa stället med ett villkor, t.ex. {{% if agreement.party_names %}} ... {{% endif %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="754" />
      <source>{where}: luettelossa ”{owner}” ei ole kohtaa [{index}] (kohtia: {count}; ensimmäinen on [0]). Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif %}} tai käy luettelo läpi silmukalla {{% for x in {owner} %}}.</source>
      <translation>{where}: listan ”{owner}” har ingen plats [{index}] (antal: {count}; den första är [0]). Avgränsa stället med villkoret {{% if {owner} %}} ... {{% endif %}} eller gå igenom listan med slingan {{% for x in {owner} %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="921" />
      <source>{where}: mallipohja yritti käyttää kiellettyä ominaisuutta ({security_text}). Mallipohja voi lukea vain asian tietoja.</source>
      <translation>{where}: mallen försökte använda en förbjuden funktion ({security_text}). Mallen kan endast läsa ärendets uppgifter.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="777" />
      <source>{where}: muuttujalla ”{owner}” ei ole kenttää ”{exc}”. Sen kentät: {value}.</source>
      <translation>{where}: variabeln ”{owner}” har inget fält ”{exc}”. Dess fält: {value}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="407" />
      <source>{where}: sarake {column_name} ei saa olla tyhjä.</source>
      <translation>{where}: kolumnen {column_name} får inte vara tom.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="455" />
      <source>{where}: sarakkeen {column_name} arvo {value!r} ei kelpaa.</source>
      <translation>{where}: värdet {value!r} i kolumnen {column_name} är inte giltigt.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="741" />
      <source>{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif %}} tai täydennä asian tiedot.</source>
      <translation>{where}: uppgiften ”{owner}.{exc}” finns inte, eftersom {reason}. Avgränsa stället med villkoret {{% if {owner} %}} ... {{% endif %}} eller komplettera ärendets uppgifter.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="863" />
      <source>{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Täydennä tieto tai rajaa kohta ehdolla {{% if {owner}.{exc} %}} ... {{% endif %}}.</source>
      <translation>{where}: uppgiften ”{owner}.{exc}” finns inte, eftersom {reason}. Komplettera uppgiften eller avgränsa stället med villkoret {{% if {owner}.{exc} %}} ... {{% endif %}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="911" />
      <source>{where}: tulostettavalla arvolla ei ole sisältöä (None). Rajaa kohta ehdolla {{% if … %}} tai anna korvaava teksti suodattimella default, esim. {{{{ arvo|default("–") }}}}.</source>
      <translation>{where}: värdet som ska skrivas ut saknar innehåll (None). Avgränsa stället med villkoret {{% if … %}} eller ge en ersättande text med filtret default, t.ex. {{{{ värde|default("–") }}}}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="728" />
      <source>{where}: tuntematon muuttuja ”{exc}”. Käytettävissä olevat muuttujat: {available}.</source>
      <translation>{where}: okänd variabel ”{exc}”. Tillgängliga variabler: {available}.</translation>
    </message>
    <message>
      <location filename="../../db/archive.py" line="509" />
      <source>{where}: tuntematon sarake {extra}.</source>
      <translation>{where}: okänd kolumn {extra}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="959" />
      <source>{where}: virhe arvon käsittelyssä: {exc}.</source>
      <translation>{where}: fel vid behandlingen av ett värde: {exc}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="957" />
      <source>{where}: {known}.</source>
      <translation>{where}: {known}.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="933" />
      <source>{where}: {limit}. Täyttäminen keskeytettiin.</source>
      <translation>{where}: {limit}. Ifyllningen avbröts.</translation>
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
      <translation>{where}: ”{owner}” är en lista som inte har fältet ”{exc}”. Gå igenom listan med slingan {{% for x in … %}} eller använd filtret join_fi.</translation>
    </message>
    <message>
      <location filename="../../core/drafting.py" line="595" />
      <source>{{% call %}}-lohkoja</source>
      <translation>{{% call %}}-block</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1128" />
      <source>Äänestyksen tulos on joko jaa- tai ei-ehdotus.</source>
      <translation>Omröstningens resultat är antingen ja- eller nej-förslaget.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1132" />
      <source>Äänestyksen {round} tulos on jo ratkaistu ({result_text}); tallenna äänestys uudelleen, jos äänet on kirjattu väärin.</source>
      <translation>Resultatet av omröstning {round} är redan avgjort ({result_text}); spara omröstningen på nytt om rösterna har antecknats fel.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1813" />
      <source>Äänestyksen {round} tulos puuttuu (äänet menivät tasan).</source>
      <translation>Resultatet av omröstning {round} saknas (rösterna föll lika).</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1630" />
      <source>Äänestyksessä {round} on ääni henkilöltä, joka ei osallistu asian käsittelyyn ({names}). Tallenna äänestys uudelleen.</source>
      <translation>I omröstning {round} finns en röst av någon som inte deltar i behandlingen av ärendet ({names}). Spara omröstningen på nytt.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1639" />
      <source>Äänestyksestä {round} puuttuu asian käsittelyyn osallistuva ({names}). Tallenna äänestys uudelleen.</source>
      <translation>I omröstning {round} saknas någon som deltar i behandlingen av ärendet ({names}). Spara omröstningen på nytt.</translation>
    </message>
    <message>
      <location filename="../../core/minutes.py" line="1125" />
      <location filename="../../core/minutes.py" line="1150" />
      <source>Äänestystä ei löydy.</source>
      <translation>Omröstningen hittades inte.</translation>
    </message>
    <message>
      <location filename="../../core/agreement_editing.py" line="90" />
      <location filename="../../core/agreement_editing.py" line="88" />
      <source>”{value}” ei ole euromäärä.</source>
      <translation>”{value}” är inte ett eurobelopp.</translation>
    </message>
  </context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI" sourcelanguage="fi_FI">
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="82" />
      <source>Uusi sopimus</source>
      <translation>Nytt avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="82" />
      <source>Sopimuksen tiedot</source>
      <translation>Avtalets uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="86" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="88" />
      <source>esim. yhteistoimintasopimuksen … (”hyväksyy …”)</source>
      <translation>t.ex. samverkansavtalet … (”godkänner …”)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="89" />
      <source>Nimi genetiivissä</source>
      <translation>Namn i genitiv (bestämd form)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="91" />
      <source>Yhteistoimintasopimus</source>
      <translation>Samverkansavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="92" />
      <source>Yhteistyösopimus</source>
      <translation>Samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="93" />
      <source>Yhteistyöpöytäkirja</source>
      <translation>Samarbetsprotokoll</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="94" />
      <source>Muu sopimus</source>
      <translation>Annat avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="96" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="105" />
      <source>Sopimuskausi</source>
      <translation>Avtalsperiod</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="106" />
      <source>(ei valittu)</source>
      <translation>(inte vald)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="109" />
      <source>Koordinoi</source>
      <translation>Koordinerar</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="111" />
      <source>Kun kaikki osapuolet ovat hyväksyneet</source>
      <translation>När alla parter har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="112" />
      <source>Kun kaikki ovat hyväksyneet ja allekirjoittaneet</source>
      <translation>När alla har godkänt och undertecknat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="113" />
      <source>Kun nimetyt osapuolet ovat hyväksyneet</source>
      <translation>När de angivna parterna har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="115" />
      <source>Voimaantulo</source>
      <translation>Ikraftträdande</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="117" />
      <source>Asukasluvun mukaan</source>
      <translation>Enligt invånarantal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="118" />
      <source>Tasan</source>
      <translation>Lika</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="119" />
      <source>Kiinteillä osuuksilla</source>
      <translation>Med fasta andelar</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="121" />
      <source>Kustannusten jako</source>
      <translation>Kostnadsfördelning</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="124" />
      <source>Asukasluvun ajankohta</source>
      <translation>Tidpunkt för invånarantalet</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="127" />
      <location filename="../../gui/agreement_edit.py" line="132" />
      <source>Kuvaus</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="129" />
      <source>Vuotuiset kustannukset</source>
      <translation>Årliga kostnader</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="132" />
      <source>Euroa</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="132" />
      <source>Vuosi (tyhjä: joka vuosi)</source>
      <translation>År (tomt: varje år)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="141" />
      <source>Lisää kustannuserä</source>
      <translation>Lägg till kostnadspost</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="143" />
      <source>Poista kustannuserä</source>
      <translation>Ta bort kostnadspost</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="179" />
      <source>”{text}” ei ole vuosiluku.</source>
      <translation>”{text}” är inte ett årtal.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="202" />
      <source>Anna sopimukselle nimi.</source>
      <translation>Ge avtalet ett namn.</translation>
    </message>
  </context>
  <context>
    <name>AgreementListModel</name>
    <message>
      <location filename="../../gui/agreements.py" line="115" />
      <source>Sopimus</source>
      <translation>Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="115" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="115" />
      <source>Puuttuu</source>
      <translation>Saknas</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="115" />
      <source>Voimaantulo</source>
      <translation>Ikraftträdande</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="116" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="116" />
      <source>Kausi</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="116" />
      <source>Koordinoi</source>
      <translation>Koordinerar</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="118" />
      <source>Yhteistoimintasopimus</source>
      <translation>Samverkansavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="119" />
      <source>Yhteistyösopimus</source>
      <translation>Samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="120" />
      <source>Yhteistyöpöytäkirja</source>
      <translation>Samarbetsprotokoll</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="121" />
      <source>Muu sopimus</source>
      <translation>Annat avtal</translation>
    </message>
  </context>
  <context>
    <name>AgreementRegisterWindow</name>
    <message>
      <location filename="../../gui/agreements.py" line="192" />
      <location filename="../../gui/agreements.py" line="272" />
      <source>Sopimukset</source>
      <translation>Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="227" />
      <source>Tallennettu {0}</source>
      <translation>Sparat {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="232" />
      <source>Päivitä</source>
      <translation>Uppdatera</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="235" />
      <source>Tulosta hyväksymistilanne…</source>
      <translation>Skriv ut godkännandeläget…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="238" />
      <source>Linkitä pykälä…</source>
      <translation>Länka paragraf…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="240" />
      <source>Poista pykälän linkitys</source>
      <translation>Ta bort länken till paragrafen</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="242" />
      <source>Kirjaa otteen lähetys…</source>
      <translation>Anteckna att utdraget skickats…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="244" />
      <source>Tallenna oma pöytäkirjanote…</source>
      <translation>Spara eget protokollsutdrag…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="246" />
      <source>Uusi sopimus…</source>
      <translation>Nytt avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="249" />
      <source>Sopimuksen tiedot…</source>
      <translation>Avtalets uppgifter…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="251" />
      <source>Lisää osapuoli…</source>
      <translation>Lägg till part…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="253" />
      <location filename="../../gui/agreements.py" line="680" />
      <source>Poista osapuoli</source>
      <translation>Ta bort part</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="255" />
      <source>Siirrä osapuolta ylös</source>
      <translation>Flytta parten uppåt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="258" />
      <source>Siirrä osapuolta alas</source>
      <translation>Flytta parten nedåt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="261" />
      <source>Päätä sopimus…</source>
      <translation>Avsluta avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="263" />
      <source>&amp;Sopimus</source>
      <translation>&amp;Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="267" />
      <source>&amp;Osapuoli</source>
      <translation>&amp;Part</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="294" />
      <source>Hae nimellä, osapuolella tai koordinoijalla</source>
      <translation>Sök på namn, part eller koordinator</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="299" />
      <source>Kaikki tilat</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="301" />
      <source>Valmistelussa</source>
      <translation>Under beredning</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="302" />
      <source>Odottaa hyväksyntöjä</source>
      <translation>Väntar på godkännanden</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="303" />
      <source>Voimassa</source>
      <translation>I kraft</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="304" />
      <source>Päättynyt</source>
      <translation>Upphört</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="305" />
      <source>Irtisanottu</source>
      <translation>Uppsagt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="311" />
      <source>Kaikki lajit</source>
      <translation>Alla typer</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="331" />
      <source>Sopimusrekisteri</source>
      <translation>Avtalsregister</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="332" />
      <source>Muistutukset</source>
      <translation>Påminnelser</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="339" />
      <source>Päivä</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="344" />
      <source>Päättämättä määräpäivään</source>
      <translation>Obeslutat före förfallodagen</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="353" />
      <source>Sopimuskausi päättyy</source>
      <translation>Avtalsperioden går ut</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="357" />
      <source> päivän kuluessa</source>
      <translation> dagar framåt</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="359" />
      <source>Näytä muistutukset</source>
      <translation>Visa påminnelser</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="402" />
      <source>Hyväksymistilanne</source>
      <translation>Godkännandeläge</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="419" />
      <source>Kustannusosuudet</source>
      <translation>Kostnadsandelar</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="463" />
      <source>Haetaan sopimuksia…</source>
      <translation>Hämtar avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="498" />
      <source>Haetaan sopimusta…</source>
      <translation>Hämtar avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="503" />
      <source>Ei sopimuksia</source>
      <translation>Inga avtal</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="515" />
      <source>kausi {0}</source>
      <translation>period {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="516" />
      <source>koordinoi {0}</source>
      <translation>koordineras av {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="519" />
      <source>Voimaantulo: {0}</source>
      <translation>Ikraftträdande: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="520" />
      <source>Tila: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="523" />
      <source>Hyväksytty muutoksin: {0}.</source>
      <translation>Godkänt med ändringar: {0}.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="525" />
      <source>Kaikki edellytetyt hyväksynnät ovat koossa.</source>
      <translation>Alla förutsatta godkännanden finns.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="534" />
      <source>Kustannukset jaetaan {0}.</source>
      <translation>Kostnaderna fördelas {0}.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="535" />
      <source>Sopimukseen ei ole merkitty kustannuksia.</source>
      <translation>Inga kostnader har antecknats för avtalet.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="575" />
      <location filename="../../gui/agreements.py" line="709" />
      <source>Tallennetaan…</source>
      <translation>Sparar…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="600" />
      <location filename="../../gui/agreements.py" line="655" />
      <source>Haetaan…</source>
      <translation>Söker…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="639" />
      <source>Tallennetaan sopimusta…</source>
      <translation>Sparar avtalet…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="670" />
      <source>Lisätään osapuolta…</source>
      <translation>Lägger till part…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="681" />
      <source>Poistetaanko {0} sopimuksen osapuolista? Osapuolen päätöstiedot poistuvat.</source>
      <translation>Ta bort {0} från avtalets parter? Partens beslutsuppgifter tas bort.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="686" />
      <source>Poistetaan osapuolta…</source>
      <translation>Tar bort part…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="695" />
      <source>Siirretään osapuolta…</source>
      <translation>Parten flyttas…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="727" />
      <source>Osapuolen {0} toimielinten pykäliä ei ole tässä tietokannassa; kirjaa päätös osapuolen otteelta.</source>
      <translation>Paragrafer från {0}s organ finns inte i den här databasen; anteckna beslutet från partens utdrag.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="734" />
      <source>Haetaan pykäliä…</source>
      <translation>Hämtar paragrafer…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="741" />
      <source>Linkitetään…</source>
      <translation>Länkar…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="751" />
      <source>Poistetaan linkitys…</source>
      <translation>Tar bort länken…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="762" />
      <source>Kirjataan…</source>
      <translation>Antecknar…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="769" />
      <source>Tallenna hyväksymistilanne</source>
      <translation>Spara godkännandeläget</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="770" />
      <location filename="../../gui/agreements.py" line="793" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="786" />
      <source>Tulostetaan…</source>
      <translation>Skriver ut…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="792" />
      <source>Tallenna pöytäkirjanote osapuolille</source>
      <translation>Spara protokollsutdrag till parterna</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="804" />
      <source>Sopimukseen ei ole linkitetty omaa päätöstä (kotiorganisaation pykälää), josta ote annettaisiin.</source>
      <translation>Till avtalet har inget eget beslut (paragraf i den egna organisationen) länkats som utdraget kunde ges ur.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="817" />
      <source>Tulostetaan otetta…</source>
      <translation>Skriver ut utdraget…</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="838" />
      <source>Ei muistutuksia.</source>
      <translation>Inga påminnelser.</translation>
    </message>
    <message>
      <location filename="../../gui/agreements.py" line="841" />
      <source>Haetaan muistutuksia…</source>
      <translation>Hämtar påminnelser…</translation>
    </message>
  </context>
  <context>
    <name>ApprovalMatrixModel</name>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="89" />
      <source>”{text}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 3.11.2025.</source>
      <translation>”{text}” är inte ett datum. Skriv datumet i formen 3.11.2025.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="104" />
      <source>”{text}” ei ole prosenttiluku.</source>
      <translation>”{text}” är inte ett procenttal.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="128" />
      <source>Osapuoli</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="129" />
      <source>Edellytetään</source>
      <translation>Förutsätts</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="130" />
      <source>Päättävä toimielin</source>
      <translation>Beslutande organ</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="131" />
      <source>Päätöksen tila</source>
      <translation>Beslutets status</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="132" />
      <source>Päättänyt toimielin</source>
      <translation>Organ som beslutat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="133" />
      <source>Päätöspäivä</source>
      <translation>Beslutsdatum</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="134" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="135" />
      <source>Osapuolen Dnro</source>
      <translation>Partens dnr</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="136" />
      <source>Ote saapunut</source>
      <translation>Utdrag inkommit</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="137" />
      <source>Allekirjoittaja</source>
      <translation>Undertecknare</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="138" />
      <source>Allekirjoitettu</source>
      <translation>Undertecknat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="139" />
      <source>Oma ote lähetetty</source>
      <translation>Eget utdrag skickat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="140" />
      <source>Päätettävä viimeistään</source>
      <translation>Ska beslutas senast</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="141" />
      <source>Kiinteä osuus %</source>
      <translation>Fast andel %</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="142" />
      <source>Asukasluku</source>
      <translation>Invånarantal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="145" />
      <source>Ei käsitelty</source>
      <translation>Inte behandlat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="146" />
      <source>Esityslistalla</source>
      <translation>På föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="147" />
      <source>Hyväksytty</source>
      <translation>Godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="148" />
      <source>Hyväksytty muutoksin</source>
      <translation>Godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="149" />
      <source>Hylätty</source>
      <translation>Förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="150" />
      <source>Palautettu valmisteluun</source>
      <translation>Återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="153" />
      <source>kirjeellä</source>
      <translation>per brev</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="154" />
      <source>sähköisesti</source>
      <translation>elektroniskt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="155" />
      <source>saantitodistuksella</source>
      <translation>mot mottagningsbevis</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="156" />
      <source>henkilökohtaisesti</source>
      <translation>personligen</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="266" />
      <source>Päätös on tämän tietokannan pykälä: {0}</source>
      <translation>Beslutet är en paragraf i den här databasen: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="268" />
      <source>Tiedoksisaantipäivä {0}</source>
      <translation>Delfåendedag {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="270" />
      <source>; muutoksenhakuaika päättyy {0}</source>
      <translation>; tiden för ändringssökande går ut {0}</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="273" />
      <source>Asukasluku sopimuksen asukaslukujen ajankohtana; kustannukset jaetaan näiden suhteessa, kun jakoperuste on asukasluku.</source>
      <translation>Invånarantalet vid avtalets tidpunkt för invånarantal; kostnaderna delas i proportion till dem när fördelningsgrunden är invånarantal.</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_matrix.py" line="276" />
      <source>Voimaantulosääntö edellyttää kaikkien osapuolten hyväksynnän.</source>
      <translation>Regeln för ikraftträdande förutsätter att alla parter godkänner.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="42" />
      <source>Jäsen</source>
      <translation>Ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="43" />
      <source>Puheenjohtaja</source>
      <translation>Ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="44" />
      <source>Varajäsen</source>
      <translation>Ersättare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="45" />
      <source>Esittelijä</source>
      <translation>Föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="46" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="47" />
      <source>Kunnanhallituksen edustaja</source>
      <translation>Kommunstyrelsens representant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="48" />
      <source>Asiantuntija</source>
      <translation>Sakkunnig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="49" />
      <source>Muu</source>
      <translation>Annan</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="151" />
      <source>Läsnäolo</source>
      <translation>Närvaro</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="151" />
      <source>Lisää läsnäolija</source>
      <translation>Lägg till närvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="159" />
      <source>esim. kunnanhallituksen edustaja</source>
      <translation>t.ex. kommunstyrelsens representant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="160" />
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="161" />
      <source>Läsnä kokouksessa</source>
      <translation>Närvarande vid mötet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="165" />
      <source>kokouksen alusta</source>
      <translation>från mötets början</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="166" />
      <source>kokouksen loppuun</source>
      <translation>till mötets slut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="168" />
      <source>{n} §:n alussa</source>
      <translation>i början av {n} §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="169" />
      <source>{n} §:n jälkeen</source>
      <translation>efter {n} §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="170" />
      <source>Henkilö</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="171" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="172" />
      <source>Roolin teksti</source>
      <translation>Rollens text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="173" />
      <source>Varajäsenenä jäsenen</source>
      <translation>Ersättare för ledamoten</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="179" />
      <location filename="../../gui/conduct_dialogs.py" line="183" />
      <source>klo</source>
      <translation>kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="185" />
      <source>Saapui</source>
      <translation>Anlände</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="186" />
      <source>Poistui</source>
      <translation>Avlägsnade sig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="189" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../gui/conduct_models.py" line="68" />
      <source>jäsen</source>
      <translation>ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="69" />
      <source>varajäsen</source>
      <translation>ersättare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="70" />
      <source>puheenjohtaja</source>
      <translation>ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="71" />
      <source>esittelijä</source>
      <translation>föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="72" />
      <source>pöytäkirjanpitäjä</source>
      <translation>protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="73" />
      <source>kunnanhallituksen edustaja</source>
      <translation>kommunstyrelsens representant</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="74" />
      <source>asiantuntija</source>
      <translation>sakkunnig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="83" />
      <source>varajäsen ({name})</source>
      <translation>ersättare ({name})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="129" />
      <source>{section} § (klo {time})</source>
      <translation>{section} § (kl. {time})</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="174" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="175" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="176" />
      <source>Läsnä</source>
      <translation>Närvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="177" />
      <source>Saapui §</source>
      <translation>Anlände §</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="178" />
      <source>Poistui § jälkeen</source>
      <translation>Lämnade efter §</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="540" />
      <location filename="../../gui/main_window.py" line="889" />
      <source>Otetaan varmuuskopiota…</source>
      <translation>Tar säkerhetskopia…</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="195" />
      <source>Varmuuskopiot</source>
      <translation>Säkerhetskopior</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="202" />
      <source>Vaihda kansio…</source>
      <translation>Byt mapp…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="203" />
      <source>Toinen kansio…</source>
      <translation>Andra mapp…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="204" />
      <source>Ei toista kansiota</source>
      <translation>Ingen andra mapp</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="224" />
      <source>Ota varmuuskopio nyt</source>
      <translation>Ta säkerhetskopia nu</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="225" />
      <source>Tarkista</source>
      <translation>Kontrollera</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="226" />
      <source>Palauta…</source>
      <translation>Återställ…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="227" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="289" />
      <source>Varmuuskopiot ovat kansiossa {folder}.</source>
      <translation>Säkerhetskopiorna finns i mappen {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="291" />
      <source>Toinen kopio: {folder}.</source>
      <translation>Andra kopia: {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="293" />
      <source>Toista kansiota (verkkolevy tai muistitikku) ei ole valittu.</source>
      <translation>Ingen andra mapp (nätverksenhet eller USB-minne) har valts.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="302" />
      <source>Varmuuskopioiden kansio</source>
      <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="309" />
      <source>Toinen varmuuskopiokansio</source>
      <translation>Andra mapp för säkerhetskopior</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="325" />
      <source>Asetuksia ei voitu tallentaa: {error}</source>
      <translation>Inställningarna kunde inte sparas: {error}</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="339" />
      <source>Varmuuskopioita ei vielä ole.</source>
      <translation>Det finns inga säkerhetskopior ännu.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="341" />
      <source>Luetaan varmuuskopioita…</source>
      <translation>Läser säkerhetskopior…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="350" />
      <source>Varmuuskopio tallennettu: {path}</source>
      <translation>Säkerhetskopian sparades: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="355" />
      <source>Otetaan varmuuskopiota…</source>
      <translation>Tar säkerhetskopia…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="365" />
      <source>Varmuuskopio {name} on ehjä.</source>
      <translation>Säkerhetskopian {name} är hel.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="369" />
      <source>Tarkistetaan varmuuskopiota…</source>
      <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="377" />
      <source>Palautetaanko tietokanta varmuuskopiosta, joka on otettu {when}?

Nykyisestä tietokannasta otetaan ensin varmuuskopio. Palautuksen jälkeen tiedot ovat sellaiset kuin ne olivat varmuuskopiota otettaessa.</source>
      <translation>Återställa databasen från säkerhetskopian som togs {when}?

Först tas en säkerhetskopia av den nuvarande databasen. Efter återställningen är uppgifterna sådana som de var när säkerhetskopian togs.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="381" />
      <source>Palauta varmuuskopio</source>
      <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="390" />
      <source>Tietokanta palautettu varmuuskopiosta {name}.</source>
      <translation>Databasen återställdes från säkerhetskopian {name}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="394" />
      <location filename="../../gui/backup_dialog.py" line="460" />
      <source>Palautetaan varmuuskopiota…</source>
      <translation>Återställer säkerhetskopian…</translation>
    </message>
  </context>
  <context>
    <name>BackupTableModel</name>
    <message>
      <location filename="../../gui/backup_dialog.py" line="110" />
      <source>Otettu</source>
      <translation>Tagen</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="110" />
      <source>Koko</source>
      <translation>Storlek</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="110" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="110" />
      <source>Viimeisin kokous</source>
      <translation>Senaste möte</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="111" />
      <source>Tarkistus</source>
      <translation>Kontroll</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="111" />
      <source>Toimielimet</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="158" />
      <source>säännöllinen</source>
      <translation>regelbunden</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="158" />
      <source>ennen päivitystä</source>
      <translation>före uppdatering</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="159" />
      <source>ennen palautusta</source>
      <translation>före återställning</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="165" />
      <source>ei tarkistettu</source>
      <translation>inte kontrollerad</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="166" />
      <source>ehjä</source>
      <translation>hel</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="166" />
      <source>VIOITTUNUT</source>
      <translation>SKADAD</translation>
    </message>
  </context>
  <context>
    <name>BodiesPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="178" />
      <source>Toimielimet ja jäsenet</source>
      <translation>Organ och ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="179" />
      <source>Kirjoita jäsenet pilkuin erotettuina; ensimmäinen on puheenjohtaja.</source>
      <translation>Skriv ledamöterna åtskilda med kommatecken; den första är ordförande.</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="182" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="182" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="182" />
      <source>Jäsenet</source>
      <translation>Ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="189" />
      <source>Lisää toimielin</source>
      <translation>Lägg till organ</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="191" />
      <source>Poista toimielin</source>
      <translation>Ta bort organ</translation>
    </message>
  </context>
  <context>
    <name>BodiesPanel</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="419" />
      <source>Muutokset toimielimiin ja jäseniin tallentuvat heti. Mitään ei poisteta: toimielimen voi ottaa pois käytöstä ja jäsenyydelle merkitään päättymispäivä, joten aiempien kokousten tiedot säilyvät.</source>
      <translation>Ändringar i organ och ledamöter sparas genast. Ingenting tas bort: ett organ kan tas ur bruk och ett medlemskap får ett slutdatum, så att uppgifterna om tidigare möten bevaras.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="426" />
      <source>Toimielimet</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="430" />
      <source>Uusi toimielin…</source>
      <translation>Nytt organ…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="431" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="437" />
      <source>Jäsenet</source>
      <translation>Ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="439" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="439" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="439" />
      <source>Varajäsen jäsenelle</source>
      <translation>Ersättare för</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="440" />
      <source>Alkaa</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="440" />
      <source>Päättyy</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="448" />
      <source>Näytä myös päättyneet jäsenyydet</source>
      <translation>Visa också avslutade medlemskap</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="451" />
      <source>Lisää jäsen…</source>
      <translation>Lägg till ledamot…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="452" />
      <source>Muokkaa jäsenyyttä…</source>
      <translation>Redigera medlemskap…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="481" />
      <source>{name} (ei käytössä)</source>
      <translation>{name} (ur bruk)</translation>
    </message>
  </context>
  <context>
    <name>BodyDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="75" />
      <source>valtuusto</source>
      <translation>fullmäktige</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="76" />
      <source>hallitus</source>
      <translation>styrelse</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="77" />
      <source>lautakunta</source>
      <translation>nämnd</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="78" />
      <source>jaosto</source>
      <translation>sektion</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="79" />
      <source>viranhaltija</source>
      <translation>tjänsteinnehavare</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="217" />
      <source>Uusi toimielin</source>
      <translation>Nytt organ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="217" />
      <source>Toimielimen tiedot</source>
      <translation>Organets uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="221" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="225" />
      <source>Laji</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="230" />
      <source>Jaoston tai viranhaltijan päätöksestä tehty oikaisuvaatimus käsitellään tässä toimielimessä.</source>
      <translation>Ett omprövningsyrkande mot en sektions eller tjänsteinnehavares beslut behandlas i detta organ.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="232" />
      <source>Yläpuolinen toimielin</source>
      <translation>Överordnat organ</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="234" />
      <source>Tavallinen kokouspaikka</source>
      <translation>Vanlig mötesplats</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="236" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="237" />
      <source>Käytössä (näkyy siirtimessä ja sille voi luoda kokouksia)</source>
      <translation>I bruk (visas i navigatorn och möten kan skapas för det)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="241" />
      <source>Nimen taivutusmuodot (mallipohjat käyttävät näitä lauseiden sisällä)</source>
      <translation>Namnets böjningsformer på finska (mallarna använder dem inne i meningar)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="248" />
      <source>Ehdota muodot nimestä</source>
      <translation>Föreslå formerna utifrån namnet</translation>
    </message>
  </context>
  <context>
    <name>ClosingDialog</name>
    <message>
      <location filename="../../gui/conduct.py" line="590" />
      <source>Pöytäkirjan tarkastus</source>
      <translation>Justering av protokollet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="607" />
      <source>Tarkista puutteet</source>
      <translation>Kontrollera brister</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="608" />
      <source>Merkitse tarkastetuksi ja lukitse</source>
      <translation>Markera som justerat och lås</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="609" />
      <source>Merkitse julkaistuksi</source>
      <translation>Markera som publicerat</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="611" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="615" />
      <source>Puheenjohtaja</source>
      <translation>Ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="616" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="617" />
      <location filename="../../gui/conduct.py" line="618" />
      <source>Pöytäkirjantarkastaja</source>
      <translation>Protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="624" />
      <source>Kokousaika klo</source>
      <translation>Mötestid kl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="625" />
      <source>Tarkastettu (pvm)</source>
      <translation>Justerat (datum)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="626" />
      <source>Tarkastuspaikka</source>
      <translation>Justeringsort</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="630" />
      <source>Yleisessä tietoverkossa</source>
      <translation>I det allmänna datanätet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="637" />
      <source>Puutteet, jotka estävät tarkastuksen:</source>
      <translation>Brister som hindrar justeringen:</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="666" />
      <source>(valitse)</source>
      <translation>(välj)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="699" />
      <source>Pöytäkirja on tarkastettu ja julkaistu.</source>
      <translation>Protokollet är justerat och publicerat.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="701" />
      <source>Pöytäkirja on tarkastettu ja lukittu. Korjaukset tehdään oikaisuina.</source>
      <translation>Protokollet är justerat och låst. Korrigeringar görs som rättelser.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="724" />
      <source>Pöytäkirjaa ei voi vielä merkitä tarkastetuksi: {n} puutetta.</source>
      <translation>Protokollet kan ännu inte markeras som justerat: {n} brister.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="728" />
      <source>Ei puutteita; pöytäkirjan voi merkitä tarkastetuksi.</source>
      <translation>Inga brister; protokollet kan markeras som justerat.</translation>
    </message>
  </context>
  <context>
    <name>ConductWindow</name>
    <message>
      <location filename="../../gui/actions.py" line="198" />
      <source>Kokouksen kulku</source>
      <translation>Mötets gång</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="61" />
      <source>Otsikko</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="62" />
      <source>Selostus</source>
      <translation>Redogörelse</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="63" />
      <source>Päätösehdotus</source>
      <translation>Beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="64" />
      <source>Käsittely</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="65" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="66" />
      <source>Liitteet</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="67" />
      <source>Tiedoksi</source>
      <translation>För kännedom</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="449" />
      <source>Oikaisu – {section}</source>
      <translation>Rättelse – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="453" />
      <source>Pöytäkirja on tarkastettu. Alkuperäinen teksti säilyy; oikaisu näkyy pöytäkirjassa omana merkintänään tekijän, ajan ja syyn kanssa.</source>
      <translation>Protokollet är justerat. Den ursprungliga texten bevaras; rättelsen syns i protokollet som en egen anteckning med upphovsperson, tid och orsak.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="470" />
      <source>Oikaistava kohta</source>
      <translation>Punkt som rättas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="471" />
      <source>Tarkastettu teksti</source>
      <translation>Justerad text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="472" />
      <source>Oikaistu teksti</source>
      <translation>Rättad text</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="473" />
      <source>Syy</source>
      <translation>Orsak</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="474" />
      <source>Tekijä</source>
      <translation>Upphovsperson</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="478" />
      <source>Tallenna oikaisu</source>
      <translation>Spara rättelsen</translation>
    </message>
  </context>
  <context>
    <name>CostBarChart</name>
    <message>
      <location filename="../../gui/agreement_costs.py" line="138" />
      <source>Ei jaettavia kustannuksia</source>
      <translation>Inga kostnader att fördela</translation>
    </message>
  </context>
  <context>
    <name>CostShareModel</name>
    <message>
      <location filename="../../gui/agreement_costs.py" line="57" />
      <source>Osapuoli</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="59" />
      <source>Asukasluku</source>
      <translation>Invånarantal</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="60" />
      <source>Peruste</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="61" />
      <source>Kiinteä osuus</source>
      <translation>Fast andel</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="63" />
      <source>Osuus</source>
      <translation>Andel</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_costs.py" line="69" />
      <location filename="../../gui/agreement_costs.py" line="84" />
      <source>Yhteensä</source>
      <translation>Totalt</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="179" />
      <source>Avaa tietokanta</source>
      <translation>Öppna databas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="181" />
      <source>Oletustietokanta tämän koneen datakansiossa</source>
      <translation>Standarddatabasen i den här datorns datamapp</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="182" />
      <source>Tietokantatiedosto (SQLite)</source>
      <translation>Databasfil (SQLite)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="183" />
      <source>Jaettu PostgreSQL-tietokanta</source>
      <translation>Delad PostgreSQL-databas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="185" />
      <source>esim. H:\Sihteeri\sihteeri.db; uusi tiedosto otetaan käyttöön</source>
      <translation>t.ex. H:\Sihteeri\sihteeri.db; en ny fil tas i bruk</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="186" />
      <source>Selaa…</source>
      <translation>Bläddra…</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="193" />
      <source>Jos palvelin pyytää salasanan, se kysytään avattaessa eikä sitä tallenneta. Kysymättä se annetaan PostgreSQL:n pgpass-tiedostossa.</source>
      <translation>Om servern begär ett lösenord frågas det när databasen öppnas, och det sparas inte. För att slippa frågan anges det i PostgreSQL:s pgpass-fil.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="223" />
      <source>Tietokantatiedosto</source>
      <translation>Databasfil</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="223" />
      <source>Sihteerin tietokanta (*.db)</source>
      <translation>Sihteeris databas (*.db)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="232" />
      <source>Valitse tai kirjoita tietokantatiedoston nimi.</source>
      <translation>Välj eller skriv databasfilens namn.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="235" />
      <source>Kirjoita osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta.</source>
      <translation>Skriv adressen i formen postgresql+psycopg://användare@server/databas.</translation>
    </message>
  </context>
  <context>
    <name>DetailsPanel</name>
    <message>
      <location filename="../../gui/details_panel.py" line="33" />
      <source>oikaisuvaatimus (KuntaL 134 §)</source>
      <translation>begäran om omprövning (KommunL 134 §)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="34" />
      <source>kunnallisvalitus (KuntaL 135 §)</source>
      <translation>kommunalbesvär (KommunL 135 §)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="35" />
      <source>muutoksenhakukielto (KuntaL 136 §)</source>
      <translation>förbud att söka ändring (KommunL 136 §)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="36" />
      <source>hankintaoikaisu ja valitus markkinaoikeuteen</source>
      <translation>upphandlingsrättelse och besvär hos marknadsdomstolen</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="37" />
      <source>hallintovalitus</source>
      <translation>förvaltningsbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="38" />
      <source>oikaisuvaatimus (HL 49 c §)</source>
      <translation>begäran om omprövning (FL 49 c §)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="41" />
      <source>otsikko</source>
      <translation>rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="42" />
      <source>ruotsinkielinen otsikko</source>
      <translation>svensk rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="43" />
      <source>julkaistava otsikko</source>
      <translation>rubrik som publiceras</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="44" />
      <source>Dnro</source>
      <translation>Dnr</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="45" />
      <source>tehtäväluokka</source>
      <translation>uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="46" />
      <source>valmistelija</source>
      <translation>beredare</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="47" />
      <source>esittelijä</source>
      <translation>föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="48" />
      <source>selostus</source>
      <translation>redogörelse</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="49" />
      <source>päätösehdotus</source>
      <translation>beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="50" />
      <source>käsittely</source>
      <translation>behandling</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="51" />
      <source>päätös</source>
      <translation>beslut</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="52" />
      <source>lopputulos</source>
      <translation>utfall</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="53" />
      <source>päätöksen luonne</source>
      <translation>beslutets karaktär</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="54" />
      <source>julkisuus</source>
      <translation>offentlighet</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="55" />
      <source>salassapitoperuste</source>
      <translation>sekretessgrund</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="56" />
      <source>henkilötiedot</source>
      <translation>personuppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="57" />
      <source>muutoksenhakutapa</source>
      <translation>sätt att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="58" />
      <source>muutoksenhakutavan peruste</source>
      <translation>grund för sättet att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="59" />
      <source>sopimus</source>
      <translation>avtal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="60" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="61" />
      <source>järjestys</source>
      <translation>ordning</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="62" />
      <source>kokous</source>
      <translation>möte</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="63" />
      <source>asian laji</source>
      <translation>ärendets typ</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="66" />
      <source>lisätty</source>
      <translation>tillagt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="67" />
      <source>muutettu</source>
      <translation>ändrat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="68" />
      <source>poistettu</source>
      <translation>struket</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="114" />
      <source>Voimassa {date} alkaen</source>
      <translation>I kraft från {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="120" />
      <source>Odottaa hyväksyntöjä ({approved}/{required})</source>
      <translation>Väntar på godkännanden ({approved}/{required})</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="128" />
      <source>Valmistelussa</source>
      <translation>Under beredning</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="129" />
      <source>Odottaa hyväksyntöjä</source>
      <translation>Väntar på godkännanden</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="130" />
      <source>Voimassa</source>
      <translation>I kraft</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="131" />
      <source>Päättynyt</source>
      <translation>Upphört</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="132" />
      <source>Irtisanottu</source>
      <translation>Uppsagt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="133" />
      <source>Peruttu</source>
      <translation>Återkallat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="134" />
      <source>Ei käsitelty</source>
      <translation>Inte behandlat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="135" />
      <source>Esityslistalla</source>
      <translation>På föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="136" />
      <source>Hyväksytty</source>
      <translation>Godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="137" />
      <source>Hyväksytty muutoksin</source>
      <translation>Godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="138" />
      <source>Hylätty</source>
      <translation>Förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="139" />
      <source>Palautettu valmisteluun</source>
      <translation>Återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="140" />
      <source>Kun kaikki osapuolet ovat hyväksyneet</source>
      <translation>När alla parter har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="141" />
      <source>Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet</source>
      <translation>När alla parter har godkänt och undertecknat</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="142" />
      <source>Kun nimetyt osapuolet ovat hyväksyneet</source>
      <translation>När de angivna parterna har godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="157" />
      <source>Odottaa: {names}</source>
      <translation>Väntar på: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="161" />
      <source>Hylännyt: {names}</source>
      <translation>Har förkastat: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="165" />
      <source>Allekirjoitus puuttuu: {names}</source>
      <translation>Underskrift saknas: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="171" />
      <source>Päätöspäivä puuttuu: {names}</source>
      <translation>Beslutsdatum saknas: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="201" />
      <source>Henkilötiedot pois verkosta {date}: {sections} §</source>
      <translation>Personuppgifter tas bort från nätet {date}: {sections} §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="207" />
      <source>Pöytäkirjan voi poistaa verkosta {date}</source>
      <translation>Protokollet kan tas bort från nätet {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="224" />
      <source>{body}, kokous {number}/{year}, {date}</source>
      <translation>{body}, möte {number}/{year}, {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="187" />
      <source>Pöytäkirja tarkastettu {date}</source>
      <translation>Protokollet justerat {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="188" />
      <source>Julkaistu yleisessä tietoverkossa {date}</source>
      <translation>Publicerat i det allmänna datanätet {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="238" />
      <source>Kunnan jäsenet: tiedoksi {notified}, määräaika päättyy {last_day}</source>
      <translation>Kommunmedlemmarna: delfående {notified}, tidsfristen går ut {last_day}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="241" />
      <source> (päättynyt)</source>
      <translation> (har gått ut)</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="250" />
      <source>{name}: tiedoksi {notified}, määräaika päättyy {last_day}</source>
      <translation>{name}: delfående {notified}, tidsfristen går ut {last_day}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="260" />
      <source>Päätöksestä ei voi hakea muutosta; ei määräaikaa.</source>
      <translation>Ändring i beslutet får inte sökas; ingen tidsfrist.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="293" />
      <source>{body}, kokous {number}/{year}</source>
      <translation>{body}, möte {number}/{year}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="299" />
      <source>{date} klo {start}–{end}</source>
      <translation>{date} kl. {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="303" />
      <source>{date} klo {start}</source>
      <translation>{date} kl. {start}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="311" />
      <source>Tila: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="313" />
      <source>Puheenjohtaja</source>
      <translation>Ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="314" />
      <source>Pöytäkirjanpitäjä</source>
      <translation>Protokollförare</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="321" />
      <source>Pöytäkirjantarkastajat: {names}</source>
      <translation>Protokolljusterare: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="184" />
      <source>Esityslista julkaistu {date}</source>
      <translation>Föredragningslistan publicerad {date}</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="330" />
      <source>1 asia, {first} §</source>
      <translation>1 ärende, {first} §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="334" />
      <source>{count} asiaa, {first}–{last} §</source>
      <translation>{count} ärenden, {first}–{last} §</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="341" />
      <source>Kokouksessa ei ole vielä asioita.</source>
      <translation>Mötet har ännu inga ärenden.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="361" />
      <source>Ei valittua asiaa.</source>
      <translation>Inget ärende valt.</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="372" />
      <source>Kokous</source>
      <translation>Möte</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="373" />
      <source>Muutoksenhaku ja määräajat</source>
      <translation>Ändringssökande och tidsfrister</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="374" />
      <source>Sopimus</source>
      <translation>Avtal</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="375" />
      <source>Asiat</source>
      <translation>Ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/details_panel.py" line="376" />
      <source>Muutoshistoria</source>
      <translation>Ändringshistorik</translation>
    </message>
  </context>
  <context>
    <name>DisqualificationDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="68" />
      <source>Hän tai hänen läheisensä on asianosainen.</source>
      <translation>Personen eller en närstående till personen är part.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="69" />
      <source>Hän tai hänen läheisensä avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>Personen eller en närstående biträder eller företräder en part eller någon som kan vänta sig synnerlig nytta eller skada av avgörandet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="74" />
      <source>Asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen.</source>
      <translation>Avgörandet kan väntas medföra synnerlig nytta eller skada för personen eller en närstående.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="78" />
      <source>Hän on palvelus- tai toimeksiantosuhteessa asianosaiseen tai siihen, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>Personen står i anställnings- eller uppdragsförhållande till en part eller till någon som kan vänta sig synnerlig nytta eller skada av avgörandet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="83" />
      <source>Hän tai hänen läheisensä on hallituksen tai vastaavan toimielimen jäsen tai toimitusjohtaja yhteisössä, säätiössä tai laitoksessa, joka on asianosainen tai jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa.</source>
      <translation>Personen eller en närstående är medlem av styrelsen eller ett motsvarande organ eller verkställande direktör i en sammanslutning, stiftelse eller inrättning som är part eller som kan vänta sig synnerlig nytta eller skada av avgörandet.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="89" />
      <source>Hän on virastossa ohjaus- tai valvontatehtävässä asiassa, joka koskee virastoa tai laitosta, jonka johtokuntaan tai vastaavaan toimielimeen hän kuuluu.</source>
      <translation>Personen har en styrnings- eller tillsynsuppgift vid ett ämbetsverk i ett ärende som gäller ett ämbetsverk eller en inrättning i vars direktion eller motsvarande organ personen ingår.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="94" />
      <source>Luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä.</source>
      <translation>Förtroendet för personens opartiskhet äventyras av något annat särskilt skäl.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="231" />
      <source>Esteellisyys – {section}</source>
      <translation>Jäv – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="236" />
      <source>Muu peruste (kirjoita alle)</source>
      <translation>Annan grund (skriv nedan)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="241" />
      <source>tarkennus, esim. hakijan lähisukulainen</source>
      <translation>precisering, t.ex. nära släkting till sökanden</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="242" />
      <source>Poistui kokoushuoneesta asian käsittelyn ajaksi</source>
      <translation>Avlägsnade sig från mötesrummet under behandlingen av ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="247" />
      <source>Esteellinen</source>
      <translation>Jävig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="248" />
      <source>Peruste</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="250" />
      <source>Tarkennus</source>
      <translation>Precisering</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="252" />
      <source>Pöytäkirjaan</source>
      <translation>Till protokollet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="255" />
      <source>Merkitse esteelliseksi</source>
      <translation>Anteckna som jävig</translation>
    </message>
  </context>
  <context>
    <name>DissentDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="429" />
      <source>Eriävä mielipide</source>
      <translation>Avvikande mening</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="432" />
      <source>perustelut (vapaaehtoinen)</source>
      <translation>motivering (frivillig)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="434" />
      <source>Jättäjä</source>
      <translation>Anmäld av</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="435" />
      <source>Perustelut</source>
      <translation>Motivering</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="438" />
      <source>Lisää</source>
      <translation>Lägg till</translation>
    </message>
  </context>
  <context>
    <name>DraftProposalDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="711" />
      <source>Laadi ehdotus mallipohjasta</source>
      <translation>Skriv förslag utifrån en mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="732" />
      <source>Kieli</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="760" />
      <source>Lisää ehdotukseen</source>
      <translation>Infoga i förslaget</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="781" />
      <source>{name} (oma)</source>
      <translation>{name} (egen)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="821" />
      <source>Ei mallipohjia tällä kielellä.</source>
      <translation>Inga mallar på detta språk.</translation>
    </message>
  </context>
  <context>
    <name>ExcerptSentDialog</name>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="70" />
      <source>Kirjaa otteen lähetys</source>
      <translation>Anteckna att utdraget skickats</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="76" />
      <source>Lähetyspäivä</source>
      <translation>Sändningsdag</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="79" />
      <source>Sähköisesti (tiedoksi 3. päivänä)</source>
      <translation>Elektroniskt (delfående den 3:e dagen)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="80" />
      <source>Kirjeellä (tiedoksi 7. päivänä)</source>
      <translation>Per brev (delfående den 7:e dagen)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="81" />
      <source>Saantitodistuksella (tiedoksi vastaanottopäivänä)</source>
      <translation>Mot mottagningsbevis (delfående på mottagningsdagen)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="82" />
      <source>Henkilökohtaisesti (tiedoksi samana päivänä)</source>
      <translation>Personligen (delfående samma dag)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="85" />
      <source>Tapa</source>
      <translation>Sätt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="87" />
      <source>Osapuolet, joille ote lähetettiin:</source>
      <translation>Parter som utdraget skickades till:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../gui/first_run.py" line="250" />
      <source>Sihteerin käyttöönotto</source>
      <translation>Ibruktagning av Sihteeri</translation>
    </message>
  </context>
  <context>
    <name>FirstSectionDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="252" />
      <source>Vuoden ensimmäinen pykälä</source>
      <translation>Årets första paragraf</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="254" />
      <source>Toimielimen {body} pykälät numeroidaan vuosittain. Jos osa vuoden kokouksista on pidetty ennen Sihteerin käyttöönottoa, anna ensimmäisen Sihteerissä tehtävän pykälän numero.</source>
      <translation>Paragraferna i organet {body} numreras per år. Om en del av årets möten hölls innan Sihteeri togs i bruk, ange numret på den första paragrafen som görs i Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="262" />
      <source>Vuosi</source>
      <translation>År</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="266" />
      <source>Ensimmäinen pykälä</source>
      <translation>Första paragraf</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="660" />
      <source>Mallipohjan ”{name}” historia</source>
      <translation>Historik för mallen ”{name}”</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="676" />
      <source>Mallipohjasta ei ole aiempia versioita.</source>
      <translation>Mallen har inga tidigare versioner.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="679" />
      <source>Palauta tämä versio muokattavaksi</source>
      <translation>Återställ den här versionen för redigering</translation>
    </message>
  </context>
  <context>
    <name>IntroPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="134" />
      <source>Tervetuloa Sihteeriin</source>
      <translation>Välkommen till Sihteeri</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="138" />
      <source>Sihteeri tarvitsee tiedot organisaatiostasi ja sen toimielimistä. Voit myös tutustua ohjelmaan esittelytietokannalla (Hartolan kunta ja Päijät-Hämeen liitto).</source>
      <translation>Sihteeri behöver uppgifter om din organisation och dess organ. Du kan också bekanta dig med programmet i demodatabasen (Gustav Adolfs kommun och Päijänne-Tavastlands förbund).</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="144" />
      <source>Anna organisaation tiedot</source>
      <translation>Ange organisationens uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="146" />
      <source>Avaa esittelytietokanta</source>
      <translation>Öppna demodatabasen</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <location filename="../../gui/item_editor.py" line="175" />
      <source>Muokkaa: {field}</source>
      <translation>Redigera: {field}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="207" />
      <source>Palauta luonnos</source>
      <translation>Återställ utkast</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="339" />
      <location filename="../../gui/item_editor.py" line="340" />
      <source>Otsikko</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="342" />
      <location filename="../../gui/item_editor.py" line="345" />
      <source>Dnro</source>
      <translation>Dnr</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="353" />
      <location filename="../../gui/item_editor.py" line="358" />
      <source>Tehtäväluokka</source>
      <translation>Uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="365" />
      <location filename="../../gui/item_editor.py" line="367" />
      <source>Valmistelija</source>
      <translation>Beredare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="366" />
      <location filename="../../gui/item_editor.py" line="369" />
      <source>Esittelijä</source>
      <translation>Föredragande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="372" />
      <source>kokouksen avaus</source>
      <translation>mötets öppnande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="373" />
      <source>laillisuus ja päätösvaltaisuus</source>
      <translation>laglighet och beslutförhet</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="374" />
      <source>pöytäkirjantarkastajat</source>
      <translation>protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="375" />
      <source>työjärjestys</source>
      <translation>arbetsordning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="376" />
      <source>tavallinen asia</source>
      <translation>vanligt ärende</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="377" />
      <source>sopimus</source>
      <translation>avtal</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="378" />
      <source>lausunto</source>
      <translation>utlåtande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="379" />
      <source>valinta</source>
      <translation>val</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="380" />
      <source>ilmoitusasiat</source>
      <translation>anmälningsärenden</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="381" />
      <source>muut asiat</source>
      <translation>övriga ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="382" />
      <source>kokouksen päättäminen</source>
      <translation>mötets avslutande</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="384" />
      <location filename="../../gui/item_editor.py" line="395" />
      <source>Asian laji</source>
      <translation>Ärendets typ</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="386" />
      <source>päättää asiasta</source>
      <translation>beslutar i ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="387" />
      <source>valmistelee tai panee täytäntöön</source>
      <translation>bereder eller verkställer</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="388" />
      <source>hankinta</source>
      <translation>upphandling</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="389" />
      <source>erityislain mukainen</source>
      <translation>enligt speciallag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="390" />
      <source>erityislaki, oikaisuvaatimus (HL 49 c §)</source>
      <translation>speciallag, begäran om omprövning (FL 49 c §)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="393" />
      <location filename="../../gui/item_editor.py" line="397" />
      <source>Päätöksen luonne</source>
      <translation>Beslutets karaktär</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="399" />
      <location filename="../../gui/item_editor.py" line="402" />
      <source>Selostus</source>
      <translation>Redogörelse</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="400" />
      <location filename="../../gui/item_editor.py" line="404" />
      <source>Päätösehdotus</source>
      <translation>Beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="410" />
      <source>Asia ja valmistelu</source>
      <translation>Ärende och beredning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="415" />
      <location filename="../../gui/item_editor.py" line="416" />
      <source>Käsittely</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="417" />
      <location filename="../../gui/item_editor.py" line="418" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="420" />
      <source>hyväksyttiin muutoksitta</source>
      <translation>godkändes utan ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="421" />
      <source>hyväksyttiin äänestyksen jälkeen</source>
      <translation>godkändes efter omröstning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="422" />
      <source>hyväksyttiin muutettuna</source>
      <translation>godkändes med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="423" />
      <source>hylättiin</source>
      <translation>förkastades</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="424" />
      <source>merkittiin tiedoksi</source>
      <translation>antecknades för kännedom</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="425" />
      <source>palautettiin valmisteluun</source>
      <translation>återremitterades</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="426" />
      <source>pöydättiin</source>
      <translation>bordlades</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="427" />
      <source>poistettiin esityslistalta</source>
      <translation>ströks från föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="428" />
      <source>vaali</source>
      <translation>val</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="430" />
      <location filename="../../gui/item_editor.py" line="431" />
      <source>Lopputulos</source>
      <translation>Utfall</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="433" />
      <source>oikaisuvaatimus</source>
      <translation>begäran om omprövning</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="434" />
      <source>kunnallisvalitus</source>
      <translation>kommunalbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="435" />
      <source>muutoksenhakukielto</source>
      <translation>förbud att söka ändring</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="436" />
      <source>hankintaoikaisu ja markkinaoikeus</source>
      <translation>upphandlingsrättelse och marknadsdomstolen</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="437" />
      <source>hallintovalitus</source>
      <translation>förvaltningsbesvär</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="438" />
      <source>erityislain oikaisuvaatimus</source>
      <translation>begäran om omprövning enligt speciallag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="442" />
      <location filename="../../gui/item_editor.py" line="446" />
      <source>Muutoksenhakutapa (poikkeus)</source>
      <translation>Sätt att söka ändring (avvikelse)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="447" />
      <location filename="../../gui/item_editor.py" line="448" />
      <source>Poikkeuksen peruste</source>
      <translation>Grund för avvikelsen</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="449" />
      <source>Käsittely ja päätös</source>
      <translation>Behandling och beslut</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="455" />
      <source>julkinen</source>
      <translation>offentlig</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="456" />
      <source>osittain salassa pidettävä</source>
      <translation>delvis sekretessbelagd</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="457" />
      <source>salassa pidettävä</source>
      <translation>sekretessbelagd</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="460" />
      <location filename="../../gui/item_editor.py" line="462" />
      <source>Julkisuus</source>
      <translation>Offentlighet</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="463" />
      <location filename="../../gui/item_editor.py" line="465" />
      <source>Salassapitoperuste</source>
      <translation>Sekretessgrund</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="466" />
      <location filename="../../gui/item_editor.py" line="471" />
      <source>Sisältää henkilötietoja</source>
      <translation>Innehåller personuppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="477" />
      <location filename="../../gui/item_editor.py" line="478" />
      <source>Julkaistava otsikko</source>
      <translation>Rubrik som publiceras</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="479" />
      <location filename="../../gui/item_editor.py" line="480" />
      <source>Otsikko ruotsiksi</source>
      <translation>Rubrik på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="484" />
      <location filename="../../gui/item_editor.py" line="486" />
      <source>Liitteet</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="489" />
      <source>Liitä tiedosto…</source>
      <translation>Bifoga fil…</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="490" />
      <source>Tallentaa tiedoston (esim. allekirjoitetun sopimuksen) asian liitteeksi tietokantaan; se kulkee varmuuskopioiden ja arkiston mukana.</source>
      <translation>Sparar filen (t.ex. ett undertecknat avtal) som bilaga till ärendet i databasen; den följer med säkerhetskopiorna och arkivet.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="494" />
      <source>Avaa tiedosto</source>
      <translation>Öppna filen</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="503" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="503" />
      <source>Osoite</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="503" />
      <source>Asianosainen</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="507" />
      <source>Asianosaisen muutoksenhakuaika lasketaan hänen omasta tiedoksisaannistaan (Kokous → Otteiden lähettäminen…); muille ote on vain tiedoksi.</source>
      <translation>En parts tid för ändringssökande räknas från partens egen delfående (Möte → Sändning av utdrag…); för andra är utdraget för kännedom.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="513" />
      <location filename="../../gui/item_editor.py" line="516" />
      <source>Tiedoksi / otteet</source>
      <translation>För kännedom / utdrag</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="519" />
      <source>Julkisuus, liitteet ja jakelu</source>
      <translation>Offentlighet, bilagor och sändlista</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="533" />
      <source>Lisää</source>
      <translation>Lägg till</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="535" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="569" />
      <source>Valittuna liite on julkinen</source>
      <translation>Vald bilaga är offentlig</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="572" />
      <source>Tiedosto: {name} (Avaa tiedosto)</source>
      <translation>Fil: {name} (Öppna filen)</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="609" />
      <source>Tiedostoa {path} ei löydy.</source>
      <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="610" />
      <source>Tiedostoa {path} ei voi lukea: {reason}</source>
      <translation>Filen {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="635" />
      <source>Liitettä ei voitu kirjoittaa avattavaksi: {reason}</source>
      <translation>Bilagan kunde inte skrivas för att öppnas: {reason}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="645" />
      <source>Liite {n}</source>
      <translation>Bilaga {n}</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="693" />
      <source>Uusi vastaanottaja</source>
      <translation>Ny mottagare</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="768" />
      <source>&lt;i&gt;Valitse asia siirtimestä vasemmalla.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Välj ett ärende i navigatorn till vänster.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="825" />
      <source>Vain luku: kokouksen {number}/{year} pöytäkirja on tarkastettu {date}, eikä sen asioita voi enää muuttaa. Korjaus tehdään oikaisuna, joka näkyy pöytäkirjassa.</source>
      <translation>Endast läsning: protokollet från möte {number}/{year} justerades {date}, och dess ärenden kan inte längre ändras. En korrigering görs som en rättelse som syns i protokollet.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="851" />
      <source>Asiaan on tallentamattomia muutoksia, jotka tallentuivat luonnokseksi {when} (ohjelma suljettiin tallentamatta). Palautetaanko ne?</source>
      <translation>Ärendet har osparade ändringar som sparades som utkast {when} (programmet stängdes utan att spara). Vill du återställa dem?</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="855" />
      <source>Huom.: asiaa on sen jälkeen muutettu ja tallennettu muualla.</source>
      <translation>Obs.: ärendet har därefter ändrats och sparats på annat håll.</translation>
    </message>
    <message>
      <location filename="../../gui/item_editor.py" line="900" />
      <source>{body}, kokous {number}/{year}, {date}</source>
      <translation>{body}, möte {number}/{year}, {date}</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <location filename="../../gui/conduct.py" line="115" />
      <source>Hyväksytty muuttamattomana</source>
      <translation>Godkänt oförändrat</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="116" />
      <source>Hyväksytty äänestyksen jälkeen</source>
      <translation>Godkänt efter omröstning</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="117" />
      <source>Hyväksytty muutettuna</source>
      <translation>Godkänt med ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="118" />
      <source>Hylätty</source>
      <translation>Förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="119" />
      <source>Merkitty tiedoksi</source>
      <translation>Antecknat för kännedom</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="120" />
      <source>Palautettu valmisteluun</source>
      <translation>Återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="121" />
      <source>Pöydätty</source>
      <translation>Bordlagt</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="122" />
      <source>Poistettu esityslistalta</source>
      <translation>Struket från föredragningslistan</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="123" />
      <source>Valinta</source>
      <translation>Val</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="161" />
      <source>Esteellisyys…</source>
      <translation>Jäv…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="162" />
      <source>Ehdotus…</source>
      <translation>Förslag…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="163" />
      <source>Äänestys…</source>
      <translation>Omröstning…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="164" />
      <source>Eriävä mielipide…</source>
      <translation>Avvikande mening…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="165" />
      <source>Poista valittu</source>
      <translation>Ta bort det valda</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="166" />
      <source>Oikaisu…</source>
      <translation>Rättelse…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="169" />
      <source>(valitse)</source>
      <translation>(välj)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="175" />
      <source>Käsittelyn kulku (esteellisyydet, ehdotukset ja äänestykset tulostuvat itse)</source>
      <translation>Behandlingens gång (jäv, förslag och omröstningar skrivs ut automatiskt)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="178" />
      <source>Kirjaa rauenneet ehdotukset</source>
      <translation>Anteckna förfallna förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="182" />
      <source>Tallenna päätös</source>
      <translation>Spara beslutet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="185" />
      <source>Käsittely</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="188" />
      <source>Esteellisyydet</source>
      <translation>Jäv</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="189" />
      <source>Ehdotukset</source>
      <translation>Förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="190" />
      <source>Äänestykset</source>
      <translation>Omröstningar</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="191" />
      <source>Eriävät mielipiteet</source>
      <translation>Avvikande meningar</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="205" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="207" />
      <source>Päätöksen laji</source>
      <translation>Typ av beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="211" />
      <source>Käsittelyteksti</source>
      <translation>Behandlingstext</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="212" />
      <source>Päätösteksti</source>
      <translation>Beslutstext</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="218" />
      <source>Oikaisut</source>
      <translation>Rättelser</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="271" />
      <source>Päätösvaltaisuus: {text}</source>
      <translation>Beslutförhet: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="273" />
      <source>Päätösehdotus: {text}</source>
      <translation>Beslutsförslag: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="280" />
      <source> – poistui</source>
      <translation> – avlägsnade sig</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="280" />
      <source> – ei poistunut</source>
      <translation> – avlägsnade sig inte</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="428" />
      <source>Esittelijän päätösehdotus</source>
      <translation>Föredragandens beslutsförslag</translation>
    </message>
  </context>
  <context>
    <name>LinkItemDialog</name>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="36" />
      <source>Linkitä pykälä</source>
      <translation>Länka paragraf</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_dialogs.py" line="38" />
      <source>Valitse pykälä, joka on osapuolen {0} päätös sopimuksesta:</source>
      <translation>Välj den paragraf som är {0}s beslut om avtalet:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/main_window.py" line="67" />
      <source>Sihteeri — {where}</source>
      <translation>Sihteeri — {where}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="89" />
      <source>Haku</source>
      <translation>Sökning</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="164" />
      <source>Uusi kokous…</source>
      <translation>Nytt möte…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="167" />
      <source>Luo kokous vakioasioineen</source>
      <translation>Skapa ett möte med standardärendena</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="171" />
      <source>Kokouksen tiedot…</source>
      <translation>Mötets uppgifter…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="174" />
      <source>Muuta kokouksen päivämäärää, alkamisaikaa, paikkaa tai numeroa</source>
      <translation>Ändra mötets datum, starttid, plats eller nummer</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="178" />
      <source>Merkitse esityslista julkaistuksi…</source>
      <translation>Markera föredragningslistan som publicerad…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="181" />
      <source>Kirjaa päivä, jona kokouskutsu ja esityslista lähetettiin ja julkaistiin</source>
      <translation>Anteckna dagen då möteskallelsen och föredragningslistan skickades och publicerades</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="185" />
      <source>Otteiden lähettäminen…</source>
      <translation>Sändning av utdrag…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="188" />
      <source>Kirjaa, milloin ja miten pykälän otteet lähetettiin; asianosaisten määräajat lasketaan niistä</source>
      <translation>Anteckna när och hur paragrafens utdrag skickades; parternas tidsfrister räknas från dem</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="192" />
      <source>Vuoden ensimmäinen pykälä…</source>
      <translation>Årets första paragraf…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="195" />
      <source>Anna toimielimen vuoden ensimmäisen pykälän numero (käyttöönotto kesken vuoden)</source>
      <translation>Ange numret på organets första paragraf för året (ibruktagning mitt i året)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="199" />
      <source>Uusi asia…</source>
      <translation>Nytt ärende…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="202" />
      <source>Lisää asia kokoukseen</source>
      <translation>Lägg till ett ärende i mötet</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="205" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="205" />
      <source>Tallenna asian muutokset</source>
      <translation>Spara ändringarna i ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="207" />
      <source>Hylkää muutokset</source>
      <translation>Förkasta ändringarna</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="208" />
      <source>Kumoa</source>
      <translation>Ångra</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="211" />
      <source>Tee uudelleen</source>
      <translation>Gör om</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="219" />
      <source>Etsi…</source>
      <translation>Sök…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="222" />
      <source>Hae kaikkien vuosien asioista</source>
      <translation>Sök bland ärenden från alla år</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="224" />
      <location filename="../../gui/main_window.py" line="600" />
      <source>Poista asia</source>
      <translation>Ta bort ärende</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="225" />
      <source>Siirrä ylös</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="226" />
      <source>Siirrä alas</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="227" />
      <source>Siirrä toiseen kokoukseen…</source>
      <translation>Flytta till ett annat möte…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="228" />
      <source>Päivitä</source>
      <translation>Uppdatera</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="231" />
      <source>Avaa tietokanta…</source>
      <translation>Öppna databas…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="234" />
      <source>Avaa toinen tietokanta: tiedosto, jaettu PostgreSQL-tietokanta tai oletustietokanta</source>
      <translation>Öppna en annan databas: en fil, en delad PostgreSQL-databas eller standarddatabasen</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="238" />
      <source>Verkosta poistettavat…</source>
      <translation>Att ta bort från nätet…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="241" />
      <source>Mitkä henkilötiedot ja pöytäkirjat poistetaan yleisestä tietoverkosta ja milloin</source>
      <translation>Vilka personuppgifter och protokoll som tas bort från det allmänna datanätet, och när</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="243" />
      <source>Asetukset…</source>
      <translation>Inställningar…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="244" />
      <source>Lopeta</source>
      <translation>Avsluta</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="245" />
      <location filename="../../gui/main_window.py" line="728" />
      <source>Tietoja Sihteeristä</source>
      <translation>Om Sihteeri</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="259" />
      <source>&amp;Tiedosto</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="262" />
      <source>&amp;Muokkaa</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="264" />
      <source>&amp;Kokous</source>
      <translation>&amp;Möte</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="268" />
      <source>&amp;Näytä</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="270" />
      <source>T&amp;yökalut</source>
      <translation>&amp;Verktyg</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="271" />
      <source>&amp;Ohje</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="272" />
      <source>Työkalut</source>
      <translation>Verktyg</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="308" />
      <source>Vain luku (tarkastettu pöytäkirja)</source>
      <translation>Endast läsning (justerat protokoll)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="310" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="312" />
      <source>Tallennettu</source>
      <translation>Sparat</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="441" />
      <source>Kokous luotu vakioasioineen.</source>
      <translation>Mötet skapades med standardärendena.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="477" />
      <source>Kokous {number}/{year}</source>
      <translation>Möte {number}/{year}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="489" />
      <source>Kokouksen tiedot tallennettu.</source>
      <translation>Mötets uppgifter sparade.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="510" />
      <source>Esityslista julkaistu</source>
      <translation>Föredragningslistan publicerad</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="510" />
      <source>Julkaisupäivä</source>
      <translation>Publiceringsdag</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="516" />
      <source>Esityslista merkitty julkaistuksi.</source>
      <translation>Föredragningslistan markerad som publicerad.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="535" />
      <source>Otteiden lähettäminen – {section} §</source>
      <translation>Sändning av utdrag – {section} §</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="538" />
      <source>Pykälällä ei ole vastaanottajia. Lisää ne asian kohtaan Tiedoksi / otteet ja tallenna.</source>
      <translation>Paragrafen har inga mottagare. Lägg till dem under För kännedom / utdrag och spara.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="553" />
      <source>Otteiden lähettäminen kirjattu.</source>
      <translation>Sändningen av utdragen antecknad.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="576" />
      <source>Vuoden {year} pykälät alkavat numerosta {number}.</source>
      <translation>Paragraferna för år {year} börjar från nummer {number}.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="601" />
      <source>Poistetaanko asia ”{title}”? Seuraavat pykälänumerot siirtyvät.</source>
      <translation>Ta bort ärendet ”{title}”? Följande paragrafnummer flyttas.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="668" />
      <source>Siirrä toiseen kokoukseen</source>
      <translation>Flytta till ett annat möte</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="668" />
      <source>Toimielimellä ei ole muita avoimia kokouksia.</source>
      <translation>Organet har inga andra öppna möten.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="692" />
      <source>Asia tallennettu.</source>
      <translation>Ärendet sparades.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="722" />
      <source>Asetukset</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="722" />
      <source>Kieli vaihtuu, kun käynnistät Sihteerin uudelleen.</source>
      <translation>Språket byts när du startar om Sihteeri.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="746" />
      <source>Sihteeri {version} — toimielimen sihteerin työväline: esityslistat, pöytäkirjat, otteet ja sopimukset.</source>
      <translation>Sihteeri {version} — verktyg för organets sekreterare: föredragningslistor, protokoll, utdrag och avtal.</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="749" />
      <source>Tietokanta: {database}</source>
      <translation>Databas: {database}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="750" />
      <source>Loki: {path}</source>
      <translation>Logg: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="751" />
      <source>Virheraportit: {path}</source>
      <translation>Felrapporter: {path}</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="41" />
      <source>Kokouksen kulku ja pöytäkirja…</source>
      <translation>Mötets gång och protokoll…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="48" />
      <source>Laadi ehdotus mallipohjasta…</source>
      <translation>Skriv förslag utifrån en mall…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="53" />
      <source>Mallipohjat…</source>
      <translation>Mallar…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="60" />
      <source>Sopimukset…</source>
      <translation>Avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="65" />
      <source>Liitä sopimukseen…</source>
      <translation>Koppla till avtal…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="71" />
      <source>Varmuuskopiot…</source>
      <translation>Säkerhetskopior…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="81" />
      <source>Tulosta…</source>
      <translation>Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="85" />
      <source>Tulosteet</source>
      <translation>Utskrifter</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="87" />
      <source>Esityslista</source>
      <translation>Föredragningslista</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="88" />
      <source>Pöytäkirja</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="89" />
      <source>Pöytäkirjanote</source>
      <translation>Protokollsutdrag</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="90" />
      <source>Päätösehdotusluonnos</source>
      <translation>Utkast till beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="265" />
      <source>(ei sopimusta)</source>
      <translation>(inget avtal)</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="278" />
      <source>Asia liitetty sopimukseen.</source>
      <translation>Ärendet kopplat till avtalet.</translation>
    </message>
    <message>
      <location filename="../../gui/actions.py" line="280" />
      <source>Asian sopimusliitos poistettu.</source>
      <translation>Ärendets avtalskoppling borttagen.</translation>
    </message>
  </context>
  <context>
    <name>MeetingConductWidget</name>
    <message>
      <location filename="../../gui/conduct.py" line="105" />
      <source>Pöytäkirja on muuttunut</source>
      <translation>Protokollet har ändrats</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="800" />
      <source>Aloita kokous</source>
      <translation>Inled mötet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="801" />
      <source>Pöytäkirjan tarkastus…</source>
      <translation>Justering av protokollet…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="811" />
      <source>Lisää läsnäolija…</source>
      <translation>Lägg till närvarande…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="812" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="813" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="852" />
      <source>Läsnäolo</source>
      <translation>Närvaro</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="853" />
      <source>Asiat ja päätökset</source>
      <translation>Ärenden och beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="906" />
      <source>Luonnos – kokousta ei ole aloitettu.</source>
      <translation>Utkast – mötet har inte inletts.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="907" />
      <source>Esityslista julkaistu – aloita kokous, kun se alkaa.</source>
      <translation>Föredragningslistan publicerad – inled mötet när det börjar.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="908" />
      <source>Kokous pidetty – pöytäkirja odottaa tarkastusta.</source>
      <translation>Mötet hållet – protokollet väntar på justering.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="909" />
      <source>Pöytäkirja tarkastettu ja lukittu – korjaukset oikaisuina.</source>
      <translation>Protokollet justerat och låst – korrigeringar som rättelser.</translation>
    </message>
    <message>
      <location filename="../../gui/conduct.py" line="910" />
      <source>Pöytäkirja tarkastettu ja julkaistu – korjaukset oikaisuina.</source>
      <translation>Protokollet justerat och publicerat – korrigeringar som rättelser.</translation>
    </message>
  </context>
  <context>
    <name>MeetingInfoDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="115" />
      <source>Päivämäärä</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="117" />
      <source>Alkaa klo</source>
      <translation>Börjar kl.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="119" />
      <source>Paikka</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="123" />
      <source>Kokoukset numeroidaan vuosittain. Pykälät seuraavat kokousten järjestystä.</source>
      <translation>Mötena numreras per år. Paragraferna följer mötenas ordning.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="124" />
      <source>Kokouksen numero</source>
      <translation>Mötets nummer</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="82" />
      <source>puheenjohtaja</source>
      <translation>ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="83" />
      <source>varapuheenjohtaja</source>
      <translation>vice ordförande</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="84" />
      <source>jäsen</source>
      <translation>ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="85" />
      <source>varajäsen</source>
      <translation>ersättare</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="325" />
      <source>Uusi jäsen</source>
      <translation>Ny ledamot</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="325" />
      <source>Jäsenyys: {name}</source>
      <translation>Medlemskap: {name}</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="334" />
      <source>etunimi sukunimi; aiemmin tallennettu henkilö ehdotetaan</source>
      <translation>förnamn efternamn; en tidigare sparad person föreslås</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="335" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="340" />
      <source>Rooli</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="342" />
      <source>(ei henkilökohtainen)</source>
      <translation>(inte personlig)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="346" />
      <source>Henkilökohtainen varajäsen jäsenelle</source>
      <translation>Personlig ersättare för ledamoten</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="349" />
      <source>Kausi alkaa</source>
      <translation>Mandatperioden börjar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="350" />
      <source>Jäsenyys päättyy</source>
      <translation>Medlemskapet upphör</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="355" />
      <source>Kausi päättyy</source>
      <translation>Mandatperioden slutar</translation>
    </message>
  </context>
  <context>
    <name>MotionDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="283" />
      <location filename="../../gui/conduct_dialogs.py" line="291" />
      <source>Ehdotus</source>
      <translation>Förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="287" />
      <source>(ei kannatettu – ehdotus raukeaa)</source>
      <translation>(inte understött – förslaget förfaller)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="288" />
      <source>Ehdottaja peruutti ehdotuksensa</source>
      <translation>Förslagsställaren återtog sitt förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="290" />
      <source>Ehdottaja</source>
      <translation>Förslagsställare</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="292" />
      <source>Kannattaja</source>
      <translation>Understödd av</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="303" />
      <source>Lisää ehdotus</source>
      <translation>Lägg till förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="303" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
  </context>
  <context>
    <name>NavigatorModel</name>
    <message>
      <location filename="../../gui/navigator.py" line="39" />
      <source>luonnos</source>
      <translation>utkast</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="40" />
      <source>esityslista julkaistu</source>
      <translation>föredragningslistan publicerad</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="41" />
      <source>pidetty</source>
      <translation>hållet</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="42" />
      <source>tarkastettu</source>
      <translation>justerat</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="43" />
      <source>julkaistu</source>
      <translation>publicerat</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="167" />
      <source>Kokous {number}/{year} · {date} ({state})</source>
      <translation>Möte {number}/{year} · {date} ({state})</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="175" />
      <source>{count} asiaa</source>
      <translation>{count} ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/navigator.py" line="283" />
      <source>pöytäkirja tarkastettu, vain luku</source>
      <translation>protokollet justerat, endast läsning</translation>
    </message>
  </context>
  <context>
    <name>NewMeetingDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="142" />
      <source>Uusi kokous</source>
      <translation>Nytt möte</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="151" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="153" />
      <source>Päivämäärä</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="155" />
      <source>Alkaa klo</source>
      <translation>Börjar kl.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="157" />
      <source>Paikka</source>
      <translation>Plats</translation>
    </message>
  </context>
  <context>
    <name>OnlineRemovalsDialog</name>
    <message>
      <location filename="../../gui/online_dialog.py" line="43" />
      <source>Verkosta poistettavat</source>
      <translation>Att ta bort från nätet</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="45" />
      <source>Henkilötiedot poistetaan julkaistusta pöytäkirjasta muutoksenhakuajan päätyttyä niistä pykälistä, jotka on merkitty sisältämään henkilötietoja; koko pöytäkirja, kun organisaation asetuksissa annettu aika on kulunut.</source>
      <translation>Personuppgifterna tas bort ur det publicerade protokollet när besvärstiden har gått ut, i de paragrafer som har markerats innehålla personuppgifter; hela protokollet när tiden i organisationens inställningar har gått.</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="53" />
      <source>Alkaen</source>
      <translation>Från och med</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="55" />
      <source>päättyen</source>
      <translation>till och med</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="60" />
      <source>Päivä</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="60" />
      <source>Kokous</source>
      <translation>Möte</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="60" />
      <source>Poistettava</source>
      <translation>Tas bort</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="67" />
      <source>Ei poistettavaa näinä päivinä.</source>
      <translation>Inget att ta bort under dessa dagar.</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="70" />
      <source>Näytä kokous</source>
      <translation>Visa mötet</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="93" />
      <source>henkilötiedot: {sections} §</source>
      <translation>personuppgifter: {sections} §</translation>
    </message>
    <message>
      <location filename="../../gui/online_dialog.py" line="97" />
      <source>koko pöytäkirja</source>
      <translation>hela protokollet</translation>
    </message>
  </context>
  <context>
    <name>OrganisationForm</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="64" />
      <source>kunta</source>
      <translation>kommun</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="65" />
      <source>kuntayhtymä</source>
      <translation>samkommun</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="66" />
      <source>maakuntaliitto</source>
      <translation>landskapsförbund</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="67" />
      <source>hyvinvointialue</source>
      <translation>välfärdsområde</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="70" />
      <source>suomi</source>
      <translation>finska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="71" />
      <source>ruotsi</source>
      <translation>svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="72" />
      <source>kaksikielinen (suomi ja ruotsi)</source>
      <translation>tvåspråkig (finska och svenska)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="100" />
      <source>Organisaation laji</source>
      <translation>Typ av organisation</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="102" />
      <source>esim. Hartolan kunta</source>
      <translation>t.ex. Gustav Adolfs kommun</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="103" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="105" />
      <source>kaksikielisen organisaation ruotsinkielinen nimi</source>
      <translation>en tvåspråkig organisations svenska namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="107" />
      <source>Nimi ruotsiksi</source>
      <translation>Namn på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="113" />
      <source>Asiakirjojen kieli</source>
      <translation>Handlingarnas språk</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="117" />
      <source>Postiosoite</source>
      <translation>Postadress</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="120" />
      <source>esim. Rantatie 6, Hartola</source>
      <translation>t.ex. Rantatie 6, Gustav Adolfs</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="122" />
      <source>Kirjaamon sähköposti</source>
      <translation>Registratorskontorets e-post</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="124" />
      <source>esim. ma–pe klo 9–15</source>
      <translation>t.ex. mån–fre kl. 9–15</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="125" />
      <source>Kirjaamon aukioloaika</source>
      <translation>Registratorskontorets öppettider</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="132" />
      <source>Käyntiosoite</source>
      <translation>Besöksadress</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="133" />
      <source>Postiosoite ruotsiksi</source>
      <translation>Postadress på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="134" />
      <source>Käyntiosoite ruotsiksi</source>
      <translation>Besöksadress på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="135" />
      <source>Aukioloaika ruotsiksi</source>
      <translation>Öppettider på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="140" />
      <source>(ei valittu)</source>
      <translation>(inte vald)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="146" />
      <source>Hallinto-oikeus, jolle kunnallisvalitukset tehdään; valtuuston pöytäkirjan valitusosoitus tarvitsee sen.</source>
      <translation>Förvaltningsdomstolen dit kommunalbesvär anförs; fullmäktiges besvärsanvisning behöver den.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="148" />
      <source>Hallinto-oikeus</source>
      <translation>Förvaltningsdomstol</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="150" />
      <source>esim. Hartolassa</source>
      <translation>t.ex. Gustav Adolfs</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="156" />
      <source> päivää</source>
      <translation> dagar</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="157" />
      <source>Kuinka kauan pöytäkirjat pidetään yleisessä tietoverkossa julkaisusta (vähintään muutoksenhakuajan loppuun). Henkilötiedot poistetaan jo muutoksenhakuajan päätyttyä.</source>
      <translation>Hur länge protokollen hålls tillgängliga i det allmänna datanätet efter publiceringen (minst till besvärstidens slut). Personuppgifterna tas bort redan när besvärstiden har gått ut.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="160" />
      <source>Pöytäkirjat verkossa</source>
      <translation>Protokoll på nätet</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="162" />
      <source>Pöytäkirjanotteen todistuspaikka</source>
      <translation>Ort för bestyrkande av protokollsutdrag</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="163" />
      <source>Todistuksen teksti</source>
      <translation>Bestyrkandets text (finska)</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="164" />
      <source>Todistuksen teksti ruotsiksi</source>
      <translation>Bestyrkandets text på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="206" />
      <source>(muu, asetettu ohjelmallisesti)</source>
      <translation>(annan, angiven programmatiskt)</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="162" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="224" />
      <source>Lisää osapuoli</source>
      <translation>Lägg till part</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="233" />
      <source>Valitse tai kirjoita uusi</source>
      <translation>Välj eller skriv en ny</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="234" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="236" />
      <source>Kunta</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="237" />
      <source>Kuntayhtymä</source>
      <translation>Samkommun</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="238" />
      <source>Maakuntaliitto</source>
      <translation>Landskapsförbund</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="239" />
      <source>Hyvinvointialue</source>
      <translation>Välfärdsområde</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="241" />
      <source>Laji (uusi organisaatio)</source>
      <translation>Typ (ny organisation)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="242" />
      <source>Kunnanhallitus</source>
      <translation>Kommunstyrelsen</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="243" />
      <source>Päättävä toimielin</source>
      <translation>Beslutande organ</translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="732" />
      <source>Hae nimellä tai nimikkeellä</source>
      <translation>Sök med namn eller titel</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="736" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="736" />
      <source>Virkanimike</source>
      <translation>Tjänstebeteckning</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="736" />
      <source>Sähköposti</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="737" />
      <source>Puhelin</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="746" />
      <source>Uusi henkilö…</source>
      <translation>Ny person…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="747" />
      <source>Muokkaa…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="839" />
      <source>{name} ({date} asti)</source>
      <translation>{name} (till och med {date})</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="645" />
      <source>Uusi henkilö</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="645" />
      <source>Henkilön tiedot</source>
      <translation>Personens uppgifter</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="648" />
      <source>Nimi</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="650" />
      <source>esim. sivistysjohtaja</source>
      <translation>t.ex. bildningsdirektör</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="651" />
      <source>Virkanimike</source>
      <translation>Tjänstebeteckning</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="653" />
      <source>Virkanimike ruotsiksi</source>
      <translation>Tjänstebeteckning på svenska</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="655" />
      <source>Sähköposti</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="657" />
      <source>Puhelin</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="658" />
      <source>Nimi tai nimike on vaihtunut, alkaen</source>
      <translation>Namnet eller titeln har ändrats, från och med</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="659" />
      <source>Korjaan kirjoitusvirheen</source>
      <translation>Jag rättar ett skrivfel</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="669" />
      <source>Jos nimi tai virkanimike muuttuu</source>
      <translation>Om namnet eller titeln ändras</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="676" />
      <source>Esimerkiksi avioliitto tai uusi virka: aiempien kokousten asiakirjoissa säilyy entinen nimi ja nimike.</source>
      <translation>Till exempel äktenskap eller en ny tjänst: handlingarna från tidigare möten behåller det tidigare namnet och den tidigare titeln.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="679" />
      <source>Korjaus näkyy kaikissa asiakirjoissa, myös aiempien kokousten.</source>
      <translation>Rättelsen syns i alla handlingar, också för tidigare möten.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="680" />
      <source>Jos tilalle tulee toinen henkilö, lisää hänet uutena.</source>
      <translation>Om en annan person tar över, lägg till hen som ny.</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="684" />
      <source>Aiemmat nimet: {names}</source>
      <translation>Tidigare namn: {names}</translation>
    </message>
    <message>
      <location filename="../../gui/organisation_dialog.py" line="717" />
      <source>Valitse, onko nimi tai nimike vaihtunut vai korjaatko kirjoitusvirheen.</source>
      <translation>Välj om namnet eller titeln har ändrats eller om du rättar ett skrivfel.</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <location filename="../../gui/print_preview.py" line="73" />
      <source>Esikatselu — %1</source>
      <translation>Förhandsvisning — %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../gui/print_preview.py" line="85" />
      <source>%n sivua</source>
      <translation>
        <numerusform>%n sida</numerusform>
        <numerusform>%n sidor</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="86" />
      <source>Tulosta…</source>
      <translation>Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="89" />
      <source>Tallenna PDF…</source>
      <translation>Spara PDF…</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="95" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="113" />
      <source>Tallenna PDF</source>
      <translation>Spara PDF</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="113" />
      <source>PDF-tiedostot (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../gui/dialogs.py" line="391" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="393" />
      <source>Asiaan ”{what}” on tehty muutoksia, joita ei ole tallennettu.</source>
      <translation>Ärendet ”{what}” har ändringar som inte har sparats.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="409" />
      <source>Palauta tallentamattomat muutokset</source>
      <translation>Återställ osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="419" />
      <source>Uusi asia</source>
      <translation>Nytt ärende</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="420" />
      <source>Asian otsikko:</source>
      <translation>Ärendets rubrik:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="461" />
      <source>Siirrä toiseen kokoukseen</source>
      <translation>Flytta till ett annat möte</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="462" />
      <source>Kokous, johon asia siirretään:</source>
      <translation>Möte dit ärendet flyttas:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="472" />
      <source>Liitä sopimukseen</source>
      <translation>Koppla till avtal</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="473" />
      <source>Sopimus, jota asia koskee:</source>
      <translation>Avtalet som ärendet gäller:</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="486" />
      <source>Liitä tiedosto</source>
      <translation>Bifoga fil</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="487" />
      <source>Kaikki tiedostot (*)</source>
      <translation>Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="496" />
      <source>Tiedostoa ei voitu avata</source>
      <translation>Filen kunde inte öppnas</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="497" />
      <source>Tiedostolle {name} ei ole avaavaa ohjelmaa. Se on tallennettu kansioon {folder}.</source>
      <translation>Det finns inget program som öppnar filen {name}. Den har sparats i mappen {folder}.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="524" />
      <source>Tietokantapalvelimen salasana</source>
      <translation>Databasserverns lösenord</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="527" />
      <source>Palvelin ei hyväksynyt salasanaa. Yritä uudelleen.</source>
      <translation>Servern godkände inte lösenordet. Försök igen.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="529" />
      <source>Palvelin {server} pyytää käyttäjän {user} salasanan.</source>
      <translation>Servern {server} begär lösenordet för användaren {user}.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="533" />
      <source>Salasana:</source>
      <translation>Lösenord:</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../gui/search.py" line="151" />
      <source>Hakusanat tai diaarinumero, esim. yhteistyösopimus</source>
      <translation>Sökord eller diarienummer, t.ex. samarbetsavtal</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="158" />
      <source>Tehtäväluokka</source>
      <translation>Uppgiftsklass</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="162" />
      <source>Kaikki lopputulokset</source>
      <translation>Alla utfall</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="164" />
      <source>hyväksytty</source>
      <translation>godkänt</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="165" />
      <source>hyväksytty äänestyksin</source>
      <translation>godkänt efter omröstning</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="166" />
      <source>muutettu</source>
      <translation>ändrat</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="167" />
      <source>hylätty</source>
      <translation>förkastat</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="168" />
      <source>merkitty tiedoksi</source>
      <translation>antecknat för kännedom</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="169" />
      <source>palautettu</source>
      <translation>återremitterat</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="170" />
      <source>pöydätty</source>
      <translation>bordlagt</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="171" />
      <source>poistettu</source>
      <translation>struket</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="172" />
      <source>valinta</source>
      <translation>val</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="177" />
      <source>Hae</source>
      <translation>Sök</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="205" />
      <source>Kaikki toimielimet</source>
      <translation>Alla organ</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="209" />
      <source>Kaikki vuodet</source>
      <translation>Alla år</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="231" />
      <location filename="../../gui/search.py" line="232" />
      <source>Haetaan…</source>
      <translation>Söker…</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="243" />
      <source>Yli {limit} osumaa: näytetään uusimmat {shown}. Tarkenna hakua lisäämällä sana tai rajaus.</source>
      <translation>Över {limit} träffar: de {shown} senaste visas. Precisera sökningen med ett ord eller en avgränsning.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../gui/search.py" line="247" />
      <source>%n osumaa</source>
      <translation>
        <numerusform>%n träff</numerusform>
        <numerusform>%n träffar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="247" />
      <source>Ei osumia.</source>
      <translation>Inga träffar.</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../gui/search.py" line="49" />
      <source>Toimielin</source>
      <translation>Organ</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="50" />
      <source>Päivämäärä</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="51" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="52" />
      <source>Otsikko</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../../gui/search.py" line="53" />
      <source>Osuma</source>
      <translation>Träff</translation>
    </message>
  </context>
  <context>
    <name>SecretaryPage</name>
    <message>
      <location filename="../../gui/first_run.py" line="236" />
      <source>Sihteeri</source>
      <translation>Sekreterare</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="239" />
      <source>Nimesi</source>
      <translation>Ditt namn</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="241" />
      <source>esim. hallintosihteeri</source>
      <translation>t.ex. förvaltningssekreterare</translation>
    </message>
    <message>
      <location filename="../../gui/first_run.py" line="242" />
      <source>Virkanimikkeesi</source>
      <translation>Din tjänstebeteckning</translation>
    </message>
  </context>
  <context>
    <name>SectionsModel</name>
    <message>
      <location filename="../../gui/conduct_models.py" line="251" />
      <source>§</source>
      <translation>§</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="251" />
      <source>Asia</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="251" />
      <source>Päätösvaltaisuus</source>
      <translation>Beslutförhet</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="251" />
      <source>Päätös</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="263" />
      <source> (oikaistu)</source>
      <translation> (rättat)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="269" />
      <source>puuttuu</source>
      <translation>saknas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="270" />
      <source> – teksti puuttuu</source>
      <translation> – texten saknas</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_models.py" line="277" />
      <source>Läsnä {filled} jäsenpaikkaa {seats}:stä, vaaditaan vähintään {required}.</source>
      <translation>Närvarande {filled} av {seats} ledamotsplatser, minst {required} krävs.</translation>
    </message>
  </context>
  <context>
    <name>SendingDialog</name>
    <message>
      <location filename="../../gui/dialogs.py" line="311" />
      <source>kirjeellä</source>
      <translation>per brev</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="312" />
      <source>sähköisesti</source>
      <translation>elektroniskt</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="313" />
      <source>saantitodistuksella</source>
      <translation>mot mottagningsbevis</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="314" />
      <source>henkilökohtaisesti</source>
      <translation>personligen</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="322" />
      <source>Asianosaisen muutoksenhakuaika alkaa tiedoksisaannista: kirje 7. päivänä ja sähköinen viesti 3. päivänä lähettämisestä, saantitodistus ja henkilökohtainen luovutus vastaanottopäivänä. ”–” = ei vielä.</source>
      <translation>En parts tid för ändringssökande börjar från delfåendet: ett brev den 7 dagen och ett elektroniskt meddelande den 3 dagen efter avsändandet, mottagningsbevis och personlig överlämning på mottagningsdagen. ”–” = inte ännu.</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="328" />
      <source>Vastaanottaja</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="328" />
      <source>Asianosainen</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="329" />
      <source>Lähetetty</source>
      <translation>Skickat</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="329" />
      <source>Tapa</source>
      <translation>Sätt</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="329" />
      <source>Vastaanotettu</source>
      <translation>Mottaget</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="339" />
      <source>kyllä</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../gui/dialogs.py" line="339" />
      <source>ei (tiedoksi)</source>
      <translation>nej (för kännedom)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../gui/settings.py" line="112" />
      <source>Asetukset</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="124" />
      <source>Käyttöliittymän kieli</source>
      <translation>Användargränssnittets språk</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="127" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="129" />
      <source>Luonnoksen automaattinen tallennus</source>
      <translation>Automatisk sparning av utkast</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="131" />
      <source>Nimesi</source>
      <translation>Ditt namn</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="133" />
      <source>Virkanimikkeesi</source>
      <translation>Din tjänstebeteckning</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="134" />
      <source>Nimesi perusteella sinut merkitään pöytäkirjanpitäjäksi toimielimen ensimmäiseen kokoukseen; myöhemmät kokoukset saavat edellisen kokouksen pöytäkirjanpitäjän.</source>
      <translation>Med ditt namn antecknas du som protokollförare för organets första möte; senare möten får det föregående mötets protokollförare.</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="138" />
      <source>Yleiset</source>
      <translation>Allmänt</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="169" />
      <source>Organisaatio</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="171" />
      <source>Toimielimet ja jäsenet</source>
      <translation>Organ och ledamöter</translation>
    </message>
    <message>
      <location filename="../../gui/settings.py" line="173" />
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
      <location filename="../../gui/backup_dialog.py" line="413" />
      <source>Tietokantaa ei voi avata</source>
      <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="424" />
      <source>Uusin ehjä varmuuskopio on otettu {day}.{month}.{year} klo {time}.</source>
      <translation>Den senaste hela säkerhetskopian togs {day}.{month}.{year} kl. {time}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="427" />
      <source>Viimeisin kokous siinä: {meeting}.</source>
      <translation>Senaste möte i den: {meeting}.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="428" />
      <source>Vioittunutta tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.</source>
      <translation>Den skadade filen raderas eller ersätts inte: den flyttas åt sidan i samma mapp.</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="434" />
      <source>Palauta varmuuskopio</source>
      <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
      <location filename="../../gui/backup_dialog.py" line="437" />
      <source>Lopeta</source>
      <translation>Avsluta</translation>
    </message>
  </context>
  <context>
    <name>TemplateManagerDialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="234" />
      <source>Mallipohjat</source>
      <translation>Mallar</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="268" />
      <source>Uusi…</source>
      <translation>Ny…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="269" />
      <source>Kopioi…</source>
      <translation>Kopiera…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="270" />
      <source>Nimeä uudelleen…</source>
      <translation>Byt namn…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="271" />
      <source>Poista</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="272" />
      <source>Historia…</source>
      <translation>Historik…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="273" />
      <source>Vie tiedostoon…</source>
      <translation>Exportera till fil…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="274" />
      <source>Tuo tiedostosta…</source>
      <translation>Importera från fil…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="295" />
      <location filename="../../gui/template_dialog.py" line="299" />
      <source>mikä tahansa</source>
      <translation>vilken som helst</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="303" />
      <source>Kieli</source>
      <translation>Språk</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="304" />
      <source>Asian laji</source>
      <translation>Ärendets typ</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="305" />
      <source>Toimielimen laji</source>
      <translation>Organets typ</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="306" />
      <source>Kuvaus</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="313" />
      <source>Mallipohjan teksti</source>
      <translation>Mallens text</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="316" />
      <source>Lisää muuttuja kohdistimen kohdalle</source>
      <translation>Infoga en variabel vid markören</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="323" />
      <source>Esimerkkiasia (kuviteltu)</source>
      <translation>Exempelärende (påhittat)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="325" />
      <source>Esikatselu asialle</source>
      <translation>Förhandsvisning för ärendet</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="334" />
      <source>Tallenna</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="337" />
      <source>Sulje</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="363" />
      <source>valmis</source>
      <translation>färdig</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="363" />
      <source>oma</source>
      <translation>egen</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="408" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Valmis mallipohja: vain luettavissa. Kopioi se muokataksesi.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Färdig mall: endast läsning. Kopiera den för att redigera.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="413" />
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oma mallipohja.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Egen mall.</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="447" />
      <location filename="../../gui/template_dialog.py" line="452" />
      <source>Tallentamattomia muutoksia</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="453" />
      <source>Mallipohjaan on tehty muutoksia, joita ei ole tallennettu. Hylätäänkö muutokset?</source>
      <translation>Mallen har ändringar som inte har sparats. Förkasta ändringarna?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="489" />
      <source>Lisää muuttuja…</source>
      <translation>Infoga variabel…</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="511" />
      <source>Uusi mallipohja</source>
      <translation>Ny mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="511" />
      <source>Mallipohjan nimi:</source>
      <translation>Mallens namn:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="524" />
      <source>Kopioi mallipohja</source>
      <translation>Kopiera mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="525" />
      <source>Kopion nimi:</source>
      <translation>Kopians namn:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="526" />
      <source>{name} (oma)</source>
      <translation>{name} (egen)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="539" />
      <source>Nimeä mallipohja uudelleen</source>
      <translation>Byt namn på mallen</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="539" />
      <source>Uusi nimi:</source>
      <translation>Nytt namn:</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="554" />
      <source>Poista mallipohja</source>
      <translation>Ta bort mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="555" />
      <source>Poistetaanko mallipohja ”{name}” historioineen?</source>
      <translation>Ta bort mallen ”{name}” med dess historik?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="617" />
      <source>Tiedostoa ei voitu kirjoittaa: {error}</source>
      <translation>Filen kunde inte skrivas: {error}</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="619" />
      <source>Viety tiedostoon {path}</source>
      <translation>Exporterad till filen {path}</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="628" />
      <source>Tiedostoa ei voitu lukea: {error}</source>
      <translation>Filen kunde inte läsas: {error}</translation>
    </message>
  </context>
  <context>
    <name>TerminationDialog</name>
    <message>
      <location filename="../../gui/agreement_edit.py" line="262" />
      <source>Sopimuksen päättäminen</source>
      <translation>Avtalets upphörande</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="265" />
      <source>Voimassa (ei irtisanottu)</source>
      <translation>I kraft (inte uppsagt)</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="266" />
      <source>Irtisanottu</source>
      <translation>Uppsagt</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="267" />
      <source>Peruttu</source>
      <translation>Återkallat</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="269" />
      <source>Tila</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../gui/agreement_edit.py" line="272" />
      <source>Päivästä</source>
      <translation>Från och med</translation>
    </message>
  </context>
  <context>
    <name>TieDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="404" />
      <source>Äänet menivät tasan – {section}</source>
      <translation>Rösterna föll lika – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="407" />
      <source>Kumpi ehdotus tuli hyväksytyksi?</source>
      <translation>Vilket förslag blev godkänt?</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="408" />
      <source>JAA-ehdotus: {text}</source>
      <translation>JA-förslag: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="409" />
      <source>EI-ehdotus: {text}</source>
      <translation>NEJ-förslag: {text}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="410" />
      <source>Tallenna tulos</source>
      <translation>Spara resultatet</translation>
    </message>
  </context>
  <context>
    <name>VoteDialog</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="53" />
      <source>Jaa</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="54" />
      <source>Ei</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="55" />
      <source>Tyhjä</source>
      <translation>Blankt</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="56" />
      <source>Poissa</source>
      <translation>Frånvarande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="323" />
      <source>Äänestys – {section}</source>
      <translation>Omröstning – {section}</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="328" />
      <source>JAA-ehdotus</source>
      <translation>JA-förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="329" />
      <source>EI-ehdotus</source>
      <translation>NEJ-förslag</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="331" />
      <source>Äänestäjä</source>
      <translation>Röstande</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="331" />
      <source>Ääni</source>
      <translation>Röst</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="337" />
      <source> (pj)</source>
      <translation> (ordf.)</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="347" />
      <source>Kaikki jaa</source>
      <translation>Alla ja</translation>
    </message>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="362" />
      <source>Tallenna äänestys</source>
      <translation>Spara omröstningen</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../gui/app.py" line="205" />
      <source>Viimeksi käytettyä tietokantaa ei voitu avata: {problem} Sihteeri avaa oletustietokannan; toisen tietokannan voi valita valikosta Tiedosto → Avaa tietokanta…</source>
      <translation>Den senast använda databasen kunde inte öppnas: {problem} Sihteeri öppnar standarddatabasen; en annan databas kan väljas i menyn Arkiv → Öppna databas…</translation>
    </message>
    <message>
      <location filename="../../gui/app.py" line="223" />
      <source>tiedostoa {path} ei löydy.</source>
      <translation>filen {path} hittas inte.</translation>
    </message>
  </context>
  <context>
    <name>conduct_dialogs</name>
    <message>
      <location filename="../../gui/conduct_dialogs.py" line="119" />
      <source>Peruuta</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../gui/errors.py" line="32" />
      <source>Virhe</source>
      <translation>Fel</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="33" />
      <source>Tietokantaa ei voi käyttää</source>
      <translation>Databasen kan inte användas</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="34" />
      <source>Levy täynnä</source>
      <translation>Disken full</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="35" />
      <source>Toimintoa ei voi tehdä</source>
      <translation>Åtgärden kan inte utföras</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="36" />
      <source>Tallennusristiriita</source>
      <translation>Konflikt vid sparande</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="37" />
      <source>Tarkastettu pöytäkirja</source>
      <translation>Justerat protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="38" />
      <source>Virheellinen tieto</source>
      <translation>Felaktig uppgift</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="39" />
      <source>Ei löytynyt</source>
      <translation>Hittades inte</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="40" />
      <source>Virhe mallipohjassa</source>
      <translation>Fel i mallen</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="90" />
      <source>Virheraportti tallennettiin tiedostoon:
{path}</source>
      <translation>Felrapporten sparades i filen:
{path}</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="94" />
      <source>Sihteerissä tapahtui odottamaton virhe. Tallentamattomat muutokset on tallennettu luonnoksina, ja ne tarjotaan palautettaviksi, kun avaat asian uudelleen.

{where}</source>
      <translation>Ett oväntat fel inträffade i Sihteeri. Osparade ändringar har sparats som utkast och erbjuds för återställning när du öppnar ärendet igen.

{where}</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="99" />
      <source>Odottamaton virhe</source>
      <translation>Oväntat fel</translation>
    </message>
  </context>
  <context>
    <name>operations</name>
    <message>
      <location filename="../../gui/operations.py" line="144" />
      <source>Peruuta</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../gui/operations.py" line="274" />
      <source>Odota hetki…</source>
      <translation>Vänta ett ögonblick…</translation>
    </message>
  </context>
  <context>
    <name>print_preview</name>
    <message>
      <location filename="../../gui/print_preview.py" line="53" />
      <source>Pöytäkirjanote</source>
      <translation>Protokollsutdrag</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="54" />
      <source>Esityslista</source>
      <translation>Föredragningslista</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="55" />
      <source>Pöytäkirja</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="56" />
      <source>Päätösehdotusluonnos</source>
      <translation>Utkast till beslutsförslag</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="155" />
      <source>Tulostinta ei voitu avata; tarkista tulostimen valinta.</source>
      <translation>Skrivaren kunde inte öppnas; kontrollera valet av skrivare.</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="180" />
      <source>Tiedostoa {path} ei voitu tallentaa: {error}.</source>
      <translation>Filen {path} kunde inte sparas: {error}.</translation>
    </message>
    <message>
      <location filename="../../gui/print_preview.py" line="222" />
      <location filename="../../gui/print_preview.py" line="242" />
      <location filename="../../gui/print_preview.py" line="260" />
      <source>Muodostetaan asiakirjaa…</source>
      <translation>Skapar handlingen…</translation>
    </message>
  </context>
  <context>
    <name>template_dialog</name>
    <message>
      <location filename="../../gui/template_dialog.py" line="71" />
      <source>kokouksen avaus</source>
      <translation>mötets öppnande</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="72" />
      <source>laillisuus ja päätösvaltaisuus</source>
      <translation>laglighet och beslutförhet</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="73" />
      <source>pöytäkirjantarkastajat</source>
      <translation>protokolljusterare</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="74" />
      <source>työjärjestys</source>
      <translation>arbetsordning</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="75" />
      <source>tavallinen asia</source>
      <translation>vanligt ärende</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="76" />
      <source>sopimus</source>
      <translation>avtal</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="77" />
      <source>lausunto</source>
      <translation>utlåtande</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="78" />
      <source>valinta</source>
      <translation>val</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="79" />
      <source>ilmoitusasiat</source>
      <translation>anmälningsärenden</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="80" />
      <source>muut asiat</source>
      <translation>övriga ärenden</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="81" />
      <source>kokouksen päättäminen</source>
      <translation>mötets avslutande</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="87" />
      <source>valtuusto</source>
      <translation>fullmäktige</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="88" />
      <source>hallitus</source>
      <translation>styrelse</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="89" />
      <source>lautakunta</source>
      <translation>nämnd</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="90" />
      <source>jaosto</source>
      <translation>sektion</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="91" />
      <source>viranhaltija</source>
      <translation>tjänsteinnehavare</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="108" />
      <source>Tuo mallipohja</source>
      <translation>Importera mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="110" />
      <source>Sihteerin mallipohjat (*.j2);;Kaikki tiedostot (*)</source>
      <translation>Sihteeris mallar (*.j2);;Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="117" />
      <source>Vie mallipohja</source>
      <translation>Exportera mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="119" />
      <source>Sihteerin mallipohjat (*.j2)</source>
      <translation>Sihteeris mallar (*.j2)</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="856" />
      <source>Laadi ehdotus mallipohjasta</source>
      <translation>Skriv förslag utifrån en mall</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="875" />
      <source>Korvataanko päätösehdotus?</source>
      <translation>Ersätta beslutsförslaget?</translation>
    </message>
    <message>
      <location filename="../../gui/template_dialog.py" line="877" />
      <source>Päätösehdotuksessa on jo tekstiä, jota on muokattu. Korvataanko se mallipohjasta laaditulla tekstillä? Korvauksen voi perua (Kumoa).</source>
      <translation>Beslutsförslaget innehåller redan redigerad text. Ersätta den med texten från mallen? Ersättningen kan ångras (Ångra).</translation>
    </message>
  </context>
</TS>
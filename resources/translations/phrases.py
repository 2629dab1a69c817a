"""Swedish (Finland-Swedish administrative terms) and English translations of the desk's Finnish UI texts.

``update.py`` writes these into the Qt Linguist files; translators can go on in Qt Linguist itself, since a
translation already in a ``.ts`` file is never overwritten by an empty entry here.
"""

from __future__ import annotations

# Finnish source → (Swedish, English)
PHRASES: dict[str, tuple[str, str]] = {
    # Meeting conduct (gui/conduct.py, gui/conduct_dialogs.py): saving when moving on, questions, checks.
    "Merkitäänkö kokouksen {meeting} pöytäkirja tarkastetuksi ja lukitaan se? Lukitsemisen jälkeen pöytäkirjaa "
    "voi korjata vain oikaisuina.": (
        "Ska protokollet från mötet {meeting} märkas som justerat och låsas? Efter låsningen kan protokollet "
        "rättas endast genom rättelser.",
        "Mark the minutes of meeting {meeting} as checked and lock them? Once locked, the minutes can be changed "
        "only by corrections.",
    ),
    "Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.": (
        "Mötet har inga närvarande; börja mötet och anteckna de närvarande först.",
        "The meeting has nobody present; begin the meeting and record who is present first.",
    ),
    "Kokouksessa ei ole äänivaltaisia läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.": (
        "Mötet har inga närvarande med rösträtt; börja mötet och anteckna de närvarande först.",
        "The meeting has nobody present with a vote; begin the meeting and record who is present first.",
    ),
    "Asiassa ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.": (
        "Ärendet har inga röstande; börja mötet och anteckna de närvarande först.",
        "The item has no voters; begin the meeting and record who is present first.",
    ),
    "Tallenna päätös (Ctrl+S). Päätös tallentuu myös, kun siirryt toiseen asiaan.": (
        "Spara beslutet (Ctrl+S). Beslutet sparas också när du går till ett annat ärende.",
        "Save the decision (Ctrl+S). The decision is also saved when you move to another item.",
    ),
    "Aloita kokous ensin: läsnäolijoita ei ole.": (
        "Börja mötet först: inga närvarande har antecknats.",
        "Begin the meeting first: nobody is recorded as present.",
    ),
    "Päätöstä on muutettu muualla sen jälkeen, kun aloitit muokkauksen; tallennus ei korvaa sitä. Kopioi "
    "tekstisi talteen ja hylkää muutokset nähdäksesi tallennetun päätöksen.": (
        "Beslutet har ändrats på annat håll efter att du började redigera; sparandet ersätter det inte. Kopiera "
        "din text och förkasta ändringarna för att se det sparade beslutet.",
        "The decision was changed elsewhere after you started editing; saving will not replace it. Copy your "
        "text and discard the changes to see the saved decision.",
    ),
    "Päätös on tallentamatta; se tallentuu, kun siirryt toiseen asiaan tai suljet ikkunan.": (
        "Beslutet är osparat; det sparas när du går till ett annat ärende eller stänger fönstret.",
        "The decision is not saved yet; it is saved when you move to another item or close the window.",
    ),
    "Poistetaanko esteellisyysmerkintä?\n\n{entry}": (
        "Ska anteckningen om jäv tas bort?\n\n{entry}",
        "Remove the disqualification?\n\n{entry}",
    ),
    "Poistetaanko ehdotus?\n\n{entry}": ("Ska förslaget tas bort?\n\n{entry}", "Remove the proposal?\n\n{entry}"),
    "Poistetaanko äänestys äänineen?\n\n{entry}": (
        "Ska omröstningen och dess röster tas bort?\n\n{entry}",
        "Remove the vote with its ballots?\n\n{entry}",
    ),
    "Poistetaanko eriävä mielipide?\n\n{entry}": (
        "Ska den avvikande meningen tas bort?\n\n{entry}",
        "Remove the dissenting opinion?\n\n{entry}",
    ),
    "Poista merkintä": ("Ta bort anteckning", "Remove entry"),
    "Valitse henkilö.": ("Välj en person.", "Choose a person."),
    "Kumoa tallennus": ("Ångra sparandet", "Undo the save"),
    "Palauta edellisen asian aiempi päätös ja näytä siirtyessä tallentunut teksti tallentamattomana.": (
        "Återställ det tidigare beslutet i det föregående ärendet och visa texten som sparades när du gick vidare "
        "som osparad.",
        "Restore the previous item's earlier decision and show the text saved when you moved on as unsaved.",
    ),
    "{section}: automaattinen tallennus kumottu.": (
        "{section}: den automatiska sparningen ångrades.",
        "{section}: the automatic save was undone.",
    ),
    "{section}: päätös tallennettiin automaattisesti klo {time}.": (
        "{section}: beslutet sparades automatiskt kl. {time}.",
        "{section}: the decision was saved automatically at {time}.",
    ),
    "{section}: päätös tallennettu klo {time}.": (
        "{section}: beslutet sparat kl. {time}.",
        "{section}: decision saved at {time}.",
    ),
    "Päätöstä ei tallennettu": ("Beslutet sparades inte", "The decision was not saved"),
    "Asian {section} päätöstä ei voitu tallentaa. Suljetaanko ikkuna silti? Tallentamaton päätös menetetään.": (
        "Beslutet i ärendet {section} kunde inte sparas. Ska fönstret stängas ändå? Det osparade beslutet går "
        "förlorat.",
        "The decision of item {section} could not be saved. Close the window anyway? The unsaved decision will be "
        "lost.",
    ),
    "Poista läsnäolijoista": ("Ta bort från de närvarande", "Remove from those present"),
    "{name} on toimielimen jäsen, joten hän on pöytäkirjassa joko läsnä tai poissa. Merkitäänkö hänet "
    "poissaolevaksi?": (
        "{name} är ledamot i organet och står därför i protokollet antingen som närvarande eller som frånvarande. "
        "Ska hen antecknas som frånvarande?",
        "{name} is a member of the body, so the minutes list them as either present or absent. Mark them as "
        "absent?",
    ),
    "Poistetaanko {name} läsnäololuettelosta?": (
        "Ska {name} tas bort från närvarolistan?",
        "Remove {name} from the attendance list?",
    ),
    "Kirjoita sekä JAA- että EI-ehdotus.": (
        "Skriv både JA- och NEJ-förslaget.",
        "Write both the YES and the NO proposal.",
    ),
    "Merkitse jokaisen äänestäjän ääni ({n} puuttuu).": (
        "Anteckna varje röstandes röst ({n} saknas).",
        "Record every voter's ballot ({n} missing).",
    ),
    "Ääni puuttuu {n} äänestäjältä.": ("Röst saknas för {n} röstande.", "{n} voters have no ballot yet."),
    "Toimielimet ja jäsenet": ("Organ och ledamöter", "Bodies and members"),
    "Verkkoversio ilman henkilötietoja…": (
        "Version på nätet utan personuppgifter…",
        "Online version without personal data…",
    ),
    "Tallenna valitun kokouksen pöytäkirja verkkoon ilman henkilötietoja": (
        "Spara protokollet från det valda mötet för nätet utan personuppgifter",
        "Save the chosen meeting's minutes for the web without personal data",
    ),
    "Verkkojulkaisun merkinnät…": ("Markeringar för publicering på nätet…", "Marks for publishing online…"),
    "Verkkojulkaisun merkinnät tallennettu.": (
        "Markeringarna för publicering på nätet sparades.",
        "The marks for publishing online were saved.",
    ),
    "Verkkojulkaisun merkinnät": ("Markeringar för publicering på nätet", "Marks for publishing online"),
    "Merkintä ei muuta tarkastettua pöytäkirjaa. Se ratkaisee, näkyykö pykälästä verkkoversiossa, josta "
    "henkilötiedot on poistettu muutoksenhakuajan päätyttyä, vain julkaistava otsikko ja maininta poistosta.": (
        "Markeringen ändrar inte det justerade protokollet. Den avgör om paragrafen i versionen på nätet, från "
        "vilken personuppgifterna tagits bort när tiden för ändringssökande gått ut, visas endast med den rubrik "
        "som publiceras och ett omnämnande av att uppgifterna tagits bort.",
        "The mark does not change the checked minutes. It decides whether the section shows only its published "
        "title and a note of the removal in the online version from which personal data has been removed after "
        "the appeal period.",
    ),
    "Verkkojulkaisu…": ("Publicering på nätet…", "Publish online…"),
    "Pöytäkirjan arkistokappale (PDF/A)…": (
        "Arkivexemplar av protokollet (PDF/A)…",
        "Archival copy of the minutes (PDF/A)…",
    ),
    "Tarkastettu pöytäkirja PDF/A-muodossa pitkäaikaissäilytykseen ja sen kuvailutiedot XML-tiedostona.": (
        "Det justerade protokollet i PDF/A-format för långtidsförvaring och dess metadata som XML-fil.",
        "The checked minutes as PDF/A for long-term preservation, with their metadata as an XML file.",
    ),
    "Salassa pidettävät pykälät": ("Sekretessbelagda paragrafer", "Secret sections"),
    "{number} §": ("§ {number}", "§ {number}"),
    "Pöytäkirjassa on salassa pidettäviä pykäliä ({sections}). Otetaanko niiden sisältö arkistokappaleeseen?\n\n"
    "Arkistoon tallennetaan yleensä koko pöytäkirja. Jos vastaat Ei, niistä näkyy vain julkinen otsikko, kuten "
    "julkisissa asiakirjoissa.": (
        "Protokollet har sekretessbelagda paragrafer ({sections}). Ska deras innehåll tas med i arkivexemplaret?\n\n"
        "Vanligen arkiveras hela protokollet. Om du svarar Nej visas för dem endast den offentliga rubriken, som i "
        "offentliga handlingar.",
        "The minutes have secret sections ({sections}). Include their content in the archival copy?\n\n"
        "The archive usually keeps the whole minutes. If you answer No, they show only their public title, as in "
        "public documents.",
    ),
    "Arkistokappale tallennettu: {path}": ("Arkivexemplaret sparades: {path}", "Archival copy saved: {path}"),
    "Arkistokappale tallennettu": ("Arkivexemplaret sparades", "Archival copy saved"),
    "Pöytäkirja tallennettiin PDF/A-2b-muodossa:\n{pdf}\n\nSen kuvailutiedot (pykälät, diaarinumerot, julkisuus, "
    "muutoksenhaku, tiedoston tarkiste) ovat tiedostossa:\n{metadata}": (
        "Protokollet sparades i PDF/A-2b-format:\n{pdf}\n\nDess metadata (paragrafer, diarienummer, "
        "offentlighet, ändringssökande, filens kontrollsumma) finns i filen:\n{metadata}",
        "The minutes were saved as PDF/A-2b:\n{pdf}\n\nTheir metadata (sections, diary numbers, publicity, "
        "appeal, the file's checksum) is in the file:\n{metadata}",
    ),
    "Vuoden pöytäkirjat": ("Årets protokoll", "Minutes of the year"),
    "Valitun vuoden kaikki tarkastetut pöytäkirjat yhtenä asiakirjana päivämääräjärjestyksessä.": (
        "Alla justerade protokoll från det valda året som en handling i datumordning.",
        "All checked minutes of the chosen year as one document, in date order.",
    ),
    "Vuoden pöytäkirjojen arkistokappale (PDF/A)…": (
        "Arkivexemplar av årets protokoll (PDF/A)…",
        "Archival copy of the year's minutes (PDF/A)…",
    ),
    "Korvataanko tiedostot?": ("Ersätta filerna?", "Replace the files?"),
    "Asiakirjat suomeksi": ("Handlingar på finska", "Documents in Finnish"),
    "Asiakirjat ruotsiksi": ("Handlingar på svenska", "Documents in Swedish"),
    "Nämä tiedostot ovat jo olemassa, ja ne korvataan:\n{names}": (
        "Dessa filer finns redan och ersätts:\n{names}",
        "These files already exist and will be replaced:\n{names}",
    ),
    "Tallenna arkistokappale (PDF/A)": ("Spara arkivexemplar (PDF/A)", "Save archival copy (PDF/A)"),
    "Muodostetaan arkistokappaletta…": ("Arkivexemplaret skapas…", "Making the archival copy…"),
    "Verkkojulkaisu": ("Publicering på nätet", "Publish online"),
    "Verkkojulkaisu tallennettu: {path}": ("Publiceringen sparades: {path}", "Online version saved: {path}"),
    "Asiakirja": ("Handling", "Document"),
    "Muoto": ("Format", "Format"),
    "Saavutettava verkkosivu (HTML)": ("Tillgänglig webbsida (HTML)", "Accessible web page (HTML)"),
    "PDF": ("PDF", "PDF"),
    "Ilman henkilötietoja (muutoksenhakuajan päätyttyä)": (
        "Utan personuppgifter (när tiden för ändringssökande gått ut)",
        "Without personal data (after the appeal period)",
    ),
    "Ilman henkilötietoja: pykälistä, jotka on merkitty sisältämään henkilötietoja, näkyvät vain julkinen otsikko, "
    "diaarinumero ja maininta poistosta. Salassa pidettävistä asioista näkyy aina vain julkinen otsikko. "
    "Poistopäivät: Työkalut → Verkosta poistettavat…": (
        "Utan personuppgifter: för paragrafer som har märkts innehålla personuppgifter visas endast den offentliga "
        "rubriken, diarienumret och ett omnämnande av att uppgifterna tagits bort. För sekretessbelagda ärenden "
        "visas alltid endast den offentliga rubriken. Datum för borttagning: Verktyg → Att ta bort från nätet…",
        "Without personal data: sections marked as containing personal data show only their public title, diary "
        "number and a note of the removal. Secret items always show only their public title. Removal dates: "
        "Tools → To take off the web…",
    ),
    "Tallenna…": ("Spara…", "Save…"),
    "Tallenna verkkojulkaisu": ("Spara publiceringen", "Save the online version"),
    "HTML-sivut (*.html)": ("HTML-sidor (*.html)", "HTML pages (*.html)"),
    "Muodostetaan verkkojulkaisua…": ("Publiceringen skapas…", "Making the online version…"),
    "Esityslista liitteineen": ("Föredragningslista med bilagor", "Agenda with attachments"),
    "Pöytäkirjanote liitteineen": ("Protokollsutdrag med bilagor", "Excerpt with attachments"),
    "Asiakirjan perään liitetään sen luettelemien liitteiden PDF-tiedostot.": (
        "PDF-filerna för de bilagor som dokumentet förtecknar fogas efter dokumentet.",
        "The PDF files of the attachments the document lists are added after it.",
    ),
    "Näitä liitteitä ei liitetty asiakirjaan; lähetä ne tarvittaessa erikseen:": (
        "Dessa bilagor fogades inte till dokumentet; skicka dem vid behov separat:",
        "These attachments were not added to the document; send them separately if needed:",
    ),
    "Arkistoa ei voi tuoda": ("Arkivet kan inte importeras", "The archive cannot be imported"),
    "Varmuuskopio-ohjelma puuttuu": ("Säkerhetskopieringsprogrammet saknas", "Backup program missing"),
    "Kirjoita jäsenet pilkuin erotettuina; ensimmäinen on puheenjohtaja.": (
        "Skriv ledamöterna åtskilda med kommatecken; den första är ordförande.",
        "Write the members separated by commas; the first one is the chair.",
    ),
    "Toimielin": ("Organ", "Body"),
    "Laji": ("Typ", "Kind"),
    "Jäsenet": ("Ledamöter", "Members"),
    "Lisää toimielin": ("Lägg till organ", "Add body"),
    "Poista toimielin": ("Ta bort organ", "Remove body"),
    "Kokous": ("Möte", "Meeting"),
    "Muutoksenhaku ja määräajat": ("Ändringssökande och tidsfrister", "Appeal and deadlines"),
    "Sopimus": ("Avtal", "Agreement"),
    "Muutoshistoria": ("Ändringshistorik", "History"),
    "Ei valittua asiaa.": ("Inget ärende valt.", "No item selected."),
    "Sihteerin käyttöönotto": ("Ibruktagning av Sihteeri", "Setting up Sihteeri"),
    "Anna organisaation nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat "
    "tarvitsevat sen.": (
        "Ange organisationens namn också på svenska: en tvåspråkig organisations svenska handlingar behöver det.",
        "Give the organisation's name in Swedish too: a bilingual organisation's Swedish documents need it.",
    ),
    "Anna toimielimen {name} nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat "
    "tarvitsevat sen.": (
        "Ange organets {name} namn också på svenska: en tvåspråkig organisations svenska handlingar behöver det.",
        "Give the name of the body {name} in Swedish too: a bilingual organisation's Swedish documents need it.",
    ),
    "Tervetuloa Sihteeriin": ("Välkommen till Sihteeri", "Welcome to Sihteeri"),
    "Sihteeri tarvitsee tiedot organisaatiostasi ja sen toimielimistä. Voit myös tutustua ohjelmaan "
    "esittelytietokannalla (Hartolan kunta ja Päijät-Hämeen liitto).": (
        "Sihteeri behöver uppgifter om din organisation och dess organ. Du kan också bekanta dig med "
        "programmet i demodatabasen (Gustav Adolfs kommun och Päijänne-Tavastlands förbund).",
        "Sihteeri needs to know your organisation and its bodies. You can also try the program with the "
        "demo database (Hartola municipality and the Regional Council of Päijät-Häme).",
    ),
    "Anna organisaation tiedot": ("Ange organisationens uppgifter", "Enter the organisation's details"),
    "Avaa esittelytietokanta": ("Öppna demodatabasen", "Open the demo database"),
    "Muokkaa: {field}": ("Redigera: {field}", "Edit: {field}"),
    "Palauta luonnos": ("Återställ utkast", "Restore draft"),
    "Otsikko": ("Rubrik", "Title"),
    "Dnro": ("Dnr", "Diary no."),
    "Tehtäväluokka": ("Uppgiftsklass", "Classification"),
    "Valmistelija": ("Beredare", "Preparer"),
    "Esittelijä": ("Föredragande", "Presenter"),
    "kokouksen avaus": ("mötets öppnande", "opening of the meeting"),
    "laillisuus ja päätösvaltaisuus": ("laglighet och beslutförhet", "legality and quorum"),
    "pöytäkirjantarkastajat": ("protokolljusterare", "minutes checkers"),
    "työjärjestys": ("arbetsordning", "order of business"),
    "tavallinen asia": ("vanligt ärende", "ordinary item"),
    "sopimus": ("avtal", "agreement"),
    "lausunto": ("utlåtande", "statement"),
    "valinta": ("val", "election"),
    "ilmoitusasiat": ("anmälningsärenden", "items for information"),
    "muut asiat": ("övriga ärenden", "other matters"),
    "kokouksen päättäminen": ("mötets avslutande", "closing of the meeting"),
    "Asian laji": ("Ärendets typ", "Kind of item"),
    "päättää asiasta": ("beslutar i ärendet", "decides the matter"),
    "valmistelee tai panee täytäntöön": ("bereder eller verkställer", "prepares or implements"),
    "hankinta": ("upphandling", "procurement"),
    "erityislain mukainen": ("enligt speciallag", "under a special act"),
    "erityislaki, oikaisuvaatimus (HL 49 c §)": (
        "speciallag, begäran om omprövning (FL 49 c §)",
        "special act, rectification request (HL 49 c §)",
    ),
    "Päätöksen luonne": ("Beslutets karaktär", "Nature of decision"),
    "Selostus": ("Redogörelse", "Background"),
    "Päätösehdotus": ("Beslutsförslag", "Proposal"),
    "Asia ja valmistelu": ("Ärende och beredning", "Item and preparation"),
    "Käsittely": ("Behandling", "Handling"),
    "Päätös": ("Beslut", "Decision"),
    "hyväksyttiin muutoksitta": ("godkändes utan ändringar", "passed unchanged"),
    "hyväksyttiin äänestyksen jälkeen": ("godkändes efter omröstning", "passed after a vote"),
    "hyväksyttiin muutettuna": ("godkändes med ändringar", "passed amended"),
    "hylättiin": ("förkastades", "rejected"),
    "merkittiin tiedoksi": ("antecknades för kännedom", "noted"),
    "palautettiin valmisteluun": ("återremitterades", "returned for preparation"),
    "pöydättiin": ("bordlades", "tabled"),
    "poistettiin esityslistalta": ("ströks från föredragningslistan", "removed from the agenda"),
    "vaali": ("val", "election"),
    "Lopputulos": ("Utfall", "Outcome"),
    "oikaisuvaatimus": ("begäran om omprövning", "rectification request"),
    "kunnallisvalitus": ("kommunalbesvär", "municipal appeal"),
    "muutoksenhakukielto": ("förbud att söka ändring", "no appeal"),
    "hankintaoikaisu ja markkinaoikeus": (
        "upphandlingsrättelse och marknadsdomstolen",
        "procurement rectification and Market Court",
    ),
    "hallintovalitus": ("förvaltningsbesvär", "administrative appeal"),
    "erityislain oikaisuvaatimus": ("begäran om omprövning enligt speciallag", "rectification under a special act"),
    "Muutoksenhakutapa (poikkeus)": ("Sätt att söka ändring (avvikelse)", "Appeal route (override)"),
    "Poikkeuksen peruste": ("Grund för avvikelsen", "Reason for the override"),
    "Käsittely ja päätös": ("Behandling och beslut", "Handling and decision"),
    "julkinen": ("offentlig", "public"),
    "osittain salassa pidettävä": ("delvis sekretessbelagd", "partly secret"),
    "salassa pidettävä": ("sekretessbelagd", "secret"),
    "Julkisuus": ("Offentlighet", "Publicity"),
    "Salassapitoperuste": ("Sekretessgrund", "Ground for secrecy"),
    "Sisältää henkilötietoja": ("Innehåller personuppgifter", "Contains personal data"),
    "Julkaistava otsikko": ("Rubrik som publiceras", "Published title"),
    "Otsikko ruotsiksi": ("Rubrik på svenska", "Title in Swedish"),
    "Selostus ruotsiksi": ("Redogörelse på svenska", "Background in Swedish"),
    "Päätösehdotus ruotsiksi": ("Beslutsförslag på svenska", "Proposal in Swedish"),
    "Käsittely ruotsiksi": ("Behandling på svenska", "Handling in Swedish"),
    "Päätös ruotsiksi": ("Beslut på svenska", "Decision in Swedish"),
    "Ruotsiksi": ("På svenska", "In Swedish"),
    "Tekstejä suomeksi": ("Texter på finska", "Texts in Finnish"),
    "ruotsinkielinen selostus": ("redogörelse på svenska", "background in Swedish"),
    "ruotsinkielinen julkaistava otsikko": ("rubrik som publiceras, på svenska", "public title in Swedish"),
    "Julkaistava otsikko ruotsiksi": ("Rubrik som publiceras, på svenska", "Public title in Swedish"),
    "ruotsinkielinen päätösehdotus": ("beslutsförslag på svenska", "proposal in Swedish"),
    "ruotsinkielinen käsittely": ("behandling på svenska", "handling in Swedish"),
    "ruotsinkielinen päätös": ("beslut på svenska", "decision in Swedish"),
    "Ruotsinkieliset tekstit puuttuvat (ne eivät estä tarkastusta, mutta tarkastuksen jälkeen niitä voi lisätä "
    "vain oikaisuina):": (
        "Svenska texter saknas (de hindrar inte justeringen, men efter justeringen kan de läggas till endast som "
        "rättelser):",
        "Swedish texts are missing (they do not prevent checking, but after checking they can only be added as "
        "corrections):",
    ),
    "Ruotsinkieliset tekstit puuttuvat": ("Svenska texter saknas", "Swedish texts are missing"),
    "Näiltä pykäliltä puuttuu ruotsinkielinen teksti, joten ruotsinkielinen pöytäkirja näyttää ne suomeksi. "
    "Tarkastuksen jälkeen tekstejä voi lisätä vain oikaisuina. Merkitäänkö pöytäkirja silti tarkastetuksi?": (
        "Dessa paragrafer saknar svensk text, så det svenska protokollet visar dem på finska. Efter justeringen "
        "kan texterna läggas till endast som rättelser. Ska protokollet ändå markeras som justerat?",
        "These sections have no Swedish text, so the Swedish minutes show them in Finnish. After checking, the "
        "texts can only be added as corrections. Mark the minutes as checked anyway?",
    ),
    "… ja {n} muuta": ("… och {n} andra", "… and {n} more"),
    "Verkkojulkaisu tallennettiin, mutta näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne ovat sivulla "
    "suomeksi (ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):": (
        "Publikationen sparades, men dessa paragrafer har ingen svensk text, så de står på finska på sidan (de "
        "svenska texterna skrivs på ärendets flik På svenska):",
        "The publication was saved, but these sections have no Swedish text, so they are in Finnish on the page "
        "(the Swedish texts are written on the item's tab In Swedish):",
    ),
    "Ruotsinkielisiin asiakirjoihin tulostuvat tekstit. Tyhjän kentän kohdalle tulostuu suomenkielinen teksti.": (
        "Texterna i de svenska handlingarna. Där ett fält är tomt skrivs den finska texten ut.",
        "The texts of the Swedish documents. Where a field is empty, the Finnish text is printed.",
    ),
    "Ehdotus tulee asian ruotsinkieliseksi päätösehdotukseksi.": (
        "Förslaget blir ärendets beslutsförslag på svenska.",
        "The draft becomes the item's proposal in Swedish.",
    ),
    "Näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne tulostuivat suomeksi (ruotsinkieliset tekstit "
    "kirjoitetaan asian välilehdelle Ruotsiksi):": (
        "Dessa paragrafer har ingen svensk text, så de skrevs ut på finska (de svenska texterna skrivs på ärendets "
        "flik På svenska):",
        "These sections have no Swedish text, so they were printed in Finnish (the Swedish texts are written on the "
        "item's tab In Swedish):",
    ),
    "Liitteet": ("Bilagor", "Attachments"),
    "Nimi": ("Namn", "Name"),
    "Osoite": ("Adress", "Address"),
    "Tiedoksi / otteet": ("För kännedom / utdrag", "For information / excerpts"),
    "Julkisuus, liitteet ja jakelu": ("Offentlighet, bilagor och sändlista", "Publicity, attachments, recipients"),
    "Lisää": ("Lägg till", "Add"),
    "Poista": ("Ta bort", "Remove"),
    "Valittuna liite on julkinen": ("Vald bilaga är offentlig", "A checked attachment is public"),
    "Liite {n}": ("Bilaga {n}", "Attachment {n}"),
    "Uusi vastaanottaja": ("Ny mottagare", "New recipient"),
    "<i>Valitse asia siirtimestä vasemmalla.</i>": (
        "<i>Välj ett ärende i navigatorn till vänster.</i>",
        "<i>Choose an item in the navigator on the left.</i>",
    ),
    "Vain luku: kokouksen {number}/{year} pöytäkirja on tarkastettu {date}, eikä sen asioita voi enää "
    "muuttaa. Korjaus tehdään oikaisuna, joka näkyy pöytäkirjassa.": (
        "Endast läsning: protokollet från möte {number}/{year} justerades {date}, och dess ärenden kan inte "
        "längre ändras. En korrigering görs som en rättelse som syns i protokollet.",
        "Read only: the minutes of meeting {number}/{year} were checked on {date}; their items can no longer "
        "change. A correction is made as a visible rectification in the minutes.",
    ),
    "Asiaan on tallentamattomia muutoksia, jotka tallentuivat luonnokseksi {when} (ohjelma suljettiin "
    "tallentamatta). Palautetaanko ne?": (
        "Ärendet har osparade ändringar som sparades som utkast {when} (programmet stängdes utan att spara). "
        "Vill du återställa dem?",
        "The item has unsaved changes kept as a draft at {when} (the program closed without saving). Restore them?",
    ),
    "Käyttäjällä {user} on tähän asiaan tallentamattomia muutoksia (luonnos tallessa {when}).": (
        "Användaren {user} har osparade ändringar i detta ärende (utkast sparat {when}).",
        "User {user} has unsaved changes to this item (draft kept at {when}).",
    ),
    "Hän voi olla muokkaamassa asiaa juuri nyt. Jos kumpikin muuttaa samaa kenttää, jälkimmäinen tallentaja näkee "
    "ensin toisen tallentaman tekstin.": (
        "Hen kan hålla på att redigera ärendet just nu. Om båda ändrar samma fält får den som sparar sist först se "
        "den andras sparade text.",
        "They may be editing the item right now. If both of you change the same field, whoever saves last is first "
        "shown the other's saved text.",
    ),
    "He voivat olla muokkaamassa asiaa juuri nyt. Jos useampi muuttaa samaa kenttää, myöhempi tallentaja näkee "
    "ensin aiemman tallentaman tekstin.": (
        "De kan hålla på att redigera ärendet just nu. Om flera ändrar samma fält får den som sparar senare först se "
        "den text som sparades tidigare.",
        "They may be editing the item right now. If more than one of you changes the same field, whoever saves later "
        "is first shown the text saved earlier.",
    ),
    "Huom.: asiaa on sen jälkeen muutettu ja tallennettu muualla.": (
        "Obs.: ärendet har därefter ändrats och sparats på annat håll.",
        "Note: the item has since been changed and saved elsewhere.",
    ),
    "Luonnos korvaisi näiden kenttien uudemman tallennetun tekstin: {fields}. Muiden kenttien tallennetut muutokset "
    "säilyvät.": (
        "Utkastet skulle ersätta den nyare sparade texten i dessa fält: {fields}. De sparade ändringarna i andra "
        "fält bevaras.",
        "The draft would replace the newer saved text of these fields: {fields}. The saved changes to other fields "
        "are kept.",
    ),
    "Luonnos ei korvaa niitä: vain luonnoksessa muutetut kentät palautetaan.": (
        "Utkastet ersätter dem inte: endast de fält som ändrats i utkastet återställs.",
        "The draft does not replace them: only the fields changed in the draft are restored.",
    ),
    "{body}, kokous {number}/{year}, {date}": (
        "{body}, möte {number}/{year}, {date}",
        "{body}, meeting {number}/{year}, {date}",
    ),
    "{body}, kokous {number}/{year}": ("{body}, möte {number}/{year}", "{body}, meeting {number}/{year}"),
    "{date} klo {start}–{end}": ("{date} kl. {start}–{end}", "{date} at {start}–{end}"),
    "{date} klo {start}": ("{date} kl. {start}", "{date} at {start}"),
    "Pöytäkirjantarkastajat: {names}": ("Protokolljusterare: {names}", "Minutes checkers: {names}"),
    "Esityslista julkaistu {date}": ("Föredragningslistan publicerad {date}", "Agenda published {date}"),
    "Asiat": ("Ärenden", "Items"),
    "{count} asiaa, {first}–{last} §": ("{count} ärenden, § {first}–{last}", "{count} items, § {first}–{last}"),
    "1 asia, {first} §": ("1 ärende, § {first}", "1 item, § {first}"),
    "Sihteeri {version} — toimielimen sihteerin työväline: esityslistat, pöytäkirjat, otteet ja sopimukset.": (
        "Sihteeri {version} — verktyg för organets sekreterare: föredragningslistor, protokoll, utdrag och avtal.",
        "Sihteeri {version} — the body secretary's tool: agendas, minutes, excerpts and agreements.",
    ),
    "toimielimen sihteerin työväline": ("verktyg för organets sekreterare", "the body secretary's tool"),
    "Käynnistyy…": ("Startar…", "Starting…"),
    "Tietokanta: {database}": ("Databas: {database}", "Database: {database}"),
    "Loki: {path}": ("Logg: {path}", "Log: {path}"),
    "Virheraportit: {path}": ("Felrapporter: {path}", "Error reports: {path}"),
    "Kokouksessa ei ole vielä asioita.": ("Mötet har ännu inga ärenden.", "The meeting has no items yet."),
    "Sihteeri — {where}": ("Sihteeri — {where}", "Sihteeri — {where}"),
    "Haku": ("Sökning", "Search"),
    "Uusi kokous…": ("Nytt möte…", "New meeting…"),
    "Luo kokous vakioasioineen": ("Skapa ett möte med standardärendena", "Create a meeting with its standard items"),
    "Uusi asia…": ("Nytt ärende…", "New item…"),
    "Lisää asia kokoukseen": ("Lägg till ett ärende i mötet", "Add an item to the meeting"),
    "Tallenna": ("Spara", "Save"),
    "Tallenna asian muutokset": ("Spara ändringarna i ärendet", "Save the item's changes"),
    "Hylkää muutokset": ("Förkasta ändringarna", "Discard changes"),
    "Kumoa": ("Ångra", "Undo"),
    "Tee uudelleen": ("Gör om", "Redo"),
    "Etsi…": ("Sök…", "Find…"),
    "Hae kaikkien vuosien asioista": ("Sök bland ärenden från alla år", "Search the items of all years"),
    "Poista asia": ("Ta bort ärende", "Remove item"),
    "Poista kokous…": ("Ta bort möte…", "Remove meeting…"),
    "Poista kokous": ("Ta bort möte", "Remove meeting"),
    "Poista vahingossa luotu kokous asioineen (vain ennen kuin sen esityslista on julkaistu)": (
        "Ta bort ett möte som skapats av misstag med dess ärenden (endast innan dess föredragningslista publicerats)",
        "Remove a meeting created by mistake with its items (only before its agenda is published)",
    ),
    "Poistetaanko kokous {number}/{year} ({date}) ja sen {count} asiaa? Vuoden myöhempien kokousten pykälänumerot "
    "siirtyvät. Poistoa ei voi kumota.": (
        "Ta bort mötet {number}/{year} ({date}) och dess {count} ärenden? Paragrafnumren i årets senare möten "
        "flyttas. Borttagningen kan inte ångras.",
        "Remove meeting {number}/{year} ({date}) and its {count} items? The § numbers of the year's later meetings "
        "shift. The removal cannot be undone.",
    ),
    "Kokous poistettu.": ("Mötet har tagits bort.", "Meeting removed."),
    "Siirrä ylös": ("Flytta upp", "Move up"),
    "Asiaa muutettiin muualla": ("Ärendet ändrades på annat håll", "The item was changed elsewhere"),
    "Asiaa tallennettiin muualla (esimerkiksi kokouksen kulussa) sillä aikaa, kun muokkasit sitä. Tallentamattomat "
    "muutoksesi säilyivät. Kohdissa {fields} on nyt sinun tekstisi; se korvaa muualla tallennetun, kun tallennat.": (
        "Ärendet sparades på annat håll (till exempel i mötets förlopp) medan du redigerade det. Dina osparade "
        "ändringar finns kvar. I punkterna {fields} står nu din text; den ersätter den som sparades på annat håll "
        "när du sparar.",
        "The item was saved elsewhere (for example in the meeting conduct window) while you were editing it. Your "
        "unsaved changes were kept. In {fields} your text is now shown; it replaces the one saved elsewhere when you "
        "save.",
    ),
    "Joku muu tallensi tämän asian sillä aikaa, kun muokkasit sitä. Hänen muutoksensa muihin kenttiin on nyt "
    "näkyvissä. Samoja kenttiä muutettiin molemmissa; niissä on nyt sinun tekstisi, ja se korvaa toisen "
    "tallentaman, kun tallennat uudelleen. Asiaa ei vielä tallennettu.": (
        "Någon annan sparade ärendet medan du redigerade det. Hans eller hennes ändringar i andra fält visas nu. "
        "Samma fält ändrades av er båda; i dem står nu din text, och den ersätter den andras när du sparar igen. "
        "Ärendet har ännu inte sparats.",
        "Someone else saved this item while you were editing it. Their changes to other fields are now shown. The "
        "same fields were changed by both of you; they now hold your text, which replaces the other's when you save "
        "again. The item has not been saved yet.",
    ),
    "Toisen tallentama teksti näissä kentissä:": (
        "Den andras sparade text i dessa fält:",
        "The text the other saved in these fields:",
    ),
    "Joku muu on poistanut asian ”{title}” sillä aikaa, kun muokkasit sitä, eikä muutoksiasi voi tallentaa siihen. "
    "Tekstisi on yhä näkyvissä: kopioi tarvitsemasi talteen ja valitse sitten Tiedosto → Hylkää muutokset.": (
        "Någon annan har tagit bort ärendet ”{title}” medan du redigerade det, och dina ändringar kan inte sparas i "
        "det. Din text visas fortfarande: kopiera det du behöver och välj sedan Arkiv → Förkasta ändringarna.",
        "Someone else removed the item “{title}” while you were editing it, and your changes cannot be saved to it. "
        "Your text is still shown: copy what you need and then choose File → Discard changes.",
    ),
    "• {field}: ”{text}”": ("• {field}: ”{text}”", "• {field}: “{text}”"),
    "Pykälään on tehty oikaisu. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja otteisiin oikaisu "
    "tulostuu oikaistun kohdan jälkeen:": (
        "Paragrafen har rättats. Fälten visar paragrafen i justerad form; i protokollet och utdragen skrivs rättelsen "
        "ut efter den rättade punkten:",
        "The section has a correction. The fields show the section as checked; in the minutes and excerpts the "
        "correction prints after the part it corrects:",
    ),
    "Pykälään on tehty {count} oikaisua. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja otteisiin "
    "oikaisut tulostuvat oikaistun kohdan jälkeen:": (
        "Paragrafen har {count} rättelser. Fälten visar paragrafen i justerad form; i protokollet och utdragen skrivs "
        "rättelserna ut efter den rättade punkten:",
        "The section has {count} corrections. The fields show the section as checked; in the minutes and excerpts "
        "the corrections print after the part they correct:",
    ),
    "• {date} {part} ({author}): ”{text}” – peruste: {reason}": (
        "• {date} {part} ({author}): ”{text}” – grund: {reason}",
        "• {date} {part} ({author}): “{text}” – reason: {reason}",
    ),
    "Hylätäänkö asian ”{title}” tallentamattomat muutokset? Hylättyjä muutoksia ei voi palauttaa.": (
        "Förkastas de osparade ändringarna i ärendet ”{title}”? Förkastade ändringar kan inte återställas.",
        "Discard the unsaved changes to the item “{title}”? Discarded changes cannot be brought back.",
    ),
    "Siirrä valittu asia ylemmäs (Ctrl+Ylös toimii siirtimessä)": (
        "Flytta det valda ärendet uppåt (Ctrl+Uppåt fungerar i navigatorn)",
        "Move the chosen item up (Ctrl+Up works in the navigator)",
    ),
    "Siirrä valittu asia alemmas (Ctrl+Alas toimii siirtimessä)": (
        "Flytta det valda ärendet nedåt (Ctrl+Nedåt fungerar i navigatorn)",
        "Move the chosen item down (Ctrl+Down works in the navigator)",
    ),
    "Siirrä alas": ("Flytta ned", "Move down"),
    "Siirrä toiseen kokoukseen…": ("Flytta till ett annat möte…", "Move to another meeting…"),
    "Päivitä": ("Uppdatera", "Refresh"),
    "Asetukset…": ("Inställningar…", "Settings…"),
    "Lopeta": ("Avsluta", "Quit"),
    "Tietoja Sihteeristä": ("Om Sihteeri", "About Sihteeri"),
    "&Tiedosto": ("&Arkiv", "&File"),
    "&Muokkaa": ("&Redigera", "&Edit"),
    "&Näytä": ("&Visa", "&View"),
    "&Ohje": ("&Hjälp", "&Help"),
    "&Kokous": ("&Möte", "&Meeting"),
    "Työkalut": ("Verktyg", "Tools"),
    "Vain luku (tarkastettu pöytäkirja)": ("Endast läsning (justerat protokoll)", "Read only (checked minutes)"),
    "Tallentamattomia muutoksia": ("Osparade ändringar", "Unsaved changes"),
    "Tallennettu": ("Sparat", "Saved"),
    "Kokous luotu vakioasioineen.": (
        "Mötet skapades med standardärendena.",
        "Meeting created with its standard items.",
    ),
    "Poistetaanko asia ”{title}” teksteineen? Seuraavat pykälänumerot siirtyvät. Poistoa ei voi kumota.": (
        "Ta bort ärendet ”{title}” med dess texter? Följande paragrafnummer flyttas. Borttagningen kan inte ångras.",
        "Remove the item “{title}” with its texts? The following § numbers shift. The removal cannot be undone.",
    ),
    "Siirrä toiseen kokoukseen": ("Flytta till ett annat möte", "Move to another meeting"),
    "Toimielimellä ei ole muita avoimia kokouksia.": (
        "Organet har inga andra öppna möten.",
        "The body has no other open meetings.",
    ),
    "Asia tallennettu.": ("Ärendet sparades.", "Item saved."),
    "Asetukset": ("Inställningar", "Settings"),
    "Kieli vaihtuu, kun käynnistät Sihteerin uudelleen.": (
        "Språket byts när du startar om Sihteeri.",
        "The language changes when you restart Sihteeri.",
    ),
    "luonnos": ("utkast", "draft"),
    "esityslista julkaistu": ("föredragningslistan publicerad", "agenda published"),
    "pidetty": ("hållet", "held"),
    "tarkastettu": ("justerat", "checked"),
    "julkaistu": ("publicerat", "published"),
    "Kokous {number}/{year} · {date} ({state})": (
        "Möte {number}/{year} · {date} ({state})",
        "Meeting {number}/{year} · {date} ({state})",
    ),
    "{count} asiaa": ("{count} ärenden", "{count} items"),
    "1 osuma": ("1 träff", "1 match"),
    "1 sivu": ("1 sida", "1 page"),
    "1 asia": ("1 ärende", "1 item"),
    "pöytäkirja tarkastettu, vain luku": ("protokollet justerat, endast läsning", "minutes checked, read only"),
    "Uusi kokous": ("Nytt möte", "New meeting"),
    "Päivämäärä": ("Datum", "Date"),
    "Paikka": ("Plats", "Place"),
    "Organisaatio": ("Organisation", "Organisation"),
    "Organisaation laji": ("Typ av organisation", "Kind of organisation"),
    "esim. Hartolan kunta": ("t.ex. Gustav Adolfs kommun", "e.g. Hartolan kunta"),
    "suomi": ("finska", "Finnish"),
    "ruotsi": ("svenska", "Swedish"),
    "kaksikielinen (suomi ja ruotsi)": ("tvåspråkig (finska och svenska)", "bilingual (Finnish and Swedish)"),
    "Asiakirjojen kieli": ("Handlingarnas språk", "Language of documents"),
    "Postiosoite": ("Postadress", "Postal address"),
    "Kirjaamon sähköposti": ("Registratorskontorets e-post", "Registry e-mail"),
    "esim. ma–pe klo 9–15": ("t.ex. mån–fre kl. 9–15", "e.g. Mon–Fri 9–15"),
    "Kirjaamon aukioloaika": ("Registratorskontorets öppettider", "Registry opening hours"),
    "Asiaan ”{what}” on tehty muutoksia, joita ei ole tallennettu.": (
        "Ärendet ”{what}” har ändringar som inte har sparats.",
        "The item “{what}” has changes that have not been saved.",
    ),
    "Tallentamattomia muutoksia ": ("Osparade ändringar", "Unsaved changes"),
    "Palauta tallentamattomat muutokset": ("Återställ osparade ändringar", "Restore unsaved changes"),
    "Uusi asia": ("Nytt ärende", "New item"),
    "Asian otsikko:": ("Ärendets rubrik:", "Title of the item:"),
    "Kokous, johon asia siirretään:": ("Möte dit ärendet flyttas:", "Meeting to move the item to:"),
    "Kaikkien sanojen on löydyttävä samasta asiasta. TAI isoilla kirjaimilla kahden sanan välissä: kumpi tahansa "
    "kelpaa (kunta TAI kaupunki). Miinus sanan edessä jättää pois asiat, joissa sana on (sopimus -vuokra).": (
        "Alla ord ska finnas i samma ärende. ELLER med versaler mellan två ord: vilket som helst räcker (kommun "
        "ELLER stad). Ett minus framför ett ord utelämnar ärenden där ordet finns (avtal -hyra).",
        "Every word must be found in the same item. TAI (or OR) in capitals between two words: either will do "
        "(kunta TAI kaupunki). A minus in front of a word leaves out the items that have it (sopimus -vuokra).",
    ),
    "Hakusanat tai diaarinumero, esim. yhteistyösopimus": (
        "Sökord eller diarienummer, t.ex. samarbetsavtal",
        "Search words or diary number, e.g. yhteistyösopimus",
    ),
    "Kaikki lopputulokset": ("Alla utfall", "All outcomes"),
    "hyväksytty": ("godkänt", "passed"),
    "hyväksytty äänestyksin": ("godkänt efter omröstning", "passed after a vote"),
    "muutettu": ("ändrat", "amended"),
    "hylätty": ("förkastat", "rejected"),
    "merkitty tiedoksi": ("antecknat för kännedom", "noted"),
    "palautettu": ("återremitterat", "returned"),
    "pöydätty": ("bordlagt", "tabled"),
    "poistettu": ("struket", "removed"),
    "Hae": ("Sök", "Search"),
    "Kaikki toimielimet": ("Alla organ", "All bodies"),
    "Kaikki vuodet": ("Alla år", "All years"),
    "Haetaan…": ("Söker…", "Searching…"),
    "Ei osumia.": ("Inga träffar.", "No matches."),
    "§": ("§", "§"),
    "Osuma": ("Träff", "Match"),
    "Sihteeri": ("Sekreterare", "Secretary"),
    "Nimesi": ("Ditt namn", "Your name"),
    "esim. hallintosihteeri": ("t.ex. förvaltningssekreterare", "e.g. administrative secretary"),
    "Virkanimikkeesi": ("Din tjänstebeteckning", "Your title"),
    "Käyttöliittymän kieli": ("Användargränssnittets språk", "Interface language"),
    " s": (" s", " s"),
    "Luonnoksen automaattinen tallennus": ("Automatisk sparning av utkast", "Autosave of drafts"),
    "Peruuta": ("Avbryt", "Cancel"),
    "Tallennusristiriita": ("Konflikt vid sparande", "Save conflict"),
    "Tarkastettu pöytäkirja": ("Justerat protokoll", "Checked minutes"),
    "Odottamaton virhe": ("Oväntat fel", "Unexpected error"),
    "Kokousten kulku…": ("Mötets gång…", "Conduct of the meeting…"),
    # --- agreements: dialog, register, matrix, costs
    "Uusi sopimus": ("Nytt avtal", "New agreement"),
    "Sopimuksen tiedot": ("Avtalets uppgifter", "Agreement details"),
    "esim. yhteistoimintasopimuksen … (”hyväksyy …”)": (
        "t.ex. samverkansavtalet … (”godkänner …”)",
        "e.g. the cooperation agreement … (”approves …”)",
    ),
    "Nimi genetiivissä": ("Namn i genitiv (bestämd form)", "Name in the genitive (Finnish)"),
    "Yhteistoimintasopimus": ("Samverkansavtal", "Cooperation agreement"),
    "Yhteistyösopimus": ("Samarbetsavtal", "Collaboration agreement"),
    "Yhteistyöpöytäkirja": ("Samarbetsprotokoll", "Cooperation protocol"),
    "Muu sopimus": ("Annat avtal", "Other agreement"),
    "Sopimuskausi": ("Avtalsperiod", "Term"),
    "(ei valittu)": ("(inte vald)", "(not chosen)"),
    "Koordinoi": ("Koordinerar", "Coordinator"),
    "Kun kaikki osapuolet ovat hyväksyneet": ("När alla parter har godkänt", "When every party has approved"),
    "Kun kaikki ovat hyväksyneet ja allekirjoittaneet": (
        "När alla har godkänt och undertecknat",
        "When every party has approved and signed",
    ),
    "Kun nimetyt osapuolet ovat hyväksyneet": (
        "När de angivna parterna har godkänt",
        "When the named parties have approved",
    ),
    "Voimaantulo": ("Ikraftträdande", "Entry into force"),
    "Asukasluvun mukaan": ("Enligt invånarantal", "By population"),
    "Tasan": ("Lika", "Equally"),
    "Kiinteillä osuuksilla": ("Med fasta andelar", "In fixed shares"),
    "Kustannusten jako": ("Kostnadsfördelning", "Cost split"),
    "Asukasluvun ajankohta": ("Tidpunkt för invånarantalet", "Population reference date"),
    "Kuvaus": ("Beskrivning", "Description"),
    "Vuotuiset kustannukset": ("Årliga kostnader", "Annual costs"),
    "Euroa": ("Euro", "Euros"),
    "Vuosi (tyhjä: joka vuosi)": ("År (tomt: varje år)", "Year (empty: every year)"),
    "Lisää kustannuserä": ("Lägg till kostnadspost", "Add cost line"),
    "Poista kustannuserä": ("Ta bort kostnadspost", "Remove cost line"),
    "”{text}” ei ole vuosiluku.": ("”{text}” är inte ett årtal.", "“{text}” is not a year."),
    "Anna sopimukselle nimi.": ("Ge avtalet ett namn.", "Give the agreement a name."),
    "Tila": ("Status", "Status"),
    "Puuttuu": ("Saknas", "Missing"),
    "Kausi": ("Period", "Term"),
    "Sopimukset": ("Avtal", "Agreements"),
    "Tallennettu {0}": ("Sparat {0}", "Saved {0}"),
    "Tulosta hyväksymistilanne…": ("Skriv ut godkännandeläget…", "Print approval status…"),
    "Linkitä pykälä…": ("Länka paragraf…", "Link section…"),
    "Poista pykälän linkitys": ("Ta bort länken till paragrafen", "Unlink section"),
    "Kirjaa otteen lähetys…": ("Anteckna att utdraget skickats…", "Record excerpt sent…"),
    "Tallenna oma pöytäkirjanote…": ("Spara eget protokollsutdrag…", "Save own minutes excerpt…"),
    "Uusi sopimus…": ("Nytt avtal…", "New agreement…"),
    "Sopimuksen tiedot…": ("Avtalets uppgifter…", "Agreement details…"),
    "Lisää osapuoli…": ("Lägg till part…", "Add party…"),
    "Poista osapuoli": ("Ta bort part", "Remove party"),
    "Päätä sopimus…": ("Avsluta avtalet…", "End agreement…"),
    "Poista sopimus…": ("Ta bort avtalet…", "Remove agreement…"),
    "Poista sopimus": ("Ta bort avtalet", "Remove agreement"),
    "Poistetaan sopimusta…": ("Avtalet tas bort…", "Removing the agreement…"),
    "Poistetaanko sopimus ”{0}” osapuolineen ja kustannuserineen? Poistaa voi vain sopimuksen, jota mikään pykälä "
    "ei koske ja josta ei ole kirjattu päätöksiä, otteita eikä allekirjoituksia. Poistoa ei voi kumota.": (
        "Ska avtalet ”{0}” tas bort med sina parter och kostnadsposter? Endast ett avtal som ingen paragraf gäller "
        "och för vilket inga beslut, utdrag eller underteckningar har antecknats kan tas bort. Borttagningen kan "
        "inte ångras.",
        "Remove the agreement “{0}” with its parties and cost items? Only an agreement no § concerns and with no "
        "decisions, excerpts or signatures recorded can be removed. The removal cannot be undone.",
    ),
    "&Sopimus": ("&Avtal", "&Agreement"),
    "&Osapuoli": ("&Part", "&Party"),
    "Hae nimellä, osapuolella tai koordinoijalla": (
        "Sök på namn, part eller koordinator",
        "Search by name, party or coordinator",
    ),
    "Kaikki tilat": ("Alla statusar", "All statuses"),
    "Valmistelussa": ("Under beredning", "In preparation"),
    "Odottaa hyväksyntöjä": ("Väntar på godkännanden", "Awaiting approvals"),
    "Voimassa": ("I kraft", "In force"),
    "Päättynyt": ("Upphört", "Expired"),
    "Irtisanottu": ("Uppsagt", "Terminated"),
    "Peruttu": ("Återkallat", "Cancelled"),
    "Kaikki lajit": ("Alla typer", "All kinds"),
    "Sopimusrekisteri": ("Avtalsregister", "Agreement register"),
    "Muistutukset": ("Påminnelser", "Reminders"),
    "Päivä": ("Dag", "Date"),
    "Päättämättä määräpäivään": ("Obeslutat före förfallodagen", "Undecided by the due date"),
    "Sopimuskausi päättyy": ("Avtalsperioden går ut", "Term ends"),
    " päivän kuluessa": (" dagar framåt", " days ahead"),
    "Näytä muistutukset": ("Visa påminnelser", "Show reminders"),
    "Hyväksymistilanne": ("Godkännandeläge", "Approval status"),
    "Kustannusosuudet": ("Kostnadsandelar", "Cost shares"),
    "Haetaan sopimuksia…": ("Hämtar avtal…", "Loading agreements…"),
    "Haetaan sopimusta…": ("Hämtar avtalet…", "Loading the agreement…"),
    "Ei sopimuksia": ("Inga avtal", "No agreements"),
    "kausi {0}": ("period {0}", "term {0}"),
    "koordinoi {0}": ("koordineras av {0}", "coordinated by {0}"),
    "Voimaantulo: {0}": ("Ikraftträdande: {0}", "Entry into force: {0}"),
    "Tila: {0}": ("Status: {0}", "Status: {0}"),
    "Hyväksytty muutoksin: {0}.": ("Godkänt med ändringar: {0}.", "Approved with changes: {0}."),
    "Kaikki edellytetyt hyväksynnät ovat koossa.": (
        "Alla förutsatta godkännanden finns.",
        "All required approvals are in.",
    ),
    "Kustannukset jaetaan {0}.": ("Kostnaderna fördelas {0}.", "Costs are split {0}."),
    "Sopimukseen ei ole merkitty kustannuksia.": (
        "Inga kostnader har antecknats för avtalet.",
        "No costs are recorded for the agreement.",
    ),
    "Tallennetaan…": ("Sparar…", "Saving…"),
    "Tallennetaan sopimusta…": ("Sparar avtalet…", "Saving the agreement…"),
    "{field}: {problem}": ("{field}: {problem}", "{field}: {problem}"),
    "muutos ({party})": ("ändring ({party})", "change ({party})"),
    "Sopimuskauden alku": ("Avtalsperiodens början", "Start of the agreement term"),
    "Sopimuskauden loppu": ("Avtalsperiodens slut", "End of the agreement term"),
    "Kustannuserä {row}, vuosi: {problem}": ("Kostnadspost {row}, år: {problem}", "Cost item {row}, year: {problem}"),
    "Kustannuserä {row}, euroa: {problem}": (
        "Kostnadspost {row}, euro: {problem}",
        "Cost item {row}, euros: {problem}",
    ),
    "Lomakkeelle palautettiin tiedot, jotka olivat kesken, kun Sihteeri sulkeutui edellisellä kerralla. Tarkista "
    "ne; OK tallentaa ne, Peruuta hylkää ne.": (
        "Uppgifter som var på hälft när Sihteeri stängdes förra gången har återställts i formuläret. Kontrollera "
        "dem; OK sparar dem, Avbryt förkastar dem.",
        "The details that were unfinished when Sihteeri closed last time have been restored to the form. Check "
        "them; OK saves them, Cancel discards them.",
    ),
    "Lisätään osapuolta…": ("Lägger till part…", "Adding the party…"),
    "Poistetaanko {0} sopimuksen osapuolista? Osapuolen päätöstiedot poistuvat, eikä poistoa voi kumota.": (
        "Ta bort {0} från avtalets parter? Partens beslutsuppgifter tas bort, och borttagningen kan inte ångras.",
        "Remove {0} from the agreement's parties? The party's decision details are removed, and the removal "
        "cannot be undone.",
    ),
    "Poistetaan osapuolta…": ("Tar bort part…", "Removing the party…"),
    "Osapuolen {0} toimielinten pykäliä ei ole tässä tietokannassa; kirjaa päätös osapuolen otteelta.": (
        "Paragrafer från {0}s organ finns inte i den här databasen; anteckna beslutet från partens utdrag.",
        "The sections of {0}'s bodies are not in this database; record the decision from the party's excerpt.",
    ),
    "Haetaan pykäliä…": ("Hämtar paragrafer…", "Loading sections…"),
    "Linkitetään…": ("Länkar…", "Linking…"),
    "Poistetaan linkitys…": ("Tar bort länken…", "Unlinking…"),
    "Kirjataan…": ("Antecknar…", "Recording…"),
    "Tallenna hyväksymistilanne": ("Spara godkännandeläget", "Save approval status"),
    "PDF-tiedostot (*.pdf)": ("PDF-filer (*.pdf)", "PDF files (*.pdf)"),
    "Tulostetaan…": ("Skriver ut…", "Printing…"),
    "Tallenna pöytäkirjanote osapuolille": (
        "Spara protokollsutdrag till parterna",
        "Save minutes excerpt for the parties",
    ),
    "Sopimukseen ei ole linkitetty omaa päätöstä (kotiorganisaation pykälää), josta ote annettaisiin.": (
        "Till avtalet har inget eget beslut (paragraf i den egna organisationen) länkats som utdraget kunde ges ur.",
        "No own decision (a section of the home organisation) is linked to the agreement to give an excerpt of.",
    ),
    "Tulostetaan otetta…": ("Skriver ut utdraget…", "Printing the excerpt…"),
    "Ei muistutuksia.": ("Inga påminnelser.", "No reminders."),
    "Haetaan muistutuksia…": ("Hämtar påminnelser…", "Loading reminders…"),
    "”{text}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 3.11.2025.": (
        "”{text}” är inte ett datum. Skriv datumet i formen 3.11.2025.",
        "“{text}” is not a date. Write the date as 3.11.2025.",
    ),
    "”{text}” ei ole prosenttiluku.": ("”{text}” är inte ett procenttal.", "“{text}” is not a percentage."),
    "Asukasluku ”{text}” ei ole positiivinen kokonaisluku (esim. 2 846).": (
        "Invånarantalet ”{text}” är inte ett positivt heltal (t.ex. 2 846).",
        "The population “{text}” is not a positive whole number (e.g. 2 846).",
    ),
    "Osapuoli": ("Part", "Party"),
    "Edellytetään": ("Förutsätts", "Required"),
    "Päättävä toimielin": ("Beslutande organ", "Deciding body"),
    "Päätöksen tila": ("Beslutets status", "Decision status"),
    "Päättänyt toimielin": ("Organ som beslutat", "Body that decided"),
    "Päätöspäivä": ("Beslutsdatum", "Decision date"),
    "Osapuolen Dnro": ("Partens dnr", "Party's diary no."),
    "Ote saapunut": ("Utdrag inkommit", "Excerpt received"),
    "Allekirjoittaja": ("Undertecknare", "Signatory"),
    "Allekirjoitettu": ("Undertecknat", "Signed"),
    "Oma ote lähetetty": ("Eget utdrag skickat", "Own excerpt sent"),
    "Päätettävä viimeistään": ("Ska beslutas senast", "Decide by"),
    "Kiinteä osuus %": ("Fast andel %", "Fixed share %"),
    "Ei käsitelty": ("Inte behandlat", "Not handled"),
    "Esityslistalla": ("På föredragningslistan", "On the agenda"),
    "Hyväksytty": ("Godkänt", "Approved"),
    "Hyväksytty muutoksin": ("Godkänt med ändringar", "Approved with changes"),
    "Hylätty": ("Förkastat", "Rejected"),
    "Palautettu valmisteluun": ("Återremitterat", "Returned for preparation"),
    "kirjeellä": ("per brev", "by letter"),
    "sähköisesti": ("elektroniskt", "electronically"),
    "saantitodistuksella": ("mot mottagningsbevis", "with acknowledgement of receipt"),
    "henkilökohtaisesti": ("personligen", "in person"),
    "Päätös on tämän tietokannan pykälä: {0}": (
        "Beslutet är en paragraf i den här databasen: {0}",
        "The decision is a section in this database: {0}",
    ),
    "Tiedoksisaantipäivä {0}": ("Delfåendedag {0}", "Notified on {0}"),
    "; muutoksenhakuaika päättyy {0}": ("; tiden för ändringssökande går ut {0}", "; appeal period ends {0}"),
    "Voimaantulosääntö edellyttää kaikkien osapuolten hyväksynnän.": (
        "Regeln för ikraftträdande förutsätter att alla parter godkänner.",
        "The entry-into-force rule requires every party's approval.",
    ),
    "Ei jaettavia kustannuksia": ("Inga kostnader att fördela", "No costs to split"),
    "Asukasluku": ("Invånarantal", "Population"),
    "Peruste": ("Grund", "Basis"),
    "Kiinteä osuus": ("Fast andel", "Fixed share"),
    "Osuus": ("Andel", "Share"),
    "Yhteensä": ("Totalt", "Total"),
    "Lisää osapuoli": ("Lägg till part", "Add party"),
    "Valitse tai kirjoita uusi": ("Välj eller skriv en ny", "Choose or type a new one"),
    "Kunta": ("Kommun", "Municipality"),
    "Kuntayhtymä": ("Samkommun", "Joint municipal authority"),
    "Maakuntaliitto": ("Landskapsförbund", "Regional council"),
    "Hyvinvointialue": ("Välfärdsområde", "Wellbeing services county"),
    "Laji (uusi organisaatio)": ("Typ (ny organisation)", "Kind (new organisation)"),
    "Kunnanhallitus": ("Kommunstyrelsen", "Municipal executive board"),
    "Linkitä pykälä": ("Länka paragraf", "Link section"),
    "Valitse pykälä, joka on osapuolen {0} päätös sopimuksesta:": (
        "Välj den paragraf som är {0}s beslut om avtalet:",
        "Choose the section that is {0}'s decision on the agreement:",
    ),
    "Kirjaa otteen lähetys": ("Anteckna att utdraget skickats", "Record excerpt sent"),
    "Lähetyspäivä": ("Sändningsdag", "Date sent"),
    "Sähköisesti (tiedoksi 3. päivänä)": (
        "Elektroniskt (delfående den 3:e dagen)",
        "Electronically (notified on the 3rd day)",
    ),
    "Kirjeellä (tiedoksi 7. päivänä)": ("Per brev (delfående den 7:e dagen)", "By letter (notified on the 7th day)"),
    "Saantitodistuksella (tiedoksi saantitodistuksen päivänä; Sihteeri ei laske sitä)": (
        "Mot mottagningsbevis (delfående den dag som anges på mottagningsbeviset; Sihteeri räknar inte ut den)",
        "With acknowledgement of receipt (notified on the date on the receipt; Sihteeri does not work it out)",
    ),
    "Saantitodistuksella lähetetty ote katsotaan tiedoksi saaduksi saantitodistukseen merkittynä päivänä. Sihteeri "
    "ei tallenna sitä päivää, joten tiedoksisaantipäivää ja muutoksenhakuajan päättymistä ei näytetä: katso ne "
    "saantitodistuksesta.": (
        "Ett utdrag som skickats mot mottagningsbevis anses ha delgetts den dag som anges på mottagningsbeviset. "
        "Sihteeri sparar inte den dagen, så delfåendedagen och slutet på tiden för ändringssökande visas inte: se "
        "dem på mottagningsbeviset.",
        "An excerpt sent with acknowledgement of receipt counts as notified on the date on the receipt. Sihteeri "
        "does not store that date, so the notification date and the end of the appeal period are not shown: see "
        "them on the receipt.",
    ),
    "Käsitelty, pöytäkirja tarkastamatta": (
        "Behandlat, protokollet ojusterat",
        "Handled, minutes not checked",
    ),
    ". Päätös syntyy, kun pöytäkirja on tarkastettu; siihen asti osapuoli odottaa.": (
        ". Beslutet uppstår när protokollet har justerats; till dess väntar man på parten.",
        ". The decision exists once the minutes are checked; until then the party is awaited.",
    ),
    "Kursiivilla oleva luku on organisaation perustiedoista (sama päivämäärä); solun tyhjentäminen ei poista "
    "sitä, mutta kirjoitettu luku korvaa sen.": (
        "Ett tal i kursiv kommer från organisationens grunduppgifter (samma datum); att tömma cellen tar inte bort "
        "det, men ett inskrivet tal ersätter det.",
        "A figure in italics comes from the organisation's basic data (same date); clearing the cell does not "
        "remove it, but a figure typed in replaces it.",
    ),
    "Vuodessa": ("Per år", "Per year"),
    "Sopimuksessa on vain tiettyjen vuosien kustannuseriä: osuudet näytetään vuosi kerrallaan (vuotuiset erät ja "
    "vuoden omat erät).": (
        "Avtalet har kostnadsposter för enskilda år: andelarna visas ett år i taget (de årliga posterna och årets "
        "egna poster).",
        "The agreement has cost items for single years: the shares are shown one year at a time (the annual items "
        "and the year's own items).",
    ),
    "Sopimuksella ei ole vielä osapuolia (Osapuoli → Lisää osapuoli…).": (
        "Avtalet har ännu inga parter (Part → Lägg till part…).",
        "The agreement has no parties yet (Party → Add party…).",
    ),
    "Yhtäkään osapuolta ei ole merkitty edellytetyksi: merkitse sarakkeeseen Edellytetään osapuolet, joiden "
    "hyväksyntä tarvitaan.": (
        "Ingen part har markerats som förutsatt: markera i kolumnen Förutsätts de parter vars godkännande behövs.",
        "No party is marked as required: tick, in the column Required, the parties whose approval is needed.",
    ),
    "Kustannuserältä {0} puuttuu kuvaus.": (
        "Kostnadspost {0} saknar beskrivning.",
        "Cost item {0} has no description.",
    ),
    "Henkilökohtaisesti (tiedoksi samana päivänä)": (
        "Personligen (delfående samma dag)",
        "In person (notified the same day)",
    ),
    "Tapa": ("Sätt", "Method"),
    "Osapuolet, joille ote lähetettiin:": ("Parter som utdraget skickades till:", "Parties the excerpt was sent to:"),
    "Sopimuksen päättäminen": ("Avtalets upphörande", "Ending the agreement"),
    "Voimassa (ei irtisanottu)": ("I kraft (inte uppsagt)", "In force (not terminated)"),
    "Päivästä": ("Från och med", "From"),
    # --- meeting conduct
    "Jäsen": ("Ledamot", "Member"),
    "Puheenjohtaja": ("Ordförande", "Chair"),
    "Varajäsen": ("Ersättare", "Deputy member"),
    "Pöytäkirjanpitäjä": ("Protokollförare", "Minutes secretary"),
    "Kunnanhallituksen edustaja": ("Kommunstyrelsens representant", "Representative of the municipal executive"),
    "Asiantuntija": ("Sakkunnig", "Expert"),
    "Muu": ("Annan", "Other"),
    "Läsnäolo": ("Närvaro", "Attendance"),
    "Lisää läsnäolija": ("Lägg till närvarande", "Add attendee"),
    "esim. kunnanhallituksen edustaja": ("t.ex. kommunstyrelsens representant", "e.g. representative of the executive"),
    "–": ("–", "–"),
    "Läsnä kokouksessa": ("Närvarande vid mötet", "Present at the meeting"),
    "kokouksen alusta": ("från mötets början", "from the start of the meeting"),
    "kokouksen loppuun": ("till mötets slut", "to the end of the meeting"),
    "{n} §:n alussa": ("i början av § {n}", "at the start of § {n}"),
    "{n} §:n jälkeen": ("efter § {n}", "after § {n}"),
    "Henkilö": ("Person", "Person"),
    "Rooli": ("Roll", "Role"),
    "Roolin teksti": ("Rollens text", "Role text"),
    "Varajäsenenä jäsenen": ("Ersättare för ledamoten", "Deputy for the member"),
    "klo": ("kl.", "at"),
    "Saapui": ("Anlände", "Arrived"),
    "Poistui": ("Avlägsnade sig", "Left"),
    "Läsnä": ("Närvarande", "Present"),
    "Saapui §": ("Anlände §", "Arrived §"),
    "Poistui § jälkeen": ("Lämnade efter §", "Left after §"),
    # A temporary absence (gui/conduct.py, gui/conduct_dialogs.py, gui/conduct_models.py).
    "Tilapäisesti poissa": ("Tillfälligt frånvarande", "Away for a while"),
    "Merkitse tilapäinen poissaolo…": ("Anteckna tillfällig frånvaro…", "Record a temporary absence…"),
    "Poista tilapäinen poissaolo…": ("Ta bort tillfällig frånvaro…", "Remove a temporary absence…"),
    "Tilapäinen poissaolo – {name}": ("Tillfällig frånvaro – {name}", "Temporary absence – {name}"),
    "Poista poissaolo – {name}": ("Ta bort frånvaro – {name}", "Remove absence – {name}"),
    "Palasi": ("Återkom", "Came back"),
    "Poissaolo": ("Frånvaro", "Absence"),
    "Valitse poissaolo.": ("Välj frånvaron.", "Choose the absence."),
    "Kokouksessa ei ole pykäliä.": ("Mötet har inga paragrafer.", "The meeting has no sections."),
    "Hän ei ole läsnä eikä osallistu päätöksentekoon niissä pykälissä, jotka käsitellään poistumisen ja paluun "
    "välillä. Esteellisyys merkitään asian kohdalla, ei tässä.": (
        "Personen är inte närvarande och deltar inte i beslutsfattandet i de paragrafer som behandlas mellan "
        "avlägsnandet och återkomsten. Jäv antecknas vid ärendet, inte här.",
        "They are not present and take no part in the decisions of the sections handled between leaving and coming "
        "back. A disqualification is recorded at the item, not here.",
    ),
    "{left} §:n jälkeen – {returned} §:n alkuun": (
        "efter § {left} – till början av § {returned}",
        "after § {left} – until the start of § {returned}",
    ),
    "{absence} (klo {times})": ("{absence} (kl. {times})", "{absence} (at {times})"),
    "Pöytäkirjan tarkastus": ("Justering av protokollet", "Checking the minutes"),
    "Tarkista puutteet": ("Kontrollera brister", "Check for gaps"),
    "Merkitse tarkastetuksi ja lukitse": ("Markera som justerat och lås", "Mark as checked and lock"),
    "Merkitse julkaistuksi": ("Markera som publicerat", "Mark as published"),
    "Pöytäkirjantarkastaja": ("Protokolljusterare", "Minutes checker"),
    "Kokousaika klo": ("Mötestid kl.", "Meeting time"),
    "Tarkastettu (pvm)": ("Justerat (datum)", "Checked (date)"),
    "Tarkastuspaikka": ("Justeringsort", "Place of checking"),
    "Yleisessä tietoverkossa": ("I det allmänna datanätet", "Published online"),
    "Puutteet, jotka estävät tarkastuksen:": ("Brister som hindrar justeringen:", "Gaps that prevent checking:"),
    "(valitse)": ("(välj)", "(choose)"),
    "Pöytäkirja on tarkastettu ja julkaistu.": (
        "Protokollet är justerat och publicerat.",
        "The minutes are checked and published.",
    ),
    "Pöytäkirja on tarkastettu ja lukittu. Korjaukset tehdään oikaisuina.": (
        "Protokollet är justerat och låst. Korrigeringar görs som rättelser.",
        "The minutes are checked and locked. Corrections are made as rectifications.",
    ),
    "Pöytäkirjaa ei voi vielä merkitä tarkastetuksi: {n} puutetta.": (
        "Protokollet kan ännu inte markeras som justerat: {n} brister.",
        "The minutes cannot be marked as checked yet: {n} gaps.",
    ),
    "Ei puutteita; pöytäkirjan voi merkitä tarkastetuksi.": (
        "Inga brister; protokollet kan markeras som justerat.",
        "No gaps; the minutes can be marked as checked.",
    ),
    "Kokouksen kulku": ("Mötets gång", "Conduct of the meeting"),
    "Tiedoksi": ("För kännedom", "For information"),
    "Oikaisu – {section}": ("Rättelse – {section}", "Rectification – {section}"),
    "Pöytäkirja on tarkastettu. Alkuperäinen teksti säilyy; oikaisu näkyy pöytäkirjassa omana merkintänään "
    "tekijän, ajan ja syyn kanssa.": (
        "Protokollet är justerat. Den ursprungliga texten bevaras; rättelsen syns i protokollet som en egen "
        "anteckning med upphovsperson, tid och orsak.",
        "The minutes are checked. The original text stays; the rectification appears in the minutes as an entry "
        "of its own with its author, time and reason.",
    ),
    "Oikaistava kohta": ("Punkt som rättas", "Part to rectify"),
    "Tarkastettu teksti": ("Justerad text", "Checked text"),
    "Oikaistu teksti": ("Rättad text", "Rectified text"),
    "Syy": ("Orsak", "Reason"),
    "Tekijä": ("Upphovsperson", "Author"),
    "Tallenna oikaisu": ("Spara rättelsen", "Save rectification"),
    "Hän tai hänen läheisensä on asianosainen.": (
        "Personen eller en närstående till personen är part.",
        "They or someone close to them is a party.",
    ),
    "Hän tai hänen läheisensä avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on "
    "odotettavissa erityistä hyötyä tai vahinkoa.": (
        "Personen eller en närstående biträder eller företräder en part eller någon som kan vänta sig "
        "synnerlig nytta eller skada av avgörandet.",
        "They or someone close to them assists or represents a party, or someone who may expect particular "
        "benefit or harm from the decision.",
    ),
    "Asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen.": (
        "Avgörandet kan väntas medföra synnerlig nytta eller skada för personen eller en närstående.",
        "The decision may be expected to bring particular benefit or harm to them or someone close to them.",
    ),
    "Hän on palvelus- tai toimeksiantosuhteessa asianosaiseen tai siihen, jolle asian ratkaisusta on "
    "odotettavissa erityistä hyötyä tai vahinkoa.": (
        "Personen står i anställnings- eller uppdragsförhållande till en part eller till någon som kan vänta "
        "sig synnerlig nytta eller skada av avgörandet.",
        "They are employed by or under contract to a party, or someone who may expect particular benefit or "
        "harm from the decision.",
    ),
    "Hän tai hänen läheisensä on hallituksen tai vastaavan toimielimen jäsen tai toimitusjohtaja yhteisössä, "
    "säätiössä tai laitoksessa, joka on asianosainen tai jolle asian ratkaisusta on odotettavissa erityistä "
    "hyötyä tai vahinkoa.": (
        "Personen eller en närstående är medlem av styrelsen eller ett motsvarande organ eller verkställande "
        "direktör i en sammanslutning, stiftelse eller inrättning som är part eller som kan vänta sig synnerlig "
        "nytta eller skada av avgörandet.",
        "They or someone close to them is a board member or managing director of a corporation, foundation or "
        "institution that is a party or may expect particular benefit or harm from the decision.",
    ),
    "Hän on virastossa ohjaus- tai valvontatehtävässä asiassa, joka koskee virastoa tai laitosta, jonka "
    "johtokuntaan tai vastaavaan toimielimeen hän kuuluu.": (
        "Personen har en styrnings- eller tillsynsuppgift vid ett ämbetsverk i ett ärende som gäller ett "
        "ämbetsverk eller en inrättning i vars direktion eller motsvarande organ personen ingår.",
        "They have a steering or supervisory task at an agency in a matter concerning an agency or institution "
        "whose board or similar body they belong to.",
    ),
    "Luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä.": (
        "Förtroendet för personens opartiskhet äventyras av något annat särskilt skäl.",
        "Trust in their impartiality is endangered for some other particular reason.",
    ),
    "Esteellisyys – {section}": ("Jäv – {section}", "Disqualification – {section}"),
    "Muu peruste (kirjoita alle)": ("Annan grund (skriv nedan)", "Other ground (write below)"),
    "tarkennus, esim. hakijan lähisukulainen": (
        "precisering, t.ex. nära släkting till sökanden",
        "detail, e.g. close relative of the applicant",
    ),
    "Poistui kokoushuoneesta asian käsittelyn ajaksi": (
        "Avlägsnade sig från mötesrummet under behandlingen av ärendet",
        "Left the meeting room while the item was handled",
    ),
    "Esteellinen": ("Jävig", "Disqualified"),
    "Tarkennus": ("Precisering", "Detail"),
    "Pöytäkirjaan": ("Till protokollet", "In the minutes"),
    "Merkitse esteelliseksi": ("Anteckna som jävig", "Record as disqualified"),
    "Eriävä mielipide": ("Avvikande mening", "Dissent"),
    "perustelut (vapaaehtoinen)": ("motivering (frivillig)", "reasons (optional)"),
    "Jättäjä": ("Anmäld av", "Filed by"),
    "Perustelut": ("Motivering", "Reasons"),
    "Perustelut ruotsiksi": ("Motivering på svenska", "Reasons in Swedish"),
    "Hyväksytty muuttamattomana": ("Godkänt oförändrat", "Passed unchanged"),
    "Hyväksytty äänestyksen jälkeen": ("Godkänt efter omröstning", "Passed after a vote"),
    "Hyväksytty muutettuna": ("Godkänt med ändringar", "Passed amended"),
    "Merkitty tiedoksi": ("Antecknat för kännedom", "Noted"),
    "Pöydätty": ("Bordlagt", "Tabled"),
    "Poistettu esityslistalta": ("Struket från föredragningslistan", "Removed from the agenda"),
    "Valinta": ("Val", "Election"),
    "Esteellisyys…": ("Jäv…", "Disqualification…"),
    "Ehdotus…": ("Förslag…", "Motion…"),
    "Äänestys…": ("Omröstning…", "Vote…"),
    "Eriävä mielipide…": ("Avvikande mening…", "Dissent…"),
    "Poista valittu": ("Ta bort det valda", "Remove selected"),
    "Oikaisu…": ("Rättelse…", "Rectification…"),
    "Käsittelyn kulku (esteellisyydet, ehdotukset ja äänestykset tulostuvat itse)": (
        "Behandlingens gång (jäv, förslag och omröstningar skrivs ut automatiskt)",
        "Course of handling (disqualifications, motions and votes print by themselves)",
    ),
    "Kirjaa puheenjohtajan toteamukset": ("Anteckna ordförandens konstateranden", "Record the chair's findings"),
    "Lisää käsittelytekstiin, että kannattamaton ehdotus raukesi, että kannatettu ehdotus, josta ei äänestetty, "
    "hyväksyttiin yksimielisesti, ja kuka toimi puheenjohtajana esteellisen puheenjohtajan sijasta.": (
        "Lägger till i behandlingstexten att ett förslag som inte understöddes förföll, att ett understött förslag "
        "som det inte röstades om godkändes enhälligt, och vem som var ordförande i stället för en jävig ordförande.",
        "Adds to the handling text that a motion nobody seconded lapsed, that a seconded motion not put to a vote "
        "was adopted unanimously, and who chaired in place of a disqualified chair.",
    ),
    "Tallenna päätös": ("Spara beslutet", "Save decision"),
    "Esteellisyydet": ("Jäv", "Disqualifications"),
    "Ehdotukset": ("Förslag", "Motions"),
    "Äänestykset": ("Omröstningar", "Votes"),
    "Eriävät mielipiteet": ("Avvikande meningar", "Dissents"),
    "Päätöksen laji": ("Typ av beslut", "Kind of decision"),
    "Käsittelyteksti": ("Behandlingstext", "Handling text"),
    "Päätösteksti": ("Beslutstext", "Decision text"),
    "Oikaisut": ("Rättelser", "Rectifications"),
    "Päätösvaltaisuus: {text}": ("Beslutförhet: {text}", "Quorum: {text}"),
    "Päätösehdotus: {text}": ("Beslutsförslag: {text}", "Proposal: {text}"),
    " – poistui": (" – avlägsnade sig", " – left"),
    " – ei poistunut": (" – avlägsnade sig inte", " – did not leave"),
    "Esittelijän päätösehdotus": ("Föredragandens beslutsförslag", "Presenter's proposal"),
    "Pöytäkirja on muuttunut": ("Protokollet har ändrats", "The minutes have changed"),
    "Aloita kokous": ("Inled mötet", "Start the meeting"),
    "Pöytäkirjan tarkastus…": ("Justering av protokollet…", "Checking the minutes…"),
    "Lisää läsnäolija…": ("Lägg till närvarande…", "Add attendee…"),
    "Muokkaa…": ("Redigera…", "Edit…"),
    "Asiat ja päätökset": ("Ärenden och beslut", "Items and decisions"),
    "Luonnos – kokousta ei ole aloitettu.": (
        "Utkast – mötet har inte inletts.",
        "Draft – the meeting has not started.",
    ),
    "Esityslista julkaistu – aloita kokous, kun se alkaa.": (
        "Föredragningslistan publicerad – inled mötet när det börjar.",
        "Agenda published – start the meeting when it begins.",
    ),
    "Kokous pidetty – pöytäkirja odottaa tarkastusta.": (
        "Mötet hållet – protokollet väntar på justering.",
        "Meeting held – the minutes await checking.",
    ),
    "Pöytäkirja tarkastettu ja lukittu – korjaukset oikaisuina.": (
        "Protokollet justerat och låst – korrigeringar som rättelser.",
        "Minutes checked and locked – corrections as rectifications.",
    ),
    "Pöytäkirja tarkastettu ja julkaistu – korjaukset oikaisuina.": (
        "Protokollet justerat och publicerat – korrigeringar som rättelser.",
        "Minutes checked and published – corrections as rectifications.",
    ),
    "Ehdotus": ("Förslag", "Motion"),
    "Ehdotus ruotsiksi": ("Förslag på svenska", "Motion in Swedish"),
    "tyhjänä tulostuu suomenkielinen teksti": ("tom skrivs den finska texten ut", "empty: the Finnish text prints"),
    "(ei kannatettu – ehdotus raukeaa)": (
        "(inte understött – förslaget förfaller)",
        "(not seconded – the motion lapses)",
    ),
    "Ehdottaja": ("Förslagsställare", "Proposed by"),
    "Kannattaja": ("Understödd av", "Seconded by"),
    "Lisää ehdotus": ("Lägg till förslag", "Add motion"),
    "Asia": ("Ärende", "Item"),
    "Päätösvaltaisuus": ("Beslutförhet", "Quorum"),
    " (oikaistu)": (" (rättat)", " (rectified)"),
    "puuttuu": ("saknas", "missing"),
    " – teksti puuttuu": (" – texten saknas", " – text missing"),
    "Läsnä {filled} jäsenpaikkaa {seats}:stä, vaaditaan vähintään {required}.": (
        "Närvarande {filled} av {seats} ledamotsplatser, minst {required} krävs.",
        "{filled} of {seats} member seats present; at least {required} required.",
    ),
    "Jaa": ("Ja", "Yes"),
    "Ei": ("Nej", "No"),
    "Tyhjä": ("Blankt", "Blank"),
    "Poissa": ("Frånvarande", "Absent"),
    "Äänestys – {section}": ("Omröstning – {section}", "Vote – {section}"),
    "JAA-ehdotus": ("JA-förslag", "YES proposal"),
    "EI-ehdotus": ("NEJ-förslag", "NO proposal"),
    "JAA-ehdotus ruotsiksi": ("JA-förslag på svenska", "YES proposal in Swedish"),
    "EI-ehdotus ruotsiksi": ("NEJ-förslag på svenska", "NO proposal in Swedish"),
    "Äänestäjä": ("Röstande", "Voter"),
    "Ääni": ("Röst", "Vote"),
    " (pj)": (" (ordf.)", " (chair)"),
    "Kaikki jaa": ("Alla ja", "All yes"),
    "Tallenna äänestys": ("Spara omröstningen", "Save vote"),
    "Äänet menivät tasan – {section}": ("Rösterna föll lika – {section}", "Tied vote – {section}"),
    "Kumpi ehdotus tuli hyväksytyksi?": ("Vilket förslag blev godkänt?", "Which proposal was adopted?"),
    "JAA-ehdotus: {text}": ("JA-förslag: {text}", "YES proposal: {text}"),
    "EI-ehdotus: {text}": ("NEJ-förslag: {text}", "NO proposal: {text}"),
    "Tallenna tulos": ("Spara resultatet", "Save the result"),
    "Liitä sopimukseen…": ("Koppla till avtal…", "Link to agreement…"),
    "Liitä sopimukseen": ("Koppla till avtal", "Link to agreement"),
    "Sopimus, jota asia koskee:": ("Avtalet som ärendet gäller:", "The agreement the item is about:"),
    "(ei sopimusta)": ("(inget avtal)", "(no agreement)"),
    "Asia liitetty sopimukseen.": ("Ärendet kopplat till avtalet.", "Item linked to the agreement."),
    "Asian sopimusliitos poistettu.": ("Ärendets avtalskoppling borttagen.", "The item's agreement link removed."),
    "Siirrä osapuolta ylös": ("Flytta parten uppåt", "Move party up"),
    "Siirrä osapuolta alas": ("Flytta parten nedåt", "Move party down"),
    "Siirretään osapuolta…": ("Parten flyttas…", "Moving the party…"),
    # --- backups
    "Otetaan varmuuskopiota…": ("Tar säkerhetskopia…", "Taking a backup…"),
    "Varmuuskopiot": ("Säkerhetskopior", "Backups"),
    "Vaihda kansio…": ("Byt mapp…", "Change folder…"),
    "Toinen kansio…": ("Andra mapp…", "Second folder…"),
    "Ei toista kansiota": ("Ingen andra mapp", "No second folder"),
    "Ota varmuuskopio nyt": ("Ta säkerhetskopia nu", "Back up now"),
    "Tarkista": ("Kontrollera", "Verify"),
    "Palauta…": ("Återställ…", "Restore…"),
    "Sulje": ("Stäng", "Close"),
    "Varmuuskopiot ovat kansiossa {folder}.": (
        "Säkerhetskopiorna finns i mappen {folder}.",
        "Backups are in the folder {folder}.",
    ),
    "Toinen kopio: {folder}.": ("Andra kopia: {folder}.", "Second copy: {folder}."),
    "Toista kansiota (verkkolevy tai muistitikku) ei ole valittu.": (
        "Ingen andra mapp (nätverksenhet eller USB-minne) har valts.",
        "No second folder (network drive or USB stick) is chosen.",
    ),
    "Varmuuskopioiden kansio": ("Mapp för säkerhetskopior", "Backup folder"),
    "Toinen varmuuskopiokansio": ("Andra mapp för säkerhetskopior", "Second backup folder"),
    "Asetuksia ei voitu tallentaa: {error}": (
        "Inställningarna kunde inte sparas: {error}",
        "The settings could not be saved: {error}",
    ),
    "Varmuuskopioita ei vielä ole.": ("Det finns inga säkerhetskopior ännu.", "There are no backups yet."),
    "Luetaan varmuuskopioita…": ("Läser säkerhetskopior…", "Reading backups…"),
    "Varmuuskopio tallennettu: {path}": ("Säkerhetskopian sparades: {path}", "Backup saved: {path}"),
    "Varmuuskopio {name} on ehjä.": ("Säkerhetskopian {name} är hel.", "Backup {name} is intact."),
    "Tarkistetaan varmuuskopiota…": ("Kontrollerar säkerhetskopian…", "Verifying the backup…"),
    "Palautetaanko tietokanta varmuuskopiosta, joka on otettu {when}?\n\nNykyisestä tietokannasta otetaan ensin "
    "varmuuskopio. Palautuksen jälkeen tiedot ovat sellaiset kuin ne olivat varmuuskopiota otettaessa.": (
        "Återställa databasen från säkerhetskopian som togs {when}?\n\nFörst tas en säkerhetskopia av den "
        "nuvarande databasen. Efter återställningen är uppgifterna sådana som de var när säkerhetskopian togs.",
        "Restore the database from the backup taken {when}?\n\nA backup of the current database is taken first. "
        "After the restore the data are as they were when the backup was taken.",
    ),
    "Palauta varmuuskopio": ("Återställ säkerhetskopia", "Restore backup"),
    "Tietokanta palautettu varmuuskopiosta {name}.": (
        "Databasen återställdes från säkerhetskopian {name}.",
        "Database restored from backup {name}.",
    ),
    "Palautetaan varmuuskopiota…": ("Återställer säkerhetskopian…", "Restoring the backup…"),
    "Otettu": ("Tagen", "Taken"),
    "Koko": ("Storlek", "Size"),
    "Viimeisin kokous": ("Senaste möte", "Latest meeting"),
    "Tarkistus": ("Kontroll", "Check"),
    "Toimielimet": ("Organ", "Bodies"),
    "säännöllinen": ("regelbunden", "regular"),
    "ennen päivitystä": ("före uppdatering", "before upgrade"),
    "ennen palautusta": ("före återställning", "before restore"),
    "ei tarkistettu": ("inte kontrollerad", "not verified"),
    "ehjä": ("hel", "intact"),
    "VIOITTUNUT": ("SKADAD", "DAMAGED"),
    "Tietokantaa ei voi avata": ("Databasen kan inte öppnas", "The database cannot be opened"),
    "Uusin ehjä varmuuskopio on otettu {day}.{month}.{year} klo {time}.": (
        "Den senaste hela säkerhetskopian togs {day}.{month}.{year} kl. {time}.",
        "The latest intact backup was taken on {day}.{month}.{year} at {time}.",
    ),
    "Viimeisin kokous siinä: {meeting}.": ("Senaste möte i den: {meeting}.", "Latest meeting in it: {meeting}."),
    "Vioittunutta tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.": (
        "Den skadade filen raderas eller ersätts inte: den flyttas åt sidan i samma mapp.",
        "The damaged file is neither deleted nor overwritten: it is moved aside in the same folder.",
    ),
    "Tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan kansioon.": (
        "Filen raderas eller ersätts inte: den flyttas åt sidan i samma mapp.",
        "The file is neither deleted nor overwritten: it is moved aside in the same folder.",
    ),
    "Varmuuskopio palautetaan tiedostoksi {path}.": (
        "Säkerhetskopian återställs som filen {path}.",
        "The backup is restored as the file {path}.",
    ),
    # --- first run
    "valtuusto": ("fullmäktige", "council"),
    "hallitus": ("styrelse", "executive board"),
    "lautakunta": ("nämnd", "committee"),
    "jaosto": ("sektion", "division"),
    "viranhaltija": ("tjänsteinnehavare", "office-holder"),
    "kunta": ("kommun", "municipality"),
    "kuntayhtymä": ("samkommun", "joint municipal authority"),
    "maakuntaliitto": ("landskapsförbund", "regional council"),
    "hyvinvointialue": ("välfärdsområde", "wellbeing services county"),
    # --- details panel
    "oikaisuvaatimus (KuntaL 134 §)": (
        "begäran om omprövning (KommunL 134 §)",
        "rectification request (Local Government Act 134 §)",
    ),
    "kunnallisvalitus (KuntaL 135 §)": (
        "kommunalbesvär (KommunL 135 §)",
        "municipal appeal (Local Government Act 135 §)",
    ),
    "muutoksenhakukielto (KuntaL 136 §)": (
        "förbud att söka ändring (KommunL 136 §)",
        "no appeal (Local Government Act 136 §)",
    ),
    "hankintaoikaisu ja valitus markkinaoikeuteen": (
        "upphandlingsrättelse och besvär hos marknadsdomstolen",
        "procurement rectification and appeal to the Market Court",
    ),
    "oikaisuvaatimus (HL 49 c §)": (
        "begäran om omprövning (FL 49 c §)",
        "rectification request (Administrative Procedure Act 49 c §)",
    ),
    "otsikko": ("rubrik", "title"),
    "ruotsinkielinen otsikko": ("svensk rubrik", "Swedish title"),
    "julkaistava otsikko": ("rubrik som publiceras", "published title"),
    "tehtäväluokka": ("uppgiftsklass", "classification"),
    "valmistelija": ("beredare", "preparer"),
    "esittelijä": ("föredragande", "presenter"),
    "selostus": ("redogörelse", "background"),
    "päätösehdotus": ("beslutsförslag", "proposal"),
    "käsittely": ("behandling", "handling"),
    "päätös": ("beslut", "decision"),
    "eriävä mielipide": ("avvikande mening", "dissent"),
    "lopputulos": ("utfall", "outcome"),
    "päätöksen luonne": ("beslutets karaktär", "nature of decision"),
    "julkisuus": ("offentlighet", "publicity"),
    "salassapitoperuste": ("sekretessgrund", "ground for secrecy"),
    "henkilötiedot": ("personuppgifter", "personal data"),
    "muutoksenhakutapa": ("sätt att söka ändring", "appeal route"),
    "muutoksenhakutavan peruste": ("grund för sättet att söka ändring", "reason for the appeal route"),
    "järjestys": ("ordning", "order"),
    "kokous": ("möte", "meeting"),
    "asian laji": ("ärendets typ", "kind of item"),
    "lisätty": ("tillagt", "added"),
    "Voimassa {date} alkaen": ("I kraft från {date}", "In force from {date}"),
    "Odottaa hyväksyntöjä ({approved}/{required})": (
        "Väntar på godkännanden ({approved}/{required})",
        "Awaiting approvals ({approved}/{required})",
    ),
    "Pöytäkirja tarkastettu {date}": ("Protokollet justerat {date}", "Minutes checked {date}"),
    "Julkaistu yleisessä tietoverkossa {date}": (
        "Publicerat i det allmänna datanätet {date}",
        "Published online {date}",
    ),
    "Kunnan jäsenet: tiedoksi {notified}, määräaika päättyy {last_day}": (
        "Kommunmedlemmarna: delfående {notified}, tidsfristen går ut {last_day}",
        "Members of the municipality: notified {notified}, the period ends {last_day}",
    ),
    " (päättynyt)": (" (har gått ut)", " (ended)"),
    "{name}: tiedoksi {notified}, määräaika päättyy {last_day}": (
        "{name}: delfående {notified}, tidsfristen går ut {last_day}",
        "{name}: notified {notified}, the period ends {last_day}",
    ),
    "aluevalitus": ("regionbesvär", "regional appeal"),
    "KuntaL 134 §": ("KommunL 134 §", "Local Government Act 134 §"),
    "KuntaL 135 §": ("KommunL 135 §", "Local Government Act 135 §"),
    "KuntaL 136 §": ("KommunL 136 §", "Local Government Act 136 §"),
    "laki hyvinvointialueesta 139 §": ("lagen om välfärdsområden 139 §", "Wellbeing Services Counties Act 139 §"),
    "laki hyvinvointialueesta 140 §": ("lagen om välfärdsområden 140 §", "Wellbeing Services Counties Act 140 §"),
    "laki hyvinvointialueesta 141 §": ("lagen om välfärdsområden 141 §", "Wellbeing Services Counties Act 141 §"),
    "hankintalaki 1397/2016": ("upphandlingslagen 1397/2016", "Public Procurement Act 1397/2016"),
    "HOL 808/2019": ("FPL 808/2019", "Administrative Judicial Procedure Act 808/2019"),
    "HL 49 c §": ("FL 49 c §", "Administrative Procedure Act 49 c §"),
    "Kunnan jäsenet": ("Kommunmedlemmarna", "Members of the municipality"),
    "Jäsenkunnat ja niiden jäsenet": (
        "Medlemskommunerna och deras medlemmar",
        "Member municipalities and their members",
    ),
    "Hyvinvointialueen asukkaat": ("Välfärdsområdets invånare", "Residents of the wellbeing services county"),
    "Kenelle: {authority}": ("Till vem: {authority}", "To whom: {authority}"),
    "Valittu käsin, perustelu: {reason}": ("Valt för hand, motivering: {reason}", "Chosen by hand, reason: {reason}"),
    "Koneen ehdotus: {route}. {reason}": (
        "Programmets förslag: {route}. {reason}",
        "The program's suggestion: {route}. {reason}",
    ),
    "Peruste: {reason}": ("Grund: {reason}", "Reason: {reason}"),
    "{members}: tiedoksi {notified}, määräaika päättyy {last_day}": (
        "{members}: delfående {notified}, tidsfristen går ut {last_day}",
        "{members}: notified {notified}, the period ends {last_day}",
    ),
    "{members}: määräaika alkaa, kun pöytäkirja julkaistaan yleisessä tietoverkossa.": (
        "{members}: tidsfristen börjar när protokollet publiceras i det allmänna datanätet.",
        "{members}: the period starts when the minutes are published online.",
    ),
    "Muutosta voivat hakea vain asianosaiset, kukin omasta tiedoksisaannistaan.": (
        "Endast parterna kan söka ändring, var och en från sitt eget delfående.",
        "Only the parties may appeal, each from their own notification.",
    ),
    "{name}: ei vielä saanut päätöstä tiedoksi": (
        "{name}: har ännu inte delgetts beslutet",
        "{name}: not yet notified of the decision",
    ),
    "Lainvoimainen {date} alkaen, jos muutosta ei haeta": (
        "Vinner laga kraft {date}, om ändring inte söks",
        "Final from {date} if no appeal is made",
    ),
    "Lainvoimaisuuspäivä ei ole vielä tiedossa.": (
        "Dagen då beslutet vinner laga kraft är ännu inte känd.",
        "The date the decision becomes final is not known yet.",
    ),
    "Päätöksestä ei voi hakea muutosta; ei määräaikaa.": (
        "Ändring i beslutet får inte sökas; ingen tidsfrist.",
        "The decision cannot be appealed; no deadline.",
    ),
    # --- templates
    "Laadi ehdotus mallipohjasta": ("Skriv förslag utifrån en mall", "Draft proposal from a template"),
    "Kieli": ("Språk", "Language"),
    "Lisää ehdotukseen": ("Infoga i förslaget", "Insert into the proposal"),
    "{name} (oma)": ("{name} (egen)", "{name} (own)"),
    "Ei mallipohjia tällä kielellä.": ("Inga mallar på detta språk.", "No templates in this language."),
    "Mallipohjan ”{name}” historia": ("Historik för mallen ”{name}”", "History of the template “{name}”"),
    "Mallipohjasta ei ole aiempia versioita.": (
        "Mallen har inga tidigare versioner.",
        "The template has no earlier versions.",
    ),
    "Palauta tämä versio muokattavaksi": (
        "Återställ den här versionen för redigering",
        "Restore this version for editing",
    ),
    "Mallipohjat": ("Mallar", "Templates"),
    "Uusi…": ("Ny…", "New…"),
    "Kopioi…": ("Kopiera…", "Copy…"),
    "Nimeä uudelleen…": ("Byt namn…", "Rename…"),
    "Historia…": ("Historik…", "History…"),
    "Vie tiedostoon…": ("Exportera till fil…", "Export to file…"),
    "Tuo tiedostosta…": ("Importera från fil…", "Import from file…"),
    "mikä tahansa": ("vilken som helst", "any"),
    "yhteistoimintasopimus": ("samverkansavtal", "cooperation agreement"),
    "yhteistyösopimus": ("samarbetsavtal", "collaboration agreement"),
    "yhteistyöpöytäkirja": ("samarbetsprotokoll", "cooperation protocol"),
    "muu sopimus": ("annat avtal", "other agreement"),
    "Sopimuksen laji": ("Avtalstyp", "Kind of agreement"),
    "Tiivistä tietokanta…": ("Komprimera databasen…", "Compact the database…"),
    "Tiivistä tietokanta": ("Komprimera databasen", "Compact the database"),
    "Tiivistys poistaa tietokantatiedostosta poistettujen ja muutettujen tietojen jäänteet (esimerkiksi tekstistä "
    "poistetun henkilötunnuksen), joita mikään haku ei enää löydä. Tietokannan sisältö ei muutu. Aiemmat "
    "varmuuskopiot sisältävät vanhat tiedot, kunnes ne harvennetaan.\n\nSulje ensin muut Sihteerin ikkunat, jotka "
    "käyttävät samaa tietokantaa. Tiivistetäänkö tietokanta nyt?": (
        "Komprimeringen tar bort rester av raderade och ändrade uppgifter ur databasfilen (till exempel en "
        "personbeteckning som tagits bort ur en text) som ingen sökning längre hittar. Databasens innehåll ändras "
        "inte. Tidigare säkerhetskopior innehåller de gamla uppgifterna tills de gallras.\n\nStäng först andra "
        "Sihteeri-fönster som använder samma databas. Komprimera databasen nu?",
        "Compacting removes the remains of deleted and changed data from the database file (for example a personal "
        "identity code removed from a text) that no search finds any more. The database's contents do not change. "
        "Earlier backups keep the old data until they are rotated out.\n\nFirst close other Sihteeri windows using "
        "the same database. Compact the database now?",
    ),
    "Tietokanta tiivistetty: {before} Mt → {after} Mt.": (
        "Databasen komprimerad: {before} MB → {after} MB.",
        "Database compacted: {before} MB → {after} MB.",
    ),
    "Tiivistetään tietokantaa…": ("Databasen komprimeras…", "Compacting the database…"),
    "Toimielimen laji": ("Organets typ", "Kind of body"),
    "Mallipohjan teksti": ("Mallens text", "Template text"),
    "Lisää muuttuja kohdistimen kohdalle": ("Infoga en variabel vid markören", "Insert a variable at the cursor"),
    "Esimerkkiasia (kuviteltu)": ("Exempelärende (påhittat)", "Sample item (imaginary)"),
    "Esikatselu asialle": ("Förhandsvisning för ärendet", "Preview on item"),
    "Esikatselu": ("Förhandsvisning", "Preview"),
    "Täydennä lisäämisen jälkeen hakasulkeissa olevat kohdat: {places}": (
        "Fyll i ställena inom hakparentes efter att du har infogat texten: {places}",
        "After inserting, fill in the places in square brackets: {places}",
    ),
    "valmis": ("färdig", "built-in"),
    "oma": ("egen", "own"),
    "<b>{name}</b><br>Valmis mallipohja: vain luettavissa. Kopioi se muokataksesi.": (
        "<b>{name}</b><br>Färdig mall: endast läsning. Kopiera den för att redigera.",
        "<b>{name}</b><br>Built-in template: read only. Copy it to edit.",
    ),
    "<b>{name}</b><br>Oma mallipohja.": ("<b>{name}</b><br>Egen mall.", "<b>{name}</b><br>Own template."),
    "<b>{name}</b><br>Oma mallipohja. Siinä on tallentamattomat muutokset, jotka olivat kesken, kun Sihteeri "
    "sulkeutui: tallenna tai hylkää ne.": (
        "<b>{name}</b><br>Egen mall. Den har osparade ändringar som var på hälft när Sihteeri stängdes: spara "
        "eller förkasta dem.",
        "<b>{name}</b><br>Own template. It has unsaved changes that were unfinished when Sihteeri closed: save or "
        "discard them.",
    ),
    "Mallipohjaan on tehty muutoksia, joita ei ole tallennettu. Hylätäänkö muutokset?": (
        "Mallen har ändringar som inte har sparats. Förkasta ändringarna?",
        "The template has changes that have not been saved. Discard them?",
    ),
    "Lisää muuttuja…": ("Infoga variabel…", "Insert variable…"),
    "Uusi mallipohja": ("Ny mall", "New template"),
    "Mallipohjan nimi:": ("Mallens namn:", "Template name:"),
    "Kopioi mallipohja": ("Kopiera mall", "Copy template"),
    "Kopion nimi:": ("Kopians namn:", "Name of the copy:"),
    "Nimeä mallipohja uudelleen": ("Byt namn på mallen", "Rename template"),
    "Uusi nimi:": ("Nytt namn:", "New name:"),
    "Poista mallipohja": ("Ta bort mall", "Remove template"),
    "Poistetaanko mallipohja ”{name}” historioineen? Poistoa ei voi kumota.": (
        "Ta bort mallen ”{name}” med dess historik? Borttagningen kan inte ångras.",
        "Remove the template “{name}” with its history? The removal cannot be undone.",
    ),
    "Viety tiedostoon {path}": ("Exporterad till filen {path}", "Exported to {path}"),
    "Tiedostoa ei voitu lukea: {error}": ("Filen kunde inte läsas: {error}", "The file could not be read: {error}"),
    "Tuo mallipohja": ("Importera mall", "Import template"),
    "Sihteerin mallipohjat (*.j2);;Kaikki tiedostot (*)": (
        "Sihteeris mallar (*.j2);;Alla filer (*)",
        "Sihteeri templates (*.j2);;All files (*)",
    ),
    "Vie mallipohja": ("Exportera mall", "Export template"),
    "Sihteerin mallipohjat (*.j2)": ("Sihteeris mallar (*.j2)", "Sihteeri templates (*.j2)"),
    "Korvataanko päätösehdotus?": ("Ersätta beslutsförslaget?", "Replace the proposal?"),
    "Päätösehdotuksessa on jo tekstiä, jota on muokattu. Korvataanko se mallipohjasta laaditulla tekstillä? "
    "Korvauksen voi perua (Kumoa).": (
        "Beslutsförslaget innehåller redan redigerad text. Ersätta den med texten från mallen? Ersättningen "
        "kan ångras (Ångra).",
        "The proposal already holds edited text. Replace it with the text drafted from the template? The "
        "replacement can be undone (Undo).",
    ),
    # --- errors
    "Virhe": ("Fel", "Error"),
    "Tietokantaa ei voi käyttää": ("Databasen kan inte användas", "The database cannot be used"),
    "Levy täynnä": ("Disken full", "Disk full"),
    "Varmuuskopiota ei saatu": ("Säkerhetskopian kunde inte tas", "No backup could be taken"),
    "Sulkemisen yhteydessä ei saatu varmuuskopiota: {problems}\n\nTallennetut tiedot ovat tallessa "
    "tietokannassa. Ota varmuuskopio (Tiedosto → Varmuuskopiot), kun kansio on taas käytettävissä.": (
        "Ingen säkerhetskopia kunde tas vid stängningen: {problems}\n\nDe sparade uppgifterna finns kvar i "
        "databasen. Ta en säkerhetskopia (Arkiv → Säkerhetskopior) när mappen kan användas igen.",
        "No backup could be taken on closing: {problems}\n\nThe saved data is safe in the database. Take a "
        "backup (File → Backups) once the folder can be used again.",
    ),
    "Arkistokappaletta ei voitu tehdä": ("Arkivexemplaret kunde inte göras", "The archival copy could not be made"),
    "Tiedostoa ei voitu tallentaa": ("Filen kunde inte sparas", "The file could not be saved"),
    "Toimintoa ei voi tehdä": ("Åtgärden kan inte utföras", "The action cannot be done"),
    "Virheellinen tieto": ("Felaktig uppgift", "Invalid data"),
    "Ei löytynyt": ("Hittades inte", "Not found"),
    "Virhe mallipohjassa": ("Fel i mallen", "Error in the template"),
    "Virheraportti tallennettiin tiedostoon:\n{path}": (
        "Felrapporten sparades i filen:\n{path}",
        "The error report was saved to the file:\n{path}",
    ),
    "Sihteerissä tapahtui odottamaton virhe. Tallentamattomat muutokset on tallennettu luonnoksina, ja ne "
    "tarjotaan palautettaviksi, kun avaat asian uudelleen.\n\n{where}": (
        "Ett oväntat fel inträffade i Sihteeri. Osparade ändringar har sparats som utkast och erbjuds för "
        "återställning när du öppnar ärendet igen.\n\n{where}",
        "An unexpected error happened in Sihteeri. Unsaved changes have been kept as drafts and are offered "
        "for restoring when you open the item again.\n\n{where}",
    ),
    # --- main window, printing
    "T&yökalut": ("&Verktyg", "&Tools"),
    "Kokouksen kulku ja pöytäkirja…": ("Mötets gång och protokoll…", "Conduct and minutes…"),
    "Laadi ehdotus mallipohjasta…": ("Skriv förslag utifrån en mall…", "Draft proposal from a template…"),
    "Mallipohjat…": ("Mallar…", "Templates…"),
    "Sopimukset…": ("Avtal…", "Agreements…"),
    "Varmuuskopiot…": ("Säkerhetskopior…", "Backups…"),
    "Tulosta…": ("Skriv ut…", "Print…"),
    "Tulosteet": ("Utskrifter", "Printouts"),
    "Esityslista": ("Föredragningslista", "Agenda"),
    "Pöytäkirja": ("Protokoll", "Minutes"),
    "Pöytäkirjanote": ("Protokollsutdrag", "Minutes excerpt"),
    "Päätösehdotusluonnos": ("Utkast till beslutsförslag", "Draft proposal"),
    "Esikatselu — %1": ("Förhandsvisning — %1", "Preview — %1"),
    "Tallenna PDF…": ("Spara PDF…", "Save PDF…"),
    "Tallenna PDF": ("Spara PDF", "Save PDF"),
    "Muodostetaan asiakirjaa…": ("Skapar handlingen…", "Building the document…"),
    "Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet": (
        "När alla parter har godkänt och undertecknat",
        "When every party has approved and signed",
    ),
    "Odottaa: {names}": ("Väntar på: {names}", "Awaiting: {names}"),
    "Hylännyt: {names}": ("Har förkastat: {names}", "Rejected by: {names}"),
    "Allekirjoitus puuttuu: {names}": ("Underskrift saknas: {names}", "Signature missing: {names}"),
    "Päätöspäivä puuttuu: {names}": ("Beslutsdatum saknas: {names}", "Decision date missing: {names}"),
    "Odota hetki…": ("Vänta ett ögonblick…", "Please wait…"),
    "Tulostinta ei voitu avata; tarkista tulostimen valinta.": (
        "Skrivaren kunde inte öppnas; kontrollera valet av skrivare.",
        "The printer could not be opened; check the printer choice.",
    ),
    "Tiedostoa {path} ei voitu tallentaa: {error}.": (
        "Filen {path} kunde inte sparas: {error}.",
        "The file {path} could not be saved: {error}.",
    ),
    "varajäsen ({name})": ("ersättare ({name})", "deputy ({name})"),
    "jäsen": ("ledamot", "member"),
    "varajäsen": ("ersättare", "deputy member"),
    "puheenjohtaja": ("ordförande", "chair"),
    "pöytäkirjanpitäjä": ("protokollförare", "minutes secretary"),
    "kunnanhallituksen edustaja": ("kommunstyrelsens representant", "representative of the municipal executive"),
    "asiantuntija": ("sakkunnig", "expert"),
    "{section} § (klo {time})": ("§ {section} (kl. {time})", "§ {section} (at {time})"),
    "Avaa tietokanta": ("Öppna databas", "Open database"),
    "Avaa tietokanta…": ("Öppna databas…", "Open database…"),
    "Avaa toinen tietokanta: tiedosto, jaettu PostgreSQL-tietokanta tai oletustietokanta": (
        "Öppna en annan databas: en fil, en delad PostgreSQL-databas eller standarddatabasen",
        "Open another database: a file, a shared PostgreSQL database or the default database",
    ),
    "Oletustietokanta tämän koneen datakansiossa": (
        "Standarddatabasen i den här datorns datamapp",
        "The default database in this computer's data folder",
    ),
    "Tietokantatiedosto (SQLite)": ("Databasfil (SQLite)", "Database file (SQLite)"),
    "Jaettu PostgreSQL-tietokanta": ("Delad PostgreSQL-databas", "Shared PostgreSQL database"),
    "esim. H:\\Sihteeri\\sihteeri.db; uusi tiedosto otetaan käyttöön": (
        "t.ex. H:\\Sihteeri\\sihteeri.db; en ny fil tas i bruk",
        "e.g. H:\\Sihteeri\\sihteeri.db; a new file is set up",
    ),
    "Selaa…": ("Bläddra…", "Browse…"),
    "Jos palvelin pyytää salasanan, se kysytään avattaessa eikä sitä tallenneta. Kysymättä se annetaan "
    "PostgreSQL:n pgpass-tiedostossa.": (
        "Om servern begär ett lösenord frågas det när databasen öppnas, och det sparas inte. För att slippa "
        "frågan anges det i PostgreSQL:s pgpass-fil.",
        "If the server asks for a password, it is asked when the database is opened and is not saved. To open "
        "without the question, give it in PostgreSQL's pgpass file.",
    ),
    "Kokouksen numero": ("Mötets nummer", "Meeting number"),
    "Kokoukset numeroidaan vuosittain. Pykälät seuraavat kokousten järjestystä.": (
        "Mötena numreras per år. Paragraferna följer mötenas ordning.",
        "Meetings are numbered by year. The sections follow the order of the meetings.",
    ),
    "Henkilötiedot pois verkosta {date}: {sections} §": (
        "Personuppgifter tas bort från nätet {date}: § {sections}",
        "Personal data off the web on {date}: § {sections}",
    ),
    "Pöytäkirjan voi poistaa verkosta {date}": (
        "Protokollet kan tas bort från nätet {date}",
        "The minutes may come off the web on {date}",
    ),
    "Pöytäkirjat verkossa": ("Protokoll på nätet", "Minutes online"),
    "Tietokannassa pidetään useamman oman organisaation pöytäkirjoja. Valitse, minkä organisaation tietoja "
    "muokkaat; OK tallentaa kaikkien muutetut tiedot.": (
        "Databasen innehåller protokoll för flera egna organisationer. Välj vilken organisations uppgifter du "
        "redigerar; OK sparar de ändrade uppgifterna för alla.",
        "The database keeps the minutes of several home organisations. Choose the organisation whose details you "
        "edit; OK stores the changed details of all of them.",
    ),
    " päivää": (" dagar", " days"),
    "Kuinka kauan pöytäkirjat pidetään yleisessä tietoverkossa julkaisusta (vähintään muutoksenhakuajan loppuun). "
    "Henkilötiedot poistetaan jo muutoksenhakuajan päätyttyä.": (
        "Hur länge protokollen hålls tillgängliga i det allmänna datanätet efter publiceringen (minst till "
        "besvärstidens slut). Personuppgifterna tas bort redan när besvärstiden har gått ut.",
        "How long minutes stay in the public network after publication (at least until the appeal period ends). "
        "Personal data comes off as soon as the appeal period has ended.",
    ),
    "Verkosta poistettavat…": ("Att ta bort från nätet…", "To take off the web…"),
    "Verkosta poistettavat": ("Att ta bort från nätet", "To take off the web"),
    "Mitkä henkilötiedot ja pöytäkirjat poistetaan yleisestä tietoverkosta ja milloin": (
        "Vilka personuppgifter och protokoll som tas bort från det allmänna datanätet, och när",
        "Which personal data and minutes come off the public network, and when",
    ),
    "Henkilötiedot poistetaan julkaistusta pöytäkirjasta muutoksenhakuajan päätyttyä niistä pykälistä, jotka on "
    "merkitty sisältämään henkilötietoja; koko pöytäkirja, kun organisaation asetuksissa annettu aika on kulunut.": (
        "Personuppgifterna tas bort ur det publicerade protokollet när besvärstiden har gått ut, i de paragrafer "
        "som har markerats innehålla personuppgifter; hela protokollet när tiden i organisationens inställningar "
        "har gått.",
        "Personal data comes off the published minutes when the appeal period has ended, from the sections marked "
        "as holding it; the whole minutes when the time set in the organisation's settings has passed.",
    ),
    "Alkaen": ("Från och med", "From"),
    "päättyen": ("till och med", "until"),
    "Poistettava": ("Tas bort", "To remove"),
    "Ei poistettavaa näinä päivinä.": ("Inget att ta bort under dessa dagar.", "Nothing to remove on these days."),
    "Näytä kokous": ("Visa mötet", "Show the meeting"),
    "henkilötiedot: {sections} §": ("personuppgifter: § {sections}", "personal data: § {sections}"),
    "koko pöytäkirja": ("hela protokollet", "the whole minutes"),
    "Muuta kokouksen päivämäärää, alkamisaikaa, paikkaa tai numeroa": (
        "Ändra mötets datum, starttid, plats eller nummer",
        "Change the meeting's date, starting time, place or number",
    ),
    "Liitä tiedosto…": ("Bifoga fil…", "Attach a file…"),
    "Avaa tiedosto": ("Öppna filen", "Open the file"),
    "Tallentaa tiedoston (esim. allekirjoitetun sopimuksen) asian liitteeksi tietokantaan; se kulkee "
    "varmuuskopioiden ja arkiston mukana.": (
        "Sparar filen (t.ex. ett undertecknat avtal) som bilaga till ärendet i databasen; den följer med "
        "säkerhetskopiorna och arkivet.",
        "Stores the file (e.g. a signed agreement) as the item's attachment in the database; it travels with the "
        "backups and the archive.",
    ),
    "Tiedosto: {name} (Avaa tiedosto)": ("Fil: {name} (Öppna filen)", "File: {name} (Open the file)"),
    "Tiedostoa {path} ei löydy.": ("Filen {path} finns inte.", "The file {path} was not found."),
    "Tiedostoa {path} ei voi lukea: {reason}": ("Filen {path} kan inte läsas: {reason}",
                                                 "The file {path} cannot be read: {reason}"),
    "Liitettä ei voitu kirjoittaa avattavaksi: {reason}": ("Bilagan kunde inte skrivas för att öppnas: {reason}",
                                                           "The attachment could not be written for opening: {reason}"),
    "Liitä tiedosto": ("Bifoga fil", "Attach a file"),
    "Kaikki tiedostot (*)": ("Alla filer (*)", "All files (*)"),
    "Tiedostoa ei voitu avata": ("Filen kunde inte öppnas", "The file could not be opened"),
    "Tiedostolle {name} ei ole avaavaa ohjelmaa. Se on tallennettu kansioon {folder}.": (
        "Det finns inget program som öppnar filen {name}. Den har sparats i mappen {folder}.",
        "No program opens the file {name}. It has been saved in the folder {folder}.",
    ),
    "Tietokantapalvelimen salasana": ("Databasserverns lösenord", "Database server password"),
    "Palvelin ei hyväksynyt salasanaa. Yritä uudelleen.": (
        "Servern godkände inte lösenordet. Försök igen.",
        "The server did not accept the password. Try again.",
    ),
    "Palvelin {server} pyytää käyttäjän {user} salasanan.": (
        "Servern {server} begär lösenordet för användaren {user}.",
        "The server {server} asks for the password of the user {user}.",
    ),
    "Salasana:": ("Lösenord:", "Password:"),
    "Tietokantatiedosto": ("Databasfil", "Database file"),
    "Sihteerin tietokanta (*.db)": ("Sihteeris databas (*.db)", "Sihteeri database (*.db)"),
    "Valitse tai kirjoita tietokantatiedoston nimi.": (
        "Välj eller skriv databasfilens namn.",
        "Choose or type the name of the database file.",
    ),
    "Kirjoita osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta.": (
        "Skriv adressen i formen postgresql+psycopg://användare@server/databas.",
        "Write the address as postgresql+psycopg://user@server/database.",
    ),
    "Viimeksi käytettyä tietokantaa ei voitu avata: {problem} Sihteeri avaa oletustietokannan; toisen "
    "tietokannan voi valita valikosta Tiedosto → Avaa tietokanta…": (
        "Den senast använda databasen kunde inte öppnas: {problem} Sihteeri öppnar standarddatabasen; en annan "
        "databas kan väljas i menyn Arkiv → Öppna databas…",
        "The database used last time could not be opened: {problem} Sihteeri opens the default database; another "
        "database can be chosen in the menu File → Open database…",
    ),
    "tiedostoa {path} ei löydy.": ("filen {path} hittas inte.", "the file {path} is not found."),
    "Viimeksi käytettyä tietokantaa ei voitu avata: {problem}\n\nJos tietokanta on palvelimella, se voi olla "
    "hetken poissa käytöstä: yritä hetken päästä uudelleen. Uutta tietokantaa ei kannata ottaa käyttöön sen "
    "tilalle, koska päivän työ jäisi silloin eri tietokantaan.": (
        "Den senast använda databasen kunde inte öppnas: {problem}\n\nOm databasen finns på en server kan den "
        "vara ur bruk för en stund: försök igen om en stund. Ta inte i bruk en ny databas i stället, eftersom "
        "dagens arbete då skulle hamna i en annan databas.",
        "The database used last time could not be opened: {problem}\n\nIf the database is on a server, it may "
        "be out of use for a while: try again in a moment. Do not start a new database in its place, as the "
        "day's work would then end up in another database.",
    ),
    "Tietokantaa ei voitu avata": ("Databasen kunde inte öppnas", "The database could not be opened"),
    "Yritä uudelleen": ("Försök igen", "Try again"),
    "Avaa toinen tietokanta…": ("Öppna en annan databas…", "Open another database…"),
    "salasanaa ei annettu.": ("lösenordet gavs inte.", "the password was not given."),
    "Henkilöt": ("Personer", "People"),
    "Hae nimellä tai nimikkeellä": ("Sök med namn eller titel", "Search by name or title"),
    "Virkanimike": ("Tjänstebeteckning", "Job title"),
    "Virkanimike ruotsiksi": ("Tjänstebeteckning på svenska", "Job title in Swedish"),
    "Sähköposti": ("E-post", "E-mail"),
    "Puhelin": ("Telefon", "Phone"),
    "Uusi henkilö…": ("Ny person…", "New person…"),
    "Uusi henkilö": ("Ny person", "New person"),
    "Henkilön tiedot": ("Personens uppgifter", "Person details"),
    "esim. sivistysjohtaja": ("t.ex. bildningsdirektör", "e.g. director of education"),
    "Jos nimi tai virkanimike muuttuu": ("Om namnet eller titeln ändras", "If the name or title changes"),
    "Nimi tai nimike on vaihtunut, alkaen": ("Namnet eller titeln har ändrats, från och med",
                                             "The name or title has changed, from"),
    "Korjaan kirjoitusvirheen": ("Jag rättar ett skrivfel", "I am correcting a misspelling"),
    "Esimerkiksi avioliitto tai uusi virka: aiempien kokousten asiakirjoissa säilyy entinen nimi ja nimike.": (
        "Till exempel äktenskap eller en ny tjänst: handlingarna från tidigare möten behåller det tidigare namnet "
        "och den tidigare titeln.",
        "For example a marriage or a new post: the documents of earlier meetings keep the former name and title.",
    ),
    "Korjaus näkyy kaikissa asiakirjoissa, myös aiempien kokousten.": (
        "Rättelsen syns i alla handlingar, också för tidigare möten.",
        "The correction shows in every document, earlier meetings' too.",
    ),
    "Jos tilalle tulee toinen henkilö, lisää hänet uutena.": (
        "Om en annan person tar över, lägg till hen som ny.",
        "If another person takes over, add them as a new person.",
    ),
    "Aiemmat nimet: {names}": ("Tidigare namn: {names}", "Former names: {names}"),
    "{name} ({date} asti)": ("{name} (till och med {date})", "{name} (until {date})"),
    "Valitse, onko nimi tai nimike vaihtunut vai korjaatko kirjoitusvirheen.": (
        "Välj om namnet eller titeln har ändrats eller om du rättar ett skrivfel.",
        "Choose whether the name or title has changed or you are correcting a misspelling.",
    ),
    "Kokouksen tiedot…": ("Mötets uppgifter…", "Meeting details…"),
    "Kokous {number}/{year}": ("Möte {number}/{year}", "Meeting {number}/{year}"),
    "Kokouksen tiedot tallennettu.": ("Mötets uppgifter sparade.", "Meeting details saved."),
    "Alkaa klo": ("Börjar kl.", "Starts at"),
    "Vuoden ensimmäinen pykälä": ("Årets första paragraf", "First section of the year"),
    "Vuoden ensimmäinen pykälä…": ("Årets första paragraf…", "First section of the year…"),
    "Toimielimen {body} pykälät numeroidaan vuosittain. Jos osa vuoden kokouksista on pidetty ennen Sihteerin "
    "käyttöönottoa, anna ensimmäisen Sihteerissä tehtävän pykälän numero.": (
        "Paragraferna i organet {body} numreras per år. Om en del av årets möten hölls innan Sihteeri togs i "
        "bruk, ange numret på den första paragrafen som görs i Sihteeri.",
        "The sections of {body} are numbered per year. If some of the year's meetings were held before Sihteeri "
        "was taken into use, give the number of the first section made in Sihteeri.",
    ),
    "Vuosi": ("År", "Year"),
    "Ensimmäinen pykälä": ("Första paragraf", "First section"),
    "Anna toimielimen vuoden ensimmäisen pykälän numero (käyttöönotto kesken vuoden)": (
        "Ange numret på organets första paragraf för året (ibruktagning mitt i året)",
        "Give the number of the body's first section of the year (taken into use mid-year)",
    ),
    "Vuoden {year} pykälät alkavat numerosta {number}.": (
        "Paragraferna för år {year} börjar från nummer {number}.",
        "The sections of {year} start from number {number}.",
    ),
    "Ehdottaja peruutti ehdotuksensa": ("Förslagsställaren återtog sitt förslag", "The proposer withdrew the proposal"),
    "esim. Hartolassa": ("t.ex. Gustav Adolfs", "e.g. Hartolassa"),
    "Pöytäkirjanotteen todistuspaikka": ("Ort för bestyrkande av protokollsutdrag", "Place of certifying excerpts"),
    "Todistuksen teksti": ("Bestyrkandets text (finska)", "Certification text (Finnish)"),
    "Todistuksen teksti ruotsiksi": ("Bestyrkandets text på svenska", "Certification text in Swedish"),
    "Todistuspaikka ruotsiksi": ("Bestyrkandets ort på svenska", "Certification place in Swedish"),
    "kaksikielisen organisaation otteissa, esim. Lahtis": (
        "i en tvåspråkig organisations utdrag, t.ex. Lahtis",
        "in a bilingual organisation's excerpts, e.g. Lahtis",
    ),
    "Merkitse esityslista julkaistuksi…": ("Markera föredragningslistan som publicerad…", "Mark the agenda published…"),
    "Kirjaa päivä, jona kokouskutsu ja esityslista lähetettiin ja julkaistiin": (
        "Anteckna dagen då möteskallelsen och föredragningslistan skickades och publicerades",
        "Record the day the notice of meeting and the agenda were sent and published",
    ),
    "Esityslista julkaistu": ("Föredragningslistan publicerad", "Agenda published"),
    "Julkaisupäivä": ("Publiceringsdag", "Publication date"),
    "Esityslista merkitty julkaistuksi.": ("Föredragningslistan markerad som publicerad.", "Agenda marked published."),
    "Asukasluku sopimuksen asukaslukujen ajankohtana; kustannukset jaetaan näiden suhteessa, kun jakoperuste on "
    "asukasluku.": (
        "Invånarantalet vid avtalets tidpunkt för invånarantal; kostnaderna delas i proportion till dem när "
        "fördelningsgrunden är invånarantal.",
        "The population at the agreement's reference date; costs are split in proportion to these when the basis is "
        "population.",
    ),
    "Asianosainen": ("Part", "Party"),
    "Asianosaisen muutoksenhakuaika lasketaan hänen omasta tiedoksisaannistaan (Kokous → Otteiden lähettäminen…); "
    "muille ote on vain tiedoksi.": (
        "En parts tid för ändringssökande räknas från partens egen delfående (Möte → Sändning av utdrag…); för "
        "andra är utdraget för kännedom.",
        "A party's appeal period counts from their own notification (Meeting → Sending the excerpts…); for others "
        "the excerpt is for information.",
    ),
    "Otteiden lähettäminen…": ("Sändning av utdrag…", "Sending the excerpts…"),
    "Kirjaa, milloin ja miten pykälän otteet lähetettiin; asianosaisten määräajat lasketaan niistä": (
        "Anteckna när och hur paragrafens utdrag skickades; parternas tidsfrister räknas från dem",
        "Record when and how the section's excerpts were sent; the parties' deadlines count from them",
    ),
    "Otteiden lähettäminen – {section} §": ("Sändning av utdrag – § {section}", "Sending the excerpts – § {section}"),
    "Pykälällä ei ole vastaanottajia. Lisää ne asian kohtaan Tiedoksi / otteet ja tallenna.": (
        "Paragrafen har inga mottagare. Lägg till dem under För kännedom / utdrag och spara.",
        "The section has no recipients. Add them under For information / excerpts and save.",
    ),
    "Otteiden lähettäminen kirjattu.": ("Sändningen av utdragen antecknad.", "Sending of the excerpts recorded."),
    "Asianosaisen muutoksenhakuaika alkaa tiedoksisaannista: kirje 7. päivänä ja sähköinen viesti 3. päivänä "
    "lähettämisestä, saantitodistus ja henkilökohtainen luovutus vastaanottopäivänä. ”–” = ei vielä.": (
        "En parts tid för ändringssökande börjar från delfåendet: ett brev den 7 dagen och ett elektroniskt "
        "meddelande den 3 dagen efter avsändandet, mottagningsbevis och personlig överlämning på "
        "mottagningsdagen. ”–” = inte ännu.",
        "A party's appeal period starts from notification: a letter on the 7th day and an electronic message on "
        "the 3rd day after sending, a receipt and delivery by hand on the day received. ”–” = not yet.",
    ),
    "Vastaanottaja": ("Mottagare", "Recipient"),
    "Lähetetty": ("Skickat", "Sent"),
    "Vastaanotettu": ("Mottaget", "Received"),
    "kyllä": ("ja", "yes"),
    "ei (tiedoksi)": ("nej (för kännedom)", "no (for information)"),
    "Hallinto-oikeus": ("Förvaltningsdomstol", "Administrative court"),
    "Hallinto-oikeus, jolle kunnallisvalitukset tehdään; valtuuston pöytäkirjan valitusosoitus tarvitsee sen.": (
        "Förvaltningsdomstolen dit kommunalbesvär anförs; fullmäktiges besvärsanvisning behöver den.",
        "The administrative court municipal appeals go to; the council's appeal instructions need it.",
    ),
    "(muu, asetettu ohjelmallisesti)": ("(annan, angiven programmatiskt)", "(other, set by a program)"),
    "Yläpuolinen toimielin": ("Överordnat organ", "Body above"),
    (
        "Toimielimen pöytäkirjoja on jo tarkastettu, joten tätä ei voi enää muuttaa: otteet tulostuvat näillä "
        "tiedoilla. Jos nimi muuttuu, lisää uusi toimielin."
    ): (
        "Organets protokoll har redan justerats, så detta kan inte längre ändras: utdragen skrivs ut med dessa "
        "uppgifter. Om namnet ändras, lägg till ett nytt organ.",
        "Minutes of the body have been checked, so this can no longer change: the excerpts print these details. "
        "If the name changes, add a new body.",
    ),
    "Tämänlajiselle asialle ei ole tehty mallipohjaa. Valitse mallipohja luettelosta, jos jokin niistä sopii.": (
        "Ingen mall har gjorts för ett ärende av det här slaget. Välj en mall i listan om någon av dem passar.",
        "No template is written for an item of this kind. Choose a template from the list if one of them fits.",
    ),
    "Jaoston tai viranhaltijan päätöksestä tehty oikaisuvaatimus käsitellään tässä toimielimessä. Lautakunta tai "
    "hallitus esittää asiat tälle toimielimelle (mallipohjien parent_body).": (
        "Ett omprövningsyrkande mot en sektions eller tjänsteinnehavares beslut behandlas i detta organ. En nämnd "
        "eller styrelse föreslår ärenden för detta organ (mallarnas parent_body).",
        "A rectification request against a division's or an office-holder's decision is handled by this body. A "
        "committee or a board proposes matters to this body (the templates' parent_body).",
    ),
    "Minkä oman organisaation henkilö tämä on. Päätösehdotuksen allekirjoittaja haetaan organisaation omista "
    "henkilöistä.": (
        "Vilken av de egna organisationerna personen hör till. Den som undertecknar ett beslutsförslag söks bland "
        "organisationens egna personer.",
        "Which of the home organisations this person belongs to. The signatory of a draft decision is looked for "
        "among the organisation's own people.",
    ),
    "Minkä oman organisaation toimielin tämä on. Yläpuolinen toimielin valitaan saman organisaation "
    "toimielimistä.": (
        "Vilken av de egna organisationerna organet hör till. Det överordnade organet väljs bland samma "
        "organisations organ.",
        "Which of the home organisations this body belongs to. The body above is chosen from the same "
        "organisation's bodies.",
    ),
    "esim. Rantatie 6, Hartola": ("t.ex. Rantatie 6, Gustav Adolfs", "e.g. Rantatie 6, Hartola"),
    "Käyntiosoite": ("Besöksadress", "Visiting address"),
    "Postiosoite ruotsiksi": ("Postadress på svenska", "Postal address in Swedish"),
    "Käyntiosoite ruotsiksi": ("Besöksadress på svenska", "Visiting address in Swedish"),
    "Aukioloaika ruotsiksi": ("Öppettider på svenska", "Opening hours in Swedish"),
    "Yleiset": ("Allmänt", "General"),
    "Muutokset toimielimiin ja jäseniin tallentuvat heti. Mitään ei poisteta: toimielimen voi ottaa pois "
    "käytöstä ja jäsenyydelle merkitään päättymispäivä, joten aiempien kokousten tiedot säilyvät.": (
        "Ändringar i organ och ledamöter sparas genast. Ingenting tas bort: ett organ kan tas ur bruk och ett "
        "medlemskap får ett slutdatum, så att uppgifterna om tidigare möten bevaras.",
        "Changes to bodies and members are saved at once. Nothing is deleted: a body can be taken out of use and "
        "a membership gets an end date, so the records of earlier meetings are kept.",
    ),
    "Uusi toimielin…": ("Nytt organ…", "New body…"),
    "Uusi toimielin": ("Nytt organ", "New body"),
    "Toimielimen tiedot": ("Organets uppgifter", "Body details"),
    "Varajäsen jäsenelle": ("Ersättare för", "Deputy for"),
    "Alkaa": ("Börjar", "Starts"),
    "Päättyy": ("Slutar", "Ends"),
    "Näytä myös päättyneet jäsenyydet": ("Visa också avslutade medlemskap", "Show ended memberships too"),
    "Lisää jäsen…": ("Lägg till ledamot…", "Add member…"),
    "Muokkaa jäsenyyttä…": ("Redigera medlemskap…", "Edit membership…"),
    "{name} (ei käytössä)": ("{name} (ur bruk)", "{name} (not in use)"),
    "Tavallinen kokouspaikka": ("Vanlig mötesplats", "Usual meeting place"),
    "Nimi ruotsiksi": ("Namn på svenska", "Name in Swedish"),
    "Ruotsinkieliseen luonnokseen jäi suomenkielistä tekstiä, koska ruotsinkielistä ei ole tallennettu: {parts}. "
    "Käännä ne lisäämisen jälkeen.": (
        "I det svenska utkastet finns finsk text eftersom ingen svensk har sparats: {parts}. Översätt dem efter "
        "att förslaget lagts till.",
        "The Swedish draft contains Finnish text because no Swedish text is stored: {parts}. Translate it after "
        "inserting.",
    ),
    "Nimi lauseen sisällä genetiivissä, esim. ”Hartolan kunnan”. Päätösehdotusten mallipohjat käyttävät tätä "
    "(organisation.genitive); tyhjänä käytetään harmaana näkyvää ehdotusta.": (
        "Det finska namnet i genitiv inne i en mening, t.ex. ”Hartolan kunnan”. Mallarna för beslutsförslag använder "
        "det (organisation.genitive); om fältet är tomt används förslaget som visas i grått.",
        "The Finnish name in the genitive inside a sentence, e.g. ”Hartolan kunnan”. Draft templates use it "
        "(organisation.genitive); when empty, the greyed suggestion is used.",
    ),
    # The task classification (gui/classification_panel.py).
    "Uusi tehtäväluokka": ("Ny uppgiftsklass", "New task class"),
    "Tehtäväluokan tiedot": ("Uppgiftsklassens uppgifter", "Task class details"),
    "esim. 00.04.01": ("t.ex. 00.04.01", "e.g. 00.04.01"),
    "Tunnus": ("Kod", "Code"),
    "Asiat on merkitty luokkaan sen tunnuksella, joten tunnus ei muutu. Jos tunnus muuttuu, lisää uusi luokka.": (
        "Ärendena är märkta med klassens kod, så koden ändras inte. Om koden ändras, lägg till en ny klass.",
        "Items are marked with the class by its code, so the code does not change. If the code changes, add a new "
        "class.",
    ),
    "Pääluokat ovat kaikilla samat; alemmat tasot ovat organisaation omasta tiedonohjaussuunnitelmasta. Asian "
    "tehtäväluokka valitaan näistä, ja arkistokappale kertoo sen.": (
        "Huvudklasserna är desamma för alla; de lägre nivåerna kommer från organisationens egen "
        "informationsstyrningsplan. Ärendets uppgiftsklass väljs bland dessa, och arkivexemplaret anger den.",
        "The top classes are the same for everyone; the lower levels come from the organisation's own information "
        "management plan. An item's task class is chosen from these, and the archival copy states it.",
    ),
    "Hae tunnuksella tai nimellä": ("Sök med kod eller namn", "Search by code or name"),
    "Hae tehtäväluokkia": ("Sök uppgiftsklasser", "Search task classes"),
    "Tehtäväluokat": ("Uppgiftsklasser", "Task classes"),
    "Uusi luokka…": ("Ny klass…", "New class…"),
    "Taulukkolaskennasta CSV-muodossa tallennettu tiedosto: rivillä luokan tunnus, nimi ja halutessa nimi "
    "ruotsiksi.": (
        "En fil sparad i CSV-format från ett kalkylprogram: på varje rad klassens kod, namn och vid behov namnet "
        "på svenska.",
        "A file saved as CSV from a spreadsheet: on each line the class's code, name and optionally its Swedish "
        "name.",
    ),
    "Tuo tehtäväluokitus": ("Importera uppgiftsklassificeringen", "Import the task classification"),
    "CSV- ja tekstitiedostot (*.csv *.txt);;Kaikki tiedostot (*)": (
        "CSV- och textfiler (*.csv *.txt);;Alla filer (*)",
        "CSV and text files (*.csv *.txt);;All files (*)",
    ),
    "Poista tehtäväluokka": ("Ta bort uppgiftsklass", "Remove task class"),
    "Poistetaanko tehtäväluokka {code} {title}?": (
        "Ska uppgiftsklassen {code} {title} tas bort?",
        "Remove the task class {code} {title}?",
    ),
    "Tehtäväluokitus": ("Uppgiftsklassificering", "Task classification"),
    "Tiedostosta {name} tuotiin tehtäväluokitus: {added} uutta luokkaa, {renamed} luokan nimi muuttui, "
    "{unchanged} ennallaan.": (
        "Uppgiftsklassificeringen importerades från filen {name}: {added} nya klasser, {renamed} klassers namn "
        "ändrades, {unchanged} oförändrade.",
        "The task classification was imported from {name}: {added} new classes, {renamed} renamed, {unchanged} "
        "unchanged.",
    ),
    "Käytössä (näkyy siirtimessä ja sille voi luoda kokouksia)": (
        "I bruk (visas i navigatorn och möten kan skapas för det)",
        "In use (shown in the navigator; meetings can be created for it)",
    ),
    "Nimen taivutusmuodot (mallipohjat käyttävät näitä lauseiden sisällä)": (
        "Namnets böjningsformer på finska (mallarna använder dem inne i meningar)",
        "Inflected forms of the name in Finnish (the templates use them inside sentences)",
    ),
    "Ehdota muodot nimestä": ("Föreslå formerna utifrån namnet", "Suggest the forms from the name"),
    "varapuheenjohtaja": ("vice ordförande", "vice chair"),
    "Uusi jäsen": ("Ny ledamot", "New member"),
    "Jäsenyys: {name}": ("Medlemskap: {name}", "Membership: {name}"),
    "etunimi sukunimi; aiemmin tallennettu henkilö ehdotetaan": (
        "förnamn efternamn; en tidigare sparad person föreslås",
        "first name last name; a person saved earlier is suggested",
    ),
    "(ei henkilökohtainen)": ("(inte personlig)", "(not personal)"),
    "Henkilökohtainen varajäsen jäsenelle": ("Personlig ersättare för ledamoten", "Personal deputy for the member"),
    "Kausi alkaa": ("Mandatperioden börjar", "Term starts"),
    "Jäsenyys päättyy": ("Medlemskapet upphör", "Membership ends"),
    "Kausi päättyy": ("Mandatperioden slutar", "Term ends"),
    "kaksikielisen organisaation ruotsinkielinen nimi": (
        "en tvåspråkig organisations svenska namn",
        "the Swedish name of a bilingual organisation",
    ),
    "Nimesi perusteella sinut merkitään pöytäkirjanpitäjäksi toimielimen ensimmäiseen kokoukseen; myöhemmät "
    "kokoukset saavat edellisen kokouksen pöytäkirjanpitäjän.": (
        "Med ditt namn antecknas du som protokollförare för organets första möte; senare möten får det "
        "föregående mötets protokollförare.",
        "Your name makes you the minutes secretary of a body's first meeting; later meetings get the previous "
        "meeting's minutes secretary.",
    ),
    "Yli {limit} osumaa: näytetään {shown} viimeksi tallennettua päivämäärän mukaan. Tarkenna hakua lisäämällä "
    "sana tai rajaus.": (
        "Över {limit} träffar: de {shown} senast sparade visas i datumordning. Precisera sökningen med ett ord "
        "eller en avgränsning.",
        "More than {limit} matches: showing the {shown} saved last, by date. Narrow the search with a word or a "
        "filter.",
    ),
    "Ei hakusanoja: näytetään uusimmat asiat ({shown}).": (
        "Inga sökord: de senaste ärendena visas ({shown}).",
        "No search words: showing the latest matters ({shown}).",
    ),
    "Näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.": (
        "De {shown} bästa träffarna visas. Precisera sökningen med ett ord eller en avgränsning.",
        "Showing the {shown} best matches. Narrow the search with a word or a filter.",
    ),
    "{total} osumaa: näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.": (
        "{total} träffar: de {shown} bästa visas. Precisera sökningen med ett ord eller en avgränsning.",
        "{total} matches: showing the {shown} best. Narrow the search with a word or a filter.",
    ),
    # Screen-reader names of fields (setAccessibleName) in the windows and dialogs.
    "Äänet": ("Röster", "Votes"),
    "{name}, ääni": ("{name}, röst", "{name}, vote"),
    "Otteiden vastaanottajat": ("Mottagare av utdrag", "Recipients of excerpts"),
    "{name}, lähetetty": ("{name}, skickat", "{name}, sent"),
    "{name}, lähetystapa": ("{name}, sändningssätt", "{name}, delivery method"),
    "{name}, vastaanotettu": ("{name}, mottaget", "{name}, received"),
    "Lisää liite": ("Lägg till bilaga", "Add attachment"),
    "Poista liite": ("Ta bort bilaga", "Remove attachment"),
    "Lisää vastaanottaja": ("Lägg till mottagare", "Add recipient"),
    "Poista vastaanottaja": ("Ta bort mottagare", "Remove recipient"),
    "Kokous alkoi klo": ("Mötet började kl.", "Meeting began at"),
    "Kokous päättyi klo": ("Mötet avslutades kl.", "Meeting ended at"),
    "Puutteet, jotka estävät tarkastuksen": ("Brister som hindrar justeringen", "Gaps that prevent checking"),
    "Puuttuvat ruotsinkieliset tekstit": ("Saknade svenska texter", "Missing Swedish texts"),
    "Ensimmäinen pöytäkirjantarkastaja": ("Första protokolljusterare", "First minutes checker"),
    "Toinen pöytäkirjantarkastaja": ("Andra protokolljusterare", "Second minutes checker"),
    "Läsnäolijat": ("Närvarande", "Attendees"),
    "Julkaistu yleisessä tietoverkossa": ("Publicerat i det allmänna datanätet", "Published online"),
    "Toimielimet, kokoukset ja asiat": ("Organ, möten och ärenden", "Bodies, meetings and items"),
    "Tiedot": ("Uppgifter", "Details"),
    "Hakusanat": ("Sökord", "Search words"),
    "Hakutulokset": ("Sökresultat", "Search results"),
    "Hae sopimuksia": ("Sök avtal", "Search agreements"),
    "Hae henkilöitä": ("Sök personer", "Search people"),
    "Osapuolet": ("Parter", "Parties"),
    "Kustannukset": ("Kostnader", "Costs"),
    "tiedosto {name}": ("fil {name}", "file {name}"),
}

# Plural forms (%n): Swedish and English have two.
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "%n osumaa": (("%n träff", "%n träffar"), ("%n match", "%n matches")),
    "%n sivua": (("%n sida", "%n sidor"), ("%n page", "%n pages")),
}

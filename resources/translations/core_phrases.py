"""Swedish and English translations of the messages core/ and db/ write with ``db.errors.msg``.

Their context in the Qt Linguist files is ``core`` (``update.py`` collects the templates); the window shows them
through ``gui.i18n.localized``. Placeholders such as ``{name}`` are filled after translating, so each translation
names the same ones as its Finnish source.
"""

from __future__ import annotations

# Finnish template → (Swedish, English)
CORE_PHRASES: dict[str, tuple[str, str]] = {
    # Checking the minutes (core/minutes.py).
    "Asiassa {section_label} ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.": (
        "Ärendet {section_label} har inga röstande; börja mötet och anteckna de närvarande först.",
        "Item {section_label} has no voters; begin the meeting and record who is present first.",
    ),
    "Jäsen {name} puuttuu läsnäololuettelosta; merkitse hänet läsnä olleeksi tai poissaolevaksi.": (
        "Ledamoten {name} saknas i närvarolistan; anteckna hen som närvarande eller frånvarande.",
        "Member {name} is missing from the attendance list; record them as present or absent.",
    ),
    "Kokouksen päättymisaika puuttuu.": ("Tiden då mötet avslutades saknas.", "The meeting's end time is missing."),
    "{name} on merkitty läsnä olleeksi jäseneksi, mutta hän ei ole toimielimen jäsen kokouspäivänä. Korjaa hänen "
    "roolinsa tai jäsenyytensä kausi (Asetukset, Toimielimet).": (
        "{name} har antecknats som närvarande ledamot men är inte ledamot av organet på mötesdagen. Rätta hens roll "
        "eller mandatperioden för hens medlemskap (Inställningar, Organ).",
        "{name} is recorded as a present member but is not a member of the body on the meeting date. Correct their "
        "role or the term of their membership (Settings, Bodies).",
    ),
    "Sekä {first} että {second} on merkitty jäsenen {member} varajäseneksi asioiden käsittelyyn: {sections}. Jäsenen "
    "paikalla voi olla vain yksi varajäsen kerrallaan.": (
        "Både {first} och {second} har antecknats som ersättare för ledamoten {member} i behandlingen av ärendena: "
        "{sections}. I en ledamots ställe kan bara en ersättare åt gången vara närvarande.",
        "Both {first} and {second} are recorded as the deputy of member {member} in items {sections}. Only one "
        "deputy at a time can be in a member's place.",
    ),
    "Puheenjohtajaksi valittu {name} ei ole toimielimen jäsen eikä jäsenen sijasta läsnä ollut varajäsen. Valitse "
    "puheenjohtajaksi kokouksen puheenjohtajana toiminut jäsen.": (
        "{name}, som valts till ordförande, är varken ledamot av organet eller ersättare närvarande i en ledamots "
        "ställe. Välj som ordförande den ledamot som var ordförande vid mötet.",
        "{name}, chosen as the chair, is neither a member of the body nor a deputy present in a member's place. "
        "Choose as the chair the member who chaired the meeting.",
    ),
    "{name} on merkitty jäsenen {member} varajäseneksi, mutta {member} ei ole toimielimen jäsen kokouspäivänä.": (
        "{name} har antecknats som ersättare för ledamoten {member}, men {member} är inte ledamot av organet på "
        "mötesdagen.",
        "{name} is recorded as the deputy of member {member}, but {member} is not a member of the body on the "
        "meeting date.",
    ),
    "{name} on merkitty jäsenen {member} varajäseneksi, mutta hän ei ole toimielimen varajäsen kokouspäivänä, joten "
    "hän ei täytä jäsenen paikkaa eikä äänestä. Lisää hänet toimielimen varajäseneksi (Asetukset, Toimielimet) tai "
    "merkitse jäsenen oma varajäsen.": (
        "{name} har antecknats som ersättare för ledamoten {member} men är inte ersättare i organet på mötesdagen och "
        "fyller därför inte ledamotens plats och röstar inte. Lägg till hen som ersättare i organet (Inställningar, "
        "Organ) eller anteckna ledamotens egen ersättare.",
        "{name} is recorded as the deputy of member {member} but is not a deputy of the body on the meeting date, so "
        "they neither fill the member's seat nor vote. Add them as a deputy of the body (Settings, Bodies) or record "
        "the member's own deputy.",
    ),
    "{name} on jäsenen {own} henkilökohtainen varajäsen eikä voi toimia jäsenen {member} varajäsenenä, joten hän ei "
    "täytä tämän paikkaa eikä äänestä. Merkitse jäsenen {member} oma varajäsen. Jos {name} on valittu jäsenen "
    "{member} varajäseneksi (esimerkiksi tämän tultua valituksi eronneen tilalle), päätä hänen varajäsenyytensä ja "
    "lisää hänet uudelleen jäsenen {member} henkilökohtaiseksi varajäseneksi valinnasta alkaen (Asetukset, "
    "Toimielimet).": (
        "{name} är personlig ersättare för ledamoten {own} och kan inte vara ersättare för ledamoten {member}; hen "
        "fyller därför inte dennes plats och röstar inte. Anteckna ledamotens {member} egen ersättare. Om {name} har "
        "valts till ersättare för ledamoten {member} (till exempel när denne valdes i stället för en som avgått), "
        "avsluta hens ersättaruppdrag och lägg till hen på nytt som personlig ersättare för ledamoten {member} från "
        "valet (Inställningar, Organ).",
        "{name} is the personal deputy of member {own} and cannot stand in for member {member}, so they neither fill "
        "that seat nor vote. Record the own deputy of member {member}. If {name} has been elected the deputy of "
        "member {member} (for example when {member} was elected in place of one who resigned), end their deputy "
        "membership and add them again as the personal deputy of member {member} from the election (Settings, "
        "Bodies).",
    ),
    "Sekä jäsen {member} että hänen varajäsenensä {name} on merkitty osallistuneiksi asioiden käsittelyyn: "
    "{sections}. Merkitse, minkä pykälän jälkeen jäsen poistui ja minkä pykälän alussa varajäsen saapui.": (
        "Både ledamoten {member} och hens ersättare {name} har antecknats som deltagande i behandlingen av ärendena: "
        "{sections}. Anteckna efter vilken paragraf ledamoten avlägsnade sig och i början av vilken paragraf "
        "ersättaren anlände.",
        "Both member {member} and their deputy {name} are recorded as taking part in items {sections}. Record after "
        "which section the member left and at the start of which section the deputy arrived.",
    ),
    "Tietokantaan {backend} tarvittava ohjelmakirjasto {module} puuttuu tästä asennuksesta. Asenna Sihteeri "
    "uudelleen riippuvuuksineen (python -m pip install .) tai pyydä sitä tietohallinnolta.": (
        "Programbiblioteket {module} som behövs för databasen {backend} saknas i denna installation. Installera "
        "Sihteeri på nytt med dess beroenden (python -m pip install .) eller be IT-avdelningen om det.",
        "The library {module} needed for the {backend} database is missing from this installation. Install "
        "Sihteeri again with its dependencies (python -m pip install .) or ask your IT department.",
    ),
    "Tiivistys koskee SQLite-tiedostoa. PostgreSQL-palvelin poistaa muutettujen ja poistettujen tietojen "
    "jäänteet itse; tarvittaessa palvelimen ylläpitäjä ajaa VACUUM FULL -komennon.": (
        "Komprimeringen gäller en SQLite-fil. En PostgreSQL-server tar själv bort resterna av ändrade och raderade "
        "uppgifter; vid behov kör serverns administratör kommandot VACUUM FULL.",
        "Compacting is for a SQLite file. A PostgreSQL server removes the remains of changed and deleted data by "
        "itself; if needed, the server's administrator runs VACUUM FULL.",
    ),
    "Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai komento). Sulje se ja "
    "tiivistä sitten uudelleen. Tietokannan sisältö ei muuttunut.": (
        "Databasen {path} används av ett annat program (till exempel ett annat Sihteeri-fönster eller ett "
        "kommando). Stäng det och komprimera sedan på nytt. Databasens innehåll ändrades inte.",
        "The database {path} is in use by another program (for example another Sihteeri window or a command). Close "
        "it, then compact again. The database's contents did not change.",
    ),
    # Backups (db/backup.py, db/engine.py).
    "Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai komento). Sulje se "
    "ensin ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.": (
        "Databasen {path} används av ett annat program (till exempel ett annat Sihteeri-fönster eller ett "
        "kommando). Stäng det först och återställ sedan på nytt. Ingen återställning gjordes, och databasen "
        "rördes inte.",
        "The database {path} is in use by another program (for example another Sihteeri window or a command). "
        "Close it first, then restore again. Nothing was restored, and the database was not touched.",
    ),
    "Tietokantaan {database} on yhteydessä toinen istunto (käyttäjä: {users}). Pyydä sitä sulkemaan Sihteeri ja "
    "palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.": (
        "Databasen {database} har en annan session ansluten (användare: {users}). Be den användaren stänga "
        "Sihteeri och återställ sedan på nytt. Ingen återställning gjordes, och databasen rördes inte.",
        "Another session is connected to the database {database} (user: {users}). Ask them to close Sihteeri, "
        "then restore again. Nothing was restored, and the database was not touched.",
    ),
    "Tietokantaan {database} on yhteydessä {count} muuta istuntoa (käyttäjät: {users}). Pyydä muita sulkemaan "
    "Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.": (
        "Databasen {database} har {count} andra sessioner anslutna (användare: {users}). Be de andra att stänga "
        "Sihteeri och återställ sedan på nytt. Ingen återställning gjordes, och databasen rördes inte.",
        "{count} other sessions are connected to the database {database} (users: {users}). Ask the others to close "
        "Sihteeri, then restore again. Nothing was restored, and the database was not touched.",
    ),
    "Varmuuskopiokansiossa on tulevaisuuteen päivätty varmuuskopio {name}: tietokoneen kello on ollut väärässä, kun "
    "se otettiin. Sitä ei pidetä uusimpana varmuuskopiona; tarkista kopion sisältö ennen kuin palautat sen.": (
        "I mappen för säkerhetskopior finns en säkerhetskopia {name} daterad i framtiden: datorns klocka gick fel "
        "när den togs. Den räknas inte som den senaste säkerhetskopian; kontrollera dess innehåll innan du "
        "återställer den.",
        "The backup folder holds a backup {name} dated in the future: the computer's clock was wrong when it was "
        "taken. It is not counted as the newest backup; check its contents before you restore it.",
    ),
    "Tiedosto {path} on Sihteerin varmuuskopio, eikä sitä avata sellaisenaan: avaaminen muuttaisi sitä, eikä sitä "
    "voisi sen jälkeen palauttaa. Palauta se (Tiedosto → Varmuuskopiot), tai kopioi tiedosto toiseen kansioon ja "
    "avaa kopio.": (
        "Filen {path} är en säkerhetskopia av Sihteeri och öppnas inte som sådan: att öppna den skulle ändra den, "
        "och den kunde sedan inte återställas. Återställ den (Arkiv → Säkerhetskopior), eller kopiera filen till "
        "en annan mapp och öppna kopian.",
        "The file {path} is a Sihteeri backup and is not opened as it is: opening it would change it, and it could "
        "no longer be restored. Restore it (File → Backups), or copy the file to another folder and open the copy.",
    ),
    "Puheenjohtajaksi valittu {name} ei ollut läsnä kokouksessa; valitse kokouksen puheenjohtajana toiminut.": (
        "{name}, som angetts som ordförande, var inte närvarande vid mötet; välj den som var ordförande vid mötet.",
        "{name}, chosen as chair, was not present at the meeting; choose the person who chaired the meeting.",
    ),
    "Päätösteksti on kesken: ”{text}”. Kirjoita päätös loppuun.": (
        "Beslutstexten är oavslutad: ”{text}”. Skriv beslutet färdigt.",
        "The decision text is unfinished: “{text}”. Complete the decision.",
    ),
    "Pöytäkirjanpitäjäksi valittu {name} ei ollut läsnä kokouksessa.": (
        "{name}, som angetts som protokollförare, var inte närvarande vid mötet.",
        "{name}, chosen as secretary, was not present at the meeting.",
    ),
    "Pöytäkirjantarkastajaksi valittu {name} ei ollut läsnä kokouksessa.": (
        "{name}, som valts till protokolljusterare, var inte närvarande vid mötet.",
        "{name}, chosen to check the minutes, was not present at the meeting.",
    ),
    "Äänestyksessä {round} on ääni henkilöltä, joka ei osallistu asian käsittelyyn ({names}). Tallenna äänestys "
    "uudelleen.": (
        "I omröstning {round} finns en röst av någon som inte deltar i behandlingen av ärendet ({names}). Spara "
        "omröstningen på nytt.",
        "Vote {round} has a ballot of someone who does not take part in the item ({names}). Record the vote again.",
    ),
    "Äänestyksestä {round} puuttuu asian käsittelyyn osallistuva ({names}). Tallenna äänestys uudelleen.": (
        "I omröstning {round} saknas någon som deltar i behandlingen av ärendet ({names}). Spara omröstningen på "
        "nytt.",
        "Vote {round} is missing someone who takes part in the item ({names}). Record the vote again.",
    ),
    "{section} §: {parts}": ("§ {section}: {parts}", "§ {section}: {parts}"),
    # The organisation's details a Swedish document printed in Finnish (core.printing.request.untranslated).
    "Organisaation tiedot: {parts}": ("Organisationens uppgifter: {parts}", "The organisation's details: {parts}"),
    "postiosoite": ("postadress", "postal address"),
    "käyntiosoite": ("besöksadress", "visiting address"),
    "kirjaamon aukioloaika": ("registratorskontorets öppettider", "registry opening hours"),
    "todistuspaikka": ("ort för bestyrkandet", "place of certification"),
    # A § named in a message (db.models.Item.section_label): "Ärendet § 62 har inga röstande".
    "{number} §": ("§ {number}", "§ {number}"),
    "{section} § {number}. {title}": ("§ {section} {number}. {title}", "§ {section} {number}. {title}"),
    "Kokous {number}/{year}, {section} §: {parts}": (
        "Möte {number}/{year}, § {section}: {parts}",
        "Meeting {number}/{year}, § {section}: {parts}",
    ),
    " Jos kokoukset vaihtavat numeroita, anna ensin toiselle väliaikainen numero.": (
        " Om mötena byter nummer, ge först det ena mötet ett tillfälligt nummer.",
        " If the meetings swap numbers, first give one of them a temporary number.",
    ),
    "Anna mallipohjalle nimi.": ("Ge mallen ett namn.", "Give the template a name."),
    # --- the appeal-route engine's reasons (core.appeal._engine)
    " Myös jäsenkunnat ja niiden jäsenet voivat hakea muutosta (KuntaL 137 § 2 mom.).": (
        " Även medlemskommunerna och deras medlemmar kan söka ändring (KommunL 137 § 2 mom.).",
        " The member municipalities and their members may also appeal (Local Government Act 137 § 2 mom.).",
    ),
    "Asia merkittiin tiedoksi": ("Ärendet antecknades för kännedom", "The matter was noted"),
    "Asia palautettiin valmisteluun": (
        "Ärendet återremitterades för beredning",
        "The matter was returned for preparation",
    ),
    "Asia pantiin pöydälle": ("Ärendet bordlades", "The matter was tabled"),
    "Asia poistettiin esityslistalta": (
        "Ärendet ströks från föredragningslistan",
        "The matter was removed from the agenda",
    ),
    "Erityislaissa säädetty oikaisuvaatimus hallintolain mukaan (HL 49 c §).": (
        "Begäran om omprövning enligt förvaltningslagen, föreskriven i en speciallag (FL 49 c §).",
        "Rectification request under the Administrative Procedure Act, provided for in a special act (49 c §).",
    ),
    "Hankintapäätös: hankintaoikaisu hankintayksikölle ja valitus markkinaoikeuteen (laki julkisista hankinnoista "
    "ja käyttöoikeussopimuksista 1397/2016).": (
        "Upphandlingsbeslut: upphandlingsrättelse hos den upphandlande enheten och besvär hos marknadsdomstolen "
        "(lagen om offentlig upphandling och koncession 1397/2016).",
        "Procurement decision: procurement rectification by the contracting entity and appeal to the Market Court "
        "(Public Procurement Act 1397/2016).",
    ),
    "Kokouksen menettelyä koskeva asia ({what}); päätös koskee vain asian valmistelua, muutoksenhakukielto "
    "({law}).": (
        "Ärende som gäller mötets förfarande ({what}); beslutet gäller endast beredning, förbud mot ändringssökande "
        "({law}).",
        "A matter of the meeting's procedure ({what}); the decision only concerns preparation, no appeal ({law}).",
    ),
    "Lausunto toisen viranomaisen asiaan on asian valmistelua; muutoksenhakukielto ({law}).": (
        "Ett utlåtande i en annan myndighets ärende är beredning; förbud mot ändringssökande ({law}).",
        "A statement on another authority's matter is preparation; no appeal ({law}).",
    ),
    "Muut asiat ilman kirjattua päätöstä; muutoksenhakukielto ({law}). Jos kokous päätti asiasta, kirjaa päätös "
    "tai valitse muutoksenhakutapa itse.": (
        "Övriga ärenden utan antecknat beslut; förbud mot ändringssökande ({law}). Om mötet fattade beslut i "
        "ärendet, anteckna beslutet eller välj sättet att söka ändring själv.",
        "Other matters without a recorded decision; no appeal ({law}). If the meeting decided the matter, record "
        "the decision or choose the appeal route yourself.",
    ),
    "Päätös koskee vain asian valmistelua tai täytäntöönpanoa (esim. esitys ylemmälle toimielimelle); "
    "muutoksenhakukielto ({law}).": (
        "Beslutet gäller endast beredning eller verkställighet (t.ex. ett förslag till ett högre organ); förbud mot "
        "ändringssökande ({law}).",
        "The decision only concerns preparation or implementation (e.g. a proposal to a higher body); no appeal "
        "({law}).",
    ),
    "Päätös on tehty erityislain nojalla: hallintovalitus hallinto-oikeuteen (laki oikeudenkäynnistä "
    "hallintoasioissa 808/2019).": (
        "Beslutet har fattats med stöd av en speciallag: förvaltningsbesvär hos förvaltningsdomstolen (lagen om "
        "rättegång i förvaltningsärenden 808/2019).",
        "The decision was made under a special act: administrative appeal to the administrative court "
        "(Administrative Judicial Procedure Act 808/2019).",
    ),
    "kokouksen laillisuus ja päätösvaltaisuus": ("mötets laglighet och beslutförhet", "lawfulness and quorum"),
    "pöytäkirjantarkastajien valinta": ("val av protokolljusterare", "election of the minutes checkers"),
    "työjärjestyksen hyväksyminen": ("godkännande av föredragningslistan", "approval of the agenda"),
    "ylempi toimielin": ("ett högre organ", "a higher body"),
    "{body} on valtuusto: {name} hallinto-oikeuteen ({law}).{joint}": (
        "{body} är fullmäktige: {name} hos förvaltningsdomstolen ({law}).{joint}",
        "{body} is a council: {name} to the administrative court ({law}).{joint}",
    ),
    "{body} on {kind}: oikaisuvaatimus samalle toimielimelle ({law}).{joint}": (
        "{body} är {kind}: begäran om omprövning hos samma organ ({law}).{joint}",
        "{body} is a {kind}: rectification request to the same body ({law}).{joint}",
    ),
    "{body} on {kind}: oikaisuvaatimus toimielimelle {above} ({law}).{joint}": (
        "{body} är {kind}: begäran om omprövning hos organet {above} ({law}).{joint}",
        "{body} is a {kind}: rectification request to {above} ({law}).{joint}",
    ),
    "{outcome}; päätös koskee vain asian valmistelua, muutoksenhakukielto ({law}).": (
        "{outcome}; beslutet gäller endast beredning, förbud mot ändringssökande ({law}).",
        "{outcome}; the decision only concerns preparation, no appeal ({law}).",
    ),
    "Otteen oikeaksi todistamisen päivä {day} on ennen kuin kokouksen {number}/{year} pöytäkirja "
    "tarkastettiin ({checked}). Ote voidaan todistaa oikeaksi aikaisintaan tarkastuspäivänä.": (
        "Dagen då utdragets riktighet bestyrks, {day}, är före justeringen av protokollet från mötet "
        "{number}/{year} ({checked}). Utdragets riktighet kan bestyrkas tidigast på justeringsdagen.",
        "The certification date {day} is before the minutes of meeting {number}/{year} were checked ({checked}). "
        "An excerpt can be certified on the checking day at the earliest.",
    ),
    "Mallipohjan rivillä {line}: päätöksen luonne ”{value}” on tuntematon; sallitut: {allowed}.": (
        "På rad {line} i mallen: beslutets karaktär ”{value}” är okänd; tillåtna: {allowed}.",
        "On line {line} of the template: the decision nature “{value}” is unknown; allowed: {allowed}.",
    ),
    "PDF/A-tarkistus ei hyväksynyt arkistokappaletta, joten sitä ei tallennettu. Ilmoita tästä ohjelman "
    "ylläpitäjälle. Tarkistuksen havainnot: {findings}": (
        "PDF/A-kontrollen godkände inte arkivexemplaret, så det sparades inte. Meddela programmets "
        "administratör. Kontrollens fynd: {findings}",
        "The PDF/A check did not approve the archival copy, so it was not saved. Please tell the program's "
        "maintainer. What the check found: {findings}",
    ),
    "Arkistokappaleen voi tehdä vain julkaistusta esityslistasta; kokouksen {number}/{year} esityslista on vielä "
    "luonnos.": (
        "Ett arkivexemplar kan göras endast av en publicerad föredragningslista; föredragningslistan för mötet "
        "{number}/{year} är ännu ett utkast.",
        "An archival copy can be made only of a published agenda; the agenda of meeting {number}/{year} is still a "
        "draft.",
    ),
    "Arkistokappaleen voi tehdä vain tarkastetusta pöytäkirjasta; kokouksen {number}/{year} pöytäkirjaa ei ole "
    "tarkastettu.": (
        "Ett arkivexemplar kan göras endast av ett justerat protokoll; protokollet från mötet {number}/{year} har "
        "inte justerats.",
        "An archival copy can be made only of checked minutes; the minutes of meeting {number}/{year} have not been "
        "checked.",
    ),
    "Nimellä {body} on toimielin usealla organisaatiolla ({organisations}); vuoden pöytäkirjat tulostetaan "
    "yhden organisaation toimielimeltä. Valitse ikkunassa toimielimen vuosi siirtimestä.": (
        "Flera organisationer ({organisations}) har ett organ med namnet {body}; årets protokoll skrivs ut från "
        "en organisations organ. Välj organets år i navigatorn i fönstret.",
        "Several organisations ({organisations}) have a body named {body}; a year's minutes are printed from one "
        "organisation's body. In the window, choose the body's year in the navigator.",
    ),
    "Tarkistetaan arkistokappaleen PDF/A-muotoa…": (
        "Arkivexemplarets PDF/A-format kontrolleras…",
        "Checking the archival copy's PDF/A format…",
    ),
    "Toimielintä ei löytynyt; se on ehkä poistettu.": (
        "Organet hittades inte; det har kanske tagits bort.",
        "The body was not found; it may have been deleted.",
    ),
    "Arkistokappaleen voi tehdä vain esityslistasta, pöytäkirjasta ja otteesta.": (
        "Ett arkivexemplar kan göras endast av föredragningslistan, protokollet och protokollsutdraget.",
        "An archival copy can be made only of the agenda, the minutes and an excerpt.",
    ),
    "Verkkosivua ei tehdä salassa pidettävän sisällön kanssa: sivu on tarkoitettu yleiseen "
    "tietoverkkoon. Tulosta salassa pidettävä sisältö PDF-tiedostoksi.": (
        "En webbsida görs inte med sekretessbelagt innehåll: sidan är avsedd för det allmänna datanätet. "
        "Skriv ut det sekretessbelagda innehållet som en PDF-fil.",
        "A web page is not made with secret content: the page is meant for the public network. "
        "Print the secret content as a PDF file.",
    ),
    "Arkistokappaleen voi tehdä vain esityslistasta, tarkastetusta pöytäkirjasta ja sen otteesta, "
    "ei luonnoksesta.": (
        "Ett arkivexemplar kan göras endast av föredragningslistan, ett justerat protokoll och utdrag ur det, "
        "inte av ett utkast.",
        "An archival copy can be made only of the agenda, checked minutes and their excerpts, not of a draft.",
    ),
    "Tiedostoa {path} ei voitu tallentaa: {reason}.": (
        "Filen {path} kunde inte sparas: {reason}.",
        "The file {path} could not be saved: {reason}.",
    ),
    "kansiota {folder} ei ole": ("mappen {folder} finns inte", "the folder {folder} does not exist"),
    "samanniminen kansio on jo olemassa": (
        "det finns redan en mapp med samma namn",
        "a folder of the same name already exists",
    ),
    "jokin polun osista ei ole kansio": ("någon del av sökvägen är inte en mapp", "a part of the path is not a folder"),
    "ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)": (
        "skrivrättighet saknas (filen eller mappen är skyddad eller används av ett annat program)",
        "no permission to write (the file or folder is protected or in use by another program)",
    ),
    "levy on täynnä": ("disken är full", "the disk is full"),
    "levylle ei voi kirjoittaa (vain luku)": ("disken är skrivskyddad", "the disk is read-only"),
    "tiedostonimi on liian pitkä": ("filnamnet är för långt", "the file name is too long"),
    "levylle kirjoittaminen epäonnistui (levyn tai verkkoaseman virhe)": (
        "skrivningen till disken misslyckades (fel på disken eller nätverksenheten)",
        "writing to the disk failed (an error of the disk or network drive)",
    ),
    "järjestelmän ilmoitus: {reason}": ("systemets meddelande: {reason}", "the system says: {reason}"),
    "Arkistokappaletta ei voitu tallentaa ({path}): {reason}.": (
        "Arkivexemplaret kunde inte sparas ({path}): {reason}.",
        "The archival copy could not be saved ({path}): {reason}.",
    ),
    "Anna osapuolen nimi.": ("Ange partens namn.", "Enter the party's name."),
    "Anna päivä, josta alkaen sopimus on irtisanottu tai peruttu.": (
        "Ange den dag från och med vilken avtalet är uppsagt eller återkallat.",
        "Enter the date from which the agreement is terminated or cancelled.",
    ),
    "Anna sopimuksen nimi tai osa siitä.": (
        "Ange avtalets namn eller en del av det.",
        "Enter the agreement's name or part of it.",
    ),
    (
        "Arkisto on eri Sihteerin versiosta (rakenneversio {revision}, tämä Sihteeri {head_revision}). Tuo se samalla "
        "Sihteerin versiolla, jolla se tehtiin."
    ): (
        (
            "Arkivet kommer från en annan version av Sihteeri (strukturversion {revision}, denna Sihteeri "
            "{head_revision}). Importera det med samma version av Sihteeri som det gjordes med."
        ),
        (
            "The archive is from a different version of Sihteeri (schema revision {revision}, this Sihteeri "
            "{head_revision}). Import it with the same version of Sihteeri it was made with."
        ),
    ),
    "Arkisto on liian suuri purettavaksi; arkistoa ei tuotu.": (
        "Arkivet är för stort för att packas upp; arkivet importerades inte.",
        "The archive is too large to extract; the archive was not imported.",
    ),
    "Arkisto on tehty uudemmalla Sihteerillä (muotoversio {version}); päivitä Sihteeri.": (
        "Arkivet har gjorts med en nyare version av Sihteeri (formatversion {version}); uppdatera Sihteeri.",
        "The archive was made with a newer Sihteeri (format version {version}); update Sihteeri.",
    ),
    "Arkistoa {path} ei löydy.": ("Arkivet {path} hittas inte.", "The archive {path} cannot be found."),
    "Arkistoa {target} ei voitu kirjoittaa: {value}.": (
        "Arkivet {target} kunde inte skrivas: {value}.",
        "The archive {target} could not be written: {value}.",
    ),
    "Arkiston manifest.json ei luettele tauluja.": (
        "Arkivets manifest.json förtecknar inga tabeller.",
        "The archive's manifest.json lists no tables.",
    ),
    "Arkiston manifest.json ei luettele tiedostoja.": (
        "Arkivets manifest.json förtecknar inga filer.",
        "The archive's manifest.json lists no files.",
    ),
    "Arkiston manifest.json on vioittunut.": (
        "Arkivets manifest.json är skadad.",
        "The archive's manifest.json is damaged.",
    ),
    "Arkiston taulun {name} rivit eivät vastaa manifest.json-tiedostoa.": (
        "Raderna i arkivets tabell {name} motsvarar inte filen manifest.json.",
        "The rows of the archive's table {name} do not match the manifest.json file.",
    ),
    "Arkiston taulun {table} viittaukset muodostavat kehän.": (
        "Referenserna i arkivets tabell {table} bildar en slinga.",
        "The references in the archive's table {table} form a cycle.",
    ),
    "Arkiston taulussa {name} on sama tunniste kahdesti.": (
        "I arkivets tabell {name} förekommer samma identifierare två gånger.",
        "The archive's table {name} has the same identifier twice.",
    ),
    "Arkiston tiedosto {member} on vioittunut.": (
        "Arkivets fil {member} är skadad.",
        "The archive's file {member} is damaged.",
    ),
    "Arkiston tiedosto ”{name}” osoittaa kohdekansion ulkopuolelle.": (
        "Arkivets fil ”{name}” pekar utanför målmappen.",
        "The archive's file “{name}” points outside the target folder.",
    ),
    "Arkiston tiedostoa {name} ei voi lukea: arkisto on vioittunut.": (
        "Arkivets fil {name} kan inte läsas: arkivet är skadat.",
        "The archive's file {name} cannot be read: the archive is damaged.",
    ),
    "Arkiston tiedoston {name} tarkiste ei täsmää: arkisto on vioittunut tai sitä on muutettu. Mitään ei tuotu.": (
        (
            "Kontrollsumman för arkivets fil {name} stämmer inte: arkivet är skadat eller har ändrats. Ingenting "
            "importerades."
        ),
        (
            "The checksum of the archive's file {name} does not match: the archive is damaged or has been "
            "altered. Nothing was imported."
        ),
    ),
    "Arkistossa on kaksi tiedostoa nimellä ”{filename}”; arkistoa ei tuotu.": (
        "Arkivet innehåller två filer med namnet ”{filename}”; arkivet importerades inte.",
        "The archive contains two files named “{filename}”; the archive was not imported.",
    ),
    "Arkistossa on symbolinen linkki ”{filename}”; arkistoa ei tuotu.": (
        "Arkivet innehåller en symbolisk länk ”{filename}”; arkivet importerades inte.",
        "The archive contains a symbolic link “{filename}”; the archive was not imported.",
    ),
    (
        "Arkistossa on tiedosto, jonka nimi ”{name}” ei ole sallittu ({problem}). Arkistoa ei tuotu, eikä mitään "
        "kirjoitettu."
    ): (
        (
            "Arkivet innehåller en fil vars namn ”{name}” inte är tillåtet ({problem}). Arkivet importerades "
            "inte, och ingenting skrevs."
        ),
        (
            "The archive contains a file whose name “{name}” is not allowed ({problem}). The archive was not "
            "imported, and nothing was written."
        ),
    ),
    "Arkistossa on tiedostoja, joita manifest.json ei luettele: {unlisted}.": (
        "Arkivet innehåller filer som manifest.json inte förtecknar: {unlisted}.",
        "The archive contains files that manifest.json does not list: {unlisted}.",
    ),
    "Arkistossa on tuntematon taulu {unknown}.": (
        "Arkivet innehåller en okänd tabell {unknown}.",
        "The archive contains an unknown table {unknown}.",
    ),
    "Arkistosta puuttuu taulun {name} tiedosto.": (
        "Filen för tabellen {name} saknas i arkivet.",
        "The file of the table {name} is missing from the archive.",
    ),
    "Arkistosta puuttuu tiedosto {name}.": (
        "Filen {name} saknas i arkivet.",
        "The file {name} is missing from the archive.",
    ),
    "Asetuksen {key} hallinto-oikeudesta puuttuu nimi, postiosoite tai sähköposti.": (
        "Förvaltningsdomstolen i inställningen {key} saknar namn, postadress eller e-post.",
        "The administrative court in the setting {key} lacks a name, postal address or e-mail.",
    ),
    "Asetuksen {key} hallinto-oikeus {value!r} on tuntematon; vaihtoehdot: {known}.": (
        "Förvaltningsdomstolen {value!r} i inställningen {key} är okänd; alternativ: {known}.",
        "The administrative court {value!r} in the setting {key} is unknown; options: {known}.",
    ),
    "Asiaa ei löydy; se on ehkä poistettu.": (
        "Ärendet hittas inte; det har kanske tagits bort.",
        "The item cannot be found; it may have been removed.",
    ),
    "Asiaa ei löytynyt; se on ehkä poistettu.": (
        "Ärendet hittades inte; det har kanske tagits bort.",
        "The item was not found; it may have been removed.",
    ),
    "Asiaan liittyy oikaisumerkintöjä, eikä sitä voi poistaa.": (
        "Ärendet har rättelseanteckningar och kan inte tas bort.",
        "The item has rectification entries and cannot be removed.",
    ),
    "Asian otsikko puuttuu.": ("Ärendets rubrik saknas.", "The item's title is missing."),
    "Asian voi siirtää vain saman toimielimen toiseen kokoukseen.": (
        "Ärendet kan bara flyttas till ett annat möte i samma organ.",
        "The item can only be moved to another meeting of the same body.",
    ),
    "Asukasluku {day} puuttuu: {parties}.": (
        "Invånarantalet per {day} saknas: {parties}.",
        "The population on {day} is missing: {parties}.",
    ),
    "Asukasluvun on oltava positiivinen kokonaisluku.": (
        "Invånarantalet måste vara ett positivt heltal.",
        "The population must be a positive whole number.",
    ),
    "Diaarinumero on liian pitkä ({count} merkkiä, enintään {max_length}).": (
        "Diarienumret är för långt ({count} tecken, högst {max_length}).",
        "The diary number is too long ({count} characters, at most {max_length}).",
    ),
    (
        "Diaarinumero ”{value}” ei ole muotoa numero/luokka/vuosi, esimerkiksi 77/00.04.01/2023: tarkista "
        "tehtäväluokka (kaksinumeroiset osat pisteillä erotettuina) ja nelinumeroinen vuosi."
    ): (
        (
            "Diarienumret ”{value}” har inte formen nummer/klass/år, till exempel 77/00.04.01/2023: kontrollera "
            "uppgiftsklassen (tvåsiffriga delar åtskilda med punkter) och det fyrsiffriga året."
        ),
        (
            "The diary number “{value}” is not of the form number/class/year, for example 77/00.04.01/2023: check "
            "the classification (two-digit parts separated by full stops) and the four-digit year."
        ),
    ),
    "Diaarinumeron vuosi {year} ei ole mahdollinen.": (
        "Året {year} i diarienumret är inte möjligt.",
        "The year {year} in the diary number is not possible.",
    ),
    "Diaarinumerossa on ohjausmerkkejä; kirjoita se uudelleen.": (
        "Diarienumret innehåller styrtecken; skriv det på nytt.",
        "The diary number contains control characters; type it again.",
    ),
    "Ehdottaja ei voi kannattaa omaa ehdotustaan.": (
        "Förslagsställaren kan inte understöda sitt eget förslag.",
        "The proposer cannot second their own motion.",
    ),
    "Ehdotusta ei löydy.": ("Förslaget hittas inte.", "The motion cannot be found."),
    "Ensimmäisen pykälän numeron on oltava positiivinen kokonaisluku.": (
        "Numret på den första paragrafen måste vara ett positivt heltal.",
        "The number of the first section must be a positive whole number.",
    ),
    "Eriävää mielipidettä ei löydy.": ("Den avvikande meningen hittas inte.", "The dissent cannot be found."),
    "Esityslista julkaistaan ennen kokousta: päivä ei voi olla kokouspäivän jälkeen.": (
        "Föredragningslistan publiceras före mötet: dagen kan inte vara efter mötesdagen.",
        "The agenda is published before the meeting: the date cannot be after the meeting date.",
    ),
    "Esteellisyysmerkintää ei löydy.": ("Jävsanteckningen hittas inte.", "The disqualification entry cannot be found."),
    "Esteellisyysperustetta {key} ei ole.": (
        "Jävsgrunden {key} finns inte.",
        "There is no disqualification ground {key}.",
    ),
    (
        "Hallinto-oikeutta ei ole asetettu: valitse se asetukseen {court_setting} (esim. hameenlinna); katso "
        "docs/muutoksenhaku.md."
    ): (
        (
            "Förvaltningsdomstolen har inte angetts: välj den i inställningen {court_setting} (t.ex. "
            "hameenlinna); se docs/muutoksenhaku.md."
        ),
        (
            "The administrative court has not been set: choose it in the setting {court_setting} (e.g. "
            "hameenlinna); see docs/muutoksenhaku.md."
        ),
    ),
    "Henkilö ei voi olla oma varajäsenensä.": (
        "En person kan inte vara sin egen ersättare.",
        "A person cannot be their own deputy.",
    ),
    "{member} ei ole toimielimen {body} jäsen varajäsenen {name} kaudella. Henkilökohtainen varajäsen valitaan "
    "jäsenelle, jonka kausi on samaan aikaan.": (
        "{member} är inte ledamot av organet {body} under ersättarens {name} mandatperiod. En personlig ersättare "
        "väljs för en ledamot vars mandatperiod infaller samtidigt.",
        "{member} is not a member of {body} during the term of deputy {name}. A personal deputy is chosen for a "
        "member whose term runs at the same time.",
    ),
    "Henkilön nimi puuttuu.": ("Personens namn saknas.", "The person's name is missing."),
    (
        "Henkilön {person} edellinen nimen tai nimikkeen muutos on merkitty alkamaan {value}. Uusi muutos voi alkaa "
        "vasta sen jälkeen."
    ): (
        (
            "Den föregående ändringen av namnet eller titeln för {person} har antecknats att börja {value}. En ny "
            "ändring kan börja först efter det."
        ),
        (
            "The previous change of name or title for {person} is recorded as starting on {value}. A new change "
            "can only start after that."
        ),
    ),
    "Henkilöä ei löydy.": ("Personen hittas inte.", "The person cannot be found."),
    "Jakoperuste ei voi olla negatiivinen.": (
        "Fördelningsgrunden kan inte vara negativ.",
        "The allocation basis cannot be negative.",
    ),
    (
        "Joku muu on muuttanut mallipohjaa ”{template}” sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu; avaa "
        "mallipohja uudelleen."
    ): (
        (
            "Någon annan har ändrat mallen ”{template}” efter att du öppnade den. Dina ändringar sparades inte; "
            "öppna mallen på nytt."
        ),
        (
            "Someone else has changed the template “{template}” since you opened it. Your changes were not saved; "
            "open the template again."
        ),
    ),
    (
        "Joku muu on tallentanut osapuolen {organisation} tiedot sen jälkeen, kun avasit ne. Muutostasi ei "
        "tallennettu; tiedot on ladattu uudelleen."
    ): (
        (
            "Någon annan har sparat uppgifterna om parten {organisation} efter att du öppnade dem. Din ändring "
            "sparades inte; uppgifterna har laddats på nytt."
        ),
        (
            "Someone else has saved the details of the party {organisation} since you opened them. Your change "
            "was not saved; the details have been reloaded."
        ),
    ),
    (
        "Joku muu on tallentanut saman tiedon sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu. Lataa tieto "
        "uudelleen ja tee muutoksesi sen päälle."
    ): (
        (
            "Någon annan har sparat samma uppgift efter att du öppnade den. Dina ändringar sparades inte. Ladda "
            "uppgiften på nytt och gör dina ändringar i den."
        ),
        (
            "Someone else has saved the same data since you opened it. Your changes were not saved. Reload the "
            "data and make your changes on top of it."
        ),
    ),
    "Joku muu on tallentanut sopimuksen tiedot sen jälkeen, kun avasit ne. Muutostasi ei tallennettu.": (
        "Någon annan har sparat avtalets uppgifter efter att du öppnade dem. Din ändring sparades inte.",
        "Someone else has saved the agreement's details since you opened them. Your change was not saved.",
    ),
    "Jotakin valituista kokouksista ei löytynyt; se on ehkä poistettu.": (
        "Något av de valda mötena hittades inte; det har kanske tagits bort.",
        "One of the selected meetings was not found; it may have been removed.",
    ),
    "Julkaisupäivä ei voi olla ennen tarkastuspäivää.": (
        "Publiceringsdagen kan inte vara före justeringsdagen.",
        "The publication date cannot be before the date the minutes were checked.",
    ),
    "Jäsenen nimi puuttuu.": ("Ledamotens namn saknas.", "The member's name is missing."),
    "Jäsenyys ei voi päättyä ennen kuin se alkaa.": (
        "Medlemskapet kan inte upphöra innan det börjar.",
        "The membership cannot end before it starts.",
    ),
    "Jäsenyyttä ei löydy.": ("Medlemskapet hittas inte.", "The membership cannot be found."),
    "Kansiota {parent} ei voi luoda: {strerror}.": (
        "Mappen {parent} kan inte skapas: {strerror}.",
        "The folder {parent} cannot be created: {strerror}.",
    ),
    "Kiinteä osuus puuttuu: {parties}.": ("Fast andel saknas: {parties}.", "Fixed share missing: {parties}."),
    "Kiinteän osuuden on oltava 0–100 %.": ("Den fasta andelen måste vara 0–100 %.", "The fixed share must be 0–100%."),
    "Kiinteät osuudet ovat yhteensä {percent_text} %, eivät 100 %.": (
        "De fasta andelarna är sammanlagt {percent_text} %, inte 100 %.",
        "The fixed shares total {percent_text}%, not 100%.",
    ),
    "Kirjaa päätöksen päivämäärä.": ("Anteckna beslutsdatumet.", "Record the date of the decision."),
    "Kirjaa päätöksen tehnyt toimielin.": (
        "Anteckna det organ som fattade beslutet.",
        "Record the body that made the decision.",
    ),
    "Kirjoita ehdotuksen sisältö.": ("Skriv förslagets innehåll.", "Write the content of the motion."),
    "Kirjoita esteellisyyden peruste; se merkitään pöytäkirjaan.": (
        "Skriv grunden för jävet; den antecknas i protokollet.",
        "Write the ground for the disqualification; it is recorded in the minutes.",
    ),
    "Kirjoita muun läsnäolijan rooli (esimerkiksi kunnanhallituksen edustaja).": (
        "Skriv den andra närvarandes roll (till exempel kommunstyrelsens representant).",
        "Write the role of the other attendee (for example representative of the municipal executive).",
    ),
    "Kirjoita perustelu, miksi muutoksenhakutapa poikkeaa koneen ehdotuksesta.": (
        "Skriv en motivering till varför sättet att söka ändring avviker från det automatiska förslaget.",
        "Write a reason why the appeal route differs from the automatic suggestion.",
    ),
    "Kirjoita sekä jaa- että ei-ehdotus.": (
        "Skriv både ja- och nej-förslaget.",
        "Write both the yes and the no proposal.",
    ),
    "Kokouksen numeron on oltava positiivinen kokonaisluku.": (
        "Mötets nummer måste vara ett positivt heltal.",
        "The meeting number must be a positive whole number.",
    ),
    "Kokouksen {number}/{year} pöytäkirja on jo tarkastettu.": (
        "Protokollet från möte {number}/{year} är redan justerat.",
        "The minutes of meeting {number}/{year} have already been checked.",
    ),
    "Kokouksen {number}/{year} pöytäkirja on jo tarkastettu; tarkastusta ei voi perua.": (
        "Protokollet från möte {number}/{year} är redan justerat; justeringen kan inte återkallas.",
        "The minutes of meeting {number}/{year} have already been checked; the checking cannot be undone.",
    ),
    (
        "Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sen asioita voi enää muuttaa. Tee tarvittaessa "
        "oikaisu (korjausmerkintä), joka näkyy pöytäkirjassa."
    ): (
        (
            "Protokollet från möte {number}/{year} är justerat, och dess ärenden kan inte längre ändras. Gör vid "
            "behov en rättelse (korrigeringsanteckning) som syns i protokollet."
        ),
        (
            "The minutes of meeting {number}/{year} have been checked, and their items can no longer be changed. "
            "If needed, make a rectification (a correction entry), which shows in the minutes."
        ),
    ),
    "Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sitä voi enää muuttaa. Tee tarvittaessa oikaisu.": (
        "Protokollet från möte {number}/{year} är justerat och kan inte längre ändras. Gör vid behov en rättelse.",
        (
            "The minutes of meeting {number}/{year} have been checked and can no longer be changed. If needed, "
            "make a rectification."
        ),
    ),
    "Kokouksen {number}/{year} esityslista on jo julkaistu, joten kokousta ei voi poistaa.": (
        "Föredragningslistan för möte {number}/{year} har redan publicerats, så mötet kan inte tas bort.",
        "The agenda of meeting {number}/{year} has already been published, so the meeting cannot be removed.",
    ),
    "Kokouksen {number}/{year} pöytäkirja on tarkastettu; sen asioita ei voi muuttaa, lisätä eikä poistaa.": (
        (
            "Protokollet från möte {number}/{year} är justerat; dess ärenden kan inte ändras, läggas till eller "
            "tas bort."
        ),
        (
            "The minutes of meeting {number}/{year} have been checked; their items cannot be changed, added or "
            "removed."
        ),
    ),
    (
        "Kokouksen {number}/{year} pöytäkirjaa ei ole tarkastettu, joten pykälästä {section_label} ei voi antaa "
        "pöytäkirjanotetta. Tulosta tarvittaessa luonnos, joka merkitään sanalla LUONNOS."
    ): (
        (
            "Protokollet från möte {number}/{year} har inte justerats, så inget protokollsutdrag kan ges ur "
            "{section_label}. Skriv vid behov ut ett utkast, som märks med ordet UTKAST."
        ),
        (
            "The minutes of meeting {number}/{year} have not been checked, so no excerpt of the minutes can be "
            "given for {section_label}. If needed, print a draft, which is marked with the word LUONNOS."
        ),
    ),
    "Kokouksessa ei ole pykälää {section} §; tarkista poistumisen kohta.": (
        "Mötet har ingen § {section}; kontrollera när personen avlägsnade sig.",
        "The meeting has no § {section}; check where the person left.",
    ),
    "Kokouksessa ei ole pykälää {section} §; tarkista palaamisen kohta.": (
        "Mötet har ingen § {section}; kontrollera när personen återkom.",
        "The meeting has no § {section}; check where the person came back.",
    ),
    # Temporary absences (core/minutes.py, core/meetings.py).
    "Poissaolo ei voi alkaa ennen saapumista: {name} saapui {arrived} §:n alussa, mutta poistuisi {left} §:n "
    "jälkeen.": (
        "Frånvaron kan inte börja före ankomsten: {name} anlände i början av § {arrived} men skulle avlägsna sig "
        "efter § {left}.",
        "The absence cannot begin before the arrival: {name} arrived at the start of § {arrived} but would leave "
        "after § {left}.",
    ),
    "Poissaolo ei voi jatkua poistumisen jälkeen: {name} poistui kokouksesta {departed} §:n jälkeen, mutta palaisi "
    "{returned} §:n alussa.": (
        "Frånvaron kan inte fortsätta efter att personen avlägsnat sig: {name} avlägsnade sig från mötet efter "
        "§ {departed} men skulle återkomma i början av § {returned}.",
        "The absence cannot go on after the departure: {name} left the meeting after § {departed} but would come "
        "back at the start of § {returned}.",
    ),
    "{name} on merkitty poissaolevaksi koko kokouksesta.": (
        "{name} har antecknats som frånvarande från hela mötet.",
        "{name} is recorded as absent from the whole meeting.",
    ),
    "Palaaminen ({returned} §:n alussa) on oltava myöhemmin kuin yhtä pykälää poistumisen ({left} §:n jälkeen) "
    "jälkeen: muuten poissaolo ei kata yhtään pykälää.": (
        "Återkomsten (i början av § {returned}) måste ligga mer än en paragraf efter avlägsnandet (efter § {left}): "
        "annars omfattar frånvaron ingen paragraf.",
        "The return (at the start of § {returned}) must come more than one section after leaving (after § {left}): "
        "otherwise the absence covers no section.",
    ),
    "Paluun kellonaika ei voi olla ennen poistumisen kellonaikaa.": (
        "Klockslaget för återkomsten kan inte vara före klockslaget för avlägsnandet.",
        "The time of return cannot be before the time of leaving.",
    ),
    "{name} on jo merkitty poissa olleeksi {left} §:n jälkeen {returned} §:n alkuun; poissaolot eivät voi mennä "
    "päällekkäin.": (
        "{name} har redan antecknats som frånvarande efter § {left} till början av § {returned}; frånvaron får inte "
        "överlappa.",
        "{name} is already recorded as away after § {left} until the start of § {returned}; absences cannot "
        "overlap.",
    ),
    "Poissaolomerkintää ei löydy.": ("Frånvaroanteckningen hittas inte.", "The absence record cannot be found."),
    (
        "Muutosta ei tehty: {name} olisi sen jälkeen merkitty tilapäisesti poissa olleeksi ei yhdenkään pykälän "
        "ajan tai ennen saapumistaan tai poistumisensa jälkeen. Poista tai korjaa ensin hänen poissaolonsa "
        "läsnäolotiedoissa."
    ): (
        (
            "Ändringen gjordes inte: {name} skulle därefter vara antecknad som tillfälligt frånvarande under inte en "
            "enda paragraf, före sin ankomst eller efter att ha avlägsnat sig. Ta först bort eller rätta personens "
            "frånvaro i närvarouppgifterna."
        ),
        (
            "Not changed: {name} would then be recorded as away for no section at all, before their arrival or "
            "after their departure. First remove or correct their absence in the attendance."
        ),
    ),
    "Kokouksessa ei ole pykälää {section} §; tarkista saapumisen kohta.": (
        "Mötet har ingen § {section}; kontrollera när personen anlände.",
        "The meeting has no § {section}; check where the person arrived.",
    ),
    "Kokouksessa ei ole yhtään asiaa.": ("Mötet har inga ärenden.", "The meeting has no items."),
    "Kokouksessa {number}/{year} ei ole diaarinumeroa {dnro}.": (
        "Möte {number}/{year} har inget diarienummer {dnro}.",
        "Meeting {number}/{year} has no diary number {dnro}.",
    ),
    "Kokouksessa {number}/{year} ei ole {section} §.": (
        "Möte {number}/{year} har ingen § {section}.",
        "Meeting {number}/{year} has no § {section}.",
    ),
    "Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}).": (
        "Mötet var inte beslutfört ({filled}/{seats}, {required} krävs).",
        "The meeting was not quorate ({filled}/{seats}, {required} required).",
    ),
    "Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}). Valitse päätöksen lajiksi ”merkitty "
    "tiedoksi” ja kirjaa, ettei kokous ollut päätösvaltainen; siirrä muut asiat seuraavaan kokoukseen.": (
        "Mötet var inte beslutfört ({filled}/{seats}, {required} krävs). Välj beslutstypen ”antecknat för "
        "kännedom” och anteckna att mötet inte var beslutfört; flytta de övriga ärendena till följande möte.",
        "The meeting was not quorate ({filled}/{seats}, {required} required). Choose the outcome “noted” and record "
        "that the meeting was not quorate; move the other items to the next meeting.",
    ),
    "Kokous {number}/{year} on jo aloitettu; esityslistan julkaisua ei enää merkitä.": (
        "Möte {number}/{year} har redan inletts; publiceringen av föredragningslistan antecknas inte längre.",
        "Meeting {number}/{year} has already started; the agenda's publication can no longer be recorded.",
    ),
    "Kokousta ei löydy; se on ehkä poistettu.": (
        "Mötet hittas inte; det har kanske tagits bort.",
        "The meeting cannot be found; it may have been removed.",
    ),
    "Kokousta ei löytynyt; se on ehkä poistettu.": (
        "Mötet hittades inte; det har kanske tagits bort.",
        "The meeting was not found; it may have been removed.",
    ),
    (
        "Kokousta {number}/{year} ei voi siirtää vuodelle {year2}, koska pykälät numeroidaan vuosittain. Luo kokous "
        "vuodelle {year2} ja siirrä asiat siihen."
    ): (
        (
            "Möte {number}/{year} kan inte flyttas till år {year2}, eftersom paragraferna numreras per år. Skapa "
            "ett möte för år {year2} och flytta ärendena dit."
        ),
        (
            "Meeting {number}/{year} cannot be moved to {year2}, because the sections are numbered per year. "
            "Create a meeting for {year2} and move the items to it."
        ),
    ),
    "Kopioidaan tietokantaa…": ("Kopierar databasen…", "Copying the database…"),
    "Kustannuksia ei voi jakaa: jakoperusteiden summa on nolla.": (
        "Kostnaderna kan inte fördelas: summan av fördelningsgrunderna är noll.",
        "The costs cannot be split: the allocation bases add up to zero.",
    ),
    "Kustannuksia ei voi jakaa: sopimuksella ei ole osapuolia.": (
        "Kostnaderna kan inte fördelas: avtalet har inga parter.",
        "The costs cannot be split: the agreement has no parties.",
    ),
    "Kustannuserältä {position} puuttuu kuvaus.": (
        "Kostnadspost {position} saknar beskrivning.",
        "Cost line {position} has no description.",
    ),
    "Kuvaustiedosto puuttuu.": ("Beskrivningsfilen saknas.", "The description file is missing."),
    "Levy on täynnä, eikä tietoja voitu tallentaa. Vapauta levytilaa ja yritä uudelleen.": (
        "Disken är full och uppgifterna kunde inte sparas. Frigör diskutrymme och försök igen.",
        "The disk is full and the data could not be saved. Free some disk space and try again.",
    ),
    "Levy täyttyi palautuksen aikana; tietokantaan ei koskettu.": (
        "Disken blev full under återställningen; databasen rördes inte.",
        "The disk filled up during the restore; the database was not touched.",
    ),
    "Levy täyttyi, eikä arkistoa {target} voitu kirjoittaa.": (
        "Disken blev full och arkivet {target} kunde inte skrivas.",
        "The disk filled up and the archive {target} could not be written.",
    ),
    "Levy täyttyi: {what} ei onnistunut.": (
        "Disken blev full: {what} misslyckades.",
        "The disk filled up: {what} failed.",
    ),
    "Levyllä ei ole tilaa varmuuskopiolle ennen tietokannan päivitystä ({parent}). Tietokantaan ei koskettu.": (
        (
            "Det finns inte utrymme på disken för en säkerhetskopia före uppdateringen av databasen ({parent}). "
            "Databasen rördes inte."
        ),
        (
            "There is no space on the disk for a backup before the database upgrade ({parent}). The database was "
            "not touched."
        ),
    ),
    "Liitetiedostolla ei ole nimeä.": ("Bilagefilen har inget namn.", "The attachment file has no name."),
    "Liitettä ei löydy; se on ehkä poistettu.": (
        "Bilagan hittas inte; den har kanske tagits bort.",
        "The attachment cannot be found; it may have been removed.",
    ),
    "Liitetään liitetiedostoja…": ("Bilagefilerna fogas till…", "Adding the attachment files…"),
    "Liitteellä ”{attachment}” ei ole tiedostoa, vain nimi.": (
        "Bilagan ”{attachment}” har ingen fil, bara ett namn.",
        "The attachment “{attachment}” has no file, only a name.",
    ),
    (
        "Liitteen ”{attachment}” tiedosto on muuttunut tallentamisen jälkeen (tarkiste ei täsmää). Palauta se "
        "varmuuskopiosta."
    ): (
        (
            "Filen för bilagan ”{attachment}” har ändrats efter att den sparades (kontrollsumman stämmer inte). "
            "Återställ den från en säkerhetskopia."
        ),
        (
            "The file of the attachment “{attachment}” has changed since it was saved (the checksum does not "
            "match). Restore it from a backup."
        ),
    ),
    "Läsnäolijoita ei ole merkitty.": ("Inga närvarande har antecknats.", "No attendees have been recorded."),
    "Läsnäolomerkintää ei löydy.": ("Närvaroanteckningen hittas inte.", "The attendance entry cannot be found."),
    "Mallipohja kutsuu itseään liian syvälle. Täyttäminen keskeytettiin.": (
        "Mallen anropar sig själv för djupt. Ifyllningen avbröts.",
        "The template calls itself too deeply. Filling it in was stopped.",
    ),
    "Mallipohja nimeltä ”{name}” on jo olemassa ({language_labels}).": (
        "En mall med namnet ”{name}” finns redan ({language_labels}).",
        "A template named “{name}” already exists ({language_labels}).",
    ),
    "Mallipohja on liian pitkä (enintään {max_template} merkkiä).": (
        "Mallen är för lång (högst {max_template} tecken).",
        "The template is too long (at most {max_template} characters).",
    ),
    "Mallipohjaa ei löytynyt; joku on ehkä poistanut sen.": (
        "Mallen hittades inte; någon har kanske tagit bort den.",
        "The template was not found; someone may have removed it.",
    ),
    "Mallipohjaa {key} ei löytynyt.": ("Mallen {key} hittades inte.", "The template {key} was not found."),
    "Mallipohjan kieli on ”{language}”; sallitut: fi, sv.": (
        "Mallens språk är ”{language}”; tillåtna: fi, sv.",
        "The template's language is “{language}”; allowed: fi, sv.",
    ),
    "Mallipohjan nimi on liian pitkä (enintään {max_name} merkkiä).": (
        "Mallens namn är för långt (högst {max_name} tecken).",
        "The template name is too long (at most {max_name} characters).",
    ),
    "Mallipohjan rivillä {lineno}: mallipohjissa ei voi käyttää {label}.": (
        "På rad {lineno} i mallen: i mallar kan man inte använda {label}.",
        "On line {lineno} of the template: templates cannot use {label}.",
    ),
    "Mallipohjan rivillä {lineno}: rekursiiviset silmukat eivät ole käytössä.": (
        "På rad {lineno} i mallen: rekursiva slingor stöds inte.",
        "On line {lineno} of the template: recursive loops are not available.",
    ),
    "Mallipohjan rivillä {lineno}: tuntematon muuttuja ”self”.": (
        "På rad {lineno} i mallen: okänd variabel ”self”.",
        "On line {lineno} of the template: unknown variable “self”.",
    ),
    "Mallipohjan rivillä {line}": ("På rad {line} i mallen", "On line {line} of the template"),
    "Mallipohjassa": ("I mallen", "In the template"),
    "Mallipohjatiedoston kenttä {label} on ”{value}”; sallitut arvot: {allowed}.": (
        "Fältet {label} i mallfilen är ”{value}”; tillåtna värden: {allowed}.",
        "The field {label} of the template file is “{value}”; allowed values: {allowed}.",
    ),
    "Mallipohjatiedoston otsake ei pääty (#}} puuttuu).": (
        "Mallfilens huvud tar inte slut (#}} saknas).",
        "The header of the template file does not end (#}} is missing).",
    ),
    "Mallipohjatiedoston otsakkeen rivi {number} on tuntematon: ”{line}”. Sallitut kentät: {header_keys}.": (
        "Rad {number} i mallfilens huvud är okänd: ”{line}”. Tillåtna fält: {header_keys}.",
        "Line {number} of the template file header is unknown: “{line}”. Allowed fields: {header_keys}.",
    ),
    "Mallipohjatiedoston otsakkeesta puuttuu nimi (nimi: ...).": (
        "Mallfilens huvud saknar namn (nimi: ...).",
        "The template file header has no name (nimi: ...).",
    ),
    "Merkitse ensin, milloin ote lähetettiin vastaanottajalle {recipient}.": (
        "Anteckna först när utdraget skickades till mottagaren {recipient}.",
        "First record when the excerpt was sent to the recipient {recipient}.",
    ),
    "Merkitse sopimukselle ensin asukaslukujen ajankohta (Sopimuksen tiedot…).": (
        "Ange först tidpunkten för invånarantalen i avtalet (Avtalets uppgifter…).",
        "First set the population reference date of the agreement (Agreement details…).",
    ),
    "Merkitse, kenen jäsenen sijasta varajäsen on kokouksessa.": (
        "Ange vilken ledamot ersättaren ersätter vid mötet.",
        "Record which member the deputy member is standing in for at the meeting.",
    ),
    "Muutoksenhakuajan pituuden on oltava positiivinen, ei {days} päivää.": (
        "Längden på tiden för ändringssökande måste vara positiv, inte {days} dagar.",
        "The length of the appeal period must be positive, not {days} days.",
    ),
    "Muutoksenhakuohje: {problem}": ("Anvisning för ändringssökande: {problem}", "Appeal instructions: {problem}"),
    "Muutoksenhakuohjeen kieli voi olla fi tai sv, ei {language!r}.": (
        "Språket i anvisningen för ändringssökande kan vara fi eller sv, inte {language!r}.",
        "The language of the appeal instructions can be fi or sv, not {language!r}.",
    ),
    "Muutoksenhakuohjeen tekstissä on tuntematon kenttä: {exc}.": (
        "Texten i anvisningen för ändringssökande innehåller ett okänt fält: {exc}.",
        "The text of the appeal instructions contains an unknown field: {exc}.",
    ),
    "Nimellä ”{title}” löytyi {count} sopimusta: {names}. Tarkenna nimeä.": (
        "Med namnet ”{title}” hittades {count} avtal: {names}. Precisera namnet.",
        "{count} agreements were found with the name “{title}”: {names}. Make the name more specific.",
    ),
    "Nykyisestä tietokannasta ei saatu varmuuskopiota, joten palautusta ei tehty. {warnings}": (
        (
            "Det gick inte att ta en säkerhetskopia av den nuvarande databasen, så återställningen gjordes inte. "
            "{warnings}"
        ),
        "A backup of the current database could not be taken, so the restore was not done. {warnings}",
    ),
    "Ohjelmaa {cmd} ei voitu käynnistää: {strerror}.": (
        "Programmet {cmd} kunde inte startas: {strerror}.",
        "The program {cmd} could not be started: {strerror}.",
    ),
    "Oikaisumerkintää ei voi muuttaa eikä poistaa; tee uusi oikaisu.": (
        "En rättelseanteckning kan inte ändras eller tas bort; gör en ny rättelse.",
        "A rectification entry cannot be changed or removed; make a new rectification.",
    ),
    "Oikaisuun tarvitaan tekijä, syy ja oikaistu teksti.": (
        "En rättelse kräver upphovsperson, orsak och rättad text.",
        "A rectification needs an author, a reason and the rectified text.",
    ),
    (
        "Toimielimen {name} lajia ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden "
        "otteiden muutoksenhakuohje muuttuisi. Jos toimielin on todella toista lajia, lisää se uutena "
        "toimielimenä ja poista tästä rasti kohdasta Käytössä."
    ): (
        "Organet {name} kan inte längre byta typ, eftersom dess protokoll redan har justerats: besvärsanvisningen "
        "i utdragen ur dem skulle ändras. Om organet verkligen är av en annan typ, lägg till det som ett nytt organ "
        "och ta bort krysset i I bruk för detta.",
        "The kind of the body {name} can no longer change, as its minutes have been checked: the appeal "
        "instruction of their excerpts would change. If the body really is of another kind, add it as a new body "
        "and clear In use for this one.",
    ),
    (
        "Toimielimen {name} nimeä ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden "
        "otteet tulostuisivat uudella nimellä. Jos toimielimen nimi muuttuu (esimerkiksi uuden "
        "toimikauden alussa), lisää uusi toimielin uudella nimellä ja poista vanhasta rasti kohdasta "
        "Käytössä. Kirjoitusvirheen voi korjata vain ennen kuin pöytäkirjoja on tarkastettu."
    ): (
        "Organet {name} kan inte längre byta namn, eftersom dess protokoll redan har justerats: utdragen ur dem "
        "skulle skrivas ut med det nya namnet. Om organets namn ändras (till exempel när en ny mandatperiod "
        "börjar), lägg till ett nytt organ med det nya namnet och ta bort krysset i I bruk för det gamla. Ett "
        "skrivfel kan rättas bara innan några protokoll har justerats.",
        "The body {name} can no longer be renamed, as its minutes have been checked: their excerpts would print "
        "the new name. If the body's name changes (e.g. when a new term begins), add a new body with the new name "
        "and clear In use for the old one. A typo can be fixed only before any minutes are checked.",
    ),
    (
        "Toimielimen {name} yläpuolista toimielintä ei voi enää muuttaa, koska sen pöytäkirjoja on jo "
        "tarkastettu: niiden otteiden oikaisuvaatimusohje nimeää sen."
    ): (
        "Organet ovanför {name} kan inte längre ändras, eftersom dess protokoll redan har justerats: "
        "anvisningen för begäran om omprövning i utdragen ur dem nämner det.",
        "The body above {name} can no longer change, as its minutes have been checked: the rectification "
        "instruction of their excerpts names it.",
    ),
    (
        "{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Täydennä tieto tai rajaa kohta ehdolla "
        "{{% if {owner}.{exc} %}} ... {{% endif %}}."
    ): (
        "{where}: uppgiften ”{owner}.{exc}” finns inte, eftersom {reason}. Komplettera uppgiften eller avgränsa "
        "stället med villkoret {{% if {owner}.{exc} %}} ... {{% endif %}}.",
        "{where}: the data “{owner}.{exc}” does not exist because {reason}. Fill it in or enclose the passage in "
        "the condition {{% if {owner}.{exc} %}} ... {{% endif %}}.",
    ),
    "toimielimelle {body} ei ole merkitty ruotsinkielistä nimeä (Asetukset › Toimielimet › Muokkaa…)": (
        "organet {body} har inget namn på svenska (Inställningar › Organ › Redigera…)",
        "the body {body} has no Swedish name (Settings › Bodies › Edit…)",
    ),
    # Empty fields of the case data in a template (core/drafting.py, core/draft_context.py).
    "sitä ei ole merkitty": ("den inte har antecknats", "it has not been recorded"),
    "henkilön {name} tietoihin sitä ei ole merkitty (Asetukset › Henkilöt)": (
        "den inte har antecknats i uppgifterna om {name} (Inställningar › Personer)",
        "it has not been recorded for {name} (Settings › People)",
    ),
    "organisaation {organisation} henkilöissä ei ole allekirjoittajaa ”{title}” (Asetukset › Henkilöt)": (
        "det finns ingen undertecknare ”{title}” bland personerna i {organisation} (Inställningar › Personer)",
        "the people of {organisation} include no signatory “{title}” (Settings › People)",
    ),
    "sopimuksen kustannuksia ei jaeta asukasluvun mukaan": (
        "avtalets kostnader fördelas inte enligt invånarantalet",
        "the agreement's costs are not split by population",
    ),
    "sopimuksen kustannusten jakoa ei voi laskea (ks. agreement.costs.problem)": (
        "fördelningen av avtalets kostnader kan inte räknas ut (se agreement.costs.problem)",
        "the split of the agreement's costs cannot be calculated (see agreement.costs.problem)",
    ),
    "erä toistuu joka vuosi": ("posten återkommer varje år", "the item recurs every year"),
    "{where}: {known}.": ("{where}: {known}.", "{where}: {known}."),
    (
        "laskutoimitusta ei voi tehdä näillä arvoilla (esim. luvulla ja tekstillä tai päivämäärällä ja "
        "luvulla). Tekstit yhdistetään merkillä ~, esim. {{{{ x ~ \" €\" }}}}, ja rahamäärä muotoillaan "
        "suodattimella money"
    ): (
        "räkneoperationen kan inte göras med dessa värden (t.ex. ett tal och en text eller ett datum och ett tal). "
        "Texter förenas med tecknet ~, t.ex. {{{{ x ~ \" €\" }}}}, och ett penningbelopp formateras med filtret "
        "money",
        "the calculation cannot be made with these values (e.g. a number and a text, or a date and a number). "
        "Texts are joined with ~, e.g. {{{{ x ~ \" €\" }}}}, and an amount of money is formatted with the filter "
        "money",
    ),
    "arvoja ei voi verrata keskenään (esim. päivämäärää ja tekstiä tai lukua ja tekstiä)": (
        "värdena kan inte jämföras med varandra (t.ex. ett datum och en text eller ett tal och en text)",
        "the values cannot be compared (e.g. a date and a text, or a number and a text)",
    ),
    "suodattimelle annettiin liian monta arvoa tai väärän niminen arvo; katso suodattimen ohje": (
        "filtret fick för många värden eller ett värde med fel namn; se filtrets anvisning",
        "the filter was given too many values or a value with a wrong name; see the filter's instructions",
    ),
    (
        "{where}: kentällä {field} ei voi olla arvoa ”{value}”, joten ehto ei olisi koskaan tosi. "
        "Sen arvot: {allowed}."
    ): (
        "{where}: fältet {field} kan inte ha värdet ”{value}”, så villkoret skulle aldrig vara sant. "
        "Dess värden: {allowed}.",
        "{where}: the field {field} can never have the value “{value}”, so the condition would never be true. "
        "Its values: {allowed}.",
    ),
    (
        "{where}: luettelo on tyhjä, joten join_fi tai join_sv tulostaisi tyhjän kohdan. Rajaa kohta "
        "ehdolla, esim. {{% if agreement.party_names %}} ... {{% endif %}}."
    ): (
        "{where}: listan är tom, så join_fi eller join_sv skulle skriva ut ett tomt ställe. Avgränsa stället med "
        "ett villkor, t.ex. {{% if agreement.party_names %}} ... {{% endif %}}.",
        "{where}: the list is empty, so join_fi or join_sv would print a blank. Enclose the passage in a "
        "condition, e.g. {{% if agreement.party_names %}} ... {{% endif %}}.",
    ),
    "osapuolelle {name} ei ole merkitty päivää, johon mennessä sen pitää päättää": (
        "inget datum har antecknats för parten {name} då den senast ska besluta",
        "the party {name} has no date recorded by which it must decide",
    ),
    "osapuolen {name} päätöstä ei ole merkitty": (
        "partens {name} beslut har inte antecknats",
        "the decision of the party {name} has not been recorded",
    ),
    (
        "{where}: kyllä/ei-tieto tulostuisi sanana True tai False. Käytä ehtoa, esim. {{% if p.approved %}}"
        "hyväksynyt{{% else %}}ei vielä päättänyt{{% endif %}}."
    ): (
        "{where}: en ja/nej-uppgift skulle skrivas ut som ordet True eller False. Använd ett villkor, t.ex. "
        "{{% if p.approved %}}har godkänt{{% else %}}har inte ännu beslutat{{% endif %}}.",
        "{where}: a yes/no value would print as the word True or False. Use a condition, e.g. "
        "{{% if p.approved %}}approved{{% else %}}not decided yet{{% endif %}}.",
    ),
    "sopimukselle ei ole merkitty sopimuskautta": (
        "ingen avtalsperiod har antecknats för avtalet",
        "the agreement has no term recorded",
    ),
    (
        "{where}: tulostettavalla arvolla ei ole sisältöä (None). Rajaa kohta ehdolla {{% if … %}} tai "
        'anna korvaava teksti suodattimella default, esim. {{{{ arvo|default("–") }}}}.'
    ): (
        "{where}: värdet som ska skrivas ut saknar innehåll (None). Avgränsa stället med villkoret {{% if … %}} "
        'eller ge en ersättande text med filtret default, t.ex. {{{{ värde|default("–") }}}}.',
        "{where}: the value to be printed has no content (None). Enclose the passage in the condition "
        '{{% if … %}} or give a replacement text with the filter default, e.g. {{{{ value|default("–") }}}}.',
    ),
    (
        "{where}: luettelossa ”{owner}” ei ole kohtaa [{index}] (kohtia: {count}; ensimmäinen on [0]). "
        "Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif %}} tai käy luettelo läpi silmukalla "
        "{{% for x in {owner} %}}."
    ): (
        "{where}: listan ”{owner}” har ingen plats [{index}] (antal: {count}; den första är [0]). Avgränsa "
        "stället med villkoret {{% if {owner} %}} ... {{% endif %}} eller gå igenom listan med slingan "
        "{{% for x in {owner} %}}.",
        "{where}: the list “{owner}” has no place [{index}] (places: {count}; the first is [0]). Enclose the "
        "passage in the condition {{% if {owner} %}} ... {{% endif %}} or go through the list with the loop "
        "{{% for x in {owner} %}}.",
    ),
    'lausekkeen ”… if …” ehto oli epätosi, eikä sillä ole else-osaa (esim. {{{{ x if ehto else "" }}}})': (
        "villkoret i uttrycket ”… if …” var falskt och uttrycket har ingen else-del "
        '(t.ex. {{{{ x if villkor else "" }}}})',
        "the condition of the expression “… if …” was false and it has no else part "
        '(e.g. {{{{ x if condition else "" }}}})',
    ),
    (
        "Valitse toimielimelle {name} yläpuolinen toimielin: jaoston ja viranhaltijan päätöksistä tehdyt "
        "oikaisuvaatimukset käsitellään siinä."
    ): (
        "Välj organet ovanför {name}: begäran om omprövning av en sektions eller tjänsteinnehavares beslut "
        "behandlas där.",
        "Choose the body above {name}: rectification requests against a division's or an office-holder's "
        "decisions are handled there.",
    ),
    "Organisaatiolla on jo toimielin nimeltä {name}.": (
        "Organisationen har redan ett organ med namnet {name}.",
        "The organisation already has a body named {name}.",
    ),
    "Organisaation nimi puuttuu.": ("Organisationens namn saknas.", "The organisation's name is missing."),
    (
        "Organisaation {organisation} postiosoite puuttuu; muutoksenhakuohje tarvitsee sen. Täydennä organisaation "
        "tiedot."
    ): (
        (
            "Postadressen för organisationen {organisation} saknas; anvisningen för ändringssökande behöver den. "
            "Komplettera organisationens uppgifter."
        ),
        (
            "The postal address of the organisation {organisation} is missing; the appeal instructions need it. "
            "Complete the organisation's details."
        ),
    ),
    "Organisaatiota ei löytynyt.": ("Organisationen hittades inte.", "The organisation was not found."),
    "Osapuolen kenttää ei voi muuttaa: {unknown}.": (
        "Partens fält kan inte ändras: {unknown}.",
        "This field of the party cannot be changed: {unknown}.",
    ),
    (
        "Osapuolen {organisation} päätös on linkitetty pykälään. Poista linkitys ennen kuin kirjaat ulkopuolisen "
        "päätöksen."
    ): (
        (
            "Beslutet av parten {organisation} är länkat till en paragraf. Ta bort länken innan du antecknar ett "
            "externt beslut."
        ),
        (
            "The decision of the party {organisation} is linked to a section. Remove the link before you record "
            "an external decision."
        ),
    ),
    (
        "Osapuoli {organisation} ei ole hyväksynyt sopimusta; allekirjoituspäivän voi merkitä vasta hyväksymisen "
        "jälkeen."
    ): (
        (
            "Parten {organisation} har inte godkänt avtalet; datum för undertecknandet kan antecknas först efter "
            "godkännandet."
        ),
        (
            "The party {organisation} has not approved the agreement; the signing date can be recorded only after "
            "the approval."
        ),
    ),
    "Ote ei voi lähteä ({day}.{month}.{year}) ennen kokousta.": (
        "Utdraget kan inte skickas ({day}.{month}.{year}) före mötet.",
        "The excerpt cannot be sent ({day}.{month}.{year}) before the meeting.",
    ),
    "Otetaan PostgreSQL-varmuuskopiota…": ("Tar PostgreSQL-säkerhetskopia…", "Taking a PostgreSQL backup…"),
    "Otetaan varmuuskopio nykyisestä tietokannasta…": (
        "Tar säkerhetskopia av den nuvarande databasen…",
        "Taking a backup of the current database…",
    ),
    "Otteen oikeaksi todistajaa ei löytynyt.": (
        "Den som bestyrker utdraget hittades inte.",
        "The person certifying the excerpt was not found.",
    ),
    "Palautettavaa varmuuskopiota ei ole.": (
        "Det finns ingen säkerhetskopia att återställa.",
        "There is no backup to restore.",
    ),
    "Palautettu kopio ei vastannut varmuuskopiota; tietokantaan ei koskettu.": (
        "Den återställda kopian motsvarade inte säkerhetskopian; databasen lämnades orörd.",
        "The restored copy did not match the backup; the database was not touched.",
    ),
    (
        "Palautetun tietokannan rivimäärät eivät vastaa varmuuskopiota. Aiempi tietokanta on tallessa varmuuskopiona "
        "{path}."
    ): (
        (
            "Radantalen i den återställda databasen motsvarar inte säkerhetskopian. Den tidigare databasen finns "
            "sparad som säkerhetskopian {path}."
        ),
        (
            "The row counts of the restored database do not match the backup. The previous database is kept as "
            "the backup {path}."
        ),
    ),
    (
        "Muutosta ei tehty: {name} olisi sen jälkeen merkitty läsnä olevaksi ei yhdenkään pykälän ajan. "
        "Korjaa ensin hänen saapumisensa tai poistumisensa läsnäolotiedoissa."
    ): (
        (
            "Ändringen gjordes inte: {name} skulle därefter vara antecknad som närvarande under inte en enda "
            "paragraf. Rätta först personens ankomst eller avlägsnande i närvarouppgifterna."
        ),
        (
            "Not changed: {name} would then be recorded as present for no section at all. First correct their "
            "arrival or departure in the attendance."
        ),
    ),
    (
        "Päätösehdotus puuttuu, mutta lopputulokseksi on merkitty sen hyväksyminen. Kirjoita "
        "päätösehdotus tai valitse toinen lopputulos."
    ): (
        "Beslutsförslaget saknas, men som utfall har antecknats att det godkändes. Skriv beslutsförslaget eller "
        "välj ett annat utfall.",
        "The proposal is missing, but the outcome says it was approved. Write the proposal or choose another "
        "outcome.",
    ),
    (
        "Ehdotusta ”{text}” ei kannatettu; kirjaa käsittelyyn, että se raukesi (Kirjaa puheenjohtajan "
        "toteamukset)."
    ): (
        "Förslaget ”{text}” understöddes inte; anteckna i behandlingen att det förföll (Anteckna ordförandens "
        "konstateranden).",
        "The proposal ”{text}” was not seconded; record in the handling that it lapsed (Record the chair's "
        "findings).",
    ),
    (
        "Kannatetusta ehdotuksesta ”{text}” ei äänestetty. Kirjaa äänestys, tai jos toimielin hyväksyi ehdotuksen "
        "yksimielisesti, kirjaa se käsittelyyn (Kirjaa puheenjohtajan toteamukset)."
    ): (
        "Det röstades inte om det understödda förslaget ”{text}”. Anteckna omröstningen, eller om organet godkände "
        "förslaget enhälligt, anteckna det i behandlingen (Anteckna ordförandens konstateranden).",
        "The seconded proposal ”{text}” was not put to a vote. Record the vote, or if the body adopted the proposal "
        "unanimously, record that in the handling (Record the chair's findings).",
    ),
    "Poistuminen ({left} §:n jälkeen) ei voi olla ennen saapumista ({arrived} §).": (
        "Avlägsnandet (efter § {left}) kan inte vara före ankomsten (§ {arrived}).",
        "Leaving (after § {left}) cannot be before arriving (§ {arrived}).",
    ),
    (
        "PostgreSQL-tietokannan varmuuskopiointiin ja palautukseen tarvitaan ohjelma {name}, mutta sitä ei löytynyt. "
        "Asenna PostgreSQL:n asiakasohjelmat (Windowsissa PostgreSQL-asennuksen ”Command Line Tools”, Linuxissa "
        "paketti postgresql-client) tai kerro niiden kansio ympäristömuuttujalla SIHTEERI_PG_BIN."
    ): (
        (
            "För säkerhetskopiering och återställning av en PostgreSQL-databas behövs programmet {name}, men det "
            "hittades inte. Installera PostgreSQL:s klientprogram (i Windows ”Command Line Tools” i "
            "PostgreSQL-installationen, i Linux paketet postgresql-client) eller ange deras mapp med "
            "miljövariabeln SIHTEERI_PG_BIN."
        ),
        (
            "Backing up and restoring a PostgreSQL database needs the program {name}, but it was not found. "
            "Install the PostgreSQL client programs (on Windows “Command Line Tools” of the PostgreSQL "
            "installation, on Linux the package postgresql-client) or give their folder in the environment "
            "variable SIHTEERI_PG_BIN."
        ),
    ),
    (
        "PostgreSQL-tietokantaan voi palauttaa vain PostgreSQL-varmuuskopion (.dump). SQLite-tiedoston tiedot "
        "siirretään arkiston kautta (export/import)."
    ): (
        (
            "Till en PostgreSQL-databas kan endast en PostgreSQL-säkerhetskopia (.dump) återställas. Uppgifterna "
            "i en SQLite-fil flyttas via arkivet (export/import)."
        ),
        (
            "Only a PostgreSQL backup (.dump) can be restored into a PostgreSQL database. The data of an SQLite "
            "file is moved through the archive (export/import)."
        ),
    ),
    "PostgreSQL-varmuuskopio": ("PostgreSQL-säkerhetskopia", "PostgreSQL backup"),
    "PostgreSQL-varmuuskopion palautus": (
        "Återställning av PostgreSQL-säkerhetskopia",
        "Restoring a PostgreSQL backup",
    ),
    "PostgreSQL-varmuuskopiota ei voi palauttaa SQLite-tiedostoon; käytä arkistoa (export/import).": (
        "En PostgreSQL-säkerhetskopia kan inte återställas till en SQLite-fil; använd arkivet (export/import).",
        "A PostgreSQL backup cannot be restored into an SQLite file; use the archive (export/import).",
    ),
    "Puheenjohtaja puuttuu.": ("Ordförande saknas.", "The chair is missing."),
    "Pykälä on osapuolen {organisation} päätös sopimuksesta; poista ensin sen linkitys.": (
        "Paragrafen är beslutet av parten {organisation} om avtalet; ta först bort länken.",
        "The section is the decision of the party {organisation} on the agreement; unlink it first.",
    ),
    "Pykälä {item_label} on jo linkitetty toiseen sopimukseen: {value}.": (
        "Paragrafen {item_label} är redan länkad till ett annat avtal: {value}.",
        "Section {item_label} is already linked to another agreement: {value}.",
    ),
    "Pykälä {item_label} on organisaation {organisation} päätös, ei osapuolen {organisation2}.": (
        "Paragrafen {item_label} är ett beslut av organisationen {organisation}, inte av parten {organisation2}.",
        "Section {item_label} is a decision of the organisation {organisation}, not of the party {organisation2}.",
    ),
    (
        "Pykälän {section_label} muutoksenhakutapa on valittu käsin ilman perustelua; kirjoita perustelu tai palauta "
        "koneen ehdotus."
    ): (
        (
            "Sättet att söka ändring i paragrafen {section_label} har valts manuellt utan motivering; skriv en "
            "motivering eller återställ det automatiska förslaget."
        ),
        (
            "The appeal route of section {section_label} was chosen by hand without a reason; write a reason or "
            "restore the automatic suggestion."
        ),
    ),
    "Pykälänumerot eivät mahdu ennen tarkastettua kokousta {number}/{year}: siirrä asia myöhempään kokoukseen.": (
        "Paragrafnumren ryms inte före det justerade mötet {number}/{year}: flytta ärendet till ett senare möte.",
        (
            "The section numbers do not fit before meeting {number}/{year}, whose minutes are checked: move the "
            "item to a later meeting."
        ),
    ),
    "Pykälää ei löytynyt.": ("Paragrafen hittades inte.", "The section was not found."),
    "Päivälle löytyi useita kokouksia ({names}); tarkenna toimielimen nimeä.": (
        "För dagen hittades flera möten ({names}); precisera organets namn.",
        "Several meetings were found for the day ({names}); give the body's name more precisely.",
    ),
    "Päätöksen laji puuttuu.": ("Typ av beslut saknas.", "The kind of decision is missing."),
    "Päätös puuttuu (päätöksen laji ja päätösteksti).": (
        "Beslutet saknas (typ av beslut och beslutstext).",
        "The decision is missing (kind of decision and decision text).",
    ),
    "Päätösteksti puuttuu.": ("Beslutstexten saknas.", "The decision text is missing."),
    "Pöytäkirjaa ei ole tarkastettu; korjaa asiaa suoraan, oikaisua ei tarvita.": (
        "Protokollet är inte justerat; korrigera ärendet direkt, ingen rättelse behövs.",
        "The minutes have not been checked; correct the item directly, no rectification is needed.",
    ),
    "Pöytäkirjaa ei voi tarkastaa ennen kokousta.": (
        "Protokollet kan inte justeras före mötet.",
        "The minutes cannot be checked before the meeting.",
    ),
    "Pöytäkirjaa ei voi vielä merkitä tarkastetuksi:\n{problems}": (
        "Protokollet kan ännu inte markeras som justerat:\n{problems}",
        "The minutes cannot be marked as checked yet:\n{problems}",
    ),
    "Pöytäkirjanote tulostetaan yhdestä pykälästä; valitse yksi pykälä.": (
        "Ett protokollsutdrag skrivs ut ur en paragraf; välj en paragraf.",
        "An excerpt of the minutes is printed from one section; choose one section.",
    ),
    "Pöytäkirjanpitäjä puuttuu.": ("Protokollförare saknas.", "The minutes secretary is missing."),
    "Pöytäkirjantarkastajien on oltava kaksi eri henkilöä.": (
        "Protokolljusterarna måste vara två olika personer.",
        "The minutes checkers must be two different people.",
    ),
    "Pöytäkirjat pidetään yleisessä tietoverkossa {low}–{high} päivää (annettu {minutes_online_days}).": (
        "Protokollen hålls i det allmänna datanätet {low}–{high} dagar (angivet: {minutes_online_days}).",
        "Minutes are kept on the public network for {low}–{high} days (given: {minutes_online_days}).",
    ),
    "Sama tieto on jo tallennettu; kaksoiskappaletta ei voi lisätä.": (
        "Samma uppgift är redan sparad; en dubblett kan inte läggas till.",
        "The same information is already saved; a duplicate cannot be added.",
    ),
    (
        "Samalla toimielimellä on jo tämän vuoden asia tällä pykälänumerolla. Pykälänumeron on oltava yksilöllinen "
        "toimielimen ja vuoden sisällä."
    ): (
        (
            "Samma organ har redan ett ärende för detta år med detta paragrafnummer. Paragrafnumret måste vara "
            "unikt inom organet och året."
        ),
        (
            "The same body already has an item this year with this section number. The section number must be "
            "unique within the body and the year."
        ),
    ),
    "Sopimuksella ei ole osapuolia.": ("Avtalet har inga parter.", "The agreement has no parties."),
    "Sopimukselle ei ole merkitty asukaslukujen ajankohtaa.": (
        "Ingen tidpunkt för invånarantalen har angetts för avtalet.",
        "No population reference date has been set for the agreement.",
    ),
    "Sopimuksen kenttää ei voi muuttaa: {unknown}.": (
        "Avtalets fält kan inte ändras: {unknown}.",
        "This field of the agreement cannot be changed: {unknown}.",
    ),
    "Sopimuksen osapuolta ei löytynyt.": ("Avtalsparten hittades inte.", "The party to the agreement was not found."),
    "Sopimuksen osapuolta ei löytynyt; joku on ehkä poistanut sen.": (
        "Avtalsparten hittades inte; någon har kanske tagit bort den.",
        "The party to the agreement was not found; someone may have removed it.",
    ),
    "Sopimuskauden loppu ei voi olla ennen sen alkua.": (
        "Avtalsperiodens slut kan inte vara före dess början.",
        "The end of the agreement term cannot be before its start.",
    ),
    "Sopimusta ei löytynyt.": ("Avtalet hittades inte.", "The agreement was not found."),
    "Sopimusta ”{title}” ei voi poistaa, koska {reasons}. Sopimus kuuluu silloin asiakirjoihin: jos se ei tule "
    "voimaan tai se on päättynyt, merkitse se irtisanotuksi tai perutuksi (Päätä sopimus…).": (
        "Avtalet ”{title}” kan inte tas bort eftersom {reasons}. Avtalet hör då till handlingarna: om det inte träder "
        "i kraft eller har upphört, anteckna det som uppsagt eller återkallat (Avsluta avtalet…).",
        "The agreement “{title}” cannot be removed because {reasons}. It is then part of the records: if it does not "
        "enter into force or has ended, mark it terminated or cancelled (End agreement…).",
    ),
    "sitä koskee pykälä": ("en paragraf gäller det", "a § concerns it"),
    "sitä koskee {count} pykälää": ("{count} paragrafer gäller det", "{count} §§ concern it"),
    "päätöksen tietoja on kirjattu ({names})": (
        "uppgifter om beslut har antecknats ({names})",
        "decisions have been recorded ({names})",
    ),
    "otteiden lähetys tai saapuminen on kirjattu": (
        "att utdrag skickats eller kommit in har antecknats",
        "excerpts sent or received have been recorded",
    ),
    "allekirjoitus on kirjattu": ("en underteckning har antecknats", "a signature has been recorded"),
    "Sopimusta ei löytynyt; joku on ehkä poistanut sen.": (
        "Avtalet hittades inte; någon har kanske tagit bort det.",
        "The agreement was not found; someone may have removed it.",
    ),
    "Sopimusta, jonka nimessä on ”{title}”, ei löytynyt.": (
        "Inget avtal med ”{title}” i namnet hittades.",
        "No agreement with “{title}” in its name was found.",
    ),
    "Sähköpostiosoite {email} ei ole muotoa nimi@esimerkki.fi.": (
        "E-postadressen {email} är inte i formen namn@exempel.fi.",
        "The email address {email} is not of the form name@example.fi.",
    ),
    (
        "Tarkastetulle pöytäkirjalle ({label}) ei ole tallennettu tarkistussummaa; sen muuttumattomuutta ei voi "
        "todeta."
    ): (
        (
            "För det justerade protokollet ({label}) har ingen kontrollsumma sparats; det går inte att konstatera "
            "att det är oförändrat."
        ),
        (
            "No checksum has been saved for the checked minutes ({label}); it cannot be confirmed that they are "
            "unchanged."
        ),
    ),
    (
        "Tarkastetun pöytäkirjan ({label}) sisältö on muuttunut tarkastuksen jälkeen Sihteerin ulkopuolella (suoraan "
        "tietokannassa). Pöytäkirja ei vastaa tarkastettua. Selvitä muutos varmuuskopiosta ja lokista ennen otteiden "
        "antamista."
    ): (
        (
            "Innehållet i det justerade protokollet ({label}) har ändrats efter justeringen utanför Sihteeri "
            "(direkt i databasen). Protokollet motsvarar inte det justerade. Utred ändringen med hjälp av "
            "säkerhetskopian och loggen innan utdrag ges."
        ),
        (
            "The content of the checked minutes ({label}) has been changed after checking outside Sihteeri "
            "(directly in the database). The minutes do not match what was checked. Investigate the change from "
            "the backup and the log before giving excerpts."
        ),
    ),
    "Tarkistetaan arkistoa…": ("Kontrollerar arkivet…", "Verifying the archive…"),
    "Taulu {name}, rivi {number}: {column} viittaa riviin, jota arkistossa ei ole ({target} {value}).": (
        "Tabell {name}, rad {number}: {column} hänvisar till en rad som inte finns i arkivet ({target} {value}).",
        "Table {name}, row {number}: {column} refers to a row that is not in the archive ({target} {value}).",
    ),
    "Taulu {table}, rivi {number}": ("Tabell {table}, rad {number}", "Table {table}, row {number}"),
    "Tiedosto ei ole Sihteerin mallipohja: otsake ({{#- {file_magic} ... -#}}) puuttuu alusta.": (
        "Filen är inte en Sihteeri-mall: huvudet ({{#- {file_magic} ... -#}}) saknas i början.",
        "The file is not a Sihteeri template: the header ({{#- {file_magic} ... -#}}) is missing at the start.",
    ),
    "Tiedosto ei ole Sihteerin mallipohja: otsakkeen ensimmäinen rivi ei ole {file_magic}.": (
        "Filen är inte en Sihteeri-mall: huvudets första rad är inte {file_magic}.",
        "The file is not a Sihteeri template: the first line of the header is not {file_magic}.",
    ),
    "Tiedosto {dump_file} ei ole ehjä PostgreSQL-varmuuskopio.": (
        "Filen {dump_file} är inte en hel PostgreSQL-säkerhetskopia.",
        "The file {dump_file} is not an intact PostgreSQL backup.",
    ),
    "Tiedosto {name} on tyhjä, eikä sitä liitetty.": (
        "Filen {name} är tom och bifogades inte.",
        "The file {name} is empty and was not attached.",
    ),
    (
        "Tiedosto {name} on {megabytes} Mt; liitetiedosto saa olla enintään {value} Mt. Pidä suuri aineisto "
        "asianhallinnassa ja kirjoita liitteen nimi asiaan."
    ): (
        (
            "Filen {name} är {megabytes} MB; en bilagefil får vara högst {value} MB. Håll stort material i "
            "ärendehanteringssystemet och skriv bilagans namn i ärendet."
        ),
        (
            "The file {name} is {megabytes} MB; an attachment file may be at most {value} MB. Keep large material "
            "in the case management system and write the attachment's name in the item."
        ),
    ),
    "Tiedosto {path} ei ole Sihteerin arkisto (se ei ole ehjä zip-tiedosto).": (
        "Filen {path} är inte ett Sihteeri-arkiv (den är inte en hel zip-fil).",
        "The file {path} is not a Sihteeri archive (it is not an intact zip file).",
    ),
    "Tiedosto {path} ei ole Sihteerin arkisto.": (
        "Filen {path} är inte ett Sihteeri-arkiv.",
        "The file {path} is not a Sihteeri archive.",
    ),
    "Tiedosto {path} ei ole Sihteerin tietokanta (se ei ole SQLite-tiedosto).": (
        "Filen {path} är inte en Sihteeri-databas (den är inte en SQLite-fil).",
        "The file {path} is not a Sihteeri database (it is not an SQLite file).",
    ),
    "Tiedosto {path} ei ole Sihteerin tietokanta.": (
        "Filen {path} är inte en Sihteeri-databas.",
        "The file {path} is not a Sihteeri database.",
    ),
    "Tiedosto {path} ei ole Sihteerin tietokanta; varmuuskopiota ei otettu.": (
        "Filen {path} är inte en Sihteeri-databas; ingen säkerhetskopia togs.",
        "The file {path} is not a Sihteeri database; no backup was taken.",
    ),
    "Tiedosto {path} on tyhjä, eikä se ole Sihteerin tietokanta.": (
        "Filen {path} är tom och är inte en Sihteeri-databas.",
        "The file {path} is empty and is not a Sihteeri database.",
    ),
    "Tiedostoa {path} ei voi lukea: {strerror}.": (
        "Filen {path} kan inte läsas: {strerror}.",
        "The file {path} cannot be read: {strerror}.",
    ),
    "Tiedostosta {path} puuttuu manifest.json; se ei ole Sihteerin arkisto.": (
        "Filen {path} saknar manifest.json; den är inte ett Sihteeri-arkiv.",
        "The file {path} has no manifest.json; it is not a Sihteeri archive.",
    ),
    "Tieto ei täytä tietokannan sääntöjä, eikä sitä tallennettu.": (
        "Uppgiften uppfyller inte databasens regler och sparades inte.",
        "The information does not meet the database's rules and was not saved.",
    ),
    "Teksti ”{start}…” on liian pitkä: {count} merkkiä, enintään {limit}. Lyhennä sitä; mitään ei tallennettu.": (
        "Texten ”{start}…” är för lång: {count} tecken, högst {limit}. Förkorta den; ingenting sparades.",
        "The text “{start}…” is too long: {count} characters, at most {limit}. Shorten it; nothing was saved.",
    ),
    "Jokin teksti on liian pitkä tallennettavaksi, eikä mitään tallennettu.": (
        "En text är för lång för att sparas, och ingenting sparades.",
        "A text is too long to be saved, and nothing was saved.",
    ),
    "Jokin luku on liian suuri tallennettavaksi, eikä mitään tallennettu.": (
        "Ett tal är för stort för att sparas, och ingenting sparades.",
        "A number is too large to be saved, and nothing was saved.",
    ),
    "Tieto ei kelpaa tietokantaan, eikä mitään tallennettu.": (
        "Uppgiften kan inte sparas i databasen, och ingenting sparades.",
        "The information cannot be stored in the database, and nothing was saved.",
    ),
    "Tietoa ei voi poistaa tai muuttaa, koska muut tiedot viittaavat siihen.": (
        "Uppgiften kan inte tas bort eller ändras eftersom andra uppgifter hänvisar till den.",
        "The information cannot be removed or changed because other information refers to it.",
    ),
    "Tietokannan osoitetta ei voi käyttää: {exc}": (
        "Databasens adress kan inte användas: {exc}",
        "The database address cannot be used: {exc}",
    ),
    (
        "Tietokannan osoitetta ”{text}” ei ymmärretä. Anna tiedostopolku tai osoite muodossa "
        "postgresql+psycopg://käyttäjä@palvelin/tietokanta."
    ): (
        (
            "Databasadressen ”{text}” förstås inte. Ange en filsökväg eller en adress i formen "
            "postgresql+psycopg://användare@server/databas."
        ),
        (
            "The database address “{text}” is not understood. Give a file path or an address of the form "
            "postgresql+psycopg://user@server/database."
        ),
    ),
    "Tietokannassa ei ole vielä omaa organisaatiota; tee ensin käyttöönotto.": (
        "Databasen har ännu ingen egen organisation; gör först ibruktagningen.",
        "The database has no home organisation yet; do the setup first.",
    ),
    "Omaa organisaatiota ei löydy; se on ehkä poistettu tai se ei ole oma organisaatio.": (
        "Den egna organisationen hittas inte; den kan ha tagits bort eller så är den inte en egen organisation.",
        "The home organisation is not found; it may have been removed, or it is not a home organisation.",
    ),
    "Tietokannassa on jo toinen organisaatio nimeltä {name} (esimerkiksi sopimuksen osapuolena).": (
        "Databasen har redan en annan organisation med namnet {name} (till exempel som avtalspart).",
        "The database already has another organisation named {name} (for example as a party to an agreement).",
    ),
    "Tietokannassa on useita rakenneversioita ({value}).": (
        "Databasen har flera strukturversioner ({value}).",
        "The database has several schema versions ({value}).",
    ),
    (
        "Tietokannassa {description} on jo tietoja. Arkiston voi tuoda vain tyhjään Sihteerin tietokantaan; anna uusi "
        "tiedosto tai tyhjä tietokanta."
    ): (
        (
            "Databasen {description} innehåller redan uppgifter. Arkivet kan importeras endast till en tom "
            "Sihteeri-databas; ange en ny fil eller en tom databas."
        ),
        (
            "The database {description} already contains data. The archive can be imported only into an empty "
            "Sihteeri database; give a new file or an empty database."
        ),
    ),
    "Tietokannasta ei saatu varmuuskopiota ennen sen päivitystä, joten sitä ei päivitetty. {warnings}": (
        (
            "Det gick inte att ta en säkerhetskopia av databasen före uppdateringen, så den uppdaterades inte. "
            "{warnings}"
        ),
        "A backup of the database could not be taken before its upgrade, so it was not upgraded. {warnings}",
    ),
    "Tietokanta on toisen ohjelman lukitsema. Odota hetki ja yritä uudelleen.": (
        "Databasen är låst av ett annat program. Vänta en stund och försök igen.",
        "The database is locked by another program. Wait a moment and try again.",
    ),
    (
        "Tietokanta {database} on tehty uudemmalla Sihteerin versiolla (rakenneversio {rev}). Päivitä Sihteeri; "
        "tietokantaan ei koskettu."
    ): (
        (
            "Databasen {database} har skapats med en nyare version av Sihteeri (strukturversion {rev}). Uppdatera "
            "Sihteeri; databasen lämnades orörd."
        ),
        (
            "The database {database} was made with a newer version of Sihteeri (schema version {rev}). Update "
            "Sihteeri; the database was not touched."
        ),
    ),
    "Tietokanta {database} on vanhempaa rakenneversiota ({rev}).": (
        "Databasen {database} har en äldre strukturversion ({rev}).",
        "The database {database} has an older schema version ({rev}).",
    ),
    "Tietokanta {path} on vioittunut.": ("Databasen {path} är skadad.", "The database {path} is damaged."),
    "Tietokanta {what} on vioittunut. Palauta se varmuuskopiosta.": (
        "Databasen {what} är skadad. Återställ den från en säkerhetskopia.",
        "The database {what} is damaged. Restore it from a backup.",
    ),
    "Tietokantaa {path} ei löydy.": ("Databasen {path} hittas inte.", "The database {path} cannot be found."),
    "Tietokantaa {path} ei ole olemassa.": ("Databasen {path} finns inte.", "The database {path} does not exist."),
    "Tietokantaa {path} ei ole olemassa; varmuuskopiota ei otettu.": (
        "Databasen {path} finns inte; ingen säkerhetskopia togs.",
        "The database {path} does not exist; no backup was taken.",
    ),
    "Tietokantaan {what} ei voi tallentaa: tiedosto tai sen kansio on kirjoitussuojattu. Poista "
    "kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.": (
        "Det går inte att spara i databasen {what}: filen eller dess mapp är skrivskyddad. Ta bort skrivskyddet "
        "eller kopiera filen till en mapp där du kan spara och öppna kopian.",
        "The database {what} cannot be saved to: the file or its folder is write-protected. Remove the write "
        "protection, or copy the file to a folder you can save in and open the copy.",
    ),
    "Tietokantatiedosto {path} on kirjoitussuojattu, eikä Sihteeri voi käyttää sitä. Poista kirjoitussuojaus "
    "tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.": (
        "Databasfilen {path} är skrivskyddad och Sihteeri kan inte använda den. Ta bort skrivskyddet eller "
        "kopiera filen till en mapp där du kan spara och öppna kopian.",
        "The database file {path} is write-protected, and Sihteeri cannot use it. Remove the write protection, or "
        "copy the file to a folder you can save in and open the copy.",
    ),
    "Tietokantatiedoston {path} kansio on kirjoitussuojattu, eikä Sihteeri voi käyttää tiedostoa siinä (se "
    "tarvitsee tiedoston viereen aputiedostot). Kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.": (
        "Mappen för databasfilen {path} är skrivskyddad och Sihteeri kan inte använda filen där (den behöver "
        "hjälpfiler bredvid filen). Kopiera filen till en mapp där du kan spara och öppna kopian.",
        "The folder of the database file {path} is write-protected, and Sihteeri cannot use the file there (it "
        "needs helper files beside it). Copy the file to a folder you can save in and open the copy.",
    ),
    "Tietokantaan {what} ei saada yhteyttä. Tarkista osoite, verkkoyhteys ja käyttöoikeudet.": (
        (
            "Det går inte att få kontakt med databasen {what}. Kontrollera adressen, nätverksanslutningen och "
            "behörigheterna."
        ),
        "Cannot connect to the database {what}. Check the address, the network connection and the access rights.",
    ),
    "Tietokantapalvelin {what} ei hyväksynyt salasanaa.": (
        "Databasservern {what} godkände inte lösenordet.",
        "The database server {what} did not accept the password.",
    ),
    "Tietokannan {what} käyttäjätunnuksella ei ole oikeutta Sihteerin tietoihin (palvelin: {reason}). Pyydä "
    "tietohallintoa antamaan tunnukselle luku- ja kirjoitusoikeudet tietokannan kaikkiin tauluihin ja sekvensseihin "
    "tai käytä tietokannan omistajan tunnusta.": (
        "Användarnamnet för databasen {what} har inte rätt till Sihteeris uppgifter (servern: {reason}). Be "
        "IT-förvaltningen ge användarnamnet läs- och skrivrättigheter till alla tabeller och sekvenser i databasen, "
        "eller använd databasägarens användarnamn.",
        "The user name of the database {what} has no privileges on Sihteeri's data (the server: {reason}). Ask IT "
        "to grant it read and write privileges on all tables and sequences of the database, or use the database "
        "owner's user name.",
    ),
    "Tietokannan {what} rakenne pitää päivittää tämän Sihteerin versioon, ja päivitykseen tarvitaan tietokannan "
    "omistajan tunnus (palvelin: {reason}). Tietokantaan ei koskettu. Pyydä tietohallintoa avaamaan tietokanta "
    "kerran omistajan tunnuksella.": (
        "Strukturen i databasen {what} måste uppdateras till denna version av Sihteeri, och uppdateringen kräver "
        "databasägarens användarnamn (servern: {reason}). Databasen ändrades inte. Be IT-förvaltningen öppna "
        "databasen en gång med ägarens användarnamn.",
        "The structure of the database {what} must be upgraded to this version of Sihteeri, and the upgrade needs "
        "the database owner's user name (the server: {reason}). The database was not touched. Ask IT to open the "
        "database once with the owner's user name.",
    ),
    "Tietokantapalvelin {what} pyytää salasanan.": (
        "Databasservern {what} begär ett lösenord.",
        "The database server {what} asks for a password.",
    ),
    (
        "Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Tiedostoon ei ole koskettu; palauta tietokanta "
        "varmuuskopiosta."
    ): (
        (
            "Databasfilen {path} är skadad och kan inte öppnas. Filen har inte rörts; återställ databasen från en "
            "säkerhetskopia."
        ),
        (
            "The database file {path} is damaged and cannot be opened. The file has not been touched; restore the "
            "database from a backup."
        ),
    ),
    "Tietokantatyyppiä ”{backend_name}” ei tueta. Käytä SQLitea (tiedosto) tai PostgreSQLia.": (
        "Databastypen ”{backend_name}” stöds inte. Använd SQLite (fil) eller PostgreSQL.",
        "The database type “{backend_name}” is not supported. Use SQLite (a file) or PostgreSQL.",
    ),
    (
        "Toimielimelle {body} ei ole merkitty ylempää toimielintä, jolle oikaisuvaatimus tehdään; merkitse se "
        "toimielimen tietoihin."
    ): (
        (
            "Organet {body} har inget överordnat organ angett som begäran om omprövning ska framställas till; "
            "ange det i organets uppgifter."
        ),
        (
            "The body {body} has no higher body set to which the rectification request is made; set it in the "
            "body's details."
        ),
    ),
    "Toimielimellä ei ole kokouspäivänä jäseniä; päätösvaltaisuutta ei voi todeta.": (
        "Organet har inga ledamöter på mötesdagen; beslutförheten kan inte konstateras.",
        "The body has no members on the meeting day; it cannot be established whether the meeting is quorate.",
    ),
    "Toimielimellä on jo puheenjohtaja. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.": (
        "Organet har redan en ordförande. Avsluta hens medlemskap eller byt hens roll först.",
        "The body already has a chair. End their membership or change their role first.",
    ),
    "Toimielimellä on jo samana vuonna kokous tällä numerolla.": (
        "Organet har redan ett möte med detta nummer samma år.",
        "The body already has a meeting with this number in the same year.",
    ),
    "Toimielimellä {body} ei ole kokousta {day}.{month}.{year}.": (
        "Organet {body} har inget möte {day}.{month}.{year}.",
        "The body {body} has no meeting on {day}.{month}.{year}.",
    ),
    "Toimielimellä {body} ei ole tarkastettuja pöytäkirjoja vuodelta {year}.": (
        "Organet {body} har inga justerade protokoll från år {year}.",
        "The body {body} has no checked minutes from {year}.",
    ),
    "Toimielimellä {body} on jo kokous {number}/{year}.{swap}": (
        "Organet {body} har redan mötet {number}/{year}.{swap}",
        "The body {body} already has meeting {number}/{year}.{swap}",
    ),
    "Toimielimen nimi puuttuu.": ("Organets namn saknas.", "The body's name is missing."),
    "Toimielimen puheenjohtaja on {person}. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.": (
        "Organets ordförande är {person}. Avsluta hens medlemskap eller byt hens roll först.",
        "The chair of the body is {person}. End their membership or change their role first.",
    ),
    "Toimielin ei voi olla oma yläpuolinen toimielimensä.": (
        "Ett organ kan inte vara sitt eget överordnade organ.",
        "A body cannot be the body above itself.",
    ),
    "Toimielintä ei löydy.": ("Organet hittades inte.", "The body was not found."),
    "Toimielintä {body!r} ei löytynyt.": ("Organet {body!r} hittades inte.", "The body {body!r} was not found."),
    "Toimielintä {missing} ei ole tietokannassa. Toimielimet: {names}.": (
        "Organet {missing} finns inte i databasen. Organ: {names}.",
        "The body {missing} is not in the database. Bodies: {names}.",
    ),
    "Tulostuskieli {language!r} ei ole tuettu; valitse fi (suomi) tai sv (ruotsi).": (
        "Utskriftsspråket {language!r} stöds inte; välj fi (finska) eller sv (svenska).",
        "The print language {language!r} is not supported; choose fi (Finnish) or sv (Swedish).",
    ),
    "Tuntematon hallinto-oikeus {court!r}; vaihtoehdot: {administrative}.": (
        "Okänd förvaltningsdomstol {court!r}; alternativ: {administrative}.",
        "Unknown administrative court {court!r}; options: {administrative}.",
    ),
    "Tuntematon oikaistava kohta: {field}.": ("Okänd punkt att rätta: {field}.", "Unknown part to rectify: {field}."),
    "Tuodaan taulua {table}…": ("Importerar tabellen {table}…", "Importing table {table}…"),
    "Useamman kokouksen asiakirjana voi tulostaa vain pöytäkirjat.": (
        "Som handling för flera möten kan endast protokoll skrivas ut.",
        "Only minutes can be printed as a document covering several meetings.",
    ),
    "Vain tarkastetun pöytäkirjan voi merkitä julkaistuksi.": (
        "Endast ett justerat protokoll kan markeras som publicerat.",
        "Only checked minutes can be marked as published.",
    ),
    "Vain varajäsen voi olla jonkun jäsenen henkilökohtainen varajäsen.": (
        "Endast en ersättare kan vara personlig ersättare för en ledamot.",
        "Only a deputy member can be a member's personal deputy.",
    ),
    "Valitse kaksi pöytäkirjantarkastajaa.": ("Välj två protokolljusterare.", "Choose two minutes checkers."),
    "Valitse osapuolet, joille ote lähetettiin.": (
        "Välj de parter som utdraget skickades till.",
        "Choose the parties the excerpt was sent to.",
    ),
    "Valitse pykälä joko numerolla tai diaarinumerolla.": (
        "Välj paragrafen antingen med nummer eller med diarienummer.",
        "Choose the section either by number or by diary number.",
    ),
    "Valitse, miten ote lähetettiin vastaanottajalle {recipient}.": (
        "Välj hur utdraget skickades till mottagaren {recipient}.",
        "Choose how the excerpt was sent to the recipient {recipient}.",
    ),
    "Valittua pykälää ei löytynyt tästä kokouksesta.": (
        "Den valda paragrafen hittades inte i detta möte.",
        "The chosen section was not found in this meeting.",
    ),
    "Varmuuskopio {final} ei ollut ehjä, eikä sitä tallennettu. {problem}": (
        "Säkerhetskopian {final} var inte hel och sparades inte. {problem}",
        "The backup {final} was not intact and was not saved. {problem}",
    ),
    "Varmuuskopio {path} on muuttunut tai vioittunut (tarkiste ei täsmää).": (
        "Säkerhetskopian {path} har ändrats eller skadats (kontrollsumman stämmer inte).",
        "The backup {path} has changed or is damaged (the checksum does not match).",
    ),
    "Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.": (
        "Säkerhetskopian {path} har gjorts med en nyare version av Sihteeri.",
        "The backup {path} was made with a newer version of Sihteeri.",
    ),
    "Varmuuskopio {path} on vioittunut ({check}).": (
        "Säkerhetskopian {path} är skadad ({check}).",
        "The backup {path} is damaged ({check}).",
    ),
    "Varmuuskopio {path} on vioittunut: {exc}.": (
        "Säkerhetskopian {path} är skadad: {exc}.",
        "The backup {path} is damaged: {exc}.",
    ),
    "Varmuuskopiokansioon {folder} ei ole kirjoitusoikeutta; sinne ei otettu varmuuskopiota.": (
        "Det finns ingen skrivbehörighet till mappen för säkerhetskopior {folder}; ingen säkerhetskopia togs där.",
        "There is no write permission to the backup folder {folder}; no backup was taken there.",
    ),
    (
        "Varmuuskopiokansiossa {folder} ei ole tilaa ({free} Mt vapaana, tarvitaan {needed} Mt). Vanhat varmuuskopiot "
        "ovat ennallaan."
    ): (
        (
            "Det finns inte utrymme i mappen för säkerhetskopior {folder} ({free} MB ledigt, {needed} MB behövs). "
            "De gamla säkerhetskopiorna är oförändrade."
        ),
        (
            "The backup folder {folder} has no room ({free} MB free, {needed} MB needed). The old backups are "
            "unchanged."
        ),
    ),
    (
        "Varmuuskopiokansiossa {folder} ei ole tilaa, eikä uutta varmuuskopiota voitu tallentaa sinne. Vanhat "
        "varmuuskopiot ovat ennallaan. Vapauta levytilaa."
    ): (
        (
            "Det finns inte utrymme i mappen för säkerhetskopior {folder}, och den nya säkerhetskopian kunde inte "
            "sparas där. De gamla säkerhetskopiorna är oförändrade. Frigör diskutrymme."
        ),
        (
            "The backup folder {folder} has no room, and the new backup could not be saved there. The old backups "
            "are unchanged. Free up disk space."
        ),
    ),
    (
        "Varmuuskopiokansiota {folder} ei löydy (onko verkkolevy tai muistitikku kiinni?). Sinne ei otettu "
        "varmuuskopiota."
    ): (
        (
            "Mappen för säkerhetskopior {folder} hittas inte (är nätverksenheten eller USB-minnet anslutet?). "
            "Ingen säkerhetskopia togs där."
        ),
        (
            "The backup folder {folder} was not found (is the network drive or USB stick connected?). No backup "
            "was taken there."
        ),
    ),
    "Varmuuskopiokansiota {folder} ei voi luoda: {strerror}.": (
        "Mappen för säkerhetskopior {folder} kan inte skapas: {strerror}.",
        "The backup folder {folder} cannot be created: {strerror}.",
    ),
    "Varmuuskopion {final} rivimäärät eivät vastanneet tietokantaa, eikä sitä tallennettu.": (
        "Radantalen i säkerhetskopian {final} motsvarade inte databasen, och den sparades inte.",
        "The row counts of the backup {final} did not match the database, and it was not saved.",
    ),
    "Varmuuskopion {path} kuvaustiedosto puuttuu tai on vioittunut.": (
        "Beskrivningsfilen för säkerhetskopian {path} saknas eller är skadad.",
        "The description file of the backup {path} is missing or damaged.",
    ),
    "Varmuuskopion {path} rivimäärät eivät täsmää sen kuvaukseen.": (
        "Radantalen i säkerhetskopian {path} stämmer inte med dess beskrivning.",
        "The row counts of the backup {path} do not match its description.",
    ),
    "Varmuuskopiota ei palautettu: {problem}": (
        "Säkerhetskopian återställdes inte: {problem}",
        "The backup was not restored: {problem}",
    ),
    "Varmuuskopiota ei voitu palauttaa: {exc}.": (
        "Säkerhetskopian kunde inte återställas: {exc}.",
        "The backup could not be restored: {exc}.",
    ),
    "Varmuuskopiota ei voitu tallentaa kansioon {folder}: {exc}.": (
        "Säkerhetskopian kunde inte sparas i mappen {folder}: {exc}.",
        "The backup could not be saved in the folder {folder}: {exc}.",
    ),
    "Varmuuskopiota {path} ei voi lukea: {strerror}.": (
        "Säkerhetskopian {path} kan inte läsas: {strerror}.",
        "The backup {path} cannot be read: {strerror}.",
    ),
    "Vastaanottaja {recipient} ei voi saada otetta ennen sen lähettämistä.": (
        "Mottagaren {recipient} kan inte få utdraget innan det har skickats.",
        "The recipient {recipient} cannot receive the excerpt before it has been sent.",
    ),
    "Vastaanottajaa ei löydy.": ("Mottagaren hittades inte.", "The recipient was not found."),
    "Viedään taulua {table}…": ("Exporterar tabellen {table}…", "Exporting table {table}…"),
    "Yläpuolisen toimielimen {parent} on oltava saman organisaation.": (
        "Det överordnade organet {parent} måste höra till samma organisation.",
        "The body above, {parent}, must belong to the same organisation.",
    ),
    "arvo kasvoi yli {limit} merkin": (
        "värdet blev längre än {limit} tecken",
        "the value grew beyond {limit} characters",
    ),
    "asiaan ei ole liitetty sopimusta (Kokous › Liitä sopimukseen…)": (
        "ärendet har inte kopplats till något avtal (Möte › Koppla till avtal…)",
        "the item is not linked to an agreement (Meeting › Link to agreement…)",
    ),
    "asialle ei ole merkitty esittelijää (asian kenttä Esittelijä)": (
        "ingen föredragande har antecknats för ärendet (ärendets fält Föredragande)",
        "no presenter has been recorded for the item (the item's field Presenter)",
    ),
    "asialle ei ole merkitty valmistelijaa (asian kenttä Valmistelija)": (
        "ingen beredare har antecknats för ärendet (ärendets fält Beredare)",
        "no preparer has been recorded for the item (the item's field Preparer)",
    ),
    "asukasluvun mukaan": ("enligt invånarantal", "by population"),
    "kenoviiva nimessä": ("omvänt snedstreck i namnet", "backslash in the name"),
    "kenttä ”{name}”": ("fältet ”{name}”", "the field “{name}”"),
    "kiinteillä osuuksilla": ("med fasta andelar", "in fixed shares"),
    "kirjoitusvirhe": ("skrivfel", "syntax error"),
    "lohkoja ({{% block %}})": ("block ({{% block %}})", "blocks ({{% block %}})"),
    "luku kasvoi liian suureksi": ("talet blev för stort", "a number grew too large"),
    "makroja ({{% macro %}})": ("makron ({{% macro %}})", "macros ({{% macro %}})"),
    "mallipohja loppuu kesken (sulkeva }}}} tai %}} puuttuu?)": (
        "mallen tar slut i förtid (saknas en avslutande }}}} eller %}}?)",
        "the template ends too early (is a closing }}}} or %}} missing?)",
    ),
    "mallipohja loppuu kesken: {{% {tag} %}} puuttuu": (
        "mallen tar slut i förtid: {{% {tag} %}} saknas",
        "the template ends too early: {{% {tag} %}} is missing",
    ),
    "mallipohjan täyttäminen kesti liian kauan (yli aikarajan)": (
        "ifyllningen av mallen tog för lång tid (över tidsgränsen)",
        "filling in the template took too long (over the time limit)",
    ),
    "merkkijonon lainausmerkki jäi sulkematta": (
        "citattecknet i en teckensträng stängdes inte",
        "a string's quotation mark was not closed",
    ),
    "odotettiin ”{expected}”": ("”{expected}” förväntades", "expected “{expected}”"),
    "odotettiin ”{expected}”, mutta tuli ”{found}”": (
        "”{expected}” förväntades, men det kom ”{found}”",
        "expected “{expected}”, but got “{found}”",
    ),
    "odottamaton merkki ”{char}”": ("oväntat tecken ”{char}”", "unexpected character “{char}”"),
    "periytymistä ({{% extends %}})": ("arv ({{% extends %}})", "inheritance ({{% extends %}})"),
    "potenssi on liian suuri": ("potensen är för stor", "the power is too large"),
    "range() saa tuottaa enintään {limit} lukua": (
        "range() får ge högst {limit} tal",
        "range() may produce at most {limit} numbers",
    ),
    "silmukoita kierrettiin yli {rounds} kertaa": (
        "slingorna genomlöptes över {rounds} gånger",
        "loops ran more than {rounds} times",
    ),
    "sopimukselle ei ole merkitty koordinoivaa organisaatiota": (
        "ingen koordinerande organisation har antecknats för avtalet",
        "no coordinating organisation has been recorded for the agreement",
    ),
    "tapauksen tietoja ei voi muuttaa": ("ärendets uppgifter kan inte ändras", "the case data cannot be changed"),
    "tasan": ("jämnt", "equally"),
    "teksti kasvoi yli {limit} merkin": (
        "texten blev längre än {limit} tecken",
        "the text grew beyond {limit} characters",
    ),
    (
        "toimielimelle {body} ei ole merkitty ylempää toimielintä (Asetukset › Toimielimet › Muokkaa… › "
        "Yläpuolinen toimielin)"
    ): (
        "inget överordnat organ har antecknats för organet {body} (Inställningar › Organ › Redigera… › "
        "Överordnat organ)",
        "no body above has been recorded for the body {body} (Settings › Bodies › Edit… › Body above)",
    ),
    "toisten mallipohjien liittämistä ({{% include %}})": (
        "infogning av andra mallar ({{% include %}})",
        "including other templates ({{% include %}})",
    ),
    "tuntematon komento ”{name}”": ("okänt kommando ”{name}”", "unknown command “{name}”"),
    "tuntematon suodatin ”{name}”": ("okänt filter ”{name}”", "unknown filter “{name}”"),
    "tuntematon testi ”{name}”": ("okänt test ”{name}”", "unknown test “{name}”"),
    "tuntematon virhe": ("okänt fel", "unknown error"),
    "tuonteja ({{% from ... import %}})": ("importer ({{% from ... import %}})", "imports ({{% from ... import %}})"),
    "tuonteja ({{% import %}})": ("importer ({{% import %}})", "imports ({{% import %}})"),
    "tyhjä tai virheellinen nimi": ("tomt eller felaktigt namn", "empty or invalid name"),
    "virhe täytössä ({error})": ("fel vid ifyllningen ({error})", "error while filling in ({error})"),
    "{attachment}: PDF-tiedosto on suojattu salasanalla.": (
        "{attachment}: PDF-filen är skyddad med lösenord.",
        "{attachment}: the PDF file is protected with a password.",
    ),
    "{attachment}: PDF-tiedostoa ei voi lukea ({error}).": (
        "{attachment}: PDF-filen kan inte läsas ({error}).",
        "{attachment}: the PDF file cannot be read ({error}).",
    ),
    "{attachment}: PDF-tiedostossa ei ole sivuja.": (
        "{attachment}: PDF-filen har inga sidor.",
        "{attachment}: the PDF file has no pages.",
    ),
    "{attachment}: tiedosto {name} ei ole PDF-tiedosto.": (
        "{attachment}: filen {name} är inte en PDF-fil.",
        "{attachment}: the file {name} is not a PDF file.",
    ),
    "{attachment}: vain nimi, ei tiedostoa.": (
        "{attachment}: endast namn, ingen fil.",
        "{attachment}: a title only, no file.",
    ),
    "{attachment}: {problem}": ("{attachment}: {problem}", "{attachment}: {problem}"),
    "{database} on tyhjä, eikä se ole Sihteerin tietokanta.": (
        "{database} är tom och är inte Sihteeris databas.",
        "{database} is empty and is not a Sihteeri database.",
    ),
    "{database} sisältää jo muita tietoja, eikä se ole Sihteerin tietokanta. Sitä ei muutettu.": (
        "{database} innehåller redan andra uppgifter och är inte Sihteeris databas. Den ändrades inte.",
        "{database} already holds other data and is not a Sihteeri database. It was not changed.",
    ),
    "{filled}/{seats} (vähintään {required}) – EI päätösvaltainen": (
        "{filled}/{seats} (minst {required}) – INTE beslutfört",
        "{filled}/{seats} (at least {required}) – NOT quorate",
    ),
    "{filled}/{seats} (vähintään {required}) – päätösvaltainen": (
        "{filled}/{seats} (minst {required}) – beslutfört",
        "{filled}/{seats} (at least {required}) – quorate",
    ),
    "{folder} ei ole kansio; sinne ei otettu varmuuskopiota.": (
        "{folder} är inte en mapp; ingen säkerhetskopia togs där.",
        "{folder} is not a folder; no backup was taken there.",
    ),
    "{names} ei osallistu asian {section_label} käsittelyyn eikä voi äänestää.": (
        "{names} deltar inte i behandlingen av ärendet {section_label} och kan inte rösta.",
        "{names} does not take part in handling the item {section_label} and cannot vote.",
    ),
    "{name} on jo toimielimen {body} jäsen {term_start}.": (
        "{name} är redan ledamot i organet {body} den {term_start}.",
        "{name} is already a member of the body {body} on {term_start}.",
    ),
    "{organisation} ei ole sopimuksen osapuoli": (
        "{organisation} är inte part i avtalet",
        "{organisation} is not a party to the agreement",
    ),
    "{organisation} on jo sopimuksen osapuoli.": (
        "{organisation} är redan part i avtalet.",
        "{organisation} is already a party to the agreement.",
    ),
    "{parent} on jo toimielimen {name} alainen.": (
        "{parent} är redan underordnat organet {name}.",
        "{parent} is already under the body {name}.",
    ),
    "{path} on kansio, ei tietokantatiedosto.": (
        "{path} är en mapp, inte en databasfil.",
        "{path} is a folder, not a database file.",
    ),
    "{person} on jo merkitty esteelliseksi asiassa {section_label}.": (
        "{person} har redan antecknats som jävig i ärendet {section_label}.",
        "{person} is already recorded as disqualified in the item {section_label}.",
    ),
    "{problem} Ehjää varmuuskopiota ei löytynyt kansiosta {folder}.": (
        "{problem} Ingen hel säkerhetskopia hittades i mappen {folder}.",
        "{problem} No intact backup was found in the folder {folder}.",
    ),
    "{problem} Tiedostoon ei ole koskettu.": (
        "{problem} Filen har inte rörts.",
        "{problem} The file has not been touched.",
    ),
    "{problem} Verkkojulkaisua ei tehty.": (
        "{problem} Publiceringen på nätet gjordes inte.",
        "{problem} The web publication was not made.",
    ),
    "{problem} Verkkojulkaisun merkintöjä ei muutettu.": (
        "{problem} Markeringarna för publicering på nätet ändrades inte.",
        "{problem} The marks for publishing online were not changed.",
    ),
    "{problem}. Suodattimet: {filters}": ("{problem}. Filter: {filters}", "{problem}. Filters: {filters}"),
    "{what} ei onnistunut: {problem}": ("{what} misslyckades: {problem}", "{what} failed: {problem}"),
    "{where} on virheellinen.": ("{where} är felaktig.", "{where} is invalid."),
    "{where}: arkistosta puuttuu liitetiedosto {value}.": (
        "{where}: bilagefilen {value} saknas i arkivet.",
        "{where}: the attachment file {value} is missing from the archive.",
    ),
    "{where}: jako nollalla.": ("{where}: division med noll.", "{where}: division by zero."),
    (
        "{where}: mallipohja yritti käyttää kiellettyä ominaisuutta ({security_text}). Mallipohja voi lukea vain "
        "asian tietoja."
    ): (
        (
            "{where}: mallen försökte använda en förbjuden funktion ({security_text}). Mallen kan endast läsa "
            "ärendets uppgifter."
        ),
        (
            "{where}: the template tried to use a forbidden feature ({security_text}). A template can only read "
            "the item's data."
        ),
    ),
    "{where}: muuttujalla ”{owner}” ei ole kenttää ”{exc}”. Sen kentät: {value}.": (
        "{where}: variabeln ”{owner}” har inget fält ”{exc}”. Dess fält: {value}.",
        "{where}: the variable “{owner}” has no field “{exc}”. Its fields: {value}.",
    ),
    "{where}: sarake {column_name} ei saa olla tyhjä.": (
        "{where}: kolumnen {column_name} får inte vara tom.",
        "{where}: the column {column_name} must not be empty.",
    ),
    "{where}: sarakkeen {column_name} arvo {value!r} ei kelpaa.": (
        "{where}: värdet {value!r} i kolumnen {column_name} är inte giltigt.",
        "{where}: the value {value!r} in the column {column_name} is not valid.",
    ),
    (
        "{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif "
        "%}} tai täydennä asian tiedot."
    ): (
        (
            "{where}: uppgiften ”{owner}.{exc}” finns inte, eftersom {reason}. Avgränsa stället med villkoret {{% "
            "if {owner} %}} ... {{% endif %}} eller komplettera ärendets uppgifter."
        ),
        (
            "{where}: the data “{owner}.{exc}” does not exist because {reason}. Enclose the passage in the "
            "condition {{% if {owner} %}} ... {{% endif %}} or complete the item's data."
        ),
    ),
    "{where}: tuntematon muuttuja ”{exc}”. Käytettävissä olevat muuttujat: {available}.": (
        "{where}: okänd variabel ”{exc}”. Tillgängliga variabler: {available}.",
        "{where}: unknown variable “{exc}”. Available variables: {available}.",
    ),
    "{where}: tuntematon sarake {extra}.": ("{where}: okänd kolumn {extra}.", "{where}: unknown column {extra}."),
    "{where}: virhe arvon käsittelyssä: {exc}.": (
        "{where}: fel vid behandlingen av ett värde: {exc}.",
        "{where}: error while handling a value: {exc}.",
    ),
    "{where}: {limit}. Täyttäminen keskeytettiin.": (
        "{where}: {limit}. Ifyllningen avbröts.",
        "{where}: {limit}. Filling in was stopped.",
    ),
    "{where}: {syntax_message}.": ("{where}: {syntax_message}.", "{where}: {syntax_message}."),
    "{where}: {text}.": ("{where}: {text}.", "{where}: {text}."),
    (
        "{where}: ”{owner}” on luettelo, jolla ei ole kenttää ”{exc}”. Käy luettelo läpi silmukalla {{% for x in … "
        "%}} tai käytä suodatinta join_fi."
    ): (
        (
            "{where}: ”{owner}” är en lista som inte har fältet ”{exc}”. Gå igenom listan med slingan {{% for x "
            "in … %}} eller använd filtret join_fi."
        ),
        (
            "{where}: “{owner}” is a list, which has no field “{exc}”. Go through the list with the loop {{% for "
            "x in … %}} or use the filter join_fi."
        ),
    ),
    "{{% call %}}-lohkoja": ("{{% call %}}-block", "{{% call %}} blocks"),
    "Äänestyksen tulos on joko jaa- tai ei-ehdotus.": (
        "Omröstningens resultat är antingen ja- eller nej-förslaget.",
        "The result of a vote is either the yes or the no proposal.",
    ),
    (
        "Äänestyksen {round} tulos on jo ratkaistu ({result_text}); tallenna äänestys uudelleen, jos äänet on "
        "kirjattu väärin."
    ): (
        (
            "Resultatet av omröstning {round} är redan avgjort ({result_text}); spara omröstningen på nytt om "
            "rösterna har antecknats fel."
        ),
        (
            "The result of vote {round} is already decided ({result_text}); save the vote again if the votes were "
            "recorded wrongly."
        ),
    ),
    "Äänestyksen {round} tulos puuttuu (äänet menivät tasan).": (
        "Resultatet av omröstning {round} saknas (rösterna föll lika).",
        "The result of vote {round} is missing (the votes were tied).",
    ),
    "Äänestystä ei löydy.": ("Omröstningen hittades inte.", "The vote was not found."),
    "”{value}” ei ole euromäärä.": ("”{value}” är inte ett eurobelopp.", "“{value}” is not a euro amount."),
    "Euromäärä ”{value}” on liian suuri (enintään 999 999 999 999,99 €).": (
        "Eurobeloppet ”{value}” är för stort (högst 999 999 999 999,99 €).",
        "The euro amount “{value}” is too large (at most €999,999,999,999.99).",
    ),
    # --- agreements: linked decisions, reminders, amounts
    "Pykälä {item_label} vain valmistelee asian toiselle toimielimelle, joten se ei ole osapuolen päätös. Liitä se "
    "sopimukseen pääikkunassa (Kokous → Liitä sopimukseen…) ja linkitä osapuolen päätökseksi päättävän toimielimen "
    "pykälä.": (
        "Paragrafen {item_label} bereder endast ärendet för ett annat organ, så den är inte partens beslut. Koppla "
        "den till avtalet i huvudfönstret (Möte → Koppla till avtal…) och länka det beslutande organets paragraf "
        "som partens beslut.",
        "Section {item_label} only prepares the matter for another body, so it is not the party's decision. "
        "Link it to the agreement in the main window (Meeting → Link to agreement…) and link the deciding "
        "body's section as the party's decision.",
    ),
    "Pykälä {item_label} on jo osapuolen {organisation} päätös sopimuksesta {value}.": (
        "Paragrafen {item_label} är redan partens {organisation} beslut om avtalet {value}.",
        "Section {item_label} is already the decision of the party {organisation} on the agreement {value}.",
    ),
    "Osapuolen {organisation} päätös on linkitetty pykälään, joten tila päätellään pykälän päätöksestä. Poista "
    "linkitys ennen kuin kirjaat tilan käsin.": (
        "Partens {organisation} beslut är länkat till en paragraf, så läget härleds av paragrafens beslut. Ta "
        "bort länken innan du antecknar läget för hand.",
        "The decision of the party {organisation} is linked to a section, so its state follows the section's "
        "decision. Remove the link before recording the state by hand.",
    ),
    "Pykälä on osapuolen {organisation} päätös sopimuksesta {value}; sitä ei voi liittää toiseen sopimukseen. "
    "Poista ensin sen linkitys sopimusrekisterissä.": (
        "Paragrafen är partens {organisation} beslut om avtalet {value}; den kan inte kopplas till ett annat avtal. "
        "Ta först bort länken i avtalsregistret.",
        "The section is the decision of the party {organisation} on the agreement {value}; it cannot be attached "
        "to another agreement. First remove its link in the agreement register.",
    ),
    "Asia {section} on osapuolen {organisation} päätös sopimuksesta {value}, joten sitä ei voi poistaa. Poista "
    "ensin pykälän linkitys sopimusrekisterissä (Osapuoli → Poista pykälän linkitys).": (
        "Ärendet {section} är partens {organisation} beslut om avtalet {value}, så det kan inte tas bort. Ta först "
        "bort paragrafens länk i avtalsregistret (Part → Ta bort länken till paragrafen).",
        "Item {section} is the decision of the party {organisation} on the agreement {value}, so it cannot be "
        "removed. First remove the section's link in the agreement register (Party → Unlink section).",
    ),
    "muina vuosina": ("övriga år", "in other years"),
    "{party}: {state}, määräpäivä {deadline} ohitettu {days} pv sitten": (
        "{party}: {state}, sista dag {deadline} passerades för {days} d sedan",
        "{party}: {state}, deadline {deadline} passed {days} d ago",
    ),
    "{party}: {state}, määräpäivä tänään {deadline}": (
        "{party}: {state}, sista dag i dag {deadline}",
        "{party}: {state}, deadline today {deadline}",
    ),
    "{party}: {state}, määräpäivä {deadline} ({days} pv jäljellä)": (
        "{party}: {state}, sista dag {deadline} ({days} d kvar)",
        "{party}: {state}, deadline {deadline} ({days} d left)",
    ),
    "ei käsitelty": ("inte behandlat", "not handled"),
    "esityslistalla": ("på föredragningslistan", "on the agenda"),
    "hyväksytty muutoksin": ("godkänt med ändringar", "approved with changes"),
    "palautettu valmisteluun": ("återremitterat", "returned for preparation"),
    "käsitelty, pöytäkirja tarkastamatta": ("behandlat, protokollet ojusterat", "handled, minutes not checked"),
    "{title}: sopimuskausi päättyy {date} ({days} pv)": (
        "{title}: avtalsperioden upphör {date} ({days} d)",
        "{title}: the agreement term ends {date} ({days} d)",
    ),
    "Euromäärä ”{value}” on monitulkintainen: piste voi erottaa tuhannet tai sentit. Kirjoita tuhannet "
    "välilyönnillä ja sentit pilkulla, esim. 186 000 tai 186,00.": (
        "Eurobeloppet ”{value}” är tvetydigt: punkten kan skilja tusental eller cent. Skriv tusentalen med "
        "mellanslag och centen med komma, t.ex. 186 000 eller 186,00.",
        "The euro amount “{value}” is ambiguous: the dot may separate thousands or cents. Write thousands with a "
        "space and cents with a comma, e.g. 186 000 or 186,00.",
    ),
    # The task classification (core/classification.py).
    " ja {more} muuta": (" och {more} andra", " and {more} more"),
    "Tehtäväluokan tunnus puuttuu.": ("Uppgiftsklassens kod saknas.", "The task class's code is missing."),
    "Tehtäväluokan tunnus {code} ei kelpaa: se on numeroita pisteillä erotettuina, esim. 00.04.01.": (
        "Uppgiftsklassens kod {code} duger inte: den består av siffror åtskilda med punkter, t.ex. 00.04.01.",
        "The task class code {code} is not valid: it is numbers separated by dots, e.g. 00.04.01.",
    ),
    "Tehtäväluokan {code} nimi puuttuu.": (
        "Namnet på uppgiftsklassen {code} saknas.",
        "Task class {code} has no name.",
    ),
    "Tehtäväluokka {code} on jo luokituksessa.": (
        "Uppgiftsklassen {code} finns redan i klassificeringen.",
        "Task class {code} is already in the classification.",
    ),
    "Tehtäväluokkaa {code} ei löydy.": ("Uppgiftsklassen {code} hittas inte.", "Task class {code} was not found."),
    "Tehtäväluokkaa {code} ei poistettu: {count} asiaa on merkitty siihen. Vaihda niiden tehtäväluokka ensin, "
    "tai jätä luokka luokitukseen.": (
        "Uppgiftsklassen {code} togs inte bort: {count} ärenden är märkta med den. Byt först deras uppgiftsklass, "
        "eller låt klassen stå kvar i klassificeringen.",
        "Task class {code} was not removed: {count} items are marked with it. Change their task class first, or "
        "keep the class in the classification.",
    ),
    "Tiedostoa {path} ei voi lukea: {reason}.": (
        "Filen {path} kan inte läsas: {reason}.",
        "The file {path} cannot be read: {reason}.",
    ),
    "Tiedostossa ei ole tehtäväluokkia. Jokaisella rivillä on luokan tunnus, nimi ja halutessa nimi ruotsiksi "
    "puolipisteillä erotettuina, esim. 00.04.01;Yhteistoiminta;Samarbete.": (
        "Filen innehåller inga uppgiftsklasser. Varje rad har klassens kod, namn och vid behov namnet på svenska "
        "åtskilda med semikolon, t.ex. 00.04.01;Yhteistoiminta;Samarbete.",
        "The file has no task classes. Each line has the class's code, its name and optionally its Swedish name, "
        "separated by semicolons, e.g. 00.04.01;Yhteistoiminta;Samarbete.",
    ),
    "Tiedostosta ei tuotu mitään, koska siinä on virheitä ({count}): {problems}{more}.": (
        "Ingenting importerades från filen eftersom den innehåller fel ({count}): {problems}{more}.",
        "Nothing was imported from the file because it has mistakes ({count}): {problems}{more}.",
    ),
    "rivi {line}: luokan {code} nimi puuttuu": (
        "rad {line}: namnet på klassen {code} saknas",
        "line {line}: class {code} has no name",
    ),
    "rivi {line}: luokka {code} on jo rivillä {earlier}": (
        "rad {line}: klassen {code} finns redan på rad {earlier}",
        "line {line}: class {code} is already on line {earlier}",
    ),
    "Tiedosto ei ole CSV-tiedosto. Tallenna luokitus taulukkolaskentaohjelmasta muodossa CSV (puolipisteillä "
    "erotettu) ja tuo se tiedosto.": (
        "Filen är ingen CSV-fil. Spara klassificeringen i kalkylprogrammet i formatet CSV (semikolonavgränsad) och "
        "importera den filen.",
        "The file is not a CSV file. Save the classification from the spreadsheet program as CSV (semicolon "
        "delimited) and import that file.",
    ),
    "rivi {line}: tunnus {code} ei ole muotoa 00.04.01": (
        "rad {line}: koden {code} har inte formen 00.04.01",
        "line {line}: the code {code} is not of the form 00.04.01",
    ),
    # A decision draft without a proposal (core/printing/decision_draft.py).
    "Valitussa asiassa ei ole päätösehdotusta, joten luonnosta ei tulostettu. Kirjoita ehdotus asian "
    "Päätösehdotus-kenttään tai laadi se mallipohjasta (Muokkaa → Laadi ehdotus mallipohjasta…).": (
        "Det valda ärendet har inget beslutsförslag, så utkastet skrevs inte ut. Skriv förslaget i ärendets fält "
        "Beslutsförslag eller skriv det utifrån en mall (Redigera → Skriv förslag utifrån en mall…).",
        "The chosen item has no proposal, so the draft was not printed. Write the proposal in the item's Proposal "
        "field or draft it from a template (Edit → Draft proposal from a template…).",
    ),
    "Valituissa asioissa ei ole päätösehdotuksia, joten luonnosta ei tulostettu.": (
        "De valda ärendena har inga beslutsförslag, så utkastet skrevs inte ut.",
        "The chosen items have no proposals, so the draft was not printed.",
    ),
    # Who chaired a § the chair was disqualified from (core/minutes.py).
    "Puheenjohtaja {name} oli esteellinen tässä asiassa: kirjaa käsittelyyn, kuka toimi puheenjohtajana (Kirjaa "
    "puheenjohtajan toteamukset).": (
        "Ordföranden {name} var jävig i detta ärende: anteckna i behandlingen vem som var ordförande (Anteckna "
        "ordförandens konstateranden).",
        "The chair {name} was disqualified in this item: record in the handling who chaired it (Record the chair's "
        "findings).",
    ),
    "Esittelijä {name} on merkitty esteelliseksi tässä asiassa, mutta pöytäkirja nimeää hänet asian "
    "esittelijäksi. Vaihda asian Esittelijä-kenttään se, joka esitteli asian hänen sijastaan.": (
        "Föredraganden {name} är antecknad som jävig i detta ärende, men protokollet anger hen som ärendets "
        "föredragande. Ange i ärendets fält Föredragande den som föredrog ärendet i hens ställe.",
        "The presenter {name} is recorded as disqualified in this item, but the minutes name them as its presenter. "
        "Put in the item's Presenter field whoever presented it in their place.",
    ),
    # What a Swedish draft printed in Finnish (core/draft_context.py finnish_values).
    "organisaation nimi": ("organisationens namn", "the organisation's name"),
    "sopimuksen nimi": ("avtalets namn", "the agreement's name"),
    "osapuolen {name} nimi": ("namnet på parten {name}", "the name of the party {name}"),
    "kustannusten jakoperuste": ("grunden för kostnadsfördelningen", "the basis of the cost split"),
}

"""Finnish municipal vocabulary in inflected forms, for the generator's sentences, titles and names.

Nouns carry the forms the sentence patterns use: nominative, genitive, partitive, inessive, elative,
illative and adessive (singular). The lists are ordered roughly by how often a secretary writes them; the
generator draws from them with a Zipf-like weight, so the first words are common and the last ones rare,
as in real minutes. ``RARE_NOUNS`` are specialist words that turn up in only a few sections.
"""

from __future__ import annotations

# ruff: noqa: E501  (one inflection row a line reads best)

# nominative genitive partitive inessive elative illative adessive
NOUNS_TABLE = """
päätös päätöksen päätöstä päätöksessä päätöksestä päätökseen päätöksellä
talousarvio talousarvion talousarviota talousarviossa talousarviosta talousarvioon talousarviolla
sopimus sopimuksen sopimusta sopimuksessa sopimuksesta sopimukseen sopimuksella
esitys esityksen esitystä esityksessä esityksestä esitykseen esityksellä
selvitys selvityksen selvitystä selvityksessä selvityksestä selvitykseen selvityksellä
kunta kunnan kuntaa kunnassa kunnasta kuntaan kunnalla
palvelu palvelun palvelua palvelussa palvelusta palveluun palvelulla
hanke hankkeen hanketta hankkeessa hankkeesta hankkeeseen hankkeella
suunnitelma suunnitelman suunnitelmaa suunnitelmassa suunnitelmasta suunnitelmaan suunnitelmalla
lausunto lausunnon lausuntoa lausunnossa lausunnosta lausuntoon lausunnolla
määräraha määrärahan määrärahaa määrärahassa määrärahasta määrärahaan määrärahalla
kustannus kustannuksen kustannusta kustannuksessa kustannuksesta kustannukseen kustannuksella
toiminta toiminnan toimintaa toiminnassa toiminnasta toimintaan toiminnalla
asukas asukkaan asukasta asukkaassa asukkaasta asukkaaseen asukkaalla
kehittäminen kehittämisen kehittämistä kehittämisessä kehittämisestä kehittämiseen kehittämisellä
valmistelu valmistelun valmistelua valmistelussa valmistelusta valmisteluun valmistelulla
muutos muutoksen muutosta muutoksessa muutoksesta muutokseen muutoksella
tilinpäätös tilinpäätöksen tilinpäätöstä tilinpäätöksessä tilinpäätöksestä tilinpäätökseen tilinpäätöksellä
investointi investoinnin investointia investoinnissa investoinnista investointiin investoinnilla
hankinta hankinnan hankintaa hankinnassa hankinnasta hankintaan hankinnalla
avustus avustuksen avustusta avustuksessa avustuksesta avustukseen avustuksella
kiinteistö kiinteistön kiinteistöä kiinteistössä kiinteistöstä kiinteistöön kiinteistöllä
asemakaava asemakaavan asemakaavaa asemakaavassa asemakaavasta asemakaavaan asemakaavalla
henkilöstö henkilöstön henkilöstöä henkilöstössä henkilöstöstä henkilöstöön henkilöstöllä
tavoite tavoitteen tavoitetta tavoitteessa tavoitteesta tavoitteeseen tavoitteella
vastuu vastuun vastuuta vastuussa vastuusta vastuuseen vastuulla
varhaiskasvatus varhaiskasvatuksen varhaiskasvatusta varhaiskasvatuksessa varhaiskasvatuksesta varhaiskasvatukseen varhaiskasvatuksella
koulu koulun koulua koulussa koulusta kouluun koululla
perusopetus perusopetuksen perusopetusta perusopetuksessa perusopetuksesta perusopetukseen perusopetuksella
tie tien tietä tiessä tiestä tiehen tiellä
katu kadun katua kadussa kadusta katuun kadulla
rakennus rakennuksen rakennusta rakennuksessa rakennuksesta rakennukseen rakennuksella
ympäristö ympäristön ympäristöä ympäristössä ympäristöstä ympäristöön ympäristöllä
tarjous tarjouksen tarjousta tarjouksessa tarjouksesta tarjoukseen tarjouksella
urakka urakan urakkaa urakassa urakasta urakkaan urakalla
vuokrasopimus vuokrasopimuksen vuokrasopimusta vuokrasopimuksessa vuokrasopimuksesta vuokrasopimukseen vuokrasopimuksella
maksu maksun maksua maksussa maksusta maksuun maksulla
taksa taksan taksaa taksassa taksasta taksaan taksalla
hallintosääntö hallintosäännön hallintosääntöä hallintosäännössä hallintosäännöstä hallintosääntöön hallintosäännöllä
yhteistyö yhteistyön yhteistyötä yhteistyössä yhteistyöstä yhteistyöhön yhteistyöllä
arviointi arvioinnin arviointia arvioinnissa arvioinnista arviointiin arvioinnilla
raportti raportin raporttia raportissa raportista raporttiin raportilla
ohjelma ohjelman ohjelmaa ohjelmassa ohjelmasta ohjelmaan ohjelmalla
strategia strategian strategiaa strategiassa strategiasta strategiaan strategialla
vuosi vuoden vuotta vuodessa vuodesta vuoteen vuodella
alue alueen aluetta alueella alueelta alueeseen alueella
tontti tontin tonttia tontissa tontista tonttiin tontilla
vesihuolto vesihuollon vesihuoltoa vesihuollossa vesihuollosta vesihuoltoon vesihuollolla
liikenne liikenteen liikennettä liikenteessä liikenteestä liikenteeseen liikenteellä
virka viran virkaa virassa virasta virkaan viralla
toimisto toimiston toimistoa toimistossa toimistosta toimistoon toimistolla
kirjasto kirjaston kirjastoa kirjastossa kirjastosta kirjastoon kirjastolla
päiväkoti päiväkodin päiväkotia päiväkodissa päiväkodista päiväkotiin päiväkodilla
liikuntapaikka liikuntapaikan liikuntapaikkaa liikuntapaikassa liikuntapaikasta liikuntapaikkaan liikuntapaikalla
kulttuuri kulttuurin kulttuuria kulttuurissa kulttuurista kulttuuriin kulttuurilla
nuoriso nuorison nuorisoa nuorisossa nuorisosta nuorisoon nuorisolla
elinvoima elinvoiman elinvoimaa elinvoimassa elinvoimasta elinvoimaan elinvoimalla
yritys yrityksen yritystä yrityksessä yrityksestä yritykseen yrityksellä
työllisyys työllisyyden työllisyyttä työllisyydessä työllisyydestä työllisyyteen työllisyydellä
tilanne tilanteen tilannetta tilanteessa tilanteesta tilanteeseen tilanteella
lainsäädäntö lainsäädännön lainsäädäntöä lainsäädännössä lainsäädännöstä lainsäädäntöön lainsäädännöllä
valtionosuus valtionosuuden valtionosuutta valtionosuudessa valtionosuudesta valtionosuuteen valtionosuudella
veroprosentti veroprosentin veroprosenttia veroprosentissa veroprosentista veroprosenttiin veroprosentilla
laina lainan lainaa lainassa lainasta lainaan lainalla
takaus takauksen takausta takauksessa takauksesta takaukseen takauksella
omistajaohjaus omistajaohjauksen omistajaohjausta omistajaohjauksessa omistajaohjauksesta omistajaohjaukseen omistajaohjauksella
tytäryhtiö tytäryhtiön tytäryhtiötä tytäryhtiössä tytäryhtiöstä tytäryhtiöön tytäryhtiöllä
osakas osakkaan osakasta osakkaassa osakkaasta osakkaaseen osakkaalla
valtuustokausi valtuustokauden valtuustokautta valtuustokaudessa valtuustokaudesta valtuustokauteen valtuustokaudella
kuulutus kuulutuksen kuulutusta kuulutuksessa kuulutuksesta kuulutukseen kuulutuksella
nähtävilläolo nähtävilläolon nähtävilläoloa nähtävilläolossa nähtävilläolosta nähtävilläoloon nähtävilläololla
muistutus muistutuksen muistutusta muistutuksessa muistutuksesta muistutukseen muistutuksella
valitus valituksen valitusta valituksessa valituksesta valitukseen valituksella
oikaisuvaatimus oikaisuvaatimuksen oikaisuvaatimusta oikaisuvaatimuksessa oikaisuvaatimuksesta oikaisuvaatimukseen oikaisuvaatimuksella
hallinto-oikeus hallinto-oikeuden hallinto-oikeutta hallinto-oikeudessa hallinto-oikeudesta hallinto-oikeuteen hallinto-oikeudella
tilintarkastaja tilintarkastajan tilintarkastajaa tilintarkastajassa tilintarkastajasta tilintarkastajaan tilintarkastajalla
arviointikertomus arviointikertomuksen arviointikertomusta arviointikertomuksessa arviointikertomuksesta arviointikertomukseen arviointikertomuksella
sidonnaisuus sidonnaisuuden sidonnaisuutta sidonnaisuudessa sidonnaisuudesta sidonnaisuuteen sidonnaisuudella
jäsen jäsenen jäsentä jäsenessä jäsenestä jäseneen jäsenellä
varajäsen varajäsenen varajäsentä varajäsenessä varajäsenestä varajäseneen varajäsenellä
vaali vaalin vaalia vaalissa vaalista vaaliin vaalilla
puheenjohtaja puheenjohtajan puheenjohtajaa puheenjohtajassa puheenjohtajasta puheenjohtajaan puheenjohtajalla
viranhaltija viranhaltijan viranhaltijaa viranhaltijassa viranhaltijasta viranhaltijaan viranhaltijalla
delegointi delegoinnin delegointia delegoinnissa delegoinnista delegointiin delegoinnilla
ilmoitus ilmoituksen ilmoitusta ilmoituksessa ilmoituksesta ilmoitukseen ilmoituksella
aloite aloitteen aloitetta aloitteessa aloitteesta aloitteeseen aloitteella
kuntalaisaloite kuntalaisaloitteen kuntalaisaloitetta kuntalaisaloitteessa kuntalaisaloitteesta kuntalaisaloitteeseen kuntalaisaloitteella
vastaus vastauksen vastausta vastauksessa vastauksesta vastaukseen vastauksella
katusuunnitelma katusuunnitelman katusuunnitelmaa katusuunnitelmassa katusuunnitelmasta katusuunnitelmaan katusuunnitelmalla
yleiskaava yleiskaavan yleiskaavaa yleiskaavassa yleiskaavasta yleiskaavaan yleiskaavalla
rakennuslupa rakennusluvan rakennuslupaa rakennusluvassa rakennusluvasta rakennuslupaan rakennusluvalla
poikkeamislupa poikkeamisluvan poikkeamislupaa poikkeamisluvassa poikkeamisluvasta poikkeamislupaan poikkeamisluvalla
ympäristölupa ympäristöluvan ympäristölupaa ympäristöluvassa ympäristöluvasta ympäristölupaan ympäristöluvalla
jätehuolto jätehuollon jätehuoltoa jätehuollossa jätehuollosta jätehuoltoon jätehuollolla
energiatehokkuus energiatehokkuuden energiatehokkuutta energiatehokkuudessa energiatehokkuudesta energiatehokkuuteen energiatehokkuudella
ilmastotyö ilmastotyön ilmastotyötä ilmastotyössä ilmastotyöstä ilmastotyöhön ilmastotyöllä
hyvinvointikertomus hyvinvointikertomuksen hyvinvointikertomusta hyvinvointikertomuksessa hyvinvointikertomuksesta hyvinvointikertomukseen hyvinvointikertomuksella
oppilashuolto oppilashuollon oppilashuoltoa oppilashuollossa oppilashuollosta oppilashuoltoon oppilashuollolla
kouluverkko kouluverkon kouluverkkoa kouluverkossa kouluverkosta kouluverkkoon kouluverkolla
opetussuunnitelma opetussuunnitelman opetussuunnitelmaa opetussuunnitelmassa opetussuunnitelmasta opetussuunnitelmaan opetussuunnitelmalla
kotouttaminen kotouttamisen kotouttamista kotouttamisessa kotouttamisesta kotouttamiseen kotouttamisella
"""

RARE_NOUNS_TABLE = """
pohjavedenottamo pohjavedenottamon pohjavedenottamoa pohjavedenottamossa pohjavedenottamosta pohjavedenottamoon pohjavedenottamolla
jätevedenpuhdistamo jätevedenpuhdistamon jätevedenpuhdistamoa jätevedenpuhdistamossa jätevedenpuhdistamosta jätevedenpuhdistamoon jätevedenpuhdistamolla
hulevesijärjestelmä hulevesijärjestelmän hulevesijärjestelmää hulevesijärjestelmässä hulevesijärjestelmästä hulevesijärjestelmään hulevesijärjestelmällä
kaavarunko kaavarungon kaavarunkoa kaavarungossa kaavarungosta kaavarunkoon kaavarungolla
esiopetussuunnitelma esiopetussuunnitelman esiopetussuunnitelmaa esiopetussuunnitelmassa esiopetussuunnitelmasta esiopetussuunnitelmaan esiopetussuunnitelmalla
kaukolämpöverkko kaukolämpöverkon kaukolämpöverkkoa kaukolämpöverkossa kaukolämpöverkosta kaukolämpöverkkoon kaukolämpöverkolla
uimahalli uimahallin uimahallia uimahallissa uimahallista uimahalliin uimahallilla
jäähalli jäähallin jäähallia jäähallissa jäähallista jäähalliin jäähallilla
sisäilmaongelma sisäilmaongelman sisäilmaongelmaa sisäilmaongelmassa sisäilmaongelmasta sisäilmaongelmaan sisäilmaongelmalla
homevaurio homevaurion homevauriota homevauriossa homevauriosta homevaurioon homevauriolla
siltakorjaus siltakorjauksen siltakorjausta siltakorjauksessa siltakorjauksesta siltakorjaukseen siltakorjauksella
kevyenliikenteenväylä kevyenliikenteenväylän kevyenliikenteenväylää kevyenliikenteenväylässä kevyenliikenteenväylästä kevyenliikenteenväylään kevyenliikenteenväylällä
maa-aineslupa maa-ainesluvan maa-aineslupaa maa-ainesluvassa maa-ainesluvasta maa-aineslupaan maa-ainesluvalla
vesiosuuskunta vesiosuuskunnan vesiosuuskuntaa vesiosuuskunnassa vesiosuuskunnasta vesiosuuskuntaan vesiosuuskunnalla
leirikoulu leirikoulun leirikoulua leirikoulussa leirikoulusta leirikouluun leirikoululla
ystävyyskunta ystävyyskunnan ystävyyskuntaa ystävyyskunnassa ystävyyskunnasta ystävyyskuntaan ystävyyskunnalla
kotiseutuarkisto kotiseutuarkiston kotiseutuarkistoa kotiseutuarkistossa kotiseutuarkistosta kotiseutuarkistoon kotiseutuarkistolla
venevalkama venevalkaman venevalkamaa venevalkamassa venevalkamasta venevalkamaan venevalkamalla
uimaranta uimarannan uimarantaa uimarannassa uimarannasta uimarantaan uimarannalla
katuvalaistus katuvalaistuksen katuvalaistusta katuvalaistuksessa katuvalaistuksesta katuvalaistukseen katuvalaistuksella
lumiaura lumiauran lumiauraa lumiaurassa lumiaurasta lumiauraan lumiauralla
kalastusalue kalastusalueen kalastusaluetta kalastusalueella kalastusalueelta kalastusalueeseen kalastusalueella
luonnonsuojelualue luonnonsuojelualueen luonnonsuojelualuetta luonnonsuojelualueella luonnonsuojelualueelta luonnonsuojelualueeseen luonnonsuojelualueella
metsäsuunnitelma metsäsuunnitelman metsäsuunnitelmaa metsäsuunnitelmassa metsäsuunnitelmasta metsäsuunnitelmaan metsäsuunnitelmalla
kunnallistekniikka kunnallistekniikan kunnallistekniikkaa kunnallistekniikassa kunnallistekniikasta kunnallistekniikkaan kunnallistekniikalla
palvelusetelijärjestelmä palvelusetelijärjestelmän palvelusetelijärjestelmää palvelusetelijärjestelmässä palvelusetelijärjestelmästä palvelusetelijärjestelmään palvelusetelijärjestelmällä
kuntouttava kuntouttavan kuntouttavaa kuntouttavassa kuntouttavasta kuntouttavaan kuntouttavalla
vanhusneuvosto vanhusneuvoston vanhusneuvostoa vanhusneuvostossa vanhusneuvostosta vanhusneuvostoon vanhusneuvostolla
nuorisovaltuusto nuorisovaltuuston nuorisovaltuustoa nuorisovaltuustossa nuorisovaltuustosta nuorisovaltuustoon nuorisovaltuustolla
vammaisneuvosto vammaisneuvoston vammaisneuvostoa vammaisneuvostossa vammaisneuvostosta vammaisneuvostoon vammaisneuvostolla
taideteos taideteoksen taideteosta taideteoksessa taideteoksesta taideteokseen taideteoksella
kesätyöseteli kesätyösetelin kesätyöseteliä kesätyösetelissä kesätyösetelistä kesätyöseteliin kesätyösetelillä
valokuitu valokuidun valokuitua valokuidussa valokuidusta valokuituun valokuidulla
aurinkovoimala aurinkovoimalan aurinkovoimalaa aurinkovoimalassa aurinkovoimalasta aurinkovoimalaan aurinkovoimalalla
tuulivoimapuisto tuulivoimapuiston tuulivoimapuistoa tuulivoimapuistossa tuulivoimapuistosta tuulivoimapuistoon tuulivoimapuistolla
kiertotalous kiertotalouden kiertotaloutta kiertotaloudessa kiertotaloudesta kiertotalouteen kiertotaloudella
lähiliikuntapaikka lähiliikuntapaikan lähiliikuntapaikkaa lähiliikuntapaikassa lähiliikuntapaikasta lähiliikuntapaikkaan lähiliikuntapaikalla
koululaiskuljetus koululaiskuljetuksen koululaiskuljetusta koululaiskuljetuksessa koululaiskuljetuksesta koululaiskuljetukseen koululaiskuljetuksella
asiointiliikenne asiointiliikenteen asiointiliikennettä asiointiliikenteessä asiointiliikenteestä asiointiliikenteeseen asiointiliikenteellä
"""

# Adjectives: nominative genitive partitive inessive elative illative adessive
ADJECTIVES_TABLE = """
uusi uuden uutta uudessa uudesta uuteen uudella
nykyinen nykyisen nykyistä nykyisessä nykyisestä nykyiseen nykyisellä
kunnallinen kunnallisen kunnallista kunnallisessa kunnallisesta kunnalliseen kunnallisella
seudullinen seudullisen seudullista seudullisessa seudullisesta seudulliseen seudullisella
alustava alustavan alustavaa alustavassa alustavasta alustavaan alustavalla
vuosittainen vuosittaisen vuosittaista vuosittaisessa vuosittaisesta vuosittaiseen vuosittaisella
taloudellinen taloudellisen taloudellista taloudellisessa taloudellisesta taloudelliseen taloudellisella
tekninen teknisen teknistä teknisessä teknisestä tekniseen teknisellä
sosiaalinen sosiaalisen sosiaalista sosiaalisessa sosiaalisesta sosiaaliseen sosiaalisella
yhteinen yhteisen yhteistä yhteisessä yhteisestä yhteiseen yhteisellä
pitkäaikainen pitkäaikaisen pitkäaikaista pitkäaikaisessa pitkäaikaisesta pitkäaikaiseen pitkäaikaisella
merkittävä merkittävän merkittävää merkittävässä merkittävästä merkittävään merkittävällä
tarkistettu tarkistetun tarkistettua tarkistetussa tarkistetusta tarkistettuun tarkistetulla
valtakunnallinen valtakunnallisen valtakunnallista valtakunnallisessa valtakunnallisesta valtakunnalliseen valtakunnallisella
määräaikainen määräaikaisen määräaikaista määräaikaisessa määräaikaisesta määräaikaiseen määräaikaisella
lakisääteinen lakisääteisen lakisääteistä lakisääteisessä lakisääteisestä lakisääteiseen lakisääteisellä
"""

# Verbs: present 3rd person singular, passive present, past passive participle
VERBS_TABLE = """
hyväksyy hyväksytään hyväksytty
esittää esitetään esitetty
päättää päätetään päätetty
valmistelee valmistellaan valmisteltu
selvittää selvitetään selvitetty
käsittelee käsitellään käsitelty
toteuttaa toteutetaan toteutettu
arvioi arvioidaan arvioitu
kehittää kehitetään kehitetty
tarkistaa tarkistetaan tarkistettu
vahvistaa vahvistetaan vahvistettu
myöntää myönnetään myönnetty
muuttaa muutetaan muutettu
siirtää siirretään siirretty
nimeää nimetään nimetty
antaa annetaan annettu
pyytää pyydetään pyydetty
käynnistää käynnistetään käynnistetty
rahoittaa rahoitetaan rahoitettu
uudistaa uudistetaan uudistettu
laatii laaditaan laadittu
järjestää järjestetään järjestetty
edellyttää edellytetään edellytetty
korottaa korotetaan korotettu
hylkää hylätään hylätty
"""

ADVERBS = (
    "osaltaan",
    "edelleen",
    "lisäksi",
    "kuitenkin",
    "myös",
    "tarvittaessa",
    "viipymättä",
    "vuosittain",
    "ensisijaisesti",
    "erityisesti",
    "käytännössä",
    "jatkossa",
    "toistaiseksi",
    "alustavasti",
    "yhdessä",
)

CONNECTIVES = (
    "Lisäksi",
    "Tämän vuoksi",
    "Näin ollen",
    "Toisaalta",
    "Samalla",
    "Jatkossa",
    "Edellä mainitun perusteella",
    "Valmistelun yhteydessä",
    "Kuntalain mukaan",
    "Käytännössä",
    "Tarkemmin",
    "Aiemmin",
)

FIRST_NAMES = (
    "Anna",
    "Antti",
    "Eeva",
    "Eero",
    "Elina",
    "Hannu",
    "Heikki",
    "Helena",
    "Jaana",
    "Jari",
    "Johanna",
    "Juha",
    "Jukka",
    "Kaisa",
    "Kari",
    "Katja",
    "Kimmo",
    "Kirsi",
    "Laura",
    "Lauri",
    "Leena",
    "Marja",
    "Markku",
    "Matti",
    "Merja",
    "Mika",
    "Minna",
    "Niina",
    "Olli",
    "Outi",
    "Paula",
    "Pekka",
    "Petri",
    "Pirjo",
    "Raili",
    "Riikka",
    "Risto",
    "Sanna",
    "Sari",
    "Satu",
    "Seppo",
    "Sirpa",
    "Taina",
    "Tapani",
    "Teemu",
    "Tiina",
    "Timo",
    "Tuula",
    "Ulla",
    "Ville",
    "Áile",
    "Biret",
    "Máret",
    "Niillas",
    "Ánde",
)

LAST_NAMES = (
    "Aaltonen",
    "Heikkinen",
    "Heinonen",
    "Hämäläinen",
    "Jokinen",
    "Karjalainen",
    "Kettunen",
    "Koivisto",
    "Korhonen",
    "Koskinen",
    "Laaksonen",
    "Laine",
    "Lehtonen",
    "Leinonen",
    "Lindholm",
    "Mäkelä",
    "Mäkinen",
    "Nieminen",
    "Ojala",
    "Peltonen",
    "Rantanen",
    "Salminen",
    "Salo",
    "Savolainen",
    "Toivonen",
    "Tuominen",
    "Turunen",
    "Virtanen",
    "Väisänen",
    "Hyvönen",
    "Kivelä",
    "Pesonen",
    "Räsänen",
    "Saarinen",
    "Vainio",
    "Čoavddis",
    "Ŋuolja",
    "Guttorm",
    "Sammallahti",
    "Näkkäläjärvi",
)

# First parts of compound words (koulu + kiinteistön = koulukiinteistön): with the nouns they make thousands
# of words, most of them in only a few sections, which gives full-text search its long tail of rare words.
COMPOUND_HEADS = (
    "koulu",
    "kirjasto",
    "liikunta",
    "kylä",
    "vesi",
    "jäte",
    "maa",
    "metsä",
    "ranta",
    "katu",
    "silta",
    "energia",
    "ilmasto",
    "nuoriso",
    "vanhus",
    "perhe",
    "lasten",
    "kulttuuri",
    "matkailu",
    "yritys",
    "työ",
    "talous",
    "asukas",
    "palvelu",
    "raha",
    "kaava",
    "piha",
    "puisto",
    "leikki",
    "kuljetus",
    "ruoka",
    "siivous",
    "tila",
    "laatu",
    "turva",
    "valmius",
    "vaali",
    "viesti",
    "tieto",
    "sähkö",
    "lämpö",
    "valo",
    "pelastus",
    "hoiva",
    "koti",
    "satama",
    "latu",
    "kala",
    "marja",
    "pelto",
)

# Parts of place names: a first part and a second part with its inessive, e.g. Koivu + mäki -> Koivumäessä.
PLACE_FIRST = (
    "Koivu",
    "Kuusi",
    "Mänty",
    "Pihlaja",
    "Haapa",
    "Tammi",
    "Leppä",
    "Kivi",
    "Hiekka",
    "Kallio",
    "Järvi",
    "Lampi",
    "Koski",
    "Niemi",
    "Ranta",
    "Salo",
    "Kangas",
    "Suo",
    "Vuori",
    "Kylä",
    "Kirkon",
    "Myllyn",
    "Sepän",
    "Aseman",
    "Koulun",
    "Pappilan",
    "Kartanon",
    "Rajan",
    "Hovin",
    "Tervan",
)
PLACE_SECOND = (
    ("mäki", "mäessä"),
    ("lahti", "lahdessa"),
    ("niemi", "niemessä"),
    ("harju", "harjussa"),
    ("kylä", "kylässä"),
    ("puisto", "puistossa"),
    ("ranta", "rannassa"),
    ("koski", "koskessa"),
    ("nummi", "nummessa"),
    ("pelto", "pellossa"),
    ("saari", "saaressa"),
    ("vaara", "vaarassa"),
)
STREET_SUFFIXES = ("tie", "katu", "kuja", "polku", "raitti", "rinne", "ranta", "väylä")

# Lower-level task classes used in the generated diary numbers, with titles.
CLASS_CODES: tuple[tuple[str, str], ...] = (
    ("00.00.00", "Hallintoasioiden ohjaus"),
    ("00.01.00", "Yleishallinto"),
    ("00.01.01", "Toimielinten kokoukset"),
    ("00.01.02", "Luottamushenkilöhallinto"),
    ("00.02.00", "Kuntalaisten osallistuminen"),
    ("00.03.00", "Kunnan organisaatio ja johtaminen"),
    ("00.04.00", "Yhteistoiminta ja sidosryhmät"),
    ("00.04.01", "Kuntien välinen yhteistoiminta"),
    ("01.00.00", "Henkilöstöasioiden ohjaus"),
    ("01.01.01", "Virkojen perustaminen ja lakkauttaminen"),
    ("01.01.02", "Rekrytointi"),
    ("02.00.00", "Talousasioiden ohjaus"),
    ("02.02.00", "Talousarvio ja -suunnitelma"),
    ("02.02.01", "Talousarvion muutokset"),
    ("02.06.00", "Tilinpäätös"),
    ("02.07.00", "Hankinnat"),
    ("02.08.00", "Avustukset"),
    ("02.09.00", "Kiinteä omaisuus"),
    ("05.00.00", "Sosiaalitoimen ohjaus"),
    ("05.01.00", "Lasten ja perheiden palvelut"),
    ("06.00.00", "Terveydenhuollon ohjaus"),
    ("07.01.00", "Tietohallinto"),
    ("08.00.00", "Liikenteen ohjaus"),
    ("08.01.00", "Katujen ja teiden kunnossapito"),
    ("09.00.00", "Turvallisuus ja valmius"),
    ("10.00.00", "Maankäytön ohjaus"),
    ("10.02.03", "Asemakaavat"),
    ("10.02.02", "Yleiskaavat"),
    ("10.03.00", "Rakennusvalvonta"),
    ("10.04.00", "Asuminen"),
    ("11.00.00", "Ympäristöasioiden ohjaus"),
    ("11.01.00", "Ympäristönsuojelu"),
    ("11.02.00", "Ympäristöluvat"),
    ("12.00.00", "Opetus- ja sivistystoimen ohjaus"),
    ("12.00.01", "Varhaiskasvatus"),
    ("12.01.00", "Perusopetus"),
    ("12.04.00", "Kulttuuri"),
    ("12.05.00", "Liikunta ja nuoriso"),
    ("14.00.00", "Elinkeinopalvelut"),
    ("14.01.00", "Työllisyyspalvelut"),
)


def _table(text: str, width: int) -> list[tuple[str, ...]]:
    rows = [tuple(line.split()) for line in text.strip().splitlines()]
    for row in rows:
        if len(row) != width:
            raise ValueError(f"inflection row needs {width} forms: {row}")
    return rows


NOUNS = _table(NOUNS_TABLE, 7)
RARE_NOUNS = _table(RARE_NOUNS_TABLE, 7)
ADJECTIVES = _table(ADJECTIVES_TABLE, 7)
VERBS = _table(VERBS_TABLE, 3)

# Case indexes of the noun and adjective rows.
NOM, GEN, PAR, INE, ELA, ILL, ADE = range(7)

"""The generated municipality: its bodies with their inflected names, staff, councils' terms and topics.

A fictional mid-size municipality, Koskelan kunta, with twelve bodies (council, board, committees and
divisions) meeting 10–20 times a year. Its agreement partners are the real Päijät-Häme organisations of
the demo (``core.demo.MUNICIPALITIES``), named as in the demo so that the two can be told apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.enums import BodyKind


@dataclass(frozen=True)
class BodySpec:
    """One body of the generated municipality.

    Attributes:
        key: short name used inside the generator.
        kind: council, executive, committee or division.
        forms: nominative, genitive, partitive, inessive, elative, illative, adessive, allative.
        name_sv: the Swedish name.
        parent: key of the body above it (None for the council).
        seats: voting members (each with a personal deputy).
        meetings: meetings a year (10–20).
        weekday: 0 = Monday.
        start: usual starting time.
        classes: task classes of its matters (diary numbers).
        topics: title patterns of its matters ({place}, {year}, {noun} are filled in).
        presenter: key of the official who presents its matters (None: the council has no presenter).
        secretary: key of its secretary (pöytäkirjanpitäjä).
    """

    key: str
    kind: BodyKind
    forms: tuple[str, str, str, str, str, str, str, str]
    name_sv: str
    parent: str | None
    seats: int
    meetings: int
    weekday: int
    start: dt.time
    classes: tuple[str, ...]
    topics: tuple[str, ...]
    presenter: str | None
    secretary: str


HOME_NAME = "Koskelan kunta"
HOME_TOWN = "Koskela"
HOME_POPULATION = 24_310

GENERAL_TOPICS = (
    "Talousarvion {year} toteutuminen ja talousarviomuutokset",
    "Lausunto {noun_ela}",
    "Kuntalaisaloite {noun_ela}",
    "Oikaisuvaatimus {noun_ela}",
    "Vastaus valtuustoaloitteeseen {noun_ela}",
    "{noun_gen} kehittäminen vuosina {year}–{year4}",
    "Viranhaltijapäätösten seuranta",
)

BODIES: tuple[BodySpec, ...] = (
    BodySpec(
        "council",
        BodyKind.COUNCIL,
        (
            "Kunnanvaltuusto",
            "kunnanvaltuuston",
            "kunnanvaltuustoa",
            "kunnanvaltuustossa",
            "kunnanvaltuustosta",
            "kunnanvaltuustoon",
            "kunnanvaltuustolla",
            "kunnanvaltuustolle",
        ),
        "Kommunfullmäktige",
        None,
        35,
        10,
        0,
        dt.time(18, 0),
        ("00.01.00", "00.03.00", "02.02.00", "02.06.00", "10.02.02", "00.04.01"),
        (
            "Talousarvio {year} ja taloussuunnitelma {year1}–{year3}",
            "Tilinpäätös {year} ja vastuuvapaus",
            "Hallintosäännön muutos",
            "Kunnan veroprosentit vuodelle {year1}",
            "Yleiskaavan hyväksyminen, {place}",
            "Valtuustoaloite {noun_ela}",
            "Eron myöntäminen luottamustoimesta ja täydennysvaali",
            "Tarkastuslautakunnan arviointikertomus vuodelta {year}",
            "Omistajaohjauksen periaatteet",
            "Kunnan strategia vuosille {year1}–{year4}",
        ),
        None,
        "hallintojohtaja",
    ),
    BodySpec(
        "board",
        BodyKind.EXECUTIVE,
        (
            "Kunnanhallitus",
            "kunnanhallituksen",
            "kunnanhallitusta",
            "kunnanhallituksessa",
            "kunnanhallituksesta",
            "kunnanhallitukseen",
            "kunnanhallituksella",
            "kunnanhallitukselle",
        ),
        "Kommunstyrelsen",
        "council",
        11,
        20,
        0,
        dt.time(15, 0),
        ("00.01.00", "00.03.00", "01.01.01", "02.02.01", "02.07.00", "02.09.00", "00.04.01", "14.00.00"),
        (
            "Kiinteistön {property} myynti, {place}",
            "Tontin luovutus, {place}",
            "Yhteistoimintasopimus {noun_gen} järjestämisestä vuosille {year1}–{year4}",
            "Viran perustaminen, {noun_nom}",
            "Avustukset vuodelle {year1}",
            "Lainan ottaminen",
            "Takaus {noun_gen} investointiin",
            "Talousarvion {year} täytäntöönpano-ohjeet",
            "Valtuuston päätösten täytäntöönpano",
            "Hankinta: {noun_nom}, {place}",
        ),
        "kunnanjohtaja",
        "hallintojohtaja",
    ),
    BodySpec(
        "education",
        BodyKind.COMMITTEE,
        (
            "Sivistyslautakunta",
            "sivistyslautakunnan",
            "sivistyslautakuntaa",
            "sivistyslautakunnassa",
            "sivistyslautakunnasta",
            "sivistyslautakuntaan",
            "sivistyslautakunnalla",
            "sivistyslautakunnalle",
        ),
        "Bildningsnämnden",
        "board",
        9,
        12,
        1,
        dt.time(17, 0),
        ("12.00.00", "12.00.01", "12.01.00", "12.04.00", "12.05.00"),
        (
            "Varhaiskasvatuksen asiakasmaksut {year1}",
            "Perusopetuksen opetussuunnitelman muutokset",
            "Kouluverkkoselvitys, {place}",
            "Lukuvuoden {year}–{year1} työajat",
            "Kulttuuriavustukset {year}",
            "Oppilaaksiottoalueet, {place}",
            "Esiopetuksen järjestäminen lukuvuonna {year}–{year1}",
        ),
        "sivistysjohtaja",
        "sivistyssihteeri",
    ),
    BodySpec(
        "welfare",
        BodyKind.COMMITTEE,
        (
            "Hyvinvointilautakunta",
            "hyvinvointilautakunnan",
            "hyvinvointilautakuntaa",
            "hyvinvointilautakunnassa",
            "hyvinvointilautakunnasta",
            "hyvinvointilautakuntaan",
            "hyvinvointilautakunnalla",
            "hyvinvointilautakunnalle",
        ),
        "Välfärdsnämnden",
        "board",
        9,
        12,
        2,
        dt.time(16, 0),
        ("05.00.00", "05.01.00", "06.00.00", "14.01.00"),
        (
            "Hyvinvointikertomus ja -suunnitelma {year}–{year3}",
            "Ehkäisevän päihdetyön suunnitelma",
            "Työllisyyspalvelujen järjestäminen {year1}",
            "Kotouttamisohjelma {year1}–{year4}",
            "Palvelusetelin sääntökirja, {noun_nom}",
            "Lausunto hyvinvointialueen palvelustrategiasta",
        ),
        "perusturvajohtaja",
        "hallintosihteeri",
    ),
    BodySpec(
        "technical",
        BodyKind.COMMITTEE,
        (
            "Tekninen lautakunta",
            "teknisen lautakunnan",
            "teknistä lautakuntaa",
            "teknisessä lautakunnassa",
            "teknisestä lautakunnasta",
            "tekniseen lautakuntaan",
            "teknisellä lautakunnalla",
            "tekniselle lautakunnalle",
        ),
        "Tekniska nämnden",
        "board",
        9,
        14,
        3,
        dt.time(16, 30),
        ("08.00.00", "08.01.00", "02.07.00", "02.09.00", "10.04.00"),
        (
            "Katusuunnitelma, {street}",
            "Hankinta: {noun_nom}, {place}",
            "Vesihuollon taksat {year1}",
            "Talvikunnossapidon urakka {year}–{year2}",
            "Kiinteistön {property} vuokraaminen",
            "Katuvalaistuksen saneeraus, {place}",
            "Tilapalvelun investointiohjelma {year1}",
        ),
        "tekninen_johtaja",
        "toimistosihteeri",
    ),
    BodySpec(
        "environment",
        BodyKind.COMMITTEE,
        (
            "Ympäristölautakunta",
            "ympäristölautakunnan",
            "ympäristölautakuntaa",
            "ympäristölautakunnassa",
            "ympäristölautakunnasta",
            "ympäristölautakuntaan",
            "ympäristölautakunnalla",
            "ympäristölautakunnalle",
        ),
        "Miljönämnden",
        "board",
        9,
        12,
        2,
        dt.time(17, 0),
        ("11.00.00", "11.01.00", "11.02.00", "10.03.00"),
        (
            "Ympäristölupa, {property}",
            "Maa-ainesluvan jatkaminen, {place}",
            "Poikkeamispäätös, {property}",
            "Ympäristönsuojelun valvontasuunnitelma {year1}",
            "Rakennusvalvonnan taksa {year1}",
            "Lausunto {noun_ela}, {place}",
        ),
        "ymparistopaallikko",
        "toimistosihteeri",
    ),
    BodySpec(
        "leisure",
        BodyKind.COMMITTEE,
        (
            "Vapaa-aikalautakunta",
            "vapaa-aikalautakunnan",
            "vapaa-aikalautakuntaa",
            "vapaa-aikalautakunnassa",
            "vapaa-aikalautakunnasta",
            "vapaa-aikalautakuntaan",
            "vapaa-aikalautakunnalla",
            "vapaa-aikalautakunnalle",
        ),
        "Fritidsnämnden",
        "board",
        7,
        10,
        3,
        dt.time(17, 30),
        ("12.04.00", "12.05.00", "02.08.00"),
        (
            "Liikunta-avustukset {year}",
            "Nuorisotyön toimintasuunnitelma {year1}",
            "Liikuntapaikkojen käyttövuorot",
            "Uimahallin aukioloajat ja hinnat {year1}",
            "Kesätapahtumat {year}, {place}",
        ),
        "vapaa_aikapaallikko",
        "toimistosihteeri",
    ),
    BodySpec(
        "audit",
        BodyKind.COMMITTEE,
        (
            "Tarkastuslautakunta",
            "tarkastuslautakunnan",
            "tarkastuslautakuntaa",
            "tarkastuslautakunnassa",
            "tarkastuslautakunnasta",
            "tarkastuslautakuntaan",
            "tarkastuslautakunnalla",
            "tarkastuslautakunnalle",
        ),
        "Revisionsnämnden",
        "council",
        5,
        10,
        4,
        dt.time(9, 0),
        ("00.01.02", "02.06.00"),
        (
            "Arviointikertomus vuodelta {year}",
            "Sidonnaisuusilmoitusten valvonta",
            "Arviointisuunnitelma {year1}",
            "Tilintarkastajan raportti {year}",
        ),
        None,
        "hallintosihteeri",
    ),
    BodySpec(
        "elections",
        BodyKind.COMMITTEE,
        (
            "Keskusvaalilautakunta",
            "keskusvaalilautakunnan",
            "keskusvaalilautakuntaa",
            "keskusvaalilautakunnassa",
            "keskusvaalilautakunnasta",
            "keskusvaalilautakuntaan",
            "keskusvaalilautakunnalla",
            "keskusvaalilautakunnalle",
        ),
        "Centralvalnämnden",
        "council",
        5,
        10,
        1,
        dt.time(12, 0),
        ("00.01.02",),
        ("Ennakkoäänestyspaikat {year}", "Vaalitoimitsijoiden valinta", "Vaalien tuloksen vahvistaminen {year}"),
        None,
        "hallintosihteeri",
    ),
    BodySpec(
        "landuse",
        BodyKind.DIVISION,
        (
            "Maankäyttöjaosto",
            "maankäyttöjaoston",
            "maankäyttöjaostoa",
            "maankäyttöjaostossa",
            "maankäyttöjaostosta",
            "maankäyttöjaostoon",
            "maankäyttöjaostolla",
            "maankäyttöjaostolle",
        ),
        "Markanvändningssektionen",
        "board",
        5,
        12,
        4,
        dt.time(13, 0),
        ("10.00.00", "10.02.03", "10.02.02"),
        (
            "Asemakaavan muutos, {place}",
            "Kaavoituskatsaus {year}",
            "Maankäyttösopimus, {property}",
            "Asemakaavan vireilletulo, {place}",
        ),
        "maankayttoinsinoori",
        "toimistosihteeri",
    ),
    BodySpec(
        "personnel",
        BodyKind.DIVISION,
        (
            "Henkilöstöjaosto",
            "henkilöstöjaoston",
            "henkilöstöjaostoa",
            "henkilöstöjaostossa",
            "henkilöstöjaostosta",
            "henkilöstöjaostoon",
            "henkilöstöjaostolla",
            "henkilöstöjaostolle",
        ),
        "Personalsektionen",
        "board",
        5,
        10,
        1,
        dt.time(14, 0),
        ("01.00.00", "01.01.01", "01.01.02"),
        (
            "Henkilöstöraportti {year}",
            "Paikallinen järjestelyerä {year}",
            "Työhyvinvointisuunnitelma {year1}",
            "Virkasuhteen täyttäminen, {noun_nom}",
        ),
        "hallintojohtaja",
        "hallintosihteeri",
    ),
    BodySpec(
        "individual",
        BodyKind.DIVISION,
        (
            "Yksilöasiain jaosto",
            "yksilöasiain jaoston",
            "yksilöasiain jaostoa",
            "yksilöasiain jaostossa",
            "yksilöasiain jaostosta",
            "yksilöasiain jaostoon",
            "yksilöasiain jaostolla",
            "yksilöasiain jaostolle",
        ),
        "Individsektionen",
        "welfare",
        5,
        11,
        3,
        dt.time(13, 0),
        ("05.01.00", "12.00.01"),
        (
            "Oikaisuvaatimus viranhaltijan päätöksestä",
            "Maksuvapautushakemus",
            "Toimeentulotukea koskeva oikaisuvaatimus",
        ),
        "perusturvajohtaja",
        "hallintosihteeri",
    ),
)

# key, title, Swedish title
STAFF: tuple[tuple[str, str, str], ...] = (
    ("kunnanjohtaja", "kunnanjohtaja", "kommundirektör"),
    ("hallintojohtaja", "hallintojohtaja", "förvaltningsdirektör"),
    ("talousjohtaja", "talousjohtaja", "ekonomidirektör"),
    ("sivistysjohtaja", "sivistysjohtaja", "bildningsdirektör"),
    ("perusturvajohtaja", "perusturvajohtaja", "grundtrygghetsdirektör"),
    ("tekninen_johtaja", "tekninen johtaja", "teknisk direktör"),
    ("ymparistopaallikko", "ympäristöpäällikkö", "miljöchef"),
    ("vapaa_aikapaallikko", "vapaa-aikapäällikkö", "fritidschef"),
    ("maankayttoinsinoori", "maankäyttöinsinööri", "markanvändningsingenjör"),
    ("rakennustarkastaja", "rakennustarkastaja", "byggnadsinspektör"),
    ("henkilostopaallikko", "henkilöstöpäällikkö", "personalchef"),
    ("varhaiskasvatusjohtaja", "varhaiskasvatusjohtaja", "direktör för småbarnspedagogik"),
    ("rehtori", "rehtori", "rektor"),
    ("kiinteistopaallikko", "kiinteistöpäällikkö", "fastighetschef"),
    ("hallintosihteeri", "hallintosihteeri", "förvaltningssekreterare"),
    ("sivistyssihteeri", "sivistyssihteeri", "bildningssekreterare"),
    ("toimistosihteeri", "toimistosihteeri", "byråsekreterare"),
    ("kirjaaja", "kirjaaja", "registrator"),
)

# Council terms (valtuustokausi) of the generated years; the bodies follow them.
TERMS: tuple[tuple[dt.date, dt.date], ...] = (
    (dt.date(2001, 1, 1), dt.date(2004, 12, 31)),
    (dt.date(2005, 1, 1), dt.date(2008, 12, 31)),
    (dt.date(2009, 1, 1), dt.date(2012, 12, 31)),
    (dt.date(2013, 1, 1), dt.date(2017, 5, 31)),
    (dt.date(2017, 6, 1), dt.date(2021, 7, 31)),
    (dt.date(2021, 8, 1), dt.date(2025, 5, 31)),
    (dt.date(2025, 6, 1), dt.date(2029, 5, 31)),
)

DISQUALIFICATION_GROUNDS = (
    "HL 28.1 § 1 k (asianosaisjäävi)",
    "HL 28.1 § 2 k (sukulaisuusjäävi)",
    "HL 28.1 § 5 k (palvelussuhdejäävi)",
    "HL 28.1 § 6 k (intressijäävi)",
    "HL 28.1 § 7 k (yleislauseke)",
)

RECIPIENT_NAMES = (
    "Talouspalvelut",
    "Hakija",
    "Kirjanpito",
    "Henkilöstöhallinto",
    "Tekninen toimi",
    "Sivistystoimi",
    "Päijät-Hämeen hyvinvointialue",
    "Päijät-Hämeen liitto",
    "Hämeen ELY-keskus",
    "Tilintarkastaja",
    "Maanmittauslaitos",
    "Kiinteistön omistaja",
)

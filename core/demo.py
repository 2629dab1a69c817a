"""The demo database: the two seed items as complete records, with their meetings, people and agreements.

Hartolan kunta's Hyvinvointilautakunta prepares the 2026–2029 regional education agreement for the
municipal board (seed 1; its agenda is published, the meeting not yet held), and Päijät-Hämeen liitto's
Maakuntahallitus approves the cooperation protocol on 13.10.2025 (seed 2; minutes checked and published).
People other than those named in the seeds are fictional.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from sqlalchemy.orm import Session

from core.appeal import set_administrative_court
from core.fingerprint import meeting_fingerprint
from core.meetings import add_item, create_meeting, set_first_section
from db.engine import Database
from db.enums import (
    AgreementKind,
    AttendanceRole,
    BodyKind,
    CostSplitBasis,
    DecisionNature,
    DeliveryMethod,
    EntryRule,
    ItemKind,
    Language,
    MeetingState,
    MemberRole,
    OrganisationKind,
    Outcome,
    PartyDecisionState,
    Publicity,
)
from db.models import (
    Agreement,
    AgreementParty,
    Attachment,
    Attendance,
    Body,
    ClassificationCode,
    CostItem,
    Disqualification,
    Item,
    Membership,
    Organisation,
    Person,
    PopulationFigure,
    Recipient,
)

POPULATION_DATE = dt.date(2024, 12, 31)
POPULATION_SOURCE = "Tilastokeskus, ennakkotieto 31.12.2024"

# name, Swedish name, population 31.12.2024, kind (kaupunki or kunta matters only for the executive's name)
MUNICIPALITIES: tuple[tuple[str, str, int, bool], ...] = (
    ("Lahti", "Lahtis", 121_337, True),
    ("Hollola", "Hollola", 22_849, False),
    ("Heinola", "Heinola", 17_829, True),
    ("Orimattila", "Orimattila", 15_651, True),
    ("Asikkala", "Asikkala", 7_889, False),
    ("Iitti", "Itis", 6_401, False),
    ("Kärkölä", "Kärkölä", 4_093, False),
    ("Sysmä", "Sysmä", 3_428, False),
    ("Padasjoki", "Padasjoki", 2_676, False),
    ("Hartola", "Hartola", 2_482, False),
)

GENITIVES = {
    "Lahti": "Lahden kaupungin",
    "Hollola": "Hollolan kunnan",
    "Heinola": "Heinolan kaupungin",
    "Orimattila": "Orimattilan kaupungin",
    "Asikkala": "Asikkalan kunnan",
    "Iitti": "Iitin kunnan",
    "Kärkölä": "Kärkölän kunnan",
    "Sysmä": "Sysmän kunnan",
    "Padasjoki": "Padasjoen kunnan",
    "Hartola": "Hartolan kunnan",
}

CLASSES: tuple[tuple[str, str, str], ...] = (
    ("00", "Hallintoasiat", "Förvaltningsärenden"),
    ("01", "Henkilöstöasiat", "Personalärenden"),
    (
        "02",
        "Talousasiat, verotus ja omaisuuden hallinta",
        "Ekonomiärenden, beskattning och förvaltning av egendom",
    ),
    ("03", "Lainsäädäntö ja lainsäädännön soveltaminen", "Lagstiftning och tillämpning av lagstiftning"),
    (
        "04",
        "Kansainvälinen toiminta ja maahanmuuttopolitiikka",
        "Internationell verksamhet och invandringspolitik",
    ),
    ("05", "Sosiaalitoimi", "Socialväsendet"),
    ("06", "Terveydenhuolto", "Hälso- och sjukvård"),
    ("07", "Tiedon hallinta", "Informationshantering"),
    ("08", "Liikenne", "Trafik"),
    ("09", "Turvallisuus ja yleinen järjestys", "Säkerhet och allmän ordning"),
    ("10", "Maankäyttö, rakentaminen ja asuminen", "Markanvändning, byggande och boende"),
    ("11", "Ympäristöasia", "Miljöärenden"),
    ("12", "Opetus- ja sivistystoimi", "Undervisnings- och bildningsväsendet"),
    ("13", "Tutkimus- ja kehittämistoiminta", "Forsknings- och utvecklingsverksamhet"),
    ("14", "Elinkeino- ja työvoimapalvelut", "Närings- och arbetskraftstjänster"),
)

SEED1_TITLE = (
    "Päijät-Hämeen kuntien välinen yhteistoimintasopimus sivistyspalveluiden seudulliseksi kehittämiseksi "
    "vuosille 2026–2029"
)
SEED1_PROPOSAL = (
    "Hyvinvointilautakunta hyväksyy osaltaan Päijät-Hämeen kuntien välisen yhteistoimintasopimuksen "
    "sivistyspalveluiden seudulliseksi kehittämiseksi vuosille 2026–2029 ja sitoutuu sen noudattamiseen. "
    "Lautakunta esittää kunnanhallitukselle yhteistyösopimuksen hyväksymistä. Sopimuksen allekirjoittaa "
    "kunnanjohtaja."
)
SEED2_TITLE = (
    "Yhteistyöpöytäkirja Päijät-Hämeen kuntien, hyvinvointialueen ja maakuntaliiton strategisen johtamisen "
    "yhteensovittamisen periaatteiksi"
)
SEED2_PROPOSAL = "Maakuntahallitus päättää hyväksyä liitteenä olevan yhteistyöpöytäkirjan."
SEED2_DNRO = "77/00.04.01/2023"


def seed_text(name: str) -> str:
    return (resources.files("resources") / "demo" / name).read_text(encoding="utf-8").strip()


@dataclass
class _People:
    """The demo's people by a short key."""

    by_key: dict[str, Person]

    def __getitem__(self, key: str) -> Person:
        return self.by_key[key]


def _person(
    session: Session,
    org: Organisation | None,
    name: str,
    title: str = "",
    phone: str = "",
    email: str = "",
    title_sv: str = "",
) -> Person:
    person = Person(name=name, title=title, title_sv=title_sv, phone=phone, email=email, organisation=org)
    session.add(person)
    return person


def _body(
    session: Session,
    org: Organisation,
    kind: BodyKind,
    forms: tuple[str, ...],
    name_sv: str,
    parent: Body | None = None,
    place: str = "",
    order: int = 0,
) -> Body:
    nom, gen, part, alla, ades, ines, ela, ill = forms
    body = Body(
        organisation=org,
        kind=kind,
        name=nom,
        name_genitive=gen,
        name_partitive=part,
        name_allative=alla,
        name_adessive=ades,
        name_inessive=ines,
        name_elative=ela,
        name_illative=ill,
        name_sv=name_sv,
        parent=parent,
        default_place=place,
        sort_order=order,
    )
    session.add(body)
    return body


def _members(
    session: Session,
    body: Body,
    people: list[tuple[Person, MemberRole, Person | None]],
    start: dt.date,
    end: dt.date,
) -> None:
    for order, (person, role, deputy_for) in enumerate(people):
        session.add(
            Membership(
                body=body,
                person=person,
                role=role,
                deputy_for=deputy_for,
                term_start=start,
                term_end=end,
                sort_order=order,
            )
        )


def _organisations(session: Session) -> dict[str, Organisation]:
    orgs: dict[str, Organisation] = {}
    for name, name_sv, population, _city in MUNICIPALITIES:
        org = Organisation(
            kind=OrganisationKind.MUNICIPALITY,
            name=f"{name}",
            name_sv=name_sv,
            name_genitive=GENITIVES[name],
            language=Language.FINNISH,
            population=population,
            population_date=POPULATION_DATE,
            certification_place=name,
        )
        org.populations.append(
            PopulationFigure(reference_date=POPULATION_DATE, population=population, source=POPULATION_SOURCE)
        )
        session.add(org)
        orgs[name] = org
    hartola = orgs["Hartola"]
    hartola.is_home = True
    hartola.name = "Hartolan kunta"
    hartola.postal_address = "Hartolan kunta, kirjaamo, Rantatie 6, 19600 Hartola"
    hartola.visiting_address = "Kunnanvirasto, Rantatie 6, Hartola"
    hartola.registry_email = "kirjaamo@hartola.fi"
    hartola.registry_hours = "maanantaista perjantaihin klo 9.00–15.00"
    hartola.business_id = "0148937-8"
    orgs["hyvinvointialue"] = Organisation(
        kind=OrganisationKind.WELLBEING_COUNTY,
        name="Päijät-Hämeen hyvinvointialue",
        name_sv="Päijänne-Tavastlands välfärdsområde",
        name_genitive="Päijät-Hämeen hyvinvointialueen",
        language=Language.FINNISH,
        certification_place="Lahti",
    )
    orgs["liitto"] = Organisation(
        kind=OrganisationKind.REGIONAL_COUNCIL,
        name="Päijät-Hämeen liitto",
        name_sv="Päijänne-Tavastlands förbund",
        name_genitive="Päijät-Hämeen liiton",
        language=Language.FINNISH,
        is_home=True,
        postal_address="Päijät-Hämeen liitto, kirjaamo, Hämeenkatu 9, 15110 Lahti",
        visiting_address="Hämeenkatu 9, 15110 Lahti",
        registry_email="kirjaamo@paijat-hame.fi",
        registry_hours="maanantaista perjantaihin klo 9.00–15.00",
        certification_place="Lahti",
    )
    session.add_all([orgs["hyvinvointialue"], orgs["liitto"]])
    for code, title, title_sv in CLASSES:
        session.add(ClassificationCode(code=code, title=title, title_sv=title_sv))
    session.flush()
    return orgs


def write_demo(database: Database) -> None:
    """Write the demo into an empty Sihteeri database."""
    with database.begin() as session:
        session.info["user"] = "esittely"
        orgs = _organisations(session)
        # Päijät-Häme belongs to the circuit of Hämeenlinnan hallinto-oikeus (appeals from council decisions).
        set_administrative_court(session, "hameenlinna")
        agreement1, agreement2 = _agreements(session, orgs)
        welfare_item = _hartola(session, orgs["Hartola"], agreement1)
        protocol_item = _liitto(session, orgs["liitto"], agreement2)
        _party_states(session, orgs, agreement1, agreement2, welfare_item, protocol_item)


def _hartola(session: Session, org: Organisation, agreement: Agreement) -> Item:
    """Hartola's bodies and the welfare board's meeting with seed 1 on its agenda."""
    council = _body(
        session,
        org,
        BodyKind.COUNCIL,
        (
            "Kunnanvaltuusto",
            "kunnanvaltuuston",
            "kunnanvaltuustoa",
            "kunnanvaltuustolle",
            "kunnanvaltuustolla",
            "kunnanvaltuustossa",
            "kunnanvaltuustosta",
            "kunnanvaltuustoon",
        ),
        "Kommunfullmäktige",
        place="Kunnantalo, valtuustosali",
        order=1,
    )
    board = _body(
        session,
        org,
        BodyKind.EXECUTIVE,
        (
            "Kunnanhallitus",
            "kunnanhallituksen",
            "kunnanhallitusta",
            "kunnanhallitukselle",
            "kunnanhallituksella",
            "kunnanhallituksessa",
            "kunnanhallituksesta",
            "kunnanhallitukseen",
        ),
        "Kommunstyrelsen",
        parent=council,
        place="Kunnantalo, kokoushuone Koskipirtti",
        order=2,
    )
    welfare = _body(
        session,
        org,
        BodyKind.COMMITTEE,
        (
            "Hyvinvointilautakunta",
            "hyvinvointilautakunnan",
            "hyvinvointilautakuntaa",
            "hyvinvointilautakunnalle",
            "hyvinvointilautakunnalla",
            "hyvinvointilautakunnassa",
            "hyvinvointilautakunnasta",
            "hyvinvointilautakuntaan",
        ),
        "Välfärdsnämnden",
        parent=board,
        place="Kunnantalo, kokoushuone Koskipirtti",
        order=3,
    )
    _body(
        session,
        org,
        BodyKind.COMMITTEE,
        (
            "Tekninen lautakunta",
            "teknisen lautakunnan",
            "teknistä lautakuntaa",
            "tekniselle lautakunnalle",
            "teknisellä lautakunnalla",
            "teknisessä lautakunnassa",
            "teknisestä lautakunnasta",
            "tekniseen lautakuntaan",
        ),
        "Tekniska nämnden",
        parent=board,
        place="Kunnantalo",
        order=4,
    )
    director = _person(
        session,
        org,
        "Hanna Koskinen",
        "sivistysjohtaja",
        "044 712 0031",
        "hanna.koskinen@hartola.fi",
        "bildningsdirektör",
    )
    mayor = _person(
        session,
        org,
        "Jari Lindroos",
        "kunnanjohtaja",
        "044 712 0010",
        "jari.lindroos@hartola.fi",
        "kommundirektör",
    )
    secretary = _person(
        session,
        org,
        "Minna Salo",
        "hallintosihteeri",
        "044 712 0012",
        "minna.salo@hartola.fi",
        "förvaltningssekreterare",
    )
    names = [
        "Pirjo Heinonen",
        "Markku Laaksonen",
        "Áile Čoavddis",
        "Timo Rantanen",
        "Sari Mäkelä",
        "Kalle Nieminen",
        "Leena Hyvönen",
        "Ari Toivonen",
        "Eija Kettunen",
    ]
    deputy_names = [
        "Outi Lehto",
        "Jussi Karppinen",
        "Biret Ŋuolja",
        "Pekka Saarinen",
        "Tiina Aalto",
        "Mikko Vainio",
        "Riikka Hakala",
        "Jouni Kivelä",
        "Anu Peltonen",
    ]
    members = [_person(session, None, n, "jäsen") for n in names]
    deputies = [_person(session, None, n, "varajäsen") for n in deputy_names]
    roster: list[tuple[Person, MemberRole, Person | None]] = []
    for index, person in enumerate(members):
        role = MemberRole.CHAIR if index == 0 else MemberRole.VICE_CHAIR if index == 1 else MemberRole.MEMBER
        roster.append((person, role, None))
    roster += [(d, MemberRole.DEPUTY, m) for d, m in zip(deputies, members, strict=True)]
    _members(session, welfare, roster, dt.date(2025, 6, 1), dt.date(2029, 5, 31))
    board_members = [
        _person(session, None, n, "jäsen")
        for n in (
            "Seppo Räsänen",
            "Marjut Virta",
            "Hannu Ojala",
            "Kaisa Leinonen",
            "Juha Pelkonen",
            "Anneli Suominen",
            "Veli-Matti Kallio",
        )
    ]
    _members(
        session,
        board,
        [(p, MemberRole.CHAIR if i == 0 else MemberRole.MEMBER, None) for i, p in enumerate(board_members)],
        dt.date(2025, 6, 1),
        dt.date(2027, 5, 31),
    )
    session.flush()

    meeting = create_meeting(
        session, body_id=welfare.id, date=dt.date(2025, 10, 21), start_time=dt.time(17, 0), number=7
    )
    meeting.chair = members[0]
    meeting.secretary = secretary
    session.flush()
    set_first_section(session, body_id=meeting.body_id, year=meeting.year, number=58)
    seed = add_item(session, meeting_id=meeting.id, title=SEED1_TITLE, kind=ItemKind.AGREEMENT)
    seed.diary_number = "112/12.00.01/2025"
    seed.classification_code = "12.00.01"
    seed.preparer = director
    seed.presenter = director
    seed.background = seed_text("seed1_background.txt")
    seed.proposal = SEED1_PROPOSAL
    seed.decision_nature = DecisionNature.PREPARES
    seed.agreement = agreement
    seed.template_key = "lautakunta_hyvaksyy_sopimuksen_osaltaan"
    seed.attachments.append(
        Attachment(position=1, title=f"Yhteistoimintasopimus 2026–2029 ({mayor.title} allekirjoittaa)")
    )
    seed.recipients.append(Recipient(position=1, name="Kunnanhallitus", is_party=False))
    seed.recipients.append(
        Recipient(position=2, name="Lahden kaupunki, sivistyksen palvelualue, seudullinen kehittäminen")
    )

    fees = add_item(session, meeting_id=meeting.id, title="Varhaiskasvatuksen asiakasmaksut 1.8.2026 alkaen")
    fees.diary_number = "131/02.05.02/2025"
    fees.classification_code = "02.05.02"
    fees.preparer = director
    fees.presenter = director
    fees.background = (
        "Varhaiskasvatuksen asiakasmaksuista säädetään varhaiskasvatuksen asiakasmaksuista annetussa laissa "
        "(1503/2016). Maksujen tulorajat ja enimmäismaksut tarkistetaan joka toinen vuosi elokuun alusta "
        "ansiotasoindeksin muutoksen mukaisesti. Sosiaali- ja terveysministeriön ilmoituksen mukaan "
        "korkein kuukausimaksu on 1.8.2026 alkaen 311 euroa ja alin perittävä maksu 30 euroa."
    )
    fees.proposal = (
        "Hyvinvointilautakunta päättää, että varhaiskasvatuksen asiakasmaksut määräytyvät 1.8.2026 alkaen "
        "lain 1503/2016 ja sosiaali- ja terveysministeriön ilmoittamien indeksitarkistettujen tulorajojen "
        "ja maksujen mukaisesti."
    )
    budget = add_item(
        session,
        meeting_id=meeting.id,
        title="Talousarvion toteutuminen 1.1.–30.9.2025",
        kind=ItemKind.INFORMATION,
    )
    budget.diary_number = "15/02.02.01/2025"
    budget.preparer = director
    budget.presenter = director
    budget.background = (
        "Hyvinvointilautakunnan käyttötalouden toteutuma syyskuun lopussa oli 73,1 % (tavoite 75 %). "
        "Toimintakulujen toteutuma alittaa tasaisen kertymän erityisesti perusopetuksen aineiden ja "
        "tarvikkeiden osalta."
    )
    budget.proposal = "Hyvinvointilautakunta merkitsee talousarvion toteutumisen tiedoksi."
    meeting.state = MeetingState.AGENDA_PUBLISHED
    meeting.agenda_published_date = dt.date(2025, 10, 14)
    session.flush()
    return seed


def _liitto(session: Session, org: Organisation, agreement: Agreement) -> Item:
    """Päijät-Hämeen liitto's bodies and the checked Maakuntahallitus meeting of 13.10.2025 (seed 2)."""
    council = _body(
        session,
        org,
        BodyKind.COUNCIL,
        (
            "Maakuntavaltuusto",
            "maakuntavaltuuston",
            "maakuntavaltuustoa",
            "maakuntavaltuustolle",
            "maakuntavaltuustolla",
            "maakuntavaltuustossa",
            "maakuntavaltuustosta",
            "maakuntavaltuustoon",
        ),
        "Landskapsfullmäktige",
        place="Sibeliustalo, Lahti",
        order=1,
    )
    board = _body(
        session,
        org,
        BodyKind.EXECUTIVE,
        (
            "Maakuntahallitus",
            "maakuntahallituksen",
            "maakuntahallitusta",
            "maakuntahallitukselle",
            "maakuntahallituksella",
            "maakuntahallituksessa",
            "maakuntahallituksesta",
            "maakuntahallitukseen",
        ),
        "Landskapsstyrelsen",
        parent=council,
        place="Päijät-Hämeen liitto, Hämeenkatu 9, Lahti",
        order=2,
    )
    preparer = _person(
        session,
        org,
        "Säde Tahvanainen",
        "kuntayhteistyöpäällikkö",
        "044 077 3431",
        "sade.tahvanainen@paijat-hame.fi",
        "chef för kommunsamarbete",
    )
    presenter = _person(
        session,
        org,
        "Juha Hertsi",
        "vt. maakuntajohtaja",
        "",
        "juha.hertsi@paijat-hame.fi",
        "tf. landskapsdirektör",
    )
    minutes_keeper = _person(
        session,
        org,
        "Tiina Mäkelä",
        "hallintopäällikkö",
        "044 077 3400",
        "tiina.makela@paijat-hame.fi",
        "förvaltningschef",
    )
    names = [
        "Pekka Lehtinen",
        "Kirsi Ahonen",
        "Matti Hämäläinen",
        "Ulla Kivistö",
        "Jaakko Rinne",
        "Sanna Honkanen",
        "Petri Lappalainen",
        "Maarit Kauppinen",
        "Oskari Niskanen",
        "Hilkka Rautio",
        "Ville Koivisto",
    ]
    members = [_person(session, None, n, "jäsen") for n in names]
    deputy = _person(session, None, "Raili Manninen", "varajäsen")
    roster: list[tuple[Person, MemberRole, Person | None]] = [
        (p, MemberRole.CHAIR if i == 0 else MemberRole.VICE_CHAIR if i == 1 else MemberRole.MEMBER, None)
        for i, p in enumerate(members)
    ]
    roster.append((deputy, MemberRole.DEPUTY, members[6]))
    _members(session, board, roster, dt.date(2025, 9, 1), dt.date(2027, 8, 31))
    session.flush()

    meeting = create_meeting(
        session, body_id=board.id, date=dt.date(2025, 10, 13), start_time=dt.time(13, 0), number=9
    )
    meeting.end_time = dt.time(14, 25)
    set_first_section(session, body_id=meeting.body_id, year=meeting.year, number=96)
    seed = add_item(session, meeting_id=meeting.id, title=SEED2_TITLE, kind=ItemKind.AGREEMENT)
    seed.diary_number = SEED2_DNRO
    seed.classification_code = "00.04.01"
    seed.preparer = preparer
    seed.presenter = presenter
    seed.background = seed_text("seed2_background.txt")
    seed.proposal = SEED2_PROPOSAL
    seed.agreement = agreement
    seed.template_key = "maakuntahallitus_hyvaksyy_yhteistyopoytakirjan"
    seed.attachments.append(Attachment(position=1, title="Yhteistyöpöytäkirja (päivitetty 26.9.2025)"))
    seed.recipients.extend(
        [
            Recipient(position=i, name=name)
            for i, name in enumerate(["Päijät-Hämeen kunnat", "Päijät-Hämeen hyvinvointialue"], start=1)
        ]
    )
    statement = add_item(
        session,
        meeting_id=meeting.id,
        title="Lausunto Päijät-Hämeen liikennejärjestelmäsuunnitelman luonnoksesta",
        kind=ItemKind.STATEMENT,
    )
    statement.diary_number = "142/08.00.00/2025"
    statement.classification_code = "08.00.00"
    statement.preparer = presenter
    statement.presenter = presenter
    statement.background = (
        "Liikennejärjestelmäsuunnitelman luonnos on ollut lausunnolla 15.8.–15.10.2025. Maakuntaliitto "
        "lausuu suunnitelman yhteensopivuudesta maakuntakaavan ja maakuntaohjelman kanssa."
    )
    statement.proposal = "Maakuntahallitus antaa liitteen mukaisen lausunnon."
    officer = add_item(
        session, meeting_id=meeting.id, title="Viranhaltijapäätökset", kind=ItemKind.INFORMATION
    )
    officer.proposal = (
        "Maakuntahallitus merkitsee viranhaltijapäätökset tiedoksi eikä ota niitä käsiteltäväkseen."
    )
    officer.presenter = presenter
    session.flush()

    # The meeting as held: attendance, one disqualification, decisions, checkers, checking and publication.
    for order, person in enumerate(members):
        present = person is not members[6]
        session.add(
            Attendance(
                meeting=meeting,
                person=person,
                sort_order=order,
                present=present,
                role=AttendanceRole.CHAIR if order == 0 else AttendanceRole.MEMBER,
            )
        )
    session.add(
        Attendance(
            meeting=meeting, person=deputy, sort_order=20, role=AttendanceRole.DEPUTY, deputy_for=members[6]
        )
    )
    session.add(
        Attendance(
            meeting=meeting,
            person=presenter,
            sort_order=30,
            role=AttendanceRole.PRESENTER,
            role_text="esittelijä",
        )
    )
    session.add(
        Attendance(
            meeting=meeting,
            person=minutes_keeper,
            sort_order=31,
            role=AttendanceRole.SECRETARY,
            role_text="pöytäkirjanpitäjä",
        )
    )
    session.add(
        Disqualification(
            item=statement,
            person=members[4],
            left_room=True,
            ground="hallintolaki 28 § 1 mom. 5 kohta (yhteisöjäävi; hallituksen jäsen "
            "lausunnon kohteena olevassa yhteisössä)",
        )
    )
    meeting.chair = members[0]
    meeting.secretary = minutes_keeper
    meeting.checker1 = members[2]
    meeting.checker2 = members[3]
    for item in meeting.items:
        if item.kind == ItemKind.OPENING:
            item.decision = "Puheenjohtaja avasi kokouksen klo 13.00."
            item.outcome = Outcome.NOTED
        elif item.kind == ItemKind.CHECKERS:
            item.decision = f"Pöytäkirjantarkastajiksi valittiin {members[2].name} ja {members[3].name}."
            item.outcome = Outcome.ELECTION
        elif item.kind == ItemKind.CLOSING:
            item.decision = "Puheenjohtaja päätti kokouksen klo 14.25."
            item.outcome = Outcome.NOTED
        elif item.kind == ItemKind.OTHER_MATTERS:
            item.decision = "Muita asioita ei käsitelty."
            item.outcome = Outcome.NOTED
        elif item.kind == ItemKind.INFORMATION and item is not officer:
            item.decision = "Merkittiin tiedoksi."
            item.outcome = Outcome.NOTED
        else:
            item.decision = "Päätösehdotus hyväksyttiin."
            item.outcome = Outcome.NOTED if item is officer else Outcome.PASSED
    # No handling text for the statement: the minutes print its disqualification (and that the member left the
    # room) from the Disqualification record above; writing it here as well printed it twice.
    seed.publicity = Publicity.PUBLIC
    meeting.state = MeetingState.HELD
    session.flush()
    meeting.checked_date = dt.date(2025, 10, 15)
    meeting.checked_place = "Lahti"
    meeting.fingerprint = meeting_fingerprint(session, meeting.id)
    meeting.state = MeetingState.MINUTES_CHECKED
    session.flush()
    meeting.published_date = dt.date(2025, 10, 16)
    meeting.state = MeetingState.PUBLISHED
    session.flush()
    return seed


def _agreements(session: Session, orgs: dict[str, Organisation]) -> tuple[Agreement, Agreement]:
    education = Agreement(
        title=SEED1_TITLE,
        title_genitive=(
            "Päijät-Hämeen kuntien välisen yhteistoimintasopimuksen sivistyspalveluiden seudulliseksi "
            "kehittämiseksi vuosille 2026–2029"
        ),
        title_sv=(
            "Samarbetsavtal mellan kommunerna i Päijänne-Tavastland om regional utveckling av "
            "bildningstjänsterna 2026–2029"
        ),
        kind=AgreementKind.COOPERATION_AGREEMENT,
        term_start=dt.date(2026, 1, 1),
        term_end=dt.date(2029, 12, 31),
        coordinator=orgs["Lahti"],
        entry_rule=EntryRule.ALL_APPROVE_AND_SIGN,
        cost_split=CostSplitBasis.POPULATION,
        population_date=POPULATION_DATE,
        prepared_from=dt.date(2025, 9, 1),
        description=(
            "Sivistyspalveluiden seudullinen kehittäminen; koordinoi Lahden kaupungin sivistyksen palvelualueen "
            "seudullisen kehittämisen yksikkö. Kulut jaetaan asukasluvun mukaan (31.12.2024)."
        ),
    )
    education.cost_items.extend(
        [
            CostItem(
                position=1,
                description="Kolmen seudullisen koordinaattorin palkkauskulut",
                amount=Decimal("186000.00"),
            ),
            CostItem(
                position=2,
                description="Ohjausryhmän ja kehittämisryhmien toimintakulut",
                amount=Decimal("24500.00"),
            ),
        ]
    )
    for order, (name, *_rest) in enumerate(MUNICIPALITIES):
        executive = "Kaupunginhallitus" if _rest[2] else "Kunnanhallitus"
        education.parties.append(
            AgreementParty(organisation=orgs[name], sort_order=order, approving_body_name=executive)
        )
    protocol = Agreement(
        title=SEED2_TITLE,
        kind=AgreementKind.COOPERATION_PROTOCOL,
        title_sv=(
            "Samarbetsprotokoll om principerna för samordningen av den strategiska ledningen mellan kommunerna, "
            "välfärdsområdet och landskapsförbundet i Päijänne-Tavastland"
        ),
        title_genitive=(
            "yhteistyöpöytäkirjan Päijät-Hämeen kuntien, hyvinvointialueen ja maakuntaliiton strategisen "
            "johtamisen yhteensovittamisen periaatteiksi"
        ),
        term_start=dt.date(2025, 11, 1),
        term_end=dt.date(2029, 5, 31),
        coordinator=orgs["liitto"],
        entry_rule=EntryRule.ALL_APPROVE,
        cost_split=CostSplitBasis.EQUAL,
        prepared_from=dt.date(2025, 9, 26),
        description="Päivittää maakuntahallituksen 11.4.2023 (52 §) hyväksymän yhteistyöpöytäkirjan.",
    )
    for order, (name, *_rest) in enumerate(MUNICIPALITIES):
        executive = "Kaupunginhallitus" if _rest[2] else "Kunnanhallitus"
        protocol.parties.append(
            AgreementParty(organisation=orgs[name], sort_order=order + 2, approving_body_name=executive)
        )
    protocol.parties.append(
        AgreementParty(organisation=orgs["hyvinvointialue"], sort_order=1, approving_body_name="Aluehallitus")
    )
    protocol.parties.append(
        AgreementParty(organisation=orgs["liitto"], sort_order=0, approving_body_name="Maakuntahallitus")
    )
    session.add_all([education, protocol])
    session.flush()
    return education, protocol


def _party_states(
    session: Session,
    orgs: dict[str, Organisation],
    education: Agreement,
    protocol: Agreement,
    welfare_item: Item,
    protocol_item: Item,
) -> None:
    """Realistic approval states: the education agreement awaits some municipalities, the protocol is
    approved by the regional council (seed 2) and most others."""

    def party(agreement: Agreement, org_key: str) -> AgreementParty:
        org = orgs[org_key]
        return next(p for p in agreement.parties if p.organisation is org)

    approvals = {
        # org: (state, body, date, §, their Dnro, excerpt received, signed)
        "Lahti": (
            PartyDecisionState.APPROVED,
            "Kaupunginhallitus",
            dt.date(2025, 10, 27),
            "412",
            "LAH/3418/12.00.01/2025",
            dt.date(2025, 10, 30),
            dt.date(2025, 11, 10),
        ),
        "Hollola": (
            PartyDecisionState.APPROVED,
            "Kunnanhallitus",
            dt.date(2025, 11, 3),
            "298",
            "HOL/612/12.00.01/2025",
            dt.date(2025, 11, 6),
            None,
        ),
        "Heinola": (
            PartyDecisionState.APPROVED,
            "Kaupunginhallitus",
            dt.date(2025, 11, 3),
            "251",
            "HEI/488/12.00.00/2025",
            dt.date(2025, 11, 7),
            dt.date(2025, 11, 14),
        ),
        "Orimattila": (
            PartyDecisionState.APPROVED_WITH_CHANGES,
            "Kaupunginhallitus",
            dt.date(2025, 10, 27),
            "305",
            "ORI/902/12.00.01/2025",
            dt.date(2025, 10, 31),
            None,
        ),
        "Asikkala": (
            PartyDecisionState.APPROVED,
            "Kunnanhallitus",
            dt.date(2025, 11, 10),
            "187",
            "ASI/377/12.00.01/2025",
            None,
            None,
        ),
        "Iitti": (
            PartyDecisionState.APPROVED,
            "Kunnanhallitus",
            dt.date(2025, 11, 10),
            "204",
            "IIT/254/12.00.00/2025",
            dt.date(2025, 11, 13),
            None,
        ),
        "Padasjoki": (
            PartyDecisionState.APPROVED,
            "Kunnanhallitus",
            dt.date(2025, 11, 3),
            "161",
            "PAD/190/12.00.01/2025",
            dt.date(2025, 11, 5),
            None,
        ),
        "Kärkölä": (
            PartyDecisionState.ON_AGENDA,
            "Kunnanhallitus",
            dt.date(2025, 11, 24),
            "",
            "",
            None,
            None,
        ),
    }
    for key, (state, body, date, section, dnro, received, signed) in approvals.items():
        p = party(education, key)
        p.decision_state = state
        p.ext_body = body
        p.ext_date = date
        p.ext_section = section
        p.ext_diary_number = dnro
        p.excerpt_received = received
        p.signed_date = signed
        p.signatory = "kaupunginjohtaja" if body == "Kaupunginhallitus" else "kunnanjohtaja"
    own = party(education, "Hartola")
    own.approving_body_id = next(b.id for b in orgs["Hartola"].bodies if b.kind == BodyKind.EXECUTIVE)
    own.notes = f"Hyvinvointilautakunta valmistelee asian kunnanhallitukselle ({welfare_item.section_label})."
    own.decide_by = dt.date(2025, 12, 15)
    own.signatory = "kunnanjohtaja"
    party(education, "Sysmä").decide_by = dt.date(2025, 12, 15)

    liitto = party(protocol, "liitto")
    liitto.decision_state = PartyDecisionState.APPROVED
    liitto.item_id = protocol_item.id
    liitto.approving_body_id = protocol_item.body_id
    liitto.excerpt_sent = dt.date(2025, 10, 16)
    liitto.excerpt_sent_method = DeliveryMethod.ELECTRONIC
    protocol_states = {
        "hyvinvointialue": ("Aluehallitus", dt.date(2025, 10, 27), "233", "PHHYKY/2187/00.04.01/2025"),
        "Lahti": ("Kaupunginhallitus", dt.date(2025, 11, 3), "431", "LAH/3102/00.04.01/2025"),
        "Hollola": ("Kunnanhallitus", dt.date(2025, 10, 27), "287", "HOL/598/00.04.01/2025"),
        "Heinola": ("Kaupunginhallitus", dt.date(2025, 11, 10), "262", "HEI/455/00.04.01/2025"),
        "Orimattila": ("Kaupunginhallitus", dt.date(2025, 11, 3), "318", "ORI/874/00.04.01/2025"),
        "Iitti": ("Kunnanhallitus", dt.date(2025, 10, 27), "196", "IIT/240/00.04.01/2025"),
        "Hartola": ("Kunnanhallitus", dt.date(2025, 11, 3), "173", "198/00.04.01/2025"),
    }
    for key, (body, date, section, dnro) in protocol_states.items():
        p = party(protocol, key)
        p.decision_state = PartyDecisionState.APPROVED
        p.ext_body = body
        p.ext_date = date
        p.ext_section = section
        p.ext_diary_number = dnro
        p.excerpt_received = date + dt.timedelta(days=4)
    party(protocol, "Asikkala").decision_state = PartyDecisionState.ON_AGENDA
    party(protocol, "Kärkölä").decision_state = PartyDecisionState.RETURNED
    party(protocol, "Kärkölä").notes = "Palautettiin valmisteluun 10.11.2025; uusi käsittely joulukuussa."
    for p in protocol.parties:
        p.decide_by = dt.date(2025, 12, 31)
    session.flush()

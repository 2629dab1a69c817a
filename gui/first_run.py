"""First run: a short wizard for the organisation, its bodies and members, and the secretary; or the demo.

``FirstRunWizard`` only asks; ``write_setup`` stores the answers (one transaction). Everything asked can be
changed later in the settings dialog (``gui.settings.SettingsDialog``: the user's own name and title, and with
``gui.organisation_dialog`` the organisation, its bodies and members).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.inflection import suggest_forms
from core.organisation import OrganisationDetails, check_minutes_online_days, checked_email
from db.engine import Database
from db.enums import BodyKind, Language, MemberRole, OrganisationKind
from db.errors import ValidationError, msg
from db.models import Body, ClassificationCode, Membership, Organisation, Person
from gui.i18n import localized
from gui.keyboard import add_button_mnemonics, tab_leaves

# The bodies suggested for each kind of organisation: (name, kind, Swedish name for a bilingual organisation).
SUGGESTED_BODIES: dict[OrganisationKind, tuple[tuple[str, BodyKind, str], ...]] = {
    OrganisationKind.MUNICIPALITY: (
        ("Kunnanvaltuusto", BodyKind.COUNCIL, "Kommunfullmäktige"),
        ("Kunnanhallitus", BodyKind.EXECUTIVE, "Kommunstyrelsen"),
        ("Hyvinvointilautakunta", BodyKind.COMMITTEE, "Välfärdsnämnden"),
    ),
    OrganisationKind.JOINT_AUTHORITY: (
        ("Yhtymävaltuusto", BodyKind.COUNCIL, "Samkommunsfullmäktige"),
        ("Yhtymähallitus", BodyKind.EXECUTIVE, "Samkommunsstyrelsen"),
    ),
    OrganisationKind.REGIONAL_COUNCIL: (
        ("Maakuntavaltuusto", BodyKind.COUNCIL, "Landskapsfullmäktige"),
        ("Maakuntahallitus", BodyKind.EXECUTIVE, "Landskapsstyrelsen"),
    ),
    OrganisationKind.WELLBEING_COUNTY: (
        ("Aluevaltuusto", BodyKind.COUNCIL, "Välfärdsområdesfullmäktige"),
        ("Aluehallitus", BodyKind.EXECUTIVE, "Välfärdsområdesstyrelsen"),
    ),
}
# A municipality that calls itself a town (kaupunki, stad) has a town council and a town board.
SUGGESTED_TOWN_BODIES: tuple[tuple[str, BodyKind, str], ...] = (
    ("Kaupunginvaltuusto", BodyKind.COUNCIL, "Stadsfullmäktige"),
    ("Kaupunginhallitus", BodyKind.EXECUTIVE, "Stadsstyrelsen"),
    ("Hyvinvointilautakunta", BodyKind.COMMITTEE, "Välfärdsnämnden"),
)


def suggested_bodies(kind: OrganisationKind, name: str) -> tuple[tuple[str, BodyKind, str], ...]:
    """The bodies suggested for an organisation of ``kind`` named ``name``: a town's for a municipality whose name
    says it is a town ("Porvoon kaupunki", "Borgå stad"), else those of its kind."""
    words = name.lower().split()
    if kind == OrganisationKind.MUNICIPALITY and ("kaupunki" in words or "stad" in words):
        return SUGGESTED_TOWN_BODIES
    return SUGGESTED_BODIES[kind]


@dataclass
class BodySetup:
    """A body as the wizard asks it: name, kind, members (the first is the chair) and, for a bilingual
    organisation, the Swedish name."""

    name: str
    kind: BodyKind
    members: list[str] = field(default_factory=list)
    name_sv: str = ""


@dataclass
class Setup:
    """The answers of the first-run wizard."""

    kind: OrganisationKind
    name: str
    language: Language
    postal_address: str = ""
    registry_email: str = ""
    registry_hours: str = ""
    bodies: list[BodySetup] = field(default_factory=list)
    secretary_name: str = ""
    secretary_title: str = ""
    administrative_court: str = ""  # a key of resources/appeal/courts.toml, "" when not chosen
    name_sv: str = ""  # the organisation's Swedish name (asked when its documents are also or only in Swedish)
    minutes_online_days: int = OrganisationDetails.minutes_online_days  # how long minutes stay online


def _clean(text: str) -> str:
    return " ".join(text.split())


def _key(name: str) -> str:
    """Names typed twice are the same name, letter case and extra spaces aside (as ``core.organisation``)."""
    return _clean(name).casefold()


def check_organisation(setup: Setup) -> None:
    """The organisation page's answers, checked as the settings dialog checks them (``core.organisation``)."""
    if not _clean(setup.name):
        raise ValidationError(msg("Organisaation nimi puuttuu."))
    if setup.language == Language.BILINGUAL and not _clean(setup.name_sv):
        raise ValidationError(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Anna organisaation nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset asiakirjat "
                "tarvitsevat sen.",
            )
        )
    check_minutes_online_days(setup.minutes_online_days)
    checked_email(setup.registry_email)


def check_bodies(setup: Setup) -> None:
    """Each body once (letter case aside, as ``core.organisation`` refuses later), and for a bilingual
    organisation each with its Swedish name."""
    seen: dict[str, str] = {}
    for body in setup.bodies:
        name = _clean(body.name)
        if _key(name) in seen:
            raise ValidationError(msg("Organisaatiolla on jo toimielin nimeltä {name}.", name=seen[_key(name)]))
        seen[_key(name)] = name
        if setup.language == Language.BILINGUAL and not _clean(body.name_sv):
            raise ValidationError(
                QCoreApplication.translate(
                    "FirstRunWizard",
                    "Anna toimielimen {name} nimi myös ruotsiksi: kaksikielisen organisaation ruotsinkieliset "
                    "asiakirjat tarvitsevat sen.",
                ).format(name=name)
            )


def check_setup(setup: Setup) -> None:
    """All the answers, as the pages check them (``write_setup`` checks again before storing anything)."""
    check_organisation(setup)
    check_bodies(setup)


def needs_first_run(database: Database) -> bool:
    """Whether the database has no home organisation yet."""
    with database.begin() as session:
        return not session.scalar(select(func.count(Organisation.id)).where(Organisation.is_home.is_(True)))


def write_setup(database: Database, setup: Setup, *, today: dt.date | None = None) -> None:
    """Store the organisation, its bodies and members, the secretary and the top task classes.

    The answers are checked first (``check_setup``); a refusal is a ``ValidationError`` and nothing is stored.
    A name typed in several places (a member of two bodies, the secretary) is one person.
    """
    check_setup(setup)
    today = today or dt.date.today()
    swedish = setup.language != Language.FINNISH
    with database.begin() as session:
        name = _clean(setup.name)
        if session.scalar(select(Organisation.id).where(Organisation.name == name)) is not None:
            raise ValidationError(
                msg(
                    "Tietokannassa on jo toinen organisaatio nimeltä {name} (esimerkiksi sopimuksen osapuolena).",
                    name=name,
                )
            )
        org = Organisation(
            kind=setup.kind,
            name=name,
            name_sv=_clean(setup.name_sv) if swedish else "",
            language=setup.language,
            is_home=True,
            postal_address=setup.postal_address.strip(),
            registry_email=setup.registry_email.strip(),
            registry_hours=_clean(setup.registry_hours),
            minutes_online_days=setup.minutes_online_days,
        )
        session.add(org)
        people: dict[str, Person] = {}  # one person per name, in every body and as the secretary
        for order, body_setup in enumerate(setup.bodies, start=1):
            forms = suggest_forms(_clean(body_setup.name))
            body = Body(
                organisation=org,
                kind=body_setup.kind,
                name=forms.nominative,
                name_sv=_clean(body_setup.name_sv) if swedish else "",
                name_genitive=forms.genitive,
                name_partitive=forms.partitive,
                name_allative=forms.allative,
                name_adessive=forms.adessive,
                name_inessive=forms.inessive,
                name_elative=forms.elative,
                name_illative=forms.illative,
                sort_order=order,
            )
            session.add(body)
            seated: set[str] = set()  # a name typed twice in one body is one seat
            for member in body_setup.members:
                if not _clean(member) or _key(member) in seated:
                    continue
                role = MemberRole.CHAIR if not seated else MemberRole.MEMBER
                seat = _person(session, people, org, member)
                session.add(Membership(body=body, person=seat, role=role, term_start=today, sort_order=len(seated)))
                seated.add(_key(member))
        if _clean(setup.secretary_name):
            secretary = _person(session, people, org, setup.secretary_name)
            if _clean(setup.secretary_title):
                secretary.title = _clean(setup.secretary_title)
        if setup.administrative_court:
            from core.appeal import set_administrative_court

            session.flush()
            set_administrative_court(session, setup.administrative_court, organisation_id=org.id)
        if not session.scalar(select(func.count()).select_from(ClassificationCode)):
            from core.demo import CLASSES  # the demo's task classification (only needed here)

            session.add_all(ClassificationCode(code=c, title=t, title_sv=sv) for c, t, sv in CLASSES)


def _person(session: Session, people: dict[str, Person], org: Organisation, name: str) -> Person:
    """The person of this name among ``people`` (the names typed so far), or a new one added to them."""
    found = people.get(_key(name))
    if found is None:
        found = people[_key(name)] = Person(name=_clean(name), organisation=org)
        session.add(found)
    return found


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Tervetuloa Sihteeriin"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Sihteeri tarvitsee tiedot organisaatiostasi ja sen toimielimistä. Voit myös tutustua ohjelmaan "
                "esittelytietokannalla (Hartolan kunta ja Päijät-Hämeen liitto)."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.setup = QRadioButton(self.tr("Anna organisaation tiedot"))
        self.setup.setChecked(True)
        self.demo = QRadioButton(self.tr("Avaa esittelytietokanta"))
        layout.addWidget(self.setup)
        layout.addWidget(self.demo)

    def nextId(self) -> int:  # noqa: N802
        return -1 if self.demo.isChecked() else super().nextId()

    def isFinalPage(self) -> bool:  # noqa: N802
        return self.demo.isChecked()


def _problem_label() -> QLabel:
    """Where a page says why it cannot go on (a red line under its fields; empty when all is well)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OrganisationPage(QWizardPage):
    """The organisation's details (``gui.organisation_dialog.OrganisationForm``, the settings dialog's too).

    The Swedish name is asked when the documents are also or only in Swedish."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Organisaatio"))
        from gui.organisation_dialog import OrganisationForm  # loaded when the wizard is, not at every start

        layout = QVBoxLayout(self)
        self.form = OrganisationForm(swedish_name=False, certification=False)
        layout.addWidget(self.form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        form = self.form
        self.kind, self.name, self.language = form.kind, form.name, form.language
        self.address, self.email, self.hours = form.address, form.email, form.hours
        self.registerField("name*", self.name)

    @property
    def language_value(self) -> Language:
        return Language(self.language.currentData())


# Columns of the bodies table.
NAME, NAME_SV, KIND, MEMBERS = range(4)


class BodiesPage(QWizardPage):
    """The bodies with their members; suggested from the organisation's kind until the user edits them."""

    def __init__(self, org_page: OrganisationPage) -> None:
        super().__init__()
        self._org_page = org_page
        self._suggested_for: tuple[tuple[str, BodyKind, str], ...] | None = None
        self._suggested_rows: list[BodySetup] = []
        self.setTitle(self.tr("Toimielimet ja jäsenet"))
        self.setSubTitle(self.tr("Kirjoita jäsenet pilkuin erotettuina; ensimmäinen on puheenjohtaja."))
        layout = QVBoxLayout(self)
        self.table = tab_leaves(QTableWidget(0, 4))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Toimielin"), self.tr("Nimi ruotsiksi"), self.tr("Laji"), self.tr("Jäsenet")]
        )
        self.table.horizontalHeader().setSectionResizeMode(MEMBERS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NAME, 210)  # room for names like Hyvinvointilautakunta
        self.table.setColumnWidth(NAME_SV, 190)
        self.table.setColumnWidth(KIND, 130)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Lisää toimielin"))
        add.clicked.connect(lambda: self.add_body("", BodyKind.COMMITTEE))
        remove = QPushButton(self.tr("Poista toimielin"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = _problem_label()
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802
        """Suggest the bodies of the organisation's kind; a kind changed after Back suggests again, unless the
        user has already edited the suggestion (then it is the user's table and stays)."""
        self.table.setColumnHidden(NAME_SV, self._org_page.language_value == Language.FINNISH)
        kind = OrganisationKind(self._org_page.kind.currentData())
        suggestion = suggested_bodies(kind, self._org_page.name.text())
        if self.table.rowCount() and (suggestion == self._suggested_for or self.bodies() != self._suggested_rows):
            return
        self.table.setRowCount(0)
        for name, body_kind, name_sv in suggestion:
            self.add_body(name, body_kind, name_sv=name_sv)
        self._suggested_for = suggestion
        self._suggested_rows = self.bodies()

    def add_body(self, name: str, kind: BodyKind, members: str = "", *, name_sv: str = "") -> None:
        from gui.organisation_dialog import BODY_KIND_LABELS

        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        self.table.setItem(row, NAME_SV, QTableWidgetItem(name_sv))
        combo = QComboBox()
        for body_kind, label in BODY_KIND_LABELS.items():
            combo.addItem(QCoreApplication.translate("BodyDialog", label), body_kind.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        combo.setAccessibleName(self.tr("Toimielimen laji"))  # not just its value ("valtuusto")
        self.table.setCellWidget(row, KIND, combo)
        self.table.setItem(row, MEMBERS, QTableWidgetItem(members))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def bodies(self) -> list[BodySetup]:
        result = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            if not name:
                continue
            combo = self.table.cellWidget(row, KIND)
            kind = BodyKind(combo.currentData()) if isinstance(combo, QComboBox) else BodyKind.COMMITTEE
            members = [m.strip() for m in self._text(row, MEMBERS).split(",") if m.strip()]
            result.append(BodySetup(name, kind, members, name_sv=self._text(row, NAME_SV)))
        return result


class SecretaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Sihteeri"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        form.addRow(self.tr("Nimesi"), self.name)
        self.job_title = QLineEdit()
        self.job_title.setPlaceholderText(self.tr("esim. hallintosihteeri"))
        form.addRow(self.tr("Virkanimikkeesi"), self.job_title)
        self.problem = _problem_label()
        form.addRow(self.problem)


class FirstRunWizard(QWizard):
    """Asks the organisation, bodies and members, and the secretary; or the demo (``wants_demo``).

    A page whose answers the settings dialog would refuse (``check_organisation``, ``check_bodies``) stays
    open and says why in its ``problem`` line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sihteerin käyttöönotto"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.intro = IntroPage()
        self.organisation = OrganisationPage()
        self.bodies = BodiesPage(self.organisation)
        self.secretary = SecretaryPage()
        for page in (self.intro, self.organisation, self.bodies, self.secretary):
            self.addPage(page)
        self.resize(760, 500)
        add_button_mnemonics(self)

    @property
    def wants_demo(self) -> bool:
        return self.intro.demo.isChecked()

    def validateCurrentPage(self) -> bool:  # noqa: N802
        """Next and Finish: the page's answers are checked as the settings dialog checks them."""
        page = self.currentPage()
        checks = {
            self.organisation: check_organisation,
            self.bodies: check_bodies,
            self.secretary: check_setup,
        }
        check = next((c for p, c in checks.items() if p is page), None)
        if check is not None and not self.wants_demo:
            assert isinstance(page, (OrganisationPage, BodiesPage, SecretaryPage))
            try:
                check(self.setup())
            except ValidationError as exc:
                page.problem.setText(localized(exc.message))
                return False
            page.problem.clear()
        return bool(super().validateCurrentPage())

    def show_problem(self, text: str) -> None:
        """Say on the current page why the answers were not stored (e.g. ``write_setup`` refused them)."""
        page = self.currentPage()
        if isinstance(page, (OrganisationPage, BodiesPage, SecretaryPage)):
            page.problem.setText(text)

    def setup(self) -> Setup:
        page = self.organisation
        return Setup(
            kind=OrganisationKind(page.kind.currentData()),
            name=_clean(page.name.text()),
            language=page.language_value,
            postal_address=page.address.toPlainText(),
            registry_email=page.email.text(),
            registry_hours=page.hours.text(),
            bodies=self.bodies.bodies(),
            secretary_name=_clean(self.secretary.name.text()),
            secretary_title=_clean(self.secretary.job_title.text()),
            administrative_court=str(page.form.court.currentData() or ""),
            name_sv=_clean(page.form.name_sv.text()),
            minutes_online_days=page.form.online_days.value(),
        )

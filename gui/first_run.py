"""First run: a short wizard for the organisation, its bodies and members, and the secretary; or the demo.

``FirstRunWizard`` only asks; ``write_setup`` stores the answers (one transaction). Everything asked can be
changed later in the settings dialog (``gui.settings.SettingsDialog``: the user's own name and title, and with
``gui.organisation_dialog`` the organisation, its bodies and members).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
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

from core.inflection import suggest_forms
from db.engine import Database
from db.enums import BodyKind, Language, MemberRole, OrganisationKind
from db.models import Body, ClassificationCode, Membership, Organisation, Person

SUGGESTED_BODIES: dict[OrganisationKind, tuple[tuple[str, BodyKind], ...]] = {
    OrganisationKind.MUNICIPALITY: (
        ("Kunnanvaltuusto", BodyKind.COUNCIL),
        ("Kunnanhallitus", BodyKind.EXECUTIVE),
        ("Hyvinvointilautakunta", BodyKind.COMMITTEE),
    ),
    OrganisationKind.JOINT_AUTHORITY: (("Yhtymävaltuusto", BodyKind.COUNCIL), ("Yhtymähallitus", BodyKind.EXECUTIVE)),
    OrganisationKind.REGIONAL_COUNCIL: (
        ("Maakuntavaltuusto", BodyKind.COUNCIL),
        ("Maakuntahallitus", BodyKind.EXECUTIVE),
    ),
    OrganisationKind.WELLBEING_COUNTY: (("Aluevaltuusto", BodyKind.COUNCIL), ("Aluehallitus", BodyKind.EXECUTIVE)),
}


@dataclass
class BodySetup:
    name: str
    kind: BodyKind
    members: list[str] = field(default_factory=list)


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


def needs_first_run(database: Database) -> bool:
    """Whether the database has no home organisation yet."""
    with database.begin() as session:
        return not session.scalar(select(func.count(Organisation.id)).where(Organisation.is_home.is_(True)))


def write_setup(database: Database, setup: Setup, *, today: dt.date | None = None) -> None:
    """Store the organisation, its bodies and members, the secretary and the top task classes."""
    today = today or dt.date.today()
    with database.begin() as session:
        org = Organisation(
            kind=setup.kind,
            name=setup.name.strip(),
            language=setup.language,
            is_home=True,
            postal_address=setup.postal_address.strip(),
            registry_email=setup.registry_email.strip(),
            registry_hours=setup.registry_hours.strip(),
        )
        session.add(org)
        for order, body_setup in enumerate(setup.bodies, start=1):
            forms = suggest_forms(body_setup.name)
            body = Body(
                organisation=org,
                kind=body_setup.kind,
                name=forms.nominative,
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
            for position, member in enumerate(body_setup.members):
                person = Person(name=member, organisation=org)
                session.add(person)
                role = MemberRole.CHAIR if position == 0 else MemberRole.MEMBER
                session.add(Membership(body=body, person=person, role=role, term_start=today, sort_order=position))
        if setup.secretary_name.strip():
            session.add(
                Person(name=setup.secretary_name.strip(), title=setup.secretary_title.strip(), organisation=org)
            )
        if setup.administrative_court:
            from core.appeal import set_administrative_court

            session.flush()
            set_administrative_court(session, setup.administrative_court, organisation_id=org.id)
        if not session.scalar(select(func.count()).select_from(ClassificationCode)):
            from core.demo import CLASSES  # the demo's task classification (only needed here)

            session.add_all(ClassificationCode(code=c, title=t, title_sv=sv) for c, t, sv in CLASSES)


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


class OrganisationPage(QWizardPage):
    """The organisation's details (``gui.organisation_dialog.OrganisationForm``, the settings dialog's too)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Organisaatio"))
        from gui.organisation_dialog import OrganisationForm  # loaded when the wizard is, not at every start

        layout = QVBoxLayout(self)
        self.form = OrganisationForm(swedish_name=False, certification=False)
        layout.addWidget(self.form)
        form = self.form
        self.kind, self.name, self.language = form.kind, form.name, form.language
        self.address, self.email, self.hours = form.address, form.email, form.hours
        self.registerField("name*", self.name)


class BodiesPage(QWizardPage):
    def __init__(self, org_page: OrganisationPage) -> None:
        super().__init__()
        self._org_page = org_page
        self.setTitle(self.tr("Toimielimet ja jäsenet"))
        self.setSubTitle(self.tr("Kirjoita jäsenet pilkuin erotettuina; ensimmäinen on puheenjohtaja."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Toimielin"), self.tr("Laji"), self.tr("Jäsenet")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 210)  # room for names like Hyvinvointilautakunta
        self.table.setColumnWidth(1, 130)
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

    def initializePage(self) -> None:  # noqa: N802
        if self.table.rowCount():
            return
        kind = OrganisationKind(self._org_page.kind.currentData())
        for name, body_kind in SUGGESTED_BODIES[kind]:
            self.add_body(name, body_kind)

    def add_body(self, name: str, kind: BodyKind, members: str = "") -> None:
        from gui.organisation_dialog import BODY_KIND_LABELS

        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for body_kind, label in BODY_KIND_LABELS.items():
            combo.addItem(QCoreApplication.translate("BodyDialog", label), body_kind.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(members))

    def bodies(self) -> list[BodySetup]:
        result = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, 0)
            name = name_item.text().strip() if name_item else ""
            if not name:
                continue
            combo = self.table.cellWidget(row, 1)
            kind = BodyKind(combo.currentData()) if isinstance(combo, QComboBox) else BodyKind.COMMITTEE
            members_item = self.table.item(row, 2)
            members = [m.strip() for m in (members_item.text() if members_item else "").split(",") if m.strip()]
            result.append(BodySetup(name, kind, members))
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


class FirstRunWizard(QWizard):
    """Asks the organisation, bodies and members, and the secretary; or the demo (``wants_demo``)."""

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
        self.resize(720, 480)

    @property
    def wants_demo(self) -> bool:
        return self.intro.demo.isChecked()

    def setup(self) -> Setup:
        page = self.organisation
        return Setup(
            kind=OrganisationKind(page.kind.currentData()),
            name=page.name.text().strip(),
            language=Language(page.language.currentData()),
            postal_address=page.address.toPlainText(),
            registry_email=page.email.text(),
            registry_hours=page.hours.text(),
            bodies=self.bodies.bodies(),
            secretary_name=self.secretary.name.text().strip(),
            secretary_title=self.secretary.job_title.text().strip(),
            administrative_court=str(page.form.court.currentData() or ""),
        )

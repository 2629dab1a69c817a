"""The user's own preferences, declared once with type, default and meaning, over QSettings; and their dialog.

Database-wide settings (the organisation, its bodies) live in the database; what is here belongs to one
user on one computer: the UI language, the autosave interval, the user's name and title, the window's geometry,
the last item opened. The dialog shows both: the user's preferences, and the organisation with its bodies and
members when it is given the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.keyboard import add_button_mnemonics

if TYPE_CHECKING:
    from core.organisation import OrganisationDetails
    from db.engine import Database
    from gui.classification_panel import ClassificationPanel
    from gui.organisation_dialog import BodiesPanel, OrganisationForm, PeoplePanel

T = TypeVar("T")

LANGUAGES: tuple[tuple[str, str], ...] = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))


@dataclass(frozen=True)
class Declared(Generic[T]):
    """One declared setting: its QSettings key, type, default and what it means."""

    key: str
    type: type[T]
    default: T
    meaning: str


LANGUAGE = Declared("ui/language", str, "fi", "Käyttöliittymän kieli (fi, sv, en)")
AUTOSAVE_SECONDS = Declared("editor/autosave_seconds", int, 5, "Tallentamattomien muutosten luonnosväli sekunteina")
SECRETARY_NAME = Declared("user/name", str, "", "Sihteerin nimi")
SECRETARY_TITLE = Declared("user/title", str, "", "Sihteerin virkanimike")
LAST_DATABASE = Declared("database/last", str, "", "Viimeksi avattu tietokanta")
LAST_ITEM = Declared("window/last_item", int, 0, "Viimeksi avattu asia (tunniste)")
WINDOW_GEOMETRY = Declared("window/geometry", QByteArray, QByteArray(), "Ikkunan koko ja paikka")
WINDOW_STATE = Declared("window/state", QByteArray, QByteArray(), "Työkalupalkkien asettelu")
SPLITTER_STATE = Declared("window/splitter", QByteArray, QByteArray(), "Paneelien leveydet")

DECLARED: tuple[Declared[Any], ...] = (
    LANGUAGE,
    AUTOSAVE_SECONDS,
    SECRETARY_NAME,
    SECRETARY_TITLE,
    LAST_DATABASE,
    LAST_ITEM,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
)


class Settings:
    """Typed access to the declared settings; ``Settings(QSettings(path, IniFormat))`` in tests.

    Attributes:
        store: the QSettings underneath.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("Sihteeri", "Sihteeri")

    def get(self, setting: Declared[T]) -> T:
        value = self.store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default  # type: ignore[return-value]
        try:
            if setting.type is bool and isinstance(value, str):
                return (value.lower() in ("true", "1")) is True  # type: ignore[return-value]
            return setting.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Declared[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def sync(self) -> None:
        self.store.sync()


class SettingsDialog(QDialog):
    """The user's preferences (language, autosave interval, own name and title) and, with a database, the
    organisation's details and its bodies and members (``gui.organisation_dialog``).

    The preferences and the organisation's details are stored when the dialog is accepted, in one transaction
    with the user's person (``core.organisation.set_own_person``); a refused value keeps the dialog open. When the
    database keeps the minutes of several home organisations, ``organisation_choice`` picks the one the
    Organisaatio tab shows; what was typed for each is kept on switching, and OK stores every changed one.
    Bodies and members are stored at once by their own panel. ``database_changed`` tells the window to read
    its navigator again.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None, database: Database | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Asetukset"))
        self._settings = settings
        self._database = database
        self._initial_language = settings.get(LANGUAGE)
        self.database_changed = False
        self.tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        form.addRow(self.tr("Käyttöliittymän kieli"), self.language)
        self.autosave = QSpinBox()
        self.autosave.setRange(2, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.get(AUTOSAVE_SECONDS))
        form.addRow(self.tr("Luonnoksen automaattinen tallennus"), self.autosave)
        self.name = QLineEdit(settings.get(SECRETARY_NAME))
        form.addRow(self.tr("Nimesi"), self.name)
        self.title = QLineEdit(settings.get(SECRETARY_TITLE))
        form.addRow(self.tr("Virkanimikkeesi"), self.title)
        hint = QLabel(self.tr("Nimesi perusteella sinut merkitään pöytäkirjanpitäjäksi toimielimen ensimmäiseen "
                              "kokoukseen; myöhemmät kokoukset saavat edellisen kokouksen pöytäkirjanpitäjän."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.tabs.addTab(general, self.tr("Yleiset"))
        self.organisation: OrganisationForm | None = None
        # Which home organisation the Organisaatio tab edits (hidden when there is one): their details as stored,
        # as typed for those switched away from, and the id of the one shown.
        self.organisation_choice = QComboBox()
        self._loaded: dict[int, OrganisationDetails] = {}
        self._edited: dict[int, OrganisationDetails] = {}
        self._shown_id = 0
        self.bodies: BodiesPanel | None = None
        self.people: PeoplePanel | None = None
        self.classes: ClassificationPanel | None = None
        if database is not None:
            self._add_database_tabs(database)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        add_button_mnemonics(self)
        if database is not None:
            self.resize(980, 580)

    def _add_database_tabs(self, database: Database) -> None:
        from core.organisation import home_organisations, organisation_details
        from gui.classification_panel import ClassificationPanel
        from gui.organisation_dialog import BodiesPanel, OrganisationForm, PeoplePanel

        with database.begin() as session:
            homes = [(org.id, org.name) for org in home_organisations(session)]
            self._loaded = {org_id: organisation_details(session, org_id) for org_id, _name in homes}
        if not homes:
            return  # no first run yet: nothing of the organisation to change
        self.organisation = OrganisationForm()
        for org_id, name in homes:
            self.organisation_choice.addItem(name, org_id)
        several = QLabel(self.tr("Tietokannassa pidetään useamman oman organisaation pöytäkirjoja. Valitse, minkä "
                                 "organisaation tietoja muokkaat; OK tallentaa kaikkien muutetut tiedot."))
        several.setWordWrap(True)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.organisation.insert_leading_row(self.organisation_choice, self.tr("Organisaatio"))
        self.organisation.insert_leading_row(several)
        self.organisation.insert_leading_row(line)
        for row in (self.organisation_choice, several, line):
            self.organisation.set_row_visible(row, len(homes) > 1)
        self._shown_id = homes[0][0]
        page = QWidget()
        column = QVBoxLayout(page)
        self.organisation.show_details(self._loaded[self._shown_id])
        self.organisation_choice.currentIndexChanged.connect(self._organisation_chosen)
        column.addWidget(self.organisation)
        column.addStretch(1)
        self.tabs.addTab(page, self.tr("Organisaatio"))
        self.bodies = BodiesPanel(database)
        self.tabs.addTab(self.bodies, self.tr("Toimielimet ja jäsenet"))
        self.people = PeoplePanel(database)
        self.tabs.addTab(self.people, self.tr("Henkilöt"))
        self.classes = ClassificationPanel(database)
        self.tabs.addTab(self.classes, self.tr("Tehtäväluokitus"))

    def _organisation_chosen(self, index: int) -> None:
        """Keep what was typed for the organisation shown so far (OK stores it) and show the chosen one's details:
        as typed earlier in this dialog, else as stored."""
        assert self.organisation is not None
        left = self._shown_id
        self._edited[left] = self.organisation.details()
        before = self.organisation_choice.findData(left)
        self.organisation_choice.setItemText(before, self._edited[left].name or self._loaded[left].name)
        self._shown_id = int(self.organisation_choice.itemData(index))
        self.organisation.show_details(self._edited.get(self._shown_id, self._loaded[self._shown_id]))

    def choose_organisation(self, organisation_id: int) -> None:
        """Show the home organisation of that id on the Organisaatio tab (what was typed for the others kept)."""
        self.organisation_choice.setCurrentIndex(self.organisation_choice.findData(organisation_id))

    def organisation_changes(self) -> dict[int, OrganisationDetails]:
        """The home organisations whose details were changed in this dialog (by id, the first first), as typed."""
        if self.organisation is None:
            return {}
        typed = {**self._edited, self._shown_id: self.organisation.details()}
        return {org_id: typed[org_id] for org_id in sorted(typed) if typed[org_id] != self._loaded[org_id]}

    @property
    def _panels_changed(self) -> bool:
        """Whether the bodies, people or classification tabs stored anything (they store at once, OK or not)."""
        return any(panel is not None and panel.changed for panel in (self.bodies, self.people, self.classes))

    @property
    def language_changed(self) -> bool:
        return bool(self.language.currentData() != self._initial_language)

    def accept(self) -> None:
        if self._database is not None and self.organisation is not None:
            from core.organisation import set_own_person, update_organisation
            from gui.errors import show_error

            refused: int | None = None  # the organisation being stored when the storing failed
            try:
                with self._database.begin() as session:
                    for organisation_id, details in self.organisation_changes().items():
                        refused = organisation_id
                        # Only what was changed here: another user may have stored other fields meanwhile.
                        update_organisation(session, details, organisation_id, before=self._loaded[organisation_id])
                    refused = None
                    set_own_person(session, self.name.text(), self.title.text())
            except Exception as exc:
                self.tabs.setCurrentIndex(1)
                if refused is not None:
                    self.choose_organisation(refused)  # show the details the message is about
                show_error(self, exc)
                return
            self.database_changed = True
        if self._panels_changed:
            self.database_changed = True
        self._settings.set(LANGUAGE, str(self.language.currentData()))
        self._settings.set(AUTOSAVE_SECONDS, self.autosave.value())
        self._settings.set(SECRETARY_NAME, " ".join(self.name.text().split()))
        self._settings.set(SECRETARY_TITLE, self.title.text().strip())
        self._settings.sync()
        super().accept()

    def reject(self) -> None:
        self.database_changed = self._panels_changed
        super().reject()

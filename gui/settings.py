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
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.keyboard import add_button_mnemonics

if TYPE_CHECKING:
    from db.engine import Database
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
    with the user's person (``core.organisation.set_own_person``); a refused value keeps the dialog open.
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
        self.bodies: BodiesPanel | None = None
        self.people: PeoplePanel | None = None
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
        from core.organisation import organisation_details
        from db.errors import NotFound
        from gui.organisation_dialog import BodiesPanel, OrganisationForm, PeoplePanel

        try:
            with database.begin() as session:
                details = organisation_details(session)
        except NotFound:
            return  # no first run yet: nothing of the organisation to change
        self.organisation = OrganisationForm()
        self.organisation.show_details(details)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.organisation)
        column.addStretch(1)
        self.tabs.addTab(page, self.tr("Organisaatio"))
        self.bodies = BodiesPanel(database)
        self.tabs.addTab(self.bodies, self.tr("Toimielimet ja jäsenet"))
        self.people = PeoplePanel(database)
        self.tabs.addTab(self.people, self.tr("Henkilöt"))

    @property
    def _panels_changed(self) -> bool:
        """Whether the bodies or people tabs stored anything (they store at once, OK or not)."""
        return any(panel is not None and panel.changed for panel in (self.bodies, self.people))

    @property
    def language_changed(self) -> bool:
        return bool(self.language.currentData() != self._initial_language)

    def accept(self) -> None:
        if self._database is not None and self.organisation is not None:
            from core.organisation import set_own_person, update_organisation
            from gui.errors import show_error

            try:
                with self._database.begin() as session:
                    update_organisation(session, self.organisation.details())
                    set_own_person(session, self.name.text(), self.title.text())
            except Exception as exc:
                self.tabs.setCurrentIndex(1)
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

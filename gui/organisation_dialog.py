"""The organisation, its bodies and their members after the first run: the settings dialog's database tabs.

``OrganisationForm`` is the organisation's fields (the first-run page uses the same form); ``BodiesPanel``
lists the bodies and the members of the chosen one. Changes to bodies and members are stored at once, each in
one transaction (``core.organisation``), as the panel says; the organisation's details are stored with the
rest of the settings when the dialog is accepted.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import organisation as org_ops
from core.agreements import fi_date
from core.inflection import CASE_LABELS, CASES
from core.organisation import (
    CUSTOM_COURT,
    MINUTES_ONLINE_DAYS,
    BodyDetails,
    OrganisationDetails,
    PersonChange,
    PersonDetails,
)
from db.engine import Database
from db.enums import BodyKind, Language, MemberRole, OrganisationKind
from db.errors import SihteeriError
from db.models import Organisation, Person, PersonFormerName
from gui.dialogs import date_edit, from_qdate, to_qdate
from gui.errors import show_error
from gui.i18n import QT_TRANSLATE_NOOP, ui_language
from gui.keyboard import tab_leaves

KIND_LABELS = {
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("OrganisationForm", "kunta"),
    OrganisationKind.JOINT_AUTHORITY: QT_TRANSLATE_NOOP("OrganisationForm", "kuntayhtymä"),
    OrganisationKind.REGIONAL_COUNCIL: QT_TRANSLATE_NOOP("OrganisationForm", "maakuntaliitto"),
    OrganisationKind.WELLBEING_COUNTY: QT_TRANSLATE_NOOP("OrganisationForm", "hyvinvointialue"),
}
LANGUAGE_LABELS = {
    Language.FINNISH: QT_TRANSLATE_NOOP("OrganisationForm", "suomi"),
    Language.SWEDISH: QT_TRANSLATE_NOOP("OrganisationForm", "ruotsi"),
    Language.BILINGUAL: QT_TRANSLATE_NOOP("OrganisationForm", "kaksikielinen (suomi ja ruotsi)"),
}
BODY_KIND_LABELS = {
    BodyKind.COUNCIL: QT_TRANSLATE_NOOP("BodyDialog", "valtuusto"),
    BodyKind.EXECUTIVE: QT_TRANSLATE_NOOP("BodyDialog", "hallitus"),
    BodyKind.COMMITTEE: QT_TRANSLATE_NOOP("BodyDialog", "lautakunta"),
    BodyKind.DIVISION: QT_TRANSLATE_NOOP("BodyDialog", "jaosto"),
    BodyKind.OFFICE_HOLDER: QT_TRANSLATE_NOOP("BodyDialog", "viranhaltija"),
}
ROLE_LABELS = {
    MemberRole.CHAIR: QT_TRANSLATE_NOOP("MemberDialog", "puheenjohtaja"),
    MemberRole.VICE_CHAIR: QT_TRANSLATE_NOOP("MemberDialog", "varapuheenjohtaja"),
    MemberRole.MEMBER: QT_TRANSLATE_NOOP("MemberDialog", "jäsen"),
    MemberRole.DEPUTY: QT_TRANSLATE_NOOP("MemberDialog", "varajäsen"),
}
CASE_FIELD_LABELS = {case: QT_TRANSLATE_NOOP("BodyDialog", label) for case, label in CASE_LABELS.items()}


class OrganisationForm(QWidget):
    """The organisation's kind, name (and Swedish name), documents' language, address and registry contact.

    ``swedish_name``: the Swedish name is always shown (the settings dialog); False shows it only while the
    documents' language is Swedish or bilingual (the first run). ``certification``: the settings dialog's rest
    (visiting addresses, Swedish registry details, the excerpts' certification)."""

    def __init__(self, parent: QWidget | None = None, *, swedish_name: bool = True, certification: bool = True) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._form = form
        self._leading = 0  # rows inserted above the organisation's own (insert_leading_row)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        form.addRow(self.tr("Organisaation laji"), self.kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("esim. Hartolan kunta"))
        form.addRow(self.tr("Nimi"), self.name)
        self.genitive = QLineEdit()  # empty: the suggestion shown as its placeholder is used
        self.genitive.setToolTip(self.tr("Nimi lauseen sisällä genetiivissä, esim. ”Hartolan kunnan”. "
                                         "Päätösehdotusten mallipohjat käyttävät tätä (organisation.genitive); "
                                         "tyhjänä käytetään harmaana näkyvää ehdotusta."))  # fmt: skip
        self.name.textChanged.connect(self._suggest_genitive)
        if certification:
            form.addRow(self.tr("Nimi genetiivissä"), self.genitive)
        else:
            self.genitive.hide()
        self.name_sv = QLineEdit()
        self.name_sv.setPlaceholderText(self.tr("kaksikielisen organisaation ruotsinkielinen nimi"))
        form.addRow(self.tr("Nimi ruotsiksi"), self.name_sv)
        self.language = QComboBox()
        for language, label in LANGUAGE_LABELS.items():
            self.language.addItem(self.tr(label), language.value)
        form.addRow(self.tr("Asiakirjojen kieli"), self.language)
        if not swedish_name:
            self.language.currentIndexChanged.connect(self._show_swedish_name)
            self._show_swedish_name()
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(70)
        self.address.setTabChangesFocus(True)
        form.addRow(self.tr("Postiosoite"), self.address)
        after_address = form.rowCount()
        self.visiting = QLineEdit()
        self.visiting.setPlaceholderText(self.tr("esim. Rantatie 6, Hartola"))
        self.email = QLineEdit()
        form.addRow(self.tr("Kirjaamon sähköposti"), self.email)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("esim. ma–pe klo 9–15"))
        form.addRow(self.tr("Kirjaamon aukioloaika"), self.hours)
        self.address_sv = QPlainTextEdit()
        self.address_sv.setMaximumHeight(70)
        self.address_sv.setTabChangesFocus(True)
        self.visiting_sv = QLineEdit()
        self.hours_sv = QLineEdit()
        if certification:  # the settings dialog: the rest of what the appeal instruction prints
            form.insertRow(after_address, self.tr("Käyntiosoite"), self.visiting)
            form.addRow(self.tr("Postiosoite ruotsiksi"), self.address_sv)
            form.addRow(self.tr("Käyntiosoite ruotsiksi"), self.visiting_sv)
            form.addRow(self.tr("Aukioloaika ruotsiksi"), self.hours_sv)
        else:
            for widget in (self.visiting, self.address_sv, self.visiting_sv, self.hours_sv):
                widget.hide()
        self.court = QComboBox()
        self.court.addItem(self.tr("(ei valittu)"), "")
        from core.appeal import courts  # the court list (a small TOML file), only when the form is made

        swedish = ui_language() == "sv"
        for key, court in courts()["administrative"].items():
            self.court.addItem(court.get("name_sv") or court["name"] if swedish else court["name"], key)
        self.court.setToolTip(self.tr("Hallinto-oikeus, jolle kunnallisvalitukset tehdään; valtuuston pöytäkirjan "
                                      "valitusosoitus tarvitsee sen."))  # fmt: skip
        form.addRow(self.tr("Hallinto-oikeus"), self.court)
        self.certification_place = QLineEdit()
        self.certification_place.setPlaceholderText(self.tr("esim. Hartolassa"))
        self.certification_text = QLineEdit(OrganisationDetails.certification_text)
        self.certification_text_sv = QLineEdit(OrganisationDetails.certification_text_sv)
        self.certification_place_sv = QLineEdit()
        self.certification_place_sv.setPlaceholderText(self.tr("kaksikielisen organisaation otteissa, esim. Lahtis"))
        self.online_days = QSpinBox()
        self.online_days.setRange(*MINUTES_ONLINE_DAYS)
        self.online_days.setValue(OrganisationDetails.minutes_online_days)
        self.online_days.setSuffix(self.tr(" päivää"))
        self.online_days.setToolTip(self.tr("Kuinka kauan pöytäkirjat pidetään yleisessä tietoverkossa julkaisusta "
                                            "(vähintään muutoksenhakuajan loppuun). Henkilötiedot poistetaan jo "
                                            "muutoksenhakuajan päätyttyä."))  # fmt: skip
        form.addRow(self.tr("Pöytäkirjat verkossa"), self.online_days)
        if certification:
            form.addRow(self.tr("Pöytäkirjanotteen todistuspaikka"), self.certification_place)
            form.addRow(self.tr("Todistuksen teksti"), self.certification_text)
            form.addRow(self.tr("Todistuspaikka ruotsiksi"), self.certification_place_sv)
            form.addRow(self.tr("Todistuksen teksti ruotsiksi"), self.certification_text_sv)
        else:
            for edit in (self.certification_place, self.certification_text, self.certification_text_sv,
                         self.certification_place_sv):
                edit.hide()

    def insert_leading_row(self, field: QWidget, label: str | None = None) -> None:
        """A row above the organisation's own ones (the settings dialog's choice of the organisation shown),
        spanning both columns when it has no label; rows so inserted keep their order."""
        if label is None:
            self._form.insertRow(self._leading, field)
        else:
            self._form.insertRow(self._leading, label, field)
        self._leading += 1

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        self._form.setRowVisible(field, visible)

    def _suggest_genitive(self) -> None:
        """The genitive a draft uses when none is written, shown greyed in the empty field."""
        from core.inflection import suggest_name_forms

        name = " ".join(self.name.text().split())
        self.genitive.setPlaceholderText(suggest_name_forms(name).genitive if name else "")

    def _show_swedish_name(self) -> None:
        """The Swedish name's row, shown while the documents are also or only in Swedish."""
        self._form.setRowVisible(self.name_sv, Language(self.language.currentData()) != Language.FINNISH)

    def details(self) -> OrganisationDetails:
        return OrganisationDetails(
            kind=OrganisationKind(self.kind.currentData()),
            name=self.name.text().strip(),
            language=Language(self.language.currentData()),
            name_sv=self.name_sv.text().strip(),
            postal_address=self.address.toPlainText(),
            registry_email=self.email.text(),
            registry_hours=self.hours.text(),
            certification_place=self.certification_place.text(),
            certification_text=self.certification_text.text(),
            certification_text_sv=self.certification_text_sv.text(),
            administrative_court=str(self.court.currentData() or ""),
            visiting_address=self.visiting.text(),
            postal_address_sv=self.address_sv.toPlainText(),
            visiting_address_sv=self.visiting_sv.text(),
            registry_hours_sv=self.hours_sv.text(),
            certification_place_sv=self.certification_place_sv.text(),
            minutes_online_days=self.online_days.value(),
            name_genitive=self.genitive.text().strip(),
        )

    def show_details(self, details: OrganisationDetails) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(details.kind.value)))
        self.name.setText(details.name)
        self.genitive.setText(details.name_genitive)
        self.name_sv.setText(details.name_sv)
        self.language.setCurrentIndex(max(0, self.language.findData(details.language.value)))
        self.address.setPlainText(details.postal_address)
        self.email.setText(details.registry_email)
        self.hours.setText(details.registry_hours)
        self.certification_place.setText(details.certification_place)
        self.visiting.setText(details.visiting_address)
        self.address_sv.setPlainText(details.postal_address_sv)
        self.visiting_sv.setText(details.visiting_address_sv)
        self.hours_sv.setText(details.registry_hours_sv)
        self.certification_place_sv.setText(details.certification_place_sv)
        self.certification_text.setText(details.certification_text)
        self.certification_text_sv.setText(details.certification_text_sv)
        self.online_days.setValue(details.minutes_online_days)
        if details.administrative_court == CUSTOM_COURT and self.court.findData(CUSTOM_COURT) < 0:
            self.court.addItem(self.tr("(muu, asetettu ohjelmallisesti)"), CUSTOM_COURT)
        self.court.setCurrentIndex(max(0, self.court.findData(details.administrative_court)))


HomeChoice = tuple[int, str, list[tuple[int, str]]]  # a home organisation: id, name, the bodies a new one can be below


class BodyDialog(QDialog):
    """A body's name, kind, meeting place, Swedish name, whether it is in use, and its inflected forms; for a new
    body of a database with several home organisations, also whose (``organisation``, hidden otherwise)."""

    def __init__(self, details: BodyDetails | None, parent: QWidget | None = None,
                 above: list[tuple[int, str]] | None = None, *, printed: bool = False,
                 organisations: list[HomeChoice] | None = None, organisation_id: int | None = None,
                 adding: bool | None = None) -> None:  # fmt: skip
        """``above``: the bodies this one can be below (id, name). ``printed``: minutes of the body are checked,
        so its name, Swedish name and kind (and a division's body above) can no longer change. ``organisations``:
        the home organisations a new body can belong to, each with the bodies it can be below (instead of
        ``above``); the one of ``organisation_id`` (else the first) is chosen. ``adding``: a new body (by default
        when there are no ``details``; a new body asked again after a refusal has them)."""
        super().__init__(parent)
        adding = details is None if adding is None else adding
        self.setWindowTitle(self.tr("Uusi toimielin") if adding else self.tr("Toimielimen tiedot"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._above = {org_id: bodies for org_id, _name, bodies in organisations or []}
        self.organisation = QComboBox()
        for org_id, org_name, _bodies in organisations or []:
            self.organisation.addItem(org_name, org_id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(organisation_id)))
        self.organisation.setToolTip(self.tr("Minkä oman organisaation toimielin tämä on. Yläpuolinen toimielin "
                                             "valitaan saman organisaation toimielimistä."))  # fmt: skip
        if self.organisation.count():
            above = self._above[self.organisation_id() or 0]
        self.name = QLineEdit()
        form.addRow(self.tr("Nimi"), self.name)
        # Below the name (where typing starts) and above the kind and the body above, which it limits.
        form.addRow(self.tr("Organisaatio"), self.organisation)
        form.setRowVisible(self.organisation, self.organisation.count() > 1)
        self.kind = QComboBox()
        for kind, label in BODY_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        form.addRow(self.tr("Laji"), self.kind)
        self.parent_body = QComboBox()
        self.parent_body.addItem("–", None)
        for body_id, name in above or []:
            self.parent_body.addItem(name, body_id)
        self.parent_body.setToolTip(self.tr("Jaoston tai viranhaltijan päätöksestä tehty oikaisuvaatimus käsitellään "
                                            "tässä toimielimessä. Lautakunta tai hallitus esittää asiat tälle "
                                            "toimielimelle (mallipohjien parent_body)."))  # fmt: skip
        form.addRow(self.tr("Yläpuolinen toimielin"), self.parent_body)
        self.place = QLineEdit()
        form.addRow(self.tr("Tavallinen kokouspaikka"), self.place)
        self.name_sv = QLineEdit()
        form.addRow(self.tr("Nimi ruotsiksi"), self.name_sv)
        self.active = QCheckBox(self.tr("Käytössä (näkyy siirtimessä ja sille voi luoda kokouksia)"))
        self.active.setChecked(True)
        form.addRow("", self.active)
        layout.addLayout(form)
        group = QGroupBox(self.tr("Nimen taivutusmuodot (mallipohjat käyttävät näitä lauseiden sisällä)"))
        forms = QFormLayout(group)
        self.forms: dict[str, QLineEdit] = {}
        for case in CASES:
            edit = QLineEdit()
            self.forms[case] = edit
            forms.addRow(self.tr(CASE_FIELD_LABELS[case]), edit)
        suggest = QPushButton(self.tr("Ehdota muodot nimestä"))
        suggest.clicked.connect(self.suggest_forms)
        forms.addRow("", suggest)
        layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._suggested: dict[str, str] = {}
        if details is not None:
            self.name.setText(details.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(details.kind.value)))
            self.place.setText(details.default_place)
            self.name_sv.setText(details.name_sv)
            self.active.setChecked(details.active)
            self.parent_body.setCurrentIndex(max(0, self.parent_body.findData(details.parent_id)))
            for case, edit in self.forms.items():
                edit.setText(getattr(details, f"name_{case}"))
            self._suggested = self._suggestions()
        else:
            self.kind.setCurrentIndex(self.kind.findData(BodyKind.COMMITTEE.value))
        self.name.textEdited.connect(self._name_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self._kind_changed()
        if printed:
            fixed = self.tr("Toimielimen pöytäkirjoja on jo tarkastettu, joten tätä ei voi enää muuttaa: otteet "
                            "tulostuvat näillä tiedoilla. Jos nimi muuttuu, lisää uusi toimielin.")  # fmt: skip
            below = BodyKind(self.kind.currentData()) in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER)
            for widget in (self.name, self.name_sv, self.kind, *((self.parent_body,) if below else ())):
                widget.setEnabled(False)
                widget.setToolTip(fixed)

    def organisation_id(self) -> int | None:
        """The home organisation chosen for the new body (None: none offered)."""
        data = self.organisation.currentData()
        return int(data) if data is not None else None

    def _organisation_changed(self) -> None:
        """The body above is one of the chosen organisation's bodies (``core.organisation.add_body`` checks it)."""
        self.parent_body.clear()
        self.parent_body.addItem("–", None)
        for body_id, name in self._above.get(self.organisation_id() or 0, []):
            self.parent_body.addItem(name, body_id)

    def _kind_changed(self) -> None:
        """Every body but a council has a body above it: a division or an office-holder for rectification
        requests, a committee or a board as the body it proposes matters to (templates' ``parent_body``)."""
        self.parent_body.setEnabled(BodyKind(self.kind.currentData()) != BodyKind.COUNCIL)

    def _suggestions(self) -> dict[str, str]:
        suggested = BodyDetails(self.name.text(), BodyKind.COMMITTEE).with_suggested_forms()
        return {case: getattr(suggested, f"name_{case}") for case in CASES}

    def _name_edited(self) -> None:
        """Forms still as suggested (or empty) follow the name; a form the user corrected stays."""
        new = self._suggestions()
        for case, edit in self.forms.items():
            if edit.text() in ("", self._suggested.get(case, "")):
                edit.setText(new[case])
        self._suggested = new

    def suggest_forms(self) -> None:
        self._suggested = self._suggestions()
        for case, edit in self.forms.items():
            edit.setText(self._suggested[case])

    def details(self) -> BodyDetails:
        forms = {f"name_{case}": edit.text().strip() for case, edit in self.forms.items()}
        return BodyDetails(
            name=self.name.text().strip(),
            kind=BodyKind(self.kind.currentData()),
            default_place=self.place.text().strip(),
            name_sv=self.name_sv.text().strip(),
            active=self.active.isChecked(),
            # The kind decides, not whether the field is enabled (it is also disabled for a printed body).
            parent_id=self.parent_body.currentData() if BodyKind(self.kind.currentData()) != BodyKind.COUNCIL else None,
            **forms,
        )


class MemberDialog(QDialog):
    """A seat in a body: the person (a new seat only), role, term and, for a deputy, whose personal deputy."""

    def __init__(
        self,
        people: list[str],
        deputies_for: list[tuple[int, str]],
        *,
        adding: bool = True,
        name: str = "",
        role: MemberRole = MemberRole.MEMBER,
        term_start: dt.date | None = None,
        term_end: dt.date | None = None,
        deputy_for_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi jäsen") if adding else self.tr("Jäsenyys: {name}").format(name=name))
        form = QFormLayout(self)
        self.name = QLineEdit(name)
        self.name.setReadOnly(not adding)
        if adding:
            completer = QCompleter(people, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.name.setCompleter(completer)
            self.name.setPlaceholderText(self.tr("etunimi sukunimi; aiemmin tallennettu henkilö ehdotetaan"))
        form.addRow(self.tr("Nimi"), self.name)
        self.role = QComboBox()
        for member_role, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), member_role.value)
        self.role.setCurrentIndex(self.role.findData(role.value))
        form.addRow(self.tr("Rooli"), self.role)
        self.deputy_for = QComboBox()
        self.deputy_for.addItem(self.tr("(ei henkilökohtainen)"), None)
        for person_id, person_name in deputies_for:
            self.deputy_for.addItem(person_name, person_id)
        self.deputy_for.setCurrentIndex(max(0, self.deputy_for.findData(deputy_for_id)))
        form.addRow(self.tr("Henkilökohtainen varajäsen jäsenelle"), self.deputy_for)
        self.term_start = date_edit(term_start)
        self.term_end = date_edit(term_end)
        form.addRow(self.tr("Kausi alkaa"), self.term_start)
        self.ends = QCheckBox(self.tr("Jäsenyys päättyy"))
        self.ends.setChecked(term_end is not None)
        ending = QHBoxLayout()
        ending.addWidget(self.ends)
        ending.addWidget(self.term_end, 1)
        form.addRow(self.tr("Kausi päättyy"), ending)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.role.currentIndexChanged.connect(self._enable)
        self.ends.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.deputy_for.setEnabled(MemberRole(self.role.currentData()) == MemberRole.DEPUTY)
        self.term_end.setEnabled(self.ends.isChecked())

    def values(self) -> tuple[str, MemberRole, dt.date, dt.date | None, int | None]:
        """Name, role, first and last day (None: goes on), whose personal deputy (None: not personal)."""
        role = MemberRole(self.role.currentData())
        deputy_for = self.deputy_for.currentData() if role == MemberRole.DEPUTY else None
        end = from_qdate(self.term_end.date()) if self.ends.isChecked() else None
        return self.name.text().strip(), role, from_qdate(self.term_start.date()), end, deputy_for


MemberValues = tuple[str, MemberRole, dt.date, dt.date | None, int | None]
NewBody = tuple[int | None, BodyDetails]  # a new body's home organisation (None: the first) and details
A = TypeVar("A")
R = TypeVar("R")


class StoringPanel(QWidget):
    """A settings tab whose changes are stored at once; ``changed`` is True once anything was stored."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.changed = False

    def _until_stored(self, answer: A | None, ask_again: Callable[[A], A | None],
                      store: Callable[[Session, A], R]) -> R | None:  # fmt: skip
        """Store ``answer`` in one transaction. A refusal (e.g. a name already taken) is shown and the question
        asked again with what was typed; an unexpected error is shown (with its report) and nothing more asked."""
        while answer is not None:
            try:
                with self._database.begin() as session:
                    stored = store(session, answer)
            except SihteeriError as exc:
                show_error(self, exc)
                answer = ask_again(answer)
                continue
            except Exception as exc:  # a bug: reported, not asked again
                show_error(self, exc)
                return None
            self.changed = True
            return stored
        return None

    def _row_keys(self, table: QWidget, edit: Callable[[], None], remove: Callable[[], None] | None = None) -> None:
        """Enter on the table's row edits it, Delete (when given) removes it. A table passes Enter on to the
        settings dialog, whose OK then closed every tab: the shortcuts take it first."""
        keys: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(Qt.Key.Key_Return), edit),
            (QKeySequence(Qt.Key.Key_Enter), edit),
        ]
        if remove is not None:
            keys.append((QKeySequence(QKeySequence.StandardKey.Delete), remove))
        for key, slot in keys:
            shortcut = QShortcut(key, table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)


class TablePanel(StoringPanel):
    """A settings tab listing rows in a read-only table (``table``) found by typing in the field above it
    (``filter``, matched against the ``SEARCHED`` columns). Each row's key is its first cell's ``UserRole`` data;
    ``_enable`` (the buttons that need a chosen row) runs when the choice changes."""

    SEARCHED: tuple[int, ...] = (0, 1)

    def _add_table(self, layout: QVBoxLayout, *, placeholder: str, filter_name: str, table_name: str,
                   headers: list[str]) -> None:  # fmt: skip
        """The filter field and the table below it, in ``layout``."""
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setAccessibleName(filter_name)
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.table = tab_leaves(QTableWidget(0, len(headers)))
        self.table.setAccessibleName(table_name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self._apply_filter)
        self.table.itemSelectionChanged.connect(self._enable)

    def _apply_filter(self) -> None:
        wanted = self.filter.text().strip().casefold()
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, column) for column in self.SEARCHED)
            text = " ".join(cell.text() for cell in cells if cell is not None).casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in text)
        self._enable()

    def _visible_first_column(self) -> list[str]:
        rows = (r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r))
        return [cell.text() for r in rows if (cell := self.table.item(r, 0)) is not None]

    def _current_key(self) -> Any:
        """The chosen row's key, or None when no shown row is chosen."""
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 and not self.table.isRowHidden(row) else None
        if cell is None or not cell.isSelected():
            return None
        return cell.data(Qt.ItemDataRole.UserRole)

    def _enable(self) -> None:
        """Enable the buttons that need a chosen row (the tabs' own)."""


class BodiesPanel(StoringPanel):
    """The organisation's bodies and the members of the chosen one; every change is stored at once.

    ``ask_new_body``, ``ask_body`` and ``ask_member`` open the dialogs; tests replace them. A new body belongs to
    the home organisation chosen in its dialog (offered when there are several: the chosen body's by default).
    ``changed`` is True once anything was stored, so that the window can read its navigator again.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Muutokset toimielimiin ja jäseniin tallentuvat heti. Mitään ei poisteta: toimielimen "
                              "voi ottaa pois käytöstä ja jäsenyydelle merkitään päättymispäivä, joten aiempien "
                              "kokousten tiedot säilyvät."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Toimielimet")))
        self.bodies = tab_leaves(QListWidget())
        left.addWidget(self.bodies, 1)
        body_buttons = QHBoxLayout()
        self.add_body_button = QPushButton(self.tr("Uusi toimielin…"))
        self.edit_body_button = QPushButton(self.tr("Muokkaa…"))
        body_buttons.addWidget(self.add_body_button)
        body_buttons.addWidget(self.edit_body_button)
        left.addLayout(body_buttons)
        row.addLayout(left, 4)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Jäsenet")))
        self.members = tab_leaves(QTableWidget(0, 5))
        self.members.setHorizontalHeaderLabels([self.tr("Nimi"), self.tr("Rooli"), self.tr("Varajäsen jäsenelle"),
                                                self.tr("Alkaa"), self.tr("Päättyy")])  # fmt: skip
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.verticalHeader().setVisible(False)
        self.members.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        right.addWidget(self.members, 1)
        self.show_ended = QCheckBox(self.tr("Näytä myös päättyneet jäsenyydet"))
        right.addWidget(self.show_ended)
        member_buttons = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("Lisää jäsen…"))
        self.edit_member_button = QPushButton(self.tr("Muokkaa jäsenyyttä…"))
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.edit_member_button)
        member_buttons.addStretch(1)
        right.addLayout(member_buttons)
        row.addLayout(right, 5)
        layout.addLayout(row, 1)
        self.bodies.currentRowChanged.connect(lambda _row: self.load_members())
        self.bodies.itemDoubleClicked.connect(lambda _item: self.edit_body())
        self._row_keys(self.bodies, self.edit_body)
        self.show_ended.toggled.connect(lambda _on: self.load_members())
        self.members.itemSelectionChanged.connect(self._enable)
        self.members.itemDoubleClicked.connect(lambda _item: self.edit_member())
        self._row_keys(self.members, self.edit_member)
        self.add_body_button.clicked.connect(self.add_body)
        self.edit_body_button.clicked.connect(self.edit_body)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.load_bodies()

    # --- reading -------------------------------------------------------------------------------------------

    def load_bodies(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_body_id()
        self.bodies.blockSignals(True)
        self.bodies.clear()
        with self._database.begin() as session:
            found = org_ops.bodies(session)
            several = len({body.organisation_id for body in found}) > 1
            for body in found:
                name = f"{body.name} — {body.organisation.name}" if several else body.name
                label = name if body.active else self.tr("{name} (ei käytössä)").format(name=name)
                entry = QListWidgetItem(label)
                entry.setData(Qt.ItemDataRole.UserRole, body.id)
                if not body.active:
                    entry.setForeground(QBrush(QColor("#6b6b6b")))
                self.bodies.addItem(entry)
        self.bodies.blockSignals(False)
        rows = [self.bodies.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.bodies.count())]
        self.bodies.setCurrentRow(rows.index(current) if current in rows else (0 if rows else -1))
        self.load_members()

    def current_body_id(self) -> int | None:
        entry = self.bodies.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None

    def current_membership_id(self) -> int | None:
        row = self.members.currentRow()
        cell = self.members.item(row, 0) if row >= 0 else None
        return int(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else None

    def load_members(self, select_id: int | None = None) -> None:
        body_id = self.current_body_id()
        today = dt.date.today()
        self.members.setRowCount(0)
        if body_id is not None:
            with self._database.begin() as session:
                shown = org_ops.members(session, body_id)  # those starting later (the next term) too
                if not self.show_ended.isChecked():
                    shown = [m for m in shown if m.term_end is None or m.term_end >= today]
                for membership in shown:
                    row = self.members.rowCount()
                    self.members.insertRow(row)
                    ended = membership.term_end is not None and membership.term_end < today
                    role = QCoreApplication.translate("MemberDialog", ROLE_LABELS[membership.role])
                    cells = (membership.person.name, role,
                             membership.deputy_for.name if membership.deputy_for else "",
                             fi_date(membership.term_start), fi_date(membership.term_end))  # fmt: skip
                    for column, text in enumerate(cells):
                        cell = QTableWidgetItem(text)
                        cell.setData(Qt.ItemDataRole.UserRole, membership.id)
                        if ended:
                            cell.setForeground(QBrush(QColor("#6b6b6b")))
                        self.members.setItem(row, column, cell)
                    if membership.id == select_id:
                        self.members.selectRow(row)
        self.members.resizeColumnsToContents()
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._enable()

    def _enable(self) -> None:
        has_body = self.current_body_id() is not None
        self.edit_body_button.setEnabled(has_body)
        self.add_member_button.setEnabled(has_body)
        self.edit_member_button.setEnabled(self.current_membership_id() is not None)

    # --- asking (replaced in tests) -------------------------------------------------------------------------

    def ask_body(self, details: BodyDetails) -> BodyDetails | None:
        """The chosen body's details as changed (None: cancelled)."""
        current = self.current_body_id()
        with self._database.begin() as session:
            every = org_ops.bodies(session)
            organisation = next((b.organisation_id for b in every if b.id == current), None)
            above = [(b.id, b.name) for b in every if b.organisation_id == organisation and b.id != current]
            printed = current is not None and org_ops.has_checked_minutes(session, current)
        dialog = BodyDialog(details, self, above, printed=printed)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_organisation_id(self) -> int | None:
        """The home organisation a new body is offered for: the chosen body's, else the first one."""
        current = self.current_body_id()
        with self._database.begin() as session:
            homes = [org.id for org in org_ops.home_organisations(session)]
            chosen = next((b.organisation_id for b in org_ops.bodies(session) if b.id == current), None)
        return chosen if chosen in homes else (homes[0] if homes else None)

    def new_body_dialog(self, organisation_id: int | None, details: BodyDetails | None = None) -> BodyDialog:
        """The dialog for a new body: of the home organisation ``organisation_id`` (which can be changed when there
        are several), with ``details`` as typed before a refusal."""
        with self._database.begin() as session:
            every = org_ops.bodies(session)
            homes: list[HomeChoice] = [
                (org.id, org.name, [(b.id, b.name) for b in every if b.organisation_id == org.id])
                for org in org_ops.home_organisations(session)
            ]
        return BodyDialog(details, self, printed=False, organisations=homes, organisation_id=organisation_id,
                          adding=True)  # fmt: skip

    def ask_new_body(self, organisation_id: int | None, details: BodyDetails | None = None) -> NewBody | None:
        """A new body's home organisation and details (None: cancelled)."""
        dialog = self.new_body_dialog(organisation_id, details)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.organisation_id(), dialog.details()

    def ask_member(self, people: list[str], deputies_for: list[tuple[int, str]], *, adding: bool,
                   **current: object) -> MemberValues | None:  # fmt: skip
        dialog = MemberDialog(people, deputies_for, adding=adding, parent=self, **current)  # type: ignore[arg-type]
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- changing -------------------------------------------------------------------------------------------

    def add_body(self) -> None:
        def store(session: Session, answer: NewBody) -> int:
            organisation_id, details = answer
            return org_ops.add_body(session, details, organisation_id).id

        body_id = self._until_stored(self.ask_new_body(self.new_organisation_id()),
                                     lambda answer: self.ask_new_body(*answer), store)  # fmt: skip
        if body_id is not None:
            self.load_bodies(select_id=body_id)

    def edit_body(self) -> None:
        body_id = self.current_body_id()
        if body_id is None:
            return
        with self._database.begin() as session:
            found = next(b for b in org_ops.bodies(session) if b.id == body_id)
            details = org_ops.body_details(found)
        stored = self._until_stored(self.ask_body(details), self.ask_body,
                                    lambda session, new: org_ops.update_body(session, body_id, new).id)  # fmt: skip
        if stored is not None:
            self.load_bodies(select_id=body_id)

    def _people_and_deputies(self, body_id: int) -> tuple[list[str], list[tuple[int, str]]]:
        """Every person's name, and the members a personal deputy may be chosen for: of any term, as a deputy of
        the next term (or a past one) is entered too; those of the present and coming terms first."""
        today = dt.date.today()
        with self._database.begin() as session:
            people = sorted(set(session.scalars(select(Person.name))), key=str.casefold)
            seats = [m for m in org_ops.members(session, body_id) if m.role != MemberRole.DEPUTY]
            seated: list[tuple[int, str]] = []
            for membership in sorted(seats, key=lambda m: m.term_end is not None and m.term_end < today):
                if membership.person_id not in {person_id for person_id, _name in seated}:
                    seated.append((membership.person_id, membership.person.name))
        return people, seated

    def _term_end(self, body_id: int) -> dt.date | None:
        """The last day most of the body's present seats have (the toimikausi's end), offered for a member added
        during the term (a successor, a deputy); None when they have none."""
        with self._database.begin() as session:
            ends = Counter(m.term_end for m in org_ops.members(session, body_id, on=dt.date.today()) if m.term_end)
        return ends.most_common(1)[0][0] if ends else None

    def add_member(self) -> None:
        body_id = self.current_body_id()
        if body_id is None:
            return
        people, seated = self._people_and_deputies(body_id)

        def again(values: MemberValues) -> MemberValues | None:
            name, role, start, end, deputy_for = values
            return self.ask_member(people, seated, adding=True, name=name, role=role, term_start=start, term_end=end,
                                   deputy_for_id=deputy_for)  # fmt: skip

        def store(session: Session, values: MemberValues) -> int:
            name, role, start, end, deputy_for = values
            return org_ops.add_member(session, body_id, name, role, start, term_end=end, deputy_for_id=deputy_for).id

        asked = self.ask_member(people, seated, adding=True, term_end=self._term_end(body_id))
        membership_id = self._until_stored(asked, again, store)
        if membership_id is not None:
            self.load_members(select_id=membership_id)

    def edit_member(self) -> None:
        body_id, membership_id = self.current_body_id(), self.current_membership_id()
        if body_id is None or membership_id is None:
            return
        people, seated = self._people_and_deputies(body_id)
        with self._database.begin() as session:
            membership = next(m for m in org_ops.members(session, body_id) if m.id == membership_id)
            name, own = membership.person.name, membership.person_id
            current = (name, membership.role, membership.term_start, membership.term_end, membership.deputy_for_id)
            stored = membership.deputy_for
            if stored is not None and stored.id not in {pid for pid, _n in seated}:
                seated.append((stored.id, stored.name))  # kept as it is unless changed (never cleared unasked)
        seated = [(pid, n) for pid, n in seated if pid != own]

        def ask(values: MemberValues) -> MemberValues | None:
            _name, role, start, end, deputy_for = values
            return self.ask_member(people, seated, adding=False, name=name, role=role, term_start=start, term_end=end,
                                   deputy_for_id=deputy_for)  # fmt: skip

        def store(session: Session, values: MemberValues) -> int:
            _name, role, start, end, deputy_for = values
            return org_ops.update_membership(session, membership_id, role=role, term_start=start, term_end=end,
                                             deputy_for_id=deputy_for).id  # fmt: skip

        if self._until_stored(ask(current), ask, store) is not None:
            self.load_members(select_id=membership_id)


def _hint(text: str) -> QLabel:
    """An explanation under a choice, indented to its text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setContentsMargins(24, 0, 0, 4)
    return label


class PersonDialog(QDialog):
    """A person's name, title in Finnish and Swedish, e-mail and phone; with several home organisations, also
    whose person (``organisation``, hidden otherwise).

    Editing a person (``details`` given) also asks, when the name or a title is changed, whether it changed on
    a day (a marriage, a new post: earlier meetings' documents keep the former) or is a correction (every
    document shows it); ``former`` lists the names kept so far. ``changed_from()`` gives the answer.
    """

    def __init__(self, details: PersonDetails | None, parent: QWidget | None = None, former: list[str] | None = None,
                 *, organisations: Sequence[tuple[int | None, str]] | None = None, organisation_id: int | None = None,
                 adding: bool | None = None) -> None:  # fmt: skip
        """``organisations``: the organisations (id, name) the person can belong to (None: of no organisation); the
        one of ``organisation_id`` (else the first) is chosen. ``adding``: a new person (by default when there are no
        ``details``; a new person asked again after a refusal has them)."""
        super().__init__(parent)
        adding = details is None if adding is None else adding
        self.original = None if adding else details
        self.setWindowTitle(self.tr("Uusi henkilö") if adding else self.tr("Henkilön tiedot"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        form.addRow(self.tr("Nimi"), self.name)
        self.organisation = QComboBox()
        for org_id, org_name in organisations or []:
            self.organisation.addItem(org_name, org_id)
        self.organisation.setCurrentIndex(next(
            (i for i in range(self.organisation.count()) if self.organisation.itemData(i) == organisation_id), 0))
        self.organisation.setToolTip(self.tr("Minkä oman organisaation henkilö tämä on. Päätösehdotuksen "
                                             "allekirjoittaja haetaan organisaation omista henkilöistä."))  # fmt: skip
        form.addRow(self.tr("Organisaatio"), self.organisation)
        form.setRowVisible(self.organisation, self.organisation.count() > 1)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("esim. sivistysjohtaja"))
        form.addRow(self.tr("Virkanimike"), self.title)
        self.title_sv = QLineEdit()
        form.addRow(self.tr("Virkanimike ruotsiksi"), self.title_sv)
        self.email = QLineEdit()
        form.addRow(self.tr("Sähköposti"), self.email)
        self.phone = QLineEdit()
        form.addRow(self.tr("Puhelin"), self.phone)
        self.renamed = QRadioButton(self.tr("Nimi tai nimike on vaihtunut, alkaen"))
        self.corrected = QRadioButton(self.tr("Korjaan kirjoitusvirheen"))
        self.since = date_edit()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c")
        self.problem.setWordWrap(True)
        if details is not None:
            for edit, value in ((self.name, details.name), (self.title, details.title),
                                (self.title_sv, details.title_sv), (self.email, details.email),
                                (self.phone, details.phone)):  # fmt: skip
                edit.setText(value)
        if not adding:
            box = QGroupBox(self.tr("Jos nimi tai virkanimike muuttuu"))
            inner = QVBoxLayout(box)
            row = QHBoxLayout()
            row.addWidget(self.renamed)
            row.addWidget(self.since)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(_hint(self.tr("Esimerkiksi avioliitto tai uusi virka: aiempien kokousten asiakirjoissa "
                                          "säilyy entinen nimi ja nimike.")))  # fmt: skip
            inner.addWidget(self.corrected)
            inner.addWidget(_hint(self.tr("Korjaus näkyy kaikissa asiakirjoissa, myös aiempien kokousten.")))
            note = QLabel(self.tr("Jos tilalle tulee toinen henkilö, lisää hänet uutena."))
            note.setWordWrap(True)
            inner.addWidget(note)
            if former:
                earlier = QLabel(self.tr("Aiemmat nimet: {names}").format(names="; ".join(former)))
                earlier.setWordWrap(True)
                inner.addWidget(earlier)
            form.addRow(box)
            self.since.setEnabled(False)
            self.renamed.toggled.connect(self.since.setEnabled)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def details(self) -> PersonDetails:
        return PersonDetails(self.name.text(), self.title.text(), self.title_sv.text(), self.email.text(),
                             self.phone.text())  # fmt: skip

    def organisation_id(self) -> int | None:
        """The home organisation chosen (None: none offered)."""
        data = self.organisation.currentData()
        return int(data) if data is not None else None

    def _naming_changed(self) -> bool:
        if self.original is None:
            return False
        now = self.details()
        return any(" ".join(getattr(now, f).split()) != " ".join(getattr(self.original, f).split())
                   for f in ("name", "title", "title_sv"))  # fmt: skip

    def changed_from(self) -> dt.date | None:
        """The day the name or a title changed (earlier meetings keep the former), or None for a correction or
        when neither was changed."""
        if not self._naming_changed() or not self.renamed.isChecked():
            return None
        return from_qdate(self.since.date())

    def accept(self) -> None:
        if self._naming_changed() and not (self.renamed.isChecked() or self.corrected.isChecked()):
            self.problem.setText(self.tr("Valitse, onko nimi tai nimike vaihtunut vai korjaatko kirjoitusvirheen."))
            return
        super().accept()


NewPerson = tuple[int | None, PersonDetails]  # a new person's home organisation (None: the first) and details


class PeoplePanel(TablePanel):
    """Everyone the database knows (members, preparers, presenters), found by name; added and edited at once.
    With several home organisations the table shows whose each person is, and the dialog asks it.

    ``ask_new_person`` and ``ask_person_change`` open the dialog; tests replace them.
    """

    ORGANISATION_COLUMN = 4

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        layout = QVBoxLayout(self)
        self._homes: list[tuple[int, str]] = []
        self._add_table(layout, placeholder=self.tr("Hae nimellä tai nimikkeellä"),
                        filter_name=self.tr("Hae henkilöitä"), table_name=self.tr("Henkilöt"),
                        headers=[self.tr("Nimi"), self.tr("Virkanimike"), self.tr("Sähköposti"), self.tr("Puhelin"),
                                 self.tr("Organisaatio")])  # fmt: skip
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Uusi henkilö…"))
        self.edit_button = QPushButton(self.tr("Muokkaa…"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_person())
        self._row_keys(self.table, self.edit_person)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.load()

    def load(self, select_id: int | None = None) -> None:
        self.table.setRowCount(0)
        with self._database.begin() as session:
            self._homes = [(org.id, org.name) for org in org_ops.home_organisations(session)]
            names = dict(session.execute(select(Organisation.id, Organisation.name)).tuples().all())
            for person in org_ops.people(session):
                row = self.table.rowCount()
                self.table.insertRow(row)
                whose = names.get(person.organisation_id, "") if person.organisation_id is not None else ""
                for column, text in enumerate((person.name, person.title, person.email, person.phone, whose)):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, person.id)
                    if column == self.ORGANISATION_COLUMN:
                        cell.setData(Qt.ItemDataRole.UserRole + 1, person.organisation_id)
                    self.table.setItem(row, column, cell)
                if person.id == select_id:
                    self.table.selectRow(row)
        self.table.setColumnHidden(self.ORGANISATION_COLUMN, len(self._homes) < 2)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._apply_filter()

    def visible_names(self) -> list[str]:
        return self._visible_first_column()

    def current_person_id(self) -> int | None:
        key = self._current_key()
        return int(key) if key is not None else None

    def _enable(self) -> None:
        self.edit_button.setEnabled(self.current_person_id() is not None)

    def person_organisation_id(self, person_id: int | None) -> int | None:
        """The organisation of a person in the table (None: none, or not in the table)."""
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, self.ORGANISATION_COLUMN)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == person_id:
                found = cell.data(Qt.ItemDataRole.UserRole + 1)
                return int(found) if found is not None else None
        return None

    def new_person_dialog(self, organisation_id: int | None, details: PersonDetails | None = None) -> PersonDialog:
        """The dialog for a new person: of the home organisation ``organisation_id`` (which can be changed when there
        are several); ``details``: what was typed before a refusal."""
        return PersonDialog(details, self, organisations=list(self._homes), organisation_id=organisation_id,
                            adding=True)

    def ask_new_person(self, organisation_id: int | None, details: PersonDetails | None = None) -> NewPerson | None:
        """A new person's home organisation and details, or None if cancelled."""
        dialog = self.new_person_dialog(organisation_id, details)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.organisation_id(), dialog.details()

    def ask_person_change(self, change: PersonChange, former: list[str], current: int | None = None
                          ) -> PersonChange | None:  # fmt: skip
        """A person's new details and, for a new name or title, the day it changed (None: a correction); with
        several home organisations also the one chosen, when it is not the person's ``current`` one (shown is
        ``change.organisation_id``, a choice asked again after a refusal, else ``current``)."""
        shown = change.organisation_id if change.organisation_id is not None else current
        choices: list[tuple[int | None, str]] = list(self._homes)
        if current not in {org_id for org_id, _name in choices}:
            # A person of no organisation (a member added by name in an old database) or of another one (a
            # party's) keeps it unless a home organisation is chosen.
            choices.insert(0, (current, self._organisation_name(current) if current is not None else "–"))
        dialog = PersonDialog(change.details, self, former, organisations=choices if len(self._homes) > 1 else [],
                              organisation_id=shown)  # fmt: skip
        if change.changed_from is not None:
            dialog.renamed.setChecked(True)
            dialog.since.setDate(to_qdate(change.changed_from))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.organisation_id()
        return PersonChange(dialog.details(), dialog.changed_from(), chosen if chosen != current else None)

    def _organisation_name(self, organisation_id: int) -> str:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, self.ORGANISATION_COLUMN)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole + 1) == organisation_id:
                return cell.text()
        return ""

    def add_person(self) -> None:
        """A new person, offered to the organisation of the person chosen in the table (else the first)."""
        offered = self.person_organisation_id(self.current_person_id())
        if offered not in {org_id for org_id, _name in self._homes}:
            offered = None

        def store(session: Session, answer: NewPerson) -> int:
            organisation_id, details = answer
            return org_ops.add_person(session, details, organisation_id).id

        person_id = self._until_stored(self.ask_new_person(offered),
                                       lambda answer: self.ask_new_person(*answer), store)  # fmt: skip
        if person_id is not None:
            self.filter.clear()
            self.load(select_id=person_id)

    def edit_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        with self._database.begin() as session:
            found = session.get(Person, person_id)
            if found is None:
                return
            details = org_ops.person_details(found)
            former = [self._former_line(f) for f in org_ops.former_names(session, person_id)]

        current = self.person_organisation_id(person_id)

        def ask(change: PersonChange) -> PersonChange | None:
            return self.ask_person_change(change, former, current)

        def store(session: Session, change: PersonChange) -> int:
            return org_ops.update_person(session, person_id, change.details, changed_from=change.changed_from,
                                         organisation_id=change.organisation_id).id  # fmt: skip

        if self._until_stored(ask(PersonChange(details, None)), ask, store) is not None:
            self.load(select_id=person_id)

    def _former_line(self, former: PersonFormerName) -> str:
        named = ", ".join(part for part in (former.name, former.title) if part)
        return self.tr("{name} ({date} asti)").format(name=named, date=fi_date(former.until))

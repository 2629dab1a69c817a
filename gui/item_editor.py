"""The item editor: every field of one § with undo and redo, autosaved drafts, and saving with a version check.

Every user edit becomes a command on the editor's ``QUndoStack``. Typing merges into one command per burst:
keystrokes in one field, next to each other, without a pause, within one paragraph; a deletion of a selection, a
paste or a replacement is a step of its own, so that it can be undone alone. Unsaved values are written every
few seconds to the user's own ``ItemDraft`` and offered back to them when the item is opened again after a crash
(a colleague editing the same § on a shared database has her own). Saving checks that
nobody else saved the item meanwhile (``expect_version``), so a concurrent save ends in ``ConflictError`` and a
Finnish dialog, never in a silent overwrite. Items of checked minutes are shown read-only with the reason.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.meetings import get_item
from db.diary_number import diary_number_problem
from db.engine import Database
from db.enums import AppealRoute, DecisionNature, ItemKind, Language, Outcome, Publicity
from db.errors import ConflictError, KnownError, NotFound
from db.models import Attachment, ClassificationCode, ItemDraft, Person, Recipient, utcnow
from db.rules import current_user, expect_version
from gui.dialogs import Prompts
from gui.errors import show_error
from gui.i18n import localized, section_text, shown_name, ui_language
from gui.keyboard import buddy_label, tab_leaves
from gui.outcomes import outcome_choices

_FILE_ROLE = Qt.ItemDataRole.UserRole + 1  # an attachment row's file name ("" for a title only)

TEXT_FIELDS = (
    "title",
    "title_sv",
    "public_title",
    "public_title_sv",
    "diary_number",
    "classification_code",
    "background",
    "proposal",
    "handling",
    "decision",
    "secrecy_ground",
    "appeal_route_reason",
    "background_sv",
    "proposal_sv",
    "handling_sv",
    "decision_sv",
)
# The fields of the tab Ruotsiksi.
SWEDISH_FIELDS = ("title_sv", "public_title_sv", "background_sv", "proposal_sv", "handling_sv", "decision_sv")
CHOICE_FIELDS = (
    "kind",
    "decision_nature",
    "outcome",
    "publicity",
    "appeal_route_override",
    "preparer_id",
    "presenter_id",
)
FLAG_FIELDS = ("has_personal_data",)
LIST_FIELDS = ("attachments", "recipients")
SCALAR_FIELDS = TEXT_FIELDS + CHOICE_FIELDS + FLAG_FIELDS
ALL_FIELDS = SCALAR_FIELDS + LIST_FIELDS
# The key of a draft's stored values its changes were made on (the fields it changed; see ItemEditor.autosave).
_DRAFT_BASE = "_base"

log = logging.getLogger(__name__)
_ENUM_OF: dict[str, type[Any]] = {
    "kind": ItemKind,
    "decision_nature": DecisionNature,
    "outcome": Outcome,
    "publicity": Publicity,
    "appeal_route_override": AppealRoute,
}


def own_draft(session: Session, item_id: int) -> ItemDraft | None:
    """This user's draft of the item, or one written before drafts had authors (revision 0011); another user's draft
    of the same § is theirs: never offered, overwritten or removed here."""
    return session.get(ItemDraft, (item_id, current_user(session))) or session.get(ItemDraft, (item_id, ""))


def others_drafts(session: Session, item_id: int) -> list[tuple[str, dt.datetime]]:
    """Who else has an autosaved draft of the item (their user name and when it was last written, oldest first):
    in an office sharing one database, a colleague may be editing the same § (drafts from before revision 0011,
    whose author is not known, are left out)."""
    rows = session.execute(
        select(ItemDraft.author, ItemDraft.saved_at)
        .where(ItemDraft.item_id == item_id, ItemDraft.author != "", ItemDraft.author != current_user(session))
        .order_by(ItemDraft.saved_at)
    )
    return [(author, saved_at) for author, saved_at in rows]


def _fi_date(day: Any) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _local_when(saved_at: dt.datetime) -> str:
    """A time stored in UTC (db.models.utcnow) in the computer's own time: "27.11.2026 10.42"."""
    local = saved_at.replace(tzinfo=dt.UTC).astimezone() if saved_at.tzinfo is None else saved_at.astimezone()
    return f"{_fi_date(local)} {local:%H.%M}"


def item_values(item: Any) -> dict[str, Any]:
    """An item's editable values as plain JSON data (the form of drafts and of the undo commands)."""
    values: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        value = getattr(item, name)
        values[name] = value.value if hasattr(value, "value") and not isinstance(value, bool) else value
    values["attachments"] = [
        {"id": a.id, "title": a.title, "is_public": a.is_public, "file": a.filename} for a in item.attachments
    ]
    values["recipients"] = [
        {"id": r.id, "name": r.name, "address": r.address, "is_party": r.is_party} for r in item.recipients
    ]
    return values


_ROUTE_FIELDS = ("appeal_route_override", "appeal_route_reason")


def apply_values(session: Any, item: Any, values: dict[str, Any]) -> None:
    """Write editor values onto an item and its attachment and recipient lists.

    The appeal route chosen by hand goes through ``core.appeal.set_route_override``, which wants its reason. A
    field missing from ``values`` keeps its value.
    """
    for name in SCALAR_FIELDS:
        if name in _ROUTE_FIELDS or name not in values:  # (a draft saved by an older Sihteeri lacks newer fields)
            continue
        value = values.get(name)
        if name in _ENUM_OF:
            value = _ENUM_OF[name](value) if value else None
            if name in ("kind", "decision_nature", "publicity") and value is None:
                continue
        if getattr(item, name) != value:
            setattr(item, name, value)
    from core.appeal import set_route_override  # (with the court tables: not needed until a save)

    route = AppealRoute(values["appeal_route_override"]) if values.get("appeal_route_override") else None
    reason = values.get("appeal_route_reason") or ""
    if (item.appeal_route_override, item.appeal_route_reason) != (route, reason.strip() if route else ""):
        set_route_override(item, route, reason)
    _apply_list(item.attachments, values.get("attachments", []), Attachment, ("title", "is_public"))
    _apply_list(item.recipients, values.get("recipients", []), Recipient, ("name", "address", "is_party"))


def _apply_list(current: list[Any], wanted: list[dict[str, Any]], model: type[Any], fields: tuple[str, ...]) -> None:
    by_id = {row.id: row for row in current}
    keep: list[Any] = []
    for position, data in enumerate(wanted):
        row = by_id.get(data.get("id"))
        if row is None:
            row = model(**{f: data.get(f) for f in fields if data.get(f) is not None})
        for f in fields:
            if data.get(f) is not None and getattr(row, f) != data[f]:
                setattr(row, f, data[f])
        if row.position != position:
            row.position = position
        keep.append(row)
    for row in list(current):
        if row not in keep:
            current.remove(row)
    for row in keep:
        if row not in current:
            current.append(row)


class _NoUndoShortcuts(QObject):
    """Lets Undo/Redo keys reach the window's actions instead of a text widget's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event: Any = event
            if key_event.matches(QKeySequence.StandardKey.Undo) or key_event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False


TYPING_PAUSE_SECONDS = 2.0  # a longer pause between keystrokes starts a new undo step


def _clock() -> float:
    """The time of a keystroke (a function of its own so that tests can move it on)."""
    return time.monotonic()


@dataclass(frozen=True)
class Keystroke:
    """A change of a text the size of one keystroke: one character typed, or one deleted.

    Attributes:
        inserting: True for a typed character, False for a deleted one.
        start: where the character was typed or deleted; end: where the cursor is after it.
        text: the character.
    """

    inserting: bool
    start: int
    end: int
    text: str

    @staticmethod
    def between(old: Any, new: Any) -> Keystroke | None:
        """The keystroke that turns ``old`` into ``new``; None for a bigger change (a paste, the deletion or
        replacement of a selection, a value set by a command)."""
        old, new = old or "", new or ""
        if not isinstance(old, str) or not isinstance(new, str) or abs(len(new) - len(old)) != 1:
            return None
        prefix = 0
        limit = min(len(old), len(new))
        while prefix < limit and old[prefix] == new[prefix]:
            prefix += 1
        longer, shorter = (new, old) if len(new) > len(old) else (old, new)
        if longer[prefix + 1 :] != shorter[prefix:]:
            return None
        if len(new) > len(old):
            return Keystroke(True, prefix, prefix + 1, new[prefix])
        return Keystroke(False, prefix, prefix, old[prefix])

    def continues(self, previous: Keystroke) -> bool:
        """Whether this keystroke goes on typing (or deleting) where ``previous`` left off, in one paragraph."""
        if self.inserting != previous.inserting or self.text == "\n":  # a new paragraph starts a new step
            return False
        if self.inserting:
            return self.start == previous.end
        return self.start in (previous.start, previous.start - 1)  # Delete forward, or Backspace


def _widget_text(widget: QWidget) -> str | None:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return None


def _put_cursor_at_change(widget: QWidget, before: str, after: str) -> None:
    """Put the cursor at the end of the part of ``after`` that differs from ``before``, and show it."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    suffix = 0
    while suffix < min(len(before), len(after)) - start and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    end = len(after) - suffix
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(end, widget.document().characterCount() - 1))
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    elif isinstance(widget, QLineEdit):
        widget.setCursorPosition(end)


class FieldEdit(QUndoCommand):
    """One change of one field; typing in a text field merges into one command per burst (see ``Keystroke``)."""

    def __init__(self, editor: ItemEditor, name: str, old: Any, new: Any, *, applied: bool) -> None:
        super().__init__(
            QCoreApplication.translate("ItemEditor", "Muokkaa: {field}").format(field=editor.field_label(name))
        )
        self._editor = editor
        self.name = name
        self.old = old
        self.new = new
        self._applied = applied
        # Only the user's own keystrokes merge (a value set by a command, e.g. a drafted proposal, never does).
        self.keystroke = Keystroke.between(old, new) if applied and name in TEXT_FIELDS else None
        self.time = _clock()

    def id(self) -> int:
        return ALL_FIELDS.index(self.name) + 1 if self.name in TEXT_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, FieldEdit) or other.name != self.name:
            return False
        if self.keystroke is None or other.keystroke is None or not other.keystroke.continues(self.keystroke):
            return False
        if other.time - self.time > TYPING_PAUSE_SECONDS or self.new != other.old:
            return False
        self.new = other.new
        self.keystroke = other.keystroke
        self.time = other.time
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the widget already shows the new value
            self._editor.set_value(self.name, self.new, update_widget=False)
            return
        self._editor.set_value(self.name, self.new, update_widget=True, at_change=True)

    def undo(self) -> None:
        self._editor.set_value(self.name, self.old, update_widget=True, at_change=True)


class RecoverDraft(QUndoCommand):
    """Taking back an autosaved draft, undoable as one step."""

    def __init__(self, editor: ItemEditor, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("ItemEditor", "Palauta luonnos"))
        self._editor = editor
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._editor.set_all(self.new)

    def undo(self) -> None:
        self._editor.set_all(self.old)


@dataclass
class _Binding:
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]


class ItemEditor(QWidget):
    """Editor of one item (§).

    Attributes:
        undo_stack: the edits since the item was opened or saved.
        item_id: the item shown (None when nothing is); read_only: whether it is part of checked minutes.
        autosave_timer: writes the draft every few seconds while there are unsaved changes; autosave_failing: the
            last attempt failed (it is tried again at every tick; the user was told once).

    Signals:
        saved(item_id): the item was saved; changed(): the unsaved state or the values changed.
    """

    saved = Signal(int)
    changed = Signal()

    def __init__(
        self,
        database: Database,
        *,
        prompts: Prompts | None = None,
        autosave_seconds: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.prompts = prompts or Prompts()
        self.undo_stack = QUndoStack(self)
        # A bound method, not a lambda: Qt drops the connection with the editor, so a stack still signalling while
        # an editor is destroyed reaches nothing (a lambda called the dead editor's signal: "Unknown return type").
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self.read_only = False
        self._version = 0
        self._values: dict[str, Any] = {}
        self._saved: dict[str, Any] = {}
        self._drafted: dict[str, Any] | None = None
        self._updating = False
        self._undo_filter = _NoUndoShortcuts(self)
        self._bindings: dict[str, _Binding] = {}
        self._labels: dict[str, str] = {}
        self._build()
        self.autosave_failing = False  # the last autosave failed (and the user has been told)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_seconds * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.show_nothing()

    # --- building the form --------------------------------------------------------------------------------

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.installEventFilter(self._undo_filter)
        edit.textChanged.connect(lambda _t, n=name: self._widget_changed(n))

        def put(value: Any, e: QLineEdit = edit) -> None:
            e.setText(value or "")
            e.setCursorPosition(0)  # show the beginning of a long title, not its end

        self._bind(name, label, edit, edit.text, put)
        return edit

    def _text(self, name: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setUndoRedoEnabled(False)
        edit.setTabChangesFocus(True)
        edit.installEventFilter(self._undo_filter)
        edit.textChanged.connect(lambda: self._widget_changed(name))
        self._bind(name, label, edit, edit.toPlainText, lambda value: edit.setPlainText(value or ""))
        return edit

    def _combo(self, name: str, label: str, choices: list[tuple[Any, str]], *, optional: bool) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        if optional:
            combo.addItem("—", None)
        for value, text in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i, n=name: self._widget_changed(n))

        def put(value: Any, c: QComboBox = combo) -> None:
            index = c.findData(value)
            c.setCurrentIndex(index if index >= 0 else 0)

        self._bind(name, label, combo, combo.currentData, put)
        return combo

    def _bind(self, name: str, label: str, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self._bindings[name] = _Binding(widget, get, put)
        self._labels[name] = label

    def field_label(self, name: str) -> str:
        return self._labels.get(name, name)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.header = QLabel()
        self.header.setObjectName("itemHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }")
        outer.addWidget(self.banner)
        # Corrections of checked minutes: the fields show the § as checked, the corrections are records of their own.
        self.corrections_banner = QLabel()
        self.corrections_banner.setObjectName("correctionsBanner")
        self.corrections_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.corrections_banner.setWordWrap(True)
        self.corrections_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.corrections_banner.setStyleSheet(
            "QLabel { background: #fde7e9; border: 1px solid #c85a64; padding: 6px; }"
        )
        outer.addWidget(self.corrections_banner)
        # Another user's unsaved edits of the same § (a shared database): said before the two overwrite each other.
        self.others_banner = QLabel()
        self.others_banner.setObjectName("othersEditingBanner")
        self.others_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.others_banner.setWordWrap(True)
        self.others_banner.setStyleSheet("QLabel { background: #e5f1fb; border: 1px solid #6a9fd4; padding: 6px; }")
        self.others_banner.hide()
        outer.addWidget(self.others_banner)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        # Tab 1: the matter itself and its preparation.
        page = QWidget()
        grid = QGridLayout(page)
        self.title = self._line("title", self.tr("Otsikko"))
        grid.addWidget(buddy_label(self.tr("Otsikko"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        self.diary_number = self._line("diary_number", self.tr("Dnro"))
        # Format examples, shown only in an empty field that can be edited (else they read as values).
        self._examples: dict[QLineEdit, str] = {self.diary_number: "77/00.04.01/2023"}
        grid.addWidget(buddy_label(self.tr("Dnro"), self.diary_number), 1, 0)
        grid.addWidget(self.diary_number, 1, 1)
        self.classification = QComboBox()
        self.classification.setEditable(True)
        self.classification.setObjectName("classification_code")
        self.classification.currentTextChanged.connect(lambda _t: self._widget_changed("classification_code"))
        self._bind(
            "classification_code",
            self.tr("Tehtäväluokka"),
            self.classification,
            self._get_classification,
            self._put_classification,
        )
        grid.addWidget(buddy_label(self.tr("Tehtäväluokka"), self.classification), 1, 2)
        grid.addWidget(self.classification, 1, 3)
        self.diary_problem = QLabel()
        self.diary_problem.setObjectName("diaryProblem")
        self.diary_problem.setStyleSheet("color: #b00020;")
        self.diary_problem.setWordWrap(True)
        grid.addWidget(self.diary_problem, 2, 1, 1, 3)
        self.preparer = self._combo("preparer_id", self.tr("Valmistelija"), [], optional=True)
        self.presenter = self._combo("presenter_id", self.tr("Esittelijä"), [], optional=True)
        grid.addWidget(buddy_label(self.tr("Valmistelija"), self.preparer), 3, 0)
        grid.addWidget(self.preparer, 3, 1)
        grid.addWidget(buddy_label(self.tr("Esittelijä"), self.presenter), 3, 2)
        grid.addWidget(self.presenter, 3, 3)
        kinds = [
            (ItemKind.OPENING, self.tr("kokouksen avaus")),
            (ItemKind.LEGALITY, self.tr("laillisuus ja päätösvaltaisuus")),
            (ItemKind.CHECKERS, self.tr("pöytäkirjantarkastajat")),
            (ItemKind.AGENDA_APPROVAL, self.tr("työjärjestys")),
            (ItemKind.ORDINARY, self.tr("tavallinen asia")),
            (ItemKind.AGREEMENT, self.tr("sopimus")),
            (ItemKind.STATEMENT, self.tr("lausunto")),
            (ItemKind.ELECTION, self.tr("valinta")),
            (ItemKind.INFORMATION, self.tr("ilmoitusasiat")),
            (ItemKind.OTHER_MATTERS, self.tr("muut asiat")),
            (ItemKind.CLOSING, self.tr("kokouksen päättäminen")),
        ]
        self.kind = self._combo("kind", self.tr("Asian laji"), [(k.value, t) for k, t in kinds], optional=False)
        natures = [
            (DecisionNature.DECIDES, self.tr("päättää asiasta")),
            (DecisionNature.PREPARES, self.tr("valmistelee tai panee täytäntöön")),
            (DecisionNature.PROCUREMENT, self.tr("hankinta")),
            (DecisionNature.SPECIAL_ACT, self.tr("erityislain mukainen")),
            (DecisionNature.SPECIAL_ACT_RECTIFICATION, self.tr("erityislaki, oikaisuvaatimus (HL 49 c §)")),
        ]
        self.decision_nature = self._combo(
            "decision_nature", self.tr("Päätöksen luonne"), [(k.value, t) for k, t in natures], optional=False
        )
        grid.addWidget(buddy_label(self.tr("Asian laji"), self.kind), 4, 0)
        grid.addWidget(self.kind, 4, 1)
        grid.addWidget(buddy_label(self.tr("Päätöksen luonne"), self.decision_nature), 4, 2)
        grid.addWidget(self.decision_nature, 4, 3)
        self.background = self._text("background", self.tr("Selostus"))
        self.proposal = self._text("proposal", self.tr("Päätösehdotus"))
        self.proposal.setMaximumHeight(140)
        grid.addWidget(buddy_label(self.tr("Selostus"), self.background), 5, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.background, 5, 1, 1, 3)
        grid.addWidget(buddy_label(self.tr("Päätösehdotus"), self.proposal), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.proposal, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(5, 3)
        grid.setRowStretch(6, 1)
        self.tabs.addTab(page, self.tr("Asia ja valmistelu"))

        # Tab 2: handling and decision.
        page = QWidget()
        form = QFormLayout(page)
        self.handling = self._text("handling", self.tr("Käsittely"))
        form.addRow(self.tr("Käsittely"), self.handling)
        self.decision = self._text("decision", self.tr("Päätös"))
        form.addRow(self.tr("Päätös"), self.decision)
        outcomes = outcome_choices()
        self.outcome = self._combo("outcome", self.tr("Lopputulos"), [(k.value, t) for k, t in outcomes], optional=True)
        form.addRow(self.tr("Lopputulos"), self.outcome)
        routes = [
            (AppealRoute.RECTIFICATION, self.tr("oikaisuvaatimus")),
            (AppealRoute.MUNICIPAL_APPEAL, self.tr("kunnallisvalitus")),
            (AppealRoute.PROHIBITION, self.tr("muutoksenhakukielto")),
            (AppealRoute.PROCUREMENT, self.tr("hankintaoikaisu ja markkinaoikeus")),
            (AppealRoute.ADMINISTRATIVE_APPEAL, self.tr("hallintovalitus")),
            (AppealRoute.SPECIAL_RECTIFICATION, self.tr("erityislain oikaisuvaatimus")),
        ]
        self.appeal_route_override = self._combo(
            "appeal_route_override",
            self.tr("Muutoksenhakutapa (poikkeus)"),
            [(k.value, t) for k, t in routes],
            optional=True,
        )
        form.addRow(self.tr("Muutoksenhakutapa (poikkeus)"), self.appeal_route_override)
        self.appeal_route_reason = self._line("appeal_route_reason", self.tr("Poikkeuksen peruste"))
        form.addRow(self.tr("Poikkeuksen peruste"), self.appeal_route_reason)
        self.tabs.addTab(page, self.tr("Käsittely ja päätös"))

        # Tab 3: publicity, other languages, attachments and recipients.
        page = QWidget()
        form = QFormLayout(page)
        publicity = [
            (Publicity.PUBLIC, self.tr("julkinen")),
            (Publicity.PARTLY_SECRET, self.tr("osittain salassa pidettävä")),
            (Publicity.SECRET, self.tr("salassa pidettävä")),
        ]
        self.publicity = self._combo(
            "publicity", self.tr("Julkisuus"), [(k.value, t) for k, t in publicity], optional=False
        )
        form.addRow(self.tr("Julkisuus"), self.publicity)
        self.secrecy_ground = self._line("secrecy_ground", self.tr("Salassapitoperuste"))
        self._examples[self.secrecy_ground] = "JulkL (621/1999) 24.1 § 25 k"
        form.addRow(self.tr("Salassapitoperuste"), self.secrecy_ground)
        self.has_personal_data = QCheckBox(self.tr("Sisältää henkilötietoja"))
        self.has_personal_data.setObjectName("has_personal_data")
        self.has_personal_data.toggled.connect(lambda _c: self._widget_changed("has_personal_data"))
        self._bind(
            "has_personal_data",
            self.tr("Sisältää henkilötietoja"),
            self.has_personal_data,
            self.has_personal_data.isChecked,
            lambda v: self.has_personal_data.setChecked(bool(v)),
        )
        form.addRow("", self.has_personal_data)
        self.public_title = self._line("public_title", self.tr("Julkaistava otsikko"))
        form.addRow(self.tr("Julkaistava otsikko"), self.public_title)
        self.attachments = tab_leaves(QListWidget())
        self.attachments.setObjectName("attachments")
        self.attachments.setAccessibleName(self.tr("Liitteet"))  # its form label names the list and its buttons
        self.attachments.itemChanged.connect(lambda _i: self._widget_changed("attachments"))
        self._bind("attachments", self.tr("Liitteet"), self.attachments, self._get_attachments, self._put_attachments)
        form.addRow(
            self.tr("Liitteet"),
            self._with_buttons(
                self.attachments,
                self._add_attachment,
                self._remove_attachment,
                (self.tr("Lisää liite"), self.tr("Poista liite")),
            ),
        )
        files = QHBoxLayout()
        self.attach_file_button = QPushButton(self.tr("Liitä tiedosto…"))
        self.attach_file_button.setToolTip(self.tr("Tallentaa tiedoston (esim. allekirjoitetun sopimuksen) asian "
                                                   "liitteeksi tietokantaan; se kulkee varmuuskopioiden ja "
                                                   "arkiston mukana."))  # fmt: skip
        self.attach_file_button.clicked.connect(self.attach_file)
        self.open_file_button = QPushButton(self.tr("Avaa tiedosto"))
        self.open_file_button.clicked.connect(self.open_attachment_file)
        files.addWidget(self.attach_file_button)
        files.addWidget(self.open_file_button)
        files.addStretch(1)
        form.addRow("", files)
        self.attachments.currentRowChanged.connect(lambda _row: self._enable_file_buttons())
        self.recipients = tab_leaves(QTableWidget(0, 3))
        self.recipients.setObjectName("recipients")
        self.recipients.setAccessibleName(self.tr("Tiedoksi / otteet"))
        self.recipients.setHorizontalHeaderLabels([self.tr("Nimi"), self.tr("Osoite"), self.tr("Asianosainen")])
        self.recipients.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.recipients.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.recipients.horizontalHeaderItem(2).setToolTip(  # type: ignore[union-attr]
            self.tr("Asianosaisen muutoksenhakuaika lasketaan hänen omasta tiedoksisaannistaan (Kokous → Otteiden "
                    "lähettäminen…); muille ote on vain tiedoksi.")
        )
        self.recipients.verticalHeader().setVisible(False)
        self.recipients.itemChanged.connect(lambda _i: self._widget_changed("recipients"))
        self._bind(
            "recipients", self.tr("Tiedoksi / otteet"), self.recipients, self._get_recipients, self._put_recipients
        )
        form.addRow(
            self.tr("Tiedoksi / otteet"),
            self._with_buttons(
                self.recipients,
                self._add_recipient,
                self._remove_recipient,
                (self.tr("Lisää vastaanottaja"), self.tr("Poista vastaanottaja")),
            ),
        )
        self.tabs.addTab(page, self.tr("Julkisuus, liitteet ja jakelu"))

        # Tab 4: the Swedish texts of the Swedish documents (empty prints the Finnish text).
        page = QWidget()
        form = QFormLayout(page)
        note = QLabel(
            self.tr("Ruotsinkielisiin asiakirjoihin tulostuvat tekstit. Tyhjän kentän kohdalle tulostuu "
                    "suomenkielinen teksti.")
        )  # fmt: skip
        note.setWordWrap(True)
        form.addRow(note)
        self.title_sv = self._line("title_sv", self.tr("Otsikko ruotsiksi"))
        form.addRow(self.tr("Otsikko"), self.title_sv)
        self.public_title_sv = self._line("public_title_sv", self.tr("Julkaistava otsikko ruotsiksi"))
        form.addRow(self.tr("Julkaistava otsikko"), self.public_title_sv)
        self.background_sv = self._text("background_sv", self.tr("Selostus ruotsiksi"))
        form.addRow(self.tr("Selostus"), self.background_sv)
        self.proposal_sv = self._text("proposal_sv", self.tr("Päätösehdotus ruotsiksi"))
        self.proposal_sv.setMaximumHeight(140)
        form.addRow(self.tr("Päätösehdotus"), self.proposal_sv)
        self.handling_sv = self._text("handling_sv", self.tr("Käsittely ruotsiksi"))
        self.handling_sv.setMaximumHeight(110)
        form.addRow(self.tr("Käsittely"), self.handling_sv)
        self.decision_sv = self._text("decision_sv", self.tr("Päätös ruotsiksi"))
        self.decision_sv.setMaximumHeight(110)
        form.addRow(self.tr("Päätös"), self.decision_sv)
        for name in ("title_sv", "public_title_sv", "background_sv", "proposal_sv", "handling_sv", "decision_sv"):
            # The rows read like the Finnish fields ("Otsikko"); a screen reader must tell them apart.
            self._bindings[name].widget.setAccessibleName(self._labels[name])
        self.swedish_tab = self.tabs.addTab(page, self.tr("Ruotsiksi"))
        self.diary_number.textChanged.connect(self._check_diary_number)
        for combo in self.findChildren(QComboBox):
            # Long names of people and classes must not make the whole window wide.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMinimumWidth(90)

    def _with_buttons(
        self, widget: QWidget, add: Callable[[], None], remove: Callable[[], None], names: tuple[str, str]
    ) -> QWidget:
        """``widget`` with Lisää and Poista buttons beside it; ``names`` tell a screen reader what they add and
        remove (two lists on one tab each have them)."""
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        buttons = QVBoxLayout()
        add_button = QPushButton(self.tr("Lisää"))
        add_button.clicked.connect(add)
        remove_button = QPushButton(self.tr("Poista"))
        remove_button.clicked.connect(remove)
        for button, name in zip((add_button, remove_button), names, strict=True):
            button.setAccessibleName(name)
            button.setToolTip(name)
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._list_buttons = [*getattr(self, "_list_buttons", []), add_button, remove_button]
        return box

    # --- list widgets ------------------------------------------------------------------------------------

    def _get_attachments(self) -> list[dict[str, Any]]:
        rows = []
        for i in range(self.attachments.count()):
            entry = self.attachments.item(i)
            rows.append(
                {
                    "id": entry.data(Qt.ItemDataRole.UserRole),
                    "title": entry.text(),
                    "is_public": entry.checkState() == Qt.CheckState.Checked,
                    "file": entry.data(_FILE_ROLE) or "",
                }
            )
        return rows

    def _put_attachments(self, rows: list[dict[str, Any]]) -> None:
        self.attachments.clear()
        for row in rows or []:
            entry = QListWidgetItem(row.get("title", ""))
            entry.setData(Qt.ItemDataRole.UserRole, row.get("id"))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if row.get("is_public", True) else Qt.CheckState.Unchecked)
            file_name = row.get("file") or ""
            entry.setData(_FILE_ROLE, file_name)
            tip = self.tr("Valittuna liite on julkinen")
            if file_name:
                entry.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
                tip += "\n" + self.tr("Tiedosto: {name} (Avaa tiedosto)").format(name=file_name)
                # Not only an icon and a tooltip: a screen reader says it after the title (the title stays editable).
                entry.setData(
                    Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("tiedosto {name}").format(name=file_name)
                )
            entry.setToolTip(tip)
            self.attachments.addItem(entry)
        self._enable_file_buttons()

    # --- attachment files -------------------------------------------------------------------------------------

    def _current_file(self) -> tuple[int, str] | None:
        """The chosen attachment's id and file name, when it is saved and has a file."""
        entry = self.attachments.currentItem()
        if entry is None or not entry.data(_FILE_ROLE) or entry.data(Qt.ItemDataRole.UserRole) is None:
            return None
        return int(entry.data(Qt.ItemDataRole.UserRole)), str(entry.data(_FILE_ROLE))

    def _enable_file_buttons(self) -> None:
        self.attach_file_button.setEnabled(self.item_id is not None and not self.read_only)
        self.open_file_button.setEnabled(self._current_file() is not None)

    def attach_file(self) -> None:
        """Liitä tiedosto…: the chosen file becomes the § 's last attachment, stored at once (the § is saved first
        if it has changes, and shown again as stored)."""
        from core.attachments import add_attachment_file, check_file_size

        if self.item_id is None or self.read_only:
            return
        path = self.prompts.choose_attachment_file(self)
        if path is None or (self.dirty and not self.save()):
            return
        item_id = self.item_id
        try:
            check_file_size(path.name, path.stat().st_size)
            content = path.read_bytes()
            with self._database.begin() as session:
                add_attachment_file(session, item_id, path.name, content)
        except OSError as exc:
            text = (self.tr("Tiedostoa {path} ei löydy.") if isinstance(exc, FileNotFoundError)
                    else self.tr("Tiedostoa {path} ei voi lukea: {reason}"))  # fmt: skip
            show_error(self, KnownError(text.format(path=path, reason=exc.strerror or exc), detail=repr(exc)))
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.load(item_id)
        self.attachments.setCurrentRow(self.attachments.count() - 1)
        self.saved.emit(item_id)

    def open_attachment_file(self) -> None:
        """Avaa tiedosto: the chosen attachment's file, written to a folder of its own and opened with the
        program the computer uses for its kind."""
        from core.attachments import attachment_file, copy_for_opening

        current = self._current_file()
        if current is None:
            return
        try:
            with self._database.begin() as session:
                stored = attachment_file(session, current[0])
            path = copy_for_opening(stored)
        except OSError as exc:
            show_error(self, KnownError(self.tr("Liitettä ei voitu kirjoittaa avattavaksi: {reason}").format(
                reason=exc.strerror or exc), detail=repr(exc)))  # fmt: skip
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.prompts.open_file(self, path)

    def _add_attachment(self) -> None:
        rows = self._get_attachments()
        rows.append({"id": None, "title": self.tr("Liite {n}").format(n=len(rows) + 1), "is_public": True})
        self._push("attachments", rows)
        self.attachments.editItem(self.attachments.item(self.attachments.count() - 1))

    def _remove_attachment(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            rows = self._get_attachments()
            del rows[row]
            self._push("attachments", rows)

    def _get_recipients(self) -> list[dict[str, Any]]:
        rows = []
        for r in range(self.recipients.rowCount()):
            name = self.recipients.item(r, 0)
            address = self.recipients.item(r, 1)
            party = self.recipients.item(r, 2)
            rows.append(
                {
                    "id": name.data(Qt.ItemDataRole.UserRole) if name else None,
                    "name": name.text() if name else "",
                    "address": address.text() if address else "",
                    "is_party": party is None or party.checkState() == Qt.CheckState.Checked,
                }
            )
        return rows

    def _put_recipients(self, rows: list[dict[str, Any]]) -> None:
        self.recipients.setRowCount(0)
        for row in rows or []:
            r = self.recipients.rowCount()
            self.recipients.insertRow(r)
            name = QTableWidgetItem(row.get("name", ""))
            name.setData(Qt.ItemDataRole.UserRole, row.get("id"))
            self.recipients.setItem(r, 0, name)
            self.recipients.setItem(r, 1, QTableWidgetItem(row.get("address", "")))
            party = QTableWidgetItem()
            party.setFlags(self._party_flags())
            party.setCheckState(Qt.CheckState.Checked if row.get("is_party", True) else Qt.CheckState.Unchecked)
            self.recipients.setItem(r, 2, party)

    def _party_flags(self) -> Qt.ItemFlag:
        """The "Asianosainen" check box can be changed only where the item can be edited."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsUserCheckable

    def _add_recipient(self) -> None:
        rows = self._get_recipients()
        rows.append({"id": None, "name": self.tr("Uusi vastaanottaja"), "address": "", "is_party": True})
        self._push("recipients", rows)

    def _remove_recipient(self) -> None:
        row = self.recipients.currentRow()
        if row >= 0:
            rows = self._get_recipients()
            del rows[row]
            self._push("recipients", rows)

    def _get_classification(self) -> str:
        return self.classification.currentText().split(" ", 1)[0].strip()

    def _put_classification(self, code: Any) -> None:
        code = code or ""
        index = self.classification.findData(code)
        if index >= 0:
            self.classification.setCurrentIndex(index)
        else:
            self.classification.setEditText(code)

    def _clean_changed(self, _clean: bool) -> None:
        self.changed.emit()

    # --- values, commands ---------------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        return self._values.get(name)

    @property
    def section_number(self) -> int:
        """The § number of the item shown (0 when none is)."""
        return self._context[0] if self.item_id is not None else 0

    def set_value(self, name: str, value: Any, *, update_widget: bool, at_change: bool = False) -> None:
        """Set one field (called by the undo commands). ``at_change``: the text cursor goes where the text changed
        (an undone or redone step), instead of the beginning of the field."""
        self._values[name] = copy.deepcopy(value)
        if update_widget:
            widget = self._bindings[name].widget
            before = _widget_text(widget)
            self._updating = True
            try:
                self._bindings[name].put(copy.deepcopy(value))
            finally:
                self._updating = False
            if at_change and before is not None and isinstance(value, str | None):
                _put_cursor_at_change(widget, before, value or "")
        if name == "title":
            self._update_header()
        self.changed.emit()

    def show_field(self, name: str) -> None:
        """Bring the tab that holds the field ``name`` to the front."""
        widget = self._bindings[name].widget
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return

    def set_all(self, values: dict[str, Any]) -> None:
        for name in ALL_FIELDS:
            if name in values:
                self.set_value(name, values[name], update_widget=True)

    def _widget_changed(self, name: str) -> None:
        if self._updating or self.item_id is None or self.read_only:
            return
        new = self._bindings[name].get()
        old = self._values.get(name)
        if new == old or (not new and not old and name in TEXT_FIELDS):
            return
        self.undo_stack.push(FieldEdit(self, name, copy.deepcopy(old), copy.deepcopy(new), applied=True))

    def _push(self, name: str, new: Any) -> None:
        self.undo_stack.push(FieldEdit(self, name, copy.deepcopy(self._values.get(name)), new, applied=False))

    @property
    def dirty(self) -> bool:
        return self.item_id is not None and not self.read_only and self._values != self._saved

    def _check_diary_number(self, text: str) -> None:
        problem = diary_number_problem(text) if text else None
        self.diary_problem.setText(localized(problem) if problem else "")
        self.diary_problem.setVisible(bool(problem))

    # --- loading and saving -------------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.item_id = None
        self.meeting_id = None
        self._values = {}
        self._saved = {}
        self.undo_stack.clear()
        self._clear_widgets()  # the greyed-out form must not go on showing the item that was open before
        self._show_examples(False)
        self.header.setText(self.tr("<i>Valitse asia siirtimestä vasemmalla.</i>"))
        self.banner.hide()
        self.corrections_banner.hide()
        self.others_banner.hide()
        self.tabs.setEnabled(False)
        self.diary_problem.hide()
        self._enable_file_buttons()
        self.changed.emit()

    def _clear_widgets(self) -> None:
        self._updating = True
        try:
            for binding in self._bindings.values():
                widget = binding.widget
                if isinstance(widget, QLineEdit | QPlainTextEdit | QListWidget):
                    widget.clear()
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(-1)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(False)
                elif isinstance(widget, QTableWidget):
                    widget.setRowCount(0)
        finally:
            self._updating = False

    def _fill_choices(self, session: Any) -> None:
        swedish = ui_language() == "sv"  # a person's and a class's Swedish title where the settings give one
        people = session.execute(
            select(Person.id, Person.name, Person.title, Person.title_sv).order_by(Person.name)
        ).all()
        for combo in (self.preparer, self.presenter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for person_id, name, title_fi, title_sv in people:
                title = title_sv if swedish and title_sv else title_fi
                combo.addItem(f"{name}, {title}" if title else name, person_id)
            combo.blockSignals(False)
        from core.classification import sort_key

        codes = session.execute(
            select(ClassificationCode.code, ClassificationCode.title, ClassificationCode.title_sv)
        ).tuples().all()
        self.classification.blockSignals(True)
        self.classification.clear()
        self.classification.addItem("", "")
        for code, title, title_sv in sorted(codes, key=lambda row: sort_key(row[0])):  # by level: 2 before 14
            self.classification.addItem(f"{code} {title_sv if swedish and title_sv else title}", code)
        self.classification.blockSignals(False)

    def load(self, item_id: int) -> None:
        """Show an item; offer back a draft left by a crash."""
        with self._database.begin() as session:
            item = get_item(session, item_id)
            self._fill_choices(session)
            values = item_values(item)
            meeting = item.meeting
            self._version = item.version
            self.read_only = meeting.state.is_locked
            self.meeting_id = meeting.id
            self._context = (
                item.section_number,
                shown_name(meeting.body.name, meeting.body.name_sv),
                meeting.number,
                meeting.year,
                meeting.date,
            )
            # A Swedish-speaking organisation writes its texts in Swedish in the usual fields: no tab for them
            # (unless a § has Swedish texts already, which stay visible).
            swedish_speaking = meeting.body.organisation.language == Language.SWEDISH
            lock_text = ""
            if self.read_only:
                checked = _fi_date(meeting.checked_date) if meeting.checked_date else ""
                lock_text = self.tr(
                    "Vain luku: kokouksen {number}/{year} pöytäkirja on tarkastettu {date}, eikä sen asioita voi "
                    "enää muuttaa. Korjaus tehdään oikaisuna, joka näkyy pöytäkirjassa."
                ).format(number=meeting.number, year=meeting.year, date=checked)
            corrections_text = self._corrections_text(item.corrections)
            draft = own_draft(session, item_id)
            draft_data = dict(draft.data) if draft is not None and not self.read_only else None
            draft_stale = draft is not None and draft.base_version != item.version
            draft_time = draft.saved_at if draft is not None else None
            others = [] if self.read_only else others_drafts(session, item_id)
        self.item_id = item_id
        self._saved = copy.deepcopy(values)
        self._values = {}
        self._drafted = None
        self.autosave_failing = False
        if not self.autosave_timer.isActive():
            # Stopped when the window let go of the database (before a restore, which may have been refused):
            # an item shown again is autosaved again.
            self.autosave_timer.start()
        self.undo_stack.clear()
        self.set_all(values)
        self.undo_stack.clear()
        self.tabs.setEnabled(True)
        has_swedish = any(values.get(name) for name in SWEDISH_FIELDS)
        self.tabs.setTabVisible(self.swedish_tab, not swedish_speaking or has_swedish)
        self._set_read_only(self.read_only)
        self.banner.setText(lock_text)
        self.banner.setVisible(self.read_only)
        self.corrections_banner.setText(corrections_text)
        self.corrections_banner.setVisible(bool(corrections_text))
        self._show_others(others)
        self._update_header()
        if draft_data is not None:
            self._offer_draft(draft_data, draft_stale, draft_time)
        self.changed.emit()

    def _show_others(self, others: list[tuple[str, dt.datetime]]) -> None:
        """Say who else has unsaved edits of this § (``others_drafts``); hidden when no one has."""
        lines = [
            self.tr("Käyttäjällä {user} on tähän asiaan tallentamattomia muutoksia (luonnos tallessa {when}).").format(
                user=user, when=_local_when(saved_at)
            )
            for user, saved_at in others
        ]
        if len(lines) == 1:
            lines.append(
                self.tr(
                    "Hän voi olla muokkaamassa asiaa juuri nyt. Jos kumpikin muuttaa samaa kenttää, jälkimmäinen "
                    "tallentaja näkee ensin toisen tallentaman tekstin."
                )
            )
        elif lines:
            lines.append(
                self.tr(
                    "He voivat olla muokkaamassa asiaa juuri nyt. Jos useampi muuttaa samaa kenttää, myöhempi "
                    "tallentaja näkee ensin aiemman tallentaman tekstin."
                )
            )
        self.others_banner.setText("\n".join(lines))
        self.others_banner.setVisible(bool(lines))

    def _corrections_text(self, corrections: list[Any]) -> str:
        """The notice of a § 's corrections (oikaisut), oldest first; "" when it has none."""
        if not corrections:
            return ""
        lines = [
            self.tr("Pykälään on tehty oikaisu. Kentät näyttävät pykälän tarkastetussa muodossa; pöytäkirjaan ja "
                    "otteisiin oikaisu tulostuu oikaistun kohdan jälkeen:")
            if len(corrections) == 1
            else self.tr("Pykälään on tehty {count} oikaisua. Kentät näyttävät pykälän tarkastetussa muodossa; "
                         "pöytäkirjaan ja otteisiin oikaisut tulostuvat oikaistun kohdan jälkeen:"
                         ).format(count=len(corrections))
        ]  # fmt: skip
        for correction in sorted(corrections, key=lambda c: c.created_at):
            text = " ".join(str(correction.new_text).split())
            lines.append(
                self.tr("• {date} {part} ({author}): ”{text}” – peruste: {reason}").format(
                    date=_fi_date(correction.created_at),
                    part=self.field_label(correction.field) if correction.field in ALL_FIELDS else correction.field,
                    author=correction.author,
                    text=text if len(text) <= 300 else text[:299] + "…",
                    reason=" ".join(str(correction.reason).split()),
                )
            )
        return "\n".join(lines)

    def _draft_changes(self, data: dict[str, Any], stale: bool) -> tuple[dict[str, Any], list[str]]:
        """The fields a draft changes, and those of them whose stored text is newer than the draft's base.

        A draft records the stored values its changes were made on (``_DRAFT_BASE``): only the fields it changed
        relative to them are taken back, so a field someone else saved meanwhile keeps their text unless the
        draft changed it too (then it is named). A draft written by an older Sihteeri has no base: every field
        it has differs from the stored one is taken back, and when the § was saved elsewhere after the draft
        all of those are named (which of the two changed them cannot be known).
        """
        current = self._values
        base = data.get(_DRAFT_BASE)
        fields = [name for name in ALL_FIELDS if name in data]
        if isinstance(base, dict):
            changed = {name: data[name] for name in fields if name in base and data[name] != base[name]}
            newer = [name for name in changed if current.get(name) != base[name] and current.get(name) != changed[name]]
        else:
            changed = {name: data[name] for name in fields if data[name] != current.get(name)}
            newer = list(changed) if stale else []
        return changed, [self.field_label(name) for name in newer]

    def _offer_draft(self, data: dict[str, Any], stale: bool, saved_at: Any) -> None:
        when = _local_when(saved_at) if saved_at else ""
        changed, newer = self._draft_changes(data, stale)
        if not changed:
            self.discard_draft()  # nothing in it differs from what is stored
            return
        text = self.tr(
            "Asiaan on tallentamattomia muutoksia, jotka tallentuivat luonnokseksi {when} (ohjelma suljettiin "
            "tallentamatta). Palautetaanko ne?"
        ).format(when=when)
        if stale:
            text += "\n\n" + self.tr("Huom.: asiaa on sen jälkeen muutettu ja tallennettu muualla.")
            if newer:
                text += " " + self.tr(
                    "Luonnos korvaisi näiden kenttien uudemman tallennetun tekstin: {fields}. Muiden kenttien "
                    "tallennetut muutokset säilyvät."
                ).format(fields=", ".join(newer))
            else:
                text += " " + self.tr("Luonnos ei korvaa niitä: vain luonnoksessa muutetut kentät palautetaan.")
        if self.prompts.recover_draft(self, text):
            merged = {**self._values, **copy.deepcopy(changed)}
            self.undo_stack.push(RecoverDraft(self, copy.deepcopy(self._values), merged))
            self._drafted = copy.deepcopy(self._values)
        else:
            self.discard_draft()

    def _set_read_only(self, read_only: bool) -> None:
        for binding in self._bindings.values():
            widget = binding.widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QComboBox | QCheckBox):
                widget.setEnabled(not read_only)
            elif isinstance(widget, QListWidget | QTableWidget):
                widget.setEditTriggers(
                    QListWidget.EditTrigger.NoEditTriggers
                    if read_only
                    else QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
                )
        for button in getattr(self, "_list_buttons", []):
            button.setEnabled(not read_only)
        self.read_only = read_only
        for row in range(self.recipients.rowCount()):
            party = self.recipients.item(row, 2)
            if party is not None:
                party.setFlags(self._party_flags())
        self._show_examples(not read_only)
        self._enable_file_buttons()

    def _show_examples(self, shown: bool) -> None:
        for widget, example in self._examples.items():
            widget.setPlaceholderText(example if shown else "")

    def _update_header(self) -> None:
        if self.item_id is None:
            return
        section, body, number, year, date = self._context
        title = self._values.get("title", "")
        from html import escape

        self.header.setText(
            f"<b>{escape(section_text(section))} {escape(title)}</b><br/>"
            + escape(
                self.tr("{body}, kokous {number}/{year}, {date}").format(
                    body=body, number=number, year=year, date=_fi_date(date)
                )
            )
        )

    def autosave(self) -> bool:
        """Write the unsaved values as the item's draft; True if a draft was written."""
        if not self.dirty or self._values == self._drafted or self.item_id is None:
            return False
        data = copy.deepcopy(self._values)
        # The stored values the changed fields were edited from: recovery takes back only what the draft changed.
        base = {
            name: copy.deepcopy(self._saved.get(name)) for name in ALL_FIELDS if data.get(name) != self._saved.get(name)
        }
        stored = {**data, _DRAFT_BASE: base}
        try:
            with self._database.begin() as session:
                get_item(session, self.item_id)  # removed by someone else: said so, not as a broken reference
                draft = own_draft(session, self.item_id)
                author = current_user(session)
                if draft is not None and draft.author != author:  # written before drafts had authors: now hers
                    session.delete(draft)
                    session.flush()
                    draft = None
                if draft is None:
                    session.add(ItemDraft(item_id=self.item_id, author=author, base_version=self._version, data=stored))
                else:
                    draft.data = stored
                    draft.base_version = self._version
                    draft.saved_at = utcnow()
                others = others_drafts(session, self.item_id)
        except Exception as exc:  # an autosave failure must be seen, but must not stop the editing
            # The next tick tries again (another program may hold the write lock for a moment). The user is
            # told once, and again only if autosaving failed anew after it had recovered.
            if not self.autosave_failing:
                log.warning("Autosave of item %s failed (tried again at every tick): %r", self.item_id, exc)
                self.autosave_failing = True
                show_error(self, self._removed() if isinstance(exc, NotFound) else exc)
            return False
        if self.autosave_failing:
            log.info("Autosave of item %s works again", self.item_id)
        self.autosave_failing = False
        self._drafted = data
        self._show_others(others)
        return True

    def discard_draft(self) -> None:
        if self.item_id is None:
            return
        with self._database.begin() as session:
            draft = own_draft(session, self.item_id)
            if draft is not None:
                session.delete(draft)
        self._drafted = None

    def save(self) -> bool:
        """Save the item; errors go to the error dialog.

        When someone else saved the § after it was opened here (another user, a renumbering of the body's §§), their
        save is taken in around the unsaved edits (``take_in_saved_elsewhere``): if they changed other fields than
        these edits, the save then goes through with both; if they changed the same fields, nothing is saved and
        the user is told which fields now hold their own text and what the other saved there.
        """
        if self.item_id is None or self.read_only:
            return False
        if not self.dirty:
            return True
        try:
            fresh = self._store(copy.deepcopy(self._values))
        except ConflictError as exc:
            try:
                both = self._take_in()
            except Exception as failed:  # the server went away meanwhile, the § was removed ...
                show_error(self, failed)
                return False
            if both is None:  # nothing newer to take in (the minutes were checked meanwhile, or it was removed)
                show_error(self, exc)
                return False
            if both:
                self._tell_conflict(both)
                return False
            log.info("Item %s was saved elsewhere meanwhile; its other fields were taken in", self.item_id)
            try:
                fresh = self._store(copy.deepcopy(self._values))
            except Exception as again:
                show_error(self, again)
                return False
        except NotFound:
            show_error(self, self._removed())
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self._saved = fresh
        self._drafted = None
        # New attachments and recipients got their ids, the diary number was trimmed: show what was stored.
        self._updating = True
        try:
            for name in ALL_FIELDS:
                if fresh[name] != self._values.get(name):
                    self._values[name] = copy.deepcopy(fresh[name])
                    self._bindings[name].put(copy.deepcopy(fresh[name]))
        finally:
            self._updating = False
        self.undo_stack.setClean()
        self.saved.emit(self.item_id)
        self.changed.emit()
        return True

    def _removed(self) -> NotFound:
        """The § shown was removed (by another user): what the user is told when saving it fails."""
        return NotFound(
            self.tr(
                "Joku muu on poistanut asian ”{title}” sillä aikaa, kun muokkasit sitä, eikä muutoksiasi voi "
                "tallentaa siihen. Tekstisi on yhä näkyvissä: kopioi tarvitsemasi talteen ja valitse sitten "
                "Tiedosto → Hylkää muutokset."
            ).format(title=self._saved.get("title") or "")
        )

    def _store(self, values: dict[str, Any]) -> dict[str, Any]:
        """Write ``values`` over the § if it is still the version loaded here; return what was stored."""
        assert self.item_id is not None
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            expect_version(item, self._version)
            apply_values(session, item, values)
            draft = own_draft(session, self.item_id)
            if draft is not None:
                session.delete(draft)
            session.flush()
            self._version = item.version
            return item_values(item)

    def _tell_conflict(self, both: list[str]) -> None:
        """Tell the user that fields they changed were saved elsewhere too, and what was saved there."""
        lines = [
            self.tr(
                "Joku muu tallensi tämän asian sillä aikaa, kun muokkasit sitä. Hänen muutoksensa muihin kenttiin on "
                "nyt näkyvissä. Samoja kenttiä muutettiin molemmissa; niissä on nyt sinun tekstisi, ja se korvaa "
                "toisen tallentaman, kun tallennat uudelleen. Asiaa ei vielä tallennettu."
            ),
            "",
            self.tr("Toisen tallentama teksti näissä kentissä:"),
        ]
        for name in both:
            stored = self._saved.get(name)
            if name in TEXT_FIELDS:
                text = str(stored or "")
                shown = text if len(text) <= 500 else text[:499] + "…"
                lines.append(self.tr("• {field}: ”{text}”").format(field=self.field_label(name), text=shown))
            else:
                lines.append(f"• {self.field_label(name)}")
        self.prompts.information(self, self.tr("Tallennusristiriita"), "\n".join(lines))

    def take_in_saved_elsewhere(self) -> list[str]:
        """Take in a save of the open § made elsewhere (the conduct window, another user) without losing the unsaved
        edits: the fields changed here keep their text, the others show what was stored, and the next save is checked
        against the new version instead of failing as a conflict.

        Returns the labels of the fields changed both here and there; they keep the text written here (the stored
        one is replaced by it on saving). Nothing is taken in once the minutes are checked.
        """
        return [self.field_label(name) for name in self._take_in() or []]

    def _take_in(self) -> list[str] | None:
        """``take_in_saved_elsewhere``, naming fields; None when there was nothing newer to take in."""
        if self.item_id is None or self.read_only:
            return None
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            if item.version == self._version or item.meeting.state.is_locked:
                return None
            stored = item_values(item)
            version = item.version
            meeting = item.meeting
            # A renumbering elsewhere changes the § number in the header.
            self._context = (
                item.section_number,
                shown_name(meeting.body.name, meeting.body.name_sv),
                meeting.number,
                meeting.year,
                meeting.date,
            )
        mine = {name for name in ALL_FIELDS if self._values.get(name) != self._saved.get(name)}
        theirs = {name for name in ALL_FIELDS if stored[name] != self._saved.get(name)}
        for name in sorted(theirs - mine, key=ALL_FIELDS.index):
            self.set_value(name, stored[name], update_widget=True)
        both = [name for name in ALL_FIELDS if name in mine & theirs and stored[name] != self._values.get(name)]
        self._saved = stored
        self._version = version
        self._drafted = None  # the draft is written again with the new version
        self._update_header()
        self.changed.emit()
        return both

    def revert(self) -> None:
        """Forget the unsaved changes (and their draft) and show the item as saved."""
        if self.item_id is None:
            return
        self.discard_draft()
        try:
            self.load(self.item_id)
        except NotFound:  # removed elsewhere meanwhile: nothing is left to show
            self.show_nothing()

"""Proposal templates in the window: the template manager, "Laadi ehdotus mallipohjasta" and undoable insertion.

``TemplateManagerDialog`` lists the shipped (read-only) and own templates; own ones are created, copied, edited,
renamed, deleted, exported and imported here, with a live preview against a chosen item and the template's
errors shown in place (a message under the editor and the faulty line marked). ``DraftProposalDialog`` picks a
template for one item, suggested by the item's kind and body, and returns the drafted text in
``proposal_text``; ``insert_proposal`` puts it into the proposal field as one undoable command and never
replaces text the secretary has edited without asking.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import is_dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextFormat,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core.draft_context import finnish_values, load_context, sample_context
from core.drafting import TemplateProblem, compile_template, field_names, format_date, proposal_field
from core.template_library import (
    LANGUAGE_LABELS,
    TemplateInfo,
    copy_template,
    create_template,
    delete_template,
    export_template,
    fits,
    import_template,
    list_templates,
    remember_template,
    rename_template,
    save_template,
    suggest_templates,
    template_history,
)
from db.engine import Database
from db.enums import AgreementKind, BodyKind, ItemKind, Language
from db.errors import SihteeriError
from db.models import Body, Item, Meeting
from gui.dialog_drafts import DialogDraft
from gui.dialogs import ask_yes_no
from gui.errors import show_error
from gui.i18n import localized, section_text
from gui.keyboard import add_button_mnemonics, buddy_label, tab_leaves, tab_moves_focus

DRAFTED_PROPERTY = "sihteeriDraftedProposal"
NEW_TEMPLATE_TEXT = "{{ body.nominative }} päättää "


def item_kind_labels() -> dict[ItemKind, str]:
    return {
        ItemKind.OPENING: QCoreApplication.translate("template_dialog", "kokouksen avaus"),
        ItemKind.LEGALITY: QCoreApplication.translate("template_dialog", "laillisuus ja päätösvaltaisuus"),
        ItemKind.CHECKERS: QCoreApplication.translate("template_dialog", "pöytäkirjantarkastajat"),
        ItemKind.AGENDA_APPROVAL: QCoreApplication.translate("template_dialog", "työjärjestys"),
        ItemKind.ORDINARY: QCoreApplication.translate("template_dialog", "tavallinen asia"),
        ItemKind.AGREEMENT: QCoreApplication.translate("template_dialog", "sopimus"),
        ItemKind.STATEMENT: QCoreApplication.translate("template_dialog", "lausunto"),
        ItemKind.ELECTION: QCoreApplication.translate("template_dialog", "valinta"),
        ItemKind.INFORMATION: QCoreApplication.translate("template_dialog", "ilmoitusasiat"),
        ItemKind.OTHER_MATTERS: QCoreApplication.translate("template_dialog", "muut asiat"),
        ItemKind.CLOSING: QCoreApplication.translate("template_dialog", "kokouksen päättäminen"),
    }


def agreement_kind_labels() -> dict[AgreementKind, str]:
    return {
        AgreementKind.COOPERATION_AGREEMENT: QCoreApplication.translate("template_dialog", "yhteistoimintasopimus"),
        AgreementKind.COLLABORATION_AGREEMENT: QCoreApplication.translate("template_dialog", "yhteistyösopimus"),
        AgreementKind.COOPERATION_PROTOCOL: QCoreApplication.translate("template_dialog", "yhteistyöpöytäkirja"),
        AgreementKind.OTHER: QCoreApplication.translate("template_dialog", "muu sopimus"),
    }


def body_kind_labels() -> dict[BodyKind, str]:
    return {
        BodyKind.COUNCIL: QCoreApplication.translate("template_dialog", "valtuusto"),
        BodyKind.EXECUTIVE: QCoreApplication.translate("template_dialog", "hallitus"),
        BodyKind.COMMITTEE: QCoreApplication.translate("template_dialog", "lautakunta"),
        BodyKind.DIVISION: QCoreApplication.translate("template_dialog", "jaosto"),
        BodyKind.OFFICE_HOLDER: QCoreApplication.translate("template_dialog", "viranhaltija"),
    }


class Questions:
    """The questions these dialogs ask, with real dialogs; tests override the methods."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return ask_yes_no(parent, title, text)

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
        return value.strip() if ok and value.strip() else None

    def open_file(self, parent: QWidget | None) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("template_dialog", "Tuo mallipohja"),
            "",
            QCoreApplication.translate("template_dialog", "Sihteerin mallipohjat (*.j2);;Kaikki tiedostot (*)"),
        )
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("template_dialog", "Vie mallipohja"),
            suggested,
            QCoreApplication.translate("template_dialog", "Sihteerin mallipohjat (*.j2)"),
        )
        return Path(name) if name else None


# --- preview with errors in place -------------------------------------------------------------------------


class PreviewPane(QWidget):
    """A read-only preview of a template rendered on one case, with the error shown in place.

    Attributes:
        preview: the drafted text; error: the Finnish error message (hidden when there is none).
        text: the last drafted text ("" when the template has an error); problem: the last error or None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Esikatselu"))
        self.preview.setReadOnly(True)
        self.error = QLabel()
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        # Reachable with Tab and readable by a screen reader, not only selectable with the mouse.
        self.error.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.error.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.error.setStyleSheet("QLabel { color: #a00000; background: #fdecec; padding: 4px; }")
        self.error.hide()
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        self.text = ""
        self.problem: TemplateProblem | None = None

    def show_render(self, source: str, context: dict[str, Any] | None) -> None:
        try:
            compiled = compile_template(source)
            self.text = compiled.render(context if context is not None else sample_context(), time_limit=0.5)
            self.problem = None
        except TemplateProblem as problem:
            self.text = ""
            self.problem = problem
        self.preview.setPlainText(self.text)
        self.preview.setEnabled(self.problem is None)
        self.error.setText(localized(self.problem.message) if self.problem else "")
        self.error.setVisible(self.problem is not None)


class _PickFromListOnly(QObject):
    """Keeps a combo box whose every choice does something (the variable picker inserts text) from acting on an
    arrow key, a letter or the mouse wheel: those opened the next entry and inserted it at once. A key opens the
    list instead, where arrows move and Enter chooses."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._combo and event.type() == QEvent.Type.Wheel:
            return True
        if watched is self._combo and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape) or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                return False
            self._combo.showPopup()
            return True
        return False


def mark_error_line(editor: QPlainTextEdit, line: int | None) -> None:
    """Mark the template line that has the error (or clear the mark)."""
    selections = []
    if line is not None and 1 <= line <= editor.document().blockCount():
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fbd5d5"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(editor.document().findBlockByNumber(line - 1))
        selection.cursor = cursor
        selections.append(selection)
    editor.setExtraSelections(selections)


def variable_examples(context: dict[str, Any] | None) -> dict[str, str]:
    """Every "variable.field" a template can use, with its value on ``context`` (shortened; "" if none)."""
    shape = sample_context()
    examples: dict[str, str] = {}
    for variable, sample in shape.items():
        actual = context.get(variable) if context is not None else sample
        for field in field_names(sample):
            value = getattr(actual, field, None) if actual else None
            if isinstance(value, tuple | list) or is_dataclass(value):
                text = ""
            elif isinstance(value, dt.date):
                text = format_date(value)
            else:
                text = "" if value is None else str(value)
            examples[f"{variable}.{field}"] = text if len(text) <= 50 else text[:47] + "…"
    return examples


def _item_choices(database: Database) -> list[tuple[int, str]]:
    with database.begin() as session:
        rows = session.execute(
            select(Item.id, Item.section_number, Item.title, Body.name, Meeting.date)
            .join(Body, Item.body_id == Body.id)
            .join(Meeting, Item.meeting_id == Meeting.id)
            .order_by(Meeting.date.desc(), Item.position)
            .limit(300)
        ).all()
    return [
        (item_id, f"{body} {date.day}.{date.month}.{date.year} {section_text(section)} – {title}")
        for item_id, section, title, body, date in rows
    ]


# --- the template manager ---------------------------------------------------------------------------------


class TemplateManagerDialog(QDialog):
    """Manage proposal templates: shipped ones (read-only, copyable) and own ones stored in the database.

    Attributes:
        templates: the list; editor: the selected template's text; preview: its rendering on ``item``;
        item: the item the preview is drafted for (an example case when none); questions: the dialogs asked.
        language, item_kind, body_kind, description: the selected own template's details.
    """

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        item_id: int | None = None,
        *,
        questions: Questions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mallipohjat"))
        self.resize(1100, 700)
        self._database = database
        self.questions = questions or Questions()
        self._infos: list[TemplateInfo] = []
        self._current: TemplateInfo | None = None
        self._contexts: dict[int, dict[str, Any]] = {}
        self._loading = False
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        # An own template's unsaved text and description are kept in a draft file (gui.dialog_drafts) a moment
        # after each change, so that a crash loses nothing; they come back when the template is next selected.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(800)
        self._draft_timer.timeout.connect(self.keep_draft)
        for choice_id, label in _item_choices(database):
            self.item.addItem(label, choice_id)
        if item_id is not None:
            self.item.setCurrentIndex(max(self.item.findData(item_id), 0))
        self.item.currentIndexChanged.connect(lambda _i: self.update_preview())
        add_button_mnemonics(self)
        self.reload()

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.templates = tab_leaves(QListWidget())
        self.templates.setObjectName("templates")
        self.templates.currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.templates, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("new", self.tr("Uusi…"), self.new_template),
            ("copy", self.tr("Kopioi…"), self.copy_selected),
            ("rename", self.tr("Nimeä uudelleen…"), self.rename_selected),
            ("delete", self.tr("Poista"), self.delete_selected),
            ("history", self.tr("Historia…"), self.show_history),
            ("export", self.tr("Vie tiedostoon…"), self.export_selected),
            ("import", self.tr("Tuo tiedostosta…"), self.import_file),
        ):
            button = QPushButton(label)
            button.setObjectName(key)
            button.clicked.connect(slot)
            left_layout.addWidget(button)
            self.buttons[key] = button
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        right_layout.addWidget(self.heading)
        form = QFormLayout()
        self.language = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language.addItem(localized(label), code)
        self.item_kind = QComboBox()
        self.item_kind.addItem(self.tr("mikä tahansa"), None)
        for kind, label in item_kind_labels().items():
            self.item_kind.addItem(label, kind)
        self.body_kind = QComboBox()
        self.body_kind.addItem(self.tr("mikä tahansa"), None)
        for body_kind, label in body_kind_labels().items():
            self.body_kind.addItem(label, body_kind)
        self.agreement_kind = QComboBox()
        self.agreement_kind.addItem(self.tr("mikä tahansa"), None)
        for agreement_kind, label in agreement_kind_labels().items():
            self.agreement_kind.addItem(label, agreement_kind)
        self.description = QLineEdit()
        form.addRow(self.tr("Kieli"), self.language)
        form.addRow(self.tr("Asian laji"), self.item_kind)
        form.addRow(self.tr("Toimielimen laji"), self.body_kind)
        form.addRow(self.tr("Sopimuksen laji"), self.agreement_kind)
        form.addRow(self.tr("Kuvaus"), self.description)
        right_layout.addLayout(form)
        self.editor = tab_moves_focus(QPlainTextEdit())  # a tab character would print as such
        self.editor.setObjectName("templateText")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.textChanged.connect(self._text_changed)
        text_row = QHBoxLayout()
        text_row.addWidget(buddy_label(self.tr("Mallipohjan teksti"), self.editor), 1)
        self.variables = QComboBox()
        self.variables.setObjectName("variables")
        self.variables.setToolTip(self.tr("Lisää muuttuja kohdistimen kohdalle"))
        self.variables.setAccessibleName(self.variables.toolTip())
        self._picker_keys = _PickFromListOnly(self.variables)
        self.variables.activated.connect(self._insert_variable)
        text_row.addWidget(self.variables)
        right_layout.addLayout(text_row)
        right_layout.addWidget(self.editor, 2)
        self.item = QComboBox()
        self.item.setObjectName("previewItem")
        self.item.addItem(self.tr("Esimerkkiasia (kuviteltu)"), None)
        preview_row = QHBoxLayout()
        preview_row.addWidget(buddy_label(self.tr("Esikatselu asialle"), self.item))
        preview_row.addWidget(self.item, 1)
        right_layout.addLayout(preview_row)
        self.preview = PreviewPane()
        right_layout.addWidget(self.preview, 1)
        bottom = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("state")
        bottom.addWidget(self.state, 1)
        self.save_button = QPushButton(self.tr("Tallenna"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        # Enter in a field (Kuvaus) saves; it pressed the first button, Uusi…, and asked for a new template.
        for button in self.buttons.values():
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        close = QPushButton(self.tr("Sulje"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        right_layout.addLayout(bottom)
        for widget in (self.language, self.item_kind, self.body_kind, self.agreement_kind):
            widget.currentIndexChanged.connect(lambda _i: self._update_state())
        self.description.textChanged.connect(lambda _t: self._update_state())
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 720])

    # --- list and selection ---------------------------------------------------------------------------

    def reload(self, select_key: str | None = None) -> None:
        """Read the templates again and select ``select_key`` (or keep the current one).

        Unsaved edits of the selected template (Uusi, Kopioi, Tuo or Nimeä uudelleen pressed with them) go to its
        draft first: they come back when it is selected again, instead of being replaced without asking."""
        self.keep_draft()
        keep = select_key or (self._current.key if self._current else None)
        try:
            with self._database.begin() as session:
                self._infos = list_templates(session)
        except SihteeriError as exc:
            show_error(self, exc)
            return
        self._loading = True
        self.templates.clear()
        for info in self._infos:
            mark = self.tr("valmis") if info.shipped else self.tr("oma")
            entry = QListWidgetItem(f"{info.name}  [{info.language}, {mark}]")
            entry.setData(Qt.ItemDataRole.UserRole, info.key)
            entry.setToolTip(info.description)
            if info.shipped:
                entry.setForeground(QColor("#444444"))
            self.templates.addItem(entry)
        self._loading = False
        keys = [info.key for info in self._infos]
        self._current = None
        self.templates.setCurrentRow(keys.index(keep) if keep in keys else 0)

    def _selected(self, row: int) -> None:
        if self._loading:
            return
        if self._current is not None and self.dirty:
            if not self._confirm_discard():
                self._loading = True
                self.templates.setCurrentRow([i.key for i in self._infos].index(self._current.key))
                self._loading = False
                return
            self._discard_draft(self._current)
        self._current = self._infos[row] if 0 <= row < len(self._infos) else None
        self._show_current()

    def _show_current(self) -> None:
        info = self._current
        self._loading = True
        try:
            self.editor.setPlainText(info.text if info else "")
            self.editor.setReadOnly(info is None or info.shipped)
            self.language.setCurrentIndex(max(self.language.findData(info.language if info else "fi"), 0))
            self.item_kind.setCurrentIndex(max(self.item_kind.findData(info.item_kind if info else None), 0))
            self.body_kind.setCurrentIndex(max(self.body_kind.findData(info.body_kind if info else None), 0))
            self.agreement_kind.setCurrentIndex(
                max(self.agreement_kind.findData(info.agreement_kind if info else None), 0)
            )
            self.description.setText(info.description if info else "")
            self.description.setCursorPosition(0)  # show the beginning of a long description, not its end
            editable = info is not None and not info.shipped
            for widget in (self.language, self.item_kind, self.body_kind, self.agreement_kind, self.description):
                widget.setEnabled(editable)
            for key in ("rename", "delete", "history"):
                self.buttons[key].setEnabled(editable)
            for key in ("copy", "export"):
                self.buttons[key].setEnabled(info is not None)
            if info is None:
                self.heading.setText("")
            elif info.shipped:
                self.heading.setText(
                    self.tr("<b>{name}</b><br>Valmis mallipohja: vain luettavissa. Kopioi se muokataksesi.").format(
                        name=info.name
                    )
                )
            else:
                self.heading.setText(self.tr("<b>{name}</b><br>Oma mallipohja.").format(name=info.name))
        finally:
            self._loading = False
        kept = self._draft(info).load() if info is not None and not info.shipped else None
        if info is not None and kept is not None:
            text, description = str(kept.get("text", info.text)), str(kept.get("description", info.description))
            if (text, description) != (info.text, info.description):
                self._loading = True
                try:
                    self.editor.setPlainText(text)
                    self.description.setText(description)
                finally:
                    self._loading = False
                self.heading.setText(
                    self.tr(
                        "<b>{name}</b><br>Oma mallipohja. Siinä on tallentamattomat muutokset, jotka olivat kesken, "
                        "kun Sihteeri sulkeutui: tallenna tai hylkää ne."
                    ).format(name=info.name)
                )
        self._update_state()
        self.update_preview()

    # --- drafts ---

    def _draft(self, info: TemplateInfo) -> DialogDraft:
        return DialogDraft.for_database(self._database.description, f"mallipohja-{info.template_id}")

    def keep_draft(self) -> None:
        """Write the selected own template's unsaved text to its draft (none left when there is nothing unsaved)."""
        self._draft_timer.stop()
        info = self._current
        if info is None or info.shipped:
            return
        if self.dirty:
            self._draft(info).save({"text": self.editor.toPlainText(), "description": self.description.text()})
        else:
            self._draft(info).discard()

    def _discard_draft(self, info: TemplateInfo | None) -> None:
        self._draft_timer.stop()
        if info is not None and not info.shipped:
            self._draft(info).discard()

    @property
    def dirty(self) -> bool:
        """Whether the selected own template has unsaved edits."""
        info = self._current
        if info is None or info.shipped:
            return False
        return (
            self.editor.toPlainText() != info.text
            or self.description.text() != info.description
            or self.language.currentData() != info.language
            or self.chosen_item_kind != info.item_kind
            or self.chosen_body_kind != info.body_kind
            or self.chosen_agreement_kind != info.agreement_kind
        )

    @property
    def chosen_item_kind(self) -> ItemKind | None:
        value = self.item_kind.currentData()  # Qt hands a StrEnum back as a plain str
        return ItemKind(value) if value else None

    @property
    def chosen_body_kind(self) -> BodyKind | None:
        value = self.body_kind.currentData()
        return BodyKind(value) if value else None

    @property
    def chosen_agreement_kind(self) -> AgreementKind | None:
        value = self.agreement_kind.currentData()
        return AgreementKind(value) if value else None

    def _update_state(self) -> None:
        if self._loading:
            return
        self._draft_timer.start()
        self.save_button.setEnabled(self.dirty)
        self.state.setText(self.tr("Tallentamattomia muutoksia") if self.dirty else "")

    def _confirm_discard(self) -> bool:
        return self.questions.confirm(
            self,
            self.tr("Tallentamattomia muutoksia"),
            self.tr("Mallipohjaan on tehty muutoksia, joita ei ole tallennettu. Hylätäänkö muutokset?"),
        )

    # --- preview ------------------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading:
            return
        self._update_state()
        self._timer.start()

    def _context(self) -> dict[str, Any] | None:
        item_id = self.item.currentData()
        if item_id is None:
            return None
        if item_id not in self._contexts:
            with self._database.begin() as session:
                self._contexts[item_id] = load_context(session, item_id)
        return self._contexts[item_id]

    def update_preview(self) -> None:
        """Draft the editor's text on the chosen item now (typing schedules this after a short pause)."""
        self._timer.stop()
        try:
            context = self._context()
        except SihteeriError as exc:
            show_error(self, exc)
            return
        self.preview.show_render(self.editor.toPlainText(), context)
        problem = self.preview.problem
        mark_error_line(self.editor, problem.line if problem else None)
        self._fill_variables(context)

    def _fill_variables(self, context: dict[str, Any] | None) -> None:
        """The variable picker: every field of every variable, with its value on the previewed case."""
        self.variables.clear()
        self.variables.addItem(self.tr("Lisää muuttuja…"), None)
        for name, example in variable_examples(context).items():
            self.variables.addItem(f"{name}  –  {example}" if example else name, name)

    def _insert_variable(self, index: int) -> None:
        name = self.variables.itemData(index)
        self.variables.setCurrentIndex(0)
        if name and not self.editor.isReadOnly():
            self.editor.insertPlainText("{{ " + name + " }}")
            self.editor.setFocus()

    # --- commands -------------------------------------------------------------------------------------

    def _run(self, action: Callable[[Any], TemplateInfo | None]) -> TemplateInfo | None:
        try:
            with self._database.begin() as session:
                return action(session)
        except SihteeriError as exc:
            show_error(self, exc)
            return None

    def new_template(self) -> None:
        name = self.questions.text(self, self.tr("Uusi mallipohja"), self.tr("Mallipohjan nimi:"))
        if not name:
            return
        created = self._run(lambda s: create_template(s, name=name, language="fi", text=NEW_TEMPLATE_TEXT))
        if created is not None:
            self.reload(created.key)

    def copy_selected(self) -> None:
        if self._current is None:
            return
        source = self._current
        name = self.questions.text(
            self,
            self.tr("Kopioi mallipohja"),
            self.tr("Kopion nimi:"),
            self.tr("{name} (oma)").format(name=source.name),
        )
        if not name:
            return
        copied = self._run(lambda s: copy_template(s, source.key, name=name))
        if copied is not None:
            self.reload(copied.key)

    def rename_selected(self) -> None:
        info = self._current
        if info is None or info.template_id is None:
            return
        template_id = info.template_id
        name = self.questions.text(self, self.tr("Nimeä mallipohja uudelleen"), self.tr("Uusi nimi:"), info.name)
        if not name or name == info.name:
            return
        renamed = self._run(lambda s: rename_template(s, template_id, name, expected_version=info.version))
        if renamed is not None:
            self._current = None
            self.reload(renamed.key)

    def delete_selected(self) -> None:
        info = self._current
        if info is None or info.template_id is None:
            return
        template_id = info.template_id
        if not self.questions.confirm(
            self,
            self.tr("Poista mallipohja"),
            self.tr("Poistetaanko mallipohja ”{name}” historioineen? Poistoa ei voi kumota.").format(name=info.name),
        ):
            return

        def remove(session: Any) -> None:
            delete_template(session, template_id, expected_version=info.version)

        try:
            with self._database.begin() as session:
                remove(session)
        except SihteeriError as exc:
            show_error(self, exc)
            return
        self._discard_draft(info)
        self._current = None
        self.reload()

    def save(self) -> bool:
        """Save the selected own template; a template with a syntax error is not saved (the error shows)."""
        info = self._current
        if info is None or info.template_id is None:
            return False
        template_id = info.template_id
        saved = self._run(
            lambda s: save_template(
                s,
                template_id,
                text=self.editor.toPlainText(),
                expected_version=info.version,
                description=self.description.text(),
                item_kind=self.chosen_item_kind,
                body_kind=self.chosen_body_kind,
                agreement_kind=self.chosen_agreement_kind,
                language=self.language.currentData(),
            )
        )
        if saved is None:
            return False
        self._discard_draft(info)
        self._current = None
        self.reload(saved.key)
        return True

    def show_history(self) -> None:
        info = self._current
        if info is None or info.template_id is None:
            return
        template_id = info.template_id
        with self._database.begin() as session:
            revisions = template_history(session, template_id)
        dialog = HistoryDialog(self, info.name, [(r.saved_at, r.author, r.text) for r in revisions])
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_text is not None:
            self.editor.setPlainText(dialog.chosen_text)

    def export_selected(self) -> None:
        info = self._current
        if info is None:
            return
        shown = info if info.shipped else _with_edits(info, self)
        path = self.questions.save_file(self, f"{info.slug or info.name}.j2")
        if path is None:
            return
        from core.printing.files import write_document  # here: core.printing takes a third of a second to load

        try:
            write_document(export_template(shown).encode("utf-8"), path)
        except SihteeriError as exc:  # why, in Finnish (the system's reason is English on most machines)
            show_error(self, exc)
            return
        self.state.setText(self.tr("Viety tiedostoon {path}").format(path=path))

    def import_file(self) -> None:
        path = self.questions.open_file(self)
        if path is None:
            return
        try:
            content = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self, SihteeriError(self.tr("Tiedostoa ei voitu lukea: {error}").format(error=exc)))
            return
        imported = self._run(lambda s: import_template(s, content))
        if imported is not None:
            self.reload(imported.key)

    def reject(self) -> None:
        if self.dirty:
            if not self._confirm_discard():
                return
            self._discard_draft(self._current)
        super().reject()


def _with_edits(info: TemplateInfo, dialog: TemplateManagerDialog) -> TemplateInfo:
    return replace(
        info,
        text=dialog.editor.toPlainText(),
        description=dialog.description.text(),
        language=dialog.language.currentData(),
        item_kind=dialog.chosen_item_kind,
        body_kind=dialog.chosen_body_kind,
    )


class HistoryDialog(QDialog):
    """The earlier texts of an own template; the chosen one can be taken back into the editor.

    Attributes:
        versions: the list (newest first); text: the chosen version; chosen_text: set when accepted.
    """

    def __init__(self, parent: QWidget | None, name: str, revisions: list[tuple[Any, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mallipohjan ”{name}” historia").format(name=name))
        self.resize(700, 450)
        self._revisions = revisions
        self.chosen_text: str | None = None
        layout = QHBoxLayout(self)
        self.versions = tab_leaves(QListWidget())
        for saved_at, author, _text in revisions:
            self.versions.addItem(f"{saved_at:%d.%m.%Y %H.%M} {author}".strip())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.versions.currentRowChanged.connect(
            lambda row: self.text.setPlainText(revisions[row][2] if 0 <= row < len(revisions) else "")
        )
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        if not revisions:
            self.text.setPlainText(self.tr("Mallipohjasta ei ole aiempia versioita."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(
            self.tr("Palauta tämä versio muokattavaksi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setEnabled(bool(revisions))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        layout.addWidget(self.versions, 1)
        layout.addLayout(right, 2)
        if revisions:
            self.versions.setCurrentRow(0)

    def _accept(self) -> None:
        row = self.versions.currentRow()
        if 0 <= row < len(self._revisions):
            self.chosen_text = self._revisions[row][2]
            self.accept()


# --- "Laadi ehdotus mallipohjasta" ------------------------------------------------------------------------


class DraftProposalDialog(QDialog):
    """Pick a template for one item (suggested ones first), preview the proposal, and return its text.

    Attributes:
        language: the template language shown; templates: the list, best fitting first; preview: the draft.
        proposal_text: the drafted text once the dialog is accepted ("" before).
        target_field: the § 's field it goes into, "proposal" or (a Swedish draft outside a Swedish-speaking
            organisation) "proposal_sv" (``core.drafting.proposal_field``).
        template_key: the key of the template used ("valmis:fi/<slug>" or "oma:<id>").
    """

    def __init__(
        self, parent: QWidget | None, database: Database, item_id: int, unsaved: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laadi ehdotus mallipohjasta"))
        self.resize(900, 520)
        self.proposal_text = ""
        self.target_field = "proposal"
        self.template_key = ""
        with database.begin() as session:
            self._context = load_context(session, item_id, unsaved)
            self._infos = list_templates(session)
            item = session.get(Item, item_id)
            assert item is not None  # load_context raised NotFound otherwise
            kind = (unsaved or {}).get("kind")
            self._item_kind = ItemKind(kind) if kind else item.kind
            self._body_kind = item.body.kind
            self._agreement_kind: AgreementKind | None = item.agreement.kind if item.agreement else None
            self._template_key = item.template_key
            org_language = item.body.organisation.language
        self._org_language = org_language.value
        self._build()
        self.language.setCurrentIndex(1 if org_language == Language.SWEDISH else 0)
        self._fill()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.language = QComboBox()
        top.addWidget(buddy_label(self.tr("Kieli"), self.language))
        for code, label in LANGUAGE_LABELS.items():
            self.language.addItem(localized(label), code)
        self.language.currentIndexChanged.connect(lambda _i: self._fill())
        top.addWidget(self.language)
        self.target_note = QLabel()
        self.target_note.setObjectName("targetNote")
        top.addWidget(self.target_note)
        top.addStretch(1)
        layout.addLayout(top)
        splitter = QSplitter()
        self.templates = tab_leaves(QListWidget())
        self.templates.setObjectName("templates")
        self.templates.setAccessibleName(self.tr("Mallipohjat"))
        self.templates.currentRowChanged.connect(lambda _row: self._render())
        self.templates.itemDoubleClicked.connect(lambda _item: self._accept())
        splitter.addWidget(self.templates)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.description = QLabel()
        self.description.setWordWrap(True)
        right_layout.addWidget(self.description)
        self.preview = PreviewPane()
        right_layout.addWidget(self.preview, 1)
        self.to_fill = QLabel()
        self.to_fill.setObjectName("toFill")
        self.to_fill.setWordWrap(True)
        self.to_fill.hide()
        right_layout.addWidget(self.to_fill)
        self.left_in_finnish = QLabel()  # a Swedish draft's Finnish texts (core.draft_context.finnish_values)
        self.left_in_finnish.setObjectName("leftInFinnish")
        self.left_in_finnish.setWordWrap(True)
        self.left_in_finnish.hide()
        right_layout.addWidget(self.left_in_finnish)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 540])
        self.templates.setWordWrap(True)
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Lisää ehdotukseen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("insert")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        swedish = proposal_field(self._org_language, self.language.currentData()) == "proposal_sv"
        note = self.tr("Ehdotus tulee asian ruotsinkieliseksi päätösehdotukseksi.") if swedish else ""
        self.target_note.setText(note)
        ranked = suggest_templates(
            self._infos,
            item_kind=self._item_kind,
            body_kind=self._body_kind,
            agreement_kind=self._agreement_kind,
            template_key=self._template_key,
            language=self.language.currentData(),
        )
        self._shown = [info for info, _score in ranked]
        self._bold = [self._fits(info, score) for info, score in ranked]
        self.templates.clear()
        bold = QFont()
        bold.setBold(True)
        for info, score in ranked:
            entry = QListWidgetItem(info.name if info.shipped else self.tr("{name} (oma)").format(name=info.name))
            entry.setToolTip(info.description)
            if self._fits(info, score):
                entry.setFont(bold)
            elif info.item_kind is not None and info.item_kind != self._item_kind:
                entry.setForeground(QColor("#777777"))
            self.templates.addItem(entry)
        # Only a suggested template is preselected: a poor match must not be one Enter away from the proposal.
        self.templates.setCurrentRow(0 if self._bold and self._bold[0] else -1)
        self._render()

    def _fits(self, info: TemplateInfo, score: int) -> bool:
        """Whether a template is suggested for this item: its own, or written for its kind and body."""
        return score >= 1000 or fits(info, item_kind=self._item_kind, body_kind=self._body_kind,
                                     agreement_kind=self._agreement_kind, template_key=self._template_key)  # fmt: skip

    def suggested_keys(self) -> list[str]:
        """The keys of the templates shown in bold (suggested for this item), best first."""
        return [info.key for info, font in zip(self._shown, self._bold, strict=True) if font]

    @property
    def current(self) -> TemplateInfo | None:
        row = self.templates.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def select_template(self, key: str) -> None:
        """Select a template by key or slug (for callers that know which one they want)."""
        for row, info in enumerate(self._shown):
            if key in (info.key, info.slug):
                self.templates.setCurrentRow(row)
                return

    def _render(self) -> None:
        info = self.current
        if info is not None:
            self.description.setText(info.description)
        elif self._shown:
            self.description.setText(self.tr("Tämänlajiselle asialle ei ole tehty mallipohjaa. Valitse mallipohja "
                                             "luettelosta, jos jokin niistä sopii."))  # fmt: skip
        else:
            self.description.setText(self.tr("Ei mallipohjia tällä kielellä."))
        if info is None:
            self.preview.show_render("", self._context)
            self.ok.setEnabled(False)
            self.to_fill.hide()
            self.left_in_finnish.hide()
            return
        self.preview.show_render(info.text, self._context)
        self.ok.setEnabled(self.preview.problem is None and bool(self.preview.text.strip()))
        places = placeholders(self.preview.text)
        self.to_fill.setText(
            self.tr("Täydennä lisäämisen jälkeen hakasulkeissa olevat kohdat: {places}").format(
                places=", ".join(dict.fromkeys(places))
            )
        )
        self.to_fill.setVisible(bool(places))
        finnish = (
            [localized(what) for what, text in finnish_values(self._context) if text in self.preview.text]
            if info.language == "sv"
            else []
        )
        self.left_in_finnish.setText(
            self.tr("Ruotsinkieliseen luonnokseen jäi suomenkielistä tekstiä, koska ruotsinkielistä ei ole "
                    "tallennettu: {parts}. Käännä ne lisäämisen jälkeen.").format(parts=", ".join(finnish))
        )  # fmt: skip
        self.left_in_finnish.setVisible(bool(finnish))

    def _accept(self) -> None:
        info = self.current
        if info is None or self.preview.problem is not None:
            return
        self.proposal_text = self.preview.text
        self.target_field = proposal_field(self._org_language, self.language.currentData())
        self.template_key = info.slug or info.key
        self.accept()


# --- inserting undoably -----------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")


def placeholders(text: str) -> list[str]:
    """The places a drafted text leaves for the secretary to fill in, as written: "[nimi]", "[päivämäärä]"."""
    return _PLACEHOLDER.findall(text)


def select_first_placeholder(editor: Editor) -> bool:
    """Select the first "[…]" place of ``editor``'s text (typing replaces it); False when there is none."""
    match = _PLACEHOLDER.search(editor.toPlainText())
    if match is None:
        return False
    cursor = editor.textCursor()
    cursor.setPosition(match.start())
    cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()
    return True

Editor = QTextEdit | QPlainTextEdit


def _replace_all(editor: Editor, text: str) -> None:
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


class InsertProposal(QUndoCommand):
    """Replacing the proposal field's text with a drafted one, as one undoable step."""

    def __init__(self, editor: Editor, old: str, new: str, apply: Callable[[str], None] | None) -> None:
        super().__init__(QCoreApplication.translate("template_dialog", "Laadi ehdotus mallipohjasta"))
        self._editor = editor
        self._old = old
        self._new = new
        self._old_drafted = editor.property(DRAFTED_PROPERTY)
        self._apply = apply or (lambda value: _replace_all(editor, value))

    def redo(self) -> None:
        self._apply(self._new)
        self._editor.setProperty(DRAFTED_PROPERTY, self._new)

    def undo(self) -> None:
        self._apply(self._old)
        self._editor.setProperty(DRAFTED_PROPERTY, self._old_drafted)


def _ask_replace(parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("template_dialog", "Korvataanko päätösehdotus?"))
    box.setText(
        QCoreApplication.translate(
            "template_dialog",
            "Päätösehdotuksessa on jo tekstiä, jota on muokattu. Korvataanko se mallipohjasta laaditulla "
            "tekstillä? Korvauksen voi perua (Kumoa).",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def insert_proposal(
    undo_stack: QUndoStack,
    editor: Editor,
    text: str,
    parent: QWidget | None,
    *,
    ask: Callable[[QWidget | None], bool] | None = None,
    apply: Callable[[str], None] | None = None,
) -> bool:
    """Put a drafted proposal into ``editor`` as one command on ``undo_stack``; return whether it was put.

    When the editor already holds text that differs from what was last drafted into it (the secretary has
    written or edited it), ``ask(parent)`` decides (by default a Yes/No question, No preselected); text that
    is exactly the last draft is replaced without asking. ``apply(text)`` sets the field's value, for an
    editor that records its own changes (it must not push a command of its own); by default the editor's
    whole text is replaced with a cursor edit.
    """
    current = editor.toPlainText()
    drafted = editor.property(DRAFTED_PROPERTY)
    if current == text:
        return False
    if current.strip() and current != drafted and not (ask or _ask_replace)(parent):
        return False
    undo_stack.push(InsertProposal(editor, current, text, apply))
    return True


Target = Callable[[str], tuple[Editor, Callable[[str], None] | None]]


def draft_into(
    parent: QWidget | None,
    database: Database,
    item_id: int,
    undo_stack: QUndoStack,
    target: Target,
    nature: Callable[[str], None] | None = None,
    unsaved: Mapping[str, Any] | None = None,
) -> bool:
    """The whole "Laadi ehdotus mallipohjasta" command: choose, preview, insert undoably.

    ``target(field)`` gives the editor of the § 's field the draft goes into ("proposal" or "proposal_sv", see
    ``DraftProposalDialog.target_field``) and its ``apply`` for ``insert_proposal``. Once the draft is in,
    ``nature(template_text)`` applies the decision nature the template suggests (``core.drafting.drafted_nature``).
    ``unsaved`` holds the item editor's values of ``core.draft_context.UNSAVED_FIELDS`` not saved yet: the draft
    and the templates suggested follow what the secretary sees.
    """
    try:
        dialog = DraftProposalDialog(parent, database, item_id, unsaved)
    except SihteeriError as exc:
        show_error(parent, exc)
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.proposal_text:
        return False
    editor, apply = target(dialog.target_field)
    if not insert_proposal(undo_stack, editor, dialog.proposal_text, parent, apply=apply):
        return False
    select_first_placeholder(editor)  # "[nimi]" selected: typing the name replaces it
    if dialog.current is not None:
        try:
            with database.begin() as session:
                remember_template(session, item_id, dialog.current)  # offered first next time
        except SihteeriError as exc:
            show_error(parent, exc)
    if nature is not None and dialog.current is not None:
        nature(dialog.current.text)
    return True


def open_template_manager(parent: QWidget | None, database: Database, item_id: int | None = None) -> None:
    """Open the template manager (modal), previewing on ``item_id`` when given."""
    TemplateManagerDialog(parent, database, item_id).exec()


__all__ = [
    "DraftProposalDialog",
    "HistoryDialog",
    "InsertProposal",
    "Questions",
    "TemplateManagerDialog",
    "draft_into",
    "insert_proposal",
    "open_template_manager",
]

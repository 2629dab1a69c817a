"""The desk's actions that open colleagues' pieces: printing, templates, meeting conduct, agreements, backups.

Each piece is added only when its module is there (``available``), so the window never shows an action that
does nothing. ``install(window)`` adds the actions and menus; ``update(window)`` enables them from the
selection, called by ``MainWindow.update_actions``.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from gui.errors import show_error
from gui.keyboard import add_button_mnemonics
from gui.navigator import NodeKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QPlainTextEdit

    from db.maintenance import CompactResult
    from gui.main_window import MainWindow


def available(module: str) -> bool:
    """Whether a colleague's module has landed."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ModuleNotFoundError, ValueError):
        return False


def install(window: MainWindow) -> None:
    """Add the optional actions to the window's menus."""
    menu = window.meeting_menu
    if available("gui.print_preview") and available("core.printing"):
        _install_printing(window)
    if available("gui.conduct"):
        action = window._action(
            "conduct",
            QCoreApplication.translate("MainWindow", "Kokouksen kulku ja pöytäkirja…"),
            lambda: open_conduct(window),
            "Ctrl+Shift+K",
        )
        menu.addAction(action)
    if available("gui.template_dialog"):
        window._action(
            "draft_proposal",
            QCoreApplication.translate("MainWindow", "Laadi ehdotus mallipohjasta…"),
            lambda: draft_proposal(window),
            "Ctrl+Shift+L",
        )
        window._action(
            "templates", QCoreApplication.translate("MainWindow", "Mallipohjat…"), lambda: open_templates(window)
        )
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(window.named_actions["draft_proposal"])
        window.tools_menu.addAction(window.named_actions["templates"])
    if available("gui.agreements"):
        window._action(
            "agreements", QCoreApplication.translate("MainWindow", "Sopimukset…"), lambda: open_agreements(window)
        )
        window.tools_menu.addAction(window.named_actions["agreements"])
        window._action(
            "link_agreement",
            QCoreApplication.translate("MainWindow", "Liitä sopimukseen…"),
            lambda: link_to_agreement(window),
        )
        menu.addAction(window.named_actions["link_agreement"])
    window._action(
        "publication_marks",
        QCoreApplication.translate("MainWindow", "Verkkojulkaisun merkinnät…"),
        lambda: set_publication_marks(window),
    )
    menu.addAction(window.named_actions["publication_marks"])
    if available("gui.backup_dialog"):
        window._action(
            "backups",
            QCoreApplication.translate("MainWindow", "Varmuuskopiot…"),
            lambda: open_backups(window),
            "Ctrl+Shift+B",
        )
        window.file_menu.insertAction(window.named_actions["settings"], window.named_actions["backups"])
    window._action(
        "compact", QCoreApplication.translate("MainWindow", "Tiivistä tietokanta…"), lambda: compact(window)
    )
    window.tools_menu.addAction(window.named_actions["compact"])


def _install_printing(window: MainWindow) -> None:
    from core.printing import DocumentKind

    window._action(
        "print",
        QCoreApplication.translate("MainWindow", "Tulosta…"),
        lambda: print_current(window),
        QKeySequence.StandardKey.Print,
    )
    submenu = QMenu(QCoreApplication.translate("MainWindow", "Tulosteet"), window)
    # The language of the documents (the window's own language is a setting of its own): Finnish, or Swedish for
    # a bilingual or Swedish-speaking organisation. Every printout, archival copy and web page follows it.
    languages = QActionGroup(window)
    languages.setExclusive(True)
    for language, label in (
        ("fi", QCoreApplication.translate("MainWindow", "Asiakirjat suomeksi")),
        ("sv", QCoreApplication.translate("MainWindow", "Asiakirjat ruotsiksi")),
    ):
        action = window._action(f"documents_{language}", label, lambda: None)
        action.setCheckable(True)
        languages.addAction(action)
        submenu.addAction(action)
    window.named_actions["documents_sv" if _home_language(window) == "sv" else "documents_fi"].setChecked(True)
    submenu.addSeparator()
    for kind, label in (
        (DocumentKind.AGENDA, QCoreApplication.translate("MainWindow", "Esityslista")),
        (DocumentKind.MINUTES, QCoreApplication.translate("MainWindow", "Pöytäkirja")),
        (DocumentKind.EXCERPT, QCoreApplication.translate("MainWindow", "Pöytäkirjanote")),
        (DocumentKind.DRAFT, QCoreApplication.translate("MainWindow", "Päätösehdotusluonnos")),
    ):
        action = window._action(f"print_{kind.value}", label, partial(preview, window, kind))
        submenu.addAction(action)
    submenu.addSeparator()
    for kind, label in (
        (DocumentKind.AGENDA, QCoreApplication.translate("MainWindow", "Esityslista liitteineen")),
        (DocumentKind.EXCERPT, QCoreApplication.translate("MainWindow", "Pöytäkirjanote liitteineen")),
    ):
        action = window._action(
            f"print_{kind.value}_attachments", label, partial(preview, window, kind, attachments=True)
        )
        action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Asiakirjan perään liitetään sen luettelemien liitteiden PDF-tiedostot."
            )
        )
        submenu.addAction(action)
    submenu.addSeparator()
    submenu.addAction(
        window._action("publish", QCoreApplication.translate("MainWindow", "Verkkojulkaisu…"), lambda: publish(window))
    )
    archival = window._action(
        "archival_copy",
        QCoreApplication.translate("MainWindow", "Pöytäkirjan arkistokappale (PDF/A)…"),
        lambda: save_archival(window),
    )
    archival.setStatusTip(
        QCoreApplication.translate(
            "MainWindow",
            "Tarkastettu pöytäkirja PDF/A-muodossa pitkäaikaissäilytykseen ja sen kuvailutiedot XML-tiedostona.",
        )
    )
    submenu.addAction(archival)
    submenu.addSeparator()
    year_minutes = window._action(
        "print_year_minutes",
        QCoreApplication.translate("MainWindow", "Vuoden pöytäkirjat"),
        lambda: preview_year(window),
    )
    year_minutes.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Valitun vuoden kaikki tarkastetut pöytäkirjat yhtenä asiakirjana päivämääräjärjestyksessä."
        )
    )
    submenu.addAction(year_minutes)
    submenu.addAction(
        window._action(
            "archival_year",
            QCoreApplication.translate("MainWindow", "Vuoden pöytäkirjojen arkistokappale (PDF/A)…"),
            lambda: save_archival(window, year=True),
        )
    )
    window.file_menu.insertAction(window.named_actions["settings"], window.named_actions["print"])
    window.file_menu.insertMenu(window.named_actions["settings"], submenu)
    window.file_menu.insertSeparator(window.named_actions["settings"])
    window.toolbar.addAction(window.named_actions["print"])


def update(window: MainWindow) -> None:
    node = window.current_node()
    kind = node.kind if node is not None else None
    in_meeting = kind in (NodeKind.MEETING, NodeKind.ITEM)
    in_year = kind in (NodeKind.YEAR, NodeKind.MEETING, NodeKind.ITEM)
    locked = node is not None and node.locked
    item = kind == NodeKind.ITEM
    enable = {
        "print": in_meeting,
        "print_agenda": in_meeting,
        "print_minutes": in_meeting,
        "print_excerpt": item and locked,
        "print_excerpt_attachments": item and locked,
        "print_agenda_attachments": in_meeting,
        "print_draft": in_meeting,
        "publish": in_meeting,
        "archival_copy": in_meeting and locked,
        "print_year_minutes": in_year,
        "archival_year": in_year,
        "publication_marks": item and locked,  # an open § has the same fields in its editor
        "conduct": in_meeting,
        "draft_proposal": item and not locked,
        "templates": True,
        "agreements": True,
        "link_agreement": item and not locked,
        "backups": True,
    }
    for name, on in enable.items():
        if name in window.named_actions:
            window.named_actions[name].setEnabled(bool(on))


# --- printing ---------------------------------------------------------------------------------------------


def request_for(window: MainWindow, kind: Any) -> Any:
    """The document request for the selection: the meeting's document, or the item's excerpt or draft."""
    from core.printing import DocumentKind, DocumentRequest

    node = window.current_node()
    if node is None or node.kind not in (NodeKind.MEETING, NodeKind.ITEM):
        return None
    meeting_id = node.key if node.kind == NodeKind.MEETING else node.meeting_id
    items: tuple[int, ...] = (node.key,) if node.kind == NodeKind.ITEM else ()
    if kind in (DocumentKind.AGENDA, DocumentKind.MINUTES):
        items = ()
    # Minutes of a meeting not yet checked print as a draft, marked LUONNOS on every page.
    return DocumentRequest(
        kind=kind, meeting_id=meeting_id, item_ids=items, draft=not node.locked, language=document_language(window)
    )


def document_language(window: MainWindow) -> str:
    """The language chosen for documents in Tulosteet: "fi" or "sv"."""
    action = window.named_actions.get("documents_sv")
    return "sv" if action is not None and action.isChecked() else "fi"


def _home_language(window: MainWindow) -> str:
    """The documents' language at first: Swedish for a Swedish-speaking home organisation, else Finnish."""
    from core.organisation import home_organisation
    from db.enums import Language
    from db.errors import SihteeriError

    try:
        with window.database.session() as session:
            return "sv" if home_organisation(session).language == Language.SWEDISH else "fi"
    except SihteeriError:  # no home organisation yet (before the first-run setup)
        return "fi"


def preview(window: MainWindow, kind: Any, *, attachments: bool = False) -> None:
    """Preview the selection's document; with ``attachments`` the PDF files of its attachments follow it."""
    from gui.print_preview import preview_document

    if window.editor.dirty and not window.editor.save():
        return
    request = request_for(window, kind)
    if request is not None:
        window.last_operation = preview_document(window, window.database, request, attachments=attachments)


def publish(window: MainWindow, *, without_personal_data: bool = False) -> None:
    """The meeting's agenda or minutes for the public network (``gui.publish_dialog``); ``without_personal_data``
    ticks that choice at first (from the list of what comes off the web)."""
    from gui.i18n import localized
    from gui.publish_dialog import Published, save_published

    node = window.current_node()
    if node is None or node.kind not in (NodeKind.MEETING, NodeKind.ITEM):
        return
    if window.editor.dirty and not window.editor.save():
        return
    meeting_id = node.key if node.kind == NodeKind.MEETING else node.meeting_id
    request = window.prompts.choose_publication(
        window,
        meeting_id,
        locked=node.locked,
        without_personal_data=without_personal_data,
        language=document_language(window),
    )
    if request is None:
        return

    def saved(published: Published) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Verkkojulkaisu tallennettu: {path}").format(path=published.path),
            10000,
        )
        if published.untranslated:  # a page for the public: the secretary should know before putting it online
            lines = [
                QCoreApplication.translate(
                    "MainWindow",
                    "Verkkojulkaisu tallennettiin, mutta näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne "
                    "ovat sivulla suomeksi (ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):",
                ),
                *(f"• {localized(note)}" for note in published.untranslated),
            ]
            window.prompts.information(
                window, QCoreApplication.translate("MainWindow", "Tekstejä suomeksi"), "\n".join(lines)
            )

    window.last_operation = save_published(window, window.database, request, on_saved=saved)


def _year_request(window: MainWindow) -> Any:
    """The request for the checked minutes of the selected year (or of the selected meeting's year) of its body;
    None, after saying why, when there are none."""
    from core.printing import body_year_minutes
    from db.errors import SihteeriError

    node = window.current_node()
    if node is None or node.kind not in (NodeKind.YEAR, NodeKind.MEETING, NodeKind.ITEM):
        return None
    try:
        with window.database.session() as session:
            return body_year_minutes(session, body_id=node.body_id, year=node.year, language=document_language(window))
    except SihteeriError as exc:
        show_error(window, exc)
        return None


def preview_year(window: MainWindow) -> None:
    """Preview the checked minutes of the selected year in one document (a slow printout, with progress)."""
    from gui.print_preview import preview_document

    if window.editor.dirty and not window.editor.save():
        return
    request = _year_request(window)
    if request is not None:
        window.last_operation = preview_document(window, window.database, request)


def save_archival(window: MainWindow, *, year: bool = False) -> None:
    """The archival copy of the checked minutes (with ``year``, of the selected year's minutes in one file):
    PDF/A-2b and its metadata in XML (``core.printing.archival``).

    When the minutes have secret §§ the secretary chooses whether their content goes into the copy (the archive
    usually keeps the whole minutes; without it they show only their public titles, as in public documents)."""
    from core.printing import DocumentKind, DocumentRequest
    from core.printing.archival import secret_sections
    from gui.print_preview import SavedCopy, save_archival_copy

    node = window.current_node()
    if node is None:
        return
    if year:
        request = _year_request(window)
        if request is None:
            return
    else:
        if node.kind not in (NodeKind.MEETING, NodeKind.ITEM) or not node.locked:
            return
        meeting_id = node.key if node.kind == NodeKind.MEETING else node.meeting_id
        request = DocumentRequest(DocumentKind.MINUTES, meeting_id, language=document_language(window))
    with window.database.session() as session:
        secret = secret_sections(session, request.meeting_ids or (request.meeting_id,))
    if secret:
        include = window.prompts.confirm(
            window,
            QCoreApplication.translate("MainWindow", "Salassa pidettävät pykälät"),
            QCoreApplication.translate(
                "MainWindow",
                "Pöytäkirjassa on salassa pidettäviä pykäliä ({sections}). Otetaanko niiden sisältö "
                "arkistokappaleeseen?\n\nArkistoon tallennetaan yleensä koko pöytäkirja. Jos vastaat Ei, niistä "
                "näkyy vain julkinen otsikko, kuten julkisissa asiakirjoissa.",
            ).format(
                sections=", ".join(
                    QCoreApplication.translate("MainWindow", "{number} §").format(number=number) for number in secret
                )
            ),
        )
        request = replace(request, public=not include)

    def saved(copy: SavedCopy) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Arkistokappale tallennettu: {path}").format(path=copy.pdf),
            10000,
        )
        window.prompts.information(
            window,
            QCoreApplication.translate("MainWindow", "Arkistokappale tallennettu"),
            QCoreApplication.translate(
                "MainWindow",
                "Pöytäkirja tallennettiin PDF/A-2b-muodossa:\n{pdf}\n\nSen kuvailutiedot (pykälät, "
                "diaarinumerot, julkisuus, muutoksenhaku, tiedoston tarkiste) ovat tiedostossa:\n{metadata}",
            ).format(pdf=copy.pdf, metadata=copy.metadata),
        )

    window.last_operation = save_archival_copy(window, window.database, request, on_saved=saved)


def set_publication_marks(window: MainWindow) -> None:
    """Whether a § of checked minutes contains personal data (``core.minutes.set_publication_marks``): what the
    version published online after the appeal period leaves out. The checked content is not changed."""
    from core import minutes
    from core.meetings import get_item

    node = window.current_node()
    if node is None or node.kind != NodeKind.ITEM:
        return
    item_id = node.key
    with window.database.session() as session:
        current = get_item(session, item_id).has_personal_data
    answer = window.prompts.publication_marks(window, current)
    if answer is None or answer == current:
        return

    def work(session: Any) -> int:
        minutes.set_publication_marks(session, item_id, has_personal_data=answer)
        return item_id

    if window._change(work, reload_meetings=lambda: [node.meeting_id] if node.meeting_id else []) is not None:
        window.details.show_item(item_id)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Verkkojulkaisun merkinnät tallennettu."), 5000
        )


def print_current(window: MainWindow) -> None:
    """Ctrl+P: the excerpt of a § of checked minutes, the draft of an open §, else the meeting's document."""
    from core.printing import DocumentKind

    node = window.current_node()
    if node is None:
        return
    if node.kind == NodeKind.ITEM:
        preview(window, DocumentKind.EXCERPT if node.locked else DocumentKind.DRAFT)
    else:
        preview(window, DocumentKind.MINUTES if node.locked else DocumentKind.AGENDA)


# --- templates, conduct, agreements, backups ----------------------------------------------------------------


def draft_proposal(window: MainWindow) -> None:
    from core.draft_context import UNSAVED_FIELDS
    from gui.template_dialog import draft_into

    editor = window.editor
    if editor.item_id is None or editor.read_only:
        return

    def target(field: str) -> tuple[QPlainTextEdit, Callable[[str], None]]:
        editor.show_field(field)
        widget = editor.proposal_sv if field == "proposal_sv" else editor.proposal
        return widget, lambda text: editor.set_value(field, text, update_widget=True)

    def nature(template: str) -> None:  # e.g. "esittää kunnanhallitukselle": valmistelee (undoable)
        from core.drafting import drafted_nature
        from db.enums import DecisionNature
        from gui.item_editor import FieldEdit

        current = editor.value("decision_nature")
        suggested = drafted_nature(template, DecisionNature(current))
        if suggested is not None:
            editor.undo_stack.push(FieldEdit(editor, "decision_nature", current, suggested.value, applied=False))

    # The draft is made of what the secretary sees: a title just typed, a kind or preparer just chosen.
    unsaved = {name: editor.value(name) for name in UNSAVED_FIELDS}
    draft_into(window, window.database, editor.item_id, editor.undo_stack, target, nature, unsaved=unsaved)


def open_templates(window: MainWindow) -> None:
    from gui.template_dialog import open_template_manager

    open_template_manager(window, window.database, window.editor.item_id)


class ConductWindow(QMainWindow):
    """A window around the colleague's ``MeetingConductWidget`` for one meeting."""

    def __init__(self, desk: MainWindow, meeting_id: int) -> None:
        from gui.conduct import MeetingConductWidget

        super().__init__(desk)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Kokouksen kulku"))
        self.widget = MeetingConductWidget(desk.database, meeting_id, self)
        self.setCentralWidget(self.widget)
        add_button_mnemonics(self)
        self.widget.changed.connect(lambda: desk.meeting_changed(meeting_id))
        self.widget.state_changed.connect(lambda _state: desk.meeting_changed(meeting_id))
        self.resize(1100, 760)


def open_conduct(window: MainWindow) -> QWidget | None:
    node = window.current_node()
    if node is None or node.kind not in (NodeKind.MEETING, NodeKind.ITEM):
        return None
    if window.editor.dirty and not window.editor.save():
        return None
    meeting_id = node.key if node.kind == NodeKind.MEETING else node.meeting_id
    try:
        conduct = ConductWindow(window, meeting_id)
    except Exception as exc:
        show_error(window, exc)
        return None
    conduct.show()
    return conduct


def check_meeting_on_open(window: MainWindow, meeting_id: int) -> None:
    """Warn (non-modal) if checked minutes changed outside Sihteeri since they were checked."""
    if not available("gui.conduct"):
        return
    from gui.conduct import check_integrity_on_open

    try:
        check_integrity_on_open(window, window.database, meeting_id)
    except Exception as exc:
        show_error(window, exc)


def open_agreements(window: MainWindow) -> QWidget:
    from gui.agreements import AgreementRegisterWindow

    register = AgreementRegisterWindow(window.database, parent=window,
                                       document_language=lambda: document_language(window))
    register.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    register.show()
    agreement_id = window.current_agreement_id()
    if agreement_id is not None:
        register.select_agreement(agreement_id)
    return register


def link_to_agreement(window: MainWindow) -> None:
    """Mark the open § as being about an agreement, or about none (``core.agreements.link_item_to_agreement``).

    For a § that prepares an agreement without being a party's decision (a committee's proposal to the board):
    the agreement's templates and the details panel then use it. A party's own decision is linked from the
    agreement register (Osapuoli → Linkitä pykälä…), which marks the § too.
    """
    from sqlalchemy import select

    from core.agreements import link_item_to_agreement
    from db.models import Agreement

    item_id = window.editor.item_id
    node = window.current_node()
    if item_id is None or node is None:
        return
    current = window.current_agreement_id()
    with window.database.begin() as session:  # titles only: the register's statuses are not needed here
        titles = session.execute(select(Agreement.id, Agreement.title).order_by(Agreement.title, Agreement.id)).all()
    choices = [(0, QCoreApplication.translate("MainWindow", "(ei sopimusta)"))]
    choices += [(agreement_id, title) for agreement_id, title in titles]
    chosen = window.prompts.choose_agreement(window, choices, current or 0)
    if chosen is None or chosen == (current or 0):
        return
    meeting_id = node.meeting_id

    def work(session: Any) -> int:
        link_item_to_agreement(session, item_id=item_id, agreement_id=chosen or None)
        return item_id

    if window._change(work, reload_meetings=lambda: [meeting_id] if meeting_id else []) is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Asia liitetty sopimukseen.")
            if chosen
            else QCoreApplication.translate("MainWindow", "Asian sopimusliitos poistettu."),
            5000,
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def compact(window: MainWindow) -> None:
    """Työkalut → Tiivistä tietokanta…: take what was deleted or changed out of the database file
    (``db.maintenance.compact_database``), after the open § is saved and the user has agreed."""
    from db.maintenance import compact_database
    from gui.operations import run_in_background

    if not window.maybe_save():
        return
    question = QCoreApplication.translate(
        "MainWindow",
        "Tiivistys poistaa tietokantatiedostosta poistettujen ja muutettujen tietojen jäänteet (esimerkiksi "
        "tekstistä poistetun henkilötunnuksen), joita mikään haku ei enää löydä. Tietokannan sisältö ei muutu. "
        "Aiemmat varmuuskopiot sisältävät vanhat tiedot, kunnes ne harvennetaan.\n\nSulje ensin muut Sihteerin "
        "ikkunat, jotka käyttävät samaa tietokantaa. Tiivistetäänkö tietokanta nyt?",
    )
    if not window.prompts.confirm(window, QCoreApplication.translate("MainWindow", "Tiivistä tietokanta"), question):
        return
    database = window.database

    def done(result: CompactResult) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Tietokanta tiivistetty: {before} Mt → {after} Mt.").format(
                before=_megabytes(result.size_before), after=_megabytes(result.size_after)
            )
        )

    run_in_background(
        window,
        lambda _progress: compact_database(database),
        on_success=done,
        label=QCoreApplication.translate("MainWindow", "Tiivistetään tietokantaa…"),
    )


def open_backups(window: MainWindow) -> None:
    from gui.backup_dialog import BackupDialog

    if not window.maybe_save():
        return
    dialog = BackupDialog(window.database, window, close_database=window.close_database)
    dialog.restored.connect(window.reopen)
    dialog.exec()

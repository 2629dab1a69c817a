"""The safety review's fixes: nothing typed is lost when saving fails, removals are confirmed deliberately,
and bad numbers get a Finnish message instead of a crash report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.agreement_editing import CostLineInput
from core.agreements import DecisionSource
from core.meetings import create_meeting
from db.engine import Database
from db.enums import AgreementTermination, Language, MeetingState, OrganisationKind
from db.errors import ValidationError
from db.models import Agreement, AgreementParty, Item, Meeting
from gui import agreement_edit, errors, operations
from gui.agreement_matrix import DECISION_DATE, POPULATION, SIGNATORY, parse_population, parse_share
from gui.agreements import AgreementRegisterWindow
from gui.classification_panel import ClassificationPanel
from gui.dialog_drafts import DialogDraft
from gui.dialogs import Prompts
from gui.first_run import FirstRunWizard, Setup, needs_first_run, write_setup
from gui.settings import Settings
from gui.template_dialog import Questions, TemplateManagerDialog
from tests.gui.desk_support import AnsweringPrompts, choose, make_window, press

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 15_000


@pytest.fixture
def shown() -> Iterator[list[tuple[str, str, bool]]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


@pytest.fixture
def register(qtbot: QtBot, sqlite_demo_db: Database) -> Iterator[AgreementRegisterWindow]:
    window = AgreementRegisterWindow(sqlite_demo_db, today=lambda: dt.date(2025, 11, 23))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.current is not None, timeout=WAIT)
    yield window
    qtbot.waitUntil(lambda: not operations._running, timeout=WAIT)


def test_agreement_dialog_comes_back_with_typed_values_when_saving_fails(
    qtbot: QtBot,
    register: AgreementRegisterWindow,
    sqlite_demo_db: Database,
    shown: list[tuple[str, str, bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure a save of the agreement dialog that fails (someone else saved the agreement meanwhile) opens the
    dialog again with what was typed, over the other's saved change, instead of losing it."""
    assert register.current is not None
    agreement_id = register.current.agreement_id
    opened: list[tuple[str, str, int]] = []

    def answer(dialog: QDialog) -> int:
        edit = dialog.description_edit  # type: ignore[attr-defined]
        opened.append((dialog.title_edit.text(), edit.toPlainText(), dialog.costs.rowCount()))  # type: ignore[attr-defined]
        if len(opened) > 1:
            return QDialog.DialogCode.Rejected
        edit.setPlainText("Kuvaus, jonka sihteeri kirjoitti: Anárjohka, Čohkkiras, Ŋ, Ŧ, Đ, Ž")
        dialog._add_cost_row("Sámi-kielinen neuvonta", "1.000,50", "")  # type: ignore[attr-defined]
        with sqlite_demo_db.begin() as session:  # another secretary saves the agreement meanwhile
            agreement = session.get(Agreement, agreement_id)
            assert agreement is not None
            agreement.title = "Toisen tallentama nimi"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(agreement_edit.AgreementDialog, "exec", answer)
    register._ask_edit()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT)
    assert [title for title, _text, _bug in shown] == ["Tallennusristiriita"]
    title, description, rows = opened[1]
    assert description == "Kuvaus, jonka sihteeri kirjoitti: Anárjohka, Čohkkiras, Ŋ, Ŧ, Đ, Ž"
    assert title == "Toisen tallentama nimi"  # what the other saved, and this user did not change, stays
    assert rows == opened[0][2] + 1


class _Asked:
    """Stands in for ``QMessageBox.question``: records the default button each question had and answers No."""

    def __init__(self) -> None:
        self.defaults: list[QMessageBox.StandardButton] = []
        self.texts: list[str] = []

    def __call__(
        self,
        _parent: object,
        _title: str,
        text: str,
        _buttons: object = None,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    ) -> QMessageBox.StandardButton:
        self.defaults.append(default)
        self.texts.append(text)
        return QMessageBox.StandardButton.No


def _open_item(database: Database) -> int:
    with database.begin() as session:
        items = session.scalars(select(Item).join(Meeting).order_by(Item.id)).all()
        return next(item.id for item in items if not item.meeting.state.is_locked)


def test_removals_are_asked_with_no_as_the_default_answer(
    qtbot: QtBot,
    register: AgreementRegisterWindow,
    sqlite_demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Ensure removing a §, a party, a template or a task class is asked with No as the default button (Enter
    keeps it) and says when the removal cannot be undone; Qt's own question made Yes the default."""
    asked = _Asked()
    monkeypatch.setattr(QMessageBox, "question", asked)

    assert not Prompts().confirm(None, "Poista asia", "Poistetaanko asia?")  # the desk's questions (Poista asia)
    assert not Questions().confirm(None, "Poista mallipohja", "Poistetaanko mallipohja?")  # the templates'
    assert not ClassificationPanel(sqlite_demo_db).confirm_removal("00", "Hallintoasiat")

    parties = register.matrix_model.rows
    register.matrix_view.selectRow(0)
    register.remove_selected_party(confirm=True)
    assert "eikä poistoa voi kumota" in asked.texts[-1]
    assert asked.defaults == [QMessageBox.StandardButton.No] * 4
    qtbot.waitUntil(lambda: not operations._running, timeout=WAIT)
    assert register.matrix_model.rows == parties  # answered No: nothing removed

    # The desk's question names what is lost.
    prompts = AnsweringPrompts()
    prompts.confirm_answer = False
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(_open_item(sqlite_demo_db))
    window.named_actions["remove_item"].trigger()
    assert prompts.asked[-1][0] == "confirm"
    assert "Poistoa ei voi kumota." in prompts.asked[-1][1]


@pytest.mark.parametrize(
    ("parse", "typed", "message"),
    [
        (parse_share, "NaN", "ei ole prosenttiluku"),
        (parse_share, "Infinity", "ei ole prosenttiluku"),
        (parse_population, "²", "ei ole positiivinen kokonaisluku"),
        (parse_population, "3 000 000 000", "ei ole positiivinen kokonaisluku"),
    ],
)
def test_matrix_numbers_that_cannot_be_stored_are_refused(parse: Any, typed: str, message: str) -> None:
    """Ensure a fixed share or a population the database cannot hold is refused with a Finnish message (a NaN
    share crashed on saving, "²" crashed on reading, a too large population crashed PostgreSQL)."""
    with pytest.raises(ValidationError, match=message):
        parse(typed)


@pytest.mark.parametrize(
    ("amount", "year", "message"),
    [("Infinity", "", "ei ole euromäärä"), ("1.000,50", "²", "ei ole vuosiluku"), ("100", "20266", "ei ole vuosiluku")],
)
def test_the_agreement_dialog_stays_open_on_a_cost_it_cannot_read(
    qtbot: QtBot, shown: list[tuple[str, str, bool]], amount: str, year: str, message: str
) -> None:
    """Ensure a cost item's amount or year that cannot be read keeps the dialog open with a Finnish message, not a
    crash report."""
    dialog = agreement_edit.AgreementDialog(agreement_edit.AgreementForm(title="Neuvontasopimus"), {})
    qtbot.addWidget(dialog)
    dialog._add_cost_row("Sámi-kielinen neuvonta", amount, year)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(shown) == 1 and message in shown[0][1] and not shown[0][2]


@pytest.mark.parametrize(
    ("how", "typed", "message"),
    [
        (AgreementTermination.TERMINATED, "31.2.2026", "ei ole päivämäärä"),
        (AgreementTermination.CANCELLED, "", "Anna päivä"),
    ],
)
def test_the_termination_dialog_stays_open_on_a_date_it_cannot_use(
    qtbot: QtBot, shown: list[tuple[str, str, bool]], how: AgreementTermination, typed: str, message: str
) -> None:
    """Ensure a termination date that cannot be read, or none for a termination, keeps the dialog open with a
    Finnish message; the dialog closed and the register refused it afterwards."""
    dialog = agreement_edit.TerminationDialog(None, None)
    qtbot.addWidget(dialog)
    choose(dialog.how, how.value)
    dialog.date.setText(typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(shown) == 1 and message in shown[0][1] and not shown[0][2]


def test_the_party_dialog_stays_open_without_an_organisation(qtbot: QtBot, shown: list[tuple[str, str, bool]]) -> None:
    """Ensure a party without an organisation keeps the dialog open with a Finnish message (the body typed stays)."""
    dialog = agreement_edit.PartyDialog({1: "Utsjoki"})
    qtbot.addWidget(dialog)
    dialog.body.setText("Sámediggi – čđŋŧž")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown == [("Virheellinen tieto", "Anna osapuolen nimi.", False)]


DIALOG_CHILD = """
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.agreement_edit import AgreementDialog, AgreementForm
from gui.dialog_drafts import DialogDraft
draft = DialogDraft("sopimus-uusi", Path(sys.argv[1]))
dialog = AgreementDialog(AgreementForm(), {}, draft=draft)
dialog.show()
dialog.title_edit.setText("Saamelaisalueen neuvontasopimus")
dialog.description_edit.setPlainText("Kirjoitettu ennen kaatumista: Čohkkiras, Anárjohka, ŋ ŧ đ ž á")
dialog._add_cost_row("Neuvonta", "1.000,50", "2026")
while not draft.path.exists():
    app.processEvents()
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_what_is_typed_in_the_agreement_dialog_survives_a_kill(qtbot: QtBot, tmp_path: Path) -> None:
    """Ensure what was typed in the agreement dialog of a process killed with SIGKILL comes back, with a note,
    when the dialog is opened again; Cancel then throws it away. Nothing was kept before."""
    import os
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    child = subprocess.run(
        [sys.executable, "-c", DIALOG_CHILD, str(tmp_path)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode("utf-8", "replace")
    draft = DialogDraft("sopimus-uusi", tmp_path)
    dialog = agreement_edit.AgreementDialog(agreement_edit.AgreementForm(), {}, draft=draft)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Saamelaisalueen neuvontasopimus"
    assert dialog.description_edit.toPlainText() == "Kirjoitettu ennen kaatumista: Čohkkiras, Anárjohka, ŋ ŧ đ ž á"
    assert dialog.result_form().costs == [CostLineInput("Neuvonta", Decimal("1000.50"), 2026)]
    assert not dialog.restored.isHidden()
    dialog.reject()
    assert not draft.path.exists()


def test_the_agreement_draft_is_removed_once_saved(
    qtbot: QtBot, register: AgreementRegisterWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the agreement dialog's draft is kept while the agreement is saved and removed once it is, so the
    next opening shows the saved agreement without a note."""
    assert register.current is not None
    agreement_id = register.current.agreement_id
    draft = register.agreement_draft(agreement_id)
    kept: list[bool] = []

    def answer(dialog: QDialog) -> int:
        assert dialog.restored.isHidden()  # type: ignore[attr-defined]
        dialog.description_edit.setPlainText("Tallennettava kuvaus")  # type: ignore[attr-defined]
        dialog.accept()
        kept.append(draft.path.exists())
        return dialog.result()

    monkeypatch.setattr(agreement_edit.AgreementDialog, "exec", answer)
    with qtbot.waitSignal(register.saved, timeout=WAIT):
        register._ask_edit()
    assert kept == [True]
    assert not draft.path.exists()


class _TemplateAnswers(Questions):
    """Answers the template manager's questions: Yes, and the names in turn."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return True

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        return self.names.pop(0) if self.names else None


def test_an_own_template_s_unsaved_text_survives_a_rename_and_a_crash(
    qtbot: QtBot, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure an own template's unsaved text stays through Nimeä uudelleen (it was replaced by the stored text
    without asking) and comes back, with a note, in the next template manager after a crash (nothing was kept);
    saving removes the draft."""
    typed = "{{ body.nominative }} hyväksyy Čohkkiras-hankkeen (ŋ ŧ đ ž á)."
    first = TemplateManagerDialog(None, sqlite_demo_db, questions=_TemplateAnswers(["Saamelaisalueen pohja"]))
    qtbot.addWidget(first)
    first.buttons["new"].click()
    info = first._current
    assert info is not None
    first.editor.setPlainText(typed)
    draft = first._draft(info)
    qtbot.waitUntil(draft.path.exists, timeout=WAIT)

    first.questions = _TemplateAnswers(["Saamelaisalueen päätöspohja"])
    first.buttons["rename"].click()
    assert first._current is not None and first._current.name == "Saamelaisalueen päätöspohja"
    assert first.editor.toPlainText() == typed and first.dirty

    first._draft_timer.stop()  # the process dies here: no closing, no saving
    second = TemplateManagerDialog(None, sqlite_demo_db, questions=_TemplateAnswers([]))
    qtbot.addWidget(second)
    second.templates.setCurrentRow([i.key for i in second._infos].index(info.key))
    assert second.editor.toPlainText() == typed and second.dirty
    assert "kesken" in second.heading.text()
    assert second.save()
    assert not draft.path.exists()
    assert shown == []


def test_unsaved_template_edits_come_back_after_new_is_pressed(
    qtbot: QtBot, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure Uusi… pressed with unsaved edits of an own template keeps them: selecting the template again shows
    them (they were replaced by the stored text without asking)."""
    dialog = TemplateManagerDialog(None, sqlite_demo_db, questions=_TemplateAnswers(["Ensimmäinen", "Toinen"]))
    qtbot.addWidget(dialog)
    dialog.buttons["new"].click()
    first = dialog._current
    assert first is not None
    dialog.editor.setPlainText("{{ body.nominative }} päättää Anárjohka-asiasta.")
    dialog.buttons["new"].click()  # at once: before the draft's own moment
    assert dialog._current is not None and dialog._current.name == "Toinen"
    dialog.templates.setCurrentRow([i.key for i in dialog._infos].index(first.key))
    assert dialog.editor.toPlainText() == "{{ body.nominative }} päättää Anárjohka-asiasta." and dialog.dirty
    assert shown == []


def test_delete_asks_to_remove_a_section_or_a_party_only_from_their_lists(
    qtbot: QtBot,
    register: AgreementRegisterWindow,
    sqlite_demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Ensure the Delete key asks to remove the § chosen in the navigator, or the party chosen in the parties' table
    (No the default answer), and only there: in a text field it deletes a character (there was no key)."""
    prompts = AnsweringPrompts()
    prompts.confirm_answer = False
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_item(_open_item(sqlite_demo_db))
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus, timeout=3000)
    press(window.tree, Qt.Key.Key_Delete)
    assert [kind for kind, _text in prompts.asked] == ["confirm"]
    window.editor.title.setFocus()
    qtbot.waitUntil(window.editor.title.hasFocus, timeout=3000)
    press(window.editor.title, Qt.Key.Key_Delete)
    assert len(prompts.asked) == 1

    asked = _Asked()
    monkeypatch.setattr(QMessageBox, "question", asked)
    register.show()
    qtbot.waitExposed(register)
    register.activateWindow()
    register.matrix_view.setFocus()
    qtbot.waitUntil(register.matrix_view.hasFocus, timeout=3000)
    register.matrix_view.selectRow(0)
    press(register.matrix_view, Qt.Key.Key_Delete)
    assert len(asked.texts) == 1 and "sopimuksen osapuolista" in asked.texts[0]


def test_a_printout_of_the_register_to_a_missing_folder_is_told_in_finnish(
    qtbot: QtBot, register: AgreementRegisterWindow, shown: list[tuple[str, str, bool]], tmp_path: Path
) -> None:
    """Ensure saving the approval status to a folder that is gone says so in Finnish, not with a crash report."""
    target = tmp_path / "poistettu kansio" / "hyvaksymistilanne.pdf"
    register.print_status_to(target)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    title, text, is_bug = shown[0]
    assert (title, is_bug) == ("Tiedostoa ei voitu tallentaa", False)
    assert "poistettu kansio" in text and "ei ole" in text


def test_a_template_exported_to_a_missing_folder_is_told_in_finnish(
    qtbot: QtBot, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]], tmp_path: Path
) -> None:
    """Ensure exporting a template to a folder that is gone names the cause in Finnish (the system's English
    "[Errno 2] No such file or directory" was shown)."""

    class Answers(_TemplateAnswers):
        def save_file(self, parent: QWidget | None, suggested: str) -> Path | None:
            return tmp_path / "poistettu kansio" / suggested

    dialog = TemplateManagerDialog(None, sqlite_demo_db, questions=Answers([]))
    qtbot.addWidget(dialog)
    dialog.buttons["export"].click()
    assert len(shown) == 1
    title, text, is_bug = shown[0]
    assert (title, is_bug) == ("Tiedostoa ei voitu tallentaa", False)
    assert "kansiota" in text and "poistettu kansio" in text and "Errno" not in text


def _party(database: Database, party_id: int) -> AgreementParty:
    with database.begin() as session:
        party = session.get(AgreementParty, party_id)
        assert party is not None
        session.expunge(party)
        return party


def test_approval_matrix_edits_are_undone_and_redone(
    qtbot: QtBot, register: AgreementRegisterWindow, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure Muokkaa → Kumoa (Ctrl+Z) in the agreement register undoes the last saved edits of the approval matrix
    one at a time, Tee uudelleen redoes them, and a change that cannot be undone (a population) empties the list;
    matrix edits could not be undone."""
    model = register.matrix_model
    row = next(r for r, p in enumerate(model.rows) if p.source != DecisionSource.LOCAL)
    party_id = model.rows[row].party_id
    before = _party(sqlite_demo_db, party_id)
    assert not register.undo_action.isEnabled()
    for column, value in ((SIGNATORY, "Áile Čoavddus, kunnanjohtaja"), (DECISION_DATE, "3.11.2025")):
        with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
            assert model.setData(model.index(row, column), value)
    assert register.undo_action.isEnabled() and register.undo_action.shortcut().toString() == "Ctrl+Z"
    assert register.undo_action.text() == f"Kumoa muutos ({model.rows[row].name})"

    with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
        register.undo_action.trigger()
    party = _party(sqlite_demo_db, party_id)
    assert (party.signatory, party.ext_date) == ("Áile Čoavddus, kunnanjohtaja", before.ext_date)
    with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
        register.undo_action.trigger()
    assert _party(sqlite_demo_db, party_id).signatory == before.signatory
    assert not register.undo_action.isEnabled()
    with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
        register.redo_action.trigger()
    assert _party(sqlite_demo_db, party_id).signatory == "Áile Čoavddus, kunnanjohtaja"

    with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
        assert model.setData(model.index(row, POPULATION), "2 846")
    assert not register.undo_action.isEnabled() and not register.redo_action.isEnabled()
    assert shown == []


def test_the_agreement_dialog_names_the_field_it_cannot_read(qtbot: QtBot, shown: list[tuple[str, str, bool]]) -> None:
    """Ensure a date or a cost the agreement dialog cannot read is refused naming its field (three date fields and
    a table of costs: the value alone did not say which), and that field is chosen."""
    dialog = agreement_edit.AgreementDialog(agreement_edit.AgreementForm(title="Neuvontasopimus"), {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.start_edit.setText("1.1.2026")
    dialog.end_edit.setText("31.2.2026")
    dialog.accept()
    assert shown[-1][1].startswith("Sopimuskauden loppu: ”31.2.2026” ei ole päivämäärä.")
    qtbot.waitUntil(dialog.end_edit.hasFocus, timeout=3000)
    dialog.end_edit.setText("31.12.2029")
    dialog._add_cost_row("Neuvonta", "1.000,50", "2026")
    dialog._add_cost_row("Tulkkaus", "12.000", "2026")
    dialog.accept()
    assert shown[-1][1].startswith("Kustannuserä 2, euroa: Euromäärä ”12.000” on monitulkintainen")
    assert (dialog.costs.currentRow(), dialog.costs.currentColumn()) == (1, 1)
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_cell_edit_that_cannot_be_read_or_saved_comes_back_in_its_cell(
    qtbot: QtBot, register: AgreementRegisterWindow, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure a matrix cell's text that cannot be read (31.2.2026) or saved (someone else saved the party meanwhile)
    is open in its cell again after the message, to correct or save again; it was gone."""
    register.show()
    qtbot.waitExposed(register)
    model = register.matrix_model
    row = next(r for r, p in enumerate(model.rows) if p.source != DecisionSource.LOCAL)
    party_id = model.rows[row].party_id

    def open_text() -> str:
        editors = register.matrix_view.viewport().findChildren(QLineEdit)
        return editors[0].text() if editors else ""

    assert not model.setData(model.index(row, DECISION_DATE), "31.2.2026")
    assert "ei ole päivämäärä" in shown[-1][1]
    qtbot.waitUntil(lambda: open_text() == "31.2.2026", timeout=WAIT)
    register.matrix_view.closePersistentEditor(register.matrix_view.currentIndex())
    register.matrix_view.setFocus()

    with sqlite_demo_db.begin() as session:  # another secretary saves the party meanwhile
        party = session.get(AgreementParty, party_id)
        assert party is not None
        party.notes = "toisen muistiinpano"
    assert model.setData(model.index(row, SIGNATORY), "Máret Ŋuolja, kunnanjohtaja")
    qtbot.waitUntil(lambda: open_text() == "Máret Ŋuolja, kunnanjohtaja", timeout=WAIT)
    assert shown[-1][0] == "Tallennusristiriita"
    assert register.matrix_view.currentIndex().column() == SIGNATORY


def test_the_first_run_refuses_a_registry_email_not_of_an_address_form(qtbot: QtBot, sqlite_database: Database) -> None:
    """Ensure the first-run organisation page, like the settings dialog, refuses a registry e-mail address that is
    not of the form name@example.fi, staying on the page with the message; it was stored and printed in the appeal
    instructions."""
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.next()
    wizard.organisation.name.setText("Utsjoen kunta")
    wizard.organisation.email.setText("kirjaamo@utsjoki")
    wizard.next()
    assert wizard.currentPage() is wizard.organisation
    assert "ei ole muotoa nimi@esimerkki.fi" in wizard.organisation.problem.text()
    with pytest.raises(ValidationError, match="kirjaamo@utsjoki"):
        write_setup(sqlite_database, Setup(OrganisationKind.MUNICIPALITY, "Utsjoki", Language.FINNISH,
                                           registry_email="kirjaamo@utsjoki"))  # fmt: skip
    assert needs_first_run(sqlite_database)


def test_the_agreement_dialog_stays_open_on_a_term_ending_before_it_starts(
    qtbot: QtBot, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure a term that ends before it starts is refused by the dialog, which stays open, rather than by the save
    after it closed."""
    dialog = agreement_edit.AgreementDialog(agreement_edit.AgreementForm(title="Neuvontasopimus"), {})
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("1.1.2027")
    dialog.end_edit.setText("31.12.2026")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown == [("Virheellinen tieto", "Sopimuskauden loppu ei voi olla ennen sen alkua.", False)]


def test_agreement_and_party_names_stop_at_what_the_database_holds(qtbot: QtBot) -> None:
    """Ensure the agreement's names and a new party's names take no more characters than their columns hold (500,
    200), so a long paste stops there visibly on both backends; SQLite stored more and PostgreSQL refused it."""
    dialog = agreement_edit.AgreementDialog(agreement_edit.AgreementForm(), {})
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Sámi " + "č" * 600)
    dialog.genitive_edit.setText("ŋ" * 600)
    assert (len(dialog.title_edit.text()), len(dialog.genitive_edit.text())) == (500, 500)
    party = agreement_edit.PartyDialog({})
    qtbot.addWidget(party)
    party.organisation.setEditText("Ŧ" * 300)
    party.body.setText("ž" * 300)
    assert (len(party.organisation.currentText()), len(party.body.text())) == (200, 200)


def test_a_draft_meeting_is_removed_from_the_meeting_menu_after_asking(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path
) -> None:
    """Ensure Kokous → Poista kokous… removes a draft meeting with its items after a question that says what goes
    and that it is final, and is not offered for a meeting whose agenda is published (there was no way to remove a
    meeting created by mistake)."""
    with sqlite_demo_db.begin() as session:
        body_id = session.scalars(select(Meeting.body_id).order_by(Meeting.id)).first()
        assert body_id is not None
        mistaken = create_meeting(session, body_id=body_id, date=dt.date(2031, 2, 3)).id
        count = len(session.scalars(select(Item.id).where(Item.meeting_id == mistaken)).all())
        published = session.scalars(select(Meeting.id).where(Meeting.state != MeetingState.DRAFT)).first()
        assert published is not None
    prompts = AnsweringPrompts()
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    action = window.named_actions["remove_meeting"]
    window.select_meeting(published)
    assert not action.isEnabled()
    window.select_meeting(mistaken)
    assert action.isEnabled()
    prompts.confirm_answer = False
    action.trigger()
    assert prompts.asked[-1] == (
        "confirm",
        f"Poistetaanko kokous 1/2031 (3.2.2031) ja sen {count} asiaa? Vuoden myöhempien kokousten pykälänumerot "
        "siirtyvät. Poistoa ei voi kumota.",
    )
    prompts.confirm_answer = True
    action.trigger()
    with sqlite_demo_db.begin() as session:
        assert session.get(Meeting, mistaken) is None
        assert not session.scalars(select(Item.id).where(Item.meeting_id == mistaken)).all()
    assert window.model.meeting_node(mistaken) is None

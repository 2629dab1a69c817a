"""The meeting-conduct view running a whole meeting of the demo: the Hartola welfare board 7/2025."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from core import minutes
from db.engine import Database
from db.enums import AttendanceRole, MeetingState, Outcome, VoteChoice
from db.models import Body, Correction, Item, Meeting, Person
from gui import errors
from gui.conduct import ClosingDialog, MeetingConductWidget, check_integrity_on_open
from gui.conduct_dialogs import (
    AttendanceDialog,
    CorrectionDialog,
    DisqualificationDialog,
    MotionDialog,
    TieDialog,
    VoteDialog,
)

Shown = list[tuple[str, str, bool]]

# The offscreen platform plugin warns whenever a dialog is shown; it is the test platform, not the view.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def shown() -> Iterator[Shown]:
    seen: Shown = []
    errors.set_presenter(lambda _parent, title, message, is_bug: seen.append((title, message, is_bug)))
    yield seen
    errors.set_presenter(None)


def type_text(widget: QWidget, value: str) -> None:
    """Type one key event per character (ä, č and ŋ included)."""
    for char in value:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


@pytest.fixture
def welfare_meeting(sqlite_demo_db: Database) -> tuple[Database, int, dict[str, int], dict[int, int]]:
    with sqlite_demo_db.begin() as s:
        body = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        meeting = s.scalars(select(Meeting).where(Meeting.body_id == body.id, Meeting.number == 7)).one()
        people = {p.name: p.id for p in s.scalars(select(Person))}
        sections = {item.section_number: item.id for item in meeting.items}
        return sqlite_demo_db, meeting.id, people, sections


def row_of(widget: MeetingConductWidget, name: str) -> int:
    for number, row in enumerate(widget.attendance_model.rows()):
        if row.name == name:
            return number
    raise AssertionError(name)


def test_whole_meeting(qtbot: QtBot, shown: Shown, welfare_meeting: tuple) -> None:  # type: ignore[type-arg]
    """Ensure a whole meeting runs: late arrival, deputy, disqualification, vote, outcomes, checking, correction."""
    database, meeting_id, people, sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    asked: list[str] = []
    widget.confirm = lambda _parent, _title, question: asked.append(question) is None  # answers Yes
    widget.resize(1200, 800)
    widget.show()
    assert widget.begin_button.isVisible()
    qtbot.mouseClick(widget.begin_button, Qt.MouseButton.LeftButton)
    assert widget.attendance_model.rowCount() == 11
    assert not widget.begin_button.isVisible()

    # Kalle Nieminen arrives late, at 63 §.
    widget.attendance.selectRow(row_of(widget, "Kalle Nieminen"))
    dialog = widget.open_edit_person_dialog()
    assert isinstance(dialog, AttendanceDialog)
    choose(dialog.arrived, 63)
    dialog.arrived_time.setTime(QTime(17, 25))
    ok(qtbot, dialog)
    model = widget.attendance_model
    assert model.index(row_of(widget, "Kalle Nieminen"), model.ARRIVED).data() == "63 § (klo 17.25)"
    opening = widget.sections_model.row_of_item(sections[58])
    assert widget.sections_model.index(opening, 2).data() == "✓ 8/9"

    # Leena Hyvönen is absent; her personal deputy Riikka Hakala comes instead.
    leena = model.index(row_of(widget, "Leena Hyvönen"), model.PRESENT)
    assert model.setData(leena, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert widget.sections_model.index(opening, 2).data() == "✓ 7/9"
    dialog = widget.open_add_person_dialog()
    assert isinstance(dialog, AttendanceDialog)
    choose(dialog.person, people["Riikka Hakala"])
    choose(dialog.role, AttendanceRole.DEPUTY)
    choose(dialog.deputy_for, people["Leena Hyvönen"])
    ok(qtbot, dialog)
    assert widget.sections_model.index(opening, 2).data() == "✓ 8/9"
    assert model.index(row_of(widget, "Riikka Hakala"), model.ROLE).data() == "varajäsen (Leena Hyvönen)"

    # 63 §: Sari Mäkelä is disqualified and leaves the room.
    widget.tabs.setCurrentIndex(1)
    widget.select_item(sections[63])
    panel = widget.panel
    assert panel.item_id == sections[63]
    dialog = panel.open_disqualification_dialog()
    assert isinstance(dialog, DisqualificationDialog)
    choose(dialog.person, people["Sari Mäkelä"])
    choose(dialog.ground, "28.1.3")
    dialog.detail.setFocus()
    type_text(dialog.detail, "lapsi päiväkodissa")
    assert dialog.preview.text() == "hallintolaki 28 § 1 mom. 3 kohta (intressijäävi; lapsi päiväkodissa)"
    ok(qtbot, dialog)
    assert panel.disqualifications.count() == 1
    assert "8/9" in panel.quorum.text()

    # A seconded counter-proposal and a vote with a named result.
    dialog = panel.open_motion_dialog()
    assert isinstance(dialog, MotionDialog)
    choose(dialog.proposer, people["Ari Toivonen"])
    choose(dialog.seconder, people["Eija Kettunen"])
    dialog.text.setFocus()
    type_text(dialog.text, "Maksut pidetään ennallaan vuoden 2026 loppuun.")
    ok(qtbot, dialog)
    assert "Eija Kettunen kannatti ehdotusta." in panel.motions.item(0).text()
    dialog = panel.open_vote_dialog()
    assert isinstance(dialog, VoteDialog)
    assert set(dialog.choices) == {
        people[n]
        for n in (
            "Pirjo Heinonen",
            "Markku Laaksonen",
            "Áile Čoavddis",
            "Timo Rantanen",
            "Kalle Nieminen",
            "Riikka Hakala",
            "Ari Toivonen",
            "Eija Kettunen",
        )
    }
    assert dialog.no_proposal.text().startswith("Ari Toivonen: Maksut pidetään")
    for name in ("Ari Toivonen", "Eija Kettunen", "Timo Rantanen"):
        dialog.set_choice(people[name], VoteChoice.NO)
    dialog.set_choice(people["Áile Čoavddis"], VoteChoice.BLANK)
    assert dialog.result_label.text() == "Ääni puuttuu 4 äänestäjältä."  # nobody is preset to Jaa
    dialog.findChild(QPushButton, "allYes").click()  # the rest vote Jaa
    assert dialog.result_label.text().startswith("Jaa 4, ei 3, tyhjää 1, poissa 0. Puheenjohtaja totesi jaa-ehdotuksen")
    ok(qtbot, dialog)
    assert panel.votes.count() == 1
    assert "vuoden 2026 loppuun: Jaa 4" in panel.votes.item(0).text()  # no ".:" after the proposal
    assert panel.outcome.currentData() == Outcome.PASSED_AFTER_VOTE
    assert panel.decision.toPlainText() == "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 4–3."
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)

    # Checking is refused while the other §§ have no decision.
    closing = widget.open_closing_dialog()
    assert isinstance(closing, ClosingDialog)
    choose(closing.checker1, people["Áile Čoavddis"])
    choose(closing.checker2, people["Timo Rantanen"])
    closing.checked_date.setDate(QDate(2025, 10, 24))
    qtbot.mouseClick(closing.check_button, Qt.MouseButton.LeftButton)
    problems = [closing.problems.item(i).text() for i in range(closing.problems.count())]
    assert "58 §: Päätös puuttuu (päätöksen laji ja päätösteksti)." in problems
    assert not any(p.startswith("63 §") for p in problems)
    assert "ei voi vielä" in closing.status.text()
    closing.close()

    for number, item_id in sections.items():
        if number == 63:
            continue
        widget.select_item(item_id)
        choose(panel.outcome, Outcome.NOTED if number in (58, 64, 65, 66, 67) else Outcome.PASSED)
        assert panel.decision.toPlainText() == {
            58: "Puheenjohtaja avasi kokouksen klo 17.00.",
            59: "Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.",
            60: "Pöytäkirjantarkastajiksi valittiin Áile Čoavddis ja Timo Rantanen.",
            61: "Esityslista hyväksyttiin kokouksen työjärjestykseksi.",
            62: "Päätösehdotus hyväksyttiin.",
        }.get(number, "Merkittiin tiedoksi.")
        qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert shown == []

    closing = widget.open_closing_dialog()
    assert isinstance(closing, ClosingDialog)
    assert closing.checker1.currentData() == people["Áile Čoavddis"]
    closing.end_time.setTime(QTime(18, 45))
    closing.checked_date.setDate(QDate(2025, 10, 24))
    with qtbot.waitSignal(widget.state_changed, timeout=2000) as state:
        qtbot.mouseClick(closing.check_button, Qt.MouseButton.LeftButton)
    assert state.args == [MeetingState.MINUTES_CHECKED.value]
    assert "Hyvinvointilautakunta 7/2025" in asked[-1] and "lukitaan" in asked[-1]  # asked before locking
    assert closing.publish_button.isEnabled()
    closing.published_date.setDate(QDate(2025, 10, 27))
    qtbot.mouseClick(closing.publish_button, Qt.MouseButton.LeftButton)
    closing.close()
    assert "julkaistu" in widget.state_label.text()

    # After locking, edits are refused: the controls are read-only and a save is refused with a reason.
    widget.select_item(sections[63])
    assert not panel.save.isEnabled()
    assert panel.decision.isReadOnly()
    assert not widget.add_person.isEnabled()
    panel.save_decision()
    assert shown and shown[-1][0] == "Tarkastettu pöytäkirja"
    assert "tarkastettu" in shown[-1][1]

    # A correction is a new visible record.
    dialog = panel.open_correction_dialog()
    assert isinstance(dialog, CorrectionDialog)
    assert dialog.old_text.toPlainText() == "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 4–3."
    dialog.new_text.setFocus()
    type_text(dialog.new_text, "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 4–3 (1 tyhjä).")
    dialog.reason.setFocus()
    type_text(dialog.reason, "Tyhjä ääni puuttui päätöksestä.")
    dialog.author.setText("Minna Salo")
    ok(qtbot, dialog)
    assert panel.corrections.count() == 1
    assert "Tyhjä ääni puuttui" in panel.corrections.item(0).text()
    assert "(oikaistu)" in widget.sections_model.index(widget.sections_model.row_of_item(sections[63]), 1).data()
    assert not widget.banner.isVisible()

    with database.begin() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.state == MeetingState.PUBLISHED
        assert meeting.checked_date == dt.date(2025, 10, 24)
        assert meeting.published_date == dt.date(2025, 10, 27)
        correction = s.scalars(select(Correction)).one()
        assert correction.field == "decision"
        item = s.get(Item, sections[63])
        assert item is not None
        assert item.votes[0].result_text.startswith("Jaa 4, ei 3, tyhjää 1, poissa 0.")
        assert {b.person.name: b.choice for b in item.votes[0].ballots}["Áile Čoavddis"] == VoteChoice.BLANK
        assert item.disqualifications[0].person.name == "Sari Mäkelä"
        attendance = {a.person.name: a for a in meeting.attendances}
        assert attendance["Kalle Nieminen"].arrived_at_section == 63
        assert attendance["Kalle Nieminen"].arrived_time == dt.time(17, 25)
        assert attendance["Riikka Hakala"].deputy_for_id == people["Leena Hyvönen"]
        assert minutes.verify_fingerprint(s, meeting_id)

    # A change made directly in the database is detected when the meeting is opened.
    with database.begin() as s:
        s.execute(text("UPDATE item SET decision = 'Päätösehdotus hylättiin.' WHERE id = :id"), {"id": sections[63]})
    with database.begin() as s:
        assert not minutes.verify_fingerprint(s, meeting_id)
    report = check_integrity_on_open(widget, database, meeting_id)
    assert report.status == minutes.Integrity.CHANGED
    box = widget.findChild(QMessageBox, "integrityWarning")
    assert box is not None and box.isVisible()
    assert "muuttunut" in box.text()
    box.close()
    reopened = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.banner.isVisible()
    assert "Sihteerin ulkopuolella" in reopened.banner.text()


def test_unseconded_motion_cannot_carry(qtbot: QtBot, shown: Shown, welfare_meeting: tuple) -> None:  # type: ignore[type-arg]
    """Ensure an unseconded motion is shown as lapsed and not offered as the EI proposal."""
    database, meeting_id, people, sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.begin()
    widget.select_item(sections[63])
    dialog = widget.panel.open_motion_dialog()
    assert isinstance(dialog, MotionDialog)
    choose(dialog.proposer, people["Ari Toivonen"])
    dialog.text.setPlainText("Asia jätetään pöydälle.")
    ok(qtbot, dialog)
    assert "raukesi kannattamattomana" in widget.panel.motions.item(0).text()
    widget.panel.handling.setPlainText("Keskusteltiin.")
    qtbot.mouseClick(widget.panel.fill_handling, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.panel.fill_handling, Qt.MouseButton.LeftButton)  # twice: nothing doubled
    assert widget.panel.handling.toPlainText() == (
        "Keskusteltiin.\nPuheenjohtaja totesi ehdotuksen ”Asia jätetään pöydälle” (Ari Toivonen) "
        "raukeavan kannattamattomana."
    )
    vote = widget.panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog)
    assert vote.no_proposal.text() == ""
    vote.reject()
    assert shown == []


def test_a_proposal_seconded_later_or_withdrawn_is_recorded(qtbot: QtBot, shown: Shown, welfare_meeting: tuple) -> None:  # type: ignore[type-arg]
    """Ensure a recorded proposal's seconder (given after it was written down) and its withdrawal can be set from
    the list, and the proposer cannot second their own."""
    database, meeting_id, people, sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.begin()
    widget.select_item(sections[63])
    dialog = widget.panel.open_motion_dialog()
    assert isinstance(dialog, MotionDialog)
    choose(dialog.proposer, people["Ari Toivonen"])
    dialog.text.setPlainText("Asia jätetään pöydälle.")
    ok(qtbot, dialog)
    entry = widget.panel.motions.item(0)
    widget.panel.motions.itemActivated.emit(entry)
    edit = widget.panel.dialog
    assert isinstance(edit, MotionDialog) and edit.text.isReadOnly() and not edit.proposer.isEnabled()
    choose(edit.seconder, people["Ari Toivonen"])
    ok(qtbot, edit)
    assert shown and "ei voi kannattaa omaa" in shown[-1][1]
    widget.panel.motions.itemActivated.emit(widget.panel.motions.item(0))
    edit = widget.panel.dialog
    assert isinstance(edit, MotionDialog)
    choose(edit.seconder, people["Eija Kettunen"])
    ok(qtbot, edit)
    assert widget.panel.motions.item(0).text().endswith("Eija Kettunen kannatti ehdotusta.")
    widget.panel.motions.itemActivated.emit(widget.panel.motions.item(0))
    edit = widget.panel.dialog
    assert isinstance(edit, MotionDialog) and edit.seconder.currentData() == people["Eija Kettunen"]
    edit.withdrawn.setChecked(True)
    ok(qtbot, edit)
    assert widget.panel.motions.item(0).text().endswith("Ehdottaja peruutti ehdotuksensa.")


def test_a_tie_the_chairs_vote_did_not_decide_is_asked_and_recorded(
    qtbot: QtBot, shown: Shown, welfare_meeting: tuple  # type: ignore[type-arg]
) -> None:
    """Ensure a tie with the chair voting blank asks which proposal won (again later, if put off), since checking
    the minutes is refused until the result is recorded."""
    database, meeting_id, _people, sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.begin()
    widget.select_item(sections[63])
    panel = widget.panel
    vote = panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog)
    vote.no_proposal.setText("Asia palautetaan valmisteluun.")
    chair = vote._chair_id
    assert chair is not None
    others = [pid for pid in vote.choices if pid != chair]
    for pid in others:
        vote.set_choice(pid, VoteChoice.YES)
    vote.set_choice(chair, VoteChoice.BLANK)
    if len(others) % 2:
        vote.set_choice(others.pop(), VoteChoice.BLANK)
    for pid in others[: len(others) // 2]:
        vote.set_choice(pid, VoteChoice.NO)  # the other half votes Jaa: a tie
    ok(qtbot, vote)
    tie = panel.dialog
    assert isinstance(tie, TieDialog) and tie.isVisible()
    ok_button = tie.box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok_button.isEnabled()  # no side preselected
    tie.reject()  # put off
    assert panel.votes.item(0).text().endswith("Äänet menivät tasan, eikä puheenjohtajan ääni ratkaissut äänestystä.")

    panel.votes.itemActivated.emit(panel.votes.item(0))  # asked again from the list
    tie = panel.dialog
    assert isinstance(tie, TieDialog)
    tie.no.setChecked(True)
    assert ok_button is not tie.box.button(QDialogButtonBox.StandardButton.Ok)
    ok(qtbot, tie)
    text = panel.votes.item(0).text()
    assert "eikä puheenjohtajan ääni ratkaissut äänestystä. Puheenjohtaja totesi ei-ehdotuksen" in text
    assert panel.outcome.currentData() is None  # the EI side won: the secretary chooses the outcome
    assert panel.open_tie_dialog(int(panel.votes.item(0).data(Qt.ItemDataRole.UserRole))) is None  # decided
    assert shown == []


def test_published_demo_meeting_opens_locked_and_intact(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the demo's checked meeting opens read-only, without the warning banner."""
    with sqlite_demo_db.begin() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.state == MeetingState.PUBLISHED)).one()
        meeting_id = meeting.id
    widget = MeetingConductWidget(sqlite_demo_db, meeting_id)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.banner.isVisible()
    assert check_integrity_on_open(widget, sqlite_demo_db, meeting_id).ok
    assert widget.findChild(QMessageBox, "integrityWarning") is None
    assert not widget.panel.save.isEnabled()
    assert widget.panel.add_correction.isEnabled()


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, welfare_meeting: tuple) -> None:  # type: ignore[type-arg]
    """Ensure the attendance and § models keep Qt's item-model contract."""
    database, meeting_id, _people, _sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.begin()
    qtmodeltester.check(widget.attendance_model)  # type: ignore[attr-defined]
    qtmodeltester.check(widget.sections_model)  # type: ignore[attr-defined]


def test_closing_a_bilingual_organisations_minutes_names_the_missing_swedish_texts_and_asks(
    qtbot: QtBot, demo_db: Database
) -> None:
    """Ensure the closing dialog of a bilingual organisation lists the §§ without their Swedish texts apart from
    the problems (they do not stop the checking), and that locking asks first: No keeps the minutes open."""
    from tests.core.test_minutes import _begin, _complete, _make_bilingual, load_welfare

    welfare = load_welfare(demo_db)
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    finnish = ClosingDialog(demo_db, welfare.meeting_id)  # Hartola is Finnish-speaking: nothing to say
    qtbot.addWidget(finnish)
    assert finnish.missing.isHidden() and finnish.missing_label.isHidden()
    _make_bilingual(demo_db, welfare)
    closing = ClosingDialog(demo_db, welfare.meeting_id)
    qtbot.addWidget(closing)
    closing.validate()  # (the dialog checks once as it opens, too)
    assert closing.problems.count() == 0 and "Ei puutteita" in closing.status.text()
    listed = [closing.missing.item(i).text() for i in range(closing.missing.count())]
    assert "63 §: otsikko, selostus, päätösehdotus" in listed and not closing.missing.isHidden()
    asked: list[list[str]] = []
    closing.confirm_untranslated = lambda _parent, missing: asked.append(missing) is not None  # says No
    closing.checked_date.setDate(QDate(2025, 10, 23))
    assert not closing.mark_checked()
    assert asked and "63 §: otsikko, selostus, päätösehdotus" in asked[0]
    with demo_db.begin() as session:
        assert not session.get(Meeting, welfare.meeting_id).state.is_locked  # type: ignore[union-attr]
    closing.confirm_untranslated = lambda _parent, _missing: True
    assert closing.mark_checked()
    with demo_db.begin() as session:
        assert session.get(Meeting, welfare.meeting_id).state.is_locked  # type: ignore[union-attr]


def test_the_fill_button_follows_the_outcome_chosen_before_it_is_saved(
    qtbot: QtBot, shown: Shown, welfare_meeting: tuple  # type: ignore[type-arg]
) -> None:
    """Ensure the fill button records the unanimous adoption of a seconded motion once 'amended' is chosen as the
    outcome, before the choice is saved: it went by the outcome stored, so it added nothing."""
    database, meeting_id, people, sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.begin()
    with database.begin() as s:
        minutes.add_motion(
            s, sections[63], "Maksuja korotetaan 2 %.", proposer_id=people["Ari Toivonen"],
            seconder_id=people["Kalle Nieminen"],
        )  # fmt: skip
    widget.select_item(sections[63])
    widget.panel.outcome.setCurrentIndex(widget.panel.outcome.findData(Outcome.AMENDED))
    qtbot.mouseClick(widget.panel.fill_handling, Qt.MouseButton.LeftButton)
    assert "hyväksyi yksimielisesti ehdotuksen ”Maksuja korotetaan 2 %” (Ari Toivonen)" in (
        widget.panel.handling.toPlainText()
    )

"""The desk driven as the secretary drives it: meetings, items, undo, autosave and recovery, search, locks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDate, QMimeData, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database, open_database
from db.enums import BodyKind, MeetingState, OrganisationKind
from db.models import Body, Item, ItemDraft, Meeting
from gui import settings as declared
from gui.dialogs import MeetingInfoDialog, NewMeeting, SaveChoice
from gui.first_run import BodySetup, Setup, write_setup
from gui.item_editor import own_draft
from gui.main_window import MainWindow
from gui.navigator import ITEM_MIME, NodeKind
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, press, type_text

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

# No test may block on a modal error dialog: errors are recorded instead.
pytestmark = pytest.mark.usefixtures("shown_errors")

SEED1_START = "Päijät-Hämeen kuntien välinen"


def _item_id(database: Database, **where: object) -> int:
    with database.begin() as session:
        stmt = select(Item.id)
        for name, value in where.items():
            column = getattr(Item, name)
            stmt = stmt.where(column.startswith(value) if name == "title" else column == value)
        found = session.scalar(stmt)
    assert found is not None
    return found


def _items(database: Database, meeting_id: int) -> list[tuple[int, str]]:
    with database.begin() as session:
        return [
            (number, title)
            for number, title in session.execute(
                select(Item.section_number, Item.title).where(Item.meeting_id == meeting_id).order_by(Item.position)
            )
        ]


def _labels(window: MainWindow, meeting_id: int) -> list[str]:
    node = window.model.meeting_node(meeting_id)
    assert node is not None
    return [child.label for child in node.children]


@pytest.fixture
def board_db(sqlite_database: Database) -> Database:
    write_setup(
        sqlite_database,
        Setup(
            kind=OrganisationKind.MUNICIPALITY,
            name="Sysmän kunta",
            language=__import__("db.enums", fromlist=["Language"]).Language.FINNISH,
            bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu", "Pekka Virtanen"])],
            secretary_name="Saara Sihteeri",
            secretary_title="hallintosihteeri",
        ),
    )
    return sqlite_database


def _new_meeting(window: MainWindow, prompts: AnsweringPrompts, database: Database, day: dt.date) -> int:
    with database.begin() as session:
        body_id = session.scalar(select(Body.id).where(Body.name == "Kunnanhallitus"))
    assert body_id is not None
    prompts.meeting = NewMeeting(body_id=body_id, date=day, place="Kunnantalo")
    window.named_actions["new_meeting"].trigger()
    with database.begin() as session:
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.date == day))
    assert meeting_id is not None
    return meeting_id


def test_create_meeting_with_its_opening_items(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a new meeting gets its number, the standard items and § numbers, and is selected; its minutes are
    kept by the user named in the settings (the first run's secretary)."""
    settings.set(declared.SECRETARY_NAME, "Saara Sihteeri")
    window = make_window(qtbot, board_db, settings, prompts)
    assert window.named_actions["new_meeting"].isEnabled()
    meeting_id = _new_meeting(window, prompts, board_db, dt.date(2026, 1, 20))
    with board_db.begin() as session:
        keeper = session.get(Meeting, meeting_id).secretary  # type: ignore[union-attr]
        assert keeper is not None and (keeper.name, keeper.title) == ("Saara Sihteeri", "hallintosihteeri")
    assert _labels(window, meeting_id) == [
        "1 § Kokouksen avaus",
        "2 § Kokouksen laillisuus ja päätösvaltaisuus",
        "3 § Pöytäkirjantarkastajien valinta",
        "4 § Työjärjestyksen hyväksyminen",
        "5 § Ilmoitusasiat",
        "6 § Muut asiat",
        "7 § Kokouksen päättäminen",
    ]
    node = window.current_node()
    assert node is not None and node.kind == NodeKind.MEETING and node.key == meeting_id
    assert "Kokous 1/2026" in node.label
    assert window.named_actions["new_item"].isEnabled()
    second = _new_meeting(window, prompts, board_db, dt.date(2026, 2, 17))
    assert _labels(window, second)[0] == "8 § Kokouksen avaus"


def test_a_meeting_gets_its_time_and_is_moved_from_the_menu(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a new meeting's starting time is stored, and Kokous → Kokouksen tiedot moves it (§ numbers follow)."""
    from gui.dialogs import MeetingInfo

    window = make_window(qtbot, board_db, settings, prompts)
    with board_db.begin() as session:
        body_id = session.scalar(select(Body.id).where(Body.name == "Kunnanhallitus"))
    assert body_id is not None
    prompts.meeting = NewMeeting(body_id=body_id, date=dt.date(2026, 2, 3), place="Kunnantalo",
                                 start_time=dt.time(17, 0))  # fmt: skip
    window.named_actions["new_meeting"].trigger()
    first = _new_meeting(window, prompts, board_db, dt.date(2026, 3, 3))
    with board_db.begin() as session:
        earlier = session.scalar(select(Meeting).where(Meeting.date == dt.date(2026, 2, 3)))
        assert earlier is not None and earlier.start_time == dt.time(17, 0)
        earlier_id = earlier.id
    window.select_meeting(earlier_id)
    assert window.named_actions["meeting_info"].isEnabled()
    prompts.meeting_change = None
    window.named_actions["meeting_info"].trigger()  # cancelled
    assert prompts.asked[-1] == ("meeting_info", "Kokous 1/2026: " + str(MeetingInfo(dt.date(2026, 2, 3),
                                                                                     dt.time(17, 0), "Kunnantalo", 1)))
    prompts.meeting_change = MeetingInfo(dt.date(2026, 3, 17), dt.time(16, 30), "Valtuustosali", 3)
    window.named_actions["meeting_info"].trigger()
    with board_db.begin() as session:
        moved = session.get(Meeting, earlier_id)
        assert moved is not None and (moved.date, moved.start_time, moved.place, moved.number) == (
            dt.date(2026, 3, 17), dt.time(16, 30), "Valtuustosali", 3)
    with board_db.begin() as session:
        def first_section(meeting_id: int) -> int | None:
            return session.scalar(select(func.min(Item.section_number)).where(Item.meeting_id == meeting_id))

        assert (first_section(first), first_section(earlier_id)) == (1, 8)  # the other meeting comes first now
    node = window.current_node()
    assert node is not None and node.key == earlier_id and "17.3.2026" in node.label and "3/2026" in node.label
    dialog = MeetingInfoDialog("Kokous 3/2026", MeetingInfo(dt.date(2026, 3, 17), None, "Sali", 3))
    qtbot.addWidget(dialog)
    assert dialog.number.value() == 3
    dialog.number.setValue(2)
    assert dialog.value() == MeetingInfo(dt.date(2026, 3, 17), None, "Sali", 2)


def test_the_agenda_is_marked_published_from_the_menu(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure Kokous → Merkitse esityslista julkaistuksi records the day and the state, and a bad day is explained."""
    window = make_window(qtbot, board_db, settings, prompts)
    meeting_id = _new_meeting(window, prompts, board_db, dt.date(2026, 2, 3))
    assert window.named_actions["agenda_published"].isEnabled()
    prompts.date_answer = dt.date(2026, 2, 4)  # after the meeting: refused
    window.named_actions["agenda_published"].trigger()
    assert "ennen kokousta" in shown_errors[-1][1]
    prompts.date_answer = dt.date(2026, 1, 27)
    window.named_actions["agenda_published"].trigger()
    with board_db.begin() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.agenda_published_date == dt.date(2026, 1, 27)
        assert meeting.state == MeetingState.AGENDA_PUBLISHED
    node = window.current_node()
    assert node is not None and node.key == meeting_id and "esityslista julkaistu" in node.label

    # Once the meeting has begun (in the conduct window), the publication is no longer offered.
    from core.minutes import begin_meeting

    with board_db.begin() as session:
        begin_meeting(session, meeting_id)
    window.meeting_changed(meeting_id)
    window.select_meeting(meeting_id)
    assert not window.named_actions["agenda_published"].isEnabled()
    window.open_item(_items_ids(board_db, meeting_id)[0])
    assert not window.named_actions["agenda_published"].isEnabled()
    assert window.named_actions["new_item"].isEnabled()  # the meeting's items can still be changed


def _items_ids(database: Database, meeting_id: int) -> list[int]:
    with database.begin() as session:
        return list(session.scalars(select(Item.id).where(Item.meeting_id == meeting_id).order_by(Item.position)))


def test_a_body_taken_into_use_mid_year_starts_from_the_given_section(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Kokous → Vuoden ensimmäinen pykälä sets where the body's year starts, before or after its meetings."""
    window = make_window(qtbot, board_db, settings, prompts)
    window.tree.setCurrentIndex(window.model.index(0, 0))  # the body, no meetings yet
    assert window.named_actions["first_section"].isEnabled()
    prompts.first_section_answer = (2026, 151)
    window.named_actions["first_section"].trigger()
    assert prompts.asked[-1] == ("first_section", f"Kunnanhallitus {dt.date.today().year}: 1")
    meeting_id = _new_meeting(window, prompts, board_db, dt.date(2026, 6, 2))
    assert _labels(window, meeting_id)[0] == "151 § Kokouksen avaus"
    prompts.first_section_answer = (2026, 140)  # corrected later, from the meeting
    window.named_actions["first_section"].trigger()
    assert prompts.asked[-1] == ("first_section", "Kunnanhallitus 2026: 151")
    with board_db.begin() as session:
        first = session.scalar(select(func.min(Item.section_number)).where(Item.meeting_id == meeting_id))
    assert first == 140
    prompts.first_section_answer = None  # cancelled: nothing changes
    window.named_actions["first_section"].trigger()
    with board_db.begin() as session:
        assert session.scalar(select(func.min(Item.section_number)).where(Item.meeting_id == meeting_id)) == 140


def test_add_and_reorder_items_keeps_section_numbers_in_order(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure items are added before the closing items and move by keyboard and drop, § numbers following."""
    window = make_window(qtbot, board_db, settings, prompts)
    meeting_id = _new_meeting(window, prompts, board_db, dt.date(2026, 3, 3))
    prompts.titles = ["Talousarvion toteutuminen"]
    window.named_actions["new_item"].trigger()
    prompts.titles = ["Hallintosäännön muuttaminen"]
    window.named_actions["new_item"].trigger()
    titles = [t for _n, t in _items(board_db, meeting_id)]
    assert titles[4:6] == ["Talousarvion toteutuminen", "Hallintosäännön muuttaminen"]
    assert [n for n, _t in _items(board_db, meeting_id)] == list(range(1, 10))
    # The new item is selected and open in the editor.
    assert window.editor.value("title") == "Hallintosäännön muuttaminen"
    assert window.named_actions["move_up"].isEnabled()

    assert window.named_actions["move_up"].shortcut().toString() == "Ctrl+Up"
    window.named_actions["move_up"].trigger()
    titles = [t for _n, t in _items(board_db, meeting_id)]
    assert titles[4:6] == ["Hallintosäännön muuttaminen", "Talousarvion toteutuminen"]
    assert _labels(window, meeting_id)[4] == "5 § Hallintosäännön muuttaminen"
    assert window.editor.value("title") == "Hallintosäännön muuttaminen"
    window.named_actions["move_down"].trigger()
    assert _labels(window, meeting_id)[5] == "6 § Hallintosäännön muuttaminen"

    # Drag and drop: the model asks the window, which moves the item once the drop is over.
    moved = _item_id(board_db, title="Hallintosäännön")
    mime = QMimeData()
    mime.setData(ITEM_MIME, QByteArray(str(moved).encode()))
    meeting_index = window.model.index_of(window.model.meeting_node(meeting_id))  # type: ignore[arg-type]
    assert window.model.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, meeting_index)
    assert not window.model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, meeting_index)
    qtbot.waitUntil(lambda: _labels(window, meeting_id)[1] == "2 § Hallintosäännön muuttaminen", timeout=3000)
    assert [n for n, _t in _items(board_db, meeting_id)] == list(range(1, 10))
    assert _items(board_db, meeting_id)[7] == (8, "Muut asiat")


def test_edit_with_undo_and_redo_then_save(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure typing goes through the undo stack (one step per field), redo restores it, and save stores it."""
    window = make_window(qtbot, demo_db, settings, prompts)
    item_id = _item_id(demo_db, title=SEED1_START)
    window.open_item(item_id)
    editor = window.editor
    assert editor.item_id == item_id and not editor.read_only
    original = editor.title.text()
    editor.title.setFocus()
    editor.title.end(False)
    type_text(editor.title, " – Sámi: čđŋ, äö")
    assert editor.title.text() == original + " – Sámi: čđŋ, äö"
    type_text(editor.proposal, "Lisäys.")
    assert editor.dirty and window.named_actions["save"].isEnabled()
    assert editor.undo_stack.count() == 2

    window.named_actions["undo"].trigger()
    assert editor.proposal.toPlainText().endswith("Lisäys.") is False
    window.named_actions["undo"].trigger()
    assert editor.title.text() == original
    assert not editor.dirty
    window.named_actions["redo"].trigger()
    assert editor.title.text() == original + " – Sámi: čđŋ, äö"

    editor.diary_number.setText("")
    type_text(editor.diary_number, "12/02.05.00/2025")
    window.named_actions["save"].trigger()
    assert not editor.dirty and editor.undo_stack.isClean()
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        assert item.title == original + " – Sámi: čđŋ, äö"
        assert item.dnro_year == 2025
    label = window.model.item_node(item_id).label  # type: ignore[union-attr]
    assert label.endswith("čđŋ, äö")


def test_the_swedish_texts_are_edited_on_their_own_tab_with_undo(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the § 's Swedish texts (revision 0007) are written on the tab Ruotsiksi, go through the undo stack and
    are saved; on checked minutes they are read-only like the Finnish ones."""
    window = make_window(qtbot, demo_db, settings, prompts)
    item_id = _item_id(demo_db, title=SEED1_START)
    window.open_item(item_id)
    editor = window.editor
    editor.show_field("background_sv")
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Ruotsiksi"
    assert editor.tabs.currentWidget().isAncestorOf(editor.title_sv)
    type_text(editor.title_sv, "Samarbetsprotokoll")
    type_text(editor.background_sv, "Bakgrund på svenska.")
    type_text(editor.decision_sv, "Nämnden godkände.")
    assert editor.undo_stack.count() == 3
    window.named_actions["undo"].trigger()
    assert editor.decision_sv.toPlainText() == ""
    window.named_actions["save"].trigger()
    assert not editor.dirty
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        assert (item.title_sv, item.background_sv, item.decision_sv) == (
            "Samarbetsprotokoll",
            "Bakgrund på svenska.",
            "",
        )
    window.open_item(_item_id(demo_db, diary_number="77/00.04.01/2023"))
    assert editor.read_only
    assert all(widget.isReadOnly() for widget in (editor.background_sv, editor.proposal_sv, editor.decision_sv))
    assert editor.tabs.isTabVisible(editor.swedish_tab)

    # A Swedish-speaking organisation writes its texts in the usual fields: the tab shows only for a § that has
    # Swedish texts already.
    from db.enums import Language

    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        item.body.organisation.language = Language.SWEDISH
        other = next(each.id for each in item.meeting.items if each.id != item_id and not each.title_sv)
    window.open_item(other)
    assert not editor.tabs.isTabVisible(editor.swedish_tab)
    window.open_item(item_id)
    assert editor.tabs.isTabVisible(editor.swedish_tab)


def test_an_appeal_route_chosen_by_hand_needs_its_reason(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure the editor saves a hand-chosen appeal route only with its reason (core.appeal's rule), and that
    returning to the engine's choice clears the reason."""
    from db.enums import AppealRoute

    window = make_window(qtbot, demo_db, settings, prompts)
    item_id = _item_id(demo_db, title=SEED1_START)
    window.open_item(item_id)
    editor = window.editor
    combo = editor.appeal_route_override
    combo.setCurrentIndex(combo.findData(AppealRoute.PROHIBITION.value))
    assert editor.value("appeal_route_override") == AppealRoute.PROHIBITION.value
    window.named_actions["save"].trigger()
    assert editor.dirty and "Kirjoita perustelu" in shown_errors[-1][1] and not shown_errors[-1][2]
    with demo_db.begin() as session:
        assert session.get(Item, item_id).appeal_route_override is None  # type: ignore[union-attr]
    type_text(editor.appeal_route_reason, "Valmisteleva päätös (KuntaL 136 §).")
    window.named_actions["save"].trigger()
    assert not editor.dirty
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.appeal_route_override == AppealRoute.PROHIBITION
        assert item.appeal_route_reason == "Valmisteleva päätös (KuntaL 136 §)."
    combo.setCurrentIndex(combo.findData(None))
    window.named_actions["save"].trigger()
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and (item.appeal_route_override, item.appeal_route_reason) == (None, "")


def test_sending_the_excerpts_of_checked_minutes_starts_the_parties_periods(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure Kokous → Otteiden lähettäminen records when and how each excerpt went out (checked minutes too), the
    details panel shows each party's own period from it, and a day before the meeting is refused."""
    from dataclasses import replace

    from db.enums import DeliveryMethod

    window = make_window(qtbot, demo_db, settings, prompts)
    with demo_db.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.section_number == 100))
    assert item_id is not None
    window.open_item(item_id)
    assert window.editor.read_only and window.named_actions["record_sending"].isEnabled()
    prompts.sending = None
    window.named_actions["record_sending"].trigger()  # cancelled
    rows = prompts.sending_asked
    assert [(r.name, r.is_party, r.sent) for r in rows] == [("Päijät-Hämeen kunnat", True, None),
                                                             ("Päijät-Hämeen hyvinvointialue", True, None)]
    prompts.sending = [replace(rows[0], sent=dt.date(2020, 1, 1), method=DeliveryMethod.LETTER), rows[1]]
    window.named_actions["record_sending"].trigger()
    assert "ennen kokousta" in shown_errors[-1][1]
    prompts.sending = [replace(rows[0], sent=dt.date(2025, 10, 20), method=DeliveryMethod.LETTER),
                       replace(rows[1], sent=dt.date(2025, 10, 20), method=DeliveryMethod.REGISTERED,
                               received=dt.date(2025, 10, 23))]  # fmt: skip
    window.named_actions["record_sending"].trigger()
    text = window.details.browser.toPlainText()
    assert "Päijät-Hämeen kunnat: tiedoksi 27.10.2025" in text  # a letter: the 7th day
    assert "Päijät-Hämeen hyvinvointialue: tiedoksi 23.10.2025" in text  # against a receipt: the day received
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.meeting.state.is_locked
        assert [(r.sent_date, r.received_date) for r in item.recipients] == [
            (dt.date(2025, 10, 20), None), (dt.date(2025, 10, 20), dt.date(2025, 10, 23))]


def test_a_recipient_is_marked_a_party_or_only_informed(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the editor's "Asianosainen" box is saved, and the sending dialog asks the received day only when the
    method needs it."""
    from db.enums import DeliveryMethod
    from db.models import Recipient
    from gui.dialogs import Sending, SendingDialog

    window = make_window(qtbot, demo_db, settings, prompts)
    with demo_db.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.section_number == 62))
    assert item_id is not None
    window.open_item(item_id)
    table = window.editor.recipients
    assert [table.item(r, 2).checkState() == Qt.CheckState.Checked for r in range(table.rowCount())] == [False, True]
    table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    assert window.editor.dirty
    window.named_actions["save"].trigger()
    with demo_db.begin() as session:
        assert session.scalar(select(Recipient.is_party).where(Recipient.name == "Kunnanhallitus")) is True
    dialog = SendingDialog("Otteet", [Sending(1, "Kunnanhallitus", True, None, None, None)])
    qtbot.addWidget(dialog)
    assert not dialog.received[0].isEnabled()
    dialog.method[0].setCurrentIndex(dialog.method[0].findData(DeliveryMethod.REGISTERED.value))
    assert dialog.received[0].isEnabled() and dialog.sent[0].date() == QDate.currentDate()  # today offered
    dialog.sent[0].setDate(QDate(2025, 10, 20))
    dialog.received[0].setDate(QDate(2025, 10, 24))
    assert dialog.values() == [Sending(1, "Kunnanhallitus", True, dt.date(2025, 10, 20), DeliveryMethod.REGISTERED,
                                       dt.date(2025, 10, 24))]  # fmt: skip
    dialog.method[0].setCurrentIndex(dialog.method[0].findData(DeliveryMethod.LETTER.value))
    assert dialog.values()[0].received is None


def test_autosave_and_recovery_after_a_crash(
    qtbot: QtBot, tmp_path: Path, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure unsaved edits are autosaved as a draft and offered back when the item is opened after a crash."""
    item_id = _item_id(sqlite_demo_db, title=SEED1_START)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.editor.autosave_timer.setInterval(200)
    window.open_item(item_id)
    window.editor.background.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor.background, "\nLuonnoksen lisäys: Áilu")
    qtbot.waitUntil(lambda: window.editor._drafted is not None, timeout=3000)
    # The "crash": the window goes away without saving or closing properly.
    window.editor.autosave_timer.stop()
    window.hide()
    with sqlite_demo_db.begin() as session:
        draft = own_draft(session, item_id)
        assert draft is not None and draft.data["background"].endswith("Luonnoksen lisäys: Áilu")
        saved = session.get(Item, item_id)
        assert saved is not None and not saved.background.endswith("Áilu")

    assert sqlite_demo_db.path is not None
    reopened = open_database(sqlite_demo_db.path, user=sqlite_demo_db.user)  # her next session: her draft
    try:
        second = make_window(qtbot, reopened, settings, prompts)
        second.open_item(item_id)
        assert [kind for kind, _text in prompts.asked] == ["recover_draft"]
        assert second.editor.background.toPlainText().endswith("Luonnoksen lisäys: Áilu")
        assert second.editor.dirty
        second.named_actions["undo"].trigger()  # taking the draft back is one undoable step
        assert not second.editor.background.toPlainText().endswith("Áilu")
        second.named_actions["redo"].trigger()
        second.named_actions["save"].trigger()
        with reopened.begin() as session:
            assert own_draft(session, item_id) is None
            item = session.get(Item, item_id)
            assert item is not None and item.background.endswith("Luonnoksen lisäys: Áilu")
    finally:
        reopened.dispose()


def test_a_draft_saved_before_the_swedish_texts_keeps_them_on_recovery(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a crash draft written by an earlier version (its data has no Swedish texts: revision 0007 came
    later) is offered back without emptying the Swedish texts the § has, and saves."""
    from gui.item_editor import SWEDISH_FIELDS, item_values

    item_id = _item_id(demo_db, title=SEED1_START)
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        item.background_sv = "Bakgrund på svenska."
        session.flush()
        data = {k: v for k, v in item_values(item).items() if k not in SWEDISH_FIELDS or k == "title_sv"}
        data["background"] = item.background + "\nLuonnoksen lisäys."
        session.add(ItemDraft(item_id=item_id, data=data, base_version=item.version))
    window = make_window(qtbot, demo_db, settings, prompts)
    window.open_item(item_id)
    assert [kind for kind, _text in prompts.asked] == ["recover_draft"]
    assert window.editor.background.toPlainText().endswith("Luonnoksen lisäys.")
    assert window.editor.background_sv.toPlainText() == "Bakgrund på svenska."
    window.named_actions["save"].trigger()
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.background.endswith("Luonnoksen lisäys.")
        assert item.background_sv == "Bakgrund på svenska."


def test_declining_recovery_drops_the_draft(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a declined draft is removed and the saved text shown."""
    item_id = _item_id(sqlite_demo_db, title=SEED1_START)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(item_id)
    type_text(window.editor.title, "!")
    assert window.editor.autosave()
    window.editor.show_nothing()
    prompts.recover = False
    window.editor.load(item_id)
    assert not window.editor.dirty and not window.editor.title.text().endswith("!")
    with sqlite_demo_db.begin() as session:
        assert own_draft(session, item_id) is None


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_search_and_jump_to_the_item(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Ctrl+F opens the search, an inflected query finds the item and opening a hit selects it."""
    window = make_window(qtbot, demo_db, settings, prompts)
    window.named_actions["find"].trigger()
    assert not window.search_dock.isHidden()
    type_text(window.search.query, "yhteistyöpöytäkirjan")
    press(window.search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.operation is not None and window.search.operation.done, timeout=5000)
    model = window.search.model
    assert model.rowCount() >= 1
    titles = [model.hit(r).title for r in range(model.rowCount())]
    row = next(r for r, t in enumerate(titles) if t.startswith("Yhteistyöpöytäkirja"))
    assert "<b>" in model.index(row, 5).data(Qt.ItemDataRole.UserRole + 1)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Dnro"
    assert model.index(row, 3).data() == "77/00.04.01/2023"
    # Down in the query field goes to the results, the first one selected.
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.search.query.setFocus()
    qtbot.waitUntil(window.search.query.hasFocus, timeout=3000)
    press(window.search.query, Qt.Key.Key_Down)
    qtbot.waitUntil(window.search.view.hasFocus, timeout=3000)
    assert window.search.view.selectionModel().selectedRows()[0].row() == 0
    window.search.view.activated.emit(model.index(row, 0))
    expected = _item_id(demo_db, diary_number="77/00.04.01/2023")
    assert window.editor.item_id == expected
    node = window.current_node()
    assert node is not None and node.key == expected and node.kind == NodeKind.ITEM

    # Filters: the same query limited to another body finds nothing.
    window.search.body.setCurrentIndex(window.search.body.findText("Kunnanhallitus"))
    window.search.search()
    qtbot.waitUntil(lambda: window.search.operation is not None and window.search.operation.done, timeout=5000)
    assert model.rowCount() == 0


def test_the_search_status_tells_what_the_results_are(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the status line gives the number of matches when a full page shows fewer than matched (it said
    "200 osumaa" for 328), says that a query without words lists the newest matters, and counts a short result."""
    from db.search import SearchHits

    window = make_window(qtbot, demo_db, settings, prompts)
    window.named_actions["find"].trigger()
    panel = window.search
    page = SearchHits(range(200))  # type: ignore[arg-type]
    page.total = 328
    assert panel.status_text(page) == "328 osumaa: näytetään 200 osuvinta. Tarkenna hakua lisäämällä sana tai rajaus."
    page.total = None
    assert panel.status_text(page).startswith("Näytetään 200 osuvinta.")
    panel.query.setText('"()')
    panel.search()
    qtbot.waitUntil(lambda: panel.operation is not None and panel.operation.done, timeout=5000)
    assert panel.status.text().startswith("Ei hakusanoja: näytetään uusimmat asiat (")
    panel.query.setText("yhteistyöpöytäkirjan maakuntahallitukselle")
    panel.search()
    qtbot.waitUntil(lambda: panel.operation is not None and panel.operation.done, timeout=5000)
    assert panel.status.text() == "1 osuma"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_search_panel_is_made_when_the_dock_is_first_shown(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the start does not make the search panel; showing the dock makes it, and its filters have a meeting
    created before; a window whose saved state has the dock open makes it as it is shown."""
    from core.meetings import create_meeting

    window = make_window(qtbot, board_db, settings, prompts)
    assert window._search is None and window.search_dock.widget() is None
    with board_db.begin() as session:
        body_id = session.scalars(select(Body.id)).one()
        create_meeting(session, body_id=body_id, date=dt.date(2031, 2, 3))
    window.refresh()  # filters are refreshed after new meetings: nothing to refresh yet
    assert window._search is None
    window.show()
    qtbot.waitExposed(window)
    window.search_dock.toggleViewAction().trigger()  # Näytä > Haku
    panel = window._search
    assert panel is not None and window.search_dock.widget() is panel and panel.isVisible()
    assert panel.year.findText("2031") > 0
    assert window.search is panel  # made once
    window.save_state()

    again = make_window(qtbot, board_db, settings, prompts)
    assert again._search is None
    again.show()
    qtbot.waitUntil(lambda: again._search is not None, timeout=5000)
    assert again.search_dock.widget() is again._search


def test_search_with_too_many_matches_says_it_shows_the_newest(
    qtbot: QtBot,
    sqlite_demo_db: Database,
    settings: Settings,
    prompts: AnsweringPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure a query matching more than RANKED_AT_MOST items tells the user the newest are shown."""
    import db.search

    monkeypatch.setattr(db.search, "RANKED_AT_MOST", 2)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.named_actions["find"].trigger()
    type_text(window.search.query, "päätös")
    press(window.search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.operation is not None and window.search.operation.done, timeout=5000)
    assert window.search.model.rowCount() > 2
    assert "Yli 2 osumaa" in window.search.status.text()
    assert "viimeksi tallennettua päivämäärän mukaan" in window.search.status.text()


def test_checked_minutes_are_read_only_with_the_reason(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure an item of checked minutes cannot be edited, moved or removed, and says why."""
    window = make_window(qtbot, demo_db, settings, prompts)
    item_id = _item_id(demo_db, diary_number="77/00.04.01/2023")
    window.open_item(item_id)
    editor = window.editor
    assert editor.read_only
    assert not editor.banner.isHidden()
    assert "tarkastettu 15.10.2025" in editor.banner.text()
    assert editor.title.isReadOnly() and editor.background.isReadOnly()
    before = editor.title.text()
    type_text(editor.title, "x")
    assert editor.title.text() == before
    assert editor.undo_stack.count() == 0 and not editor.dirty
    for name in ("new_item", "remove_item", "move_up", "move_down", "move_to_meeting", "save"):
        assert not window.named_actions[name].isEnabled(), name
    assert "Vain luku" in window.state_label.text()
    with demo_db.begin() as session:
        assert own_draft(session, item_id) is None


def test_format_examples_show_only_in_fields_that_can_be_edited(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the grey Dnro example is not shown with no item open or in checked minutes (it read as a value)."""
    window = make_window(qtbot, demo_db, settings, prompts)
    editor = window.editor
    assert editor.diary_number.placeholderText() == ""  # nothing open
    with demo_db.begin() as session:
        items = session.scalars(select(Item).join(Meeting)).all()
        open_id = next(i.id for i in items if not i.meeting.state.is_locked)
        checked_id = next(i.id for i in items if i.meeting.state.is_locked)
    window.open_item(open_id)
    assert not editor.read_only
    assert editor.diary_number.placeholderText() == "77/00.04.01/2023"
    assert editor.secrecy_ground.placeholderText().startswith("JulkL")
    window.open_item(checked_id)
    assert editor.read_only
    assert editor.diary_number.placeholderText() == "" and editor.secrecy_ground.placeholderText() == ""
    editor.show_nothing()
    assert editor.diary_number.placeholderText() == ""


def test_a_preparing_item_is_linked_to_an_agreement_for_its_templates(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Kokous → Liitä sopimukseen… marks an open § as being about an agreement (a committee's proposal,
    not a party's decision), so the agreement's templates can fill it, and can take the mark away again."""
    from core.draft_context import load_context
    from db.models import Agreement

    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    with sqlite_demo_db.begin() as session:
        items = session.scalars(select(Item).join(Meeting)).all()
        item_id = next(i.id for i in items if not i.meeting.state.is_locked and i.agreement_id is None)
        locked_id = next(i.id for i in items if i.meeting.state.is_locked)
        agreement = session.scalars(select(Agreement).order_by(Agreement.id)).first()
        assert agreement is not None
        agreement_id, title = agreement.id, agreement.title
    window.open_item(locked_id)
    assert not window.named_actions["link_agreement"].isEnabled()
    window.open_item(item_id)
    action = window.named_actions["link_agreement"]
    assert action.isEnabled()

    prompts.agreement = agreement_id
    action.trigger()
    assert prompts.agreement_choices[0][0] == 0 and (agreement_id, title) in prompts.agreement_choices
    with sqlite_demo_db.begin() as session:
        assert session.get(Item, item_id).agreement_id == agreement_id  # type: ignore[union-attr]
        assert load_context(session, item_id)["agreement"].title == title
    assert window.editor.item_id == item_id and not window.editor.dirty
    assert title in window.details.browser.toPlainText()
    assert window.statusBar().currentMessage() == "Asia liitetty sopimukseen."

    prompts.agreement = 0
    action.trigger()
    with sqlite_demo_db.begin() as session:
        assert session.get(Item, item_id).agreement_id is None  # type: ignore[union-attr]
    prompts.agreement = None  # cancelled: nothing changes
    action.trigger()
    with sqlite_demo_db.begin() as session:
        assert session.get(Item, item_id).agreement_id is None  # type: ignore[union-attr]


def test_save_conflict_between_two_sessions(
    qtbot: QtBot,
    sqlite_demo_db: Database,
    settings: Settings,
    prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure the second of two concurrent saves of one field is refused with a Finnish conflict notice, not
    overwritten (tests/gui/test_pg_office.py: saves of different fields are joined)."""
    item_id = _item_id(sqlite_demo_db, title=SEED1_START)
    assert sqlite_demo_db.path is not None
    other_db = open_database(sqlite_demo_db.path, user="toinen")
    try:
        first = make_window(qtbot, sqlite_demo_db, settings, prompts)
        second_prompts = AnsweringPrompts()
        second = make_window(qtbot, other_db, settings, second_prompts)
        first.open_item(item_id)
        second.open_item(item_id)
        for editor, text in ((first.editor, " Ensimmäinen."), (second.editor, " Toinen.")):
            editor.proposal.moveCursor(QTextCursor.MoveOperation.End)
            type_text(editor.proposal, text)
        first.named_actions["save"].trigger()
        assert not first.editor.dirty and shown_errors == []
        second.named_actions["save"].trigger()
        assert shown_errors == []
        told = [text for kind, text in second_prompts.asked if kind == "information"]
        assert len(told) == 1 and "Joku muu tallensi" in told[0] and "Ensimmäinen." in told[0]
        assert second.editor.dirty
        with sqlite_demo_db.begin() as session:
            item = session.get(Item, item_id)
            assert item is not None and item.proposal.endswith("Ensimmäinen.")
    finally:
        other_db.dispose()


def test_switching_items_asks_about_unsaved_changes(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure leaving an edited item asks, and Cancel keeps the user on it."""
    window = make_window(qtbot, demo_db, settings, prompts)
    first = _item_id(demo_db, title=SEED1_START)
    other = _item_id(demo_db, title="Kokouksen avaus")
    window.open_item(first)
    type_text(window.editor.title, "?")
    prompts.save_choice = SaveChoice.CANCEL
    window.open_item(other)
    assert window.editor.item_id == first and window.editor.dirty
    prompts.save_choice = SaveChoice.DISCARD
    window.open_item(other)
    assert window.editor.item_id == other
    with demo_db.begin() as session:
        item = session.get(Item, first)
        assert item is not None and not item.title.endswith("?")


def test_window_restores_size_splitters_and_last_item(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure size, splitter widths and the last item come back in the next session."""
    window = make_window(qtbot, demo_db, settings, prompts)
    item_id = _item_id(demo_db, title=SEED1_START)
    window.open_item(item_id)
    window.resize(790, 610)  # within the offscreen screen (800 × 800), or restoring would clamp it
    window.splitter.setSizes([200, 420, 170])
    sizes = window.splitter.sizes()
    assert window.close()
    again = make_window(qtbot, demo_db, settings, prompts)
    assert (again.size().width(), again.size().height()) == (790, 610)
    assert again.splitter.sizes() == sizes
    assert again.editor.item_id == item_id


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_keyboard_shortcuts_move_the_item(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Ctrl+Up and Ctrl+Down typed in the navigator move the selected item, and in the item's text fields
    they stay the text field's own keys (moving between paragraphs), neither saving nor moving the item."""
    window = make_window(qtbot, board_db, settings, prompts)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    meeting_id = _new_meeting(window, prompts, board_db, dt.date(2026, 4, 7))
    prompts.titles = ["Tilinpäätös 2025"]
    window.named_actions["new_item"].trigger()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _labels(window, meeting_id)[3] == "4 § Tilinpäätös 2025"
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _labels(window, meeting_id)[4] == "5 § Tilinpäätös 2025"

    editor = window.editor
    for field in (editor.background, editor.title):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=3000)
        type_text(field, "Alku")
        qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert _labels(window, meeting_id)[4] == "5 § Tilinpäätös 2025"
        assert field.hasFocus() and editor.dirty  # not saved behind the secretary's back
    assert editor.title.text() == "AlkuTilinpäätös 2025"
    assert window.named_actions["move_up"].isEnabled()  # the menu still moves it
    window.named_actions["move_up"].trigger()
    assert _labels(window, meeting_id)[3] == "4 § AlkuTilinpäätös 2025"


def test_selecting_a_meeting_clears_the_item_form(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the greyed-out form does not go on showing the item that was open before (it is not the meeting's)."""
    window = make_window(qtbot, demo_db, settings, prompts)
    window.open_item(_item_id(demo_db, diary_number="77/00.04.01/2023"))
    editor = window.editor
    assert editor.title.text() and editor.background.toPlainText()
    window.tree.setCurrentIndex(window.tree.currentIndex().parent())  # the item's meeting
    qtbot.waitUntil(lambda: editor.item_id is None)
    assert not editor.tabs.isEnabled()
    assert editor.title.text() == "" and editor.background.toPlainText() == "" and editor.proposal.toPlainText() == ""
    assert editor.kind.currentIndex() == -1 and editor.preparer.currentIndex() == -1
    assert not editor.dirty and editor.undo_stack.count() == 0
    window.open_item(_item_id(demo_db, diary_number="77/00.04.01/2023"))  # and it shows the item again
    assert editor.title.text().startswith("Yhteistyöpöytäkirja")
    assert editor.kind.currentIndex() >= 0


def test_choosing_a_meeting_shows_its_details(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the details panel shows the chosen meeting (date, place, state, officers, dates, items)."""
    window = make_window(qtbot, demo_db, settings, prompts)
    window.open_item(_item_id(demo_db, diary_number="77/00.04.01/2023"))
    window.tree.setCurrentIndex(window.tree.currentIndex().parent())
    qtbot.waitUntil(lambda: "Tila:" in window.details.browser.toPlainText())
    text = window.details.browser.toPlainText()
    assert "Maakuntahallitus, kokous 9/2025" in text and "13.10.2025" in text
    assert "Tila: julkaistu" in text
    assert "Pöytäkirja tarkastettu 15.10.2025" in text
    assert "Julkaistu yleisessä tietoverkossa 16.10.2025" in text
    assert "Pöytäkirjan voi poistaa verkosta 16.10.2026" in text  # the organisation's 365 days
    assert "Henkilötiedot pois verkosta" not in text  # no § is marked as holding personal data
    assert "10 asiaa, 96–105 §" in text and "100 § Yhteistyöpöytäkirja" in text
    window.tree.setCurrentIndex(window.tree.currentIndex().parent())  # the year: nothing to show
    qtbot.waitUntil(lambda: "Ei valittua asiaa." in window.details.browser.toPlainText())


def test_about_tells_the_version_and_where_things_are(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure "Tietoja Sihteeristä" tells what support asks first: version, database, log and reports folder."""
    import importlib.metadata

    from cli.logs import crash_log_path, log_path

    window = make_window(qtbot, demo_db, settings, prompts)
    window.named_actions["about"].trigger()
    kind, text = prompts.asked[-1]
    assert kind == "information"
    assert f"Sihteeri {importlib.metadata.version('sihteeri')} — " in text
    assert f"Tietokanta: {demo_db.description}" in text and "password" not in text
    assert f"Loki: {log_path()}" in text and f"Virheraportit: {crash_log_path().parent}" in text
    assert "PySide6 " in text and "SQLAlchemy " in text


def test_a_file_is_attached_to_the_item_and_opened_from_it(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts, tmp_path: Path,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure Liitä tiedosto… saves the § 's changes first, stores the file as its last attachment and shows it
    with its file; Avaa tiedosto gives the stored bytes to the computer's program; checked minutes take none."""
    from core.demo import SEED1_TITLE

    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    editor = window.editor
    window.open_item(_item_id(sqlite_demo_db, title=SEED1_TITLE))
    qtbot.waitUntil(lambda: editor.item_id is not None)
    assert editor.attach_file_button.isEnabled() and not editor.open_file_button.isEnabled()
    prompts.attachment_path = None
    editor.attach_file_button.click()  # cancelled: nothing
    count = editor.attachments.count()
    assert prompts.asked[-1] == ("choose_attachment_file", "") and editor.attachments.count() == count
    agreement = tmp_path / "Sopimus allekirjoitettu.pdf"
    agreement.write_bytes(b"%PDF-1.4 allekirjoitettu")
    prompts.attachment_path = agreement
    editor.handling.setPlainText("Keskusteltiin.")  # an unsaved change: saved first
    editor.attach_file_button.click()
    assert not shown_errors and not editor.dirty
    with sqlite_demo_db.begin() as session:
        item = session.get(Item, editor.item_id)
        assert item is not None and item.handling == "Keskusteltiin."
        assert [a.filename for a in item.attachments][-1] == "Sopimus allekirjoitettu.pdf"
    assert editor.attachments.count() == count + 1 and editor.attachments.currentRow() == count
    assert editor.attachments.item(count).text() == "Sopimus allekirjoitettu"  # type: ignore[union-attr]
    assert editor.open_file_button.isEnabled()
    editor.open_file_button.click()
    (path, content), = prompts.opened_files
    assert path.name == "Sopimus allekirjoitettu.pdf" and content == b"%PDF-1.4 allekirjoitettu"
    editor.attachments.setCurrentRow(0)  # the demo's attachment has only a title
    assert not editor.open_file_button.isEnabled()
    prompts.attachment_path = tmp_path / "poistettu.pdf"  # gone before it was read
    editor.attach_file_button.click()
    assert shown_errors and "poistettu.pdf ei löydy" in shown_errors[-1][1]
    assert editor.attachments.count() == count + 1
    window.open_item(_item_id(sqlite_demo_db, diary_number="77/00.04.01/2023"))  # checked minutes
    qtbot.waitUntil(lambda: editor.read_only)
    assert not editor.attach_file_button.isEnabled()


def test_a_swedish_draft_goes_into_the_swedish_proposal(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure "Laadi ehdotus mallipohjasta" with a Swedish template, in a Finnish-speaking or bilingual
    organisation, fills the § 's Swedish proposal (shown on its tab) and leaves the Finnish one; in a
    Swedish-speaking organisation the proposal itself."""
    from core.drafting import proposal_field
    from db.enums import Language
    from db.models import Organisation
    from gui.actions import draft_proposal
    from gui.template_dialog import DraftProposalDialog

    assert proposal_field("fi", "sv") == proposal_field("fi-sv", "sv") == "proposal_sv"
    assert proposal_field("sv", "sv") == proposal_field("fi", "fi") == proposal_field("fi-sv", "fi") == "proposal"

    def choose_swedish(dialog: DraftProposalDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        assert dialog.target_note.text()  # says where the Swedish draft goes
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(DraftProposalDialog, "exec", choose_swedish)
    item_id = _item_id(sqlite_demo_db, title=SEED1_START)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(item_id)
    editor = window.editor
    finnish = editor.proposal.toPlainText()
    draft_proposal(window)
    drafted = editor.proposal_sv.toPlainText()
    assert drafted.strip() and drafted != finnish and editor.proposal.toPlainText() == finnish
    assert editor.tabs.currentWidget().isAncestorOf(editor.proposal_sv)
    editor.undo_stack.undo()
    assert editor.proposal_sv.toPlainText() == ""
    editor.undo_stack.redo()
    assert editor.save()
    with sqlite_demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.proposal_sv == drafted and item.proposal == finnish
        organisation = session.scalars(select(Organisation).where(Organisation.id == item.body.organisation_id)).one()
        organisation.language = Language.SWEDISH
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert not dialog.target_note.text()
    dialog.ok.click()
    assert dialog.target_field == "proposal"


def test_a_draft_is_made_of_what_the_item_editor_shows_unsaved_too(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure Laadi ehdotus mallipohjasta drafts from the item editor's values, also those not saved yet (a title
    just typed): the draft dialog's case data shows them, not the last saved ones."""
    from gui.actions import draft_proposal
    from gui.template_dialog import DraftProposalDialog

    seen: list[str] = []

    def look(dialog: DraftProposalDialog) -> int:
        seen.append(dialog._context["item"].title)
        return 0  # cancelled

    monkeypatch.setattr(DraftProposalDialog, "exec", look)
    item_id = _item_id(sqlite_demo_db, title=SEED1_START)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(item_id)
    editor = window.editor
    editor.title.selectAll()
    type_text(editor.title, "Uusi otsikko")
    assert editor.value("title") == "Uusi otsikko"  # typed, not saved
    draft_proposal(window)
    assert seen == ["Uusi otsikko"]


def test_later_meetings_show_their_new_numbers_after_an_item_is_added_or_removed(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure adding or removing a § in a meeting shows the year's later meetings with their new § numbers in the
    navigator, as stored, not the numbers they had before."""
    window = make_window(qtbot, board_db, settings, prompts)
    first = _new_meeting(window, prompts, board_db, dt.date(2026, 2, 3))
    later = _new_meeting(window, prompts, board_db, dt.date(2026, 3, 3))
    window.select_meeting(later)
    assert _labels(window, later)[0] == "8 § Kokouksen avaus"

    def numbers_shown(meeting_id: int) -> list[int]:
        return [int(label.split(" ", 1)[0]) for label in _labels(window, meeting_id)]

    window.select_meeting(first)
    prompts.titles = ["Hallintosäännön muuttaminen"]
    window.named_actions["new_item"].trigger()
    assert numbers_shown(later) == [n for n, _t in _items(board_db, later)] == list(range(9, 16))

    added = _item_id(board_db, title="Hallintosäännön muuttaminen")
    window.open_item(added)
    window.named_actions["remove_item"].trigger()
    assert numbers_shown(later) == [n for n, _t in _items(board_db, later)] == list(range(8, 15))


def test_an_item_moved_to_another_meeting_goes_before_its_closing_items(
    qtbot: QtBot, board_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Siirrä toiseen kokoukseen… puts the § before Ilmoitusasiat, Muut asiat and Kokouksen päättäminen of
    the other meeting, not after the meeting's closing."""
    window = make_window(qtbot, board_db, settings, prompts)
    first = _new_meeting(window, prompts, board_db, dt.date(2026, 2, 3))
    later = _new_meeting(window, prompts, board_db, dt.date(2026, 3, 3))
    window.select_meeting(first)
    prompts.titles = ["Talousarvion toteutuminen"]
    window.named_actions["new_item"].trigger()
    window.open_item(_item_id(board_db, title="Talousarvion toteutuminen"))
    window.named_actions["move_to_meeting"].trigger()
    titles = [t for _n, t in _items(board_db, later)]
    assert titles[4:] == ["Talousarvion toteutuminen", "Ilmoitusasiat", "Muut asiat", "Kokouksen päättäminen"]
    assert window.current_node().label == "12 § Talousarvion toteutuminen"  # type: ignore[union-attr]


def test_discarding_the_changes_asks_first(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Hylkää muutokset asks before it throws away the unsaved text, keeps it when the answer is no, and
    discards it only on yes."""
    window = make_window(qtbot, demo_db, settings, prompts)
    window.open_item(_item_id(demo_db, title=SEED1_START))
    editor = window.editor
    original = editor.background.toPlainText()
    type_text(editor.background, "Pitkä uusi kappale. ")
    prompts.confirm_answer = False
    window.named_actions["revert"].trigger()
    assert prompts.asked[-1][0] == "confirm" and "Hylättyjä muutoksia ei voi palauttaa" in prompts.asked[-1][1]
    assert editor.dirty and "Pitkä uusi kappale." in editor.background.toPlainText()
    prompts.confirm_answer = True
    window.named_actions["revert"].trigger()
    assert not editor.dirty and editor.background.toPlainText() == original


def test_a_corrected_section_shows_its_corrections_in_the_editor(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the editor of a § of checked minutes that has a correction (oikaisu) says so and shows the corrected
    text, its date, author and reason, while the fields keep the text as checked; a § without one has no notice."""
    from core.minutes import add_correction

    item_id = _item_id(demo_db, diary_number="77/00.04.01/2023")
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        checked_decision = item.decision
        add_correction(session, item_id, "Saara Sihteeri", "Kirjoitusvirhe summassa.", "decision",
                       "Lautakunta hyväksyi sopimuksen; kustannusosuus on 12 400 euroa.")  # fmt: skip
    window = make_window(qtbot, demo_db, settings, prompts)
    window.open_item(item_id)
    editor = window.editor
    banner = editor.corrections_banner
    assert editor.read_only and not banner.isHidden()
    text = banner.text()
    assert text.startswith("Pykälään on tehty oikaisu.")
    assert "Päätös (Saara Sihteeri): ”Lautakunta hyväksyi sopimuksen; kustannusosuus on 12 400 euroa.”" in text
    assert "peruste: Kirjoitusvirhe summassa." in text
    assert editor.decision.toPlainText() == checked_decision
    window.open_item(_item_id(demo_db, title=SEED1_START))
    assert banner.isHidden()


def test_unsaved_desk_text_survives_a_save_made_in_the_conduct_window(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure that when the same § is saved elsewhere (the conduct window records its decision) while the desk has
    unsaved text, the desk keeps its text, shows the stored decision, and saves without a conflict; a field changed
    in both places keeps the desk's text, and the secretary is told which."""
    from db.enums import Outcome

    window = make_window(qtbot, demo_db, settings, prompts)
    item_id = _item_id(demo_db, title=SEED1_START)
    window.open_item(item_id)
    editor = window.editor
    meeting_id = editor.meeting_id
    assert meeting_id is not None
    editor.background.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.background, " Lisäys kokouksen aikana.")
    with demo_db.begin() as session:  # as the conduct window saves the decision
        item = session.get(Item, item_id)
        assert item is not None
        item.decision, item.outcome = "Päätösehdotus hyväksyttiin.", Outcome.PASSED
    window.meeting_changed(meeting_id)  # the conduct window's notification
    assert editor.dirty and editor.background.toPlainText().endswith(" Lisäys kokouksen aikana.")
    assert editor.decision.toPlainText() == "Päätösehdotus hyväksyttiin."
    assert window.current_node() is not None and window.current_node().key == item_id  # type: ignore[union-attr]
    assert not any(kind == "information" for kind, _text in prompts.asked)
    assert editor.save()
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.background.endswith(" Lisäys kokouksen aikana.")
        assert item.decision == "Päätösehdotus hyväksyttiin." and item.outcome == Outcome.PASSED

    # The same field in both places: the desk's text stays (and replaces the other on saving), and it is said so.
    editor.decision.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.decision, " Desk.")
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        item.decision = "Päätösehdotus hyväksyttiin yksimielisesti."
    window.meeting_changed(meeting_id)
    assert editor.decision.toPlainText() == "Päätösehdotus hyväksyttiin. Desk."
    assert prompts.asked[-1][0] == "information" and "Päätös" in prompts.asked[-1][1]
    assert editor.save()
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.decision == "Päätösehdotus hyväksyttiin. Desk."

"""Two secretaries at the same time on one database: saves of the same § from two windows (each their own user)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import meetings as meeting_ops
from db.engine import Database, open_database
from db.models import Item, Meeting
from gui.main_window import MainWindow
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

settings = desk_support.settings
shown_errors = desk_support.shown_errors
pytestmark = pytest.mark.usefixtures("shown_errors")


@pytest.fixture
def office(demo_db: Database) -> Iterator[tuple[Database, Database]]:
    """The demo database opened twice, as by two secretaries on their own PCs (anna and bertta)."""
    anna = open_database(demo_db.url, user="anna")
    bertta = open_database(demo_db.url, user="bertta")
    try:
        yield anna, bertta
    finally:
        anna.dispose()
        bertta.dispose()


def _window(qtbot: QtBot, database: Database, tmp_path: Path, name: str) -> tuple[MainWindow, AnsweringPrompts]:
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    prompts = AnsweringPrompts()
    return make_window(qtbot, database, settings, prompts), prompts


def _open_items(database: Database) -> list[int]:
    """The §§ of the demo's meeting whose minutes are not checked, in order."""
    with database.begin() as session:
        meeting = next(m for m in session.scalars(select(Meeting).order_by(Meeting.date)) if not m.state.is_locked)
        return [item.id for item in meeting_ops.meeting_items(session, meeting.id)]


def _stored(database: Database, item_id: int, name: str) -> object:
    with database.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        return getattr(item, name)


def test_a_save_after_another_users_save_of_other_fields_keeps_both(
    office: tuple[Database, Database], qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a save of a § someone else saved meanwhile goes through when they changed other fields, with both."""
    anna, bertta = office
    item_id = _open_items(anna)[1]
    window_a, _ = _window(qtbot, anna, tmp_path, "anna")
    window_b, _ = _window(qtbot, bertta, tmp_path, "bertta")
    window_a.open_item(item_id)
    window_b.open_item(item_id)
    window_a.editor.set_value("proposal", "Annan päätösehdotus.", update_widget=True)
    assert window_a.editor.save()
    window_b.editor.set_value("title", "Bertan otsikko", update_widget=True)

    assert window_b.editor.save()

    assert shown_errors == []
    assert _stored(anna, item_id, "title") == "Bertan otsikko"
    assert _stored(anna, item_id, "proposal") == "Annan päätösehdotus."
    assert window_b.editor.value("proposal") == "Annan päätösehdotus."
    assert not window_b.editor.dirty


def test_a_save_after_a_renumbering_elsewhere_is_no_conflict(
    office: tuple[Database, Database], qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a § renumbered by another user's move of a § is saved, and shows its new number."""
    anna, bertta = office
    items = _open_items(anna)
    window_b, _ = _window(qtbot, bertta, tmp_path, "bertta")
    window_b.open_item(items[-1])
    window_b.editor.set_value("proposal", "Bertan ehdotus.", update_widget=True)
    meeting_id = _stored(anna, items[0], "meeting_id")
    assert isinstance(meeting_id, int)
    with anna.begin() as session:
        meeting_ops.add_item(session, meeting_id=meeting_id, title="Uusi asia", position=0)
    number = _stored(anna, items[-1], "section_number")

    assert window_b.editor.save()

    assert shown_errors == []
    assert _stored(anna, items[-1], "proposal") == "Bertan ehdotus."
    assert f"{number} §" in window_b.editor.header.text()


def test_a_save_over_the_same_field_saved_elsewhere_tells_and_keeps_both_texts(
    office: tuple[Database, Database], qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a conflicting save of one field saves nothing, keeps the user's text and shows the other's text."""
    anna, bertta = office
    item_id = _open_items(anna)[1]
    window_a, _ = _window(qtbot, anna, tmp_path, "anna")
    window_b, prompts_b = _window(qtbot, bertta, tmp_path, "bertta")
    window_a.open_item(item_id)
    window_b.open_item(item_id)
    window_a.editor.set_value("proposal", "Annan päätösehdotus.", update_widget=True)
    window_a.editor.set_value("background", "Annan taustateksti.", update_widget=True)
    assert window_a.editor.save()
    window_b.editor.set_value("proposal", "Bertan päätösehdotus.", update_widget=True)

    assert not window_b.editor.save()

    assert shown_errors == []
    told = [text for kind, text in prompts_b.asked if kind == "information"]
    assert len(told) == 1 and "”Annan päätösehdotus.”" in told[0] and "Asiaa ei vielä tallennettu" in told[0]
    assert _stored(anna, item_id, "proposal") == "Annan päätösehdotus."
    assert window_b.editor.value("proposal") == "Bertan päätösehdotus."
    assert window_b.editor.value("background") == "Annan taustateksti."
    # Saving again, knowingly, puts her text over the other's; the other's other field stays.
    assert window_b.editor.save()
    assert _stored(anna, item_id, "proposal") == "Bertan päätösehdotus."
    assert _stored(anna, item_id, "background") == "Annan taustateksti."


def test_each_user_has_her_own_draft_of_a_section(
    office: tuple[Database, Database], qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure two users editing one § autosave their own drafts: neither overwrites, deletes or is offered the
    other's, and each gets her own back."""
    anna, bertta = office
    item_id = _open_items(anna)[1]
    window_a, _ = _window(qtbot, anna, tmp_path, "anna")
    window_b, _ = _window(qtbot, bertta, tmp_path, "bertta")
    window_a.open_item(item_id)
    window_b.open_item(item_id)
    window_a.editor.set_value("proposal", "Annan keskeneräinen ehdotus.", update_widget=True)
    window_b.editor.set_value("title", "Bertan keskeneräinen otsikko", update_widget=True)
    assert window_a.editor.autosave()
    assert window_b.editor.autosave()
    # anna's colleague opens the § on a third PC: nothing of theirs is offered to her as her own.
    carla = open_database(anna.url, user="carla")
    try:
        window_c, prompts_c = _window(qtbot, carla, tmp_path, "carla")
        window_c.open_item(item_id)
        assert [kind for kind, _text in prompts_c.asked if kind == "recover_draft"] == []
        window_c.editor.show_nothing()
    finally:
        carla.dispose()
    assert window_b.editor.save()  # her save removes her own draft only
    assert shown_errors == []
    window_a.editor.show_nothing()  # anna's program "closed without saving"; she opens the § again
    again, prompts_again = _window(qtbot, anna, tmp_path, "anna2")
    again.open_item(item_id)
    assert [kind for kind, _text in prompts_again.asked] == ["recover_draft"]
    assert again.editor.value("proposal") == "Annan keskeneräinen ehdotus."
    assert again.editor.value("title") == "Bertan keskeneräinen otsikko"  # bertta's saved title, not a draft


def test_a_section_removed_by_another_user_is_said_so_and_can_be_left(
    office: tuple[Database, Database], qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure editing a § another user removed tells so at autosave and save, keeps the text shown, and lets the
    user discard it."""
    anna, bertta = office
    item_id = _open_items(anna)[-2]
    window_b, _ = _window(qtbot, bertta, tmp_path, "bertta")
    window_b.open_item(item_id)
    title = window_b.editor.value("title")
    window_b.editor.set_value("proposal", "Bertan ehdotus.", update_widget=True)
    with anna.begin() as session:
        meeting_ops.remove_item(session, item_id=item_id)

    assert not window_b.editor.autosave()
    assert not window_b.editor.save()

    assert len(shown_errors) == 2
    for _title, text, is_bug in shown_errors:
        assert not is_bug
        assert f"Joku muu on poistanut asian ”{title}”" in text and "Hylkää muutokset" in text
    assert window_b.editor.value("proposal") == "Bertan ehdotus."
    window_b.revert()  # Tiedosto → Hylkää muutokset
    assert window_b.editor.item_id is None
    assert len(shown_errors) == 2


def test_a_decision_of_the_meeting_conduct_is_saved_after_a_renumbering_elsewhere(
    office: tuple[Database, Database], qtbot: QtBot, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure the meeting conduct saves a decision of a § another user's added § renumbered meanwhile, and still
    refuses one whose decision another user saved meanwhile."""
    from gui.conduct import ItemPanel

    anna, bertta = office
    items = _open_items(anna)
    meeting_id = _stored(anna, items[0], "meeting_id")
    assert isinstance(meeting_id, int)
    panel = ItemPanel(bertta)
    qtbot.addWidget(panel)
    panel.show_item(items[5])
    panel.decision.setPlainText("Bertan päätös.")
    with anna.begin() as session:
        meeting_ops.add_item(session, meeting_id=meeting_id, title="Lisäasia", position=1)

    assert panel.save_decision()

    assert shown_errors == []
    assert _stored(anna, items[5], "decision") == "Bertan päätös."
    panel.decision.setPlainText("Bertan toinen päätös.")
    with anna.begin() as session:
        item = session.get(Item, items[5])
        assert item is not None
        item.decision = "Annan päätös."
    assert not panel.save_decision()
    assert [title for title, _text, _bug in shown_errors] == ["Tallennusristiriita"]
    assert _stored(anna, items[5], "decision") == "Annan päätös."


def test_settings_stored_by_two_users_keep_each_others_organisation_fields(
    office: tuple[Database, Database],
    qtbot: QtBot,
    settings: Settings,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure the settings dialog stores only the organisation's fields changed in it: another user's change of
    other fields, stored while it was open, stays."""
    from core.organisation import organisation_details
    from gui.settings import SettingsDialog

    anna, bertta = office
    dialogs = []
    for database in (anna, bertta):
        dialog = SettingsDialog(settings, None, database)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
    form_a, form_b = (dialog.organisation for dialog in dialogs)
    assert form_a is not None and form_b is not None
    form_a.email.setText("kirjaamo.uusi@hartola.fi")
    dialogs[0].accept()
    form_b.genitive.setText("Hartolan kunnan (korjattu)")
    dialogs[1].accept()

    assert shown_errors == []
    with anna.begin() as session:
        stored = organisation_details(session)
    assert stored.registry_email == "kirjaamo.uusi@hartola.fi"
    assert stored.name_genitive == "Hartolan kunnan (korjattu)"

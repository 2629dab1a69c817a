"""Publishing from the window as a reviewer found it: the correction of a public title, no web publication of
changed minutes, Finnish reasons of a failed save and the Swedish § numbers of the removal list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.printing import DocumentFormat, DocumentKind, DocumentRequest
from db.engine import Database
from db.models import Correction, Item
from gui import errors
from gui.conduct import MeetingConductWidget
from gui.conduct_dialogs import CorrectionDialog
from tests.core.test_publishing_review import Checked, _tamper, checked

__all__ = ["checked"]  # the fixture, shared with the core tests

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Shown = list[tuple[str, str, bool]]


@pytest.fixture
def shown() -> Iterator[Shown]:
    seen: Shown = []
    errors.set_presenter(lambda _parent, title, message, is_bug: seen.append((title, message, is_bug)))
    yield seen
    errors.set_presenter(None)


def test_the_correction_dialog_offers_the_public_title(
    qtbot: QtBot, demo_db: Database, checked: Checked, shown: Shown
) -> None:
    """Ensure a § of checked minutes can be corrected in its public title from the conduct view: the dialog
    offers "Julkaistava otsikko", shows the checked public title and saves the correction."""
    widget = MeetingConductWidget(demo_db, checked.meeting_id)
    qtbot.addWidget(widget)
    widget.select_item(checked.secret_id)
    dialog = widget.panel.open_correction_dialog()
    assert isinstance(dialog, CorrectionDialog)
    index = dialog.field.findData("public_title")
    assert index >= 0 and dialog.field.itemText(index) == "Julkaistava otsikko"
    assert dialog.field.findData("public_title_sv") >= 0
    dialog.field.setCurrentIndex(index)
    assert dialog.old_text.toPlainText() == "Asiakasmaksun alentaminen"
    dialog.new_text.setPlainText("Maksuasia")
    dialog.reason.setText("Otsikosta näki asiakkaan.")
    dialog.author.setText("Minna Salo")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert shown == []
    with demo_db.session() as session:
        correction = session.scalars(select(Correction)).one()
        assert (correction.field, correction.old_text, correction.new_text) == (
            "public_title",
            "Asiakasmaksun alentaminen",
            "Maksuasia",
        )
        item = session.get(Item, checked.secret_id)
        assert item is not None and item.public_title == "Asiakasmaksun alentaminen"


@pytest.mark.parametrize("form", [DocumentFormat.PDF, DocumentFormat.HTML])
def test_the_publish_dialog_does_not_save_minutes_changed_after_checking(
    qtbot: QtBot,
    demo_db: Database,
    checked: Checked,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    form: DocumentFormat,
) -> None:
    """Ensure Verkkojulkaisu… writes no page or PDF of checked minutes changed after their checking and says why,
    as the archival copy does."""
    from gui import publish_dialog

    target = tmp_path / ("verkko.html" if form == DocumentFormat.HTML else "verkko.pdf")
    monkeypatch.setattr(publish_dialog, "ask_save_path", lambda *_args: target)
    _tamper(demo_db, checked.personal_id)
    request = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, format=form)
    operation = publish_dialog.save_published(None, demo_db, request)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert not target.exists()
    assert len(shown) == 1
    assert "muuttunut tarkastuksen jälkeen" in shown[0][1] and "Verkkojulkaisua ei tehty." in shown[0][1]


def test_a_document_saved_to_a_missing_folder_says_so_in_finnish(qtbot: QtBot, tmp_path: Path, shown: Shown) -> None:
    """Ensure the print preview's save into a folder that does not exist shows the folder as missing, in Finnish,
    under the title "Tiedostoa ei voitu tallentaa"."""
    from core.printing.files import FileNotSaved
    from gui.print_preview import save_document_file

    missing = tmp_path / "ei_ole"
    with pytest.raises(FileNotSaved) as failed:
        save_document_file(b"%PDF-1.4", missing / "ote.pdf")
    errors.show_error(None, failed.value)
    assert shown == [
        (
            "Tiedostoa ei voitu tallentaa",
            f"Tiedostoa {missing / 'ote.pdf'} ei voitu tallentaa: kansiota {missing} ei ole.",
            False,
        )
    ]


def test_the_removal_list_numbers_sections_the_swedish_way(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, checked: Checked
) -> None:
    """Ensure the Swedish removal list writes "personuppgifter: § 63", not "63 §"."""
    from core.minutes import set_publication_marks
    from gui.i18n import install_translations, remove_translations
    from gui.online_dialog import OnlineRemovalsDialog

    with demo_db.begin() as session:
        set_publication_marks(session, checked.secret_id, has_personal_data=True)  # 63 §, rectification route
    installed = install_translations(qapp, "sv")
    try:
        dialog = OnlineRemovalsDialog(demo_db, today=dt.date(2025, 10, 24))
        qtbot.addWidget(dialog)
        texts = [row[2] for row in dialog.rows()]
    finally:
        remove_translations(qapp, installed)
    assert "personuppgifter: § 63" in texts
    assert not [text for text in texts if text.endswith("§")]

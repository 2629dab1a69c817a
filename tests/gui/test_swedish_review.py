"""A Swedish window, as the secretary of a bilingual or Swedish-speaking municipality sees it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import ClassificationCode, Item, Meeting
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, type_text

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = [pytest.mark.usefixtures("shown_errors"), pytest.mark.qt_log_ignore("propagateSizeHints")]

WAIT = 10_000


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    """The Swedish translations installed for one test."""
    from gui.i18n import install_translations, remove_translations

    installed = install_translations(qapp, "sv")
    yield
    remove_translations(qapp, installed)


def _item(database: Database, section: int, meeting_number: int) -> int:
    with database.begin() as session:
        item_id = session.scalar(
            select(Item.id).join(Meeting).where(Item.section_number == section, Meeting.number == meeting_number)
        )
    assert item_id is not None
    return item_id


@pytest.mark.usefixtures("swedish")
def test_a_swedish_window_writes_the_section_sign_before_the_number(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a Swedish window writes a § as Finland-Swedish does ("§ 62", as its printouts do), not the Finnish
    "62 §": in the navigator (also after a save), the editor's header, the meeting's summary, the conduct window's
    list and chosen §, and the agreement matrix."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    item_id = _item(sqlite_demo_db, 62, 7)
    window.open_item(item_id)
    assert "<b>§ 62 " in window.editor.header.text() and "62 §" not in window.editor.header.text()
    node = window.model.item_node(item_id)
    assert node is not None and node.label.startswith("§ 62 Päijät-Hämeen")
    window.editor.title.setFocus()
    window.editor.title.end(False)
    type_text(window.editor.title, " (ändrad)")
    window.named_actions["save"].trigger()
    assert not window.editor.dirty
    node = window.model.item_node(item_id)
    assert node is not None and node.label.startswith("§ 62 ") and node.label.endswith(" (ändrad)")
    assert node.label.count("§") == 1

    from gui.details_panel import gather_meeting_details

    with sqlite_demo_db.begin() as session:
        meeting_id = session.scalars(select(Item.meeting_id).where(Item.id == item_id)).one()
    assert "§ 62 Päijät-Hämeen" in " ".join(gather_meeting_details(sqlite_demo_db, meeting_id).items)

    from gui.conduct import MeetingConductWidget

    conduct = MeetingConductWidget(sqlite_demo_db, meeting_id)
    qtbot.addWidget(conduct)
    model = conduct.sections_model
    assert model.data(model.index(0, model.SECTION)) == "§ 58"
    conduct.select_item(item_id)
    assert conduct.panel.title.text().startswith("§ 62  ")

    from gui.agreement_matrix import SECTION
    from gui.agreements import AgreementRegisterWindow

    register = AgreementRegisterWindow(sqlite_demo_db)
    qtbot.addWidget(register)
    qtbot.waitUntil(lambda: register.current is not None, timeout=WAIT)
    row = next(r for r, view in enumerate(register.list_model.views) if "Yhteistyöpöytäkirja" in view.title)
    with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
        register.register_view.selectRow(row)
    matrix = register.matrix_model
    shown = [matrix.data(matrix.index(r, SECTION), Qt.ItemDataRole.DisplayRole) for r in range(matrix.rowCount())]
    assert "§ 100" in shown and not [text for text in shown if text and text.endswith("§")]
    from gui import operations

    qtbot.waitUntil(lambda: not operations._running, timeout=WAIT)


def test_a_finnish_window_keeps_the_finnish_section_form(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the Finnish window still writes "62 §" and the bodies' Finnish names."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    item_id = _item(sqlite_demo_db, 62, 7)
    window.open_item(item_id)
    assert "<b>62 § " in window.editor.header.text()
    assert "Hyvinvointilautakunta, kokous 7/2025" in window.editor.header.text()
    node = window.model.item_node(item_id)
    assert node is not None and node.label.startswith("62 § Päijät-Hämeen")


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


@pytest.mark.usefixtures("swedish")
def test_a_swedish_window_names_classes_and_titles_in_swedish(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the editor of a Swedish window offers the task classes by their Swedish names and the preparers and
    presenters with their Swedish titles, where the settings give them (the Finnish ones were shown), and that the
    chosen class is still stored by its code."""
    with sqlite_demo_db.begin() as session:
        session.add(ClassificationCode(code="12.00.02", title="Varhaiskasvatus", title_sv=""))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    item_id = _item(sqlite_demo_db, 63, 7)
    window.open_item(item_id)
    editor = window.editor
    classes = _texts(editor.classification)
    assert "00 Förvaltningsärenden" in classes and "12 Undervisnings- och bildningsväsendet" in classes
    assert "00 Hallintoasiat" not in classes
    assert "12.00.02 Varhaiskasvatus" in classes  # no Swedish name given: the Finnish one
    assert "Hanna Koskinen, bildningsdirektör" in _texts(editor.preparer)
    assert "Hanna Koskinen, bildningsdirektör" in _texts(editor.presenter)
    editor.classification.setCurrentIndex(classes.index("12 Undervisnings- och bildningsväsendet"))
    window.named_actions["save"].trigger()
    with sqlite_demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.classification_code == "12"


def test_a_finnish_window_names_classes_and_titles_in_finnish(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the Finnish window keeps the Finnish names of the classes and the Finnish titles."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(_item(sqlite_demo_db, 63, 7))
    assert "00 Hallintoasiat" in _texts(window.editor.classification)
    assert "Hanna Koskinen, sivistysjohtaja" in _texts(window.editor.preparer)


def test_the_agreement_register_prints_the_status_in_the_documents_language(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts, tmp_path: Path
) -> None:
    """Ensure the register opened from the main window prints the approval status in the language chosen under
    Tulosteet (Asiakirjat ruotsiksi), as every other printout; it was always Finnish."""
    from gui import operations
    from gui.actions import open_agreements
    from gui.agreements import AgreementRegisterWindow
    from tests.core.printing_support import read_pdf

    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.named_actions["documents_sv"].setChecked(True)
    register = open_agreements(window)
    assert isinstance(register, AgreementRegisterWindow)
    qtbot.waitUntil(lambda: register.current is not None, timeout=WAIT)
    path = tmp_path / "lage.pdf"
    register.print_status_to(path)
    qtbot.waitUntil(lambda: path.exists() and not operations._running, timeout=WAIT)
    printed = read_pdf(path.read_bytes())
    assert "Avtalets godkännandeläge" in printed.body and "Sopimuksen hyväksymistilanne" not in printed.body
    register.close()

    window.named_actions["documents_fi"].setChecked(True)
    register = open_agreements(window)
    assert isinstance(register, AgreementRegisterWindow)
    qtbot.waitUntil(lambda: register.current is not None, timeout=WAIT)
    finnish = tmp_path / "tilanne.pdf"
    register.print_status_to(finnish)
    qtbot.waitUntil(lambda: finnish.exists() and not operations._running, timeout=WAIT)
    assert "Sopimuksen hyväksymistilanne" in read_pdf(finnish.read_bytes()).body
    register.close()


def test_the_own_excerpt_from_the_agreement_register_follows_the_documents_language(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts, tmp_path: Path
) -> None:
    """Ensure the excerpt of the organisation's own decision saved from the agreement register is a Swedish
    protokollsutdrag when the documents are Swedish; it was always the Finnish pöytäkirjanote."""
    from db.enums import AgreementKind
    from db.models import Agreement
    from gui import operations
    from gui.actions import open_agreements
    from gui.agreements import AgreementRegisterWindow
    from tests.core.printing_support import read_pdf

    with sqlite_demo_db.begin() as session:
        protocol = session.scalar(select(Agreement.id).where(Agreement.kind == AgreementKind.COOPERATION_PROTOCOL))
    assert protocol is not None
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.named_actions["documents_sv"].setChecked(True)
    register = open_agreements(window)
    assert isinstance(register, AgreementRegisterWindow)
    with qtbot.waitSignal(register.detail_loaded, timeout=WAIT):
        register.select_agreement(protocol)
    path = tmp_path / "utdrag.pdf"
    register.save_own_excerpt_to(path)
    qtbot.waitUntil(lambda: path.exists() and not operations._running, timeout=WAIT)
    printed = read_pdf(path.read_bytes())
    assert "PROTOKOLLSUTDRAG" in printed.text and "§ 100" in printed.text
    assert "PÖYTÄKIRJANOTE" not in printed.text
    register.close()


@pytest.mark.usefixtures("swedish")
def test_a_message_naming_a_section_writes_it_the_swedish_way(sqlite_demo_db: Database) -> None:
    """Ensure an error from core/ that names a § shows it in a Swedish window as "§ 62" ("… kan ges ur § 62"), not
    "62 §", while the Finnish text (for logs) keeps "62 §"."""
    from core.printing import DocumentKind, DocumentRequest, render_in_session
    from db.errors import UserError
    from gui.i18n import localized

    item_id = _item(sqlite_demo_db, 62, 7)
    with sqlite_demo_db.begin() as session:
        meeting_id = session.scalars(select(Item.meeting_id).where(Item.id == item_id)).one()
        request = DocumentRequest(DocumentKind.EXCERPT, meeting_id=meeting_id, item_ids=(item_id,), language="sv")
        with pytest.raises(UserError) as refused:
            render_in_session(session, request)
    assert "pykälästä 62 § ei voi" in refused.value.message
    shown = localized(refused.value.message)
    assert "inget protokollsutdrag kan ges ur § 62." in shown and "62 §" not in shown


@pytest.mark.usefixtures("swedish")
def test_a_swedish_window_names_bodies_by_their_swedish_names(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a Swedish window shows a body and its organisation by the Swedish names the settings give
    (Välfärdsnämnden — Hartola) in the navigator, the editor's header, the details panel and the conduct window;
    the Finnish names were shown."""
    from gui.conduct import MeetingConductWidget
    from gui.details_panel import gather_details

    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    root = window.model.index(0, 0).parent()
    labels = [window.model.index(row, 0, root).data() for row in range(window.model.rowCount(root))]
    assert "Välfärdsnämnden — Hartola" in labels and "Landskapsstyrelsen — Päijänne-Tavastlands förbund" in labels
    assert "Kommunfullmäktige — Hartola" in labels and not [label for label in labels if "Hartolan kunta" in label]
    item_id = _item(sqlite_demo_db, 62, 7)
    window.open_item(item_id)
    assert "Välfärdsnämnden, möte 7/2025, 21.10.2025" in window.editor.header.text()
    assert gather_details(sqlite_demo_db, item_id).meeting[0] == "Välfärdsnämnden, möte 7/2025, 21.10.2025"
    with sqlite_demo_db.begin() as session:
        meeting_id = session.scalars(select(Item.meeting_id).where(Item.id == item_id)).one()
    conduct = MeetingConductWidget(sqlite_demo_db, meeting_id)
    qtbot.addWidget(conduct)
    assert "Välfärdsnämnden 7/2025, 21.10.2025" in [label.text() for label in conduct.findChildren(QLabel)]


@pytest.mark.usefixtures("swedish")
def test_the_details_panel_names_the_appeal_authority_in_swedish(sqlite_demo_db: Database) -> None:
    """Ensure the details panel of a Swedish window names the body a rectification request goes to by its Swedish
    name ("Till vem: Landskapsstyrelsen"), as the Swedish appeal instruction does; the Finnish name was shown."""
    from gui.details_panel import gather_details

    with sqlite_demo_db.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.diary_number == "77/00.04.01/2023"))
    assert item_id is not None
    route = gather_details(sqlite_demo_db, item_id, today=dt.date(2025, 10, 20)).route
    assert "Till vem: Landskapsstyrelsen" in route and "Till vem: Maakuntahallitus" not in route

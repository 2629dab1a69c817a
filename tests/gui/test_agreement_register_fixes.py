"""The agreement register: a linked § read-only and awaiting its checked minutes, a typed deciding body, cost
shares per year, explanations for agreements without (required) parties, the dialog keeping what was typed, and
reminders in the interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.agreement_editing import CostLineInput, add_party, create_agreement, set_cost_items
from core.agreements import link_local_decision
from core.meetings import add_item, create_meeting
from core.minutes import set_decision
from db.engine import Database
from db.enums import AgreementKind, CostSplitBasis, ItemKind, Outcome
from db.models import Agreement, Organisation
from gui import errors
from gui.agreement_matrix import BODY, POPULATION, STATE, ApprovalMatrixModel
from gui.agreements import AgreementRegisterWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date(2025, 12, 20)
WAIT = 15_000


@pytest.fixture
def shown() -> Iterator[list[tuple[str, str, bool]]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


def _open(qtbot: QtBot, database: Database, title_part: str) -> AgreementRegisterWindow:
    from gui import operations

    win = AgreementRegisterWindow(database, today=lambda: TODAY)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.current is not None, timeout=WAIT)
    row = next(r for r, v in enumerate(win.list_model.views) if title_part in v.title)
    if title_part not in win.current.title:  # type: ignore[union-attr]
        with qtbot.waitSignal(win.detail_loaded, timeout=WAIT):
            win.register_view.selectRow(row)
    qtbot.waitUntil(lambda: not operations._running, timeout=WAIT)
    return win


def _row(model: ApprovalMatrixModel, name: str) -> int:
    return next(r for r, p in enumerate(model.rows) if p.name == name)


def _link_a_draft_approval(database: Database) -> int:
    """Link a new § of Hartola's Kunnanhallitus, approved in minutes not yet checked, as Hartola's decision on the
    education agreement; the § 's id."""
    with database.begin() as s:
        education = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_AGREEMENT))
        assert education is not None
        hartola = next(p for p in education.parties if p.organisation.name == "Hartolan kunta")
        board = next(b for b in hartola.organisation.bodies if b.name == "Kunnanhallitus")
        meeting = create_meeting(s, body_id=board.id, date=dt.date(2025, 12, 8))
        item = add_item(
            s, meeting_id=meeting.id, title="Sivistyspalveluiden yhteistoimintasopimus", kind=ItemKind.AGREEMENT
        )
        set_decision(s, item.id, outcome=Outcome.PASSED)
        link_local_decision(s, party_id=hartola.id, item_id=item.id)
        return item.id


def test_a_linked_section_in_draft_minutes_awaits_the_check(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure a party whose linked § has an outcome in unchecked minutes shows "käsitelty, pöytäkirja
    tarkastamatta", is not approved and its state cannot be typed over."""
    _link_a_draft_approval(sqlite_demo_db)
    window = _open(qtbot, sqlite_demo_db, "sivistyspalveluiden")
    model = window.matrix_model
    index = model.index(_row(model, "Hartolan kunta"), STATE)
    assert model.data(index) == "Käsitelty, pöytäkirja tarkastamatta"
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "tarkastettu" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Hartolan kunta" in window.missing_label.text()


def test_typing_the_deciding_body_shows_it(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure typing "Kunnanvaltuusto" as Hartola's deciding body shows it after the save (not the body set before)."""
    window = _open(qtbot, sqlite_demo_db, "sivistyspalveluiden")
    model = window.matrix_model
    row = _row(model, "Hartolan kunta")
    assert model.data(model.index(row, BODY)) == "Kunnanhallitus"
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        assert model.setData(model.index(row, BODY), "Kunnanvaltuusto")
    assert model.data(model.index(_row(model, "Hartolan kunta"), BODY)) == "Kunnanvaltuusto"


def test_population_from_the_organisation_is_shown_apart(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure a population taken from the organisation's own data (which clearing the cell cannot remove) is
    italic with a tooltip saying so, and an entered figure is not."""
    day = dt.date(2024, 12, 31)
    with sqlite_demo_db.begin() as s:
        hartola = s.scalar(select(Organisation).where(Organisation.name == "Hartolan kunta"))
        assert hartola is not None
        for figure in [f for f in hartola.populations if f.reference_date == day]:
            hartola.populations.remove(figure)
            s.delete(figure)
        hartola.population, hartola.population_date = 2482, day
    window = _open(qtbot, sqlite_demo_db, "sivistyspalveluiden")
    model = window.matrix_model
    fallback = [r for r, p in enumerate(model.rows) if p.population_from_organisation]
    entered = [r for r, p in enumerate(model.rows) if p.population is not None and not p.population_from_organisation]
    assert [model.rows[r].name for r in fallback] == ["Hartolan kunta"]
    font = model.data(model.index(fallback[0], POPULATION), Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()
    assert "perustiedoista" in model.data(model.index(fallback[0], POPULATION), Qt.ItemDataRole.ToolTipRole)
    if entered:
        assert model.data(model.index(entered[0], POPULATION), Qt.ItemDataRole.FontRole) is None


def test_one_year_cost_items_are_shown_per_year(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure one-year items are headed with their year and shown one year at a time with that year's total."""
    with sqlite_demo_db.begin() as s:
        agreement = create_agreement(
            s,
            title="AAA Hankintasopimus",
            kind=AgreementKind.OTHER,
            cost_split=CostSplitBasis.EQUAL,
            term_start=dt.date(2026, 1, 1),
            term_end=dt.date(2027, 12, 31),
        )
        for name in ("Sysmä", "Padasjoki"):
            organisation_id = s.scalar(select(Organisation.id).where(Organisation.name == name))
            assert organisation_id is not None
            add_party(s, agreement_id=agreement.id, organisation_id=organisation_id)
        set_cost_items(
            s,
            agreement_id=agreement.id,
            lines=[
                CostLineInput("Palkat", "1 000"),
                CostLineInput("Hankinta", "100", 2026),
                CostLineInput("Hankinta", "200", 2027),
            ],
        )
    window = _open(qtbot, sqlite_demo_db, "AAA Hankintasopimus")
    model = window.cost_model
    assert not window.cost_year_combo.isHidden()
    assert [window.cost_year_combo.itemText(i) for i in range(window.cost_year_combo.count())] == ["2026", "2027"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:] == ["Palkat", "Hankinta 2026", "Vuodessa"]
    assert model.data(model.index(2, 5)) == "1\u00a0100,00 €"
    window.cost_year_combo.setCurrentIndex(1)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Hankinta 2027"
    assert model.data(model.index(2, 5)) == "1\u00a0200,00 €"


def test_no_parties_or_none_required_is_said(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure an agreement without parties does not claim every required approval is there."""
    with sqlite_demo_db.begin() as s:
        create_agreement(s, title="AAA ilman osapuolia", kind=AgreementKind.OTHER, term_start=dt.date(2027, 1, 1))
    window = _open(qtbot, sqlite_demo_db, "AAA ilman osapuolia")
    assert window.missing_label.text().startswith("Sopimuksella ei ole vielä osapuolia")


def test_agreement_dialog_keeps_a_cost_row_without_description(
    qtbot: QtBot, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure a cost row with an amount but no description keeps the dialog open with what was typed."""
    from gui.agreement_edit import AgreementDialog, AgreementForm

    dialog = AgreementDialog(AgreementForm(), {1: "Lahti"})
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Kirjastoyhteistyö")
    dialog._add_cost_row("Kirjastojärjestelmä", "45 000", "")
    dialog._add_cost_row("", "12 000", "")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert shown[-1][1] == "Kustannuserältä 2 puuttuu kuvaus."
    assert dialog.title_edit.text() == "Kirjastoyhteistyö" and dialog.costs.rowCount() == 2
    amount, description = dialog.costs.item(1, 1), dialog.costs.item(1, 0)
    assert amount is not None and description is not None
    amount.setText("186.000")
    description.setText("Laitteet")
    dialog.accept()
    assert "monitulkintainen" in shown[-1][1]


def test_reminders_in_swedish(qtbot: QtBot, qapp: QApplication, sqlite_demo_db: Database) -> None:
    """Ensure the reminders are shown in Swedish in the Swedish interface."""
    from gui.dialogs import to_qdate
    from gui.i18n import install_translations, remove_translations

    installed = install_translations(qapp, "sv")
    try:
        window = _open(qtbot, sqlite_demo_db, "sivistyspalveluiden")
        window.reminder_day.setDate(to_qdate(dt.date(2025, 12, 20)))
        with qtbot.waitSignal(window.reminders_loaded, timeout=WAIT):
            window.load_reminders()
        lines = [window.reminder_list.item(i).text() for i in range(window.reminder_list.count())]
    finally:
        remove_translations(qapp, installed)
    assert any(
        "Hartolan kunta: inte behandlat, sista dag 15.12.2025 passerades för 5 d sedan" in line for line in lines
    ), lines


def test_the_details_panel_says_a_linked_section_awaits_the_check(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the desk's details panel, like the register, shows a party whose linked § has an outcome in
    unchecked minutes as "Käsitelty, pöytäkirja tarkastamatta", not "Esityslistalla"."""
    from gui.details_panel import gather_details

    item_id = _link_a_draft_approval(sqlite_demo_db)
    lines = gather_details(sqlite_demo_db, item_id, today=dt.date(2025, 12, 9)).agreement
    assert "Hartolan kunta: Käsitelty, pöytäkirja tarkastamatta" in lines, lines

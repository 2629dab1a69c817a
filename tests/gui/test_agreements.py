"""The agreement register window: register, approval matrix editing with derived status, costs, reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from core.agreements import load_agreement
from db.engine import Database
from db.enums import PartyDecisionState
from gui import errors
from gui.agreement_matrix import (
    DECISION_BODY,
    DECISION_DATE,
    NAME,
    POPULATION,
    SECTION,
    STATE,
    ApprovalMatrixModel,
)
from gui.agreements import AgreementRegisterWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date(2025, 11, 23)
WAIT = 15_000


@pytest.fixture
def shown() -> Iterator[list[tuple[str, str, bool]]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


@pytest.fixture
def window(qtbot: QtBot, sqlite_demo_db: Database) -> Iterator[AgreementRegisterWindow]:
    """The register on the demo, showing the first agreement (the education agreement)."""
    from gui import operations

    win = AgreementRegisterWindow(sqlite_demo_db, today=lambda: TODAY)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.current is not None, timeout=WAIT)
    yield win
    qtbot.waitUntil(lambda: not operations._running, timeout=WAIT)  # no work left to outlive the window


def _show(qtbot: QtBot, win: AgreementRegisterWindow, title_part: str) -> None:
    row = next(r for r, v in enumerate(win.list_model.views) if title_part in v.title)
    with qtbot.waitSignal(win.detail_loaded, timeout=WAIT):
        win.register_view.selectRow(row)
    assert win.current is not None and title_part in win.current.title


def _row(model: ApprovalMatrixModel, name: str) -> int:
    return next(r for r, p in enumerate(model.rows) if p.name == name)


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    """Type text one key event at a time (qtbot.keyClicks aborts on letters like ä)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, window: AgreementRegisterWindow) -> None:
    """Ensure the register, matrix and cost models behave as Qt item models should."""
    for model in (window.list_model, window.matrix_model, window.cost_model):
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    assert window.matrix_model.rowCount() == 10
    assert window.cost_model.rowCount() == 11  # ten parties and the total


def test_register_shows_the_derived_status_and_whats_missing(window: AgreementRegisterWindow) -> None:
    """Ensure the window shows the education agreement's status and "Odottaa: …" line from the party rows."""
    assert window.list_model.rowCount() == 2
    assert "sivistyspalveluiden" in window.title_label.text()
    assert window.status_label.text() == "Tila: Odottaa hyväksyntöjä (7/10)"
    assert window.missing_label.text().startswith("Odottaa: Kärkölä, Sysmä, Hartolan kunta.")
    model = window.matrix_model
    lahti = model.index(_row(model, "Lahti"), STATE)
    assert model.data(lahti) == "Hyväksytty"
    assert model.data(model.index(_row(model, "Orimattila"), STATE)) == "Hyväksytty muutoksin"
    assert window.cost_model.data(window.cost_model.index(0, 5)) == "124\u00a0814,62 €"
    assert window.cost_model.data(window.cost_model.index(10, 5)) == "210\u00a0500,00 €"


def test_editing_party_rows_updates_the_status(qtbot: QtBot, window: AgreementRegisterWindow,
                                               sqlite_demo_db: Database) -> None:
    """Ensure recording the missing decisions in the matrix puts the protocol in force, derived, not typed."""
    _show(qtbot, window, "Yhteistyöpöytäkirja")
    model = window.matrix_model
    assert window.missing_label.text() == "Odottaa: Asikkala, Kärkölä, Sysmä, Padasjoki."
    for name, day in (("Asikkala", "1.12.2025"), ("Kärkölä", "15.12.2025"), ("Sysmä", "8.12.2025"),
                      ("Padasjoki", "24.11.2025")):
        for column, value in ((DECISION_BODY, "Kunnanhallitus"), (DECISION_DATE, day),
                              (STATE, PartyDecisionState.APPROVED.value)):
            with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
                assert model.setData(model.index(_row(model, name), column), value)
    # Decisions dated after the day shown (23.11.2025) do not count yet: in force only from 15.12.
    assert window.status_label.text() == "Tila: Odottaa hyväksyntöjä (8/12)"
    assert window.current is not None
    assert window.current.situation.entry_into_force is None
    window.today = lambda: dt.date(2025, 12, 15)
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.reload()
    assert window.status_label.text() == "Tila: Voimassa 15.12.2025 alkaen"
    assert window.missing_label.text() == "Kaikki edellytetyt hyväksynnät ovat koossa."
    with sqlite_demo_db.begin() as s:
        saved = load_agreement(s, window.current.agreement_id, on=dt.date(2025, 12, 15))
    assert {p.name: p.decision_date for p in saved.parties}["Sysmä"] == dt.date(2025, 12, 8)


def test_typing_into_the_matrix_saves_the_row(qtbot: QtBot, window: AgreementRegisterWindow) -> None:
    """Ensure a § number typed into a cell (with the keyboard, into the editor) is saved and shown."""
    window.show()
    model = window.matrix_model
    view = window.matrix_view
    index = model.index(_row(model, "Kärkölä"), SECTION)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    _type(qtbot, editor, "§ 233")
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.data(model.index(_row(model, "Kärkölä"), SECTION)) == "233 §"


def test_bad_date_and_stale_row_go_to_the_error_path(qtbot: QtBot, window: AgreementRegisterWindow,
                                                     shown: list[tuple[str, str, bool]]) -> None:
    """Ensure a typed non-date is refused in Finnish and a stale row is not overwritten."""
    model = window.matrix_model
    assert not model.setData(model.index(_row(model, "Sysmä"), DECISION_DATE), "huomenna")
    assert shown and "ei ole päivämäärä" in shown[-1][1] and not shown[-1][2]
    sysma = model.rows[_row(model, "Sysmä")]
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.save_party(sysma.party_id, sysma.version, {"notes": "ensimmäinen"})
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.save_party(sysma.party_id, sysma.version, {"notes": "vanhentunut"})
    assert "tallentanut osapuolen Sysmä" in shown[-1][1]


def test_a_population_typed_into_the_matrix_splits_the_costs(qtbot: QtBot, window: AgreementRegisterWindow,
                                                              shown: list[tuple[str, str, bool]]) -> None:
    """Ensure each party's population at the reference date shows, a typed one is stored and the shares follow,
    and a value that is not a population is refused in Finnish."""
    model = window.matrix_model
    lahti = model.index(_row(model, "Lahti"), POPULATION)
    assert model.data(lahti) == "121\u00a0337"
    assert model.flags(lahti) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(lahti, "paljon")
    assert shown and "ei ole positiivinen kokonaisluku" in shown[-1][1] and not shown[-1][2]
    before = window.cost_model.data(window.cost_model.index(0, 5))
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        assert model.setData(lahti, "150 000")
    assert model.data(model.index(_row(model, "Lahti"), POPULATION)) == "150\u00a0000"
    assert window.cost_model.data(window.cost_model.index(0, 5)) != before  # Lahti's share grew
    assert window.cost_model.data(window.cost_model.index(10, 5)) == "210\u00a0500,00 €"  # the total stays


def test_linked_section_is_read_only_in_the_matrix(qtbot: QtBot, window: AgreementRegisterWindow) -> None:
    """Ensure the regional council's own § shows as the decision and its record cannot be typed over."""
    _show(qtbot, window, "Yhteistyöpöytäkirja")
    model = window.matrix_model
    row = _row(model, "Päijät-Hämeen liitto")
    assert model.data(model.index(row, DECISION_BODY)) == "Maakuntahallitus"
    assert not model.flags(model.index(row, DECISION_DATE)) & Qt.ItemFlag.ItemIsEditable
    assert "Maakuntahallitus 13.10.2025" in model.data(model.index(row, NAME), Qt.ItemDataRole.ToolTipRole)
    window.matrix_view.selectRow(row)
    assert window.unlink_action.isEnabled()


def test_search_and_status_filter(qtbot: QtBot, window: AgreementRegisterWindow) -> None:
    """Ensure typing in the search box (ä one key at a time) and the status filter narrow the register."""
    window.show()
    window.search_edit.setFocus()
    with qtbot.waitSignal(window.register_loaded, timeout=WAIT):
        _type(qtbot, window.search_edit, "pöytäkirja")
    assert [v.kind.value for v in window.list_model.views] == ["yhteistyopoytakirja"]
    window.search_edit.clear()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 2, timeout=WAIT)
    with qtbot.waitSignal(window.register_loaded, timeout=WAIT):
        window.status_filter.setCurrentIndex(window.status_filter.findData("voimassa"))
    assert window.list_model.rowCount() == 0
    assert window.title_label.text() == "Ei sopimuksia"


def test_reminders_and_printing(qtbot: QtBot, window: AgreementRegisterWindow, tmp_path: Path) -> None:
    """Ensure reminders list the parties past their date and the status page prints from the window."""
    from gui.agreement_dialogs import to_qdate

    window.reminder_day.setDate(to_qdate(dt.date(2025, 12, 20)))
    with qtbot.waitSignal(window.reminders_loaded, timeout=WAIT):
        window.load_reminders()
    lines = [window.reminder_list.item(i).text() for i in range(window.reminder_list.count())]
    assert any("Hartolan kunta: ei käsitelty, määräpäivä 15.12.2025" in line for line in lines)
    assert any(line.endswith("Sysmä: ei käsitelty, määräpäivä 15.12.2025 ohitettu 5 pv sitten") for line in lines)
    target = tmp_path / "tila.pdf"
    window.print_status_to(target)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=WAIT)
    assert target.read_bytes().startswith(b"%PDF-")


def test_excerpts_sent_are_recorded(qtbot: QtBot, window: AgreementRegisterWindow) -> None:
    """Ensure recording the excerpt sent to parties shows the date and method in the matrix."""
    from core.agreements import record_excerpts_sent
    from db.enums import DeliveryMethod
    from gui.agreement_matrix import SENT

    model = window.matrix_model
    ids = [model.rows[_row(model, "Lahti")].party_id]
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window._run_change(lambda s: record_excerpts_sent(s, party_ids=ids, sent=dt.date(2025, 10, 22),
                                                          method=DeliveryMethod.LETTER), "…")
    row = _row(model, "Lahti")
    assert model.data(model.index(row, SENT)) == "22.10.2025 kirjeellä"
    assert model.data(model.index(row, SENT), Qt.ItemDataRole.ToolTipRole) == "Tiedoksisaantipäivä 29.10.2025"
    assert QModelIndex().isValid() is False


def test_new_agreement_parties_and_removal_from_the_window(qtbot: QtBot, window: AgreementRegisterWindow) -> None:
    """Ensure a new agreement made in the window is shown, gets a new and an existing party, and loses one."""
    from decimal import Decimal

    from core.agreement_editing import CostLineInput
    from db.enums import AgreementKind, CostSplitBasis, EntryRule, OrganisationKind
    from gui.agreement_edit import AgreementForm, NewParty

    form = AgreementForm(title="Jätehuollon yhteistyösopimus", kind=AgreementKind.COLLABORATION_AGREEMENT,
                         term_start=dt.date(2026, 1, 1), term_end=dt.date(2027, 12, 31),
                         entry_rule=EntryRule.ALL_APPROVE, cost_split=CostSplitBasis.EQUAL,
                         costs=[CostLineInput("Neuvonta", Decimal("1000.00"))])
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.save_agreement(form)
    assert window.current is not None and window.current.title == "Jätehuollon yhteistyösopimus"
    assert window.status_label.text() == "Tila: Valmistelussa"
    assert window.list_model.rowCount() == 3
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.add_party(NewParty(None, "Čohkkiras", OrganisationKind.MUNICIPALITY, "Kunnanhallitus"))
    sysma_id = next(k for k, v in _organisations(window).items() if v == "Sysmä")
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.add_party(NewParty(sysma_id, "Sysmä", OrganisationKind.MUNICIPALITY, "Kunnanhallitus"))
    assert [p.name for p in window.matrix_model.rows] == ["Čohkkiras", "Sysmä"]
    assert window.cost_model.data(window.cost_model.index(2, 4)) == "1\u00a0000,00 €"
    window.matrix_view.selectRow(0)
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.remove_selected_party(confirm=False)
    assert [p.name for p in window.matrix_model.rows] == ["Sysmä"]
    assert window.missing_label.text() == "Odottaa: Sysmä."


def _organisations(window: AgreementRegisterWindow) -> dict[int, str]:
    from core.agreements import organisation_names

    with window.database.session() as s:
        return organisation_names(s)


def test_agreement_dialog_reads_typed_values(qtbot: QtBot, shown: list[tuple[str, str, bool]]) -> None:
    """Ensure the agreement dialog reads Finnish dates and amounts, and stays open on a bad date."""
    from gui.agreement_edit import AgreementDialog, AgreementForm

    dialog = AgreementDialog(AgreementForm(), {1: "Lahti"})
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Testisopimus")
    dialog.start_edit.setText("1.1.2026")
    dialog.end_edit.setText("31.12.2029")
    dialog._add_cost_row("Palkat", "186 000,00 €", "")
    form = dialog.result_form()
    assert (form.term_start, form.term_end) == (dt.date(2026, 1, 1), dt.date(2029, 12, 31))
    assert str(form.costs[0].amount) == "186000.00" and form.costs[0].year is None
    dialog.population_edit.setText("31.2.2024")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "31.2.2024" in shown[-1][1]


def test_own_excerpt_for_the_parties(qtbot: QtBot, window: AgreementRegisterWindow, tmp_path: Path,
                                     shown: list[tuple[str, str, bool]]) -> None:
    """Ensure our own decision's excerpt is saved for the parties, and its absence is explained."""
    from gui import operations

    window.save_own_excerpt_to(tmp_path / "ei.pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "ei ole linkitetty omaa päätöstä" in shown[-1][1]
    _show(qtbot, window, "Yhteistyöpöytäkirja")
    target = tmp_path / "ote.pdf"
    window.save_own_excerpt_to(target)
    qtbot.waitUntil(lambda: target.exists() and not operations._running, timeout=WAIT)
    assert target.read_bytes().startswith(b"%PDF-")
    assert not (tmp_path / "ei.pdf").exists()


def test_parties_are_moved_up_and_down_keeping_the_selection(
    qtbot: QtBot, window: AgreementRegisterWindow, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure Osapuoli → Siirrä osapuolta alas/ylös changes the parties' order (the order they print in) and the
    moved party stays selected, so Alt+Down can be pressed again."""
    _show(qtbot, window, "Yhteistyöpöytäkirja")
    model = window.matrix_model
    before = [p.name for p in model.rows]
    assert not window.party_down_action.isEnabled()  # nothing selected
    window.matrix_view.selectRow(_row(model, before[1]))
    assert window.party_down_action.isEnabled() and window.party_down_action.shortcut().toString() == "Alt+Down"
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.party_down_action.trigger()
    assert [p.name for p in model.rows] == [before[0], before[2], before[1], *before[3:]]
    assert window.selected_party_ids() == [model.rows[2].party_id]
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.party_up_action.trigger()
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.party_up_action.trigger()
    assert [p.name for p in model.rows] == [before[1], before[0], *before[2:]]
    assert shown == []

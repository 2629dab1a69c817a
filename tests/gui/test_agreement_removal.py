"""Sopimus → Poista sopimus… in the agreement register: an agreement entered by mistake goes, a recorded one stays."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.enums import AgreementKind, CostSplitBasis, EntryRule
from gui import agreements
from gui.agreement_edit import AgreementForm
from gui.agreements import AgreementRegisterWindow
from tests.gui.test_agreements import WAIT, shown, window

__all__ = ["shown", "window"]  # the register's fixtures, shared with its other tests

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The removal questions asked, each answered Yes."""
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(agreements, "ask_yes_no", answer)
    return questions


def test_an_agreement_entered_by_mistake_is_removed_after_asking(
    qtbot: QtBot, window: AgreementRegisterWindow, asked: list[str], shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure Poista sopimus… asks (saying it cannot be undone) and removes a new agreement from the register."""
    before = window.list_model.rowCount()
    form = AgreementForm(title="Väärin kirjattu sopimus", kind=AgreementKind.COLLABORATION_AGREEMENT,
                         term_start=None, term_end=None, entry_rule=EntryRule.ALL_APPROVE,
                         cost_split=CostSplitBasis.EQUAL, costs=[])  # fmt: skip
    with qtbot.waitSignal(window.detail_loaded, timeout=WAIT):
        window.save_agreement(form)
    assert window.current is not None and window.current.title == "Väärin kirjattu sopimus"
    assert window.remove_action.isEnabled()

    with qtbot.waitSignal(window.register_loaded, timeout=WAIT):
        window.remove_action.trigger()

    assert len(asked) == 1 and "”Väärin kirjattu sopimus”" in asked[0] and "Poistoa ei voi kumota." in asked[0]
    assert shown == []
    assert window.list_model.rowCount() == before
    assert all(v.title != "Väärin kirjattu sopimus" for v in window.list_model.views)


def test_an_agreement_the_records_keep_is_refused_with_the_reasons(
    qtbot: QtBot, window: AgreementRegisterWindow, asked: list[str], shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure removing the demo's agreement (its §§ and decisions are recorded) shows why, and it stays."""
    assert window.current is not None
    title = window.current.title
    before = window.list_model.rowCount()

    with qtbot.waitSignal(window.register_loaded, timeout=WAIT):
        window.remove_action.trigger()

    assert len(asked) == 1
    assert len(shown) == 1 and not shown[0][2]
    assert f"Sopimusta ”{title}” ei voi poistaa, koska" in shown[0][1]
    assert window.list_model.rowCount() == before

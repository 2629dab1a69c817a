"""The safety review's fixes: nothing typed is lost when saving fails, removals are confirmed deliberately,
and bad numbers get a Finnish message instead of a crash report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.models import Agreement
from gui import agreement_edit
from gui import errors, operations
from gui.agreements import AgreementRegisterWindow

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

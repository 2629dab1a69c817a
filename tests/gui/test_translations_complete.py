"""The Swedish and English translations are complete, and the desk's menus really appear in Swedish."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from core import agreements, minutes
from db import errors as db_errors
from db.engine import Database
from gui import actions as desk_actions
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = [pytest.mark.usefixtures("shown_errors"), pytest.mark.qt_log_ignore("propagateSizeHints")]

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _messages(language: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element of every live message in ``sihteeri_<language>.ts``."""
    root = ET.parse(TRANSLATIONS / f"sihteeri_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_message_is_unfinished(language: str) -> None:
    """Ensure every message of the .ts file is translated: none unfinished, none empty, none without context."""
    messages = _messages(language)
    assert len(messages) > 500
    unfinished = [key for key, translation in messages.items() if translation.get("type") == "unfinished"]
    assert unfinished == []
    empty = [
        key
        for key, translation in messages.items()
        if not (translation.text or "").strip() and not [form.text for form in translation.iter("numerusform")]
    ]
    assert empty == []
    # A message without a context is one the application never looks up (e.g. a ``tr = self.tr`` alias).
    assert [key for key in messages if not key[0]] == []


@pytest.mark.parametrize(
    ("context", "texts"),
    [
        ("ItemPanel", list(minutes.OUTCOME_LABELS.values())),
        ("CorrectionDialog", list(minutes.CORRECTABLE_FIELDS.values())),
        ("DisqualificationDialog", [ground.description for ground in minutes.DISQUALIFICATION_GROUNDS]),
        ("AttendanceModel", [text for text in minutes.ROLE_TEXTS.values() if text]),
        ("DetailsPanel", list(agreements.STATE_LABELS.values())),
        ("DetailsPanel", list(agreements.STATUS_LABELS.values())),
        ("DetailsPanel", list(agreements.TERMINATION_LABELS.values())),
        ("DetailsPanel", list(agreements.RULE_LABELS.values())),
        (
            "errors",
            sorted({cls.title for cls in vars(db_errors).values() if isinstance(cls, type) and hasattr(cls, "title")}),
        ),
    ],
)
def test_texts_from_core_are_in_the_translations(context: str, texts: list[str]) -> None:
    """Ensure the core's labels the GUI shows through ``tr`` are marked for lupdate (core cannot import Qt)."""
    messages = _messages("sv")
    missing = [text for text in texts if (context, text) not in messages]
    assert missing == []


def _menu_titles(window: object) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_main_window_menus_appear_in_swedish(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the menu titles, the print action and the details panel read Swedish with the Swedish translator."""
    from gui.i18n import install_translations, remove_translations

    installed = install_translations(qapp, "sv")
    try:
        window = make_window(qtbot, demo_db, settings, prompts)
        titles = _menu_titles(window)
        for title in ("&Arkiv", "&Redigera", "&Möte", "&Visa", "&Verktyg", "&Hjälp"):
            assert title in titles
        assert window.named_actions["save"].text() == "Spara"
        if desk_actions.available("gui.print_preview"):
            assert window.named_actions["print"].text() == "Skriv ut…"
            submenus = [a.menu() for a in window.file_menu.actions() if isinstance(a.menu(), QMenu)]
            assert "Utskrifter" in [menu.title() for menu in submenus if menu is not None]
            assert window.named_actions["print_excerpt"].text() == "Protokollsutdrag"
        if desk_actions.available("gui.agreements"):
            assert window.named_actions["agreements"].text() == "Avtal…"
        if desk_actions.available("gui.backup_dialog"):
            assert window.named_actions["backups"].text() == "Säkerhetskopior…"
        if desk_actions.available("gui.conduct"):
            assert window.named_actions["conduct"].text() == "Mötets gång och protokoll…"

        from sqlalchemy import select

        from db.models import Item

        with demo_db.begin() as session:
            item_id = session.scalar(select(Item.id).where(Item.diary_number == "77/00.04.01/2023"))
        assert item_id is not None
        window.details.show_item(item_id)
        details = window.details.browser.toPlainText()
        assert "Ändringssökande och tidsfrister" in details
        assert "begäran om omprövning (KommunL 134 §)" in details
        assert "möte" in details and "kokous " not in details
    finally:
        remove_translations(qapp, installed)
    window = make_window(qtbot, demo_db, settings, prompts)
    assert "&Kokous" in _menu_titles(window)

"""The Swedish and English translations are complete, and the desk's menus really appear in Swedish."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from core import agreements, minutes
from core import drafting as core_drafting
from db import archive as db_archive
from db import errors as db_errors
from db import pg_tools as db_pg_tools
from db.engine import Database
from gui import actions as desk_actions
from gui.outcomes import OUTCOME_LABELS
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
        ("ItemPanel", list(OUTCOME_LABELS.values())),
        ("CorrectionDialog", list(minutes.CORRECTABLE_FIELDS.values())),
        ("DisqualificationDialog", [ground.description for ground in minutes.DISQUALIFICATION_GROUNDS]),
        ("AttendanceModel", [text for text in minutes.ROLE_TEXTS.values() if text]),
        ("DetailsPanel", [*agreements.STATE_LABELS.values(), agreements.AWAITING_CHECK_LABEL]),
        ("DetailsPanel", list(agreements.STATUS_LABELS.values())),
        ("DetailsPanel", list(agreements.TERMINATION_LABELS.values())),
        ("DetailsPanel", list(agreements.RULE_LABELS.values())),
        (
            "errors",
            sorted(
                {
                    cls.title
                    for module in (db_errors, db_archive, db_pg_tools, core_drafting)
                    for cls in vars(module).values()
                    if isinstance(cls, type) and issubclass(cls, db_errors.SihteeriError)
                }
            ),
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
        assert window.named_actions["save"].text().replace("&", "") == "Spara"
        if desk_actions.available("gui.print_preview"):
            assert window.named_actions["print"].text().replace("&", "") == "Skriv ut…"
            submenus = [a.menu() for a in window.file_menu.actions() if isinstance(a.menu(), QMenu)]
            assert "Utskrifter" in [menu.title().replace("&", "") for menu in submenus if menu is not None]
            assert window.named_actions["print_excerpt"].text().replace("&", "") == "Protokollsutdrag"
        if desk_actions.available("gui.agreements"):
            assert window.named_actions["agreements"].text().replace("&", "") == "Avtal…"
        if desk_actions.available("gui.backup_dialog"):
            assert window.named_actions["backups"].text().replace("&", "") == "Säkerhetskopior…"
        if desk_actions.available("gui.conduct"):
            assert window.named_actions["conduct"].text().replace("&", "") == "Mötets gång och protokoll…"

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


def test_messages_of_core_appear_in_swedish(
    qtbot: QtBot,
    qapp: QApplication,
    demo_db: Database,
    settings: Settings,
    prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure texts written in core/ and db/ reach a Swedish window in Swedish, with their values filled in: an
    error refused by the rules (through show_error), the editor's diary-number check and a progress text."""
    from sqlalchemy import select

    from core.organisation import BodyDetails, add_body
    from db.enums import BodyKind
    from db.errors import ValidationError, msg
    from db.models import Body, Item, Meeting
    from gui.errors import show_error
    from gui.i18n import install_translations, localized, remove_translations

    installed = install_translations(qapp, "sv")
    try:
        with demo_db.begin() as session:
            name = session.scalars(select(Body.name).order_by(Body.id)).first()
            assert name is not None
            with pytest.raises(ValidationError) as refused:
                add_body(session, BodyDetails(name=name, kind=BodyKind.COMMITTEE))
        assert refused.value.message == f"Organisaatiolla on jo toimielin nimeltä {name}."  # Finnish for logs
        show_error(None, refused.value)
        assert shown_errors[-1][:2] == ("Felaktig uppgift", f"Organisationen har redan ett organ med namnet {name}.")

        window = make_window(qtbot, demo_db, settings, prompts)
        with demo_db.begin() as session:
            item_id = session.scalar(
                select(Item.id).join(Meeting).where(Meeting.checked_date.is_(None)).order_by(Item.id)
            )
        assert item_id is not None
        window.open_item(item_id)
        window.editor.diary_number.setText("77/0.04.01/2023")
        problem = window.editor.diary_problem.text()
        assert problem.startswith("Diarienumret ”77/0.04.01/2023” har inte formen nummer/klass/år")
        assert localized(msg("Kopioidaan tietokantaa…")) == "Kopierar databasen…"
    finally:
        remove_translations(qapp, installed)
    assert localized(msg("Kopioidaan tietokantaa…")) == "Kopioidaan tietokantaa…"


def test_a_translation_that_does_not_fit_shows_the_finnish(qapp: QApplication) -> None:
    """Ensure a message whose template has no translation, or a plain string, is shown as written, and that the
    values of a translated message are translated too."""
    from db.errors import NotFound, join, msg
    from gui.i18n import install_translations, localized, remove_translations

    installed = install_translations(qapp, "sv")
    try:
        assert localized(msg("Tätä lausetta ei ole käännetty {n}.", n=3)) == "Tätä lausetta ei ole käännetty 3."
        assert localized("tavallinen teksti") == "tavallinen teksti"
        cause = NotFound(msg("tuntematon virhe"))  # an error as a value is shown by its message
        assert localized(msg("Varmuuskopiota ei voitu palauttaa: {exc}.", exc=cause)) == (
            "Säkerhetskopian kunde inte återställas: okänt fel."
        )
        nested = msg("Pöytäkirjaa ei voi vielä merkitä tarkastetuksi:\n{problems}",
                     problems=join("\n", ["• " + msg("Puheenjohtaja puuttuu."), "• 62 §: vapaa"]))
        assert localized(nested) == (
            "Protokollet kan ännu inte markeras som justerat:\n• Ordförande saknas.\n• 62 §: vapaa"
        )
        # A § is "§ 62" in Finland-Swedish: in the attachments left out and in the texts left in Finnish.
        left_out = msg("{attachment}: vain nimi, ei tiedostoa.",
                       attachment=msg("{section} § {number}. {title}", section=62, number=1, title="Avtal"))
        assert localized(left_out).startswith("§ 62 1. Avtal: ")
        parts = join(", ", [msg("otsikko"), msg("päätös")])
        assert localized(msg("{section} §: {parts}", section=62, parts=parts)) == "§ 62: rubrik, beslut"
        # The corrections listed in the meeting view name their part in the user's language.
        from gui.conduct import _corrected_part

        assert (_corrected_part("decision_sv"), _corrected_part("decision")) == ("Beslut på svenska", "Beslut")
    finally:
        remove_translations(qapp, installed)


def test_every_error_title_is_marked_for_translation() -> None:
    """Ensure the title of every error class of core/ and db/ is in gui.errors' list for lupdate, so a Swedish
    window shows it in Swedish (a new class's title was once left out)."""
    import importlib
    import pkgutil

    import core
    import db
    from gui import errors as gui_errors

    for package in (core, db):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
    classes: list[type[db_errors.SihteeriError]] = []
    pending: list[type[db_errors.SihteeriError]] = [db_errors.SihteeriError]
    while pending:
        cls = pending.pop()
        classes.append(cls)
        pending += cls.__subclasses__()
    titles = {cls.title for cls in classes}
    assert len(titles) > 10
    missing = sorted(titles - set(gui_errors._TITLES))
    assert not missing, missing

"""The names of a decision's outcomes in the window: one list for the desk's editor, the meeting conduct and the
search filter, so that the same outcome reads the same everywhere (translated in the context ``ItemPanel``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.enums import Outcome
from gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ItemPanel"

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.PASSED: QT_TRANSLATE_NOOP("ItemPanel", "Hyväksytty muuttamattomana"),
    Outcome.PASSED_AFTER_VOTE: QT_TRANSLATE_NOOP("ItemPanel", "Hyväksytty äänestyksen jälkeen"),
    Outcome.AMENDED: QT_TRANSLATE_NOOP("ItemPanel", "Hyväksytty muutettuna"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("ItemPanel", "Hylätty"),
    Outcome.NOTED: QT_TRANSLATE_NOOP("ItemPanel", "Merkitty tiedoksi"),
    Outcome.RETURNED: QT_TRANSLATE_NOOP("ItemPanel", "Palautettu valmisteluun"),
    Outcome.TABLED: QT_TRANSLATE_NOOP("ItemPanel", "Pöydätty"),
    Outcome.REMOVED: QT_TRANSLATE_NOOP("ItemPanel", "Poistettu esityslistalta"),
    Outcome.ELECTION: QT_TRANSLATE_NOOP("ItemPanel", "Valinta"),
}


def outcome_label(outcome: Outcome) -> str:
    """The outcome's name in the window's language."""
    return QCoreApplication.translate(CONTEXT, OUTCOME_LABELS[outcome])


def outcome_choices() -> list[tuple[Outcome, str]]:
    """Every outcome with its name, in the order of the lists."""
    return [(outcome, outcome_label(outcome)) for outcome in OUTCOME_LABELS]

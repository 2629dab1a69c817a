"""Messages for the user from core/ and db/: Finnish text that remembers its template, and the rules that keep
every such message translatable (``db.errors.msg``, ``gui.i18n.localized``)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from db.errors import Message, NotFound, SihteeriError, ValidationError, join, msg

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "db")


def _sources() -> list[tuple[Path, ast.Module]]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                found.append((path, ast.parse(path.read_text(encoding="utf-8"))))
    return found


def _error_classes() -> set[str]:
    """The names of SihteeriError and of every class in core/ and db/ derived from it."""
    names = {"SihteeriError"}
    classes = [node for _, tree in _sources() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {base.id if isinstance(base, ast.Name) else getattr(base, "attr", "") for base in node.bases}
            if node.name not in names and bases & names:
                names.add(node.name)
                grew = True
    return names


def _called(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def test_msg_is_the_finnish_text_and_remembers_its_template() -> None:
    """Ensure a msg reads as its Finnish text (logs, command line, tests) and keeps template and values."""
    text = msg("Kokous {number}/{year} on jo tarkastettu.", number=9, year=2025)
    assert text == "Kokous 9/2025 on jo tarkastettu."
    assert isinstance(text, str)
    assert text.parts == (("Kokous {number}/{year} on jo tarkastettu.", {"number": 9, "year": 2025}),)
    assert str(ValidationError(text)) == "Kokous 9/2025 on jo tarkastettu."


def test_joined_messages_keep_every_part() -> None:
    """Ensure +, a plain string on either side and join keep each message's parts, in order."""
    first = msg("Puheenjohtaja puuttuu.")
    second = msg("Äänestyksen {round} tulos puuttuu.", round=2)
    added = "62 §: " + first + " " + second
    assert isinstance(added, Message)
    assert added == "62 §: Puheenjohtaja puuttuu. Äänestyksen 2 tulos puuttuu."
    assert [template for template, _ in added.parts] == [
        None, "Puheenjohtaja puuttuu.", None, "Äänestyksen {round} tulos puuttuu.",
    ]  # fmt: skip
    joined = join("\n", [first, "• vapaa teksti", second])
    assert joined == "Puheenjohtaja puuttuu.\n• vapaa teksti\nÄänestyksen 2 tulos puuttuu."
    assert [template for template, _ in joined.parts] == [
        "Puheenjohtaja puuttuu.", None, None, None, "Äänestyksen {round} tulos puuttuu.",
    ]  # fmt: skip
    assert type(first.upper()) is str  # any other operation gives plain text, shown as it is


def test_errors_of_core_and_db_are_written_with_msg() -> None:
    """Ensure no error of core/ or db/ is raised with a plain string or f-string: it could not be translated."""
    errors = _error_classes()
    assert {"ValidationError", "TemplateProblem", "ArchiveRefused", "ToolMissing"} <= errors
    plain = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in errors and node.args:
                first = node.args[0]
                if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                    isinstance(first, ast.Constant) and isinstance(first.value, str)
                ):
                    plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert plain == []


def _from_table(node: ast.expr) -> bool:
    """A template taken from the module's ``msg_template`` literals: a name, ``TABLE[key]`` or a choice of such."""
    if isinstance(node, ast.Name):
        return True
    if isinstance(node, ast.Subscript):
        return isinstance(node.value, ast.Name)
    if isinstance(node, ast.IfExp):
        return _from_table(node.body) and _from_table(node.orelse)
    return False


def test_every_msg_template_fits_its_values() -> None:
    """Ensure each msg call gives exactly the values its template names, and literal templates are used.

    A template is a literal (the translations collect those), or taken from ``msg_template`` literals in the
    same module: a name, an entry of a table (``TABLE[key]``) or a choice between such (``A if c else B``).
    """
    wrong = []
    for path, tree in _sources():
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) == "msg" and node.args):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                if not (_from_table(first) and "msg_template(" in source):
                    wrong.append(f"{where}: template is not a literal")
                continue
            parsed = string.Formatter().parse(first.value)
            fields = {name.split(".")[0].split("[")[0] for _, name, _, _ in parsed if name}
            given = {keyword.arg for keyword in node.keywords}
            if None in given:  # **values: checked where the table is
                continue
            if fields != given:
                wrong.append(f"{where}: template needs {sorted(fields)}, call gives {sorted(given)}")
    assert wrong == []


@pytest.mark.parametrize("error", [NotFound(msg("Asiaa ei löydy.")), SihteeriError(msg("Virhe {x}.", x=1))])
def test_errors_keep_the_message_object(error: SihteeriError) -> None:
    """Ensure the error's message is the msg itself, so that the window can translate it."""
    assert isinstance(error.message, Message)

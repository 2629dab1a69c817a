"""Refresh the Qt Linguist files from the GUI sources and fill in the known translations.

Run from the project root: ``python resources/translations/update.py``. It runs ``pyside6-lupdate`` over
``gui/*.py`` (new texts appear as unfinished; vanished ones are marked obsolete), adds the context ``core``:
every ``msg``/``msg_template`` template of ``core/`` and ``db/`` (``db.errors``; lupdate cannot see them, as
they are not Qt calls), writes the translations of ``phrases.py`` into ``sihteeri_sv.ts`` and
``sihteeri_en.ts`` (keeping translations made in Qt Linguist), and checks that ``lrelease`` compiles them.
The ``.qm`` files themselves are made at build time
(``python -m gui.app --compile-translations``) or on first start.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from gui.i18n import lrelease_program  # noqa: E402
from resources.translations.core_phrases import CORE_PHRASES  # noqa: E402
from resources.translations.phrases import PHRASES, PLURALS  # noqa: E402

LANGUAGES = {"sv": ("sv_FI", 0), "en": ("en_GB", 1)}
KNOWN = {**CORE_PHRASES, **PHRASES}  # a text both in the window and in core/ reads the same in both
CORE_CONTEXT = "core"  # gui.i18n.CORE_CONTEXT
CORE_PACKAGES = ("core", "db")
MARKERS = ("msg", "msg_template")


def core_templates() -> dict[str, list[tuple[str, int]]]:
    """Every template written with ``msg("...")`` or ``msg_template("...")`` in core/ and db/, with where."""
    found: dict[str, list[tuple[str, int]]] = {}
    for package in CORE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                first = node.args[0]
                if name in MARKERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                    where = (path.relative_to(ROOT).as_posix(), node.lineno)
                    found.setdefault(first.value, []).append(where)
    return found


def _core_translations(ts: Path) -> dict[str, str]:
    """The translations the context ``core`` of ``ts`` has now (made in Qt Linguist, say)."""
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == CORE_CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") is None:
                    kept[message.findtext("source") or ""] = translation.text
    return kept


def add_core(ts: Path, templates: dict[str, list[tuple[str, int]]], kept: dict[str, str]) -> None:
    """Write the context ``core`` into ``ts`` afresh: one message per template, translated as before if it was."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.findall("context"):
        if context.findtext("name") == CORE_CONTEXT:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CORE_CONTEXT
    for source in sorted(templates):
        message = ET.SubElement(context, "message")
        for filename, line in templates[source]:
            ET.SubElement(message, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in kept:
            translation.text = kept[source]
        else:
            translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lupdate_program() -> str:
    program = lrelease_program()
    if program is None:
        raise SystemExit("lrelease/lupdate not found (install PySide6-Essentials)")
    return str(Path(program).with_name(Path(program).name.replace("lrelease", "lupdate")))


def fill(ts: Path, column: int) -> tuple[int, int]:
    tree = ET.parse(ts)
    done = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes" and source in PLURALS:
            for child in list(translation):
                translation.remove(child)
            for form in PLURALS[source][column]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
            done += 1
        elif source in KNOWN:
            translation.text = KNOWN[source][column]
            translation.attrib.pop("type", None)
            done += 1
        elif translation.get("type") == "unfinished":
            missing += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").glob("*.py"))
    templates = core_templates()
    for language, (locale, column) in LANGUAGES.items():
        ts = HERE / f"sihteeri_{language}.ts"
        kept = _core_translations(ts)
        subprocess.run(
            [lupdate_program(), "-silent", "-no-obsolete", "-source-language", "fi_FI", "-target-language", locale,
             *sources, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )  # fmt: skip
        add_core(ts, templates, kept)
        done, missing = fill(ts, column)
        with tempfile.TemporaryDirectory() as tmp:
            qm = Path(tmp) / "check.qm"
            subprocess.run([lrelease_program() or "lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{ts.name}: {done} translated, {missing} unfinished (shown in Finnish)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Refresh the Qt Linguist files from the GUI sources and fill in the known translations.

Run from the project root: ``python resources/translations/update.py``. It runs ``pyside6-lupdate`` over
``gui/*.py`` (new texts appear as unfinished; vanished ones are marked obsolete), writes the translations of
``phrases.py`` into ``sihteeri_sv.ts`` and ``sihteeri_en.ts`` (keeping translations made in Qt Linguist),
and checks that ``lrelease`` compiles them. The ``.qm`` files themselves are made at build time
(``python -m gui.app --compile-translations``) or on first start.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from gui.i18n import lrelease_program  # noqa: E402
from resources.translations.phrases import PHRASES, PLURALS  # noqa: E402

LANGUAGES = {"sv": ("sv_FI", 0), "en": ("en_GB", 1)}


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
        elif source in PHRASES:
            translation.text = PHRASES[source][column]
            translation.attrib.pop("type", None)
            done += 1
        elif translation.get("type") == "unfinished":
            missing += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").glob("*.py"))
    for language, (locale, column) in LANGUAGES.items():
        ts = HERE / f"sihteeri_{language}.ts"
        subprocess.run(
            [lupdate_program(), "-silent", "-no-obsolete", "-source-language", "fi_FI", "-target-language", locale,
             *sources, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )  # fmt: skip
        done, missing = fill(ts, column)
        with tempfile.TemporaryDirectory() as tmp:
            qm = Path(tmp) / "check.qm"
            subprocess.run([lrelease_program() or "lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{ts.name}: {done} translated, {missing} unfinished (shown in Finnish)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

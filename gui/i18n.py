"""Translations: loading them into the application, and marking texts where ``tr`` cannot be called yet.

The sources are Qt Linguist files ``resources/translations/sihteeri_<lang>.ts`` (Finnish is the source
language). They are compiled to ``.qm`` with ``pyside6-lrelease`` (shipped in the PySide6-Essentials wheel as
``PySide6/lrelease``): ``python -m gui.app --compile-translations`` writes them next to the sources for a
build; at start, a ``.qm`` missing or older than its ``.ts`` is compiled into the data folder. Qt's own
``qtbase_<lang>.qm`` (standard buttons) comes from the wheel. This module needs nothing but Qt, so the
start-up splash (``gui.splash``) loads the translations before the database layer.

``pyside6-lupdate`` finds texts by the call's name, so ``QT_TRANSLATE_NOOP`` is spelled like Qt's macro.
PySide's own is typed as returning ``object``, which would make every label table ``dict[..., object]``; this
one returns the ``str`` it was given. The text is translated where it is shown
(``QCoreApplication.translate(context, text)``).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from db.errors import Message, SihteeriError
from db.paths import data_dir

log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
_LANGUAGE_PROPERTY = "sihteeriLanguage"  # on the application: the language whose translations it has


def translations_dir() -> Path:
    return Path(str(resources.files("resources") / "translations"))


def lrelease_program() -> str | None:
    """The lrelease of the PySide6 wheel, or one on PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translation(ts: Path, qm: Path) -> bool:
    program = lrelease_program()
    if program is None:
        log.warning("lrelease not found: %s not compiled", ts)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", ts, result.stderr)
        return False
    return qm.exists()


def translation_file(language: str) -> Path | None:
    """The compiled translation for ``language``: shipped, or compiled now into the data folder."""
    ts = translations_dir() / f"sihteeri_{language}.ts"
    if not ts.exists():
        return None
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    cached = data_dir() / "kaannokset" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_translation(ts, cached) else None


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Sihteeri's and Qt's translations for ``language`` (Finnish needs only Qt's).

    Returns the translators installed, which must be kept alive; none when ``app`` has this language's
    already (the splash loaded them).
    """
    if app.property(_LANGUAGE_PROPERTY) == language:
        return []
    app.setProperty(_LANGUAGE_PROPERTY, language)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "fi":
        qm = translation_file(language)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}.get(language, "fi_FI")))
    return installed


def ui_language() -> str:
    """The language the application's texts are shown in ("fi" when none was installed)."""
    app = QApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value else "fi"


def remove_translations(app: QApplication, installed: list[QTranslator]) -> None:
    """Take out what ``install_translations`` put in (a language switch in the tests)."""
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, None)


CORE_CONTEXT = "core"  # the translations' context of the texts core/ and db/ write with db.errors.msg


def localized(text: str) -> str:
    """A text from core/ or db/ in the user's language: a ``db.errors.Message`` is translated part by part.

    Each part's template is looked up in the context ``core``, then filled with its values (messages among
    them translated too). A plain ``str``, a template with no translation, or a translation that does not
    fit its values is shown in Finnish, as written.
    """
    if not isinstance(text, Message):
        return text
    pieces: list[str] = []
    for template, values in text.parts:
        if template is None:
            pieces.append(str(values["text"]))
            continue
        translated = QCoreApplication.translate(CORE_CONTEXT, template)
        shown = {name: _shown(value) for name, value in values.items()}
        try:
            pieces.append(translated.format(**shown))
        except (KeyError, IndexError, ValueError):
            log.warning("Translation of %r does not fit its values; shown in Finnish", template)
            pieces.append(template.format(**values))
    return "".join(pieces)


def _shown(value: object) -> object:
    """A message's value as it is shown: texts and errors of core/ and db/ translated too."""
    if isinstance(value, SihteeriError):
        return localized(value.message)
    return localized(value) if isinstance(value, str) else value


def shown_name(name: str, name_sv: str) -> str:
    """A body's or an organisation's name in the user's language: its Swedish name in a Swedish window, where the
    settings give one (Välfärdsnämnden, Lahtis)."""
    return name_sv if name_sv and ui_language() == "sv" else name


def section_text(number: int | str) -> str:
    """A § as the user's language writes it: "62 §" in Finnish, "§ 62" in Finland-Swedish (and English)."""
    return QCoreApplication.translate("Sections", "{number} §").format(number=number)


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Return ``source_text`` unchanged; lupdate records it under ``context``."""
    del context
    return source_text


__all__ = [
    "CORE_CONTEXT",
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "compile_translation",
    "install_translations",
    "localized",
    "lrelease_program",
    "remove_translations",
    "section_text",
    "shown_name",
    "translation_file",
    "translations_dir",
]

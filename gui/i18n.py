"""Marking texts for translation where ``tr`` cannot be called yet (tables built at import time).

``pyside6-lupdate`` finds texts by the call's name, so this is spelled like Qt's macro. PySide's own
``QT_TRANSLATE_NOOP`` is typed as returning ``object``, which would make every label table ``dict[..., object]``;
this one returns the ``str`` it was given. The text is translated where it is shown
(``QCoreApplication.translate(context, text)``).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Return ``source_text`` unchanged; lupdate records it under ``context``."""
    del context
    return source_text


__all__ = ["QT_TRANSLATE_NOOP"]

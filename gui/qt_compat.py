"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11: None, True and False made immortal.

PySide6 6.12 ships one ``abi3`` build for every Python from 3.11 on. Compiled against the headers of a
newer Python, where ``None``, ``True`` and ``False`` are immortal (PEP 683, Python 3.12), it returns them
without taking a new reference. On Python 3.11 they are ordinary objects, so references are lost:

* every call of a method that returns nothing (``setText``, ``setEnabled``, ``setBold`` ...) takes one
  from ``None``: a window that repaints a tree makes thousands of such calls a second;
* every ``Signal.emit()`` takes one from ``True`` (about 20 each time an item is opened), and a failed
  ``disconnect`` one from ``False``.

After some tens of thousands of calls (``None``), or a few hundred opened items (``True``), the count
reaches zero and the interpreter aborts ("none_dealloc" / "bool_dealloc: deallocating True or False"),
taking unsaved work with it.

``make_singletons_immortal()`` finds out whether the installed PySide6 does this (a hundred calls of
``QObject.setObjectName`` and of a signal's ``emit``) and, if it does, gives ``None``, ``True``, ``False``
(and, as the same build returns them the same way, ``NotImplemented`` and ``Ellipsis``) the practically
endless reference count that Python 3.12 gives them. It is run when the ``gui`` package is imported, before
any window exists. Newer Pythons need nothing; a fixed PySide6 is left alone.

A second, smaller matter is start-up time and memory: ``lighten_feature_check()``. Once PySide6 is loaded,
it looks at every module imported after it, to know whether the module uses PySide6 (for its optional
``__feature__`` switches). It does that with ``inspect.getsource(module)``: every source file of the
database layer (SQLAlchemy's some two hundred modules) is read, decoded, split into lines and kept in
``linecache``. The same answer, whether "PySide6" appears in the module's source, is had from the file's
bytes at a fraction of the cost and without keeping the text (measured: the window's start 0.1–0.2 s
quicker, its peak memory 129 → 108 MB).
"""

from __future__ import annotations

import ctypes
import sys

# Python 3.12 marks immortal objects with a count near 2**32; this is far above anything real use can take away
# (a thousand calls a second for thirty years) and far below the limit of a 64-bit count.
_IMMORTAL_MARGIN = 1 << 40 if sys.maxsize > 2**32 else 1 << 28
_PROBE_CALLS = 100


def references_lost_per_call() -> dict[str, float]:
    """How many references one Qt call takes away from ``None`` (a method returning nothing) and from
    ``True`` (``Signal.emit()``); zeros when PySide6 is sound."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        pinged = Signal()

    probe = _Probe()
    none_before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("sihteeri-probe")
    none_lost = (none_before - sys.getrefcount(None)) / _PROBE_CALLS
    true_before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.pinged.emit()
    true_lost = (true_before - sys.getrefcount(True)) / _PROBE_CALLS
    return {"None": none_lost, "True": true_lost}


def _make_immortal(obj: object) -> bool:
    count = ctypes.c_ssize_t.from_address(id(obj))
    before = sys.getrefcount(obj)
    count.value += _IMMORTAL_MARGIN
    if sys.getrefcount(obj) - before != _IMMORTAL_MARGIN:  # not the count after all: undo at once
        count.value -= _IMMORTAL_MARGIN
        return False
    return True


def make_singletons_immortal() -> bool:
    """Give None, True, False, NotImplemented and Ellipsis endless counts when PySide6 loses references to
    them; True if that was done."""
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # immortal already; or a Py_TRACE_REFS build, where the count is not the first field
    if max(references_lost_per_call().values()) < 0.5:
        return False
    return all([_make_immortal(obj) for obj in (None, True, False, NotImplemented, Ellipsis)])


def _source_mentions_pyside(module: object) -> bool:
    """Whether the module's source file contains "PySide6": what PySide6's own check answers, read as bytes."""
    filename = getattr(module, "__file__", None)
    if not isinstance(filename, str) or not filename.endswith(".py"):
        return False  # no source: inspect.getsource fails, and PySide6 answers False
    try:
        with open(filename, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_feature_check() -> bool:
    """Replace PySide6's per-import source check with ``_source_mentions_pyside``; True if it was replaced.

    A PySide6 without the check (its internals move between versions) is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        import PySide6.QtCore  # noqa: F401  (loads shibokensupport)

        feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _source_mentions_pyside)  # noqa: B010  (a module mypy cannot see)
    return True


__all__ = ["lighten_feature_check", "make_singletons_immortal", "references_lost_per_call"]

"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11: ``None`` is made immortal.

PySide6 6.12 ships one ``abi3`` build for every Python from 3.11 on. Compiled against the headers of a
newer Python, where ``None`` is immortal (PEP 683, Python 3.12), its methods return ``None`` without taking a
new reference to it. On Python 3.11 ``None`` is an ordinary object, so each call of a method that returns
nothing (``setText``, ``setEnabled``, ``setBold`` ...) takes one reference away from it. A window that
repaints a tree makes thousands of such calls a second; after some tens of thousands the count reaches zero
and the interpreter aborts ("none_dealloc: deallocating None"), taking unsaved work with it.

``make_none_immortal()`` finds out whether the installed PySide6 does this (a hundred calls of
``QObject.setObjectName``) and, if it does, gives ``None`` the practically endless reference count that
Python 3.12 gives it. It is run when the ``gui`` package is imported, before any window exists. Newer
Pythons need nothing; a fixed PySide6 is left alone.
"""

from __future__ import annotations

import ctypes
import sys

# Python 3.12 marks immortal objects with a count near 2**32; this is far above anything real use can take away
# (a thousand calls a second for thirty years) and far below the limit of a 64-bit count.
_IMMORTAL_MARGIN = 1 << 40 if sys.maxsize > 2**32 else 1 << 28
_PROBE_CALLS = 100


def references_lost_per_call() -> float:
    """How many references to ``None`` one call of a Qt method that returns nothing takes away (0 when sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("sihteeri-probe")
    return (before - sys.getrefcount(None)) / _PROBE_CALLS


def make_none_immortal() -> bool:
    """Give ``None`` an endless reference count when PySide6 loses references to it; True if that was done."""
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # immortal already; or a Py_TRACE_REFS build, where the count is not the first field
    if references_lost_per_call() < 0.5:
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    before = sys.getrefcount(None)
    count.value += _IMMORTAL_MARGIN
    if sys.getrefcount(None) - before != _IMMORTAL_MARGIN:  # not the count after all: undo at once
        count.value -= _IMMORTAL_MARGIN
        return False
    return True


__all__ = ["make_none_immortal", "references_lost_per_call"]

"""The PySide6 face of Sihteeri: windows, dialogs, item models, actions and settings."""

from gui.qt_compat import make_singletons_immortal

make_singletons_immortal()  # before any window: see gui.qt_compat (PySide6 6.12 on Python 3.11)

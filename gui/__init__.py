"""The PySide6 face of Sihteeri: windows, dialogs, item models, actions and settings."""

from gui.qt_compat import lighten_feature_check, make_singletons_immortal

make_singletons_immortal()  # before any window: see gui.qt_compat (PySide6 6.12 on Python 3.11)
lighten_feature_check()  # before the database layer is imported: see gui.qt_compat

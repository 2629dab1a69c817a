"""The PySide6 face of Sihteeri: windows, dialogs, item models, actions and settings."""

"""What is typed in a dialog, kept in a file while the dialog is open, so that a crash loses nothing.

The item editor keeps its drafts in the database; a dialog's values are kept beside it in the data folder
(``luonnokset/``), which also works when the database is locked or read-only, the very time a save fails. A
dialog writes its draft a moment after each change (``DraftTimer``), offers it back when it is opened again for
the same thing, and the draft is removed once the values are saved or the dialog is cancelled.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from db.paths import data_dir

log = logging.getLogger(__name__)


class DialogDraft:
    """One dialog's draft file.

    Attributes:
        path: the file (``<data folder>/luonnokset/<name>.json``).
    """

    def __init__(self, name: str, folder: Path | None = None) -> None:
        self.path = (folder or data_dir() / "luonnokset") / f"{name}.json"

    @classmethod
    def for_database(cls, database_description: str, what: str) -> DialogDraft:
        """The draft of ``what`` (e.g. "sopimus-12") in one database: another database's draft is not offered."""
        key = hashlib.sha256(database_description.encode("utf-8")).hexdigest()[:12]
        return cls(f"{what}-{key}")

    def load(self) -> dict[str, Any] | None:
        """The values kept, or None when there are none (or they cannot be read)."""
        try:
            values = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("Dialog draft %s could not be read", self.path, exc_info=True)
            return None
        return values if isinstance(values, dict) else None

    def save(self, values: dict[str, Any]) -> None:
        """Keep ``values``; the file is replaced whole, so a crash while writing leaves the previous draft."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".tmp")
            with partial.open("w", encoding="utf-8") as file:
                json.dump(values, file, ensure_ascii=False)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, self.path)
        except OSError:  # a full or read-only disk: the dialog still works, only without its safety copy
            log.warning("Dialog draft %s could not be written", self.path, exc_info=True)

    def discard(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("Dialog draft %s could not be removed", self.path, exc_info=True)


class DraftTimer(QObject):
    """Writes a draft a moment after the last change (``changed()``), not at every key press."""

    def __init__(
        self,
        draft: DialogDraft,
        values: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
        delay_ms: int = 800,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._values = values
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write)

    def changed(self) -> None:
        self._timer.start()

    def write(self) -> None:
        """Write the draft now."""
        self._timer.stop()
        self.draft.save(self._values())

    def stop(self) -> None:
        self._timer.stop()

"""Take the README's main window screenshot from the real application on the demo data, in a given language.

Run from the project root: ``QT_QPA_PLATFORM=offscreen python tools/screenshot_main_window.py sv
docs/images/paaikkuna_sv.png`` (language fi, sv or en). The demo is written into a temporary SQLite database and
the window's settings go to a temporary file, so nothing of the user's own data or settings is touched. The
window shows the Maakuntahallitus's checked 100 § (Dnro 77/00.04.01/2023) at 1400×860 pixels.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from core.demo import write_demo  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.models import Item  # noqa: E402
from gui.app import install_translations  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402

DIARY_NUMBER = "77/00.04.01/2023"


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let queued work (lazy navigator loading, layout) finish."""
    for _ in range(rounds):
        app.processEvents()


def main(language: str, target: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Sihteeri")
    keep = install_translations(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "esittely.db")
        write_demo(database)
        with database.begin() as session:
            item_id = session.scalar(select(Item.id).where(Item.diary_number == DIARY_NUMBER))
        assert item_id is not None, "demo item missing"
        settings = Settings(QSettings(str(Path(tmp) / "asetukset.ini"), QSettings.Format.IniFormat))
        window = MainWindow(database, settings)
        window.resize(1400, 860)
        window.show()
        settle(app)
        window.open_item(item_id)
        settle(app)
        window.tree.setFocus()
        settle(app)
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(target))
        window.editor.show_nothing()
        window.close()
        database.dispose()
    del keep
    print(f"{target}: {'saved' if saved else 'NOT saved'}")
    return 0 if saved else 1


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("fi", "sv", "en"):
        raise SystemExit("usage: screenshot_main_window.py fi|sv|en OUTPUT.png")
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))

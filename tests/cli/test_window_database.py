"""The commands use the database the window opened last, unless --database or SIHTEERI_DATABASE names one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import cli
from cli import main as cli_main
from db.engine import Database


@pytest.fixture
def window_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QSettings]:
    """The window's own settings store (this test session's), left as it was; the test's own data folder."""
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SIHTEERI_DATABASE", raising=False)
    store = QSettings(*cli.SETTINGS_SCOPE)
    before = store.value(cli.LAST_DATABASE_KEY)
    yield store
    if before is None:
        store.remove(cli.LAST_DATABASE_KEY)
    else:
        store.setValue(cli.LAST_DATABASE_KEY, before)
    store.sync()


def test_the_command_line_reads_where_the_window_writes() -> None:
    """Ensure the commands' copy of the window's settings key and store is the window's own."""
    from gui.settings import LAST_DATABASE, Settings

    assert LAST_DATABASE.key == cli.LAST_DATABASE_KEY
    store = Settings().store
    assert (store.organizationName(), store.applicationName()) == cli.SETTINGS_SCOPE


def test_a_command_works_on_the_database_the_window_opened_last(
    sqlite_demo_db: Database, window_store: QSettings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `backup` without --database copies the window's last database, and --database still wins."""
    path = sqlite_demo_db.path
    assert path is not None
    sqlite_demo_db.dispose()
    window_store.setValue(cli.LAST_DATABASE_KEY, str(path))
    window_store.sync()
    assert cli_main(["backup", "--to", str(tmp_path / "kopiot")]) == 0
    written = capsys.readouterr().out
    assert f"{tmp_path / 'kopiot' / path.stem}-" in written
    other = tmp_path / "toinen.db"
    other.write_bytes(path.read_bytes())
    assert cli_main(["--database", str(other), "backup", "--to", str(tmp_path / "kopiot")]) == 0
    assert f"{tmp_path / 'kopiot' / 'toinen'}-" in capsys.readouterr().out


def test_a_remembered_file_that_is_gone_stops_the_command(
    window_store: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure a command refuses, in Finnish and with exit code 2, when the window's last database file is gone
    (it must not quietly use the default database), and SIHTEERI_DATABASE overrides the remembered one."""
    gone = tmp_path / "irrotettu-levy" / "sihteeri.db"
    window_store.setValue(cli.LAST_DATABASE_KEY, str(gone))
    window_store.sync()
    assert cli_main(["backup", "--to", str(tmp_path / "kopiot")]) == 2
    error = capsys.readouterr().err
    assert f"Ikkunassa viimeksi avattua tietokantaa {gone} ei löydy" in error and "--database" in error
    assert not (tmp_path / "kopiot").exists()
    monkeypatch.setenv("SIHTEERI_DATABASE", str(tmp_path / "ymparisto.db"))
    assert cli_main(["backup", "--to", str(tmp_path / "kopiot")]) == 2  # that one does not exist either
    assert "ymparisto.db" in capsys.readouterr().err

"""Restoring refuses while another program has the database open, so none of its later saves are lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from db.backup import BackupSettings, backup_now, restore_backup
from db.engine import Database, open_database
from db.errors import DatabaseUnavailable
from db.models import Person


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(data))
    return data


def _names_after_restore(target: Path | URL) -> set[str]:
    """The people's names in the restored database, read through a new opening of it."""
    reopened = open_database(target, create=False)
    try:
        with reopened.begin() as session:
            return set(session.scalars(select(Person.name)))
    finally:
        reopened.dispose()


def test_restore_is_refused_while_another_program_has_the_database_open(tmp_path: Path) -> None:
    """Ensure a restore while another connection has the file open is refused before anything is moved or
    copied, that program's saves stay in the file, and the restore goes through once it has closed."""
    settings = BackupSettings(folder=tmp_path / "varmuuskopiot")
    path = tmp_path / "sihteeri.db"
    other = open_database(path)  # "the window"
    with other.begin() as session:
        session.add(Person(name="Ennen kopiota"))
    copy = backup_now(path, settings=settings).written[0]
    with other.begin() as session:
        session.add(Person(name="Kopion jälkeen"))
    with pytest.raises(DatabaseUnavailable) as refused:
        restore_backup(copy, path, settings=settings)
    assert "käytössä" in refused.value.message
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("sihteeri.db")) == [
        "sihteeri.db", "sihteeri.db-shm", "sihteeri.db-wal"
    ]
    assert len([p for p in settings.folder.iterdir() if p.suffix == ".db"]) == 1  # no safety copy either
    with other.begin() as session:
        session.add(Person(name="Vielä myöhemmin"))
    with other.begin() as session:
        names = set(session.scalars(select(Person.name)))
    assert {"Ennen kopiota", "Kopion jälkeen", "Vielä myöhemmin"} <= names
    other.dispose()

    result = restore_backup(copy, path, settings=settings)
    assert result.safety_copy is not None
    names = _names_after_restore(path)
    assert "Ennen kopiota" in names and "Kopion jälkeen" not in names


def test_postgresql_restore_is_refused_while_another_session_is_connected(database: Database, tmp_path: Path) -> None:
    """Ensure restoring a shared PostgreSQL database is refused while another session (another user's window) is
    connected, before any copy is taken or anything is changed, and goes through once that session has closed."""
    if database.path is not None:
        pytest.skip("PostgreSQL only")
    settings = BackupSettings(folder=tmp_path / "varmuuskopiot")
    with database.begin() as session:
        session.add(Person(name="Ennen kopiota"))
    copy = backup_now(database.url, settings=settings).written[0]
    with database.begin() as session:  # the other window: its pool keeps the connection open
        session.add(Person(name="Kopion jälkeen"))
    with pytest.raises(DatabaseUnavailable) as refused:
        restore_backup(copy, database.url, settings=settings)
    assert "toinen istunto" in refused.value.message and "Palautusta ei tehty" in refused.value.message
    assert len([p for p in settings.folder.iterdir() if p.suffix == ".dump"]) == 1  # no safety copy either
    with database.begin() as session:
        assert {"Ennen kopiota", "Kopion jälkeen"} <= set(session.scalars(select(Person.name)))
    database.dispose()

    result = restore_backup(copy, database.url, settings=settings)
    assert result.safety_copy is not None
    names = _names_after_restore(database.url)
    assert "Ennen kopiota" in names and "Kopion jälkeen" not in names

"""Backups belong to one database: same-named files, wrong clocks, copies opened by hand, damaged newest copies."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from db import backup
from db.backup import BackupSettings, backup_now, list_backups, startup_check
from db.engine import open_database
from db.enums import OrganisationKind
from db.errors import ValidationError
from db.models import Organisation

NOV = dt.datetime(2026, 11, 1, 9, 0, 0)


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(data))
    return data


@pytest.fixture
def settings(tmp_path: Path) -> BackupSettings:
    return BackupSettings(folder=tmp_path / "varmuuskopiot")


def _make(path: Path, name: str) -> Path:
    """A Sihteeri database file at ``path`` whose one organisation is called ``name``."""
    database = open_database(path)
    try:
        with database.begin() as session:
            session.add(Organisation(name=name, kind=OrganisationKind.MUNICIPALITY, is_home=True))
    finally:
        database.dispose()
    return path


@pytest.fixture
def two_files(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """Two databases both called sihteeri.db, in different folders."""
    yield (
        _make(tmp_path / "lautakunta" / "sihteeri.db", "Lautakunnan kanta"),
        _make(tmp_path / "jaosto" / "sihteeri.db", "Jaoston kanta"),
    )


def _organisation(path: Path) -> str:
    database = open_database(path, create=False)
    try:
        with database.begin() as session:
            return str(session.query(Organisation.name).one()[0])
    finally:
        database.dispose()


def test_same_named_databases_keep_and_are_offered_only_their_own_backups(
    two_files: tuple[Path, Path], settings: BackupSettings
) -> None:
    """Ensure two databases with the same file name share no backups: neither's rotation removes the other's
    copies, each lists only its own, and a lost one is offered its own copy, not the other's newer one."""
    first, second = two_files
    for day in range(3):
        assert backup_now(first, settings=settings, now=NOV + dt.timedelta(days=day)).ok
        result = backup_now(second, settings=settings, now=NOV + dt.timedelta(days=day, hours=8))
        assert result.ok and not result.removed, result.removed
    mine = list_backups(first, settings.folder)
    theirs = list_backups(second, settings.folder)
    assert len(mine) == 3 and len(theirs) == 3
    assert not {e.path for e in mine} & {e.path for e in theirs}
    assert all(e.source == backup.backup_source_id(first) for e in mine)
    first.unlink()
    problem = startup_check(first, settings=settings)
    assert problem is not None and problem.backup is not None
    assert problem.backup.path == mine[0].path
    backup.recover(problem, settings=settings)
    assert _organisation(first) == "Lautakunnan kanta"


def test_the_other_databases_newer_copy_does_not_skip_the_closing_backup(
    two_files: tuple[Path, Path], settings: BackupSettings
) -> None:
    """Ensure the closing backup of a changed database is taken although a same-named database has a newer copy."""
    first, second = two_files
    earlier = dt.datetime.now().timestamp() - 3600
    assert backup_now(first, settings=settings, now=dt.datetime.fromtimestamp(earlier)).ok
    for entry in list_backups(first, settings.folder):
        os.utime(entry.path, (earlier, earlier))
    later = earlier + 600
    os.utime(first, (later, later))  # saved after its copy
    assert backup_now(second, settings=settings).ok  # the other one closes now
    result = backup.backup_on_close(first, settings=settings)
    assert result is not None and result.ok


def test_copies_without_a_recorded_database_stay_listed_and_are_not_rotated(
    two_files: tuple[Path, Path], settings: BackupSettings
) -> None:
    """Ensure copies made before the database was recorded are listed for every database of that name, as
    before, and that no database's rotation removes them (they may be the other one's)."""
    first, second = two_files
    old = backup_now(first, settings=settings, now=NOV - dt.timedelta(days=200)).written[0]
    sidecar = old.with_name(old.name + ".json")
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    del meta["source"]
    sidecar.write_text(json.dumps(meta), encoding="utf-8")
    assert old in [e.path for e in list_backups(first, settings.folder)]
    assert old in [e.path for e in list_backups(second, settings.folder)]
    for day in range(40):
        backup_now(second, settings=settings, now=NOV + dt.timedelta(days=day * 10))
    assert old.exists()
    assert backup.verify_backup(old).ok


def test_a_dump_of_the_same_name_is_not_listed_for_a_file(
    two_files: tuple[Path, Path], settings: BackupSettings
) -> None:
    """Ensure a PostgreSQL dump named like a SQLite file's copies is not listed (or offered) for the file, nor the
    file's copies for a PostgreSQL database of that name."""
    first, _second = two_files
    copy = backup_now(first, settings=settings, now=NOV).written[0]
    dump = settings.folder / "sihteeri-20261101-100000.dump"
    dump.write_bytes(b"PGDMP")
    assert [e.path for e in list_backups(first, settings.folder)] == [copy]
    server = make_url("postgresql://sihteeri@palvelin/sihteeri")
    assert [e.path for e in list_backups(server, settings.folder)] == [dump]


def test_a_copy_dated_in_the_future_does_not_stop_automatic_backups(tmp_path: Path, settings: BackupSettings) -> None:
    """Ensure a copy taken under a clock a year ahead neither makes backups 'not due' nor is offered first."""
    path = _make(tmp_path / "sihteeri.db", "Kunta")
    now = dt.datetime.now()
    wrong = backup_now(path, settings=settings, now=now + dt.timedelta(days=365)).written[0]
    due = backup.backup_if_due(path, now, settings=settings)
    assert due is not None and due.ok
    assert any(wrong.name in warning for warning in due.warnings), due.warnings
    assert backup.newest_backup_time(path, settings, now) == backup.parse_name(due.written[0])[1]  # type: ignore[index]
    later = dt.datetime.now() + dt.timedelta(seconds=30)
    os.utime(path, (later.timestamp(), later.timestamp()))  # saved after that copy
    closing = backup.backup_on_close(path, settings=settings)
    assert closing is not None and closing.ok
    path.unlink()
    problem = startup_check(path, settings=settings)
    assert problem is not None and problem.backup is not None
    assert problem.backup.path != wrong


def test_a_backup_is_not_opened_as_a_database(tmp_path: Path, settings: BackupSettings) -> None:
    """Ensure opening a backup (to look at it) is refused with an explanation and leaves it restorable."""
    path = _make(tmp_path / "sihteeri.db", "Kunta")
    copy = backup_now(path, settings=settings).written[0]
    before = copy.read_bytes()
    with pytest.raises(ValidationError) as refused:
        open_database(copy)
    assert "varmuuskopio" in refused.value.message and "Palauta" in refused.value.message
    assert copy.read_bytes() == before
    assert not copy.with_name(copy.name + "-wal").exists()
    assert backup.verify_backup(copy).ok
    # A copy of it taken elsewhere (without the description) opens as a database.
    elsewhere = tmp_path / "katsottava.db"
    elsewhere.write_bytes(before)
    opened = open_database(elsewhere, create=False)
    opened.dispose()


def test_rotation_keeps_a_sound_copy_of_a_period_whose_newest_copy_changed(
    tmp_path: Path, settings: BackupSettings
) -> None:
    """Ensure the rotation never removes the last good copy of a month in favour of a newest copy changed after
    it was verified (written into, or opened by another program)."""
    path = _make(tmp_path / "sihteeri.db", "Kunta")
    january = [dt.datetime(2026, 1, day, 16) for day in (3, 10, 17, 24)]
    for moment in january:
        assert backup_now(path, settings=settings, now=moment).ok
    newest = list_backups(path, settings.folder)[0].path
    with newest.open("r+b") as fh:
        fh.seek(100)
        byte = fh.read(1)
        fh.seek(100)
        fh.write(bytes([byte[0] ^ 1]))
    assert not backup.verify_backup(newest).ok
    for day in range(1, 40):
        backup_now(path, settings=settings, now=dt.datetime(2026, 2, 1, 16) + dt.timedelta(days=day))
    left = [e.path for e in list_backups(path, settings.folder) if e.created.month == 1]
    assert any(backup.verify_backup(p).ok for p in left), left


def test_rotation_keep_adds_the_newest_sound_copy_of_a_period() -> None:
    """Ensure ``rotation_keep`` keeps the newest sound stamp of a period whose newest stamp is suspect."""
    stamps = [dt.datetime(2026, 1, 31, 10), dt.datetime(2026, 1, 31, 16)]
    now = dt.datetime(2026, 6, 1)
    assert backup.rotation_keep(stamps, now) == {stamps[1]}
    assert backup.rotation_keep(stamps, now, [stamps[1]]) == set(stamps)


def test_a_database_moved_to_another_folder_still_sees_its_earlier_copies(
    tmp_path: Path, settings: BackupSettings
) -> None:
    """Ensure a database file moved to another folder (a new computer, a renamed folder) is still listed and
    offered the copies taken at its old place, as nothing is at that place any more; a same-named database that
    is still at its place keeps its copies to itself."""
    old_place = _make(tmp_path / "vanha" / "sihteeri.db", "Lautakunnan kanta")
    other = _make(tmp_path / "jaosto" / "sihteeri.db", "Jaoston kanta")
    taken = backup_now(old_place, settings=settings, now=NOV).written[0]
    theirs = backup_now(other, settings=settings, now=NOV + dt.timedelta(hours=1)).written[0]
    new_place = tmp_path / "uusi" / "sihteeri.db"
    new_place.parent.mkdir()
    old_place.rename(new_place)
    assert [e.path for e in list_backups(new_place, settings.folder)] == [taken]
    new_place.unlink()
    problem = startup_check(new_place, settings=settings)
    assert problem is not None and problem.backup is not None and problem.backup.path == taken
    assert theirs not in [e.path for e in list_backups(new_place, settings.folder)]


def test_a_postgresql_database_is_the_same_whoever_logs_in() -> None:
    """Ensure the copies of a PostgreSQL database are recorded by server and database, not by login, so the
    scheduled backup's login and the secretary's see the same copies."""
    scheduled = make_url("postgresql+psycopg://sihteeri_backup:salainen@palvelin:5432/sihteeri?sslmode=require")
    secretary = make_url("postgresql+psycopg://maija@palvelin:5432/sihteeri")
    assert backup.backup_source_id(scheduled) == backup.backup_source_id(secretary)
    assert "salainen" not in backup.backup_source_id(scheduled)

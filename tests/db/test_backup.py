"""Backups: verified copies, restore to identical content, rotation, full disks, damaged files, start-up check."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import backup, pg_tools
from db.backup import BackupSettings, backup_now, restore_backup, rotation_keep, startup_check
from db.content import canonical_content, row_counts
from db.engine import Database, open_database, run_upgrade
from db.errors import KnownError, ValidationError
from db.models import Person

T0 = dt.datetime(2026, 3, 2, 16, 0, 0)


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(data))
    return data


@pytest.fixture
def settings(tmp_path: Path) -> BackupSettings:
    return BackupSettings(folder=tmp_path / "varmuuskopiot")


def content(database: Database) -> dict[str, list[dict[str, object]]]:
    with database.engine.connect() as conn:
        return canonical_content(conn)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups_in(folder: Path) -> list[Path]:
    """Every file in ``folder`` except the description files beside SQLite copies (and the test's ballast)."""
    files = [p for p in folder.iterdir() if p.name != "muuta.bin"]
    for path in files:
        if path.suffix == ".db":
            assert path.with_name(path.name + ".json") in files, f"{path.name} has no description"
    return sorted(p for p in files if not p.name.endswith(".db.json"))


def add_person(database: Database, name: str) -> None:
    with database.begin() as s:
        s.add(Person(name=name))


def test_backup_then_restore_gives_identical_content(demo_db: Database, settings: BackupSettings) -> None:
    """Ensure backup → change → restore gives back exactly the content at backup time, on both backends."""
    before = content(demo_db)
    result = backup_now(demo_db, settings=settings, now=T0)
    assert result.ok and not result.warnings, result.warnings
    check = backup.verify_backup(result.written[0])
    assert check.ok and check.bodies and check.last_meeting
    assert {name: len(rows) for name, rows in before.items()}.items() <= check.row_counts.items()
    add_person(demo_db, "Máret Čuđaŋ-Ŧaž")
    assert content(demo_db) != before
    demo_db.dispose()
    restored = restore_backup(result.written[0], demo_db.url, settings=settings, now=T0 + dt.timedelta(minutes=5))
    assert restored.safety_copy is not None and backup.verify_backup(restored.safety_copy).ok
    reopened = open_database(demo_db.url, create=False)
    try:
        assert content(reopened) == before
    finally:
        reopened.dispose()


def test_sqlite_backup_is_verified_and_leaves_no_temporary_files(sqlite_demo_db: Database,
                                                                 settings: BackupSettings) -> None:
    """Ensure the copy holds the same rows, passes integrity_check, is one file with its description, no temp file."""
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    path = result.written[0]
    assert path.name == f"sihteeri-{T0:%Y%m%d-%H%M%S}.db"
    assert sorted(p.name for p in settings.folder.iterdir()) == [path.name, path.name + ".json"]
    check = backup.verify_backup(path)
    assert check.ok and check.row_counts == result.row_counts and check.fingerprint == result.fingerprint
    assert check.fingerprint == digest(path)
    meta = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
    assert meta["sha256"] == digest(path) and meta["row_counts"] == result.row_counts
    assert meta["size"] == path.stat().st_size and meta["revision"] == check.revision
    with sqlite_demo_db.engine.connect() as conn:
        assert row_counts(conn).items() <= result.row_counts.items()
    assert "Hyvinvointilautakunta" in check.bodies and "/20" in check.last_meeting
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# --- how the copy is taken: the file's bytes when they can be frozen, otherwise the backup API ------------------


@pytest.fixture
def ways_used(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which way each backup copied: "file" (the database file's bytes) or "api" (SQLite's backup API)."""
    used: list[str] = []
    real_file, real_api = backup._copy_file_snapshot, backup._copy_with_backup_api

    def file_copy(source: Path, temp: Path, progress: backup.ProgressFn | None) -> dict[str, int] | None:
        counts = real_file(source, temp, progress)
        if counts is not None:
            used.append("file")
        return counts

    def api_copy(source: Path, temp: Path, progress: backup.ProgressFn | None) -> dict[str, int]:
        used.append("api")
        return real_api(source, temp, progress)

    monkeypatch.setattr(backup, "_copy_file_snapshot", file_copy)
    monkeypatch.setattr(backup, "_copy_with_backup_api", api_copy)
    return used


def _insert_person(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("INSERT INTO person (name, title, title_sv, phone, email, version, created_at, updated_at) "
                 "VALUES (?, '', '', '', '', 1, '2026-11-26 00:00:00', '2026-11-26 00:00:00')", (name,))


def _restored_people(path: Path) -> set[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        names = {str(r[0]) for r in conn.execute("SELECT name FROM person")}
    conn.close()
    return names


def test_commits_still_in_the_write_ahead_log_are_in_the_file_copy(sqlite_demo_db: Database,
                                                                   settings: BackupSettings,
                                                                   ways_used: list[str]) -> None:
    """Ensure a commit not yet checkpointed (another connection keeps the log) is in the byte-for-byte copy."""
    keeper = sqlite3.connect(sqlite_demo_db.path, isolation_level=None)
    try:
        keeper.execute("PRAGMA wal_autocheckpoint=0")
        _insert_person(keeper, "Vielä Lokissa")
        wal = sqlite_demo_db.path.with_name(sqlite_demo_db.path.name + "-wal")
        assert wal.stat().st_size > 0  # the row is only in the log
        progress: list[tuple[int, int, str]] = []
        result = backup_now(sqlite_demo_db, settings=settings, now=T0,
                            progress=lambda done, total, what: progress.append((done, total, what)))
    finally:
        keeper.close()
    assert result.ok and ways_used == ["file"]
    copy = result.written[0]
    assert "Vielä Lokissa" in _restored_people(copy)
    assert backup.verify_backup(copy).ok
    copied = [p for p in progress if p[2] == "Kopioidaan tietokantaa…"]
    assert copied and copied[-1][0] == copied[-1][1] == copy.stat().st_size


def _bytes_file(path: Path, size: int) -> bytes:
    data = hashlib.sha256(b"sihteeri").digest() * (size // 32 + 1)
    path.write_bytes(data[:size] + b"ylimaaraista")  # bytes past the snapshot's size are not copied
    return data[:size]


@pytest.mark.skipif(not hasattr(os, "copy_file_range"), reason="os.copy_file_range is Linux's")
def test_the_file_is_copied_inside_the_kernel_where_it_can_be(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure the copy goes through os.copy_file_range in chunks, with progress, and holds the first size bytes."""
    size = 10_000
    expected = _bytes_file(tmp_path / "a.db", size)
    calls: list[int] = []
    real = os.copy_file_range

    def counting(src: int, dst: int, count: int, offset_src: int | None = None,
                 offset_dst: int | None = None) -> int:
        calls.append(count)
        return real(src, dst, count, offset_src, offset_dst)

    monkeypatch.setattr(os, "copy_file_range", counting)
    monkeypatch.setattr(backup, "_KERNEL_CHUNK", 4096)
    progress: list[tuple[int, int, str]] = []
    backup._copy_bytes(tmp_path / "a.db", tmp_path / "b.db", size, lambda *p: progress.append(p))
    assert (tmp_path / "b.db").read_bytes() == expected
    assert calls == [4096, 4096, size - 8192]
    assert [p[0] for p in progress] == [4096, 8192, size]


@pytest.mark.parametrize("kernel", ["fails half-way", "missing"])
def test_the_buffered_copy_goes_on_where_the_kernel_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             kernel: str) -> None:
    """Ensure a copy_file_range that fails (other file system, old kernel) or is missing (Windows) loses nothing."""
    size = 3 * 4096 + 100
    expected = _bytes_file(tmp_path / "a.db", size)
    real = getattr(os, "copy_file_range", None)
    calls: list[int] = []

    def once_then_exdev(src: int, dst: int, count: int, offset_src: int | None = None,
                        offset_dst: int | None = None) -> int:
        calls.append(count)
        if len(calls) > 1 or real is None:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return int(real(src, dst, count, offset_src, offset_dst))

    if kernel == "missing":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    else:
        monkeypatch.setattr(os, "copy_file_range", once_then_exdev, raising=False)
    monkeypatch.setattr(backup, "_KERNEL_CHUNK", 4096)
    monkeypatch.setattr(backup, "_COPY_CHUNK", 1000)
    progress: list[tuple[int, int, str]] = []
    backup._copy_bytes(tmp_path / "a.db", tmp_path / "b.db", size, lambda *p: progress.append(p))
    assert (tmp_path / "b.db").read_bytes() == expected
    assert progress[-1][:2] == (size, size)
    assert len(calls) == (2 if kernel == "fails half-way" else 0)


def test_a_short_source_is_unreadable_whichever_way_it_is_copied(tmp_path: Path) -> None:
    """Ensure a file shorter than its snapshot's size (changed under us) is reported, not copied short."""
    _bytes_file(tmp_path / "a.db", 5000)
    with pytest.raises(backup._SourceUnreadable, match="tiedosto loppui kohdassa 5012/6000"):
        backup._copy_bytes(tmp_path / "a.db", tmp_path / "b.db", 6000, None)


def test_saves_go_on_during_the_copy_and_are_not_in_it(sqlite_demo_db: Database, settings: BackupSettings,
                                                     ways_used: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a save made while the file is copied neither waits nor gets into the copy (nor tears it)."""
    attempts: list[str] = []
    real_copy = backup._copy_bytes

    def copy_and_write(source: Path, temp: Path, size: int, progress: backup.ProgressFn | None) -> None:
        other = sqlite3.connect(source, isolation_level=None, timeout=0)
        try:
            _insert_person(other, "Kesken Kopioinnin")
            other.execute("PRAGMA wal_checkpoint(PASSIVE)")  # tries to write the new page into the file
            attempts.append("kirjoitettiin")
        except sqlite3.OperationalError as exc:
            attempts.append(str(exc))
        finally:
            other.close()
        real_copy(source, temp, size, progress)

    monkeypatch.setattr(backup, "_copy_bytes", copy_and_write)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert result.ok and ways_used == ["file"]
    assert attempts == ["kirjoitettiin"]
    assert "Kesken Kopioinnin" not in _restored_people(result.written[0])
    assert "Kesken Kopioinnin" in _restored_people(sqlite_demo_db.path)  # type: ignore[arg-type]


def test_a_reader_keeping_an_old_snapshot_means_the_backup_api(sqlite_demo_db: Database, settings: BackupSettings,
                                                               ways_used: list[str]) -> None:
    """Ensure a connection reading an older snapshot (the log cannot be emptied) gives a good copy by pages."""
    reader = sqlite3.connect(sqlite_demo_db.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM person").fetchone()
        add_person(sqlite_demo_db, "Uudempi Rivi")  # committed after the reader's snapshot
        result = backup_now(sqlite_demo_db, settings=settings, now=T0)
        reader.execute("ROLLBACK")
    finally:
        reader.close()
    assert result.ok and ways_used == ["api"]
    assert "Uudempi Rivi" in _restored_people(result.written[0])
    assert backup.verify_backup(result.written[0]).ok


def test_an_unreadable_database_file_means_the_backup_api(sqlite_demo_db: Database, settings: BackupSettings,
                                                          ways_used: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a read error half-way (Windows' lock bytes) leaves no half copy: the pages are copied instead."""
    def half_then_fail(source: Path, temp: Path, size: int, progress: backup.ProgressFn | None) -> None:
        temp.write_bytes(source.read_bytes()[: size // 2])
        raise backup._SourceUnreadable("[WinError 33] lukittu alue")

    monkeypatch.setattr(backup, "_copy_bytes", half_then_fail)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert result.ok and ways_used == ["api"]
    assert backup.verify_backup(result.written[0]).ok
    assert sorted(p.name for p in settings.folder.iterdir()) == [result.written[0].name,
                                                                 result.written[0].name + ".json"]


def test_a_database_in_rollback_journal_mode_is_copied_as_a_file(tmp_path: Path, sqlite_demo_db: Database,
                                                                 settings: BackupSettings,
                                                                 ways_used: list[str]) -> None:
    """Ensure a database file not in WAL mode (e.g. copied in from elsewhere) is copied and checked the same way."""
    sqlite_demo_db.engine.dispose()
    with sqlite3.connect(sqlite_demo_db.path, isolation_level=None) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    conn.close()
    expected = _restored_people(sqlite_demo_db.path)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert result.ok and ways_used == ["file"]
    assert _restored_people(result.written[0]) == expected


def test_second_folder_missing_gives_a_warning_and_the_main_copy(sqlite_database: Database, tmp_path: Path) -> None:
    """Ensure a missing second folder (USB stick out) warns, is not created, and the main copy is written."""
    stick = tmp_path / "media" / "tikku"
    settings = BackupSettings(folder=tmp_path / "vk", second_folder=stick)
    result = backup_now(sqlite_database, settings=settings, now=T0)
    assert len(result.written) == 1 and result.written[0].parent == tmp_path / "vk"
    assert len(result.warnings) == 1 and "muistitikku" in result.warnings[0]
    assert not stick.exists()
    stick.mkdir(parents=True)
    result = backup_now(sqlite_database, settings=settings, now=T0 + dt.timedelta(hours=1))
    assert [p.parent for p in result.written] == [tmp_path / "vk", stick] and not result.warnings


# --- rotation ------------------------------------------------------------------------------------------------


def test_rotation_policy_keeps_7_daily_4_weekly_12_monthly() -> None:
    """Ensure two years of four backups a day thin out to the newest per day, week and month."""
    stamps = [dt.datetime(2025, 1, 1, 8) + dt.timedelta(hours=6 * i) for i in range(4 * 730)]
    now = stamps[-1]
    keep = rotation_keep(stamps, now)
    days = sorted({s.date() for s in stamps}, reverse=True)[:7]
    for day in days:
        assert max(s for s in stamps if s.date() == day) in keep
    assert len({s.date() for s in keep}) >= 7
    months = sorted({(s.year, s.month) for s in stamps}, reverse=True)[:12]
    assert {(s.year, s.month) for s in keep} == set(months)
    weeks = sorted({s.isocalendar()[:2] for s in stamps}, reverse=True)[:4]
    assert set(weeks) <= {s.isocalendar()[:2] for s in keep}
    assert len(keep) <= 7 + 4 + 12
    assert min(keep) >= dt.datetime(now.year - 1, now.month, 1) - dt.timedelta(days=31)


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip fsync in tests about naming and rotation (hundreds of copies), where durability is not the point."""
    monkeypatch.setattr(backup, "_fsync", lambda _path: None)
    monkeypatch.setattr(backup, "_fsync_dir", lambda _folder: None)


@pytest.mark.usefixtures("no_fsync")
def test_rotation_over_simulated_months_with_the_real_scheduler(sqlite_database: Database,
                                                                settings: BackupSettings) -> None:
    """Ensure timer runs of backup_if_due over 14 months keep the right files and never the wrong ones."""
    taken = 0
    days = [*range(0, 300, 3), *range(300, 420)]  # the computer is used every third day at first, then daily
    for day in days:
        for hour in (9, 17):  # the timer fires often; a backup is taken only once a day
            now = dt.datetime(2025, 1, 6) + dt.timedelta(days=day, hours=hour)
            if backup.backup_if_due(sqlite_database, now, settings=settings) is not None:
                taken += 1
    assert taken == len(days)
    entries = backup.list_backups(sqlite_database, settings.folder)
    stamps = [e.created for e in entries]
    assert stamps == sorted(rotation_keep(stamps, stamps[0]), reverse=True)
    last = entries[0].created
    assert [e.created.date() for e in entries[:7]] == [(last - dt.timedelta(days=i)).date() for i in range(7)]
    assert len({(s.year, s.month) for s in stamps}) == 12
    assert 7 + 12 <= len(entries) <= 23
    assert all(backup.verify_backup(e.path).ok for e in entries[:3])


@pytest.mark.usefixtures("no_fsync")
def test_tagged_copies_are_never_rotated(sqlite_database: Database, settings: BackupSettings) -> None:
    """Ensure copies taken before an upgrade or a restore survive any amount of rotation."""
    tagged = backup_now(sqlite_database, settings=settings, now=T0, tag=backup.TAG_BEFORE_UPGRADE).written[0]
    for day in range(1, 40):
        backup_now(sqlite_database, settings=settings, now=T0 + dt.timedelta(days=day))
    assert tagged.exists() and backup.parse_name(tagged) is not None


# --- full disk ---------------------------------------------------------------------------------------------


def _fill_with_old_backups(database: Database, settings: BackupSettings, count: int) -> dict[Path, str]:
    older = {}
    for i in range(count):
        path = backup_now(database, settings=settings, now=T0 - dt.timedelta(days=count - i)).written[0]
        older[path] = digest(path)
    return older


def test_simulated_enospc_during_the_write_keeps_older_backups(sqlite_demo_db: Database, settings: BackupSettings,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure ENOSPC while writing gives a warning, removes only the half copy and keeps every older backup."""
    older = _fill_with_old_backups(sqlite_demo_db, settings, 3)

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_fsync", full)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert not result.ok and not result.removed
    assert "ei ole tilaa" in result.warnings[0] and "Vanhat varmuuskopiot ovat ennallaan" in result.warnings[0]
    assert {p: digest(p) for p in older} == older
    assert sorted(backups_in(settings.folder)) == sorted(older)


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 1200 KiB tmpfs (needs root and mount rights; skipped otherwise)."""
    where = tmp_path / "pieni"
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("pienen tiedostojärjestelmän liittäminen vaatii pääkäyttäjän oikeudet")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(where)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip(f"tmpfs-liitos ei onnistunut: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


def test_really_full_filesystem_keeps_older_backups(sqlite_demo_db: Database, tiny_filesystem: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a genuinely full disk (tmpfs) during a backup keeps the older copies byte for byte."""
    settings = BackupSettings(folder=tiny_filesystem)
    older = _fill_with_old_backups(sqlite_demo_db, settings, 2)
    ballast = tiny_filesystem / "muuta.bin"
    free = shutil.disk_usage(tiny_filesystem).free
    ballast.write_bytes(b"\0" * max(free - 64 * 1024, 0))
    # First the cheap pre-check refuses; then, with the check fooled, the write itself hits ENOSPC.
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert not result.ok and "ei ole tilaa" in result.warnings[0]
    monkeypatch.setattr(backup, "_check_space", lambda _folder, _needed: None)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(seconds=1))
    assert not result.ok and "ei ole tilaa" in result.warnings[0]
    assert {p: digest(p) for p in older} == older
    assert sorted(backups_in(tiny_filesystem)) == sorted(older)
    assert not [p for p in tiny_filesystem.iterdir() if ".kesken-" in p.name]


# --- damaged files and the start-up check --------------------------------------------------------------------


def _damage(kind: str, path: Path) -> None:
    if kind == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif kind == "random":
        path.write_bytes(os.urandom(64 * 1024))
    elif kind == "foreign":
        path.unlink()
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
            conn.execute("INSERT INTO moz_places (url) VALUES ('https://www.hartola.fi')")
        conn.close()
    elif kind == "empty":
        path.write_bytes(b"")


@pytest.mark.parametrize("kind", ["truncated", "random", "foreign", "empty"])
def test_damaged_database_is_detected_left_untouched_and_recovered(kind: str, sqlite_demo_db: Database,
                                                                   settings: BackupSettings) -> None:
    """Ensure a damaged database gets a clear message, is never changed, and recovery moves it aside."""
    path = sqlite_demo_db.path
    assert path is not None
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    expected = content(sqlite_demo_db)
    sqlite_demo_db.dispose()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _damage(kind, path)
    before = digest(path)

    problem = startup_check(path, settings=settings)
    assert problem is not None
    assert problem.kind == ("foreign" if kind == "foreign" else "damaged")
    assert str(path) in problem.message
    assert any(word in problem.message for word in ("vioittunut", "tyhjä", "ei ole Sihteerin", "ei ole SQLite"))
    assert problem.backup is not None and problem.backup.path == good
    with pytest.raises(KnownError):
        backup_now(path, settings=settings, now=T0 + dt.timedelta(hours=1))
    with pytest.raises(KnownError):
        open_database(path)
    assert digest(path) == before and [p.name for p in backups_in(settings.folder)] == [good.name]

    result = backup.recover(problem, settings=settings, now=T0 + dt.timedelta(hours=2))
    assert result.safety_copy is None
    assert len(result.moved_aside) == 1 and digest(result.moved_aside[0]) == before
    reopened = open_database(path, create=False)
    try:
        assert content(reopened) == expected
    finally:
        reopened.dispose()


def test_damaged_backup_files_fail_verification(tmp_path: Path, sqlite_demo_db: Database,
                                                settings: BackupSettings) -> None:
    """Ensure verify_backup reports each kind of damaged copy with a Finnish reason and never changes it."""
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    for kind in ("truncated", "random", "foreign", "empty"):
        copy = tmp_path / f"{kind}.db"
        shutil.copyfile(good, copy)
        _damage(kind, copy)
        before = digest(copy)
        check = backup.verify_backup(copy)
        assert not check.ok and check.problem, kind
        assert digest(copy) == before
    with pytest.raises(ValidationError, match="Varmuuskopiota ei palautettu"):
        restore_backup(tmp_path / "random.db", sqlite_demo_db.url, settings=settings)


def test_missing_database_offers_the_newest_good_backup(sqlite_demo_db: Database, settings: BackupSettings) -> None:
    """Ensure a missing database with backups is a problem, and a newer damaged backup is skipped."""
    path = sqlite_demo_db.path
    assert path is not None
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    newer = backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(days=1)).written[0]
    _damage("truncated", newer)
    sqlite_demo_db.dispose()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    problem = startup_check(path, settings=settings)
    assert problem is not None and problem.kind == "missing" and "ei löydy" in problem.message
    assert problem.backup is not None and problem.backup.path == good
    assert [r.path for r in problem.rejected] == [newer]
    backup.recover(problem, settings=settings)
    assert startup_check(path, settings=settings) is None


def test_first_start_and_healthy_database_are_no_problem(tmp_path: Path, sqlite_database: Database,
                                                         settings: BackupSettings) -> None:
    """Ensure no backups and no database (first start), or a healthy database, give no start-up problem."""
    assert startup_check(tmp_path / "uusi" / "sihteeri.db", settings=settings) is None
    assert startup_check(sqlite_database.path, settings=settings) is None


# --- hooks into the application -----------------------------------------------------------------------------


def test_backup_before_upgrade_hook_copies_an_old_database(tmp_path: Path, own_data_dir: Path) -> None:
    """Ensure open_database(before_upgrade=backup_before_upgrade) leaves a verified, tagged copy of the old schema."""
    from sqlalchemy import create_engine

    from db.engine import known_revisions

    revisions = sorted(known_revisions())
    if len(revisions) < 2:
        pytest.skip("vain yksi rakenneversio; päivitettävää ei ole")
    path = tmp_path / "vanha.db"
    engine = create_engine(f"sqlite:///{path}")
    run_upgrade(engine, revisions[0])
    engine.dispose()
    database = open_database(path, before_upgrade=backup.backup_before_upgrade)
    try:
        copy = database.backup_before_upgrade
        assert copy is not None and copy.parent == own_data_dir / "varmuuskopiot"
        assert copy.name.endswith(f"-{backup.TAG_BEFORE_UPGRADE}.db")
        check = backup.verify_backup(copy)
        assert check.ok and check.revision == revisions[0]
    finally:
        database.dispose()


def test_the_window_and_the_commands_upgrade_only_after_a_verified_backup(
    tmp_path: Path, own_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure an older database opened by the window or a command is upgraded after a verified, tagged copy in
    the backup folder (the README's promise), not only after a file copy beside it."""
    from sqlalchemy import create_engine

    from cli import main as cli_main
    from db.engine import known_revisions

    revisions = sorted(known_revisions())
    if len(revisions) < 2:
        pytest.skip("vain yksi rakenneversio; päivitettävää ei ole")
    folder = own_data_dir / "varmuuskopiot"
    for name in ("ikkuna.db", "komento.db"):
        engine = create_engine(f"sqlite:///{tmp_path / name}")
        run_upgrade(engine, revisions[0])
        engine.dispose()

    database = backup.open_for_use(str(tmp_path / "ikkuna.db"))  # what the window opens with
    try:
        assert database.upgraded_from == revisions[0]
        copy = database.backup_before_upgrade
        assert copy is not None and copy.parent == folder and copy.name.startswith("ikkuna-")
        assert copy.name.endswith(f"-{backup.TAG_BEFORE_UPGRADE}.db")
        assert backup.verify_backup(copy).revision == revisions[0] and backup.verify_backup(copy).ok
    finally:
        database.dispose()

    assert cli_main(["--database", str(tmp_path / "komento.db"), "agreements"]) == 0
    capsys.readouterr()
    tagged = [e for e in backup.list_backups(tmp_path / "komento.db", folder) if e.tag == backup.TAG_BEFORE_UPGRADE]
    assert len(tagged) == 1 and backup.verify_backup(tagged[0].path).ok
    assert not list(tmp_path.glob("*.ennen-paivitysta-*"))  # no unverified copy beside the databases


def test_a_postgresql_database_is_upgraded_without_pg_dump(database: Database) -> None:
    """Ensure the window's upgrade hook takes no pg_dump copy of a PostgreSQL database (and needs no tools)."""
    if database.path is not None:
        pytest.skip("PostgreSQL only")
    assert backup.upgrade_copy(database, None) is None


def test_backup_on_close_only_when_something_changed(sqlite_database: Database, settings: BackupSettings) -> None:
    """Ensure closing takes a copy after changes, and none when nothing changed since the newest copy."""
    first = backup.backup_on_close(sqlite_database, dt.datetime.now(), settings=settings)
    assert first is not None and first.ok
    assert backup.backup_on_close(sqlite_database, dt.datetime.now() + dt.timedelta(seconds=2),
                                  settings=settings) is None
    add_person(sqlite_database, "Aino Äijälä")
    os.utime(sqlite_database.path, None)
    later = dt.datetime.now() + dt.timedelta(seconds=4)
    second = backup.backup_on_close(sqlite_database, later, settings=settings)
    assert second is not None and second.ok
    with sqlite3.connect(second.written[0]) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE name = 'Aino Äijälä'").fetchone()[0] == 1
    conn.close()


def test_a_session_that_only_read_closes_without_a_backup(tmp_path: Path, sqlite_database: Database,
                                                           settings: BackupSettings) -> None:
    """Ensure opening the database again (a new start: SQLite makes a new, empty log) is not taken for a change,
    while a save in that session is."""
    path = sqlite_database.path
    assert path is not None
    assert backup.backup_on_close(sqlite_database, dt.datetime.now(), settings=settings) is not None
    sqlite_database.dispose()
    time.sleep(0.05)
    again = open_database(path, create=False)  # the next start
    try:
        with again.begin() as session:
            session.scalars(select(Person)).all()
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size == 0
        assert wal.stat().st_mtime > backups_in(settings.folder)[0].stat().st_mtime  # newer, yet nothing saved
        assert backup.backup_on_close(again, dt.datetime.now(), settings=settings) is None
        add_person(again, "Tallennettu Myöhemmin")
        later = dt.datetime.now() + dt.timedelta(seconds=2)
        assert wal.stat().st_size > 0
        saved = backup.backup_on_close(again, later, settings=settings)
        assert saved is not None and "Tallennettu Myöhemmin" in _restored_people(saved.written[0])
    finally:
        again.dispose()


def test_settings_persist_in_the_data_folder(own_data_dir: Path, tmp_path: Path) -> None:
    """Ensure the backup folders are saved in a JSON file in the data folder and a damaged file means defaults."""
    assert BackupSettings.load().folder == own_data_dir / "varmuuskopiot"
    BackupSettings(folder=tmp_path / "a", second_folder=tmp_path / "b", interval_hours=12).save()
    loaded = BackupSettings.load()
    assert (loaded.folder, loaded.second_folder, loaded.interval_hours) == (tmp_path / "a", tmp_path / "b", 12)
    (own_data_dir / backup.SETTINGS_FILE).write_text("{ rikki", encoding="utf-8")
    assert BackupSettings.load().folder == own_data_dir / "varmuuskopiot"


def test_missing_postgresql_tools_give_a_finnish_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a PostgreSQL backup without pg_dump explains what to install."""
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("SIHTEERI_PG_BIN", raising=False)
    monkeypatch.setattr(pg_tools.glob, "glob", lambda _pattern: [])
    with pytest.raises(pg_tools.ToolMissing, match="pg_dump") as caught:
        backup_now("postgresql+psycopg://sihteeri@palvelin/sihteeri", folders=[Path("/nonexistent")])
    assert "postgresql-client" in caught.value.message


def test_an_unreachable_server_is_a_finnish_warning_not_a_crash(tmp_path: Path) -> None:
    """Ensure a PostgreSQL backup whose server does not answer says so in Finnish (it ended in a traceback)."""
    try:
        pg_tools.find_tool("pg_dump")
        pg_tools.find_tool("pg_restore")
    except pg_tools.ToolMissing:
        pytest.skip("no pg_dump")
    result = backup_now(f"postgresql+psycopg://sihteeri@/sihteeri?host={tmp_path / 'ei-palvelinta'}",
                        folders=[tmp_path / "kopiot"])  # fmt: skip
    assert not result.ok and not result.written
    assert "ei saada yhteyttä" in result.warnings[0]


def test_listing_shows_date_size_and_contents(sqlite_demo_db: Database, settings: BackupSettings) -> None:
    """Ensure the listing has the newest first, with size, bodies and last meeting, and skips temp files."""
    for i in range(3):
        backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(days=i))
    (settings.folder / ".sihteeri-20260310-120000.db.kesken-99").write_bytes(b"puolikas")
    entries = backup.list_backups(sqlite_demo_db, settings.folder)
    assert [e.created for e in entries] == [T0 + dt.timedelta(days=i) for i in (2, 1, 0)]
    assert all(e.size > 0 and e.kind == "sqlite" for e in entries)
    described = backup.describe_backup(entries[0])
    assert described.bodies and described.last_meeting
    with sqlite_demo_db.begin() as s:
        assert (s.scalar(select(func.count(Person.id))) or 0) > 0


def test_postgresql_dump_is_described_and_tampering_is_detected(demo_db: Database, settings: BackupSettings) -> None:
    """Ensure a pg_dump backup lists its contents from its description file and a changed byte fails verification."""
    if demo_db.is_sqlite:
        pytest.skip("PostgreSQL only")
    path = backup_now(demo_db, settings=settings, now=T0).written[0]
    assert path.suffix == ".dump" and path.with_name(path.name + ".json").exists()
    entry = backup.list_backups(demo_db, settings.folder)[0]
    assert entry.kind == "postgresql"
    described = backup.describe_backup(entry)
    assert "Hyvinvointilautakunta" in described.bodies and described.last_meeting
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    check = backup.verify_backup(path)
    assert not check.ok and "tarkiste ei täsmää" in check.problem
    with pytest.raises(ValidationError):
        restore_backup(path, demo_db.url, settings=settings)


def test_failed_restore_puts_the_database_back(sqlite_demo_db: Database, settings: BackupSettings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a restore failing at the last rename leaves the current database where and as it was."""
    path = sqlite_demo_db.path
    assert path is not None
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    add_person(sqlite_demo_db, "Jää paikalleen")
    expected = content(sqlite_demo_db)
    sqlite_demo_db.dispose()
    real_replace = os.replace

    def refuse_final(src: os.PathLike[str] | str, dst: os.PathLike[str] | str) -> None:
        if Path(dst) == path and ".kesken-" in Path(src).name:
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", refuse_final)
    with pytest.raises(KnownError, match="ei voitu palauttaa"):
        restore_backup(good, path, settings=settings, now=T0 + dt.timedelta(hours=1))
    monkeypatch.setattr(backup.os, "replace", real_replace)
    assert not list(path.parent.glob("*.ennen-palautusta-*"))
    reopened = open_database(path, create=False)
    try:
        assert content(reopened) == expected
    finally:
        reopened.dispose()


# --- verification is not skipped -----------------------------------------------------------------------------


def _scribble(path: Path, at: float) -> None:
    """Overwrite 8 KiB in the middle of a SQLite file with garbage (pages of a table, not the header)."""
    with path.open("r+b") as fh:
        fh.seek(int(path.stat().st_size * at) // 4096 * 4096)
        fh.write(b"\xa5" * 8192)


def test_copy_damaged_before_the_rename_is_not_kept(sqlite_demo_db: Database, settings: BackupSettings,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a copy damaged between the copy and the rename fails its check: a warning, no file, older kept."""
    older = _fill_with_old_backups(sqlite_demo_db, settings, 2)
    real_verify = backup.verify_sqlite_file

    def damage_then_verify(path: Path, *, full: bool = True) -> backup.Verification:
        if ".kesken-" in path.name:
            _scribble(path, 0.5)
        return real_verify(path, full=full)

    monkeypatch.setattr(backup, "verify_sqlite_file", damage_then_verify)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert not result.ok and not result.removed
    assert "ei ollut ehjä" in result.warnings[0] and "vioittunut" in result.warnings[0]
    assert sorted(backups_in(settings.folder)) == sorted(older)
    assert {p: digest(p) for p in older} == older
    assert not [p for p in settings.folder.iterdir() if ".kesken-" in p.name]


def test_copy_with_other_row_counts_than_the_source_is_not_kept(sqlite_demo_db: Database,
                                                                 settings: BackupSettings,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure the copy's row counts are compared with the source's snapshot (a lost row means no backup)."""
    real_counts = backup._row_counts
    source = sqlite_demo_db.path

    def source_has_one_more(conn: sqlite3.Connection) -> dict[str, int]:
        counts = real_counts(conn)
        if Path(conn.execute("PRAGMA database_list").fetchone()[2]) == source:
            counts["person"] += 1
        return counts

    monkeypatch.setattr(backup, "_row_counts", source_has_one_more)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert not result.ok and "rivimäärät" in result.warnings[0]
    assert not settings.folder.exists() or not list(settings.folder.iterdir())


def test_backup_changed_afterwards_fails_verification_and_is_not_restored(sqlite_demo_db: Database,
                                                                         settings: BackupSettings) -> None:
    """Ensure a backup edited after it was taken (still a healthy SQLite file) fails on its fingerprint."""
    path = sqlite_demo_db.path
    assert path is not None
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    edited = backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(days=1)).written[0]
    with sqlite3.connect(edited) as conn:
        conn.execute("UPDATE person SET name = 'Joku Muu' WHERE id = (SELECT min(id) FROM person)")
    conn.close()
    with sqlite3.connect(edited) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    check = backup.verify_backup(edited)
    assert not check.ok and "tarkiste ei täsmää" in check.problem
    sqlite_demo_db.dispose()
    before = digest(path)
    with pytest.raises(ValidationError, match="tarkiste ei täsmää"):
        restore_backup(edited, path, settings=settings, now=T0 + dt.timedelta(days=2))
    assert digest(path) == before
    entry, verification, rejected = backup.newest_good_backup(path, settings.folder)
    assert entry is not None and entry.path == good and verification is not None and verification.ok
    assert [r.path for r in rejected] == [edited]


def test_flipped_bit_in_a_backup_is_reported(sqlite_demo_db: Database, settings: BackupSettings) -> None:
    """Ensure one changed bit anywhere in the copy (bit rot) makes verification fail."""
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    size = good.stat().st_size
    for offset in (100, size // 3, size // 2, size - 7):
        copy = settings.folder / f"sihteeri-20260303-12000{offset % 10}.db"
        data = bytearray(good.read_bytes())
        data[offset] ^= 0x10
        copy.write_bytes(bytes(data))
        shutil.copyfile(good.with_name(good.name + ".json"), copy.with_name(copy.name + ".json"))
        check = backup.verify_backup(copy)
        assert not check.ok and check.problem, offset
        copy.unlink()
        copy.with_name(copy.name + ".json").unlink()


def test_copy_without_its_description_is_verified_and_restored(sqlite_demo_db: Database, settings: BackupSettings,
                                                               tmp_path: Path) -> None:
    """Ensure a backup copied by hand without its .json still passes integrity_check and restores exactly."""
    path = sqlite_demo_db.path
    assert path is not None
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    expected = content(sqlite_demo_db)
    stick = tmp_path / "tikku"
    stick.mkdir()
    moved = stick / good.name
    shutil.copyfile(good, moved)
    check = backup.verify_backup(moved)
    assert check.ok and check.fingerprint == digest(good) and check.row_counts
    add_person(sqlite_demo_db, "Myöhemmin Lisätty")
    sqlite_demo_db.dispose()
    restore_backup(moved, path, settings=settings, now=T0 + dt.timedelta(hours=1))
    reopened = open_database(path, create=False)
    try:
        assert content(reopened) == expected
    finally:
        reopened.dispose()
    _scribble(moved, 0.5)
    assert not backup.verify_backup(moved).ok


def test_restore_checks_the_copied_bytes(sqlite_demo_db: Database, settings: BackupSettings,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a restore whose copy came out different from the verified backup touches nothing."""
    path = sqlite_demo_db.path
    assert path is not None
    good = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    add_person(sqlite_demo_db, "Jää paikalleen")
    expected = content(sqlite_demo_db)
    sqlite_demo_db.dispose()
    real_copy = shutil.copyfile

    def copy_badly(src: Path, dst: Path) -> Path:
        real_copy(src, dst)
        data = bytearray(Path(dst).read_bytes())
        data[len(data) // 2] ^= 0x01
        Path(dst).write_bytes(bytes(data))
        return dst

    monkeypatch.setattr(backup.shutil, "copyfile", copy_badly)
    with pytest.raises(KnownError, match="ei vastannut varmuuskopiota"):
        restore_backup(good, path, settings=settings, now=T0 + dt.timedelta(hours=1))
    monkeypatch.setattr(backup.shutil, "copyfile", real_copy)
    assert not [p for p in path.parent.iterdir() if ".palautus" in p.name]
    reopened = open_database(path, create=False)
    try:
        assert content(reopened) == expected
    finally:
        reopened.dispose()


def test_orphaned_description_files_are_cleaned_up(sqlite_database: Database, settings: BackupSettings) -> None:
    """Ensure a description left without its copy (removed by hand) goes at the next backup, others stay."""
    first = backup_now(sqlite_database, settings=settings, now=T0, rotate_old=False).written[0]
    second = backup_now(sqlite_database, settings=settings, now=T0 + dt.timedelta(hours=1),
                        rotate_old=False).written[0]
    first.unlink()
    orphan = first.with_name(first.name + ".json")
    old = (T0 - dt.timedelta(hours=2)).timestamp()
    os.utime(orphan, (old, old))
    backup_now(sqlite_database, settings=settings, now=T0 + dt.timedelta(hours=2), rotate_old=False)
    assert not orphan.exists()
    assert second.with_name(second.name + ".json").exists()


def test_listing_reads_the_description_and_falls_back_to_the_file(sqlite_demo_db: Database,
                                                                  settings: BackupSettings) -> None:
    """Ensure describe_backup takes contents from the description, and from the file when it is gone or stale."""
    path = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    from_file = backup.verify_sqlite_file(path, full=False)
    assert from_file.ok and from_file.bodies and from_file.last_meeting
    described = backup.describe_backup(backup.list_backups(sqlite_demo_db, settings.folder)[0])
    assert described.ok and described.row_counts
    assert (described.bodies, described.last_meeting, described.revision) == (
        from_file.bodies, from_file.last_meeting, from_file.revision)
    sidecar = path.with_name(path.name + ".json")
    saved = sidecar.read_bytes()
    sidecar.unlink()
    described = backup.describe_backup(backup.list_backups(sqlite_demo_db, settings.folder)[0])
    assert described.ok and described.bodies == from_file.bodies and not described.row_counts
    sidecar.write_bytes(saved)
    path.write_bytes(path.read_bytes()[:100])  # a different size: the description no longer speaks for it
    described = backup.describe_backup(backup.list_backups(sqlite_demo_db, settings.folder)[0])
    assert not described.ok and described.problem


def test_damage_inside_the_database_is_an_error_not_a_warning(sqlite_demo_db: Database,
                                                              settings: BackupSettings) -> None:
    """Ensure a database damaged inside (header and schema fine) raises from backup_now and writes no copy."""
    path = sqlite_demo_db.path
    assert path is not None
    older = _fill_with_old_backups(sqlite_demo_db, settings, 1)
    sqlite_demo_db.dispose()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _scribble(path, 0.6)
    before = digest(path)
    with pytest.raises(KnownError, match="vioittunut"):
        backup_now(path, settings=settings, now=T0)
    assert digest(path) == before
    assert sorted(backups_in(settings.folder)) == sorted(older)
    assert not [p for p in settings.folder.iterdir() if ".kesken-" in p.name]


def test_a_long_write_elsewhere_means_the_backup_api(sqlite_demo_db: Database, settings: BackupSettings,
                                                     ways_used: list[str]) -> None:
    """Ensure a backup does not wait behind another connection's open write: it copies by pages, under a read."""
    writer = sqlite3.connect(sqlite_demo_db.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        _insert_person(writer, "Kesken Oleva")
        result = backup_now(sqlite_demo_db, settings=settings, now=T0)
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert result.ok and ways_used == ["api"]
    assert "Kesken Oleva" not in _restored_people(result.written[0])
    assert backup.verify_backup(result.written[0]).ok


def _read_only_source(monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    """Open ``source`` read-only wherever the backup opens it by its path (a share the user may only read)."""
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if isinstance(database, Path) and database == source:
            return real_connect(f"{source.as_uri()}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[arg-type]
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_database_that_can_only_be_read_is_backed_up(sqlite_demo_db: Database, settings: BackupSettings,
                                                       ways_used: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a read-only database is copied as a file, or by pages when its log holds commits it cannot move."""
    source = sqlite_demo_db.path
    assert source is not None
    _read_only_source(monkeypatch, source)
    result = backup_now(sqlite_demo_db, settings=settings, now=T0)
    assert result.ok and ways_used == ["file"] and backup.verify_backup(result.written[0]).ok
    keeper = sqlite3.connect(f"{source.as_uri()}", uri=True, isolation_level=None)
    try:
        keeper.execute("PRAGMA wal_autocheckpoint=0")
        _insert_person(keeper, "Vain Lokissa")
        result = backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(hours=1))
    finally:
        keeper.close()
    assert result.ok and ways_used == ["file", "api"]
    assert "Vain Lokissa" in _restored_people(result.written[0])

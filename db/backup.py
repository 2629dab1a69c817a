"""Backups of a Sihteeri database: taking, verifying, rotating, listing and restoring them, and the start-up check.

A SQLite backup is taken online inside one transaction, written under a temporary name (``.NAME.kesken-PID``),
verified and only then renamed into place, so a file with a backup's name is always a complete, verified copy.
The copy is the database file's bytes, copied while a read snapshot keeps them as they are (after the
write-ahead log has been emptied into the file, see ``_copy_file_snapshot``; saving goes on meanwhile); when
that cannot be done (a reader keeps an old snapshot, the file cannot be read as it is) SQLite's backup API
copies the snapshot's pages instead, six times slower. Verifying the copy means ``PRAGMA integrity_check``
on it, its row counts (``count(*)`` per table) equal to the source's in the transaction the copy was taken
in, and a content fingerprint: the SHA-256 of the copy's bytes, hashed in a second thread while SQLite
checks. Either way the checked copy is the database's content; the fingerprint, row counts and contents go into a small
description file beside it (``NAME.db.json``, renamed into place just before the copy), and every later
verification (``verify_backup``, the start-up check, restore) hashes the file again and compares, so a copy
changed afterwards (bit rot, an edit) is reported.
A restore copies the verified file byte for byte and checks the copy's hash against the fingerprint.
Cost: one file copy (0.2-1 s for 500 MB, inside the kernel on Linux: ``_copy_in_kernel``) plus one integrity_check
of the copy, which takes about as long as a plain ``sqlite3`` backup (``python -m bench.run --only backup``, issue
10); the row counts, the hash and the fsync run beside the check. The copy is not compared with the source row by
row (that walk cost 4-5x the copy): the copy's integrity_check and row counts stand for that comparison.
A PostgreSQL database is dumped with ``pg_dump`` (``db.pg_tools``) the same way, with a small ``.json`` file
beside the dump describing it.

Names: ``<database>-YYYYMMDD-HHMMSS[-N][-tag].db`` (``.dump`` for PostgreSQL), local time. Which database a
copy is of is recorded in its description (``source``: the file's absolute path, or the PostgreSQL URL without
its password), and every listing goes by it, so same-named databases sharing a folder keep apart (a copy from
before this was recorded is listed for every database of its name and never rotated). A copy dated in the
future (a wrong clock) never counts as the newest. Untagged copies rotate: the newest of each of the last 7
days, 4 ISO weeks and 12 months that have copies are kept (and the newest sound one of a period whose newest
copy changed since it was verified). Tagged copies (``ennen-paivitysta``, ``ennen-palautusta``) are never
removed automatically. A missing or full
folder gives a warning in ``BackupResult.warnings``; nothing older is removed unless a new copy was written.

Settings (``BackupSettings``) live in ``data_dir()/varmuuskopiot.json``, not in the database: they must be
readable when the database itself is damaged or missing.

How the window uses this module (the desk engineer wires these calls):

* ``open_database(path, before_upgrade=backup_before_upgrade)`` — a verified copy before every migration;
  the upgrade does not run if no copy could be written.
* a ``QTimer`` (e.g. hourly) calling ``backup_if_due(database)`` and ``closeEvent`` calling
  ``backup_on_close(database)``, both through ``gui.operations.run_in_background``; a returned
  ``BackupResult`` with ``warnings`` is worth a status-bar message.
* before opening the database: ``problem = startup_check(path)``; if not None, show
  ``gui.backup_dialog.offer_startup_restore(parent, problem)``.

``gui.backup_dialog`` wraps the last three as ``check_database_at_startup`` and ``AutoBackup``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from io import FileIO
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from db import pg_tools
from db.engine import (
    BACKUP_DESCRIPTION_FORMAT,
    SQLITE_HEADER,
    VERSION_TABLE,
    Database,
    copy_aside,
    inspect_sqlite_file,
    is_locked,
    known_revisions,
    make_engine,
    open_database,
    read_backup_description,
    resolve_url,
    sqlite_path,
    translate_db_error,
)
from db.errors import (
    DamagedDatabase,
    DatabaseUnavailable,
    DiskFull,
    KnownError,
    NotASihteeriDatabase,
    PasswordRequired,
    ValidationError,
    join,
    msg,
)
from db.paths import data_dir, default_database_path

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
Source = Database | URL | str | os.PathLike[str]

SETTINGS_FILE = "varmuuskopiot.json"
TAG_BEFORE_UPGRADE = "ennen-paivitysta"
TAG_BEFORE_RESTORE = "ennen-palautusta"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,3}))?(?:-(?P<tag>[a-z][a-z-]*))?"
    r"\.(?P<ext>db|dump)$"
)
_TEMP_MARK = ".kesken-"
SQLITE_FORMAT = BACKUP_DESCRIPTION_FORMAT


# --- settings -----------------------------------------------------------------------------------------------


def default_folder() -> Path:
    return data_dir() / "varmuuskopiot"


@dataclass
class BackupSettings:
    """Where backups go and how often.

    Attributes:
        folder: the main backup folder (created when missing).
        second_folder: an optional second folder (a network drive or USB stick); never created by us, so a
            missing stick gives a warning instead of a copy on the local disk.
        interval_hours: how old the newest backup may be before ``backup_if_due`` takes a new one.
    """

    folder: Path = field(default_factory=default_folder)
    second_folder: Path | None = None
    interval_hours: float = 24.0

    @classmethod
    def load(cls) -> BackupSettings:
        path = data_dir() / SETTINGS_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Backup settings %s unreadable (%s); using defaults", path, exc)
            return cls()
        settings = cls()
        if isinstance(raw.get("folder"), str) and raw["folder"]:
            settings.folder = Path(raw["folder"])
        if isinstance(raw.get("second_folder"), str) and raw["second_folder"]:
            settings.second_folder = Path(raw["second_folder"])
        if isinstance(raw.get("interval_hours"), int | float) and raw["interval_hours"] > 0:
            settings.interval_hours = float(raw["interval_hours"])
        return settings

    def save(self) -> None:
        path = data_dir() / SETTINGS_FILE
        payload = {
            "folder": str(self.folder),
            "second_folder": str(self.second_folder or ""),
            "interval_hours": self.interval_hours,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + _TEMP_MARK + str(os.getpid()))
        temp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temp, path)

    def folders(self) -> list[tuple[Path, bool]]:
        """(folder, create if missing) for every target."""
        targets = [(self.folder, True)]
        if self.second_folder is not None and self.second_folder != self.folder:
            targets.append((self.second_folder, False))
        return targets


# --- results ------------------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    """What a backup run did.

    Attributes:
        written: the verified copies written (main folder first).
        warnings: Finnish messages about targets that failed (missing folder, full disk ...).
        removed: older copies removed by rotation.
        row_counts: rows per table in the copy; fingerprint: SHA-256 of the copy's bytes (SQLite) or of the dump.
    """

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    fingerprint: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.written)

    @property
    def path(self) -> Path | None:
        return self.written[0] if self.written else None


@dataclass(frozen=True)
class BackupEntry:
    """A backup file found in a folder (not yet verified).

    Attributes:
        path, created (local time, from the name), size in bytes, tag ("" for a regular copy), kind
        ("sqlite" or "postgresql"); source: the database it is a copy of, as recorded in its description
        (``backup_source_id``; "" for a copy made before this was recorded, or without a readable description).
    """

    path: Path
    created: dt.datetime
    size: int
    tag: str
    kind: str
    source: str = ""


@dataclass
class Verification:
    """The outcome of verifying one backup file.

    Attributes:
        ok: the copy is intact and can be restored; problem: why not (Finnish) when it is not.
        revision: its schema revision; row_counts per table; fingerprint: SHA-256 of the file.
        bodies: names of its bodies; last_meeting: e.g. "Hyvinvointilautakunta 3/2026 (12.3.2026)".
    """

    path: Path
    ok: bool
    problem: str = ""
    revision: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    fingerprint: str = ""
    bodies: list[str] = field(default_factory=list)
    last_meeting: str = ""


@dataclass
class RestoreResult:
    """What a restore did: the database now restored, the safety copy of what it replaced, files moved aside."""

    target: str
    safety_copy: Path | None = None
    moved_aside: list[Path] = field(default_factory=list)


@dataclass
class StartupProblem:
    """The database at ``path`` cannot be used; ``backup`` is the newest copy that passed verification.

    Attributes:
        kind: "missing", "damaged" or "foreign"; message: Finnish explanation; detail: for the log;
        rejected: newer backups that failed verification (skipped).
    """

    kind: str
    path: Path
    message: str
    detail: str = ""
    backup: BackupEntry | None = None
    verification: Verification | None = None
    rejected: list[Verification] = field(default_factory=list)


# --- naming and listing -------------------------------------------------------------------------------------


def _source_url(source: Source) -> URL:
    if isinstance(source, Database):
        return source.url
    if isinstance(source, URL):
        return source
    return resolve_url(source)


def backup_stem(source: Source) -> str:
    """The name backups of this database start with: the file's stem, or the PostgreSQL database name.

    Two databases may share a stem (``lautakunta/sihteeri.db`` and ``jaosto/sihteeri.db``): which of them a
    copy belongs to is recorded in its description (``backup_source_id``) and the listing goes by that.
    """
    url = _source_url(source)
    path = sqlite_path(url)
    if path is not None:
        return path.stem
    return re.sub(r"[^A-Za-z0-9_.]+", "_", url.database or "postgresql")


def backup_source_id(source: Source) -> str:
    """Which database a backup is of, as recorded in its description (``source``).

    A database file's absolute path (symbolic links resolved, in the file system's case on Windows), or a
    PostgreSQL URL without its password.
    """
    url = _source_url(source)
    path = sqlite_path(url)
    if path is not None:
        return os.path.normcase(str(Path(path).resolve()))
    # The server and database, however and by whom they were reached (driver, login and options such as sslmode
    # left out: the scheduled backup's login and the secretary's see the same copies).
    plain = URL.create(url.get_backend_name(), None, None, url.host, url.port, url.database)
    return plain.render_as_string(hide_password=True)


def _backup_kind(source: Source) -> str:
    return "sqlite" if sqlite_path(_source_url(source)) is not None else "postgresql"


def _still_there(recorded: str, kind: str) -> bool:
    """Whether the database a copy records is still where it was: a file moved to another folder (a new
    computer, a renamed folder) keeps seeing the copies of its old place, as copies made before the source was
    recorded are seen; a file that is still there is another database of the same name."""
    if kind != "sqlite":
        return True  # a PostgreSQL database cannot be looked for here
    try:
        return Path(recorded).exists()
    except OSError:
        return True


def _recorded_source(path: Path) -> str:
    """The ``source`` a backup's description records, or "" (an older copy, or no readable description)."""
    value = _read_sidecar(path).get("source")
    return value if isinstance(value, str) else ""


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def _final_name(folder: Path, stem: str, now: dt.datetime, tag: str, ext: str) -> Path:
    suffix = f"-{tag}" if tag else ""
    candidate = folder / f"{stem}-{_stamp(now)}{suffix}.{ext}"
    n = 2
    while candidate.exists() or _temp_for(candidate).exists():
        candidate = folder / f"{stem}-{_stamp(now)}-{n}{suffix}.{ext}"
        n += 1
    return candidate


def _temp_for(final: Path) -> Path:
    return final.with_name(f".{final.name}{_TEMP_MARK}{os.getpid()}")


def parse_name(path: Path) -> tuple[str, dt.datetime, str, str] | None:
    """(stem, created, tag, kind) from a backup's file name, or None when it is not one of ours."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    kind = "sqlite" if match["ext"] == "db" else "postgresql"
    return match["stem"], created, match["tag"] or "", kind


def list_backups(
    source: Source | None = None, folder: Path | None = None, *, stem: str | None = None
) -> list[BackupEntry]:
    """Backups of one database in one folder, newest first (files being written are not listed).

    Only this database's own copies: those whose description records another database (one with the same
    file name in another folder, or a PostgreSQL database of that name) are left out, and so are copies of
    the other kind (a dump is never listed for a file). A copy whose description records no database (made
    before that was recorded) is listed for every database of its name, as before. ``stem`` alone (no
    ``source``) lists every copy of that name.
    """
    folder = folder if folder is not None else BackupSettings.load().folder
    own: str | None = None
    kind: str | None = None
    if stem is None:
        source = source if source is not None else default_database_path()
        stem, own, kind = backup_stem(source), backup_source_id(source), _backup_kind(source)
    entries: list[BackupEntry] = []
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    for child in children:
        parsed = parse_name(child)
        if parsed is None or parsed[0] != stem or not child.is_file():
            continue
        if kind is not None and parsed[3] != kind:
            continue
        recorded = _recorded_source(child)
        if own is not None and recorded and recorded != own and _still_there(recorded, parsed[3]):
            continue
        try:
            size = child.stat().st_size
        except OSError:
            continue
        entries.append(BackupEntry(child, parsed[1], size, parsed[2], parsed[3], recorded))
    entries.sort(key=lambda e: (e.created, e.path.name), reverse=True)
    return entries


# --- rotation -----------------------------------------------------------------------------------------------


def rotation_keep(
    created: Iterable[dt.datetime], now: dt.datetime, suspect: Iterable[dt.datetime] = ()
) -> set[dt.datetime]:
    """Which of these backup times to keep: the newest per day for 7 days, per ISO week for 4, per month for 12.

    Days, weeks and months count only those that have a backup, so a computer left off for a month keeps
    its older copies. Anything dated in the future (a wrong clock) is kept. A ``suspect`` copy (changed since
    it was verified) never stands for its period alone: the newest sound copy of each period is kept too.
    """
    stamps = sorted(set(created), reverse=True)
    keep = _keep_per_period(stamps, now)
    bad = set(suspect)
    if bad & keep:
        keep |= _keep_per_period([s for s in stamps if s not in bad], now)
    return keep


def _keep_per_period(stamps: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """``rotation_keep`` for stamps sorted newest first."""
    keep = {s for s in stamps if s > now}
    buckets: list[tuple[int, Callable[[dt.datetime], Any]]] = [
        (KEEP_DAILY, lambda s: s.date()),
        (KEEP_WEEKLY, lambda s: tuple(s.isocalendar())[:2]),
        (KEEP_MONTHLY, lambda s: (s.year, s.month)),
    ]
    for limit, key_of in buckets:
        seen: set[Any] = set()
        for stamp in stamps:
            key = key_of(stamp)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep.add(stamp)
    return keep


def _looks_changed(entry: BackupEntry) -> bool:
    """A quick look (no reading of the copy): has this copy changed since it was verified?

    Its description is missing or not ours, records another size, or is older than the copy's last change
    (the copy is finished before its description is written, so opening the copy in a program, or any write
    into it, leaves it newer), or the copy has a write-ahead log beside it. Damage that changes none of
    these (bit rot) is found only by verifying the copy.
    """
    if entry.kind != "sqlite":
        return False
    sidecar = _sidecar(entry.path)
    meta = _sqlite_sidecar(entry.path)
    if not meta or meta.get("size") != entry.size:
        return True
    try:
        if entry.path.stat().st_mtime_ns > sidecar.stat().st_mtime_ns:
            return True
    except OSError:
        return True
    return _size(entry.path.with_name(entry.path.name + "-wal")) > 0


def rotate(folder: Path, source: Source, now: dt.datetime) -> list[Path]:
    """Remove regular (untagged) backups of ``source`` in ``folder`` that the rotation does not keep.

    Only copies whose description names this database: a copy made before the database was recorded may be
    another database's of the same file name, and is left for the user to remove.
    """
    own = backup_source_id(source)
    regular = [e for e in list_backups(source, folder) if not e.tag and e.source == own]
    suspect = [e.created for e in regular if _looks_changed(e)]
    keep = rotation_keep((e.created for e in regular), now, suspect)
    removed: list[Path] = []
    for entry in regular:
        if entry.created in keep:
            continue
        try:
            entry.path.unlink()
            sidecar = entry.path.with_name(entry.path.name + ".json")
            if sidecar.exists():
                sidecar.unlink()
            removed.append(entry.path)
        except OSError as exc:
            log.warning("Could not remove old backup %s: %s", entry.path, exc)
    return removed


def _remove_stale_temps(folder: Path, now: dt.datetime) -> None:
    """Remove our own half-written copies left by a crash (never a finished backup)."""
    try:
        for child in folder.iterdir():
            temp = child.name.startswith(".") and _TEMP_MARK in child.name
            # A description whose copy is gone (removed by hand, or a crash between the two renames).
            orphan = child.name.endswith(".db.json") and not child.with_name(child.name[:-5]).exists()
            if temp or orphan:
                age = now.timestamp() - child.stat().st_mtime
                if age > 3600:
                    child.unlink()
    except OSError:
        pass


# --- SQLite: reading, verifying -----------------------------------------------------------------------------


def _connect_readonly(path: Path) -> sqlite3.Connection:
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True, isolation_level=None)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables holding data: virtual tables (the FTS5 index) are skipped, their shadow tables are not."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (``count(*)``: SQLite counts the b-tree entries without decoding the rows)."""
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]) for table in _user_tables(conn)
    }


def _read_tables(path: Path) -> set[str]:
    """A SQLite file's table names from its header and schema, without ``inspect_sqlite_file``'s quick_check.

    For the paths that run ``PRAGMA integrity_check`` (or check the copy) right after, where a second
    pass over the file would only cost time. The messages are ``inspect_sqlite_file``'s.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailable(
            msg("Tiedostoa {path} ei voi lukea: {strerror}.", path=path, strerror=exc.strerror), detail=str(exc)
        ) from exc
    if len(header) == 0:
        raise NotASihteeriDatabase(msg("Tiedosto {path} on tyhjä, eikä se ole Sihteerin tietokanta.", path=path))
    if header != SQLITE_HEADER:
        raise NotASihteeriDatabase(
            msg("Tiedosto {path} ei ole Sihteerin tietokanta (se ei ole SQLite-tiedosto).", path=path)
        )
    try:
        conn = _connect_readonly(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(_damaged_message(path), detail=str(exc)) from exc
    return {str(r[0]) for r in rows}


def _damaged_message(path: Path) -> str:
    return (
        msg(
            "Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Tiedostoon ei ole koskettu; palauta "
            "tietokanta varmuuskopiosta.",
            path=path
        )
    )


def _count_and_hash(path: Path) -> tuple[dict[str, int], str]:
    """Row counts and the SHA-256 of a SQLite file (run beside integrity_check: both release the GIL)."""
    conn = _connect_readonly(path)
    try:
        counts = _row_counts(conn)
    finally:
        conn.close()
    return counts, _sha256(path)


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _sqlite_sidecar(path: Path) -> dict[str, Any]:
    """The description written with a SQLite backup, or {} when there is none (a copy moved by hand, an old one)."""
    meta = _read_sidecar(path)
    if not meta:
        return {}
    if meta.get("format") != SQLITE_FORMAT or not isinstance(meta.get("sha256"), str):
        log.warning("Description file of %s is not a Sihteeri backup description; ignored", path)
        return {}
    return meta


def _describe_contents(conn: sqlite3.Connection) -> tuple[list[str], str]:
    """Names of the home organisation's bodies and the newest meeting, from a Sihteeri SQLite file."""
    try:
        bodies = [
            str(r[0])
            for r in conn.execute(
                "SELECT b.name FROM body b JOIN organisation o ON o.id = b.organisation_id "
                "WHERE o.is_home = 1 ORDER BY b.sort_order, b.name"
            )
        ]
        if not bodies:
            bodies = [str(r[0]) for r in conn.execute("SELECT name FROM body ORDER BY sort_order, name")]
        row = conn.execute(
            "SELECT b.name, m.number, m.year, m.date FROM meeting m JOIN body b ON b.id = m.body_id "
            "ORDER BY m.date DESC, m.id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.DatabaseError:
        return [], ""
    return bodies, _meeting_label(row)


def _meeting_label(row: Any) -> str:
    if row is None:
        return ""
    name, number, year, day = row
    when = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
    return f"{name} {number}/{year} ({when.day}.{when.month}.{when.year})"


def _quick_look(path: Path) -> Verification:
    """What a SQLite backup contains (bodies, last meeting), after ``inspect_sqlite_file``'s quick check."""
    try:
        tables = inspect_sqlite_file(path)
    except KnownError as exc:
        return Verification(path, False, exc.message)
    if VERSION_TABLE not in tables:
        return Verification(path, False, msg("Tiedosto {path} ei ole Sihteerin tietokanta.", path=path.name))
    try:
        conn = _connect_readonly(path)
        try:
            revision_row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            bodies, last = _describe_contents(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Verification(path, False, msg("Varmuuskopio {path} on vioittunut: {exc}.", path=path.name, exc=exc))
    revision = str(revision_row[0]) if revision_row else None
    if revision is not None and revision not in known_revisions():
        return Verification(
            path,
            False,
            msg("Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.", path=path.name),
            revision=revision,
            bodies=bodies,
            last_meeting=last,
        )
    return Verification(path, True, "", revision, {}, "", bodies, last)


def verify_sqlite_file(path: Path, *, full: bool = True) -> Verification:
    """Check a SQLite backup without changing it: intact, a Sihteeri database, not newer than this program.

    ``full`` (the default) runs ``PRAGMA integrity_check`` while a second thread counts the rows and hashes
    the file's bytes; when the backup has its description file, the hash and the row counts must equal those
    recorded when the copy was verified, so a copy changed afterwards is reported.
    Without ``full``: a quick look at what it contains (``describe_backup``).
    """
    if not full:
        return _quick_look(path)
    try:
        tables = _read_tables(path)
    except KnownError as exc:
        return Verification(path, False, exc.message)
    if VERSION_TABLE not in tables:
        return Verification(path, False, msg("Tiedosto {path} ei ole Sihteerin tietokanta.", path=path.name))
    meta = _sqlite_sidecar(path)
    revision: str | None = None
    counts: dict[str, int] = {}
    bodies: list[str] = []
    last = ""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="varmuuskopio-tarkiste") as pool:
        counted_and_hashed = pool.submit(_count_and_hash, path)
        try:
            conn = _connect_readonly(path)
            try:
                revision_row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = str(revision_row[0]) if revision_row else None
                check = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
                if check != ["ok"]:
                    return Verification(
                        path, False, msg(
                                         "Varmuuskopio {path} on vioittunut ({check}).",
                                         path=path.name, check=check[0]
                                     ), revision=revision
                    )
                bodies, last = _describe_contents(conn)
            finally:
                conn.close()
            counts, fingerprint = counted_and_hashed.result()
        except sqlite3.DatabaseError as exc:
            return Verification(path, False, msg("Varmuuskopio {path} on vioittunut: {exc}.", path=path.name, exc=exc))
        except OSError as exc:
            return Verification(
                path, False, msg(
                                 "Varmuuskopiota {path} ei voi lukea: {strerror}.",
                                 path=path.name, strerror=exc.strerror
                             ), revision=revision
            )
    if meta and meta["sha256"] != fingerprint:
        return Verification(
            path,
            False,
            msg("Varmuuskopio {path} on muuttunut tai vioittunut (tarkiste ei täsmää).", path=path.name),
            revision=revision,
            row_counts=counts,
            fingerprint=fingerprint,
        )
    if meta and isinstance(meta.get("row_counts"), dict) and meta["row_counts"] != counts:
        return Verification(
            path,
            False,
            msg("Varmuuskopion {path} rivimäärät eivät täsmää sen kuvaukseen.", path=path.name),
            revision=revision,
            row_counts=counts,
            fingerprint=fingerprint,
        )
    if revision is not None and revision not in known_revisions():
        return Verification(
            path,
            False,
            msg("Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.", path=path.name),
            revision=revision,
            row_counts=counts,
            fingerprint=fingerprint,
            bodies=bodies,
            last_meeting=last,
        )
    return Verification(path, True, "", revision, counts, fingerprint, bodies, last)


def verify_backup(path: Path) -> Verification:
    """Verify a backup file of either kind (SQLite copy or PostgreSQL dump)."""
    if path.suffix == ".dump":
        return _verify_dump(path)
    return verify_sqlite_file(path)


def describe_backup(entry: BackupEntry) -> Verification:
    """Quick look at a backup's contents (bodies, last meeting) without the full integrity check.

    From the description file written with the backup when it is there and the size matches (a listing of
    many large copies then opens none of them), otherwise from the file itself.
    """
    if entry.kind == "postgresql":
        meta = _read_sidecar(entry.path)
        return Verification(
            entry.path,
            bool(meta),
            "" if meta else msg("Kuvaustiedosto puuttuu."),
            revision=meta.get("revision"),
            row_counts=meta.get("row_counts", {}),
            bodies=meta.get("bodies", []),
            last_meeting=meta.get("last_meeting", ""),
        )
    meta = _sqlite_sidecar(entry.path)
    if meta and meta.get("size") == entry.size:
        revision = meta.get("revision")
        if revision is not None and revision not in known_revisions():
            return Verification(
                entry.path,
                False,
                msg("Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.", path=entry.path.name),
                revision=revision,
            )
        return Verification(
            entry.path,
            True,
            "",
            revision,
            dict(meta.get("row_counts", {})),
            "",
            list(meta.get("bodies", [])),
            str(meta.get("last_meeting", "")),
        )
    return verify_sqlite_file(entry.path, full=False)


# --- SQLite: writing ----------------------------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems and Windows cannot fsync a read-only handle or a folder; the rename is still
        # atomic. A failed write (full disk, I/O error) reported only now must not pass as a good copy.
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP, errno.EACCES, errno.EPERM):
            raise
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def sync_file(path: Path) -> None:
    """Make a written file's bytes durable (``os.fsync``) before it is renamed into place, so that a power cut
    cannot leave an empty file under the final name; a write error reported only now is raised."""
    _fsync(path)


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (where the system allows a folder to be synced)."""
    _fsync_dir(folder)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in str(exc).lower() or "no space left" in str(exc).lower()


def _prepare_folder(folder: Path, create: bool) -> None:
    if not folder.exists():
        if not create:
            raise DatabaseUnavailable(_missing_folder_message(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                msg("Varmuuskopiokansiota {folder} ei voi luoda: {strerror}.", folder=folder, strerror=exc.strerror)
            ) from exc
    if not folder.is_dir():
        raise DatabaseUnavailable(msg("{folder} ei ole kansio; sinne ei otettu varmuuskopiota.", folder=folder))


def _missing_folder_message(folder: Path) -> str:
    return msg(
        "Varmuuskopiokansiota {folder} ei löydy (onko verkkolevy tai muistitikku "
        "kiinni?). Sinne ei otettu varmuuskopiota.",
        folder=folder,
    )


def folder_warnings(settings: BackupSettings | None = None) -> list[str]:
    """Warnings about configured folders that cannot take a copy now: a second folder (a USB stick, a network
    drive) that is missing. For the window's hourly check when no backup was due, so that a stick left
    unplugged is reported in daily use, not only in the log of the closing backup."""
    settings = settings or BackupSettings.load()
    folders = settings.folders()
    return [_missing_folder_message(folder) for folder, create in folders if not create and not folder.is_dir()]


def _check_space(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed + needed // 10 + 64 * 1024:
        raise DiskFull(
            msg(
                "Varmuuskopiokansiossa {folder} ei ole tilaa ({free} Mt vapaana, tarvitaan {needed} "
                "Mt). Vanhat varmuuskopiot ovat ennallaan.",
                folder=folder,
                free=free // (1024 * 1024),
                needed=needed // (1024 * 1024) + 1,
            )
        )


def _sqlite_copy(source: Path, final: Path, progress: ProgressFn | None) -> tuple[dict[str, int], str]:
    """Copy ``source`` to ``final`` via a temporary file, verify the copy, describe it, then rename it into place.

    The copy and the source's row counts come from one read transaction. The copy is verified by
    ``verify_sqlite_file`` (integrity_check, row counts, SHA-256 of its bytes) while another thread flushes
    it to disk; its counts must equal the source's. The description (``NAME.db.json``: the hash, counts,
    revision, contents) is renamed into place first, the copy last, so a file with a backup's name always
    has its description.
    """
    temp = _temp_for(final)
    sidecar = _sidecar(final)
    sidecar_temp = _temp_for(sidecar)
    try:
        try:
            check, counts = _copy_and_check(source, temp, progress)
        except sqlite3.DatabaseError as exc:
            if not isinstance(exc, sqlite3.OperationalError):  # malformed, not a database: whose fault?
                _raise_if_damaged(source)
            raise
        if not check.ok:
            _raise_if_damaged(source)
            raise KnownError(
                msg(
                    "Varmuuskopio {final} ei ollut ehjä, eikä sitä tallennettu. {problem}",
                    final=final.name,
                    problem=check.problem,
                )
            )
        if check.row_counts != counts:
            raise KnownError(
                msg(
                    "Varmuuskopion {final} rivimäärät eivät vastanneet tietokantaa, eikä sitä tallennettu.",
                    final=final.name,
                ),
                detail=f"{counts} != {check.row_counts}",
            )
        meta = {
            "format": SQLITE_FORMAT,
            "source": backup_source_id(source),
            "sha256": check.fingerprint,
            "size": temp.stat().st_size,
            "revision": check.revision,
            "row_counts": counts,
            "bodies": check.bodies,
            "last_meeting": check.last_meeting,
        }
        sidecar_temp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        _fsync(sidecar_temp)
        os.replace(sidecar_temp, sidecar)
        try:
            os.replace(temp, final)
        except BaseException:
            _discard(sidecar)
            raise
        _fsync_dir(final.parent)
        return counts, check.fingerprint
    finally:
        _discard(temp)  # after a successful rename there is nothing here; otherwise a half copy goes
        _discard(sidecar_temp)


def _copy_and_check(source: Path, temp: Path, progress: ProgressFn | None) -> tuple[Verification, dict[str, int]]:
    """Copy the source's snapshot to ``temp`` and verify the copy; return the check and the snapshot's row counts.

    The copy is the database file's bytes when they can be frozen (``_copy_file_snapshot``), otherwise SQLite's
    backup API page by page (``_copy_with_backup_api``, six times slower). Either way the copy is checked the
    same way: ``PRAGMA integrity_check`` on it (this thread) while other threads count its rows, hash it and
    flush it to disk; SQLite and hashlib release the GIL while they work.
    """
    counts = _copy_file_snapshot(source, temp, progress)
    if counts is None:
        _discard(temp)
        counts = _copy_with_backup_api(source, temp, progress)
    if progress is not None:
        progress(0, 0, msg("Tarkistetaan varmuuskopiota…"))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="varmuuskopio") as pool:
        flushed = pool.submit(_fsync, temp)
        check = verify_sqlite_file(temp)
        flushed.result()  # a full disk or an I/O error reported only now fails the copy
    return check, counts


class _SourceUnreadable(Exception):
    """The database file's bytes could not be read as they are (e.g. Windows' lock bytes at 1 GiB)."""


_COPY_CHUNK = 1 << 20
_KERNEL_CHUNK = 16 << 20  # a progress report per 16 MiB


def _copy_file_snapshot(source: Path, temp: Path, progress: ProgressFn | None) -> dict[str, int] | None:
    """Copy the database file byte for byte while nothing can change it; return the snapshot's row counts.

    The file's bytes are the whole database when no committed page waits in the write-ahead log, and they
    stay as they are while a reader holds a snapshot that reads only the file:
    - WAL mode: the log is checkpointed and truncated (``wal_checkpoint(TRUNCATE)``), then a read
      transaction starts on the empty log. A reader on an empty log holds SQLite's read lock 0, and no
      checkpoint writes into the file while that lock is held (``wal.c``: the checkpointer needs it
      exclusively), so others go on saving, into the log, while the file is copied and the rows counted. The
      log is checked to be still empty once the snapshot has begun.
    - Rollback-journal mode: the read transaction's shared lock keeps writers out of the file; a save waits
      for the copy (about 0.2 s for 500 MB), not for the check.

    Returns None, having changed nothing, when the bytes cannot be frozen or read: another connection keeps
    an old snapshot open or writes for long (the checkpoint stays busy), the log cannot be checkpointed (a
    read-only file with a log), a commit slipped in before the snapshot, the journal is in memory, or the
    file cannot be read past its lock bytes (Windows, databases over 1 GiB). The caller then uses the backup
    API. A write error (full disk) is raised: the other way would hit it too.
    """
    src = sqlite3.connect(source, isolation_level=None, timeout=30, check_same_thread=False)
    try:
        mode = str(src.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode not in ("wal", "delete", "truncate", "persist"):
            return None
        try:
            if mode == "wal":
                src.execute("PRAGMA busy_timeout=500")  # a reader keeping an old snapshot: the API is quicker
                if src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                    log.debug("Tietokannan lokia ei saatu tyhjennettyä; kopioidaan sivuittain")
                    return None
            src.execute("PRAGMA busy_timeout=30000")
            src.execute("BEGIN")
            size = int(src.execute("PRAGMA page_count").fetchone()[0]) * int(  # starts the read snapshot
                src.execute("PRAGMA page_size").fetchone()[0]
            )
        except sqlite3.OperationalError as exc:  # e.g. a read-only file whose log cannot be checkpointed
            log.debug("Tietokannan tiedostoa ei voitu jäädyttää kopiointia varten (%s); kopioidaan sivuittain", exc)
            return None
        try:
            wal = source.with_name(source.name + "-wal")
            if mode == "wal" and wal.exists() and wal.stat().st_size > 0:
                log.debug("Tietokannan lokiin tuli muutos ennen kopiointia; kopioidaan sivuittain")
                return None
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="varmuuskopio-rivit") as pool:
                counted = pool.submit(_row_counts, src)  # the frozen snapshot, while its bytes are copied
                try:
                    _copy_bytes(source, temp, size, progress)
                except _SourceUnreadable as exc:
                    log.debug("Tietokantatiedostoa ei voitu lukea suoraan (%s); kopioidaan sivuittain", exc)
                    counted.result()
                    return None
                counts = counted.result()
        finally:
            src.execute("ROLLBACK")
    finally:
        src.close()
    dst = sqlite3.connect(temp, isolation_level=None)
    try:
        dst.execute("PRAGMA synchronous=OFF")  # the copy is flushed once, beside its check
        dst.execute("PRAGMA journal_mode=DELETE")  # a copy is one file, like the backup API's
    finally:
        dst.close()
    return counts


def _copy_bytes(source: Path, temp: Path, size: int, progress: ProgressFn | None) -> None:
    """The first ``size`` bytes of ``source`` into a new ``temp``; ``_SourceUnreadable`` if reading fails.

    Inside the kernel where it can (``_copy_in_kernel``), then, from wherever that stopped, through a buffer.
    """
    try:
        fin = open(source, "rb", buffering=0)  # noqa: SIM115 (read errors and write errors are told apart)
    except OSError as exc:
        raise _SourceUnreadable(str(exc)) from exc
    with fin, open(temp, "wb", buffering=0) as fout:
        done = _copy_in_kernel(fin.fileno(), fout.fileno(), size, progress)
        if done < size:
            fin.seek(done)
            fout.seek(done)
            _copy_through_buffer(fin, fout, done, size, progress)


def _copy_in_kernel(fin: int, fout: int, size: int, progress: ProgressFn | None) -> int:
    """Copy with ``os.copy_file_range`` (Linux) as far as it goes; return how many bytes were copied.

    The kernel moves the pages itself, without passing them through this process: half the time of the
    buffered copy when the memory for the new file's pages must first be found (measured for 512 MB: 0.75-1.0 s
    against 1.4-1.9 s; 0.2 s both when it is at hand), and a file system that can share blocks (Btrfs, XFS, NFS
    4.2) copies nothing at all. Returns early, having copied what it reports, on any error (another file system
    on an older kernel, a file system that does not support it, a read or write error): the buffered copy goes
    on from there and tells a read error (``_SourceUnreadable``) from a write error (raised) as before.
    Elsewhere (Windows, macOS) it returns 0 at once.
    """
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is None:
        return 0
    done = 0
    while done < size:
        try:
            got = copy_range(fin, fout, min(_KERNEL_CHUNK, size - done), done, done)
        except OSError as exc:
            log.debug("Kopiointi käyttöjärjestelmän sisällä päättyi kohdassa %d/%d (%s)", done, size, exc)
            return done
        if not got:  # the source ended early: the buffered copy reports it
            return done
        done += got
        if progress is not None:
            progress(done, size, msg("Kopioidaan tietokantaa…"))
    return done


def _copy_through_buffer(fin: FileIO, fout: FileIO, done: int, size: int, progress: ProgressFn | None) -> None:
    """Bytes ``done``..``size`` of ``fin`` (positioned there) into ``fout``, a buffer of ``_COPY_CHUNK`` at a time."""
    buffer = bytearray(_COPY_CHUNK)
    view = memoryview(buffer)
    while done < size:
        try:
            got = fin.readinto(view[: min(_COPY_CHUNK, size - done)])
        except OSError as exc:
            raise _SourceUnreadable(str(exc)) from exc
        if not got:
            raise _SourceUnreadable(f"tiedosto loppui kohdassa {done}/{size}")
        written = 0
        while written < got:
            written += fout.write(view[written:got]) or 0
        done += got
        if progress is not None:
            progress(done, size, msg("Kopioidaan tietokantaa…"))


def _copy_with_backup_api(source: Path, temp: Path, progress: ProgressFn | None) -> dict[str, int]:
    """Copy with SQLite's backup API in one read transaction; return the row counts of the copied snapshot."""
    src = sqlite3.connect(source, isolation_level=None, timeout=30)
    try:
        src.execute("PRAGMA busy_timeout=30000")
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # starts the read snapshot
        dst = sqlite3.connect(temp, isolation_level=None)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total, msg("Kopioidaan tietokantaa…"))

            if progress is not None:
                src.backup(dst, pages=4096, progress=report)
            else:
                src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        counts = _row_counts(src)  # still the snapshot the copy was taken from
        src.execute("COMMIT")
    finally:
        src.close()
    return counts


def _raise_if_damaged(source: Path) -> None:
    """After a copy failed its check: raise ``DamagedDatabase`` if the source itself fails integrity_check.

    The backup API copies pages as they are, so damage in the database shows up in the copy; that is an
    error about the database (raised from ``backup_now``), not a warning about one backup folder.
    """
    try:
        conn = _connect_readonly(source)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(1)")]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return  # busy, locked or unreadable: no verdict; the caller reports its own error
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(_damaged_message(source), detail=str(exc)) from exc
    if rows != ["ok"]:
        raise DamagedDatabase(_damaged_message(source), detail=rows[0] if rows else "")


def _dump_copy(url: URL, final: Path, progress: ProgressFn | None) -> tuple[dict[str, int], str]:
    """pg_dump into a temporary file from an exported snapshot, so the described row counts match the dump."""
    temp = _temp_for(final)
    sidecar = final.with_name(final.name + ".json")
    sidecar_temp = _temp_for(sidecar)
    engine = make_engine(url)
    try:
        if progress is not None:
            progress(0, 0, msg("Otetaan PostgreSQL-varmuuskopiota…"))
        try:
            plain = engine.connect()
        except OperationalError as exc:  # the server is down, or wants a password (asked for by the caller)
            raise translate_db_error(exc, url.render_as_string(hide_password=True)) from exc
        with plain:
            conn = plain.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = str(conn.execute(text("SELECT pg_export_snapshot()")).scalar_one())
                meta = _postgres_facts(conn)
                pg_tools.dump(url, temp, snapshot=snapshot)
        pg_tools.list_contents(temp)
        meta["sha256"] = _sha256(temp)
        meta["source"] = backup_source_id(url)
        sidecar_temp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        _fsync(temp)
        os.replace(temp, final)
        os.replace(sidecar_temp, sidecar)
        _fsync_dir(final.parent)
        return dict(meta["row_counts"]), str(meta["sha256"])
    finally:
        engine.dispose()
        _discard(temp)
        _discard(sidecar_temp)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _postgres_facts(conn: Connection) -> dict[str, Any]:
    """Row counts, schema revision, bodies and last meeting of a PostgreSQL database, as this transaction sees it."""
    from db.content import row_counts

    counts = row_counts(conn)
    revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    bodies = [
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT b.name FROM body b JOIN organisation o ON o.id = b.organisation_id "
                "WHERE o.is_home ORDER BY b.sort_order, b.name"
            )
        )
    ]
    row = conn.execute(
        text(
            "SELECT b.name, m.number, m.year, m.date FROM meeting m "
            "JOIN body b ON b.id = m.body_id ORDER BY m.date DESC, m.id DESC LIMIT 1"
        )
    ).first()
    return {
        "format": "sihteeri-pg-dump",
        "revision": revision,
        "row_counts": counts,
        "bodies": bodies,
        "last_meeting": _meeting_label(tuple(row) if row is not None else None),
    }


_read_sidecar = read_backup_description


def _verify_dump(path: Path) -> Verification:
    meta = _read_sidecar(path)
    if not meta:
        return Verification(path, False, msg(
                                             "Varmuuskopion {path} kuvaustiedosto puuttuu tai on vioittunut.",
                                             path=path.name
                                         ))
    if meta.get("sha256") != _sha256(path):
        return Verification(path, False, msg(
                                             "Varmuuskopio {path} on muuttunut tai vioittunut (tarkiste ei täsmää).",
                                             path=path.name
                                         ))
    try:
        pg_tools.list_contents(path)
    except KnownError as exc:
        return Verification(path, False, exc.message)
    revision = meta.get("revision")
    if revision is not None and revision not in known_revisions():
        return Verification(path, False, msg(
                                             "Varmuuskopio {path} on tehty uudemmalla Sihteerin versiolla.",
                                             path=path.name
                                         ))
    return Verification(
        path,
        True,
        "",
        revision,
        dict(meta.get("row_counts", {})),
        str(meta["sha256"]),
        list(meta.get("bodies", [])),
        str(meta.get("last_meeting", "")),
    )


# --- taking backups -----------------------------------------------------------------------------------------


def backup_now(
    source: Source,
    *,
    settings: BackupSettings | None = None,
    folders: list[Path] | None = None,
    now: dt.datetime | None = None,
    tag: str = "",
    rotate_old: bool = True,
    progress: ProgressFn | None = None,
) -> BackupResult:
    """Take a verified backup into every target folder; failures of a target become warnings.

    ``folders`` (e.g. ``--to DIR``) replaces the configured folders. Raises only when the source itself
    cannot be read (damaged, not a Sihteeri database, server unreachable, tools missing).
    """
    settings = settings or BackupSettings.load()
    now = now or dt.datetime.now()
    url = _source_url(source)
    path = sqlite_path(url)
    stem = backup_stem(url)
    if path is not None:
        if not path.exists():
            raise DatabaseUnavailable(msg("Tietokantaa {path} ei ole olemassa; varmuuskopiota ei otettu.", path=path))
        tables = _read_tables(path)  # the copy's integrity_check covers the rest (see _raise_if_damaged)
        if VERSION_TABLE not in tables:
            raise NotASihteeriDatabase(
                msg("Tiedosto {path} ei ole Sihteerin tietokanta; varmuuskopiota ei otettu.", path=path)
            )
        needed = path.stat().st_size + _size(path.with_name(path.name + "-wal"))
    else:
        pg_tools.find_tool("pg_dump")
        pg_tools.find_tool("pg_restore")
        needed = 0
    targets = [(f, True) for f in folders] if folders is not None else settings.folders()
    result = BackupResult()
    for folder, create in targets:
        try:
            _prepare_folder(folder, create)
            _remove_stale_temps(folder, now)
            _check_space(folder, needed)
            ext = "db" if path is not None else "dump"
            final = _final_name(folder, stem, now, tag, ext)
            if path is not None:
                counts, fingerprint = _sqlite_copy(path, final, progress)
            else:
                counts, fingerprint = _dump_copy(url, final, progress)
        except (DamagedDatabase, PasswordRequired):
            raise  # the database itself, not this folder (a password is asked for by the caller)
        except (OSError, sqlite3.Error, KnownError) as exc:
            result.warnings.append(_warning_for(folder, exc))
            log.warning("Backup of %s to %s failed: %r", stem, folder, exc)
            continue
        result.written.append(final)
        result.row_counts, result.fingerprint = counts, fingerprint
        log.info("Backup of %s written and verified: %s", stem, final)
        if rotate_old and not tag:
            result.removed += rotate(folder, url, now)
    return result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _warning_for(folder: Path, exc: BaseException) -> str:
    if _is_disk_full(exc):
        return (
            msg(
                "Varmuuskopiokansiossa {folder} ei ole tilaa, eikä uutta varmuuskopiota voitu tallentaa sinne. "
                "Vanhat varmuuskopiot ovat ennallaan. Vapauta levytilaa.",
                folder=folder
            )
        )
    if isinstance(exc, KnownError):
        return exc.message
    if isinstance(exc, PermissionError):
        return msg(
                   "Varmuuskopiokansioon {folder} ei ole kirjoitusoikeutta; sinne ei otettu varmuuskopiota.",
                   folder=folder
               )
    return msg("Varmuuskopiota ei voitu tallentaa kansioon {folder}: {exc}.", folder=folder, exc=exc)


def backup_before_upgrade(db: Database, revision: str | None) -> Path | None:
    """``open_database(..., before_upgrade=backup_before_upgrade)``: a verified copy before a migration.

    Raises ``DiskFull`` when no copy could be written, so the database is not upgraded without one.
    """
    result = backup_now(db, tag=TAG_BEFORE_UPGRADE, rotate_old=False)
    if not result.ok:
        raise DiskFull(
            msg(
                "Tietokannasta ei saatu varmuuskopiota ennen sen päivitystä, joten sitä ei päivitetty. {warnings}",
                warnings=join(" ", result.warnings),
            )
        )
    return result.path


def upgrade_copy(db: Database, revision: str | None) -> Path | None:
    """The ``before_upgrade`` hook the window and the commands open databases with.

    A database file gets ``backup_before_upgrade``: a verified copy tagged ``ennen-paivitysta`` in the backup
    folder, listed with the other backups and never rotated away; without it the database is not upgraded. A
    PostgreSQL database is upgraded as before (``db.engine.copy_aside`` logs that no copy is taken there: the
    server's own backups, or ``python main.py backup`` with pg_dump, cover it).
    """
    if db.path is None:
        return copy_aside(db, revision)
    return backup_before_upgrade(db, revision)


def open_for_use(
    target: str | os.PathLike[str] | URL | None = None, *, create: bool = True, user: str = ""
) -> Database:
    """Open a database for the window or a command: an older one is upgraded only after ``upgrade_copy``."""
    return open_database(target, create=create, user=user, before_upgrade=upgrade_copy)


# A copy stamped this much ahead of the clock was taken while the clock was wrong (a little leeway for a clock
# corrected by a few seconds, and for copies of the same moment).
_FUTURE_LEEWAY = dt.timedelta(minutes=5)


def _in_future(entry: BackupEntry, now: dt.datetime) -> bool:
    return entry.created > now + _FUTURE_LEEWAY


def future_backups(source: Source, folder: Path, now: dt.datetime | None = None) -> list[BackupEntry]:
    """This database's copies in ``folder`` dated in the future: taken while the computer's clock was wrong."""
    now = now or dt.datetime.now()
    return [e for e in list_backups(source, folder) if _in_future(e, now)]


def future_warning(entries: list[BackupEntry]) -> str:
    """The Finnish warning about copies dated in the future (see ``future_backups``)."""
    return msg(
        "Varmuuskopiokansiossa on tulevaisuuteen päivätty varmuuskopio {name}: tietokoneen kello on ollut "
        "väärässä, kun se otettiin. Sitä ei pidetä uusimpana varmuuskopiona; tarkista kopion sisältö ennen "
        "kuin palautat sen.",
        name=entries[0].path.name,
    )


def _newest_not_future(entries: list[BackupEntry], now: dt.datetime) -> BackupEntry | None:
    return next((e for e in entries if not _in_future(e, now)), None)


def newest_backup_time(
    source: Source, settings: BackupSettings | None = None, now: dt.datetime | None = None
) -> dt.datetime | None:
    """When the newest copy was taken; a copy dated in the future (a wrong clock) does not count."""
    settings = settings or BackupSettings.load()
    newest = _newest_not_future(list_backups(source, settings.folder), now or dt.datetime.now())
    return newest.created if newest is not None else None


def _warn_future(database: Source, settings: BackupSettings, now: dt.datetime, result: BackupResult) -> None:
    future = future_backups(database, settings.folder, now)
    if future:
        log.warning("Backups dated in the future (a wrong clock): %s", ", ".join(e.path.name for e in future))
        result.warnings.append(future_warning(future))


def backup_if_due(
    database: Source, now: dt.datetime | None = None, *, settings: BackupSettings | None = None
) -> BackupResult | None:
    """Take a backup when the newest one is older than the interval (24 h); call it from a timer.

    Only the main folder decides: a second folder that cannot be written (a full stick) would otherwise make
    every hourly check take a copy, and rotation would keep only the day's newest. A stick plugged in again
    gets its copy with the next backup (``folder_warnings`` reports a missing one meanwhile).

    A copy dated in the future (taken while the clock was wrong) does not make a backup "not due"; the
    result then carries a warning about it.
    """
    settings = settings or BackupSettings.load()
    now = now or dt.datetime.now()
    interval = dt.timedelta(hours=settings.interval_hours)
    newest = newest_backup_time(database, settings, now)
    due = newest is None or now - newest >= interval
    if not due:
        return None
    result = backup_now(database, settings=settings, now=now)
    _warn_future(database, settings, now, result)
    return result


def backup_on_close(
    database: Source, now: dt.datetime | None = None, *, settings: BackupSettings | None = None
) -> BackupResult | None:
    """Take a backup on closing when the SQLite file changed since the newest backup (PostgreSQL: when due)."""
    settings = settings or BackupSettings.load()
    now = now or dt.datetime.now()
    url = _source_url(database)
    path = sqlite_path(url)
    if path is None:
        return backup_if_due(database, now, settings=settings)
    newest = _newest_not_future(list_backups(database, settings.folder), now)
    # The log counts only with something in it: SQLite makes an empty one whenever the database is opened, so
    # its time says when the program was started, not when anything was saved.
    wal = path.with_name(path.name + "-wal")
    changed = max(_mtime(path), _mtime(wal) if _size(wal) > 0 else 0.0)
    if newest is not None and changed <= max(_mtime(newest.path), newest.created.timestamp()):
        return None
    result = backup_now(database, settings=settings, now=now)
    _warn_future(database, settings, now, result)
    return result


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# --- restoring ----------------------------------------------------------------------------------------------


def _aside_name(path: Path, label: str, now: dt.datetime) -> Path:
    candidate = path.with_name(f"{path.name}.{label}-{_stamp(now)}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{label}-{_stamp(now)}-{n}")
        n += 1
    return candidate


def move_aside(path: Path, label: str, now: dt.datetime | None = None) -> list[Path]:
    """Rename a database file and its -wal/-shm files side by side (never delete them); return the new names."""
    now = now or dt.datetime.now()
    aside = _aside_name(path, label, now)
    moved: list[Path] = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        original = path.with_name(path.name + suffix)
        if original.exists():
            new = aside.with_name(aside.name + suffix)
            os.replace(original, new)
            moved.append(new)
    _fsync_dir(path.parent)
    return moved


def _put_back(path: Path, moved: list[Path]) -> None:
    """Undo ``move_aside`` after a failed restore, so the database is where it was."""
    if not moved or path.exists():
        return
    base = moved[0]
    for new in moved:
        suffix = new.name[len(base.name) :]
        with contextlib.suppress(OSError):
            os.replace(new, path.with_name(path.name + suffix))


def _database_state(path: Path) -> str:
    """ "missing", "ok", "foreign" or "damaged" for a SQLite file, without changing it."""
    if not path.exists():
        return "missing"
    try:
        tables = inspect_sqlite_file(path)
    except KnownError:
        return "damaged"  # empty, not a SQLite file at all, truncated or garbled
    return "ok" if VERSION_TABLE in tables else "foreign"


def _refuse_if_in_use(path: Path) -> None:
    """Raise ``DatabaseUnavailable`` when another program (another window, a command) has the file open.

    Sihteeri keeps its databases in WAL mode, where every open connection holds a shared lock on the file:
    taking SQLite's exclusive lock at once (no waiting) fails while any is open. Moving the file aside then
    would leave that program saving into the moved file, and its later saves would be lost from the
    restored database. A file SQLite cannot read at all (damaged) gives no verdict and is restored as before.
    """
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if is_locked(exc):
            raise DatabaseUnavailable(
                msg(
                    "Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai "
                    "komento). Sulje se ensin ja palauta sitten uudelleen. Palautusta ei tehty, eikä "
                    "tietokantaan koskettu.",
                    path=path,
                ),
                detail=str(exc),
            ) from exc
    except sqlite3.DatabaseError:
        return  # damaged: nothing can be using it for saving
    finally:
        conn.close()


def _refuse_if_postgres_in_use(url: URL) -> None:
    """Raise ``DatabaseUnavailable`` while other sessions are connected to the PostgreSQL database.

    In a shared office database another user's window keeps connections open; a restore under it would leave
    that window showing and saving over data that is no longer there, without anyone noticing. Their
    sessions are listed in ``pg_stat_activity`` (every user sees the names and addresses of the others).
    """
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT usename, client_addr, client_hostname FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend'"
                )
            ).all()
    finally:
        engine.dispose()
    if not rows:
        return
    users = ", ".join(sorted({str(row[0] or "?") for row in rows}))
    if len(rows) == 1:
        message = msg(
            "Tietokantaan {database} on yhteydessä toinen istunto (käyttäjä: {users}). Pyydä sitä sulkemaan "
            "Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.",
            database=url.database or "",
            users=users,
        )
    else:
        message = msg(
            "Tietokantaan {database} on yhteydessä {count} muuta istuntoa (käyttäjät: {users}). Pyydä muita "
            "sulkemaan Sihteeri ja palauta sitten uudelleen. Palautusta ei tehty, eikä tietokantaan koskettu.",
            database=url.database or "",
            count=len(rows),
            users=users,
        )
    raise DatabaseUnavailable(
        message,
        detail="; ".join(f"{row[0]} {row[1] or 'socket'} {row[2] or ''}".strip() for row in rows),
    )


def restore_backup(
    backup: Path,
    target: Source | None = None,
    *,
    now: dt.datetime | None = None,
    settings: BackupSettings | None = None,
    progress: ProgressFn | None = None,
) -> RestoreResult:
    """Replace the database with a verified backup; the current database is backed up (or moved aside) first.

    The application must have closed the database (``database.dispose()``) before this and reopen it after;
    while another program has the file open (SQLite), or another session is connected (PostgreSQL), the restore is
    refused (``_refuse_if_in_use``, ``_refuse_if_postgres_in_use``).
    """
    now = now or dt.datetime.now()
    settings = settings or BackupSettings.load()
    url = _source_url(target if target is not None else default_database_path())
    if progress is not None:
        progress(0, 0, msg("Tarkistetaan varmuuskopiota…"))
    check = verify_backup(backup)
    if not check.ok:
        raise ValidationError(msg("Varmuuskopiota ei palautettu: {problem}", problem=check.problem))
    path = sqlite_path(url)
    if path is None:
        if backup.suffix != ".dump":
            raise ValidationError(
                msg(
                    "PostgreSQL-tietokantaan voi palauttaa vain PostgreSQL-varmuuskopion "
                    "(.dump). SQLite-tiedoston tiedot siirretään arkiston kautta (export/import)."
                )
            )
        return _restore_postgres(backup, url, now, settings, progress)
    if backup.suffix == ".dump":
        raise ValidationError(
            msg("PostgreSQL-varmuuskopiota ei voi palauttaa SQLite-tiedostoon; käytä arkistoa (export/import).")
        )
    result = RestoreResult(target=str(path))
    state = _database_state(path)
    if state == "ok":  # a damaged or foreign file is not probed: SQLite could write into an empty one
        _refuse_if_in_use(path)
    if state == "ok":
        if progress is not None:
            progress(0, 0, msg("Otetaan varmuuskopio nykyisestä tietokannasta…"))
        safety = backup_now(path, settings=settings, now=now, tag=TAG_BEFORE_RESTORE, rotate_old=False)
        if not safety.ok:
            raise DiskFull(
                msg(
                    "Nykyisestä tietokannasta ei saatu varmuuskopiota, joten palautusta ei tehty. {warnings}",
                    warnings=join(" ", safety.warnings),
                )
            )
        result.safety_copy = safety.path
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.palautus{_TEMP_MARK}{os.getpid()}")
    try:
        if progress is not None:
            progress(0, 0, msg("Palautetaan varmuuskopiota…"))
        _restore_copy(backup, temp, check)
        label = TAG_BEFORE_RESTORE if state == "ok" else "vioittunut"
        if state == "ok":
            _refuse_if_in_use(path)  # again: the safety copy took a while
        if state != "missing":
            result.moved_aside = move_aside(path, label, now)
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as exc:
        _put_back(path, result.moved_aside)
        if _is_disk_full(exc):
            raise DiskFull(msg("Levy täyttyi palautuksen aikana; tietokantaan ei koskettu."), detail=str(exc)) from exc
        raise DatabaseUnavailable(msg("Varmuuskopiota ei voitu palauttaa: {exc}.", exc=exc), detail=str(exc)) from exc
    finally:
        _discard(temp)
    log.info("Restored %s from %s", path, backup)
    return result


def _restore_copy(backup: Path, temp: Path, check: Verification) -> None:
    """Copy the verified ``backup`` to ``temp`` and make sure the copy is the verified content.

    Normally byte for byte: the backup is a finished SQLite file without a log, and the copy's SHA-256 must
    equal the fingerprint just verified (which is also the one in the backup's description). A backup with
    a ``-wal`` file beside it (opened by some other program) is copied through SQLite instead, and the copy
    is verified in full and must have the same row counts.
    """
    if backup.with_name(backup.name + "-wal").exists():
        src = _connect_readonly(backup)
        try:
            dst = sqlite3.connect(temp, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(temp)
        copied = verify_sqlite_file(temp)
        same = copied.ok and copied.row_counts == check.row_counts
    else:
        shutil.copyfile(backup, temp)
        _fsync(temp)
        same = _sha256(temp) == check.fingerprint
    if not same:
        raise KnownError(msg("Palautettu kopio ei vastannut varmuuskopiota; tietokantaan ei koskettu."))


def _restore_postgres(
    backup: Path, url: URL, now: dt.datetime, settings: BackupSettings, progress: ProgressFn | None
) -> RestoreResult:
    result = RestoreResult(target=url.render_as_string(hide_password=True))
    _refuse_if_postgres_in_use(url)
    if progress is not None:
        progress(0, 0, msg("Otetaan varmuuskopio nykyisestä tietokannasta…"))
    safety = backup_now(url, settings=settings, now=now, tag=TAG_BEFORE_RESTORE, rotate_old=False)
    if not safety.ok:
        raise DiskFull(
            msg(
                "Nykyisestä tietokannasta ei saatu varmuuskopiota, joten palautusta ei tehty. {warnings}",
                warnings=join(" ", safety.warnings),
            )
        )
    result.safety_copy = safety.path
    _refuse_if_postgres_in_use(url)  # again: the safety copy took a while
    if progress is not None:
        progress(0, 0, msg("Palautetaan varmuuskopiota…"))
    pg_tools.restore(url, backup)
    expected = _read_sidecar(backup).get("row_counts", {})
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            restored = _postgres_facts(conn)["row_counts"]
    finally:
        engine.dispose()
    if expected and restored != expected:
        raise KnownError(
            msg(
                "Palautetun tietokannan rivimäärät eivät vastaa varmuuskopiota. Aiempi tietokanta on "
                "tallessa varmuuskopiona {path}.",
                path=safety.path,
            ),
            detail=f"{expected} != {restored}",
        )
    return result


# --- start-up check -----------------------------------------------------------------------------------------


def newest_good_backup(
    path: Path, folder: Path, limit: int = 20
) -> tuple[BackupEntry | None, Verification | None, list[Verification]]:
    """The newest backup of ``path`` in ``folder`` that passes verification, and those rejected on the way."""
    rejected: list[Verification] = []
    now = dt.datetime.now()
    entries = list_backups(path, folder)
    # A copy dated in the future (a wrong clock) is not the newest: it is offered only when nothing else is.
    entries.sort(key=lambda e: _in_future(e, now))
    for entry in entries[:limit]:
        if entry.kind != "sqlite":
            continue
        check = verify_sqlite_file(entry.path)
        if check.ok:
            return entry, check, rejected
        rejected.append(check)
    return None, None, rejected


def startup_check(path: Path | None = None, *, settings: BackupSettings | None = None) -> StartupProblem | None:
    """Before opening: is the SQLite database missing, damaged or foreign? Never changes any file.

    A missing database with no backups is a first start (None). Otherwise the problem names the newest
    backup that passed verification, if any.
    """
    settings = settings or BackupSettings.load()
    path = Path(path) if path is not None else default_database_path()
    state = _database_state(path)
    if state == "ok":
        return None
    if state == "missing" and not list_backups(path, settings.folder):
        return None
    detail = ""
    message: str
    if state == "missing":
        message = msg("Tietokantaa {path} ei löydy.", path=path)
    elif state == "foreign":
        message = msg("Tiedosto {path} ei ole Sihteerin tietokanta.", path=path)
    else:
        try:
            inspect_sqlite_file(path)
            message = msg("Tietokanta {path} on vioittunut.", path=path)
        except KnownError as exc:
            message, detail = exc.message, exc.detail
    backup, verification, rejected = newest_good_backup(path, settings.folder)
    if backup is None:
        message = msg(
            "{problem} Ehjää varmuuskopiota ei löytynyt kansiosta {folder}.", problem=message, folder=settings.folder
        )
    elif state != "missing" and "ei ole koskettu" not in message:
        message = msg("{problem} Tiedostoon ei ole koskettu.", problem=message)
    return StartupProblem(state, path, message, detail, backup, verification, rejected)


def recover(
    problem: StartupProblem,
    backup: Path | None = None,
    *,
    now: dt.datetime | None = None,
    settings: BackupSettings | None = None,
    progress: ProgressFn | None = None,
) -> RestoreResult:
    """Restore the newest good backup (or ``backup``) after ``startup_check``; the bad file is moved aside."""
    chosen = backup or (problem.backup.path if problem.backup else None)
    if chosen is None:
        raise ValidationError(msg("Palautettavaa varmuuskopiota ei ole."))
    return restore_backup(chosen, problem.path, now=now, settings=settings, progress=progress)

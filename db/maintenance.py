"""Compacting a SQLite database: what was deleted or changed is taken out of the file itself.

SQLite does not wipe what a change replaces: a § 's earlier text stays in the file's free pages, in the search
index's segments (FTS5 merges them only now and then) and in the list of the index's words (``item_fts_term``,
refreshed in full only after a bulk change) until those are written over. A personal identity code typed into the
wrong field and then removed is therefore still in the file, though no search finds it. ``compact_database``
merges the search index into one segment, lists its words again from what the items say now, and rewrites
the whole file (``VACUUM``); then nothing removed is left in the database file or its log. Earlier backups still
hold it until they are rotated out (``db.backup``).

PostgreSQL clears what a change replaced by itself (autovacuum); the server's own tools are for more.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from db.engine import Database, driver_connection, is_locked
from db.errors import DatabaseUnavailable, ValidationError, msg
from db.search_terms import rebuild_search_terms

WAIT_MS = 5000
"""How long compacting waits for another program's reading or writing to end before it gives up."""


@dataclass(frozen=True)
class CompactResult:
    """The database file's size (with its write-ahead log) before and after compacting, in bytes."""

    size_before: int
    size_after: int


def _size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(FileNotFoundError):
            total += Path(f"{path}{suffix}").stat().st_size
    return total


def compact_database(database: Database) -> CompactResult:
    """Take what was deleted or changed out of a SQLite database file (see the module docstring).

    Refused for PostgreSQL (``ValidationError``) and while another program is reading or writing the file
    (``DatabaseUnavailable``): rewriting the file needs it to itself for a moment. The contents do not change.
    """
    path = database.path
    if path is None:
        raise ValidationError(
            msg(
                "Tiivistys koskee SQLite-tiedostoa. PostgreSQL-palvelin poistaa muutettujen ja poistettujen "
                "tietojen jäänteet itse; tarvittaessa palvelimen ylläpitäjä ajaa VACUUM FULL -komennon."
            )
        )
    before = _size(path)
    database.engine.dispose()  # the window's idle connections: the file is rewritten on this one alone
    try:
        with database.engine.connect() as conn:
            driver = driver_connection(conn)
            driver.execute(f"PRAGMA busy_timeout = {int(WAIT_MS)}")
            with conn.begin():
                conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('optimize')")
                rebuild_search_terms(conn)
            # VACUUM runs outside any transaction, so on the driver (SQLAlchemy would begin one).
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            driver.execute("VACUUM")
            busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise sqlite3.OperationalError("database is locked")
    except (sqlite3.OperationalError, OperationalError) as exc:
        if is_locked(exc):
            raise DatabaseUnavailable(
                msg(
                    "Tietokanta {path} on toisen ohjelman käytössä (esimerkiksi toinen Sihteerin ikkuna tai "
                    "komento). Sulje se ja tiivistä sitten uudelleen. Tietokannan sisältö ei muuttunut.",
                    path=path,
                ),
                detail=str(exc),
            ) from exc
        raise
    return CompactResult(before, _size(path))

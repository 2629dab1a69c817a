"""The full-text index (revision 0002) during a bulk load: kept by its triggers, or rebuilt once at the end.

On SQLite the index is the external-content FTS5 table ``item_fts``, kept current by triggers on ``item``.
For a bulk load there are two ways to fill it: let the insert trigger index every row as it comes
(``triggers``), or drop that trigger for the load and ``rebuild`` the index from ``item`` at the end,
then put the trigger back (``rebuild``). PostgreSQL computes its ``search_vector`` column on insert
whatever we do; there ``rebuild`` drops the GIN index for the load and creates it again afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text

from db.engine import Database
from db.search_terms import refresh_search_terms

MODES = ("rebuild", "triggers")
INSERT_TRIGGER = "item_fts_insert"
PG_INDEX = "ix_item_search_vector"


@dataclass
class BulkLoad:
    """What ``begin_bulk_load`` took away, to be put back by ``finish_bulk_load``."""

    mode: str
    kind: str  # "fts5", "postgresql" or "none"
    saved_sql: str = ""


def index_kind(database: Database) -> str:
    with database.engine.connect() as conn:
        if database.is_sqlite:
            found = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'item_fts'")).first()
            return "fts5" if found else "none"
        found = conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = :n"), {"n": PG_INDEX}).first()
        return "postgresql" if found else "none"


def begin_bulk_load(database: Database, mode: str) -> BulkLoad:
    """Prepare the index for a bulk load of items (``mode`` one of ``MODES``)."""
    if mode not in MODES:
        raise ValueError(mode)
    load = BulkLoad(mode, index_kind(database))
    if mode == "triggers" or load.kind == "none":
        return load
    with database.engine.begin() as conn:
        if load.kind == "fts5":
            load.saved_sql = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": INSERT_TRIGGER}
            ).scalar_one()
            conn.execute(text(f"DROP TRIGGER {INSERT_TRIGGER}"))
        else:
            load.saved_sql = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": PG_INDEX}
            ).scalar_one()
            conn.execute(text(f"DROP INDEX {PG_INDEX}"))
    return load


def finish_bulk_load(database: Database, load: BulkLoad, *, log: Callable[[str], None] = print) -> str:
    """Bring the index up to date after the load and put back what was taken away; returns what was done."""
    if load.kind == "none":
        return "ei hakuindeksiä"
    if load.mode == "triggers":
        if load.kind == "fts5":
            with database.engine.begin() as conn:
                conn.execute(text("INSERT INTO item_fts(item_fts) VALUES ('optimize')"))
                refresh_search_terms(conn)  # the word list of revision 0004, from the whole index
        return "täytetty triggereillä"
    started = time.perf_counter()
    with database.engine.begin() as conn:
        if load.kind == "fts5":
            conn.execute(text("INSERT INTO item_fts(item_fts) VALUES ('rebuild')"))
            conn.execute(text(load.saved_sql))
            refresh_search_terms(conn)
        else:
            conn.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
            conn.execute(text(load.saved_sql))
    seconds = time.perf_counter() - started
    log(f"  hakuindeksi rakennettu uudelleen: {seconds:.1f} s")
    return f"rakennettu uudelleen ({seconds:.1f} s)"

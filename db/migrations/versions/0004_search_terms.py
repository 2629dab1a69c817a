"""the words of the SQLite search index, for prefix searches that do not grow with the years kept

An FTS5 prefix query ("päätö"*) merges the complete lists of every indexed word starting with the prefix
before it returns a row, so a common word's search grew with the database (2-5x from 10 000 to 100 000
items). ``item_fts_term`` lists the index's words, so that a prefix becomes an OR of whole words
(``db.search_terms``), which FTS5 walks from the newest item and stops early. ``item_fts_pending`` holds the
items whose texts changed since their words were listed (filled by triggers, like the index itself); while
it has rows, searches use the prefix query as before. PostgreSQL: nothing (its GIN index has no such merge).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally (not imported from db.search_terms), so that this revision never changes after release.
_COLS = "title, diary_number, background, proposal, decision"
_TRIGGERS = ("item_fts_pending_insert", "item_fts_pending_update")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE item_fts_term (term TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
    op.execute("CREATE TABLE item_fts_pending (item_id INTEGER NOT NULL PRIMARY KEY)")
    op.execute(
        "CREATE TRIGGER item_fts_pending_insert AFTER INSERT ON item BEGIN "
        "INSERT OR IGNORE INTO item_fts_pending(item_id) VALUES (new.id); END"
    )
    op.execute(
        f"CREATE TRIGGER item_fts_pending_update AFTER UPDATE OF {_COLS} ON item BEGIN "
        "INSERT OR IGNORE INTO item_fts_pending(item_id) VALUES (new.id); END"
    )
    op.execute("CREATE VIRTUAL TABLE temp.item_fts_vocab_0004 USING fts5vocab(main, 'item_fts', 'row')")
    op.execute("INSERT INTO item_fts_term(term) SELECT term FROM temp.item_fts_vocab_0004")
    op.execute("DROP TABLE temp.item_fts_vocab_0004")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS item_fts_pending")
    op.execute("DROP TABLE IF EXISTS item_fts_term")

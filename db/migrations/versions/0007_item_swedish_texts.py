"""the Swedish texts of a §, for the Swedish documents of bilingual organisations, and their search

A bilingual organisation's agendas, minutes and excerpts are made in Finnish and in Swedish. The § already had
its Swedish title (``item.title_sv``); its presentation (background), proposal, handling and decision now have
their Swedish texts too, and so has its public title (printed for a secret § in a public document). An empty Swedish text prints the Finnish one, as before. The existing rows get empty
texts (a server default, so that adding the column needs no rewrite of the table).

The search index covers the Swedish title, background, proposal and decision too (the Finnish ones as before;
handling is not searched in either language), so that a Swedish word finds its §:
- SQLite: the FTS5 table ``item_fts`` of revision 0002 is made again with the new columns, with its triggers
  and the pending trigger of revision 0004, and rebuilt; the word list of revision 0004 is listed again from it;
- PostgreSQL: the generated ``search_vector`` column of revision 0002 is made again with the new columns (with
  the same 'finnish' configuration, so that the query's stem prefixes work alike), and its GIN index.
Both take a while on a large database (the index is built from every §), once.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally, so that this revision never changes after release.
_COLUMNS = ("background_sv", "proposal_sv", "handling_sv", "decision_sv")
_INDEXED_BEFORE = ("title", "diary_number", "background", "proposal", "decision")
_INDEXED = (*_INDEXED_BEFORE, "title_sv", "background_sv", "proposal_sv", "decision_sv")
_WEIGHTS_BEFORE = "AABCC"  # revision 0002's weights of the PostgreSQL index, column by column
_WEIGHTS = "AABCCABCC"
_TOKENIZE = "unicode61 remove_diacritics 0"  # revision 0002's tokenizer


def _sqlite_index(columns: tuple[str, ...]) -> None:
    """The FTS5 index of revision 0002 and the pending trigger of revision 0004 over ``columns``, rebuilt."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    for trigger in ("item_fts_insert", "item_fts_delete", "item_fts_update", "item_fts_pending_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS item_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE item_fts USING fts5({cols}, content='item', content_rowid='id', "
        f'tokenize="{_TOKENIZE}")'
    )
    op.execute(
        f"CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN "
        f"INSERT INTO item_fts(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER item_fts_delete AFTER DELETE ON item BEGIN "
        f"INSERT INTO item_fts(item_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
    )
    # Only text changes touch the index: renumbering the § of a whole year must stay cheap.
    op.execute(
        f"CREATE TRIGGER item_fts_update AFTER UPDATE OF {cols} ON item BEGIN "
        f"INSERT INTO item_fts(item_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO item_fts(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER item_fts_pending_update AFTER UPDATE OF {cols} ON item BEGIN "
        "INSERT OR IGNORE INTO item_fts_pending(item_id) VALUES (new.id); END"
    )
    op.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")
    # The word list of revision 0004, from the whole new index.
    op.execute("CREATE VIRTUAL TABLE temp.item_fts_vocab_0007 USING fts5vocab(main, 'item_fts', 'row')")
    op.execute("DELETE FROM item_fts_term")
    op.execute("INSERT INTO item_fts_term(term) SELECT term FROM temp.item_fts_vocab_0007")
    op.execute("DROP TABLE temp.item_fts_vocab_0007")
    op.execute("DELETE FROM item_fts_pending")


def _postgres_index(columns: tuple[str, ...], weights: str) -> None:
    """The generated search column of revision 0002 over ``columns``, and its GIN index."""
    weighted = " || ".join(
        f"setweight(to_tsvector('finnish'::regconfig, coalesce({column}, '')), '{weight}')"
        for column, weight in zip(columns, weights, strict=True)
    )
    op.execute("DROP INDEX IF EXISTS ix_item_search_vector")
    op.execute("ALTER TABLE item DROP COLUMN IF EXISTS search_vector")
    op.execute(f"ALTER TABLE item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({weighted}) STORED")
    op.execute("CREATE INDEX ix_item_search_vector ON item USING gin (search_vector)")
    # The table was written anew: the planner's statistics of the new column come now, not when autovacuum gets
    # round to it (without them two common words took 0.47 s instead of 0.17 s with 100 000 items).
    op.execute("ANALYZE item")


def upgrade() -> None:
    op.add_column("item", sa.Column("public_title_sv", sa.String(length=500), nullable=False, server_default=""))
    for column in _COLUMNS:
        op.add_column("item", sa.Column(column, sa.Text(), nullable=False, server_default=""))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_index(_INDEXED)
    elif dialect == "postgresql":
        _postgres_index(_INDEXED, _WEIGHTS)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_index(_INDEXED_BEFORE)
    elif dialect == "postgresql":
        _postgres_index(_INDEXED_BEFORE, _WEIGHTS_BEFORE)
    # Plain SQL rather than Alembic's batch mode: on SQLite that would copy the table and drop the triggers of the
    # full-text index with it. SQLite (3.35 and later) and PostgreSQL both drop a column in place.
    for column in (*reversed(_COLUMNS), "public_title_sv"):
        op.execute(f"ALTER TABLE item DROP COLUMN {column}")

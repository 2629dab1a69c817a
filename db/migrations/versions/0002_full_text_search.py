"""full-text search over items

SQLite: an FTS5 external-content table ``item_fts`` over the item texts, kept current by triggers.
PostgreSQL: a generated ``search_vector`` tsvector column (configuration 'finnish') with a GIN index.
Existing items are indexed by the upgrade itself.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally (not imported from db.search), so that this revision never changes after release.
_COLUMNS = ("title", "diary_number", "background", "proposal", "decision")
_COLS = ", ".join(_COLUMNS)
_NEW = ", ".join(f"new.{c}" for c in _COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in _COLUMNS)


def _sqlite_upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE item_fts USING fts5({_COLS}, content='item', content_rowid='id', "
        'tokenize="unicode61 remove_diacritics 0")'
    )
    op.execute(
        f"CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN "
        f"INSERT INTO item_fts(rowid, {_COLS}) VALUES (new.id, {_NEW}); END"
    )
    op.execute(
        f"CREATE TRIGGER item_fts_delete AFTER DELETE ON item BEGIN "
        f"INSERT INTO item_fts(item_fts, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); END"
    )
    # Only text changes touch the index: renumbering the § of a whole year must stay cheap.
    op.execute(
        f"CREATE TRIGGER item_fts_update AFTER UPDATE OF {_COLS} ON item BEGIN "
        f"INSERT INTO item_fts(item_fts, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); "
        f"INSERT INTO item_fts(rowid, {_COLS}) VALUES (new.id, {_NEW}); END"
    )
    op.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")


def _postgres_upgrade() -> None:
    weighted = " || ".join(
        f"setweight(to_tsvector('finnish'::regconfig, coalesce({column}, '')), '{weight}')"
        for column, weight in zip(_COLUMNS, "AABCC", strict=True)
    )
    op.execute(f"ALTER TABLE item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({weighted}) STORED")
    op.execute("CREATE INDEX ix_item_search_vector ON item USING gin (search_vector)")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgres_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("item_fts_insert", "item_fts_delete", "item_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS item_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_item_search_vector")
        op.execute("ALTER TABLE item DROP COLUMN IF EXISTS search_vector")

"""PostgreSQL's search index keeps the words as written and splits them at punctuation, as SQLite's does

The generated ``search_vector`` of revisions 0002 and 0007 used the 'finnish' configuration: its parser kept a
date (``30.9.2025``), a diary number (``88/12.00.00/2025``, ``2013-011229``) and a hyphenated name as single
words, so a search for the date, its year, the number as typed or in lower case found nothing there, while SQLite
(``unicode61``, which splits at every punctuation mark) found them; and its stemmer shortened the query's own stem
prefix (``hankin:*`` became ``han:*``, finding every *hanke*), and its stop words (*ja*, *ei*, *kun*) could not be
found at all. The column is now made with the 'simple' configuration (lower-cased words as written, no stop
words) from the texts with their punctuation replaced by spaces: a query is matched as on SQLite, by the stem
prefixes of ``db.search``. Rebuilding the column reads every § once (a few minutes with 100 000 items). SQLite
is not changed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally, so that this revision never changes after release (revision 0007's columns and weights).
_INDEXED = (
    "title", "diary_number", "background", "proposal", "decision", "title_sv", "background_sv", "proposal_sv",
    "decision_sv",
)  # fmt: skip
_WEIGHTS = "AABCCABCC"


def _postgres_index(config: str, split_punctuation: bool) -> None:
    def words(column: str) -> str:
        value = f"coalesce({column}, '')"
        return f"regexp_replace({value}, '[[:punct:]]+', ' ', 'g')" if split_punctuation else value

    weighted = " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, {words(column)}), '{weight}')"
        for column, weight in zip(_INDEXED, _WEIGHTS, strict=True)
    )
    op.execute("DROP INDEX IF EXISTS ix_item_search_vector")
    op.execute("ALTER TABLE item DROP COLUMN IF EXISTS search_vector")
    op.execute(f"ALTER TABLE item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({weighted}) STORED")
    op.execute("CREATE INDEX ix_item_search_vector ON item USING gin (search_vector)")
    op.execute("ANALYZE item")  # the planner's statistics of the new column now (see revision 0007)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_index("simple", split_punctuation=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_index("finnish", split_punctuation=False)

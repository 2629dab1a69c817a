"""The words of the SQLite search index (revision 0004): a prefix search as an OR of whole words.

FTS5 answers a prefix query (``"päätö"*``) by merging the complete lists of every indexed word that starts
with the prefix before it returns a row, so a common word's search grew with the years kept: 2-5x from
10 000 to 100 000 items. Written out as whole words (``("päätös" OR "päätöksen" OR ...)``), the same query
is walked from the newest item and stops early: with 100 000 items a common word takes 7 ms instead of
56 ms, and two common words 19 ms instead of 268 ms (``python -m bench.run --only search``).

``item_fts_term`` lists the index's words. It may list more words than the index has (words of changed or
deleted texts stay until the next full refresh), which changes nothing: a word no item has matches nothing.
It must never list fewer, so the items whose texts changed since their words were listed are kept in
``item_fts_pending`` by triggers on ``item``, as the index itself is; while that table has rows, searches
use the prefix query, which is always right. ``refresh_search_terms`` lists the pending items' words with
FTS5's own tokenizer (a one-off index of just those items, read through ``fts5vocab``) and empties the
table; a session commit that changed items calls it (``db.rules``), and so does opening the database.

This module does not import the models: the hook in ``db.rules`` and the benchmark's direct queries use it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

TERM_TABLE = "item_fts_term"
PENDING_TABLE = "item_fts_pending"
# The index's tokenizer (revision 0002); tests/db/test_search_terms.py checks that they stay the same.
TOKENIZE = "unicode61 remove_diacritics 0"
# The index's columns (revision 0007; tests/db/test_search_terms.py checks them against the index).
INDEXED_COLUMNS = (
    "title", "diary_number", "background", "proposal", "decision", "title_sv", "background_sv", "proposal_sv",
    "decision_sv",
)  # fmt: skip

MAX_WORDS_PER_PREFIX = 64
"""A prefix with more words than this is searched as a prefix (an OR of hundreds of words is no quicker)."""

FULL_REFRESH_AT = 2000
"""With this many pending items (a bulk load), the word list is rebuilt from the whole index instead."""

# Named parameters: the same text runs through SQLAlchemy and on a plain sqlite3 connection (bench.direct).
PENDING_SQL = f"SELECT EXISTS (SELECT 1 FROM {PENDING_TABLE})"
WORDS_SQL = f"SELECT term FROM {TERM_TABLE} WHERE term >= :prefix ORDER BY term LIMIT :cap"

_COLS = ", ".join(INDEXED_COLUMNS)
# A temporary table lives as long as its connection: the name carries the columns' number, so that one made
# before an upgrade (tests take databases down and up on one connection) is never filled with the wrong columns.
_SCRATCH = f"item_fts_scratch{len(INDEXED_COLUMNS)}"


def words_with_prefix(rows: list[str], prefix: str) -> list[str] | None:
    """The words of ``rows`` (``WORDS_SQL``'s result) that start with ``prefix``; None when there are too many."""
    words = []
    for word in rows:
        if not word.startswith(prefix):
            break
        words.append(word)
    return None if len(words) > MAX_WORDS_PER_PREFIX else words


def has_search_terms(conn: Connection) -> bool:
    """Whether the database has the word list (SQLite at revision 0004 or later).

    Asked every time, not remembered per connection: a downgrade or a restore can take the tables away.
    """
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (:a, :b)"),
        {"a": TERM_TABLE, "b": PENDING_TABLE},
    ).scalar_one()
    return bool(found == 2)


def rebuild_search_terms(conn: Connection) -> None:
    """List the index's words again from the whole index, inside the caller's write transaction: the list then
    holds exactly the words some item has (none of deleted or changed texts), and nothing is pending."""
    conn.execute(
        text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.item_fts_vocab USING fts5vocab(main, 'item_fts', 'row')")
    )
    conn.execute(text(f"DELETE FROM {TERM_TABLE}"))
    conn.execute(text(f"INSERT INTO {TERM_TABLE}(term) SELECT term FROM temp.item_fts_vocab"))
    conn.execute(text(f"DELETE FROM {PENDING_TABLE}"))


def refresh_search_terms(conn: Connection) -> int:
    """List the words of the items whose texts changed, inside the caller's write transaction.

    Returns the number of items that were pending. A bulk load (``FULL_REFRESH_AT`` or more) rebuilds the
    whole list from the index, which also drops the words no item has any more.
    """
    pending = int(
        conn.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM {PENDING_TABLE} LIMIT {FULL_REFRESH_AT})")).scalar_one()
    )
    if not pending:
        return 0
    if pending >= FULL_REFRESH_AT:
        rebuild_search_terms(conn)
        return pending
    conn.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH} USING fts5({_COLS}, content='', "
            f'tokenize="{TOKENIZE}")'
        )
    )
    conn.execute(
        text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH}_vocab USING fts5vocab(temp, '{_SCRATCH}', 'row')")
    )
    conn.execute(
        text(
            f"INSERT INTO temp.{_SCRATCH}(rowid, {_COLS}) SELECT id, {_COLS} FROM item "
            f"WHERE id IN (SELECT item_id FROM {PENDING_TABLE})"
        )
    )
    conn.execute(text(f"INSERT OR IGNORE INTO {TERM_TABLE}(term) SELECT term FROM temp.{_SCRATCH}_vocab"))
    conn.execute(text(f"INSERT INTO temp.{_SCRATCH}({_SCRATCH}) VALUES ('delete-all')"))
    conn.execute(text(f"DELETE FROM {PENDING_TABLE}"))
    return pending

"""The floor of search: the same full-text query as ``db.search`` makes, run directly on the index.

``first_page`` asks SQLite's FTS5 table (or PostgreSQL's ``search_vector``) for the best-ranked page of
matches (the newest page when there are more than ``RANKED_AT_MOST``) and their snippets with the very
expressions ``db.search`` builds (``fts5_match`` with its word-list lookups, ``tsquery_text``, the same
bm25 weights), without joins, filters or objects. The difference between the
two is what Sihteeri's own layer costs.

``choose_queries`` picks the words to search for from the index of the largest database: the most common
long word, a rare word (in about ten items), prefixes of both, and two common words together.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import text

from db.engine import Database
from db.search import (
    BM25_WEIGHTS,
    ELLIPSIS,
    MARK_END,
    MARK_START,
    PG_HEADLINE_OPTIONS,
    RANKED_AT_MOST,
    fts5_match,
    fts5_query,
    parse_query,
    tsquery_text,
)

PAGE = 200
_RANK = f"bm25({BM25_WEIGHTS})"  # the weights db.search gives bm25


def connect(database: Database) -> Any:
    """A plain DB-API connection to the database (sqlite3, or psycopg for PostgreSQL)."""
    if database.is_sqlite:
        conn = sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)
        return conn
    return database.engine.raw_connection()


def first_page(conn: Any, database: Database, query: str, limit: int = PAGE) -> list[tuple[int, str]]:
    """(item id, snippet) of the best-ranked ``limit`` matches, straight from the index."""
    parsed = parse_query(query)
    if database.is_sqlite:
        # The same two steps as db.search: are there more than RANKED_AT_MOST matches (walking the index from
        # the newest, stopping early)? If not, FTS5 sorts by rank itself and makes snippets only for the rows
        # returned; if so, the newest page.
        match = fts5_match(parsed, lambda sql, params: [row[0] for row in conn.execute(sql, params)])
        if match is None:
            return []
        (found,) = conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM item_fts WHERE item_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
            (match, RANKED_AT_MOST + 1),
        ).fetchone()
        order = "rowid DESC" if found > RANKED_AT_MOST else "rank"
        return list(
            conn.execute(
                "SELECT rowid, snippet(item_fts, -1, ?, ?, ?, 16) FROM item_fts "
                f"WHERE item_fts MATCH ? AND rank MATCH '{_RANK}' ORDER BY {order} LIMIT ?",
                (MARK_START, MARK_END, ELLIPSIS, match, limit),
            )
        )
    tsquery = tsquery_text(parsed)
    cur = conn.cursor()
    cur.execute(
        "SELECT count(*) FROM (SELECT id FROM item WHERE search_vector @@ to_tsquery('simple', %s) LIMIT %s) AS up_to",
        (tsquery, RANKED_AT_MOST + 1),
    )
    # As db.search: the snippet is a column of the page, computed by the server only for the rows on it.
    texts = ("title", "background", "proposal", "decision", "title_sv", "background_sv", "proposal_sv", "decision_sv")
    document = ", ".join(f"nullif({column}, '')" for column in texts)
    headline = f"ts_headline('simple', concat_ws(' … ', {document}), to_tsquery('simple', %s), %s)"
    if cur.fetchone()[0] > RANKED_AT_MOST:
        cur.execute(
            f"SELECT id, {headline} FROM item WHERE search_vector @@ to_tsquery('simple', %s) "
            "ORDER BY id DESC LIMIT %s",
            (tsquery, PG_HEADLINE_OPTIONS, tsquery, limit),
        )
    else:
        cur.execute(
            f"SELECT id, {headline} FROM item WHERE search_vector @@ to_tsquery('simple', %s) "
            "ORDER BY ts_rank_cd(search_vector, to_tsquery('simple', %s)) DESC LIMIT %s",
            (tsquery, PG_HEADLINE_OPTIONS, tsquery, tsquery, limit),
        )
    return [(item_id, snippet) for item_id, snippet in cur.fetchall()]


def match_count(conn: Any, database: Database, query: str) -> int:
    """How many items match the query at all."""
    parsed = parse_query(query)
    if database.is_sqlite:
        return int(
            conn.execute("SELECT count(*) FROM item_fts WHERE item_fts MATCH ?", (fts5_query(parsed),)).fetchone()[0]
        )
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM item WHERE search_vector @@ to_tsquery('simple', %s)", (tsquery_text(parsed),))
    return int(cur.fetchone()[0])


def choose_queries(path_or_database: Any) -> dict[str, str]:
    """Words to search for, chosen from the index of a SQLite database (same for every size of one run)."""
    from pathlib import Path

    path = Path(path_or_database) if not isinstance(path_or_database, Database) else path_or_database.path
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'item_fts', 'row')")
        items = conn.execute("SELECT count(*) FROM item").fetchone()[0]
        words = [
            (term, doc)
            for term, doc in conn.execute("SELECT term, doc FROM temp.vocab WHERE length(term) >= 9 ORDER BY term")
            if term.isalpha()
        ]
    finally:
        conn.close()
    common = sorted(words, key=lambda w: (-w[1], w[0]))
    rare_target = max(3, items // 10_000)
    rare = min((w for w in words if w[1] >= rare_target), key=lambda w: (w[1], w[0]))
    return {
        "common word": common[0][0],
        "rare word": rare[0],
        "common prefix": common[1][0][:5],
        "rare prefix": rare[0][:7],
        "two common words": f"{common[2][0]} {common[3][0]}",
    }


def run_sql(database: Database, sql: str, **params: Any) -> list[Any]:
    with database.engine.connect() as conn:
        return list(conn.execute(text(sql), params))

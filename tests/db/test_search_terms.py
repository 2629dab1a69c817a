"""The search index's word list (revision 0004): prefixes written out as words give the same hits, kept current."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text

from core.meetings import add_item, remove_item
from db import search, search_terms
from db.engine import Database, alembic_config, open_database
from db.enums import Outcome
from db.errors import KnownError
from db.models import Item, Meeting
from db.search import fts5_match, fts5_query, parse_query, search_items


def _rows(conn: Any, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
    return [row[0] for row in conn.execute(text(sql), params or {})]


def _index_words(conn: Any) -> set[str]:
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.t_vocab USING fts5vocab(main, 'item_fts', 'row')"))
    return set(_rows(conn, "SELECT term FROM temp.t_vocab"))


def _listed_words(conn: Any) -> set[str]:
    return set(_rows(conn, "SELECT term FROM item_fts_term"))


def _pending(conn: Any) -> list[int]:
    return _rows(conn, "SELECT item_id FROM item_fts_pending")


def _matching_ids(conn: Any, match: str | None) -> set[int]:
    if match is None:
        return set()
    return set(_rows(conn, "SELECT rowid FROM item_fts WHERE item_fts MATCH :q", {"q": match}))


def _expanded(conn: Any, query: str) -> str | None:
    def run(sql: str, params: dict[str, Any]) -> list[Any]:
        return _rows(conn, sql, params)

    return fts5_match(parse_query(query), run)


def test_the_scratch_index_tokenizes_as_the_search_index(sqlite_demo_db: Database) -> None:
    """Ensure the words of changed items are listed with the very tokenizer the search index uses."""
    with sqlite_demo_db.read() as conn:
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'item_fts'")).scalar_one()
    assert f'tokenize="{search_terms.TOKENIZE}"' in sql
    assert re.search(r"fts5\((.*?), content=", sql).group(1) == ", ".join(search_terms.INDEXED_COLUMNS)  # type: ignore[union-attr]


def test_plain_stem_letters_are_indexed_as_python_lowercases_them() -> None:
    """Ensure every letter a stem may have to be looked up as written is one FTS5 keeps as Python lower-cases it."""
    letters = re.sub(r"[\[\]+]", "", search._PLAIN_STEM.pattern).replace("0-9a-z", "")
    words = [f"ab{letter}cd" for letter in letters] + [f"x{upper}y" for upper in "ÅÄÖČŠŽĐŊŦƷ"]
    conn = sqlite3.connect(":memory:")
    conn.execute(f'CREATE VIRTUAL TABLE t USING fts5(x, tokenize="{search_terms.TOKENIZE}")')
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    conn.execute("INSERT INTO t(x) VALUES (?)", (" ".join(words),))
    indexed = {str(row[0]) for row in conn.execute("SELECT term FROM v")}
    assert indexed == {word.lower() for word in words}
    assert all(search._PLAIN_STEM.fullmatch(word.lower()) for word in words)


def test_a_new_database_lists_the_words_of_its_index(sqlite_demo_db: Database) -> None:
    """Ensure the demo's word list is exactly its index's words and nothing is pending."""
    with sqlite_demo_db.read() as conn:
        assert not _pending(conn)
        assert _listed_words(conn) == _index_words(conn)
        assert len(_listed_words(conn)) > 500


def _demo_queries(conn: Any) -> list[str]:
    """Every word of the demo's index, pairs of them and short prefixes: what users type, and more."""
    words = sorted(_index_words(conn))
    pairs = [f"{a} {b}" for a, b in zip(words[::5], words[3::5], strict=False)]
    return words + pairs + ["päätö", "sopim", "kun", "hyvinvointialue", "77/00.04"]


def test_written_out_prefixes_find_exactly_what_the_prefix_query_finds(sqlite_demo_db: Database) -> None:
    """Ensure, over every word of the demo's index and pairs of them, that the expanded query has the same hits."""
    with sqlite_demo_db.read() as conn:
        queries = _demo_queries(conn)
        expanded_some = 0
        for query in queries:
            parsed = parse_query(query)
            expanded = _expanded(conn, query)
            assert _matching_ids(conn, expanded) == _matching_ids(conn, fts5_query(parsed)), query
            expanded_some += expanded is not None and "*" not in expanded
        assert len(queries) > 300 and expanded_some > len(queries) // 2


def _open_meeting(session: Any) -> Meeting:
    return next(m for m in session.scalars(select(Meeting).order_by(Meeting.id.desc())) if not m.state.is_locked)


def test_changed_texts_are_searchable_at_once_and_their_words_listed(sqlite_demo_db: Database) -> None:
    """Ensure an item added or edited through a session is found by its new words, with nothing left pending."""
    with sqlite_demo_db.begin() as session:
        meeting = _open_meeting(session)
        item = add_item(session, meeting_id=meeting.id, title="Zeppeliinikenttien kaavoitus")
        item_id = item.id
    with sqlite_demo_db.read() as conn:
        assert not _pending(conn)
        assert {"zeppeliinikenttien", "kaavoitus"} <= _listed_words(conn)
        assert "(" in (_expanded(conn, "zeppeliinikenttä") or "")  # written out, not a prefix query
        assert [h.item_id for h in search_items(conn, "zeppeliinikentän")] == [item_id]
    with sqlite_demo_db.begin() as session:
        edited = session.get(Item, item_id)
        assert edited is not None
        edited.background = "Ilmalaivojen laskeutumispaikat."
    with sqlite_demo_db.read() as conn:
        assert not _pending(conn) and "ilmalaivojen" in _listed_words(conn)
        assert [h.item_id for h in search_items(conn, "ilmalaiva")] == [item_id]


def test_a_removed_items_words_stay_listed_but_find_nothing(sqlite_demo_db: Database) -> None:
    """Ensure the list may hold words no item has any more (a superset), and that these match nothing."""
    with sqlite_demo_db.begin() as session:
        meeting = _open_meeting(session)
        item_id = add_item(session, meeting_id=meeting.id, title="Kvartsikellojen hankinta").id
    with sqlite_demo_db.begin() as session:
        remove_item(session, item_id=item_id)
    with sqlite_demo_db.read() as conn:
        assert "kvartsikellojen" in _listed_words(conn) and "kvartsikellojen" not in _index_words(conn)
        assert search_items(conn, "kvartsikello") == []


def test_items_written_outside_sessions_are_found_and_listed_on_the_next_open(sqlite_demo_db: Database) -> None:
    """Ensure rows written without Sihteeri's sessions are searched by prefix until their words are listed."""
    path = sqlite_demo_db.path
    assert path is not None
    sqlite_demo_db.dispose()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE item SET title = 'Kaukokaipuun selvitys' WHERE id = (SELECT max(id) FROM item)")
        assert raw.execute("SELECT count(*) FROM item_fts_pending").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM item_fts_term WHERE term = 'kaukokaipuun'").fetchone()[0] == 0
    raw.close()
    reopened = open_database(path, upgrade=False)
    try:
        with reopened.read() as conn:
            assert not _pending(conn) and "kaukokaipuun" in _listed_words(conn)
            assert [h.title for h in search_items(conn, "kaukokaipuu")] == ["Kaukokaipuun selvitys"]
    finally:
        reopened.dispose()


def test_pending_items_mean_the_prefix_query(sqlite_demo_db: Database) -> None:
    """Ensure that while an item waits for its words to be listed, the query is the prefix query, and finds it."""
    with sqlite_demo_db.begin() as session:
        session.execute(text("INSERT INTO item_fts_pending(item_id) SELECT min(id) FROM item"))
        session.execute(text("UPDATE item SET title = 'Ylläpitotyön lisätilaus' WHERE id = (SELECT min(id) FROM item)"))
    with sqlite_demo_db.read() as conn:
        assert _pending(conn)  # no item flushed through the session: nothing was listed
        assert _expanded(conn, "ylläpitotyö") == fts5_query(parse_query("ylläpitotyö"))
        assert [h.title for h in search_items(conn, "ylläpitotyöt")] == ["Ylläpitotyön lisätilaus"]


def test_a_stem_with_too_many_words_stays_a_prefix(sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a very short stem (many words) is searched as a prefix, with the same hits."""
    monkeypatch.setattr(search_terms, "MAX_WORDS_PER_PREFIX", 2)
    with sqlite_demo_db.read() as conn:
        expanded = _expanded(conn, "päätös")
        assert expanded == '("päätö"* OR "päädö"*)'  # the stem and its other grade (db.search.stem_prefixes)
        assert _matching_ids(conn, expanded) == _matching_ids(conn, fts5_query(parse_query("päätös")))


def test_a_bulk_change_rebuilds_the_list_from_the_index(
    sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure a large pending set rebuilds the list, which then drops words no item has any more."""
    with sqlite_demo_db.begin() as session:
        meeting = _open_meeting(session)
        item_id = add_item(session, meeting_id=meeting.id, title="Kvartsikellojen hankinta").id
    with sqlite_demo_db.begin() as session:
        remove_item(session, item_id=item_id)
    monkeypatch.setattr(search_terms, "FULL_REFRESH_AT", 3)
    with sqlite_demo_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO item_fts_pending(item_id) SELECT id FROM item LIMIT 5"))
        assert search_terms.refresh_search_terms(conn) == 3  # counted up to the threshold only
    with sqlite_demo_db.read() as conn:
        assert not _pending(conn)
        assert _listed_words(conn) == _index_words(conn) and "kvartsikellojen" not in _listed_words(conn)


def test_upgrade_from_0003_lists_the_words_and_downgrade_removes_the_list(
    sqlite_demo_db: Database, tmp_path: Path
) -> None:
    """Ensure revision 0004 lists an existing database's words, and taking it back removes its tables."""
    with sqlite_demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    with sqlite_demo_db.read() as conn:
        assert not {"item_fts_term", "item_fts_pending"} & set(_rows(conn, "SELECT name FROM sqlite_master"))
        assert not search_terms.has_search_terms(conn)
    with sqlite_demo_db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    with sqlite_demo_db.read() as conn:
        assert search_terms.has_search_terms(conn)
        assert _listed_words(conn) == _index_words(conn) and not _pending(conn)


def test_the_search_fields_hits_are_typed_as_the_models_read_them(sqlite_demo_db: Database) -> None:
    """Ensure the unfiltered search (run on the sqlite3 driver) gives dates and outcomes as the ORM does."""
    with sqlite_demo_db.read() as conn:
        hits = search_items(conn, "päätös")
    assert len(hits) > 3
    with sqlite_demo_db.begin() as session:
        for hit in hits:
            item = session.get(Item, hit.item_id)
            assert item is not None
            assert (hit.date, hit.outcome, hit.year, hit.title) == (
                item.meeting.date,
                item.outcome,
                item.year,
                item.title,
            )
            assert isinstance(hit.date, dt.date) and (hit.outcome is None or isinstance(hit.outcome, Outcome))
        assert any(hit.outcome is not None for hit in hits)


def test_a_storage_error_on_the_driver_path_is_a_finnish_message(sqlite_demo_db: Database) -> None:
    """Ensure an error raised by sqlite3 itself during the search is turned into Sihteeri's message."""
    with sqlite_demo_db.engine.begin() as conn:
        conn.execute(text("DROP TABLE item_fts_pending"))
    with pytest.raises(KnownError) as caught, sqlite_demo_db.read() as conn:
        search_items(conn, "päätös")
    assert "item_fts_pending" in (caught.value.detail or "")

"""Tests of the benchmark generator: reproducible, and what it writes is what the app itself would store."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bench.generate import content_digest, generate
from core.fingerprint import meeting_fingerprint
from core.meetings import renumber
from db.diary_number import parse_diary_number
from db.engine import open_database
from db.models import AuditEntry, Ballot, Body, Item, Meeting, Vote

ITEMS = 300


def _generate(path: Path, seed: int = 7) -> str:
    generate(str(path), items=ITEMS, seed=seed, log=lambda _line: None)
    database = open_database(path, create=False, upgrade=False)
    try:
        return content_digest(database)
    finally:
        database.dispose()


def test_same_seed_gives_same_content(tmp_path: Path) -> None:
    """Ensure two runs with one seed write identical content, and another seed different content."""
    first = _generate(tmp_path / "a.db")
    assert _generate(tmp_path / "b.db") == first
    assert _generate(tmp_path / "c.db", seed=8) != first


def test_generated_records_follow_the_storage_rules(tmp_path: Path) -> None:
    """Ensure the generated database opens as is and holds what the app's own rules would have written."""
    path = tmp_path / "g.db"
    generate(str(path), items=ITEMS, seed=3, log=lambda _line: None)
    database = open_database(path, create=False, upgrade=False)
    try:
        with database.begin() as session:
            assert session.scalar(select(func.count(Item.id))) == ITEMS
            items = list(session.scalars(select(Item)))
            for item in items:
                parsed = parse_diary_number(item.diary_number)
                assert (item.dnro_seq, item.dnro_class, item.dnro_year) == (
                    (parsed.sequence, parsed.classification, parsed.year) if parsed else (None, None, None)
                )
                assert item.year == item.meeting.date.year and item.body_id == item.meeting.body_id
                assert item.version >= 1 and item.created_at <= item.updated_at
            before = {item.id: item.section_number for item in items}
            for body_id, year in {(item.body_id, item.year) for item in items}:
                renumber(session, body_id=body_id, year=year)
            assert {item.id: item.section_number for item in items} == before
            for body_id, year in {(item.body_id, item.year) for item in items}:
                numbers = sorted(
                    n
                    for i, n in before.items()
                    if (session.get(Item, i).body_id, session.get(Item, i).year) == (body_id, year)
                )
                assert numbers == list(range(1, len(numbers) + 1))
            locked = [m for m in session.scalars(select(Meeting)) if m.state.is_locked]
            assert locked, "the generated data should include checked minutes"
            for meeting in locked:
                assert meeting.fingerprint == meeting_fingerprint(session, meeting.id)
            assert session.scalar(select(func.count(Body.id))) == 12
            assert session.scalar(select(func.count(AuditEntry.id))) > ITEMS
            for vote in session.scalars(select(Vote)):
                assert session.scalar(select(func.count(Ballot.id)).where(Ballot.vote_id == vote.id)) >= 3
        # The storage rules accept further work on it: a draft meeting takes a new item.
        from core.meetings import add_item

        with database.begin() as session:
            draft = session.scalars(select(Meeting).where(Meeting.state == "luonnos")).first()
            assert draft is not None
            add_item(session, meeting_id=draft.id, title="Uusi asia")
    finally:
        database.dispose()


def test_generated_database_lists_its_search_words(tmp_path: Path) -> None:
    """Ensure the bulk load leaves the word list of revision 0004 complete, so searches write prefixes out."""
    import sqlite3

    path = tmp_path / "w.db"
    generate(str(path), items=ITEMS, seed=5, log=lambda _line: None)
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'item_fts', 'row')")
        indexed = {row[0] for row in conn.execute("SELECT term FROM temp.v")}
        listed = {row[0] for row in conn.execute("SELECT term FROM item_fts_term")}
        assert conn.execute("SELECT count(*) FROM item_fts_pending").fetchone()[0] == 0
    finally:
        conn.close()
    assert listed == indexed and len(indexed) > 1000

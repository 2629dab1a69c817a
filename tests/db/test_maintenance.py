"""Compacting a SQLite database takes what was removed out of the file itself."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from core.meetings import add_item, create_meeting
from db.engine import Database, open_database
from db.enums import BodyKind, OrganisationKind
from db.errors import DatabaseUnavailable, ValidationError
from db.maintenance import compact_database
from db.models import Body, Item, Organisation
from db.search import search_items

CODE = "131052-308T"  # a personal identity code typed into the wrong field


def _file_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())


def _item_with_code(database: Database) -> int:
    with database.begin() as session:
        org = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Testilä", is_home=True)
        body = Body(organisation=org, kind=BodyKind.EXECUTIVE, name="Kunnanhallitus")
        session.add_all([org, body])
        session.flush()
        meeting = create_meeting(session, body_id=body.id, date=dt.date(2026, 2, 3))
        item = add_item(session, meeting_id=meeting.id, title="Toimeentulotuen oikaisuvaatimus")
        item.background = f"Hakija (hetu {CODE}) vaatii oikaisua päätökseen."
        return item.id


def test_compacting_removes_a_deleted_text_from_the_file(sqlite_database: Database) -> None:
    """Ensure a personal identity code removed from a § is still in the database file before compacting (free
    pages, the search index, its word list) and nowhere in the file or its log after it, while the § and its
    search stay as they are."""
    item_id = _item_with_code(sqlite_database)
    with sqlite_database.begin() as session:
        session.get(Item, item_id).background = "Hakija vaatii oikaisua päätökseen."  # type: ignore[union-attr]
    with sqlite_database.read() as conn:
        assert [h.item_id for h in search_items(conn, CODE)] == []
    path = sqlite_database.path
    assert path is not None
    assert CODE.lower().split("-")[0].encode() in _file_bytes(path)
    result = compact_database(sqlite_database)
    data = _file_bytes(path)
    assert CODE.encode() not in data and CODE.lower().encode() not in data and b"131052" not in data
    assert result.size_before > 0 and 0 < result.size_after <= result.size_before
    with sqlite_database.begin() as session:
        assert session.scalar(select(Item.background).where(Item.id == item_id)) == "Hakija vaatii oikaisua päätökseen."
    with sqlite_database.read() as conn:
        assert [h.item_id for h in search_items(conn, "oikaisua")] == [item_id]
        assert [h.item_id for h in search_items(conn, "toimeentulotuen")] == [item_id]
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_compacting_a_postgresql_database_is_refused_with_the_reason(database: Database) -> None:
    """Ensure a PostgreSQL database is not compacted: the server clears what changes replaced by itself."""
    if database.path is not None:
        pytest.skip("PostgreSQL only")
    with pytest.raises(ValidationError, match="PostgreSQL-palvelin"):
        compact_database(database)


def test_compacting_is_refused_while_another_program_reads(
    sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure compacting with another program in a read transaction is refused, after a short wait, with a Finnish
    message, and the file keeps its contents."""
    from db import maintenance

    monkeypatch.setattr(maintenance, "WAIT_MS", 200)
    _item_with_code(sqlite_database)
    path = sqlite_database.path
    assert path is not None
    other = sqlite3.connect(path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM item").fetchone()
    try:
        with pytest.raises(DatabaseUnavailable, match="toisen ohjelman käytössä"):
            compact_database(sqlite_database)
    finally:
        other.close()
    reopened = open_database(path, create=False)
    try:
        with reopened.begin() as session:
            assert session.scalar(select(Item.title).where(Item.title.like("Toimeentulotuen%"))) is not None
    finally:
        reopened.dispose()


def test_the_compact_command(sqlite_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure `compact` takes the removed code out of the file and reports the sizes, and refuses a database that
    does not exist (making none)."""
    from cli import main as cli_main

    item_id = _item_with_code(sqlite_database)
    with sqlite_database.begin() as session:
        session.get(Item, item_id).background = "Hakija vaatii oikaisua."  # type: ignore[union-attr]
    path = sqlite_database.path
    assert path is not None
    sqlite_database.dispose()
    assert cli_main(["--database", str(path), "compact"]) == 0
    assert capsys.readouterr().out.startswith("Tietokanta tiivistetty: ")
    assert b"131052" not in _file_bytes(path)
    assert cli_main(["--database", str(tmp_path / "kunt.db"), "compact"]) == 2
    assert not (tmp_path / "kunt.db").exists()

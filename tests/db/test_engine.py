"""Opening databases: locations, refusals that change nothing, migrations and the newer-database guard."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import URL

from db.engine import Database, head_revision, open_database, resolve_url, run_upgrade
from db.enums import OrganisationKind
from db.errors import (
    BadDatabaseUrl,
    DamagedDatabase,
    DatabaseTooNew,
    DatabaseUnavailable,
    KnownError,
    NotASihteeriDatabase,
)
from db.models import Base, Item, Meeting, Organisation
from db.search import include_object


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_sqlite_database_is_created_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    """Ensure a new file database is created at head, in WAL mode, with foreign keys enforced."""
    database = open_database(tmp_path / "uusi" / "sihteeri.db")
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    finally:
        database.dispose()


def test_default_location_is_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Ensure that without an address the database lives in the data folder, and the variable overrides it."""
    monkeypatch.delenv("SIHTEERI_DATABASE", raising=False)
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path))
    assert resolve_url(None).database == str(tmp_path / "sihteeri.db")
    monkeypatch.setenv("SIHTEERI_DATABASE", str(tmp_path / "toinen.db"))
    assert resolve_url(None).database == str(tmp_path / "toinen.db")


@pytest.mark.parametrize(
    "url",
    [
        "mysql://x@y/z",
        "postgresql+nosuchdriver://u@h/d",
        "ftp://palvelin/kanta",
        "oracle://a/b",
        "postgresql://käyttäjä@:notaport/x",
    ],
)
def test_bad_urls_give_a_finnish_message(url: str) -> None:
    """Ensure an address of an unsupported kind or driver is refused with a message, not a traceback."""
    with pytest.raises(BadDatabaseUrl) as info:
        open_database(url)
    assert "Tietokanta" in info.value.message or "tietokanna" in info.value.message.lower()


def test_a_missing_database_driver_gives_a_finnish_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a PostgreSQL address on an installation without the psycopg library is refused with a Finnish message
    naming the library (it was a traceback), and that psycopg is among the program's own dependencies."""
    import sys
    import tomllib

    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # "import psycopg" now fails, as without the package
    with pytest.raises(KnownError) as info:
        open_database(f"postgresql+psycopg://sihteeri@/sihteeri?host={tmp_path}")
    assert "ohjelmakirjasto psycopg puuttuu" in info.value.message
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.startswith("psycopg") for dep in project["dependencies"])


def test_unreachable_server_gives_a_finnish_message(tmp_path: Path) -> None:
    """Ensure a PostgreSQL address where no server answers is reported clearly."""
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(f"postgresql+psycopg://nobody@/sihteeri?host={tmp_path}")
    assert "yhteyttä" in info.value.message


def _another_programs_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('karjalanpiirakka')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("name", "make", "error"),
    [
        ("tyhja.db", lambda p: p.write_bytes(b""), NotASihteeriDatabase),
        (
            "teksti.db",
            lambda p: p.write_text("Pöytäkirja 13.10.2025\n" * 50, encoding="utf-8"),
            NotASihteeriDatabase,
        ),
        ("satunnainen.db", lambda p: p.write_bytes(bytes(range(256)) * 64), NotASihteeriDatabase),
        ("muu_ohjelma.db", _another_programs_sqlite, NotASihteeriDatabase),
        ("katkaistu.db", None, DamagedDatabase),
    ],
)
def test_files_that_are_not_sihteeri_databases_are_refused_untouched(
    tmp_path: Path, name: str, make: object, error: type[Exception]
) -> None:
    """Ensure empty, foreign, random and truncated files are refused and left byte for byte as they were."""
    path = tmp_path / name
    if make is None:
        source = tmp_path / "lahde.db"
        database = open_database(source)
        database.dispose()
        data = source.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    else:
        make(path)  # type: ignore[operator]
    before = _digest(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as info:
        open_database(path)
    assert str(path) in info.value.message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    """Ensure a folder given as the database is refused with a message."""
    with pytest.raises(NotASihteeriDatabase):
        open_database(tmp_path)


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    """Ensure a database written by a newer Sihteeri is refused and not modified."""
    path = tmp_path / "uudempi.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_tulevaisuus'")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew) as info:
        open_database(path)
    assert "uudemmalla" in info.value.message
    assert _digest(path) == before


def test_upgrade_from_the_base_revision_keeps_data_and_copies_aside(tmp_path: Path) -> None:
    """Ensure a database at the first revision is copied aside, then upgraded to head with its data intact."""
    path = tmp_path / "vanha.db"
    engine = create_engine(f"sqlite:///{path}")
    run_upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (kind, name, name_sv, name_genitive, language, is_home, business_id, "
                "postal_address, visiting_address, registry_email, registry_hours, certification_place, "
                "certification_text, certification_text_sv, minutes_online_days, version, created_at, "
                "updated_at) "
                "VALUES ('kunta', 'Sysmän kunta', '', '', 'fi', 1, '', '', '', '', '', '', 'x', 'y', 365, 1, "
                "'2025-01-01', '2025-01-01')"
            )
        )
    engine.dispose()
    database = open_database(path)
    try:
        assert database.upgraded_from == "0001" or head_revision() == "0001"
        if head_revision() != "0001":
            assert database.backup_before_upgrade is not None and database.backup_before_upgrade.exists()
            copy = sqlite3.connect(database.backup_before_upgrade)
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
            copy.close()
        with database.begin() as session:
            org = session.scalar(select(Organisation))
            assert org is not None and org.name == "Sysmän kunta" and org.kind is OrganisationKind.MUNICIPALITY
    finally:
        database.dispose()


def test_migrations_match_the_models(database: Database) -> None:
    """Ensure the migrated schema is exactly what the models declare, on both backends."""
    with database.engine.connect() as conn:
        # The full-text index (FTS5 table, tsvector column) is made by revision 0002, not by the models.
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_table_exists(database: Database) -> None:
    """Ensure every model table was created by the migrations."""
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_revisions_read_without_alembic_match_alembics_own() -> None:
    """Ensure the migration files' revisions as read at start-up are Alembic's: the same set and the same head."""
    from alembic.script import ScriptDirectory

    from db.engine import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    assert head_revision() == scripts.get_current_head()


def test_opening_an_existing_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Ensure a start on an up-to-date database leaves Alembic unloaded (it costs a quarter of a second)."""
    import subprocess
    import sys

    path = tmp_path / "ajantasainen.db"
    open_database(path).dispose()
    code = (
        "import sys; from db.engine import open_database; open_database(sys.argv[1]).dispose(); "
        "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_upgrade_from_0002_adds_the_foreign_key_indexes_and_keeps_items(demo_db: Database) -> None:
    """Ensure a database made by revision 0002 (the demo, taken back) gets revision 0003's indexes, data intact."""
    from alembic import command

    from db.engine import alembic_config
    from db.models import Item

    index_names = {f"ix_{table}_{column}" for table, column in _revision_0003_indexes()}

    def indexes() -> set[str]:
        with demo_db.engine.connect() as conn:
            inspector = inspect(conn)
            return {ix["name"] for table in inspector.get_table_names() for ix in inspector.get_indexes(table)}

    with demo_db.begin() as session:
        items_before = sorted(session.scalars(select(Item.title)))
    assert index_names <= indexes()
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    assert not index_names & indexes()
    run_upgrade(demo_db.engine)
    assert index_names <= indexes()
    with demo_db.begin() as session:
        assert sorted(session.scalars(select(Item.title))) == items_before


def test_upgrade_from_0005_adds_former_names_and_keeps_people(demo_db: Database) -> None:
    """Ensure a database made by revision 0005 (the demo, taken back) gets revision 0006's table of former names,
    its people intact, and a name changed on a day is kept for earlier meetings afterwards."""
    import datetime as dt

    from alembic import command

    from core.organisation import PersonDetails, update_person
    from db.engine import alembic_config
    from db.models import Person

    def tables() -> set[str]:
        with demo_db.engine.connect() as conn:
            return set(inspect(conn).get_table_names())

    with demo_db.begin() as session:
        people_before = sorted(session.scalars(select(Person.name)))
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    assert "person_former_name" not in tables()
    run_upgrade(demo_db.engine)
    assert "person_former_name" in tables()
    with demo_db.begin() as session:
        assert sorted(session.scalars(select(Person.name))) == people_before
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        old_name = person.name
        update_person(session, person.id, PersonDetails("Uusi Nimi", person.title), changed_from=dt.date(2026, 1, 1))
        assert person.as_on(dt.date(2025, 12, 31)).name == old_name
        assert person.as_on(dt.date(2026, 1, 1)).name == "Uusi Nimi"


def test_upgrade_from_0006_adds_the_swedish_texts_and_keeps_items_search_and_fingerprints(demo_db: Database) -> None:
    """Ensure a database made by revision 0006 (the demo, taken back, without the full-text index losing its
    triggers on the way down) gets revision 0007's Swedish texts, empty on its §§; the items, their search and the
    fingerprints of checked minutes (signed in the third version, which reads the empty texts as they are now)
    stay as they were."""
    from alembic import command

    from core import minutes
    from db.engine import alembic_config
    from db.search import search_items

    sv = ("public_title_sv", "background_sv", "proposal_sv", "handling_sv", "decision_sv")

    def item_columns() -> set[str]:
        with demo_db.engine.connect() as conn:
            return {column["name"] for column in inspect(conn).get_columns("item")}

    def found(query: str) -> int:
        with demo_db.engine.connect() as conn:
            return len(search_items(conn, query))

    def checked() -> list[int]:
        with demo_db.begin() as session:
            return list(session.scalars(select(Meeting.id).where(Meeting.fingerprint.is_not(None))))

    with demo_db.begin() as session:
        items_before = sorted(session.scalars(select(Item.title)))
    found_before = found("hyvinvointialue")
    def indexed() -> str:  # the search index's definition: the FTS5 table, or the generated column
        with demo_db.engine.connect() as conn:
            if demo_db.is_sqlite:
                return str(conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'item_fts'")).scalar_one())
            return str(
                conn.execute(
                    text("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef JOIN pg_attribute ON attrelid = adrelid "
                         "AND attnum = adnum WHERE attrelid = 'item'::regclass AND attname = 'search_vector'")
                ).scalar_one()
            )  # fmt: skip

    assert "decision_sv" in indexed()
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
    assert not set(sv) & item_columns()
    assert "decision_sv" not in indexed() and "decision" in indexed()
    with demo_db.engine.connect() as conn:  # revision 0002's index, made again on the way down, finds as before
        match = (
            "SELECT count(*) FROM item_fts WHERE item_fts MATCH 'hyvinvointialue*'"
            if demo_db.is_sqlite
            else "SELECT count(*) FROM item WHERE search_vector @@ to_tsquery('finnish', 'hyvinvointialue:*')"
        )
        assert conn.execute(text(match)).scalar_one() == found_before
    run_upgrade(demo_db.engine)
    assert set(sv) <= item_columns()
    assert "title_sv" in indexed() and "decision_sv" in indexed()
    if not demo_db.is_sqlite:  # the rewritten table is analysed at once: the planner knows the new column
        with demo_db.engine.connect() as conn:
            stats = "SELECT count(*) FROM pg_stats WHERE tablename = 'item' AND attname = 'search_vector'"
            assert conn.execute(text(stats)).scalar_one() == 1
    with demo_db.begin() as session:
        assert sorted(session.scalars(select(Item.title))) == items_before
        assert set(session.scalars(select(Item.decision_sv))) == {""}
    assert found("hyvinvointialue") == found_before > 0
    assert checked()
    for meeting_id in checked():
        with demo_db.begin() as session:
            assert minutes.check_integrity(session, meeting_id).status == minutes.Integrity.INTACT
    with demo_db.begin() as session:  # the index's triggers survived the way down and up
        item = session.scalars(select(Item).where(Item.meeting.has(Meeting.fingerprint.is_(None)))).first()
        assert item is not None
        item.background = "Harvinainen sana kvartsikello."
    assert found("kvartsikello") == 1


def _revision_0003_indexes() -> tuple[tuple[str, str], ...]:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "db" / "migrations" / "versions" / "0003_foreign_key_indexes.py"
    spec = importlib.util.spec_from_file_location("revision_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    indexes: tuple[tuple[str, str], ...] = module.INDEXES
    assert len(indexes) == 9
    return indexes


def test_reads_on_postgresql_run_without_a_transaction(demo_db: Database) -> None:
    """Ensure Database.read() on PostgreSQL saves the BEGIN and ROLLBACK; the pooled connection is then as it was."""
    if demo_db.is_sqlite:
        pytest.skip("PostgreSQL only")
    import psycopg

    with demo_db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM item")).scalar_one() > 0
        driver = conn.connection.driver_connection
        assert driver is not None and driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    with demo_db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        driver = conn.connection.driver_connection
        assert driver is not None and driver.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS


class _Clock:
    """A stand-in for ``time.monotonic`` in db.engine: the test moves it on."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def _backend_pid(database: Database) -> int:
    with database.read() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_pooled_server_connection_is_checked_only_after_lying_idle(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure reads in quick succession on PostgreSQL go without the extra round trip of a check, and a connection
    unused for PING_AFTER_IDLE_S is checked before it is handed out again."""
    if demo_db.is_sqlite:
        pytest.skip("PostgreSQL only")
    import db.engine

    clock = _Clock()
    monkeypatch.setattr(db.engine, "time", clock)
    dialect = demo_db.engine.dialect
    pings: list[object] = []
    real_ping = dialect.do_ping
    monkeypatch.setattr(dialect, "do_ping", lambda conn: pings.append(conn) or real_ping(conn))
    demo_db.engine.dispose()  # connections opened before the clock was replaced
    first = _backend_pid(demo_db)  # a new connection needs no check
    for _ in range(5):
        clock.now += db.engine.PING_AFTER_IDLE_S / 2
        assert _backend_pid(demo_db) == first
    assert pings == []
    clock.now += db.engine.PING_AFTER_IDLE_S + 0.1
    assert _backend_pid(demo_db) == first
    assert len(pings) == 1


def test_a_connection_the_server_dropped_while_idle_is_replaced_before_use(
    demo_db: Database, pg_admin_url: URL | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure a pooled connection the server has ended (a restart, a dropped network) is found dead by the check
    after lying idle and replaced, so the read succeeds; within the idle time the one read fails with the usual
    Finnish message and the next one opens a new connection."""
    if demo_db.is_sqlite or pg_admin_url is None:
        pytest.skip("PostgreSQL only")
    import db.engine

    clock = _Clock()
    monkeypatch.setattr(db.engine, "time", clock)
    demo_db.engine.dispose()
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")

    def end_connection(pid: int) -> None:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})

    try:
        first = _backend_pid(demo_db)
        end_connection(first)
        clock.now += db.engine.PING_AFTER_IDLE_S + 0.1
        second = _backend_pid(demo_db)
        assert second != first
        end_connection(second)
        clock.now += db.engine.PING_AFTER_IDLE_S / 2
        with pytest.raises(DatabaseUnavailable) as failed:
            _backend_pid(demo_db)
        assert "ei saada yhteyttä" in failed.value.message
        assert _backend_pid(demo_db) not in (first, second)
    finally:
        admin.dispose()


def test_a_server_that_wants_a_password_says_so_and_opens_with_the_right_one(pg_password_url: URL) -> None:
    """Ensure a PostgreSQL server's password question becomes ``PasswordRequired`` in Finnish, telling a missing
    password from a refused one, and that the right password (with characters a URL must quote) opens it."""
    from db.engine import with_password
    from db.errors import PasswordRequired
    from tests.conftest import PG_PASSWORD

    with pytest.raises(PasswordRequired) as missing:
        open_database(pg_password_url, create=False)
    assert not missing.value.wrong and "pyytää salasanan" in missing.value.message
    assert "no password supplied" in missing.value.detail
    with pytest.raises(PasswordRequired) as refused:
        open_database(with_password(pg_password_url, "väärä"), create=False)
    assert refused.value.wrong and "ei hyväksynyt salasanaa" in refused.value.message
    assert "väärä" not in refused.value.message
    database = open_database(with_password(pg_password_url, PG_PASSWORD), create=False)
    try:
        with database.begin() as session:
            assert session.scalar(select(Organisation.name).where(Organisation.is_home.is_(True)))
    finally:
        database.dispose()


def test_upgrade_from_0009_adds_the_swedish_texts_of_the_meeting_and_keeps_motions(demo_db: Database) -> None:
    """Ensure a database made by revision 0009 (the demo, taken back) with a motion, a vote and a dissenting
    opinion gets revision 0010's Swedish texts, empty, their texts kept, and the fingerprints of checked minutes
    still verify."""
    import datetime as dt

    from alembic import command

    from core import minutes
    from core.printing import find_meeting
    from db.engine import alembic_config
    from db.enums import VoteChoice
    from db.models import Dissent, Motion, Person, Vote

    new = {"motion": {"text_sv"}, "vote": {"yes_proposal_sv", "no_proposal_sv"}, "dissent": {"text_sv"}}

    def columns(table: str) -> set[str]:
        with demo_db.engine.connect() as conn:
            return {column["name"] for column in inspect(conn).get_columns(table)}

    with demo_db.begin() as session:
        meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        minutes.begin_meeting(session, meeting.id)
        item = meeting.items[-1]
        people = {person.name: person.id for person in session.scalars(select(Person))}
        minutes.add_motion(
            session, item.id, "Maksut pidetään ennallaan.", proposer_id=people["Ari Toivonen"],
            seconder_id=people["Eija Kettunen"],
        )  # fmt: skip
        voters = minutes.quorum(session, item.id).voters
        minutes.record_vote(
            session, item.id, yes_proposal="Esittelijän päätösehdotus", no_proposal="Ari Toivosen ehdotus",
            ballots=dict.fromkeys(voters, VoteChoice.YES),
        )  # fmt: skip
        minutes.add_dissent(session, item.id, people["Ari Toivonen"], "Maksut ovat liian korkeat.")
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009")
    for table, added in new.items():
        assert not added & columns(table), table
    run_upgrade(demo_db.engine)
    for table, added in new.items():
        assert added <= columns(table), table
    with demo_db.begin() as session:
        motion = session.scalars(select(Motion)).one()
        assert (motion.text, motion.text_sv) == ("Maksut pidetään ennallaan.", "")
        vote = session.scalars(select(Vote)).one()
        assert (vote.yes_proposal, vote.no_proposal) == ("Esittelijän päätösehdotus", "Ari Toivosen ehdotus")
        assert (vote.yes_proposal_sv, vote.no_proposal_sv) == ("", "")
        dissent = session.scalars(select(Dissent)).one()
        assert (dissent.text, dissent.text_sv) == ("Maksut ovat liian korkeat.", "")
        motion.text_sv = "Avgifterna hålls oförändrade."  # the new column is written as any other
    checked = []
    with demo_db.begin() as session:
        checked = list(session.scalars(select(Meeting.id).where(Meeting.fingerprint.is_not(None))))
        assert session.scalars(select(Motion.text_sv)).one() == "Avgifterna hålls oförändrade."
    assert checked
    for meeting_id in checked:
        with demo_db.begin() as session:
            assert minutes.check_integrity(session, meeting_id).status == minutes.Integrity.INTACT

"""Opening a Sihteeri database: where it lives, refusing what is not ours, and upgrading older schemas.

SQLite is the default (a file in the user's data folder, WAL mode, foreign keys on); any SQLAlchemy URL,
PostgreSQL included, can be given with ``--database`` or ``SIHTEERI_DATABASE``. Nothing on disk is changed
before the target is known to be a Sihteeri database (or an empty place for a new one).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db.errors import (
    BadDatabaseUrl,
    ConflictError,
    DamagedDatabase,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskFull,
    KnownError,
    NotASihteeriDatabase,
    PasswordRequired,
    ValidationError,
    msg,
)
from db.paths import default_database_path
from db.rules import SihteeriSession
from db.text_limits import overlong_text  # noqa: F401 - importing it registers the check of texts' lengths

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

ENV_VAR = "SIHTEERI_DATABASE"
SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn a path, a URL, the environment or the default location into a SQLAlchemy URL."""
    raw: str | os.PathLike[str] = target if target else os.environ.get(ENV_VAR) or default_database_path()
    text = os.fspath(raw)
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise BadDatabaseUrl(
            msg(
                "Tietokannan osoitetta ”{text}” ei ymmärretä. Anna tiedostopolku tai osoite muodossa "
                "postgresql+psycopg://käyttäjä@palvelin/tietokanta.",
                text=text,
            ),
            detail=str(exc),
        ) from exc
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise BadDatabaseUrl(
            msg(
                "Tietokantatyyppiä ”{backend_name}” ei tueta. Käytä SQLitea (tiedosto) tai PostgreSQLia.",
                backend_name=url.get_backend_name(),
            )
        )
    if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("psycopg2", ""):
        url = url.set(drivername="postgresql+psycopg")
    return url


def target_to_remember(url: URL) -> str:
    """How to name a database for opening it again at the next start: "" for the default file, a file's path,
    or a server's address without its password (a password is not written into the user's settings)."""
    path = sqlite_path(url)
    if path is not None:
        return "" if path == default_database_path().expanduser().resolve() else str(path)
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query)  # fmt: skip
    return bare.render_as_string(hide_password=False)


def with_password(target: str | os.PathLike[str] | URL | None, password: str) -> URL:
    """The database of ``target`` with ``password`` for its server: kept in memory only (``target_to_remember``
    leaves it out of the settings; libpq programs get it through their environment, ``db.pg_tools``)."""
    url = target if isinstance(target, URL) else resolve_url(target)
    return url.set(password=password)


def server_of(url: URL) -> str:
    """The server a PostgreSQL address names: its host, or the socket folder given as ``?host=``."""
    return url.host or str(url.query.get("host") or "")


def _describe(url: URL) -> str:
    return str(url.database) if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _truncated(header: bytes, size: int) -> bool:
    """Whether the file is shorter than the database its header describes (cut off by a copy or a full disk).

    The header's page count is trusted only when it is marked valid (its "version valid for" equals the change
    counter), as SQLite itself does; a file in WAL mode may be longer than it says, never shorter.
    """
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    return page_count > 0 and change_counter == valid_for and size < page_count * page_size


def inspect_sqlite_file(path: Path, *, thorough: bool = False) -> set[str]:
    """Read a SQLite file's table names without changing it; raise if it is not a usable SQLite file.

    The header, the length the header promises and the schema are checked, which finds an empty, foreign,
    garbled or cut-off file at once whatever its size. ``thorough`` adds ``PRAGMA quick_check``, which reads
    every page (some seconds for twenty years of decisions); backups check every copy in full anyway.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseUnavailable(
            msg("Tiedostoa {path} ei voi lukea: {strerror}.", path=path, strerror=exc.strerror), detail=str(exc)
        ) from exc
    if len(header) == 0:
        raise NotASihteeriDatabase(msg("Tiedosto {path} on tyhjä, eikä se ole Sihteerin tietokanta.", path=path))
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotASihteeriDatabase(
            msg("Tiedosto {path} ei ole Sihteerin tietokanta (se ei ole SQLite-tiedosto).", path=path)
        )
    damaged = (
        msg(
            "Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Tiedostoon ei ole koskettu; palauta "
            "tietokanta varmuuskopiosta.",
            path=path
        )
    )
    if _truncated(header, size):
        raise DamagedDatabase(damaged, detail=f"file is {size} bytes, shorter than its header says")
    try:
        # Without a -wal file beside it, "immutable" reads the file without creating -shm/-wal files;
        # with one, the log must be read too, or recent changes (the schema itself, after a crash) are missed.
        wal = path.with_name(path.name + "-wal")
        mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
            if thorough:
                check = conn.execute("PRAGMA quick_check(1)").fetchone()
                if check is None or check[0] != "ok":
                    raise sqlite3.DatabaseError(str(check[0] if check else "quick_check failed"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(damaged, detail=str(exc)) from exc
    return {r[0] for r in rows}


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def driver_connection(conn: Connection) -> Any:
    """The DB-API connection under ``conn`` (sqlite3's, psycopg's), in whatever transaction ``conn`` has begun."""
    driver = conn.connection.driver_connection
    assert driver is not None  # a checked-out connection always has its driver connection
    return driver


def _sqlite_begin(conn: Connection) -> None:
    driver_connection(conn).execute("BEGIN")


def make_engine(url: URL) -> Engine:
    """Create an engine with Sihteeri's connection settings (no connection is made yet)."""
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url, connect_args={"timeout": 5})
            event.listen(engine, "connect", _sqlite_on_connect)
            # Let SQLAlchemy own transactions (pysqlite's own BEGIN handling breaks SAVEPOINTs). The BEGIN goes
            # straight to the driver: through exec_driver_sql it cost more than a rare word's whole search.
            event.listen(engine, "begin", _sqlite_begin)
            event.listen(
                engine,
                "connect",
                lambda dbapi_conn, _r: setattr(dbapi_conn, "isolation_level", None),
                insert=True,
            )
            return engine
        engine = create_engine(url, connect_args={"connect_timeout": 10})
        ping_after_idle(engine)
        return engine
    except (ArgumentError, NoSuchModuleError) as exc:
        raise BadDatabaseUrl(msg("Tietokannan osoitetta ei voi käyttää: {exc}", exc=exc), detail=str(exc)) from exc
    except ImportError as exc:  # the database driver is not installed (an installation without its dependencies)
        raise KnownError(
            msg(
                "Tietokantaan {backend} tarvittava ohjelmakirjasto {module} puuttuu tästä asennuksesta. Asenna "
                "Sihteeri uudelleen riippuvuuksineen (python -m pip install .) tai pyydä sitä tietohallinnolta.",
                backend=url.get_backend_name(),
                module=exc.name or url.get_driver_name(),
            ),
            detail=str(exc),
        ) from exc


PING_AFTER_IDLE_S = 2.0
"""A pooled server connection unused this long is checked (one round trip) before it is handed out again."""

_LAST_USED = "sihteeri_last_used"


def ping_after_idle(engine: Engine, idle_s: float = PING_AFTER_IDLE_S) -> None:
    """Check a pooled server connection before use only when it has lain unused for ``idle_s`` seconds.

    SQLAlchemy's ``pool_pre_ping`` checks it before every use: one more round trip to the server for each read,
    a third of a rare word's whole search (``python -m bench.run --postgres``). The reads of one action (a
    search typed letter by letter, a meeting opened) follow each other closely, so one check covers them all;
    a connection that has waited longer (the server restarted, the network dropped overnight) is checked and,
    when dead, replaced with a new one before anything is read from it. A server that goes away within the
    last ``idle_s`` seconds fails that one read, with the usual message; the pool then drops the dead
    connections and the next read opens new ones.
    """
    dialect = engine.dialect

    def used(_dbapi_connection: Any, record: Any) -> None:
        record.info[_LAST_USED] = time.monotonic()

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        last = record.info.get(_LAST_USED)
        if last is not None and time.monotonic() - last < idle_s:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            if dialect.is_disconnect(exc, dbapi_connection, None):
                # The pool discards this connection and hands out a new one (up to three tries).
                raise DisconnectionError(str(exc)) from exc
            raise
        record.info[_LAST_USED] = time.monotonic()

    event.listen(engine, "connect", used)
    event.listen(engine, "checkin", used)
    event.listen(engine, "checkout", checkout)


def alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("db") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(?:\"([^\"]*)\"|None)", re.MULTILINE)


@functools.cache
def _revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one before it, read from the migration files.

    Opening a database only needs to know these, and importing Alembic to read them would add a quarter of
    a second to every start; Alembic itself is loaded only to create or upgrade a database. A test checks
    this reading against Alembic's own.
    """
    graph: dict[str, str | None] = {}
    for path in sorted(Path(str(resources.files("db") / "migrations" / "versions")).glob("*.py")):
        values = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8"))}
        if values.get("revision"):
            graph[values["revision"]] = values.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"migrations must form one line, heads: {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def password_error(text: str, what: str) -> PasswordRequired | None:
    """The server's password question, if libpq's message ``text`` is one (psycopg and pg_dump pass it on): no
    password was given, or the server refused the one given."""
    lowered = text.lower()
    if "password authentication failed" in lowered:
        return PasswordRequired(
            msg("Tietokantapalvelin {what} ei hyväksynyt salasanaa.", what=what), wrong=True, detail=text
        )
    if "no password supplied" in lowered:
        return PasswordRequired(msg("Tietokantapalvelin {what} pyytää salasanan.", what=what), wrong=False, detail=text)
    return None


def is_locked(exc: BaseException) -> bool:
    """Whether SQLite refused because another connection holds the file ("database is locked", busy)."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_permission_denied(exc: BaseException) -> bool:
    """Whether PostgreSQL refused because the signed-in role lacks a privilege (SQLSTATE 42501): an office's
    server whose Sihteeri tables were made by another role, without GRANTs for this one."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) == "42501" or "permission denied" in str(orig).lower()


def translate_db_error(exc: BaseException, what: str) -> KnownError:
    """Map a DBAPI failure to a Finnish message the user can act on."""
    text = str(getattr(exc, "orig", exc) or exc)
    lowered = text.lower()
    if "disk is full" in lowered or "no space left" in lowered or "database or disk is full" in lowered:
        return DiskFull(msg("Levy on täynnä, eikä tietoja voitu tallentaa. Vapauta levytilaa ja yritä uudelleen."))
    if "database is locked" in lowered:
        return DatabaseUnavailable(
            msg("Tietokanta on toisen ohjelman lukitsema. Odota hetki ja yritä uudelleen."), detail=text
        )
    asked = password_error(text, what)
    if asked is not None:
        return asked
    if is_permission_denied(exc) and "must be owner" in lowered:  # ALTER TABLE of an upgrade, in one transaction
        return DatabaseUnavailable(
            msg(
                "Tietokannan {what} rakenne pitää päivittää tämän Sihteerin versioon, ja päivitykseen tarvitaan "
                "tietokannan omistajan tunnus (palvelin: {reason}). Tietokantaan ei koskettu. Pyydä tietohallintoa "
                "avaamaan tietokanta kerran omistajan tunnuksella.",
                what=what,
                reason=text.strip().splitlines()[0],
            ),
            detail=text,
        )
    if is_permission_denied(exc):
        return DatabaseUnavailable(
            msg(
                "Tietokannan {what} käyttäjätunnuksella ei ole oikeutta Sihteerin tietoihin (palvelin: {reason}). "
                "Pyydä tietohallintoa antamaan tunnukselle luku- ja kirjoitusoikeudet tietokannan kaikkiin "
                "tauluihin ja sekvensseihin tai käytä tietokannan omistajan tunnusta.",
                what=what,
                reason=text.strip().splitlines()[0] if text.strip() else "",
            ),
            detail=text,
        )
    if "not a database" in lowered or "malformed" in lowered:
        return DamagedDatabase(
            msg("Tietokanta {what} on vioittunut. Palauta se varmuuskopiosta.", what=what), detail=text
        )
    if "readonly database" in lowered:  # SQLite's "attempt to write a readonly database"
        return DatabaseUnavailable(
            msg(
                "Tietokantaan {what} ei voi tallentaa: tiedosto tai sen kansio on kirjoitussuojattu. Poista "
                "kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.",
                what=what,
            ),
            detail=text,
        )
    return DatabaseUnavailable(
        msg("Tietokantaan {what} ei saada yhteyttä. Tarkista osoite, verkkoyhteys ja käyttöoikeudet.", what=what),
        detail=text,
    )


BackupHook = Callable[["Database", str | None], Path | None]


@dataclass
class Database:
    """An open Sihteeri database: its URL, engine and session factory.

    Attributes:
        url: where the database is.
        engine: the SQLAlchemy engine.
        sessions: factory of ``SihteeriSession`` objects.
        user: the name written to the audit log for changes made through this object.
        upgraded_from: the revision the database had before it was upgraded when opened, if it was.
        backup_before_upgrade: the copy taken before that upgrade.
    """

    url: URL
    engine: Engine
    sessions: sessionmaker[SihteeriSession]
    user: str = ""
    upgraded_from: str | None = None
    backup_before_upgrade: Path | None = None
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def description(self) -> str:
        return _describe(self.url)

    def session(self) -> SihteeriSession:
        s = self.sessions()
        if self.user:
            s.info["user"] = self.user
        return s

    @contextmanager
    def begin(self) -> Iterator[SihteeriSession]:
        """One operation in one transaction; storage failures come out as Sihteeri errors."""
        with self.session() as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise ConflictError(
                    msg(
                        "Joku muu on tallentanut saman tiedon sen jälkeen, kun avasit sen. Muutoksiasi ei "
                        "tallennettu. Lataa tieto uudelleen ja tee muutoksesi sen päälle."
                    ),
                    detail=str(exc),
                ) from exc
            except IntegrityError as exc:
                raise integrity_error(exc) from exc
            except DataError as exc:
                raise data_error(exc) from exc
            except OperationalError as exc:
                raise translate_db_error(exc, self.description) from exc
            except ProgrammingError as exc:
                if not is_permission_denied(exc):
                    raise
                raise translate_db_error(exc, self.description) from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only look (search, lists) on a plain connection: no session, nothing flushed or committed.

        For reads that run often and return rows rather than objects; the ORM session's bookkeeping would
        cost more than the query itself. On SQLite the transaction is rolled back at the end; on PostgreSQL the
        statements run without one (autocommit), which saves two round trips to the server per read.
        """
        try:
            with self.engine.connect() as connection:
                if not self.is_sqlite:
                    # No BEGIN and ROLLBACK round trips around each read (PostgreSQL's READ COMMITTED gives
                    # each statement its own snapshot either way); the pool restores the level on return.
                    connection.execution_options(isolation_level="AUTOCOMMIT")
                yield connection
        except (OperationalError, sqlite3.OperationalError) as exc:  # the latter from db.search's driver path
            raise translate_db_error(exc, self.description) from exc
        except ProgrammingError as exc:
            if not is_permission_denied(exc):
                raise
            raise translate_db_error(exc, self.description) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def integrity_error(exc: IntegrityError) -> ValidationError:
    text = str(exc.orig)
    lowered = text.lower()
    if "section_number" in lowered or "uq_item_body_id" in lowered:
        return ValidationError(
            msg(
                "Samalla toimielimellä on jo tämän vuoden asia tällä pykälänumerolla. Pykälänumeron on oltava "
                "yksilöllinen toimielimen ja vuoden sisällä."
            ),
            detail=text,
        )
    if "uq_meeting_body_id" in lowered or ("meeting" in lowered and "number" in lowered):
        return ValidationError(msg("Toimielimellä on jo samana vuonna kokous tällä numerolla."), detail=text)
    if "unique" in lowered or "duplicate" in lowered:
        return ValidationError(msg("Sama tieto on jo tallennettu; kaksoiskappaletta ei voi lisätä."), detail=text)
    if "foreign key" in lowered:
        return ValidationError(
            msg("Tietoa ei voi poistaa tai muuttaa, koska muut tiedot viittaavat siihen."), detail=text
        )
    return ValidationError(msg("Tieto ei täytä tietokannan sääntöjä, eikä sitä tallennettu."), detail=text)


def data_error(exc: DataError) -> ValidationError:
    """A value PostgreSQL cannot store in its column (too long a text, too large a number), in Finnish; before,
    the window showed a crash report. Texts are refused earlier, naming them (``db.text_limits``)."""
    state = getattr(exc.orig, "sqlstate", "") or ""
    text = str(exc.orig)
    if state == "22001":  # string_data_right_truncation
        return ValidationError(
            msg("Jokin teksti on liian pitkä tallennettavaksi, eikä mitään tallennettu."), detail=text
        )
    if state == "22003":  # numeric_value_out_of_range
        return ValidationError(
            msg("Jokin luku on liian suuri tallennettavaksi, eikä mitään tallennettu."), detail=text
        )
    return ValidationError(msg("Tieto ei kelpaa tietokantaan, eikä mitään tallennettu."), detail=text)


def _check_postgres(engine: Engine, url: URL) -> set[str]:
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    except (OperationalError, DBAPIError) as exc:
        raise translate_db_error(exc, _describe(url)) from exc


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (Alembic's version table, read directly: see ``_revision_graph``)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").all()
    if len(rows) > 1:
        raise DatabaseTooNew(
            msg("Tietokannassa on useita rakenneversioita ({value}).", value=", ".join(r[0] for r in rows))
        )
    return str(rows[0][0]) if rows else None


BACKUP_DESCRIPTION_FORMAT = "sihteeri-sqlite-backup"


def read_backup_description(path: Path) -> dict[str, Any]:
    """The description beside a backup (``NAME.db.json``, written by ``db.backup``), or {} if none is readable."""
    try:
        data = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_backup_file(path: Path) -> bool:
    """Is ``path`` a Sihteeri backup: is there a backup description (``NAME.db.json``, ``db.backup``) beside it?"""
    return read_backup_description(path).get("format") == BACKUP_DESCRIPTION_FORMAT


def refuse_backup_file(path: Path) -> None:
    """Refuse to open a backup as a database: opening changes the file (WAL mode, saved work), and a backup
    whose bytes no longer match its fingerprint cannot be restored."""
    if is_backup_file(path):
        raise ValidationError(
            msg(
                "Tiedosto {path} on Sihteerin varmuuskopio, eikä sitä avata sellaisenaan: avaaminen muuttaisi "
                "sitä, eikä sitä voisi sen jälkeen palauttaa. Palauta se (Tiedosto → Varmuuskopiot), tai kopioi "
                "tiedosto toiseen kansioon ja avaa kopio.",
                path=path,
            )
        )


def open_database(
    target: str | os.PathLike[str] | URL | None = None,
    *,
    create: bool = True,
    upgrade: bool = True,
    user: str = "",
    before_upgrade: BackupHook | None = None,
) -> Database:
    """Open (and create or upgrade) a Sihteeri database.

    Refuses, without changing anything: a bad URL, an unreachable server, a file that is not a Sihteeri
    database, a Sihteeri backup (``refuse_backup_file``), and a database newer than this application. An older
    database is copied aside (by ``before_upgrade``, by default a file copy next to it for SQLite) before it is
    upgraded.
    """
    url = target if isinstance(target, URL) else resolve_url(target)
    path = sqlite_path(url)
    tables: set[str]
    if path is not None:
        if path.exists():
            if path.is_dir():
                raise NotASihteeriDatabase(msg("{path} on kansio, ei tietokantatiedosto.", path=path))
            refuse_backup_file(path)
            tables = inspect_sqlite_file(path)
        else:
            if not create:
                raise DatabaseUnavailable(msg("Tietokantaa {path} ei ole olemassa.", path=path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    msg("Kansiota {parent} ei voi luoda: {strerror}.", parent=path.parent, strerror=exc.strerror),
                    detail=str(exc),
                ) from exc
            tables = set()
    engine = make_engine(url)
    if path is None:
        tables = _check_postgres(engine, url) if url.get_backend_name() == "postgresql" else set()

    if tables and VERSION_TABLE not in tables:
        engine.dispose()
        raise NotASihteeriDatabase(
            msg(
                "{database} sisältää jo muita tietoja, eikä se ole Sihteerin tietokanta. Sitä ei muutettu.",
                database=_describe(url),
            )
        )
    db = Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, class_=SihteeriSession, expire_on_commit=False),
        user=user,
    )
    try:
        rev = current_revision(engine) if tables else None
        if rev is not None and rev not in known_revisions():
            raise DatabaseTooNew(
                msg(
                    "Tietokanta {database} on tehty uudemmalla Sihteerin versiolla (rakenneversio {rev}). Päivitä "
                    "Sihteeri; tietokantaan ei koskettu.",
                    database=_describe(url),
                    rev=rev,
                )
            )
        if not tables:
            if not create:
                raise NotASihteeriDatabase(
                    msg("{database} on tyhjä, eikä se ole Sihteerin tietokanta.", database=_describe(url))
                )
            run_upgrade(engine)
        elif rev != head_revision():
            if not upgrade:
                raise DatabaseTooNew(
                    msg("Tietokanta {database} on vanhempaa rakenneversiota ({rev}).", database=_describe(url), rev=rev)
                )
            hook = before_upgrade or copy_aside
            db.backup_before_upgrade = hook(db, rev)
            run_upgrade(engine)
            db.upgraded_from = rev
            log.info("Upgraded %s from %s to %s", _describe(url), rev, head_revision())
        _list_pending_search_words(engine)
    except OperationalError as exc:
        engine.dispose()
        raise (_read_only_place(path, exc) or translate_db_error(exc, _describe(url))) from exc
    except ProgrammingError as exc:
        engine.dispose()
        if not is_permission_denied(exc):
            raise
        raise translate_db_error(exc, _describe(url)) from exc
    except Exception:
        engine.dispose()
        raise
    return db


def _read_only_place(path: Path | None, exc: OperationalError) -> DatabaseUnavailable | None:
    """SQLite cannot open a file it may not write, nor one in a folder it may not write (WAL mode keeps the -wal
    and -shm files beside the database): say which is write-protected (SQLite says "unable to open database
    file")."""
    text = str(exc.orig or exc).lower()
    if path is None or not ("unable to open" in text or "readonly" in text):
        return None
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseUnavailable(
            msg(
                "Tietokantatiedosto {path} on kirjoitussuojattu, eikä Sihteeri voi käyttää sitä. Poista "
                "kirjoitussuojaus tai kopioi tiedosto kansioon, johon voit tallentaa, ja avaa kopio.",
                path=path,
            ),
            detail=str(exc.orig or exc),
        )
    if not os.access(path.parent, os.W_OK):
        return DatabaseUnavailable(
            msg(
                "Tietokantatiedoston {path} kansio on kirjoitussuojattu, eikä Sihteeri voi käyttää tiedostoa siinä "
                "(se tarvitsee tiedoston viereen aputiedostot). Kopioi tiedosto kansioon, johon voit tallentaa, ja "
                "avaa kopio.",
                path=path,
            ),
            detail=str(exc.orig or exc),
        )
    return None


def _list_pending_search_words(engine: Engine) -> None:
    """List the words of items written without Sihteeri's sessions (bulk loads, older versions), if any.

    A read-only or busy database is left as it is: its searches use prefix queries until then.
    """
    from db import search_terms

    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        if not search_terms.has_search_terms(conn) or not conn.exec_driver_sql(search_terms.PENDING_SQL).scalar():
            return
    try:
        with engine.begin() as conn:
            listed = search_terms.refresh_search_terms(conn)
        log.info("Listed the search words of %s changed items", listed)
    except OperationalError as exc:
        log.warning("The search words were not listed (%s); searches use prefix queries", exc.orig)


def run_upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def copy_aside(db: Database, revision: str | None) -> Path | None:
    """Copy an SQLite database next to itself before an upgrade, with SQLite's online backup API."""
    path = db.path
    if path is None:
        log.warning("No copy taken of %s before the upgrade: not a file database", db.description)
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.ennen-paivitysta-{revision or 'tyhja'}-{stamp}{path.suffix}")
    free = shutil.disk_usage(path.parent).free
    if free < path.stat().st_size * 2:
        raise DiskFull(
            msg(
                "Levyllä ei ole tilaa varmuuskopiolle ennen tietokannan päivitystä ({parent}). Tietokantaan ei "
                "koskettu.",
                parent=path.parent,
            )
        )
    src = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("Copied %s to %s before upgrading it", path, target)
    return target

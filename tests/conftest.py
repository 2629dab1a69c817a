"""Shared fixtures: real temporary databases on SQLite and PostgreSQL, the demo, and an offscreen Qt.

``database`` and ``demo_db`` run each test on both backends. PostgreSQL comes from
``SIHTEERI_TEST_POSTGRES`` (an admin URL) or, when that is not set, from a throwaway cluster the tests start
themselves (``tests/pg_cluster.py``) and stop at the end. Without server binaries the PostgreSQL runs are
skipped with a reason, except in CI, where they must run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = tempfile.mkdtemp(prefix="sihteeri-data-")
os.environ["SIHTEERI_DATA_DIR"] = _DATA_DIR
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sihteeri-config-")  # QSettings: not the user's own

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from db.engine import Database, open_database
from tests import pg_cluster

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(autouse=True)
def _logging_as_pytest_left_it() -> Iterator[None]:
    """Undo what ``main()`` sets up (cli.logs): its log handlers, and faulthandler writing to a file."""
    yield
    import logging
    import sys

    from cli import logs

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, logs._OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    if logs._crash_log is not None:
        import faulthandler

        faulthandler.enable(file=sys.stderr, all_threads=True)
        logs._crash_log.close()
        logs._crash_log = None


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[URL | None]:
    """Admin URL of a PostgreSQL server for tests, or None when none can be had."""
    configured = os.environ.get("SIHTEERI_TEST_POSTGRES")
    if configured:
        yield make_url(configured)
        return
    if pg_cluster.server_bin_dir() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test PostgreSQL, but no server binaries were found")
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="sihteeri-pg-"))
    try:
        url = pg_cluster.start(folder)
        yield make_url(url)
    finally:
        pg_cluster.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _admin_execute(admin: URL, sql: str) -> None:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


class _PgTemplates:
    """Migrated (and demo) template databases, so each test gets a fresh copy quickly."""

    def __init__(self, admin: URL) -> None:
        self.admin = admin
        self.made: set[str] = set()

    def ensure(self, name: str, demo: bool) -> None:
        if name in self.made:
            return
        _admin_execute(self.admin, f'DROP DATABASE IF EXISTS "{name}"')
        _admin_execute(self.admin, f'CREATE DATABASE "{name}"')
        database = open_database(self.admin.set(database=name))
        try:
            if demo:
                from core.demo import write_demo

                write_demo(database)
        finally:
            database.dispose()
        self.made.add(name)

    def copy(self, template: str, demo: bool) -> URL:
        self.ensure(template, demo)
        name = f"sihteeri_test_{uuid.uuid4().hex[:12]}"
        _admin_execute(self.admin, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.admin.set(database=name)

    def drop(self, url: URL) -> None:
        _admin_execute(self.admin, f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_templates(pg_admin_url: URL | None) -> _PgTemplates | None:
    return _PgTemplates(pg_admin_url) if pg_admin_url is not None else None


@pytest.fixture(scope="session")
def sqlite_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database file per run; tests get copies of it."""
    from core.demo import write_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    database = open_database(path)
    try:
        write_demo(database)
    finally:
        database.dispose()
    return path


def _open(
    backend: str, tmp_path: Path, pg_templates: _PgTemplates | None, *, demo: bool, demo_template: Path | None
) -> Iterator[Database]:
    if backend == "sqlite":
        path = tmp_path / "sihteeri.db"
        if demo and demo_template is not None:
            shutil.copyfile(demo_template, path)
        database = open_database(path, user="testaaja")
        try:
            yield database
        finally:
            database.dispose()
        return
    if pg_templates is None:
        pytest.skip("PostgreSQL ei ole käytettävissä (palvelinohjelmia ei löytynyt)")
    url = pg_templates.copy("sihteeri_tmpl_demo" if demo else "sihteeri_tmpl_empty", demo)
    database = open_database(url, user="testaaja")
    try:
        yield database
    finally:
        database.dispose()
        pg_templates.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database(backend: str, tmp_path: Path, pg_templates: _PgTemplates | None) -> Iterator[Database]:
    """An empty, migrated Sihteeri database on each backend."""
    yield from _open(backend, tmp_path, pg_templates, demo=False, demo_template=None)


@pytest.fixture
def demo_db(
    backend: str, tmp_path: Path, pg_templates: _PgTemplates | None, sqlite_demo_template: Path
) -> Iterator[Database]:
    """The demo database on each backend."""
    yield from _open(backend, tmp_path, pg_templates, demo=True, demo_template=sqlite_demo_template)


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    """An empty Sihteeri database on SQLite only (for tests about files)."""
    yield from _open("sqlite", tmp_path, None, demo=False, demo_template=None)


@pytest.fixture
def sqlite_demo_db(tmp_path: Path, sqlite_demo_template: Path) -> Iterator[Database]:
    """The demo database on SQLite only (GUI tests and file-level tests)."""
    yield from _open("sqlite", tmp_path, None, demo=True, demo_template=sqlite_demo_template)


PG_PASSWORD = "oikea salasana: ä/@%"  # characters that need quoting in a URL


@pytest.fixture(scope="session")
def pg_password_url(pg_admin_url: URL | None) -> URL:
    """A demo database on the test server whose owner must sign in with a password (``PG_PASSWORD``); the URL
    has no password. Skipped without a server (failed on CI), or when the server does not ask this role for one
    (a server of its own in ``SIHTEERI_TEST_POSTGRES``, without ``tests.pg_cluster``'s rule)."""
    if pg_admin_url is None:
        pytest.skip("no PostgreSQL server")
    role = pg_cluster.PASSWORD_ROLE
    name = f"sihteeri_pw_{uuid.uuid4().hex[:8]}"
    _admin_execute(pg_admin_url, f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                                 f'THEN CREATE ROLE "{role}" LOGIN; END IF; END $$')  # fmt: skip
    password = PG_PASSWORD.replace("'", "''")
    _admin_execute(pg_admin_url, f"ALTER ROLE \"{role}\" PASSWORD '{password}'")
    _admin_execute(pg_admin_url, f'CREATE DATABASE "{name}" OWNER "{role}"')
    url = pg_admin_url.set(username=role, password=None, database=name)
    probe = create_engine(url)
    try:
        probe.connect().close()
    except OperationalError:  # asked for a password, as wanted
        pass
    else:
        if os.environ.get("CI"):
            pytest.fail(f"the test server did not ask {role} for a password (tests.pg_cluster sets that rule)")
        pytest.skip(f"the PostgreSQL server does not ask {role} for a password")
    finally:
        probe.dispose()
    from core.demo import write_demo

    database = open_database(url.set(password=PG_PASSWORD))
    try:
        write_demo(database)
    finally:
        database.dispose()
    return url


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_DATA_DIR, ignore_errors=True)


_BACKEND_RUNS: dict[str, dict[str, int]] = {b: {"passed": 0, "failed": 0, "skipped": 0} for b in BACKENDS}
_BACKEND_OF: dict[str, str] = {}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") in BACKENDS:
            _BACKEND_OF[item.nodeid] = callspec.params["backend"]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    backend_name = _BACKEND_OF.get(report.nodeid)
    counted = report.when == "call" or (report.when == "setup" and report.outcome != "passed")
    if backend_name is not None and counted:
        _BACKEND_RUNS[backend_name][report.outcome] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show that both storage backends really ran."""
    terminalreporter.section("tietokannat")
    for backend_name, counts in _BACKEND_RUNS.items():
        terminalreporter.write_line(
            f"{backend_name}: {counts['passed']} läpi, {counts['failed']} epäonnistui, {counts['skipped']} ohitettu"
        )

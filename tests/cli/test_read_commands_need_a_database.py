"""Commands that read a database refuse a missing one instead of making a new empty database (a typo in --database)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from cli import main as cli_main


def _leftovers(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


@pytest.mark.parametrize(
    "command",
    [
        ["agreements"],
        ["agreements", "--json"],
        ["draft", "--list"],
        ["draft", "77/00.04.01/2023"],
        ["print", "agreement", "--title", "sopimus", "--out", "tilanne.pdf"],
    ],
)
def test_a_mistyped_database_file_is_refused_and_not_made(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure a read-only job on a database file that does not exist says so (exit code 2) and leaves no new
    file behind; it printed "Tietokannassa ei ole sopimuksia." and made an empty database."""
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "kunt.db"
    assert cli_main(["--database", str(typo), *command]) == 2
    captured = capsys.readouterr()
    assert f"Tietokantaa {typo} ei ole olemassa." in captured.err
    assert "ei ole sopimuksia" not in captured.out
    assert _leftovers(typo) == [] and not (tmp_path / "tilanne.pdf").exists()


def test_the_environment_s_missing_database_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure a SIHTEERI_DATABASE naming a missing file is refused as well, not created."""
    from db.engine import ENV_VAR

    typo = tmp_path / "sihteri.db"
    monkeypatch.setenv(ENV_VAR, str(typo))
    assert cli_main(["agreements"]) == 2
    assert "ei ole olemassa" in capsys.readouterr().err and _leftovers(typo) == []


@pytest.fixture
def blank_postgres(pg_admin_url: URL | None) -> Iterator[URL]:
    """A PostgreSQL database with no tables at all (not a Sihteeri database yet)."""
    if pg_admin_url is None:
        pytest.skip("PostgreSQL ei ole käytettävissä (palvelinohjelmia ei löytynyt)")
    name = f"sihteeri_blank_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield pg_admin_url.set(database=name)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.mark.parametrize("command", [["agreements"], ["draft", "--list"]])
def test_an_empty_postgresql_database_gets_no_schema_from_a_read(
    command: list[str], blank_postgres: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure reading an empty PostgreSQL database is refused with a Finnish message and installs no tables."""
    address = blank_postgres.render_as_string(hide_password=False)
    assert cli_main(["--database", address, *command]) == 2
    assert "on tyhjä, eikä se ole Sihteerin tietokanta" in capsys.readouterr().err
    engine = create_engine(blank_postgres)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()

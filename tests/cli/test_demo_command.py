"""The headless ``demo`` command and the command-line error path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli import main as cli_main
from db.engine import Database, open_database
from db.models import Item, Organisation

ROOT = Path(__file__).resolve().parents[2]


def test_demo_command_writes_a_demo_database(tmp_path: Path) -> None:
    """Ensure `main.py demo PATH` writes the demo database without a window."""
    target = tmp_path / "esittely.db"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", str(target)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "Esittelytietokanta kirjoitettu" in result.stdout
    database = open_database(target, create=False)
    try:
        with database.begin() as s:
            assert (s.scalar(select(func.count(Item.id))) or 0) >= 20
    finally:
        database.dispose()


def test_demo_refuses_to_overwrite_and_bad_targets_give_messages(tmp_path: Path, capsys: object) -> None:
    """Ensure an existing file is not overwritten and a bad address gives a Finnish message, exit code 2."""
    existing = tmp_path / "olemassa.db"
    existing.write_text("tärkeää", encoding="utf-8")
    assert cli_main(["demo", str(existing)]) == 2
    assert existing.read_text(encoding="utf-8") == "tärkeää"
    assert cli_main(["demo", "mysql://x@y/z"]) == 2
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "Virhe:" in err and "Traceback" not in err


def test_demo_refuses_a_database_that_has_data(demo_db: Database, capsys: pytest.CaptureFixture[str],
                                               caplog: pytest.LogCaptureFixture) -> None:
    """Ensure `demo` into a database that already has an organisation (a server's too, not only a file) says it
    is not empty and leaves it as it was (PostgreSQL gave "Sama tieto on jo tallennettu…" and a driver warning)."""
    with demo_db.begin() as s:
        before = s.scalar(select(func.count(Organisation.id)))
    url = demo_db.url.render_as_string(hide_password=False)
    assert cli_main(["demo", url]) == 2
    err = capsys.readouterr().err
    if demo_db.is_sqlite:
        assert "on jo olemassa; esittelytietokanta kirjoitetaan vain uuteen tiedostoon" in err
    else:
        assert "ei ole tyhjä; esittelytietokanta kirjoitetaan vain tyhjään tietokantaan" in err
    assert "Sama tieto" not in err and "pipeline" not in caplog.text
    with demo_db.begin() as s:
        assert s.scalar(select(func.count(Organisation.id))) == before


def test_demo_goes_into_an_empty_server_database(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure an empty (migrated) server database still gets the demo."""
    if database.is_sqlite:
        pytest.skip("a file database must be a new file (the test above)")
    assert cli_main(["demo", database.url.render_as_string(hide_password=False)]) == 0
    assert "Esittelytietokanta kirjoitettu" in capsys.readouterr().out
    with database.begin() as s:
        assert (s.scalar(select(func.count(Item.id))) or 0) >= 20

"""A command on a server that asks for a password: asked at the terminal, or told how to give it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from cli import build_parser, run_command
from db.errors import SihteeriError
from tests.conftest import PG_PASSWORD


def test_a_command_asks_for_the_password_until_right_and_runs(
    pg_password_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure the command is run again with the password asked, after a refused one too, and only then."""
    asked: list[tuple[str, str, bool]] = []
    answers = ["väärä", PG_PASSWORD]

    def ask(user: str, server: str, wrong: bool) -> str | None:
        asked.append((user, server, wrong))
        return answers.pop(0)

    address = pg_password_url.render_as_string(hide_password=False)
    args = build_parser().parse_args(["--database", address, "agreements", "--on", "2025-11-23"])
    assert run_command(args, ask) == 0
    assert [wrong for _u, _s, wrong in asked] == [False, True] and asked[0][0] == pg_password_url.username
    assert "Sopimukset 23.11.2025 (2):" in capsys.readouterr().out


def test_without_a_terminal_the_command_says_how_to_give_the_password(
    pg_password_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure a scheduled command (no terminal to ask at) fails with exit code 2 and names pgpass and PGPASSWORD,
    and that asking stops after three refused passwords."""
    address = pg_password_url.render_as_string(hide_password=False)
    args = build_parser().parse_args(["--database", address, "agreements"])
    assert run_command(args, lambda _u, _s, _w: None) == 2
    err = capsys.readouterr().err
    assert "pyytää salasanan" in err and "pgpass" in err and "PGPASSWORD" in err
    tries: list[bool] = []
    args = build_parser().parse_args(["--database", address, "agreements"])
    assert run_command(args, lambda _u, _s, wrong: tries.append(wrong) or "väärä") == 2
    assert tries == [False, True, True] and "ei hyväksynyt salasanaa" in capsys.readouterr().err


def test_a_server_backup_asks_for_the_password_and_uses_it(
    pg_password_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure ``backup`` of a server that wants a password asks for it and pg_dump gets it (the dump verifies)."""
    from db.pg_tools import find_tool

    try:
        find_tool("pg_dump")
    except SihteeriError:
        pytest.skip("no pg_dump")
    answers = [PG_PASSWORD]
    address = pg_password_url.render_as_string(hide_password=False)
    args = build_parser().parse_args(["--database", address, "backup", "--to", str(tmp_path)])
    assert run_command(args, lambda _u, _s, _w: answers.pop(0)) == 0, capsys.readouterr().err
    assert not answers and list(tmp_path.glob("*.dump"))
    assert PG_PASSWORD not in capsys.readouterr().out

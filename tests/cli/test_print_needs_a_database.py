"""The print command refuses a database that does not exist instead of making a new empty one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli import main as cli_main


@pytest.mark.parametrize(
    "command",
    [
        ["print", "excerpt", "--body", "Maakuntahallitus", "--date", "2025-10-13", "--section", "100"],
        ["print", "minutes", "--body", "Maakuntahallitus", "--date", "2025-10-13"],
        ["print", "minutes", "--body", "Maakuntahallitus", "--year", "2025"],
        ["print", "excerpt", "--dnro", "77/00.04.01/2023"],
    ],
)
def test_printing_from_a_mistyped_database_file_is_refused_and_makes_none(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure printing from a database file that does not exist says so (exit code 2) and leaves no new file; it
    made an empty database and then reported that the body was not found."""
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "kunt.db"
    assert cli_main(["--database", str(typo), *command, "--out", str(tmp_path / "ote.pdf")]) == 2
    assert f"Tietokantaa {typo} ei ole olemassa." in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == []

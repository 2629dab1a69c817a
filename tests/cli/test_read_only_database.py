"""A database in a write-protected place (an archive share, a CD, a protected folder) is explained as such."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from cli import main as cli_main
from db.engine import Database, translate_db_error


@contextmanager
def _write_protected(*paths: Path) -> Iterator[None]:
    """Write-protect ``paths`` for this user: chmod, or for root (whom chmod does not stop) chattr +i."""
    if os.geteuid() != 0:
        modes = [p.stat().st_mode for p in paths]
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in zip(paths, modes, strict=True):
                p.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", *map(str, paths)], check=False,
                                                        capture_output=True).returncode:  # fmt: skip
        pytest.skip("write protection cannot be set here (root without chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=False)


def test_a_database_in_a_write_protected_folder_is_explained(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure a database whose folder (and file) is write-protected says so, not "ei saada yhteyttä. Tarkista
    osoite, verkkoyhteys…" (SQLite's "unable to open database file": WAL mode needs files beside it)."""
    path = sqlite_demo_db.path
    assert path is not None
    sqlite_demo_db.dispose()
    folder = tmp_path / "arkisto"
    folder.mkdir()
    copy = folder / "kunta.db"
    shutil.copyfile(path, copy)
    with _write_protected(copy, folder):
        assert cli_main(["--database", str(copy), "agreements"]) == 2
    err = capsys.readouterr().err
    assert "kirjoitussuojattu" in err and str(copy) in err and "verkkoyhteys" not in err
    with _write_protected(folder):
        assert cli_main(["--database", str(copy), "agreements"]) == 2
    err = capsys.readouterr().err
    assert f"Tietokantatiedoston {copy} kansio on kirjoitussuojattu" in err


def test_a_write_refused_as_read_only_is_explained() -> None:
    """Ensure SQLite's "attempt to write a readonly database" (a file protected after it was opened) is told as
    write protection."""
    error = OperationalError("INSERT", {}, Exception("attempt to write a readonly database"))
    message = translate_db_error(error, "/srv/kunta.db").message
    assert "kirjoitussuojattu" in message and "verkkoyhteys" not in message

"""The headless commands backup, backups, restore, export and import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli import main as cli_main
from db.content import canonical_content
from db.engine import Database, open_database
from db.models import Person

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(data))
    return data


def _content(target: Path) -> dict[str, object]:
    database = open_database(target, create=False)
    try:
        with database.engine.connect() as conn:
            return canonical_content(conn)
    finally:
        database.dispose()


def test_relative_paths_work_in_the_backup_commands(
    sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure ``--database sihteeri.db backup --to kopiot``, ``backups --folder kopiot`` and ``restore
    kopiot/NAME.db`` work from the folder they are typed in (a relative path once ended in a traceback)."""
    path = sqlite_demo_db.path
    assert path is not None
    expected = _content(path)
    sqlite_demo_db.dispose()
    work = tmp_path / "työ"
    work.mkdir()
    (work / "sihteeri.db").write_bytes(path.read_bytes())
    monkeypatch.chdir(work)
    assert cli_main(["--database", "sihteeri.db", "backup", "--to", "kopiot"]) == 0
    assert "Varmuuskopio tallennettu ja tarkistettu" in capsys.readouterr().out
    copy = next(Path("kopiot").glob("sihteeri-*.db"))
    assert cli_main(["--database", "sihteeri.db", "backups", "--folder", "kopiot"]) == 0
    assert "ehjä" in capsys.readouterr().out
    assert cli_main(["--database", "sihteeri.db", "restore", str(copy)]) == 0
    assert "palautettu" in capsys.readouterr().out
    assert _content(work / "sihteeri.db") == expected


def test_backup_backups_and_restore_from_the_command_line(sqlite_demo_db: Database, own_data_dir: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure backup writes a verified copy, backups lists and verifies it, and restore brings it back."""
    path = sqlite_demo_db.path
    assert path is not None
    expected = _content(path)
    assert cli_main(["--database", str(path), "backup"]) == 0
    out = capsys.readouterr().out
    assert "Varmuuskopio tallennettu ja tarkistettu" in out
    copy = next((own_data_dir / "varmuuskopiot").glob("sihteeri-*.db"))

    assert cli_main(["--database", str(path), "backups"]) == 0
    out = capsys.readouterr().out
    assert copy.name in out and "ehjä" in out and "Hyvinvointilautakunta" in out
    assert ": 1 varmuuskopio\n" in out  # singular in Finnish

    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Lisätty jälkeenpäin"))
    sqlite_demo_db.dispose()
    assert cli_main(["--database", str(path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "palautettu" in out and "ennen-palautusta" in out
    assert _content(path) == expected


def test_backup_to_a_chosen_folder_and_a_damaged_copy_in_the_listing(sqlite_demo_db: Database, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure --to writes there, and backups exits 1 naming a damaged copy."""
    path = sqlite_demo_db.path
    target = tmp_path / "tikku"
    assert cli_main(["--database", str(path), "backup", "--to", str(target)]) == 0
    copy = next(target.glob("sihteeri-*.db"))
    copy.write_bytes(copy.read_bytes()[:4096])
    capsys.readouterr()
    assert cli_main(["--database", str(path), "backups", "--folder", str(target)]) == 1
    captured = capsys.readouterr()
    assert "VIOITTUNUT" in captured.out and "vioittunut" in captured.err


def test_restore_refuses_a_damaged_backup(sqlite_demo_db: Database, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure restoring a broken file is refused with a Finnish message and exit code 2."""
    broken = tmp_path / "sihteeri-20260101-120000.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    sqlite_demo_db.dispose()
    before = sqlite_demo_db.path.read_bytes() if sqlite_demo_db.path else b""
    assert cli_main(["--database", str(sqlite_demo_db.path), "restore", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "Varmuuskopiota ei palautettu" in err and "Traceback" not in err
    assert sqlite_demo_db.path is not None and sqlite_demo_db.path.read_bytes() == before


def test_export_and_import_from_the_command_line(sqlite_demo_db: Database, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure export (whole and one body and year) and import into a new file, and a second import is refused."""
    path = sqlite_demo_db.path
    assert path is not None
    sqlite_demo_db.dispose()
    zip_path = tmp_path / "arkisto.zip"
    assert cli_main(["--database", str(path), "export", str(zip_path)]) == 0
    new = tmp_path / "uusi.db"
    assert cli_main(["--database", str(new), "import", str(zip_path)]) == 0
    assert _content(new) == _content(path)
    assert cli_main(["--database", str(new), "import", str(zip_path)]) == 2
    assert "tyhjään" in capsys.readouterr().err

    part = tmp_path / "osa.zip"
    assert cli_main(["--database", str(path), "export", str(part), "--body", "Maakuntahallitus",
                     "--year", "2025"]) == 0
    assert "Arkisto kirjoitettu" in capsys.readouterr().out
    assert cli_main(["--database", str(tmp_path / "osa.db"), "import", str(part)]) == 0
    database = open_database(tmp_path / "osa.db", create=False)
    try:
        with database.begin() as s:
            assert (s.scalar(select(func.count(Person.id))) or 0) > 0
    finally:
        database.dispose()


def test_commands_run_through_main_py(sqlite_demo_db: Database, tmp_path: Path, own_data_dir: Path) -> None:
    """Ensure `python main.py backup` and `backups` work as a scheduled task would run them."""
    path = sqlite_demo_db.path
    env_cmd = [sys.executable, str(ROOT / "main.py"), "--database", str(path)]
    env = {**os.environ, "SIHTEERI_DATA_DIR": str(own_data_dir)}
    done = subprocess.run([*env_cmd, "backup"], capture_output=True, text=True, check=False, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*env_cmd, "backups"], capture_output=True, text=True, check=False, cwd=ROOT, env=env)
    assert done.returncode == 0 and "ehjä" in done.stdout

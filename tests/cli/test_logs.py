"""The log file and crash log in the data folder (cli.logs), as main() sets them up."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli import logs
from main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path))
    return tmp_path


def test_records_go_to_the_log_file_once_each(data_folder: Path) -> None:
    assert logs.configure_logging(False) == data_folder / "loki" / "sihteeri.log"
    assert logs.configure_logging(False) is not None  # a second call replaces the first one's handlers
    logging.getLogger("sihteeri.test").info("tieto kirjautuu")
    logging.getLogger("sihteeri.test").debug("yksityiskohta ei kirjaudu")
    text = logs.log_path().read_text(encoding="utf-8")
    assert text.count("tieto kirjautuu") == 1
    assert "yksityiskohta" not in text
    logs.configure_logging(True)
    logging.getLogger("sihteeri.test").debug("yksityiskohta kirjautuu")
    assert "yksityiskohta kirjautuu" in logs.log_path().read_text(encoding="utf-8")


def test_the_log_file_is_rotated(data_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 2_000)
    logs.configure_logging(False)
    for number in range(100):
        logging.getLogger("sihteeri.test").warning("rivi %d", number)
    assert (data_folder / "loki" / "sihteeri.log.1").exists()
    assert not (data_folder / "loki" / f"sihteeri.log.{logs.LOG_BACKUPS + 1}").exists()
    assert "rivi 99" in logs.log_path().read_text(encoding="utf-8")


def test_an_unwritable_data_folder_leaves_standard_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio")
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(blocker))  # a file where the folder should be
    assert logs.configure_logging(False) is None
    err = capsys.readouterr().err
    assert "Lokitiedostoa ei voi kirjoittaa" in err and "Kaatumislokia ei voi kirjoittaa" in err


def test_a_command_leaves_its_start_in_the_log(data_folder: Path) -> None:
    assert main(["deadline", "--published", "2026-11-02"]) == 0
    text = logs.log_path().read_text(encoding="utf-8")
    assert "Start: deadline (Python " in text


def test_a_hard_crash_is_written_to_the_crash_log(tmp_path: Path) -> None:
    """A fault that is no Python exception (here an abort) leaves the Python stack in kaatumiset.log."""
    env = {**os.environ, "SIHTEERI_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    script = "\n".join(
        (
            "from cli.logs import configure_logging",
            "configure_logging(False)",
            "import faulthandler",
            "faulthandler._sigabrt()",
        )
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    crash_log = (tmp_path / "virheraportit" / "kaatumiset.log").read_text(encoding="utf-8")
    assert "--- Sihteeri käynnistyi" in crash_log
    assert "Fatal Python error: Aborted" in crash_log


def test_a_failed_command_is_logged_but_told_once(data_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The user reads the Finnish message on standard error once; the log file keeps the failure."""
    assert main(["restore", str(data_folder / "ei-ole.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Virhe: ") and err.count("\n") == 1
    assert "Command restore failed" in logs.log_path().read_text(encoding="utf-8")


def test_a_log_that_cannot_be_rotated_is_written_on(data_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows another Sihteeri process holding the file open makes the rename fail: nothing is lost."""
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 2_000)
    logs.configure_logging(False)

    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "rename", refuse)
    monkeypatch.setattr(logging, "raiseExceptions", True)
    errors: list[str] = []
    monkeypatch.setattr(logging.Handler, "handleError", lambda self, record: errors.append(record.getMessage()))
    for number in range(100):
        logging.getLogger("sihteeri.test").warning("rivi %d", number)
    assert errors == []
    text = logs.log_path().read_text(encoding="utf-8")
    assert "rivi 0" in text and "rivi 99" in text
    assert not (data_folder / "loki" / "sihteeri.log.1").exists()

"""The headless ``agreements`` command and ``print agreement``: status, entry into force, missing parties."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from cli import main as cli_main
from db.engine import Database
from tests.core.printing_support import assert_in_order, read_pdf

ROOT = Path(__file__).resolve().parents[2]


def _url(database: Database) -> str:
    url: URL = database.url
    return url.render_as_string(hide_password=False)


def test_agreements_lists_status_and_missing_parties(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure `agreements` prints each agreement's status, entry-into-force date and the missing parties."""
    assert cli_main(["--database", _url(demo_db), "agreements", "--on", "2025-11-23"]) == 0
    out = capsys.readouterr().out
    assert "Sopimukset 23.11.2025 (2):" in out
    assert_in_order(out, [
        "Päijät-Hämeen kuntien välinen yhteistoimintasopimus",
        "Tila: Odottaa hyväksyntöjä (7/10)",
        "Voimaantulopäivä: —",
        "Odottaa: Kärkölä, Sysmä, Hartolan kunta.",
        "Yhteistyöpöytäkirja Päijät-Hämeen kuntien",
        "Odottaa: Asikkala, Kärkölä, Sysmä, Padasjoki.",
    ])


def test_agreements_json(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure `agreements --json` gives status, entry into force and missing parties as data."""
    assert cli_main(["--database", _url(demo_db), "agreements", "--json", "--on", "2025-11-23"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_kind = {entry["kind"]: entry for entry in data}
    education = by_kind["yhteistoimintasopimus"]
    assert education["status"] == "odottaa_hyvaksyntoja"
    assert education["entry_into_force"] is None
    assert education["waiting"] == ["Kärkölä", "Sysmä", "Hartolan kunta"]
    assert "Hollola" in education["missing"] and "Hollola" in education["unsigned"]
    assert len(education["parties"]) == 10
    protocol = by_kind["yhteistyopoytakirja"]
    assert protocol["missing"] == ["Asikkala", "Kärkölä", "Sysmä", "Padasjoki"]
    assert protocol["parties"][0] == {
        "name": "Päijät-Hämeen liitto", "required": True, "state": "hyvaksytty",
        "decision": protocol["parties"][0]["decision"], "decision_date": "2025-10-13", "signed_date": None,
    }
    assert protocol["parties"][0]["decision"].startswith("Maakuntahallitus 13.10.2025")


def test_agreements_on_a_past_day(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure `agreements --on` and `--json --on` leave out the decisions made after that day."""
    assert cli_main(["--database", _url(demo_db), "agreements", "--on", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    assert "Tila: Odottaa hyväksyntöjä (0/10)" in out and "(7/10)" not in out
    assert cli_main(["--database", _url(demo_db), "agreements", "--json", "--on", "2025-06-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    protocol = next(entry for entry in data if entry["kind"] == "yhteistyopoytakirja")
    assert protocol["status_text"] == "Odottaa hyväksyntöjä (0/12)"
    assert protocol["parties"][0]["state"] == "ei_kasitelty" and protocol["parties"][0]["decision_date"] is None


def test_print_agreement_writes_the_status_page(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure `main.py print agreement --title ... --out FILE.pdf` writes the one-page status PDF."""
    out = tmp_path / "tilanne.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(sqlite_demo_db.path), "print", "agreement",
         "--title", "sivistyspalveluiden", "--date", "2025-11-23", "--out", str(out)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    printed = read_pdf(out.read_bytes())
    assert printed.pages == 1
    assert_in_order(printed.body, ["Sopimuksen hyväksymistilanne", "Odottaa: Kärkölä, Sysmä, Hartolan kunta",
                                   "Kustannusosuudet", "210 500,00 €"])


def test_print_agreement_errors_are_finnish(sqlite_demo_db: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure a missing, unknown or ambiguous title gives a Finnish message and exit code 2."""
    base = ["--database", str(sqlite_demo_db.path), "print", "agreement", "--out", str(tmp_path / "x.pdf")]
    assert cli_main(base) == 2
    assert "--title" in capsys.readouterr().err
    assert cli_main([*base, "--title", "jätehuolto"]) == 2
    assert "ei löytynyt" in capsys.readouterr().err
    assert cli_main([*base, "--title", "Päijät-Hämeen"]) == 2
    assert "Tarkenna nimeä" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()

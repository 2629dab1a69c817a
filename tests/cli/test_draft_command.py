"""The headless ``draft`` command: drafting an item's proposal, listing, exporting and importing templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli import main as cli_main
from core.demo import SEED1_PROPOSAL, SEED2_PROPOSAL
from db.engine import Database


def _url(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def test_draft_prints_the_seed_proposals(sqlite_demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure `draft DNRO` prints the proposal from the best fitting template, in Finnish or Swedish."""
    url = _url(sqlite_demo_db)
    assert cli_main(["--database", url, "draft", "112/12.00.01/2025"]) == 0
    assert capsys.readouterr().out.split() == SEED1_PROPOSAL.split()
    assert cli_main(["--database", url, "draft", "77/00.04.01/2023"]) == 0
    assert capsys.readouterr().out.strip() == SEED2_PROPOSAL
    assert cli_main(["--database", url, "draft", "77/00.04.01/2023", "--language", "sv"]) == 0
    assert capsys.readouterr().out.strip() == "Landskapsstyrelsen beslutar godkänna det bifogade samarbetsprotokollet."
    assert cli_main(["--database", url, "draft", "77/00.04.01/2023", "--template", "valmis:fi/lausunto"]) == 0
    assert capsys.readouterr().out.strip() == "Maakuntahallitus antaa liitteen mukaisen lausunnon."


def test_draft_errors_are_finnish(sqlite_demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure an unknown item or template gives a Finnish message and exit code 2."""
    url = _url(sqlite_demo_db)
    assert cli_main(["--database", url, "draft", "1/00.00.00/1999"]) == 2
    assert "Asiaa 1/00.00.00/1999 ei löytynyt" in capsys.readouterr().err
    assert cli_main(["--database", url, "draft", "77/00.04.01/2023", "--template", "valmis:fi/ei"]) == 2
    assert "Mallipohjaa valmis:fi/ei ei löytynyt" in capsys.readouterr().err


def test_draft_refuses_to_guess_a_template_for_an_ordinary_item(
    sqlite_demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `draft` of an item no template is written for asks for --template (it printed the generic
    "Palautetaan valmisteluun"), and drafts with the template named."""
    from sqlalchemy import select

    from db.enums import ItemKind
    from db.models import Item

    with sqlite_demo_db.begin() as session:
        item_id = session.scalars(select(Item.id).where(Item.kind == ItemKind.ORDINARY).order_by(Item.id)).first()
    url = _url(sqlite_demo_db)
    assert cli_main(["--database", url, "draft", str(item_id)]) == 2
    captured = capsys.readouterr()
    assert "ei ole tehty mallipohjaa" in captured.err and "--template" in captured.err and captured.out == ""
    assert cli_main(["--database", url, "draft", str(item_id), "--template", "valmis:fi/palautetaan_valmisteluun"]) == 0
    assert capsys.readouterr().out.strip().endswith("palauttaa asian uudelleen valmisteltavaksi.")


def test_list_export_import(sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure templates can be listed, exported to a file and imported back as an own template."""
    url = _url(sqlite_demo_db)
    assert cli_main(["--database", url, "draft", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "valmis:fi/lautakunta_hyvaksyy_sopimuksen_osaltaan" in listing and "valmis:sv/lausunto" in listing
    target = tmp_path / "lausunto.j2"
    assert cli_main(["--database", url, "draft", "--export", "valmis:fi/lausunto", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("{#- sihteeri-mallipohja\nnimi: Lausunnon antaminen")
    capsys.readouterr()
    assert cli_main(["--database", url, "draft", "--import", str(target)]) == 0
    assert "”Lausunnon antaminen”" in capsys.readouterr().out
    assert cli_main(["--database", url, "draft", "--list"]) == 0
    assert "oma\tLausunnon antaminen" in capsys.readouterr().out


def test_import_and_export_file_problems_are_finnish(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure importing a missing or non-UTF-8 file and exporting into a missing folder give a Finnish message
    and exit code 2, not a traceback."""
    url = _url(sqlite_demo_db)
    missing = tmp_path / "ei_ole.j2"
    assert cli_main(["--database", url, "draft", "--import", str(missing)]) == 2
    assert f"Tiedostoa {missing} ei löytynyt." in capsys.readouterr().err
    latin = tmp_path / "latin1.j2"
    latin.write_bytes("{#- sihteeri-mallipohja\nnimi: Hyväksytään\n-#}\nä".encode("latin-1"))
    assert cli_main(["--database", url, "draft", "--import", str(latin)]) == 2
    assert "ei ole UTF-8-merkistöistä tekstiä" in capsys.readouterr().err
    target = tmp_path / "ei_kansiota" / "lausunto.j2"
    assert cli_main(["--database", url, "draft", "--export", "valmis:fi/lausunto", str(target)]) == 2
    assert f"Kansiota {target.parent} ei ole" in capsys.readouterr().err
    assert not target.exists()

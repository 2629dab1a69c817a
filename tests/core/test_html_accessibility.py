"""Ensure the pages Sihteeri publishes pass axe-core's WCAG 2.1 A and AA rules in a real browser
(tests/accessibility/axe.py): the demo's minutes, agenda and excerpts, in Finnish and Swedish, with and without
personal data, and a § full of awkward text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.demo import SEED1_TITLE, SEED2_TITLE
from core.printing import DocumentFormat, DocumentKind, DocumentRequest, find_meeting, render_in_session
from db.engine import Database
from db.models import Item
from tests.accessibility.axe import run_axe

AWKWARD_TITLE = "Sámi nimet: Áilu Čopmi, Đuoddar Ŋuolla, Ŧeahkká Žiellu <b>ei lihavoitu</b> & “lainaus”"
AWKWARD_TEXT = (
    "Hyvinvointialuejohtajan­viransijaisuus­järjestelyjen­kustannusvaikutus­arvio\n\n"
    "Rivi, jossa <script>alert(1)</script> ja <img src=x> ovat tekstiä eivätkä merkintää.\n"
    "- luettelon kohta\n- toinen kohta\n\n" + "Pitkä kappale. " * 200
)


def _pages(database: Database, folder: Path) -> list[Path]:
    """The demo's publishable pages written into ``folder``."""
    with database.begin() as session:
        board = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
        welfare = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        awkward = next(item for item in welfare.items if item.title == SEED1_TITLE)
        awkward.title, awkward.background = AWKWARD_TITLE, AWKWARD_TEXT
        excerpt_item = next(item.id for item in board.items if item.title == SEED2_TITLE)
        board_id, welfare_id = board.id, welfare.id
    requests = {
        "minutes_fi": DocumentRequest(DocumentKind.MINUTES, board_id),
        "minutes_sv": DocumentRequest(DocumentKind.MINUTES, board_id, language="sv"),
        "minutes_online": DocumentRequest(DocumentKind.MINUTES, board_id, without_personal_data=True),
        "minutes_online_sv": DocumentRequest(DocumentKind.MINUTES, board_id, language="sv", without_personal_data=True),
        "excerpt_fi": DocumentRequest(DocumentKind.EXCERPT, board_id, (excerpt_item,)),
        "excerpt_sv": DocumentRequest(DocumentKind.EXCERPT, board_id, (excerpt_item,), language="sv"),
        "agenda_awkward": DocumentRequest(DocumentKind.AGENDA, welfare_id, draft=True),
    }
    files = []
    with database.session() as session:
        for name, request in requests.items():
            file = folder / f"{name}.html"
            file.write_bytes(
                render_in_session(session, DocumentRequest(**{**request.__dict__, "format": DocumentFormat.HTML}))
            )
            files.append(file)
    return files


def test_published_pages_pass_axe(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure axe-core finds no violation of WCAG 2.1 A/AA (or of its best practices) on any published page."""
    files = _pages(sqlite_demo_db, tmp_path)
    results = run_axe(files)
    for file in files:
        result = results[file]
        assert result.passes > 10, result  # the rules really ran on a real page
        assert result.violations == (), (file.name, result.violations)
    with sqlite_demo_db.session() as session:  # the awkward § did reach its page
        assert session.query(Item).filter_by(title=AWKWARD_TITLE).count() == 1
    assert "Čopmi" in (tmp_path / "agenda_awkward.html").read_text(encoding="utf-8")


def test_the_check_finds_what_a_page_gets_wrong(tmp_path: Path) -> None:
    """Ensure the check can fail: a page without a language, with an image without text, faint text and a
    skipped heading level is reported for each of them."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Huono</title></head><body><main>"
        "<h1>Otsikko</h1><h4>Hypätty taso</h4><img src='kuva.png'>"
        "<p style='color:#bbb;background:#fff'>Haalea teksti</p></main></body></html>",
        encoding="utf-8",
    )
    found = {finding.rule for finding in run_axe([bad])[bad].violations}
    assert {"html-has-lang", "image-alt", "color-contrast", "heading-order"} <= found, found

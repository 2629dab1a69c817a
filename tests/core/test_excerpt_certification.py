"""The certification date of a minutes excerpt: not before the minutes were checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cli import main as cli_main
from core.demo import SEED2_DNRO
from core.printing import DocumentKind, DocumentRequest, find_item, find_meeting, render_in_session
from db.engine import Database
from db.errors import ValidationError
from db.models import Item, Meeting, Organisation


def _seed2(session: Session) -> tuple[Meeting, Item]:
    meeting = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
    return meeting, find_item(session, meeting, dnro=SEED2_DNRO)


def test_an_excerpt_is_not_certified_before_the_minutes_were_checked(demo_db: Database) -> None:
    """Ensure an excerpt of the minutes of 13.10.2025, checked 15.10., cannot be certified on 1.10. or 14.10.
    (a Finnish message names both dates), and can be on the checking day and after it."""
    with demo_db.session() as session:
        meeting, item = _seed2(session)
        assert meeting.checked_date == dt.date(2025, 10, 15)
        for day in (dt.date(2025, 10, 1), dt.date(2025, 10, 14)):
            request = DocumentRequest(DocumentKind.EXCERPT, meeting.id, (item.id,), certified_on=day)
            with pytest.raises(ValidationError, match=r"ennen kuin kokouksen 9/2025 pöytäkirja tarkastettiin \(15\.10"):
                render_in_session(session, request)
        for day in (dt.date(2025, 10, 15), dt.date(2025, 10, 16)):
            request = DocumentRequest(DocumentKind.EXCERPT, meeting.id, (item.id,), certified_on=day)
            assert render_in_session(session, request).startswith(b"%PDF")


def test_the_print_command_refuses_an_early_certification_date(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `print excerpt --certified-on` before the checking day fails with a Finnish message and writes
    nothing."""
    url = str(sqlite_demo_db.engine.url.database)
    out = tmp_path / "ote.pdf"
    argv = ["--database", url, "print", "excerpt", "--body", "Maakuntahallitus", "--date", "2025-10-13"]
    argv += ["--section", "100", "--out", str(out), "--certified-on", "2025-10-01"]
    assert cli_main(argv) == 2
    assert "Ote voidaan todistaa oikeaksi aikaisintaan tarkastuspäivänä." in capsys.readouterr().err
    assert not out.exists()


def test_a_swedish_excerpt_is_certified_at_the_place_s_swedish_name(demo_db: Database) -> None:
    """Ensure a Swedish excerpt names the certification place in Swedish once one is set in the settings (Lahtis),
    the Finnish excerpt keeps the Finnish name, and without a Swedish name both use the Finnish one."""
    from dataclasses import replace

    from pypdf import PdfReader

    from core import organisation as org_ops

    def place_lines(session: Session, language: str) -> list[str]:
        meeting, item = _seed2(session)
        request = DocumentRequest(DocumentKind.EXCERPT, meeting.id, (item.id,), language=language,
                                  certified_on=dt.date(2025, 10, 20))  # fmt: skip
        pdf = PdfReader(__import__("io").BytesIO(render_in_session(session, request)))
        text = "\n".join(page.extract_text() for page in pdf.pages)
        return [line.strip() for line in text.splitlines() if "20.10.2025" in line]

    with demo_db.begin() as session:
        assert place_lines(session, "sv") == ["Lahti 20.10.2025"]
        # The demo keeps two organisations' minutes; the settings edit the first, Hartola, and the checked
        # minutes are the regional council's: make the council's the only home organisation here.
        hartola = session.scalars(select(Organisation).where(Organisation.name == "Hartolan kunta")).one()
        hartola.is_home = False
        org_ops.update_organisation(session, replace(org_ops.organisation_details(session),
                                                     certification_place_sv=" Lahtis "))  # fmt: skip
        assert org_ops.organisation_details(session).certification_place_sv == "Lahtis"
        assert place_lines(session, "sv") == ["Lahtis 20.10.2025"]
        assert place_lines(session, "fi") == ["Lahti 20.10.2025"]

"""The portable archive carries the Swedish texts of motions, votes and dissenting opinions (revision 0010)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from core import minutes
from core.printing import find_meeting
from db.archive import export_archive, import_archive
from db.engine import Database, open_database
from db.enums import VoteChoice
from db.models import Dissent, Motion, Person, Vote
from tests.db.test_archive import other_backend

__all__ = ["other_backend"]  # the fixture of the archive's own tests: an empty database on the other backend


def test_the_swedish_texts_of_the_meeting_move_to_another_sihteeri(
    demo_db: Database, other_backend: Database | Path, tmp_path: Path
) -> None:
    """Ensure a motion's, a vote's proposals' and a dissenting opinion's Swedish texts survive an export and an
    import into the other backend."""
    with demo_db.begin() as s:
        meeting = find_meeting(s, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        minutes.begin_meeting(s, meeting.id)
        item = meeting.items[-1]
        people = {person.name: person.id for person in s.scalars(select(Person))}
        minutes.add_motion(s, item.id, "Maksut pidetään ennallaan.", proposer_id=people["Ari Toivonen"],
                           seconder_id=people["Eija Kettunen"], text_sv="Avgifterna hålls oförändrade.")  # fmt: skip
        voters = minutes.quorum(s, item.id).voters
        minutes.record_vote(s, item.id, yes_proposal="Jaa.", no_proposal="Ei.", yes_proposal_sv="Ja.",
                            no_proposal_sv="Nej.", ballots=dict.fromkeys(voters, VoteChoice.YES))  # fmt: skip
        minutes.add_dissent(s, item.id, people["Ari Toivonen"], "Liian korkeat.", text_sv="För höga.")
    path = tmp_path / "arkisto.zip"
    export_archive(demo_db, path)
    import_archive(path, other_backend)
    target = other_backend if isinstance(other_backend, Database) else open_database(other_backend, create=False)
    try:
        with target.begin() as s:
            assert s.scalars(select(Motion.text_sv)).one() == "Avgifterna hålls oförändrade."
            vote = s.scalars(select(Vote)).one()
            assert (vote.yes_proposal_sv, vote.no_proposal_sv) == ("Ja.", "Nej.")
            assert s.scalars(select(Dissent.text_sv)).one() == "För höga."
    finally:
        if not isinstance(other_backend, Database):
            target.dispose()

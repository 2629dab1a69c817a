"""Loading what a printout reads in a few queries, instead of one query per item, person and vote (N+1).

``load_meetings(session, ids, handled=..., members=..., item_ids=...)`` reads the meetings with what a
document prints (body and organisation, people, attendances, items with their parts) by ``selectinload``: a
fixed number of queries, whatever the number of items. The objects land in the session's identity map, so the documents'
plain attribute access (``item.preparer``, ``meeting.attendances``) then costs no query at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import QueryableAttribute, Session, selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from db.models import Attendance, Ballot, Body, Disqualification, Dissent, Item, Meeting, Membership, Motion, Vote


def _item_options(items: _AbstractLoad | None, *, handled: bool) -> list[_AbstractLoad]:
    """What a § prints: its people, attachments and (handled) its handling, votes, corrections, recipients."""

    def load(attribute: QueryableAttribute[Any]) -> _AbstractLoad:
        return selectinload(attribute) if items is None else items.selectinload(attribute)

    options = [load(Item.preparer), load(Item.presenter), load(Item.attachments)]
    if handled:
        motions = load(Item.motions)
        options += [
            load(Item.recipients),
            load(Item.corrections),
            load(Item.disqualifications).selectinload(Disqualification.person),
            motions.selectinload(Motion.proposer),
            motions.selectinload(Motion.seconder),
            load(Item.votes).selectinload(Vote.ballots).selectinload(Ballot.person),
            load(Item.dissents).selectinload(Dissent.person),
        ]
    return options


def _meeting_options(*, handled: bool, members: bool, item_parts: bool) -> list[_AbstractLoad]:
    """What a meeting document reads: the body, the people of the meeting and (``item_parts``) every item's parts."""
    body = selectinload(Meeting.body)
    options: list[_AbstractLoad] = [
        body.selectinload(Body.organisation),
        body.selectinload(Body.parent),
        selectinload(Meeting.chair),
        selectinload(Meeting.secretary),
        selectinload(Meeting.checker1),
        selectinload(Meeting.checker2),
    ]
    if members:
        memberships = body.selectinload(Body.memberships)
        options += [memberships.selectinload(Membership.person), memberships.selectinload(Membership.deputy_for)]
    items = selectinload(Meeting.items)
    options.append(items)
    if item_parts:
        options += _item_options(items, handled=handled)
    if handled:
        attendances = selectinload(Meeting.attendances)
        options += [attendances.selectinload(Attendance.person), attendances.selectinload(Attendance.deputy_for)]
    return options


def load_meetings(
    session: Session,
    meeting_ids: Sequence[int],
    *,
    handled: bool,
    members: bool = False,
    item_ids: Sequence[int] | None = None,
) -> list[Meeting]:
    """Read the meetings and what their documents print into the session (a handful of queries).

    ``handled``: the minutes' and excerpts' parts too (attendance, handling, votes, corrections, recipients);
    ``members``: the body's memberships (the agenda's list of members); ``item_ids``: only these items'
    parts (an excerpt), instead of every item's. Missing ids are simply not loaded.

    Keep the returned meetings referenced while printing: the session holds its objects weakly, and
    objects that nothing refers to may be collected, to be read again one query at a time.
    """
    ids = sorted(set(meeting_ids))
    if not ids:
        return []
    options = _meeting_options(handled=handled, members=members, item_parts=item_ids is None)
    meetings = list(session.scalars(select(Meeting).where(Meeting.id.in_(ids)).options(*options)))
    if item_ids:
        parts = _item_options(None, handled=handled)
        session.scalars(select(Item).where(Item.id.in_(sorted(set(item_ids)))).options(*parts)).all()
    return meetings

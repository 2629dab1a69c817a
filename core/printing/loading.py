"""Loading what a printout reads in a few queries, instead of one query per item, person and vote (N+1).

``load_meetings(session, ids, handled=..., members=..., item_ids=...)`` reads the meetings with what a
document prints (body and organisation, people, attendances, items with their parts): one plain
``SELECT … WHERE … IN (…)`` per kind of record, whatever the number of items. Each collection is put in
place with ``set_committed_value`` (in the relationship's own order), and the people and bodies land in the
session's identity map, so the documents' plain attribute access (``item.preparer``, ``vote.ballots``,
``meeting.attendances``) then costs no query at all.

Plain queries rather than nested ``selectinload`` options: SQLAlchemy computes the cache key of the whole
option tree for every sub-query, which cost more than the reading itself (about 80 ms a meeting).
A collection the session has already loaded (the desk's session, perhaps with unsaved changes) is left as it
is; so are objects the session already holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, exists, inspect, or_, select
from sqlalchemy.orm import QueryableAttribute, Session, defer
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.interfaces import ORMOption

from db.models import (
    Attachment,
    Attendance,
    AttendanceAbsence,
    Ballot,
    Body,
    Disqualification,
    Dissent,
    Item,
    Meeting,
    Membership,
    Motion,
    Organisation,
    Person,
    Vote,
)

_CHUNK = 500  # ids per IN (…): well under every backend's limit of bound parameters

# The people each kind of record names (many-to-one columns to Person).
_PERSON_COLUMNS: dict[type[Any], tuple[str, ...]] = {
    Meeting: ("chair_id", "secretary_id", "checker1_id", "checker2_id"),
    Item: ("preparer_id", "presenter_id"),
    Attendance: ("person_id", "deputy_for_id"),
    Membership: ("person_id", "deputy_for_id"),
    Disqualification: ("person_id",),
    Motion: ("proposer_id", "seconder_id"),
    Ballot: ("person_id",),
    Dissent: ("person_id",),
}


@dataclass
class Loaded:
    """Everything read, kept referenced while printing (the session holds its objects only weakly)."""

    meetings: list[Meeting]
    objects: list[Any] = field(default_factory=list)


def _chunks(ids: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _by_id(session: Session, model: type[Any], ids: Iterable[int | None], loaded: Loaded) -> None:
    """Read the records of these ids that the session does not hold yet."""
    wanted = sorted({i for i in ids if i is not None and session.identity_map.get(_identity(model, i)) is None})
    for chunk in _chunks(wanted):
        loaded.objects.extend(session.scalars(select(model).where(model.id.in_(chunk))))


def _identity(model: type[Any], key: int) -> Any:
    return inspect(model).identity_key_from_primary_key((key,))


def _empty(session: Session, parents: Sequence[Any], attributes: Sequence[QueryableAttribute[Any]]) -> set[str]:
    """The one-to-many ``attributes`` that no parent has any record in, asked in one plain query.

    Most §§ have no votes, motions, dissents or corrections: an ORM query for each empty collection costs
    far more than one ``EXISTS`` each in a single statement.
    """
    if not parents or len(parents) > _CHUNK:
        return set()
    probes = []
    for attribute in attributes:
        ((local, remote),) = attribute.property.local_remote_pairs
        keys = sorted({getattr(p, local.key) for p in parents})
        probes.append(exists().where(remote.in_(keys)).label(attribute.property.key))
    row = session.execute(select(*probes)).one()
    return {key for key, found in row._mapping.items() if not found}


def _collection(
    session: Session,
    parents: Sequence[Any],
    attribute: QueryableAttribute[Any],
    loaded: Loaded,
    *,
    empty: Set[str] = frozenset(),
    options: Sequence[ORMOption] = (),
) -> list[Any]:
    """Fill ``attribute`` (a one-to-many) of every parent in one query a chunk; returns all the children.

    ``empty``: attributes known (from ``_empty``) to have no records for these parents: no query.
    """
    prop = attribute.property
    key = prop.key
    child = prop.mapper.class_
    ((local, remote),) = prop.local_remote_pairs
    missing = [p for p in parents if key in inspect(p).unloaded]
    children: list[Any] = [c for p in parents if key not in inspect(p).unloaded for c in getattr(p, key)]
    if not missing:
        return children
    if key in empty:
        for parent in missing:
            set_committed_value(parent, key, [])
        return children
    order = [*(prop.order_by or ()), child.id]
    groups: dict[Any, list[Any]] = {}
    for chunk in _chunks(sorted({getattr(p, local.key) for p in missing})):
        statement = select(child).where(remote.in_(chunk)).order_by(*order).options(*options)
        for record in session.scalars(statement):
            groups.setdefault(getattr(record, remote.key), []).append(record)
    for parent in missing:
        found = groups.get(getattr(parent, local.key), [])
        set_committed_value(parent, key, found)
        children.extend(found)
    loaded.objects.extend(children)
    return children


def noted_attendances(item: Item) -> Select[tuple[Attendance]]:
    """The attendances the § notes: who arrived or came back before it and who left after it, for good or for a while
    (in the meeting's order)."""
    return (
        select(Attendance)
        .where(
            Attendance.meeting_id == item.meeting_id,
            or_(
                Attendance.arrived_at_section == item.section_number,
                Attendance.left_after_section == item.section_number,
                Attendance.absences.any(
                    or_(
                        AttendanceAbsence.left_after_section == item.section_number,
                        AttendanceAbsence.returned_at_section == item.section_number,
                    )
                ),
            ),
        )
        .order_by(Attendance.sort_order, Attendance.id)
    )


def load_meetings(
    session: Session,
    meeting_ids: Sequence[int],
    *,
    handled: bool,
    members: bool = False,
    item_ids: Sequence[int] | None = None,
) -> Loaded:
    """Read the meetings and what their documents print into the session (a handful of queries).

    ``handled``: the minutes' and excerpts' parts too (attendance, handling, votes, corrections; for an
    excerpt its recipients, and of the attendance only who arrived before its § or left after it);
    ``members``: the body's memberships (the agenda's list of members); ``item_ids``: only these items'
    parts (an excerpt), instead of every item's. Missing ids are simply not loaded.

    Keep the result referenced while printing: objects that nothing refers to may leave the session, to
    be read again one query at a time.
    """
    ids = sorted(set(meeting_ids))
    meetings: list[Meeting] = []
    for chunk in _chunks(ids):
        meetings.extend(session.scalars(select(Meeting).where(Meeting.id.in_(chunk))))
    loaded = Loaded(meetings)
    if not meetings:
        return loaded
    _by_id(session, Body, (m.body_id for m in meetings), loaded)
    bodies = [m.body for m in meetings]
    _by_id(session, Organisation, (b.organisation_id for b in bodies), loaded)
    _by_id(session, Body, (b.parent_id for b in bodies), loaded)
    named: list[Any] = list(meetings)
    if members:
        named += _collection(session, list({b.id: b for b in bodies}.values()), Body.memberships, loaded)
    if item_ids is None:
        items = _collection(session, meetings, Meeting.items, loaded)
    else:  # an excerpt: just its § (``request.selected_items`` does not need the meeting's other items)
        items = []
        for chunk in _chunks(sorted(set(item_ids))):
            items.extend(session.scalars(select(Item).where(Item.id.in_(chunk), Item.meeting_id.in_(ids))))
        loaded.objects.extend(items)
    named += items
    parts: list[QueryableAttribute[Any]] = [Item.attachments]
    if handled:
        parts += [Item.corrections, Item.disqualifications, Item.motions, Item.votes, Item.dissents]
        if item_ids is not None:  # only an excerpt lists its recipients
            parts.append(Item.recipients)
    empty = _empty(session, items, parts)
    # Only the titles print: an attachment's file (perhaps megabytes) stays in the database.
    _collection(session, items, Item.attachments, loaded, empty=empty, options=[defer(Attachment.content)])
    if handled:
        attendances: list[Any] = []
        if item_ids is None:
            attendances = _collection(session, meetings, Meeting.attendances, loaded)
        else:  # an excerpt names only who arrived before its § or left after it, not the whole attendance
            for item in items:
                noted = list(session.scalars(noted_attendances(item)))
                loaded.objects.extend(noted)
                attendances += noted
        named += attendances
        # Who left for a while and came back (revision 0012): one query, not one per person listed.
        _collection(session, attendances, Attendance.absences, loaded)
        _collection(session, items, Item.corrections, loaded, empty=empty)
        named += _collection(session, items, Item.disqualifications, loaded, empty=empty)
        named += _collection(session, items, Item.motions, loaded, empty=empty)
        votes = _collection(session, items, Item.votes, loaded, empty=empty)
        named += _collection(session, votes, Vote.ballots, loaded)
        named += _collection(session, items, Item.dissents, loaded, empty=empty)
        if item_ids is not None:
            _collection(session, items, Item.recipients, loaded, empty=empty)
    person_ids = {getattr(record, column) for record in named for column in _PERSON_COLUMNS[type(record)]}
    _by_id(session, Person, person_ids, loaded)
    # Their former names (a meeting before a marriage or a new post prints the name of its day): one query.
    people = [session.identity_map.get(_identity(Person, i)) for i in sorted(i for i in person_ids if i is not None)]
    _collection(session, [p for p in people if p is not None], Person.former_names, loaded)
    return loaded

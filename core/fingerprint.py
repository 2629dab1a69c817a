"""Content fingerprint of a meeting's minutes, stored when they are checked to detect later tampering.

The fingerprint covers everything that is part of the minutes (meeting data, every item with its
handling, attendance, disqualifications, motions, votes, dissents, attachments and recipients) and
leaves out what may legitimately change afterwards (state, publication date, sending dates, versions, and
the mark for publishing online: whether a § contains personal data).
It reads through SQL, so a change made directly in the database changes the fingerprint too.

Two versions: the first (64 hex digits, stored until 2026-11) also covered that mark; the second ("v2" and 62
hex digits of the SHA-256) does not, so that a § can be marked as containing personal data after the minutes
were checked (``core.minutes.set_publication_marks``, which checks the stored version and signs the second from
one read: ``resigned``). ``fingerprint_matches`` checks a stored fingerprint of either version.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.models import (
    Attachment,
    Attendance,
    Ballot,
    Base,
    Disqualification,
    Dissent,
    Item,
    Meeting,
    Motion,
    Recipient,
    Vote,
)

_EXCLUDED = frozenset(
    {
        "version",
        "created_at",
        "updated_at",
        "state",
        "published_date",
        "fingerprint",
        "notes",
        "agreement_id",
        "sent_date",
        "delivery_method",
        "received_date",
        "content",
        "template_key",
    }
)


# The columns each version covers, written out: a column added to these tables later (a new field of the §) does
# not change the fingerprint of minutes checked before; covering it takes a new version. The first version is
# every column of the tables in November 2026 but those in _EXCLUDED (tests/core/test_fingerprint.py checks
# that no column has appeared since without a decision).
COVERED_V1: dict[str, tuple[str, ...]] = {
    "meeting": ("id", "body_id", "year", "number", "date", "start_time", "end_time", "place", "chair_id",
                "secretary_id", "checker1_id", "checker2_id", "checked_date", "checked_place",
                "agenda_published_date"),
    "item": ("id", "meeting_id", "body_id", "year", "section_number", "position", "kind", "title", "title_sv",
             "public_title", "diary_number", "dnro_seq", "dnro_class", "dnro_year", "classification_code",
             "preparer_id", "presenter_id", "background", "proposal", "handling", "decision", "outcome",
             "decision_nature", "publicity", "secrecy_ground", "has_personal_data", "appeal_route_override",
             "appeal_route_reason"),
    "attachment": ("id", "item_id", "position", "title", "filename", "media_type", "sha256", "is_public"),
    "recipient": ("id", "item_id", "position", "name", "organisation_id", "address", "is_party"),
    "disqualification": ("id", "item_id", "person_id", "ground", "left_room"),
    "motion": ("id", "item_id", "position", "text", "proposer_id", "seconder_id", "withdrawn"),
    "dissent": ("id", "item_id", "person_id", "text"),
    "vote": ("id", "item_id", "round", "yes_proposal", "no_proposal", "result", "result_text"),
    "ballot": ("id", "vote_id", "person_id", "choice"),
    "attendance": ("id", "meeting_id", "person_id", "role", "role_text", "present", "deputy_for_id",
                   "arrived_at_section", "arrived_time", "left_after_section", "left_time", "sort_order"),
}  # fmt: skip
# The mark for publishing online that the second version leaves out. (The public title is not one: a secret §
# is printed by it in every public document, so it is part of the minutes.)
_PUBLISHING_MARKS = frozenset({"has_personal_data"})
COVERED_V2 = {table: tuple(c for c in columns if c not in _PUBLISHING_MARKS) for table, columns in COVERED_V1.items()}
VERSION_2 = "v2"


def stored_form(hex_digest: str) -> str:
    """The SHA-256 of the content (second version) as it is stored: "v2" and its first 62 hex digits."""
    return VERSION_2 + hex_digest[:62]


def _table_rows(session: Session, table: Table, where: Any, order: Any) -> list[dict[str, Any]]:
    columns = [table.c[name] for name in COVERED_V1[table.name]]
    result = session.execute(select(*columns).where(where).order_by(*order))
    return [dict(row._mapping) for row in result]


def _read_content(session: Session, meeting_id: int) -> dict[str, Any]:
    """The minutes' content as the first version covers it, read once (every version is made from this)."""
    session.flush()
    t = Base.metadata.tables
    meeting_rows = _table_rows(session, t[Meeting.__tablename__], t["meeting"].c.id == meeting_id, [t["meeting"].c.id])
    items = _table_rows(
        session,
        t[Item.__tablename__],
        t["item"].c.meeting_id == meeting_id,
        [t["item"].c.position, t["item"].c.id],
    )
    item_ids = [row["id"] for row in items]
    children: dict[str, list[dict[str, Any]]] = {}
    for model in (Attachment, Recipient, Disqualification, Motion, Dissent, Vote):
        table = t[model.__tablename__]
        children[model.__tablename__] = _table_rows(session, table, table.c.item_id.in_(item_ids), [table.c.id])
    vote_ids = [row["id"] for row in children["vote"]]
    ballot = t[Ballot.__tablename__]
    children["ballot"] = _table_rows(session, ballot, ballot.c.vote_id.in_(vote_ids), [ballot.c.id])
    attendance = t[Attendance.__tablename__]
    children["attendance"] = _table_rows(session, attendance, attendance.c.meeting_id == meeting_id, [attendance.c.id])
    return {"meeting": meeting_rows, "items": items, **children}


def _second_version(content: dict[str, Any]) -> dict[str, Any]:
    """The first version's content without the columns the second leaves out."""
    return {
        part: [{name: value for name, value in row.items() if name not in _PUBLISHING_MARKS} for row in rows]
        for part, rows in content.items()
    }


def meeting_content(session: Session, meeting_id: int, *, version: int = 2) -> dict[str, Any]:
    """The canonical content of a meeting's minutes as plain data (``version`` 1 with the publishing mark)."""
    content = _read_content(session, meeting_id)
    return content if version == 1 else _second_version(content)


def _hash(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _digest(session: Session, meeting_id: int, version: int) -> str:
    return _hash(meeting_content(session, meeting_id, version=version))


def meeting_fingerprint(session: Session, meeting_id: int) -> str:
    """The fingerprint stored now: "v2" and the first 62 hex digits of the SHA-256 of the canonical JSON of
    the meeting's minutes (64 characters, the column's length)."""
    return stored_form(_digest(session, meeting_id, 2))


def _current(session: Session, meeting_id: int) -> tuple[str, str]:
    """The minutes' fingerprint now in the first and in the second version, from one read of their content."""
    content = _read_content(session, meeting_id)
    return _hash(content), stored_form(_hash(_second_version(content)))


def fingerprint_matches(session: Session, meeting_id: int, stored: str) -> tuple[bool, str]:
    """Whether the minutes still match ``stored`` (of either version); and the fingerprint they have now, in
    ``stored``'s version."""
    first, second = _current(session, meeting_id)
    current = second if stored.startswith(VERSION_2) else first
    return current == stored, current


def resigned(session: Session, meeting_id: int, stored: str) -> str | None:
    """The second version's fingerprint of minutes that still match ``stored`` (of either version), made from
    the same single read of their content as the check; None when they no longer match.

    For changing the publishing mark on checked minutes (``core.minutes.set_publication_marks``): checking and
    signing from one read leaves no moment in which a change made meanwhile could be signed unseen.
    """
    first, second = _current(session, meeting_id)
    return second if stored in (first, second) else None

"""Content fingerprint of a meeting's minutes, stored when they are checked to detect later tampering.

The fingerprint covers everything that is part of the minutes (meeting data, every item with its
handling, attendance, disqualifications, motions, votes, dissents, attachments and recipients) and
leaves out what may legitimately change afterwards (state, publication date, sending dates, versions, and
the mark for publishing online: whether a § contains personal data).
It reads through SQL, so a change made directly in the database changes the fingerprint too.

Five versions: the first (64 hex digits, stored until 2026-11) also covered that mark; the second ("v2" and 62
hex digits of the SHA-256) does not, so that a § can be marked as containing personal data after the minutes
were checked (``core.minutes.set_publication_marks``, which checks the stored version and signs the current one
from one read: ``resigned``); the third ("v3") covers the Swedish texts of the § as well (revision 0007), the
fourth ("v4") those of its motions, votes and dissenting opinions too (revision 0010), the fifth ("v5") the
temporary absences of the attendance as well (revision 0012; the earlier versions have no such part at all).
``fingerprint_matches`` checks a stored fingerprint of any version: minutes keep verifying with theirs.
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
    AttendanceAbsence,
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
# The third version covers the second's columns and the Swedish texts of the § (revision 0007): the Swedish
# minutes of a bilingual organisation are as much the minutes as the Finnish ones.
SWEDISH_TEXTS = ("public_title_sv", "background_sv", "proposal_sv", "handling_sv", "decision_sv")
COVERED_V3 = {
    table: (*columns, *SWEDISH_TEXTS) if table == "item" else columns for table, columns in COVERED_V2.items()
}
# The fourth version covers the third's columns and the Swedish texts of what the meeting recorded (revision
# 0010): a motion's, a vote's proposals' and a dissenting opinion's.
MEETING_SWEDISH_TEXTS: dict[str, tuple[str, ...]] = {
    "motion": ("text_sv",),
    "vote": ("yes_proposal_sv", "no_proposal_sv"),
    "dissent": ("text_sv",),
}
COVERED_V4 = {table: (*columns, *MEETING_SWEDISH_TEXTS.get(table, ())) for table, columns in COVERED_V3.items()}
# The fifth version covers the fourth's tables and a new one (revision 0012): the whiles a present person was away
# from the meeting, which change who took part in which §. A version without a table has no such part in its content.
ABSENCE_COLUMNS = ("id", "attendance_id", "left_after_section", "left_time", "returned_at_section", "returned_time")
COVERED_V5 = {**COVERED_V4, "attendance_absence": ABSENCE_COLUMNS}
COVERED: dict[int, dict[str, tuple[str, ...]]] = {
    1: COVERED_V1, 2: COVERED_V2, 3: COVERED_V3, 4: COVERED_V4, 5: COVERED_V5
}  # fmt: skip
CURRENT_VERSION = 5
# Every column any version covers, in a stable order: what one read of the content takes.
_READ = {
    table: tuple(dict.fromkeys(c for version in COVERED.values() for c in version.get(table, ())))
    for table in COVERED_V5
}


def stored_form(hex_digest: str, version: int = CURRENT_VERSION) -> str:
    """A SHA-256 of the content as it is stored: the first version's 64 hex digits as they are, a later one's
    "v" and its number and its first 62 hex digits (64 characters, the column's length)."""
    return hex_digest if version == 1 else f"v{version}{hex_digest[:62]}"


def version_of(stored: str) -> int | None:
    """The version of a stored fingerprint (a hex digit is never "v"); None for a value no version stores (a
    damaged one: it matches nothing)."""
    if not stored.startswith("v"):
        return 1
    version = stored[1:2]
    return int(version) if version.isdigit() and int(version) in COVERED else None


def _table_rows(session: Session, table: Table, where: Any, order: Any) -> list[dict[str, Any]]:
    columns = [table.c[name] for name in _READ[table.name]]
    result = session.execute(select(*columns).where(where).order_by(*order))
    return [dict(row._mapping) for row in result]


# The content's parts and the tables their rows come from.
_PART_TABLES = {"meeting": "meeting", "items": "item"}


def _read_content(session: Session, meeting_id: int) -> dict[str, Any]:
    """The minutes' content with every column any version covers, read once (every version is made from this)."""
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
    attendance_ids = [row["id"] for row in children["attendance"]]
    absence = t[AttendanceAbsence.__tablename__]
    children["attendance_absence"] = _table_rows(
        session, absence, absence.c.attendance_id.in_(attendance_ids), [absence.c.id]
    )
    return {"meeting": meeting_rows, "items": items, **children}


def _version(content: dict[str, Any], version: int) -> dict[str, Any]:
    """The content as ``version`` covers it: each row with that version's columns only, and only the parts whose
    tables the version covers."""
    covered = COVERED[version]
    return {
        part: [{name: row[name] for name in covered[_PART_TABLES.get(part, part)]} for row in rows]
        for part, rows in content.items()
        if _PART_TABLES.get(part, part) in covered
    }


def meeting_content(session: Session, meeting_id: int, *, version: int = CURRENT_VERSION) -> dict[str, Any]:
    """The canonical content of a meeting's minutes as plain data, as ``version`` covers it."""
    return _version(_read_content(session, meeting_id), version)


def _hash(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def meeting_fingerprint(session: Session, meeting_id: int) -> str:
    """The fingerprint stored now: the current version's ``stored_form`` of the SHA-256 of the canonical JSON
    of the meeting's minutes."""
    return stored_form(_hash(meeting_content(session, meeting_id)))


def _current(session: Session, meeting_id: int) -> dict[int, str]:
    """The minutes' fingerprint now in every version (as stored), from one read of their content."""
    content = _read_content(session, meeting_id)
    return {version: stored_form(_hash(_version(content, version)), version) for version in COVERED}


def fingerprint_matches(session: Session, meeting_id: int, stored: str) -> tuple[bool, str]:
    """Whether the minutes still match ``stored`` (of any version); and the fingerprint they have now, in
    ``stored``'s version."""
    version = version_of(stored)
    current = _current(session, meeting_id)[version] if version is not None else ""
    return current == stored, current


def resigned(session: Session, meeting_id: int, stored: str) -> str | None:
    """The current version's fingerprint of minutes that still match ``stored`` (of any version), made from the
    same single read of their content as the check; None when they no longer match.

    For changing the publishing mark on checked minutes (``core.minutes.set_publication_marks``): checking and
    signing from one read leaves no moment in which a change made meanwhile could be signed unseen.
    """
    version = version_of(stored)
    if version is None:
        return None
    current = _current(session, meeting_id)
    return current[CURRENT_VERSION] if current[version] == stored else None

"""Content fingerprint of a meeting's minutes, stored when they are checked to detect later tampering.

The fingerprint covers everything that is part of the minutes (meeting data, every item with its
handling, attendance, disqualifications, motions, votes, dissents, attachments and recipients) and
leaves out what may legitimately change afterwards (state, publication date, sending dates, versions).
It reads through SQL, so a change made directly in the database changes the fingerprint too.
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


def _rows(session: Session, table: Table, where: Any, order: Any) -> list[dict[str, Any]]:
    columns = [c for c in table.columns if c.name not in _EXCLUDED]
    result = session.execute(select(*columns).where(where).order_by(*order))
    return [dict(row._mapping) for row in result]


def meeting_content(session: Session, meeting_id: int) -> dict[str, Any]:
    """The canonical content of a meeting's minutes as plain data."""
    session.flush()
    t = Base.metadata.tables
    meeting_rows = _rows(
        session, t[Meeting.__tablename__], t["meeting"].c.id == meeting_id, [t["meeting"].c.id]
    )
    items = _rows(
        session,
        t[Item.__tablename__],
        t["item"].c.meeting_id == meeting_id,
        [t["item"].c.position, t["item"].c.id],
    )
    item_ids = [row["id"] for row in items]
    children: dict[str, list[dict[str, Any]]] = {}
    for model in (Attachment, Recipient, Disqualification, Motion, Dissent, Vote):
        table = t[model.__tablename__]
        children[model.__tablename__] = _rows(session, table, table.c.item_id.in_(item_ids), [table.c.id])
    vote_ids = [row["id"] for row in children["vote"]]
    ballot = t[Ballot.__tablename__]
    children["ballot"] = _rows(session, ballot, ballot.c.vote_id.in_(vote_ids), [ballot.c.id])
    attendance = t[Attendance.__tablename__]
    children["attendance"] = _rows(
        session, attendance, attendance.c.meeting_id == meeting_id, [attendance.c.id]
    )
    return {"meeting": meeting_rows, "items": items, **children}


def meeting_fingerprint(session: Session, meeting_id: int) -> str:
    """SHA-256 of the canonical JSON of the meeting's minutes."""
    content = meeting_content(session, meeting_id)
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

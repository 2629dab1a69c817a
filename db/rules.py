"""Rules the storage layer keeps whatever the caller: locked checked minutes, parsed diary numbers, audit log.

They are session events on ``SihteeriSession``, so the GUI, the command line and the tests all go through
them. Version counters (optimistic locking) are declared on the models themselves.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history

from db import search_terms
from db.diary_number import diary_number_problem, parse_diary_number
from db.errors import ConflictError, LockedError, ValidationError, msg
from db.models import (
    Agreement,
    AgreementParty,
    Attachment,
    Attendance,
    AttendanceAbsence,
    AuditEntry,
    Ballot,
    Body,
    Correction,
    Disqualification,
    Dissent,
    Item,
    Meeting,
    Motion,
    Organisation,
    Person,
    Recipient,
    Template,
    Versioned,
    Vote,
)

log = logging.getLogger(__name__)

# Fields that may still change after the minutes are checked: they are not part of the minutes' content.
_ALLOWED_AFTER_LOCK: dict[type[Any], frozenset[str]] = {
    Meeting: frozenset({"state", "published_date", "fingerprint", "notes", "version", "updated_at"}),
    # has_personal_data: the mark for publishing online (core.minutes.set_publication_marks)
    Item: frozenset({"agreement_id", "has_personal_data", "version", "updated_at"}),
    Recipient: frozenset({"sent_date", "delivery_method", "received_date", "version", "updated_at"}),
}

_AUDITED: tuple[type[Any], ...] = (
    Organisation,
    Body,
    Person,
    Meeting,
    Item,
    Agreement,
    AgreementParty,
    Template,
    Correction,
    Attendance,
    AttendanceAbsence,
    Disqualification,
    Vote,
)


# Records that are part of an item's minutes (besides the item itself).
_ITEM_CHILDREN: tuple[type[Any], ...] = (Attachment, Recipient, Disqualification, Motion, Vote, Dissent)


class SihteeriSession(Session):
    """The session class of Sihteeri; ``info["user"]`` names who is making the changes (for the audit log)."""


def current_user(session: Session) -> str:
    user = session.info.get("user")
    if isinstance(user, str) and user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors where no login name is set
        return "tuntematon"


def _committed_meeting_locked(meeting: Meeting) -> bool:
    """Whether the meeting was locked before this flush (locking and editing in one flush is allowed)."""
    state_hist = get_history(meeting, "state")
    if state_hist.deleted:
        before = state_hist.deleted[0]
        return before is not None and before.is_locked
    return meeting.state is not None and meeting.state.is_locked


_HELD = "_meetings_held"


def _locked_on_server(session: Session, meeting: Meeting) -> bool:
    """Whether the meeting's minutes are checked as committed now; on PostgreSQL its row is then held (shared) until
    this transaction ends.

    Another user may check the minutes between this transaction's reading of the meeting and its writing of a §.
    The shared hold makes the checking (``core.minutes.mark_checked`` takes the row for update first) wait for this
    save, which it then checks and fingerprints, or makes this save wait for the checking and then see the minutes
    checked. SQLite needs none: it lets one writer at a time, and refuses a write after another's commit to a
    transaction that read before it. Asked once per meeting and transaction.
    """
    if meeting.id is None or session.get_bind().dialect.name == "sqlite":
        return False
    transaction = session.get_transaction()
    held: tuple[Any, dict[int, bool]] | None = session.info.get(_HELD)
    if held is None or held[0] is not transaction:
        held = (transaction, {})
        session.info[_HELD] = held
    known = held[1]
    if meeting.id not in known:
        state = session.execute(
            select(Meeting.state).where(Meeting.id == meeting.id).with_for_update(read=True)
        ).scalar_one_or_none()
        known[meeting.id] = state is not None and state.is_locked
    return known[meeting.id]


def _parent(session: Session, obj: Any, relation: str, model: type[Any]) -> Any:
    """The related parent, also for a new object that so far has only the foreign key set."""
    parent = getattr(obj, relation)
    if parent is None:
        key = getattr(obj, f"{relation}_id")
        parent = session.get(model, key) if key is not None else None
    return parent


def _meeting_of(session: Session, obj: Any) -> Meeting | None:
    if isinstance(obj, Meeting):
        return obj
    if isinstance(obj, Attendance | Item):
        meeting: Meeting | None = _parent(session, obj, "meeting", Meeting)
        return meeting
    if isinstance(obj, AttendanceAbsence):
        attendance = _parent(session, obj, "attendance", Attendance)
        return _meeting_of(session, attendance) if attendance is not None else None
    if isinstance(obj, Ballot):
        vote = _parent(session, obj, "vote", Vote)
        return _meeting_of(session, vote) if vote is not None else None
    if isinstance(obj, _ITEM_CHILDREN):
        item = _parent(session, obj, "item", Item)
        return _meeting_of(session, item) if item is not None else None
    return None


def _changed_fields(obj: Any) -> set[str]:
    state = inspect(obj)
    changed: set[str] = set()
    for attr in state.mapper.column_attrs:
        if state.attrs[attr.key].history.has_changes():
            changed.add(attr.key)
    return changed


def _locked_message(meeting: Meeting) -> str:
    return (
        msg(
            "Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sen asioita voi enää muuttaa. Tee "
            "tarvittaessa oikaisu (korjausmerkintä), joka näkyy pöytäkirjassa.",
            number=meeting.number, year=meeting.year
        )
    )


def _check_lock(session: Session, obj: Any, *, deleting: bool) -> None:
    if isinstance(obj, Correction):
        if deleting or inspect(obj).persistent:
            raise LockedError(msg("Oikaisumerkintää ei voi muuttaa eikä poistaa; tee uusi oikaisu."))
        return
    meetings: list[Meeting] = []
    meeting = _meeting_of(session, obj)
    if meeting is not None:
        meetings.append(meeting)
    if isinstance(obj, Item):
        # An item moved out of a locked meeting changes that meeting's minutes too.
        for old_id in get_history(obj, "meeting_id").deleted:
            if old_id is not None:
                old = session.get(Meeting, old_id)
                if old is not None:
                    meetings.append(old)
    for m in meetings:
        # A meeting written in this flush needs no shared hold: its UPDATE waits for a checking under way, and then
        # fails on the version the checking raised (a conflict), instead of two holds waiting for each other.
        written = obj is m or (m in session.dirty and session.is_modified(m, include_collections=False))
        if not _committed_meeting_locked(m) and (written or not _locked_on_server(session, m)):
            continue
        if deleting or inspect(obj).pending:
            raise LockedError(_locked_message(m))
        allowed = _ALLOWED_AFTER_LOCK.get(type(obj), frozenset({"version", "updated_at"}))
        changed = _changed_fields(obj)
        if isinstance(obj, Meeting):
            new_state = obj.state
            if new_state is not None and not new_state.is_locked:
                raise LockedError(
                    msg(
                        "Kokouksen {number}/{year} pöytäkirja on jo tarkastettu; tarkastusta ei voi perua.",
                        number=m.number,
                        year=m.year,
                    )
                )
        first_version = bool(m.fingerprint) and not (m.fingerprint or "").startswith("v")
        if isinstance(obj, Item) and "has_personal_data" in changed and first_version:
            # Only on minutes signed in the fingerprint's second version or later, which leave the mark out (set through
            # core.minutes.set_publication_marks, which signs them so first); the first version covers it.
            changed = changed | {"fingerprint (first version)"}
        forbidden = changed - allowed
        if forbidden:
            raise LockedError(_locked_message(m), detail=f"{type(obj).__name__}: {sorted(forbidden)}")


def _normalise_item(item: Item) -> None:
    problem = diary_number_problem(item.diary_number or "")
    if problem:
        raise ValidationError(problem)
    item.diary_number = (item.diary_number or "").strip()
    parsed = parse_diary_number(item.diary_number)
    item.dnro_seq = parsed.sequence if parsed else None
    item.dnro_class = parsed.classification if parsed else None
    item.dnro_year = parsed.year if parsed else None
    if item.meeting is not None and item.meeting.date is not None:
        item.year = item.meeting.date.year
        item.body_id = item.meeting.body_id


@event.listens_for(SihteeriSession, "before_flush")
def _before_flush(session: Session, flush_context: UOWTransaction, instances: Iterable[Any] | None) -> None:
    with session.no_autoflush:
        for obj in list(session.new):
            if isinstance(obj, Item):
                _normalise_item(obj)
            _check_lock(session, obj, deleting=False)
        for obj in list(session.dirty):
            if not session.is_modified(obj, include_collections=False):
                continue
            if isinstance(obj, Item) and {"diary_number", "meeting_id", "meeting"} & _changed_fields(obj):
                _normalise_item(obj)
            _check_lock(session, obj, deleting=False)
        for obj in list(session.deleted):
            _check_lock(session, obj, deleting=True)


# Small facts whose old and new value the audit log keeps, not only that they changed: the personal-data mark
# changes after the minutes were checked, outside their fingerprint (core.minutes.set_publication_marks).
_VALUES_LOGGED = frozenset({"has_personal_data"})


def _first(values: Any) -> Any:
    return values[0] if values else None


def _audit_rows(session: Session) -> list[tuple[Any, dict[str, Any]]]:
    user = current_user(session)
    rows: list[tuple[Any, dict[str, Any]]] = []
    for action, objs in (("lisays", session.new), ("muutos", session.dirty), ("poisto", session.deleted)):
        for obj in objs:
            if not isinstance(obj, _AUDITED):
                continue
            if action == "muutos" and not session.is_modified(obj, include_collections=False):
                continue
            details: dict[str, Any] = {}
            if action == "muutos":
                details["fields"] = sorted(_changed_fields(obj) - {"version", "updated_at"})
                values = {
                    name: [_first(get_history(obj, name).deleted), _first(get_history(obj, name).added)]
                    for name in details["fields"]
                    if name in _VALUES_LOGGED
                }
                if values:
                    details["values"] = values
            label = getattr(obj, "title", None) or getattr(obj, "name", None)
            if isinstance(label, str):
                details["label"] = label[:200]
            row = {"username": user, "action": action, "entity": type(obj).__tablename__, "details": details}
            rows.append((obj, row))
    return rows


@event.listens_for(SihteeriSession, "before_flush")
def _collect_audit(session: Session, flush_context: UOWTransaction, instances: Iterable[Any] | None) -> None:
    # Changed fields are only known before the flush; ids of new rows only after it.
    session.info["_pending_audit"] = _audit_rows(session)


@event.listens_for(SihteeriSession, "after_flush")
def _write_audit(session: Session, flush_context: UOWTransaction) -> None:
    pending: list[tuple[Any, dict[str, Any]]] = session.info.pop("_pending_audit", [])
    if not pending:
        return
    rows = []
    for obj, row in pending:
        key = inspect(obj).mapper.primary_key_from_instance(obj)
        rows.append({**row, "entity_id": key[0] if key else None})
    session.connection().execute(insert(AuditEntry), rows)


@event.listens_for(SihteeriSession, "after_flush")
def _note_changed_texts(session: Session, flush_context: UOWTransaction) -> None:
    if any(isinstance(obj, Item) for obj in (*session.new, *session.dirty)):
        session.info["_search_words_pending"] = True


@event.listens_for(SihteeriSession, "before_commit")
def _list_search_words(session: Session) -> None:
    """List the words of the items this transaction wrote (``db.search_terms``), in the same transaction."""
    session.flush()  # the commit's own flush comes after this hook
    if not session.info.pop("_search_words_pending", False):
        return
    conn = session.connection()
    if search_terms.has_search_terms(conn):
        search_terms.refresh_search_terms(conn)


def expect_version(obj: Versioned, seen: int) -> None:
    """Refuse to save over a record changed by someone else since this user loaded version ``seen``."""
    if obj.version != seen:
        raise ConflictError(
            msg(
                "Joku muu on tallentanut saman tiedon sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu. "
                "Lataa tieto uudelleen ja tee muutoksesi sen päälle."
            ),
            detail=f"{type(obj).__name__}: version {obj.version}, seen {seen}",
        )


__all__ = ["SihteeriSession", "current_user", "expect_version"]

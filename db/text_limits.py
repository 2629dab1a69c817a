"""On PostgreSQL, a text longer than its column holds is refused in Finnish, quoting its start, before the server
refuses it with an error that names no field (which the window showed as a crash report).

The check runs before each flush of a ``SihteeriSession`` (``db.engine`` imports this module) and looks only at
what the flush writes: new rows, and the changed texts of changed rows. SQLite stores any length, and existing
SQLite databases (and imports into them) may hold longer texts, so there the check is not made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from db.errors import ValidationError, msg
from db.rules import SihteeriSession

_SHOWN = 40  # characters of the text the message quotes, so the user knows which field it is


def overlong_text(obj: Any, *, new: bool) -> ValidationError | None:
    """The refusal of the first text of ``obj`` longer than its column (only changed ones unless ``new``)."""
    state = inspect(obj)
    for attribute in state.mapper.column_attrs:
        length = getattr(attribute.columns[0].type, "length", None)
        value = state.dict.get(attribute.key)  # only what is loaded: never a query in the middle of a flush
        if not length or not isinstance(value, str) or len(value) <= length:
            continue
        if not new and not state.attrs[attribute.key].history.has_changes():
            continue
        start = " ".join(value.split())[:_SHOWN]
        return ValidationError(
            msg(
                "Teksti ”{start}…” on liian pitkä: {count} merkkiä, enintään {limit}. Lyhennä sitä; mitään ei "
                "tallennettu.",
                start=start,
                count=len(value),
                limit=length,
            ),
            detail=f"{type(obj).__name__}.{attribute.key}",
        )
    return None


@event.listens_for(SihteeriSession, "before_flush")
def _refuse_overlong_texts(session: Session, flush_context: UOWTransaction, instances: Iterable[Any] | None) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    new = session.new
    for obj in (*new, *session.dirty):
        problem = overlong_text(obj, new=obj in new)
        if problem is not None:
            raise problem

"""Canonical content of a Sihteeri database: every row of every table as plain JSON, on any backend.

This is what "identical content" means for backups, restores and archives: two databases are identical
when ``canonical_content`` gives equal JSON for both — every column of every row of every model table,
rows ordered by primary key, values in one spelling (dates ISO 8601, decimals as text, binary as SHA-256).
The Alembic bookkeeping table is not content. ``content_fingerprint`` is the SHA-256 of that JSON.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, select

from db.models import Base


def tables() -> list[Table]:
    """The model tables in an order where every table comes after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def encode_value(value: Any, *, binary: str = "sha256") -> Any:
    """One column value in its canonical JSON spelling (``binary``: "sha256" or "base64")."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        if binary == "base64":
            return base64.b64encode(raw).decode("ascii")
        return "sha256:" + hashlib.sha256(raw).hexdigest()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict | list):
        return json.loads(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
    return str(value)


def table_rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Rows of one table as dicts of raw (typed) values, in primary-key order."""
    order = list(table.primary_key.columns) or list(table.columns)
    for row in conn.execute(select(table).order_by(*order)):
        yield dict(row._mapping)


def canonical_content(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every model table, canonically encoded (see the module docstring)."""
    return {
        table.name: [{k: encode_value(v) for k, v in row.items()} for row in table_rows(conn, table)]
        for table in tables()
    }


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_fingerprint(conn: Connection) -> str:
    """SHA-256 of the canonical JSON of the whole database."""
    return hashlib.sha256(canonical_json(canonical_content(conn)).encode("utf-8")).hexdigest()


def row_counts(conn: Connection) -> dict[str, int]:
    """Number of rows per model table."""
    from sqlalchemy import func

    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables()}

"""The portable archive: a whole database, or chosen bodies and years, as one zip of JSON (docs/arkisto.md).

``export_archive`` writes ``manifest.json`` (format, version, schema revision, scope, SHA-256 and size of
every other file), ``tables/<table>.json`` (every row as a JSON object, values as in ``db.content``) and
``attachments/<id>/<file name>`` (attachment contents). ``import_archive`` reads it into an empty Sihteeri
database on SQLite or PostgreSQL: everything is validated first (names, checksums, columns, types, enum
values, references) and the rows are written in one transaction, so an error writes nothing. Nothing is
ever extracted to disk, and a member whose name could escape a folder (``../``, an absolute path, a drive,
a symlink) makes the whole archive refused.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Time,
    func,
    select,
    text,
)
from sqlalchemy.engine import URL

from db.content import encode_value, table_rows, tables
from db.engine import Database, current_revision, head_revision, open_database, resolve_url, sqlite_path
from db.errors import DiskFull, KnownError, NotFound, ValidationError, msg

FORMAT = "sihteeri-arkisto"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024

ProgressFn = Callable[[int, int, str], None]

# Tables always exported whole (reference data that the chosen records point at).
_WHOLE = frozenset(
    {
        "organisation",
        "population_figure",
        "person",
        "person_former_name",
        "classification_code",
        "template",
        "template_revision",
        "setting",
        "agreement",
        "cost_item",
        "body",
    }
)
# For a partial export: table -> (column, table whose chosen ids it must be among).
_FOLLOWS: dict[str, tuple[str, str]] = {
    "membership": ("body_id", "body:chosen"),
    "item": ("meeting_id", "meeting"),
    "attendance": ("meeting_id", "meeting"),
    "attendance_absence": ("attendance_id", "attendance"),
    "attachment": ("item_id", "item"),
    "recipient": ("item_id", "item"),
    "disqualification": ("item_id", "item"),
    "motion": ("item_id", "item"),
    "vote": ("item_id", "item"),
    "dissent": ("item_id", "item"),
    "correction": ("item_id", "item"),
    "item_draft": ("item_id", "item"),
    "ballot": ("vote_id", "vote"),
}


class ArchiveRefused(ValidationError):
    """The archive is damaged, crafted or from an incompatible Sihteeri; nothing was written."""

    title = "Arkistoa ei voi tuoda"


@dataclass
class ArchiveSummary:
    """What an export or import covered.

    Attributes:
        path: the archive file; row_counts: rows per table; attachments: attachment files;
        scope: the chosen bodies and years (None: all); detached: references left empty because they
        pointed outside a partial export.
    """

    path: Path
    row_counts: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    scope: dict[str, Any] = field(default_factory=dict)
    detached: dict[str, int] = field(default_factory=dict)


# --- export -------------------------------------------------------------------------------------------------


def _safe_filename(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", PurePosixPath(name.replace("\\", "/")).name).strip(" .")
    return cleaned[:100] or "liite"


def _choose_rows(
    conn: Connection, bodies: list[str] | None, years: list[int] | None
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """Rows to export per table (raw values), and the count of references left empty."""
    all_rows = {t.name: list(table_rows(conn, t)) for t in tables()}
    if bodies is None and years is None:
        return all_rows, {}
    chosen: dict[str, set[Any]] = {}
    body_rows = all_rows["body"]
    if bodies is not None:
        wanted = {b.casefold() for b in bodies}
        chosen_bodies = {r["id"] for r in body_rows if str(r["name"]).casefold() in wanted}
        found = {str(r["name"]).casefold() for r in body_rows if r["id"] in chosen_bodies}
        missing = sorted(b for b in bodies if b.casefold() not in found)
        if missing:
            names = ", ".join(sorted({str(r["name"]) for r in body_rows}))
            raise NotFound(
                msg(
                    "Toimielintä {missing} ei ole tietokannassa. Toimielimet: {names}.",
                    missing=", ".join(missing),
                    names=names,
                )
            )
    else:
        chosen_bodies = {r["id"] for r in body_rows}
    chosen["body:chosen"] = chosen_bodies
    out: dict[str, list[dict[str, Any]]] = {}
    meetings = [
        r for r in all_rows["meeting"] if r["body_id"] in chosen_bodies and (years is None or r["year"] in years)
    ]
    out["meeting"] = meetings
    chosen["meeting"] = {r["id"] for r in meetings}
    for table in tables():
        name = table.name
        if name in _WHOLE:
            out[name] = all_rows[name]
        elif name in _FOLLOWS:
            column, parent = _FOLLOWS[name]
            out[name] = [r for r in all_rows[name] if r[column] in chosen[parent]]
        elif name != "meeting":
            out[name] = []  # e.g. the audit log: its entries describe the whole database
        chosen[name] = {r.get("id") for r in out[name]}
    detached = 0
    parties = []
    for party in all_rows["agreement_party"]:
        if party["item_id"] is not None and party["item_id"] not in chosen["item"]:
            party = {**party, "item_id": None}  # noqa: PLW2901 - a detached copy, the source row stays
            detached += 1
        parties.append(party)
    out["agreement_party"] = parties
    return out, ({"agreement_party.item_id": detached} if detached else {})


def export_archive(
    source: Database,
    target: Path,
    *,
    bodies: list[str] | None = None,
    years: list[int] | None = None,
    progress: ProgressFn | None = None,
) -> ArchiveSummary:
    """Write the database (or the chosen bodies' meetings in the chosen years) to a portable archive."""
    with source.engine.connect() as conn:
        revision = current_revision(source.engine)
        rows, detached = _choose_rows(conn, bodies, years)
    summary = ArchiveSummary(target, scope={"bodies": bodies, "years": years}, detached=detached)
    files: dict[str, dict[str, Any]] = {}
    table_index: dict[str, dict[str, Any]] = {}
    temp = target.with_name(f".{target.name}.kesken-{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:

            def add(name: str, data: bytes) -> None:
                zf.writestr(name, data)
                files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

            all_tables = tables()
            for index, table in enumerate(all_tables):
                if progress is not None:
                    progress(index, len(all_tables), msg("Viedään taulua {table}…", table=table.name))
                encoded = []
                for row in rows[table.name]:
                    out_row: dict[str, Any] = {}
                    for column in table.columns:
                        value = row[column.name]
                        if isinstance(column.type, LargeBinary) and value is not None:
                            member = _blob_name(table, row, column.name)
                            add(member, bytes(value))
                            summary.attachments += 1
                            out_row[column.name] = member
                        else:
                            out_row[column.name] = encode_value(value)
                    encoded.append(out_row)
                member = f"tables/{table.name}.json"
                payload = {"table": table.name, "columns": [c.name for c in table.columns], "rows": encoded}
                add(member, json.dumps(payload, ensure_ascii=False, indent=0).encode("utf-8"))
                table_index[table.name] = {"file": member, "rows": len(encoded)}
                summary.row_counts[table.name] = len(encoded)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": dt.datetime.now().isoformat(timespec="seconds"),
                "application": "Sihteeri",
                "schema_revision": revision,
                "source_backend": source.backend,
                "scope": summary.scope,
                "detached": detached,
                "tables": table_index,
                "files": files,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(temp, target)
    except OSError as exc:
        if exc.errno == 28:
            raise DiskFull(
                msg("Levy täyttyi, eikä arkistoa {target} voitu kirjoittaa.", target=target), detail=str(exc)
            ) from exc
        raise KnownError(
            msg("Arkistoa {target} ei voitu kirjoittaa: {value}.", target=target, value=exc.strerror or exc),
            detail=str(exc),
        ) from exc
    finally:
        if temp.exists():
            temp.unlink()
    return summary


def _blob_name(table: Table, row: dict[str, Any], column: str) -> str:
    if table.name == "attachment":
        return f"attachments/{row['id']}/{_safe_filename(str(row.get('filename') or 'liite'))}"
    key = "-".join(str(row[c.name]) for c in table.primary_key.columns)
    return f"blobs/{table.name}/{_safe_filename(key)}-{column}"


# --- reading and validating ---------------------------------------------------------------------------------


def check_member_name(name: str) -> None:
    """Refuse a zip member name that could point outside a folder it were extracted into."""
    problem = ""
    if not name or "\x00" in name:
        problem = msg("tyhjä tai virheellinen nimi")
    elif "\\" in name:
        problem = msg("kenoviiva nimessä")
    elif name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        problem = "absoluuttinen polku"
    elif any(part in ("..", ".") for part in name.rstrip("/").split("/")) or "//" in name:
        problem = "polku viittaa arkiston ulkopuolelle"
    if problem:
        raise ArchiveRefused(
            msg(
                "Arkistossa on tiedosto, jonka nimi ”{name}” ei ole sallittu ({problem}). "
                "Arkistoa ei tuotu, eikä mitään kirjoitettu.",
                name=name,
                problem=problem,
            )
        )


def safe_target(root: Path, name: str) -> Path:
    """Where member ``name`` would go under ``root``; raises unless it stays inside ``root``."""
    check_member_name(name)
    resolved_root = root.resolve()
    target = (resolved_root / name).resolve()
    if resolved_root != target and resolved_root not in target.parents:
        raise ArchiveRefused(msg("Arkiston tiedosto ”{name}” osoittaa kohdekansion ulkopuolelle.", name=name))
    return target


@dataclass
class _Archive:
    manifest: dict[str, Any]
    members: dict[str, bytes]


def read_archive(path: Path) -> _Archive:
    """Open and check an archive: names, symlinks, sizes, manifest, checksums. Nothing is written anywhere."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise NotFound(msg("Arkistoa {path} ei löydy.", path=path)) from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise ArchiveRefused(
            msg("Tiedosto {path} ei ole Sihteerin arkisto (se ei ole ehjä zip-tiedosto).", path=path), detail=str(exc)
        ) from exc
    with zf:
        infos = zf.infolist()
        seen: set[str] = set()
        total = 0
        for info in infos:
            check_member_name(info.filename)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ArchiveRefused(
                    msg("Arkistossa on symbolinen linkki ”{filename}”; arkistoa ei tuotu.", filename=info.filename)
                )
            if info.filename in seen:
                raise ArchiveRefused(
                    msg(
                        "Arkistossa on kaksi tiedostoa nimellä ”{filename}”; arkistoa ei tuotu.", filename=info.filename
                    )
                )
            seen.add(info.filename)
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise ArchiveRefused(msg("Arkisto on liian suuri purettavaksi; arkistoa ei tuotu."))
        if MANIFEST not in seen:
            raise ArchiveRefused(
                msg("Tiedostosta {path} puuttuu manifest.json; se ei ole Sihteerin arkisto.", path=path.name)
            )
        try:
            manifest = json.loads(_read_member(zf, MANIFEST))
        except ValueError as exc:
            raise ArchiveRefused(msg("Arkiston manifest.json on vioittunut."), detail=str(exc)) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ArchiveRefused(msg("Tiedosto {path} ei ole Sihteerin arkisto.", path=path.name))
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ArchiveRefused(
                msg(
                    "Arkisto on tehty uudemmalla Sihteerillä (muotoversio {version}); päivitä Sihteeri.",
                    version=version,
                )
            )
        listed = manifest.get("files")
        if not isinstance(listed, dict):
            raise ArchiveRefused(msg("Arkiston manifest.json ei luettele tiedostoja."))
        dirs = {name for name in seen if name.endswith("/")}
        unlisted = seen - set(listed) - {MANIFEST} - dirs
        if unlisted:
            raise ArchiveRefused(
                msg(
                    "Arkistossa on tiedostoja, joita manifest.json ei luettele: {unlisted}.",
                    unlisted=sorted(unlisted)[0],
                )
            )
        members: dict[str, bytes] = {}
        for name, meta in listed.items():
            check_member_name(str(name))
            if name not in seen:
                raise ArchiveRefused(msg("Arkistosta puuttuu tiedosto {name}.", name=name))
            data = _read_member(zf, name)
            if (
                not isinstance(meta, dict)
                or meta.get("size") != len(data)
                or meta.get("sha256") != hashlib.sha256(data).hexdigest()
            ):
                raise ArchiveRefused(
                    msg(
                        "Arkiston tiedoston {name} tarkiste ei täsmää: arkisto on vioittunut tai "
                        "sitä on muutettu. Mitään ei tuotu.",
                        name=name,
                    )
                )
            members[name] = data
    return _Archive(manifest, members)


def _read_member(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        with zf.open(name) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError, zlib.error) as exc:
        raise ArchiveRefused(
            msg("Arkiston tiedostoa {name} ei voi lukea: arkisto on vioittunut.", name=name), detail=str(exc)
        ) from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise ArchiveRefused(msg("Arkisto on liian suuri purettavaksi; arkistoa ei tuotu."))
    return data


def _row_place(table: str, number: int) -> str:
    """Where in the archive a row is, for a message (made only when there is something to tell)."""
    return msg("Taulu {table}, rivi {number}", table=table, number=number)


def _decode(table: Table, column_name: str, value: Any, archive: _Archive, place: tuple[str, int]) -> Any:
    column = table.columns[column_name]
    kind = column.type
    if value is None:
        if not column.nullable and not (column.primary_key and column.autoincrement is True):
            raise ArchiveRefused(
                msg(
                    "{where}: sarake {column_name} ei saa olla tyhjä.",
                    where=_row_place(*place),
                    column_name=column_name,
                )
            )
        return None
    try:
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise TypeError
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
            return value
        if isinstance(kind, Enum):
            if value not in kind.enums:
                raise TypeError
            return value
        if isinstance(kind, String):
            if not isinstance(value, str) or (kind.length is not None and len(value) > kind.length):
                raise TypeError
            return value
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return dt.date.fromisoformat(value)
        if isinstance(kind, Time):
            return dt.time.fromisoformat(value)
        if isinstance(kind, Numeric):
            if not isinstance(value, str):
                raise TypeError
            return Decimal(value)
        if isinstance(kind, LargeBinary):
            if not isinstance(value, str):
                raise TypeError
            if value.startswith("base64:"):
                return base64.b64decode(value[7:], validate=True)
            if value not in archive.members:
                raise ArchiveRefused(
                    msg("{where}: arkistosta puuttuu liitetiedosto {value}.", where=_row_place(*place), value=value)
                )
            return archive.members[value]
        if isinstance(kind, JSON):
            return value
    except (TypeError, ValueError, InvalidOperation) as exc:
        raise ArchiveRefused(
            msg(
                "{where}: sarakkeen {column_name} arvo {value!r} ei kelpaa.",
                where=_row_place(*place),
                column_name=column_name,
                value=str(value)[:60],
            )
        ) from exc
    return value


def _validated_rows(archive: _Archive) -> dict[str, list[dict[str, Any]]]:
    """Every row decoded and checked (columns, types, references); raise ``ArchiveRefused`` on the first problem."""
    manifest = archive.manifest
    revision = manifest.get("schema_revision")
    if revision != head_revision():
        raise ArchiveRefused(
            msg(
                "Arkisto on eri Sihteerin versiosta (rakenneversio {revision}, tämä Sihteeri "
                "{head_revision}). Tuo se samalla Sihteerin versiolla, jolla se tehtiin.",
                revision=revision,
                head_revision=head_revision(),
            )
        )
    index = manifest.get("tables")
    if not isinstance(index, dict):
        raise ArchiveRefused(msg("Arkiston manifest.json ei luettele tauluja."))
    known = {t.name: t for t in tables()}
    unknown = set(index) - set(known)
    if unknown:
        raise ArchiveRefused(msg("Arkistossa on tuntematon taulu {unknown}.", unknown=sorted(unknown)[0]))
    decoded: dict[str, list[dict[str, Any]]] = {}
    for name, table in known.items():
        entry = index.get(name)
        if entry is None:
            decoded[name] = []
            continue
        member = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(member, str) or member not in archive.members:
            raise ArchiveRefused(msg("Arkistosta puuttuu taulun {name} tiedosto.", name=name))
        try:
            payload = json.loads(archive.members[member])
        except ValueError as exc:
            raise ArchiveRefused(msg("Arkiston tiedosto {member} on vioittunut.", member=member)) from exc
        rows = payload.get("rows") if isinstance(payload, dict) else None
        if not isinstance(rows, list) or len(rows) != entry.get("rows"):
            raise ArchiveRefused(msg("Arkiston taulun {name} rivit eivät vastaa manifest.json-tiedostoa.", name=name))
        out = []
        for number, row in enumerate(rows, start=1):
            place = (name, number)
            if not isinstance(row, dict):
                raise ArchiveRefused(msg("{where} on virheellinen.", where=_row_place(*place)))
            extra = set(row) - set(table.columns.keys())
            if extra:
                raise ArchiveRefused(
                    msg("{where}: tuntematon sarake {extra}.", where=_row_place(*place), extra=sorted(extra)[0])
                )
            out.append(
                {c.name: _decode(table, c.name, row.get(c.name, _default(c)), archive, place) for c in table.columns}
            )
        decoded[name] = out
    _check_keys(decoded, known)
    return decoded


def _default(column: Any) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return encode_value(default.arg)
    return None


def _check_keys(rows: dict[str, list[dict[str, Any]]], known: dict[str, Table]) -> None:
    """Primary keys unique and every reference pointing at a row in the archive."""
    keys: dict[str, set[Any]] = {}
    for name, table in known.items():
        pk = [c.name for c in table.primary_key.columns]
        values = [tuple(r[c] for c in pk) for r in rows[name]]
        if len(set(values)) != len(values):
            raise ArchiveRefused(msg("Arkiston taulussa {name} on sama tunniste kahdesti.", name=name))
        keys[name] = {v[0] for v in values} if len(pk) == 1 else set()
    for name, table in known.items():
        for fk in table.foreign_keys:
            target = fk.column.table.name
            column = fk.parent.name
            for number, row in enumerate(rows[name], start=1):
                value = row[column]
                if value is not None and value not in keys[target]:
                    raise ArchiveRefused(
                        msg(
                            "Taulu {name}, rivi {number}: {column} viittaa riviin, jota "
                            "arkistossa ei ole ({target} {value}).",
                            name=name,
                            number=number,
                            column=column,
                            target=target,
                            value=value,
                        )
                    )


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order rows so that a row referring to its own table comes after the row it refers to."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    pk = next(iter(table.primary_key.columns)).name
    done: set[Any] = set()
    ordered: list[dict[str, Any]] = []
    pending = list(rows)
    while pending:
        ready = [r for r in pending if all(r[c] is None or r[c] in done or r[c] == r[pk] for c in self_refs)]
        if not ready:
            raise ArchiveRefused(msg("Arkiston taulun {table} viittaukset muodostavat kehän.", table=table.name))
        for row in ready:
            done.add(row[pk])
            ordered.append(row)
        pending = [r for r in pending if r[pk] not in done]
    return ordered


# --- import -------------------------------------------------------------------------------------------------


def _summary(path: Path, archive: _Archive, rows: dict[str, list[dict[str, Any]]]) -> ArchiveSummary:
    """What an archive holds: rows per table, attachment files, its scope and its detached references."""
    return ArchiveSummary(
        path,
        {k: len(v) for k, v in rows.items()},
        sum(1 for name in archive.members if not name.startswith("tables/")),
        dict(archive.manifest.get("scope") or {}),
        dict(archive.manifest.get("detached") or {}),
    )


def inspect_archive(path: Path) -> ArchiveSummary:
    """Validate an archive completely without writing anything; return what it holds."""
    archive = read_archive(path)
    rows = _validated_rows(archive)
    return _summary(path, archive, rows)


def _is_empty(conn: Connection) -> bool:
    return all(conn.execute(select(func.count()).select_from(t)).scalar_one() == 0 for t in tables())


def import_archive(
    path: Path, target: Database | URL | str | os.PathLike[str], progress: ProgressFn | None = None
) -> ArchiveSummary:
    """Import an archive into an empty Sihteeri database (created if it is a new file), all or nothing."""
    if progress is not None:
        progress(0, 0, msg("Tarkistetaan arkistoa…"))
    archive = read_archive(path)
    rows = _validated_rows(archive)
    created_file: Path | None = None
    if isinstance(target, Database):
        database, owned = target, False
    else:
        url = target if isinstance(target, URL) else resolve_url(target)
        file = sqlite_path(url)
        if file is not None and not file.exists():
            created_file = file
        database, owned = open_database(url), True
    try:
        with database.engine.begin() as conn:
            if not _is_empty(conn):
                raise ValidationError(
                    msg(
                        "Tietokannassa {description} on jo tietoja. Arkiston voi tuoda vain "
                        "tyhjään Sihteerin tietokantaan; anna uusi tiedosto tai tyhjä tietokanta.",
                        description=database.description,
                    )
                )
            all_tables = tables()
            for index, table in enumerate(all_tables):
                if progress is not None:
                    progress(index, len(all_tables), msg("Tuodaan taulua {table}…", table=table.name))
                ordered = _parents_first(table, rows[table.name])
                for start in range(0, len(ordered), 500):
                    conn.execute(table.insert(), ordered[start : start + 500])
            if database.backend == "postgresql":
                _reset_sequences(conn, all_tables)
    except Exception:
        if owned:
            database.dispose()
            if created_file is not None:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    leftover = created_file.with_name(created_file.name + suffix)
                    if leftover.exists():
                        leftover.unlink()
        raise
    if owned:
        database.dispose()
    return _summary(path, archive, rows)


def _reset_sequences(conn: Connection, all_tables: Iterable[Table]) -> None:
    """After inserting explicit ids, make PostgreSQL's id sequences continue after the largest one."""
    for table in all_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if sequence:
            conn.execute(
                text(
                    f'SELECT setval(:s, COALESCE((SELECT MAX("{pk[0].name}") FROM "{table.name}"), 1), '
                    f'(SELECT MAX("{pk[0].name}") FROM "{table.name}") IS NOT NULL)'
                ),
                {"s": sequence},
            )

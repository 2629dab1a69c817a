"""The portable archive: export → import into the other backend is identical; crafted archives are refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db import archive
from db.archive import ArchiveRefused, export_archive, import_archive, inspect_archive, safe_target
from db.content import canonical_content
from db.engine import Database, open_database
from db.errors import NotFound, ValidationError
from db.models import Attachment, Body, Item, Meeting, Person

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + "Máret Čuđaŋ Ŧaž".encode()


def content(database: Database) -> dict[str, list[dict[str, Any]]]:
    with database.engine.connect() as conn:
        return canonical_content(conn)


def add_attachment(database: Database) -> None:
    with database.begin() as s:
        item = s.scalars(select(Item).order_by(Item.id)).first()
        assert item is not None
        s.add(Attachment(item_id=item.id, position=9, title="Sopimusluonnos", filename="../../sopimus č.pdf",
                         media_type="application/pdf", content=PDF, sha256=hashlib.sha256(PDF).hexdigest()))


@pytest.fixture
def other_backend(backend: str, tmp_path: Path, pg_templates: Any) -> Iterator[Database | Path]:
    """An empty target on the other backend: a new SQLite file for PostgreSQL, an empty PostgreSQL for SQLite."""
    if backend == "postgresql":
        yield tmp_path / "kohde" / "tuotu.db"
        return
    if pg_templates is None:
        pytest.skip("PostgreSQL ei ole käytettävissä (palvelinohjelmia ei löytynyt)")
    url = pg_templates.copy("sihteeri_tmpl_empty", False)
    database = open_database(url)
    try:
        yield database
    finally:
        database.dispose()
        pg_templates.drop(url)


def test_export_then_import_into_the_other_backend_is_identical(demo_db: Database, other_backend: Database | Path,
                                                                tmp_path: Path) -> None:
    """Ensure every row of every table (attachments included) survives SQLite → PostgreSQL and back."""
    add_attachment(demo_db)
    expected = content(demo_db)
    path = tmp_path / "arkisto.zip"
    exported = export_archive(demo_db, path)
    assert exported.attachments == 1 and exported.row_counts["item"] == len(expected["item"])
    imported = import_archive(path, other_backend)
    assert imported.row_counts == exported.row_counts
    target = other_backend if isinstance(other_backend, Database) else open_database(other_backend, create=False)
    try:
        assert content(target) == expected
        with target.begin() as s:  # ids continue after the imported ones (PostgreSQL sequences)
            body = s.scalars(select(Body)).first()
            assert body is not None
            s.add(Body(organisation_id=body.organisation_id, kind=body.kind, name="Uusi jaosto"))
        with target.begin() as s:
            stored = s.scalars(select(Attachment).where(Attachment.title == "Sopimusluonnos")).one()
            assert stored.content == PDF
    finally:
        if not isinstance(other_backend, Database):
            target.dispose()


def test_archive_layout_and_manifest(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure the zip holds manifest.json, one JSON per table and attachments, all checksummed."""
    add_attachment(sqlite_demo_db)
    path = tmp_path / "a.zip"
    export_archive(sqlite_demo_db, path)
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "sihteeri-arkisto" and manifest["format_version"] == 1
        assert set(manifest["files"]) == names - {"manifest.json"}
        for name, meta in manifest["files"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == meta["sha256"]
        attachment_files = [n for n in names if n.startswith("attachments/")]
        assert len(attachment_files) == 1 and attachment_files[0].endswith("/sopimus č.pdf")
        assert "tables/item.json" in names and "tables/attachment.json" in names
    assert not list(tmp_path.glob(".*kesken*"))


def test_partial_export_of_one_body_and_year(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure a body-and-year export holds only those meetings, with the people's former names (the minutes
    name people as on their day), and imports into an empty database."""
    from core.organisation import person_details, update_person

    with sqlite_demo_db.begin() as s:
        meeting = s.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None and meeting.chair is not None
        body_name, year, chair_id = meeting.body.name, meeting.year, meeting.chair.id
        renamed = replace(person_details(meeting.chair), name="Uusi Nimi")
        update_person(s, chair_id, renamed, changed_from=meeting.date + dt.timedelta(days=1))
        expected_items = {i.id for i in s.scalars(select(Item).where(Item.meeting_id == meeting.id))}
    path = tmp_path / "osa.zip"
    summary = export_archive(sqlite_demo_db, path, bodies=[body_name.upper()], years=[year])
    assert summary.row_counts["meeting"] == 1 and summary.row_counts["audit_log"] == 0
    assert summary.row_counts["person_former_name"] == 1
    import_archive(path, tmp_path / "osa.db")
    target = open_database(tmp_path / "osa.db", create=False)
    try:
        with target.begin() as s:
            assert {i.id for i in s.scalars(select(Item))} == expected_items
            chair = s.get(Person, chair_id)
            assert chair is not None and chair.name == "Uusi Nimi" and chair.as_on(meeting.date).name != "Uusi Nimi"
    finally:
        target.dispose()
    with pytest.raises(NotFound, match="Toimielimet:"):
        export_archive(sqlite_demo_db, tmp_path / "x.zip", bodies=["Ei tällaista lautakuntaa"])


def test_import_into_a_database_with_data_is_refused(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure importing into a database that already has rows is refused and changes nothing."""
    path = tmp_path / "a.zip"
    export_archive(sqlite_demo_db, path)
    before = content(sqlite_demo_db)
    with pytest.raises(ValidationError, match="tyhjään"):
        import_archive(path, sqlite_demo_db)
    assert content(sqlite_demo_db) == before


# --- crafted and damaged archives -----------------------------------------------------------------------------


def _rewrite(source: Path, target: Path, *, extra: dict[str, bytes] | None = None, symlink: str | None = None,
             change: Any = None, list_extra: bool = True) -> Path:
    """Copy an archive, adding members (listed in the manifest with right checksums) or changing a table."""
    with zipfile.ZipFile(source) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    if change is not None:
        name, edit = change
        payload = json.loads(members[name])
        edit(payload)
        members[name] = json.dumps(payload).encode()
        manifest["files"][name] = {"sha256": hashlib.sha256(members[name]).hexdigest(), "size": len(members[name])}
    for name, data in (extra or {}).items():
        members[name] = data
        if list_extra:
            manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    with zipfile.ZipFile(target, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
            manifest["files"][symlink] = {"sha256": hashlib.sha256(b"/etc/passwd").hexdigest(), "size": 11}
        zf.writestr("manifest.json", json.dumps(manifest))
    return target


@pytest.fixture
def good_archive(sqlite_demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "hyva.zip"
    export_archive(sqlite_demo_db, path)
    return path


CRAFTED = {
    "dotdot": {"extra": {"../../../tmp/pahaa.txt": b"x"}},
    "dotdot inside": {"extra": {"attachments/1/../../../pahaa.pdf": b"x"}},
    "absolute": {"extra": {"/etc/cron.d/pahaa": b"x"}},
    "drive": {"extra": {"C:/Windows/pahaa.dll": b"x"}},
    "backslash": {"extra": {"attachments\\..\\..\\pahaa": b"x"}},
    "symlink": {"symlink": "attachments/9/linkki.pdf"},
    "unlisted": {"extra": {"attachments/7/ylimaarainen.pdf": b"x"}, "list_extra": False},
}


@pytest.mark.parametrize("kind", sorted(CRAFTED))
def test_crafted_archive_paths_are_refused_and_nothing_is_written(kind: str, good_archive: Path,
                                                                  tmp_path: Path) -> None:
    """Ensure ../ paths, absolute paths, drives, backslashes, symlinks and unlisted files refuse the archive."""
    crafted = _rewrite(good_archive, tmp_path / f"{kind}.zip", **CRAFTED[kind])
    target = tmp_path / "uusi" / "kohde.db"
    with pytest.raises(ArchiveRefused):
        import_archive(crafted, target)
    assert not target.exists() and not target.parent.exists()
    assert not (tmp_path.parent / "pahaa.txt").exists()


def _break_enum(payload: dict[str, Any]) -> None:
    payload["rows"][0]["kind"] = "kuningaskunta"


def _dangling(payload: dict[str, Any]) -> None:
    payload["rows"][0]["body_id"] = 999_999


def _bad_date(payload: dict[str, Any]) -> None:
    payload["rows"][0]["date"] = "31.2.2026"


def _duplicate(payload: dict[str, Any]) -> None:
    payload["rows"].append(dict(payload["rows"][0]))


@pytest.mark.parametrize("edit", [("tables/organisation.json", _break_enum), ("tables/meeting.json", _dangling),
                                  ("tables/meeting.json", _bad_date), ("tables/person.json", _duplicate)],
                         ids=["enum", "reference", "date", "duplicate"])
def test_invalid_rows_are_refused_before_anything_is_written(edit: Any, good_archive: Path, tmp_path: Path) -> None:
    """Ensure bad values, dangling references and duplicate ids write nothing into an empty database."""
    crafted = _rewrite(good_archive, tmp_path / "rikki.zip", change=edit)
    empty = open_database(tmp_path / "tyhja.db")
    try:
        with pytest.raises(ArchiveRefused):
            import_archive(crafted, empty)
        assert all(not rows for rows in content(empty).values())
    finally:
        empty.dispose()


def test_damaged_and_foreign_files_are_refused(good_archive: Path, tmp_path: Path) -> None:
    """Ensure a flipped byte, a non-zip file and a newer format version are refused with a Finnish message."""
    data = bytearray(good_archive.read_bytes())
    data[len(data) // 3] ^= 0xFF
    flipped = tmp_path / "kaannetty.zip"
    flipped.write_bytes(bytes(data))
    with pytest.raises(ArchiveRefused):
        inspect_archive(flipped)
    text_file = tmp_path / "teksti.zip"
    text_file.write_text("ei arkisto", encoding="utf-8")
    with pytest.raises(ArchiveRefused, match="ei ole Sihteerin arkisto"):
        inspect_archive(text_file)
    newer = tmp_path / "uudempi.zip"
    with zipfile.ZipFile(good_archive) as zf, zipfile.ZipFile(newer, "w") as out:
        for name in zf.namelist():
            raw = zf.read(name)
            if name == "manifest.json":
                manifest = json.loads(raw)
                manifest["format_version"] = 99
                raw = json.dumps(manifest).encode()
            out.writestr(name, raw)
    with pytest.raises(ArchiveRefused, match="uudemmalla"):
        inspect_archive(newer)


def test_safe_target_never_leaves_the_folder(tmp_path: Path) -> None:
    """Ensure member names resolve inside the target folder or are refused."""
    assert safe_target(tmp_path, "attachments/1/liite.pdf") == (tmp_path / "attachments/1/liite.pdf").resolve()
    for bad in ("../x", "a/../../x", "/etc/passwd", "C:\\x", "a\\..\\x", "", "a/./b"):
        with pytest.raises(ArchiveRefused):
            safe_target(tmp_path, bad)
    link = tmp_path / "linkki"
    link.symlink_to("/etc")
    with pytest.raises(ArchiveRefused):
        safe_target(tmp_path, "linkki/passwd")
    assert archive.FORMAT_VERSION == 1

"""Files of a § 's attachments kept in the database (core.attachments), on both backends."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, update

from core.attachments import MAX_FILE_BYTES, add_attachment_file, attachment_file, check_file_size
from core.demo import SEED1_TITLE, SEED2_DNRO
from db.engine import Database
from db.errors import LockedError, NotFound, ValidationError
from db.models import Attachment, Item

PDF = b"%PDF-1.4\n% Sihteeri test\n" + bytes(range(256)) * 40


def _item_id(database: Database, **where: str) -> int:
    with database.begin() as session:
        column = Item.title if "title" in where else Item.diary_number
        item_id = session.scalar(select(Item.id).where(column == next(iter(where.values()))))
    assert item_id is not None
    return item_id


def test_a_file_becomes_the_last_attachment_and_opens_as_stored(demo_db: Database) -> None:
    """Ensure an attached file is stored with its bare name, media type and hash as the § 's last attachment,
    named after the file unless a title is given, comes back byte for byte, and is not read with the list."""
    item_id = _item_id(demo_db, title=SEED1_TITLE)
    with demo_db.begin() as session:
        positions = [a.position for a in session.get(Item, item_id).attachments]  # type: ignore[union-attr]
        before = max(positions, default=-1) + 1
        added = add_attachment_file(session, item_id, "C:\\Users\\sihteeri\\Yhteistoimintasopimus 2026.pdf", PDF)
        named = add_attachment_file(session, item_id, "/tmp/kartta.png", b"\x89PNG", title="  Kartta  alueesta ")
        assert (added.title, added.filename, added.media_type) == (
            "Yhteistoimintasopimus 2026", "Yhteistoimintasopimus 2026.pdf", "application/pdf")
        assert added.sha256 == hashlib.sha256(PDF).hexdigest() and added.position == before
        assert (named.title, named.filename, named.media_type, named.position) == (
            "Kartta alueesta", "kartta.png", "image/png", before + 1)
        added_id = added.id
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and [a.title for a in item.attachments][-2:] == [
            "Yhteistoimintasopimus 2026", "Kartta alueesta"]
        assert "content" in inspect(item.attachments[-2]).unloaded  # the list does not read the files
        stored = attachment_file(session, added_id)
        assert (stored.name, stored.media_type, stored.content) == ("Yhteistoimintasopimus 2026.pdf",
                                                                   "application/pdf", PDF)  # fmt: skip


def test_bad_files_and_missing_ones_are_refused_in_finnish(demo_db: Database) -> None:
    """Ensure an empty or too large file, a title-only attachment, a deleted one and a changed file are refused
    with Finnish messages, and checked minutes take no new attachment."""
    item_id = _item_id(demo_db, title=SEED1_TITLE)
    with pytest.raises(ValidationError, match="on tyhjä"):
        check_file_size("tyhja.pdf", 0)
    with pytest.raises(ValidationError, match=r"liitetiedosto saa olla enintään 50 Mt") as too_big:
        check_file_size("video.mp4", MAX_FILE_BYTES + 1)
    assert "video.mp4 on 50,0 Mt" in too_big.value.message
    with demo_db.begin() as session, pytest.raises(ValidationError, match="on tyhjä"):
        add_attachment_file(session, item_id, "tyhja.pdf", b"")
    with demo_db.begin() as session:
        titled = Attachment(item_id=item_id, position=99, title="Pelkkä nimi")
        session.add(titled)
        session.flush()
        with pytest.raises(ValidationError, match="ei ole tiedostoa"):
            attachment_file(session, titled.id)
        with pytest.raises(NotFound):
            attachment_file(session, 999_999)
        changed = add_attachment_file(session, item_id, "sopimus.pdf", PDF)
        session.execute(update(Attachment).where(Attachment.id == changed.id).values(content=PDF + b"x"))
        session.expire(changed)
        with pytest.raises(ValidationError, match="tarkiste ei täsmää"):
            attachment_file(session, changed.id)
    checked = _item_id(demo_db, diary_number=SEED2_DNRO)
    with pytest.raises(LockedError), demo_db.begin() as session:
        add_attachment_file(session, checked, "myohassa.pdf", PDF)
    with demo_db.begin() as session:
        assert not session.scalars(select(Attachment).where(Attachment.filename == "myohassa.pdf")).all()


def test_opened_copies_older_than_a_day_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure opening writes the file into a folder of its own and first removes the copies' folders left by
    earlier openings more than a day ago (they may hold personal data), but not younger ones or other folders."""
    import os
    import tempfile
    import time

    from core.attachments import COPY_PREFIX, AttachmentFile, copy_for_opening

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    now = time.time()
    old, young, other = tmp_path / f"{COPY_PREFIX}vanha", tmp_path / f"{COPY_PREFIX}uusi", tmp_path / "muu-vanha"
    for folder, age in ((old, 25 * 3600), (young, 3600), (other, 48 * 3600)):
        folder.mkdir()
        (folder / "liite.pdf").write_bytes(b"%PDF")
        os.utime(folder, (now - age, now - age))
    path = copy_for_opening(AttachmentFile("Sopimus.pdf", "application/pdf", PDF), now=now)
    assert path.name == "Sopimus.pdf" and path.read_bytes() == PDF and path.parent.name.startswith(COPY_PREFIX)
    assert not old.exists() and young.exists() and other.exists()

"""Files of a § 's attachments, kept in the database: they travel with its backups and the portable archive.

An attachment is a numbered title in the § (printed in its attachments list) and, optionally, the file itself
(a signed agreement, a map). ``add_attachment_file`` adds an attachment with its file; ``attachment_file`` gives
the file back for opening. Checked minutes refuse new attachments like any other change (``db.rules``).
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.meetings import get_item
from db.errors import NotFound, ValidationError, msg
from db.models import Attachment

MAX_FILE_BYTES = 50 * 1024 * 1024  # an e-mail attachment's size at most; a larger one belongs in the registry
COPY_PREFIX = "sihteeri-liite-"  # the temporary folders of files opened for reading
COPY_LIFETIME_S = 24 * 3600


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment's file: its name (no folders), media type and bytes."""

    name: str
    media_type: str
    content: bytes


def _bare_name(file_name: str) -> str:
    """The file's own name, without any folder of either kind (a name typed on Windows may carry backslashes)."""
    return PurePath(file_name.replace("\\", "/")).name.strip()


def check_file_size(file_name: str, size: int) -> None:
    """Refuse an empty file or one over ``MAX_FILE_BYTES``, in Finnish (before it is read)."""
    name = _bare_name(file_name)
    if size == 0:
        raise ValidationError(msg("Tiedosto {name} on tyhjä, eikä sitä liitetty.", name=name))
    if size > MAX_FILE_BYTES:
        megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        raise ValidationError(
            msg(
                "Tiedosto {name} on {megabytes} Mt; liitetiedosto saa olla enintään {value} Mt. Pidä suuri "
                "aineisto asianhallinnassa ja kirjoita liitteen nimi asiaan.",
                name=name,
                megabytes=megabytes,
                value=MAX_FILE_BYTES // 1024 // 1024,
            )
        )


def add_attachment_file(
    session: Session, item_id: int, file_name: str, content: bytes, *, title: str = ""
) -> Attachment:
    """A new attachment, last in the § 's list, with its file; the title is the file's name without its extension
    unless given."""
    name = _bare_name(file_name)
    if not name:
        raise ValidationError(msg("Liitetiedostolla ei ole nimeä."))
    check_file_size(name, len(content))
    item = get_item(session, item_id)
    last = session.scalar(select(func.max(Attachment.position)).where(Attachment.item_id == item.id))
    attachment = Attachment(
        item_id=item.id,
        position=(last if last is not None else -1) + 1,
        title=" ".join(title.split()) or PurePath(name).stem,
        filename=name,
        media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        is_public=True,
    )
    item.attachments.append(attachment)
    session.flush()
    return attachment


def attachment_file(session: Session, attachment_id: int) -> AttachmentFile:
    """The attachment's file; NotFound for a deleted attachment, ValidationError for one with only a title."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(msg("Liitettä ei löydy; se on ehkä poistettu."))
    if attachment.content is None:
        raise ValidationError(
            msg("Liitteellä ”{attachment}” ei ole tiedostoa, vain nimi.", attachment=attachment.title)
        )
    if attachment.sha256 and hashlib.sha256(attachment.content).hexdigest() != attachment.sha256:
        raise ValidationError(
            msg(
                "Liitteen ”{attachment}” tiedosto on muuttunut tallentamisen jälkeen (tarkiste ei täsmää). Palauta "
                "se varmuuskopiosta.",
                attachment=attachment.title,
            )
        )
    name = _bare_name(attachment.filename) or f"liite-{attachment.id}"
    return AttachmentFile(name, attachment.media_type or "application/octet-stream", attachment.content)


def copy_for_opening(stored: AttachmentFile, *, now: float | None = None) -> Path:
    """Write the file into a temporary folder of its own for the computer's program to open; return its path.

    The copies may hold personal data, so folders left by earlier openings more than a day old are removed
    first (a younger one may still be open in its program).
    """
    remove_old_copies(now=now)
    folder = Path(tempfile.mkdtemp(prefix=COPY_PREFIX))
    path = folder / stored.name
    path.write_bytes(stored.content)
    return path


def remove_old_copies(*, now: float | None = None, folder: Path | None = None) -> int:
    """Remove the opened copies' folders older than ``COPY_LIFETIME_S`` (in ``folder``, by default the temporary
    folder); a folder that cannot be removed (its file still open on Windows) is left for the next time."""
    now = time.time() if now is None else now
    removed = 0
    for old in (folder or Path(tempfile.gettempdir())).glob(f"{COPY_PREFIX}*"):
        try:
            if old.is_dir() and now - old.stat().st_mtime > COPY_LIFETIME_S:
                shutil.rmtree(old)
                removed += 1
        except OSError:
            continue
    return removed

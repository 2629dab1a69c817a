"""Saving printed documents to files, and saying in Finnish why a file could not be written.

The system's own reason (``OSError.strerror``) is English on most machines ("No such file or directory"), and a
missing folder reads as a missing file: ``os_reason`` names the common causes in Finnish (the English text stays
in the error's ``detail`` for the log). ``FileNotSaved`` is the error of a file that could not be written; a
full disk is still ``DiskFull``.
"""

from __future__ import annotations

import errno
from pathlib import Path

from db.errors import DiskFull, Message, msg, msg_template

SAVE_FAILED = msg_template("Tiedostoa {path} ei voitu tallentaa: {reason}.")


class FileNotSaved(DiskFull):
    """A document could not be written where the user asked (a missing folder, no permission, a folder of the
    name); a ``DiskFull``, so callers that handle a full disk handle this too."""

    title = "Tiedostoa ei voitu tallentaa"


def os_reason(exc: OSError, path: Path) -> Message:
    """Why ``path`` could not be written, in Finnish (the system's text when the cause is not a common one)."""
    number = exc.errno
    if number == errno.ENOENT:
        return msg("kansiota {folder} ei ole", folder=str(path.parent))
    if number == errno.EISDIR:
        return msg("samanniminen kansio on jo olemassa")
    if number == errno.ENOTDIR:
        return msg("jokin polun osista ei ole kansio")
    if number in (errno.EACCES, errno.EPERM):
        return msg("ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)")
    if number in (errno.ENOSPC, errno.EDQUOT):
        return msg("levy on täynnä")
    if number == errno.EROFS:
        return msg("levylle ei voi kirjoittaa (vain luku)")
    if number == errno.ENAMETOOLONG:
        return msg("tiedostonimi on liian pitkä")
    if number == errno.EIO:
        return msg("levylle kirjoittaminen epäonnistui (levyn tai verkkoaseman virhe)")
    return msg("järjestelmän ilmoitus: {reason}", reason=exc.strerror or str(exc))


def save_error(template: str, path: Path, exc: OSError) -> DiskFull:
    """The error to raise when ``path`` could not be written: ``template`` (a ``msg`` template with ``{path}`` and
    ``{reason}``) filled in; a ``DiskFull`` when the disk is full, else ``FileNotSaved``."""
    message = msg(template, path=str(path), reason=os_reason(exc, path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(message, detail=str(exc))
    return FileNotSaved(message, detail=str(exc))


def write_document(content: bytes, path: Path) -> None:
    """Write a made document (PDF or HTML page) to ``path``; a failure is a Finnish ``FileNotSaved``/``DiskFull``."""
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        path.write_bytes(content)
    except OSError as exc:
        raise save_error(SAVE_FAILED, path, exc) from exc

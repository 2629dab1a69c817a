"""Errors of the storage and domain layers, each carrying a Finnish message for the user.

Two kinds of failure, as in qutebrowser's ``misc/sql.py``: ``KnownError`` means the environment failed
(a missing server, a damaged or foreign file, a full disk) and ``UserError`` means the user asked for
something the rules refuse (a stale save, a locked §, bad input). Anything else is a bug and goes to the
crash dialog. Callers catch only what they can explain to the user.
"""

from __future__ import annotations


class SihteeriError(Exception):
    """Base of the errors the user is shown; ``message`` is Finnish, ``detail`` is for the log."""

    title = "Virhe"

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class KnownError(SihteeriError):
    """The environment failed: the user can act on it, but it is no bug of ours."""

    title = "Tietokantaa ei voi käyttää"


class BadDatabaseUrl(KnownError):
    """The database address cannot be understood."""


class DatabaseUnavailable(KnownError):
    """The database server or file cannot be reached."""


class PasswordRequired(DatabaseUnavailable):
    """The database server asks for a password that was not given (``wrong`` False) or refused the one given."""

    def __init__(self, message: str, *, wrong: bool, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.wrong = wrong


class NotASihteeriDatabase(KnownError):
    """The file or database exists but is not a Sihteeri database (or is empty or damaged)."""


class DamagedDatabase(NotASihteeriDatabase):
    """The file is a SQLite database, but damaged."""


class DatabaseTooNew(KnownError):
    """The database was written by a newer Sihteeri than this one."""


class DiskFull(KnownError):
    """The disk is full or the target folder cannot be written."""

    title = "Levy täynnä"


class UserError(SihteeriError):
    """The rules refuse what was asked; the message says why and what to do."""

    title = "Toimintoa ei voi tehdä"


class ConflictError(UserError):
    """Someone else saved the same record after it was opened here."""

    title = "Tallennusristiriita"


class LockedError(UserError):
    """The record belongs to checked minutes and cannot be changed (make a correction instead)."""

    title = "Tarkastettu pöytäkirja"


class ValidationError(UserError):
    """Input does not satisfy a rule (a duplicate § number, a bad date ...)."""

    title = "Virheellinen tieto"


class NotFound(UserError):
    """The record asked for does not exist."""

    title = "Ei löytynyt"

"""Errors of the storage and domain layers, each carrying a Finnish message for the user.

Two kinds of failure, as in qutebrowser's ``misc/sql.py``: ``KnownError`` means the environment failed
(a missing server, a damaged or foreign file, a full disk) and ``UserError`` means the user asked for
something the rules refuse (a stale save, a locked §, bad input). Anything else is a bug and goes to the
crash dialog. Callers catch only what they can explain to the user.

A message is written in Finnish with ``msg("Toimielin {name} ei ole käytössä.", name=...)``: the result is
the Finnish text (a ``str``, so logs, the command line and tests read it as such) that also remembers its
template and values. The window shows it in the user's language (``gui.i18n.localized``, which looks the
template up in the context ``core`` of the translations; ``resources/translations/update.py`` collects
every ``msg`` template of ``core/`` and ``db/``). Qt's ``QT_TRANSLATE_NOOP`` with a later ``.format`` is
the same idea, without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# (template, values) of one part of a message; a template None is text taken as it is (values["text"]).
Part = tuple[str | None, Mapping[str, object]]


class Message(str):
    """A Finnish text for the user that remembers how it was made, so that it can be shown translated.

    ``parts``: (template, values) pairs whose formatted templates, joined, give the text. Joining messages
    with ``+`` (or ``join``) keeps every part translatable; any other string operation gives a plain
    ``str``, which is shown as it is.
    """

    parts: tuple[Part, ...]

    @classmethod
    def of(cls, text: str, parts: Iterable[Part]) -> Message:
        made = cls(text)
        made.parts = tuple(parts)
        return made

    def __add__(self, other: str) -> Message:
        return Message.of(str.__add__(self, other), (*self.parts, *_parts_of(other)))

    def __radd__(self, other: str) -> Message:
        return Message.of(str.__add__(other, self), (*_parts_of(other), *self.parts))


def _parts_of(text: str) -> tuple[Part, ...]:
    return text.parts if isinstance(text, Message) else ((None, {"text": text}),)


def msg(template: str, /, **values: object) -> Message:
    """The Finnish ``template`` filled with ``values`` (``str.format``), translatable as a whole."""
    return Message.of(template.format(**values), ((template, values),))


def msg_template(template: str) -> str:
    """Return ``template`` unchanged, marked for the translations: a template kept in a table and filled later
    with ``msg(template, ...)`` (as Qt's ``QT_TRANSLATE_NOOP``)."""
    return template


def join(separator: str, texts: Iterable[str]) -> Message:
    """``separator.join(texts)`` that keeps the parts of each message translatable."""
    parts: list[Part] = []
    pieces: list[str] = []
    for index, text in enumerate(texts):
        if index:
            parts.append((None, {"text": separator}))
            pieces.append(separator)
        parts.extend(_parts_of(text))
        pieces.append(text)
    return Message.of("".join(pieces), parts)


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


class BackupFailed(KnownError):
    """No verified backup could be written to any backup folder."""

    title = "Varmuuskopiota ei saatu"


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

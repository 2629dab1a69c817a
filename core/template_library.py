"""The proposal templates: the shipped library (read-only, resources/templates) and the user's own, stored in the
database with their history, plus the file format for sharing them and the suggestion of a template for an item.

File format (``.j2``, UTF-8), the same for shipped templates and exported ones: a Jinja comment as a header,
one ``key: value`` a line, then the template text::

    {#- sihteeri-mallipohja
    nimi: Lautakunta hyväksyy sopimuksen osaltaan
    kieli: fi
    asian_laji: sopimus
    toimielimen_laji: lautakunta
    sopimuksen_laji: yhteistoimintasopimus
    kuvaus: Lautakunta hyväksyy sopimuksen ja esittää sitä ylemmälle toimielimelle.
    -#}
    {{ body.nominative }} hyväksyy osaltaan ...

Because the header is a comment, the whole file is also a valid template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.drafting import check_template
from db.enums import AgreementKind, BodyKind, ItemKind
from db.errors import ConflictError, NotFound, ValidationError, msg
from db.models import Item, Template, TemplateRevision
from db.rules import current_user

LANGUAGES = ("fi", "sv")
LANGUAGE_LABELS = {"fi": msg("suomi"), "sv": msg("ruotsi")}  # the window shows them translated (localized)
FILE_MAGIC = "sihteeri-mallipohja"
SHIPPED_PREFIX = "valmis:"
USER_PREFIX = "oma:"
MAX_NAME = 200


@dataclass(frozen=True)
class TemplateInfo:
    """A template, shipped or the user's own.

    Attributes:
        key: "valmis:fi/<slug>" for a shipped template, "oma:<id>" for a stored one.
        slug: the shipped template's file name without .j2 (matches ``Item.template_key``); "" for own ones.
        name, language ("fi"/"sv"), item_kind, body_kind, agreement_kind, description, text: the template.
        shipped: True for the read-only library.
        template_id, version: the database row and its version (own templates only).
        copied_from: the key of the template this one was copied from.
    """

    key: str
    slug: str
    name: str
    language: str
    item_kind: ItemKind | None
    body_kind: BodyKind | None
    agreement_kind: AgreementKind | None
    description: str
    text: str
    shipped: bool
    template_id: int | None = None
    version: int | None = None
    copied_from: str = ""


@dataclass(frozen=True)
class RevisionInfo:
    """An earlier text of an own template."""

    saved_at: dt.datetime
    author: str
    text: str


# --- the file format ---------------------------------------------------------------------------------------

_HEADER_KEYS = {
    "nimi": "name",
    "kieli": "language",
    "asian_laji": "item_kind",
    "toimielimen_laji": "body_kind",
    "sopimuksen_laji": "agreement_kind",
    "kuvaus": "description",
}


E = TypeVar("E", ItemKind, BodyKind, AgreementKind)


def _enum_value(kind: type[E], value: str, label: str) -> E | None:
    if not value:
        return None
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(
            msg(
                "Mallipohjatiedoston kenttä {label} on ”{value}”; sallitut arvot: {allowed}.",
                label=label,
                value=value,
                allowed=allowed,
            )
        ) from None


def parse_template_file(content: str, *, key: str = "", slug: str = "", shipped: bool = False) -> TemplateInfo:
    """Read a template file (header and text); raise ``ValidationError`` with a Finnish message if it is bad."""
    text = content.replace("\r\n", "\n").lstrip("\ufeff")
    stripped = text.lstrip()
    if not stripped.startswith("{#"):
        raise ValidationError(
            msg(
                "Tiedosto ei ole Sihteerin mallipohja: otsake ({{#- {file_magic} ... -#}}) puuttuu alusta.",
                file_magic=FILE_MAGIC,
            )
        )
    end = stripped.find("#}")
    if end < 0:
        raise ValidationError(msg("Mallipohjatiedoston otsake ei pääty (#}} puuttuu)."))
    header = stripped[2:end].strip("-").strip()
    body = stripped[end + 2 :]
    if stripped[end - 1] == "-":  # {#- ... -#}: the newline after the header is not part of the text
        body = body.lstrip("\n")
    lines = header.splitlines()
    if not lines or lines[0].strip() != FILE_MAGIC:
        raise ValidationError(
            msg(
                "Tiedosto ei ole Sihteerin mallipohja: otsakkeen ensimmäinen rivi ei ole {file_magic}.",
                file_magic=FILE_MAGIC,
            )
        )
    values: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        label, sep, value = line.partition(":")
        if not sep or label.strip() not in _HEADER_KEYS:
            raise ValidationError(
                msg(
                    "Mallipohjatiedoston otsakkeen rivi {number} on tuntematon: ”{line}”. Sallitut kentät: "
                    "{header_keys}.",
                    number=number,
                    line=line.strip(),
                    header_keys=", ".join(_HEADER_KEYS),
                )
            )
        values[_HEADER_KEYS[label.strip()]] = value.strip()
    name = values.get("name", "").strip()
    if not name:
        raise ValidationError(msg("Mallipohjatiedoston otsakkeesta puuttuu nimi (nimi: ...)."))
    language = values.get("language", "fi") or "fi"
    if language not in LANGUAGES:
        raise ValidationError(msg("Mallipohjan kieli on ”{language}”; sallitut: fi, sv.", language=language))
    return TemplateInfo(
        key=key,
        slug=slug,
        name=name[:MAX_NAME],
        language=language,
        item_kind=_enum_value(ItemKind, values.get("item_kind", ""), "asian_laji"),
        body_kind=_enum_value(BodyKind, values.get("body_kind", ""), "toimielimen_laji"),
        agreement_kind=_enum_value(AgreementKind, values.get("agreement_kind", ""), "sopimuksen_laji"),
        description=values.get("description", ""),
        text=body.rstrip() + "\n",
        shipped=shipped,
    )


def export_template(info: TemplateInfo) -> str:
    """The file content of a template, for sharing (see the module docstring for the format)."""
    rows = [
        ("nimi", info.name),
        ("kieli", info.language),
        ("asian_laji", str(info.item_kind or "")),
        ("toimielimen_laji", str(info.body_kind or "")),
        ("sopimuksen_laji", str(info.agreement_kind or "")),
        ("kuvaus", " ".join(info.description.split())),
    ]
    header = "\n".join(f"{label}: {value}" for label, value in rows)
    return f"{{#- {FILE_MAGIC}\n{header}\n-#}}\n{info.text.rstrip()}\n"


# --- the shipped library -----------------------------------------------------------------------------------


@cache
def shipped_templates() -> tuple[TemplateInfo, ...]:
    """The read-only library in resources/templates/<language>/<slug>.j2, Finnish first."""
    found: list[TemplateInfo] = []
    root = resources.files("resources") / "templates"
    for language in LANGUAGES:
        folder = root / language
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".j2"):
                continue
            slug = entry.name.removesuffix(".j2")
            info = parse_template_file(
                entry.read_text(encoding="utf-8"), key=f"{SHIPPED_PREFIX}{language}/{slug}", slug=slug, shipped=True
            )
            if info.language != language:
                raise ValueError(f"{entry.name}: kieli {info.language} ei vastaa kansiota {language}")
            found.append(info)
    return tuple(found)


# --- own templates in the database -------------------------------------------------------------------------


def _info(row: Template) -> TemplateInfo:
    return TemplateInfo(
        key=f"{USER_PREFIX}{row.id}",
        slug="",
        name=row.name,
        language=row.language,
        item_kind=row.item_kind,
        body_kind=row.body_kind,
        agreement_kind=row.agreement_kind,
        description=row.description,
        text=row.text,
        shipped=False,
        template_id=row.id,
        version=row.version,
        copied_from=row.copied_from,
    )


def list_templates(session: Session, *, language: str | None = None) -> list[TemplateInfo]:
    """Every template: the shipped ones, then the user's own by name."""
    own = session.scalars(select(Template).order_by(Template.language, func.lower(Template.name))).all()
    every = [*shipped_templates(), *(_info(row) for row in own)]
    return [t for t in every if language is None or t.language == language]


def _row(session: Session, template_id: int, expected_version: int | None = None) -> Template:
    row = session.get(Template, template_id)
    if row is None:
        raise NotFound(msg("Mallipohjaa ei löytynyt; joku on ehkä poistanut sen."))
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            msg(
                "Joku muu on muuttanut mallipohjaa ”{template}” sen jälkeen, kun avasit sen. Muutoksiasi ei "
                "tallennettu; avaa mallipohja uudelleen.",
                template=row.name,
            )
        )
    return row


def get_template(session: Session, key: str) -> TemplateInfo:
    """A template by its key ("valmis:fi/<slug>" or "oma:<id>"); a bare slug finds a shipped Finnish one."""
    if key.startswith(USER_PREFIX):
        try:
            template_id = int(key.removeprefix(USER_PREFIX))
        except ValueError:
            raise NotFound(msg("Mallipohjaa {key} ei löytynyt.", key=key)) from None
        return _info(_row(session, template_id))
    for info in shipped_templates():
        if key in (info.key, info.slug):
            return info
    raise NotFound(msg("Mallipohjaa {key} ei löytynyt.", key=key))


def _check_name(session: Session, name: str, language: str, *, exclude_id: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(msg("Anna mallipohjalle nimi."))
    if len(clean) > MAX_NAME:
        raise ValidationError(msg("Mallipohjan nimi on liian pitkä (enintään {max_name} merkkiä).", max_name=MAX_NAME))
    if language not in LANGUAGES:
        raise ValidationError(msg("Mallipohjan kieli on ”{language}”; sallitut: fi, sv.", language=language))
    clash = session.scalars(
        select(Template.id).where(func.lower(Template.name) == clean.lower(), Template.language == language)
    ).first()
    if clash is not None and clash != exclude_id:
        raise ValidationError(
            msg(
                "Mallipohja nimeltä ”{name}” on jo olemassa ({language_labels}).",
                name=clean,
                language_labels=LANGUAGE_LABELS[language],
            )
        )
    return clean


def _free_name(session: Session, base: str, language: str) -> str:
    taken = {n.lower() for n in session.scalars(select(Template.name).where(Template.language == language))}
    candidate = base[:MAX_NAME]
    number = 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate = base[: MAX_NAME - len(suffix)] + suffix
        number += 1
    return candidate


def create_template(
    session: Session,
    *,
    name: str,
    language: str = "fi",
    text: str,
    item_kind: ItemKind | None = None,
    body_kind: BodyKind | None = None,
    description: str = "",
    copied_from: str = "",
    agreement_kind: AgreementKind | None = None,
) -> TemplateInfo:
    """Store a new own template; its text must compile (``TemplateProblem`` otherwise)."""
    clean = _check_name(session, name, language)
    check_template(text)
    row = Template(
        name=clean,
        language=language,
        text=text,
        item_kind=item_kind,
        body_kind=body_kind,
        agreement_kind=agreement_kind,
        description=description,
        copied_from=copied_from,
    )
    session.add(row)
    session.flush()
    return _info(row)


def copy_template(session: Session, key: str, *, name: str | None = None) -> TemplateInfo:
    """Copy any template (a shipped one, typically) into an own, editable one."""
    source = get_template(session, key)
    new_name = _check_name(session, name, source.language) if name else None
    return create_template(
        session,
        name=new_name or _free_name(session, f"{source.name} (oma)", source.language),
        language=source.language,
        text=source.text,
        item_kind=source.item_kind,
        body_kind=source.body_kind,
        agreement_kind=source.agreement_kind,
        description=source.description,
        copied_from=source.key,
    )


def save_template(
    session: Session,
    template_id: int,
    *,
    text: str,
    expected_version: int | None = None,
    description: str | None = None,
    item_kind: ItemKind | None = None,
    body_kind: BodyKind | None = None,
    language: str | None = None,
    agreement_kind: AgreementKind | None = None,
) -> TemplateInfo:
    """Save an own template's text (and details: the kinds given replace the stored ones, None meaning any);
    the previous text goes to its history."""
    row = _row(session, template_id, expected_version)
    check_template(text)
    if language is not None and language != row.language:
        _check_name(session, row.name, language, exclude_id=row.id)
        row.language = language
    if text != row.text:
        row.revisions.append(TemplateRevision(text=row.text, author=current_user(session)))
        row.text = text
    if description is not None:
        row.description = description
    row.item_kind = item_kind
    row.body_kind = body_kind
    row.agreement_kind = agreement_kind
    session.flush()
    return _info(row)


def rename_template(
    session: Session, template_id: int, name: str, *, expected_version: int | None = None
) -> TemplateInfo:
    """Rename an own template (names are unique per language)."""
    row = _row(session, template_id, expected_version)
    row.name = _check_name(session, name, row.language, exclude_id=row.id)
    session.flush()
    return _info(row)


def delete_template(session: Session, template_id: int, *, expected_version: int | None = None) -> None:
    """Delete an own template and its history."""
    session.delete(_row(session, template_id, expected_version))
    session.flush()


def template_history(session: Session, template_id: int) -> list[RevisionInfo]:
    """The earlier texts of an own template, newest first."""
    rows = session.scalars(
        select(TemplateRevision)
        .where(TemplateRevision.template_id == template_id)
        .order_by(TemplateRevision.saved_at.desc(), TemplateRevision.id.desc())
    ).all()
    return [RevisionInfo(r.saved_at, r.author, r.text) for r in rows]


def import_template(session: Session, content: str) -> TemplateInfo:
    """Store a template read from a file as an own template; a taken name gets a number after it."""
    info = parse_template_file(content)
    name = _free_name(session, info.name, info.language)
    return create_template(
        session,
        name=name,
        language=info.language,
        text=info.text,
        item_kind=info.item_kind,
        body_kind=info.body_kind,
        agreement_kind=info.agreement_kind,
        description=info.description,
        copied_from="tiedosto",
    )


# --- suggestions -------------------------------------------------------------------------------------------


GENERIC_SCORE = -200  # below any template written for some kind of item, body or agreement (at least -115)


def fits(
    info: TemplateInfo,
    *,
    item_kind: ItemKind | None,
    body_kind: BodyKind | None,
    agreement_kind: AgreementKind | None = None,
    template_key: str = "",
) -> bool:
    """Whether a template is suggested for an item: its own, or written for its kind (and body, agreement).

    Only a suggested template is preselected (the draft dialog) or used without being named (``draft``).
    """
    if template_key and template_key in (info.slug, info.key):
        return True
    specific = info.item_kind is not None or info.body_kind is not None or info.agreement_kind is not None
    return (
        specific
        and info.item_kind in (None, item_kind)
        and info.body_kind in (None, body_kind)
        and info.agreement_kind in (None, agreement_kind)
    )


def suggestion_score(
    info: TemplateInfo,
    *,
    item_kind: ItemKind | None,
    body_kind: BodyKind | None,
    agreement_kind: AgreementKind | None = None,
    template_key: str = "",
) -> int:
    """How well a template fits an item: its own template first, then kind of item, body and agreement.

    A negative score means the template is written for another kind of item or body. A generic template (no
    kind of item, body or agreement, e.g. "Palautetaan valmisteluun") fits any item only as a last resort:
    it comes after every template written for some kind (``GENERIC_SCORE``), so it never ranks first for
    an item no template is written for.
    """
    if template_key and template_key in (info.slug, info.key):
        return 1000
    if info.item_kind is None and info.body_kind is None and info.agreement_kind is None:
        return GENERIC_SCORE + (0 if info.shipped else 1)
    score = 0
    if info.item_kind is not None:
        score += 100 if info.item_kind == item_kind else -100
    if info.body_kind is not None:
        score += 10 if info.body_kind == body_kind else -10
    if info.agreement_kind is not None and agreement_kind is not None:
        score += 5 if info.agreement_kind == agreement_kind else -5
    if not info.shipped:
        score += 1  # the user's own wording before the shipped one
    return score


def suggest_templates(
    templates: list[TemplateInfo],
    *,
    item_kind: ItemKind | None,
    body_kind: BodyKind | None,
    agreement_kind: AgreementKind | None = None,
    template_key: str = "",
    language: str | None = None,
) -> list[tuple[TemplateInfo, int]]:
    """The templates best first, each with its score (see ``suggestion_score``); stable for equal scores."""
    scored = [
        (
            t,
            suggestion_score(
                t,
                item_kind=item_kind,
                body_kind=body_kind,
                agreement_kind=agreement_kind,
                template_key=template_key,
            ),
        )
        for t in templates
        if language is None or t.language == language
    ]
    return sorted(scored, key=lambda pair: -pair[1])


def remember_template(session: Session, item_id: int, info: TemplateInfo) -> None:
    """Remember that the § was drafted from ``info`` (``Item.template_key``): next time it is offered first.

    Written without a new version of the §: the key is no text of the § (nor of its fingerprint), and the item
    editor holding unsaved edits of the same § must still be able to save them.
    """
    key = (info.slug or info.key)[:200]
    session.execute(
        update(Item).where(Item.id == item_id).values(template_key=key).execution_options(synchronize_session=False)
    )


def with_text(info: TemplateInfo, text: str) -> TemplateInfo:
    """The same template with another text (for previewing unsaved edits)."""
    return replace(info, text=text)

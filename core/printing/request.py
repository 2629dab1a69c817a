"""What to print (``DocumentRequest``), finding the meeting and §, and the one entry point ``render_document``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, object_session

from core.printing.labels import check_language
from db.engine import Database
from db.enums import Language, MeetingState
from db.errors import NotFound, ValidationError, join, msg, msg_template
from db.models import Body, Item, Meeting

if TYPE_CHECKING:
    from core.printing.base import DocumentMeta, Writer


class DocumentKind(StrEnum):
    """The printed documents of a meeting."""

    EXCERPT = "excerpt"  # pöytäkirjanote of one §
    AGENDA = "agenda"  # esityslista
    MINUTES = "minutes"  # pöytäkirja with the appeal attachment
    DRAFT = "draft"  # päätösehdotusluonnos of one or more items


class DocumentFormat(StrEnum):
    """What a document is written as."""

    PDF = "pdf"  # for paper and mail
    HTML = "html"  # an accessible page for the public network (core.printing.html)
    PDFA = "pdfa"  # PDF/A-2b, the archival copy (core.printing.pdfa), with its metadata (core.printing.archival)


class ProgressSink(Protocol):
    """Where a long printout reports progress (``gui.operations.Progress`` is one; it raises when cancelled)."""

    def update(self, done: int, total: int = 0, text: str = "") -> None: ...


@dataclass(frozen=True)
class DocumentRequest:
    """One document to print.

    Attributes:
        kind: which document.
        meeting_id: the meeting.
        item_ids: the § for an excerpt (exactly one); the items of a decision draft (empty: every item).
        language: "fi" or "sv".
        draft: allow minutes or an excerpt of minutes that are not checked yet, marked LUONNOS on every page.
        public: a public document, where secret items print by their public title only.
        certified_on: the certification date of an excerpt (default: today).
        certifier_id: who certifies an excerpt (default: the meeting's secretary).
        meeting_ids: minutes of several meetings in one document (e.g. a year's, see ``year_minutes``);
            ``meeting_id`` is then one of them.
        format: PDF, or an HTML page for the public network.
        without_personal_data: the version kept in the public network after the appeal period (KuntaL 140 §):
            a § marked as containing personal data shows its (public) title and a note instead of its content.
    """

    kind: DocumentKind
    meeting_id: int
    item_ids: tuple[int, ...] = ()
    language: str = "fi"
    draft: bool = False
    public: bool = True
    certified_on: dt.date | None = None
    certifier_id: int | None = None
    meeting_ids: tuple[int, ...] = ()
    format: DocumentFormat = DocumentFormat.PDF
    without_personal_data: bool = False

    @property
    def personal_data(self) -> bool:
        """Whether the §s marked as containing personal data show in full (``core.printing.sections``)."""
        return not self.without_personal_data

    def new_writer(self, meta: DocumentMeta) -> Writer:
        """The builder this request's document is written into."""
        if self.format == DocumentFormat.HTML:
            from core.printing.html import HtmlBuilder

            return HtmlBuilder(meta)
        from core.printing.base import DocumentBuilder  # ReportLab: only when a document is made

        return DocumentBuilder(meta)

    def with_language(self, language: str) -> DocumentRequest:
        return replace(self, language=language)


def find_meeting(session: Session, *, body: str, date: dt.date) -> Meeting:
    """The meeting of the body (by its Finnish or Swedish name, any case) on the date."""
    wanted = body.strip().casefold()
    bodies = [b for b in session.scalars(select(Body)) if wanted in (b.name.casefold(), b.name_sv.casefold())]
    if not bodies:
        raise NotFound(msg("Toimielintä {body!r} ei löytynyt.", body=body))
    meetings = list(
        session.scalars(
            select(Meeting)
            .where(Meeting.body_id.in_([b.id for b in bodies]), Meeting.date == date)
            .order_by(Meeting.number)
        )
    )
    if not meetings:
        raise NotFound(
            msg(
                "Toimielimellä {body} ei ole kokousta {day}.{month}.{year}.",
                body=body,
                day=date.day,
                month=date.month,
                year=date.year,
            )
        )
    if len(meetings) > 1:
        names = ", ".join(f"{m.body.organisation.name} / {m.number}/{m.year}" for m in meetings)
        raise ValidationError(
            msg("Päivälle löytyi useita kokouksia ({names}); tarkenna toimielimen nimeä.", names=names)
        )
    return meetings[0]


def year_minutes(session: Session, *, body: str, year: int, language: str = "fi") -> DocumentRequest:
    """A request for the checked minutes of every meeting the body held in the year, in one document (the body by
    its Finnish or Swedish name: the home organisation's when several organisations have one of the name)."""
    wanted = body.strip().casefold()
    bodies = [b for b in session.scalars(select(Body)) if wanted in (b.name.casefold(), b.name_sv.casefold())]
    if not bodies:
        raise NotFound(msg("Toimielintä {body!r} ei löytynyt.", body=body))
    # Several organisations may have a body of the name (every municipality has a "Kunnanhallitus"): the home
    # organisation's is meant; without one, the name must tell the organisation.
    own = [b for b in bodies if b.organisation.is_home]
    if own:
        bodies = own
    organisations = sorted({b.organisation.name for b in bodies})
    if len(organisations) > 1:
        raise ValidationError(
            msg(
                "Nimellä {body} on toimielin usealla organisaatiolla ({organisations}); vuoden pöytäkirjat "
                "tulostetaan yhden organisaation toimielimeltä. Valitse ikkunassa toimielimen vuosi siirtimestä.",
                body=body,
                organisations=", ".join(organisations),
            )
        )
    return _year_request(session, [b.id for b in bodies], body, year, language)


def body_year_minutes(session: Session, *, body_id: int, year: int, language: str = "fi") -> DocumentRequest:
    """``year_minutes`` of the body with this id (the window's selection)."""
    body = session.get(Body, body_id)
    if body is None:
        raise NotFound(msg("Toimielintä ei löytynyt; se on ehkä poistettu."))
    return _year_request(session, [body_id], body.name, year, language)


def _year_request(session: Session, body_ids: list[int], body: str, year: int, language: str) -> DocumentRequest:
    meetings = [
        m
        for m in session.scalars(
            select(Meeting)
            .where(Meeting.body_id.in_(body_ids), Meeting.year == year)
            .order_by(Meeting.date, Meeting.number)
        )
        if m.is_locked
    ]
    if not meetings:
        raise NotFound(
            msg("Toimielimellä {body} ei ole tarkastettuja pöytäkirjoja vuodelta {year}.", body=body, year=year)
        )
    return DocumentRequest(
        DocumentKind.MINUTES, meetings[0].id, language=language, meeting_ids=tuple(m.id for m in meetings)
    )


def _dnro_key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def find_item(session: Session, meeting: Meeting, *, section: int | None = None, dnro: str | None = None) -> Item:
    """The § of the meeting by its number or by its diary number as written."""
    if (section is None) == (dnro is None):
        raise ValidationError(msg("Valitse pykälä joko numerolla tai diaarinumerolla."))
    for item in meeting.items:
        if section is not None and item.section_number == section:
            return item
        if dnro is not None and item.diary_number and _dnro_key(item.diary_number) == _dnro_key(dnro):
            return item
    if section is not None:
        raise NotFound(
            msg(
                "Kokouksessa {number}/{year} ei ole {section} §.",
                number=meeting.number,
                year=meeting.year,
                section=section,
            )
        )
    raise NotFound(
        msg(
            "Kokouksessa {number}/{year} ei ole diaarinumeroa {dnro}.",
            number=meeting.number,
            year=meeting.year,
            dnro=dnro,
        )
    )


def find_items_by_dnro(session: Session, dnro: str) -> list[Item]:
    """Every § with the diary number ``dnro`` as written (spaces and case aside), newest meeting first."""
    key = _dnro_key(dnro)
    compact = re.sub(r"\s+", "", dnro)
    candidates = session.scalars(
        select(Item)
        .join(Meeting, Item.meeting_id == Meeting.id)
        .where(func.lower(func.replace(Item.diary_number, " ", "")) == compact.lower())
        .order_by(Meeting.date.desc(), Item.section_number.desc())
    ).all()
    return [item for item in candidates if item.diary_number and _dnro_key(item.diary_number) == key]


def validate(request: DocumentRequest) -> None:
    check_language(request.language)
    if request.meeting_ids and request.kind != DocumentKind.MINUTES:
        raise ValidationError(msg("Useamman kokouksen asiakirjana voi tulostaa vain pöytäkirjat."))
    if request.kind == DocumentKind.EXCERPT and len(request.item_ids) != 1:
        raise ValidationError(msg("Pöytäkirjanote tulostetaan yhdestä pykälästä; valitse yksi pykälä."))
    if request.format == DocumentFormat.HTML and not request.public:
        raise ValidationError(
            msg(
                "Verkkosivua ei tehdä salassa pidettävän sisällön kanssa: sivu on tarkoitettu yleiseen "
                "tietoverkkoon. Tulosta salassa pidettävä sisältö PDF-tiedostoksi."
            )
        )
    if request.format == DocumentFormat.PDFA and (request.kind == DocumentKind.DRAFT or request.draft):
        raise ValidationError(
            msg(
                "Arkistokappaleen voi tehdä vain esityslistasta, tarkastetusta pöytäkirjasta ja sen otteesta, "
                "ei luonnoksesta."
            )
        )


def check_archivable(session: Session, request: DocumentRequest) -> None:
    """Refuse an archival copy of what is not final: an agenda not yet published, minutes not checked, or checked
    minutes whose content no longer matches their fingerprint (the copy would vouch for changed content)."""
    from core.minutes import Integrity, check_integrity

    for meeting_id in request.meeting_ids or (request.meeting_id,):
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound(msg("Kokousta ei löytynyt; se on ehkä poistettu."))
        if request.kind == DocumentKind.AGENDA:
            if meeting.state == MeetingState.DRAFT:
                raise ValidationError(
                    msg(
                        "Arkistokappaleen voi tehdä vain julkaistusta esityslistasta; kokouksen {number}/{year} "
                        "esityslista on vielä luonnos.",
                        number=meeting.number,
                        year=meeting.year,
                    )
                )
            continue
        if not meeting.state.is_locked:
            raise ValidationError(
                msg(
                    "Arkistokappaleen voi tehdä vain tarkastetusta pöytäkirjasta; kokouksen {number}/{year} "
                    "pöytäkirjaa ei ole tarkastettu.",
                    number=meeting.number,
                    year=meeting.year,
                )
            )
        report = check_integrity(session, meeting_id)
        if report.status != Integrity.INTACT:
            raise ValidationError(report.message)


def check_unchanged(session: Session, request: DocumentRequest) -> None:
    """Refuse to publish checked minutes (or an excerpt of them) whose content no longer matches their fingerprint:
    a page for the public network saying "Pöytäkirja on tarkastettu" would vouch for changed content, as an
    archival copy would (``check_archivable``). Minutes not yet checked and agendas are not fingerprinted."""
    from core.minutes import Integrity, check_integrity

    if request.kind not in (DocumentKind.MINUTES, DocumentKind.EXCERPT):
        return
    for meeting_id in dict.fromkeys(request.meeting_ids or (request.meeting_id,)):
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound(msg("Kokousta ei löytynyt; se on ehkä poistettu."))
        if not meeting.state.is_locked:
            continue
        report = check_integrity(session, meeting_id)
        if report.status != Integrity.INTACT:
            raise ValidationError(msg("{problem} Verkkojulkaisua ei tehty.", problem=report.message))


def render_in_session(session: Session, request: DocumentRequest, *, progress: ProgressSink | None = None) -> bytes:
    """Render the document from the caller's session."""
    from core.printing import agenda, decision_draft, excerpt, minutes
    from core.printing.loading import load_meetings

    validate(request)
    if request.format == DocumentFormat.PDFA:
        check_archivable(session, request)
    elif request.format == DocumentFormat.HTML:  # a page for the public network
        check_unchanged(session, request)
    handled = request.kind in (DocumentKind.EXCERPT, DocumentKind.MINUTES)
    loaded = load_meetings(  # a few queries instead of several per item; kept referenced while printing
        session,
        (request.meeting_id, *request.meeting_ids),
        handled=handled,
        members=request.kind == DocumentKind.AGENDA,
        item_ids=request.item_ids if request.kind == DocumentKind.EXCERPT else None,
    )
    meeting = session.get(Meeting, request.meeting_id)
    if meeting is None:
        raise NotFound(msg("Kokousta ei löytynyt; se on ehkä poistettu."))
    try:
        if request.kind == DocumentKind.EXCERPT:
            document = excerpt.render(session, meeting, request)
        elif request.kind == DocumentKind.AGENDA:
            document = agenda.render(session, meeting, request, progress=progress)
        elif request.kind == DocumentKind.MINUTES:
            document = minutes.render(session, meeting, request, progress=progress)
        else:
            document = decision_draft.render(session, meeting, request, progress=progress)
    finally:
        del loaded
    if request.format == DocumentFormat.PDFA:
        from core.printing.pdfa import to_pdfa

        if progress is not None:  # the check takes about as long as the printing itself; the bar waits meanwhile
            progress.update(0, 0, msg("Tarkistetaan arkistokappaleen PDF/A-muotoa…"))
        return to_pdfa(document)
    return document


def render_document(database: Database, request: DocumentRequest, *, progress: ProgressSink | None = None) -> bytes:
    """Render the document in its own read-only session (safe to call off the UI thread)."""
    with database.session() as session:
        return render_in_session(session, request, progress=progress)


def selected_items(meeting: Meeting, request: DocumentRequest) -> list[Item]:
    """The request's items in meeting order (all items when none are named)."""
    if not request.item_ids:
        return list(meeting.items)
    wanted = set(request.item_ids)
    session = object_session(meeting)
    if session is not None and "items" in inspect(meeting).unloaded:
        # Not every item of the meeting: an excerpt needs one (``loading.load_meetings`` read it already).
        statement = select(Item).where(Item.meeting_id == meeting.id, Item.id.in_(wanted)).order_by(Item.position)
        items = list(session.scalars(statement))
    else:
        items = [item for item in meeting.items if item.id in wanted]
    if len(items) != len(wanted):
        raise NotFound(msg("Valittua pykälää ei löytynyt tästä kokouksesta."))
    return items


# The parts of a § (``core.printing.sections.TRANSLATED_PARTS`` and ``DISSENTS_PART``) as the untranslated list
# names them.
_PART_NAMES = {
    "title": msg_template("otsikko"),
    "public_title": msg_template("julkaistava otsikko"),
    "background": msg_template("selostus"),
    "proposal": msg_template("päätösehdotus"),
    "handling": msg_template("käsittely"),
    "decision": msg_template("päätös"),
    "dissents": msg_template("eriävä mielipide"),  # sections.DISSENTS_PART
}
# The organisation's details a Swedish appeal instruction or certification prints, with their Swedish settings
# (core.appeal.swedish_details; empty: the Finnish one prints).
_ORGANISATION_PARTS = {
    "postal_address": msg_template("postiosoite"),
    "visiting_address": msg_template("käyntiosoite"),
    "registry_hours": msg_template("kirjaamon aukioloaika"),
    "certification_place": msg_template("todistuspaikka"),
}


def untranslated(session: Session, request: DocumentRequest) -> list[str]:
    """For a Swedish document: each § that prints a text in Finnish for want of a Swedish one, with the texts
    ("62 §: selostus, päätös"), so that the secretary can write them before sending the document; and the
    organisation's details its Swedish appeal instruction or certification prints in Finnish ("Organisaation
    tiedot: postiosoite, kirjaamon aukioloaika"). Empty for a Finnish document, and for the meetings of a
    Swedish-speaking organisation (which writes its texts in Swedish: the Swedish texts of a § are for bilingual
    and Finnish-speaking organisations).
    """
    if request.language != "sv":
        return []
    from core.printing.sections import Mode, untranslated_parts  # (ReportLab: only when a document is made)

    mode = Mode.HANDLED if request.kind in (DocumentKind.EXCERPT, DocumentKind.MINUTES) else Mode.PREPARED
    notes: list[str] = []
    several = len(set((request.meeting_id, *request.meeting_ids))) > 1
    for meeting_id in dict.fromkeys((request.meeting_id, *request.meeting_ids)):
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound(msg("Kokousta ei löytynyt; se on ehkä poistettu."))
        if meeting.body.organisation.language == Language.SWEDISH:
            continue
        items = list(meeting.items) if request.meeting_ids else selected_items(meeting, request)
        for item in items:
            parts = untranslated_parts(item, mode=mode, public=request.public, personal_data=request.personal_data)
            if not parts:
                continue
            templates = [_PART_NAMES[part] for part in parts]
            names = join(", ", [msg(template) for template in templates])
            if several:
                notes.append(
                    msg(
                        "Kokous {number}/{year}, {section} §: {parts}",
                        number=meeting.number,
                        year=meeting.year,
                        section=item.section_number,
                        parts=names,
                    )
                )
            else:
                notes.append(msg("{section} §: {parts}", section=item.section_number, parts=names))
        if request.kind in (DocumentKind.EXCERPT, DocumentKind.MINUTES):
            note = _untranslated_organisation(meeting, items, certified=request.kind == DocumentKind.EXCERPT)
            if note and note not in notes:
                notes.append(note)
    return notes


def _untranslated_organisation(meeting: Meeting, items: list[Item], *, certified: bool) -> str:
    """The organisation's details the Swedish document prints in Finnish: the registry's (postal and visiting
    address, opening hours) when an appeal instruction of ``items`` names the registry, and the certification
    place of a certified excerpt (of checked minutes); "" when none."""
    from core.appeal import route_for_item, swedish_details
    from db.enums import AppealRoute

    organisation = meeting.body.organisation
    wanted: list[str] = []
    registry_routes = (AppealRoute.RECTIFICATION, AppealRoute.SPECIAL_RECTIFICATION, AppealRoute.PROCUREMENT)
    for item in items:
        try:
            route = route_for_item(item).route
        except ValidationError:  # a route chosen by hand without a reason: the document itself says so
            continue
        if route in registry_routes:
            wanted += ["postal_address", "visiting_address", "registry_hours"]
            break
    if certified and meeting.is_locked:
        wanted.append("certification_place")
    given = swedish_details(organisation)
    missing = [name for name in wanted if str(getattr(organisation, name)).strip() and not given.get(name)]
    if not missing:
        return ""
    return msg(
        "Organisaation tiedot: {parts}", parts=join(", ", [msg(_ORGANISATION_PARTS[name]) for name in missing])
    )


def file_name(session: Session, request: DocumentRequest) -> str:
    """A sensible file name for the document, e.g. "Maakuntahallitus_2025-10-13_100_ote.pdf"."""
    meeting = session.get(Meeting, request.meeting_id)
    if meeting is None:
        raise NotFound(msg("Kokousta ei löytynyt; se on ehkä poistettu."))
    suffix = {
        DocumentKind.EXCERPT: "ote",
        DocumentKind.AGENDA: "esityslista",
        DocumentKind.MINUTES: "poytakirja",
        DocumentKind.DRAFT: "luonnos",
    }[request.kind]
    if request.language == "sv":
        suffix = {"ote": "utdrag", "esityslista": "foredragningslista", "poytakirja": "protokoll", "luonnos": "utkast"}[
            suffix
        ]
    parts = [meeting.body.name, meeting.date.isoformat()]
    if request.kind == DocumentKind.EXCERPT:
        parts.append(str(selected_items(meeting, request)[0].section_number))
    parts.append(suffix)
    if request.without_personal_data:
        parts.append("verkko" if request.language == "fi" else "natet")
    if request.format == DocumentFormat.PDFA:
        parts.append("arkisto" if request.language == "fi" else "arkiv")
    name = "_".join(parts)
    return re.sub(r"[^\w.-]+", "_", name) + (".html" if request.format == DocumentFormat.HTML else ".pdf")

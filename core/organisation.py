"""The home organisation, its bodies and their members, as the secretary keeps them after the first run.

The first run (``gui.first_run.write_setup``) stores the organisation, its bodies and members and the secretary;
these functions change them later (the settings dialog, ``gui.organisation_dialog``). Each takes an open
session and leaves committing to the caller. Nothing is deleted: a body no longer in use is marked inactive
(its meetings stay in the archive), and a member who leaves gets the last day of the term, so the minutes of
earlier meetings still list who was a member then.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.inflection import CASES, suggest_forms
from db.enums import BodyKind, Language, MeetingState, MemberRole, OrganisationKind
from db.errors import NotFound, ValidationError, msg
from db.models import Body, Meeting, Membership, Organisation, Person, PersonFormerName, Setting


@dataclass(frozen=True)
class OrganisationDetails:
    """What the first run asks of the organisation (and its Swedish name, for bilingual documents)."""

    kind: OrganisationKind
    name: str
    language: Language
    name_sv: str = ""
    postal_address: str = ""
    registry_email: str = ""
    registry_hours: str = ""
    certification_place: str = ""
    certification_text: str = "Otteen oikeaksi todistaa"
    certification_text_sv: str = "Utdragets riktighet bestyrker:"
    administrative_court: str = ""  # a key of resources/appeal/courts.toml; CUSTOM_COURT: set otherwise, kept
    visiting_address: str = ""
    postal_address_sv: str = ""  # a bilingual organisation's registry in Swedish (the Finnish is the fallback)
    visiting_address_sv: str = ""
    registry_hours_sv: str = ""
    certification_place_sv: str = ""  # the place in Swedish excerpts (Lahtis); the Finnish one is the fallback
    minutes_online_days: int = 365  # how long minutes stay in the public network (core.deadlines.online_schedule)
    name_genitive: str = ""  # inside a sentence ("Hartolan kunnan"); empty: suggested from the name when drafting


MINUTES_ONLINE_DAYS = (30, 3650)  # practice: from a month to five years (and ten at the most)

def check_minutes_online_days(days: int) -> None:
    """Refuse a time in the public network outside ``MINUTES_ONLINE_DAYS``."""
    low, high = MINUTES_ONLINE_DAYS
    if not low <= days <= high:
        raise ValidationError(
            msg(
                "Pöytäkirjat pidetään yleisessä tietoverkossa {low}–{high} päivää (annettu {minutes_online_days}).",
                low=low,
                high=high,
                minutes_online_days=days,
            )
        )


CUSTOM_COURT = "*"  # the court is a full description set by a program (core.appeal.set_administrative_court)


@dataclass(frozen=True)
class BodyDetails:
    """A body's name with its inflected forms (as printed inside sentences), kind, meeting place and use."""

    name: str
    kind: BodyKind
    default_place: str = ""
    name_sv: str = ""
    active: bool = True
    name_genitive: str = ""
    name_partitive: str = ""
    name_allative: str = ""
    name_adessive: str = ""
    name_inessive: str = ""
    name_elative: str = ""
    name_illative: str = ""
    parent_id: int | None = None  # the body above a division or an office-holder (rectification goes there)

    def with_suggested_forms(self) -> BodyDetails:
        """The same, with every empty inflected form suggested from the name (``core.inflection``)."""
        forms = suggest_forms(self.name)
        filled = {f"name_{case}": getattr(self, f"name_{case}") or getattr(forms, case) for case in CASES}
        return BodyDetails(**{**{f.name: getattr(self, f.name) for f in fields(self)}, **filled})


def _clean(text: str) -> str:
    return " ".join(text.split())


def home_organisation(session: Session, organisation_id: int | None = None) -> Organisation:
    """The home organisation of that id, or (None) the first one by id, which most callers mean."""
    if organisation_id is not None:
        chosen = session.get(Organisation, organisation_id)
        if chosen is None or not chosen.is_home:
            raise NotFound(msg("Omaa organisaatiota ei löydy; se on ehkä poistettu tai se ei ole oma organisaatio."))
        return chosen
    found = session.scalar(select(Organisation).where(Organisation.is_home.is_(True)).order_by(Organisation.id))
    if found is None:
        raise NotFound(msg("Tietokannassa ei ole vielä omaa organisaatiota; tee ensin käyttöönotto."))
    return found


def home_organisations(session: Session) -> list[Organisation]:
    """Every home organisation (one whose minutes this database keeps), by id: the first is the default one."""
    return list(session.scalars(select(Organisation).where(Organisation.is_home.is_(True)).order_by(Organisation.id)))


def organisation_details(session: Session, organisation_id: int | None = None) -> OrganisationDetails:
    """A home organisation's details (``organisation_id``; None: the first home organisation)."""
    org = home_organisation(session, organisation_id)
    values = {f.name: getattr(org, f.name) for f in fields(OrganisationDetails) if hasattr(org, f.name)}
    from core.appeal import swedish_details

    swedish = swedish_details(org)
    return OrganisationDetails(**values, administrative_court=_court_key(session, org),
                               postal_address_sv=swedish.get("postal_address", ""),
                               visiting_address_sv=swedish.get("visiting_address", ""),
                               registry_hours_sv=swedish.get("registry_hours", ""),
                               certification_place_sv=swedish.get("certification_place", ""))  # fmt: skip


def _court_key(session: Session, org: Organisation) -> str:
    """The organisation's administrative court as a key of the court list ("" none, CUSTOM_COURT another)."""
    from core.appeal import COURT_SETTING

    for key in (f"{COURT_SETTING}/{org.id}", COURT_SETTING):
        setting = session.get(Setting, key)
        if setting is not None:
            return setting.value if isinstance(setting.value, str) else CUSTOM_COURT
    return ""


def update_organisation(
    session: Session,
    details: OrganisationDetails,
    organisation_id: int | None = None,
    *,
    before: OrganisationDetails | None = None,
) -> Organisation:
    """Store a home organisation's details (``organisation_id``; None: the first home organisation); the name is
    required and must not be another organisation's.

    ``before``: the details the caller showed, when it may have shown them for a while (the settings dialog): only
    the fields changed from them are written, so that what another user stored meanwhile in the other fields stays.
    """
    org = home_organisation(session, organisation_id)
    if before is not None:
        stored = organisation_details(session, org.id)
        names = [f.name for f in fields(OrganisationDetails)]
        changed = {name: getattr(details, name) for name in names if getattr(details, name) != getattr(before, name)}
        details = OrganisationDetails(**{**{name: getattr(stored, name) for name in names}, **changed})
    name = _clean(details.name)
    if not name:
        raise ValidationError(msg("Organisaation nimi puuttuu."))
    clash = session.scalar(select(Organisation.id).where(Organisation.name == name, Organisation.id != org.id))
    if clash is not None:
        raise ValidationError(
            msg(
                "Tietokannassa on jo toinen organisaatio nimeltä {name} (esimerkiksi sopimuksen osapuolena).", name=name
            )
        )
    org.kind = details.kind
    org.name = name
    org.language = details.language
    org.name_sv = _clean(details.name_sv)
    org.name_genitive = _clean(details.name_genitive)
    org.postal_address = details.postal_address.strip()
    # The registry's address is printed in the appeal instructions: where the parties send their requests.
    org.registry_email = checked_email(details.registry_email)
    org.registry_hours = _clean(details.registry_hours)
    org.certification_place = _clean(details.certification_place)
    org.certification_text = _clean(details.certification_text) or OrganisationDetails.certification_text
    org.certification_text_sv = _clean(details.certification_text_sv) or OrganisationDetails.certification_text_sv
    org.visiting_address = details.visiting_address.strip()
    check_minutes_online_days(details.minutes_online_days)
    org.minutes_online_days = details.minutes_online_days
    _store_registry_sv(session, org, details)
    court = details.administrative_court
    if court and court != CUSTOM_COURT and court != _court_key(session, org):
        from core.appeal import set_administrative_court

        set_administrative_court(session, court, organisation_id=org.id)  # refuses an unknown key
    session.flush()
    return org


def checked_email(text: str) -> str:
    """An e-mail address as typed, trimmed; one not of the form name@example.fi is refused ("" is none)."""
    email = text.strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError(msg("Sähköpostiosoite {email} ei ole muotoa nimi@esimerkki.fi.", email=email))
    return email


def _store_registry_sv(session: Session, org: Organisation, details: OrganisationDetails) -> None:
    from core.appeal import REGISTRY_SV_SETTING

    key = f"{REGISTRY_SV_SETTING}/{org.id}"
    wanted = {
        name: value
        for name, value in (
            ("postal_address", details.postal_address_sv.strip()),
            ("visiting_address", details.visiting_address_sv.strip()),
            ("registry_hours", _clean(details.registry_hours_sv)),
            ("certification_place", _clean(details.certification_place_sv)),
        )
        if value
    }
    setting = session.get(Setting, key)
    if setting is None and wanted:
        session.add(Setting(key=key, value=wanted))
    elif setting is not None and wanted:
        setting.value = wanted
    elif setting is not None:
        session.delete(setting)


def bodies(session: Session) -> list[Body]:
    """Every body this database keeps, those in use and those not, in the navigator's order: the home
    organisation's first, then those of other organisations (e.g. a regional council's board whose minutes are
    kept here too) by the organisation's name."""
    return list(session.scalars(
        select(Body).join(Organisation, Body.organisation_id == Organisation.id)
        .order_by(Organisation.is_home.desc(), Organisation.name, Body.sort_order, Body.id)
    ))  # fmt: skip


def body_details(body: Body) -> BodyDetails:
    return BodyDetails(**{f.name: getattr(body, f.name) for f in fields(BodyDetails)})


def _check_body_name(session: Session, org_id: int, name: str, body_id: int | None) -> str:
    clean = _clean(name)
    if not clean:
        raise ValidationError(msg("Toimielimen nimi puuttuu."))
    # Letter case aside, as people's names (a lower-case "kunnanhallitus" beside "Kunnanhallitus" is the same).
    wanted = clean.casefold()
    others = session.scalars(select(Body).where(Body.organisation_id == org_id, Body.id != (body_id or 0)))
    clash = next((b for b in others if _clean(b.name).casefold() == wanted), None)
    if clash is not None:
        raise ValidationError(msg("Organisaatiolla on jo toimielin nimeltä {name}.", name=clash.name))
    return clean


def _check_parent(session: Session, body_id: int | None, organisation_id: int, details: BodyDetails) -> None:
    """The body above must exist, belong to the same organisation and not sit below this body."""
    if details.parent_id is None:
        return
    parent = session.get(Body, details.parent_id)
    if parent is None or parent.id == body_id:
        raise ValidationError(msg("Toimielin ei voi olla oma yläpuolinen toimielimensä."))
    if parent.organisation_id != organisation_id:
        raise ValidationError(
            msg("Yläpuolisen toimielimen {parent} on oltava saman organisaation.", parent=parent.name)
        )
    seen: set[int] = set()
    above: Body | None = parent
    while above is not None and above.id not in seen:
        if above.id == body_id:
            raise ValidationError(
                msg("{parent} on jo toimielimen {name} alainen.", parent=parent.name, name=_clean(details.name))
            )
        seen.add(above.id)
        above = above.parent


def _check_parent_given(details: BodyDetails, before: Body | None) -> None:
    """A division or an office-holder needs the body above it (rectification requests go there); a committee or
    a board may have one (the body it proposes matters to), a council none. A body stored without one before
    (e.g. at the first run) may keep going without it until one is chosen."""
    if details.parent_id is not None or details.kind not in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER):
        return
    if before is not None and before.kind == details.kind and before.parent_id is None:
        return
    raise ValidationError(
        msg(
            "Valitse toimielimelle {name} yläpuolinen toimielin: jaoston ja viranhaltijan päätöksistä tehdyt "
            "oikaisuvaatimukset käsitellään siinä.",
            name=_clean(details.name),
        )
    )


def _apply_body(body: Body, details: BodyDetails, name: str) -> None:
    filled = details.with_suggested_forms()
    for f in fields(BodyDetails):
        value = getattr(filled, f.name)
        setattr(body, f.name, _clean(value) if isinstance(value, str) else value)
    body.name = name


def add_body(session: Session, details: BodyDetails, organisation_id: int | None = None) -> Body:
    """A new body of a home organisation (``organisation_id``; None: the first home organisation), last in its
    order; forms left empty are suggested from the name. Its name must not be another body's of that
    organisation, and the body above must be one of that organisation's."""
    org = home_organisation(session, organisation_id)
    name = _check_body_name(session, org.id, details.name, None)
    last = session.scalar(select(func.max(Body.sort_order)).where(Body.organisation_id == org.id))
    _check_parent(session, None, org.id, details)
    _check_parent_given(details, None)
    body = Body(organisation=org, sort_order=(last or 0) + 1)
    _apply_body(body, details, name)
    session.add(body)
    session.flush()
    return body


def has_checked_minutes(session: Session, body_id: int) -> bool:
    """Whether the body's name, Swedish name and kind are fixed by checked minutes (``update_body``)."""
    body = session.get(Body, body_id)
    return body is not None and _has_checked_minutes(session, body)


def _has_checked_minutes(session: Session, body: Body) -> bool:
    """Whether minutes of the body, or of a division or office-holder below it, are checked: their printouts
    (excerpts, appeal instructions) read the body's name and kind when printed."""
    below = select(Body.id).where(Body.parent_id == body.id,
                                  Body.kind.in_((BodyKind.DIVISION, BodyKind.OFFICE_HOLDER)))  # fmt: skip
    checked = select(Meeting.id).where(
        (Meeting.body_id == body.id) | Meeting.body_id.in_(below),
        Meeting.state.in_((MeetingState.MINUTES_CHECKED, MeetingState.PUBLISHED)),
    )
    return session.scalar(checked.limit(1)) is not None


def _check_printed_body(session: Session, body: Body, details: BodyDetails, name: str) -> None:
    """Checked minutes must not change: a body whose minutes are checked keeps the name, Swedish name and kind
    (and a division or office-holder its body above) that their printouts show."""
    renamed = name != body.name or _clean(details.name_sv) != body.name_sv
    rekinded = details.kind != body.kind
    moved = body.kind in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER) and details.parent_id != body.parent_id
    if not (renamed or rekinded or moved) or not _has_checked_minutes(session, body):
        return
    if rekinded:
        raise ValidationError(
            msg(
                "Toimielimen {name} lajia ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden "
                "otteiden muutoksenhakuohje muuttuisi. Jos toimielin on todella toista lajia, lisää se uutena "
                "toimielimenä ja poista tästä rasti kohdasta Käytössä.",
                name=body.name,
            )
        )
    if renamed:
        raise ValidationError(
            msg(
                "Toimielimen {name} nimeä ei voi enää muuttaa, koska sen pöytäkirjoja on jo tarkastettu: niiden "
                "otteet tulostuisivat uudella nimellä. Jos toimielimen nimi muuttuu (esimerkiksi uuden "
                "toimikauden alussa), lisää uusi toimielin uudella nimellä ja poista vanhasta rasti kohdasta "
                "Käytössä. Kirjoitusvirheen voi korjata vain ennen kuin pöytäkirjoja on tarkastettu.",
                name=body.name,
            )
        )
    raise ValidationError(
        msg(
            "Toimielimen {name} yläpuolista toimielintä ei voi enää muuttaa, koska sen pöytäkirjoja on jo "
            "tarkastettu: niiden otteiden oikaisuvaatimusohje nimeää sen.",
            name=body.name,
        )
    )


def update_body(session: Session, body_id: int, details: BodyDetails) -> Body:
    """Store a body's details; forms left empty are suggested from the name. Its name must not be another
    body's of the same organisation. Once minutes of the body are checked, its name, Swedish name and kind
    stay as they were (``_check_printed_body``)."""
    body = session.get(Body, body_id)
    if body is None:
        raise NotFound(msg("Toimielintä ei löydy."))
    _check_parent(session, body.id, body.organisation_id, details)
    _check_parent_given(details, body)
    # A name kept as it is is not checked against the others: an older database may hold two names that differ
    # in letter case only, and each must stay editable (its other details, or a rename that parts them).
    kept = _clean(details.name) == _clean(body.name)
    name = _clean(details.name) if kept else _check_body_name(session, body.organisation_id, details.name, body_id)
    _check_printed_body(session, body, details, name)
    _apply_body(body, details, name)
    session.flush()
    return body


def members(session: Session, body_id: int, *, on: dt.date | None = None) -> list[Membership]:
    """A body's memberships in their order: all of them, or (``on``) those whose term includes that day."""
    stmt = select(Membership).where(Membership.body_id == body_id)
    if on is not None:
        stmt = stmt.where(Membership.term_start <= on, (Membership.term_end.is_(None)) | (Membership.term_end >= on))
    return list(session.scalars(stmt.order_by(Membership.sort_order, Membership.id)))


def people_named(session: Session, name: str) -> list[Person]:
    """Everyone with this name, letter case and extra spaces aside (none for an empty name)."""
    wanted = _clean(name).casefold()
    return [p for p in session.scalars(select(Person)) if wanted and _clean(p.name).casefold() == wanted]


def person_named(session: Session, name: str) -> Person | None:
    """The one person with this name (letter case and extra spaces aside); None if there is none or several."""
    found = people_named(session, name)
    return found[0] if len(found) == 1 else None


def _overlapping(
    session: Session, body_id: int, start: dt.date, end: dt.date | None, *, besides: int | None = None
) -> list[Membership]:
    """The body's memberships (but ``besides``) whose term shares at least one day with ``start``–``end``."""
    last = end or dt.date.max
    return [m for m in members(session, body_id)
            if m.id != besides and m.term_start <= last and start <= (m.term_end or dt.date.max)]  # fmt: skip


def _check_seated_once(body: Body, person: Person, overlapping: list[Membership], start: dt.date) -> None:
    """A person holds one seat of a body at a time (else the quorum counts them twice)."""
    same = [m for m in overlapping if m.person_id == person.id]
    if same:
        from core.deadlines import fi_date  # (the holiday calendars it loads are not needed otherwise)

        raise ValidationError(
            msg(
                "{name} on jo toimielimen {body} jäsen {term_start}.",
                name=person.name,
                body=body.name,
                term_start=fi_date(max(start, min(m.term_start for m in same))),
            )
        )


def _check_personal_member(
    session: Session, body: Body, person: Person, deputy_for_id: int | None, start: dt.date, end: dt.date | None
) -> None:
    """A personal deputy stands in for a member of the same body whose seat shares days with the deputy's term."""
    if deputy_for_id is None:
        return
    if deputy_for_id == person.id:
        raise ValidationError(msg("Henkilö ei voi olla oma varajäsenensä."))
    seats = [m for m in _overlapping(session, body.id, start, end)
             if m.person_id == deputy_for_id and m.role != MemberRole.DEPUTY]  # fmt: skip
    if not seats:
        member = session.get(Person, deputy_for_id)
        raise ValidationError(
            msg(
                "{member} ei ole toimielimen {body} jäsen varajäsenen {name} kaudella. Henkilökohtainen varajäsen "
                "valitaan jäsenelle, jonka kausi on samaan aikaan.",
                member=member.name if member is not None else "",
                body=body.name,
                name=person.name,
            )
        )


def add_member(
    session: Session,
    body_id: int,
    name: str,
    role: MemberRole,
    term_start: dt.date,
    *,
    term_end: dt.date | None = None,
    deputy_for_id: int | None = None,
) -> Membership:
    """A seat in the body from ``term_start``; an existing person of that name is reused, else one is added.

    A personal deputy names the member (``deputy_for_id``) they stand in for.
    """
    body = session.get(Body, body_id)
    if body is None:
        raise NotFound(msg("Toimielintä ei löydy."))
    clean = _clean(name)
    if not clean:
        raise ValidationError(msg("Jäsenen nimi puuttuu."))
    if term_end is not None and term_end < term_start:
        raise ValidationError(msg("Jäsenyys ei voi päättyä ennen kuin se alkaa."))
    if deputy_for_id is not None and role != MemberRole.DEPUTY:
        raise ValidationError(msg("Vain varajäsen voi olla jonkun jäsenen henkilökohtainen varajäsen."))
    person = person_named(session, clean)
    if person is None:
        person = Person(name=clean, organisation_id=body.organisation_id)
        session.add(person)
        session.flush()
    current = _overlapping(session, body_id, term_start, term_end)
    _check_seated_once(body, person, current, term_start)
    _check_personal_member(session, body, person, deputy_for_id, term_start, term_end)
    if role == MemberRole.CHAIR and any(m.role == MemberRole.CHAIR for m in current):
        raise ValidationError(
            msg("Toimielimellä on jo puheenjohtaja. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.")
        )
    last = session.scalar(select(func.max(Membership.sort_order)).where(Membership.body_id == body_id))
    membership = Membership(body_id=body_id, person=person, role=role, term_start=term_start, term_end=term_end,
                            deputy_for_id=deputy_for_id, sort_order=(last if last is not None else -1) + 1)  # fmt: skip
    session.add(membership)
    session.flush()
    return membership


def update_membership(
    session: Session,
    membership_id: int,
    *,
    role: MemberRole,
    term_start: dt.date,
    term_end: dt.date | None,
    deputy_for_id: int | None = None,
) -> Membership:
    """Change a seat's role or term; ending a term (``term_end``) is how a member leaves the body."""
    membership = session.get(Membership, membership_id)
    if membership is None:
        raise NotFound(msg("Jäsenyyttä ei löydy."))
    if term_end is not None and term_end < term_start:
        raise ValidationError(msg("Jäsenyys ei voi päättyä ennen kuin se alkaa."))
    if deputy_for_id is not None and role != MemberRole.DEPUTY:
        raise ValidationError(msg("Vain varajäsen voi olla jonkun jäsenen henkilökohtainen varajäsen."))
    if deputy_for_id == membership.person_id:
        raise ValidationError(msg("Henkilö ei voi olla oma varajäsenensä."))
    overlapping = _overlapping(session, membership.body_id, term_start, term_end, besides=membership.id)
    _check_seated_once(membership.body, membership.person, overlapping, term_start)
    _check_personal_member(session, membership.body, membership.person, deputy_for_id, term_start, term_end)
    if role == MemberRole.CHAIR:
        other = [m for m in overlapping if m.role == MemberRole.CHAIR]
        if other:
            raise ValidationError(
                msg(
                    "Toimielimen puheenjohtaja on {person}. Päätä hänen jäsenyytensä tai vaihda hänen roolinsa ensin.",
                    person=other[0].person.name,
                )
            )
    membership.role = role
    membership.term_start = term_start
    membership.term_end = term_end
    membership.deputy_for_id = deputy_for_id
    session.flush()
    return membership


@dataclass(frozen=True)
class PersonDetails:
    """A person as documents show them: name and title (in Finnish and Swedish), and how to reach them."""

    name: str
    title: str = ""
    title_sv: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PersonChange:
    """New details of a person and, for a new name or title, the day it changed (None: a correction);
    ``organisation_id``: the home organisation the person is moved to (None: kept)."""

    details: PersonDetails
    changed_from: dt.date | None = None
    organisation_id: int | None = None


def people(session: Session) -> list[Person]:
    """Everyone in the database (members, preparers, presenters, signatories), by name."""
    return sorted(session.scalars(select(Person)), key=lambda p: (_clean(p.name).casefold(), p.id))


def person_details(person: Person) -> PersonDetails:
    return PersonDetails(**{f.name: getattr(person, f.name) for f in fields(PersonDetails)})


def _apply_person(person: Person, details: PersonDetails) -> None:
    name = _clean(details.name)
    if not name:
        raise ValidationError(msg("Henkilön nimi puuttuu."))
    email = checked_email(details.email)
    person.name = name
    person.title = _clean(details.title)
    person.title_sv = _clean(details.title_sv)
    person.email = email
    person.phone = _clean(details.phone)


def add_person(session: Session, details: PersonDetails, organisation_id: int | None = None) -> Person:
    """A new person (e.g. a preparer who has just started) of the home organisation ``organisation_id`` (None: the
    first). Two people may share a name. A draft's signatory is looked for among its organisation's people."""
    person = Person(organisation_id=home_organisation(session, organisation_id).id)
    _apply_person(person, details)
    session.add(person)
    session.flush()
    return person


def update_person(
    session: Session,
    person_id: int,
    details: PersonDetails,
    *,
    changed_from: dt.date | None = None,
    organisation_id: int | None = None,
) -> Person:
    """Store a person's details; ``organisation_id`` moves the person to that home organisation (one added to
    the wrong one; None keeps it).

    ``changed_from``: the name or a title changed on that day (a marriage, a new post). The documents of meetings
    held before it keep naming the person as before (``PersonFormerName``, ``Person.as_on``). Without it the
    change is a correction: every document printed from now on shows it, earlier meetings' too. Either way the
    checked minutes' fingerprint covers who, not how they are named.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(msg("Henkilöä ei löydy."))
    before = (person.name, person.title, person.title_sv)
    after = (_clean(details.name), _clean(details.title), _clean(details.title_sv))
    # The last day of the former name and titles, when they changed on a day (not corrected).
    until = changed_from - dt.timedelta(days=1) if changed_from is not None and after != before else None
    if until is not None:
        latest = person.former_names[-1].until if person.former_names else None
        if latest is not None and until <= latest:
            from core.deadlines import fi_date

            raise ValidationError(
                msg(
                    "Henkilön {person} edellinen nimen tai nimikkeen muutos on merkitty alkamaan {value}. Uusi "
                    "muutos voi alkaa vasta sen jälkeen.",
                    person=person.name,
                    value=fi_date(latest + dt.timedelta(days=1)),
                )
            )
    _apply_person(person, details)
    if organisation_id is not None and organisation_id != person.organisation_id:
        person.organisation_id = home_organisation(session, organisation_id).id
    if until is not None:
        person.former_names.append(PersonFormerName(name=before[0], title=before[1], title_sv=before[2], until=until))
    session.flush()
    return person


def former_names(session: Session, person_id: int) -> list[PersonFormerName]:
    """The person's earlier names and titles, the oldest first (``Person.former_names``)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(msg("Henkilöä ei löydy."))
    return list(person.former_names)


def set_own_person(session: Session, name: str, title: str) -> Person | None:
    """The user (the settings' name and title) as a person of the home organisation, for keeping minutes.

    The person of that name gets the title; if there is none, one is added. An empty name changes nothing.
    Returns the person, or None when the name is empty or several people have it.
    """
    clean = _clean(name)
    if not clean:
        return None
    named = people_named(session, clean)
    if len(named) > 1:
        return None  # several of that name: which one is the user is not guessed
    person = named[0] if named else Person(name=clean, organisation_id=home_organisation(session).id)
    session.add(person)
    if _clean(title):
        person.title = _clean(title)
    session.flush()
    return person

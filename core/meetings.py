"""Use cases for meetings and their items: standard items, § numbering, adding, moving and removing items.

Sections (§) run per body through the calendar year. Items of checked minutes keep their numbers for
good; everything after them is renumbered so that the numbers follow the order of meetings and items.
Every function takes the caller's session and leaves the commit to it (one operation, one transaction).

A late arrival or an early departure is stored as a § number (``Attendance.arrived_at_section``,
``left_after_section``); whenever the numbers change, the marks of the meeting follow their items, so that they
keep pointing to the same matter. When that item leaves the meeting, an arrival moves to the next item and a
departure to the one before; a change that would leave someone present for no § (arrived after leaving) is
refused, naming the person. A temporary absence (``AttendanceAbsence``: left after one §, back at the start of a
later one) follows its items the same way; a change that would leave it covering no § is refused too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.enums import DecisionNature, ItemKind, Language, MeetingState
from db.errors import LockedError, NotFound, ValidationError, msg
from db.models import Attendance, Body, Item, Meeting, Setting


@dataclass(frozen=True)
class StandardItem:
    """A standard opening or closing item with its titles and usual proposal in Finnish and Swedish."""

    kind: ItemKind
    title: str
    title_sv: str
    proposal: str
    proposal_sv: str


OPENING_ITEMS: tuple[StandardItem, ...] = (
    StandardItem(
        ItemKind.OPENING,
        "Kokouksen avaus",
        "Mötets öppnande",
        "Puheenjohtaja avaa kokouksen.",
        "Ordföranden öppnar mötet.",
    ),
    StandardItem(
        ItemKind.LEGALITY,
        "Kokouksen laillisuus ja päätösvaltaisuus",
        "Laglighet och beslutförhet",
        "Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi.",
        "Mötet konstateras vara lagligen sammankallat och beslutfört.",
    ),
    StandardItem(
        ItemKind.CHECKERS,
        "Pöytäkirjantarkastajien valinta",
        "Val av protokolljusterare",
        "Valitaan kaksi pöytäkirjantarkastajaa.",
        "Två protokolljusterare väljs.",
    ),
    StandardItem(
        ItemKind.AGENDA_APPROVAL,
        "Työjärjestyksen hyväksyminen",
        "Godkännande av föredragningslistan",
        "Hyväksytään esityslista kokouksen työjärjestykseksi.",
        "Föredragningslistan godkänns som arbetsordning för mötet.",
    ),
)

CLOSING_ITEMS: tuple[StandardItem, ...] = (
    StandardItem(
        ItemKind.INFORMATION,
        "Ilmoitusasiat",
        "Anmälningsärenden",
        "Merkitään ilmoitusasiat tiedoksi.",
        "Anmälningsärendena antecknas för kännedom.",
    ),
    StandardItem(
        ItemKind.OTHER_MATTERS,
        "Muut asiat",
        "Övriga ärenden",
        "Käsitellään muut mahdolliset asiat.",
        "Övriga ärenden behandlas.",
    ),
    StandardItem(
        ItemKind.CLOSING,
        "Kokouksen päättäminen",
        "Mötets avslutande",
        "Puheenjohtaja päättää kokouksen.",
        "Ordföranden avslutar mötet.",
    ),
)

CLOSING_KINDS = frozenset(s.kind for s in CLOSING_ITEMS)
PROCEDURAL_KINDS = frozenset(s.kind for s in OPENING_ITEMS) | CLOSING_KINDS


def _require_unlocked(meeting: Meeting) -> None:
    if meeting.state.is_locked:
        raise LockedError(
            msg(
                "Kokouksen {number}/{year} pöytäkirja on tarkastettu; sen asioita ei voi muuttaa, lisätä eikä poistaa.",
                number=meeting.number,
                year=meeting.year,
            )
        )


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(msg("Kokousta ei löydy; se on ehkä poistettu."))
    return meeting


def get_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(msg("Asiaa ei löydy; se on ehkä poistettu."))
    return item


def suggest_meeting_number(session: Session, *, body_id: int, year: int) -> int:
    """The next meeting number of the body in the year."""
    current = session.scalar(select(func.max(Meeting.number)).where(Meeting.body_id == body_id, Meeting.year == year))
    return (current or 0) + 1


def next_section_number(session: Session, *, body_id: int, year: int) -> int:
    current = session.scalar(select(func.max(Item.section_number)).where(Item.body_id == body_id, Item.year == year))
    return (current or 0) + 1


def create_meeting(
    session: Session,
    *,
    body_id: int,
    date: dt.date,
    start_time: dt.time | None = None,
    place: str | None = None,
    number: int | None = None,
    standard_items: bool = True,
    secretary_id: int | None = None,
) -> Meeting:
    """Create a meeting of a body with the suggested number and, by default, the standard items.

    ``secretary_id``: who keeps the minutes (``suggest_secretary`` gives the usual one); None leaves it open.
    """
    body = session.get(Body, body_id)
    if body is None:
        raise NotFound(msg("Toimielintä ei löydy."))
    year = date.year
    if number is None:
        number = suggest_meeting_number(session, body_id=body_id, year=year)
    _check_number(session, body, year, number)
    meeting = Meeting(
        body=body,
        body_id=body_id,
        year=year,
        number=number,
        date=date,
        start_time=start_time,
        place=place if place is not None else body.default_place,
        state=MeetingState.DRAFT,
        secretary_id=secretary_id,
    )
    session.add(meeting)
    session.flush()
    if standard_items:
        # A Swedish-speaking organisation writes its texts in Swedish in the ordinary fields (it has no Swedish tab):
        # a Swedish title kept apart would print in place of the title it edits.
        swedish = body.organisation.language == Language.SWEDISH
        for position, std in enumerate((*OPENING_ITEMS, *CLOSING_ITEMS)):
            _new_item(
                session,
                meeting,
                position=position,
                title=std.title_sv if swedish else std.title,
                kind=std.kind,
                title_sv="" if swedish else std.title_sv,
                proposal=std.proposal_sv if swedish else std.proposal,
            )
        renumber(session, body_id=body_id, year=year)
    return meeting


def _check_number(session: Session, body: Body, year: int, number: int, meeting_id: int | None = None) -> None:
    """Refuse a meeting number below 1 or one the body already has in the year (another meeting than
    ``meeting_id``)."""
    if number < 1:
        raise ValidationError(msg("Kokouksen numeron on oltava positiivinen kokonaisluku."))
    same = select(Meeting.id).where(Meeting.body_id == body.id, Meeting.year == year, Meeting.number == number)
    clash = session.scalar(same.where(Meeting.id != meeting_id) if meeting_id is not None else same)
    if clash is not None:
        swap = msg(" Jos kokoukset vaihtavat numeroita, anna ensin toiselle väliaikainen numero.") if meeting_id else ""
        raise ValidationError(
            msg(
                "Toimielimellä {body} on jo kokous {number}/{year}.{swap}",
                body=body.name,
                number=number,
                year=year,
                swap=swap,
            )
        )


def update_meeting(
    session: Session,
    meeting_id: int,
    *,
    date: dt.date,
    start_time: dt.time | None,
    place: str,
    number: int | None = None,
) -> Meeting:
    """Change a meeting's date, starting time, place and number (None: kept) before its minutes are checked,
    e.g. when the meeting is moved and the numbers should follow the new order again; the year's § numbers
    follow the meetings' new order. A meeting is not moved to another year: the § numbers run through the year,
    so the items go to a meeting of that year instead (``move_item_to_meeting``)."""
    meeting = get_meeting(session, meeting_id)
    _require_unlocked(meeting)
    if date.year != meeting.year:
        raise ValidationError(
            msg(
                "Kokousta {number}/{year} ei voi siirtää vuodelle {year2}, koska pykälät numeroidaan vuosittain. "
                "Luo kokous vuodelle {year2} ja siirrä asiat siihen.",
                number=meeting.number,
                year=meeting.year,
                year2=date.year,
            )
        )
    renumbered = number is not None and number != meeting.number
    if number is not None and renumbered:
        _check_number(session, meeting.body, meeting.year, number, meeting.id)
        meeting.number = number
    moved = date != meeting.date
    meeting.date = date
    meeting.start_time = start_time
    meeting.place = " ".join(place.split())
    session.flush()
    if moved or renumbered:  # meetings of one day are in the order of their numbers
        renumber(session, body_id=meeting.body_id, year=meeting.year)
    return meeting


def suggest_secretary(session: Session, *, body_id: int, own_name: str = "") -> int | None:
    """Who keeps a new meeting's minutes: whoever kept the body's latest minutes, else the user, else nobody.

    The user is the person named ``own_name`` (the settings' name, given at the first run), found only when
    exactly one person has that name; letter case and extra spaces do not matter.
    """
    latest = session.scalar(
        select(Meeting.secretary_id)
        .where(Meeting.body_id == body_id, Meeting.secretary_id.is_not(None))
        .order_by(Meeting.date.desc(), Meeting.number.desc())
        .limit(1)
    )
    if latest is not None:
        return int(latest)
    from core.organisation import person_named  # (the settings' rules: not needed until a meeting is made)

    user = person_named(session, own_name)
    return user.id if user is not None else None


def _new_item(
    session: Session,
    meeting: Meeting,
    *,
    position: int,
    title: str,
    kind: ItemKind,
    title_sv: str = "",
    proposal: str = "",
) -> Item:
    item = Item(
        meeting=meeting,
        meeting_id=meeting.id,
        body_id=meeting.body_id,
        year=meeting.date.year,
        # A temporary, unique negative number until renumber() gives the real one.
        section_number=-(session.scalar(select(func.count(Item.id))) or 0) - position - 1_000_000,
        position=position,
        kind=kind,
        title=title,
        title_sv=title_sv,
        proposal=proposal,
        decision_nature=DecisionNature.PREPARES if kind in PROCEDURAL_KINDS else DecisionNature.DECIDES,
    )
    session.add(item)
    session.flush()
    return item


def meeting_items(session: Session, meeting_id: int) -> list[Item]:
    return list(session.scalars(select(Item).where(Item.meeting_id == meeting_id).order_by(Item.position, Item.id)))


def _default_position(items: list[Item]) -> int:
    """Before the standard closing items, if there are any."""
    for index, item in enumerate(items):
        if item.kind in CLOSING_KINDS:
            return index
    return len(items)


def add_item(
    session: Session,
    *,
    meeting_id: int,
    title: str,
    kind: ItemKind = ItemKind.ORDINARY,
    position: int | None = None,
) -> Item:
    """Add an item to a meeting (by default before the closing items); § numbers follow."""
    meeting = get_meeting(session, meeting_id)
    _require_unlocked(meeting)
    title = title.strip()
    if not title:
        raise ValidationError(msg("Asian otsikko puuttuu."))
    items = meeting_items(session, meeting_id)
    pos = _default_position(items) if position is None else max(0, min(position, len(items)))
    item = _new_item(session, meeting, position=pos, title=title, kind=kind)
    items.insert(pos, item)
    _set_positions(items)
    renumber(session, body_id=meeting.body_id, year=meeting.year)
    return item


def _set_positions(items: list[Item]) -> None:
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index


def move_item(session: Session, *, item_id: int, position: int) -> None:
    """Move an item within its meeting to ``position`` (0-based); § numbers follow the new order."""
    item = get_item(session, item_id)
    meeting = item.meeting
    _require_unlocked(meeting)
    items = meeting_items(session, meeting.id)
    items.remove(item)
    items.insert(max(0, min(position, len(items))), item)
    _set_positions(items)
    renumber(session, body_id=meeting.body_id, year=meeting.year)
    _require_ordered_marks(session, meeting)


def move_item_to_meeting(session: Session, *, item_id: int, meeting_id: int, position: int | None = None) -> None:
    """Move an item to another meeting of the same body; both years are renumbered."""
    item = get_item(session, item_id)
    source = item.meeting
    target = get_meeting(session, meeting_id)
    if target.id == source.id:
        return
    _require_unlocked(source)
    _require_unlocked(target)
    if target.body_id != source.body_id:
        raise ValidationError(msg("Asian voi siirtää vain saman toimielimen toiseen kokoukseen."))
    _marks_leave_item(session, source, item)
    remaining = [i for i in meeting_items(session, source.id) if i.id != item.id]
    _set_positions(remaining)
    target_items = meeting_items(session, target.id)
    pos = _default_position(target_items) if position is None else max(0, min(position, len(target_items)))
    # Out of the way of the unique § numbers while it changes year and meeting.
    item.section_number = -item.id - 2_000_000
    session.flush()
    item.meeting = target
    item.meeting_id = target.id
    item.year = target.year
    target_items.insert(pos, item)
    _set_positions(target_items)
    session.flush()
    renumber(session, body_id=source.body_id, year=source.year)
    if target.year != source.year:
        renumber(session, body_id=target.body_id, year=target.year)


def remove_item(session: Session, *, item_id: int) -> None:
    """Remove an item that is not part of checked minutes; the following § numbers close the gap."""
    item = get_item(session, item_id)
    meeting = item.meeting
    _require_unlocked(meeting)
    if item.corrections:
        raise LockedError(msg("Asiaan liittyy oikaisumerkintöjä, eikä sitä voi poistaa."))
    from core.agreements import refuse_if_party_decision  # here: core.agreements is loaded only when needed

    refuse_if_party_decision(session, item)
    _marks_leave_item(session, meeting, item)
    session.delete(item)
    session.flush()
    _set_positions(meeting_items(session, meeting.id))
    renumber(session, body_id=meeting.body_id, year=meeting.year)


def remove_meeting(session: Session, *, meeting_id: int) -> None:
    """Remove a meeting created by mistake, with its items and attendance list.

    Only while it is a draft: once its agenda is published it has gone out, and it stays on record. The items are
    refused as ``remove_item`` refuses them (a party's decision on an agreement); the year's later § numbers close
    the gap.
    """
    meeting = get_meeting(session, meeting_id)
    if meeting.state != MeetingState.DRAFT:
        raise LockedError(
            msg(
                "Kokouksen {number}/{year} esityslista on jo julkaistu, joten kokousta ei voi poistaa.",
                number=meeting.number,
                year=meeting.year,
            )
        )
    from core.agreements import refuse_if_party_decision  # here: core.agreements is loaded only when needed

    items = meeting_items(session, meeting.id)
    for item in items:
        refuse_if_party_decision(session, item)
    body_id, year = meeting.body_id, meeting.year
    for item in items:
        session.delete(item)
    session.delete(meeting)
    session.flush()
    renumber(session, body_id=body_id, year=year)


def _marked_attendances(session: Session, meeting_ids: list[int]) -> list[Attendance]:
    """The attendances of the meetings that arrive or leave at a given §."""
    if not meeting_ids:
        return []
    return list(
        session.scalars(
            select(Attendance).where(
                Attendance.meeting_id.in_(meeting_ids),
                (Attendance.arrived_at_section.is_not(None))
                | (Attendance.left_after_section.is_not(None))
                | Attendance.absences.any(),
            )
        )
    )


def _marks_leave_item(session: Session, meeting: Meeting, item: Item) -> None:
    """Before ``item`` leaves ``meeting``: an arrival at it moves to the next item, a departure after it to the one
    before (in the numbers they have now; ``renumber`` then moves them with their items)."""
    attendances = _marked_attendances(session, [meeting.id])
    if not attendances:
        return
    numbers = [i.section_number for i in meeting_items(session, meeting.id)]
    if item.section_number not in numbers:
        return
    index = numbers.index(item.section_number)
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    preceding = numbers[index - 1] if index > 0 else None
    for attendance in attendances:
        arrived, left = attendance.arrived_at_section, attendance.left_after_section
        if arrived == item.section_number:
            arrived = following
            if arrived is None:  # arrived for the last item: present for no item that stays
                raise _marks_refusal(attendance)
        if left == item.section_number:
            left = preceding
            if left is None:  # left after the first item: present for no item that stays
                raise _marks_refusal(attendance)
        if arrived is not None and left is not None and arrived > left:  # present for this item only
            raise _marks_refusal(attendance)
        attendance.arrived_at_section, attendance.left_after_section = arrived, left
        staying = [n for n in numbers if n != item.section_number]
        for absence in attendance.absences:
            away_from: int | None = absence.left_after_section
            back_at: int | None = absence.returned_at_section
            if away_from == item.section_number:
                away_from = preceding
            if back_at == item.section_number:
                back_at = following
            if away_from is None or back_at is None or not any(away_from < n < back_at for n in staying):
                raise _absence_refusal(attendance)
            absence.left_after_section, absence.returned_at_section = away_from, back_at
        _require_absences_within(attendance)


def _marks_refusal(attendance: Attendance) -> ValidationError:
    return ValidationError(
        msg(
            "Muutosta ei tehty: {name} olisi sen jälkeen merkitty läsnä olevaksi ei yhdenkään pykälän ajan. "
            "Korjaa ensin hänen saapumisensa tai poistumisensa läsnäolotiedoissa.",
            name=attendance.person.name,
        )
    )


def _absence_refusal(attendance: Attendance) -> ValidationError:
    return ValidationError(
        msg(
            "Muutosta ei tehty: {name} olisi sen jälkeen merkitty tilapäisesti poissa olleeksi ei yhdenkään pykälän "
            "ajan tai ennen saapumistaan tai poistumisensa jälkeen. Poista tai korjaa ensin hänen poissaolonsa "
            "läsnäolotiedoissa.",
            name=attendance.person.name,
        )
    )


def _require_absences_within(attendance: Attendance) -> None:
    """Refuse marks that put a temporary absence before the arrival, after the departure or around no §."""
    arrived, left = attendance.arrived_at_section, attendance.left_after_section
    numbers = [item.section_number for item in attendance.meeting.items]
    for absence in attendance.absences:
        away_from, back_at = absence.left_after_section, absence.returned_at_section
        if (
            (arrived is not None and away_from < arrived)
            or (left is not None and back_at > left)
            or not any(away_from < n < back_at for n in numbers)
        ):
            raise _absence_refusal(attendance)


def _require_ordered_marks(session: Session, meeting: Meeting) -> None:
    """Refuse an order of items that puts someone's departure before their arrival, or leaves a temporary absence
    around no § or outside their time in the meeting."""
    for attendance in _marked_attendances(session, [meeting.id]):
        arrived, left = attendance.arrived_at_section, attendance.left_after_section
        if arrived is not None and left is not None and arrived > left:
            raise _marks_refusal(attendance)
        _require_absences_within(attendance)


def _move_marks(session: Session, moves: dict[int, dict[int, int]]) -> None:
    """Move the arrival and departure marks of each meeting from the items' old § numbers to their new ones
    (``moves``: meeting id → old number → new number)."""
    for attendance in _marked_attendances(session, list(moves)):
        numbers = moves[attendance.meeting_id]
        if attendance.arrived_at_section in numbers:
            attendance.arrived_at_section = numbers[attendance.arrived_at_section]
        if attendance.left_after_section in numbers:
            attendance.left_after_section = numbers[attendance.left_after_section]
        for absence in attendance.absences:
            if absence.left_after_section in numbers:
                absence.left_after_section = numbers[absence.left_after_section]
            if absence.returned_at_section in numbers:
                absence.returned_at_section = numbers[absence.returned_at_section]


def _first_section_key(body_id: int, year: int) -> str:
    return f"first_section/{body_id}/{year}"


def first_section(session: Session, *, body_id: int, year: int) -> int:
    """The number of the body's first § in the year (1 unless set, e.g. when Sihteeri is taken into use
    in the middle of a year)."""
    setting = session.get(Setting, _first_section_key(body_id, year))
    return int(setting.value) if setting is not None else 1


def set_first_section(session: Session, *, body_id: int, year: int, number: int) -> None:
    """Set the number of the body's first § in the year and renumber the year's items."""
    if number < 1:
        raise ValidationError(msg("Ensimmäisen pykälän numeron on oltava positiivinen kokonaisluku."))
    key = _first_section_key(body_id, year)
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=number))
    else:
        setting.value = number
    renumber(session, body_id=body_id, year=year)


def renumber(session: Session, *, body_id: int, year: int) -> None:
    """Give the body's items of the year consecutive § numbers in meeting and item order.

    Items of checked minutes keep theirs; numbering continues after them. An unchecked meeting before a
    checked one keeps numbers that fit below the checked ones, else the renumbering is refused.
    """
    session.flush()
    first = first_section(session, body_id=body_id, year=year)
    rows = session.execute(
        select(Item, Meeting)
        .join(Meeting, Item.meeting_id == Meeting.id)
        .where(Item.body_id == body_id, Item.year == year)
        .order_by(Meeting.date, Meeting.number, Item.position, Item.id)
    ).all()
    plan: list[tuple[Item, Meeting, int]] = []
    counter = first
    for item, meeting in rows:
        if meeting.state.is_locked:
            if item.section_number < counter:
                raise ValidationError(
                    msg(
                        "Pykälänumerot eivät mahdu ennen tarkastettua kokousta {number}/{year}: siirrä asia "
                        "myöhempään kokoukseen.",
                        number=meeting.number,
                        year=meeting.year,
                    )
                )
            counter = item.section_number + 1
            continue
        plan.append((item, meeting, counter))
        counter += 1
    changes = [(item, number) for item, _meeting, number in plan if item.section_number != number]
    if not changes:
        return
    moves: dict[int, dict[int, int]] = {}
    for item, meeting, number in plan:
        if item.section_number > 0 and item.section_number != number:  # (a new item's number is a negative stand-in)
            moves.setdefault(meeting.id, {})[item.section_number] = number
    _move_marks(session, moves)
    # Two steps, so that the unique (body, year, §) constraint never sees two items with one number.
    ids = [item.id for item, _ in changes]
    session.execute(
        update(Item).where(Item.id.in_(ids)).values(section_number=-Item.id, version=Item.version + 1),
        execution_options={"synchronize_session": False},
    )
    for item, number in changes:
        session.execute(
            update(Item).where(Item.id == item.id).values(section_number=number, version=Item.version),
            execution_options={"synchronize_session": False},
        )
    for item, _number in changes:
        session.refresh(item, ["section_number", "version"])

"""Appeal deadlines: notification dates, the last day of a period (Act 150/1930), finality and data removal.

The rules (KuntaL 138–140 §, HL 59 §, laki säädettyjen määräaikain laskemisesta 150/1930):

* a member of the municipality is deemed notified 7 days after the minutes were published online;
* a party is deemed notified on the 7th day after a letter was sent, on the 3rd day after an electronic
  message was sent, or on the day it received a registered delivery (or the decision by hand);
* the day of notification is not counted: the period ends N days after it;
* when that day is a Saturday, a Sunday, a public holiday, Itsenäisyyspäivä, Vappu, Jouluaatto or
  Juhannusaatto, the period ends on the next working day. The notification day itself never moves.

Holidays come from the ``holidays`` package (Finland's public holidays include the eves of Midsummer and
Christmas), never from a table of our own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, defer, selectinload

from core.appeal import PERIOD_DAYS, RouteDecision, route_for_item
from db.enums import AppealRoute, DeliveryMethod, OrganisationKind
from db.errors import ValidationError, msg
from db.models import Body, Item, Meeting, Organisation, Recipient

MEMBER_NOTICE_DAYS = 7  # KuntaL 139 § 1 mom.: minutes online + 7 days
LETTER_NOTICE_DAYS = 7  # HL 59 § 1 mom.: the 7th day after the letter was sent
ELECTRONIC_NOTICE_DAYS = 3  # KuntaL 139 § 2 mom. / HL 59 §: the 3rd day after the message was sent

MEMBERS_GENITIVE = {
    OrganisationKind.MUNICIPALITY: "kunnan jäsenten",
    OrganisationKind.JOINT_AUTHORITY: "jäsenkuntien ja niiden jäsenten",
    OrganisationKind.REGIONAL_COUNCIL: "jäsenkuntien ja niiden jäsenten",
    OrganisationKind.WELLBEING_COUNTY: "hyvinvointialueen asukkaiden",
}
_WEEKDAYS_FI = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai")
_METHOD_TEXT = {
    DeliveryMethod.LETTER: "kirje lähetetty",
    DeliveryMethod.ELECTRONIC: "sähköinen viesti lähetetty",
    DeliveryMethod.REGISTERED: "saantitodistuksella vastaanotettu",
    DeliveryMethod.BY_HAND: "annettu henkilökohtaisesti",
}


def period_days(route: AppealRoute) -> int | None:
    """Length of the appeal period of ``route`` in days; None for the prohibition (no period)."""
    return PERIOD_DAYS[route]


@lru_cache(maxsize=64)
def _holidays(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("FI", language="fi", years=year).items())


def holiday_name(day: dt.date) -> str | None:
    """The Finnish name of the public holiday on ``day`` (incl. Vappu, Juhannusaatto, Jouluaatto), or None."""
    return _holidays(day.year).get(day)


def non_working_reason(day: dt.date) -> str | None:
    """Why ``day`` is not a day on which a period may end (Act 150/1930 5 §), or None for a working day."""
    name = holiday_name(day)
    if name is not None:
        return name
    if day.weekday() >= 5:  # Saturday or Sunday
        return _WEEKDAYS_FI[day.weekday()]
    return None


def is_working_day(day: dt.date) -> bool:
    """True when a period may end on ``day``: not a Saturday, Sunday or public holiday."""
    return non_working_reason(day) is None


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def notification_date(day: dt.date, method: DeliveryMethod | None = None) -> dt.date:
    """The day of notification (tiedoksisaantipäivä), which never moves even if it is a holiday.

    ``method`` None means the members of the municipality and ``day`` the date the minutes went online.
    For a letter or an electronic message ``day`` is the sending date; for registered delivery or delivery
    by hand it is the date of receipt.
    """
    if method is None:
        return day + dt.timedelta(days=MEMBER_NOTICE_DAYS)
    if method == DeliveryMethod.LETTER:
        return day + dt.timedelta(days=LETTER_NOTICE_DAYS)
    if method == DeliveryMethod.ELECTRONIC:
        return day + dt.timedelta(days=ELECTRONIC_NOTICE_DAYS)
    return day


def last_day(notified: dt.date, days: int) -> dt.date:
    """The last day of a ``days``-day period: ``days`` after the notification day, moved to a working day."""
    if days <= 0:
        raise ValidationError(msg("Muutoksenhakuajan pituuden on oltava positiivinen, ei {days} päivää.", days=days))
    return next_working_day(notified + dt.timedelta(days=days))


def fi_date(day: dt.date) -> str:
    """A date as Finnish documents write it: 31.3.2025."""
    return f"{day.day}.{day.month}.{day.year}"


def weekday_date(day: dt.date) -> str:
    """A date with its Finnish weekday: ma 31.3.2025."""
    return f"{_WEEKDAYS_FI[day.weekday()][:2]} {fi_date(day)}"


@dataclass(frozen=True)
class Deadline:
    """One appeal period computed from one notification.

    Attributes:
        start: the publication, sending or receipt date the computation started from.
        method: how the decision was delivered; None for the members of the municipality (minutes online).
        notified: the day of notification (never moved).
        days: length of the period.
        nominal_end: ``notified`` + ``days``, before any move.
        last_day: the last day of the period, moved past Saturdays, Sundays and holidays.
        moved_because: why the nominal end is no working day (e.g. "lauantai", "Vappu"), "" when not moved.
        members: who is notified by publication, in the genitive plural ("kunnan jäsenten", "hyvinvointialueen
            asukkaiden"), for the explanation.
    """

    start: dt.date
    method: DeliveryMethod | None
    notified: dt.date
    days: int
    nominal_end: dt.date
    last_day: dt.date
    moved_because: str
    members: str = "kunnan jäsenten"

    @property
    def final(self) -> dt.date:
        """The first day the decision is final (lainvoimainen) if nothing was filed within this period."""
        return self.last_day + dt.timedelta(days=1)

    def explanation(self) -> str:
        """The calculation in Finnish, for a tooltip or the command line."""
        if self.method is None:
            first = (
                f"Pöytäkirja julkaistu yleisessä tietoverkossa {weekday_date(self.start)}; {self.members} "
                f"katsotaan saaneen tiedon {MEMBER_NOTICE_DAYS} päivän kuluttua: {weekday_date(self.notified)}."
            )
        elif self.method in (DeliveryMethod.LETTER, DeliveryMethod.ELECTRONIC):
            count = LETTER_NOTICE_DAYS if self.method == DeliveryMethod.LETTER else ELECTRONIC_NOTICE_DAYS
            first = (
                f"Päätös: {_METHOD_TEXT[self.method]} {weekday_date(self.start)}; tiedoksisaanti "
                f"{count}. päivänä lähettämisestä: {weekday_date(self.notified)}."
            )
        else:
            first = f"Päätös {_METHOD_TEXT[self.method]} {weekday_date(self.notified)}; tiedoksisaanti samana päivänä."
        second = (
            f"Tiedoksisaantipäivää ei lueta määräaikaan; {self.days} päivän määräaika päättyy "
            f"{weekday_date(self.nominal_end)}"
        )
        if self.moved_because:
            second += (
                f", joka on {self.moved_because.lower()}; määräaika päättyy siksi seuraavana arkipäivänä "
                f"{weekday_date(self.last_day)} (laki 150/1930 5 §)."
            )
        else:
            second += "."
        third = f"Jos muutosta ei haeta, päätös on lainvoimainen {weekday_date(self.final)} alkaen."
        return " ".join((first, second, third))


def compute_deadline(
    start: dt.date, days: int, method: DeliveryMethod | None = None, *, kind: OrganisationKind | None = None
) -> Deadline:
    """The appeal period of ``days`` days starting from ``start`` (see ``notification_date`` for ``method``).

    ``kind`` names the members in the explanation (municipality by default).
    """
    notified = notification_date(start, method)
    nominal = notified + dt.timedelta(days=days)
    end = last_day(notified, days)
    return Deadline(
        start=start,
        method=method,
        notified=notified,
        days=days,
        nominal_end=nominal,
        last_day=end,
        moved_because=(non_working_reason(nominal) or "") if end != nominal else "",
        members=MEMBERS_GENITIVE[kind or OrganisationKind.MUNICIPALITY],
    )


@dataclass(frozen=True)
class PartyDeadline:
    """The appeal period of one recipient of the decision (a party), counted from its own notification."""

    recipient: str
    deadline: Deadline


@dataclass(frozen=True)
class ItemDeadlines:
    """Every date of one § the secretary needs, with the calculation explained.

    Attributes:
        route: the § 's route decision (``core.appeal.route_for_item``).
        published: the date the minutes went online, or None while they have not.
        members: the period of the members of the municipality (None without a period or publication).
        parties: the periods of the recipients whose sending (or receipt) date and method are recorded.
        notified, last_day: the members' notification date and last day (None when ``members`` is None).
        final: the first day the decision is final (lainvoimainen) if nothing is filed: the day after the
            latest last day, members' and parties' alike.
        personal_data_removal: the first day on which personal data must be off the published minutes:
            the day after the members' period ended (KuntaL 140 § 2 mom.).
        explanation: the calculation in Finnish, for a tooltip.
    """

    route: RouteDecision
    published: dt.date | None
    members: Deadline | None
    parties: tuple[PartyDeadline, ...]

    @property
    def notified(self) -> dt.date | None:
        return self.members.notified if self.members else None

    @property
    def last_day(self) -> dt.date | None:
        return self.members.last_day if self.members else None

    @property
    def final(self) -> dt.date | None:
        ends = [p.deadline.last_day for p in self.parties]
        if self.members is not None:
            ends.append(self.members.last_day)
        return max(ends) + dt.timedelta(days=1) if ends else None

    @property
    def personal_data_removal(self) -> dt.date | None:
        return self.members.final if self.members else None

    @property
    def explanation(self) -> str:
        if self.route.period_days is None:
            return (
                "Päätöksestä ei saa hakea muutosta (muutoksenhakukielto), joten muutoksenhakuaikaa, "
                "lainvoimaisuuspäivää tai henkilötietojen poistopäivää ei lasketa."
            )
        parts: list[str] = []
        if self.members is None:
            parts.append(
                "Pöytäkirjaa ei ole vielä julkaistu yleisessä tietoverkossa; jäsenten määräaika lasketaan "
                "julkaisupäivästä."
            )
        else:
            parts.append(self.members.explanation())
            parts.append(
                f"Henkilötiedot poistetaan verkosta muutoksenhakuajan päätyttyä: {weekday_date(self.members.final)}."
            )
        for party in self.parties:
            parts.append(f"{party.recipient}: {party.deadline.explanation()}")
        if self.parties and self.final is not None:
            parts.append(
                f"Päätös on lainvoimainen, kun kaikkien määräajat ovat päättyneet: {weekday_date(self.final)}."
            )
        return "\n".join(parts)


def party_deadline(recipient: Recipient, days: int) -> PartyDeadline | None:
    """A party's own period, from the day the excerpt was sent (a letter, e-mail) or received (against a receipt,
    by hand); None for a recipient who is not a party, or before the excerpt went out."""
    method = recipient.delivery_method
    if not recipient.is_party or method is None:
        return None
    if method in (DeliveryMethod.REGISTERED, DeliveryMethod.BY_HAND):
        start = recipient.received_date
    else:
        start = recipient.sent_date
    if start is None:
        return None
    return PartyDeadline(recipient=recipient.name, deadline=compute_deadline(start, days, method))


def item_deadlines(item: Item, *, published: dt.date | None = None) -> ItemDeadlines:
    """The dates of one §: from the meeting's publication date (or ``published``) and its recipients."""
    decision = route_for_item(item)
    published = published or item.meeting.published_date
    days = decision.period_days
    if days is None:
        return ItemDeadlines(route=decision, published=published, members=None, parties=())
    kind = item.meeting.body.organisation.kind
    members = compute_deadline(published, days, kind=kind) if published is not None else None
    parties = tuple(p for p in (party_deadline(r, days) for r in item.recipients) if p is not None)
    return ItemDeadlines(route=decision, published=published, members=members, parties=parties)


# Personal data comes off at the latest this long after publication: a member's notification (7 days), the
# longest appeal period (30 days) and the moves past holidays (a Christmas week, Easter) fit in it.
_PERSONAL_DATA_WINDOW = dt.timedelta(days=60)


@dataclass(frozen=True)
class OnlineSchedule:
    """How long a meeting's published minutes stay in the public network (KuntaL 140 §).

    Attributes:
        published: the day the minutes went online.
        personal_data: for the §§ marked as holding personal data, the first day it must be off the published
            minutes (the day after the members' appeal period), with those §§' numbers; in date order.
        minutes_off: the first day the minutes may come off: the organisation's period from publication
            (``Organisation.minutes_online_days``), but not before every § 's appeal period has ended.
    """

    published: dt.date
    personal_data: tuple[tuple[dt.date, tuple[int, ...]], ...]
    minutes_off: dt.date


def online_schedule(meeting: Meeting) -> OnlineSchedule | None:
    """The dates of a meeting's minutes in the public network, or None while they have not been published."""
    published = meeting.published_date
    if published is None:
        return None
    organisation = meeting.body.organisation
    online = dt.timedelta(days=organisation.minutes_online_days)
    # Every appeal period has ended within _PERSONAL_DATA_WINDOW of publication. When the minutes stay online
    # longer, no period can move their removal, so only the §§ holding personal data are looked at.
    wanted = [i for i in meeting.items if i.has_personal_data or online < _PERSONAL_DATA_WINDOW]
    periods: dict[int, Deadline] = {}  # one per length of period: every § was published the same day
    removal: dict[dt.date, list[int]] = {}
    minutes_off = published + online
    for item in wanted:
        days = _period_of(item)
        if days is None:
            continue  # no appeal against it: nothing to wait for
        if days not in periods:
            periods[days] = compute_deadline(published, days, kind=organisation.kind)
        final = periods[days].final
        minutes_off = max(minutes_off, final)
        if item.has_personal_data:
            removal.setdefault(final, []).append(item.section_number)
    personal = tuple((day, tuple(sorted(sections))) for day, sections in sorted(removal.items()))
    return OnlineSchedule(published, personal, minutes_off)


def _period_of(item: Item) -> int | None:
    """The § 's appeal period in days (None: no appeal); a route chosen by hand without its reason still counts."""
    try:
        return route_for_item(item).period_days
    except ValidationError:
        override = item.appeal_route_override
        return PERIOD_DAYS[override] if override is not None else None


@dataclass(frozen=True)
class OnlineRemoval:
    """Something that comes off the published minutes on ``day``: the personal data of ``sections``, or the whole
    minutes (``sections`` empty)."""

    day: dt.date
    meeting_id: int
    meeting: str
    sections: tuple[int, ...]


def online_removals(session: Session, *, since: dt.date, until: dt.date) -> list[OnlineRemoval]:
    """What comes off the public network from ``since`` to ``until`` (both included), by day: the reminder list
    of ``online_schedule`` over every published meeting whose dates can fall there."""
    removals: list[OnlineRemoval] = []
    for organisation in session.scalars(select(Organisation)):
        days = dt.timedelta(days=organisation.minutes_online_days)
        published = Meeting.published_date
        meetings = session.scalars(
            select(Meeting)
            # The §§' long texts are not needed for their dates: a year's worth would be megabytes.
            .options(
                selectinload(Meeting.items).options(
                    *(defer(c) for c in (Item.background, Item.proposal, Item.handling, Item.decision)),
                    *(defer(c) for c in (Item.background_sv, Item.proposal_sv, Item.handling_sv, Item.decision_sv)),
                )
            )
            .join(Body, Meeting.body_id == Body.id)
            .where(Body.organisation_id == organisation.id, published.is_not(None))
            .where(
                or_(
                    published.between(since - _PERSONAL_DATA_WINDOW, until),  # personal data
                    published.between(since - days - _PERSONAL_DATA_WINDOW, until - days),  # the whole minutes
                )
            )
        )
        for meeting in meetings:
            schedule = online_schedule(meeting)
            if schedule is None:
                continue
            label = f"{meeting.body.name} {meeting.number}/{meeting.year}"
            for day, sections in schedule.personal_data:
                if since <= day <= until:
                    removals.append(OnlineRemoval(day, meeting.id, label, sections))
            if since <= schedule.minutes_off <= until:
                removals.append(OnlineRemoval(schedule.minutes_off, meeting.id, label, ()))
    return sorted(removals, key=lambda r: (r.day, r.meeting, r.sections == (), r.sections))

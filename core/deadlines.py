"""Appeal deadlines: notification dates, the last day of a period (Act 150/1930), finality and data removal.

The rules (KuntaL 138–140 §, HL 59 §, laki säädettyjen määräaikain laskemisesta 150/1930):

* a member of the municipality is deemed notified 7 days after the minutes were published online;
* a party is deemed notified on the 7th day after a letter was sent, on the 3rd day after an electronic
  message was sent, or on the day it received a registered delivery (or the decision by hand);
* a procurement decision sent electronically is deemed received the day the message is available to the
  tenderer, in practice the day it was sent (hankintalaki 1397/2016 127 § 1 mom.); sent by letter, the 7th day
  after sending (127 § 2 mom.), as above;
* the members of the municipality (of a joint authority's member municipalities, of a wellbeing services
  county) may request rectification and appeal only under the local government acts (KuntaL 137 §): for a
  procurement, an appeal under a special act or a rectification under HL 49 c § only the parties' periods run;
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
PROCUREMENT_ELECTRONIC_NOTICE_DAYS = 0  # hankintalaki 127 § 1 mom.: the day the message is available (sent)

# Routes under which the members of the municipality (KuntaL 137 §, laki hyvinvointialueesta 142 §) may seek
# a change, and so the publication of the minutes starts a period; the others run from each party's notice.
MEMBER_ROUTES = frozenset({AppealRoute.RECTIFICATION, AppealRoute.MUNICIPAL_APPEAL})

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


def members_have_standing(route: AppealRoute) -> bool:
    """True when the members of the municipality may seek a change under ``route`` (its period runs from the
    minutes' publication too); False for procurement, special-act appeals and HL 49 c § rectification."""
    return route in MEMBER_ROUTES


def _electronic_notice_days(route: AppealRoute | None) -> int:
    return PROCUREMENT_ELECTRONIC_NOTICE_DAYS if route == AppealRoute.PROCUREMENT else ELECTRONIC_NOTICE_DAYS


def notification_date(
    day: dt.date, method: DeliveryMethod | None = None, *, route: AppealRoute | None = None
) -> dt.date:
    """The day of notification (tiedoksisaantipäivä), which never moves even if it is a holiday.

    ``method`` None means the members of the municipality and ``day`` the date the minutes went online.
    For a letter or an electronic message ``day`` is the sending date; for registered delivery or delivery
    by hand it is the date of receipt. Under ``route`` procurement an electronic message notifies on the day
    it was sent (hankintalaki 127 § 1 mom.).
    """
    if method is None:
        return day + dt.timedelta(days=MEMBER_NOTICE_DAYS)
    if method == DeliveryMethod.LETTER:
        return day + dt.timedelta(days=LETTER_NOTICE_DAYS)
    if method == DeliveryMethod.ELECTRONIC:
        return day + dt.timedelta(days=_electronic_notice_days(route))
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
        route: the route when it changes the counting (procurement: an e-mail notifies the day it was sent).
    """

    start: dt.date
    method: DeliveryMethod | None
    notified: dt.date
    days: int
    nominal_end: dt.date
    last_day: dt.date
    moved_because: str
    members: str = "kunnan jäsenten"
    route: AppealRoute | None = None

    @property
    def final(self) -> dt.date:
        """The first day the decision is final (lainvoimainen) if nothing was filed within this period."""
        return self.last_day + dt.timedelta(days=1)

    def explanation(self, *, finality: bool = True) -> str:
        """The calculation in Finnish, for a tooltip or the command line.

        ``finality`` False leaves out the sentence on when the decision is final: with several periods (the
        members' and the parties') only the latest end says that, once, where they are put together.
        """
        if self.method == DeliveryMethod.ELECTRONIC and self.route == AppealRoute.PROCUREMENT:
            first = (
                f"Hankintapäätös: {_METHOD_TEXT[self.method]} {weekday_date(self.start)}; tiedoksisaanti "
                f"lähettämispäivänä (hankintalaki 1397/2016 127 § 1 mom.): {weekday_date(self.notified)}."
            )
        elif self.method is None:
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
        if not finality:
            return " ".join((first, second))
        third = f"Jos muutosta ei haeta, päätös on lainvoimainen {weekday_date(self.final)} alkaen."
        return " ".join((first, second, third))


def compute_deadline(
    start: dt.date,
    days: int,
    method: DeliveryMethod | None = None,
    *,
    kind: OrganisationKind | None = None,
    route: AppealRoute | None = None,
) -> Deadline:
    """The appeal period of ``days`` days starting from ``start`` (see ``notification_date`` for ``method`` and
    ``route``).

    ``kind`` names the members in the explanation (municipality by default).
    """
    notified = notification_date(start, method, route=route)
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
        route=route,
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
        members: the period of the members of the municipality (None without a period or publication, and
            under a route where the members have no standing: ``members_have_standing``).
        parties: the periods of the recipients whose sending (or receipt) date and method are recorded.
        pending: the parties whose period has not started: no sending recorded, or a registered delivery not
            yet received.
        online: the period counted from the publication, which decides when personal data comes off the
            published minutes (the members' period, or for the other routes the same count from publication,
            as ``online_schedule`` does); None without a period or publication.
        notified, last_day: the members' notification date and last day (None when ``members`` is None).
        final: the first day the decision is final (lainvoimainen) if nothing is filed: the day after the
            latest last day, members' and parties' alike; None ("not yet known") until every period has
            started: the minutes published (when the members have standing) and every party notified.
        personal_data_removal: the first day on which personal data must be off the published minutes:
            the day after the period counted from publication ended (KuntaL 140 § 2 mom.).
        explanation: the calculation in Finnish, for a tooltip.
    """

    route: RouteDecision
    published: dt.date | None
    members: Deadline | None
    parties: tuple[PartyDeadline, ...]
    pending: tuple[str, ...] = ()
    online: Deadline | None = None

    @property
    def members_have_standing(self) -> bool:
        return members_have_standing(self.route.route)

    @property
    def notified(self) -> dt.date | None:
        return self.members.notified if self.members else None

    @property
    def last_day(self) -> dt.date | None:
        return self.members.last_day if self.members else None

    @property
    def waiting_for(self) -> str:
        """Finnish: whose period has not started yet ("" when every period has started, or none applies)."""
        if self.route.period_days is None:
            return ""
        missing: list[str] = []
        if self.members_have_standing and self.members is None:
            missing.append("pöytäkirjan julkaisua yleisessä tietoverkossa")
        if self.pending:
            missing.append(f"tiedoksiantoa asianosaiselle {', '.join(self.pending)}")
        if not missing and not self.members_have_standing and not self.parties:
            missing.append("asianosaisten tiedoksisaantia (kirjaa otteiden lähettäminen)")
        return " ja ".join(missing)

    @property
    def final(self) -> dt.date | None:
        if self.route.period_days is None or self.waiting_for:
            return None
        ends = [p.deadline.last_day for p in self.parties]
        if self.members is not None:
            ends.append(self.members.last_day)
        return max(ends) + dt.timedelta(days=1) if ends else None

    @property
    def personal_data_removal(self) -> dt.date | None:
        return self.online.final if self.online else None

    @property
    def explanation(self) -> str:
        if self.route.period_days is None:
            return (
                "Päätöksestä ei saa hakea muutosta (muutoksenhakukielto), joten muutoksenhakuaikaa, "
                "lainvoimaisuuspäivää tai henkilötietojen poistopäivää ei lasketa."
            )
        parts: list[str] = []
        if not self.members_have_standing:
            parts.append(
                "Tästä päätöksestä voivat hakea muutosta vain asianosaiset; määräaika lasketaan kunkin "
                "asianosaisen tiedoksisaannista, ei pöytäkirjan julkaisusta."
            )
            if self.online is not None:
                parts.append(
                    f"Pöytäkirja julkaistu yleisessä tietoverkossa {weekday_date(self.online.start)}; henkilötiedot "
                    f"poistetaan verkosta julkaisusta lasketun muutoksenhakuajan päätyttyä: "
                    f"{weekday_date(self.online.final)}."
                )
        elif self.members is None:
            parts.append(
                "Pöytäkirjaa ei ole vielä julkaistu yleisessä tietoverkossa; jäsenten määräaika lasketaan "
                "julkaisupäivästä."
            )
        else:
            parts.append(self.members.explanation(finality=False))
            parts.append(
                f"Henkilötiedot poistetaan verkosta muutoksenhakuajan päätyttyä: {weekday_date(self.members.final)}."
            )
        for party in self.parties:
            parts.append(f"{party.recipient}: {party.deadline.explanation(finality=False)}")
        final = self.final
        if final is not None:
            parts.append(
                f"Jos muutosta ei haeta, päätös on lainvoimainen, kun kaikkien määräajat ovat päättyneet: "
                f"{weekday_date(final)} alkaen."
            )
        else:
            parts.append(f"Lainvoimaisuuspäivää ei vielä tiedetä: odotetaan {self.waiting_for}.")
        return "\n".join(parts)


def _party_start(recipient: Recipient) -> dt.date | None:
    """The day a party's notification is counted from: the sending day, or the receipt day (registered, by hand)."""
    if recipient.delivery_method in (DeliveryMethod.REGISTERED, DeliveryMethod.BY_HAND):
        return recipient.received_date
    return recipient.sent_date


def party_deadline(recipient: Recipient, days: int, *, route: AppealRoute | None = None) -> PartyDeadline | None:
    """A party's own period, from the day the excerpt was sent (a letter, e-mail) or received (against a receipt,
    by hand); None for a recipient who is not a party, or before the excerpt went out (or was received).

    ``route`` procurement counts an e-mail from the day it was sent (hankintalaki 127 § 1 mom.).
    """
    method = recipient.delivery_method
    if not recipient.is_party or method is None:
        return None
    start = _party_start(recipient)
    if start is None:
        return None
    return PartyDeadline(recipient=recipient.name, deadline=compute_deadline(start, days, method, route=route))


def item_deadlines(item: Item, *, published: dt.date | None = None) -> ItemDeadlines:
    """The dates of one §: from the meeting's publication date (or ``published``) and its recipients."""
    decision = route_for_item(item)
    published = published or item.meeting.published_date
    days = decision.period_days
    if days is None:
        return ItemDeadlines(route=decision, published=published, members=None, parties=())
    kind = item.meeting.body.organisation.kind
    online = compute_deadline(published, days, kind=kind) if published is not None else None
    members = online if members_have_standing(decision.route) else None
    parties: list[PartyDeadline] = []
    pending: list[str] = []
    for recipient in item.recipients:
        if not recipient.is_party:
            continue
        own = party_deadline(recipient, days, route=decision.route)
        if own is None:
            pending.append(recipient.name)
        else:
            parties.append(own)
    return ItemDeadlines(
        route=decision,
        published=published,
        members=members,
        parties=tuple(parties),
        pending=tuple(pending),
        online=online,
    )


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

"""Deadlines: notification dates, the last day under Act 150/1930 around holidays and weekends, finality."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from core.deadlines import (
    compute_deadline,
    holiday_name,
    is_working_day,
    item_deadlines,
    last_day,
    notification_date,
)
from core.demo import SEED1_TITLE, SEED2_DNRO
from db.engine import Database
from db.enums import AppealRoute, DecisionNature, DeliveryMethod, OrganisationKind
from db.errors import ValidationError
from db.models import Item, Recipient

D = dt.date

# (case, notification day, days, expected last day). Holidays: 2025 Easter 18.–21.4., Vappu Thu 1.5.,
# Ascension Thu 29.5., Pentecost Sun 8.6., Midsummer eve Fri 20.6., All Saints Sat 1.11., Independence Day
# Sat 6.12., Christmas Wed 24.–Fri 26.12.; 2026 New Year Thu 1.1., Epiphany Tue 6.1., Vappu Fri 1.5.
LAST_DAYS = [
    ("worked example (members notified Mon 17.3.)", D(2025, 3, 17), 14, D(2025, 3, 31)),
    ("plain weekday, 30 days", D(2025, 9, 1), 30, D(2025, 10, 1)),
    ("Saturday moves to Monday", D(2025, 3, 15), 14, D(2025, 3, 31)),
    ("Sunday moves to Monday", D(2025, 3, 16), 14, D(2025, 3, 31)),
    ("Maundy Thursday is a working day", D(2025, 4, 3), 14, D(2025, 4, 17)),
    ("Good Friday over Easter to Tuesday", D(2025, 4, 4), 14, D(2025, 4, 22)),
    ("Easter Monday to Tuesday", D(2025, 4, 7), 14, D(2025, 4, 22)),
    ("Vappu on a Thursday", D(2025, 4, 17), 14, D(2025, 5, 2)),
    ("Vappu on a Friday, then the weekend", D(2026, 4, 17), 14, D(2026, 5, 4)),
    ("Ascension Day", D(2025, 5, 15), 14, D(2025, 5, 30)),
    ("Pentecost Sunday", D(2025, 5, 25), 14, D(2025, 6, 9)),
    ("Midsummer eve, Midsummer Day, Sunday", D(2025, 6, 6), 14, D(2025, 6, 23)),
    ("Midsummer eve 2026", D(2026, 6, 5), 14, D(2026, 6, 22)),
    ("All Saints' Day on a Saturday", D(2025, 10, 18), 14, D(2025, 11, 3)),
    ("Independence Day on a Wednesday", D(2023, 11, 22), 14, D(2023, 12, 7)),
    ("Independence Day on a Friday", D(2024, 11, 22), 14, D(2024, 12, 9)),
    ("Christmas Eve to the Monday after Boxing Day", D(2025, 12, 10), 14, D(2025, 12, 29)),
    ("New Year's Day, across the year", D(2025, 12, 18), 14, D(2026, 1, 2)),
    ("30 days across the year onto New Year's Day", D(2025, 12, 2), 30, D(2026, 1, 2)),
    ("Epiphany on a Tuesday", D(2025, 12, 23), 14, D(2026, 1, 7)),
    ("New Year's Day 2027 on a Friday, then the weekend", D(2026, 12, 18), 14, D(2027, 1, 4)),
]


@pytest.mark.parametrize(("case", "notified", "days", "expected"), LAST_DAYS, ids=[c[0] for c in LAST_DAYS])
def test_last_day_moves_only_past_non_working_days(case: str, notified: dt.date, days: int, expected: dt.date) -> None:
    """Ensure the period ends N days after notification, moved past Saturdays, Sundays and holidays only."""
    assert last_day(notified, days) == expected, case
    assert is_working_day(expected)


def test_worked_example_from_publication() -> None:
    """Ensure minutes online Mon 10.3.2025 give notification Mon 17.3. and a last day Mon 31.3.2025."""
    deadline = compute_deadline(D(2025, 3, 10), 14)
    assert (deadline.notified, deadline.last_day, deadline.final) == (D(2025, 3, 17), D(2025, 3, 31), D(2025, 4, 1))
    assert deadline.moved_because == ""
    assert "ma 17.3.2025" in deadline.explanation() and "ma 31.3.2025" in deadline.explanation()


NOTIFICATIONS = [
    (None, D(2025, 3, 10), D(2025, 3, 17)),
    (DeliveryMethod.LETTER, D(2025, 3, 10), D(2025, 3, 17)),
    (DeliveryMethod.ELECTRONIC, D(2025, 3, 10), D(2025, 3, 13)),
    (DeliveryMethod.REGISTERED, D(2025, 3, 12), D(2025, 3, 12)),
    (DeliveryMethod.BY_HAND, D(2025, 3, 12), D(2025, 3, 12)),
]


@pytest.mark.parametrize(("method", "start", "expected"), NOTIFICATIONS)
def test_notification_date_per_delivery(method: DeliveryMethod | None, start: dt.date, expected: dt.date) -> None:
    """Ensure members +7, letter 7th day, electronic 3rd day, registered and by hand on receipt."""
    assert notification_date(start, method) == expected


NOTIFIED_ON_HOLIDAYS = [
    ("members notified on Christmas Day", D(2025, 12, 18), None, D(2025, 12, 25), D(2026, 1, 8)),
    ("members notified on Good Friday", D(2025, 4, 11), None, D(2025, 4, 18), D(2025, 5, 2)),
    ("e-mail notified on Christmas Eve", D(2025, 12, 21), DeliveryMethod.ELECTRONIC, D(2025, 12, 24), D(2026, 1, 7)),
    ("letter notified on a Sunday", D(2025, 3, 9), DeliveryMethod.LETTER, D(2025, 3, 16), D(2025, 3, 31)),
    ("letter notified on Independence Day", D(2025, 11, 29), DeliveryMethod.LETTER, D(2025, 12, 6), D(2025, 12, 22)),
]


@pytest.mark.parametrize(
    ("case", "start", "method", "notified", "expected"), NOTIFIED_ON_HOLIDAYS, ids=[c[0] for c in NOTIFIED_ON_HOLIDAYS]
)
def test_notification_day_on_a_holiday_does_not_move(
    case: str, start: dt.date, method: DeliveryMethod | None, notified: dt.date, expected: dt.date
) -> None:
    """Ensure a notification day that falls on a holiday or weekend stays, and the period counts from it."""
    deadline = compute_deadline(start, 14, method)
    assert not is_working_day(deadline.notified), case
    assert deadline.notified == notified
    assert deadline.last_day == expected


def test_eves_and_holidays_come_from_the_holidays_package() -> None:
    """Ensure Vappu, Midsummer eve, Christmas Eve and Independence Day are non-working days in every year."""
    for year in range(2024, 2031):
        assert holiday_name(D(year, 5, 1)) == "Vappu"
        assert holiday_name(D(year, 12, 6)) == "Itsenäisyyspäivä"
        assert holiday_name(D(year, 12, 24)) == "Jouluaatto"
        midsummer_eve = next(D(year, 6, d) for d in range(19, 26) if D(year, 6, d).weekday() == 4)
        assert holiday_name(midsummer_eve) == "Juhannusaatto"
    assert is_working_day(D(2025, 4, 17))  # Maundy Thursday
    assert not is_working_day(D(2025, 3, 15))


def test_explanation_names_the_reason_for_a_move() -> None:
    """Ensure the tooltip text tells the nominal end, why it moved and the new last day."""
    deadline = compute_deadline(D(2025, 4, 10), 14)  # notified Thu 17.4., nominal end Thu 1.5. (Vappu)
    assert deadline.nominal_end == D(2025, 5, 1) and deadline.last_day == D(2025, 5, 2)
    assert deadline.moved_because == "Vappu"
    text = deadline.explanation()
    for part in ("to 10.4.2025", "to 17.4.2025", "to 1.5.2025", "vappu", "pe 2.5.2025", "150/1930", "la 3.5.2025"):
        assert part in text


@pytest.mark.parametrize("days", [0, -14])
def test_a_period_must_be_positive(days: int) -> None:
    """Ensure a period of zero or negative days is refused with a Finnish message."""
    with pytest.raises(ValidationError, match="positiivinen"):
        last_day(D(2025, 3, 17), days)


def test_item_deadlines_of_seed_two_with_parties(demo_db: Database) -> None:
    """Ensure seed 2 (online 16.10.2025) ends 6.11., a party's later letter makes the decision final later."""
    with demo_db.begin() as session:
        item = session.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert item is not None
        dates = item_deadlines(item)
        assert dates.route.route == AppealRoute.RECTIFICATION
        assert dates.published == D(2025, 10, 16)
        assert (dates.notified, dates.last_day) == (D(2025, 10, 23), D(2025, 11, 6))
        assert dates.personal_data_removal == D(2025, 11, 7)
        assert "16.10.2025" in dates.explanation and "6.11.2025" in dates.explanation
        parties = [r for r in item.recipients if r.is_party]
        assert len(parties) == 2
        assert dates.final is None  # the excerpts have not gone to the parties yet
        assert "Lainvoimaisuuspäivää ei vielä tiedetä" in dates.explanation
        recipient: Recipient = parties[0]
        recipient.sent_date = D(2025, 10, 20)
        recipient.delivery_method = DeliveryMethod.LETTER  # notified Mon 27.10. → Mon 10.11.
        parties[1].sent_date = D(2025, 10, 16)
        parties[1].delivery_method = DeliveryMethod.ELECTRONIC  # notified Sun 19.10. → Mon 3.11.
        session.flush()
        dates = item_deadlines(item)
        assert [p.deadline.last_day for p in dates.parties] == [D(2025, 11, 10), D(2025, 11, 3)]
        assert dates.final == D(2025, 11, 11)
        assert dates.personal_data_removal == D(2025, 11, 7)
        assert recipient.name in dates.explanation
        assert dates.explanation.count("lainvoimainen") == 1 and "ti 11.11.2025" in dates.explanation


def test_item_deadlines_of_a_prohibition_and_of_unpublished_minutes(demo_db: Database) -> None:
    """Ensure seed 1 (prohibition) has no dates, and an unpublished § says when its dates will start."""
    with demo_db.session() as session:
        seed1 = session.scalar(select(Item).where(Item.title == SEED1_TITLE))
        assert seed1 is not None
        dates = item_deadlines(seed1)
        assert dates.route.route == AppealRoute.PROHIBITION
        assert (dates.notified, dates.last_day, dates.final, dates.personal_data_removal) == (None,) * 4
        assert "muutoksenhakukielto" in dates.explanation
        fees = next(i for i in seed1.meeting.items if i.title.startswith("Varhaiskasvatuksen"))
        unpublished = item_deadlines(fees)
        assert unpublished.route.route == AppealRoute.RECTIFICATION
        assert unpublished.last_day is None and "ei ole vielä julkaistu" in unpublished.explanation
        assert item_deadlines(fees, published=D(2025, 3, 10)).last_day == D(2025, 3, 31)


def test_a_meeting_s_minutes_online_schedule(demo_db: Database) -> None:
    """Ensure the published minutes' schedule gives the day each § 's personal data comes off (the day after the
    members' period, by §; none for a § under a prohibition) and when the whole minutes may come off (the
    organisation's period, but never before the appeal periods end); unpublished minutes have none."""
    from core.deadlines import online_schedule
    from core.organisation import organisation_details, update_organisation

    with demo_db.begin() as session:
        seed1 = session.scalar(select(Item).where(Item.title == SEED1_TITLE))
        assert seed1 is not None
        meeting = seed1.meeting
        assert online_schedule(meeting) is None  # not published
        fees = next(i for i in meeting.items if i.title.startswith("Varhaiskasvatuksen"))
        fees.has_personal_data = seed1.has_personal_data = True
        meeting.published_date = D(2025, 3, 10)  # the worked example: the members' period ends Mon 31.3.
        session.flush()
        schedule = online_schedule(meeting)
        assert schedule is not None and schedule.published == D(2025, 3, 10)
        assert schedule.personal_data == ((D(2025, 4, 1), (fees.section_number,)),)
        days = meeting.body.organisation.minutes_online_days
        assert schedule.minutes_off == D(2025, 3, 10) + dt.timedelta(days=days)
        meeting.body.organisation.minutes_online_days = 7  # shorter than the appeal period: that wins
        schedule = online_schedule(meeting)
        assert schedule is not None and schedule.minutes_off == D(2025, 4, 1)
    with demo_db.begin() as session:
        details = organisation_details(session)
        update_organisation(session, replace(details, minutes_online_days=730))
        assert organisation_details(session).minutes_online_days == 730
        with pytest.raises(ValidationError, match="30–3650 päivää"):
            update_organisation(session, replace(details, minutes_online_days=10))


def test_what_comes_off_the_web_is_listed_by_day(demo_db: Database) -> None:
    """Ensure the reminder list gives, by day within the asked dates, each published meeting's personal-data
    removal (with its §§) and its whole minutes' removal, and nothing outside the dates."""
    from core.deadlines import OnlineRemoval, online_removals

    with demo_db.begin() as session:
        seed1 = session.scalar(select(Item).where(Item.title == SEED1_TITLE))
        seed2 = session.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert seed1 is not None and seed2 is not None
        meeting = seed1.meeting
        fees = next(i for i in meeting.items if i.title.startswith("Varhaiskasvatuksen"))
        fees.has_personal_data = True
        meeting.published_date = D(2025, 3, 10)
        session.flush()
        label = f"{meeting.body.name} {meeting.number}/{meeting.year}"
        spring = online_removals(session, since=D(2025, 3, 1), until=D(2025, 4, 30))
        assert spring == [OnlineRemoval(D(2025, 4, 1), meeting.id, label, (fees.section_number,))]
        assert online_removals(session, since=D(2025, 4, 2), until=D(2025, 4, 30)) == []
        year = online_removals(session, since=D(2026, 1, 1), until=D(2026, 12, 31))
        whole = [(r.day, r.meeting_id) for r in year if r.sections == ()]
        assert (D(2026, 3, 10), meeting.id) in whole  # Hartola keeps minutes online 365 days
        assert (D(2025, 10, 16) + dt.timedelta(days=seed2.meeting.body.organisation.minutes_online_days),
                seed2.meeting_id) in whole  # fmt: skip
        assert [r.day for r in year] == sorted(r.day for r in year)


def test_every_appeal_period_ends_within_the_online_window() -> None:
    """Ensure the reminder list's window (``_PERSONAL_DATA_WINDOW``) covers the longest appeal period from any
    publication day of two years, holidays included: the list looks only that far back for personal data, and
    only §§ holding it when the minutes stay online longer."""
    from core.appeal import PERIOD_DAYS
    from core.deadlines import _PERSONAL_DATA_WINDOW, compute_deadline

    longest = max(days for days in PERIOD_DAYS.values() if days is not None)
    start = D(2025, 1, 1)
    reach = max(compute_deadline(start + dt.timedelta(days=n), longest).final - (start + dt.timedelta(days=n))
                for n in range(730))  # fmt: skip
    assert reach < _PERSONAL_DATA_WINDOW


PROCUREMENT_NOTIFICATIONS = [
    ("e-mail: the day it was sent", DeliveryMethod.ELECTRONIC, D(2025, 3, 10), D(2025, 3, 10), D(2025, 3, 24)),
    ("letter: the 7th day, as HL", DeliveryMethod.LETTER, D(2025, 3, 10), D(2025, 3, 17), D(2025, 3, 31)),
    ("registered: the receipt day", DeliveryMethod.REGISTERED, D(2025, 3, 12), D(2025, 3, 12), D(2025, 3, 26)),
]


@pytest.mark.parametrize(
    ("case", "method", "start", "notified", "last"),
    PROCUREMENT_NOTIFICATIONS,
    ids=[c[0] for c in PROCUREMENT_NOTIFICATIONS],
)
def test_procurement_notification_follows_the_procurement_act(
    case: str, method: DeliveryMethod, start: dt.date, notified: dt.date, last: dt.date
) -> None:
    """Ensure a procurement decision sent by e-mail is received the day it was sent (hankintalaki 127 § 1 mom.),
    while a letter still counts from its 7th day; other routes keep the 3rd day for an e-mail."""
    assert notification_date(start, method, route=AppealRoute.PROCUREMENT) == notified, case
    deadline = compute_deadline(start, 14, method, route=AppealRoute.PROCUREMENT)
    assert (deadline.notified, deadline.last_day) == (notified, last), case
    if method == DeliveryMethod.ELECTRONIC:
        assert "hankintalaki 1397/2016 127 § 1 mom." in deadline.explanation()
        assert notification_date(start, method, route=AppealRoute.RECTIFICATION) == D(2025, 3, 13)


def test_a_procurement_party_counts_from_the_e_mail_and_members_have_no_period(database: Database) -> None:
    """Ensure a § of procurement e-mailed to the tenderer on Mon 10.3.2025 gives notification 10.3. and a last day
    Mon 24.3.; the members of the municipality get no period of their own, and the finality follows the tenderer."""
    from tests.core.test_appeal import make_item, make_organisation

    with database.begin() as session:
        committee = make_organisation(session, OrganisationKind.MUNICIPALITY)[2]
        item = make_item(session, committee, nature=DecisionNature.PROCUREMENT)
        item.meeting.published_date = D(2025, 3, 6)
        session.add(
            Recipient(
                item=item,
                name="Tarjoaja Oy",
                is_party=True,
                sent_date=D(2025, 3, 10),
                delivery_method=DeliveryMethod.ELECTRONIC,
            )
        )
        session.flush()
        dates = item_deadlines(item)
        (party,) = dates.parties
        assert (party.deadline.notified, party.deadline.last_day) == (D(2025, 3, 10), D(2025, 3, 24))
        assert dates.members is None and dates.last_day is None
        assert dates.final == D(2025, 3, 25)  # the members' period (from 6.3.: 27.3.) would have made it later
        assert dates.personal_data_removal == D(2025, 3, 28)  # still counted from the publication
        assert "vain asianosaiset" in dates.explanation and "jäsenten katsotaan" not in dates.explanation


def test_finality_is_unknown_until_every_period_has_started(database: Database) -> None:
    """Ensure no finality date is given while the minutes are unpublished though an excerpt went out, or while a
    party's registered letter has not been received, or for a special-act § before any party is notified."""
    from tests.core.test_appeal import make_item, make_organisation

    with database.begin() as session:
        board = make_organisation(session, OrganisationKind.MUNICIPALITY)[1]
        item = make_item(session, board)
        party = Recipient(item=item, name="Asianosainen", is_party=True)
        other = Recipient(item=item, name="Toinen", is_party=True)
        session.add_all([party, other, Recipient(item=item, name="Tiedoksi", is_party=False)])
        party.sent_date, party.delivery_method = D(2025, 3, 10), DeliveryMethod.ELECTRONIC
        other.sent_date, other.delivery_method = D(2025, 3, 10), DeliveryMethod.LETTER
        session.flush()
        unpublished = item_deadlines(item)
        assert len(unpublished.parties) == 2 and unpublished.final is None
        assert "julkaisua" in unpublished.explanation and "lainvoimainen" not in unpublished.explanation
        item.meeting.published_date = D(2025, 3, 10)
        other.delivery_method, other.received_date = DeliveryMethod.REGISTERED, None
        session.flush()
        waiting = item_deadlines(item)
        assert waiting.pending == ("Toinen",) and waiting.final is None
        assert "Toinen" in waiting.explanation and "Lainvoimaisuuspäivää ei vielä tiedetä" in waiting.explanation
        other.received_date = D(2025, 3, 20)  # notified Thu 20.3. → Thu 3.4.
        session.flush()
        assert item_deadlines(item).final == D(2025, 4, 4)
        special = make_item(session, board, nature=DecisionNature.SPECIAL_ACT_RECTIFICATION)
        special.meeting.published_date = D(2025, 3, 10)
        session.flush()
        dates = item_deadlines(special)
        assert dates.members is None and dates.final is None and dates.personal_data_removal is not None


def test_one_printout_states_one_finality_date() -> None:
    """Ensure the explanation can leave out a single period's finality sentence, so a printout putting the
    members' and a party's periods together states only the latest."""
    members = compute_deadline(D(2025, 3, 10), 30)
    assert "lainvoimainen" in members.explanation()
    assert "lainvoimainen" not in members.explanation(finality=False)

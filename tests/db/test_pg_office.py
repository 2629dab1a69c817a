"""Two secretaries at the same time on one database: checking the minutes while a § of them is saved (PostgreSQL),
and each user's own drafts of a § (revision 0011)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import inspect, select, update

from core import minutes
from db.engine import Database, open_database, run_upgrade
from db.enums import MeetingState
from db.errors import LockedError
from db.models import Item, ItemDraft, Meeting

WAIT_S = 0.5  # how long the other transaction is kept open: the one that must wait does so meanwhile


@pytest.fixture
def office(demo_db: Database) -> Iterator[tuple[Database, Database, int]]:
    """The demo opened by anna and bertta; the demo's checked meeting made checkable again (held, not checked)."""
    if demo_db.is_sqlite:
        pytest.skip("SQLite lets one writer at a time; this is about PostgreSQL's concurrent transactions")
    with demo_db.begin() as session:
        meeting_id = session.scalars(select(Meeting.id).where(Meeting.state == MeetingState.PUBLISHED)).one()
        # Past the lock rules on purpose: the same minutes as before their checking.
        session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(state=MeetingState.HELD, fingerprint=None, checked_date=None, published_date=None)
        )
    anna = open_database(demo_db.url, user="anna")
    bertta = open_database(demo_db.url, user="bertta")
    try:
        yield anna, bertta, meeting_id
    finally:
        anna.dispose()
        bertta.dispose()


def _in_thread(work: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # handed to the test
            failures.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, failures


def _check(database: Database, meeting_id: int) -> Callable[[], None]:
    def work() -> None:
        with database.begin() as session:
            minutes.mark_checked(session, meeting_id, checked_date=dt.date(2025, 10, 15))

    return work


def test_checking_waits_for_a_save_of_a_section_under_way(office: tuple[Database, Database, int]) -> None:
    """Ensure minutes checked while another user's save of one of their §§ is under way fingerprint that save."""
    anna, bertta, meeting_id = office
    with bertta.begin() as session:
        item = session.scalars(select(Item).where(Item.meeting_id == meeting_id).order_by(Item.position)).first()
        assert item is not None
        item.decision = item.decision + " Bertan lisäys."
        session.flush()  # her save is written, not yet committed
        checking, failures = _in_thread(_check(anna, meeting_id))
        checking.join(WAIT_S)
    checking.join(30)
    assert failures == []
    with anna.begin() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.state == MeetingState.MINUTES_CHECKED
        assert minutes.verify_fingerprint(session, meeting_id)


def test_a_save_waiting_for_the_checking_is_refused(office: tuple[Database, Database, int]) -> None:
    """Ensure a § saved while another user checks its minutes is refused as a change of checked minutes."""
    anna, bertta, meeting_id = office
    with bertta.begin() as session:
        item_id = session.scalars(select(Item.id).where(Item.meeting_id == meeting_id)).first()

    def save() -> None:
        with bertta.begin() as session:
            item = session.get(Item, item_id)
            assert item is not None and not item.meeting.state.is_locked  # read before the checking is committed
            started.set()
            proceed.wait(10)
            item.decision = item.decision + " Bertan lisäys."

    started, proceed = threading.Event(), threading.Event()
    saving, failures = _in_thread(save)
    assert started.wait(10)
    with anna.begin() as session:
        minutes.mark_checked(session, meeting_id, checked_date=dt.date(2025, 10, 15))
        proceed.set()
        saving.join(WAIT_S)
    saving.join(30)
    assert [type(exc) for exc in failures] == [LockedError]
    with anna.begin() as session:
        assert minutes.verify_fingerprint(session, meeting_id)


def test_upgrade_from_0010_keeps_drafts_and_lets_each_user_have_her_own(demo_db: Database) -> None:
    """Ensure revision 0011 keeps a draft written before it (with no author) and then holds two users' drafts of
    one §, on both backends."""
    from alembic import command

    from db.engine import alembic_config

    with demo_db.begin() as session:
        item_id = session.scalars(select(Item.id).order_by(Item.id)).first()
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0010")
        assert "author" not in {column["name"] for column in inspect(conn).get_columns("item_draft")}
        conn.exec_driver_sql(  # as revision 0010 wrote it: no author
            "INSERT INTO item_draft (item_id, saved_at, base_version, data) "
            f"VALUES ({item_id:d}, '2026-11-26 15:00:00', 1, '{{\"title\": \"Ennen\"}}')"
        )
    run_upgrade(demo_db.engine)
    with demo_db.begin() as session:
        kept = session.scalars(select(ItemDraft)).one()
        assert (kept.item_id, kept.author, kept.data) == (item_id, "", {"title": "Ennen"})
        session.add(ItemDraft(item_id=item_id, author="anna", base_version=1, data={"title": "Annan"}))
        session.add(ItemDraft(item_id=item_id, author="bertta", base_version=1, data={"title": "Bertan"}))
    with demo_db.begin() as session:
        assert sorted(d.author for d in session.scalars(select(ItemDraft))) == ["", "anna", "bertta"]
    with demo_db.engine.begin() as conn:  # back again: the latest draft of the § stays
        command.downgrade(alembic_config(conn), "0010")
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM item_draft").scalar() == 1
    run_upgrade(demo_db.engine)


def test_a_role_without_privileges_is_told_in_finnish(demo_db: Database) -> None:
    """Ensure a server role the IT person gave no privileges on the Sihteeri tables gets a Finnish message naming
    the missing privileges on opening, and one granted reading only gets it on saving (both were crash reports)."""
    from sqlalchemy import text

    from db.errors import DatabaseUnavailable

    if demo_db.is_sqlite:
        pytest.skip("privileges of server roles are PostgreSQL's")
    role = "sihteeri_ilman_oikeuksia"
    with demo_db.engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        if exists is None:
            conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.commit()
    url = demo_db.url.set(username=role)
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(url)
    assert "käyttäjätunnuksella ei ole oikeutta Sihteerin tietoihin" in refused.value.message
    assert "luku- ja kirjoitusoikeudet" in refused.value.message
    with demo_db.engine.connect() as conn:
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.commit()
    reader = open_database(url)
    try:
        with pytest.raises(DatabaseUnavailable) as refused, reader.begin() as session:
            item = session.scalars(select(Item)).first()
            assert item is not None
            item.title = item.title + " (muutettu)"
        assert "ei ole oikeutta Sihteerin tietoihin" in refused.value.message
    finally:
        reader.dispose()
    # A newer Sihteeri opened with the role's rights: the upgrade needs the owner, and is not half done.
    from alembic import command

    from db.engine import alembic_config, current_revision

    with demo_db.engine.connect() as conn:
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}"))
        conn.commit()
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0010")
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            open_database(url)
        assert "päivitykseen tarvitaan tietokannan omistajan tunnus" in refused.value.message
        assert current_revision(demo_db.engine) == "0010"
    finally:
        with demo_db.engine.connect() as conn:
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
            conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}"))
            conn.commit()

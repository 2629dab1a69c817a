"""Revision 0012: the table of temporary absences, made on upgrade with the data kept."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from core import minutes
from db.engine import Database, open_database, run_upgrade
from db.models import Attendance, AttendanceAbsence, Meeting
from tests.core.test_minutes import load_welfare


def test_upgrade_from_0011_adds_the_absences_and_keeps_attendance_and_fingerprints(demo_db: Database) -> None:
    """Ensure a database made by revision 0011 (the demo, taken back) gets revision 0012's table of absences, empty,
    its attendance kept, the fingerprints of checked minutes still verifying, and an absence then recorded; and that
    removing an attendance removes its absences in the database (ON DELETE CASCADE)."""
    from alembic import command

    from db.engine import alembic_config

    def tables() -> set[str]:
        with demo_db.engine.connect() as conn:
            return set(inspect(conn).get_table_names())

    welfare = load_welfare(demo_db)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        present_before = sorted(s.scalars(select(Attendance.person_id).where(Attendance.present.is_(True))))
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
    assert "attendance_absence" not in tables()
    run_upgrade(demo_db.engine)
    assert "attendance_absence" in tables()
    with demo_db.begin() as s:
        assert s.scalars(select(AttendanceAbsence)).all() == []
        assert sorted(s.scalars(select(Attendance.person_id).where(Attendance.present.is_(True)))) == present_before
        checked = list(s.scalars(select(Meeting.id).where(Meeting.fingerprint.is_not(None))))
    assert checked
    for meeting_id in checked:
        with demo_db.begin() as s:
            assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.INTACT
    numbers = sorted(welfare.sections)
    with demo_db.begin() as s:
        attendance = s.scalars(
            select(Attendance).where(
                Attendance.meeting_id == welfare.meeting_id, Attendance.person_id == welfare.members[0]
            )
        ).one()
        minutes.add_absence(s, attendance.id, left_after_section=numbers[0], returned_at_section=numbers[2])
        attendance_id = attendance.id
    with demo_db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.exec_driver_sql(f"DELETE FROM attendance WHERE id = {attendance_id}")
    with demo_db.begin() as s:
        assert s.scalars(select(AttendanceAbsence)).all() == []


def test_a_partial_archive_keeps_the_absences_of_its_meetings(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure the portable archive of one body and year carries the absences of its meetings' attendance, and an
    import gives them back as they were."""
    from db.archive import export_archive, import_archive

    welfare = load_welfare(sqlite_demo_db)
    numbers = sorted(welfare.sections)
    with sqlite_demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        attendance_id = s.scalars(
            select(Attendance.id).where(
                Attendance.meeting_id == welfare.meeting_id, Attendance.person_id == welfare.members[0]
            )
        ).one()
        minutes.add_absence(s, attendance_id, left_after_section=numbers[0], returned_at_section=numbers[2])
        year = s.get(Meeting, welfare.meeting_id).year  # type: ignore[union-attr]
    path = tmp_path / "hyvinvointi.zip"
    summary = export_archive(sqlite_demo_db, path, bodies=["Hyvinvointilautakunta"], years=[year])
    assert summary.row_counts["attendance_absence"] == 1
    import_archive(path, tmp_path / "osa.db")
    target = open_database(tmp_path / "osa.db", create=False)
    try:
        with target.begin() as s:
            absence = s.scalars(select(AttendanceAbsence)).one()
            assert (absence.attendance_id, absence.left_after_section, absence.returned_at_section) == (
                attendance_id,
                numbers[0],
                numbers[2],
            )
            assert welfare.members[0] not in minutes.quorum(s, welfare.sections[numbers[1]]).voters
    finally:
        target.dispose()

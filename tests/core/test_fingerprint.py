"""The fingerprint of checked minutes: which columns each version covers (core.fingerprint)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from core import minutes
from core.demo import SEED2_DNRO
from core.fingerprint import (
    _EXCLUDED,
    _PUBLISHING_MARKS,
    _READ,
    COVERED,
    COVERED_V1,
    COVERED_V2,
    COVERED_V3,
    COVERED_V4,
    CURRENT_VERSION,
    MEETING_SWEDISH_TEXTS,
    SWEDISH_TEXTS,
    _current,
    _hash,
    _version,
    fingerprint_matches,
    meeting_fingerprint,
    resigned,
    stored_form,
    version_of,
)
from db.engine import Database
from db.errors import LockedError
from db.models import Base, Dissent, Item, Meeting, Motion, Person, Vote


def test_no_column_has_appeared_in_the_minutes_tables_without_a_decision() -> None:
    """Ensure the versions together cover exactly the columns the minutes' tables have, minus those left out on
    purpose. A new column fails this test: decide whether it is part of the minutes (then a new version of the
    fingerprint covers it, and minutes checked before keep verifying with theirs) or not (then it joins
    ``_EXCLUDED``); it must never silently change the fingerprint of minutes checked before."""
    tables = Base.metadata.tables
    for name in COVERED_V1:
        covered = {column for version in COVERED.values() for column in version[name]}
        columns = {column.name for column in tables[name].columns}
        assert covered <= columns, name
        assert columns - covered <= _EXCLUDED, (name, sorted(columns - covered - _EXCLUDED))


def test_the_second_version_leaves_out_only_the_publishing_marks() -> None:
    """Ensure the second version covers the first version's columns but whether a § contains personal data (the
    public title stays: a secret § is printed by it)."""
    for name, covered in COVERED_V1.items():
        assert set(covered) - set(COVERED_V2[name]) == (_PUBLISHING_MARKS & set(covered))
    assert set(COVERED_V1["item"]) - set(COVERED_V2["item"]) == {"has_personal_data"}


def test_the_third_version_adds_only_the_swedish_texts_of_the_section() -> None:
    """Ensure the third version covers the second version's columns and the § 's Swedish texts (revision 0007),
    and that every version's columns are read by the one read of the content."""
    for name, covered in COVERED_V2.items():
        extra = set(COVERED_V3[name]) - set(covered)
        assert extra == (set(SWEDISH_TEXTS) if name == "item" else set()), name
        assert set(covered) <= set(COVERED_V3[name])
    assert set(COVERED) == {1, 2, 3, 4, CURRENT_VERSION} and CURRENT_VERSION == 5


def test_the_fourth_version_adds_only_the_swedish_texts_of_what_the_meeting_recorded() -> None:
    """Ensure the fourth version covers the third version's columns and the Swedish texts of motions, votes and
    dissenting opinions (revision 0010), nothing else."""
    for name, covered in COVERED_V3.items():
        extra = set(COVERED_V4[name]) - set(covered)
        assert extra == set(MEETING_SWEDISH_TEXTS.get(name, ())), name
        assert set(covered) <= set(COVERED_V4[name])
    assert set(MEETING_SWEDISH_TEXTS) == {"motion", "vote", "dissent"}


def test_stored_forms_name_their_version() -> None:
    """Ensure a stored fingerprint tells its version: 64 hex digits are the first, "v" and a digit a later one."""
    digest = "ab" * 32
    assert stored_form(digest, 1) == digest and version_of(digest) == 1
    assert stored_form(digest, 2) == "v2" + digest[:62] and version_of(stored_form(digest, 2)) == 2
    assert stored_form(digest, 3) == "v3" + digest[:62] and version_of(stored_form(digest, 3)) == 3
    assert stored_form(digest, 4) == "v4" + digest[:62] and version_of(stored_form(digest, 4)) == 4
    assert stored_form(digest) == "v5" + digest[:62] and version_of(stored_form(digest)) == 5
    assert all(len(stored_form(digest, version)) == 64 for version in COVERED)


def test_minutes_checked_in_every_version_keep_verifying_and_the_third_covers_the_swedish_texts(
    demo_db: Database,
) -> None:
    """Ensure minutes keep verifying with the version they were signed in (first, second, third), that a change
    of a Swedish text made behind Sihteeri's back shows in the third version, and that the first two (signed
    before the texts existed) cover only what they covered."""
    with demo_db.begin() as s:
        item = s.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
        meeting_id, item_id = item.meeting_id, item.id
        signed = _current(s, meeting_id)
        assert meeting_fingerprint(s, meeting_id) == signed[CURRENT_VERSION]
        for stored in signed.values():
            assert fingerprint_matches(s, meeting_id, stored) == (True, stored)
            assert resigned(s, meeting_id, stored) == signed[CURRENT_VERSION]
    with demo_db.begin() as s:
        s.execute(text("UPDATE item SET decision_sv = 'Ändrat i efterhand.' WHERE id = :id"), {"id": item_id})
    with demo_db.begin() as s:
        changed = _current(s, meeting_id)
        assert changed[1] == signed[1] and changed[2] == signed[2]
        assert changed[3] != signed[3]
        assert fingerprint_matches(s, meeting_id, signed[3]) == (False, changed[3])
        assert resigned(s, meeting_id, signed[3]) is None
        assert resigned(s, meeting_id, signed[2]) == changed[CURRENT_VERSION]  # the second version never covered it
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None and meeting.fingerprint == signed[CURRENT_VERSION]
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.CHANGED


def test_swedish_texts_of_checked_minutes_are_locked(demo_db: Database) -> None:
    """Ensure the Swedish texts of a § of checked minutes cannot be changed through Sihteeri, as its Finnish
    texts cannot."""
    for field in SWEDISH_TEXTS:
        with pytest.raises(LockedError), demo_db.begin() as s:
            item = s.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
            assert item.meeting.state.is_locked
            setattr(item, field, "På svenska.")


def _pinned_content() -> dict[str, list[dict[str, object]]]:
    """A fixed small set of the minutes' rows (two of each), every column any version covers, values made from
    the column's name."""

    def value(table: str, name: str, n: int) -> object:
        if name == "id" or name.endswith("_id"):
            return n
        if name in ("date", "checked_date", "agenda_published_date"):
            return dt.date(2025, 10, 13)
        if name in ("start_time", "end_time", "arrived_time", "left_time"):
            return dt.time(13, 0)
        if name in ("has_personal_data", "is_public", "is_party", "left_room", "withdrawn", "present"):
            return n % 2 == 0
        if name in ("year", "number", "section_number", "position", "round", "sort_order", "dnro_seq",
                    "dnro_year", "arrived_at_section", "left_after_section"):  # fmt: skip
            return n
        return f"{table}.{name} {n} – ä č"

    parts = {"meeting": "meeting", "items": "item", "attachment": "attachment", "recipient": "recipient",
             "disqualification": "disqualification", "motion": "motion", "dissent": "dissent", "vote": "vote",
             "ballot": "ballot", "attendance": "attendance"}  # fmt: skip
    return {part: [{c: value(table, c, n) for c in _READ[table]} for n in (1, 2)] for part, table in parts.items()}


def test_every_version_still_gives_the_fingerprints_it_gave_when_it_was_made() -> None:
    """Ensure the first and second versions compute exactly what Sihteeri computed before the third existed
    (the digests were made from the same rows with core/fingerprint.py of commit 90f72c4), and the third what it
    computed when it was made (and the fourth, revision 0010's): minutes signed by any release keep verifying."""
    content = _pinned_content()
    assert stored_form(_hash(_version(content, 1)), 1) == (
        "820200a828994cc8c7c585e1a769aab5728e743a23158b1085fc2693ce1ba21b"
    )
    assert stored_form(_hash(_version(content, 2)), 2) == (
        "v2fbeefd9be525d2f2d5d8930d711e6c0fdd0fdd4180961d0669773da02dbb1b"
    )
    assert stored_form(_hash(_version(content, 3)), 3) == (
        "v3f85bff2ad620986b1b6a1f374a65e60231a47aa207c42b2aaf1ff07727184f"
    )
    assert stored_form(_hash(_version(content, 4)), 4) == (
        "v4b403b572443c9c4f6f7bbd9485625fd8ea6baf51f1a8523d756104142a5261"
    )


@pytest.mark.parametrize("damaged", ["v", "vv" + "0" * 62, "v9" + "0" * 62, "x" * 64])
def test_a_damaged_fingerprint_reads_as_changed_minutes(demo_db: Database, damaged: str) -> None:
    """Ensure a stored fingerprint no version makes (changed in the database) matches nothing and reports the
    minutes as changed, instead of failing the check."""
    with demo_db.begin() as s:
        meeting_id = s.scalars(select(Item.meeting_id).where(Item.diary_number == SEED2_DNRO)).one()
        s.execute(text("UPDATE meeting SET fingerprint = :f WHERE id = :id"), {"f": damaged, "id": meeting_id})
    with demo_db.begin() as s:
        assert fingerprint_matches(s, meeting_id, damaged)[0] is False
        assert resigned(s, meeting_id, damaged) is None
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.CHANGED
    assert version_of("v") is None and version_of("v9" + "0" * 62) is None


def test_the_fourth_version_covers_the_swedish_texts_of_motions_votes_and_dissents(demo_db: Database) -> None:
    """Ensure a change of a motion's, a vote proposal's or a dissenting opinion's Swedish text made behind
    Sihteeri's back shows in the fourth version and not in the third (signed before the texts existed), and that
    Sihteeri itself refuses to change them once the minutes are checked."""
    now = dt.datetime(2026, 11, 26, 12, 0)
    with demo_db.begin() as s:
        item = s.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
        meeting_id, item_id = item.meeting_id, item.id
        person_id = s.scalars(select(Person.id).order_by(Person.id)).first()
        stamps = {"item": item_id, "person": person_id, "now": now}
        s.execute(
            text("INSERT INTO motion (item_id, position, text, text_sv, proposer_id, withdrawn, version, created_at, "
                 "updated_at) VALUES (:item, 1, 'Ehdotus.', 'Förslag.', :person, false, 1, :now, :now)"),
            stamps,
        )  # fmt: skip
        s.execute(
            text("INSERT INTO vote (item_id, round, yes_proposal, no_proposal, yes_proposal_sv, no_proposal_sv, "
                 "result_text, version, created_at, updated_at) VALUES (:item, 1, 'Jaa.', 'Ei.', 'Ja.', 'Nej.', '', 1, "
                 ":now, :now)"),
            stamps,
        )  # fmt: skip
        s.execute(
            text("INSERT INTO dissent (item_id, person_id, text, text_sv, version, created_at, updated_at) "
                 "VALUES (:item, :person, 'Perustelut.', 'Motivering.', 1, :now, :now)"),
            stamps,
        )  # fmt: skip
    for table, column in (("motion", "text_sv"), ("vote", "yes_proposal_sv"), ("vote", "no_proposal_sv"),
                          ("dissent", "text_sv")):  # fmt: skip
        with demo_db.begin() as s:
            signed = _current(s, meeting_id)
            s.execute(text(f"UPDATE {table} SET {column} = 'Ändrat i efterhand.' WHERE item_id = :id"), {"id": item_id})
        with demo_db.begin() as s:
            changed = _current(s, meeting_id)
            assert changed[3] == signed[3] and changed[2] == signed[2], (table, column)
            assert changed[4] != signed[4], (table, column)
    for model, column in ((Motion, "text_sv"), (Vote, "no_proposal_sv"), (Dissent, "text_sv")):
        with pytest.raises(LockedError), demo_db.begin() as s:
            row = s.scalars(select(model).where(model.item_id == item_id)).one()
            setattr(row, column, "På svenska.")

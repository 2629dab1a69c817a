"""The fingerprint of checked minutes: which columns each version covers (core.fingerprint)."""

from __future__ import annotations

from core.fingerprint import _EXCLUDED, _PUBLISHING_MARKS, COVERED_V1, COVERED_V2
from db.models import Base


def test_no_column_has_appeared_in_the_minutes_tables_without_a_decision() -> None:
    """Ensure the first version covers exactly the columns the minutes' tables have, minus those left out on
    purpose. A new column fails this test: decide whether it is part of the minutes (then a new version of the
    fingerprint covers it, and minutes checked before keep verifying with theirs) or not (then it joins
    ``_EXCLUDED``); it must never silently change the fingerprint of minutes checked before."""
    tables = Base.metadata.tables
    for name, covered in COVERED_V1.items():
        columns = {column.name for column in tables[name].columns}
        assert set(covered) <= columns, name
        assert columns - set(covered) <= _EXCLUDED, (name, sorted(columns - set(covered) - _EXCLUDED))


def test_the_second_version_leaves_out_only_the_publishing_marks() -> None:
    """Ensure the second version covers the first version's columns but whether a § contains personal data (the
    public title stays: a secret § is printed by it)."""
    for name, covered in COVERED_V1.items():
        assert set(covered) - set(COVERED_V2[name]) == (_PUBLISHING_MARKS & set(covered))
    assert set(COVERED_V1["item"]) - set(COVERED_V2["item"]) == {"has_personal_data"}

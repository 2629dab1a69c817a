"""a member's temporary absence from a meeting: ``attendance_absence``

An attendance held one arrival and one departure, so a member who left after 62 § (for another reason than
disqualification) and came back at the start of 65 § could not be recorded: the quorum and the voters of 63–64 §
counted them and the minutes could not say it. Each row of ``attendance_absence`` is one such while: the last §
before leaving, the § of returning, and the clock times if noted. The rows go with their attendance (ON DELETE
CASCADE). Existing databases get the table empty: nothing recorded before changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attendance_absence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("left_after_section", sa.Integer(), nullable=False),
        sa.Column("left_time", sa.Time(), nullable=True),
        sa.Column("returned_at_section", sa.Integer(), nullable=False),
        sa.Column("returned_time", sa.Time(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attendance_id"],
            ["attendance.id"],
            name=op.f("fk_attendance_absence_attendance_id_attendance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_absence")),
    )
    op.create_index(op.f("ix_attendance_absence_attendance_id"), "attendance_absence", ["attendance_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_attendance_absence_attendance_id"), table_name="attendance_absence")
    op.drop_table("attendance_absence")

"""a person's former names and titles, kept for the documents of earlier meetings

A name changes (a marriage) and so does a title (a new post, an acting one made permanent). The documents
of a meeting held before the change must name the person as the signed minutes did, so the earlier name and
titles are kept with the last day they were used (``person_former_name``). A misspelling is corrected in
``person`` itself, as before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_former_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_sv", sa.String(length=200), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name="fk_person_former_name_person_id_person", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_person_former_name"),
        sa.UniqueConstraint("person_id", "until", name="uq_person_former_name_person_id_until"),
    )
    op.create_index("ix_person_former_name_person_id", "person_former_name", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_person_former_name_person_id", table_name="person_former_name")
    op.drop_table("person_former_name")

"""an own template's kind of agreement, as a shipped template's header has it

A shipped template may be written for one kind of agreement (``sopimuksen_laji: yhteistoimintasopimus`` in its
header), and the suggestion of a template for a § of such an agreement prefers it. An own template had no place
for the kind: a copy of such a template, or one imported from a file, lost it and was no longer preferred.
``template.agreement_kind`` keeps it (empty: any agreement). SQLite's new column is added without its CHECK
constraint (SQLite cannot add one to an existing table); the program checks the value as it does every enum.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally, so that this revision never changes after release.
_KINDS = ("yhteistoimintasopimus", "yhteistyosopimus", "yhteistyopoytakirja", "muu")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE template ADD COLUMN agreement_kind VARCHAR(40)")
        return
    op.add_column(
        "template",
        sa.Column(
            "agreement_kind",
            sa.Enum(*_KINDS, name="agreementkind", native_enum=False, create_constraint=True, length=40),
            nullable=True,
        ),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("ALTER TABLE template DROP CONSTRAINT IF EXISTS ck_template_agreementkind")
    op.execute("ALTER TABLE template DROP COLUMN agreement_kind")

"""indexes for the search filters on an item's outcome and task class

A filtered search first finds the items that pass the filters (``db.search``); the body and the year have
the unique index (body, year, §), but the outcome and the task class (a prefix: "00.01") were found by
reading the whole item table, texts and all (0.15 s with 100 000 items, twice a search). On PostgreSQL the
task class index uses ``varchar_pattern_ops``, so that a ``LIKE '00.01%'`` prefix can use it whatever the
database's collation.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_item_outcome", "item", ["outcome"], unique=False)
    op.create_index(
        "ix_item_classification_code",
        "item",
        ["classification_code"],
        unique=False,
        postgresql_ops={"classification_code": "varchar_pattern_ops"},
    )


def downgrade() -> None:
    op.drop_index("ix_item_classification_code", table_name="item")
    op.drop_index("ix_item_outcome", table_name="item")

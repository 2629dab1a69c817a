"""the Swedish texts of a §, for the Swedish documents of bilingual organisations

A bilingual organisation's agendas, minutes and excerpts are made in Finnish and in Swedish. The § already had
its Swedish title (``item.title_sv``); its presentation (background), proposal, handling and decision now have
their Swedish texts too. An empty Swedish text prints the Finnish one, as before.

The existing rows get empty texts (a server default, so that adding the column needs no rewrite of the table
on either backend). The full-text index is left as it is: it covers the Finnish texts only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally, so that this revision never changes after release.
_COLUMNS = ("background_sv", "proposal_sv", "handling_sv", "decision_sv")


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("item", sa.Column(column, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # Plain SQL rather than Alembic's batch mode: on SQLite that would copy the table and drop the triggers of the
    # full-text index with it. SQLite (3.35 and later) and PostgreSQL both drop a column in place.
    for column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE item DROP COLUMN {column}")

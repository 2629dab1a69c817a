"""the Swedish texts of what is recorded in the meeting: motions, the proposals of a vote, dissenting opinions

Revision 0007 gave a § its Swedish texts; what the meeting records had only one text, so a bilingual
organisation's Swedish minutes and excerpts printed a motion, the JA and NEJ proposals of a vote and a dissenting
opinion in Finnish. ``motion.text_sv``, ``vote.yes_proposal_sv``, ``vote.no_proposal_sv`` and ``dissent.text_sv``
hold them (empty: the Finnish text prints, as before). The existing rows get empty texts (a server default, as in
revision 0007, so that adding the column needs no rewrite of the table). None of them is searched.

The result statement of a vote (``vote.result_text``) gets no Swedish column: the documents compose the
statement in their own language from the counts and the proposals; the stored text is the conduct window's.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here literally, so that this revision never changes after release.
_COLUMNS = (("motion", "text_sv"), ("vote", "yes_proposal_sv"), ("vote", "no_proposal_sv"), ("dissent", "text_sv"))


def upgrade() -> None:
    for table, column in _COLUMNS:
        op.add_column(table, sa.Column(column, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # Plain SQL rather than Alembic's batch mode (as in revision 0007): SQLite (3.35 and later) and PostgreSQL both
    # drop a column in place.
    for table, column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

"""each user's own autosaved draft of a §: ``item_draft.author`` in its key

A § had one draft, whoever wrote it, so in an office sharing one database the secretaries' autosaves overwrote
each other's drafts, a colleague opening the § was offered another's unsaved text as her own ("the program was
closed without saving"), and a save deleted the draft of whoever else was editing. The key is now the § and the
draft's author (the user name written to the audit log). Drafts written before have the author "" (unknown):
they are offered to whoever opens the § first, as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite cannot change a primary key in place: batch mode copies the table (drafts are few rows).
    with op.batch_alter_table("item_draft", recreate="auto") as batch:
        batch.add_column(sa.Column("author", sa.String(200), nullable=False, server_default=""))
        batch.drop_constraint("pk_item_draft", type_="primary")
        batch.create_primary_key("pk_item_draft", ["item_id", "author"])


def downgrade() -> None:
    # One draft per § again: each § keeps its latest draft.
    op.execute(
        "DELETE FROM item_draft WHERE EXISTS (SELECT 1 FROM item_draft AS newer WHERE newer.item_id = "
        "item_draft.item_id AND (newer.saved_at > item_draft.saved_at OR (newer.saved_at = item_draft.saved_at "
        "AND newer.author > item_draft.author)))"
    )
    with op.batch_alter_table("item_draft", recreate="auto") as batch:
        batch.drop_constraint("pk_item_draft", type_="primary")
        batch.create_primary_key("pk_item_draft", ["item_id"])
        batch.drop_column("author")

"""A decision draft needs a proposal: a § without one is not printed as a page with only its title."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.printing import DocumentKind, DocumentRequest, render_document
from db.engine import Database
from db.errors import ValidationError
from db.models import Item
from tests.core.printing_support import read_pdf


def test_a_draft_of_a_section_without_a_proposal_is_refused_and_says_where_to_write_it(demo_db: Database) -> None:
    """Ensure printing the decision draft of a § whose proposal is empty (in Finnish and in Swedish) is refused with
    a message saying where the proposal is written or drafted, and that the § prints once it has a proposal."""
    with demo_db.begin() as session:
        item = next(
            item
            for item in session.scalars(select(Item).where(Item.proposal != "").order_by(Item.id))
            if not item.meeting.state.is_locked  # a § of checked minutes cannot be changed
        )
        meeting_id, item_id, proposal = item.meeting_id, item.id, item.proposal
        item.proposal, item.proposal_sv = "", "  "
    request = DocumentRequest(DocumentKind.DRAFT, meeting_id, (item_id,))
    with pytest.raises(ValidationError) as refused:
        render_document(demo_db, request)
    assert "ei ole päätösehdotusta" in refused.value.message and "Laadi ehdotus mallipohjasta" in refused.value.message
    with demo_db.begin() as session:
        stored = session.get(Item, item_id)
        assert stored is not None
        stored.proposal = proposal
    printed = read_pdf(render_document(demo_db, request)).text
    assert proposal.split()[0] in printed

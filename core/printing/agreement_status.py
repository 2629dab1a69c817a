"""Sopimuksen hyväksymistilanne: a one-page PDF of an agreement's approval matrix and cost shares.

Built on the shared base (``core.printing.base``): running header with "Sivu x / y", embedded DejaVu fonts,
every user text escaped. The tables use a smaller type than running text so that twelve parties and
their cost shares fit on one A4 page::

    pdf = render_agreement_status(session, agreement_id, on=dt.date.today())
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table
from sqlalchemy.orm import Session

from core.agreement_costs import CostSplit, euro, percent, split_costs
from core.agreements import AgreementView, PartyView, agreement_view, fi_date, get_agreement
from core.printing.base import DocumentBuilder, DocumentMeta, RunningHeader, table_style
from core.printing.fonts import BOLD
from core.printing.text import inline
from db.engine import Database
from db.enums import CostSplitBasis
from db.models import Agreement

TITLE = "Sopimuksen hyväksymistilanne"
DOCUMENT_TYPE = "HYVÄKSYMISTILANNE"
_GRID = colors.Color(0.75, 0.75, 0.75)
_SHADE = colors.Color(0.94, 0.94, 0.94)


def _author(agreement: Agreement) -> str:
    """Whose document this is: the home organisation among the parties, else the coordinator."""
    for party in agreement.parties:
        if party.organisation.is_home:
            return party.organisation.name
    return agreement.coordinator.name if agreement.coordinator is not None else "Sihteeri"


def render_agreement_status(session: Session, agreement_id: int, *, on: dt.date) -> bytes:
    """The status page of one agreement on day ``on``, as PDF bytes."""
    agreement = get_agreement(session, agreement_id)
    view = agreement_view(agreement, on=on)
    split = split_costs(agreement)
    author = _author(agreement)
    header = RunningHeader(
        organisation=author,
        document_type=DOCUMENT_TYPE,
        left_lines=("Sopimukset",),
        right_lines=(f"Tilanne {fi_date(on)}",),
    )
    meta = DocumentMeta(title=TITLE, author=author, subject=view.title, header=header, keywords=view.kind_label)
    doc = DocumentBuilder(meta)
    doc.title(TITLE)
    doc.heading(view.title, level=2)
    _facts(doc, view)
    _matrix(doc, view)
    _costs(doc, split)
    return doc.render()


def render_agreement_status_file(database: Database, agreement_id: int, *, on: dt.date) -> bytes:
    """The same in its own session (safe to call off the UI thread)."""
    with database.session() as session:
        return render_agreement_status(session, agreement_id, on=on)


def _styles(doc: DocumentBuilder) -> dict[str, ParagraphStyle]:
    small = doc.styles["small"]
    return {
        "cell": ParagraphStyle("agr_cell", parent=small, fontSize=8, leading=9.6, spaceAfter=0),
        "head": ParagraphStyle("agr_head", parent=small, fontName=BOLD, fontSize=8, leading=9.6, spaceAfter=0),
        "num": ParagraphStyle("agr_num", parent=small, fontSize=8, leading=9.6, spaceAfter=0, alignment=TA_RIGHT),
        "numhead": ParagraphStyle(
            "agr_numhead", parent=small, fontName=BOLD, fontSize=8, leading=9.6, spaceAfter=0, alignment=TA_RIGHT
        ),
        "fact": ParagraphStyle("agr_fact", parent=small, fontSize=9, leading=11.5, spaceAfter=0),
        "factlabel": ParagraphStyle(
            "agr_factlabel", parent=small, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
    }


def _table(
    doc: DocumentBuilder,
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    total_row: bool = False,
    space_after: float = 8,
) -> None:
    table = Table(rows, colWidths=[w * doc.layout.text_width for w in widths], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, _GRID),
    ]
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table.setStyle(table_style(commands))
    doc.append(table)
    if space_after:
        doc.append(Spacer(1, space_after))


def _facts(doc: DocumentBuilder, view: AgreementView) -> None:
    styles = _styles(doc)
    situation = view.situation
    facts = [
        ("Laji", view.kind_label),
        ("Sopimuskausi", view.term_text),
        ("Koordinoi", view.coordinator),
        ("Voimaantulo", view.rule_label),
        ("Tila", view.status_text),
    ]
    if situation.entry_into_force is not None:
        facts.append(("Voimaantulopäivä", fi_date(situation.entry_into_force)))
    if situation.missing_text:
        facts.append(("Puuttuu", situation.missing_text))
    if situation.with_changes:
        facts.append(("Hyväksytty muutoksin", ", ".join(situation.with_changes)))
    rows = [
        [Paragraph(inline(label), styles["factlabel"]), Paragraph(inline(value), styles["fact"])]
        for label, value in facts
        if value
    ]
    table = Table(rows, colWidths=[0.28 * doc.layout.text_width, 0.72 * doc.layout.text_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    doc.append(table)
    doc.append(Spacer(1, 6))


def _matrix(doc: DocumentBuilder, view: AgreementView) -> None:
    styles = _styles(doc)
    doc.heading("Osapuolten päätökset", level=2)
    signing = view.entry_rule.value.endswith("allekirjoittavat")
    head = ["Osapuoli", "Päättävä toimielin", "Tila", "Päätös (pvm, §, Dnro)", "Ote saatu"]
    widths = [0.15, 0.165, 0.12, 0.315, 0.115]
    if signing:
        head.append("Allekirjoitus")
        widths.append(0.135)
    else:
        widths[3] += 0.135
    rows: list[list[Any]] = [[Paragraph(inline(text), styles["head"]) for text in head]]
    for party in view.parties:
        name = party.name if party.required else f"{party.name} (ei edellytetä)"
        cells = [
            name,
            party.approving_body,
            party.state_label,
            _decision(party),
            fi_date(party.excerpt_received),
        ]
        if signing:
            cells.append(fi_date(party.signed_date))
        rows.append([Paragraph(inline(text), styles["cell"]) for text in cells])
    _table(doc, rows, widths)


def _decision(party: PartyView) -> str:
    """The decision record without repeating the approving body: "27.10.2025 412 §, Dnro LAH/3418/…"."""
    text = party.decision_text
    if not text:
        return "—"
    if party.decision_body and party.decision_body == party.approving_body:
        text = text.removeprefix(party.decision_body).strip()
    return text


def _costs(doc: DocumentBuilder, split: CostSplit) -> None:
    styles = _styles(doc)
    doc.heading("Kustannusosuudet", level=2)
    if not split.items:
        doc.text("Sopimukseen ei ole merkitty kustannuksia.", style="small")
        return
    doc.text(f"Kustannukset jaetaan {split.basis_label}.", style="small")
    if split.problem:
        doc.notice(split.problem)
        return
    basis_head = {
        CostSplitBasis.POPULATION: "Asukasluku",
        CostSplitBasis.EQUAL: "Peruste",
        CostSplitBasis.FIXED: "Osuus %",
    }[split.basis]
    items = list(split.items)
    item_width = 0.43 / len(items)
    widths = [0.18, 0.13, 0.10, *[item_width] * len(items), 0.16]
    head = [Paragraph(inline("Osapuoli"), styles["head"])]
    head += [Paragraph(inline(text), styles["numhead"]) for text in (basis_head, "Osuus")]
    head += [Paragraph(inline(line.description), styles["numhead"]) for line in items]
    head.append(Paragraph(inline("Yhteensä"), styles["numhead"]))
    rows: list[list[Any]] = [head]
    for share in split.shares:
        basis = _basis_text(split.basis, share.basis)
        cells = [Paragraph(inline(share.name), styles["cell"])]
        cells += [Paragraph(inline(text), styles["num"]) for text in (basis, percent(share.percent))]
        cells += [Paragraph(inline(euro(amount)), styles["num"]) for amount in share.amounts]
        cells.append(Paragraph(inline(euro(share.total)), styles["num"]))
        rows.append(cells)
    basis_total = sum((s.basis for s in split.shares), Decimal(0))
    total = [Paragraph(inline("Yhteensä"), styles["head"])]
    total += [
        Paragraph(inline(_basis_text(split.basis, basis_total)), styles["numhead"]),
        Paragraph(inline("100,00 %"), styles["numhead"]),
    ]
    total += [Paragraph(inline(euro(line.amount)), styles["numhead"]) for line in items]
    total.append(Paragraph(inline(euro(split.total)), styles["numhead"]))
    rows.append(total)
    _table(doc, rows, widths, total_row=True, space_after=0)


def _basis_text(basis: CostSplitBasis, value: Decimal) -> str:
    if basis == CostSplitBasis.POPULATION:
        return f"{int(value):,}".replace(",", "\u00a0")
    if basis == CostSplitBasis.FIXED:
        return percent(value, places=2)
    return f"{int(value)}"

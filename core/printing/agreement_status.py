"""Sopimuksen hyväksymistilanne: a one-page PDF of an agreement's approval matrix and cost shares.

Built on the shared base (``core.printing.base``): running header with "Sivu x / y", embedded DejaVu fonts,
every user text escaped. The tables use a smaller type than running text so that twelve parties and
their cost shares fit on one A4 page. Amounts never wrap: the cost table's columns are as wide as their
amounts, and when the cost items do not fit side by side the table continues below with the rest of them
(the party names repeated). Agreements with one-year cost items get a table per run of years with the same
items, so that each total is one year's cost::

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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table
from sqlalchemy.orm import Session

from core.agreement_costs import CostSplit, euro, percent, splits_by_year
from core.agreements import AgreementView, PartyView, agreement_view, fi_date, get_agreement
from core.printing.base import DocumentBuilder, DocumentMeta, RunningHeader, table_style
from core.printing.fonts import BOLD, REGULAR
from core.printing.text import inline
from db.engine import Database
from db.enums import CostSplitBasis, EntryRule
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
    periods = splits_by_year(agreement)
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
    _matrix(doc, view, on)
    _costs_by_year(doc, periods)
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
    absolute: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> None:
    scale = 1.0 if absolute else doc.layout.text_width
    table = Table(rows, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
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
    commands.extend(extra)
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


def _matrix(doc: DocumentBuilder, view: AgreementView, on: dt.date) -> None:
    """The parties' rows as they stood on ``on`` (a decision or signature dated later is left out)."""
    styles = _styles(doc)
    doc.heading("Osapuolten päätökset", level=2)
    parties = [party.as_of(on) for party in view.parties]
    signing = view.entry_rule == EntryRule.ALL_APPROVE_AND_SIGN or any(p.signatory for p in parties)
    head = ["Osapuoli", "Päättävä toimielin", "Tila", "Päätös (pvm, §, Dnro)", "Ote saatu"]
    widths = [0.15, 0.165, 0.12, 0.28, 0.115]
    if signing:
        head.append("Allekirjoitus")
        widths.append(0.17)  # "kaupunginjohtaja" unbroken
    else:
        widths[3] += 0.17
    rows: list[list[Any]] = [[Paragraph(inline(text), styles["head"]) for text in head]]
    for party in parties:
        name = party.name if party.required else f"{party.name} (ei edellytetä)"
        cells = [
            name,
            party.approving_body,
            party.state_label,
            _decision(party),
            fi_date(party.excerpt_received),
        ]
        if signing:
            cells.append(" ".join(text for text in (party.signatory, fi_date(party.signed_date)) if text))
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


def _costs_by_year(doc: DocumentBuilder, periods: Sequence[Any]) -> None:
    """The cost shares: one table, or one per run of years with the same items (``splits_by_year``)."""
    doc.heading("Kustannusosuudet", level=2)
    first = periods[0].split
    if not first.items and len(periods) == 1:
        doc.text("Sopimukseen ei ole merkitty kustannuksia.", style="small")
        return
    doc.text(f"Kustannukset jaetaan {first.basis_label}.", style="small")
    if first.problem:
        doc.notice(first.problem)
        return
    for period in periods:
        if period.label:
            years = len(period.years)
            heading = {0: "Muina vuosina", 1: f"Vuosi {period.label}"}.get(years, f"Vuodet {period.label}")
            doc.text(f"{heading} (vuotuiset erät ja vuoden omat erät), osuudet vuodessa:", style="small")
        _costs(doc, period.split, total_label="Yhteensä" if not period.label else "Vuodessa")


_SIZE = 8
_PADDING = 2 + 3 + 1  # left and right padding of a cell, and a point to spare


def _width(text: str, *, bold: bool = False) -> float:
    return float(stringWidth(text, BOLD if bold else REGULAR, _SIZE)) + _PADDING


def _head_width(text: str) -> float:
    """The narrowest column a header fits in without breaking a word."""
    return max((_width(word, bold=True) for word in text.split()), default=_PADDING)


def _costs(doc: DocumentBuilder, split: CostSplit, *, total_label: str) -> None:
    """One split as a table; item columns that do not fit beside each other continue in a table below."""
    styles = _styles(doc)
    basis_head = {
        CostSplitBasis.POPULATION: "Asukasluku",
        CostSplitBasis.EQUAL: "Peruste",
        CostSplitBasis.FIXED: "Osuus %",
    }[split.basis]
    items = list(split.items)
    basis_total = sum((s.basis for s in split.shares), Decimal(0))
    # Every column as cells (header, one per party, the total row), amounts as plain strings: a plain string
    # never wraps in a ReportLab table, where a paragraph would break "110 287,50 €" at its spaces.
    basis_column = [basis_head, *(_basis_text(split.basis, s.basis) for s in split.shares),
                    _basis_text(split.basis, basis_total)]
    share_column = ["Osuus", *(percent(s.percent) for s in split.shares), "100,00 %"]
    item_columns = [
        [line.label, *(euro(s.amounts[index]) for s in split.shares), euro(line.amount)]
        for index, line in enumerate(items)
    ]
    total_column = [total_label, *(euro(s.total) for s in split.shares), euro(split.total)]

    def width(column: list[str]) -> float:
        body = max(_width(text) for text in column[1:-1]) if len(column) > 2 else 0.0
        return max(_head_width(column[0]), body, _width(column[-1], bold=True))

    available = doc.layout.text_width
    names = [s.name for s in split.shares]
    name_width = min(max(_width(n) for n in (*names, "Yhteensä")), 0.22 * available)  # long names wrap
    fixed = [basis_column, share_column]
    rest = [*item_columns, total_column]
    chunks: list[list[list[str]]] = []
    current = list(fixed)
    used = name_width + sum(width(c) for c in current)
    for column in rest:
        if len(current) > len(fixed if not chunks else []) and used + width(column) > available:
            chunks.append(current)
            current, used = [], name_width
        current.append(column)
        used += width(column)
    chunks.append(current)
    if len(chunks) > 1 and current == [total_column] and len(chunks[-2]) > len(fixed if len(chunks) == 2 else []) + 1:
        chunks[-1].insert(0, chunks[-2].pop())  # the total not alone below: the last item goes with it
    for number, chunk in enumerate(chunks):
        widths = [width(c) for c in chunk]
        head = [Paragraph(inline("Osapuoli"), styles["head"])]
        head += [Paragraph(inline(c[0]), styles["numhead"]) for c in chunk]
        rows: list[list[Any]] = [head]
        for row, name in enumerate(names, start=1):
            rows.append([Paragraph(inline(name), styles["cell"]), *(c[row] for c in chunk)])
        rows.append([Paragraph(inline("Yhteensä"), styles["head"]), *(c[-1] for c in chunk)])
        extra = [
            ("FONTSIZE", (1, 1), (-1, -1), _SIZE),
            ("LEADING", (1, 1), (-1, -1), 9.6),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONTNAME", (1, -1), (-1, -1), BOLD),
        ]
        last = number == len(chunks) - 1
        _table(doc, rows, [name_width, *widths], total_row=True,
               space_after=0 if last else 6, absolute=True, extra=extra)


def _basis_text(basis: CostSplitBasis, value: Decimal) -> str:
    if basis == CostSplitBasis.POPULATION:
        return f"{int(value):,}".replace(",", "\u00a0")
    if basis == CostSplitBasis.FIXED:
        return percent(value, places=2)
    return f"{int(value)}"

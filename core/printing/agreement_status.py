"""Sopimuksen hyväksymistilanne: a one-page PDF of an agreement's approval matrix and cost shares.

Built on the shared base (``core.printing.base``): running header with "Sivu x / y", embedded DejaVu fonts,
every user text escaped. The tables use a smaller type than running text so that twelve parties and
their cost shares fit on one A4 page. Amounts never wrap: the cost table's columns are as wide as their
amounts, and when the cost items do not fit side by side the table continues below with the rest of them
(the party names repeated). Agreements with one-year cost items get a table per run of years with the same
items, so that each total is one year's cost::

    pdf = render_agreement_status(session, agreement_id, on=dt.date.today(), language="sv")

In Swedish (``language="sv"``) the fixed wording, the status and what is missing are in Swedish, a § is "§ 100"
and a diary number "Dnr", and the organisations go by their Swedish names where the settings give one (Lahtis);
the bodies, signatories and cost items print as written.
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

from core.agreement_costs import BASIS_LABELS, CostSplit, euro, percent, splits_by_year
from core.agreements import (
    AgreementStatus,
    AgreementView,
    PartyView,
    Situation,
    agreement_view,
    fi_date,
    get_agreement,
)
from core.printing.base import DocumentBuilder, DocumentMeta, RunningHeader, table_style
from core.printing.fonts import BOLD, REGULAR
from core.printing.labels import check_language
from core.printing.text import inline
from db.engine import Database
from db.enums import AgreementKind, AgreementTermination, CostSplitBasis, EntryRule, PartyDecisionState
from db.models import Agreement

TITLE = "Sopimuksen hyväksymistilanne"
DOCUMENT_TYPE = "HYVÄKSYMISTILANNE"

# The fixed wording in Finland-Swedish (the Finnish is the key, and what the Finnish document prints), in the same
# words as the agreement register's Swedish window.
_SV: dict[str, str] = {
    TITLE: "Avtalets godkännandeläge",
    DOCUMENT_TYPE: "GODKÄNNANDELÄGE",
    "Sivu {page} / {pages}": "Sida {page} / {pages}",
    "Sopimukset": "Avtal",
    "Tilanne {date}": "Läge {date}",
    "Laji": "Typ",
    "Sopimuskausi": "Avtalsperiod",
    "Koordinoi": "Koordinerar",
    "Voimaantulo": "Ikraftträdande",
    "Tila": "Status",
    "Voimaantulopäivä": "Dag för ikraftträdande",
    "Puuttuu": "Saknas",
    "Hyväksytty muutoksin": "Godkänt med ändringar",
    "Osapuolten päätökset": "Parternas beslut",
    "Osapuoli": "Part",
    "Päättävä toimielin": "Beslutande organ",
    "Päätös (pvm, §, Dnro)": "Beslut (datum, §, Dnr)",
    "Ote saatu": "Utdrag inkommit",
    "Allekirjoitus": "Underskrift",
    "{name} (ei edellytetä)": "{name} (förutsätts inte)",
    "Kustannusosuudet": "Kostnadsandelar",
    "Sopimukseen ei ole merkitty kustannuksia.": "Inga kostnader har antecknats för avtalet.",
    "Kustannukset jaetaan {basis}.": "Kostnaderna fördelas {basis}.",
    "asukasluvun mukaan": "enligt invånarantal",
    "tasan": "jämnt",
    "kiinteillä osuuksilla": "med fasta andelar",
    "Muina vuosina": "Övriga år",
    "Vuosi {label}": "År {label}",
    "Vuodet {label}": "Åren {label}",
    "{heading} (vuotuiset erät ja vuoden omat erät), osuudet vuodessa:":
        "{heading} (årliga poster och årets egna poster), andelar per år:",
    "Asukasluku": "Invånarantal",
    "Peruste": "Grund",
    "Osuus %": "Andel %",
    "Osuus": "Andel",
    "Yhteensä": "Totalt",
    "Vuodessa": "Per år",
}
_KINDS_SV: dict[AgreementKind, str] = {
    AgreementKind.COOPERATION_AGREEMENT: "Samverkansavtal",
    AgreementKind.COLLABORATION_AGREEMENT: "Samarbetsavtal",
    AgreementKind.COOPERATION_PROTOCOL: "Samarbetsprotokoll",
    AgreementKind.OTHER: "Annat avtal",
}
_RULES_SV: dict[EntryRule, str] = {
    EntryRule.ALL_APPROVE: "När alla parter har godkänt",
    EntryRule.ALL_APPROVE_AND_SIGN: "När alla parter har godkänt och undertecknat",
    EntryRule.SUBSET_APPROVE: "När de angivna parterna har godkänt",
}
_STATES_SV: dict[PartyDecisionState, str] = {
    PartyDecisionState.NOT_ON_AGENDA: "Inte behandlat",
    PartyDecisionState.ON_AGENDA: "På föredragningslistan",
    PartyDecisionState.APPROVED: "Godkänt",
    PartyDecisionState.APPROVED_WITH_CHANGES: "Godkänt med ändringar",
    PartyDecisionState.REJECTED: "Förkastat",
    PartyDecisionState.RETURNED: "Återremitterat",
}
_STATUSES_SV: dict[AgreementStatus, str] = {
    AgreementStatus.IN_PREPARATION: "Under beredning",
    AgreementStatus.AWAITING_APPROVALS: "Väntar på godkännanden",
    AgreementStatus.IN_FORCE: "I kraft",
    AgreementStatus.EXPIRED: "Upphört",
    AgreementStatus.TERMINATED: "Uppsagt",
}
_TERMINATIONS_SV: dict[AgreementTermination, str] = {
    AgreementTermination.TERMINATED: "Uppsagt",
    AgreementTermination.CANCELLED: "Återkallat",
}
_AWAITING_CHECK_SV = "Behandlat, protokollet ojusterat"


class _Words:
    """The document's wording in its language, and the organisations' names in it."""

    def __init__(self, language: str, names: dict[str, str]) -> None:
        self.sv = check_language(language) == "sv"
        self._names = names if self.sv else {}

    def __call__(self, text: str, **values: object) -> str:
        return (_SV[text] if self.sv else text).format(**values)

    def name(self, name: str) -> str:
        """An organisation's name: its Swedish name in a Swedish document, where one is given."""
        return self._names.get(name, name)

    def names(self, names: Sequence[str]) -> str:
        return ", ".join(self.name(name) for name in names)

    def section(self, section: str) -> str:
        return f"§ {section}" if self.sv else f"{section} §"

    def state(self, party: PartyView) -> str:
        if not self.sv:
            return party.state_label
        return _AWAITING_CHECK_SV if party.awaiting_check else _STATES_SV[party.state]

    def status(self, view: AgreementView) -> str:
        """The status with its date where one belongs (``AgreementView.status_text`` in the document's language)."""
        if not self.sv:
            return view.status_text
        situation = view.situation
        if situation.status == AgreementStatus.TERMINATED and view.terminated is not None:
            return f"{_TERMINATIONS_SV[view.terminated]} {fi_date(view.terminated_date)}".strip()
        if situation.status == AgreementStatus.IN_FORCE and situation.entry_into_force is not None:
            return f"I kraft från {fi_date(situation.entry_into_force)}"
        if situation.status == AgreementStatus.EXPIRED:
            return f"Upphört {fi_date(view.term_end)}".strip()
        if situation.status == AgreementStatus.AWAITING_APPROVALS:
            return f"Väntar på godkännanden ({situation.approved_count}/{situation.required_count})"
        return _STATUSES_SV[situation.status]

    def missing(self, situation: Situation) -> str:
        """What is still missing (``Situation.missing_text`` in the document's language)."""
        if not self.sv:
            return situation.missing_text
        if situation.party_count == 0:
            return "Avtalet har inga parter."
        if situation.party_count is not None and situation.required_count == 0:
            return "Ingen part har markerats som förutsatt."
        parts = [
            f"{label}: {self.names(names)}"
            for label, names in (
                ("Väntar på", situation.waiting),
                ("Har förkastat", situation.rejected),
                ("Underskrift saknas", situation.unsigned),
                ("Beslutsdatum saknas", situation.undated),
            )
            if names
        ]
        return ". ".join(parts) + ("." if parts else "")
_GRID = colors.Color(0.75, 0.75, 0.75)
_SHADE = colors.Color(0.94, 0.94, 0.94)


def _author(agreement: Agreement) -> str:
    """Whose document this is: the home organisation among the parties, else the coordinator."""
    for party in agreement.parties:
        if party.organisation.is_home:
            return party.organisation.name
    return agreement.coordinator.name if agreement.coordinator is not None else "Sihteeri"


def _swedish_names(agreement: Agreement) -> dict[str, str]:
    """The Finnish name → the Swedish name of each party and of the coordinator that has one."""
    organisations = [party.organisation for party in agreement.parties]
    if agreement.coordinator is not None:
        organisations.append(agreement.coordinator)
    return {org.name: org.name_sv for org in organisations if org.name_sv}


def render_agreement_status(session: Session, agreement_id: int, *, on: dt.date, language: str = "fi") -> bytes:
    """The status page of one agreement on day ``on``, as PDF bytes, in Finnish or Swedish (``language``)."""
    agreement = get_agreement(session, agreement_id)
    words = _Words(language, _swedish_names(agreement))
    view = agreement_view(agreement, on=on)
    periods = splits_by_year(agreement)
    author = words.name(_author(agreement))
    kind = _KINDS_SV[view.kind] if words.sv else view.kind_label
    header = RunningHeader(
        organisation=author,
        document_type=words(DOCUMENT_TYPE),
        left_lines=(words("Sopimukset"),),
        right_lines=(words("Tilanne {date}", date=fi_date(on)),),
        page_label=words("Sivu {page} / {pages}", page="{page}", pages="{pages}"),
    )
    meta = DocumentMeta(
        title=words(TITLE), author=author, subject=view.title, header=header, keywords=kind, language=language
    )
    doc = DocumentBuilder(meta)
    doc.title(words(TITLE))
    doc.heading(view.title, level=2)
    _facts(doc, view, words, kind)
    _matrix(doc, view, on, words)
    _costs_by_year(doc, periods, words)
    return doc.render()


def render_agreement_status_file(database: Database, agreement_id: int, *, on: dt.date, language: str = "fi") -> bytes:
    """The same in its own session (safe to call off the UI thread)."""
    with database.session() as session:
        return render_agreement_status(session, agreement_id, on=on, language=language)


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


def _facts(doc: DocumentBuilder, view: AgreementView, words: _Words, kind: str) -> None:
    styles = _styles(doc)
    situation = view.situation
    facts = [
        ("Laji", kind),
        ("Sopimuskausi", view.term_text),
        ("Koordinoi", words.name(view.coordinator)),
        ("Voimaantulo", _RULES_SV[view.entry_rule] if words.sv else view.rule_label),
        ("Tila", words.status(view)),
    ]
    if situation.entry_into_force is not None:
        facts.append(("Voimaantulopäivä", fi_date(situation.entry_into_force)))
    missing = words.missing(situation)
    if missing:
        facts.append(("Puuttuu", missing))
    if situation.with_changes:
        facts.append(("Hyväksytty muutoksin", words.names(situation.with_changes)))
    rows = [
        [Paragraph(inline(words(label)), styles["factlabel"]), Paragraph(inline(value), styles["fact"])]
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


def _matrix(doc: DocumentBuilder, view: AgreementView, on: dt.date, words: _Words) -> None:
    """The parties' rows as they stood on ``on`` (a decision or signature dated later is left out)."""
    styles = _styles(doc)
    doc.heading(words("Osapuolten päätökset"), level=2)
    parties = [party.as_of(on) for party in view.parties]
    signing = view.entry_rule == EntryRule.ALL_APPROVE_AND_SIGN or any(p.signatory for p in parties)
    head = ["Osapuoli", "Päättävä toimielin", "Tila", "Päätös (pvm, §, Dnro)", "Ote saatu"]
    widths = [0.15, 0.165, 0.12, 0.28, 0.115]
    if signing:
        head.append("Allekirjoitus")
        widths.append(0.17)  # "kaupunginjohtaja" unbroken
    else:
        widths[3] += 0.17
    texts: list[list[str]] = []
    for party in parties:
        name = words.name(party.name)
        cells = [
            name if party.required else words("{name} (ei edellytetä)", name=name),
            party.approving_body,
            words.state(party),
            _decision(party, words),
            fi_date(party.excerpt_received),
        ]
        if signing:
            cells.append(" ".join(text for text in (party.signatory, fi_date(party.signed_date)) if text))
        texts.append(cells)
    head = [words(text) for text in head]
    if words.sv:
        widths = _fitted_widths(head, texts, doc.layout.text_width)
    rows: list[list[Any]] = [[Paragraph(inline(text), styles["head"]) for text in head]]
    rows += [[Paragraph(inline(text), styles["cell"]) for text in cells] for cells in texts]
    _table(doc, rows, widths)


def _fitted_widths(head: list[str], rows: list[list[str]], available: float) -> list[float]:
    """Column widths (shares of ``available``) in which no word breaks: each column as wide as its longest word,
    the rest to the decision column; scaled down if even that does not fit. The Swedish words are longer
    ("Päijänne-Tavastlands", "föredragningslistan") than the Finnish layout's fixed shares allow."""
    needed = [
        max([_head_width(head[column]), *(_width(word) for cells in rows for word in cells[column].split())])
        / available
        for column in range(len(head))
    ]
    if sum(needed) > 1:
        return [share / sum(needed) for share in needed]
    needed[3] += 1 - sum(needed)
    return needed


def _decision(party: PartyView, words: _Words) -> str:
    """The decision record without repeating the approving body: "27.10.2025 412 §, Dnro LAH/3418/…" (in Swedish
    "27.10.2025 § 412, Dnr LAH/3418/…")."""
    body = party.decision_body
    if body and body == party.approving_body:
        body = ""
    parts = [part for part in (body, fi_date(party.decision_date)) if part]
    if party.section:
        parts.append(words.section(party.section))
    text = " ".join(parts)
    if party.diary_number:
        dnro = f"{'Dnr' if words.sv else 'Dnro'} {party.diary_number}"
        text = f"{text}, {dnro}" if text else dnro
    return text or "—"


def _costs_by_year(doc: DocumentBuilder, periods: Sequence[Any], words: _Words) -> None:
    """The cost shares: one table, or one per run of years with the same items (``splits_by_year``)."""
    doc.heading(words("Kustannusosuudet"), level=2)
    first = periods[0].split
    if not first.items and len(periods) == 1:
        doc.text(words("Sopimukseen ei ole merkitty kustannuksia."), style="small")
        return
    basis = first.basis_label
    if words.sv:  # "asukasluvun mukaan 31.12.2024" → "enligt invånarantal 31.12.2024"
        basis = basis.replace(BASIS_LABELS[first.basis], words(BASIS_LABELS[first.basis]))
    doc.text(words("Kustannukset jaetaan {basis}.", basis=basis), style="small")
    if first.problem:
        doc.notice(first.problem)
        return
    for period in periods:
        if period.label:
            years = len(period.years)
            heading = {0: words("Muina vuosina"), 1: words("Vuosi {label}", label=period.label)}.get(
                years, words("Vuodet {label}", label=period.label)
            )
            doc.text(
                words("{heading} (vuotuiset erät ja vuoden omat erät), osuudet vuodessa:", heading=heading),
                style="small",
            )
        _costs(doc, period.split, words, total_label=words("Yhteensä" if not period.label else "Vuodessa"))


_SIZE = 8
_PADDING = 2 + 3 + 1  # left and right padding of a cell, and a point to spare


def _width(text: str, *, bold: bool = False) -> float:
    return float(stringWidth(text, BOLD if bold else REGULAR, _SIZE)) + _PADDING


def _head_width(text: str) -> float:
    """The narrowest column a header fits in without breaking a word."""
    return max((_width(word, bold=True) for word in text.split()), default=_PADDING)


def _costs(doc: DocumentBuilder, split: CostSplit, words: _Words, *, total_label: str) -> None:
    """One split as a table; item columns that do not fit beside each other continue in a table below."""
    styles = _styles(doc)
    basis_head = words({
        CostSplitBasis.POPULATION: "Asukasluku",
        CostSplitBasis.EQUAL: "Peruste",
        CostSplitBasis.FIXED: "Osuus %",
    }[split.basis])
    items = list(split.items)
    basis_total = sum((s.basis for s in split.shares), Decimal(0))
    # Every column as cells (header, one per party, the total row), amounts as plain strings: a plain string
    # never wraps in a ReportLab table, where a paragraph would break "110 287,50 €" at its spaces.
    basis_column = [basis_head, *(_basis_text(split.basis, s.basis) for s in split.shares),
                    _basis_text(split.basis, basis_total)]
    share_column = [words("Osuus"), *(percent(s.percent) for s in split.shares), "100,00 %"]
    item_columns = [
        [line.label, *(euro(s.amounts[index]) for s in split.shares), euro(line.amount)]
        for index, line in enumerate(items)
    ]
    total_column = [total_label, *(euro(s.total) for s in split.shares), euro(split.total)]

    def width(column: list[str]) -> float:
        body = max(_width(text) for text in column[1:-1]) if len(column) > 2 else 0.0
        return max(_head_width(column[0]), body, _width(column[-1], bold=True))

    available = doc.layout.text_width
    names = [words.name(s.name) for s in split.shares]
    total = words("Yhteensä")
    name_width = min(max(_width(n) for n in (*names, total)), 0.22 * available)  # long names wrap
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
        head = [Paragraph(inline(words("Osapuoli")), styles["head"])]
        head += [Paragraph(inline(c[0]), styles["numhead"]) for c in chunk]
        rows: list[list[Any]] = [head]
        for row, name in enumerate(names, start=1):
            rows.append([Paragraph(inline(name), styles["cell"]), *(c[row] for c in chunk)])
        rows.append([Paragraph(inline(total), styles["head"]), *(c[-1] for c in chunk)])
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

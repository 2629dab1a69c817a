"""Cost shares of an agreement: by population at a reference date, equal shares or fixed percentages, in cents.

Every cost item is split on its own with the largest-remainder method, so each item's shares add up to the
item exactly and a party's total is the sum of its item shares; the totals therefore add up exactly too.
Rounding is deterministic: the leftover cents go to the largest remainders, ties to the larger weight, and
remaining ties to the party listed first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy.orm import Session

from db.enums import CostSplitBasis
from db.errors import NotFound, ValidationError, msg
from db.models import Agreement, AgreementParty, Organisation

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
THOUSANDS = "\u00a0"  # no-break space between thousands, as Finnish writes amounts

BASIS_LABELS: dict[CostSplitBasis, str] = {
    CostSplitBasis.POPULATION: msg("asukasluvun mukaan"),
    CostSplitBasis.EQUAL: msg("tasan"),
    CostSplitBasis.FIXED: msg("kiinteillä osuuksilla"),
}


def split_amount(total: Decimal | int | str, weights: Sequence[Decimal | int | Fraction]) -> list[Decimal]:
    """Split ``total`` into cents in proportion to ``weights``; the parts always add up to ``total``.

    Largest-remainder method on exact fractions. A negative total (a refund) is split as its absolute value
    and negated. Raises ``ValidationError`` for negative weights or when every weight is zero but the
    total is not.
    """
    amount = Decimal(total)
    if amount != amount.quantize(CENT):
        amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if not weights:
        if amount == 0:
            return []
        raise ValidationError(msg("Kustannuksia ei voi jakaa: sopimuksella ei ole osapuolia."))
    exact = [Fraction(w) for w in weights]
    if any(w < 0 for w in exact):
        raise ValidationError(msg("Jakoperuste ei voi olla negatiivinen."))
    weight_sum = sum(exact, Fraction(0))
    sign = -1 if amount < 0 else 1
    cents = int(abs(amount) * 100)
    if weight_sum == 0:
        if cents == 0:
            return [Decimal("0.00") for _ in exact]
        raise ValidationError(msg("Kustannuksia ei voi jakaa: jakoperusteiden summa on nolla."))
    quotas = [Fraction(cents) * w / weight_sum for w in exact]
    floors = [q.numerator // q.denominator for q in quotas]
    leftover = cents - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(quotas[i] - floors[i]), -exact[i], i))
    for index in order[:leftover]:
        floors[index] += 1
    return [(Decimal(sign * c) / 100).quantize(CENT) for c in floors]


@dataclass(frozen=True)
class PartyShare:
    """One party's share of the costs.

    Attributes:
        party_id, name: the party.
        basis: what the share rests on: the population, 1 for equal shares, or the fixed percentage.
        percent: the party's share of the whole in percent (exact weight ratio, for showing).
        amounts: the party's share of each cost item, in the order of ``CostSplit.items``.
        total: the sum of ``amounts``.
    """

    party_id: int
    name: str
    basis: Decimal
    percent: Decimal
    amounts: tuple[Decimal, ...]
    total: Decimal


@dataclass(frozen=True)
class CostLine:
    """A cost item as split: its description, amount and year (None: every year)."""

    description: str
    amount: Decimal
    year: int | None

    @property
    def label(self) -> str:
        """The description with the year of a one-year item: "Hankinta 2026" (an annual item as it is)."""
        return self.description if self.year is None else f"{self.description} {self.year}"


@dataclass(frozen=True)
class CostSplit:
    """The split of an agreement's costs, or the reason it cannot be made yet.

    Attributes:
        basis: population, equal or fixed shares.
        reference_date: the population date used (population split only).
        items: the cost items split.
        shares: one row per party in the agreement's party order; empty when ``problem`` is set.
        total: the sum of the items.
        problem: a Finnish sentence saying what is missing (e.g. a population figure), else "".
    """

    basis: CostSplitBasis
    reference_date: dt.date | None
    items: tuple[CostLine, ...]
    shares: tuple[PartyShare, ...]
    total: Decimal
    problem: str = ""

    @property
    def basis_label(self) -> str:
        label = BASIS_LABELS[self.basis]
        if self.basis == CostSplitBasis.POPULATION and self.reference_date is not None:
            label += f" {self.reference_date.day}.{self.reference_date.month}.{self.reference_date.year}"
        return label


def population_at(organisation: Organisation, day: dt.date) -> int | None:
    """The organisation's population at the reference date: a stored figure for that date, else the
    organisation's own population when its date is that date, else None."""
    for figure in organisation.populations:
        if figure.reference_date == day:
            return figure.population
    if organisation.population is not None and organisation.population_date == day:
        return organisation.population
    return None


def _weights(agreement: Agreement, parties: Sequence[AgreementParty]) -> tuple[list[Decimal], str]:
    """The weight of each party and a problem sentence ("" when the split can be made)."""
    basis = agreement.cost_split
    if basis == CostSplitBasis.EQUAL:
        return [Decimal(1) for _ in parties], ""
    if basis == CostSplitBasis.FIXED:
        missing = [p.organisation.name for p in parties if p.fixed_share is None]
        if missing:
            return [], msg("Kiinteä osuus puuttuu: {parties}.", parties=", ".join(missing))
        shares = [Decimal(p.fixed_share or 0) for p in parties]
        total = sum(shares, Decimal(0))
        if abs(total - HUNDRED) > Decimal("0.0001"):
            return [], msg(
                           "Kiinteät osuudet ovat yhteensä {percent_text} %, eivät 100 %.",
                           percent_text=_percent_text(total)
                       )
        return shares, ""
    day = agreement.population_date
    if day is None:
        return [], msg("Sopimukselle ei ole merkitty asukaslukujen ajankohtaa.")
    weights: list[Decimal] = []
    missing = []
    for party in parties:
        population = population_at(party.organisation, day)
        if population is None:
            missing.append(party.organisation.name)
        else:
            weights.append(Decimal(population))
    if missing:
        date_text = f"{day.day}.{day.month}.{day.year}"
        return [], msg("Asukasluku {day} puuttuu: {parties}.", day=date_text, parties=", ".join(missing))
    return weights, ""


def _percent_text(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def split_costs(agreement: Agreement, *, year: int | None = None) -> CostSplit:
    """Split the agreement's cost items (those of ``year`` and every year; all when ``year`` is None).

    With ``year`` None and one-year items present, the total mixes items of different years: show such an
    agreement with ``splits_by_year`` instead.
    """
    lines = tuple(
        CostLine(c.description, Decimal(c.amount), c.year)
        for c in agreement.cost_items
        if year is None or c.year is None or c.year == year
    )
    return _split(agreement, lines)


def term_year_fraction(agreement: Agreement, year: int) -> Fraction:
    """The part of calendar year ``year`` inside the agreement's term (1 without a term).

    By whole months when the term begins on the first day of a month and ends on the last day of one, as
    budgets count (1.8.2026–31.7.2029: 5/12 of 2026 and 7/12 of 2029), otherwise by days of that year. The
    parts of a term's years add up to its length in years (by days, to within a leap day).
    """
    start, end = agreement.term_start, agreement.term_end
    if start is None or end is None:
        return Fraction(1)
    first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
    if last < first:
        return Fraction(0)
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return Fraction(last.year * 12 + last.month - (first.year * 12 + first.month) + 1, 12)
    return Fraction((last - first).days + 1, (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days)


def split_costs_in_term_year(agreement: Agreement, year: int) -> CostSplit:
    """The costs that fall in calendar year ``year`` of the term: each annual item in proportion to the part of
    the year inside the term (``term_year_fraction``, rounded to the cent), and that year's own items in full."""
    part = term_year_fraction(agreement, year)

    def amount(value: Decimal) -> Decimal:
        return (value * part.numerator / part.denominator).quantize(CENT, rounding=ROUND_HALF_UP)

    lines = tuple(
        CostLine(c.description, amount(Decimal(c.amount)) if c.year is None else Decimal(c.amount), c.year)
        for c in agreement.cost_items
        if c.year is None or c.year == year
    )
    return _split(agreement, lines)


@dataclass(frozen=True)
class CostPeriod:
    """Years that have the same cost items, and their split.

    Attributes:
        label: the years as shown: "" when every item is annual, else e.g. "2026", "2028–2029" or "muina vuosina".
        years: the years of the term (or of the items) this split applies to; empty for "muina vuosina".
        split: the split of the items of one such year (the annual items and that year's own items).
    """

    label: str
    years: tuple[int, ...]
    split: CostSplit


def splits_by_year(agreement: Agreement) -> list[CostPeriod]:
    """The agreement's cost split per year, consecutive years with the same items together.

    When every item is annual, one period with the label "" (its total is the annual cost). Otherwise one period
    per run of years of the term (and of years named by items outside the term) whose items are the same, so
    that each total is one year's cost; without a term, the annual items alone form a last period "muina
    vuosina".
    """
    item_years = sorted({c.year for c in agreement.cost_items if c.year is not None})
    if not item_years:
        return [CostPeriod("", (), split_costs(agreement))]
    start, end = agreement.term_start, agreement.term_end
    years = set(item_years)
    if start is not None and end is not None and end.year >= start.year:
        years |= set(range(start.year, end.year + 1))
    periods: list[CostPeriod] = []
    run: list[int] = []

    def key(year: int) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(agreement.cost_items) if c.year is None or c.year == year)

    def close() -> None:
        if run:
            label = str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}"
            periods.append(CostPeriod(label, tuple(run), split_costs(agreement, year=run[0])))

    for year in sorted(years):
        if run and (year != run[-1] + 1 or key(year) != key(run[-1])):
            close()
            run = []
        run.append(year)
    close()
    annual = tuple(CostLine(c.description, Decimal(c.amount), None) for c in agreement.cost_items if c.year is None)
    if annual and not (start is not None and end is not None):
        periods.append(CostPeriod(msg("muina vuosina"), (), _split(agreement, annual)))
    return periods


def _split(agreement: Agreement, lines: tuple[CostLine, ...]) -> CostSplit:
    parties = list(agreement.parties)
    total = sum((line.amount for line in lines), Decimal("0.00"))
    weights, problem = _weights(agreement, parties)
    if not parties and not problem:
        problem = msg("Sopimuksella ei ole osapuolia.")
    if problem:
        return CostSplit(agreement.cost_split, agreement.population_date, lines, (), total, problem)
    weight_sum = sum(weights, Decimal(0))
    columns = [split_amount(line.amount, weights) for line in lines]
    shares = []
    for index, party in enumerate(parties):
        amounts = tuple(column[index] for column in columns)
        percent = (weights[index] * HUNDRED / weight_sum) if weight_sum else Decimal(0)
        shares.append(
            PartyShare(
                party_id=party.id,
                name=party.organisation.name,
                basis=weights[index],
                percent=percent,
                amounts=amounts,
                total=sum(amounts, Decimal("0.00")),
            )
        )
    return CostSplit(agreement.cost_split, agreement.population_date, lines, tuple(shares), total)


def cost_split(session: Session, agreement_id: int, *, year: int | None = None) -> CostSplit:
    """The cost split of one agreement, read in the caller's session."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(msg("Sopimusta ei löytynyt."))
    return split_costs(agreement, year=year)


def euro(amount: Decimal) -> str:
    """An amount the Finnish way: "186 000,00 €" (no-break space between thousands)."""
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{THOUSANDS.join(groups)},{cents} €"


def percent(value: Decimal, places: int = 2) -> str:
    """A percentage the Finnish way: "59,29 %"."""
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_UP)}".replace(".", ",") + " %"

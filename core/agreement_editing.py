"""Creating and editing agreements: the agreement's own fields, its parties, its cost items and its termination.

The party rows' decisions are changed with ``core.agreements`` (``update_party``, ``link_local_decision``,
``record_external_decision``); this module handles the agreement around them. Every function takes the
caller's session and leaves the commit to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.agreements import get_agreement
from db.enums import (
    AgreementKind,
    AgreementTermination,
    CostSplitBasis,
    EntryRule,
    OrganisationKind,
    PartyDecisionState,
)
from db.errors import ConflictError, NotFound, ValidationError, msg
from db.models import Agreement, AgreementParty, CostItem, Organisation

_AGREEMENT_FIELDS = frozenset(
    {
        "title",
        "title_sv",
        "title_genitive",
        "kind",
        "term_start",
        "term_end",
        "coordinator_id",
        "entry_rule",
        "cost_split",
        "population_date",
        "prepared_from",
        "description",
    }
)


@dataclass(frozen=True)
class CostLineInput:
    """A cost item as typed: description, amount (euros, "186 000,00" accepted) and year (None: every year)."""

    description: str
    amount: Decimal | str
    year: int | None = None


MAX_AMOUNT = Decimal(10) ** 12  # cost_item.amount is Numeric(14, 2)
_DOT_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")
_DOT_THOUSANDS_WITH_CENTS = re.compile(r"-?\d{1,3}(\.\d{3})+,\d*")


def parse_amount(value: Decimal | str) -> Decimal:
    """An amount in euros typed the Finnish way ("186 000,00 €") or as a number, rounded to cents.

    Dots as thousands separators are read when a decimal comma follows ("186.000,00"). A dot followed by exactly
    three digits and nothing else ("186.000", "24.500") is refused: it may mean thousands or a decimal point, and
    reading it either way silently could be wrong by a factor of a thousand.
    """
    if isinstance(value, Decimal):
        amount = value
    else:
        text = value.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
        if _DOT_THOUSANDS.fullmatch(text):
            raise ValidationError(
                msg(
                    "Euromäärä ”{value}” on monitulkintainen: piste voi erottaa tuhannet tai sentit. Kirjoita "
                    "tuhannet välilyönnillä ja sentit pilkulla, esim. 186 000 tai 186,00.",
                    value=value.strip(),
                )
            )
        if _DOT_THOUSANDS_WITH_CENTS.fullmatch(text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(msg("”{value}” ei ole euromäärä.", value=value)) from None
    if not amount.is_finite():  # "NaN", "Infinity": Decimal reads them, the database cannot store them
        raise ValidationError(msg("”{value}” ei ole euromäärä.", value=str(value).strip()))
    if abs(amount) >= MAX_AMOUNT:  # the column holds 12 digits of euros
        raise ValidationError(
            msg("Euromäärä ”{value}” on liian suuri (enintään 999 999 999 999,99 €).", value=str(value).strip())
        )
    return amount.quantize(Decimal("0.01"))


def _check(fields: dict[str, object]) -> None:
    title = fields.get("title")
    if title is not None and not str(title).strip():
        raise ValidationError(msg("Anna sopimukselle nimi."))
    start, end = fields.get("term_start"), fields.get("term_end")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        raise ValidationError(msg("Sopimuskauden loppu ei voi olla ennen sen alkua."))
    for key, enum in (("kind", AgreementKind), ("entry_rule", EntryRule), ("cost_split", CostSplitBasis)):
        if key in fields and fields[key] is not None:
            fields[key] = enum(str(fields[key]))


def create_agreement(
    session: Session,
    *,
    title: str,
    kind: AgreementKind,
    term_start: dt.date | None = None,
    term_end: dt.date | None = None,
    coordinator_id: int | None = None,
    entry_rule: EntryRule = EntryRule.ALL_APPROVE,
    cost_split: CostSplitBasis = CostSplitBasis.POPULATION,
    population_date: dt.date | None = None,
    description: str = "",
    title_genitive: str = "",
) -> Agreement:
    """A new agreement without parties (add them with ``add_party``)."""
    fields: dict[str, object] = {
        "title": title.strip(),
        "kind": kind,
        "term_start": term_start,
        "term_end": term_end,
        "coordinator_id": coordinator_id,
        "entry_rule": entry_rule,
        "cost_split": cost_split,
        "population_date": population_date,
        "description": description.strip(),
        "title_genitive": title_genitive.strip(),
        "prepared_from": dt.date.today(),
    }
    _check(fields)
    agreement = Agreement(**fields)
    session.add(agreement)
    session.flush()
    return agreement


def update_agreement(
    session: Session, *, agreement_id: int, expected_version: int | None = None, **changes: object
) -> Agreement:
    """Change the agreement's own fields (title, kind, term, coordinator, rule, cost split, dates, description)."""
    unknown = set(changes) - _AGREEMENT_FIELDS
    if unknown:
        raise ValidationError(msg("Sopimuksen kenttää ei voi muuttaa: {unknown}.", unknown=", ".join(sorted(unknown))))
    agreement = get_agreement(session, agreement_id)
    if expected_version is not None and agreement.version != expected_version:
        raise ConflictError(
            msg("Joku muu on tallentanut sopimuksen tiedot sen jälkeen, kun avasit ne. Muutostasi ei tallennettu.")
        )
    merged = {"term_start": agreement.term_start, "term_end": agreement.term_end, **changes}
    _check(merged)
    for key in changes:
        value = merged[key]
        setattr(agreement, key, value.strip() if type(value) is str else value)
    session.flush()
    return agreement


def terminate_agreement(
    session: Session, *, agreement_id: int, how: AgreementTermination | None, date: dt.date | None
) -> Agreement:
    """Mark the agreement terminated or cancelled from ``date`` (``how`` None undoes a termination)."""
    agreement = get_agreement(session, agreement_id)
    if how is not None and date is None:
        raise ValidationError(msg("Anna päivä, josta alkaen sopimus on irtisanottu tai peruttu."))
    agreement.terminated = how
    agreement.terminated_date = date if how is not None else None
    session.flush()
    return agreement


def removal_obstacles(agreement: Agreement) -> list[str]:
    """Why the agreement cannot be removed ("" list: it can): what it has that the records must keep.

    An agreement entered by mistake (or twice) can be removed while nothing has happened to it: no § is about it,
    no party's decision has been linked or recorded, no excerpt sent or received, no one has signed (who is to sign,
    the date to decide by and notes are plans, not events). After that it is part of the records and is ended
    instead (``terminate_agreement``).
    """
    obstacles: list[str] = []
    if len(agreement.items) == 1:
        obstacles.append(msg("sitä koskee pykälä"))
    elif agreement.items:
        obstacles.append(msg("sitä koskee {count} pykälää", count=len(agreement.items)))
    parties = agreement.parties
    decided = [
        p for p in parties
        if p.item_id is not None or p.decision_state != PartyDecisionState.NOT_ON_AGENDA or p.ext_date is not None
        or p.ext_section.strip() or p.ext_diary_number.strip()
    ]  # fmt: skip
    if decided:
        names = ", ".join(p.organisation.name for p in decided)
        obstacles.append(msg("päätöksen tietoja on kirjattu ({names})", names=names))
    if any(p.excerpt_sent is not None or p.excerpt_received is not None for p in parties):
        obstacles.append(msg("otteiden lähetys tai saapuminen on kirjattu"))
    if any(p.signed_date is not None for p in parties):
        obstacles.append(msg("allekirjoitus on kirjattu"))
    return obstacles


def remove_agreement(session: Session, *, agreement_id: int) -> None:
    """Remove an agreement entered by mistake, with its parties and cost items (``removal_obstacles`` must be
    empty; otherwise it is refused, naming them)."""
    agreement = get_agreement(session, agreement_id)
    obstacles = removal_obstacles(agreement)
    if obstacles:
        raise ValidationError(
            msg(
                "Sopimusta ”{title}” ei voi poistaa, koska {reasons}. Sopimus kuuluu silloin asiakirjoihin: jos se "
                "ei tule voimaan tai se on päättynyt, merkitse se irtisanotuksi tai perutuksi (Päätä sopimus…).",
                title=agreement.title,
                reasons="; ".join(obstacles),
            )
        )
    session.delete(agreement)
    session.flush()


def find_or_create_organisation(
    session: Session, *, name: str, kind: OrganisationKind = OrganisationKind.MUNICIPALITY
) -> Organisation:
    """The organisation with this name (case-insensitive), or a new one of ``kind``."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(msg("Anna osapuolen nimi."))
    existing = session.scalars(select(Organisation).where(func.lower(Organisation.name) == clean.lower())).first()
    if existing is not None:
        return existing
    organisation = Organisation(name=clean, kind=kind)
    session.add(organisation)
    session.flush()
    return organisation


def add_party(
    session: Session,
    *,
    agreement_id: int,
    organisation_id: int,
    approving_body_name: str = "",
    required: bool = True,
) -> AgreementParty:
    """Add an organisation as a party (last in the order); a party already there is refused."""
    agreement = get_agreement(session, agreement_id)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(msg("Organisaatiota ei löytynyt."))
    if any(p.organisation_id == organisation_id for p in agreement.parties):
        raise ValidationError(msg("{organisation} on jo sopimuksen osapuoli.", organisation=organisation.name))
    order = max((p.sort_order for p in agreement.parties), default=-1) + 1
    party = AgreementParty(
        organisation=organisation,
        sort_order=order,
        approving_body_name=approving_body_name.strip(),
        required=required,
    )
    agreement.parties.append(party)
    session.flush()
    return party


def remove_party(session: Session, *, party_id: int) -> None:
    """Remove a party row (its decision record goes with it; a linked § stays about the agreement)."""
    party = session.get(AgreementParty, party_id)
    if party is None:
        raise NotFound(msg("Sopimuksen osapuolta ei löytynyt."))
    agreement = party.agreement
    agreement.parties.remove(party)
    session.flush()


def move_party(session: Session, *, party_id: int, offset: int) -> None:
    """Move a party up (negative ``offset``) or down in the agreement's order."""
    party = session.get(AgreementParty, party_id)
    if party is None:
        raise NotFound(msg("Sopimuksen osapuolta ei löytynyt."))
    parties = sorted(party.agreement.parties, key=lambda p: (p.sort_order, p.id))
    index = parties.index(party)
    target = max(0, min(len(parties) - 1, index + offset))
    parties.insert(target, parties.pop(index))
    for order, p in enumerate(parties):
        if p.sort_order != order:
            p.sort_order = order
    session.flush()
    session.expire(party.agreement, ["parties"])  # reloaded in the new order when next read


def set_cost_items(session: Session, *, agreement_id: int, lines: Sequence[CostLineInput]) -> Agreement:
    """Replace the agreement's cost items with these lines (empty descriptions and amounts are refused)."""
    agreement = get_agreement(session, agreement_id)
    parsed = []
    for position, line in enumerate(lines, start=1):
        description = " ".join(line.description.split())
        if not description:
            raise ValidationError(msg("Kustannuserältä {position} puuttuu kuvaus.", position=position))
        parsed.append(
            CostItem(position=position, description=description, amount=parse_amount(line.amount), year=line.year)
        )
    agreement.cost_items.clear()
    session.flush()
    agreement.cost_items.extend(parsed)
    session.flush()
    return agreement

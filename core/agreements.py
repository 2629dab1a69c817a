"""Agreements across parties: status and entry into force derived from the party rows, linking decisions, reminders.

Nothing here is typed in by the user as a status. An agreement's status follows from its parties' decisions,
its rule for entering into force, its term and its termination (``derive_situation``):

- **terminated** (irtisanottu / peruttu) once ``Agreement.terminated`` is set and its date has come;
- **expired** (päättynyt) once the term has ended;
- **in force** (voimassa) once every required party has approved (and, under ``ALL_APPROVE_AND_SIGN``,
  signed), from the date of the last of those approvals or signatures;
- **awaiting approvals** (odottaa hyväksyntöjä) once any party has the agreement on an agenda or has decided;
- **in preparation** (valmistelussa) before that.

Which parties are required: every party under ``ALL_APPROVE`` and ``ALL_APPROVE_AND_SIGN`` (the
``required`` flag is then ignored), and only those with ``AgreementParty.required`` under ``SUBSET_APPROVE``.
"Approved" means ``APPROVED`` or ``APPROVED_WITH_CHANGES``; the latter is listed separately, because the
other parties may have to accept the changes.

The **approval date** of a party is the date its body made the decision: the meeting date of the linked
local § when the decision is a § in this database, otherwise ``ext_date`` (the decision date written in the
party's excerpt). Not the date the excerpt arrived and not the date the minutes were checked: under the
Local Government Act a decision is made at the meeting. An approval without a known date keeps the
agreement awaiting, and the situation names the party under "Päätöspäivä puuttuu".

The date of entry into force is the last required approval (or signature, under ``ALL_APPROVE_AND_SIGN``).

A party whose decision is a **linked local §** takes its state from that § every time it is read
(``state_from_item``), never from a copy made when the link was made: the §'s outcome counts once its minutes
are checked (a decision exists only then); before that the party is on the agenda, or "käsitelty, pöytäkirja
tarkastamatta" once the draft minutes record an outcome. A § that only prepares the matter for another body
(``DecisionNature.PREPARES``) is never a party's decision.

The situation **on a given day** counts only what had happened by then: a decision or signature dated after
``on`` (or a local decision whose minutes were checked after ``on``) does not count on that day.

Every function that changes data takes the caller's session and leaves the commit to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.agreement_costs import population_at
from db.enums import (
    AgreementKind,
    AgreementTermination,
    CostSplitBasis,
    DecisionNature,
    DeliveryMethod,
    EntryRule,
    Outcome,
    PartyDecisionState,
)
from db.errors import ConflictError, NotFound, SihteeriError, ValidationError, msg, msg_template
from db.models import Agreement, AgreementParty, Body, Item, Meeting, Organisation, PopulationFigure


class AgreementStatus(StrEnum):
    """The derived status of an agreement (never stored)."""

    IN_PREPARATION = "valmistelussa"
    AWAITING_APPROVALS = "odottaa_hyvaksyntoja"
    IN_FORCE = "voimassa"
    EXPIRED = "paattynyt"
    TERMINATED = "irtisanottu"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.IN_PREPARATION: "Valmistelussa",
    AgreementStatus.AWAITING_APPROVALS: "Odottaa hyväksyntöjä",
    AgreementStatus.IN_FORCE: "Voimassa",
    AgreementStatus.EXPIRED: "Päättynyt",
    AgreementStatus.TERMINATED: "Irtisanottu",
}

STATE_LABELS: dict[PartyDecisionState, str] = {
    PartyDecisionState.NOT_ON_AGENDA: "Ei käsitelty",
    PartyDecisionState.ON_AGENDA: "Esityslistalla",
    PartyDecisionState.APPROVED: "Hyväksytty",
    PartyDecisionState.APPROVED_WITH_CHANGES: "Hyväksytty muutoksin",
    PartyDecisionState.REJECTED: "Hylätty",
    PartyDecisionState.RETURNED: "Palautettu valmisteluun",
}

KIND_LABELS: dict[AgreementKind, str] = {
    AgreementKind.COOPERATION_AGREEMENT: "Yhteistoimintasopimus",
    AgreementKind.COLLABORATION_AGREEMENT: "Yhteistyösopimus",
    AgreementKind.COOPERATION_PROTOCOL: "Yhteistyöpöytäkirja",
    AgreementKind.OTHER: "Muu sopimus",
}

RULE_LABELS: dict[EntryRule, str] = {
    EntryRule.ALL_APPROVE: "Kun kaikki osapuolet ovat hyväksyneet",
    EntryRule.ALL_APPROVE_AND_SIGN: "Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet",
    EntryRule.SUBSET_APPROVE: "Kun nimetyt osapuolet ovat hyväksyneet",
}

METHOD_LABELS: dict[DeliveryMethod, str] = {
    DeliveryMethod.LETTER: "Kirjeellä",
    DeliveryMethod.ELECTRONIC: "Sähköisesti",
    DeliveryMethod.REGISTERED: "Saantitodistuksella",
    DeliveryMethod.BY_HAND: "Henkilökohtaisesti",
}

TERMINATION_LABELS: dict[AgreementTermination, str] = {
    AgreementTermination.TERMINATED: "Irtisanottu",
    AgreementTermination.CANCELLED: "Peruttu",
}

APPROVED_STATES = frozenset({PartyDecisionState.APPROVED, PartyDecisionState.APPROVED_WITH_CHANGES})
DECIDED_STATES = APPROVED_STATES | {PartyDecisionState.REJECTED}

# How a § outcome becomes the party's decision state when a local § is linked.
_OUTCOME_STATES: dict[Outcome, PartyDecisionState] = {
    Outcome.PASSED: PartyDecisionState.APPROVED,
    Outcome.PASSED_AFTER_VOTE: PartyDecisionState.APPROVED,
    Outcome.AMENDED: PartyDecisionState.APPROVED_WITH_CHANGES,
    Outcome.REJECTED: PartyDecisionState.REJECTED,
    Outcome.RETURNED: PartyDecisionState.RETURNED,
    Outcome.TABLED: PartyDecisionState.ON_AGENDA,
    Outcome.NOTED: PartyDecisionState.ON_AGENDA,
    Outcome.REMOVED: PartyDecisionState.NOT_ON_AGENDA,
}

AWAITING_CHECK_LABEL = "Käsitelty, pöytäkirja tarkastamatta"


def fi_date(day: dt.date | None) -> str:
    """A date the Finnish way, "3.11.2025" ("" for None)."""
    return f"{day.day}.{day.month}.{day.year}" if day else ""


class DecisionSource(StrEnum):
    """Where a party's decision record comes from."""

    NONE = "ei"
    LOCAL = "paikallinen"  # a § in this database
    EXTERNAL = "ulkoinen"  # typed in, e.g. from the party's excerpt


def notification_date(
    sent: dt.date | None, method: DeliveryMethod | None, received: dt.date | None = None
) -> dt.date | None:
    """When a party is deemed notified of our decision sent to it (KuntaL 139–140 §, HL 59 §).

    Uses ``core.deadlines.notification_date``: letter the 7th day after sending, electronic message the
    3rd day after sending, by hand that day; registered delivery (saantitodistus) the date on the receipt,
    which the party row does not hold, so None unless ``received`` is given.
    """
    from core.deadlines import notification_date as deemed_notified

    if sent is None or method is None:
        return None
    if method == DeliveryMethod.REGISTERED:
        return received
    return deemed_notified(sent, method)


# --- read models: plain snapshots the GUI, the command line and the printout share ---------------------


@dataclass(frozen=True)
class PartyView:
    """One party's row of the approval matrix, as plain values.

    Attributes:
        party_id, version: the ``AgreementParty`` row and its version (for conflict checks when saving).
        organisation_id, name: the party organisation.
        required: whether its approval counts for entry into force (as the rule applies it).
        required_flag: the stored ``AgreementParty.required`` (matters under ``SUBSET_APPROVE`` only).
        approving_body: the body that decides (linked body's name or the typed name).
        state: the state of its decision.
        source: local § / external record / none.
        item_id, item_label: the linked local § and a label like "Maakuntahallitus 13.10.2025 100 §".
        decision_body, decision_date, section, diary_number: the decision record (from the § or typed).
        excerpt_received: when the party's excerpt reached us.
        excerpt_sent, excerpt_sent_method, notified: our excerpt to the party and its notification date.
        signatory, signed_date: who signs for the party and when it was signed.
        decide_by: the date the party should have decided by.
        fixed_share: fixed percentage (fixed cost split).
        population: the party's population at the agreement's reference date (population split), if known.
        notes: free text.
        appeal_last_day: the last day of the party's appeal period against our own decision, counted from
            ``notified`` with the route of our § (``core.appeal``, ``core.deadlines``); None when unknown.
        awaiting_check: the linked § has an outcome in minutes not checked yet (the state is then "on the
            agenda": no decision exists before the minutes are checked).
        checked_date: the day the linked §'s minutes were checked (None: not checked, or no linked §).
        population_from_organisation: ``population`` is the organisation's own figure of that date (its basic
            data), not a figure entered for the date.
    """

    party_id: int
    version: int
    organisation_id: int
    name: str
    required: bool
    required_flag: bool
    approving_body: str
    state: PartyDecisionState
    source: DecisionSource
    item_id: int | None
    item_label: str
    decision_body: str
    decision_date: dt.date | None
    section: str
    diary_number: str
    excerpt_received: dt.date | None
    excerpt_sent: dt.date | None
    excerpt_sent_method: DeliveryMethod | None
    notified: dt.date | None
    signatory: str
    signed_date: dt.date | None
    decide_by: dt.date | None
    fixed_share: Decimal | None
    notes: str
    appeal_last_day: dt.date | None = None
    population: int | None = None
    awaiting_check: bool = False
    checked_date: dt.date | None = None
    population_from_organisation: bool = False

    @property
    def approved(self) -> bool:
        return self.state in APPROVED_STATES

    @property
    def decided(self) -> bool:
        return self.state in DECIDED_STATES

    @property
    def state_label(self) -> str:
        return AWAITING_CHECK_LABEL if self.awaiting_check else STATE_LABELS[self.state]

    def as_of(self, on: dt.date) -> PartyView:
        """The row as it stood on day ``on``: a decision made after ``on`` is left out (the party had not
        handled it yet), a local decision made by then but checked after ``on`` awaits the check, and a
        signature dated after ``on`` is left out."""
        row = self
        if _made_after(row, on) and row.state in _RECORDED_STATES:
            row = replace(row, state=PartyDecisionState.NOT_ON_AGENDA, awaiting_check=False, decision_body="",
                          decision_date=None, section="", diary_number="",
                          source=row.source if row.source == DecisionSource.LOCAL else DecisionSource.NONE)
        elif _decided_after(row, on):
            row = replace(row, state=PartyDecisionState.ON_AGENDA, awaiting_check=True)
        if row.signed_date is not None and row.signed_date > on:
            row = replace(row, signed_date=None)
        return row

    @property
    def decision_text(self) -> str:
        """The decision record in one line: "Kunnanhallitus 3.11.2025 173 §, Dnro 198/00.04.01/2025"."""
        parts = [part for part in (self.decision_body, fi_date(self.decision_date)) if part]
        if self.section:
            parts.append(f"{self.section} §")
        text = " ".join(parts)
        if self.diary_number:
            text = f"{text}, Dnro {self.diary_number}" if text else f"Dnro {self.diary_number}"
        return text


@dataclass(frozen=True)
class Situation:
    """What the party rows say about the agreement as a whole.

    Attributes:
        status: the derived status.
        entry_into_force: the date of the last required approval or signature, once all are there.
        waiting: required parties without an approval (not decided, on an agenda, returned).
        unsigned: required parties that approved but have not signed (``ALL_APPROVE_AND_SIGN``).
        rejected: required parties that rejected the agreement.
        undated: required parties whose approval or signature has no date.
        with_changes: parties that approved with changes.
        required_count, approved_count: how many parties are required and how many of them approved.
        party_count: how many parties the agreement has (None: not told, as in a hand-made situation).
    """

    status: AgreementStatus
    entry_into_force: dt.date | None
    waiting: tuple[str, ...] = ()
    unsigned: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    undated: tuple[str, ...] = ()
    with_changes: tuple[str, ...] = ()
    required_count: int = 0
    approved_count: int = 0
    party_count: int | None = None

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def missing_text(self) -> str:
        """What is still missing, e.g. "Odottaa: Hartola, Sysmä. Allekirjoitus puuttuu: Hollola." ("" if nothing).

        An agreement without parties, or without a required one, never enters into force: that is said too.
        """
        if self.party_count == 0:
            return "Sopimuksella ei ole osapuolia."
        if self.party_count is not None and self.required_count == 0:
            return "Yhtäkään osapuolta ei ole merkitty edellytetyksi."
        parts = []
        if self.waiting:
            parts.append("Odottaa: " + ", ".join(self.waiting))
        if self.rejected:
            parts.append("Hylännyt: " + ", ".join(self.rejected))
        if self.unsigned:
            parts.append("Allekirjoitus puuttuu: " + ", ".join(self.unsigned))
        if self.undated:
            parts.append("Päätöspäivä puuttuu: " + ", ".join(self.undated))
        return ". ".join(parts) + ("." if parts else "")

    @property
    def missing_names(self) -> tuple[str, ...]:
        """Every required party something is still missing from, in party order, each once."""
        seen: dict[str, None] = {}
        for name in (*self.waiting, *self.rejected, *self.unsigned, *self.undated):
            seen.setdefault(name, None)
        return tuple(seen)


@dataclass(frozen=True)
class AgreementView:
    """An agreement with its parties and derived situation, as plain values.

    Attributes:
        agreement_id, version, title, kind, term_start, term_end, coordinator, entry_rule, cost_split,
        population_date, prepared_from, terminated, terminated_date, description: the stored fields
        (``coordinator`` as the organisation's name).
        parties: the approval matrix rows in party order.
        situation: the derived status, entry into force and what is missing.
        item_ids: the local §s about this agreement (``Item.agreement_id``).
    """

    agreement_id: int
    version: int
    title: str
    kind: AgreementKind
    term_start: dt.date | None
    term_end: dt.date | None
    coordinator: str
    entry_rule: EntryRule
    cost_split: CostSplitBasis
    population_date: dt.date | None
    prepared_from: dt.date | None
    terminated: AgreementTermination | None
    terminated_date: dt.date | None
    description: str
    parties: tuple[PartyView, ...]
    situation: Situation
    item_ids: tuple[int, ...] = field(default=())

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def rule_label(self) -> str:
        return RULE_LABELS[self.entry_rule]

    @property
    def term_text(self) -> str:
        if self.term_start is None and self.term_end is None:
            return ""
        return f"{fi_date(self.term_start)}–{fi_date(self.term_end)}"

    @property
    def status_text(self) -> str:
        """The status with its date where one belongs: "Voimassa 14.11.2025 alkaen", "Irtisanottu 1.3.2027"."""
        situation = self.situation
        if situation.status == AgreementStatus.TERMINATED and self.terminated is not None:
            return f"{TERMINATION_LABELS[self.terminated]} {fi_date(self.terminated_date)}".strip()
        if situation.status == AgreementStatus.IN_FORCE and situation.entry_into_force is not None:
            return f"Voimassa {fi_date(situation.entry_into_force)} alkaen"
        if situation.status == AgreementStatus.EXPIRED:
            return f"Päättynyt {fi_date(self.term_end)}".strip()
        if situation.status == AgreementStatus.AWAITING_APPROVALS:
            return f"Odottaa hyväksyntöjä ({situation.approved_count}/{situation.required_count})"
        return situation.status_label


def _is_required(rule: EntryRule, flag: bool) -> bool:
    return flag if rule == EntryRule.SUBSET_APPROVE else True


_RECORDED_STATES = DECIDED_STATES | {PartyDecisionState.RETURNED}


def _made_after(party: PartyView, on: dt.date) -> bool:
    """The party's decision is dated after ``on``."""
    return party.decision_date is not None and party.decision_date > on


def _decided_after(party: PartyView, on: dt.date) -> bool:
    """The party's decision (approval, rejection, return) did not exist yet on day ``on``."""
    if party.state not in _RECORDED_STATES:
        return False
    if _made_after(party, on):
        return True
    return party.source == DecisionSource.LOCAL and party.checked_date is not None and party.checked_date > on


def derive_situation(
    parties: Sequence[PartyView],
    *,
    rule: EntryRule,
    on: dt.date,
    term_end: dt.date | None = None,
    terminated: AgreementTermination | None = None,
    terminated_date: dt.date | None = None,
) -> Situation:
    """The agreement's status on day ``on`` and its entry into force, from its party rows (see module doc).

    Only what had happened by ``on`` counts: each row is taken as it stood that day (``PartyView.as_of``).
    """
    parties = [p.as_of(on) for p in parties]
    required = [p for p in parties if p.required]
    waiting, unsigned, rejected, undated, with_changes = [], [], [], [], []
    dates: list[dt.date] = []
    approved_count = 0
    for party in required:
        if party.state == PartyDecisionState.REJECTED:
            rejected.append(party.name)
            continue
        if not party.approved:
            waiting.append(party.name)
            continue
        approved_count += 1
        if party.state == PartyDecisionState.APPROVED_WITH_CHANGES:
            with_changes.append(party.name)
        if party.decision_date is None:
            undated.append(party.name)
        else:
            dates.append(party.decision_date)
        if rule == EntryRule.ALL_APPROVE_AND_SIGN:
            if party.signed_date is None:
                unsigned.append(party.name)
            else:
                dates.append(party.signed_date)
    complete = bool(required) and not (waiting or rejected or unsigned or undated)
    entry = max(dates) if complete and dates else None
    started = any(p.state != PartyDecisionState.NOT_ON_AGENDA or p.source == DecisionSource.EXTERNAL for p in parties)
    if terminated is not None and (terminated_date is None or terminated_date <= on):
        status = AgreementStatus.TERMINATED
    elif term_end is not None and term_end < on:
        status = AgreementStatus.EXPIRED
    elif entry is not None and entry <= on:
        status = AgreementStatus.IN_FORCE
    elif started:
        status = AgreementStatus.AWAITING_APPROVALS
    else:
        status = AgreementStatus.IN_PREPARATION
    return Situation(
        status=status,
        entry_into_force=entry,
        waiting=tuple(waiting),
        unsigned=tuple(unsigned),
        rejected=tuple(rejected),
        undated=tuple(undated),
        with_changes=tuple(with_changes),
        required_count=len(required),
        approved_count=approved_count,
        party_count=len(parties),
    )


def item_label(item: Item) -> str:
    """A § as a decision record: "Maakuntahallitus 13.10.2025 100 §"."""
    return f"{item.body.name} {fi_date(item.meeting.date)} {item.section_label}"


def party_view(party: AgreementParty, rule: EntryRule) -> PartyView:
    """The plain row of one party (the party's relationships are loaded as needed)."""
    item = party.item
    decision_date: dt.date | None
    state, awaiting_check, checked_date = party.decision_state, False, None
    if item is not None:
        source = DecisionSource.LOCAL
        decision_body, decision_date = item.body.name, item.meeting.date
        section, diary_number, label = str(item.section_number), item.diary_number, item_label(item)
        state, awaiting_check = state_from_item(item), item_awaits_check(item)
        checked_date = item.meeting.checked_date if item.meeting.is_locked else None
    else:
        has_external = bool(party.ext_body or party.ext_date or party.ext_section or party.ext_diary_number)
        source = DecisionSource.EXTERNAL if has_external else DecisionSource.NONE
        decision_body, decision_date = party.ext_body, party.ext_date
        section, diary_number, label = party.ext_section, party.ext_diary_number, ""
    approving_body = party.approving_body.name if party.approving_body is not None else party.approving_body_name
    population, from_organisation = _population(party)
    return PartyView(
        party_id=party.id,
        version=party.version,
        organisation_id=party.organisation_id,
        name=party.organisation.name,
        required=_is_required(rule, party.required),
        required_flag=party.required,
        approving_body=approving_body,
        state=state,
        source=source,
        item_id=party.item_id,
        item_label=label,
        decision_body=decision_body,
        decision_date=decision_date,
        section=section,
        diary_number=diary_number,
        excerpt_received=party.excerpt_received,
        excerpt_sent=party.excerpt_sent,
        excerpt_sent_method=party.excerpt_sent_method,
        notified=notification_date(party.excerpt_sent, party.excerpt_sent_method),
        signatory=party.signatory,
        signed_date=party.signed_date,
        decide_by=party.decide_by,
        fixed_share=party.fixed_share,
        notes=party.notes,
        population=population,
        awaiting_check=awaiting_check,
        checked_date=checked_date,
        population_from_organisation=from_organisation,
    )


def _population(party: AgreementParty) -> tuple[int | None, bool]:
    """The party's population at the agreement's reference date, and whether it is the organisation's own
    figure (its basic data) rather than one entered for that date."""
    day = party.agreement.population_date
    if day is None:
        return None, False
    population = population_at(party.organisation, day)
    entered = any(f.reference_date == day for f in party.organisation.populations)
    return population, population is not None and not entered


def _appeal_period(agreement: Agreement) -> int | None:
    """Days of the appeal period against our own decision on the agreement (None: no § or no period)."""
    item = own_decision_item(agreement)
    if item is None:
        return None
    from core.appeal import route_for_item

    try:
        return route_for_item(item).period_days
    except SihteeriError:
        return None


def _with_appeal_day(party: PartyView, period: int | None) -> PartyView:
    if period is None or party.notified is None:
        return party
    from core.deadlines import last_day

    return replace(party, appeal_last_day=last_day(party.notified, period))


def agreement_view(agreement: Agreement, *, on: dt.date) -> AgreementView:
    """The plain view of an agreement with its situation on day ``on``."""
    period = _appeal_period(agreement)
    parties = tuple(_with_appeal_day(party_view(p, agreement.entry_rule), period) for p in agreement.parties)
    situation = derive_situation(
        parties,
        rule=agreement.entry_rule,
        on=on,
        term_end=agreement.term_end,
        terminated=agreement.terminated,
        terminated_date=agreement.terminated_date,
    )
    return AgreementView(
        agreement_id=agreement.id,
        version=agreement.version,
        title=agreement.title,
        kind=agreement.kind,
        term_start=agreement.term_start,
        term_end=agreement.term_end,
        coordinator=agreement.coordinator.name if agreement.coordinator is not None else "",
        entry_rule=agreement.entry_rule,
        cost_split=agreement.cost_split,
        population_date=agreement.population_date,
        prepared_from=agreement.prepared_from,
        terminated=agreement.terminated,
        terminated_date=agreement.terminated_date,
        description=agreement.description,
        parties=parties,
        situation=situation,
        item_ids=tuple(sorted(i.id for i in agreement.items)),
    )


def _load_options() -> list[object]:
    return [
        selectinload(Agreement.parties).selectinload(AgreementParty.organisation),
        selectinload(Agreement.parties).selectinload(AgreementParty.approving_body),
        selectinload(Agreement.parties).selectinload(AgreementParty.item).selectinload(Item.meeting),
        selectinload(Agreement.parties).selectinload(AgreementParty.item).selectinload(Item.body),
        selectinload(Agreement.coordinator),
        selectinload(Agreement.items),
    ]


def get_agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(msg("Sopimusta ei löytynyt; joku on ehkä poistanut sen."))
    return agreement


def load_agreement(session: Session, agreement_id: int, *, on: dt.date) -> AgreementView:
    """One agreement as a plain view."""
    return agreement_view(get_agreement(session, agreement_id), on=on)


def list_agreements(
    session: Session,
    *,
    on: dt.date,
    search: str = "",
    statuses: Iterable[AgreementStatus] = (),
    kinds: Iterable[AgreementKind] = (),
) -> list[AgreementView]:
    """Every agreement (filtered), newest term first, as plain views.

    ``search`` matches the title, description, coordinator and party names, case-insensitively; each
    word must match somewhere.
    """
    query = select(Agreement).options(*_load_options())  # type: ignore[arg-type]
    kind_set = set(kinds)
    if kind_set:
        query = query.where(Agreement.kind.in_(kind_set))
    agreements = session.scalars(query).unique().all()
    status_set = set(statuses)
    words = search.casefold().split()
    views = []
    for agreement in agreements:
        view = agreement_view(agreement, on=on)
        if status_set and view.situation.status not in status_set:
            continue
        if words:
            haystack = " ".join(
                [view.title, view.description, view.coordinator, view.kind_label, *(p.name for p in view.parties)]
            ).casefold()
            if not all(word in haystack for word in words):
                continue
        views.append(view)
    views.sort(key=lambda v: (v.term_start or dt.date.min, v.agreement_id), reverse=True)
    return views


def find_agreement(session: Session, title: str) -> Agreement:
    """The one agreement whose title contains ``title`` (case-insensitive); an exact title wins."""
    wanted = title.casefold().strip()
    if not wanted:
        raise ValidationError(msg("Anna sopimuksen nimi tai osa siitä."))
    agreements = session.scalars(select(Agreement).order_by(Agreement.id)).all()
    exact = [a for a in agreements if a.title.casefold() == wanted]
    if exact:
        return exact[0]
    matches = [a for a in agreements if wanted in a.title.casefold()]
    if not matches:
        raise NotFound(msg("Sopimusta, jonka nimessä on ”{title}”, ei löytynyt.", title=title))
    if len(matches) > 1:
        names = "; ".join(a.title for a in matches[:5])
        raise ValidationError(
            msg(
                "Nimellä ”{title}” löytyi {count} sopimusta: {names}. Tarkenna nimeä.",
                title=title,
                count=len(matches),
                names=names,
            )
        )
    return matches[0]


# --- changing party rows -------------------------------------------------------------------------------


def _party(session: Session, party_id: int, expected_version: int | None = None) -> AgreementParty:
    party = session.get(AgreementParty, party_id)
    if party is None:
        raise NotFound(msg("Sopimuksen osapuolta ei löytynyt; joku on ehkä poistanut sen."))
    if expected_version is not None and party.version != expected_version:
        raise ConflictError(
            msg(
                "Joku muu on tallentanut osapuolen {organisation} tiedot sen jälkeen, kun avasit ne. Muutostasi ei "
                "tallennettu; tiedot on ladattu uudelleen.",
                organisation=party.organisation.name,
            )
        )
    return party


_EXTERNAL_FIELDS = ("ext_body", "ext_date", "ext_section", "ext_diary_number")
_EDITABLE_FIELDS = frozenset(
    {
        "decision_state",
        "required",
        "approving_body_name",
        *_EXTERNAL_FIELDS,
        "excerpt_received",
        "excerpt_sent",
        "excerpt_sent_method",
        "signatory",
        "signed_date",
        "decide_by",
        "fixed_share",
        "notes",
    }
)


def _clean_section(text: str) -> str:
    """A § number as typed ("412 §", "§ 412", " 412") stored as "412"."""
    return text.replace("§", "").strip()


def update_party(
    session: Session, *, party_id: int, expected_version: int | None = None, **changes: object
) -> AgreementParty:
    """Change fields of one party row (the GUI's matrix edits); refuses a stale version with ConflictError.

    Fields: decision_state, required, approving_body_name, ext_body, ext_date, ext_section, ext_diary_number,
    excerpt_received, excerpt_sent, excerpt_sent_method, signatory, signed_date, decide_by, fixed_share, notes; and
    population, the party organisation's population at the agreement's reference date (a figure of the organisation,
    which other agreements with that date share). A row linked to a local § takes its decision record from the §, so
    the external fields cannot be set on it.
    """
    unknown = set(changes) - _EDITABLE_FIELDS - {"population"}
    if unknown:
        raise ValidationError(msg("Osapuolen kenttää ei voi muuttaa: {unknown}.", unknown=", ".join(sorted(unknown))))
    party = _party(session, party_id, expected_version)
    if "population" in changes:
        _set_population(session, party, changes.pop("population"))
    if party.item_id is not None and any(changes.get(name) for name in _EXTERNAL_FIELDS):
        raise ValidationError(
            msg(
                "Osapuolen {organisation} päätös on linkitetty pykälään. Poista linkitys ennen kuin kirjaat "
                "ulkopuolisen päätöksen.",
                organisation=party.organisation.name,
            )
        )
    if "ext_section" in changes:
        changes["ext_section"] = _clean_section(str(changes["ext_section"] or ""))
    for key in ("ext_body", "ext_diary_number", "signatory", "notes", "approving_body_name"):
        if key in changes:
            changes[key] = str(changes[key] or "").strip()
    if "fixed_share" in changes and changes["fixed_share"] is not None:
        share = Decimal(str(changes["fixed_share"]))
        if not share.is_finite() or share < 0 or share > 100:
            raise ValidationError(msg("Kiinteän osuuden on oltava 0–100 %."))
        changes["fixed_share"] = share
    if party.item is not None and "decision_state" in changes:
        if changes["decision_state"] != state_from_item(party.item):
            raise ValidationError(
                msg(
                    "Osapuolen {organisation} päätös on linkitetty pykälään, joten tila päätellään pykälän "
                    "päätöksestä. Poista linkitys ennen kuin kirjaat tilan käsin.",
                    organisation=party.organisation.name,
                )
            )
        del changes["decision_state"]
    if "approving_body_name" in changes:
        party.approving_body = _body_named(party, str(changes["approving_body_name"] or ""))
    current = state_from_item(party.item) if party.item is not None else party.decision_state
    if changes.get("signed_date") is not None and current not in APPROVED_STATES:
        state = changes.get("decision_state", current)
        if state not in APPROVED_STATES:
            raise ValidationError(
                msg(
                    "Osapuoli {organisation} ei ole hyväksynyt sopimusta; allekirjoituspäivän voi merkitä vasta "
                    "hyväksymisen jälkeen.",
                    organisation=party.organisation.name,
                )
            )
    for key, value in changes.items():
        setattr(party, key, value)
    session.flush()
    return party


def _body_named(party: AgreementParty, name: str) -> Body | None:
    """The party organisation's body with this name (case-insensitive), if any: a typed deciding body that is
    one of its bodies stays linked to it, any other typed name replaces the linked body."""
    wanted = " ".join(name.split()).casefold()
    return next((b for b in party.organisation.bodies if wanted and b.name.casefold() == wanted), None)


def _set_population(session: Session, party: AgreementParty, population: object) -> None:
    """The party organisation's population at the agreement's reference date (None removes the figure).

    The figure belongs to the organisation and the date, so every agreement using that date shares it.
    """
    day = party.agreement.population_date
    if day is None:
        raise ValidationError(msg("Merkitse sopimukselle ensin asukaslukujen ajankohta (Sopimuksen tiedot…)."))
    if population is not None and (not isinstance(population, int) or population <= 0):
        raise ValidationError(msg("Asukasluvun on oltava positiivinen kokonaisluku."))
    figure = session.scalar(select(PopulationFigure).where(
        PopulationFigure.organisation_id == party.organisation_id, PopulationFigure.reference_date == day))  # fmt: skip
    if population is None:
        if figure is not None:
            party.organisation.populations.remove(figure)
            session.delete(figure)
    elif figure is None:
        party.organisation.populations.append(PopulationFigure(reference_date=day, population=population))
    else:
        figure.population = population
    session.flush()


def record_external_decision(
    session: Session,
    *,
    party_id: int,
    state: PartyDecisionState,
    body: str,
    date: dt.date | None,
    section: str = "",
    diary_number: str = "",
    excerpt_received: dt.date | None = None,
    expected_version: int | None = None,
) -> AgreementParty:
    """Record a party's decision made elsewhere (typed in, or from the excerpt the party sent us)."""
    if state in DECIDED_STATES | {PartyDecisionState.RETURNED} and not body.strip():
        raise ValidationError(msg("Kirjaa päätöksen tehnyt toimielin."))
    if state in DECIDED_STATES and date is None:
        raise ValidationError(msg("Kirjaa päätöksen päivämäärä."))
    changes: dict[str, object] = {
        "decision_state": state,
        "ext_body": body,
        "ext_date": date,
        "ext_section": section,
        "ext_diary_number": diary_number,
    }
    if excerpt_received is not None:
        changes["excerpt_received"] = excerpt_received
    return update_party(session, party_id=party_id, expected_version=expected_version, **changes)


def state_from_item(item: Item) -> PartyDecisionState:
    """The party's decision state a linked § implies: by its outcome once its minutes are checked, else on an
    agenda. A § that only prepares the matter for another body is no decision (on an agenda)."""
    if item.decision_nature == DecisionNature.PREPARES or not item.meeting.is_locked:
        return PartyDecisionState.ON_AGENDA
    if item.outcome is not None and item.outcome in _OUTCOME_STATES:
        return _OUTCOME_STATES[item.outcome]
    return PartyDecisionState.ON_AGENDA


def item_awaits_check(item: Item) -> bool:
    """The § has an outcome in minutes that are not checked yet (so no decision exists yet)."""
    return item.outcome is not None and not item.meeting.is_locked and item.decision_nature != DecisionNature.PREPARES


def link_local_decision(
    session: Session,
    *,
    party_id: int,
    item_id: int,
    expected_version: int | None = None,
) -> AgreementParty:
    """Link a § of this database as the party's decision, both ways (party → §, § → agreement).

    The § must be a decision of the party organisation's own body (not one that only prepares the matter),
    must not be about another agreement and must not be another party's decision. From then on the party's
    state follows the § (``state_from_item``, read every time); the approving body becomes the §'s body, and
    the typed external record is cleared (the § is now the record).
    """
    party = _party(session, party_id, expected_version)
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(msg("Pykälää ei löytynyt."))
    if item.body.organisation_id != party.organisation_id:
        raise ValidationError(
            msg(
                "Pykälä {item_label} on organisaation {organisation} päätös, ei osapuolen {organisation2}.",
                item_label=item_label(item),
                organisation=item.body.organisation.name,
                organisation2=party.organisation.name,
            )
        )
    if item.agreement_id is not None and item.agreement_id != party.agreement_id:
        other = session.get(Agreement, item.agreement_id)
        raise ValidationError(
            msg(
                "Pykälä {item_label} on jo linkitetty toiseen sopimukseen: {value}.",
                item_label=item_label(item),
                value=other.title if other else "?",
            )
        )
    if item.decision_nature == DecisionNature.PREPARES:
        raise ValidationError(
            msg(
                "Pykälä {item_label} vain valmistelee asian toiselle toimielimelle, joten se ei ole osapuolen "
                "päätös. Liitä se sopimukseen pääikkunassa (Kokous → Liitä sopimukseen…) ja linkitä osapuolen "
                "päätökseksi päättävän toimielimen pykälä.",
                item_label=item_label(item),
            )
        )
    other_party = session.scalars(
        select(AgreementParty).where(AgreementParty.item_id == item.id, AgreementParty.id != party.id)
    ).first()
    if other_party is not None:
        raise ValidationError(
            msg(
                "Pykälä {item_label} on jo osapuolen {organisation} päätös sopimuksesta {value}.",
                item_label=item_label(item),
                organisation=other_party.organisation.name,
                value=other_party.agreement.title,
            )
        )
    party.item = item
    party.approving_body = item.body
    party.decision_state = state_from_item(item)  # a copy for readers of the row; views read the § itself
    for name in _EXTERNAL_FIELDS:
        setattr(party, name, None if name == "ext_date" else "")
    if item.agreement_id != party.agreement_id:
        item.agreement_id = party.agreement_id
    session.flush()
    return party


def unlink_local_decision(session: Session, *, party_id: int, expected_version: int | None = None) -> AgreementParty:
    """Remove the link from the party to its §; the § stays about the agreement (``Item.agreement_id``),
    because a preparing body's § is about the agreement without being any party's decision.

    The party then has no decision: its state goes back to not handled (record the decision again, typed or
    linked, if there is one)."""
    party = _party(session, party_id, expected_version)
    party.item = None
    party.decision_state = PartyDecisionState.NOT_ON_AGENDA
    session.flush()
    return party


def link_item_to_agreement(session: Session, *, item_id: int, agreement_id: int | None) -> Item:
    """Mark a § as being about an agreement (or about none), e.g. a preparing committee's §."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(msg("Pykälää ei löytynyt."))
    if agreement_id is not None:
        get_agreement(session, agreement_id)
    linked = session.scalars(select(AgreementParty).where(AgreementParty.item_id == item_id)).first()
    if linked is not None and agreement_id != linked.agreement_id:
        if agreement_id is not None:
            raise ValidationError(
                msg(
                    "Pykälä on osapuolen {organisation} päätös sopimuksesta {value}; sitä ei voi liittää toiseen "
                    "sopimukseen. Poista ensin sen linkitys sopimusrekisterissä.",
                    organisation=linked.organisation.name,
                    value=linked.agreement.title,
                )
            )
        else:
            raise ValidationError(
                msg(
                    "Pykälä on osapuolen {organisation} päätös sopimuksesta; poista ensin sen linkitys.",
                    organisation=linked.organisation.name,
                )
            )
    item.agreement_id = agreement_id
    session.flush()
    return item


def refuse_if_party_decision(session: Session, item: Item) -> None:
    """Refuse removing a § that is a party's decision on an agreement, naming the agreement (``remove_item``)."""
    party = session.scalars(select(AgreementParty).where(AgreementParty.item_id == item.id)).first()
    if party is not None:
        raise ValidationError(
            msg(
                "Asia {section} on osapuolen {organisation} päätös sopimuksesta {value}, joten sitä ei voi poistaa. "
                "Poista ensin pykälän linkitys sopimusrekisterissä (Osapuoli → Poista pykälän linkitys).",
                section=item.section_label,
                organisation=party.organisation.name,
                value=party.agreement.title,
            )
        )


@dataclass(frozen=True)
class ItemAgreement:
    """What a § shows about its agreement.

    Attributes:
        agreement_id, title: the agreement.
        status_text: its derived status, e.g. "Odottaa hyväksyntöjä (7/10)".
        missing_text: what is still missing.
        party_name: the party whose decision this § is ("" when the § only prepares the matter).
    """

    agreement_id: int
    title: str
    status_text: str
    missing_text: str
    party_name: str


def agreement_of_item(session: Session, item_id: int, *, on: dt.date) -> ItemAgreement | None:
    """The agreement a § is about (via ``Item.agreement_id`` or a party's link), or None."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(msg("Pykälää ei löytynyt."))
    party = session.scalars(select(AgreementParty).where(AgreementParty.item_id == item_id)).first()
    agreement = item.agreement or (party.agreement if party is not None else None)
    if agreement is None:
        return None
    view = agreement_view(agreement, on=on)
    return ItemAgreement(
        agreement_id=view.agreement_id,
        title=view.title,
        status_text=view.status_text,
        missing_text=view.situation.missing_text,
        party_name=party.organisation.name if party is not None else "",
    )


def candidate_items(session: Session, *, organisation_id: int, agreement_id: int | None = None) -> list[Item]:
    """§s of the organisation's bodies that could be its decision: those about the agreement first, then
    agreement-kind §s, newest first (at most 200). Not offered: a § that only prepares the matter, and (with
    ``agreement_id``) a § about another agreement or another agreement's party decision, which linking refuses."""
    query = (
        select(Item)
        .join(Meeting, Item.meeting_id == Meeting.id)
        .join(Body, Item.body_id == Body.id)
        .where(Body.organisation_id == organisation_id, Item.decision_nature != DecisionNature.PREPARES)
        .order_by(Meeting.date.desc(), Item.section_number.desc())
        .limit(200)
    )
    if agreement_id is not None:
        elsewhere = select(AgreementParty.item_id).where(
            AgreementParty.item_id.is_not(None), AgreementParty.agreement_id != agreement_id
        )
        query = query.where(
            (Item.agreement_id.is_(None)) | (Item.agreement_id == agreement_id), Item.id.not_in(elsewhere)
        )
    items = list(session.scalars(query).all())
    items.sort(key=lambda i: (i.agreement_id != agreement_id if agreement_id else True, i.kind.value != "sopimus"))
    return items


# --- excerpts to parties -------------------------------------------------------------------------------


def record_excerpts_sent(
    session: Session,
    *,
    party_ids: Sequence[int],
    sent: dt.date,
    method: DeliveryMethod,
) -> list[AgreementParty]:
    """Record that our excerpt was sent to these parties on ``sent`` by ``method``."""
    if not party_ids:
        raise ValidationError(msg("Valitse osapuolet, joille ote lähetettiin."))
    parties = []
    for party_id in party_ids:
        party = _party(session, party_id)
        party.excerpt_sent = sent
        party.excerpt_sent_method = method
        parties.append(party)
    session.flush()
    return parties


def own_decision_item(agreement: Agreement) -> Item | None:
    """Our own decision on the agreement: the § linked to a party that is a home organisation, if any."""
    for party in agreement.parties:
        if party.item is not None and party.organisation.is_home and party.item.meeting.is_locked:
            return party.item
    for party in agreement.parties:
        if party.item is not None and party.organisation.is_home:
            return party.item
    return None


# --- reminders -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionReminder:
    """A party that has not decided by its date.

    Attributes:
        agreement_id, agreement_title, party_id, party_name: who and about what.
        state: its decision state now.
        deadline: the date it should have decided by.
        days_late: days past the deadline on the day asked (negative: days left).
        awaiting_check: its linked § has an outcome in minutes not checked yet.
    """

    agreement_id: int
    agreement_title: str
    party_id: int
    party_name: str
    state: PartyDecisionState
    deadline: dt.date
    days_late: int
    awaiting_check: bool = False

    @property
    def text(self) -> str:
        """The reminder in one line, a ``db.errors.Message`` (the window shows it in the user's language)."""
        state = msg(_AWAITING_CHECK_REMINDER if self.awaiting_check else _REMINDER_STATES[self.state])
        deadline = fi_date(self.deadline)
        if self.days_late > 0:
            return msg("{party}: {state}, määräpäivä {deadline} ohitettu {days} pv sitten", party=self.party_name,
                       state=state, deadline=deadline, days=self.days_late)
        if self.days_late == 0:
            return msg("{party}: {state}, määräpäivä tänään {deadline}", party=self.party_name, state=state,
                       deadline=deadline)
        return msg("{party}: {state}, määräpäivä {deadline} ({days} pv jäljellä)", party=self.party_name,
                   state=state, deadline=deadline, days=-self.days_late)


# The party's state inside a reminder sentence (lower case), translatable.
_REMINDER_STATES: dict[PartyDecisionState, str] = {
    PartyDecisionState.NOT_ON_AGENDA: msg_template("ei käsitelty"),
    PartyDecisionState.ON_AGENDA: msg_template("esityslistalla"),
    PartyDecisionState.APPROVED: msg_template("hyväksytty"),
    PartyDecisionState.APPROVED_WITH_CHANGES: msg_template("hyväksytty muutoksin"),
    PartyDecisionState.REJECTED: msg_template("hylätty"),
    PartyDecisionState.RETURNED: msg_template("palautettu valmisteluun"),
}
_AWAITING_CHECK_REMINDER = msg_template("käsitelty, pöytäkirja tarkastamatta")


@dataclass(frozen=True)
class TermReminder:
    """An agreement whose term ends soon: ``days_left`` from the day asked to ``term_end``."""

    agreement_id: int
    title: str
    term_end: dt.date
    days_left: int
    status: AgreementStatus

    @property
    def text(self) -> str:
        """The reminder in one line, a ``db.errors.Message`` (the window shows it in the user's language)."""
        return msg("{title}: sopimuskausi päättyy {date} ({days} pv)", title=self.title, date=fi_date(self.term_end),
                   days=self.days_left)


def decision_reminders(
    session: Session, *, on: dt.date, deadline: dt.date | None = None, within_days: int = 0
) -> list[DecisionReminder]:
    """Required parties that have not decided, of agreements still awaiting approvals or in preparation.

    With ``deadline``: every such party, measured against that date ("who has not decided by 15.12.?").
    Without: those whose own ``decide_by`` falls on or before ``on + within_days``. Rejections count as
    decisions; returned and tabled matters do not.
    """
    reminders = []
    limit = on + dt.timedelta(days=within_days)
    for view in list_agreements(session, on=on):
        if view.situation.status not in (AgreementStatus.AWAITING_APPROVALS, AgreementStatus.IN_PREPARATION):
            continue
        for party in view.parties:
            if not party.required or party.decided:
                continue
            due = deadline or party.decide_by
            if due is None or (deadline is None and due > limit):
                continue
            reminders.append(
                DecisionReminder(
                    agreement_id=view.agreement_id,
                    agreement_title=view.title,
                    party_id=party.party_id,
                    party_name=party.name,
                    state=party.state,
                    deadline=due,
                    days_late=(on - due).days,
                    awaiting_check=party.awaiting_check,
                )
            )
    reminders.sort(key=lambda r: (r.deadline, r.agreement_title, r.party_name))
    return reminders


def term_reminders(session: Session, *, on: dt.date, within_days: int) -> list[TermReminder]:
    """Agreements not terminated whose term ends between ``on`` and ``on + within_days`` (inclusive)."""
    limit = on + dt.timedelta(days=within_days)
    reminders = []
    for view in list_agreements(session, on=on):
        if view.term_end is None or view.situation.status == AgreementStatus.TERMINATED:
            continue
        if on <= view.term_end <= limit:
            reminders.append(
                TermReminder(
                    agreement_id=view.agreement_id,
                    title=view.title,
                    term_end=view.term_end,
                    days_left=(view.term_end - on).days,
                    status=view.situation.status,
                )
            )
    reminders.sort(key=lambda r: (r.term_end, r.title))
    return reminders


def organisation_names(session: Session) -> dict[int, str]:
    """Organisation id → name (for pickers)."""
    return {o.id: o.name for o in session.scalars(select(Organisation).order_by(Organisation.name))}

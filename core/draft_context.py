"""The case data a proposal template reads: plain frozen dataclasses built from one item, never ORM objects.

``load_context(session, item_id)`` reads everything once, inside the caller's session, and returns a dict of
immutable values (strings, numbers, dates, tuples), so a template can neither trigger lazy loading nor reach
the database. ``sample_context()`` is a fictional case for previewing a template without an item.
The variables and their fields are documented in docs/mallipohjat.md; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.agreement_costs import split_costs, split_costs_in_term_year
from core.agreements import KIND_LABELS, RULE_LABELS, fi_date, party_view
from core.drafting import Choice
from core.inflection import lower_first, short_name, short_name_sv, suggest_forms, suggest_name_forms
from db.enums import AgreementKind, BodyKind, CostSplitBasis, ItemKind, OrganisationKind
from db.errors import NotFound, msg
from db.models import Agreement, AgreementParty, Body, Item, Meeting, Organisation, Person

VARIABLES = (
    "organisation",
    "body",
    "parent_body",
    "meeting",
    "item",
    "agreement",
    "signatory",
    "preparer",
    "presenter",
)

ORGANISATION_KIND_LABELS = {
    OrganisationKind.MUNICIPALITY: "kunta",
    OrganisationKind.JOINT_AUTHORITY: "kuntayhtymä",
    OrganisationKind.REGIONAL_COUNCIL: "maakuntaliitto",
    OrganisationKind.WELLBEING_COUNTY: "hyvinvointialue",
}

# Who usually signs for an organisation when the agreement does not say: (Finnish title, Swedish title).
_DEFAULT_SIGNATORY = {
    OrganisationKind.MUNICIPALITY: ("kunnanjohtaja", "kommundirektör"),
    OrganisationKind.JOINT_AUTHORITY: ("yhtymäjohtaja", "samkommundirektör"),
    OrganisationKind.REGIONAL_COUNCIL: ("maakuntajohtaja", "landskapsdirektör"),
    OrganisationKind.WELLBEING_COUNTY: ("hyvinvointialuejohtaja", "välfärdsområdesdirektör"),
}


@dataclass(frozen=True)
class Missing:
    """A part of the case this item does not have; false in ``{% if %}``, and reading it fails with ``reason``.

    Attributes:
        reason: Finnish clause saying why, e.g. "asiaan ei ole liitetty sopimusta".
    """

    reason: str

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        raise ValueError(f"tietoa ei ole, koska {self.reason}")


@dataclass(frozen=True)
class OrganisationData:
    """The organisation: ``name`` "Hartolan kunta", ``genitive`` "Hartolan kunnan", ``kind`` "kunta"."""

    name: str
    name_sv: str
    genitive: str
    kind: str
    place: str


@dataclass(frozen=True)
class BodyData:
    """A body with every case of its name (``allative`` "kunnanhallitukselle") and its short head word."""

    nominative: str
    genitive: str
    partitive: str
    allative: str
    adessive: str
    inessive: str
    elative: str
    illative: str
    name_sv: str
    short: str
    short_sv: str
    kind: str

    @property
    def name(self) -> str:
        return self.nominative

    def _blank_reason(self, field: str) -> str | None:
        """Why an empty field must not print blank (read by ``core.drafting``; templates cannot see it)."""
        if field in ("name_sv", "short_sv"):
            return msg(
                "toimielimelle {body} ei ole merkitty ruotsinkielistä nimeä (Asetukset › Toimielimet › Muokkaa…)",
                body=self.nominative,
            )
        return None


@dataclass(frozen=True)
class MeetingData:
    """The meeting the item is on."""

    date: dt.date
    number: int
    year: int
    place: str
    start_time: str


@dataclass(frozen=True)
class ItemData:
    """The item (§): title, diary number and section ("58 §")."""

    title: str
    title_sv: str
    diary_number: str
    section: str
    section_number: int
    kind: str
    classification_code: str


@dataclass(frozen=True)
class PersonData:
    """A person: ``with_title`` "kunnanjohtaja Jari Lindroos", ``title_genitive`` "kunnanjohtajan"."""

    name: str
    title: str
    title_sv: str
    title_genitive: str
    phone: str
    email: str
    _not_found: str = ""  # why there is no person behind a signatory known only by title (not for templates)

    @property
    def with_title(self) -> str:
        return " ".join(part for part in (self.title, self.name) if part)

    @property
    def with_title_sv(self) -> str:
        return " ".join(part for part in (self.title_sv, self.name) if part)

    def _blank_reason(self, field: str) -> str | None:
        """Why an empty field must not print blank (read by ``core.drafting``; templates cannot see it)."""
        if self._not_found:
            return self._not_found
        return msg("henkilön {name} tietoihin sitä ei ole merkitty (Asetukset › Henkilöt)", name=self.name)


@dataclass(frozen=True)
class PartyData:
    """A party of the agreement and its share of the costs (None when the split cannot be made).

    ``share`` is the party's share of one year's costs (the first year of the term), ``total_share`` of the
    whole term; ``percent`` is its share of the whole in percent.
    """

    name: str
    name_sv: str
    genitive: str
    population: int | None
    percent: Decimal | None
    share: Decimal | None
    total_share: Decimal | None
    approving_body: str
    signatory: str
    is_own: bool
    decide_by: dt.date | None = None
    decision: str = ""
    decision_date: dt.date | None = None
    approved: bool = False

    def _blank_reason(self, field: str) -> str | None:
        """Why an empty field must not print blank (read by ``core.drafting``; templates cannot see it)."""
        if field == "decide_by":
            return msg("osapuolelle {name} ei ole merkitty päivää, johon mennessä sen pitää päättää", name=self.name)
        if field in ("decision", "decision_date"):
            return msg("osapuolen {name} päätöstä ei ole merkitty", name=self.name)
        if field == "population":
            return msg("sopimuksen kustannuksia ei jaeta asukasluvun mukaan")
        if field in ("percent", "share", "total_share"):
            return msg("sopimuksen kustannusten jakoa ei voi laskea (ks. agreement.costs.problem)")
        return None


@dataclass(frozen=True)
class CostLineData:
    """One cost item: ``year`` None means every year."""

    description: str
    amount: Decimal
    year: int | None

    def _blank_reason(self, field: str) -> str | None:
        """Why an empty field must not print blank (read by ``core.drafting``; templates cannot see it)."""
        return msg("erä toistuu joka vuosi") if field == "year" else None


@dataclass(frozen=True)
class YearCostData:
    """The costs falling in one calendar year of the term (a part year: the annual items in proportion)."""

    year: int
    total: Decimal


@dataclass(frozen=True)
class CostsData:
    """The agreement's costs: the items, each year's total, one year's total (``annual``) and the term's."""

    items: tuple[CostLineData, ...]
    years: tuple[YearCostData, ...]
    annual: Decimal
    total: Decimal
    basis: str
    problem: str


@dataclass(frozen=True)
class AgreementData:
    """The agreement linked to the item.

    ``title_genitive`` is the title as the object of "hyväksyy" ("Päijät-Hämeen kuntien välisen
    yhteistoimintasopimuksen ..."); it falls back to the title when not stored.
    """

    title: str
    title_sv: str
    title_genitive: str
    kind: str
    term_start_year: int | None
    term_end_year: int | None
    term: str
    coordinator: OrganisationData | Missing
    parties: tuple[PartyData, ...]
    party_names: tuple[str, ...]
    costs: CostsData
    own_party: PartyData | Missing
    own_share: Decimal | None
    description: str
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    term_dates: str = ""
    entry_rule: str = ""

    def _blank_reason(self, field: str) -> str | None:
        """Why an empty field must not print blank (read by ``core.drafting``; templates cannot see it)."""
        if field in ("term_start_year", "term_end_year", "term", "term_start", "term_end", "term_dates"):
            return msg("sopimukselle ei ole merkitty sopimuskautta")
        if field == "own_share":
            if isinstance(self.own_party, Missing):
                return self.own_party.reason
            return msg("sopimuksen kustannusten jakoa ei voi laskea (ks. agreement.costs.problem)")
        return None


# --- building from the database ---------------------------------------------------------------------------


def _code_choice(value: str, field: str, kinds: type[StrEnum]) -> Choice:
    """A kind printed and compared by its code ("lautakunta", "sopimus")."""
    return Choice(value, field=field, allowed={kind.value: kind.value for kind in kinds})


def _agreement_kind(kind: AgreementKind) -> Choice:
    """The kind of agreement as Finnish prints it ("yhteistyöpöytäkirja"), equal to its code too."""
    allowed = {k.value: k.value for k in AgreementKind}
    allowed.update({KIND_LABELS[k].lower(): k.value for k in AgreementKind})
    return Choice(KIND_LABELS[kind].lower(), field="agreement.kind", allowed=allowed)


def _organisation_kind(kind: OrganisationKind) -> Choice:
    labels = {label: label for label in ORGANISATION_KIND_LABELS.values()}
    return Choice(ORGANISATION_KIND_LABELS.get(kind, str(kind)), field="organisation.kind", allowed=labels)


def _organisation(org: Organisation) -> OrganisationData:
    return OrganisationData(
        name=org.name,
        name_sv=org.name_sv or org.name,
        genitive=org.name_genitive or suggest_name_forms(org.name).genitive,
        kind=_organisation_kind(org.kind),
        place=org.certification_place,
    )


def body_data(body: Body) -> BodyData:
    """The forms of a body's name: the stored ones, suggested ones where a form is empty."""
    suggested = suggest_forms(body.name)
    return BodyData(
        nominative=body.name,
        genitive=body.name_genitive or suggested.genitive,
        partitive=body.name_partitive or suggested.partitive,
        allative=body.name_allative or suggested.allative,
        adessive=body.name_adessive or suggested.adessive,
        inessive=body.name_inessive or suggested.inessive,
        elative=body.name_elative or suggested.elative,
        illative=body.name_illative or suggested.illative,
        name_sv=body.name_sv,
        short=short_name(body.name),
        short_sv=short_name_sv(body.name_sv),
        kind=_code_choice(str(body.kind), "body.kind", BodyKind),
    )


def _person(person: Person | None, reason: str) -> PersonData | Missing:
    if person is None:
        return Missing(reason)
    return PersonData(
        name=person.name,
        title=person.title,
        title_sv=person.title_sv,
        title_genitive=suggest_forms(person.title).genitive if person.title else "",
        phone=person.phone,
        email=person.email,
    )


def _signatory(session: Session, org: Organisation, agreement: Agreement | None, day: dt.date) -> PersonData:
    """Who signs for the organisation: the agreement's own party's signatory, else the usual office-holder.

    The signatory is stored as a title ("kunnanjohtaja") or a name; a person of the organisation with that
    name, else with that title on ``day`` (the meeting's), supplies the rest. A successor is added as a new
    person (docs/asetukset.md) while the predecessor keeps the title, so of several holders of the title the
    newest is the one in post. The title itself comes before an acting one ("vs. kunnanjohtaja", added for a
    holiday), which signs only when nobody holds the title.
    """
    default_fi, default_sv = _DEFAULT_SIGNATORY.get(org.kind, ("", ""))
    if org.kind == OrganisationKind.MUNICIPALITY and any(
        b.kind == BodyKind.EXECUTIVE and b.name.lower().startswith("kaupungin") for b in org.bodies
    ):
        default_fi, default_sv = "kaupunginjohtaja", "stadsdirektör"
    stated = ""
    if agreement is not None:
        own = next((p for p in agreement.parties if p.organisation_id == org.id), None)
        stated = own.signatory.strip() if own is not None else ""
    wanted = stated or default_fi
    people = session.scalars(select(Person).where(Person.organisation_id == org.id).order_by(Person.id.desc())).all()
    key = wanted.lower()

    def holds(person: Person) -> bool:
        return person.as_on(day).title.lower() == key

    def acts(person: Person) -> bool:  # e.g. "vs. kunnanjohtaja": only when nobody holds the title itself
        return person.as_on(day).title.lower().endswith(" " + key)

    person = (
        next((p for p in people if key and p.name.lower() == key), None)
        or next((p for p in people if key and holds(p)), None)
        or next((p for p in people if key and acts(p)), None)
    )
    if person is not None:
        data = _person(person, "")
        assert isinstance(data, PersonData)
        return data
    title = wanted
    return PersonData(
        name="",
        title=title,
        title_sv=default_sv if title == default_fi else "",
        # A signatory written as a name ("Jari Lindroos") keeps its capitals: "valtuuttaa Jari Lindroosin".
        title_genitive=(suggest_name_forms if title[:1].isupper() else suggest_forms)(title).genitive,
        phone="",
        email="",
        _not_found=msg(
            "organisaation {organisation} henkilöissä ei ole allekirjoittajaa ”{title}” (Asetukset › Henkilöt)",
            organisation=org.name,
            title=title,
        ),
    )


def _money(value: Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


def _agreement(agreement: Agreement, home: Organisation) -> AgreementData:
    start = agreement.term_start.year if agreement.term_start else None
    end = agreement.term_end.year if agreement.term_end else None
    term_years = list(range(start, end + 1)) if start is not None and end is not None and end >= start else []
    # One year's costs (the first year's, in full) and the costs falling in each calendar year of the term: a
    # term of 1.8.2026–31.7.2029 has 5/12 of the annual costs in 2026 and 7/12 in 2029, three years in all.
    first = split_costs(agreement, year=term_years[0]) if term_years else split_costs(agreement)
    splits = [split_costs_in_term_year(agreement, y) for y in term_years] or [first]
    problem = first.problem
    year_rows = tuple(YearCostData(y, _money(s.total)) for y, s in zip(term_years, splits, strict=True))
    total = sum((s.total for s in splits), Decimal("0.00"))
    parties = []
    for index, party in enumerate(agreement.parties):
        org = party.organisation
        view = party_view(party, agreement.entry_rule)
        share = total_share = percent = None
        if not problem:
            share = first.shares[index].total
            percent = first.shares[index].percent.quantize(Decimal("0.0001"))
            total_share = sum((s.shares[index].total for s in splits if not s.problem), Decimal("0.00"))
        population = (
            int(first.shares[index].basis)
            if not problem and agreement.cost_split == CostSplitBasis.POPULATION
            else None
        )
        parties.append(
            PartyData(
                name=org.name,
                name_sv=org.name_sv or org.name,
                genitive=org.name_genitive or suggest_name_forms(org.name).genitive,
                population=population,
                percent=percent,
                share=share,
                total_share=total_share,
                approving_body=_approving_body(party),
                signatory=party.signatory,
                is_own=party.organisation_id == home.id,
                decide_by=party.decide_by,
                decision=view.decision_text if view.decided else "",
                decision_date=view.decision_date if view.decided else None,
                approved=view.approved,
            )
        )
    own = next((p for p in parties if p.is_own), None)
    costs = CostsData(
        items=tuple(CostLineData(c.description, _money(c.amount), c.year) for c in agreement.cost_items),
        years=year_rows,
        annual=_money(first.total),
        total=_money(total),
        basis=first.basis_label,
        problem=problem,
    )
    term = f"{start}–{end}" if start and end and start != end else str(start or end or "")
    opens, closes = agreement.term_start, agreement.term_end
    starts_a_year = opens is None or (opens.month, opens.day) == (1, 1)
    ends_a_year = closes is None or (closes.month, closes.day) == (12, 31)
    if not (starts_a_year and ends_a_year):  # 1.11.2025–31.5.2029 is no "2025–2029"
        term = f"{fi_date(agreement.term_start)}–{fi_date(agreement.term_end)}"
    return AgreementData(
        title=agreement.title,
        title_sv=agreement.title_sv or agreement.title,
        title_genitive=agreement.title_genitive or agreement.title,
        kind=_agreement_kind(agreement.kind),
        term_start_year=start,
        term_end_year=end,
        term=term,
        coordinator=_organisation(agreement.coordinator)
        if agreement.coordinator is not None
        else Missing(msg("sopimukselle ei ole merkitty koordinoivaa organisaatiota")),
        parties=tuple(parties),
        party_names=tuple(p.name for p in parties),
        costs=costs,
        own_party=own
        if own is not None
        else Missing(msg("{organisation} ei ole sopimuksen osapuoli", organisation=home.name)),
        own_share=own.share if own is not None else None,
        description=agreement.description,
        term_start=agreement.term_start,
        term_end=agreement.term_end,
        term_dates=f"{fi_date(agreement.term_start)}–{fi_date(agreement.term_end)}"
        if agreement.term_start and agreement.term_end
        else "",
        entry_rule=lower_first(RULE_LABELS[agreement.entry_rule]),
    )


def _approving_body(party: AgreementParty) -> str:
    if party.approving_body is not None:
        return party.approving_body.name
    return party.approving_body_name or party.ext_body


# The § 's own fields a template reads that the item editor lets the secretary change before saving.
UNSAVED_FIELDS = ("title", "title_sv", "diary_number", "classification_code", "kind", "preparer_id", "presenter_id")


def finnish_values(context: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Finnish texts of the case data that a Swedish draft prints for want of a Swedish one: (what, the text).

    The agreement's name and the parties' and the organisation's names fall back to the Finnish ones when no
    Swedish one is stored; the cost split's basis is only in Finnish. The draft dialog names those that the draft
    shown contains, so that they are translated by hand (the drafting review's F15)."""
    found: list[tuple[str, str]] = []
    organisation = context.get("organisation")
    if isinstance(organisation, OrganisationData) and organisation.name_sv == organisation.name:
        found.append((msg("organisaation nimi"), organisation.name))
    agreement = context.get("agreement")
    if isinstance(agreement, AgreementData):
        if agreement.title and agreement.title_sv == agreement.title:
            found.append((msg("sopimuksen nimi"), agreement.title))
        found.extend(
            (msg("osapuolen {name} nimi", name=party.name), party.name)
            for party in agreement.parties
            if party.name and party.name_sv == party.name
        )
        if isinstance(agreement.costs, CostsData) and agreement.costs.basis:
            found.append((msg("kustannusten jakoperuste"), agreement.costs.basis))
    return [(what, text) for what, text in found if text.strip()]


def load_context(session: Session, item_id: int, unsaved: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The template variables of one item, read in ``session`` and returned as immutable plain data.

    ``unsaved`` holds the item editor's values of ``UNSAVED_FIELDS`` not saved yet (a title just typed, a
    preparer just chosen): the draft is made of what the secretary sees, not of what was last saved.
    """
    item = session.scalars(
        select(Item)
        .where(Item.id == item_id)
        .options(
            selectinload(Item.meeting),
            selectinload(Item.body).selectinload(Body.parent),
            selectinload(Item.body).selectinload(Body.organisation).selectinload(Organisation.bodies),
            selectinload(Item.preparer),
            selectinload(Item.presenter),
            selectinload(Item.agreement).selectinload(Agreement.parties).selectinload(AgreementParty.organisation),
            selectinload(Item.agreement).selectinload(Agreement.cost_items),
        )
    ).one_or_none()
    if item is None:
        raise NotFound(msg("Asiaa ei löytynyt; se on ehkä poistettu."))
    body = item.body
    org = body.organisation
    meeting: Meeting = item.meeting
    agreement = item.agreement
    shown = {name: getattr(item, name) for name in UNSAVED_FIELDS}
    shown.update({name: value for name, value in (unsaved or {}).items() if name in UNSAVED_FIELDS})
    people = {
        role: session.get(Person, shown[f"{role}_id"]) if shown[f"{role}_id"] is not None else None
        for role in ("preparer", "presenter")
    }
    return {
        "organisation": _organisation(org),
        "body": body_data(body),
        "parent_body": body_data(body.parent)
        if body.parent is not None
        else Missing(msg(
            "toimielimelle {body} ei ole merkitty ylempää toimielintä (Asetukset › Toimielimet › Muokkaa… › "
            "Yläpuolinen toimielin)",
            body=body.name,
        )),
        "meeting": MeetingData(
            date=meeting.date,
            number=meeting.number,
            year=meeting.year,
            place=meeting.place or body.default_place,
            start_time=f"{meeting.start_time.hour}.{meeting.start_time.minute:02d}" if meeting.start_time else "",
        ),
        "item": ItemData(
            title=shown["title"] or "",
            title_sv=shown["title_sv"] or "",
            diary_number=shown["diary_number"] or "",
            section=item.section_label,
            section_number=item.section_number,
            kind=_code_choice(str(shown["kind"] or item.kind), "item.kind", ItemKind),
            classification_code=shown["classification_code"] or "",
        ),
        "agreement": _agreement(agreement, org)
        if agreement is not None
        else Missing(msg("asiaan ei ole liitetty sopimusta (Kokous › Liitä sopimukseen…)")),
        "signatory": _signatory(session, org, agreement, meeting.date),
        "preparer": _person(
            people["preparer"], msg("asialle ei ole merkitty valmistelijaa (asian kenttä Valmistelija)")
        ),
        "presenter": _person(
            people["presenter"], msg("asialle ei ole merkitty esittelijää (asian kenttä Esittelijä)")
        ),
    }


def sample_context() -> dict[str, Any]:
    """A fictional case (Esimerkkilän kunta) for previewing a template when no item is chosen."""

    def body(name: str, name_sv: str, kind: BodyKind) -> BodyData:
        forms = suggest_forms(name)
        return BodyData(
            **{k: v for k, v in forms.as_dict().items()},
            name_sv=name_sv,
            short=short_name(name),
            short_sv=short_name_sv(name_sv),
            kind=_code_choice(str(kind), "body.kind", BodyKind),
        )

    org = OrganisationData("Esimerkkilän kunta", "Esimerkkilä kommun", "Esimerkkilän kunnan",
                           _organisation_kind(OrganisationKind.MUNICIPALITY), "Esimerkkilä")  # fmt: skip
    person = PersonData("Maija Malli", "sivistysjohtaja", "bildningsdirektör", "sivistysjohtajan", "040 123 4567", "")
    parties = (
        PartyData("Esimerkkilän kunta", "Esimerkkilä kommun", "Esimerkkilän kunnan", 6000, Decimal("60.0000"),
                  Decimal("6000.00"), Decimal("24000.00"), "Kunnanhallitus", "kunnanjohtaja", True,
                  dt.date(2026, 3, 31)),
        PartyData("Mallikylän kunta", "Mallby kommun", "Mallikylän kunnan", 4000, Decimal("40.0000"),
                  Decimal("4000.00"), Decimal("16000.00"), "Kunnanhallitus", "kunnanjohtaja", False,
                  dt.date(2026, 3, 31), "Kunnanhallitus 2.2.2026 12 §, Dnro 8/00.04.01/2026", dt.date(2026, 2, 2),
                  True),
    )  # fmt: skip
    return {
        "organisation": org,
        "body": body("Sivistyslautakunta", "Bildningsnämnden", BodyKind.COMMITTEE),
        "parent_body": body("Kunnanhallitus", "Kommunstyrelsen", BodyKind.EXECUTIVE),
        "meeting": MeetingData(dt.date(2026, 2, 10), 2, 2026, "Kunnantalo", "17.00"),
        "item": ItemData("Esimerkkiasia", "Exempelärende", "12/00.04.01/2026", "15 §", 15,
                         _code_choice("sopimus", "item.kind", ItemKind), "00.04.01"),
        "agreement": AgreementData(
            title="Esimerkkilän ja Mallikylän yhteistoimintasopimus",
            title_sv="Samarbetsavtal mellan Esimerkkilä och Mallby",
            title_genitive="Esimerkkilän ja Mallikylän yhteistoimintasopimuksen",
            kind=_agreement_kind(AgreementKind.COOPERATION_AGREEMENT),
            term_start_year=2026,
            term_end_year=2029,
            term="2026–2029",
            coordinator=org,
            parties=parties,
            party_names=tuple(p.name for p in parties),
            costs=CostsData(
                items=(CostLineData("Koordinaattorin palkkauskulut", Decimal("10000.00"), None),),
                years=tuple(YearCostData(y, Decimal("10000.00")) for y in range(2026, 2030)),
                annual=Decimal("10000.00"),
                total=Decimal("40000.00"),
                basis="asukasluvun mukaan 31.12.2025",
                problem="",
            ),
            own_party=parties[0],
            own_share=parties[0].share,
            description="",
            term_start=dt.date(2026, 1, 1),
            term_end=dt.date(2029, 12, 31),
            term_dates="1.1.2026–31.12.2029",
            entry_rule="kun kaikki osapuolet ovat hyväksyneet",
        ),
        "signatory": PersonData("Kalle Kunnas", "kunnanjohtaja", "kommundirektör", "kunnanjohtajan", "", ""),
        "preparer": person,
        "presenter": person,
    }

"""The details panel beside the editor: the meeting, the appeal route and deadlines, agreement links, history.

The facts are gathered by ``gather_details`` (plain data, testable without a window) and shown as HTML.
Route and deadlines come from ``core.deadlines.item_deadlines`` (the route from ``core.appeal.route_for_item``,
as the printed minutes and excerpt have it); the agreement's approval situation from ``core.agreements``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget
from sqlalchemy import select

from core.meetings import get_item, get_meeting
from db.engine import Database
from db.enums import AppealRoute, OrganisationKind
from db.errors import SihteeriError
from db.models import AuditEntry
from gui.i18n import QT_TRANSLATE_NOOP, localized, section_text, shown_name, ui_language
from gui.navigator import meeting_state_label

if TYPE_CHECKING:
    from core.agreements import AgreementView
    from db.models import Item, Meeting

# core.agreements and core.deadlines (with the holiday calendars) are imported when an item is first shown:
# the window opens without them.

# The route's name in the panel; the provision it rests on (``RouteDecision.law``) follows in parentheses.
ROUTE_LABELS = {
    AppealRoute.RECTIFICATION: QT_TRANSLATE_NOOP("DetailsPanel", "oikaisuvaatimus"),
    AppealRoute.MUNICIPAL_APPEAL: QT_TRANSLATE_NOOP("DetailsPanel", "kunnallisvalitus"),
    AppealRoute.PROHIBITION: QT_TRANSLATE_NOOP("DetailsPanel", "muutoksenhakukielto"),
    AppealRoute.PROCUREMENT: QT_TRANSLATE_NOOP("DetailsPanel", "hankintaoikaisu ja valitus markkinaoikeuteen"),
    AppealRoute.ADMINISTRATIVE_APPEAL: QT_TRANSLATE_NOOP("DetailsPanel", "hallintovalitus"),
    AppealRoute.SPECIAL_RECTIFICATION: QT_TRANSLATE_NOOP("DetailsPanel", "oikaisuvaatimus"),
}
REGIONAL_APPEAL_LABEL = QT_TRANSLATE_NOOP("DetailsPanel", "aluevalitus")  # a wellbeing county's council
# The provisions core.appeal names (resources/appeal/fi.toml "short", and _law_for), for the translations.
_LAW_TEXTS = (
    QT_TRANSLATE_NOOP("DetailsPanel", "KuntaL 134 §"),
    QT_TRANSLATE_NOOP("DetailsPanel", "KuntaL 135 §"),
    QT_TRANSLATE_NOOP("DetailsPanel", "KuntaL 136 §"),
    QT_TRANSLATE_NOOP("DetailsPanel", "laki hyvinvointialueesta 139 §"),
    QT_TRANSLATE_NOOP("DetailsPanel", "laki hyvinvointialueesta 140 §"),
    QT_TRANSLATE_NOOP("DetailsPanel", "laki hyvinvointialueesta 141 §"),
    QT_TRANSLATE_NOOP("DetailsPanel", "hankintalaki 1397/2016"),
    QT_TRANSLATE_NOOP("DetailsPanel", "HOL 808/2019"),
    QT_TRANSLATE_NOOP("DetailsPanel", "HL 49 c §"),
)
# Who is notified by the minutes' publication (KuntaL 137 §, 137 § 2 mom., laki hyvinvointialueesta 142 §).
MEMBERS_LABELS = {
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("DetailsPanel", "Kunnan jäsenet"),
    OrganisationKind.JOINT_AUTHORITY: QT_TRANSLATE_NOOP("DetailsPanel", "Jäsenkunnat ja niiden jäsenet"),
    OrganisationKind.REGIONAL_COUNCIL: QT_TRANSLATE_NOOP("DetailsPanel", "Jäsenkunnat ja niiden jäsenet"),
    OrganisationKind.WELLBEING_COUNTY: QT_TRANSLATE_NOOP("DetailsPanel", "Hyvinvointialueen asukkaat"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("DetailsPanel", "otsikko"),
    "title_sv": QT_TRANSLATE_NOOP("DetailsPanel", "ruotsinkielinen otsikko"),
    "public_title": QT_TRANSLATE_NOOP("DetailsPanel", "julkaistava otsikko"),
    "diary_number": QT_TRANSLATE_NOOP("DetailsPanel", "Dnro"),
    "classification_code": QT_TRANSLATE_NOOP("DetailsPanel", "tehtäväluokka"),
    "preparer_id": QT_TRANSLATE_NOOP("DetailsPanel", "valmistelija"),
    "presenter_id": QT_TRANSLATE_NOOP("DetailsPanel", "esittelijä"),
    "background": QT_TRANSLATE_NOOP("DetailsPanel", "selostus"),
    "proposal": QT_TRANSLATE_NOOP("DetailsPanel", "päätösehdotus"),
    "handling": QT_TRANSLATE_NOOP("DetailsPanel", "käsittely"),
    "decision": QT_TRANSLATE_NOOP("DetailsPanel", "päätös"),
    "public_title_sv": QT_TRANSLATE_NOOP("DetailsPanel", "ruotsinkielinen julkaistava otsikko"),
    "background_sv": QT_TRANSLATE_NOOP("DetailsPanel", "ruotsinkielinen selostus"),
    "proposal_sv": QT_TRANSLATE_NOOP("DetailsPanel", "ruotsinkielinen päätösehdotus"),
    "handling_sv": QT_TRANSLATE_NOOP("DetailsPanel", "ruotsinkielinen käsittely"),
    "decision_sv": QT_TRANSLATE_NOOP("DetailsPanel", "ruotsinkielinen päätös"),
    "outcome": QT_TRANSLATE_NOOP("DetailsPanel", "lopputulos"),
    "decision_nature": QT_TRANSLATE_NOOP("DetailsPanel", "päätöksen luonne"),
    "publicity": QT_TRANSLATE_NOOP("DetailsPanel", "julkisuus"),
    "secrecy_ground": QT_TRANSLATE_NOOP("DetailsPanel", "salassapitoperuste"),
    "has_personal_data": QT_TRANSLATE_NOOP("DetailsPanel", "henkilötiedot"),
    "appeal_route_override": QT_TRANSLATE_NOOP("DetailsPanel", "muutoksenhakutapa"),
    "appeal_route_reason": QT_TRANSLATE_NOOP("DetailsPanel", "muutoksenhakutavan peruste"),
    "agreement_id": QT_TRANSLATE_NOOP("DetailsPanel", "sopimus"),
    "section_number": QT_TRANSLATE_NOOP("DetailsPanel", "§"),
    "position": QT_TRANSLATE_NOOP("DetailsPanel", "järjestys"),
    "meeting_id": QT_TRANSLATE_NOOP("DetailsPanel", "kokous"),
    "kind": QT_TRANSLATE_NOOP("DetailsPanel", "asian laji"),
}
ACTION_LABELS = {
    "lisays": QT_TRANSLATE_NOOP("DetailsPanel", "lisätty"),
    "muutos": QT_TRANSLATE_NOOP("DetailsPanel", "muutettu"),
    "poisto": QT_TRANSLATE_NOOP("DetailsPanel", "poistettu"),
}


@dataclass
class Details:
    """What the panel shows about one item (or a meeting), as plain text lines per section."""

    meeting: list[str] = field(default_factory=list)
    route: list[str] = field(default_factory=list)
    agreement: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


def route_text(route: AppealRoute, kind: OrganisationKind, law: str) -> str:
    """The route's name with its provision, e.g. "aluevalitus (laki hyvinvointialueesta 140 §)"."""
    if route == AppealRoute.MUNICIPAL_APPEAL and kind == OrganisationKind.WELLBEING_COUNTY:
        label = _tr(REGIONAL_APPEAL_LABEL)
    else:
        label = _tr(ROUTE_LABELS[route])
    return f"{label} ({_tr(law)})" if law else label


def _tr(text: str) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("DetailsPanel", ...)`` above."""
    return QCoreApplication.translate("DetailsPanel", text)


def agreement_status_text(view: AgreementView) -> str:
    """The agreement's status as ``core.agreements`` words it (``status_text``), in the interface language."""
    from core.agreements import STATUS_LABELS, TERMINATION_LABELS, AgreementStatus, fi_date  # "" for no date

    situation = view.situation
    if situation.status == AgreementStatus.TERMINATED and view.terminated is not None:
        return f"{_tr(TERMINATION_LABELS[view.terminated])} {fi_date(view.terminated_date)}".strip()
    if situation.status == AgreementStatus.IN_FORCE and situation.entry_into_force is not None:
        return QCoreApplication.translate("DetailsPanel", "Voimassa {date} alkaen").format(
            date=fi_date(situation.entry_into_force)
        )
    if situation.status == AgreementStatus.EXPIRED:
        return f"{_tr(STATUS_LABELS[situation.status])} {fi_date(view.term_end)}".strip()
    if situation.status == AgreementStatus.AWAITING_APPROVALS:
        return QCoreApplication.translate("DetailsPanel", "Odottaa hyväksyntöjä ({approved}/{required})").format(
            approved=situation.approved_count, required=situation.required_count
        )
    return _tr(STATUS_LABELS[situation.status])


# core.agreements' labels, marked for lupdate here because core does not import Qt.
_AGREEMENT_TEXTS = (
    QT_TRANSLATE_NOOP("DetailsPanel", "Valmistelussa"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Odottaa hyväksyntöjä"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Voimassa"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Päättynyt"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Irtisanottu"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Peruttu"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Ei käsitelty"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Esityslistalla"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Hyväksytty"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Hyväksytty muutoksin"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Hylätty"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Palautettu valmisteluun"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Käsitelty, pöytäkirja tarkastamatta"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Kun kaikki osapuolet ovat hyväksyneet"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet"),
    QT_TRANSLATE_NOOP("DetailsPanel", "Kun nimetyt osapuolet ovat hyväksyneet"),
)


def agreement_rule_text(view: AgreementView) -> str:
    """The agreement's entry-into-force rule (``rule_label``) in the interface language."""
    return _tr(view.rule_label)


def agreement_missing_text(view: AgreementView) -> str:
    """What is still missing (``situation.missing_text``) in the interface language; "" if nothing."""
    situation = view.situation
    parts = []
    if situation.waiting:
        parts.append(
            QCoreApplication.translate("DetailsPanel", "Odottaa: {names}").format(names=", ".join(situation.waiting))
        )
    if situation.rejected:
        parts.append(
            QCoreApplication.translate("DetailsPanel", "Hylännyt: {names}").format(names=", ".join(situation.rejected))
        )
    if situation.unsigned:
        parts.append(
            QCoreApplication.translate("DetailsPanel", "Allekirjoitus puuttuu: {names}").format(
                names=", ".join(situation.unsigned)
            )
        )
    if situation.undated:
        parts.append(
            QCoreApplication.translate("DetailsPanel", "Päätöspäivä puuttuu: {names}").format(
                names=", ".join(situation.undated)
            )
        )
    return ". ".join(parts) + ("." if parts else "")


def _record_dates(meeting: Meeting, *, agenda: bool) -> list[str]:
    """When the meeting's documents went out: the agenda (if asked), the minutes checked, published online."""
    from core.deadlines import fi_date

    dates = (
        (
            QT_TRANSLATE_NOOP("DetailsPanel", "Esityslista julkaistu {date}"),
            meeting.agenda_published_date if agenda else None,
        ),
        (QT_TRANSLATE_NOOP("DetailsPanel", "Pöytäkirja tarkastettu {date}"), meeting.checked_date),
        (QT_TRANSLATE_NOOP("DetailsPanel", "Julkaistu yleisessä tietoverkossa {date}"), meeting.published_date),
    )
    return [_tr(text).format(date=fi_date(day)) for text, day in dates if day is not None]


def _online_dates(meeting: Meeting) -> list[str]:
    """When the published minutes' personal data and the minutes themselves come off the public network."""
    from core.deadlines import fi_date, online_schedule

    schedule = online_schedule(meeting)
    if schedule is None:
        return []
    lines = [
        QCoreApplication.translate("DetailsPanel", "Henkilötiedot pois verkosta {date}: {sections} §").format(
            date=fi_date(day), sections=", ".join(str(n) for n in sections)
        )
        for day, sections in schedule.personal_data
    ]
    lines.append(
        QCoreApplication.translate("DetailsPanel", "Pöytäkirjan voi poistaa verkosta {date}").format(
            date=fi_date(schedule.minutes_off)
        )
    )
    return lines


def _route_lines(item: Item, today: dt.date) -> list[str]:
    """The § 's appeal route and dates as the printed minutes and excerpt have them: ``core.deadlines.item_deadlines``
    (``core.appeal.route_for_item``), with the engine's suggestion and reason next to an override."""
    from core.deadlines import fi_date, item_deadlines

    try:
        dates = item_deadlines(item)
    except SihteeriError as exc:  # a route chosen by hand without its reason
        return [localized(exc.message)]
    decision = dates.route
    kind = item.meeting.body.organisation.kind
    lines = [route_text(decision.route, kind, decision.law)]
    if decision.authority:
        from core.appeal import authority_name

        language = ui_language()
        authority = authority_name(item, decision.route, language) if language == "sv" else decision.authority
        lines.append(QCoreApplication.translate("DetailsPanel", "Kenelle: {authority}").format(authority=authority))
    if decision.overridden:
        lines.append(
            QCoreApplication.translate("DetailsPanel", "Valittu käsin, perustelu: {reason}").format(
                reason=decision.reason
            )
        )
        lines.append(
            QCoreApplication.translate("DetailsPanel", "Koneen ehdotus: {route}. {reason}").format(
                route=route_text(decision.engine_route, kind, decision.engine_law),
                reason=localized(decision.engine_reason),
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("DetailsPanel", "Peruste: {reason}").format(reason=localized(decision.reason))
        )
    if decision.problem:
        lines.append(localized(decision.problem))
    if decision.period_days is None:
        lines.append(QCoreApplication.translate("DetailsPanel", "Päätöksestä ei voi hakea muutosta; ei määräaikaa."))
        return lines
    ended = QCoreApplication.translate("DetailsPanel", " (päättynyt)")
    if dates.members is not None:
        deadline = dates.members
        lines.append(
            QCoreApplication.translate(
                "DetailsPanel", "{members}: tiedoksi {notified}, määräaika päättyy {last_day}"
            ).format(
                members=_tr(MEMBERS_LABELS[kind]),
                notified=fi_date(deadline.notified),
                last_day=fi_date(deadline.last_day),
            )
            + (ended if deadline.last_day < today else "")
        )
    elif dates.members_have_standing:
        lines.append(
            QCoreApplication.translate(
                "DetailsPanel", "{members}: määräaika alkaa, kun pöytäkirja julkaistaan yleisessä tietoverkossa."
            ).format(members=_tr(MEMBERS_LABELS[kind]))
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "DetailsPanel", "Muutosta voivat hakea vain asianosaiset, kukin omasta tiedoksisaannistaan."
            )
        )
    for party in dates.parties:
        deadline = party.deadline
        lines.append(
            QCoreApplication.translate(
                "DetailsPanel", "{name}: tiedoksi {notified}, määräaika päättyy {last_day}"
            ).format(name=party.recipient, notified=fi_date(deadline.notified), last_day=fi_date(deadline.last_day))
            + (ended if deadline.last_day < today else "")
        )
    for name in dates.pending:
        lines.append(
            QCoreApplication.translate("DetailsPanel", "{name}: ei vielä saanut päätöstä tiedoksi").format(name=name)
        )
    final = dates.final
    if final is not None:
        lines.append(
            QCoreApplication.translate("DetailsPanel", "Lainvoimainen {date} alkaen, jos muutosta ei haeta").format(
                date=fi_date(final)
            )
        )
    else:
        lines.append(QCoreApplication.translate("DetailsPanel", "Lainvoimaisuuspäivä ei ole vielä tiedossa."))
    return lines


def gather_details(database: Database, item_id: int, *, today: dt.date | None = None) -> Details:
    from core.agreements import load_agreement
    from core.deadlines import fi_date

    today = today or dt.date.today()
    details = Details()
    with database.begin() as session:
        item = get_item(session, item_id)
        meeting = item.meeting
        details.meeting.append(
            QCoreApplication.translate("DetailsPanel", "{body}, kokous {number}/{year}, {date}").format(
                body=shown_name(meeting.body.name, meeting.body.name_sv),
                number=meeting.number,
                year=meeting.year,
                date=fi_date(meeting.date),
            )
        )
        if meeting.place:
            details.meeting.append(meeting.place)
        details.meeting.extend(_record_dates(meeting, agenda=False))
        details.route.extend(_route_lines(item, today))
        if item.agreement_id is not None:
            view = load_agreement(session, item.agreement_id, on=today)
            details.agreement.append(view.title)
            details.agreement.append(agreement_status_text(view))
            for party in view.parties:
                details.agreement.append(f"{party.name}: {_tr(party.state_label)}")
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "item", AuditEntry.entity_id == item_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(30)
        ).all()
        for entry in entries:
            # Derived columns (parsed diary number parts, template key) are not news to the secretary.
            fields = [_tr(FIELD_LABELS[f]) for f in entry.details.get("fields") or [] if f in FIELD_LABELS]
            what = _tr(ACTION_LABELS[entry.action]) if entry.action in ACTION_LABELS else entry.action
            if fields:
                what += ": " + ", ".join(fields)
            details.history.append(f"{entry.at:%d.%m.%Y %H.%M} {entry.username} — {what}")
    return details


def gather_meeting_details(database: Database, meeting_id: int) -> Details:
    """What the panel shows when a meeting (not one of its items) is chosen: the meeting's own facts."""
    from core.deadlines import fi_date

    details = Details()
    with database.begin() as session:
        meeting = get_meeting(session, meeting_id)
        lines = details.meeting
        lines.append(
            QCoreApplication.translate("DetailsPanel", "{body}, kokous {number}/{year}").format(
                body=shown_name(meeting.body.name, meeting.body.name_sv), number=meeting.number, year=meeting.year
            )
        )
        start, end = meeting.start_time, meeting.end_time
        if start is not None and end is not None:
            when = QCoreApplication.translate("DetailsPanel", "{date} klo {start}–{end}").format(
                date=fi_date(meeting.date), start=f"{start:%H.%M}", end=f"{end:%H.%M}"
            )
        elif start is not None:
            when = QCoreApplication.translate("DetailsPanel", "{date} klo {start}").format(
                date=fi_date(meeting.date), start=f"{start:%H.%M}"
            )
        else:
            when = fi_date(meeting.date)
        lines.append(when)
        if meeting.place:
            lines.append(meeting.place)
        lines.append(QCoreApplication.translate("DetailsPanel", "Tila: {0}").format(meeting_state_label(meeting.state)))
        for label, person in (
            (QT_TRANSLATE_NOOP("DetailsPanel", "Puheenjohtaja"), meeting.chair),
            (QT_TRANSLATE_NOOP("DetailsPanel", "Pöytäkirjanpitäjä"), meeting.secretary),
        ):
            if person is not None:
                lines.append(f"{_tr(label)}: {person.name}")
        checkers = [p.name for p in (meeting.checker1, meeting.checker2) if p is not None]
        if checkers:
            lines.append(
                QCoreApplication.translate("DetailsPanel", "Pöytäkirjantarkastajat: {names}").format(
                    names=", ".join(checkers)
                )
            )
        lines.extend(_record_dates(meeting, agenda=True))
        lines.extend(_online_dates(meeting))
        sections = sorted(item.section_number for item in meeting.items)
        if len(sections) == 1:
            details.items.append(
                QCoreApplication.translate("DetailsPanel", "1 asia, {first} §").format(first=sections[0])
            )
        elif sections:
            details.items.append(
                QCoreApplication.translate("DetailsPanel", "{count} asiaa, {first}–{last} §").format(
                    count=len(sections), first=sections[0], last=sections[-1]
                )
            )
        if sections:
            details.items.extend(f"{section_text(item.section_number)} {item.title}" for item in meeting.items)
        else:
            details.items.append(QCoreApplication.translate("DetailsPanel", "Kokouksessa ei ole vielä asioita."))
    return details


class DetailsPanel(QWidget):
    """Shows ``gather_details`` for the current item, or ``gather_meeting_details`` for a chosen meeting."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        self.browser = QTextBrowser()
        self.browser.setObjectName("details")
        self.browser.setAccessibleName(self.tr("Tiedot"))
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser)
        self.show_item(None)

    def show_item(self, item_id: int | None) -> None:
        if item_id is None:
            nothing = self.tr("Ei valittua asiaa.")
            self.browser.setHtml(f"<p><i>{escape(nothing)}</i></p>")
            return
        self._show(gather_details(self._database, item_id))

    def show_meeting(self, meeting_id: int) -> None:
        """The meeting's date, place, state, officers, dates and items (when a meeting row is chosen)."""
        self._show(gather_meeting_details(self._database, meeting_id))

    def _show(self, details: Details) -> None:
        sections = (
            (self.tr("Kokous"), details.meeting),
            (self.tr("Muutoksenhaku ja määräajat"), details.route),
            (self.tr("Sopimus"), details.agreement),
            (self.tr("Asiat"), details.items),
            (self.tr("Muutoshistoria"), details.history),
        )
        parts = []
        for title, lines in sections:
            if not lines:
                continue
            parts.append(f"<h4>{escape(title)}</h4>")
            parts.append("<br/>".join(escape(line) for line in lines))
        self.browser.setHtml("".join(parts))

"""The details panel beside the editor: the meeting, the appeal route and deadlines, agreement links, history.

The facts are gathered by ``gather_details`` (plain data, testable without a window) and shown as HTML.
Route and deadlines come from ``core.deadlines``; the agreement's approval situation from ``core.agreements``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget
from sqlalchemy import select

from core.agreements import load_agreement
from core.deadlines import compute_deadline, fi_date, period_days
from core.meetings import get_item
from db.engine import Database
from db.enums import AppealRoute, DecisionNature
from db.models import AuditEntry

ROUTE_LABELS = {
    AppealRoute.RECTIFICATION: "oikaisuvaatimus (KuntaL 134 §)",
    AppealRoute.MUNICIPAL_APPEAL: "kunnallisvalitus (KuntaL 135 §)",
    AppealRoute.PROHIBITION: "muutoksenhakukielto (KuntaL 136 §)",
    AppealRoute.PROCUREMENT: "hankintaoikaisu ja valitus markkinaoikeuteen",
    AppealRoute.ADMINISTRATIVE_APPEAL: "hallintovalitus",
    AppealRoute.SPECIAL_RECTIFICATION: "oikaisuvaatimus (HL 49 c §)",
}
FIELD_LABELS = {
    "title": "otsikko",
    "title_sv": "ruotsinkielinen otsikko",
    "public_title": "julkaistava otsikko",
    "diary_number": "Dnro",
    "classification_code": "tehtäväluokka",
    "preparer_id": "valmistelija",
    "presenter_id": "esittelijä",
    "background": "selostus",
    "proposal": "päätösehdotus",
    "handling": "käsittely",
    "decision": "päätös",
    "outcome": "lopputulos",
    "decision_nature": "päätöksen luonne",
    "publicity": "julkisuus",
    "secrecy_ground": "salassapitoperuste",
    "has_personal_data": "henkilötiedot",
    "appeal_route_override": "muutoksenhakutapa",
    "appeal_route_reason": "muutoksenhakutavan peruste",
    "agreement_id": "sopimus",
    "section_number": "§",
    "position": "järjestys",
    "meeting_id": "kokous",
    "kind": "asian laji",
}
ACTION_LABELS = {"lisays": "lisätty", "muutos": "muutettu", "poisto": "poistettu"}


@dataclass
class Details:
    """What the panel shows about one item, as plain text lines per section."""

    meeting: list[str] = field(default_factory=list)
    route: list[str] = field(default_factory=list)
    agreement: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)


def _route_of(item: object) -> AppealRoute | None:
    """The §'s route: the secretary's override, else what the decision's nature and the body imply."""
    override = getattr(item, "appeal_route_override", None)
    if override is not None:
        return AppealRoute(override)
    nature = getattr(item, "decision_nature", None)
    if nature == DecisionNature.PREPARES:
        return AppealRoute.PROHIBITION
    if nature == DecisionNature.PROCUREMENT:
        return AppealRoute.PROCUREMENT
    if nature == DecisionNature.SPECIAL_ACT:
        return AppealRoute.ADMINISTRATIVE_APPEAL
    if nature == DecisionNature.SPECIAL_ACT_RECTIFICATION:
        return AppealRoute.SPECIAL_RECTIFICATION
    body = item.meeting.body  # type: ignore[attr-defined]
    return AppealRoute.MUNICIPAL_APPEAL if body.kind.value == "valtuusto" else AppealRoute.RECTIFICATION


def gather_details(database: Database, item_id: int, *, today: dt.date | None = None) -> Details:
    today = today or dt.date.today()
    details = Details()
    with database.begin() as session:
        item = get_item(session, item_id)
        meeting = item.meeting
        details.meeting.append(f"{meeting.body.name}, kokous {meeting.number}/{meeting.year}, {fi_date(meeting.date)}")
        if meeting.place:
            details.meeting.append(meeting.place)
        if meeting.checked_date:
            details.meeting.append(f"Pöytäkirja tarkastettu {fi_date(meeting.checked_date)}")
        if meeting.published_date:
            details.meeting.append(f"Julkaistu yleisessä tietoverkossa {fi_date(meeting.published_date)}")
        route = _route_of(item)
        if route is not None:
            details.route.append(ROUTE_LABELS[route])
            days = period_days(route)
            if days and meeting.published_date:
                deadline = compute_deadline(meeting.published_date, days)
                details.route.append(
                    f"Kunnan jäsenet: tiedoksi {fi_date(deadline.notified)}, määräaika päättyy "
                    f"{fi_date(deadline.last_day)}" + (" (päättynyt)" if deadline.last_day < today else "")
                )
            if days:
                for recipient in item.recipients:
                    if recipient.sent_date is None:
                        continue
                    deadline = compute_deadline(recipient.sent_date, days, recipient.delivery_method)
                    details.route.append(
                        f"{recipient.name}: tiedoksi {fi_date(deadline.notified)}, määräaika päättyy "
                        f"{fi_date(deadline.last_day)}"
                    )
            elif days is None:
                details.route.append("Päätöksestä ei voi hakea muutosta; ei määräaikaa.")
        if item.agreement_id is not None:
            view = load_agreement(session, item.agreement_id, on=today)
            details.agreement.append(view.title)
            details.agreement.append(view.status_text)
            for party in view.parties:
                details.agreement.append(f"{party.name}: {party.state_label}")
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "item", AuditEntry.entity_id == item_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(30)
        ).all()
        for entry in entries:
            # Derived columns (parsed diary number parts, template key) are not news to the secretary.
            fields = [FIELD_LABELS[f] for f in entry.details.get("fields") or [] if f in FIELD_LABELS]
            what = ACTION_LABELS.get(entry.action, entry.action)
            if fields:
                what += ": " + ", ".join(fields)
            details.history.append(f"{entry.at:%d.%m.%Y %H.%M} {entry.username} — {what}")
    return details


class DetailsPanel(QWidget):
    """Shows ``gather_details`` for the current item."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        self.browser = QTextBrowser()
        self.browser.setObjectName("details")
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser)
        self.show_item(None)

    def show_item(self, item_id: int | None) -> None:
        if item_id is None:
            nothing = self.tr("Ei valittua asiaa.")
            self.browser.setHtml(f"<p><i>{escape(nothing)}</i></p>")
            return
        details = gather_details(self._database, item_id)
        sections = (
            (self.tr("Kokous"), details.meeting),
            (self.tr("Muutoksenhaku ja määräajat"), details.route),
            (self.tr("Sopimus"), details.agreement),
            (self.tr("Muutoshistoria"), details.history),
        )
        parts = []
        for title, lines in sections:
            if not lines:
                continue
            parts.append(f"<h4>{escape(title)}</h4>")
            parts.append("<br/>".join(escape(line) for line in lines))
        self.browser.setHtml("".join(parts))

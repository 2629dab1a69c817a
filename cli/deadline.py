"""Command ``deadline``: the notification date, the last day of the appeal period and the final date, headless."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn

from db.enums import AppealRoute, DeliveryMethod, OrganisationKind

if TYPE_CHECKING:
    from core.deadlines import Deadline

REGIONAL_APPEAL = "aluevalitus"  # the wellbeing county's name for the council-level appeal
_ROUTES = [route.value for route in AppealRoute] + [REGIONAL_APPEAL]
_KINDS = {kind.value: kind for kind in OrganisationKind}
_MEMBERS = {
    OrganisationKind.MUNICIPALITY: "Kunnan jäsenet",
    OrganisationKind.JOINT_AUTHORITY: "Jäsenkunnat ja niiden jäsenet",
    OrganisationKind.REGIONAL_COUNCIL: "Jäsenkunnat ja niiden jäsenet",
    OrganisationKind.WELLBEING_COUNTY: "Hyvinvointialueen asukkaat",
}
_DELIVERIES = (
    ("letter", DeliveryMethod.LETTER, "kirjeen lähettämispäivä (tiedoksisaanti 7. päivänä)"),
    ("email", DeliveryMethod.ELECTRONIC, "sähköisen viestin lähettämispäivä (tiedoksisaanti 3. päivänä)"),
    ("registered", DeliveryMethod.REGISTERED, "saantitodistukseen merkitty vastaanottopäivä"),
)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "deadline",
        help="laske tiedoksisaantipäivä, muutoksenhakuajan viimeinen päivä ja lainvoimaisuus",
        description=(
            "Laskee kunnan jäsenten (tai kuntayhtymän jäsenkuntien, hyvinvointialueen asukkaiden) "
            "tiedoksisaantipäivän (pöytäkirja verkossa + 7 päivää), muutoksenhakuajan "
            "viimeisen päivän (laki 150/1930: lauantai, sunnuntai tai pyhä siirtää seuraavaan arkipäivään) ja "
            "päivän, josta päätös on lainvoimainen. Asianosaiselle anna lähetys- tai vastaanottopäivä."
        ),
    )
    parser.add_argument(
        "--published", metavar="VVVV-KK-PP", help="päivä, jona pöytäkirja julkaistiin yleisessä tietoverkossa"
    )
    parser.add_argument(
        "--route",
        default=AppealRoute.RECTIFICATION.value,
        metavar="TAPA",
        help=f"muutoksenhakutapa: {', '.join(_ROUTES)} (oletus: oikaisuvaatimus)",
    )
    parser.add_argument(
        "--organisation-kind",
        default=OrganisationKind.MUNICIPALITY.value,
        metavar="LAJI",
        help=f"organisaation laji: {', '.join(_KINDS)} (oletus: kunta)",
    )
    for name, _method, text in _DELIVERIES:
        parser.add_argument(f"--{name}", metavar="VVVV-KK-PP", help=f"asianosaiselle (vain yksi näistä): {text}")
    parser.add_argument("--json", action="store_true", help="tulosta JSON-muodossa")
    parser.set_defaults(func=run)

    def finnish_error(message: str) -> NoReturn:
        parser.print_usage(sys.stderr)
        print(f"Virhe: {message}", file=sys.stderr)
        raise SystemExit(2)

    parser.error = finnish_error  # type: ignore[method-assign]


def _date(text: str | None, option: str) -> dt.date:
    from db.errors import ValidationError

    if not text:
        raise ValidationError(f"Anna päivämäärä: {option} VVVV-KK-PP.")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(
            f"{option}: {text!r} ei ole olemassa oleva päivämäärä muodossa VVVV-KK-PP (esim. 2025-03-10)."
        ) from exc


def _route(text: str, kind: OrganisationKind) -> AppealRoute:
    from core.appeal import PERIOD_DAYS
    from db.errors import ValidationError

    wellbeing = kind == OrganisationKind.WELLBEING_COUNTY
    if text == REGIONAL_APPEAL:
        if not wellbeing:
            raise ValidationError(
                f"Aluevalitus on vain hyvinvointialueen muutoksenhakutapa; organisaation laji on {kind.value}. "
                "Käytä kunnallisvalitusta tai anna --organisation-kind hyvinvointialue."
            )
        return AppealRoute.MUNICIPAL_APPEAL
    if text == AppealRoute.MUNICIPAL_APPEAL.value and wellbeing:
        raise ValidationError(
            "Hyvinvointialueella ei ole kunnallisvalitusta; sen valtuuston päätöksiin haetaan "
            "muutosta aluevalituksella (--route aluevalitus)."
        )
    try:
        route = AppealRoute(text)
    except ValueError as exc:
        raise ValidationError(f"Tuntematon muutoksenhakutapa {text!r}; vaihtoehdot: {', '.join(_ROUTES)}.") from exc
    if PERIOD_DAYS[route] is None:
        raise ValidationError(
            "Muutoksenhakukiellon alaisesta päätöksestä ei saa hakea muutosta, joten muutoksenhakuaikaa ei ole."
        )
    return route


def _as_json(deadline: Deadline) -> dict[str, Any]:
    return {
        "start": deadline.start.isoformat(),
        "method": deadline.method.value if deadline.method else None,
        "notified": deadline.notified.isoformat(),
        "last_day": deadline.last_day.isoformat(),
        "moved_because": deadline.moved_because,
        "final": deadline.final.isoformat(),
    }


def run(args: argparse.Namespace) -> int:
    from core.appeal import PERIOD_DAYS, route_label
    from core.deadlines import compute_deadline, weekday_date
    from db.errors import ValidationError

    kind_text = args.organisation_kind
    if kind_text not in _KINDS:
        raise ValidationError(f"Tuntematon organisaation laji {kind_text!r}; vaihtoehdot: {', '.join(_KINDS)}.")
    kind = _KINDS[kind_text]
    route = _route(args.route, kind)
    days = PERIOD_DAYS[route]
    assert days is not None  # _route refuses the prohibition
    published = _date(args.published, "--published")
    members = compute_deadline(published, days, kind=kind)
    given = [(name, method) for name, method, _text in _DELIVERIES if getattr(args, name) is not None]
    if len(given) > 1:
        raise ValidationError("Anna asianosaiselle vain yksi päivä: --letter, --email tai --registered.")
    party: Deadline | None = None
    for name, method in given:
        party = compute_deadline(_date(getattr(args, name), f"--{name}"), days, method)
    chosen = party or members
    final = max(members.last_day, party.last_day if party else members.last_day) + dt.timedelta(days=1)
    label = route_label(route, kind)
    explanation = members.explanation() + (f"\nAsianosainen: {party.explanation()}" if party else "")
    if args.json:
        result = {
            "route": route.value,
            "route_label": label,
            "period_days": days,
            "published": published.isoformat(),
            "notified": chosen.notified.isoformat(),
            "last_day": chosen.last_day.isoformat(),
            "final": final.isoformat(),
            "personal_data_removal": members.final.isoformat(),
            "members": _as_json(members),
            "party": _as_json(party) if party else None,
            "explanation": explanation,
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"Muutoksenhakutapa: {label} ({days} päivää)",
        f"Pöytäkirja julkaistu verkossa: {weekday_date(published)}",
        f"{_MEMBERS[kind]}: tiedoksisaanti {weekday_date(members.notified)}, "
        f"viimeinen päivä {weekday_date(members.last_day)}",
    ]
    if party is not None:
        lines.append(
            f"Asianosainen: tiedoksisaanti {weekday_date(party.notified)}, "
            f"viimeinen päivä {weekday_date(party.last_day)}"
        )
    lines += [
        f"Lainvoimainen, jos muutosta ei haeta: {weekday_date(final)}",
        f"Henkilötiedot pois verkosta: {weekday_date(members.final)}",
        "",
        explanation,
    ]
    print("\n".join(lines))
    return 0

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
    (
        "email",
        DeliveryMethod.ELECTRONIC,
        "sähköisen viestin lähettämispäivä (tiedoksisaanti 3. päivänä, hankinnassa lähettämispäivänä)",
    ),
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
            "päivän, josta päätös on lainvoimainen. Asianosaiselle anna lähetys- tai vastaanottopäivä. "
            "Hankintaoikaisussa, hallintovalituksessa ja erityislain oikaisuvaatimuksessa vain asianosaisella "
            "on määräaika: anna sen päivä (julkaisupäivä antaa vain henkilötietojen poistopäivän)."
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
    from core.deadlines import compute_deadline, members_have_standing, weekday_date
    from db.errors import ValidationError

    kind_text = args.organisation_kind
    if kind_text not in _KINDS:
        raise ValidationError(f"Tuntematon organisaation laji {kind_text!r}; vaihtoehdot: {', '.join(_KINDS)}.")
    kind = _KINDS[kind_text]
    route = _route(args.route, kind)
    days = PERIOD_DAYS[route]
    assert days is not None  # _route refuses the prohibition
    standing = members_have_standing(route)
    given = [(name, method) for name, method, _text in _DELIVERIES if getattr(args, name) is not None]
    if len(given) > 1:
        raise ValidationError("Anna asianosaiselle vain yksi päivä: --letter, --email tai --registered.")
    label = route_label(route, kind)
    if not standing and not given:
        raise ValidationError(
            f"{label}: muutosta voivat hakea vain asianosaiset, joten määräaika lasketaan asianosaisen "
            "tiedoksisaannista; anna --letter, --email tai --registered."
        )
    published = _date(args.published, "--published") if standing or args.published else None
    # The period from publication: the members' own (KuntaL 137 §), or under the other routes only the day
    # personal data comes off the published minutes (as core.deadlines.online_schedule counts it).
    online = compute_deadline(published, days, kind=kind) if published is not None else None
    members = online if standing else None
    party: Deadline | None = None
    for name, method in given:
        party = compute_deadline(_date(getattr(args, name), f"--{name}"), days, method, route=route)
    chosen = party or members
    assert chosen is not None  # members without a party, a party without members
    final = max(d.last_day for d in (members, party) if d is not None) + dt.timedelta(days=1)
    parts = []
    if members is not None:
        parts.append(members.explanation(finality=party is None))
    else:
        parts.append(
            f"{label}: muutosta voivat hakea vain asianosaiset; määräaika lasketaan asianosaisen "
            "tiedoksisaannista, ei pöytäkirjan julkaisusta."
        )
    if party is not None:
        parts.append(f"Asianosainen: {party.explanation(finality=members is None)}")
    if party is not None and members is not None:
        parts.append(
            f"Jos muutosta ei haeta, päätös on lainvoimainen, kun kaikkien määräajat ovat päättyneet: "
            f"{weekday_date(final)} alkaen."
        )
    explanation = "\n".join(parts)
    if args.json:
        result = {
            "route": route.value,
            "route_label": label,
            "period_days": days,
            "published": published.isoformat() if published else None,
            "notified": chosen.notified.isoformat(),
            "last_day": chosen.last_day.isoformat(),
            "final": final.isoformat(),
            "personal_data_removal": online.final.isoformat() if online else None,
            "members": _as_json(members) if members else None,
            "party": _as_json(party) if party else None,
            "explanation": explanation,
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    lines = [f"Muutoksenhakutapa: {label} ({days} päivää)"]
    if published is not None:
        lines.append(f"Pöytäkirja julkaistu verkossa: {weekday_date(published)}")
    if members is not None:
        lines.append(
            f"{_MEMBERS[kind]}: tiedoksisaanti {weekday_date(members.notified)}, "
            f"viimeinen päivä {weekday_date(members.last_day)}"
        )
    else:
        lines.append(f"{_MEMBERS[kind]}: ei muutoksenhakuoikeutta tässä muutoksenhakutavassa")
    if party is not None:
        lines.append(
            f"Asianosainen: tiedoksisaanti {weekday_date(party.notified)}, "
            f"viimeinen päivä {weekday_date(party.last_day)}"
        )
    lines.append(f"Lainvoimainen, jos muutosta ei haeta: {weekday_date(final)}")
    if online is not None:
        lines.append(f"Henkilötiedot pois verkosta: {weekday_date(online.final)}")
    lines += ["", explanation]
    print("\n".join(lines))
    return 0

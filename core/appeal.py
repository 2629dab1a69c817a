"""Appeal routes (muutoksenhakutapa) of each §, the secretary's override, and the appeal instruction texts.

The engine decides each §'s route from the organisation's kind, the body's kind, the item's kind and outcome
and the nature of its decision; the secretary may override it with a reason, and the engine's own choice and
reason are always kept next to the override. The instruction texts are data (``resources/appeal/fi.toml``,
``sv.toml``): Jinja2 templates filled from the organisation's registry details and the administrative court.

The administrative court comes from the database setting ``appeal/administrative_court`` (for one
organisation: ``appeal/administrative_court/<organisation id>``): a court key of ``resources/appeal/courts.toml``
such as ``"hameenlinna"``, or an object ``{"name", "name_sv", "postal_address", "postal_address_sv", "email"}``.
Swedish registry details of a bilingual organisation come from ``appeal/registry_sv/<organisation id>``:
``{"postal_address", "visiting_address", "registry_hours"}`` (each optional; the Finnish field is the fallback).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from sqlalchemy import event
from sqlalchemy.orm import Session, object_session

from db.enums import AppealRoute, BodyKind, DecisionNature, ItemKind, OrganisationKind, Outcome
from db.errors import ValidationError, msg, msg_template
from db.models import Body, Item, Meeting, Organisation, Setting

LANGUAGES = ("fi", "sv")
COURT_SETTING = "appeal/administrative_court"
REGISTRY_SV_SETTING = "appeal/registry_sv"  # + "/<organisation id>": Swedish postal address, hours ...

# Days of the period per route (KuntaL 138 §, hankintalaki 1397/2016, HL 49 c §, HOL 808/2019 13 §).
PERIOD_DAYS: dict[AppealRoute, int | None] = {
    AppealRoute.RECTIFICATION: 14,
    AppealRoute.MUNICIPAL_APPEAL: 30,
    AppealRoute.PROHIBITION: None,
    AppealRoute.PROCUREMENT: 14,
    AppealRoute.ADMINISTRATIVE_APPEAL: 30,
    AppealRoute.SPECIAL_RECTIFICATION: 30,
}

# Order of the routes in the minutes' appeal attachment.
ATTACHMENT_ORDER: tuple[AppealRoute, ...] = (
    AppealRoute.PROHIBITION,
    AppealRoute.RECTIFICATION,
    AppealRoute.SPECIAL_RECTIFICATION,
    AppealRoute.MUNICIPAL_APPEAL,
    AppealRoute.ADMINISTRATIVE_APPEAL,
    AppealRoute.PROCUREMENT,
)

# Standard items of a meeting: their decisions only concern the meeting itself (preparation), never a matter.
PROCEDURAL_KINDS: dict[ItemKind, str] = {
    ItemKind.OPENING: msg_template("kokouksen avaus"),
    ItemKind.LEGALITY: msg_template("kokouksen laillisuus ja päätösvaltaisuus"),
    ItemKind.CHECKERS: msg_template("pöytäkirjantarkastajien valinta"),
    ItemKind.AGENDA_APPROVAL: msg_template("työjärjestyksen hyväksyminen"),
    ItemKind.INFORMATION: msg_template("ilmoitusasiat"),
    ItemKind.CLOSING: msg_template("kokouksen päättäminen"),
}
# Outcomes that leave the matter undecided: returning it, tabling it, removing it, only noting it.
PREPARATORY_OUTCOMES: dict[Outcome, str] = {
    Outcome.RETURNED: msg_template("Asia palautettiin valmisteluun"),
    Outcome.TABLED: msg_template("Asia pantiin pöydälle"),
    Outcome.REMOVED: msg_template("Asia poistettiin esityslistalta"),
    Outcome.NOTED: msg_template("Asia merkittiin tiedoksi"),
}
_BODY_KIND_TEXT = {
    BodyKind.COUNCIL: msg_template("valtuusto"),
    BodyKind.EXECUTIVE: msg_template("hallitus"),
    BodyKind.COMMITTEE: msg_template("lautakunta"),
    BodyKind.DIVISION: msg_template("jaosto"),
    BodyKind.OFFICE_HOLDER: msg_template("viranhaltija"),
}


@dataclass(frozen=True)
class RouteDecision:
    """The appeal route of one §.

    Attributes:
        route: the route in force (the override when there is one).
        reason: Finnish: why (the engine's reason, or the secretary's override reason).
        overridden: True when the secretary chose the route.
        engine_route, engine_reason: what the engine chose and why, shown next to an override.
        period_days: 14, 30 or None (prohibition).
        authority: to whom (e.g. "Maakuntahallitus", "Hämeenlinnan hallinto-oikeus"); "" for the prohibition.
        law: the provision the route rests on, short form (e.g. "KuntaL 134 §").
        problem: Finnish: what is missing before an instruction can be printed ("" when nothing is).
        engine_law: the provision of the engine's route (equal to ``law`` without an override).
    """

    route: AppealRoute
    reason: str
    overridden: bool
    engine_route: AppealRoute
    engine_reason: str
    period_days: int | None
    authority: str
    law: str = ""
    problem: str = ""
    engine_law: str = ""


@dataclass(frozen=True)
class InstructionText:
    """An appeal instruction ready to print.

    Attributes:
        route: the route it explains.
        title: e.g. "OIKAISUVAATIMUSOHJE" / "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING".
        sections: the §§ it applies to.
        paragraphs: (heading, text) pairs; heading may be "", text keeps single line breaks.
    """

    route: AppealRoute
    title: str
    sections: tuple[int, ...]
    paragraphs: tuple[tuple[str, str], ...]


# --- data ---------------------------------------------------------------------------------------------------


@cache
def _texts(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise ValidationError(msg("Muutoksenhakuohjeen kieli voi olla fi tai sv, ei {language!r}.", language=language))
    data = resources.files("resources.appeal").joinpath(f"{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def courts() -> dict[str, Any]:
    """The courts of ``resources/appeal/courts.toml``: ``administrative`` by key, and ``market``."""
    data = resources.files("resources.appeal").joinpath("courts.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )


@cache
def _compiled(template: str) -> jinja2.Template:
    # Compiling is most of the cost of a short text; the texts are data that do not change while running.
    return _environment().from_string(template)


def _render(template: str, context: dict[str, Any]) -> str:
    try:
        text = _compiled(template).render(context)
    except jinja2.UndefinedError as exc:  # a typo in the data must fail loudly, never print a blank
        raise ValidationError(
            msg("Muutoksenhakuohjeen tekstissä on tuntematon kenttä: {exc}.", exc=exc.message), detail=template
        ) from exc
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def family_of(kind: OrganisationKind) -> str:
    """Which wording and law references an organisation uses: municipality, joint or wellbeing."""
    if kind.is_joint_authority:
        return "joint"
    if kind == OrganisationKind.WELLBEING_COUNTY:
        return "wellbeing"
    return "municipality"


def route_label(
    route: AppealRoute, kind: OrganisationKind = OrganisationKind.MUNICIPALITY, language: str = "fi"
) -> str:
    """The route's name for a list or a combo box, e.g. "Oikaisuvaatimus", "Aluevalitus", "Kommunalbesvär"."""
    texts = _texts(language)
    return _render(texts["routes"][route.value]["label"], {"f": texts["families"][family_of(kind)]})


def route_choices(
    kind: OrganisationKind = OrganisationKind.MUNICIPALITY, language: str = "fi"
) -> list[tuple[AppealRoute, str]]:
    """Every route with its name for the organisation kind, in attachment order (for the override combo box)."""
    return [(route, route_label(route, kind, language)) for route in ATTACHMENT_ORDER]


def _short_law(kind: OrganisationKind, key: str) -> str:
    return str(_texts("fi")["families"][family_of(kind)]["short"][key])


# The provisions of resources/appeal/fi.toml's "short" tables as messages, so that a reason names them in the
# window's language ("KommunL 134 §"); a provision not listed here (an edited file) is named as written.
_SHORT_LAW_TEMPLATES = {
    "KuntaL 134 §": msg_template("KuntaL 134 §"),
    "KuntaL 135 §": msg_template("KuntaL 135 §"),
    "KuntaL 136 §": msg_template("KuntaL 136 §"),
    "laki hyvinvointialueesta 139 §": msg_template("laki hyvinvointialueesta 139 §"),
    "laki hyvinvointialueesta 140 §": msg_template("laki hyvinvointialueesta 140 §"),
    "laki hyvinvointialueesta 141 §": msg_template("laki hyvinvointialueesta 141 §"),
}


def _reason_law(kind: OrganisationKind, key: str) -> str:
    """The short provision for a reason: a message (translated in the window) where the text is a known one."""
    text = _short_law(kind, key)
    template = _SHORT_LAW_TEMPLATES.get(text)
    return msg(template) if template is not None else text


# --- the administrative court -------------------------------------------------------------------------------


_SETTINGS = "core.appeal.settings"


def _setting(session: Session, key: str) -> Setting | None:
    """A setting, read once per session (found or missing).

    A year's minutes asks for the court of every item. The session's identity map holds objects only
    weakly, and the usual per-organisation setting is not there at all, so without this each ask would be
    a query. A setting added but not yet flushed is found among the session's new objects; flushing any
    setting forgets what was remembered (``_forget_settings``).
    """
    cache: dict[str, Setting | None] = session.info.setdefault(_SETTINGS, {})
    if key not in cache:
        cache[key] = session.get(Setting, key)
    setting = cache[key]
    if setting is None and session.new:
        return next((o for o in session.new if isinstance(o, Setting) and o.key == key), None)
    return setting


@event.listens_for(Session, "before_flush")
def _forget_settings(session: Session, _context: object, _instances: object) -> None:
    if _SETTINGS in session.info and any(
        isinstance(o, Setting) for o in (*session.new, *session.dirty, *session.deleted)
    ):
        del session.info[_SETTINGS]


def administrative_court(session: Session, organisation: Organisation) -> dict[str, str] | None:
    """The organisation's administrative court from the settings, or None when none is set."""
    setting = _setting(session, f"{COURT_SETTING}/{organisation.id}") or _setting(session, COURT_SETTING)
    if setting is None:
        return None
    value = setting.value
    if isinstance(value, str):
        known = courts()["administrative"]
        if value not in known:
            raise ValidationError(
                msg(
                    "Asetuksen {key} hallinto-oikeus {value!r} on tuntematon; vaihtoehdot: {known}.",
                    key=setting.key,
                    value=value,
                    known=", ".join(sorted(known)),
                )
            )
        value = known[value]
    if not isinstance(value, dict) or not all(value.get(k) for k in ("name", "postal_address", "email")):
        raise ValidationError(
            msg("Asetuksen {key} hallinto-oikeudesta puuttuu nimi, postiosoite tai sähköposti.", key=setting.key)
        )
    return {str(k): str(v) for k, v in value.items()}


def set_administrative_court(
    session: Session, court: str | dict[str, str], *, organisation_id: int | None = None
) -> None:
    """Set the administrative court (a key of courts.toml or a full object), database-wide or per organisation."""
    if isinstance(court, str) and court not in courts()["administrative"]:
        raise ValidationError(
            msg(
                "Tuntematon hallinto-oikeus {court!r}; vaihtoehdot: {administrative}.",
                court=court,
                administrative=", ".join(sorted(courts()["administrative"])),
            )
        )
    key = COURT_SETTING if organisation_id is None else f"{COURT_SETTING}/{organisation_id}"
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=court))
    else:
        setting.value = court
    session.flush()


# --- the route engine ---------------------------------------------------------------------------------------


def _engine(item: Item) -> tuple[AppealRoute, str]:
    """The engine's route and its Finnish reason (a ``msg``: the window shows it translated)."""
    body = item.meeting.body
    kind = body.organisation.kind
    prohibition = _reason_law(kind, "prohibition")
    if item.kind in PROCEDURAL_KINDS:
        return AppealRoute.PROHIBITION, msg(
            "Kokouksen menettelyä koskeva asia ({what}); päätös koskee vain asian valmistelua, muutoksenhakukielto "
            "({law}).",
            what=msg(PROCEDURAL_KINDS[item.kind]),
            law=prohibition,
        )
    if item.outcome in PREPARATORY_OUTCOMES:
        return AppealRoute.PROHIBITION, msg(
            "{outcome}; päätös koskee vain asian valmistelua, muutoksenhakukielto ({law}).",
            outcome=msg(PREPARATORY_OUTCOMES[item.outcome]),
            law=prohibition,
        )
    if item.decision_nature == DecisionNature.PREPARES:
        return AppealRoute.PROHIBITION, msg(
            "Päätös koskee vain asian valmistelua tai täytäntöönpanoa (esim. esitys ylemmälle toimielimelle); "
            "muutoksenhakukielto ({law}).",
            law=prohibition,
        )
    if item.kind == ItemKind.OTHER_MATTERS and item.outcome is None:
        return AppealRoute.PROHIBITION, msg(
            "Muut asiat ilman kirjattua päätöstä; muutoksenhakukielto ({law}). Jos kokous päätti asiasta, kirjaa "
            "päätös tai valitse muutoksenhakutapa itse.",
            law=prohibition,
        )
    if item.decision_nature == DecisionNature.PROCUREMENT:
        return AppealRoute.PROCUREMENT, msg(
            "Hankintapäätös: hankintaoikaisu hankintayksikölle ja valitus markkinaoikeuteen (laki julkisista "
            "hankinnoista ja käyttöoikeussopimuksista 1397/2016)."
        )
    if item.decision_nature == DecisionNature.SPECIAL_ACT:
        return AppealRoute.ADMINISTRATIVE_APPEAL, msg(
            "Päätös on tehty erityislain nojalla: hallintovalitus hallinto-oikeuteen (laki oikeudenkäynnistä "
            "hallintoasioissa 808/2019)."
        )
    if item.decision_nature == DecisionNature.SPECIAL_ACT_RECTIFICATION:
        return AppealRoute.SPECIAL_RECTIFICATION, msg(
            "Erityislaissa säädetty oikaisuvaatimus hallintolain mukaan (HL 49 c §)."
        )
    if item.kind == ItemKind.STATEMENT:
        return AppealRoute.PROHIBITION, msg(
            "Lausunto toisen viranomaisen asiaan on asian valmistelua; muutoksenhakukielto ({law}).", law=prohibition
        )
    joint = msg(" Myös jäsenkunnat ja niiden jäsenet voivat hakea muutosta (KuntaL 137 § 2 mom.).")
    joint_note = joint if kind.is_joint_authority else ""
    if body.kind == BodyKind.COUNCIL:
        name = msg("aluevalitus") if kind == OrganisationKind.WELLBEING_COUNTY else msg("kunnallisvalitus")
        return AppealRoute.MUNICIPAL_APPEAL, msg(
            "{body} on valtuusto: {name} hallinto-oikeuteen ({law}).{joint}",
            body=body.name,
            name=name,
            law=_reason_law(kind, "appeal"),
            joint=joint_note,
        )
    rectification = _reason_law(kind, "rectification")
    if body.kind in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER):
        above = body.parent.name if body.parent is not None else msg("ylempi toimielin")
        return AppealRoute.RECTIFICATION, msg(
            "{body} on {kind}: oikaisuvaatimus toimielimelle {above} ({law}).{joint}",
            body=body.name,
            kind=msg(_BODY_KIND_TEXT[body.kind]),
            above=above,
            law=rectification,
            joint=joint_note,
        )
    return AppealRoute.RECTIFICATION, msg(
        "{body} on {kind}: oikaisuvaatimus samalle toimielimelle ({law}).{joint}",
        body=body.name,
        kind=msg(_BODY_KIND_TEXT[body.kind]),
        law=rectification,
        joint=joint_note,
    )


def _law_for(route: AppealRoute, kind: OrganisationKind) -> str:
    if route == AppealRoute.RECTIFICATION:
        return _short_law(kind, "rectification")
    if route == AppealRoute.MUNICIPAL_APPEAL:
        return _short_law(kind, "appeal")
    if route == AppealRoute.PROHIBITION:
        return _short_law(kind, "prohibition")
    if route == AppealRoute.PROCUREMENT:
        return "hankintalaki 1397/2016"
    if route == AppealRoute.ADMINISTRATIVE_APPEAL:
        return "HOL 808/2019"
    return "HL 49 c §"


def _rectification_body(body: Body) -> Body | None:
    """The body a rectification request goes to: the body itself, or the body above a division or office-holder."""
    if body.kind in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER):
        return body.parent
    return body


def _authority(item: Item, route: AppealRoute, language: str = "fi") -> tuple[str, str]:
    """(authority name, problem) for ``route`` of ``item``."""
    body = item.meeting.body
    sv = language == "sv"
    if route == AppealRoute.PROHIBITION:
        return "", ""
    if route in (AppealRoute.MUNICIPAL_APPEAL, AppealRoute.ADMINISTRATIVE_APPEAL):
        session = object_session(item)
        court = administrative_court(session, body.organisation) if session is not None else None
        if court is None:
            return "hallinto-oikeus", (
                msg(
                    "Hallinto-oikeutta ei ole asetettu: valitse se asetukseen {court_setting} (esim. hameenlinna); "
                    "katso docs/muutoksenhaku.md.",
                    court_setting=COURT_SETTING
                )
            )
        return (court.get("name_sv") or court["name"]) if sv else court["name"], ""
    if route == AppealRoute.PROCUREMENT:
        market = courts()["market"]
        unit = body.parent if body.kind == BodyKind.OFFICE_HOLDER and body.parent else body
        own = (unit.name_sv or unit.name) if sv else unit.name
        return f"{own} / {market['name_sv'] if sv else market['name']}", ""
    target: Body | None = _rectification_body(body) if route == AppealRoute.RECTIFICATION else body
    if target is None:
        return "", (
            msg(
                "Toimielimelle {body} ei ole merkitty ylempää toimielintä, jolle oikaisuvaatimus tehdään; merkitse "
                "se toimielimen tietoihin.",
                body=body.name
            )
        )
    return (target.name_sv or target.name) if sv else target.name, ""


def authority_name(item: Item, route: AppealRoute, language: str = "fi") -> str:
    """To whom a request or an appeal under ``route`` goes, named in ``language`` (the Swedish names of the body and
    the court where given): ``RouteDecision.authority`` in Swedish for a Swedish window."""
    return _authority(item, route, language)[0]


def route_for_item(item: Item) -> RouteDecision:
    """The appeal route of ``item`` (its meeting, body and organisation must be reachable in its session).

    Raises ValidationError when the secretary's override lacks a reason.
    """
    engine_route, engine_reason = _engine(item)
    route, reason, overridden = engine_route, engine_reason, False
    if item.appeal_route_override is not None:
        override_reason = (item.appeal_route_reason or "").strip()
        if not override_reason:
            raise ValidationError(
                msg(
                    "Pykälän {section_label} muutoksenhakutapa on valittu käsin ilman perustelua; kirjoita "
                    "perustelu tai palauta koneen ehdotus.",
                    section_label=item.section_label,
                )
            )
        route, reason, overridden = item.appeal_route_override, override_reason, True
    kind = item.meeting.body.organisation.kind
    authority, problem = _authority(item, route)
    return RouteDecision(
        route=route,
        reason=reason,
        overridden=overridden,
        engine_route=engine_route,
        engine_reason=engine_reason,
        period_days=PERIOD_DAYS[route],
        authority=authority,
        law=_law_for(route, kind),
        problem=problem,
        engine_law=_law_for(engine_route, kind),
    )


def set_route_override(item: Item, route: AppealRoute | None, reason: str = "") -> RouteDecision:
    """The secretary's choice of route for ``item`` (None returns to the engine's choice); a reason is required.

    The caller's session commits; checked minutes refuse the change (``db.rules``).
    """
    if route is None:
        item.appeal_route_override = None
        item.appeal_route_reason = ""
    else:
        if not reason.strip():
            raise ValidationError(msg("Kirjoita perustelu, miksi muutoksenhakutapa poikkeaa koneen ehdotuksesta."))
        item.appeal_route_override = route
        item.appeal_route_reason = reason.strip()
    session = object_session(item)
    if session is not None:
        session.flush()
    return route_for_item(item)


# --- instruction texts --------------------------------------------------------------------------------------


def swedish_details(organisation: Organisation) -> dict[str, str]:
    """A bilingual organisation's Swedish registry details and certification place (``REGISTRY_SV_SETTING``:
    ``postal_address``, ``visiting_address``, ``registry_hours``, ``certification_place``), those given only.

    The Organisation has no Swedish columns for these; Swedish documents fall back to the Finnish fields."""
    session = object_session(organisation)
    if session is None:
        return {}
    setting = session.get(Setting, f"{REGISTRY_SV_SETTING}/{organisation.id}")
    if setting is None or not isinstance(setting.value, dict):
        return {}
    return {str(k): str(v).strip() for k, v in setting.value.items() if v and str(v).strip()}


def _organisation_context(organisation: Organisation, language: str) -> dict[str, str]:
    name = organisation.name_sv or organisation.name if language == "sv" else organisation.name
    context = {
        "name": name,
        "postal_address": organisation.postal_address.strip(),
        "visiting_address": organisation.visiting_address.strip(),
        "registry_email": organisation.registry_email.strip(),
        "registry_hours": organisation.registry_hours.strip(),
    }
    if language == "sv":
        context.update({k: v for k, v in swedish_details(organisation).items() if k in context})
    return context


def _court_context(court: dict[str, str], language: str) -> dict[str, str]:
    sv = language == "sv"
    return {
        "name": (court.get("name_sv") or court["name"]) if sv else court["name"],
        "postal_address": (court.get("postal_address_sv") or court["postal_address"])
        if sv
        else court["postal_address"],
        "email": court["email"],
    }


def _instruction(item: Item, decision: RouteDecision, sections: tuple[int, ...], language: str) -> InstructionText:
    texts = _texts(language)
    organisation = item.meeting.body.organisation
    route = decision.route
    if decision.problem:
        raise ValidationError(decision.problem)
    needs_registry = route in (AppealRoute.RECTIFICATION, AppealRoute.SPECIAL_RECTIFICATION, AppealRoute.PROCUREMENT)
    if needs_registry and not organisation.postal_address.strip():
        raise ValidationError(
            msg(
                "Organisaation {organisation} postiosoite puuttuu; muutoksenhakuohje tarvitsee sen. Täydennä "
                "organisaation tiedot.",
                organisation=organisation.name,
            )
        )
    court: dict[str, str] | None = None
    if route in (AppealRoute.MUNICIPAL_APPEAL, AppealRoute.ADMINISTRATIVE_APPEAL):
        session = object_session(item)
        court = administrative_court(session, organisation) if session is not None else None
    authority, _problem = _authority(item, route, language)
    if route == AppealRoute.PROCUREMENT:
        authority = authority.split(" / ")[0]
    context: dict[str, Any] = {
        "org": _organisation_context(organisation, language),
        "f": texts["families"][family_of(organisation.kind)],
        "authority": authority,
        "court": _court_context(court, language) if court else {},
        "market": _court_context(courts()["market"], language),
        "period_days": decision.period_days,
    }
    context["snippets"] = {
        key: _render(value, context) for key, value in texts["snippets"].items() if key != "court" or court is not None
    }
    data = texts["routes"][route.value]
    paragraphs = tuple((_render(p["heading"], context), _render(p["text"], context)) for p in data["paragraphs"])
    return InstructionText(route=route, title=_render(data["title"], context), sections=sections, paragraphs=paragraphs)


def instruction_for_item(item: Item, *, language: str = "fi") -> InstructionText:
    """The appeal instruction of one § (for its excerpt), in Finnish or Swedish."""
    return _instruction(item, route_for_item(item), (item.section_number,), language)


def appeal_attachment(meeting: Meeting, *, language: str = "fi") -> list[InstructionText]:
    """The minutes' appeal attachment: one instruction per route used, each listing its §§ in order."""
    groups: dict[tuple[AppealRoute, str], tuple[Item, RouteDecision, list[int]]] = {}
    for item in sorted(meeting.items, key=lambda i: (i.section_number, i.position)):
        decision = route_for_item(item)
        key = (decision.route, decision.authority)
        if key in groups:
            groups[key][2].append(item.section_number)
        else:
            groups[key] = (item, decision, [item.section_number])
    ordered = sorted(groups.items(), key=lambda entry: (ATTACHMENT_ORDER.index(entry[0][0]), entry[1][2][0]))
    return [_instruction(first, decision, tuple(numbers), language) for (_key, (first, decision, numbers)) in ordered]

"""The fixed wording of printed documents in Finnish and Swedish (Finland-Swedish administrative terms)."""

from __future__ import annotations

import datetime as dt

from db.enums import AttendanceRole, MemberRole, Outcome, VoteChoice
from db.errors import ValidationError, msg

LANGUAGES = ("fi", "sv")

_FI: dict[str, str] = {
    "page": "Sivu {page} / {pages}",
    "draft": "LUONNOS",
    "excerpt": "PÖYTÄKIRJANOTE",
    "agenda": "ESITYSLISTA",
    "minutes": "PÖYTÄKIRJA",
    "decision_draft": "PÄÄTÖSEHDOTUSLUONNOS",
    "excerpt_title": "Pöytäkirjanote",
    "agenda_title": "Esityslista",
    "minutes_title": "Pöytäkirja",
    "draft_title": "Päätösehdotusluonnos",
    "meeting_no": "Kokous {number}/{year}",
    "dnro": "Dnro {value}",
    "time": "Aika",
    "place": "Paikka",
    "members": "Jäsenet",
    "deputies": "Varajäsenet",
    "present_members": "Saapuvilla olleet jäsenet",
    "others_present": "Muut saapuvilla olleet",
    "others": "Muut",
    "deputy_of": "{name} (varajäsen: {deputy})",
    "absent": "Poissa",
    "items_handled": "Käsitellyt asiat",
    "items": "Käsiteltävät asiat",
    "signatures": "Allekirjoitukset",
    "chair": "Puheenjohtaja",
    "secretary": "Pöytäkirjanpitäjä",
    "checking": "Pöytäkirjan tarkastus",
    "checked_note": "Pöytäkirja on tarkastettu.",
    "not_checked": "Pöytäkirjaa ei ole vielä tarkastettu.",
    "checker": "Pöytäkirjantarkastaja",
    "publication": "Pöytäkirjan nähtävänä pito",
    "published_note": "Pöytäkirja on asetettu nähtäväksi yleisessä tietoverkossa {date}.",
    "not_published": "Pöytäkirjaa ei ole vielä asetettu nähtäväksi.",
    "arrived": "saapui {section} §:n alussa",
    "arrived_time": "saapui klo {time}, {section} §:n alussa",
    "left": "poistui {section} §:n jälkeen",
    "left_time": "poistui klo {time}, {section} §:n jälkeen",
    "away": "poistui {left} §:n jälkeen{left_time} ja palasi {returned} §:n alussa{returned_time}",
    "deputy_for": "varajäsen ({name})",
    "acting_chair": "puheenjohtajana",
    "arrived_here": "{name} saapui kokoukseen{time} ennen tämän asian käsittelyä.",
    "left_here": "{name} poistui kokouksesta{time} tämän asian käsittelyn jälkeen.",
    "returned_here": "{name} palasi kokoukseen{time} ennen tämän asian käsittelyä.",
    "at_time": " klo {time}",
    "preparer": "Valmistelija",
    "presenter": "Esittelijä",
    "proposal": "Päätösehdotus",
    "background": "Selostus",
    "handling": "Käsittely",
    "decision": "Päätös",
    "attachments": "Liitteet",
    "recipients": "Tiedoksi / Otteet",
    "disqualifications": "Esteellisyys",
    "disqualified": "{name} ilmoitti olevansa esteellinen ({ground}).",
    "left_room": "{name} ei osallistunut asian käsittelyyn ja poistui kokoushuoneesta.",
    "stayed": "{name} ei osallistunut asian käsittelyyn.",
    "motions": "Ehdotukset",
    "motion": "{proposer} ehdotti{seconder}: {text}",
    "seconded": ", {name} kannatti",
    "withdrawn": "(ehdotus peruttiin)",
    "vote": "Äänestys",
    "vote_round": "Äänestys {round}",
    "yes_proposal": "JAA: {text}",
    "no_proposal": "EI: {text}",
    "presenters_proposal": "Esittelijän päätösehdotus",
    "vote_result": "Äänestyksen tulos",
    "vote_counts": "JAA {yes}, EI {no}, TYHJÄ {blank}, POISSA {absent}",
    "vote_tie_chair": "Äänet menivät tasan, ja puheenjohtajan kannattama ehdotus voitti.",
    "vote_tie_undecided": "Äänet menivät tasan, eikä puheenjohtajan ääni ratkaissut äänestystä.",
    "vote_declared": "Puheenjohtaja totesi {side}-ehdotuksen ({proposal}) tulleen hyväksytyksi.",
    "vote_side.jaa": "jaa",
    "vote_side.ei": "ei",
    "dissents": "Eriävä mielipide",
    "dissent": "{name} jätti eriävän mielipiteen.",
    "corrections": "Oikaisu",
    "correction": "OIKAISU {date} ({author}). Syy: {reason}",
    "correction_field": "Korjattu kohta: {field}",
    "correction_hidden": "OIKAISU {date} ({author}); sisältöä ei tulosteta julkiseen asiakirjaan.",
    "part_title": "Otsikko",
    "part_public_title": "Julkaistava otsikko",
    "in_swedish": "{part} (ruotsiksi)",
    "correction_old": "Aiempi teksti: {text}",
    "correction_new": "Oikaistu teksti: {text}",
    "appeal": "Muutoksenhaku",
    "appeal_attachment": "MUUTOKSENHAKUOHJEET",
    "appeal_sections": "Pykälät: {sections}",
    "certification_signature": "allekirjoitus",
    "secret": "Salassa pidettävä",
    "secret_note": "Asia on salassa pidettävä ({ground}); sisältöä ei tulosteta julkiseen asiakirjaan.",
    "personal_data_title": "Henkilötietoja sisältävä asia",
    "personal_data_removed": (
        "Pykälä sisältää henkilötietoja, jotka on poistettu yleisestä tietoverkosta muutoksenhakuajan päätyttyä "
        "(KuntaL 140 §). Pykälän voi pyytää nähtäväksi organisaation kirjaamosta."
    ),
    "partly_secret": "Asiakirja sisältää salassa pidettäviä tietoja ({ground}).",
    "secret_marking": "SALASSA PIDETTÄVÄ ({ground})",
    "secret_marking_no_ground": "SALASSA PIDETTÄVÄ",
    "classification": "Tehtäväluokka",
    "preparer_line": "{name}, {title}",
    "contact_phone": "puh. {phone}",
    "contact_email": "{email}",
    "draft_note": "Luonnos: pöytäkirjaa ei ole tarkastettu, joten päätös ei ole lopullinen.",
    "decision_draft_note": "Luonnos päätösehdotukseksi. Ei päätös.",
    "role.jasen": "jäsen",
    "role.varajasen": "varajäsen",
    "role.puheenjohtaja": "puheenjohtaja",
    "role.esittelija": "esittelijä",
    "role.poytakirjanpitaja": "pöytäkirjanpitäjä",
    "role.hallituksen_edustaja": "hallituksen edustaja",
    "role.asiantuntija": "asiantuntija",
    "role.muu": "",
    "member.puheenjohtaja": "puheenjohtaja",
    "member.varapuheenjohtaja": "varapuheenjohtaja",
    "member.jasen": "",
    "member.varajasen": "varajäsen",
    "vote.jaa": "Jaa",
    "vote.ei": "Ei",
    "vote.tyhja": "Tyhjä",
    "vote.poissa": "Poissa",
    "outcome.hyvaksytty": "Päätösehdotus hyväksyttiin.",
    "outcome.hylatty": "Päätösehdotus hylättiin.",
    "outcome.merkitty_tiedoksi": "Merkittiin tiedoksi.",
    "outcome.palautettu": "Asia palautettiin valmisteluun.",
    "outcome.poydatty": "Asia pöydättiin.",
    "outcome.poistettu": "Asia poistettiin esityslistalta.",
}

_SV: dict[str, str] = {
    "page": "Sida {page} / {pages}",
    "draft": "UTKAST",
    "excerpt": "PROTOKOLLSUTDRAG",
    "agenda": "FÖREDRAGNINGSLISTA",
    "minutes": "PROTOKOLL",
    "decision_draft": "UTKAST TILL BESLUTSFÖRSLAG",
    "excerpt_title": "Protokollsutdrag",
    "agenda_title": "Föredragningslista",
    "minutes_title": "Protokoll",
    "draft_title": "Utkast till beslutsförslag",
    "meeting_no": "Möte {number}/{year}",
    "dnro": "Dnr {value}",
    "time": "Tid",
    "place": "Plats",
    "members": "Ledamöter",
    "deputies": "Ersättare",
    "present_members": "Närvarande ledamöter",
    "others_present": "Övriga närvarande",
    "others": "Övriga",
    "deputy_of": "{name} (ersättare: {deputy})",
    "absent": "Frånvarande",
    "items_handled": "Behandlade ärenden",
    "items": "Ärenden",
    "signatures": "Underskrifter",
    "chair": "Ordförande",
    "secretary": "Protokollförare",
    "checking": "Protokolljustering",
    "checked_note": "Protokollet har justerats.",
    "not_checked": "Protokollet har ännu inte justerats.",
    "checker": "Protokolljusterare",
    "publication": "Publicering av protokollet",
    "published_note": "Protokollet har publicerats i det allmänna datanätet {date}.",
    "not_published": "Protokollet har ännu inte publicerats i det allmänna datanätet.",
    "arrived": "anlände i början av § {section}",
    "arrived_time": "anlände kl. {time}, i början av § {section}",
    "left": "avlägsnade sig efter § {section}",
    "left_time": "avlägsnade sig kl. {time}, efter § {section}",
    "away": "avlägsnade sig efter § {left}{left_time} och återkom i början av § {returned}{returned_time}",
    "deputy_for": "ersättare ({name})",
    "acting_chair": "som ordförande",
    "arrived_here": "{name} anlände till mötet{time} före behandlingen av detta ärende.",
    "left_here": "{name} avlägsnade sig från mötet{time} efter behandlingen av detta ärende.",
    "returned_here": "{name} återkom till mötet{time} före behandlingen av detta ärende.",
    "at_time": " kl. {time}",
    "preparer": "Beredare",
    "presenter": "Föredragande",
    "proposal": "Beslutsförslag",
    "background": "Beredning",
    "handling": "Behandling",
    "decision": "Beslut",
    "attachments": "Bilagor",
    "recipients": "För kännedom / Utdrag",
    "disqualifications": "Jäv",
    "disqualified": "{name} anmälde jäv ({ground}).",
    "left_room": "{name} deltog inte i behandlingen av ärendet och avlägsnade sig från mötesrummet.",
    "stayed": "{name} deltog inte i behandlingen av ärendet.",
    "motions": "Förslag",
    "motion": "{proposer} föreslog{seconder}: {text}",
    "seconded": ", understödd av {name}",
    "withdrawn": "(förslaget återtogs)",
    "vote": "Omröstning",
    "vote_round": "Omröstning {round}",
    "yes_proposal": "JA: {text}",
    "no_proposal": "NEJ: {text}",
    "presenters_proposal": "Föredragandens beslutsförslag",
    "vote_result": "Omröstningsresultat",
    "vote_counts": "JA {yes}, NEJ {no}, BLANKA {blank}, FRÅNVARANDE {absent}",
    "vote_tie_chair": "Rösterna föll lika, och det förslag som ordföranden röstade för vann.",
    "vote_tie_undecided": "Rösterna föll lika, och ordförandens röst avgjorde inte omröstningen.",
    "vote_declared": "Ordföranden konstaterade att {side}-förslaget ({proposal}) hade godkänts.",
    "vote_side.jaa": "ja",
    "vote_side.ei": "nej",
    "dissents": "Avvikande mening",
    "dissent": "{name} anmälde avvikande mening.",
    "corrections": "Rättelse",
    "correction": "RÄTTELSE {date} ({author}). Orsak: {reason}",
    "correction_field": "Rättad punkt: {field}",
    "correction_hidden": "RÄTTELSE {date} ({author}); innehållet skrivs inte ut i en offentlig handling.",
    "part_title": "Rubrik",
    "part_public_title": "Rubrik som publiceras",
    "in_swedish": "{part} (på svenska)",
    "correction_old": "Tidigare text: {text}",
    "correction_new": "Rättad text: {text}",
    "appeal": "Ändringssökande",
    "appeal_attachment": "ANVISNINGAR FÖR ÄNDRINGSSÖKANDE",
    "appeal_sections": "Paragrafer: {sections}",
    "certification_signature": "underskrift",
    "secret": "Sekretessbelagd",
    "secret_note": "Ärendet är sekretessbelagt ({ground}); innehållet skrivs inte ut i en offentlig handling.",
    "personal_data_title": "Ärende som innehåller personuppgifter",
    "personal_data_removed": (
        "Paragrafen innehåller personuppgifter som har tagits bort från det allmänna datanätet när tiden för "
        "ändringssökande gått ut (KommunL 140 §). Paragrafen kan begäras till påseende från organisationens "
        "registratur."
    ),
    "partly_secret": "Handlingen innehåller sekretessbelagda uppgifter ({ground}).",
    "secret_marking": "SEKRETESSBELAGD ({ground})",
    "secret_marking_no_ground": "SEKRETESSBELAGD",
    "classification": "Uppgiftsklass",
    "preparer_line": "{name}, {title}",
    "contact_phone": "tfn {phone}",
    "contact_email": "{email}",
    "draft_note": "Utkast: protokollet har inte justerats och beslutet är inte slutligt.",
    "decision_draft_note": "Utkast till beslutsförslag. Inte ett beslut.",
    "role.jasen": "ledamot",
    "role.varajasen": "ersättare",
    "role.puheenjohtaja": "ordförande",
    "role.esittelija": "föredragande",
    "role.poytakirjanpitaja": "protokollförare",
    "role.hallituksen_edustaja": "styrelsens representant",
    "role.asiantuntija": "sakkunnig",
    "role.muu": "",
    "member.puheenjohtaja": "ordförande",
    "member.varapuheenjohtaja": "vice ordförande",
    "member.jasen": "",
    "member.varajasen": "ersättare",
    "vote.jaa": "Ja",
    "vote.ei": "Nej",
    "vote.tyhja": "Blankt",
    "vote.poissa": "Frånvarande",
    "outcome.hyvaksytty": "Beslutsförslaget godkändes.",
    "outcome.hylatty": "Beslutsförslaget förkastades.",
    "outcome.merkitty_tiedoksi": "Antecknades för kännedom.",
    "outcome.palautettu": "Ärendet återremitterades för beredning.",
    "outcome.poydatty": "Ärendet bordlades.",
    "outcome.poistettu": "Ärendet ströks från föredragningslistan.",
}

_TABLES = {"fi": _FI, "sv": _SV}


def check_language(language: str) -> str:
    """The language code if documents can be printed in it, else a Finnish ValidationError."""
    if language not in _TABLES:
        raise ValidationError(
            msg("Tulostuskieli {language!r} ei ole tuettu; valitse fi (suomi) tai sv (ruotsi).", language=language)
        )
    return language


class Labels:
    """The wording of one language: ``labels["proposal"]`` or ``labels("dnro", value=...)``."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)
        self._table = _TABLES[language]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __call__(self, key: str, **values: object) -> str:
        return self._table[key].format(**values)

    def role(self, role: AttendanceRole) -> str:
        return self._table.get(f"role.{role.value}", "")

    def role_text(self, role_value: str) -> str:
        return self._table.get(f"role.{role_value}", "")

    def member_role(self, role: MemberRole) -> str:
        return self._table.get(f"member.{role.value}", "")

    def vote(self, choice: VoteChoice) -> str:
        return self._table[f"vote.{choice.value}"]

    def outcome(self, outcome: Outcome | None) -> str:
        """The usual decision sentence for an outcome, or "" when the decision must be written out."""
        if outcome is None:
            return ""
        return self._table.get(f"outcome.{outcome.value}", "")

    def section(self, number: int) -> str:
        """A § in the language's custom: "100 §" in Finnish, "§ 100" in Finland-Swedish."""
        return f"§ {number}" if self.language == "sv" else f"{number} §"

    def section_span(self, first: int, last: int) -> str:
        if first == last:
            return self.section(first)
        return f"§ {first}–{last}" if self.language == "sv" else f"{first}–{last} §"

    @staticmethod
    def date(value: dt.date | None) -> str:
        return f"{value.day}.{value.month}.{value.year}" if value else ""

    @staticmethod
    def time(value: dt.time | None) -> str:
        return f"{value.hour}.{value.minute:02d}" if value else ""

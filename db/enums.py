"""Closed vocabularies stored in the database, with their Finnish and Swedish labels."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    """Kind of organisation; decides the appeal wording and the law references."""

    MUNICIPALITY = "kunta"
    JOINT_AUTHORITY = "kuntayhtyma"
    REGIONAL_COUNCIL = "maakuntaliitto"  # a joint municipal authority by law (KuntaL 137 §)
    WELLBEING_COUNTY = "hyvinvointialue"

    @property
    def is_joint_authority(self) -> bool:
        return self in (OrganisationKind.JOINT_AUTHORITY, OrganisationKind.REGIONAL_COUNCIL)


class Language(StrEnum):
    """Language(s) of an organisation's documents."""

    FINNISH = "fi"
    SWEDISH = "sv"
    BILINGUAL = "fi-sv"


class BodyKind(StrEnum):
    """Kind of decision-making body."""

    COUNCIL = "valtuusto"
    EXECUTIVE = "hallitus"
    COMMITTEE = "lautakunta"
    DIVISION = "jaosto"
    OFFICE_HOLDER = "viranhaltija"


class MemberRole(StrEnum):
    """Role of a person in a body's composition."""

    CHAIR = "puheenjohtaja"
    VICE_CHAIR = "varapuheenjohtaja"
    MEMBER = "jasen"
    DEPUTY = "varajasen"


class MeetingState(StrEnum):
    """Life cycle of a meeting; the order of the members is the order of the life cycle."""

    DRAFT = "luonnos"
    AGENDA_PUBLISHED = "esityslista_julkaistu"
    HELD = "pidetty"
    MINUTES_CHECKED = "tarkastettu"
    PUBLISHED = "julkaistu"

    @property
    def rank(self) -> int:
        return list(MeetingState).index(self)

    @property
    def is_locked(self) -> bool:
        """True once the minutes are checked: the items are then the legal record."""
        return self.rank >= MeetingState.MINUTES_CHECKED.rank


class ItemKind(StrEnum):
    """What an agenda item is about; drives template suggestions and standard items."""

    OPENING = "avaus"
    LEGALITY = "laillisuus"
    CHECKERS = "tarkastajat"
    AGENDA_APPROVAL = "tyojarjestys"
    ORDINARY = "asia"
    AGREEMENT = "sopimus"
    STATEMENT = "lausunto"
    ELECTION = "valinta"
    INFORMATION = "ilmoitusasiat"
    OTHER_MATTERS = "muut_asiat"
    CLOSING = "paattaminen"


class DecisionNature(StrEnum):
    """Nature of a decision as the appeal-route engine needs it."""

    DECIDES = "paattaa"
    PREPARES = "valmistelee"  # only prepares or implements: muutoksenhakukielto
    PROCUREMENT = "hankinta"
    SPECIAL_ACT = "erityislaki"
    SPECIAL_ACT_RECTIFICATION = "erityislaki_oikaisu"  # HL 49 c §


class AppealRoute(StrEnum):
    """Route of appeal (muutoksenhakutapa) attached to a §."""

    RECTIFICATION = "oikaisuvaatimus"
    MUNICIPAL_APPEAL = "kunnallisvalitus"
    PROHIBITION = "muutoksenhakukielto"
    PROCUREMENT = "hankintaoikaisu"
    ADMINISTRATIVE_APPEAL = "hallintovalitus"
    SPECIAL_RECTIFICATION = "erityislain_oikaisuvaatimus"


class Outcome(StrEnum):
    """Outcome of a § as recorded in the minutes."""

    PASSED = "hyvaksytty"
    PASSED_AFTER_VOTE = "hyvaksytty_aanestyksin"
    AMENDED = "muutettu"
    REJECTED = "hylatty"
    NOTED = "merkitty_tiedoksi"
    RETURNED = "palautettu"
    TABLED = "poydatty"
    REMOVED = "poistettu"
    ELECTION = "valinta"


class Publicity(StrEnum):
    """Publicity class of an item (julkisuusluokka)."""

    PUBLIC = "julkinen"
    PARTLY_SECRET = "osittain_salassa"
    SECRET = "salassa"


class AttendanceRole(StrEnum):
    """Role in which a person attended a meeting."""

    MEMBER = "jasen"
    DEPUTY = "varajasen"
    CHAIR = "puheenjohtaja"
    PRESENTER = "esittelija"
    SECRETARY = "poytakirjanpitaja"
    EXECUTIVE_REPRESENTATIVE = "hallituksen_edustaja"
    EXPERT = "asiantuntija"
    OTHER = "muu"


class VoteChoice(StrEnum):
    """A member's vote."""

    YES = "jaa"
    NO = "ei"
    BLANK = "tyhja"
    ABSENT = "poissa"


class DeliveryMethod(StrEnum):
    """How an excerpt or notice was delivered to a party; decides the notification date."""

    LETTER = "kirje"
    ELECTRONIC = "sahkoinen"
    REGISTERED = "saantitodistus"
    BY_HAND = "henkilokohtaisesti"


class AgreementKind(StrEnum):
    """Kinds of inter-organisation agreements."""

    COOPERATION_AGREEMENT = "yhteistoimintasopimus"
    COLLABORATION_AGREEMENT = "yhteistyosopimus"
    COOPERATION_PROTOCOL = "yhteistyopoytakirja"
    OTHER = "muu"


class EntryRule(StrEnum):
    """Rule for an agreement entering into force."""

    ALL_APPROVE = "kaikki_hyvaksyvat"
    ALL_APPROVE_AND_SIGN = "kaikki_hyvaksyvat_ja_allekirjoittavat"
    SUBSET_APPROVE = "nimetyt_hyvaksyvat"


class CostSplitBasis(StrEnum):
    """How an agreement's costs are split between parties."""

    POPULATION = "asukasluku"
    EQUAL = "tasan"
    FIXED = "kiintea_osuus"


class PartyDecisionState(StrEnum):
    """State of one party's decision on an agreement."""

    NOT_ON_AGENDA = "ei_kasitelty"
    ON_AGENDA = "esityslistalla"
    APPROVED = "hyvaksytty"
    APPROVED_WITH_CHANGES = "hyvaksytty_muutoksin"
    REJECTED = "hylatty"
    RETURNED = "palautettu"


class AgreementTermination(StrEnum):
    """Why an agreement ended before its term."""

    TERMINATED = "irtisanottu"
    CANCELLED = "peruttu"

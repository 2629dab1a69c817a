"""The organisation, its bodies and members changed after the first run (core.organisation), on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from core import organisation as org_ops
from core.organisation import BodyDetails, OrganisationDetails
from db.engine import Database
from db.enums import BodyKind, Language, MemberRole, OrganisationKind
from db.errors import NotFound, ValidationError
from db.models import Body, Organisation, Person, PersonName
from gui.first_run import BodySetup, Setup, write_setup

DAY = dt.date(2025, 6, 1)


@pytest.fixture
def home(database: Database) -> Database:
    write_setup(database, Setup(
        kind=OrganisationKind.MUNICIPALITY, name="Sysmän kunta", language=Language.FINNISH,
        bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu", "Pekka Virtanen"]),
                BodySetup("Tekninen lautakunta", BodyKind.COMMITTEE, [])],
        secretary_name="Saara Sihteeri", secretary_title="hallintosihteeri",
    ), today=DAY)  # fmt: skip
    with database.begin() as s:
        s.add(Organisation(kind=OrganisationKind.REGIONAL_COUNCIL, name="Päijät-Hämeen liitto"))
    return database


def _body_id(database: Database, name: str) -> int:
    with database.begin() as s:
        found = s.scalar(select(Body.id).where(Body.name == name))
    assert found is not None
    return found


def test_the_organisation_details_change_and_bad_ones_are_refused(home: Database) -> None:
    """Ensure every first-run detail of the organisation can be changed, with Finnish messages for bad input."""
    with home.begin() as s:
        before = org_ops.organisation_details(s)
        assert (before.name, before.kind, before.language) == ("Sysmän kunta", OrganisationKind.MUNICIPALITY,
                                                               Language.FINNISH)  # fmt: skip
        org_ops.update_organisation(s, OrganisationDetails(
            OrganisationKind.JOINT_AUTHORITY, "  Sysmän   kuntayhtymä ", Language.BILINGUAL, "Samkommunen Sysmä",
            "PL 1\n19700 Sysmä\n", " kirjaamo@sysma.fi ", "ma–pe  9–15", " Sysmässä ", "Otteen oikeaksi todistaa:",
            ""))  # fmt: skip
    with home.begin() as s:
        after = org_ops.organisation_details(s)
    assert after == OrganisationDetails(OrganisationKind.JOINT_AUTHORITY, "Sysmän kuntayhtymä", Language.BILINGUAL,
                                        "Samkommunen Sysmä", "PL 1\n19700 Sysmä", "kirjaamo@sysma.fi", "ma–pe 9–15",
                                        "Sysmässä", "Otteen oikeaksi todistaa:",
                                        "Utdragets riktighet bestyrker:")  # an emptied text goes back to the usual
    with home.begin() as s, pytest.raises(ValidationError, match="nimi puuttuu"):
        org_ops.update_organisation(s, OrganisationDetails(OrganisationKind.MUNICIPALITY, "  ", Language.FINNISH))
    with home.begin() as s, pytest.raises(ValidationError, match="toinen organisaatio nimeltä Päijät-Hämeen liitto"):
        org_ops.update_organisation(
            s, OrganisationDetails(OrganisationKind.MUNICIPALITY, "Päijät-Hämeen liitto", Language.FINNISH)
        )


def test_bodies_are_added_renamed_with_their_forms_and_taken_out_of_use(home: Database) -> None:
    """Ensure a new body gets suggested forms, a rename suggests them again unless given, and none is deleted."""
    with home.begin() as s:
        added = org_ops.add_body(s, BodyDetails("Sivistyslautakunta", BodyKind.COMMITTEE, "Kunnantalo"))
        assert (added.name_genitive, added.name_illative) == ("sivistyslautakunnan", "sivistyslautakuntaan")
        assert [b.name for b in org_ops.bodies(s)] == ["Kunnanhallitus", "Tekninen lautakunta", "Sivistyslautakunta"]
        details = org_ops.body_details(added)
    renamed = BodyDetails("Hyvinvointilautakunta", BodyKind.COMMITTEE, "Valtuustosali", name_sv="Välfärdsnämnden",
                          active=False)  # fmt: skip
    with home.begin() as s:
        body = org_ops.update_body(s, added.id, renamed)
        assert (body.name, body.name_genitive, body.default_place, body.name_sv, body.active) == (
            "Hyvinvointilautakunta", "hyvinvointilautakunnan", "Valtuustosali", "Välfärdsnämnden", False)
        corrected = BodyDetails(**{**renamed.__dict__, "name_genitive": "Hyvinvointilautakunnan (oma muoto)"})
        assert org_ops.update_body(s, added.id, corrected).name_genitive == "Hyvinvointilautakunnan (oma muoto)"
        assert len(org_ops.bodies(s)) == 3  # out of use, not gone
    assert details.name == "Sivistyslautakunta"
    with home.begin() as s, pytest.raises(ValidationError, match="jo toimielin nimeltä Kunnanhallitus"):
        org_ops.add_body(s, BodyDetails(" Kunnanhallitus ", BodyKind.EXECUTIVE))
    with home.begin() as s, pytest.raises(ValidationError, match="nimi puuttuu"):
        org_ops.update_body(s, added.id, BodyDetails("", BodyKind.COMMITTEE))
    with home.begin() as s:
        other = Body(organisation=s.scalar(select(Organisation).where(Organisation.name == "Päijät-Hämeen liitto")),
                     kind=BodyKind.EXECUTIVE, name="Maakuntahallitus")  # fmt: skip
        s.add(other)
        s.flush()
        other_id = other.id
    with home.begin() as s:  # a body of another organisation whose minutes are kept here: listed after, editable
        assert [b.name for b in org_ops.bodies(s)][-1] == "Maakuntahallitus"
        assert org_ops.update_body(s, other_id, BodyDetails("Maakuntahallitus", BodyKind.EXECUTIVE, "Lahti")
                                   ).default_place == "Lahti"  # fmt: skip
        org_ops.add_body(s, BodyDetails("Maakuntahallitus", BodyKind.EXECUTIVE))  # the name is free in the home one
    with home.begin() as s, pytest.raises(NotFound):
        org_ops.update_body(s, 999_999, BodyDetails("Oma nimi", BodyKind.EXECUTIVE))


def test_members_join_change_role_and_leave_with_their_terms(home: Database) -> None:
    """Ensure members are added (an existing person reused), change role, leave on a day, and stay in the past."""
    board = _body_id(home, "Kunnanhallitus")
    later = dt.date(2025, 9, 1)
    with home.begin() as s:
        people = s.scalar(select(func.count(Person.id)))
        assert [(m.person.name, m.role) for m in org_ops.members(s, board, on=DAY)] == [
            ("Aino Áilu", MemberRole.CHAIR), ("Pekka Virtanen", MemberRole.MEMBER)]
        reused = org_ops.add_member(s, board, " saara  sihteeri ", MemberRole.MEMBER, DAY)
        assert reused.person.name == "Saara Sihteeri" and s.scalar(select(func.count(Person.id))) == people
        deputy = org_ops.add_member(s, board, "Ville Varanen", MemberRole.DEPUTY, DAY,
                                    deputy_for_id=reused.person_id)  # fmt: skip
        assert deputy.deputy_for is not None and deputy.deputy_for.name == "Saara Sihteeri"
        assert s.scalar(select(func.count(Person.id))) == people + 1
        pekka = next(m for m in org_ops.members(s, board) if m.person.name == "Pekka Virtanen")
        org_ops.update_membership(s, pekka.id, role=MemberRole.MEMBER, term_start=DAY, term_end=later)
    with home.begin() as s:
        names = [m.person.name for m in org_ops.members(s, board, on=later + dt.timedelta(days=1))]
        assert names == ["Aino Áilu", "Saara Sihteeri", "Ville Varanen"]
        assert "Pekka Virtanen" in [m.person.name for m in org_ops.members(s, board, on=later)]
        assert len(org_ops.members(s, board)) == 4


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s, b, m: org_ops.add_member(s, b, "  ", MemberRole.MEMBER, DAY), "nimi puuttuu"),
        (lambda s, b, m: org_ops.add_member(s, b, "Aino Áilu", MemberRole.MEMBER, DAY), "on jo toimielimen"),
        (lambda s, b, m: org_ops.add_member(s, b, "Uusi Puheenjohtaja", MemberRole.CHAIR, DAY),
         "on jo puheenjohtaja"),
        (lambda s, b, m: org_ops.add_member(s, b, "Uusi", MemberRole.MEMBER, DAY, term_end=DAY - dt.timedelta(1)),
         "ennen kuin se alkaa"),
        (lambda s, b, m: org_ops.add_member(s, b, "Uusi", MemberRole.MEMBER, DAY, deputy_for_id=m.person_id),
         "Vain varajäsen"),
        (lambda s, b, m: org_ops.update_membership(s, m.id, role=MemberRole.CHAIR, term_start=DAY, term_end=None),
         "puheenjohtaja on Aino Áilu"),
        (lambda s, b, m: org_ops.update_membership(s, m.id, role=MemberRole.DEPUTY, term_start=DAY, term_end=None,
                                                   deputy_for_id=m.person_id), "oma varajäsenensä"),
    ],
)
def test_bad_memberships_are_refused_in_finnish(home: Database, change: object, message: str) -> None:
    """Ensure each bad membership is refused with a message the secretary can act on."""
    board = _body_id(home, "Kunnanhallitus")
    with home.begin() as s, pytest.raises(ValidationError, match=message):
        pekka = next(m for m in org_ops.members(s, board) if m.person.name == "Pekka Virtanen")
        change(s, board, pekka)  # type: ignore[operator]


def test_a_new_chair_may_start_when_the_old_ones_term_has_ended(home: Database) -> None:
    """Ensure the one-chair rule looks at the new term's first day, not at every chair the body ever had."""
    board = _body_id(home, "Kunnanhallitus")
    with home.begin() as s:
        aino = org_ops.members(s, board)[0]
        org_ops.update_membership(s, aino.id, role=MemberRole.CHAIR, term_start=DAY, term_end=dt.date(2025, 12, 31))
        new = org_ops.add_member(s, board, "Uusi Puheenjohtaja", MemberRole.CHAIR, dt.date(2026, 1, 1))
        assert new.role == MemberRole.CHAIR


def test_the_user_is_a_person_with_the_settings_title(home: Database) -> None:
    """Ensure the settings' name and title find (or add) the user's person, and ambiguity is not guessed."""
    with home.begin() as s:
        me = org_ops.set_own_person(s, "Saara Sihteeri", "hallintojohtaja")
        assert me is not None and me.title == "hallintojohtaja"
        new = org_ops.set_own_person(s, "Uusi Sihteeri", "pöytäkirjanpitäjä")
        assert new is not None and new.organisation is not None and new.organisation.name == "Sysmän kunta"
        assert org_ops.set_own_person(s, "  ", "x") is None
        s.add(Person(name="Uusi Sihteeri"))
        s.flush()
        assert org_ops.set_own_person(s, "Uusi Sihteeri", "toinen") is None
        assert new.title == "pöytäkirjanpitäjä"


def test_people_are_added_and_corrected_with_finnish_messages(home: Database) -> None:
    """Ensure a new preparer can be added, a person's title and contacts corrected, and bad input refused."""
    from core.organisation import PersonDetails

    with home.begin() as s:
        added = org_ops.add_person(s, PersonDetails("  Vilja  Valmistelija ", "talouspäällikkö", "ekonomichef",
                                                    "vilja@sysma.fi", "044 123 4567"))  # fmt: skip
        assert (added.name, added.organisation.name) == ("Vilja Valmistelija", "Sysmän kunta")  # type: ignore[union-attr]
        names = [p.name for p in org_ops.people(s)]
        assert names == sorted(names, key=str.casefold) and "Vilja Valmistelija" in names
        twin = org_ops.add_person(s, PersonDetails("Vilja Valmistelija"))  # namesakes exist
        assert twin.id != added.id
        org_ops.update_person(s, added.id, PersonDetails("Vilja Valmistelija", "hallintojohtaja", "", "", ""))
        assert org_ops.person_details(added) == PersonDetails("Vilja Valmistelija", "hallintojohtaja")
    for details, message in ((PersonDetails(" "), "nimi puuttuu"),
                             (PersonDetails("Nimi", email="vilja.sysma.fi"), "ei ole muotoa nimi@esimerkki.fi")):
        with home.begin() as s, pytest.raises(ValidationError, match=message):
            org_ops.add_person(s, details)
    with home.begin() as s, pytest.raises(NotFound):
        org_ops.update_person(s, 999_999, PersonDetails("Kuka"))


def test_a_name_changed_on_a_day_is_kept_for_the_meetings_before_it(home: Database) -> None:
    """Ensure a name or title changed from a day keeps the former for the days before it (``Person.as_on``), a
    change of only the contacts or a correction keeps none, a second change must come after the first, and a
    refused change leaves the person as they were."""
    from core.organisation import PersonDetails

    day = dt.date(2025, 6, 1)
    with home.begin() as s:
        vilja = org_ops.add_person(s, PersonDetails("Vilja Valmistelija", "talouspäällikkö", "ekonomichef"))
        org_ops.update_person(s, vilja.id, PersonDetails("Vilja Valmistelija", "talouspäällikkö", "ekonomichef",
                                                         email="vilja@sysma.fi"), changed_from=day)  # fmt: skip
        assert org_ops.former_names(s, vilja.id) == []
        org_ops.update_person(s, vilja.id, PersonDetails(" Vilja  Virta", "hallintojohtaja", "förvaltningsdirektör",
                                                         email="vilja@sysma.fi"), changed_from=day)  # fmt: skip
        (former,) = org_ops.former_names(s, vilja.id)
        assert (former.name, former.title, former.title_sv, former.until) == (
            "Vilja Valmistelija", "talouspäällikkö", "ekonomichef", dt.date(2025, 5, 31))
        assert vilja.as_on(dt.date(2025, 5, 31)).name == "Vilja Valmistelija"
        assert vilja.as_on(day) == PersonName("Vilja Virta", "hallintojohtaja", "förvaltningsdirektör")
        org_ops.update_person(s, vilja.id, PersonDetails("Vilja Wirta", "hallintojohtaja", "förvaltningsdirektör"))
        assert len(org_ops.former_names(s, vilja.id)) == 1 and vilja.as_on(day).name == "Vilja Wirta"
        vilja_id = vilja.id
    with home.begin() as s, pytest.raises(ValidationError, match=r"alkamaan 1\.6\.2025"):
        org_ops.update_person(s, vilja_id, PersonDetails("Vilja Koski"), changed_from=day)
    with home.begin() as s:
        person = s.get(Person, vilja_id)
        assert person is not None and person.name == "Vilja Wirta"
        org_ops.update_person(s, vilja_id, PersonDetails("Vilja Koski", "hallintojohtaja"),
                              changed_from=dt.date(2026, 1, 1))  # fmt: skip
        assert [f.until for f in org_ops.former_names(s, vilja_id)] == [dt.date(2025, 5, 31), dt.date(2025, 12, 31)]
        assert [person.as_on(d).name for d in (dt.date(2025, 1, 1), dt.date(2025, 7, 1), dt.date(2026, 1, 1))] == [
            "Vilja Valmistelija", "Vilja Wirta", "Vilja Koski"]


def test_the_administrative_court_is_chosen_with_the_organisation(home: Database) -> None:
    """Ensure the court for municipal appeals is stored for the home organisation (which the appeal instruction
    reads), a court set by a program is kept, and an unknown one is refused."""
    from dataclasses import replace

    from core.appeal import administrative_court, set_administrative_court
    from core.organisation import CUSTOM_COURT

    with home.begin() as s:
        details = org_ops.organisation_details(s)
        assert details.administrative_court == ""
        org_ops.update_organisation(s, replace(details, administrative_court="hameenlinna"))
        org = org_ops.home_organisation(s)
        court = administrative_court(s, org)
        assert court is not None and court["name"] == "Hämeenlinnan hallinto-oikeus"
        assert org_ops.organisation_details(s).administrative_court == "hameenlinna"
        with pytest.raises(ValidationError, match="Tuntematon hallinto-oikeus"):
            org_ops.update_organisation(s, replace(details, administrative_court="tampere"))
        own = {"name": "Oma oikeus", "postal_address": "PL 1", "email": "oikeus@example.fi"}
        set_administrative_court(s, own, organisation_id=org.id)
        assert org_ops.organisation_details(s).administrative_court == CUSTOM_COURT
        org_ops.update_organisation(s, replace(details, administrative_court=CUSTOM_COURT, name="Sysmän kunta"))
        assert administrative_court(s, org) == own  # kept as it was


def test_a_division_belongs_to_a_body_above_it(home: Database) -> None:
    """Ensure a division names the body its rectification requests go to, and impossible parents are refused."""
    board = _body_id(home, "Kunnanhallitus")
    with home.begin() as s:
        division = org_ops.add_body(s, BodyDetails("Elinvoimajaosto", BodyKind.DIVISION, parent_id=board))
        assert division.parent is not None and division.parent.name == "Kunnanhallitus"
        division_id = division.id
        other = Body(organisation=s.scalar(select(Organisation).where(Organisation.name == "Päijät-Hämeen liitto")),
                     kind=BodyKind.EXECUTIVE, name="Maakuntahallitus")  # fmt: skip
        s.add(other)
        s.flush()
        other_id = other.id
    for parent, message in ((division_id, "oma yläpuolinen"), (other_id, "saman organisaation")):
        with home.begin() as s, pytest.raises(ValidationError, match=message):
            org_ops.update_body(s, division_id, BodyDetails("Elinvoimajaosto", BodyKind.DIVISION, parent_id=parent))
    with home.begin() as s, pytest.raises(ValidationError, match="on jo toimielimen Kunnanhallitus alainen"):
        org_ops.update_body(s, board, BodyDetails("Kunnanhallitus", BodyKind.EXECUTIVE, parent_id=division_id))


def test_the_registry_details_of_the_appeal_instruction_are_kept_in_both_languages(home: Database) -> None:
    """Ensure the visiting address and a bilingual organisation's Swedish registry details are stored where the
    appeal instruction reads them, and emptying the Swedish ones removes them (the Finnish are the fallback)."""
    from dataclasses import replace

    from core.appeal import _organisation_context  # what the instruction prints about the registry

    with home.begin() as s:
        details = replace(org_ops.organisation_details(s), postal_address="PL 1, 19700 Sysmä",
                          visiting_address=" Sysmäntie 1 ", postal_address_sv="PB 1, 19700 Sysmä",
                          registry_hours_sv="mån–fre 9–15")  # fmt: skip
        org_ops.update_organisation(s, details)
        org = org_ops.home_organisation(s)
        sv = _organisation_context(org, "sv")
        assert (sv["postal_address"], sv["visiting_address"], sv["registry_hours"]) == (
            "PB 1, 19700 Sysmä", "Sysmäntie 1", "mån–fre 9–15")
        assert _organisation_context(org, "fi")["postal_address"] == "PL 1, 19700 Sysmä"
        again = org_ops.organisation_details(s)
        assert (again.visiting_address, again.postal_address_sv, again.visiting_address_sv) == (
            "Sysmäntie 1", "PB 1, 19700 Sysmä", "")
        org_ops.update_organisation(s, replace(again, postal_address_sv="", registry_hours_sv=""))
        assert _organisation_context(org, "sv")["postal_address"] == "PL 1, 19700 Sysmä"


def _demo_body(database: Database, name: str) -> tuple[int, BodyDetails]:
    with database.begin() as s:
        body = s.scalars(select(Body).where(Body.name == name)).one()
        return body.id, org_ops.body_details(body)


def test_a_body_with_checked_minutes_keeps_its_name_and_kind(demo_db: Database) -> None:
    """Ensure a body whose minutes are checked can be neither renamed (Finnish or Swedish name) nor given
    another kind, with a message saying what to do instead, while other details still change."""
    from dataclasses import replace

    body_id, details = _demo_body(demo_db, "Maakuntahallitus")
    changes = {
        replace(details, name="Maakuntahallitus 2027", name_genitive=""): "lisää uusi toimielin uudella nimellä",
        replace(details, name_sv="Landskapsstyrelsen 2027"): "nimeä ei voi enää muuttaa",
        replace(details, kind=BodyKind.COUNCIL, parent_id=None): "lajia ei voi enää muuttaa",
    }
    for change, message in changes.items():
        with pytest.raises(ValidationError, match=message), demo_db.begin() as s:
            org_ops.update_body(s, body_id, change)
    with demo_db.begin() as s:
        org_ops.update_body(s, body_id, replace(details, name=" Maakuntahallitus ", default_place="Lahti"))
    with demo_db.begin() as s:
        body = s.get(Body, body_id)
        assert body is not None
        assert (body.name, body.kind, body.default_place) == ("Maakuntahallitus", BodyKind.EXECUTIVE, "Lahti")


def test_a_body_without_checked_minutes_can_still_be_renamed(demo_db: Database) -> None:
    """Ensure a typo in a body's name can be fixed while none of its minutes is checked."""
    from dataclasses import replace

    body_id, details = _demo_body(demo_db, "Hyvinvointilautakunta")
    with demo_db.begin() as s:
        org_ops.update_body(s, body_id, replace(details, name="Hyvinvointilautakunta (uusi)", kind=BodyKind.EXECUTIVE))
    with demo_db.begin() as s:
        assert s.get(Body, body_id).name == "Hyvinvointilautakunta (uusi)"  # type: ignore[union-attr]


def test_overlapping_terms_are_refused_not_only_on_the_first_day(home: Database) -> None:
    """Ensure a seat whose term overlaps another is refused even when it starts before that one: the same
    person twice, or a second chair, would inflate the quorum; a term after the other ends is accepted."""
    board = _body_id(home, "Kunnanhallitus")
    earlier = DAY - dt.timedelta(days=1)
    with home.begin() as s:
        aino = org_ops.members(s, board)[0]
        org_ops.update_membership(s, aino.id, role=MemberRole.CHAIR, term_start=DAY, term_end=None)
    with pytest.raises(ValidationError, match="on jo puheenjohtaja"), home.begin() as s:
        org_ops.add_member(s, board, "Uusi Puheenjohtaja", MemberRole.CHAIR, earlier)
    with pytest.raises(ValidationError, match=r"Pekka Virtanen on jo toimielimen Kunnanhallitus jäsen 1\.6\.2025"), \
            home.begin() as s:  # fmt: skip
        org_ops.add_member(s, board, "Pekka Virtanen", MemberRole.MEMBER, earlier)
    with pytest.raises(ValidationError, match="Pekka Virtanen on jo toimielimen"), home.begin() as s:
        org_ops.add_member(s, board, "Pekka Virtanen", MemberRole.DEPUTY, earlier - dt.timedelta(days=30),
                           term_end=earlier + dt.timedelta(days=3))  # fmt: skip
    with home.begin() as s:  # a term that ends before the seats begin is no overlap
        org_ops.add_member(s, board, "Pekka Virtanen", MemberRole.MEMBER, dt.date(2024, 1, 1), term_end=earlier)
        assert len(org_ops.members(s, board, on=DAY)) == 2


def test_a_changed_term_may_not_overlap_the_same_persons_other_seat(home: Database) -> None:
    """Ensure changing a seat's term or role is refused when it would overlap the same person's other seat
    or another chair's term."""
    board = _body_id(home, "Kunnanhallitus")
    with home.begin() as s:
        old = org_ops.add_member(s, board, "Pekka Virtanen", MemberRole.DEPUTY, dt.date(2024, 1, 1),
                                 term_end=DAY - dt.timedelta(days=1))  # fmt: skip
        aino = next(m for m in org_ops.members(s, board, on=DAY) if m.person.name == "Aino Áilu")
        org_ops.update_membership(s, aino.id, role=MemberRole.CHAIR, term_start=DAY, term_end=None)
        old_id = old.id
    with pytest.raises(ValidationError, match="Pekka Virtanen on jo toimielimen Kunnanhallitus jäsen"), \
            home.begin() as s:  # fmt: skip
        org_ops.update_membership(s, old_id, role=MemberRole.DEPUTY, term_start=dt.date(2024, 1, 1), term_end=None)
    with home.begin() as s:
        pekka = next(m for m in org_ops.members(s, board, on=DAY) if m.person.name == "Pekka Virtanen")
        pekka_id = pekka.id
    with pytest.raises(ValidationError, match="puheenjohtaja on Aino Áilu"), home.begin() as s:
        org_ops.update_membership(s, pekka_id, role=MemberRole.CHAIR, term_start=DAY + dt.timedelta(days=40),
                                  term_end=None)  # fmt: skip


def test_body_names_differing_only_in_letter_case_are_refused(home: Database) -> None:
    """Ensure a new or renamed body may not take another body's name in other letter case (as with people),
    while a body may change the case of its own name."""
    for name in ("kunnanhallitus", "KUNNANHALLITUS", "  kunnanHallitus "):
        with pytest.raises(ValidationError, match="on jo toimielin nimeltä Kunnanhallitus"), home.begin() as s:
            org_ops.add_body(s, BodyDetails(name, BodyKind.EXECUTIVE))
    technical = _body_id(home, "Tekninen lautakunta")
    with pytest.raises(ValidationError, match="nimeltä Kunnanhallitus"), home.begin() as s:
        org_ops.update_body(s, technical, BodyDetails("kunnanHallitus", BodyKind.COMMITTEE))
    with home.begin() as s:
        org_ops.update_body(s, technical, BodyDetails("Tekninen Lautakunta", BodyKind.COMMITTEE))
        assert s.get(Body, technical).name == "Tekninen Lautakunta"  # type: ignore[union-attr]


def test_bodies_an_older_version_let_differ_in_case_only_stay_editable(home: Database) -> None:
    """Ensure two bodies whose names differ in letter case only (an older version accepted them) can each still be
    saved with their name kept (e.g. taken out of use) and renamed apart; taking the other's name stays refused."""
    with home.begin() as s:
        board = s.get(Body, _body_id(home, "Kunnanhallitus"))
        assert board is not None
        twin = Body(organisation_id=board.organisation_id, kind=BodyKind.EXECUTIVE, name="KUNNANHALLITUS")
        s.add(twin)
        s.flush()
        twin_id = twin.id
    with home.begin() as s:
        org_ops.update_body(s, twin_id, BodyDetails("KUNNANHALLITUS", BodyKind.EXECUTIVE, active=False))
        assert s.get(Body, twin_id).active is False  # type: ignore[union-attr]
    with home.begin() as s:
        org_ops.update_body(s, twin_id, BodyDetails("Kunnanhallitus (vanha)", BodyKind.EXECUTIVE, active=False))
    with pytest.raises(ValidationError, match="nimeltä Kunnanhallitus"), home.begin() as s:
        org_ops.update_body(s, twin_id, BodyDetails("kunnanhallitus", BodyKind.EXECUTIVE, active=False))


def test_a_division_or_office_holder_needs_its_body_above_a_committee_may_have_one(home: Database) -> None:
    """Ensure a new division or office-holder without a body above is refused (and an existing one may not lose
    it), while a committee may be stored with the body it proposes matters to, or without one."""
    board = _body_id(home, "Kunnanhallitus")
    for kind in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER):
        with pytest.raises(ValidationError, match="Valitse toimielimelle Uusi yläpuolinen toimielin"), \
                home.begin() as s:  # fmt: skip
            org_ops.add_body(s, BodyDetails("Uusi", kind))
    with home.begin() as s:
        committee = org_ops.add_body(s, BodyDetails("Sivistyslautakunta", BodyKind.COMMITTEE, parent_id=board))
        assert committee.parent_id == board
        division = org_ops.add_body(s, BodyDetails("Lupajaosto", BodyKind.DIVISION, parent_id=committee.id))
        division_id, committee_id = division.id, committee.id
    with pytest.raises(ValidationError, match="Valitse toimielimelle Lupajaosto"), home.begin() as s:
        org_ops.update_body(s, division_id, BodyDetails("Lupajaosto", BodyKind.DIVISION))
    with pytest.raises(ValidationError, match="Valitse toimielimelle Sivistyslautakunta"), home.begin() as s:
        org_ops.update_body(s, committee_id, BodyDetails("Sivistyslautakunta", BodyKind.DIVISION))
    with home.begin() as s:
        org_ops.update_body(s, committee_id, BodyDetails("Sivistyslautakunta", BodyKind.COMMITTEE))
        assert s.get(Body, committee_id).parent_id is None  # type: ignore[union-attr]
        orphan = Body(organisation_id=s.get(Body, board).organisation_id, kind=BodyKind.OFFICE_HOLDER,  # type: ignore[union-attr]
                      name="Kunnanjohtaja")  # fmt: skip
        s.add(orphan)
        s.flush()
        org_ops.update_body(s, orphan.id, BodyDetails("Kunnanjohtaja", BodyKind.OFFICE_HOLDER, default_place="Sysmä"))


def test_a_second_home_organisation_is_read_and_changed_by_its_id(home: Database) -> None:
    """Ensure organisation_details and update_organisation take a home organisation's id: the second home
    organisation's details, Swedish registry details and court are stored as its own, the first one's stay, the
    same checks apply (a name clash, an empty name), the default stays the first home organisation, and an
    organisation that is not a home one is not found."""
    from dataclasses import replace

    from core.appeal import COURT_SETTING, REGISTRY_SV_SETTING, administrative_court, swedish_details
    from db.models import Setting

    with home.begin() as s:
        second = Organisation(kind=OrganisationKind.REGIONAL_COUNCIL, name="Uudenmaan liitto", is_home=True,
                              registry_email="kirjaamo@uudenmaanliitto.fi")  # fmt: skip
        s.add(second)
        s.flush()
        second_id, first_id = second.id, org_ops.home_organisation(s).id
        party_id = s.scalar(select(Organisation.id).where(Organisation.name == "Päijät-Hämeen liitto"))
        assert [o.name for o in org_ops.home_organisations(s)] == ["Sysmän kunta", "Uudenmaan liitto"]
        first = org_ops.organisation_details(s)
        assert org_ops.organisation_details(s, first_id) == first and first.name == "Sysmän kunta"
        details = org_ops.organisation_details(s, second_id)
        assert (details.name, details.registry_email) == ("Uudenmaan liitto", "kirjaamo@uudenmaanliitto.fi")
        changed = replace(details, language=Language.BILINGUAL, name_sv=" Nylands  förbund ",
                          postal_address_sv="PB 1, 00101 Helsingfors", certification_place="Helsingissä",
                          certification_place_sv="Helsingfors", certification_text_sv="Utdraget bestyrkes:",
                          administrative_court="helsinki", minutes_online_days=90)  # fmt: skip
        stored = org_ops.update_organisation(s, changed, second_id)
        assert stored.id == second_id and stored.name_sv == "Nylands förbund"
    with home.begin() as s:
        again = org_ops.organisation_details(s, second_id)
        assert again == replace(changed, name_sv="Nylands förbund")
        assert org_ops.organisation_details(s) == first  # the first home organisation did not change
        regional = s.get(Organisation, second_id)
        assert regional is not None
        assert swedish_details(regional) == {"postal_address": "PB 1, 00101 Helsingfors",
                                             "certification_place": "Helsingfors"}  # fmt: skip
        court = administrative_court(s, regional)
        assert court is not None and court["name"] == "Helsingin hallinto-oikeus"
        assert s.get(Setting, f"{COURT_SETTING}/{first_id}") is None
        assert s.get(Setting, f"{REGISTRY_SV_SETTING}/{first_id}") is None
        org_ops.update_organisation(s, replace(first, registry_hours="ma–pe 9–15"))  # no id: the first, as before
        assert s.get(Organisation, first_id).registry_hours == "ma–pe 9–15"  # type: ignore[union-attr]
        assert regional.registry_hours == ""
    for name, message in (("Sysmän kunta", "toinen organisaatio nimeltä Sysmän kunta"), (" ", "nimi puuttuu"),
                          ("Päijät-Hämeen liitto", "toinen organisaatio nimeltä Päijät-Hämeen liitto")):  # fmt: skip
        with home.begin() as s, pytest.raises(ValidationError, match=message):
            org_ops.update_organisation(s, replace(again, name=name), second_id)
    with home.begin() as s, pytest.raises(ValidationError, match="päivää"):
        org_ops.update_organisation(s, replace(again, minutes_online_days=5), second_id)
    for missing in (party_id, 999_999):
        with home.begin() as s, pytest.raises(NotFound, match="Omaa organisaatiota ei löydy"):
            org_ops.organisation_details(s, missing)
        with home.begin() as s, pytest.raises(NotFound, match="Omaa organisaatiota ei löydy"):
            org_ops.update_organisation(s, again, missing)
    with home.begin() as s:
        assert s.get(Organisation, second_id).name == "Uudenmaan liitto"  # type: ignore[union-attr]


def test_a_body_is_added_to_the_home_organisation_chosen(home: Database) -> None:
    """Ensure add_body takes a home organisation's id: the body is that organisation's, last in its order, its
    name may be another organisation's body's but not one of its own (letter case aside), the body above must be
    its own, the default stays the first home organisation, an organisation that is not a home one is not found,
    and a member added to its body by a new name is a person of that organisation."""
    with home.begin() as s:
        second = Organisation(kind=OrganisationKind.REGIONAL_COUNCIL, name="Uudenmaan liitto", is_home=True)
        s.add(second)
        s.flush()
        second_id, first_id = second.id, org_ops.home_organisation(s).id
        party_id = s.scalar(select(Organisation.id).where(Organisation.name == "Päijät-Hämeen liitto"))
        first_board = s.scalar(select(Body.id).where(Body.name == "Kunnanhallitus"))
        council = org_ops.add_body(s, BodyDetails("Maakuntavaltuusto", BodyKind.COUNCIL), second_id)
        board = org_ops.add_body(s, BodyDetails("Kunnanhallitus", BodyKind.EXECUTIVE, parent_id=council.id),
                                 second_id)  # the first one's board has the name: no clash in another organisation
        assert (council.organisation_id, board.organisation_id) == (second_id, second_id)
        assert (council.sort_order, board.sort_order) == (1, 2)  # its own order, not after the first one's bodies
        assert board.name_genitive == "kunnanhallituksen" and board.parent_id == council.id
        board_id = board.id
    with home.begin() as s, pytest.raises(ValidationError, match="jo toimielin nimeltä Maakuntavaltuusto"):
        org_ops.add_body(s, BodyDetails(" maakuntavaltuusto ", BodyKind.COUNCIL), second_id)
    with home.begin() as s, pytest.raises(ValidationError, match="saman organisaation"):
        org_ops.add_body(s, BodyDetails("Lupajaosto", BodyKind.DIVISION, parent_id=first_board), second_id)
    for missing in (party_id, 999_999):
        with home.begin() as s, pytest.raises(NotFound, match="Omaa organisaatiota ei löydy"):
            org_ops.add_body(s, BodyDetails("Lupajaosto", BodyKind.DIVISION, parent_id=board_id), missing)
    with home.begin() as s:
        default = org_ops.add_body(s, BodyDetails("Maakuntavaltuusto", BodyKind.COUNCIL))  # no id: the first one's
        assert default.organisation_id == first_id and default.sort_order == 3
        division = org_ops.add_body(s, BodyDetails("Lupajaosto", BodyKind.DIVISION, parent_id=board_id), second_id)
        assert division.organisation_id == second_id
        seat = org_ops.add_member(s, board_id, "Uuno Uusimaa", MemberRole.MEMBER, DAY)
        assert seat.person.organisation_id == second_id  # a new person for the body's organisation
        own = org_ops.add_member(s, default.id, "Ulla Uusi", MemberRole.MEMBER, DAY)
        assert own.person.organisation_id == first_id
        assert [(b.name, b.organisation.name) for b in org_ops.bodies(s)] == [
            ("Kunnanhallitus", "Sysmän kunta"), ("Tekninen lautakunta", "Sysmän kunta"),
            ("Maakuntavaltuusto", "Sysmän kunta"), ("Maakuntavaltuusto", "Uudenmaan liitto"),
            ("Kunnanhallitus", "Uudenmaan liitto"), ("Lupajaosto", "Uudenmaan liitto")]  # fmt: skip

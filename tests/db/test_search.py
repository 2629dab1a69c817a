"""Full-text search: Finnish stem prefixes, filters, diary numbers, the index kept current, and the upgrade."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from core.meetings import add_item, create_meeting, remove_item
from db.engine import Database, alembic_config, head_revision, run_upgrade
from db.enums import BodyKind, OrganisationKind, Outcome
from db.models import Body, Item, Organisation
from db.search import (
    MARK_END,
    MARK_START,
    SearchFilters,
    finnish_stem,
    search_items,
    snippet_html,
)

# Each group: a word's forms; the stem of every form must be a prefix of every form.
INFLECTED = [
    ("sopimus", "sopimuksen", "sopimusta", "sopimukset", "sopimuksista"),
    ("päätös", "päätöksen", "päätöstä"),
    ("kunnanhallitus", "kunnanhallituksen", "kunnanhallitukselle", "kunnanhallituksessa"),
    ("hyvinvointilautakunta", "hyvinvointilautakunnan", "hyvinvointilautakunnalle"),
    ("talousarvio", "talousarvion", "talousarviossa", "talousarviota"),
    ("hyväksyminen", "hyväksymisen", "hyväksymistä"),
    ("maakuntaliitto", "maakuntaliiton", "maakuntaliitolle"),
    ("koulutus", "koulutuksen", "koulutusta"),
]


@pytest.mark.parametrize("forms", INFLECTED, ids=lambda forms: forms[0])
def test_finnish_stem_is_a_prefix_of_every_form(forms: tuple[str, ...]) -> None:
    """Ensure the stem of any inflected form of a word finds every other form by prefix."""
    for query in forms:
        stem = finnish_stem(query)
        assert len(stem) >= 4
        for form in forms:
            assert form.startswith(stem), (query, stem, form)


def test_short_words_and_numbers_are_kept_whole() -> None:
    """Ensure short words and numbers are not cut."""
    assert finnish_stem("Laki") == "laki"
    assert finnish_stem("2023") == "2023"


def _titles(database: Database, query: str, filters: SearchFilters | None = None) -> list[str]:
    with database.begin() as session:
        return [hit.title for hit in search_items(session, query, filters)]


def test_inflected_queries_find_the_seed_items(demo_db: Database) -> None:
    """Ensure a query in another case finds the item, on both backends, with the match marked in context."""
    with demo_db.begin() as session:
        hits = search_items(session, "kunnanhallitus")
        assert any(h.title.startswith("Päijät-Hämeen kuntien välinen") for h in hits)
        seed1 = next(h for h in hits if h.title.startswith("Päijät-Hämeen kuntien välinen"))
        assert seed1.body_name == "Hyvinvointilautakunta"
        assert seed1.date == dt.date(2025, 10, 21)
        assert MARK_START in seed1.snippet and MARK_END in seed1.snippet
        assert "<b>kunnanhallitukselle</b>" in snippet_html(seed1.snippet).lower()
        protocol = search_items(session, "yhteistyöpöytäkirjan maakuntahallitukselle")
        assert [h.section_number for h in protocol] == [100]


def test_every_word_must_match(demo_db: Database) -> None:
    """Ensure words are combined with AND and an unknown word finds nothing."""
    assert _titles(demo_db, "xyzzyvaara") == []
    assert _titles(demo_db, "maakuntahallitus xyzzyvaara") == []


def test_diary_number_is_found_as_written(demo_db: Database) -> None:
    """Ensure a diary number finds its item, whatever its form."""
    with demo_db.begin() as session:
        hits = search_items(session, "77/00.04.01/2023")
        assert hits[0].diary_number == "77/00.04.01/2023"
        assert hits[0].section_label == "100 §"


def test_filters_narrow_the_results(demo_db: Database) -> None:
    """Ensure body, year, classification and outcome filters apply."""
    with demo_db.begin() as session:
        board = session.scalar(select(Body).where(Body.name == "Maakuntahallitus"))
        assert board is not None
        everything = search_items(session, "")
        assert len(everything) > 5
        only_board = search_items(session, "", SearchFilters(body_id=board.id))
        assert only_board and all(h.body_name == "Maakuntahallitus" for h in only_board)
        assert search_items(session, "", SearchFilters(year=1999)) == []
        passed = search_items(session, "", SearchFilters(outcome=Outcome.PASSED))
        assert passed and all(h.outcome == Outcome.PASSED for h in passed)
        classified = search_items(session, "", SearchFilters(classification="00"))
        codes = {session.get(Item, h.item_id).classification_code for h in classified}  # type: ignore[union-attr]
        assert codes and all(code.startswith("00") for code in codes)


def test_filtered_searches_rank_or_show_the_newest_by_their_own_matches(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the newest-first rule counts the matches that pass the filters, on each backend: a filter that
    leaves few of a common word's matches ranks them; one that leaves many shows the newest."""
    from db import search

    with demo_db.begin() as session:
        bodies = {b.name: b.id for b in session.scalars(select(Body))}
    board = SearchFilters(body_id=bodies["Maakuntahallitus"])
    committee = SearchFilters(body_id=bodies["Hyvinvointilautakunta"])
    with demo_db.read() as connection:
        # With the rule far away every search is ranked: these are the sets to compare with.
        everything = {h.item_id for h in search_items(connection, "päätös")}
        board_all = {h.item_id for h in search_items(connection, "päätös", board)}
        committee_all = search_items(connection, "päätös", committee)
        assert not committee_all.newest_only
    assert len(board_all) == 5 and len(committee_all) == 2 and len(everything) == 7
    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    with demo_db.read() as connection:
        assert search_items(connection, "päätös").newest_only  # 7 matches
        ranked = search_items(connection, "päätös", committee)  # 2 of them pass
        assert not ranked.newest_only and [h.item_id for h in ranked] == [h.item_id for h in committee_all]
        newest = search_items(connection, "päätös", board)  # 5 pass: more than 3
        assert newest.newest_only and {h.item_id for h in newest} == board_all
        keys = [(h.date, h.section_number) for h in newest]
        assert keys == sorted(keys, reverse=True)
        assert all(search.MARK_START in h.snippet for h in newest)
        two = search_items(connection, "päätös", board, limit=2)
        assert {h.item_id for h in two} == set(sorted(board_all)[-2:])  # the newest two, by entry
        rare = search_items(connection, "sopimus", committee)  # few matches at all: ranked, then filtered
        assert not rare.newest_only and len(rare) == 1
        assert search_items(connection, "päätös", SearchFilters(year=1999)) == []  # no item passes the filter


@pytest.mark.parametrize("cap", [1000, 2])
def test_every_filter_finds_exactly_the_unfiltered_hits_that_pass_it(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    """Ensure a filtered search finds the same items as the unfiltered one, sieved by hand, for every filter
    of the demo's values and their pairs, whether it ranks (cap 1000) or shows the newest (cap 2)."""
    from db import search

    with demo_db.begin() as session:
        items = {i.id: i for i in session.scalars(select(Item))}
        bodies = sorted({i.body_id for i in items.values()})
        years = sorted({i.year for i in items.values()})
        outcomes = sorted({i.outcome for i in items.values() if i.outcome is not None})
        classes = sorted({i.classification_code[:2] for i in items.values() if i.classification_code})
        facts = {i.id: (i.body_id, i.year, i.outcome, i.classification_code) for i in items.values()}
    single = [
        *(SearchFilters(body_id=b) for b in bodies),
        *(SearchFilters(year=y) for y in years),
        *(SearchFilters(outcome=o) for o in outcomes),
        *(SearchFilters(classification=c) for c in classes),
    ]
    pairs = [SearchFilters(body_id=b, outcome=o) for b in bodies for o in outcomes]

    def passes(item_id: int, f: SearchFilters) -> bool:
        body, year, outcome, code = facts[item_id]
        return (
            (f.body_id is None or body == f.body_id)
            and (f.year is None or year == f.year)
            and (f.outcome is None or outcome == f.outcome)
            and (not f.classification or code.startswith(f.classification))
        )

    with demo_db.read() as connection:
        everything = {w: {h.item_id for h in search_items(connection, w)} for w in ("päätös", "kunta", "sopimus")}
    monkeypatch.setattr(search, "RANKED_AT_MOST", cap)
    checked = 0
    with demo_db.read() as connection:
        for word, found in everything.items():
            for f in [*single, *pairs]:
                expected = {i for i in found if passes(i, f)}
                hits = search_items(connection, word, f)
                assert {h.item_id for h in hits} == expected, (word, f)
                assert hits.newest_only == (len(expected) > cap and len(found) > cap), (word, f)
                checked += bool(expected)
    assert checked > 10


def test_the_filters_are_found_through_indexes(sqlite_database: Database) -> None:
    """Ensure no filter of a search reads the item table itself (texts and all): each has an index."""
    from sqlalchemy.dialects import sqlite

    from db.search import _item_conditions

    filters = (
        SearchFilters(body_id=1),
        SearchFilters(year=2025),
        SearchFilters(outcome=Outcome.PASSED),
        SearchFilters(classification="00.01"),
        SearchFilters(body_id=1, year=2025, outcome=Outcome.REJECTED, classification="05"),
    )
    with sqlite_database.read() as connection:
        for f in filters:
            stmt = select(Item.id).where(*_item_conditions(f)).compile(dialect=sqlite.dialect())
            params = [stmt.params[name] for name in stmt.positiontup or ()]
            plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {stmt}", tuple(params)))
            assert "INDEX" in plan, (f, plan)


def _organisation_with_board(session: object) -> Body:
    org = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Testilä", is_home=True)
    body = Body(organisation=org, kind=BodyKind.EXECUTIVE, name="Kunnanhallitus")
    session.add_all([org, body])  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return body


def test_index_follows_new_changed_and_removed_items(database: Database) -> None:
    """Ensure items are searchable as soon as they are saved, and disappear when changed or removed."""
    with database.begin() as session:
        body = _organisation_with_board(session)
        meeting = create_meeting(session, body_id=body.id, date=dt.date(2026, 2, 3))
        item = add_item(session, meeting_id=meeting.id, title="Jätehuoltomääräysten päivittäminen")
        item.background = "Kuntien jätehuoltoviranomainen on valmistellut uudet määräykset."
        item_id = item.id
    assert _titles(database, "jätehuoltomääräyksiä") == ["Jätehuoltomääräysten päivittäminen"]
    assert _titles(database, "jätehuoltoviranomaiselle") == ["Jätehuoltomääräysten päivittäminen"]
    with database.begin() as session:
        session.get(Item, item_id).title = "Katuvalojen uusiminen"  # type: ignore[union-attr]
    assert _titles(database, "jätehuoltomääräyksiä") == []
    assert _titles(database, "katuvaloja") == ["Katuvalojen uusiminen"]
    with database.begin() as session:
        remove_item(session, item_id=item_id)
    assert _titles(database, "katuvaloja") == []


def test_the_swedish_texts_are_searched_too(database: Database) -> None:
    """Ensure a word of a § 's Swedish title, background, proposal or decision (revision 0007) finds it, inflected
    and as a prefix, with the word marked in the snippet, and that a changed Swedish text is followed."""
    with database.begin() as session:
        body = _organisation_with_board(session)
        meeting = create_meeting(session, body_id=body.id, date=dt.date(2026, 3, 3))
        item = add_item(session, meeting_id=meeting.id, title="Rantayleiskaavan hyväksyminen")
        item.title_sv = "Godkännande av strandgeneralplanen"
        item.background_sv = "Planen gäller stränderna vid Sysmäsjöarna."
        item.decision_sv = "Kommunstyrelsen föreslår för fullmäktige att planen godkänns."
        item_id = item.id
    title = ["Rantayleiskaavan hyväksyminen"]
    assert _titles(database, "strandgeneralplan") == title  # the Swedish title, another form
    assert _titles(database, "sysmäsjöarna") == title  # the Swedish background
    assert _titles(database, "fullmäktige") == title  # the Swedish decision
    assert _titles(database, "kommunstyr") == title  # a prefix
    with database.begin() as session:
        hit = search_items(session, "sysmäsjöarna")[0]
        assert f"{MARK_START}Sysmäsjöarna{MARK_END}" in hit.snippet
    with database.begin() as session:
        session.get(Item, item_id).background_sv = "Planen gäller Päijännes stränder."  # type: ignore[union-attr]
    assert _titles(database, "sysmäsjöarna") == []
    assert _titles(database, "päijännes") == title
    assert _titles(database, "rantayleiskaava") == title  # the Finnish title as before


def test_upgrade_from_0001_keeps_and_indexes_existing_items(database: Database) -> None:
    """Ensure upgrading a database made before search keeps its items and makes them searchable. (The items are
    made with today's models, then the database is taken back to revision 0001, which leaves them unindexed.)"""
    with database.begin() as session:
        body = _organisation_with_board(session)
        meeting = create_meeting(session, body_id=body.id, date=dt.date(2024, 5, 6))
        add_item(session, meeting_id=meeting.id, title="Rantayleiskaavan hyväksyminen")
        count_before = len(list(session.scalars(select(Item.id))))
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with database.engine.connect() as conn:
        inspector = inspect(conn)
        assert "item_fts" not in inspector.get_table_names()  # SQLite's index
        assert "search_vector" not in {column["name"] for column in inspector.get_columns("item")}  # PostgreSQL's
        assert count_before == conn.execute(text("SELECT count(*) FROM item")).scalar_one()
    run_upgrade(database.engine)
    with database.engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    with database.begin() as session:
        assert len(list(session.scalars(select(Item.id)))) == count_before
    assert _titles(database, "rantayleiskaavasta") == ["Rantayleiskaavan hyväksyminen"]
    assert "Kokouksen avaus" in _titles(database, "avaus")


def test_best_ranked_first_until_too_many_matches(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a title match ranks first, and a query with more matches than RANKED_AT_MOST shows the newest first."""
    from db import search

    with demo_db.read() as connection:
        ranked = search_items(connection, "yhteistyöpöytäkirja")
        assert not ranked.newest_only
        assert ranked[0].title.startswith("Yhteistyöpöytäkirja Päijät-Hämeen kuntien")
        everything = search_items(connection, "päätös")
        assert len(everything) > 3 and not everything.newest_only
    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    with demo_db.read() as connection:
        newest = search_items(connection, "päätös")
    assert newest.newest_only
    assert {h.item_id for h in newest} == {h.item_id for h in everything}
    keys = [(h.date, h.section_number) for h in newest]
    assert keys == sorted(keys, reverse=True)


def test_search_on_a_session_and_on_a_plain_connection_agree(demo_db: Database) -> None:
    """Ensure the quick read-only connection finds exactly what a session finds, filters included."""
    with demo_db.begin() as session:
        by_session = [h.item_id for h in search_items(session, "sopimus")]
        body_id = search_items(session, "sopimus")[0].body_id
        filtered_session = [h.item_id for h in search_items(session, "sopimus", SearchFilters(body_id=body_id))]
    with demo_db.read() as connection:
        assert [h.item_id for h in search_items(connection, "sopimus")] == by_session
        filtered = [h.item_id for h in search_items(connection, "sopimus", SearchFilters(body_id=body_id))]
    assert filtered == filtered_session and by_session


def test_the_task_class_index_serves_prefixes_on_postgresql(demo_db: Database) -> None:
    """Ensure PostgreSQL's task class index can answer LIKE '00.01%' whatever the database's collation
    (varchar_pattern_ops, from the migration: the models leave it out so as not to load the PostgreSQL dialect
    at every start)."""
    if demo_db.is_sqlite:
        pytest.skip("PostgreSQL only")
    with demo_db.read() as connection:
        definition = connection.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_item_classification_code'"
        ).scalar_one()
    assert "varchar_pattern_ops" in definition


def test_loading_the_models_leaves_the_postgresql_dialect_unloaded() -> None:
    """Ensure the models declare nothing that loads SQLAlchemy's PostgreSQL dialect (40 ms of every start)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = "import sys, db.engine, db.models, db.search; print(sorted(m for m in sys.modules if 'postgresql' in m))"
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_revision_0005_adds_the_filter_indexes_and_its_downgrade_removes_them(demo_db: Database) -> None:
    """Ensure the outcome and task class indexes come with revision 0005 and go with its downgrade, and that
    filtered searches find the same items without them."""
    from sqlalchemy import inspect

    names = {"ix_item_outcome", "ix_item_classification_code"}

    def item_indexes() -> set[str]:
        with demo_db.engine.connect() as conn:
            return {ix["name"] for ix in inspect(conn).get_indexes("item")}

    def found() -> list[list[int]]:  # (sorted: the order of equally ranked items is the plan's)
        with demo_db.read() as connection:
            return [
                sorted(h.item_id for h in search_items(connection, "päätös", f))
                for f in (SearchFilters(outcome=Outcome.PASSED), SearchFilters(classification="00"))
            ]

    with_indexes = found()
    assert names <= item_indexes() and any(with_indexes)
    with demo_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
    assert not names & item_indexes()
    run_upgrade(demo_db.engine)
    assert names <= item_indexes()
    # Searched without them (today's search needs today's columns, so they are dropped here, not by going back).
    with demo_db.engine.begin() as conn:
        for name in names:
            conn.execute(text(f"DROP INDEX {name}"))
    assert found() == with_indexes


def _items(database: Database, rows: list[tuple[str, str, str]]) -> None:
    """Items of one meeting: (title, diary number, background)."""
    with database.begin() as session:
        body = _organisation_with_board(session)
        meeting = create_meeting(session, body_id=body.id, date=dt.date(2026, 2, 3))
        for title, diary_number, background in rows:
            item = add_item(session, meeting_id=meeting.id, title=title)
            item.diary_number = diary_number
            item.background = background


def test_dates_diary_numbers_and_small_words_are_found_alike_on_both_backends(database: Database) -> None:
    """Ensure a date, its year, a diary number of any form (also in lower case, pasted with its label or brackets)
    and a common small word find their § on both backends (PostgreSQL kept dates and numbers as single words, and
    left out stop words, before revision 0008), and that a query word's stem prefix is not shortened further there
    (hankin:* became han:*, finding every hanke)."""
    _items(database, [
        ("Talousarvion toteutuminen 1.1.–30.9.2025", "HEL 2013-011229 T 00 00 03", "Katsaus kauteen."),
        ("Hankinnan keskeyttäminen", "ROIDno-2021-4378", "Hankinta keskeytetään, ja uusi kilpailutus aloitetaan."),
        ("Hankkeen loppuraportti", "TRE:4325/00.01.02/2024", "Hanke päättyi ajallaan."),
    ])  # fmt: skip
    budget, procurement, project = (
        ["Talousarvion toteutuminen 1.1.–30.9.2025"], ["Hankinnan keskeyttäminen"], ["Hankkeen loppuraportti"])
    assert _titles(database, "30.9.2025") == budget
    assert _titles(database, "talousarvio 2025") == budget
    assert _titles(database, "1.1.–30.9.2025") == budget
    for typed in ("HEL 2013-011229 T 00 00 03", "hel 2013-011229", "2013-011229", "Dnro HEL 2013-011229 T 00 00 03"):
        assert _titles(database, typed) == budget, typed
    for typed in ("ROIDno-2021-4378", "roidno-2021-4378", "2021-4378", "(ROIDno-2021-4378),"):
        assert _titles(database, typed) == procurement, typed
    assert _titles(database, "tre:4325/00.01.02/2024") == project
    assert _titles(database, "hankinta") == procurement  # not the hanke
    assert set(procurement) <= set(_titles(database, "ja"))  # a stop word of PostgreSQL's Finnish configuration


def test_a_diary_number_comes_first_and_is_not_the_end_of_a_longer_one(database: Database) -> None:
    """Ensure the § with exactly the diary number searched for comes first, before numbers that merely contain it,
    and that 8/00.03.00/2025 does not find 108/00.03.00/2025 or 78/00.03.00/2025."""
    _items(database, [
        ("Kolmassadasensimmäinen", "301/02.06.00/2025", ""),
        ("Sadasensimmäinen", "101/02.06.00/2025", ""),
        ("Ensimmäinen", "1/02.06.00/2025", ""),
        ("Satakahdeksas", "108/00.03.00/2025", ""),
        ("Seitsemänkymmentäkahdeksas", "78/00.03.00/2025", ""),
    ])  # fmt: skip
    assert _titles(database, "1/02.06.00/2025") == ["Ensimmäinen"]
    assert _titles(database, "8/00.03.00/2025") == []
    assert _titles(database, "Dnro 108/00.03.00/2025") == ["Satakahdeksas"]


def test_the_count_of_matches_is_known_past_a_full_page(demo_db: Database) -> None:
    """Ensure a search whose matches fill the page tells how many matched (the panel said "200 osumaa" for 328), a
    query of only punctuation lists the newest items as a listing, not as matches, and a word repeated in a pasted
    text is searched once."""
    with demo_db.read() as connection:
        every = search_items(connection, "päätös")
        page = search_items(connection, "päätös", limit=2)
        assert len(page) == 2 and page.total == len(every) > 2 and not page.newest_only
        assert search_items(connection, "päätös " * 300).total == len(every)
        listed = search_items(connection, '"() *')
        assert listed.listing and len(listed) > 0
        assert not every.listing and every.total == len(every)


def test_short_words_find_their_forms_across_consonant_gradation(database: Database) -> None:
    """Ensure the nominative of a short word finds its inflected forms and back, across consonant gradation (Lahti
    found nothing where the text said Lahden), and an inflected hyphenated name finds its other forms, alike on
    both backends."""
    _items(database, [
        ("Lahden kaupungin lausunto", "", "Kunnan lupa on voimassa. Kadun varrella."),
        ("Lahti ja kunta", "", "Luvan hakija. Katu kunnostetaan. Päijät-Hämeen liiton kokous."),
    ])  # fmt: skip
    both = ["Lahden kaupungin lausunto", "Lahti ja kunta"]
    for typed in ("Lahti", "Lahden", "lahdessa", "kunta", "kunnan", "lupa", "luvan", "katu", "kadun"):
        assert sorted(_titles(database, typed)) == both, typed
    assert _titles(database, "liitto") == ["Lahti ja kunta"]
    assert _titles(database, "Päijät-Hämeellä") == ["Lahti ja kunta"]
    assert _titles(database, "kunnallinen") == []


def test_a_section_titled_with_the_words_comes_before_texts_that_only_mention_them(database: Database) -> None:
    """Ensure a § whose title has the query's words ranks before §§ whose long texts have many forms of them (bm25
    summed the forms: "Ilmoitusasiat" came before "Ympäristölupa, …")."""
    forms = "ympäristöluvan ympäristöluvasta ympäristöluvat ympäristöluvalla ympäristölupaan ympäristöluvista " * 3
    _items(database, [
        ("Ilmoitusasiat", "", f"Tiedoksi: {forms}"),
        ("Ympäristölupa, Kotimäen sahan laajennus", "", "Hakemus on jätetty 2.2.2026."),
        ("Kokouksen asiat", "", f"Muut asiat: {forms}"),
    ])  # fmt: skip
    assert _titles(database, "ympäristölupa")[0] == "Ympäristölupa, Kotimäen sahan laajennus"
    assert _titles(database, "ympäristöluvan")[0] == "Ympäristölupa, Kotimäen sahan laajennus"


def test_revision_0008_reindexes_existing_items_and_0009_keeps_existing_templates(database: Database) -> None:
    """Ensure a database at revision 0007 with a § and an own template upgrades: the § is found by a date and a
    diary number in lower case on both backends (PostgreSQL's column made again by 0008 from the existing §§), and
    the template keeps its text with no kind of agreement (0009's new column)."""
    from core.template_library import list_templates

    title = ["Osavuosikatsaus 1.1.–30.9.2025"]
    _items(database, [(title[0], "KH 88/12.00.00/2025", "")])
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
        conn.execute(text(
            "INSERT INTO template(name, language, text, description, copied_from, version, created_at, updated_at) "
            "VALUES ('Vanha pohja', 'fi', '{{ body.nominative }} päättää.', '', '', 1, CURRENT_TIMESTAMP, "
            "CURRENT_TIMESTAMP)"))  # fmt: skip
    run_upgrade(database.engine)
    assert _titles(database, "30.9.2025") == title
    assert _titles(database, "kh 88/12.00.00/2025") == title
    with database.begin() as session:
        own = [t for t in list_templates(session) if not t.shipped]
        assert [(t.name, t.agreement_kind) for t in own] == [("Vanha pohja", None)]


def test_either_word_with_tai_and_a_word_left_out_with_a_minus(database: Database) -> None:
    """Ensure TAI (OR, ELLER) between two words finds items with either, in their inflected forms, binding tighter
    than the words around it; a word with a minus in front leaves out the items that have it (also in a filtered
    search); a title with either word still comes first; and alike on both backends."""
    _items(database, [
        ("Kunnan vuokrasopimus", "", "Kunta vuokraa tilat. Sopimus on voimassa."),
        ("Kaupungin maanvuokrasopimus", "", "Kaupunki ja sopimuksen ehdot."),
        ("Kuntayhtymän lausunto", "", "Lausunto kunnalle, ei sopimusta."),
        ("Ilmoitusasiat", "", "Tiedoksi kaupungin ja kunnan sopimukset."),
    ])  # fmt: skip
    lease, land, statement, notices = (
        "Kunnan vuokrasopimus", "Kaupungin maanvuokrasopimus", "Kuntayhtymän lausunto", "Ilmoitusasiat")
    assert sorted(_titles(database, "lausunto TAI maanvuokrasopimus")) == sorted([land, statement])
    assert sorted(_titles(database, "lausunto OR maanvuokrasopimus")) == sorted([land, statement])
    assert sorted(_titles(database, "lausunnon ELLER maanvuokrasopimuksen")) == sorted([land, statement])
    # (kunta TAI kaupunki) ja sopimus: every § has one of the first two and a form of the last.
    assert sorted(_titles(database, "kunta TAI kaupunki sopimus")) == sorted([lease, land, statement, notices])
    assert _titles(database, "kunta TAI kaupunki")[-1] == notices  # the only one not titled with either
    # A compound's part is not a word of its own: "maanvuokrasopimus" is not left out by -vuokra.
    assert sorted(_titles(database, "sopimus -vuokra")) == sorted([land, statement, notices])
    assert sorted(_titles(database, "sopimus -vuokra -ilmoitusasiat")) == sorted([land, statement])
    assert sorted(_titles(database, "kunta -kaupunki")) == sorted([lease, statement])
    assert _titles(database, "kunta -kaupunki", SearchFilters(year=2026)) == _titles(database, "kunta -kaupunki")
    assert _titles(database, "sopimus -kunta -kaupunki") == []
    # A word that no item has excludes nothing; a clause none of whose words any item has finds nothing.
    assert sorted(_titles(database, "lausunto -olematon")) == [statement]
    assert _titles(database, "olematon TAI puuttuva") == []
    assert _titles(database, "olematon TAI lausunto") == [statement]


def test_tai_and_a_minus_are_words_where_they_cannot_be_operators() -> None:
    """Ensure "tai" in lower case (a pasted sentence), TAI at either end or next to an excluded word, and a query of
    only excluded words are searched as words, and repeated clauses and exclusions are searched once."""
    from db.search import _distinct_chunks, parse_query

    assert parse_query("kunta TAI kaupunki sopimus").clauses == [[["kunta"], ["kaupunki"]], [["sopimus"]]]
    assert parse_query("a TAI b TAI c").clauses == [[["a"], ["b"], ["c"]]]
    assert parse_query("kunta tai kaupunki").clauses == [[["kunta"]], [["tai"]], [["kaupunki"]]]
    assert parse_query("TAI kunta TAI").clauses == [[["tai"]], [["kunta"]], [["tai"]]]
    assert parse_query("kunta TAI -kaupunki").clauses == [[["kunta"]], [["tai"]]]
    assert parse_query("kunta TAI -kaupunki").excluded == [["kaupunki"]]
    only_excluded = parse_query("-vuokra -maa")
    assert only_excluded.clauses == [[["vuokra"]], [["maa"]]] and only_excluded.excluded == []
    assert parse_query("HEL 2013-011229 - x").excluded == []  # a minus inside a number, or alone, is not one
    repeated = _distinct_chunks(parse_query("kunta -maa kunta -maa kunta TAI kaupunki kunta TAI kaupunki"))
    assert repeated.clauses == [[["kunta"]], [["kunta"], ["kaupunki"]]] and repeated.excluded == [["maa"]]

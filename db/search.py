"""Full-text search over the items of all years: one interface over SQLite FTS5 and PostgreSQL text search.

``search_items(session, "sopimuksen hyväksyminen", SearchFilters(body_id=3))`` returns ``SearchHit`` rows
(body, date, §, title, diary number and a snippet with the matching words marked) for the items whose
title, diary number, background, proposal or decision, in Finnish or in Swedish (revision 0007), contain every
word of the query. ``TAI`` (``OR``, ``ELLER``) in capitals between two words lets either do, and a word with a
minus in front leaves out the items that have it (``parse_query``, ``SearchQuery``).

Finnish inflects words, so a query word is not matched as written but as a *stem prefix*
(``finnish_stem``): one case or number ending is stripped (``-ssa``, ``-lle``, ``-en``, ``-n`` ...), then a
final stem vowel, the ``-ks-``/``-s`` of words like *sopimus : sopimuksen*, and a consonant that changes in
consonant gradation (*kunta : kunnan*, *päätös : päätöksen*), never leaving fewer than four letters. The
stem is then matched as a prefix of the indexed words: "sopimuksen", "sopimus" and "sopimusta" all find
*sopimus*, *sopimuksen* and *sopimukset*. A short word, whose stem keeps its changing consonant, is matched by its
stem in the other grade too (``stem_prefixes``: *Lahti* : *Lahden*, *lupa* : *luvan*); the last word of a phrase
(*Päijät-Hämeellä*) by its stem. The index itself keeps the words as written, lower-cased and split at
every punctuation mark (SQLite ``unicode61`` without folding ä to a; PostgreSQL the 'simple' configuration over
the texts with their punctuation replaced by spaces, revision 0008), so both backends find the same items: a
date (``30.9.2025``) or a diary number is found as a phrase of its numbers, and a year inside them by itself.

Results come best first (bm25: title and diary number weigh most) when a query has at most
``RANKED_AT_MOST`` matches; a query matching more items than that (a common word) shows the newest items
instead, since ranking would have to read every match and its cost would grow with the years kept. The
matches counted are those that pass the filters: a filter that leaves few of a common word's matches gets
them ranked, and the filtered matches are found through indexes on the filter columns (revision 0005), so a
filtered search does not rank or read every match of the word either.

A query that looks like a diary number (``77/00.04.01/2023``, ``HEL 2013-011229 T 00 00 03``, also pasted with
its label "Dnro" or in brackets) also matches the diary numbers containing it as written, in any letter case and
whatever their form, but not as the end of a longer number (``8/00.03.00/2025`` is not ``108/00.03.00/2025``);
the number itself comes first, then numbers beginning with it, then the rest, each newest first.

SQLite keeps the index in the external-content FTS5 table ``item_fts`` (triggers on ``item``),
PostgreSQL in the generated column ``item.search_vector`` with a GIN index; both come from the Alembic
revision 0002. They are not in the models, so schema comparisons use ``include_object`` to skip them.
On SQLite a stem prefix is written out as the index's words that start with it (``fts5_match``, with the
word list of revision 0004, ``db.search_terms``), so that FTS5 can stop at the newest matches instead of
merging every word's list first; the unfiltered search runs its compiled statements on the sqlite3 driver
(``_sqlite_page``). ``python -m bench.run --only search`` measures both backends against direct queries.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    Select,
    String,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from db import search_terms
from db.engine import driver_connection
from db.enums import Outcome
from db.models import Body, Item, Meeting

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"

# The columns of the index (revisions 0002 and 0007), in its order: the Finnish texts, then the Swedish ones.
SEARCHED_COLUMNS = (
    "title", "diary_number", "background", "proposal", "decision", "title_sv", "background_sv", "proposal_sv",
    "decision_sv",
)  # fmt: skip

# Schema objects of the search index that the models do not declare.
INDEX_TABLE_PREFIX = "item_fts"
INDEX_COLUMN = "search_vector"
INDEX_NAME = "ix_item_search_vector"

MIN_STEM = 4

# Case and number endings, longest first (both vowel-harmony variants).
_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {
            "ihin", "iden", "itten", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta",
            "ttä", "jen", "ien", "na", "nä", "ta", "tä", "en", "in", "n", "t", "a", "ä",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
_VOWELS = frozenset("aeiouyäöå")
_GRADATION_PAIRS = ("nt", "nn", "mp", "mm", "lt", "ll", "rt", "rr", "nk", "ng", "kk", "pp", "tt")
_GRADATION_SINGLE = frozenset("kptdv")
# Title and diary number weigh most, then the proposal and decision, then the background; the Swedish texts as
# their Finnish ones.
BM25_WEIGHTS = "10.0, 8.0, 2.0, 3.0, 3.0, 10.0, 2.0, 3.0, 3.0"  # in the order of SEARCHED_COLUMNS
_WORD = re.compile(r"\w+", re.UNICODE)
_DIARY_LIKE = re.compile(r"\d.*[/:-]|[/:-].*\d")
_DIARY_LABEL = re.compile(r"^(dnro|dnr|diaarinumero|diarienummer|diaarinro)\b[\s.:]*", re.IGNORECASE)
_DIARY_PASTED = " \t()[]{},;.\"'”’«»"  # what a pasted number may have around it


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing of a search: a body, a year, a class of the task classification (prefix), an outcome."""

    body_id: int | None = None
    year: int | None = None
    classification: str = ""
    outcome: Outcome | None = None


@dataclass(frozen=True)
class SearchHit:
    """One found item; ``snippet`` has the matching words between ``MARK_START`` and ``MARK_END``."""

    item_id: int
    meeting_id: int
    body_id: int
    body_name: str
    date: dt.date
    year: int
    section_number: int
    title: str
    diary_number: str
    outcome: Outcome | None
    snippet: str

    @property
    def section_label(self) -> str:
        return f"{self.section_number} §"


@functools.lru_cache(maxsize=4096)
def finnish_stem(word: str) -> str:
    """The prefix a Finnish query word is matched with (see the module docstring for the rule).

    What matters is that the result is a prefix of the word's other inflected forms; a shorter stem only
    finds a little more.
    """
    word = word.lower()
    if len(word) <= MIN_STEM or any(ch.isdigit() for ch in word):
        return word
    if word.endswith("nen") and len(word) - 3 >= MIN_STEM:
        return word[:-3]  # hyväksyminen : hyväksymisen : hyväksymistä
    stem = word
    for ending in _ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            stem = stem[: -len(ending)]
            break

    def cut(count: int) -> str:
        return stem[:-count] if len(stem) - count >= MIN_STEM else stem

    for suffix in ("ksi", "kse", "ks"):  # sopimus : sopimuksen : sopimuksia
        if stem.endswith(suffix):
            return cut(len(suffix))
    if stem.endswith("s") and stem[-2] in _VOWELS:
        return cut(1)
    if stem.endswith("se"):
        return cut(2)
    if stem[-1] in _VOWELS:
        stem = cut(1)
    if stem[-2:] in _GRADATION_PAIRS:  # kunta : kunnan, liitto : liiton
        stem = cut(2)
    elif stem[-1] in _GRADATION_SINGLE:
        stem = cut(1)
    return stem


# Consonant gradation of the last syllable of a short word: strong → weak (kunta : kunnan, lahti : lahden,
# lupa : luvan) and weak → strong; a single consonant only after a vowel (katu : kadun).
_WEAKER = (("ht", "hd"), ("tt", "t"), ("kk", "k"), ("pp", "p"), ("nt", "nn"), ("nk", "ng"), ("mp", "mm"),
           ("lt", "ll"), ("rt", "rr"), ("t", "d"), ("p", "v"))  # fmt: skip
_STRONGER = (("hd", "ht"), ("nn", "nt"), ("ng", "nk"), ("mm", "mp"), ("ll", "lt"), ("rr", "rt"), ("d", "t"),
             ("v", "p"))  # fmt: skip
_GRADED_STEM_AT_MOST = 5  # longer words lose the changing consonant in finnish_stem already (lautakun-ta/-nan)


def stem_prefixes(word: str) -> list[str]:
    """The prefixes a query word is matched with: its stem (``finnish_stem``) and, for a short word, the stem with
    the consonant of its last syllable in the other grade, so that the nominative finds the inflected forms and
    back: *Lahti* finds *Lahden*, *kunta* *kunnan*, *lupa* *luvan*, *katu* *kadun*, *liitto* *liiton*, and each of
    these the other.

    A stem kept whole keeps its last vowel (*lupa* → *luva*). Gradations that drop a consonant (*virka* : *viran*),
    change the vowel (*vesi* : *veden*) or double one (*Iitti* : *Iitin*) are not guessed.
    """
    return list(_stem_prefixes(word))


@functools.lru_cache(maxsize=4096)
def _stem_prefixes(word: str) -> tuple[str, ...]:
    """``stem_prefixes``, worked out once per word (a search asks for them twice: the match and the title test)."""
    stem = finnish_stem(word)
    if not MIN_STEM <= len(stem) <= _GRADED_STEM_AT_MOST or not stem.isalpha():
        return (stem,)
    vowel = stem[-1] if stem[-1] in _VOWELS else ""
    core = stem[: len(stem) - len(vowel)]
    found = [stem]
    for grades in (_WEAKER, _STRONGER):
        for before, after in grades:
            if not core.endswith(before) or (len(before) == 1 and core[-2:-1] not in _VOWELS):
                continue
            other = core[: len(core) - len(before)] + after + vowel
            if len(other) >= MIN_STEM and not other.startswith(stem):
                found.append(other)
            break
    return tuple(found)


def query_terms(query: str) -> list[list[str]]:
    """The query as groups of tokens: one group per whitespace-separated chunk (``77/00.04`` → 2 tokens)."""
    groups = []
    for chunk in query.replace('"', " ").split():
        tokens = _tokens(chunk)
        if tokens:
            groups.append(tokens)
    return groups


def _tokens(chunk: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(chunk)]


OR_WORDS = frozenset({"TAI", "OR", "ELLER"})
"""Written in capitals between two words, any of them will do (*kunta TAI kaupunki*); in lower case, "tai" is a
word like any other (a pasted sentence)."""


@dataclass
class SearchQuery:
    """What a query asks for: every clause must match, and no excluded chunk may.

    A chunk is the tokens of one whitespace-separated piece of the query (``query_terms``); a clause is one chunk,
    or several joined by ``OR_WORDS`` (any of them will do). A piece written with a minus in front (*-vuokra*)
    is excluded: items with that word are left out. A query with nothing but exclusions searches for the words
    themselves, and an OR word that does not stand between two words is searched as a word.
    """

    clauses: list[list[list[str]]] = field(default_factory=list)
    excluded: list[list[str]] = field(default_factory=list)

    def chunks(self) -> list[list[str]]:
        """Every chunk a match must have one of per clause, in the query's order."""
        return [chunk for clause in self.clauses for chunk in clause]


def parse_query(query: str) -> SearchQuery:
    """The query's clauses and exclusions (``SearchQuery``)."""
    pieces = [(piece, _tokens(piece)) for piece in query.replace('"', " ").split()]
    pieces = [(piece, tokens) for piece, tokens in pieces if tokens]

    def excluding(piece: str) -> bool:
        return len(piece) > 1 and piece[0] == "-" and _WORD.match(piece, 1) is not None

    def joins(at: int) -> bool:  # an OR word between two words to search for
        return (
            pieces[at][0] in OR_WORDS
            and 0 < at < len(pieces) - 1
            and not excluding(pieces[at - 1][0])
            and not excluding(pieces[at + 1][0])
            and pieces[at + 1][0] not in OR_WORDS
        )

    parsed = SearchQuery()
    joined = False
    for at, (piece, tokens) in enumerate(pieces):
        if excluding(piece):
            parsed.excluded.append(tokens)
        elif joins(at) and parsed.clauses:
            joined = True
        elif joined:
            parsed.clauses[-1].append(tokens)
            joined = False
        else:
            parsed.clauses.append([tokens])
    if not parsed.clauses:
        parsed.clauses = [[tokens] for tokens in parsed.excluded]
        parsed.excluded = []
    return parsed


def diary_query(query: str) -> str:
    """The diary number the query may be, "" when it does not look like one: digits with a slash, colon or hyphen,
    without a label ("Dnro 77/00.04.01/2023") and the punctuation pasted around it."""
    number = _DIARY_LABEL.sub("", query.strip()).strip(_DIARY_PASTED)
    if not number or len(number) > 100 or len(number.split()) > 8 or not _DIARY_LIKE.search(number):
        return ""
    return " ".join(number.split())


def phrase_tokens(tokens: list[str]) -> list[str]:
    """The tokens of a chunk searched as a phrase, the last one by its stem (*Päijät-Hämeellä* → päijät häme…):
    the phrase's last word is matched as a prefix."""
    last = tokens[-1]
    return [*tokens[:-1], finnish_stem(last) if last.isalpha() else last]


def _any_of(parts: list[str], joiner: str = " OR ") -> str:
    return parts[0] if len(parts) == 1 else "(" + joiner.join(parts) + ")"


def _combined(clauses: list[str], excluded: list[str]) -> str:
    """FTS5: every clause, none of the excluded."""
    required = " AND ".join(clauses)
    if not excluded:
        return required
    return f"({required}) NOT {_any_of(excluded)}"


def _fts5_chunk(tokens: list[str]) -> str:
    """A chunk in FTS5: a word as any of its stem prefixes, several tokens as a phrase."""
    if len(tokens) == 1:
        return _any_of([f'"{prefix}"*' for prefix in stem_prefixes(tokens[0])])
    return '"' + " ".join(phrase_tokens(tokens)) + '"*'


def fts5_query(query: SearchQuery) -> str:
    """An FTS5 MATCH expression: every clause must match (a chunk of it, a word as any of its stem prefixes, a
    chunk of several tokens as a phrase), no excluded chunk may."""
    return _combined(
        [_any_of([_fts5_chunk(tokens) for tokens in clause]) for clause in query.clauses],
        [_fts5_chunk(tokens) for tokens in query.excluded],
    )


# Letters FTS5's unicode61 tokenizer keeps as they are once lower-cased, as Python does
# (tests/db/test_search_terms.py checks each): a stem of only these is looked up in the word list as written.
_PLAIN_STEM = re.compile(r"[0-9a-zåäöüõéèêëáàâãíìîïóòôúùûýÿçñøæœčšžđŋŧʒǯǥǧǩǫ]+")


def fts5_match(query: SearchQuery, run: Callable[[str, dict[str, Any]], list[Any]]) -> str | None:
    """``fts5_query`` with each stem prefix written out as the index's words that start with it (``db.search_terms``).

    ``run(sql, params)`` returns the first column of a statement's rows (``search_terms.PENDING_SQL`` and
    ``WORDS_SQL``). None when some clause has no chunk with an indexed word starting with its stem: nothing can
    match (an excluded chunk without one excludes nothing). While items wait for their words to be listed, or for
    a stem with too many words, the prefix query stays.
    """
    if run(search_terms.PENDING_SQL, {})[0]:
        return fts5_query(query)
    clauses = []
    for clause in query.clauses:
        parts = [part for part in (_fts5_words(tokens, run) for tokens in clause) if part is not None]
        if not parts:
            return None
        clauses.append(_any_of(parts))
    excluded = [part for part in (_fts5_words(tokens, run) for tokens in query.excluded) if part is not None]
    return _combined(clauses, excluded)


def _fts5_words(tokens: list[str], run: Callable[[str, dict[str, Any]], list[Any]]) -> str | None:
    """A chunk in FTS5 with its stem prefixes written out as words (None: no indexed word has them)."""
    prefixes = stem_prefixes(tokens[0]) if len(tokens) == 1 else []
    if not prefixes or not all(_PLAIN_STEM.fullmatch(prefix) for prefix in prefixes):
        return _fts5_chunk(tokens)
    words: list[str] = []
    for prefix in prefixes:
        found = search_terms.words_with_prefix(
            run(search_terms.WORDS_SQL, {"prefix": prefix, "cap": search_terms.MAX_WORDS_PER_PREFIX + 1}), prefix
        )
        if found is None:
            return _fts5_chunk(tokens)  # too many: the prefix query
        words.extend(word for word in found if word not in words)
    if not words:
        return None
    return "(" + " OR ".join(f'"{word}"' for word in words) + ")"


PG_CONFIG = "simple"  # revision 0008: the index's words as written, lower-cased, no stemming, no stop words


def _ts_chunk(tokens: list[str]) -> str:
    if len(tokens) == 1:
        return "(" + " | ".join(f"{prefix}:*" for prefix in stem_prefixes(tokens[0])) + ")"
    words = phrase_tokens(tokens)
    return "(" + " <-> ".join([*words[:-1], f"{words[-1]}:*"]) + ")"


def tsquery_text(query: SearchQuery) -> str:
    """A ``to_tsquery('simple', ...)`` expression for the same meaning on PostgreSQL."""
    required = " & ".join(_any_of([_ts_chunk(tokens) for tokens in clause], " | ") for clause in query.clauses)
    if not query.excluded:
        return required
    return f"{required} & !{_any_of([_ts_chunk(tokens) for tokens in query.excluded], ' | ')}"


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: text escaped, matches in bold."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def _item_conditions(filters: SearchFilters) -> list[ColumnElement[bool]]:
    """The filters as conditions on ``item`` alone (each has an index: revision 0005 for outcome and class)."""
    conditions: list[ColumnElement[bool]] = []
    if filters.body_id is not None:
        conditions.append(Item.body_id == filters.body_id)
    if filters.year is not None:
        conditions.append(Item.year == filters.year)
    if filters.classification:
        conditions.append(Item.classification_code.like(filters.classification.strip() + "%"))
    if filters.outcome is not None:
        conditions.append(Item.outcome == filters.outcome)
    return conditions


def _base_select(filters: SearchFilters) -> Select[Any]:
    return (
        select(
            Item.id,
            Item.meeting_id,
            Item.body_id,
            Body.name,
            Meeting.date,
            Item.year,
            Item.section_number,
            Item.title,
            Item.diary_number,
            Item.outcome,
        )
        .join(Meeting, Item.meeting_id == Meeting.id)
        .join(Body, Item.body_id == Body.id)
        .where(*_item_conditions(filters))
    )


def _hit(row: Any, snippet: str) -> SearchHit:
    return SearchHit(
        item_id=row[0],
        meeting_id=row[1],
        body_id=row[2],
        body_name=row[3],
        date=row[4],
        year=row[5],
        section_number=row[6],
        title=row[7],
        diary_number=row[8],
        outcome=row[9],
        snippet=snippet,
    )


def _diary_hits(conn: Connection, number: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    """The items whose diary number contains ``number`` (``diary_query``), the number itself first."""
    pattern = "%" + number.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    column_ = Item.diary_number
    # SQLite's LIKE ignores the case of ASCII letters and scans the covering index on the column (20 ms with
    # 100 000 items); PostgreSQL's LIKE does not ignore case.
    if conn.dialect.name == "postgresql":
        condition = column_.ilike(pattern, escape="\\")
    else:
        condition = column_.like(pattern, escape="\\")
    newest_first = (Meeting.date.desc(), Item.section_number.desc())
    stmt = _base_select(filters).where(condition).order_by(*newest_first).limit(5 * limit)
    wanted = number.casefold()
    whole = re.compile(r"(?<![0-9])" + re.escape(wanted) + r"(?![0-9])")  # 8/00.03.00/2025 is not in 108/…

    def place(row: Any) -> int:
        found = str(row[8]).casefold()
        return 0 if found == wanted else 1 if found.startswith(wanted) else 2

    rows = sorted((row for row in conn.execute(stmt) if whole.search(str(row[8]).casefold())), key=place)
    return [_hit(row, f"Dnro {MARK_START}{row[8]}{MARK_END}") for row in rows[:limit]]


RANKED_AT_MOST = 1000
"""A query with more matches than this shows the newest ones instead of the best ranked ones.

Ranking reads every match (bm25 needs each one's statistics), so its cost grows with the database; a word
found in thousands of items is not one a secretary ranks by anyway. FTS5 finds the newest matches by walking
the index backwards and stopping early, so that costs the same at any size.
"""


class SearchHits(list[SearchHit]):
    """The hits of one search.

    ``newest_only`` when there were more than ``RANKED_AT_MOST`` matches (the page then holds those added last);
    ``total``: how many matched, when known (at most ``RANKED_AT_MOST``; a full page may be fewer than matched);
    ``listing`` when the query had no words (empty, or only punctuation): the newest items, not matches.
    """

    newest_only: bool = False
    total: int | None = None
    listing: bool = False


# Unfiltered: FTS5 ranks and cuts the page itself ("ORDER BY rank LIMIT" in the inner query is planned inside
# FTS5) and makes snippets only for the rows it returns; the page is then joined to its items. Statements are
# built once: building and ORM-executing them would cost more than a rare word's whole search.
_COUNT_UP_TO_SQL = (
    "SELECT count(*) FROM (SELECT rowid FROM item_fts WHERE item_fts MATCH :q ORDER BY rowid DESC LIMIT :cap)"
)
_PAGE_COLUMNS = (column("item_id", Integer), column("snippet", String), column("score", Float))
_SNIPPET = "snippet(item_fts, -1, :start, :end, :ellipsis, 16) AS snippet"
_SNIPPET_MARKS = {"start": MARK_START, "end": MARK_END, "ellipsis": ELLIPSIS}  # the parameters of _SNIPPET
_RANKED = (
    text(
        f"SELECT rowid AS item_id, {_SNIPPET}, rank AS score FROM item_fts WHERE item_fts MATCH :q "
        f"AND rank MATCH 'bm25({BM25_WEIGHTS})' ORDER BY rank LIMIT :limit"
    )
    .columns(*_PAGE_COLUMNS)
    .subquery("page")
)
_NEWEST = (
    text(
        f"SELECT rowid AS item_id, {_SNIPPET}, -rowid AS score FROM item_fts WHERE item_fts MATCH :q "
        "ORDER BY rowid DESC LIMIT :limit"
    )
    .columns(*_PAGE_COLUMNS)
    .subquery("page")
)
_RANKED_PAGE = (
    _base_select(SearchFilters()).add_columns(_RANKED.c.snippet).join(_RANKED, _RANKED.c.item_id == Item.id)
).order_by(_RANKED.c.score)
_NEWEST_PAGE = (
    _base_select(SearchFilters()).add_columns(_NEWEST.c.snippet).join(_NEWEST, _NEWEST.c.item_id == Item.id)
).order_by(Meeting.date.desc(), Item.section_number.desc())


def _sqlite_match(driver: Any, query: SearchQuery) -> str | None:
    """``fts5_match`` with its word-list lookups on the sqlite3 driver."""
    return fts5_match(query, lambda sql, params: [row[0] for row in driver.execute(sql, params)])


@dataclass(frozen=True)
class _DriverStatement:
    """A statement compiled once for SQLite's driver: its SQL, the order of its parameters, its row converters."""

    sql: str
    names: tuple[str, ...]
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column, converter) for the columns that need one

    @classmethod
    def of(cls, stmt: Select[Any]) -> _DriverStatement:
        dialect = sqlite.dialect()
        compiled = stmt.compile(dialect=dialect)
        processors = (c.type.dialect_impl(dialect).result_processor(dialect, None) for c in stmt.selected_columns)
        convert = tuple((i, f) for i, f in enumerate(processors) if f is not None)
        return cls(compiled.string, tuple(compiled.positiontup or ()), convert)

    def rows(self, driver: Any, params: dict[str, Any]) -> list[Any]:
        """The rows, with each value converted as SQLAlchemy would (dates, enumerations)."""
        found: list[Any] = driver.execute(self.sql, [params[name] for name in self.names]).fetchall()
        for index, row in enumerate(found):
            values = list(row)
            for at, convert in self.convert:
                if values[at] is not None:
                    values[at] = convert(values[at])
            found[index] = values
        return found


@functools.cache
def _driver_pages() -> tuple[_DriverStatement, _DriverStatement]:
    return _DriverStatement.of(_RANKED_PAGE), _DriverStatement.of(_NEWEST_PAGE)


def _sqlite_page(conn: Connection, query: SearchQuery, limit: int) -> SearchHits:
    """The unfiltered search (what is typed into the search field), on the connection's sqlite3 driver.

    The statements are the ones above, compiled once; going round SQLAlchemy's execution saves about 0.1 ms a
    statement, which is most of a rare word's search (``python -m bench.run --only search``). Without a
    session no transaction is begun, so each statement reads the newest committed data.
    """
    driver = driver_connection(conn)
    match = _sqlite_match(driver, query)
    if match is None:
        return SearchHits()
    count = driver.execute(_COUNT_UP_TO_SQL, {"q": match, "cap": RANKED_AT_MOST + 1}).fetchone()[0]
    newest_only = count > RANKED_AT_MOST
    ranked, newest = _driver_pages()
    rows = (newest if newest_only else ranked).rows(driver, {"q": match, "limit": limit, **_SNIPPET_MARKS})
    hits = SearchHits(_hit(row, row[10] or row[7]) for row in rows)
    hits.newest_only = newest_only
    hits.total = None if newest_only else count
    return hits


# Filtered: the items passing the filters (found through the indexes on item) narrow FTS5's matches before
# anything is ranked or cut. The unary "+" keeps "rowid IN" out of FTS5's plan: as a constraint FTS5 would run
# the whole query again once per id. Then, as unfiltered: past RANKED_AT_MOST filtered matches the newest are
# shown (FTS5 walks its matches from the newest and stops), else bm25 ranks only the filtered matches. A query
# with few matches at all ranks them all and filters after, without reading the candidates.
_FTS = table("item_fts", column("rowid", Integer))
_FTS_MATCH = text("item_fts MATCH :q")
_FILTERED_ROWID = literal_column("+item_fts.rowid", Integer)
_BM25 = literal_column(f"bm25(item_fts, {BM25_WEIGHTS})", Float)


@functools.lru_cache(maxsize=32)
def _sqlite_filtered_statements(filters: SearchFilters) -> tuple[Select[Any], Select[Any], Select[Any], Select[Any]]:
    """For ``filters`` (the query is ``:q``): the count of filtered matches up to ``:cap``; the page of all
    matches ranked, then filtered (few matches); the filtered matches ranked (many matches, few of them pass the
    filters); the newest filtered matches, with their snippets (many pass)."""
    candidates = select(Item.id).where(*_item_conditions(filters))
    matches = select(_FTS.c.rowid.label("item_id")).where(_FTS_MATCH)
    filtered = matches.where(_FILTERED_ROWID.in_(candidates))
    newest_first = _FTS.c.rowid.desc()
    count = select(func.count()).select_from(
        filtered.order_by(newest_first).limit(bindparam("cap", type_=Integer)).subquery()
    )
    page_limit = bindparam("limit", type_=Integer)
    all_ranked = matches.add_columns(_BM25.label("score")).subquery()
    ranked_all = (
        _base_select(filters).join(all_ranked, all_ranked.c.item_id == Item.id).order_by(all_ranked.c.score)
    ).limit(page_limit)
    filtered_ranked = filtered.add_columns(_BM25.label("score")).order_by(text("score")).limit(page_limit).subquery()
    ranked = (
        _base_select(SearchFilters())
        .join(filtered_ranked, filtered_ranked.c.item_id == Item.id)
        .order_by(filtered_ranked.c.score)
    )
    # No sort above FTS5's own newest-first walk, so the snippet is made only for the rows of the page. The
    # same call as _SNIPPET, as an expression (a text fragment with parameters cannot be a column).
    snippet = func.snippet(
        literal_column("item_fts"), literal_column("-1"), bindparam("start", type_=String),
        bindparam("end", type_=String), bindparam("ellipsis", type_=String), literal_column("16"), type_=String,
    ).label("snippet")  # fmt: skip
    newest_page = filtered.add_columns(snippet).order_by(newest_first).limit(page_limit).subquery()
    newest = (
        _base_select(SearchFilters())
        .add_columns(newest_page.c.snippet)
        .join(newest_page, newest_page.c.item_id == Item.id)
        .order_by(Meeting.date.desc(), Item.section_number.desc())
    )
    return count, ranked_all, ranked, newest


_SNIPPETS_OF = text(f"SELECT rowid, {_SNIPPET} FROM item_fts WHERE item_fts MATCH :q AND +rowid IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


def _sqlite_hits(conn: Connection, query: SearchQuery, filters: SearchFilters, limit: int) -> SearchHits:
    if filters == SearchFilters():
        return _sqlite_page(conn, query, limit)
    driver = driver_connection(conn)
    match = _sqlite_match(driver, query)
    if match is None:
        return SearchHits()
    count, ranked_all, ranked, newest = _sqlite_filtered_statements(filters)
    params = {"q": match, "cap": RANKED_AT_MOST + 1, "limit": limit, **_SNIPPET_MARKS}
    total = None
    if driver.execute(_COUNT_UP_TO_SQL, params).fetchone()[0] <= RANKED_AT_MOST:
        page = ranked_all  # few matches at all: rank them all, then filter
    else:
        total = conn.execute(count, params).scalar_one()
        if total > RANKED_AT_MOST:
            hits = SearchHits(_hit(row, row[10] or row[7]) for row in conn.execute(newest, params))
            hits.newest_only = True
            return hits
        page = ranked  # many matches, few of them pass the filters: rank those
    rows = list(conn.execute(page, params))
    if not rows:
        return SearchHits()
    # Snippets only for the page shown: making one for every match of a common word would be slow.
    found: dict[int, str] = {
        row[0]: row[1] for row in conn.execute(_SNIPPETS_OF, {**params, "ids": [r[0] for r in rows]})
    }
    hits = SearchHits(_hit(row, found.get(row[0]) or row[7]) for row in rows)
    hits.total = total
    return hits


# ts_headline's options: the marks, the snippet's length, up to two fragments (bench.direct uses them too).
PG_HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=24, MinWords=10, MaxFragments=2, '
    f'FragmentDelimiter=" {ELLIPSIS} "'
)


@functools.lru_cache(maxsize=32)
def _postgres_statements(filters: SearchFilters) -> tuple[Select[Any] | None, Select[Any], Select[Any], Select[Any]]:
    """For ``filters`` (the query is ``:q``): the newest filtered item's id (None without filters), the count
    of matches up to ``:cap``, the ranked page and the newest page.

    Built once per set of filters and kept, as the SQLite statements are: building them anew each time cost
    more than a rare word's whole search on the server. The snippet (``ts_headline``, which parses the whole
    text) is a column of the page: PostgreSQL computes such a costly column only for the rows left after the
    sort and the limit, and the page comes back in one round trip.

    With filters, the count and the newest page walk the primary key down from the newest filtered item
    (``:bound``). Without the bound, the filtered items of an early year are reached only after every newer
    item's text index has been read (0.4 s with 100 000 items), and counting by a plain scan with a limit
    depends on where the server's shared table scan happens to start (0.01-0.7 s).
    """
    query = func.to_tsquery(text(f"'{PG_CONFIG}'::regconfig"), bindparam("q", type_=String))
    # Not a mapped column: the index is generated by PostgreSQL (revision 0002), not declared in the models.
    search_vector: Any = literal_column(f"item.{INDEX_COLUMN}")
    matches = search_vector.op("@@")(query)
    texts = (Item.title, Item.background, Item.proposal, Item.decision)
    texts_sv = (Item.title_sv, Item.background_sv, Item.proposal_sv, Item.decision_sv)
    document = func.concat_ws(f" {ELLIPSIS} ", *(func.nullif(c, "") for c in (*texts, *texts_sv)))
    headline = func.ts_headline(text(f"'{PG_CONFIG}'::regconfig"), document, query, PG_HEADLINE_OPTIONS)
    conditions = _item_conditions(filters)
    page = _base_select(filters).add_columns(headline).where(matches).limit(bindparam("limit", type_=Integer))
    ranked = page.order_by(func.ts_rank_cd(search_vector, query).desc(), Meeting.date.desc())
    up_to = select(Item.id).where(matches, *conditions).limit(bindparam("cap", type_=Integer))
    newest = page.order_by(Item.id.desc())
    bound = None
    if conditions:
        bound = select(func.max(Item.id)).where(*conditions)
        below = Item.id <= bindparam("bound", type_=Integer)
        up_to = up_to.where(below).order_by(Item.id.desc())
        newest = newest.where(below)
    count = select(func.count()).select_from(up_to.subquery())
    return bound, count, ranked, newest


def _postgres_hits(conn: Connection, query: SearchQuery, filters: SearchFilters, limit: int) -> SearchHits:
    bound, count, ranked, newest = _postgres_statements(filters)
    params = {"q": tsquery_text(query), "limit": limit, "cap": RANKED_AT_MOST + 1}
    # As on SQLite: ranking reads every match's tsvector, so past RANKED_AT_MOST matches the newest are shown.
    # With filters, a query with few matches at all is ranked at once (no bound, no second count).
    few_at_all = False
    if bound is not None:
        _, count_all, _, _ = _postgres_statements(SearchFilters())
        few_at_all = conn.execute(count_all, params).scalar_one() <= RANKED_AT_MOST
        if not few_at_all:
            params["bound"] = conn.execute(bound).scalar()
            if params["bound"] is None:
                return SearchHits()  # no item passes the filters
    total = None if few_at_all else conn.execute(count, params).scalar_one()
    newest_only = total is not None and total > RANKED_AT_MOST
    rows = list(conn.execute(newest if newest_only else ranked, params))
    if newest_only:
        rows.sort(key=lambda row: (row[4], row[6]), reverse=True)
    hits = SearchHits(_hit(row, row[10] or row[7]) for row in rows)
    hits.newest_only = newest_only
    hits.total = None if newest_only else total
    return hits


def search_items(
    source: Session | Connection, query: str, filters: SearchFilters | None = None, *, limit: int = 200
) -> SearchHits:
    """Items matching every word of ``query`` (and the filters), best first; see the module docstring.

    An empty query lists the newest items that pass the filters. ``source`` is a session or, quicker, a
    plain connection (``Database.read()``).
    """
    conn = source.connection() if isinstance(source, Session) else source
    filters = filters or SearchFilters()
    parsed = _distinct_chunks(parse_query(query))
    if not parsed.clauses:
        stmt = _base_select(filters).order_by(Meeting.date.desc(), Item.section_number.desc()).limit(limit)
        listed = SearchHits(_hit(row, row[7]) for row in conn.execute(stmt))
        listed.listing = True
        return listed
    hits = SearchHits()
    number = diary_query(query)
    if number:
        hits.extend(_diary_hits(conn, number, filters, limit))
    dialect = conn.dialect.name
    if dialect == "postgresql":
        found = _postgres_hits(conn, parsed, filters, limit)
    else:
        found = _sqlite_hits(conn, parsed, filters, limit)
    seen = {h.item_id for h in hits}
    if not found.newest_only and len(found) > 1:
        # bm25 sums the scores of a stem's many written-out forms, so a long text with several forms could rank
        # above a § titled with the word itself: the §§ whose title has every word of the query come first.
        in_title = _title_matcher(parsed)
        found.sort(key=lambda hit: not in_title(hit.title))
    hits.extend(h for h in found if h.item_id not in seen)
    del hits[limit:]
    hits.newest_only = found.newest_only
    if len(hits) < limit:
        hits.total = len(hits)
    elif not hits.newest_only and found.total is not None and not seen:
        hits.total = found.total
    return hits


def _title_matcher(query: SearchQuery) -> Callable[[str], bool]:
    """A test of whether a title has every clause of the query (a chunk of it: a word by one of its stem prefixes,
    a phrase in order, its last word by its stem); the prefixes are worked out once for all the titles of a page."""
    tests = [[_chunk_in_title(tokens) for tokens in clause] for clause in query.clauses]

    def has_every_word(title: str) -> bool:
        lowered = title.lower()
        words = _WORD.findall(lowered)
        return all(any(test(lowered, words) for test in clause) for clause in tests)

    return has_every_word


@functools.lru_cache(maxsize=1024)
def _title_word(word: str) -> re.Pattern[str]:
    """A word of the query in a title: one of its stem prefixes at the start of a word."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in stem_prefixes(word)) + ")")


def _chunk_in_title(tokens: list[str]) -> Callable[[str, list[str]], bool]:
    """A test of a lower-cased title (and its words) for one chunk."""
    if len(tokens) == 1:
        single = _title_word(tokens[0])
        return lambda lowered, _words: single.search(lowered) is not None
    phrase = phrase_tokens(tokens)

    def has_phrase(_lowered: str, words: list[str]) -> bool:
        return any(
            words[at : at + len(phrase) - 1] == phrase[:-1] and words[at + len(phrase) - 1].startswith(phrase[-1])
            for at in range(len(words) - len(phrase) + 1)
        )

    return has_phrase


MAX_CHUNKS = 30
"""At most this many different words (or phrases) of a query are searched: a pasted paragraph is enough to find
its §, and every word more makes the query slower (on PostgreSQL a word repeated 300 times ran for minutes)."""


def _distinct_chunks(query: SearchQuery) -> SearchQuery:
    """The query without repeated chunks (a clause or an exclusion given twice), with at most ``MAX_CHUNKS`` chunks:
    the first ones."""
    seen: set[tuple[tuple[str, ...], ...]] = set()
    kept = SearchQuery()
    room = MAX_CHUNKS
    for clause in query.clauses:
        key = tuple(tuple(tokens) for tokens in clause)
        if key not in seen and len(clause) <= room:
            seen.add(key)
            kept.clauses.append(clause)
            room -= len(clause)
    for tokens in query.excluded:
        key = ((("-", *tokens)),)
        if key not in seen and room > 0:
            seen.add(key)
            kept.excluded.append(tokens)
            room -= 1
    return kept


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic ``include_object`` hook: leave out the search index, which the models do not declare."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(INDEX_TABLE_PREFIX):
        return False
    if type_ == "column" and name == INDEX_COLUMN:
        return False
    return not (type_ == "index" and name == INDEX_NAME)


__all__ = [
    "MARK_END",
    "MARK_START",
    "SearchFilters",
    "SearchHit",
    "SearchQuery",
    "finnish_stem",
    "include_object",
    "parse_query",
    "search_items",
    "snippet_html",
    "snippet_plain",
]

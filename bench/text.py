"""Varied Finnish prose for generated sections: sentences from inflected municipal words, seeded.

Sentences are built from patterns whose slots take a noun, adjective or verb in a given form; words are
drawn with Zipf-like weights, so a few words are in almost every section and many are in only a few.
Building tens of millions of words one slot at a time is slow in Python, so ``TextGenerator`` builds a
pool of distinct sentences once and composes each section from the pool, adding sentences of its own with
names, places, sums, dates and rare words, which keeps the rare end of the vocabulary rare.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Sequence

from bench import vocabulary as v

# Slots: N (common noun), R (rare noun), A (adjective) with a case; V.s / V.p / V.pp (verb: 3rd person,
# passive, past participle); B (a body) and C (a compound word, mostly rare) with a case; ADV, CON, NUM,
# EUR, YEAR, DATE, PLACE, STREET, PERSON.
PATTERNS: tuple[str, ...] = (
    "{B.nom} {V.s} {A.gen} {N.gen} {N.nom}.",
    "{N.gen} {N.nom} {V.p} {ADV} {N.ine}.",
    "{CON} {N.gen} {N.nom} on {V.pp} {N.ill}.",
    "{N.gen} {N.nom} on {EUR} euroa vuodessa, ja se katetaan {N.gen} {N.ela}.",
    "{B.gen} {N.nom} edellyttää {A.par} {N.par} {N.ine}.",
    "Asiaa on käsitelty {B.ine} {DATE}, jolloin {N.nom} {V.p} {ADV}.",
    "{N.ela} on pyydetty lausunto {N.gen} {N.ela} ja {N.gen} {N.ela}.",
    "{N.ine} on otettava huomioon {A.nom} {N.nom} sekä {N.gen} {N.nom}.",
    "{B.nom} {V.s} {ADV} {N.gen} {N.par} ja {V.s} {N.gen} {N.ill}.",
    "{CON} {A.gen} {N.gen} {N.nom} {V.p} {YEAR} alkaen.",
    "Kuntalain (410/2015) {NUM} §:n mukaan {N.nom} {V.p} {B.ine}.",
    "{N.gen} {N.nom} {V.p} {N.gen} {N.ine} {ADV}.",
    "{A.nom} {N.nom} koskee {N.par}, {N.par} ja {N.par}.",
    "Hankkeen kokonaiskustannukset ovat {EUR} euroa, josta kunnan osuus on {EUR} euroa.",
    "{N.gen} {N.ine} on {V.pp} {A.gen} {N.gen} {N.nom}.",
    "{CON} {N.nom} {V.p} {N.ela} {N.ill} {ADV}.",
    "{B.gen} {N.gen} {N.nom} on ollut nähtävillä {DATE} alkaen.",
    "{N.ade} on merkittävä vaikutus {N.gen} {N.ill} ja {N.gen} {N.ill}.",
    "{N.gen} {N.nom} {V.p} {A.ill} {N.ill} {YEAR} mennessä.",
    "Vuonna {YEAR} {N.ine} oli {NUM} {N.par}, ja {N.nom} {V.p} {ADV}.",
)

# Sentences unique to a section: names, places and rare words.
OWN_PATTERNS: tuple[str, ...] = (
    "Kiinteistö {PROPERTY} sijaitsee {PLACE}, osoitteessa {STREET}.",
    "Lisätietoja antaa {PERSON}, puh. {PHONE}.",
    "{R.gen} {N.nom} {V.p} {ADV} {R.ine}.",
    "{CON} {R.nom} {V.p} {PLACE} {YEAR} aikana.",
    "{N.gen} {N.nom} on {EUR} euroa, ja {R.gen} {N.nom} {V.p} {N.ine}.",
    "Asiasta on kuultu {PERSON} {DATE}.",
    "Selvityksessä tarkasteltiin myös {C.gen} tilannetta ja {C.gen} kehittämistä.",
    "{C.nom} {V.p} {ADV} {N.gen} {N.ine}.",
)

_SLOT = re.compile(r"\{([A-Z]+)(?:\.([a-z]+))?\}")
_CASES = {"nom": v.NOM, "gen": v.GEN, "par": v.PAR, "ine": v.INE, "ela": v.ELA, "ill": v.ILL, "ade": v.ADE}
_VERB_FORMS = {"s": 0, "p": 1, "pp": 2}


def zipf_weights(count: int, exponent: float = 1.0) -> list[float]:
    """Cumulative Zipf weights for ``count`` ranks (for ``random.choices(cum_weights=...)``)."""
    return list(itertools.accumulate(1.0 / (rank**exponent) for rank in range(1, count + 1)))


def _parse(pattern: str) -> list[tuple[str, str, int]]:
    """A pattern as parts: ("", literal, 0) or (slot, "", form index)."""
    parts: list[tuple[str, str, int]] = []
    pos = 0
    for match in _SLOT.finditer(pattern):
        if match.start() > pos:
            parts.append(("", pattern[pos : match.start()], 0))
        kind, form = match.group(1), match.group(2) or ""
        index = _VERB_FORMS[form] if kind == "V" else _CASES.get(form, 0)
        parts.append((kind, "", index))
        pos = match.end()
    if pos < len(pattern):
        parts.append(("", pattern[pos:], 0))
    return parts


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


class TextGenerator:
    """Seeded source of sentences, paragraphs, names and titles.

    Attributes:
        rng: the random generator (shared with the caller, so the whole database follows one seed).
        body_forms: inflected names of the bodies, as (nom, gen, par, ine, ela, ill, ade) tuples.
        pool: the shared sentences sections are composed from.
    """

    def __init__(self, rng: random.Random, body_forms: Sequence[tuple[str, ...]], pool_size: int = 40_000) -> None:
        self.rng = rng
        self.body_forms = list(body_forms)
        shuffled = list(v.NOUNS)
        rng.shuffle(shuffled)
        self._nouns = shuffled
        self._noun_weights = zipf_weights(len(shuffled), 0.9)
        compounds = [(head, noun) for head in v.COMPOUND_HEADS for noun in (*v.NOUNS, *v.RARE_NOUNS)]
        rng.shuffle(compounds)
        self._compounds = compounds
        self._compound_weights = zipf_weights(len(compounds), 1.1)
        self._patterns = [_parse(p) for p in PATTERNS]
        self._own_patterns = [_parse(p) for p in OWN_PATTERNS]
        self.pool = [self.sentence(self._patterns[i % len(self._patterns)]) for i in range(pool_size)]
        rng.shuffle(self.pool)

    # --- words ------------------------------------------------------------------------------------------

    def person_name(self) -> str:
        return f"{self.rng.choice(v.FIRST_NAMES)} {self.rng.choice(v.LAST_NAMES)}"

    def place(self) -> tuple[str, str]:
        """A place name and its inessive, e.g. ("Koivumäki", "Koivumäessä")."""
        first = self.rng.choice(v.PLACE_FIRST)
        second, inessive = self.rng.choice(v.PLACE_SECOND)
        return first + second, first + inessive

    def street(self) -> str:
        return f"{self.rng.choice(v.PLACE_FIRST)}{self.rng.choice(v.STREET_SUFFIXES)} {self.rng.randint(1, 60)}"

    def euros(self) -> str:
        value = self.rng.choice((1_000, 5_000, 10_000, 50_000, 250_000)) * self.rng.randint(1, 40)
        return f"{value:,}".replace(",", " ")

    def date_text(self, year: int | None = None) -> str:
        year = year or self.rng.randint(2005, 2026)
        return f"{self.rng.randint(1, 28)}.{self.rng.randint(1, 12)}.{year}"

    def noun(self, case: int) -> str:
        return self.rng.choices(self._nouns, cum_weights=self._noun_weights)[0][case]

    # --- sentences --------------------------------------------------------------------------------------

    def sentence(self, parts: list[tuple[str, str, int]]) -> str:
        rng = self.rng
        out: list[str] = []
        for kind, literal, index in parts:
            if not kind:
                out.append(literal)
            elif kind == "N":
                out.append(rng.choices(self._nouns, cum_weights=self._noun_weights)[0][index])
            elif kind == "R":
                out.append(rng.choice(v.RARE_NOUNS)[index])
            elif kind == "C":
                head, noun = rng.choices(self._compounds, cum_weights=self._compound_weights)[0]
                out.append(head + noun[index])
            elif kind == "A":
                out.append(rng.choice(v.ADJECTIVES)[index])
            elif kind == "V":
                out.append(rng.choice(v.VERBS)[index])
            elif kind == "B":
                forms = rng.choice(self.body_forms)
                out.append(forms[index])
            elif kind == "ADV":
                out.append(rng.choice(v.ADVERBS))
            elif kind == "CON":
                out.append(rng.choice(v.CONNECTIVES))
            elif kind == "NUM":
                out.append(str(rng.randint(2, 150)))
            elif kind == "EUR":
                out.append(self.euros())
            elif kind == "YEAR":
                out.append(str(rng.randint(2005, 2030)))
            elif kind == "DATE":
                out.append(self.date_text())
            elif kind == "PLACE":
                out.append(self.place()[1])
            elif kind == "STREET":
                out.append(self.street())
            elif kind == "PERSON":
                out.append(self.person_name())
            elif kind == "PHONE":
                out.append(f"044 {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
            elif kind == "PROPERTY":
                out.append(f"098-{rng.randint(401, 420)}-{rng.randint(1, 60)}-{rng.randint(1, 400)}")
            else:
                raise ValueError(kind)
        return _capitalise("".join(out))

    def own_sentence(self) -> str:
        return self.sentence(self.rng.choice(self._own_patterns))

    def paragraph(self, sentences: int) -> str:
        chosen = self.rng.choices(self.pool, k=sentences)
        if self.rng.random() < 0.5:
            chosen[self.rng.randrange(sentences)] = self.own_sentence()
        return " ".join(chosen)

    def background(self) -> str:
        """A section's background (Selostus): a few pages, varied in length."""
        paragraphs = max(2, min(24, int(self.rng.lognormvariate(1.9, 0.45))))
        return "\n\n".join(self.paragraph(self.rng.randint(3, 7)) for _ in range(paragraphs))

    def short(self, sentences: int = 2) -> str:
        return " ".join(self.rng.choices(self.pool, k=sentences))

    @staticmethod
    def date_fi(day: dt.date) -> str:
        return f"{day.day}.{day.month}.{day.year}"

"""Suggestions for the inflected forms of a Finnish body name (kunnanhallitus → kunnanhallituksen ...).

The forms are stored per body and the user corrects them; these are only suggestions. The common heads of
compound body names (hallitus, valtuusto, lautakunta, jaosto, toimikunta, neuvosto, kokous ...) are known
exactly; other words fall back to a few regular rules (-nen, -us, consonant gradation nt → nn, kk → k ...).
Adjectives before the head agree with it ("Tekninen lautakunta" → "teknisen lautakunnan"); genitive
attributes stay as they are ("Hartolan keskusvaalilautakunta" → "Hartolan keskusvaalilautakunnan").
Inflected forms start with a small letter, because they stand inside a sentence; only proper names
(a capital inside the word, or a capitalised genitive attribute such as a place name) keep their capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CASES = ("genitive", "partitive", "allative", "adessive", "inessive", "elative", "illative")

CASE_LABELS = {
    "nominative": "nominatiivi (kuka?)",
    "genitive": "genetiivi (kenen?)",
    "partitive": "partitiivi (ketä?)",
    "allative": "allatiivi (kenelle?)",
    "adessive": "adessiivi (kenellä?)",
    "inessive": "inessiivi (kenessä?)",
    "elative": "elatiivi (kenestä?)",
    "illative": "illatiivi (keneen?)",
}


@dataclass(frozen=True)
class _Paradigm:
    """How one word inflects: the weak stem (genitive and local cases), partitive, illative, harmony vowel."""

    weak: str
    partitive: str
    illative: str
    a: str


@dataclass(frozen=True)
class NameForms:
    """The nominative and the suggested inflected forms of a name.

    Attributes:
        nominative, genitive, partitive, allative, adessive, inessive, elative, illative: the forms.
    """

    nominative: str
    genitive: str
    partitive: str
    allative: str
    adessive: str
    inessive: str
    elative: str
    illative: str

    def as_dict(self) -> dict[str, str]:
        return {case: getattr(self, case) for case in ("nominative", *CASES)}


# Heads of compound body and title names: (nominative ending, weak stem, partitive, illative, harmony vowel).
# The harmony vowel is the head's own (toimi-elin takes ä although "toimielin" has an o), longest first.
_KNOWN_HEADS: tuple[tuple[str, str, str, str, str], ...] = tuple(
    sorted(
        (
            ("hallitus", "hallitukse", "hallitusta", "hallitukseen", "a"),
            ("valtuusto", "valtuusto", "valtuustoa", "valtuustoon", "a"),
            ("lautakunta", "lautakunna", "lautakuntaa", "lautakuntaan", "a"),
            ("toimikunta", "toimikunna", "toimikuntaa", "toimikuntaan", "a"),
            ("johtokunta", "johtokunna", "johtokuntaa", "johtokuntaan", "a"),
            ("valiokunta", "valiokunna", "valiokuntaa", "valiokuntaan", "a"),
            ("jaosto", "jaosto", "jaostoa", "jaostoon", "a"),
            ("jaos", "jaokse", "jaosta", "jaokseen", "a"),
            ("neuvosto", "neuvosto", "neuvostoa", "neuvostoon", "a"),
            ("kokous", "kokoukse", "kokousta", "kokoukseen", "a"),
            ("toimielin", "toimielime", "toimielintä", "toimielimeen", "ä"),
            ("ryhmä", "ryhmä", "ryhmää", "ryhmään", "ä"),
            ("johtaja", "johtaja", "johtajaa", "johtajaan", "a"),
            ("päällikkö", "päällikö", "päällikköä", "päällikköön", "ä"),
            ("sihteeri", "sihteeri", "sihteeriä", "sihteeriin", "ä"),
            ("esimies", "esimiehe", "esimiestä", "esimieheen", "ä"),
            ("lakimies", "lakimiehe", "lakimiestä", "lakimieheen", "ä"),
            ("kamreeri", "kamreeri", "kamreeria", "kamreeriin", "a"),
        ),
        key=lambda row: -len(row[0]),
    )
)

# Words that end many place and organisation names and change their stem (Lahti → Lahden, Padasjoki →
# Padasjoen, Pieksämäki → Pieksämäen, hyvinvointialue → hyvinvointialueen): (nominative ending, weak stem,
# partitive, illative, harmony vowel). Only for the inflection; unlike _KNOWN_HEADS they are no heads of
# body names.
_PLACE_HEADS: tuple[tuple[str, str, str, str, str], ...] = (
    ("lahti", "lahde", "lahtea", "lahteen", "a"),
    ("joki", "joe", "jokea", "jokeen", "a"),
    ("mäki", "mäe", "mäkeä", "mäkeen", "ä"),
    ("koski", "koske", "koskea", "koskeen", "a"),
    ("niemi", "nieme", "niemeä", "niemeen", "ä"),
    ("järvi", "järve", "järveä", "järveen", "ä"),
    ("saari", "saare", "saarta", "saareen", "a"),
    ("lampi", "lamme", "lampea", "lampeen", "a"),
    ("salmi", "salme", "salmea", "salmeen", "a"),
    ("vesi", "vede", "vettä", "veteen", "ä"),
    ("kivi", "kive", "kiveä", "kiveen", "ä"),
    ("alue", "aluee", "aluetta", "alueeseen", "a"),  # hyvinvointialue → hyvinvointialueen
    ("perhe", "perhee", "perhettä", "perheeseen", "ä"),
)

# Genitive attributes that are ordinary nouns (lower-case inside a sentence), unlike place names.
_COMMON_GENITIVES = frozenset(
    {"kunnan", "kaupungin", "yhtymän", "alueen", "liiton", "maakunnan", "hyvinvointialueen", "seudun"}
)

# Beginnings of the common nouns that body names are made of ("Kasvatuksen ja koulutuksen lautakunta",
# "Kulttuurin ja vapaa-ajan lautakunta"): a genitive attribute starting so is no place name and starts small
# inside a sentence. Place names (Hartolan, Sysmän, Vaalan, Tervolan) start otherwise.
_COMMON_STEMS = (
    "kasvatu", "koulutu", "opetu", "sivisty", "kulttuur", "vapaa-aja", "hyvinvoin", "tervey", "elinvoim",
    "ympäristö", "tekni", "yhteistoimin", "liikun", "nuoriso", "nuorten", "lasten", "sosiaali", "perusturv",
    "kaupunkiympäristö", "maankäy", "rakennu", "asumi", "työllisy", "yrittäjy", "osaami", "vanhus", "vammais",
    "aikuis", "palvelu", "talou", "henkilöstö", "konserni", "tarkastu", "vaali", "kehittämi", "elinkeino",
    "turvallisuu", "pelastu", "ympäristöterveyd", "yksilö", "elämänlaadu", "vapaa-ajan",
)  # fmt: skip

# Consonant gradation of the last syllable (strong → weak) for words ending in a vowel.
_GRADATION = (
    ("nt", "nn"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("rk", "r"),  # Turku → Turun
)

_VOWELS = "aeiouyäö"


def _harmony(word: str) -> str:
    """Vowel harmony of the endings: "a" after a/o/u (lautakunnalla), "ä" after ä/ö/y or only e/i (tekniseltä).

    Only the end of the word counts, because in a compound the last part decides (ruotsin|kielinen → -ssä).
    """
    for char in reversed(word.lower()[-6:]):
        if char in "aou":
            return "a"
        if char in "äöy":
            return "ä"
    return "ä"


def _paradigm(word: str) -> _Paradigm:
    """The paradigm of a lower-case word: a known compound head, else the regular rules."""
    for ending, weak, partitive, illative, harmony in _KNOWN_HEADS:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return _Paradigm(stem + weak, stem + partitive, stem + illative, harmony)
    for ending, weak, partitive, illative, harmony in _PLACE_HEADS:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return _Paradigm(stem + weak, stem + partitive, stem + illative, harmony)
    if word.endswith("nen"):
        stem = word[:-3]
        a = _harmony(stem)
        return _Paradigm(stem + "se", stem + "st" + a, stem + "seen", a)
    a = _harmony(word)
    if re.search(r"[uy]s$|[^aeiouyäö][oö]s$", word):  # kokous, laitos → laitoksen (not Lindroos)
        stem = word[:-1]
        return _Paradigm(stem + "kse", word + "t" + a, stem + "kseen", a)
    if word and word[-1] in _VOWELS:
        weak = word
        for strong, weakened in _GRADATION:
            if word[:-1].endswith(strong) and len(word) > len(strong) + 1:
                weak = word[: -1 - len(strong)] + weakened + word[-1]
                break
        last = word[-1]
        long_vowel = len(word) > 1 and word[-2] == last
        illative = word + "h" + last + "n" if long_vowel else word + last + "n"
        # After two vowels the partitive takes -ta (Espoota, Kuopiota, Joensuuta), but -ia, -ea take -a (Nokiaa).
        two_vowels = long_vowel or (len(word) > 1 and word[-2] in _VOWELS and last in "ouyöei")
        partitive = word + "t" + a if two_vowels else word + a
        return _Paradigm(weak, partitive, illative, a)
    # A word ending in another consonant: the user corrects the suggestion.
    return _Paradigm(word + "i", word + "i" + a, word + "iin", a)


def _forms_of_word(word: str) -> dict[str, str]:
    lower = word.lower()
    p = _paradigm(lower)
    a = p.a
    forms = {
        "genitive": p.weak + "n",
        "partitive": p.partitive,
        "allative": p.weak + "lle",
        "adessive": p.weak + "ll" + a,
        "inessive": p.weak + "ss" + a,
        "elative": p.weak + "st" + a,
        "illative": p.illative,
    }
    if word[1:] != lower[1:]:
        # Capitals inside the word (HYTE-ryhmä, Päijät-Häme): keep the written letters where the form has them.
        for case, form in forms.items():
            common = 0
            while common < min(len(form), len(word)) and form[common] == lower[common]:
                common += 1
            forms[case] = word[:common] + form[common:]
    elif word[:1].isupper():
        forms = {case: word[:1] + form[1:] for case, form in forms.items()}
    return forms


def _is_adjective(word: str) -> bool:
    """Attributes that agree with the head: -nen adjectives (tekninen, ruotsinkielinen)."""
    return word.lower().endswith("nen") and len(word) > 4


def _keep_capital(words: list[str]) -> bool:
    """Whether the name's first letter stays capital inside a sentence (a proper name starts it)."""
    first = words[0]
    if any(char.isupper() for char in first[1:]):
        return True
    if len(words) == 1 or not first.endswith("n") or _is_adjective(first):
        return False
    lower = first.lower()
    if lower.startswith(_COMMON_STEMS):
        return False
    # A plural genitive (yksilöasioiden, ympäristöasioiden, kuntien) is a common noun, a singular one often a
    # place. A plural's -den always follows an i (asioiden, maiden); Lahden, Virolahden are places.
    return lower not in _COMMON_GENITIVES and not lower.endswith(("iden", "itten", "ien", "jen"))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def suggest_forms(name: str) -> NameForms:
    """Suggest the inflected forms of a body's (or title's) name given in the nominative."""
    clean = " ".join(name.split())
    if not clean:
        return NameForms("", "", "", "", "", "", "", "")
    words = clean.split(" ")
    head_forms = _forms_of_word(words[-1])
    attributes = [(w, _forms_of_word(w) if _is_adjective(w) else None) for w in words[:-1]]
    result: dict[str, str] = {}
    for case in CASES:
        parts = [forms[case] if forms else w for w, forms in attributes]
        parts.append(head_forms[case])
        result[case] = " ".join(parts)
    keep = _keep_capital(words)
    for case, text in result.items():
        result[case] = text if keep else _lower_first(text)
    return NameForms(nominative=clean, **result)


def suggest_name_forms(name: str) -> NameForms:
    """Suggest the inflected forms of an organisation's or a person's name (Lahti → Lahden, Päijät-Hämeen
    hyvinvointialue → Päijät-Hämeen hyvinvointialueen, Jari Lindroos → Jari Lindroosin): a proper name keeps
    its capitals inside a sentence, unlike a body's name."""
    forms = suggest_forms(name)
    if not forms.nominative[:1].isupper():
        return forms
    return NameForms(**{case: upper_first(text) for case, text in forms.as_dict().items()})


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return _lower_first(text)


def short_name(name: str) -> str:
    """The head of a compound body name, for repeating it: "Hyvinvointilautakunta" → "lautakunta".

    Known heads only; otherwise the last word of the name as it is (lower-case first letter).
    """
    words = name.split()
    if not words:
        return ""
    last = words[-1].lower()
    for ending, *_rest in _KNOWN_HEADS:
        if last.endswith(ending):
            return ending
    return _lower_first(words[-1])


_SWEDISH_HEADS = ("fullmäktige", "styrelsen", "nämnden", "sektionen", "direktionen", "kommittén", "rådet", "mötet")


def short_name_sv(name_sv: str) -> str:
    """The head of a Swedish body name, for repeating it: "Välfärdsnämnden" → "nämnden"."""
    words = name_sv.split()
    if not words:
        return ""
    last = words[-1].lower()
    for head in _SWEDISH_HEADS:
        if last.endswith(head):
            return head
    return _lower_first(words[-1])

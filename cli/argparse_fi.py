"""Finnish texts for argparse's own messages (usage, errors, --help headings) around the commands' Finnish ones.

argparse takes its texts through gettext (its module-level ``_`` and ``ngettext``); ``install`` gives it these
Finnish ones instead, before any parser is built (the help option and the headings are translated when a parser
is made). A text not listed here stays as argparse wrote it. ``finnish_types`` renames the plain ``int`` type of
the commands' arguments, whose name argparse prints in "invalid %(type)s value".
"""

from __future__ import annotations

import argparse
from typing import Any

# argparse's English text → Finnish (the %-placeholders kept as they are).
TEXTS: dict[str, str] = {
    "usage: ": "käyttö: ",
    "positional arguments": "argumentit",
    "options": "valinnat",
    "optional arguments": "valinnat",  # (Python before 3.10)
    "subcommands": "komennot",
    "show this help message and exit": "näytä tämä ohje ja lopeta",
    "show program's version number and exit": "näytä ohjelman versio ja lopeta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: virhe: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentti %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "virheellinen valinta %(value)r (vaihtoehdot: %(choices)s)",
    "invalid %(type)s value: %(value)r": "arvo %(value)r ei ole %(type)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "tuntematon komento %(parser_name)r (vaihtoehdot: "
    "%(choices)s)",
    "the following arguments are required: %s": "seuraavat argumentit puuttuvat: %s",
    "one of the arguments %s is required": "jokin argumenteista %s tarvitaan",
    "unrecognized arguments: %s": "tuntemattomia argumentteja: %s",
    "not allowed with argument %s": "ei käy yhdessä argumentin %s kanssa",
    "ignored explicit argument %r": "ylimääräinen arvo %r",
    "expected one argument": "tarvitsee yhden arvon",
    "expected at most one argument": "saa olla enintään yksi arvo",
    "expected at least one argument": "tarvitsee vähintään yhden arvon",
    "ambiguous option: %(option)s could match %(matches)s": "epäselvä valinta %(option)s: se voi tarkoittaa "
    "valintaa %(matches)s",
    "unexpected option string: %s": "odottamaton valinta: %s",
    "can't open '%(filename)s': %(error)s": "tiedostoa '%(filename)s' ei voi avata: %(error)s",
}
# ngettext's (singular, plural) → Finnish (singular, plural).
PLURAL_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("tarvitsee %s arvon", "tarvitsee %s arvoa"),
}


def gettext(text: Any) -> Any:
    """argparse's ``_``: the Finnish text, or the text as it is (argparse also passes None and its users' own)."""
    return TEXTS.get(text, text) if isinstance(text, str) else text


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``."""
    one, many = PLURAL_TEXTS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def install() -> None:
    """Give argparse the Finnish texts (for the whole program: it is a Finnish program)."""
    setattr(argparse, "_", gettext)  # noqa: B010  (a module attribute typeshed does not declare)
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


def kokonaisluku(text: str) -> int:
    """``int`` under a Finnish name: argparse names the type in "arvo 'abc' ei ole kokonaisluku"."""
    return int(text)


def finnish_types(parser: argparse.ArgumentParser) -> None:
    """Give the parser's (and its commands' parsers') ``int`` arguments the Finnish-named ``kokonaisluku``.

    argparse keeps the arguments in ``_actions`` and the commands' parsers in a subparsers action's
    ``choices``; both are long-standing (if private) parts of it.
    """
    for action in parser._actions:
        if action.type is int:
            action.type = kokonaisluku
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                finnish_types(command)

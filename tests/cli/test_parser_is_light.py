"""Building the command-line parser imports neither SQLAlchemy nor the database layer nor core (cli/__init__.py).

``main.py`` parses the arguments before anything heavy is loaded, so that a window start can show its splash
at once; one module-level import of ``db.engine``, ``db.models`` or ``core`` in cli/ would undo that.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "db.engine", "db.models", "core")


def _loaded_after(code: str) -> str:
    """What of HEAVY is imported after ``code``, run in a fresh interpreter."""
    script = f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
    )
    return result.stdout.strip()


def test_building_the_parser_imports_nothing_heavy() -> None:
    assert _loaded_after("import cli\ncli.build_parser()") == "[]"


def test_parsing_a_command_imports_nothing_heavy() -> None:
    """The date converters (``type=``) run at parse time, so they too must make do with light modules."""
    code = (
        "import cli\n"
        "parser = cli.build_parser()\n"
        "parser.parse_args(['print', 'minutes', '--date', '2025-03-10', '--out', 'x.pdf'])\n"
        "parser.parse_args(['agreements', '--on', '2025-03-10'])\n"
        "parser.parse_args(['deadline', '--published', '2025-03-10'])"
    )
    assert _loaded_after(code) == "[]"


def test_the_print_kinds_are_the_document_kinds() -> None:
    """``cli.print_`` spells out DocumentKind's values so that its parser needs no core module."""
    from cli.print_ import KIND_VALUES
    from core.printing import DocumentKind

    assert tuple(sorted(kind.value for kind in DocumentKind)) == KIND_VALUES


@pytest.mark.parametrize(
    ("argv", "dest"),
    [
        (["agreements", "--on"], "on"),
        (["print", "agenda", "--out", "x.pdf", "--date"], "date"),
        (["print", "excerpt", "--out", "x.pdf", "--certified-on"], "certified_on"),
    ],
)
def test_dates_are_still_converted_while_parsing(argv: list[str], dest: str) -> None:
    from cli import build_parser

    args = build_parser().parse_args([*argv, "2025-03-10"])
    assert getattr(args, dest) == dt.date(2025, 3, 10)

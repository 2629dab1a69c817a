"""argparse's own messages (usage, argument errors, --help headings) are in Finnish, like the commands' own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli import build_parser

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = ("usage:", "error:", "invalid choice", "the following arguments are required", "invalid int value",
           "unrecognized arguments", "options:", "show this help message", "positional arguments")  # fmt: skip


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert not [text for text in ENGLISH if text in err], err
    return err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["foo"], "sihteeri: virhe: argumentti KOMENTO: virheellinen valinta 'foo' (vaihtoehdot: 'demo'"),
        (["demo"], "sihteeri demo: virhe: seuraavat argumentit puuttuvat: POLKU_TAI_OSOITE"),
        (["backup", "--database", "x.db"], "sihteeri: virhe: tuntemattomia argumentteja: --database x.db"),
        (["print", "excerpt", "--section", "abc", "--out", "x.pdf"],
         "argumentti --section: arvo 'abc' ei ole kokonaisluku"),
        (["export", "--year", "2O25", "x.zip"], "arvo '2O25' ei ole kokonaisluku"),
        (["--database"], "argumentti --database: tarvitsee yhden arvon"),
    ],
)
def test_argument_errors_are_finnish(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure argparse's errors come in Finnish (they were "invalid choice", "the following arguments are
    required", "invalid int value", "unrecognized arguments", "expected one argument")."""
    err = _refused(argv, capsys)
    assert expected in err and err.startswith("käyttö: sihteeri")


def test_help_is_finnish_from_the_command_line() -> None:
    """Ensure `main.py --help` has Finnish headings and help option, and a number still parses as a number."""
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True,
                            check=False, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "käyttö: sihteeri" in result.stdout and "valinnat:" in result.stdout and "komennot:" in result.stdout
    assert "-h, --help" in result.stdout and "näytä tämä ohje ja lopeta" in result.stdout
    assert not [text for text in ENGLISH if text in result.stdout]
    args = build_parser().parse_args(["print", "excerpt", "--section", "58", "--out", "x.pdf"])
    assert args.section == 58

"""The headless ``deadline`` command: dates as text and JSON, Finnish messages and exit code 2 on bad input."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert cli_main(["deadline", *argv, "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_worked_example_through_main_py() -> None:
    """Ensure `main.py deadline --published 2025-03-10` prints notified 17.3. and last day 31.3.2025."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "deadline", "--published", "2025-03-10"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "tiedoksisaanti ma 17.3.2025, viimeinen päivä ma 31.3.2025" in result.stdout
    assert "Lainvoimainen, jos muutosta ei haeta: ti 1.4.2025" in result.stdout


def test_json_for_members(capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure --json gives notified, last day, final and personal-data removal dates as ISO dates."""
    result = _json(capsys, "--published", "2025-03-10")
    assert result["notified"] == "2025-03-17" and result["last_day"] == "2025-03-31"
    assert result["final"] == "2025-04-01" and result["personal_data_removal"] == "2025-04-01"
    assert result["route"] == "oikaisuvaatimus" and result["period_days"] == 14 and result["party"] is None


@pytest.mark.parametrize(
    ("option", "day", "notified", "last_day"),
    [
        ("--letter", "2025-04-10", "2025-04-17", "2025-05-02"),  # nominal end Vappu
        ("--email", "2025-12-21", "2025-12-24", "2026-01-07"),  # notified on Christmas Eve, not moved
        ("--registered", "2025-06-06", "2025-06-06", "2025-06-23"),  # nominal end Midsummer eve
    ],
)
def test_json_for_a_party(
    capsys: pytest.CaptureFixture[str], option: str, day: str, notified: str, last_day: str
) -> None:
    """Ensure a party's letter, e-mail or registered delivery gives its own notification and last day."""
    result = _json(capsys, "--published", "2025-03-10", option, day)
    assert (result["notified"], result["last_day"]) == (notified, last_day)
    members = result["members"]
    assert isinstance(members, dict) and members["last_day"] == "2025-03-31"
    assert result["final"] == (dt.date.fromisoformat(last_day) + dt.timedelta(days=1)).isoformat()


def test_council_appeal_is_thirty_days_and_final_is_the_latest(capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure kunnallisvalitus has 30 days and a later party period makes the decision final later."""
    result = _json(capsys, "--published", "2025-11-28", "--route", "kunnallisvalitus", "--letter", "2025-12-01")
    assert result["period_days"] == 30
    members, party = result["members"], result["party"]
    assert isinstance(members, dict) and isinstance(party, dict)
    assert members["notified"] == "2025-12-05" and members["last_day"] == "2026-01-05"  # 4.1.2026 is Sunday
    assert party["notified"] == "2025-12-08" and party["last_day"] == "2026-01-07"  # Wednesday
    assert result["final"] == "2026-01-08" and result["personal_data_removal"] == "2026-01-06"


def test_wellbeing_county_regional_appeal(capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure a wellbeing county's aluevalitus is accepted and named, with its 30-day period."""
    result = _json(
        capsys, "--published", "2025-03-10", "--route", "aluevalitus", "--organisation-kind", "hyvinvointialue"
    )
    assert result["route_label"] == "Aluevalitus" and result["last_day"] == "2025-04-16"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--published", "2025-02-30"], "ei ole olemassa oleva päivämäärä"),
        (["--published", "10.3.2025"], "VVVV-KK-PP"),
        ([], "Anna päivämäärä: --published"),
        (["--published", "2025-03-10", "--route", "muutoksenhakukielto"], "muutoksenhakuaikaa ei ole"),
        (["--published", "2025-03-10", "--route", "valitus"], "Tuntematon muutoksenhakutapa"),
        (["--published", "2025-03-10", "--route", "aluevalitus"], "vain hyvinvointialueen"),
        (
            ["--published", "2025-03-10", "--route", "kunnallisvalitus", "--organisation-kind", "hyvinvointialue"],
            "aluevalituksella",
        ),
        (["--published", "2025-03-10", "--organisation-kind", "seurakunta"], "Tuntematon organisaation laji"),
        (["--published", "2025-03-10", "--letter", "2025-03-11", "--email", "2025-03-12"], "vain yksi"),
        (["--published", "2025-03-10", "--letter", "2025-13-01"], "--letter"),
    ],
)
def test_invalid_input_gives_a_finnish_message_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Ensure a bad date, route, organisation kind or delivery gives a Finnish message, exit 2, no traceback."""
    assert cli_main(["deadline", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Virhe: ") and message in captured.err
    assert "Traceback" not in captured.err


def test_a_missing_option_value_is_reported_in_finnish(capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure an option without its value exits with code 2 and a 'Virhe:' line from the command's parser."""
    with pytest.raises(SystemExit) as stop:
        cli_main(["deadline", "--published"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "Virhe: " in err and "Traceback" not in err


def test_a_procurement_e_mail_is_received_the_day_it_was_sent(capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure a procurement decision e-mailed Mon 10.3.2025 is received that day and its period ends Mon 24.3.
    (hankintalaki 127 § 1 mom.), with no period of the members of the municipality, whose publication only
    gives the day personal data comes off the web."""
    result = _json(capsys, "--published", "2025-03-10", "--route", "hankintaoikaisu", "--email", "2025-03-10")
    assert (result["notified"], result["last_day"], result["final"]) == ("2025-03-10", "2025-03-24", "2025-03-25")
    assert result["members"] is None and result["personal_data_removal"] == "2025-04-01"
    assert "127 § 1 mom." in str(result["explanation"])
    assert cli_main(["deadline", "--route", "hankintaoikaisu", "--letter", "2025-03-10"]) == 0
    text = capsys.readouterr().out
    assert "Asianosainen: tiedoksisaanti ma 17.3.2025, viimeinen päivä ma 31.3.2025" in text  # a letter: 7th day
    assert "Kunnan jäsenet: tiedoksisaanti" not in text and "ei muutoksenhakuoikeutta" in text


@pytest.mark.parametrize("route", ["hankintaoikaisu", "hallintovalitus", "erityislain_oikaisuvaatimus"])
def test_routes_without_the_members_need_a_party_s_date(capsys: pytest.CaptureFixture[str], route: str) -> None:
    """Ensure procurement, special-act appeal and HL 49 c § rectification count no members' period: the final
    date follows the party alone, and without a party's date the command says what to give."""
    result = _json(capsys, "--published", "2025-03-10", "--route", route, "--letter", "2025-03-03")
    party = result["party"]
    assert isinstance(party, dict) and result["members"] is None
    assert result["final"] == (dt.date.fromisoformat(str(party["last_day"])) + dt.timedelta(days=1)).isoformat()
    assert cli_main(["deadline", "--published", "2025-03-10", "--route", route]) == 2
    assert "vain asianosaiset" in capsys.readouterr().err


def test_one_printout_states_one_finality_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure a printout of the members' and a party's periods states the decision final on one day only, the
    latest: a maakuntaliitto's council, minutes online 10.3.2025, a letter 12.3. (its period ends after Easter)."""
    argv = ["--published", "2025-03-10", "--route", "kunnallisvalitus", "--letter", "2025-03-12"]
    assert cli_main(["deadline", *argv, "--organisation-kind", "maakuntaliitto"]) == 0
    text = capsys.readouterr().out
    assert text.count("lainvoimainen") == 1
    assert "lainvoimainen, kun kaikkien määräajat ovat päättyneet: ke 23.4.2025" in text
    assert "Lainvoimainen, jos muutosta ei haeta: ke 23.4.2025" in text and "Jäsenkunnat ja niiden jäsenet" in text

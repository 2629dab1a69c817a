"""The benchmark's own arithmetic and its floors: growth rows, the table, and floors that find what the app finds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import direct
from bench.run import Result, format_table, growth
from db.engine import Database
from db.search import search_items


def _search(size: str, value: float) -> Result:
    return Result("search: common word (x)", "direct FTS query", size, value, value / 2, 2.0, 1.5)


def test_growth_compares_each_backend_with_itself() -> None:
    """Ensure search growth is computed per backend (SQLite against SQLite, PostgreSQL against PostgreSQL)."""
    results = [_search("10000", 0.01), _search("100000", 0.03), _search("10000 PG", 0.1), _search("100000 PG", 0.5)]
    rows = growth(results, [10000, 100000])
    grown = {r.size: r for r in rows if r.target is not None}
    assert grown["100000"].ratio == pytest.approx(3.0) and grown["100000"].ok is False
    assert grown["100000 PG"].ratio == pytest.approx(5.0)
    # Beside each, the direct query's own growth, for information (no target).
    direct_growth = {r.size: r for r in rows if r.target is None}
    assert direct_growth["100000"].ratio == pytest.approx(3.0) and direct_growth["100000"].ok is None
    assert direct_growth["100000"].path == "growth 10×: direct query, common word (x) (information)"
    assert direct_growth["100000 PG"].ratio == pytest.approx(5.0)
    table = format_table([*results, *rows])
    assert "100000 PG" in table and "NO" in table


def test_memory_rows_compare_with_the_demo() -> None:
    """Ensure the memory rows are differences in MB from the demo database's peak, with the 50 MB target."""
    rows = [
        Result("navigator: open meeting + scroll", "", size, 0.2, 0.0, float("nan"), None, detail={"maxrss_mb": mb})
        for size, mb in (("demo", 120.0), ("100000", 150.0))
    ]
    (memory,) = growth(rows, [100000])
    assert memory.unit == "MB" and memory.ratio == pytest.approx(30.0) and memory.ok


def test_search_floor_finds_what_the_search_finds(demo_db: Database) -> None:
    """Ensure the direct query the search is compared with returns the same items, in the same order, with the
    same snippets (on each backend)."""
    raw = direct.connect(demo_db)
    try:
        for query in ("päätös", "yhteistyöpöytäkirjan", "kunnanhallitukselle"):
            with demo_db.read() as connection:
                hits = [(h.item_id, h.snippet) for h in search_items(connection, query)]
            assert hits and direct.first_page(raw, demo_db, query) == hits
    finally:
        raw.close()


def test_a_drivers_memory_is_its_own_not_its_parents() -> None:
    """Ensure a driver started by a large process reports its own peak memory (Linux keeps ``ru_maxrss`` across
    exec, so the benchmark's own size showed up as every later driver's peak)."""
    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc: ru_maxrss is all there is")
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"\1" * len(ballast[::4096])  # resident, not only reserved
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, "-m", "bench.drivers", "bare-window"], cwd=root, env=env,
                            capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
    del ballast
    report = [line for line in result.stdout.splitlines() if line.startswith("{")][-1]
    assert json.loads(report)["maxrss_mb"] < 300


def test_filtered_search_rows_are_information_with_their_hits(demo_db: Database) -> None:
    """Ensure the bench's filtered-search rows run on either backend and carry no target."""
    from bench.run import _filtered_searches

    rows = _filtered_searches(demo_db, "demo", 1, "päätös")
    assert [r.path.split(": ")[1] for r in rows] == [
        "largest body", "smallest body", "newest year", "oldest year", "outcome"
    ]  # fmt: skip
    assert all(r.target is None and r.ok is None and r.value > 0 and r.floor_value > 0 for r in rows)
    assert any(r.detail["hits"] for r in rows)


def test_the_warm_up_start_writes_byte_code_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure the warm-up start may cache compiled modules even where ``PYTHONDONTWRITEBYTECODE`` is set (as on
    the machine the figures come from): a user's computer compiles Sihteeri's modules once, not at every start."""
    from bench import run

    seen: list[dict[str, str]] = []

    def fake_run(*args: object, env: dict[str, str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen.append(env)
        return subprocess.CompletedProcess([], 0, stdout='{"maxrss_mb": 1.0}\n', stderr="")

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setattr(run.subprocess, "run", fake_run)
    run.run_driver("bare-window", write_bytecode=True)
    run.run_driver("bare-window")
    assert "PYTHONDONTWRITEBYTECODE" not in seen[0]
    assert seen[1]["PYTHONDONTWRITEBYTECODE"] == "1"  # the measured starts are left as the machine has them


def test_the_results_name_the_sqlite_version() -> None:
    """Ensure the JSON results record SQLite's version (the backup's check costs 3-4 times as much from 3.44 on)."""
    import sqlite3

    from bench.run import machine

    facts = machine()
    assert facts["sqlite"] == sqlite3.sqlite_version
    assert facts["rl_accel"] and facts["SQLAlchemy"].startswith("2.")


def test_the_stack_window_loads_the_orm_and_the_models_and_nothing_of_sihteeri_s_window() -> None:
    """Ensure the start-up's information floor (``stack-window``) loads SQLAlchemy's ORM and Sihteeri's configured
    models before showing its window, and none of Sihteeri's window code or database, so that it measures what
    the stack itself costs."""
    root = Path(__file__).resolve().parents[2]
    probe = (
        "import json, sys, bench.drivers as d\n"
        "ours = ('db', 'gui', 'core', 'sqlalchemy')\n"
        "d._report = lambda **v: print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ours)))\n"
        "d.stack_window()\n"
        "import db.models\n"
        "assert all(m.configured for m in db.models.Base.registry.mappers), 'mappers not configured'\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env, capture_output=True, text=True,
                            check=True, timeout=120)  # fmt: skip
    modules = json.loads([line for line in result.stdout.splitlines() if line.startswith("[")][-1])
    assert "db.models" in modules and "sqlalchemy.orm" in modules
    assert not [m for m in modules if m.startswith(("gui", "core", "db.engine"))]


def test_the_main_window_starts_without_the_printing_stack(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure a start-up up to the idle main window loads none of what only printing, publishing or attachment
    files need (ReportLab with Pillow, pypdf, the document builders): they once slipped into every start
    (0.3 s, 8 MB)."""
    root = Path(__file__).resolve().parents[2]
    assert sqlite_demo_db.path is not None
    sqlite_demo_db.dispose()
    probe = (
        "import json, sys, bench.drivers as d\n"
        "d._report = lambda **v: print(json.dumps(sorted(sys.modules)))\n"
        f"d.startup({str(sqlite_demo_db.path)!r})\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "SIHTEERI_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env, capture_output=True, text=True,
                            check=True, timeout=120)  # fmt: skip
    modules = json.loads([line for line in result.stdout.splitlines() if line.startswith("[")][-1])
    assert "gui.main_window" in modules and "db.models" in modules
    heavy = ("reportlab", "PIL", "pypdf", "core.printing.base", "core.printing.html", "core.printing.attachment_files",
             "gui.print_preview", "gui.publish_dialog")  # fmt: skip
    assert [m for m in modules if m.startswith(heavy)] == []

"""Benchmarks at municipal scale: each path against its own floor, measured in the same run (``python -m bench.run``).

    python -m bench.run --sizes 10000,100000 --repeat 5 --json bench/out/results.json

For each size a generated database (``bench/out/<size>.db``, made with ``bench.generate`` seed 1 when
missing) is measured, and so is the demo database (for the memory comparison). Every figure is the median
of ``--repeat`` runs; a path and its floor are run alternately, so a slow moment of the machine hits both.
The paths, their floors and the targets are listed in ``PATHS``; the table's last column says whether the
target was met. See README.md for what each measurement does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
os.environ.setdefault("SIHTEERI_DATA_DIR", tempfile.mkdtemp(prefix="sihteeri-bench-data-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Result:
    """One row of the table: a path at one size against its floor.

    Attributes:
        path: what was measured; floor: what it is compared with.
        size: number of items in the database ("demo" for the demo).
        value, floor_value: medians (seconds, or MB for memory).
        ratio: value / floor_value (or a difference in MB, see ``unit``).
        target: the limit of ``ratio``; ok: whether it was met (None: no target).
        samples, floor_samples: every measurement; detail: anything else worth keeping.
    """

    path: str
    floor: str
    size: str
    value: float
    floor_value: float
    ratio: float
    target: float | None
    unit: str = "s"
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.ratio <= self.target


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


BATCH_SECONDS = 0.05
"""A sample of a path quicker than this is the mean of a batch of calls (as ``timeit`` does): one call of a
sub-millisecond search is within the timer's and the scheduler's noise."""


def alternate(
    path: Callable[[], Any],
    floor: Callable[[], Any],
    repeat: int,
    warmup: int = 1,
    settle: Callable[[], Any] | None = None,
) -> tuple[list[float], list[float]]:
    """Time ``path`` and ``floor`` alternately, ``repeat`` samples each after ``warmup`` untimed rounds.

    Each sample is the mean time of one call over a batch of calls that together take about
    ``BATCH_SECONDS`` (one call for anything slower); path and floor get the same batch size. ``settle``
    runs, untimed, before every sample of either.
    """
    for _ in range(warmup):
        path()
        floor()
    started = time.perf_counter()
    floor()
    batch = max(1, min(1000, int(BATCH_SECONDS / max(time.perf_counter() - started, 1e-6))))
    path_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(repeat):
        if settle is not None:
            settle()
        started = time.perf_counter()
        for _ in range(batch):
            path()
        path_times.append((time.perf_counter() - started) / batch)
        if settle is not None:
            settle()
        started = time.perf_counter()
        for _ in range(batch):
            floor()
        floor_times.append((time.perf_counter() - started) / batch)
    return path_times, floor_times


def ratio_result(
    path: str, floor: str, size: str, samples: tuple[list[float], list[float]], target: float | None, **detail: Any
) -> Result:
    value, floor_value = median(samples[0]), median(samples[1])
    return Result(
        path,
        floor,
        size,
        value,
        floor_value,
        value / floor_value if floor_value else float("inf"),
        target,
        samples=[round(s, 5) for s in samples[0]],
        floor_samples=[round(s, 5) for s in samples[1]],
        detail=detail,
    )


# --- databases --------------------------------------------------------------------------------------------


def database_for(size: int | str, log: Callable[[str], None]) -> Path:
    """The generated database of ``size`` items (made once, seed 1) or, for "demo", the demo database."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{size}.db" if size != "demo" else OUT / "demo.db"
    if path.exists():
        upgrade_in_place(str(path), log)
        return path
    if size == "demo":
        from core.demo import write_demo
        from db.engine import open_database

        database = open_database(path)
        try:
            write_demo(database)
        finally:
            database.dispose()
        return path
    log(f"Luodaan {path} ({size} asiaa) …")
    subprocess.run(
        [sys.executable, "-m", "bench.generate", "--items", str(size), "--seed", "1", "--out", str(path)],
        check=True,
        cwd=ROOT,
    )
    return path


def upgrade_in_place(where: str, log: Callable[[str], None]) -> None:
    """Bring a database generated by an earlier version up to the current schema (no copy is taken first)."""
    from db.engine import open_database

    database = open_database(where, create=False, before_upgrade=lambda _db, _revision: None)
    if database.upgraded_from is not None:
        log(f"{database.description}: rakenne päivitetty versiosta {database.upgraded_from}")
    database.dispose()


def machine() -> dict[str, Any]:
    """What the figures depend on besides the code: the machine and the versions of what does the work.

    SQLite's version matters most: from 3.44 on, ``integrity_check`` (the backup's check) also checks the search
    index, which took 3-4 times as long with 100 000 items (bench/README.md).
    """
    import sqlite3
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
        **{name: installed(name) for name in ("PySide6-Essentials", "SQLAlchemy", "reportlab", "rl_accel", "psycopg")},
    }


def run_driver(*args: str, write_bytecode: bool = False, data_dir: str | None = None) -> tuple[float, dict[str, Any]]:
    """Run ``bench.drivers`` in a fresh interpreter: (wall seconds from spawn to exit, its JSON report).

    ``write_bytecode``: let the interpreter cache the modules it compiles even where ``PYTHONDONTWRITEBYTECODE``
    is set (as on the machine the figures come from), as it does on a user's computer. ``data_dir``: Sihteeri's
    data folder (backups, logs), kept from one start to the next as a user's is; otherwise each start has a
    fresh one of its own (``bench.appdriver.isolate_settings``).
    """
    env = dict(os.environ)
    if data_dir is not None:
        env["SIHTEERI_DATA_DIR"] = data_dir
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.drivers", *args], capture_output=True, text=True, cwd=ROOT, check=False, env=env
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"bench.drivers {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1]
    return wall, json.loads(line)


# --- what is measured -------------------------------------------------------------------------------------


def measure_startup(db: Path, size: str, repeat: int) -> list[Result]:
    """Start-up to the main window shown and idle, against a bare PySide6 window, both in fresh processes."""
    from bench import appdriver

    if not appdriver.available():
        return []
    app_runs: list[tuple[float, dict[str, Any]]] = []
    bare_runs: list[tuple[float, dict[str, Any]]] = []
    stack_runs: list[tuple[float, dict[str, Any]]] = []
    # One data folder for all the starts, as a user has: the first start (untimed) also takes the first backup
    # on closing; the timed ones close without one, since nothing changed. With a fresh folder each start
    # closed with a verified backup of the whole database (2-3 s with 100 000 items), which is not start-up.
    data = tempfile.mkdtemp(prefix="sihteeri-bench-data-", dir=OUT)
    try:
        # The first start of each warms the disk cache and writes the byte-code files, as a user's first does.
        run_driver("startup", "--db", str(db), write_bytecode=True, data_dir=data)
        run_driver("bare-window", write_bytecode=True)
        run_driver("stack-window", write_bytecode=True)
        for _ in range(repeat):
            app_runs.append(run_driver("startup", "--db", str(db), data_dir=data))
            bare_runs.append(run_driver("bare-window"))
            stack_runs.append(run_driver("stack-window"))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    samples = ([w for w, _ in app_runs], [w for w, _ in bare_runs])
    # Something on the screen: Sihteeri's splash against the bare window shown (both from interpreter start,
    # as each process sees it). Shown for information: the target is about the main window.
    first_paint = ([r["splash_s"] for _, r in app_runs], [r["ready_s"] for _, r in bare_runs])
    stack = [w for w, _ in stack_runs]
    return [
        ratio_result("start-up to splash shown (information)", "bare QMainWindow shown", size, first_paint, None),
        # How much of the start-up the mandated stack takes by itself (SQLAlchemy, its ORM, the models
        # configured: bench.drivers stack-window), and what Sihteeri's own part is above it. Information.
        ratio_result(
            "bare window + SQLAlchemy ORM and models (information)",
            "bare QMainWindow",
            size,
            (stack, samples[1]),
            None,
            loaded_s=median([r["loaded_s"] for _, r in stack_runs]),
        ),
        ratio_result(
            "start-up against the stack's own window (information)",
            "bare window + SQLAlchemy ORM and models",
            size,
            (samples[0], stack),
            None,
        ),
        ratio_result(
            "start-up to main window idle",
            "bare QMainWindow",
            size,
            samples,
            2.0,
            ready_s=median([r["ready_s"] for _, r in app_runs]),
            bare_ready_s=median([r["ready_s"] for _, r in bare_runs]),
            maxrss_mb=median([r["maxrss_mb"] for _, r in app_runs]),
            bare_maxrss_mb=median([r["maxrss_mb"] for _, r in bare_runs]),
        ),
    ]


def measure_search(db: Path | str, size: str, repeat: int, queries: dict[str, str]) -> list[Result]:
    """First page of results through ``db.search`` against the same FTS5 (or PostgreSQL) query run directly."""
    from bench import direct
    from db.engine import open_database
    from db.search import search_items

    database = open_database(db, create=False, upgrade=False)
    raw = direct.connect(database)
    results = []
    try:
        for label, query in queries.items():

            def path(query: str = query) -> int:
                with database.read() as connection:  # as the desk's search panel does
                    return len(search_items(connection, query))

            def floor(query: str = query) -> int:
                return len(direct.first_page(raw, database, query))

            samples = alternate(path, floor, repeat)
            found = path()
            assert found == floor(), f"search and the direct query disagree on {query!r}"
            results.append(
                ratio_result(
                    f"search: {label} ({query})",
                    "direct FTS query" if database.is_sqlite else "direct tsquery",
                    size,
                    samples,
                    1.5,
                    hits=found,
                    matches=direct.match_count(raw, database, query),
                )
            )
        results += _filtered_searches(database, size, repeat, queries["common word"])
    finally:
        raw.close()
        database.dispose()
    return results


def _filtered_searches(database: Any, size: str, repeat: int, word: str) -> list[Result]:
    """The common word with a filter (the search panel's body, year and outcome), against the same search
    without one; for information (the issue sets no target for filtered searches)."""
    from sqlalchemy import text

    from db.enums import Outcome
    from db.search import SearchFilters, search_items

    with database.read() as connection:
        by_size = text("SELECT body_id FROM item GROUP BY body_id ORDER BY count(*), body_id")
        bodies = [row[0] for row in connection.execute(by_size)]
        first, last = connection.execute(text("SELECT min(year), max(year) FROM item")).one()
    filters = {
        "largest body": SearchFilters(body_id=bodies[-1]),
        "smallest body": SearchFilters(body_id=bodies[0]),
        "newest year": SearchFilters(year=last),
        "oldest year": SearchFilters(year=first),
        "outcome": SearchFilters(outcome=Outcome.PASSED),
    }
    results = []
    for label, chosen in filters.items():

        def path(chosen: Any = chosen) -> int:
            with database.read() as connection:
                return len(search_items(connection, word, chosen))

        def floor() -> int:
            with database.read() as connection:
                return len(search_items(connection, word))

        samples = alternate(path, floor, repeat)
        results.append(
            ratio_result(f"filtered search (information): {label}", "same word unfiltered", size, samples, None,
                         hits=path())
        )  # fmt: skip
    return results


def measure_printing(db: Path, size: str, repeat: int) -> list[Result]:
    """Excerpt, agenda and a year's minutes as PDF against bare ReportLab documents of the same text."""
    from bench import bare_pdf
    from core.printing import DocumentKind, DocumentRequest, render_document
    from db.engine import open_database

    database = open_database(db, create=False, upgrade=False)
    results = []
    try:
        choice = bare_pdf.choose(database)
        cases = {
            "excerpt": [DocumentRequest(DocumentKind.EXCERPT, choice.meeting_id, (choice.item_id,))],
            f"agenda ({choice.items} items)": [DocumentRequest(DocumentKind.AGENDA, choice.meeting_id)],
            f"minutes of a year ({len(choice.year_meetings)} meetings)": [
                DocumentRequest(DocumentKind.MINUTES, m) for m in choice.year_meetings
            ],
        }
        for label, requests in cases.items():
            texts = [bare_pdf.texts_of(database, r) for r in requests]

            def path(requests: list[DocumentRequest] = requests) -> int:
                return sum(len(render_document(database, r)) for r in requests)

            def floor(texts: list[bare_pdf.DocumentText] = texts) -> int:
                return sum(len(bare_pdf.render(t)) for t in texts)

            samples = alternate(path, floor, repeat)
            results.append(
                ratio_result(
                    f"PDF: {label}", "bare ReportLab", size, samples, 1.5, pdf_bytes=path(), bare_bytes=floor()
                )
            )
        results.append(_measure_archival(database, size, repeat, choice.year_meetings))
    finally:
        database.dispose()
    return results


def _measure_archival(database: Any, size: str, repeat: int, meeting_ids: Sequence[int]) -> Result:
    """The archival copies (PDF/A-2b and XML metadata) of a year's minutes against their PDFs for paper."""
    from core.printing import DocumentKind, DocumentRequest, render_document
    from core.printing.archival import archival_copy

    requests = [DocumentRequest(DocumentKind.MINUTES, m) for m in meeting_ids]

    def path() -> int:
        with database.session() as session:
            return sum(len(archival_copy(session, r, pdf_name="bench.pdf").pdf) for r in requests)

    def floor() -> int:
        return sum(len(render_document(database, r)) for r in requests)

    samples = alternate(path, floor, repeat)
    return ratio_result(
        f"archival copy (information): minutes of a year ({len(requests)} meetings)", "the same PDFs", size,
        samples, None, pdf_bytes=path(), bare_bytes=floor(),
    )  # fmt: skip


def measure_backup(db: Path, size: str, repeat: int) -> list[Result]:
    """A verified backup (``db.backup.backup_now``) against a plain sqlite3 backup of the same file."""
    import shutil
    import sqlite3

    from db.backup import BackupSettings, backup_now

    folder = Path(tempfile.mkdtemp(prefix="sihteeri-bench-backup-", dir=OUT))
    plain_target = folder / "plain.db"

    def path() -> None:
        result = backup_now(db, settings=BackupSettings(), folders=[folder / "app"], rotate_old=False)
        if result.warnings or not result.written:
            raise RuntimeError(f"backup failed: {result.warnings}")
        for written in result.written:
            written.unlink()

    def floor() -> None:
        src = sqlite3.connect(db)
        dst = sqlite3.connect(plain_target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        plain_target.unlink()

    try:
        # Each copy starts with the disk's write-back done: half a gigabyte written just before (by the other
        # of the two) would otherwise slow whichever comes next, as no hourly backup is slowed in real use.
        samples = alternate(path, floor, repeat, settle=os.sync)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        ratio_result(
            "backup with verification",
            "plain sqlite3 backup",
            size,
            samples,
            1.5,
            file_mb=round(db.stat().st_size / 2**20, 1),
        )
    ]


def measure_navigator(db: Path, size: str, repeat: int) -> list[Result]:
    """Opening the 40-item meeting in the navigator and scrolling end to end, in a fresh process each time."""
    from bench import bare_pdf

    meeting = bare_pdf.largest_meeting(db)
    runs = [run_driver("navigator", "--db", str(db), "--meeting", str(meeting))[1] for _ in range(repeat)]
    value = median([r["open_s"] + r["scroll_s"] for r in runs])
    return [
        Result(
            "navigator: open meeting + scroll",
            "",
            size,
            value,
            0.0,
            float("nan"),
            None,
            samples=[r["open_s"] + r["scroll_s"] for r in runs],
            detail={
                "items": runs[0]["items"],
                "pages": runs[0]["pages"],
                "maxrss_mb": median([r["maxrss_mb"] for r in runs]),
                "open_s": median([r["open_s"] for r in runs]),
                "scroll_s": median([r["scroll_s"] for r in runs]),
            },
        ),
    ]


def measure_postgres_search(
    sizes: list[int], repeat: int, queries: dict[str, str], log: Callable[[str], None]
) -> list[Result]:
    """Search on PostgreSQL: the same generated data (seed 1) in a server kept in ``bench/out/pg``."""
    from bench import pg

    folder = OUT / "pg"
    pg.start(folder)
    results: list[Result] = []
    try:
        for size in sizes:
            name = f"sihteeri_{size}"
            if pg.ensure_database(folder, name):
                log(f"Luodaan PostgreSQL-tietokanta {name} ({size} asiaa) …")
                done = subprocess.run(
                    [sys.executable, "-m", "bench.generate", "--items", str(size), "--seed", "1",
                     "--out", pg.url(folder, name)],
                    cwd=ROOT,
                    check=False,
                )  # fmt: skip
                if done.returncode != 0:
                    pg.drop_database(folder, name)
                    raise RuntimeError(f"bench.generate failed for PostgreSQL {name}")
            upgrade_in_place(pg.url(folder, name), log)
            log(f"== {size} asiaa: PostgreSQL {name}")
            results += measure_search(pg.url(folder, name), f"{size} PG", repeat, queries)
    finally:
        pg.stop(folder)
    return results


# --- growth -----------------------------------------------------------------------------------------------


def growth(results: list[Result], sizes: list[int]) -> list[Result]:
    """Search time and memory at the largest size against the smallest, and memory against the demo."""
    if not sizes:
        return []
    small, large = str(min(sizes)), str(max(sizes))
    by_key = {(r.path, r.size): r for r in results}
    grown: list[Result] = []
    if small != large:
        factor = max(sizes) / min(sizes)
        for suffix in ("", " PG"):
            for r in results:
                if r.size == large + suffix and r.path.startswith("search:") and (r.path, small + suffix) in by_key:
                    base = by_key[(r.path, small + suffix)]
                    grown.append(
                        Result(
                            f"growth {factor:.0f}×: {r.path}",
                            f"same at {small}{suffix}",
                            large + suffix,
                            r.value,
                            base.value,
                            r.value / base.value,
                            2.0,
                        )
                    )
                    # The direct query's own growth beside it: a word's matches grow with the data (a rare word
                    # has 3 at 10 000 items and 15 at 100 000), and each match costs its snippet, in the
                    # database engine as much as through Sihteeri.
                    grown.append(
                        Result(
                            f"growth {factor:.0f}×: direct query, {r.path.removeprefix('search: ')} (information)",
                            f"same at {small}{suffix}",
                            large + suffix,
                            r.floor_value,
                            base.floor_value,
                            r.floor_value / base.floor_value,
                            None,
                        )
                    )
    for prefix, label in (
        ("navigator", "memory: navigator peak RSS − demo's"),
        ("start-up", "memory: start-up peak RSS − demo's"),
    ):
        rows = {r.size: r for r in results if r.path.startswith(prefix)}
        if "demo" not in rows:
            continue
        demo_mb = rows["demo"].detail["maxrss_mb"]
        for size, r in rows.items():
            if size != "demo":
                grown.append(
                    Result(
                        label,
                        "demo database",
                        size,
                        r.detail["maxrss_mb"],
                        demo_mb,
                        r.detail["maxrss_mb"] - demo_mb,
                        50.0,
                        unit="MB",
                    )
                )
    return grown


# --- the table --------------------------------------------------------------------------------------------


def format_table(results: list[Result]) -> str:
    header = f"{'path':<52} {'size':>9} {'median':>9} {'floor':>9} {'ratio':>7} {'target':>7}  ok"
    lines = [header, "-" * len(header)]
    for r in results:
        unit = r.unit
        value = f"{r.value:.3f}{unit}" if unit == "s" else f"{r.value:.1f}{unit}"
        floor = "" if not r.floor else (f"{r.floor_value:.3f}{unit}" if unit == "s" else f"{r.floor_value:.1f}{unit}")
        ratio = "" if r.ratio != r.ratio else (f"{r.ratio:.2f}" if unit == "s" else f"+{r.ratio:.1f}")
        target = "" if r.target is None else (f"≤{r.target:g}" if unit == "s" else f"≤+{r.target:g}")
        ok = "" if r.ok is None else ("yes" if r.ok else "NO")
        lines.append(f"{r.path[:52]:<52} {r.size:>9} {value:>9} {floor:>9} {ratio:>7} {target:>7}  {ok}")
    return "\n".join(lines)


MEASUREMENTS = ("startup", "search", "navigator", "printing", "backup")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="database sizes (items), comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each path and floor")
    parser.add_argument("--json", type=Path, help="write every result here as JSON")
    parser.add_argument("--only", default=",".join(MEASUREMENTS), help=f"a subset of {','.join(MEASUREMENTS)}")
    parser.add_argument(
        "--postgres", action="store_true", help="measure search on PostgreSQL too (a server in bench/out/pg)"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    only = {s.strip() for s in args.only.split(",")}

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    databases = {str(size): database_for(size, log) for size in sizes}
    from bench import direct

    queries = direct.choose_queries(databases[str(max(sizes))]) if sizes else {}
    results: list[Result] = []
    with_demo = {"demo": database_for("demo", log), **databases}
    for size, db in with_demo.items():
        log(f"== {size} asiaa: {db}")
        if "startup" in only:
            results += measure_startup(db, size, args.repeat)
        if size == "demo":
            continue
        if "search" in only:
            results += measure_search(db, size, args.repeat, queries)
        if "printing" in only:
            results += measure_printing(db, size, args.repeat)
        if "backup" in only:
            results += measure_backup(db, size, max(1, min(args.repeat, 5)))
    if args.postgres and "search" in only:
        results += measure_postgres_search(sizes, args.repeat, queries, log)
    if "navigator" in only:
        for size, db in with_demo.items():
            results += measure_navigator(db, size, max(1, min(args.repeat, 3)))
    results += growth(results, sizes)
    print(format_table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "machine": machine(),
            "arguments": vars(args) | {"json": str(args.json)},
            "queries": queries,
            "results": [asdict(r) | {"ok": r.ok} for r in results],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

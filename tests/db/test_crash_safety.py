"""Crash safety: a process killed with SIGKILL while writing (and while backing up) loses nothing it committed."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import backup
from db.engine import open_database

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 16

# The child commits transactions of three rows each (a person, a setting, an audit-logged update) and prints
# the transaction's number only after the commit returned; some trials also take backups (one at start, then
# every seventh write), so that kills land in the middle of backups too.
CHILD = r"""
import sys
from pathlib import Path
from db.engine import open_database
from db.models import Person, Setting
from db import backup

path, start, folder = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
database = open_database(path, user="kaatuja")
if folder:
    backup.backup_now(database, folders=[Path(folder)])
print("valmis", flush=True)
n = start
while True:
    with database.begin() as s:
        person = Person(name=f"Henkilö {n}", title="x" * (n % 300))
        s.add(person)
        s.add(Setting(key=f"kirjoitus-{n}", value={"n": n, "täyte": "ä" * 200}))
        s.flush()
        person.email = f"h{n}@example.fi"
    print(n, flush=True)
    n += 1
    if folder and n % 7 == 0:
        backup.backup_now(database, folders=[Path(folder)])
"""


def _committed(output: bytes) -> list[int]:
    numbers = []
    for line in output.decode("utf-8", "replace").splitlines():
        if line.strip().isdigit():
            numbers.append(int(line))
    return numbers


def test_sigkill_during_writes_keeps_every_committed_change(tmp_path: Path) -> None:
    """Ensure many SIGKILLs at random moments leave an intact database holding every reported commit."""
    rng = random.Random(20261123)
    path = tmp_path / "kaatuu.db"
    open_database(path).dispose()
    folder = tmp_path / "vk"
    folder.mkdir()
    reported: list[int] = []
    next_number = 0
    started = time.monotonic()
    for trial in range(TRIALS):
        with_backups = trial % 3 == 2
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(next_number), str(folder) if with_backups else ""],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == b"valmis", child.stderr.read() if child.stderr else b""
        # Every fourth trial waits for a first commit before the random delay, so that a slow, busy machine
        # still kills some children with commits behind them; the others may die before their first one.
        seen = child.stdout.readline() if trial % 4 == 0 else b""
        time.sleep(rng.uniform(0.02, 0.4))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err.decode("utf-8", "replace")
        numbers = _committed(seen + out)
        reported += numbers
        # A transaction committed but not yet reported may use the next number: the next child skips ahead.
        next_number = (numbers[-1] if numbers else next_number) + 1000

        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            keys = {r[0] for r in conn.execute("SELECT key FROM setting WHERE key LIKE 'kirjoitus-%'")}
            emails = {r[0] for r in conn.execute("SELECT email FROM person WHERE email LIKE 'h%@example.fi'")}
            names = {r[0] for r in conn.execute("SELECT name FROM person")}
        finally:
            conn.close()
        missing = [n for n in reported if f"kirjoitus-{n}" not in keys]
        assert not missing, f"trial {trial}: committed writes lost: {missing[:5]}"
        # Atomicity: every transaction is there whole or not at all.
        setting_numbers = {int(k.split("-")[1]) for k in keys}
        person_numbers = {int(n.split()[1]) for n in names if n.startswith("Henkilö ")}
        email_numbers = {int(e[1:].split("@")[0]) for e in emails}
        assert setting_numbers == person_numbers == email_numbers

        for entry in backup.list_backups(path, folder):
            assert backup.verify_backup(entry.path).ok, f"trial {trial}: {entry.path.name} is not a full copy"
    elapsed = time.monotonic() - started
    assert reported, "no write was committed in any trial"
    assert backup.list_backups(path, folder), "no backup was finished in any trial"
    print(f"{TRIALS} kaatoa, {len(reported)} vahvistettua kirjoitusta, {elapsed:.1f} s")


@pytest.mark.parametrize("crash", [False, True])
def test_interrupted_restore_leaves_a_recoverable_state(tmp_path: Path, crash: bool,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a restore cut off between moving the old file aside and renaming the copy is found at start-up."""
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "sihteeri.db"
    database = open_database(path)
    settings = backup.BackupSettings(folder=tmp_path / "vk")
    good = backup.backup_now(database, settings=settings).written[0]
    database.dispose()
    real_replace = os.replace
    calls = {"n": 0}

    def crash_on_final_rename(src: os.PathLike[str] | str, dst: os.PathLike[str] | str) -> None:
        if Path(dst) == path and crash:
            raise KeyboardInterrupt  # the process dies here
        calls["n"] += 1
        real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", crash_on_final_rename)
    with contextlib.suppress(KeyboardInterrupt):
        backup.restore_backup(good, path, settings=settings)
    monkeypatch.setattr(backup.os, "replace", real_replace)
    problem = backup.startup_check(path, settings=settings)
    if crash:
        assert problem is not None and problem.kind == "missing" and problem.backup is not None
        backup.recover(problem, settings=settings)
    assert backup.startup_check(path, settings=settings) is None
    assert calls["n"] >= 1

"""axe-core (Deque's accessibility engine) run in headless Chromium over HTML files, for the tests.

The published pages must meet WCAG 2.1 AA (domain notes). ``run_axe`` opens each file in Chromium, runs axe-core's
WCAG 2.0/2.1 A and AA rules and its best practices, and returns what each page violates. The Node packages are
pinned in ``package.json`` / ``package-lock.json`` beside this file; ``.ci/run`` installs them (``npm ci``) and
Debian's Chromium, and sets ``SIHTEERI_REQUIRE_AXE=1`` so that a missing tool fails the test there instead of
skipping it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REQUIRE_ENV = "SIHTEERI_REQUIRE_AXE"


@dataclass(frozen=True)
class Finding:
    """One axe-core rule a page violates (or could not decide), with the elements concerned."""

    rule: str
    impact: str | None
    help: str
    targets: tuple[str, ...]


@dataclass(frozen=True)
class AxeResult:
    file: Path
    engine: str
    violations: tuple[Finding, ...]
    incomplete: tuple[Finding, ...]
    passes: int


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def tools_or_skip() -> tuple[str, str]:
    """(node, chromium), or skip the test (fail it where ``SIHTEERI_REQUIRE_AXE`` is set, as in CI)."""
    node, chromium = shutil.which("node"), _chromium()
    missing = [
        what
        for what, there in (
            ("node", node),
            ("chromium", chromium),
            ("npm ci in tests/accessibility", (HERE / "node_modules" / "axe-core").is_dir()),
        )
        if not there
    ]
    if missing:
        message = "accessibility check needs " + ", ".join(missing)
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(message)
        pytest.skip(message)
    assert node and chromium
    return node, chromium


def _findings(rules: list[dict[str, Any]]) -> tuple[Finding, ...]:
    return tuple(Finding(rule["id"], rule.get("impact"), rule["help"], tuple(rule["targets"])) for rule in rules)


def run_axe(files: list[Path]) -> dict[Path, AxeResult]:
    """axe-core's verdict on each file, from one Chromium."""
    node, chromium = tools_or_skip()
    completed = subprocess.run(
        [node, str(HERE / "axe_check.js"), chromium, *(str(file) for file in files)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=HERE,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    results = {}
    for line in completed.stdout.splitlines():
        row = json.loads(line)
        file = Path(row["file"])
        results[file] = AxeResult(
            file, row["axe"], _findings(row["violations"]), _findings(row["incomplete"]), int(row["passes"])
        )
    assert set(results) == set(files), completed.stdout
    return results

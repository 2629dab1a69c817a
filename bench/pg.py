"""A PostgreSQL server for the benchmark, kept in ``bench/out/pg`` between runs (``python -m bench.run --postgres``).

The cluster is made once (``initdb``, trust authentication, a Unix socket in the folder, no TCP) and started
and stopped around each run, so the generated databases need to be written only once. As root the server
runs as the ``postgres`` user, as in the tests (``tests.pg_cluster``, whose helpers this uses).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.pg_cluster import _as_server_user, server_bin_dir
from tests.pg_cluster import start as create_and_start

# Settings of a real server's defaults matter here (the benchmark measures queries, not durability).
_OPTIONS = "-c listen_addresses='' -c shared_buffers=256MB -c work_mem=16MB"


def _bindir() -> Path:
    bindir = server_bin_dir()
    if bindir is None:
        raise SystemExit("PostgreSQL server programs (initdb, pg_ctl) not found; install PostgreSQL")
    return bindir


def start(folder: Path) -> str:
    """Start the cluster in ``folder`` (creating it the first time); return its admin URL."""
    if not (folder / "data" / "PG_VERSION").exists():
        shutil.rmtree(folder, ignore_errors=True)
        create_and_start(folder)
        stop(folder)
    status = [str(_bindir() / "pg_ctl"), "-D", str(folder / "data"), "status"]
    if subprocess.run(_as_server_user(status), check=False, stdout=subprocess.DEVNULL).returncode == 0:
        return url(folder, "postgres")  # left running by an interrupted run, or started by hand
    subprocess.run(
        _as_server_user(
            [str(_bindir() / "pg_ctl"), "-D", str(folder / "data"), "-o", f"-k {folder} {_OPTIONS}",
             "-l", str(folder / "log"), "-w", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return url(folder, "postgres")


def url(folder: Path, database: str) -> str:
    return f"postgresql+psycopg://postgres@/{database}?host={folder}"


def ensure_database(folder: Path, name: str) -> bool:
    """Create database ``name`` if missing; True if it was created (and so must be filled)."""
    psql = [str(_bindir() / "psql"), "-h", str(folder), "-U", "postgres", "-d", "postgres", "-tAc"]
    found = subprocess.run([*psql, f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
                           capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    if found == "1":
        return False
    subprocess.run([*psql, f'CREATE DATABASE "{name}"'], check=True, stdout=subprocess.DEVNULL)
    return True


def drop_database(folder: Path, name: str) -> None:
    psql = [str(_bindir() / "psql"), "-h", str(folder), "-U", "postgres", "-d", "postgres", "-tAc"]
    subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{name}"'], check=True, stdout=subprocess.DEVNULL)


def stop(folder: Path) -> None:
    subprocess.run(
        _as_server_user([str(_bindir() / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"]),
        check=False,
        stdout=subprocess.DEVNULL,
    )

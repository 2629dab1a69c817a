"""A throwaway PostgreSQL cluster on a Unix socket in a temporary folder, for the tests.

``python -m tests.pg_cluster start DIR`` prints the admin URL; ``python -m tests.pg_cluster stop DIR`` stops
it. The tests start one themselves (and stop it at the end) when ``SIHTEERI_TEST_POSTGRES`` is not set
and the server binaries are installed. As root the server runs as the ``postgres`` user. One role,
``PASSWORD_ROLE``, must sign in with a password; every other is trusted.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

PASSWORD_ROLE = "sihteeri_salasana"


def server_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin that has initdb, or the one on PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def start(folder: Path) -> str:
    """Create and start a cluster in ``folder``; return the SQLAlchemy URL of its admin database."""
    bindir = server_bin_dir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        folder.chmod(0o755)
    data = folder / "data"
    subprocess.run(
        _as_server_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "-N",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    # One role signs in with a password (tests of the password question); everyone else is trusted.
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
    options = (
        f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    )
    subprocess.run(
        _as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return f"postgresql+psycopg://postgres@/postgres?host={folder}"


def stop(folder: Path) -> None:
    bindir = server_bin_dir()
    data = folder / "data"
    if bindir is None or not data.exists():
        return
    subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
        check=False,
        stdout=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    elif action == "stop":
        stop(where)
    else:
        sys.exit("usage: python -m tests.pg_cluster start|stop DIR")

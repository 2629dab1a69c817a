"""PostgreSQL's own backup programs (pg_dump, pg_restore) run for a Sihteeri database URL.

The programs are looked up in ``SIHTEERI_PG_BIN``, then the newest ``/usr/lib/postgresql/*/bin`` (Debian,
Ubuntu), then ``PATH``; a missing program gives a Finnish message saying what to install. The password, if
any, goes to the child through the environment (``PGPASSWORD``), never on its command line.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from db.errors import DatabaseUnavailable, DiskFull, KnownError, msg


class ToolMissing(KnownError):
    """pg_dump or pg_restore is not installed."""

    title = "Varmuuskopio-ohjelma puuttuu"


def _version_key(path: str) -> int:
    match = re.search(r"/postgresql/(\d+)/", path)
    return int(match.group(1)) if match else 0


def find_tool(name: str) -> Path:
    """Path of ``pg_dump`` or ``pg_restore``; raise ``ToolMissing`` with a Finnish message when not found."""
    configured = os.environ.get("SIHTEERI_PG_BIN")
    candidates: list[str] = []
    if configured:
        candidates.append(str(Path(configured) / name))
    candidates += sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version_key, reverse=True)
    on_path = shutil.which(name)
    if on_path:
        candidates.append(on_path)
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return Path(candidate)
    raise ToolMissing(
        msg(
            "PostgreSQL-tietokannan varmuuskopiointiin ja palautukseen tarvitaan ohjelma {name}, mutta sitä ei "
            "löytynyt. Asenna PostgreSQL:n asiakasohjelmat (Windowsissa PostgreSQL-asennuksen ”Command Line "
            "Tools”, Linuxissa paketti postgresql-client) tai kerro niiden kansio ympäristömuuttujalla "
            "SIHTEERI_PG_BIN.",
            name=name,
        )
    )


def tools_available() -> bool:
    try:
        find_tool("pg_dump")
        find_tool("pg_restore")
    except ToolMissing:
        return False
    return True


def libpq_environment(url: URL) -> dict[str, str]:
    """The environment that points libpq programs at the database of ``url``."""
    env = dict(os.environ)
    host = url.host or url.query.get("host")
    if isinstance(host, tuple):
        host = host[0]
    if host:
        env["PGHOST"] = str(host)
    if url.port:
        env["PGPORT"] = str(url.port)
    if url.username:
        env["PGUSER"] = url.username
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    if url.database:
        env["PGDATABASE"] = url.database
    return env


def _run(cmd: list[str], url: URL, what: str) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(
            cmd, env=libpq_environment(url), capture_output=True, text=True, check=False, timeout=3600
        )
    except OSError as exc:
        raise DatabaseUnavailable(
            msg("Ohjelmaa {cmd} ei voitu käynnistää: {strerror}.", cmd=cmd[0], strerror=exc.strerror), detail=str(exc)
        ) from exc
    if result.returncode != 0:
        text = result.stderr.strip()
        if "no space left" in text.lower():
            raise DiskFull(msg("Levy täyttyi: {what} ei onnistunut.", what=what), detail=text)
        from db.engine import password_error

        asked = password_error(text, url.render_as_string(hide_password=True))
        if asked is not None:
            raise asked
        raise DatabaseUnavailable(
            msg(
                "{what} ei onnistunut: {problem}",
                what=what,
                problem=text.splitlines()[-1] if text else msg("tuntematon virhe"),
            ),
            detail=text,
        )
    return result


def dump(url: URL, target: Path, snapshot: str | None = None) -> None:
    """Write the database to ``target`` in pg_dump's custom format (one consistent snapshot, or ``snapshot``)."""
    cmd = [str(find_tool("pg_dump")), "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"]
    if snapshot:
        cmd.append(f"--snapshot={snapshot}")
    _run(cmd, url, msg("PostgreSQL-varmuuskopio"))


def list_contents(dump_file: Path) -> list[str]:
    """pg_restore's table of contents of a dump; raise if the file is not a readable dump."""
    result = subprocess.run(
        [str(find_tool("pg_restore")), "--list", str(dump_file)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise DatabaseUnavailable(
            msg("Tiedosto {dump_file} ei ole ehjä PostgreSQL-varmuuskopio.", dump_file=dump_file),
            detail=result.stderr.strip(),
        )
    return [line for line in result.stdout.splitlines() if line and not line.startswith(";")]


def restore(url: URL, dump_file: Path) -> None:
    """Replace the database's contents with the dump, in one transaction (all or nothing)."""
    _run(
        [
            str(find_tool("pg_restore")),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={url.database}",
            str(dump_file),
        ],
        url,
        msg("PostgreSQL-varmuuskopion palautus"),
    )

"""Developer tools for the schema: ``python -m db.tools revision "message"`` autogenerates a migration."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from db.engine import alembic_config, run_upgrade


def autogenerate(message: str, rev_id: str) -> None:
    """Write a new revision with the difference between the models and the current head."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'autogen.db'}")
        run_upgrade(engine)
        with engine.begin() as conn:
            command.revision(alembic_config(conn), message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit('käyttö: python -m db.tools REV_ID "kuvaus"')
    autogenerate(sys.argv[2], sys.argv[1])

"""Alembic environment: runs on the connection handed over by ``db.engine`` (never reads alembic.ini)."""

from __future__ import annotations

from alembic import context

from db.models import Base
from db.search import include_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Sihteeri runs its migrations through db.engine.open_database().")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,  # the search index is made by revision 0002, not the models
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline (SQL script) migrations are not supported.")
run_migrations_online()

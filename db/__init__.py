"""Storage layer of Sihteeri: models, engine, migrations, queries, search and backups (no Qt here)."""

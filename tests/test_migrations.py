"""The schema comes from the migrations; they build an empty database into exactly what the models describe."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from conftest import reset_schema
from vocapp.extensions import db


def test_migrations_build_an_empty_database_into_the_models_schema(ctx):
    reset_schema(db)
    upgrade()
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                       db.metadata)
    assert differences == []
    assert {"accounts", "contacts", "users", "api_tokens", "alembic_version"} <= set(inspect(db.engine).get_table_names())


def test_downgrade_to_nothing_and_back_up(ctx):
    downgrade(revision="base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    upgrade()
    assert "accounts" in inspect(db.engine).get_table_names()


def test_an_older_database_upgrades_without_losing_data(ctx):
    from sqlalchemy import text

    reset_schema(db)
    upgrade(revision="0001_foundation")
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO accounts (external_id, name, arr, status, created_at, updated_at) "
                                "VALUES ('OLD-1', 'Kept Co', 1234.5, 'active', '2025-01-01', '2025-01-01')"))
    upgrade()
    with db.engine.connect() as connection:
        row = connection.execute(text("SELECT name, arr, usage_score FROM accounts WHERE external_id = 'OLD-1'")).one()
    assert (row.name, float(row.arr), row.usage_score) == ("Kept Co", 1234.5, None)
    assert "text_analyses" in inspect(db.engine).get_table_names()

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

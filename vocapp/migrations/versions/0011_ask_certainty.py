"""ask certainty: how sure the analysis was that a mention's sentence asks for something at all

Revision ID: 0011_ask_certainty
Revises: 0010_ask_encodings
Create Date: 2026-12-04 00:10:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0011_ask_certainty'
down_revision = '0010_ask_encodings'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('feedback_mentions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ask_certainty', sa.Double(), nullable=True))


def downgrade():
    with op.batch_alter_table('feedback_mentions', schema=None) as batch_op:
        batch_op.drop_column('ask_certainty')

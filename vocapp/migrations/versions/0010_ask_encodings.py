"""ask encodings: each ask's sentence encoding, kept for the regrouping pass

Revision ID: 0010_ask_encodings
Revises: 0009_jobs
Create Date: 2026-12-02 14:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0010_ask_encodings'
down_revision = '0009_jobs'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'ask_encodings',
        sa.Column('digest', sa.String(length=40), nullable=False),
        sa.Column('model', sa.String(length=60), nullable=False),
        sa.Column('vector', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('digest', 'model', name=op.f('pk_ask_encodings')),
    )


def downgrade():
    op.drop_table('ask_encodings')

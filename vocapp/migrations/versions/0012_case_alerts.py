"""case alerts: the e-mail telling a follow-up case's owner that a detractor answered, one per case and owner

Revision ID: 0012_case_alerts
Revises: 0011_ask_certainty
Create Date: 2026-12-05 11:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0012_case_alerts'
down_revision = '0011_ask_certainty'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'case_alerts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('claimed_at', sa.DateTime(), nullable=False),
        sa.Column('claimed_by', sa.String(length=64), nullable=True),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['follow_up_cases.id'], name=op.f('fk_case_alerts_case_id_follow_up_cases'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_case_alerts_owner_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_alerts')),
        sa.UniqueConstraint('case_id', 'owner_id', name=op.f('uq_case_alerts_case_id')),
    )
    op.create_index(op.f('ix_case_alerts_case_id'), 'case_alerts', ['case_id'])


def downgrade():
    op.drop_index(op.f('ix_case_alerts_case_id'), table_name='case_alerts')
    op.drop_table('case_alerts')

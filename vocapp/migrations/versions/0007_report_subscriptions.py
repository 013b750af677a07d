"""report subscriptions and their deliveries, one a period

Revision ID: 0007_report_subscriptions
Revises: 0006_interviews
Create Date: 2026-12-01 21:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0007_report_subscriptions'
down_revision = '0006_interviews'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'report_subscriptions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('frequency', sa.String(length=10), nullable=False),
        sa.Column('product_area', sa.String(length=60), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('roadmap', 'accounts')", name=op.f('ck_report_subscriptions_kind')),
        sa.CheckConstraint("frequency IN ('weekly', 'monthly')", name=op.f('ck_report_subscriptions_frequency')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_report_subscriptions_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_report_subscriptions')),
    )
    op.create_index(op.f('ix_report_subscriptions_user_id'), 'report_subscriptions', ['user_id'])
    op.create_table(
        'report_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('subscription_id', sa.Integer(), nullable=False),
        sa.Column('period_start', sa.Date(), nullable=False),
        sa.Column('period_end', sa.Date(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('claimed_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['subscription_id'], ['report_subscriptions.id'],
                                name=op.f('fk_report_deliveries_subscription_id_report_subscriptions'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_report_deliveries')),
        sa.UniqueConstraint('subscription_id', 'period_end', 'account_id', name=op.f('uq_report_deliveries_subscription_id')),
    )
    op.create_index(op.f('ix_report_deliveries_subscription_id'), 'report_deliveries', ['subscription_id'])


def downgrade():
    op.drop_index(op.f('ix_report_deliveries_subscription_id'), table_name='report_deliveries')
    op.drop_table('report_deliveries')
    op.drop_index(op.f('ix_report_subscriptions_user_id'), table_name='report_subscriptions')
    op.drop_table('report_subscriptions')

"""feedback items become roadmap items: aliases, shipped date, origin; links keep a confidence, a reason and a
product manager's review; rejected links; shipped-item notices and editable message templates

Every item, mention, merge and split made so far is kept: the new columns get defaults, and the status that
was called 'declined' is now 'wont_do' (shown as "Won't do").

Revision ID: 0008_roadmap_items
Revises: 0007_report_subscriptions
Create Date: 2026-12-01 23:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0008_roadmap_items'
down_revision = '0007_report_subscriptions'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('feedback_items') as batch:
        batch.add_column(sa.Column('aliases', sa.JSON(), nullable=False, server_default='[]'))
        batch.add_column(sa.Column('shipped_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('origin', sa.String(length=10), nullable=False, server_default='analysis'))
    op.execute("UPDATE feedback_items SET status = 'wont_do' WHERE status = 'declined'")
    op.execute("UPDATE feedback_items SET origin = 'staff' WHERE staff_edited")
    with op.batch_alter_table('feedback_mentions') as batch:
        batch.add_column(sa.Column('confidence', sa.Double(), nullable=False, server_default='1'))
        batch.add_column(sa.Column('link_reason', sa.String(length=200), nullable=False, server_default=''))
        batch.add_column(sa.Column('review', sa.String(length=10), nullable=True))
        batch.create_index(batch.f('ix_feedback_mentions_review'), ['review'])
    # a mention staff moved to another item is a link a product manager has confirmed
    op.execute("UPDATE feedback_mentions SET review = 'confirmed', link_reason = 'moved by staff' "
               "WHERE origin = 'staff'")
    op.create_table(
        'shipped_notices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('claimed_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['item_id'], ['feedback_items.id'], name=op.f('fk_shipped_notices_item_id_feedback_items'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_shipped_notices_contact_id_contacts'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shipped_notices')),
        sa.UniqueConstraint('item_id', 'contact_id', name=op.f('uq_shipped_notices_item_id')),
    )
    op.create_index(op.f('ix_shipped_notices_item_id'), 'shipped_notices', ['item_id'])
    op.create_index(op.f('ix_shipped_notices_contact_id'), 'shipped_notices', ['contact_id'])
    op.create_table(
        'link_rejections',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_type', sa.String(length=20), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=True),
        sa.Column('quote', sa.Text(), nullable=False),
        sa.Column('request_text', sa.Text(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('account_id', sa.Integer(), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['feedback_items.id'], name=op.f('fk_link_rejections_item_id_feedback_items'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_link_rejections_account_id_accounts'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_link_rejections_created_by_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_link_rejections')),
    )
    op.create_index(op.f('ix_link_rejections_source_id'), 'link_rejections', ['source_id'])
    op.create_index(op.f('ix_link_rejections_account_id'), 'link_rejections', ['account_id'])
    op.create_table(
        'message_templates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('subject', sa.String(length=200), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_message_templates')),
        sa.UniqueConstraint('key', name=op.f('uq_message_templates_key')),
    )


def downgrade():
    op.drop_table('message_templates')
    op.drop_index(op.f('ix_link_rejections_account_id'), table_name='link_rejections')
    op.drop_index(op.f('ix_link_rejections_source_id'), table_name='link_rejections')
    op.drop_table('link_rejections')
    op.drop_index(op.f('ix_shipped_notices_contact_id'), table_name='shipped_notices')
    op.drop_index(op.f('ix_shipped_notices_item_id'), table_name='shipped_notices')
    op.drop_table('shipped_notices')
    with op.batch_alter_table('feedback_mentions') as batch:
        batch.drop_index(batch.f('ix_feedback_mentions_review'))
        batch.drop_column('review')
        batch.drop_column('link_reason')
        batch.drop_column('confidence')
    op.execute("UPDATE feedback_items SET status = 'declined' WHERE status = 'wont_do'")
    with op.batch_alter_table('feedback_items') as batch:
        batch.drop_column('origin')
        batch.drop_column('shipped_on')
        batch.drop_column('aliases')

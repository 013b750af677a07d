"""jobs: long work run by Celery tasks (or in-process), its state, progress, outcome and error

Revision ID: 0009_jobs
Revises: 0008_roadmap_items
Create Date: 2026-12-02 02:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0009_jobs'
down_revision = '0008_roadmap_items'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'jobs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('done', sa.Integer(), nullable=False),
        sa.Column('total', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.Text(), nullable=True),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('link', sa.String(length=300), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=True),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("state IN ('queued', 'running', 'retrying', 'succeeded', 'failed')",
                           name=op.f('ck_jobs_state')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_jobs_user_id_users'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_jobs')),
    )
    op.create_index('ix_jobs_created_at', 'jobs', ['created_at'])
    op.create_index(op.f('ix_jobs_user_id'), 'jobs', ['user_id'])
    op.create_table(
        'job_uploads',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('job_id', sa.Integer(), nullable=False),
        sa.Column('filename', sa.String(length=255), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_uploads_job_id_jobs'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_job_uploads')),
    )
    op.create_index(op.f('ix_job_uploads_job_id'), 'job_uploads', ['job_id'])
    op.create_table(
        'job_chunks',
        sa.Column('job_id', sa.Integer(), nullable=False),
        sa.Column('chunk', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_chunks_job_id_jobs'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('job_id', 'chunk', name=op.f('pk_job_chunks')),
    )
    # E-mails sent by jobs: which send an invitation's e-mail belongs to, and who holds the claim to send it now.
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_batch', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('mail_claim', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('mail_claimed_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_invitations_mail_batch'), ['mail_batch'], unique=False)
    # An invitation whose e-mail failed before this revision is sent again by the next send, as it was then.
    op.execute("UPDATE invitations SET mail_batch = 'before-jobs' WHERE sent_at IS NULL AND id IN "
               "(SELECT invitation_id FROM invitation_emails WHERE kind = 'invitation')")
    for table in ('report_deliveries', 'shipped_notices'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('claimed_by', sa.String(length=64), nullable=True))


def downgrade():
    for table in ('shipped_notices', 'report_deliveries'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('claimed_by')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitations_mail_batch'))
        batch_op.drop_column('mail_claimed_at')
        batch_op.drop_column('mail_claim')
        batch_op.drop_column('mail_batch')
    op.drop_table('job_chunks')
    op.drop_index(op.f('ix_job_uploads_job_id'), table_name='job_uploads')
    op.drop_table('job_uploads')
    op.drop_index(op.f('ix_jobs_user_id'), table_name='jobs')
    op.drop_index('ix_jobs_created_at', table_name='jobs')
    op.drop_table('jobs')

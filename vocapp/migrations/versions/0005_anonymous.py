"""anonymous surveys: nothing stored ties an answer to the invitation it came through

Revision ID: 0005_anonymous
Revises: 0004_sessions
Create Date: 2026-12-01 20:30:00

A data migration, no schema change. For every anonymous survey it scrubs what earlier versions stored:
the invitations' opened and answered times; the answers' contact, invitation and times finer than the day (and
those of their follow-up cases, analyses and feedback mentions); a link key that is a plain hash of the invitation;
the trace of reminders that went only to those who had not answered (every e-mailed link now counts as reminded
at the survey's last reminder, each has a reminder link hash, the reminder send records are deleted); and the
account of a follow-up case whose account had fewer than 3 contacts invited.
"""
import hashlib
import secrets

from alembic import op
import sqlalchemy as sa


revision = '0005_anonymous'
down_revision = '0004_sessions'
branch_labels = None
depends_on = None

MIN_INVITED = 3

surveys = sa.table('surveys', sa.column('id', sa.Integer()), sa.column('anonymous', sa.Boolean()))
invitations = sa.table(
    'invitations', sa.column('id', sa.Integer()), sa.column('survey_id', sa.Integer()),
    sa.column('account_id', sa.Integer()), sa.column('opened_at', sa.DateTime()),
    sa.column('answered_at', sa.DateTime()), sa.column('sent_at', sa.DateTime()),
    sa.column('reminded_at', sa.DateTime()), sa.column('reminder_token_hash', sa.String(64)))
emails = sa.table('invitation_emails', sa.column('invitation_id', sa.Integer()), sa.column('kind', sa.String(20)))
responses = sa.table(
    'responses', sa.column('id', sa.Integer()), sa.column('survey_id', sa.Integer()),
    sa.column('account_id', sa.Integer()), sa.column('contact_id', sa.Integer()),
    sa.column('invitation_id', sa.Integer()), sa.column('link_key', sa.String(64)),
    sa.column('created_at', sa.DateTime()), sa.column('submitted_at', sa.DateTime()),
    sa.column('updated_at', sa.DateTime()))
cases = sa.table(
    'follow_up_cases', sa.column('id', sa.Integer()), sa.column('response_id', sa.Integer()),
    sa.column('account_id', sa.Integer()), sa.column('contact_id', sa.Integer()), sa.column('owner_id', sa.Integer()),
    sa.column('opened_at', sa.DateTime()), sa.column('updated_at', sa.DateTime()))
analyses = sa.table(
    'text_analyses', sa.column('id', sa.Integer()), sa.column('source_type', sa.String(20)),
    sa.column('source_id', sa.Integer()), sa.column('text_at', sa.DateTime()), sa.column('analysed_at', sa.DateTime()))
mentions = sa.table(
    'feedback_mentions', sa.column('id', sa.Integer()), sa.column('source_type', sa.String(20)),
    sa.column('source_id', sa.Integer()), sa.column('mentioned_at', sa.DateTime()))


def _day(moment):
    return moment.replace(hour=0, minute=0, second=0, microsecond=0) if moment is not None else None


def _to_days(connection, table, ids, *columns):
    if not ids:
        return
    rows = connection.execute(sa.select(table.c.id, *[table.c[name] for name in columns])
                              .where(table.c.id.in_(ids))).all()
    for row in rows:
        connection.execute(table.update().where(table.c.id == row[0])
                           .values({name: _day(row[index + 1]) for index, name in enumerate(columns)}))


def upgrade():
    connection = op.get_bind()
    for survey_id in connection.execute(sa.select(surveys.c.id).where(surveys.c.anonymous.is_(True))).scalars():
        links = connection.execute(sa.select(invitations.c.id, invitations.c.account_id, invitations.c.sent_at,
                                             invitations.c.reminded_at, invitations.c.reminder_token_hash)
                                   .where(invitations.c.survey_id == survey_id)).all()
        connection.execute(invitations.update().where(invitations.c.survey_id == survey_id)
                           .values(opened_at=None, answered_at=None))
        last_reminder = max((link.reminded_at for link in links if link.reminded_at), default=None)
        if last_reminder is not None:
            for link in links:
                if link.sent_at is None:
                    continue
                # a hash whose token nobody holds: the links that were reminded keep working, and no longer stand out
                fake = link.reminder_token_hash or hashlib.sha256(secrets.token_bytes(32)).hexdigest()
                connection.execute(invitations.update().where(invitations.c.id == link.id)
                                   .values(reminded_at=last_reminder, reminder_token_hash=fake))
            connection.execute(emails.delete().where(emails.c.kind == 'reminder', emails.c.invitation_id.in_(
                sa.select(invitations.c.id).where(invitations.c.survey_id == survey_id))))

        named_keys = {hashlib.sha256(f"response:{link.id}".encode()).hexdigest() for link in links}
        answers = connection.execute(sa.select(responses.c.id, responses.c.link_key)
                                     .where(responses.c.survey_id == survey_id)).all()
        answer_ids = [answer.id for answer in answers]
        connection.execute(responses.update().where(responses.c.survey_id == survey_id)
                           .values(contact_id=None, invitation_id=None))
        for answer in answers:
            if answer.link_key in named_keys:  # a plain hash of the invitation: anyone can recompute it
                connection.execute(responses.update().where(responses.c.id == answer.id).values(link_key=None))
        _to_days(connection, responses, answer_ids, 'created_at', 'submitted_at', 'updated_at')

        invited = {}
        for link in links:
            invited[link.account_id] = invited.get(link.account_id, 0) + 1
        survey_cases = connection.execute(
            sa.select(cases.c.id, responses.c.account_id).join(responses, responses.c.id == cases.c.response_id)
            .where(responses.c.survey_id == survey_id)).all()
        for case_id, account_id in survey_cases:
            values = {'contact_id': None}
            if account_id is not None and invited.get(account_id, 0) < MIN_INVITED:
                values.update(account_id=None, owner_id=None)
            connection.execute(cases.update().where(cases.c.id == case_id).values(values))
        _to_days(connection, cases, [case_id for case_id, _ in survey_cases], 'opened_at', 'updated_at')

        for table, columns in ((analyses, ('text_at', 'analysed_at')), (mentions, ('mentioned_at',))):
            ids = connection.execute(sa.select(table.c.id).where(
                table.c.source_type == 'response', table.c.source_id.in_(answer_ids))).scalars().all() \
                if answer_ids else []
            _to_days(connection, table, ids, *columns)


def downgrade():
    pass  # what was scrubbed is gone on purpose

"""Staff forms (Flask-WTF: CSRF on every post)."""
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (BooleanField, DateField, DecimalField, EmailField, IntegerField, PasswordField, SelectField,
                     StringField)
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional, ValidationError

from surveys.text import CleanTextMeta
from vocapp.display import display_name
from vocapp.models import ACCOUNT_STATUSES, ROLES
from vocapp.models.accounts import ARR_MAX, EMPLOYEES_MAX
from vocapp.params import EARLIEST, LATEST


def optional_int(value):
    """A select's id: None when empty, -1 (which matches nothing, so the field's own check names it) when not a
    whole number."""
    if value in (None, "", "None"):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


class StaffForm(FlaskForm):
    """The base of every staff form: CSRF, and control characters removed from every text field."""

    class Meta(CleanTextMeta):
        pass


def stripped(value):
    return value.strip() if isinstance(value, str) else value


def sane_date(form, field):
    """A date a person could mean: year 1 or 9999 is a slip, and breaks the date arithmetic of periods."""
    if field.data and not EARLIEST <= field.data <= LATEST:
        raise ValidationError(f"Enter a date from {EARLIEST} to {LATEST}.")


class LoginForm(StaffForm):
    email = EmailField("E-mail", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember = BooleanField("Keep me signed in")


class AccountForm(StaffForm):
    external_id = StringField("External id", validators=[DataRequired(), Length(max=100)], filters=[stripped],
                              description="The account's id in your CRM; imports match on it.")
    name = StringField("Name", validators=[DataRequired(), Length(max=200)], filters=[stripped])
    arr = DecimalField("ARR", places=2, description="Annual recurring revenue.", validators=[
        InputRequired(message="ARR is required."),
        NumberRange(min=0, max=ARR_MAX, message=f"ARR must be from 0 to {ARR_MAX:,}.")])
    industry = StringField("Industry", validators=[Optional(), Length(max=100)])
    region = StringField("Region", validators=[Optional(), Length(max=100)])
    employees = IntegerField("Employees", validators=[
        Optional(), NumberRange(min=0, max=EMPLOYEES_MAX, message=f"Employees must be from 0 to {EMPLOYEES_MAX:,}.")])
    usage_score = IntegerField("Usage score", validators=[Optional(), NumberRange(min=0, max=100)],
                               description="0–100: product usage or health score from your CS platform.")
    renewal_date = DateField("Renewal date", validators=[Optional(), sane_date])
    status = SelectField("Status", choices=[(status, status.title()) for status in ACCOUNT_STATUSES])
    csm_id = SelectField("CSM", coerce=int, validators=[Optional()])


class ContactForm(StaffForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)], filters=[stripped])
    email = EmailField("E-mail", validators=[DataRequired(), Email(), Length(max=254)], filters=[stripped])
    role = StringField("Role", validators=[Optional(), Length(max=100)], description="Job title, e.g. VP Sales.")
    decision_maker = BooleanField("Decision maker")


ROLE_CHOICES = [(role, display_name(role)) for role in ROLES]


class UserForm(StaffForm):
    email = EmailField("E-mail", validators=[DataRequired(), Email(), Length(max=254)])
    name = StringField("Name", validators=[Optional(), Length(max=200)])
    role = SelectField("Role", choices=ROLE_CHOICES, default="csm")  # admin must be chosen on purpose
    password = PasswordField("Password", validators=[DataRequired(), Length(min=8, max=200)])


class UserEditForm(StaffForm):
    """What an admin changes of a user: the name, the role, and a new password when theirs is forgotten."""
    name = StringField("Name", validators=[Optional(), Length(max=200)])
    role = SelectField("Role", choices=ROLE_CHOICES)
    password = PasswordField("New password", validators=[Optional(), Length(min=8, max=200)],
                             description="Leave empty to keep theirs. A new password signs them out on every device.")


class TokenForm(StaffForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=100)], description="What will use it, e.g. CRM sync.")


class ImportForm(StaffForm):
    kind = SelectField("What the file holds", choices=[("accounts", "Accounts"), ("contacts", "Contacts")])
    file = FileField("CSV file", validators=[FileRequired(), FileAllowed(["csv", "txt"], "A .csv file, please.")])


class ConfirmForm(StaffForm):
    """A post that only carries the CSRF token: deletes and revocations."""

"""Staff forms of the insights pages."""
from wtforms import BooleanField, DateField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from vocapp.forms import StaffForm, optional_int, sane_date
from vocapp.display import display_name
from vocapp.models import ITEM_STATUSES

KEY_LABELS = {"essential": "Essential", "nice_to_have": "Nice to have", "no_longer_needed": "No longer needed"}


class ThemeForm(StaffForm):
    key = StringField("Key", validators=[DataRequired(), Length(max=60),
                                         Regexp(r"^[a-z][a-z0-9_]*$", message="Lower-case letters, digits and _.")],
                      description="A stable id used in exports, e.g. integrations.")
    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    parent_id = SelectField("Parent theme", coerce=int)
    patterns = TextAreaField("Patterns", validators=[DataRequired()],
                             description="One phrase per line, matched on lemmas: “integrate” also finds "
                                         "“integrating”. =word matches the exact word; * stands for any one word.")
    excludes = TextAreaField("Exclusions", validators=[Optional()],
                             description="Phrases that veto an overlapping match, one per line.")
    active = BooleanField("Active", default=True)


class ItemForm(StaffForm):
    """A roadmap item as a product manager edits it; `product_area` choices are set by the view."""

    title = StringField("Name", validators=[DataRequired(), Length(max=200)],
                        description="What product management calls it, e.g. Jira integration.")
    aliases = TextAreaField("Aliases", validators=[Optional(), Length(max=5000)],
                            description="Other names customers use, one per line: Jira sync, Atlassian connector …")
    product_area = SelectField("Product area", choices=[("", "— none —")], default="")
    status = SelectField("Status", choices=[(s, display_name(s)) for s in ITEM_STATUSES])
    shipped_on = DateField("Shipped on", validators=[Optional(), sane_date],
                           description="Only for shipped items; empty means today.")
    description = TextAreaField("Description", validators=[Optional(), Length(max=5000)])


class MessageTemplateForm(StaffForm):
    subject = StringField("Subject", validators=[DataRequired(), Length(max=200)])
    body = TextAreaField("Message", validators=[DataRequired(), Length(max=10000)], render_kw={"rows": 14})


class SplitForm(StaffForm):
    title = StringField("New item title", validators=[DataRequired(), Length(max=200)])


class MentionForm(StaffForm):
    account_id = SelectField("Account", coerce=optional_int, validators=[DataRequired("Choose the account.")])
    quote = TextAreaField("What they said", validators=[DataRequired(), Length(max=2000)])


class CorrectionForm(StaffForm):
    label = SelectField("Sentiment", choices=[("", "As analysed"), ("positive", "Positive"),
                                              ("neutral", "Neutral"), ("negative", "Negative")])
    add_theme = SelectField("Add a theme", validators=[Optional()])
    remove_theme = SelectField("Remove a theme", validators=[Optional()])


class CsmViewForm(StaffForm):
    answer = SelectField("Your view", choices=list(KEY_LABELS.items()))
    note = StringField("Why (optional)", validators=[Optional(), Length(max=500)])



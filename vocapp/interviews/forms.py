"""The interview forms. The fixed fields are WTForms fields; the guide's answers and the criteria ratings follow
the guide and the criteria list, so the view reads them by name (`answer-<question id>`, `ours-<criterion id>`,
`theirs-<criterion id>`) and checks them here."""
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (BooleanField, DateField, DecimalField, IntegerField, RadioField, SelectField, StringField,
                     TextAreaField)
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from vocapp.forms import StaffForm, optional_int, sane_date
from vocapp.models import OUTCOMES
from vocapp.models.accounts import ARR_MAX

OUTCOME_LABELS = {"win": "Win", "loss": "Loss", "churn": "Churn", "downgrade": "Downgrade"}
OUTCOME_HELP = {"win": "We won the deal.", "loss": "The buyer chose a competitor, or no one.",
                "churn": "The customer left.", "downgrade": "The customer stayed but pays less."}
KEY_LABELS = [("essential", "Essential"), ("nice_to_have", "Nice to have"), ("no_longer_needed", "No longer needed"),
              ("", "Not asked")]
NOT_A_REASON = "Choose a reason from the list: that one is not in the reason codes."
TEXT_MAX = 100_000


class StartForm(StaffForm):
    """Step 1: who, and which outcome; step 2 is the guide for that outcome."""

    class Meta:
        csrf = False  # a GET form that only chooses

    account_id = SelectField("Account", coerce=optional_int, validators=[DataRequired("Choose the account.")])
    outcome = RadioField("Outcome", choices=[(o, OUTCOME_LABELS[o]) for o in OUTCOMES],
                         validators=[DataRequired("Choose the outcome.")])


class InterviewForm(StaffForm):
    contact_id = SelectField("Person interviewed", coerce=optional_int, validators=[Optional()])
    interviewed_on = DateField("Interview date", validators=[DataRequired("Give the interview date."), sane_date])
    decided_on = DateField("Decision date", validators=[Optional(), sane_date],
                           description="When the deal closed or the customer left: the scorecard counts the days to the interview.")
    deal_id = StringField("Deal id", validators=[Optional(), Length(max=100)],
                          description="The CRM's deal or opportunity id: interviews with the same id count as one deal.")
    arr_at_stake = DecimalField("ARR at stake", places=2, validators=[
        Optional(), NumberRange(min=0, max=ARR_MAX, message=f"ARR at stake must be from 0 to {ARR_MAX:,}.")])
    competitors = StringField("Competitors in the deal", validators=[Optional(), Length(max=2000)],
                              description="Separate names with ; — known names are matched whatever their case.")
    chosen_competitor = StringField("Competitor chosen", validators=[Optional(), Length(max=150)])
    confirm_new_competitors = BooleanField("Yes, add the new competitors to the list")
    primary_reason = SelectField("Primary reason", coerce=optional_int, validate_choice=False,
                                 validators=[Optional()])
    secondary_1 = SelectField("Secondary reason", coerce=optional_int, validate_choice=False, validators=[Optional()])
    secondary_2 = SelectField("Secondary reason", coerce=optional_int, validate_choice=False, validators=[Optional()])
    secondary_3 = SelectField("Secondary reason", coerce=optional_int, validate_choice=False, validators=[Optional()])
    rep_reason = SelectField("Reason the rep or account owner gave", coerce=optional_int, validate_choice=False,
                             validators=[Optional()],
                             description="What the rep believed before the interview: the WLC page shows the gap.")
    key_question = RadioField("Would they call us essential?", choices=KEY_LABELS, default="",
                              validators=[Optional()])
    notes = TextAreaField("Notes", validators=[Optional(), Length(max=TEXT_MAX)])
    transcript = TextAreaField("Transcript", validators=[Optional(), Length(max=TEXT_MAX)],
                               description="Paste it, or upload a .txt, .md or .vtt file. Lines starting with "
                                           "“Name:” become that person's turns.")
    transcript_file = FileField("Transcript file")
    next_steps = TextAreaField("Next steps", validators=[Optional(), Length(max=5000)])
    next_step_owner = StringField("Owner", validators=[Optional(), Length(max=200)])
    next_step_due = DateField("Due", validators=[Optional(), sane_date])

    def __init__(self, *args, outcome: str, reason_ids: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.outcome = outcome
        self.reason_ids = reason_ids

    def _known_reason(self, field):
        if field.data is not None and field.data not in self.reason_ids:
            raise ValidationError(NOT_A_REASON)

    validate_primary_reason = validate_secondary_1 = validate_secondary_2 = validate_secondary_3 = _known_reason
    validate_rep_reason = _known_reason

    def validate_chosen_competitor(self, field):
        if field.data and field.data.strip() and self.outcome == "win":
            raise ValidationError("A win has no chosen competitor: the buyer chose us. Leave it empty, and name "
                                  "the competitors considered above.")

    def validate_next_step_due(self, field):
        if field.data and self.interviewed_on.data and field.data < self.interviewed_on.data:
            raise ValidationError("The due date is before the interview.")


def read_ratings(form_data, criteria, outcome: str) -> tuple[dict[int, tuple], dict[str, str]]:
    """{criterion id: (ours, theirs)} from `ours-<id>` and `theirs-<id>`, and an error per bad cell."""
    ratings, errors = {}, {}
    for criterion in criteria:
        cells = []
        for side in ("ours", "theirs"):
            name = f"{side}-{criterion.id}"
            raw = (form_data.get(name) or "").strip()
            value = None
            if raw:
                if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= 5:
                    value = int(raw)
                else:
                    errors[name] = f"Rate {criterion.name} from 1 to 5."
            if side == "theirs" and outcome == "win":
                value = None  # a win has no chosen competitor to rate (the form shows no such column)
                errors.pop(name, None)
            cells.append(value)
        if any(cell is not None for cell in cells):
            ratings[criterion.id] = tuple(cells)
    return ratings, errors


def read_answers(form_data, guide_questions: list[dict]) -> dict[str, dict]:
    answers = {}
    for question in guide_questions:
        text = (form_data.get(f"answer-{question['id']}") or "").strip()[:TEXT_MAX]
        if text:
            answers[question["id"]] = {"question": question["text"], "answer": text}
    return answers


class QuoteForm(StaffForm):
    """The sentences marked as quotes arrive as `sentence` values `<turn>-<sentence>`."""


class ImportInterviewsForm(StaffForm):
    file = FileField("CSV file", validators=[FileRequired("Choose a CSV file."),
                                             FileAllowed(["csv", "txt"], "A .csv file, please.")])
    add_reasons = BooleanField("Add reasons that are not in the reason codes yet",
                               description="Each goes under its category (created when new); its direction follows "
                                           "the outcome.")


class ReasonForm(StaffForm):
    category = StringField("Category", validators=[DataRequired(), Length(max=100)])
    name = StringField("Reason", validators=[DataRequired(), Length(max=150)])
    direction = SelectField("Direction", choices=[("loss", "Why we lose"), ("win", "Why we win")])


class NameForm(StaffForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=150)])


class GuideForm(StaffForm):
    text = TextAreaField("Guide", validators=[DataRequired(), Length(max=20_000)],
                         description="One section per “# Title” line, then one question per line.")


class IdForm(StaffForm):
    item_id = IntegerField(validators=[DataRequired()])

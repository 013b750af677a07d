"""The public response page's forms (plain WTForms: no Flask, no session). The page renders its own accessible
markup; these classes parse and check what comes back."""
from typing import Any, Mapping

from wtforms import Form, RadioField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from surveys.questions import BEHAVIOUR_CHOICES, COMMENT_MAX, KEY_CHOICES, check_extra_answer


class ScoreForm(Form):
    score = RadioField("Score", choices=[(str(n), str(n)) for n in range(11)],
                       validators=[InputRequired("Please choose a score from 0 to 10.")])


class CommentLength(Length):
    def __call__(self, form, field):
        if field.data and len(field.data) > self.max:
            raise ValidationError(f"Please keep your answer under {self.max:,} characters "
                             f"(you wrote {len(field.data):,}).")


class FollowUpForm(Form):
    reason = TextAreaField("Reason", validators=[Optional(strip_whitespace=False), CommentLength(max=COMMENT_MAX)])
    key_question = RadioField("Key question", choices=[(value, label) for value, label, _ in KEY_CHOICES],
                              validators=[Optional()], validate_choice=True)


def reason_text(form: FollowUpForm) -> str | None:
    """The comment as written (any language, emoji), with only surrounding blank space removed."""
    text = (form.reason.data or "").strip()
    return text or None


def extra_answers(questions: list[dict[str, Any]], formdata: Mapping[str, str]) -> tuple[dict, dict[str, str]]:
    answers, errors = {}, {}
    for question in questions:
        value, error = check_extra_answer(question, formdata.get(question["id"]))
        if error:
            errors[question["id"]] = error
        elif value is not None:
            answers[question["id"]] = value
    return answers, errors


def behaviour_answers(behaviour_ids: list[int], formdata: Mapping[str, str]) -> tuple[dict[str, str], list[int]]:
    """Every behaviour needs an answer: returns the answers (keyed by str(id), as JSON keeps them) and the
    ids left unanswered or answered with something else."""
    allowed = {value for value, _ in BEHAVIOUR_CHOICES}
    answers, missing = {}, []
    for behaviour_id in behaviour_ids:
        value = formdata.get(f"b{behaviour_id}")
        if value in allowed:
            answers[str(behaviour_id)] = value
        else:
            missing.append(behaviour_id)
    return answers, missing

"""The public response page's forms (plain WTForms: no Flask, no session). The page renders its own accessible
markup; these classes parse and check what comes back. Every field the page posts goes through one of them."""
from typing import Any, Mapping

from wtforms import Form, RadioField, TextAreaField
from wtforms.validators import AnyOf, InputRequired, Length, Optional, ValidationError

from surveys.questions import BEHAVIOUR_CHOICES, COMMENT_MAX, KEY_CHOICES, RATING_MAX
from surveys.text import CleanForm

SCORE_VALUES = [str(n) for n in range(11)]
RATING_VALUES = [str(n) for n in range(1, RATING_MAX + 1)]
BEHAVIOUR_VALUES = [value for value, _ in BEHAVIOUR_CHOICES]


def _radio(label: str, values: list[str], message: str, required: bool = False) -> RadioField:
    """A radio group whose value must be one of `values` exactly: a look-alike such as '²' or ' 7' is refused
    with `message`, never converted. The page draws its own radios, so the choices only check."""
    first = InputRequired(message) if required else Optional()
    return RadioField(label, choices=[(value, value) for value in values], validate_choice=False,
                      validators=[first, AnyOf(values, message=message)])


class ScoreForm(CleanForm):
    score = _radio("Score", SCORE_VALUES, "Please choose a score from 0 to 10.", required=True)


class CommentLength(Length):
    def __call__(self, form, field):
        if field.data and len(field.data) > self.max:
            raise ValidationError(f"Please keep your answer under {self.max:,} characters "
                                  f"(you wrote {len(field.data):,}).")


class FollowUpForm(CleanForm):
    reason = TextAreaField("Reason", validators=[Optional(strip_whitespace=False), CommentLength(max=COMMENT_MAX)])
    key_question = _radio("Key question", [value for value, _, _ in KEY_CHOICES],
                          "Choose one of the three answers, or leave it empty.")


def reason_text(form: FollowUpForm) -> str | None:
    """The comment as written (any language, emoji), with only surrounding blank space removed."""
    text = (form.reason.data or "").strip()
    return text or None


def extra_form(questions: list[dict[str, Any]], formdata: Mapping[str, str]) -> Form:
    """A form for a survey's extra questions (all optional), named by the questions' ids."""
    fields = {}
    for question in questions:
        if question["type"] == "rating":
            fields[question["id"]] = _radio(question["text"], RATING_VALUES, f"Choose a rating from 1 to {RATING_MAX}.")
        elif question["type"] == "choice":
            fields[question["id"]] = _radio(question["text"], list(question.get("options", [])),
                                            "Choose one of the options.")
        else:
            fields[question["id"]] = TextAreaField(question["text"], validators=[
                Optional(), CommentLength(max=COMMENT_MAX)])
    return type("ExtraForm", (CleanForm,), fields)(formdata)


def extra_answers(questions: list[dict[str, Any]], formdata: Mapping[str, str]) -> tuple[dict, dict[str, str]]:
    """The answers to the extra questions as stored (a rating as a number), and the first error of each field."""
    form = extra_form(questions, formdata)
    if not form.validate():
        return {}, {name: errors[0] for name, errors in form.errors.items()}
    answers = {}
    for question in questions:
        value = (form[question["id"]].data or "").strip()
        if value:
            answers[question["id"]] = int(value) if question["type"] == "rating" else value
    return answers, {}


def behaviour_answers(behaviour_ids: list[int], formdata: Mapping[str, str]) -> tuple[dict[str, str], list[int]]:
    """Every behaviour needs an answer: returns the answers (keyed by str(id), as JSON keeps them) and the
    ids left unanswered or answered with something else."""
    fields = {f"b{behaviour_id}": _radio("Behaviour", BEHAVIOUR_VALUES, "Please answer this statement.", required=True)
              for behaviour_id in behaviour_ids}
    form = type("BehaviourForm", (CleanForm,), fields)(formdata)
    form.validate()
    answers, missing = {}, []
    for behaviour_id in behaviour_ids:
        field = form[f"b{behaviour_id}"]
        if field.errors:
            missing.append(behaviour_id)
        else:
            answers[str(behaviour_id)] = field.data
    return answers, missing

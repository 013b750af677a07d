"""What each kind of survey asks. The wording customers see lives here, once."""
from dataclasses import dataclass
from typing import Any, Optional

SCORE_QUESTION = "How likely is it that you would recommend {product} to a friend or colleague?"
SCORE_LOW_LABEL = "Not at all likely"
SCORE_HIGH_LABEL = "Extremely likely"
REASON_QUESTION = "What is the main reason for your score?"
KEY_QUESTION = "How would you describe {product} for your business today?"
KEY_CHOICES = [("essential", "Essential", "We could not run our business without it"),
               ("nice_to_have", "Nice to have", "Useful, but we could manage without it"),
               ("no_longer_needed", "No longer needed", "We hardly rely on it any more")]
BEHAVIOUR_CHOICES = [("yes", "Yes"), ("partly", "Partly"), ("no", "No")]
COMMENT_MAX = 2000
EXTRA_TYPES = ("rating", "choice", "text")
RATING_MAX = 5


def score_band(score: int) -> str:
    """detractor 0–6, passive 7–8, promoter 9–10: the colour hint of each button on the scale."""
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


@dataclass(frozen=True)
class ExtraQuestionError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def parse_extra_questions(text: str) -> tuple[list[dict[str, Any]], list[ExtraQuestionError]]:
    """One question a line: `rating: How easy was the setup?`, `text: Anything else?` or
    `choice: Which module do you use most? | Pipeline | Reports | Mobile app`."""
    questions, errors = [], []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        kind, sep, rest = line.partition(":")
        kind = kind.strip().lower()
        if not sep or kind not in EXTRA_TYPES:
            errors.append(ExtraQuestionError(number, "start with rating:, choice: or text:"))
            continue
        parts = [part.strip() for part in rest.split("|")]
        question, options = parts[0], [part for part in parts[1:] if part]
        if not question or len(question) > 300:
            errors.append(ExtraQuestionError(number, "the question needs 1 to 300 characters"))
            continue
        if kind == "choice" and len(options) < 2:
            errors.append(ExtraQuestionError(number, "a choice question needs at least two options after |"))
            continue
        if kind != "choice" and options:
            errors.append(ExtraQuestionError(number, f"a {kind} question takes no options"))
            continue
        entry: dict[str, Any] = {"id": f"q{len(questions) + 1}", "type": kind, "text": question}
        if options:
            entry["options"] = options
        questions.append(entry)
    if len(questions) > 10:
        errors.append(ExtraQuestionError(0, "at most 10 extra questions"))
    return questions, errors


def format_extra_questions(questions: list[dict[str, Any]]) -> str:
    return "\n".join(" | ".join([f"{q['type']}: {q['text']}", *q.get("options", [])]) for q in questions or [])


def check_extra_answer(question: dict[str, Any], raw: Optional[str]) -> tuple[Any, Optional[str]]:
    """The stored value of one answer to an extra question, or an error message. Extra questions are optional."""
    value = (raw or "").strip()
    if not value:
        return None, None
    if question["type"] == "rating":
        if value.isdigit() and 1 <= int(value) <= RATING_MAX:
            return int(value), None
        return None, f"Choose a rating from 1 to {RATING_MAX}."
    if question["type"] == "choice":
        if value in question.get("options", []):
            return value, None
        return None, "Choose one of the options."
    if len(value) > COMMENT_MAX:
        return None, f"Please keep this under {COMMENT_MAX:,} characters (you wrote {len(value):,})."
    return value, None

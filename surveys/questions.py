"""What each kind of survey asks. The wording customers see lives here, once."""
from dataclasses import dataclass
from typing import Any

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
DEFAULT_PRODUCT = "our product"  # the survey form's default; customers read it inside sentences


def named_product(product: str | None) -> str | None:
    """The product's own name, or None when the survey kept the generic default."""
    name = (product or "").strip()
    return None if not name or name.lower() == DEFAULT_PRODUCT else name


def product_team(product: str | None, starts_sentence: bool = False) -> str:
    """Who reads the answers: "the Pipely team", or "our team" when the survey names no product of its own
    (never "the our product team")."""
    name = named_product(product)
    team = f"the {name} team" if name else "our team"
    return team[0].upper() + team[1:] if starts_sentence else team


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

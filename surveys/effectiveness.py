"""Effectiveness scoring. A behaviour answer scores yes 1, partly 0.5, no 0; a phase holds when the mean score
of its behaviours reaches the model's threshold. The customer's phase is the highest phase that holds together
with every phase below it (0: not even the first)."""
import re
from dataclasses import dataclass, field
from statistics import mean
from typing import Hashable, Iterable, Mapping, Optional, Sequence

ANSWER_VALUES = {"yes": 1.0, "partly": 0.5, "no": 0.0}
MIN_PHASES, MAX_PHASES = 3, 5
DEFAULT_THRESHOLD = 0.7


def phase_scores(phases: Sequence[Sequence[Hashable]], answers: Mapping[Hashable, float]) -> list[float]:
    """Each phase's mean behaviour score; an unanswered behaviour counts as not held."""
    return [mean(answers.get(behaviour, 0.0) for behaviour in behaviours) if behaviours else 0.0
            for behaviours in phases]


def reached_phase(scores: Sequence[float], threshold: float = DEFAULT_THRESHOLD) -> int:
    reached = 0
    for score in scores:
        if score + 1e-9 < threshold:
            break
        reached += 1
    return reached


def values(answers: Mapping[Hashable, str]) -> dict[Hashable, float]:
    return {key: ANSWER_VALUES[answer] for key, answer in answers.items() if answer in ANSWER_VALUES}


def pooled(answer_sets: Iterable[Mapping[Hashable, str]]) -> dict[Hashable, float]:
    """Several people of one account answering one survey: each behaviour's mean score across them."""
    collected: dict[Hashable, list[float]] = {}
    for answers in answer_sets:
        for key, value in values(answers).items():
            collected.setdefault(key, []).append(value)
    return {key: mean(scores) for key, scores in collected.items()}


@dataclass
class Point:
    """One measurement of an account: a survey round, its date, the phase reached and each phase's score."""
    label: str
    when: object
    phase: int
    scores: list[float]
    respondents: int


@dataclass
class Progress:
    phase_names: list[str]
    points: list[Point] = field(default_factory=list)

    @property
    def baseline(self) -> Optional[Point]:
        return self.points[0] if self.points else None

    @property
    def current(self) -> Optional[Point]:
        return self.points[-1] if self.points else None

    @property
    def change(self) -> int:
        return self.current.phase - self.baseline.phase if self.points else 0

    @property
    def next_phase(self) -> Optional[str]:
        """The target: the phase after the current one, if any."""
        if self.current is None or self.current.phase >= len(self.phase_names):
            return None
        return self.phase_names[self.current.phase]


# --- the model as text: phase names on their own lines, behaviours below them as "- ..." -------------------
@dataclass(frozen=True)
class ModelTextError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


FEATURE = re.compile(r"\s*\[([^\]]{1,200})\]\s*$")


def parse_model_text(text: str) -> tuple[list[dict], list[ModelTextError]]:
    """Returns [{"name", "behaviours": [{"text", "feature"}]}] and every problem, by line."""
    phases: list[dict] = []
    errors: list[ModelTextError] = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("-", "*")):
            behaviour = line[1:].strip()
            feature = None
            found = FEATURE.search(behaviour)
            if found:
                feature, behaviour = found.group(1).strip(), behaviour[:found.start()].strip()
            if not phases:
                errors.append(ModelTextError(number, "a behaviour needs a phase name on a line above it"))
            elif not behaviour or len(behaviour) > 500:
                errors.append(ModelTextError(number, "a behaviour needs 1 to 500 characters"))
            else:
                phases[-1]["behaviours"].append({"text": behaviour, "feature": feature, "line": number})
        elif len(line) > 200:
            errors.append(ModelTextError(number, "a phase name is at most 200 characters"))
        else:
            phases.append({"name": line, "behaviours": [], "line": number})
    for phase in phases:
        if not phase["behaviours"]:
            errors.append(ModelTextError(phase["line"], f"phase {phase['name']!r} has no behaviours (lines starting with -)"))
    if not MIN_PHASES <= len(phases) <= MAX_PHASES and not errors:
        errors.append(ModelTextError(0, f"a model has {MIN_PHASES} to {MAX_PHASES} phases; this one has {len(phases)}"))
    return phases, errors


def format_model_text(phases: Sequence[dict]) -> str:
    lines = []
    for phase in phases:
        lines.append(phase["name"])
        for behaviour in phase["behaviours"]:
            feature = f" [{behaviour['feature']}]" if behaviour.get("feature") else ""
            lines.append(f"- {behaviour['text']}{feature}")
        lines.append("")
    return "\n".join(lines).strip() + "\n"


DEFAULT_CRM_MODEL = {
    "name": "Sales CRM effectiveness",
    "description": "From getting every deal into the CRM to running the revenue business on it.",
    "threshold": DEFAULT_THRESHOLD,
    "phases": [
        {"name": "Foundations", "behaviours": [
            {"text": "Every salesperson logs their deals in the CRM", "feature": "Deals"},
            {"text": "Customer and contact records are kept up to date in one place", "feature": "Contacts"},
            {"text": "Everyone who sells signs in and uses the CRM at least weekly", "feature": None},
        ]},
        {"name": "Managed pipeline", "behaviours": [
            {"text": "We review the pipeline in the CRM every week", "feature": "Pipeline board"},
            {"text": "Deals move through defined stages with clear exit criteria", "feature": "Deal stages"},
            {"text": "Calls, meetings and e-mails are logged against deals", "feature": "Activity capture"},
        ]},
        {"name": "Predictable forecast", "behaviours": [
            {"text": "Our sales forecast comes from the CRM, not from spreadsheets", "feature": "Forecasts"},
            {"text": "Managers use CRM dashboards to coach their teams", "feature": "Dashboards"},
            {"text": "We track win rates and sales cycle length by stage", "feature": "Reports"},
        ]},
        {"name": "Connected revenue team", "behaviours": [
            {"text": "Marketing, sales and customer success work from the same records", "feature": None},
            {"text": "The CRM is connected to our e-mail, calendar and billing systems", "feature": "Integrations"},
            {"text": "Renewals and upsells are managed as pipeline in the CRM", "feature": "Renewals"},
        ]},
        {"name": "Best in class", "behaviours": [
            {"text": "Automation handles routine follow-ups and data entry", "feature": "Workflow automation"},
            {"text": "We use deal scores and insights to decide where to focus", "feature": "Deal insights"},
            {"text": "Leadership steers the business from CRM data in its regular meetings", "feature": None},
        ]},
    ],
}

"""Results of an effectiveness survey: each account's phase (its people's answers pooled), how far each
behaviour is adopted, progress against each account's baseline (its first measurement with the same model),
and the same by segment."""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import mean
from typing import Optional

from sqlalchemy import func, select

from surveys.effectiveness import Point, Progress, phase_scores, pooled, reached_phase
from vocapp.anonymity import account_shown
from vocapp.extensions import db
from vocapp.models import Account, Response, Survey, User

SEGMENTS = {"tier": "Tier", "industry": "Industry", "region": "Region", "csm": "CSM"}


@dataclass
class AccountPhase:
    account: Account
    phase: int
    respondents: int
    baseline: Optional[int] = None  # the phase at the account's first measurement, when that was an earlier survey
    baseline_label: str = ""
    shown: bool = True  # False: an anonymous survey's account with too few invited contacts to be named

    @property
    def change(self) -> Optional[int]:
        return None if self.baseline is None else self.phase - self.baseline


@dataclass
class Adoption:
    """One behaviour's answers across the survey's respondents."""
    phase: int
    text: str
    feature: Optional[str]
    yes: int = 0
    partly: int = 0
    no: int = 0

    @property
    def answered(self) -> int:
        return self.yes + self.partly + self.no

    def share(self, answer: str) -> float:
        return 100 * getattr(self, answer) / self.answered if self.answered else 0.0

    @property
    def score(self) -> Optional[float]:
        """Yes 1, partly 0.5, no 0, in percent: what the phase threshold is compared with."""
        return 100 * (self.yes + self.partly / 2) / self.answered if self.answered else None


@dataclass
class SegmentRow:
    label: str
    accounts: list[AccountPhase]

    @property
    def mean_phase(self) -> float:
        return mean(a.phase for a in self.accounts)

    @property
    def with_baseline(self) -> list[AccountPhase]:
        return [a for a in self.accounts if a.baseline is not None]

    @property
    def mean_change(self) -> Optional[float]:
        return mean(a.change for a in self.with_baseline) if self.with_baseline else None

    @property
    def moved_up(self) -> int:
        return sum(1 for a in self.with_baseline if a.change > 0)


@dataclass
class EffectivenessResults:
    survey: Survey
    phase_names: list[str]
    threshold: float
    respondents: int = 0
    accounts: list[AccountPhase] = field(default_factory=list)
    behaviours: list[Adoption] = field(default_factory=list)

    def by_phase(self, baseline: bool = False) -> list[int]:
        """Accounts at each phase, 0 (not yet in phase 1) to the last; with `baseline`, the accounts that have
        one, at their baseline phase."""
        counts = [0] * (len(self.phase_names) + 1)
        for account in self.accounts:
            if baseline and account.baseline is None:
                continue
            counts[account.baseline if baseline else account.phase] += 1
        return counts

    @property
    def compared(self) -> list[AccountPhase]:
        return [a for a in self.accounts if a.baseline is not None]

    def moves(self) -> dict[str, int]:
        return {"up": sum(1 for a in self.compared if a.change > 0),
                "same": sum(1 for a in self.compared if a.change == 0),
                "down": sum(1 for a in self.compared if a.change < 0)}

    def segments(self, dimension: str) -> list[SegmentRow]:
        groups: dict[str, list[AccountPhase]] = {}
        names = ({user.id: user.display_name for user in db.session.scalars(select(User))}
                 if dimension == "csm" else {})
        for item in self.accounts:
            account = item.account
            key = {"tier": account.tier, "industry": account.industry, "region": account.region,
                   "csm": account.csm_id}[dimension]
            label = ("not set" if key is None else f"Tier {key}" if dimension == "tier"
                     else names.get(key, "—") if dimension == "csm" else str(key))
            groups.setdefault(label, []).append(item)
        rows = [SegmentRow(label, items) for label, items in groups.items()]
        if dimension == "tier":
            return sorted(rows, key=lambda row: (row.label == "not set", row.label))
        return sorted(rows, key=lambda row: (row.label == "not set", -len(row.accounts), row.label))

    def to_dict(self) -> dict:
        compared = self.compared
        return {
            "phases": self.phase_names, "threshold": self.threshold, "respondents": self.respondents,
            "accounts_measured": len(self.accounts),
            "accounts_by_phase": {str(phase): count for phase, count in enumerate(self.by_phase())},
            "against_baseline": {"accounts": len(compared), **self.moves(),
                                 "baseline_by_phase": {str(p): c for p, c in enumerate(self.by_phase(True))}},
            "behaviours": [{"phase": b.phase, "text": b.text, "feature": b.feature, "yes": b.yes,
                            "partly": b.partly, "no": b.no,
                            "score": None if b.score is None else round(b.score, 1)} for b in self.behaviours],
        }


def effectiveness_results(survey: Survey) -> Optional[EffectivenessResults]:
    """None for a survey without a model."""
    model = survey.effectiveness_model
    if model is None:
        return None
    phases = [[str(b.id) for b in phase.behaviours] for phase in model.phases]
    results = EffectivenessResults(survey, [phase.name for phase in model.phases], model.threshold)
    results.behaviours = [Adoption(phase.position, b.text, b.feature) for phase in model.phases
                          for b in phase.behaviours]
    index = {str(b.id): number for number, b in
             enumerate(b for phase in model.phases for b in phase.behaviours)}

    # Every answer to any survey of this model: this survey's answers, and the earlier rounds for the baselines.
    rows = db.session.execute(
        select(Response.account_id, Response.survey_id, Response.answers, Response.submitted_at, Survey.name)
        .join(Survey, Survey.id == Response.survey_id)
        .where(Survey.effectiveness_model_id == model.id, Response.account_id.is_not(None))
        .order_by(Response.submitted_at, Response.id)).all()
    rounds: dict[tuple[int, int], dict] = {}  # (account, survey) -> first answer's time, label, answer sets
    for account_id, survey_id, answers, when, name in rows:
        entry = rounds.setdefault((account_id, survey_id), {"when": when, "label": name, "answers": []})
        entry["answers"].append(answers or {})
        if survey_id == survey.id:
            results.respondents += 1
            for key, value in (answers or {}).items():
                if key in index and value in ("yes", "partly", "no"):
                    adoption = results.behaviours[index[key]]
                    setattr(adoption, value, getattr(adoption, value) + 1)
    results.respondents += db.session.scalar(  # answers kept without their account count too
        select(func.count(Response.id)).where(Response.survey_id == survey.id, Response.account_id.is_(None))) or 0
    for (account_id, survey_id), entry in list(rounds.items()):
        entry["phase"] = reached_phase(phase_scores(phases, pooled(entry["answers"])), model.threshold)

    measured = [account_id for account_id, survey_id in rounds if survey_id == survey.id]
    accounts = {a.id: a for a in db.session.scalars(select(Account).where(Account.id.in_(measured)))}
    for account_id in measured:
        now = rounds[(account_id, survey.id)]
        first = min((entry for (a, _s), entry in rounds.items() if a == account_id), key=lambda e: e["when"])
        earlier = first is not now
        results.accounts.append(AccountPhase(
            accounts[account_id], now["phase"], len(now["answers"]), first["phase"] if earlier else None,
            first["label"] if earlier else "", account_shown(survey, account_id)))
    results.accounts.sort(key=lambda a: (-a.phase, -(a.change or 0), a.account.name))
    return results


def account_progress(account_id: int) -> Progress | None:
    """Baseline and history of an account: each effectiveness survey it answered is one point, its people's
    answers pooled. Uses the model of the account's latest effectiveness survey."""
    rows = db.session.execute(
        select(Response, Survey).join(Response.survey)
        .where(Response.account_id == account_id, Survey.kind == "effectiveness",
               Survey.effectiveness_model_id.is_not(None), Response.effectiveness_phase.is_not(None))
        .order_by(Response.submitted_at)).all()
    if not rows:
        return None
    model = rows[-1][1].effectiveness_model
    by_survey: dict[int, list] = {}
    for response, survey in rows:
        if survey.effectiveness_model_id == model.id:
            by_survey.setdefault(survey.id, []).append(response)
    phases = [[str(b.id) for b in phase.behaviours] for phase in model.phases]
    progress = Progress([phase.name for phase in model.phases])
    for responses in by_survey.values():
        scores = phase_scores(phases, pooled(r.answers for r in responses))
        progress.points.append(Point(responses[0].survey.name, responses[-1].submitted_at.date(),
                                     reached_phase(scores, model.threshold), scores, len(responses)))
    progress.points.sort(key=lambda point: point.when)
    return progress

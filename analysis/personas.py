"""Key-question personas: essential / nice to have / no longer needed, with the evidence.

Precedence for one account (DOMAIN.md), window and weights configurable:

1. a churned account, or a churn interview, settles it: ``no_longer_needed``;
2. else the direct key-question answers inside the window (surveys, interviews, the CSM's own
   view): each contact's latest answer counts, decision makers count ``decision_maker_weight``
   times, a tie goes to the most recent answer among the tied personas;
3. else the NPS mapping (promoter -> essential, passive -> nice to have, detractor -> no longer
   needed) of each contact's latest score inside the window, weighted the same way;
4. else ``unknown``: not enough evidence. Never a guess.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

ESSENTIAL, NICE, NO_LONGER, UNKNOWN = "essential", "nice_to_have", "no_longer_needed", "unknown"
PERSONAS = (ESSENTIAL, NICE, NO_LONGER)
NAMES = {ESSENTIAL: "Essential", NICE: "Nice to have", NO_LONGER: "No longer needed", UNKNOWN: "Unknown"}
RULE_NAMES = {"churn": "churn", "key_question": "key-question answers", "nps": "NPS answers",
              "unknown": "not enough evidence"}
CHURNED_STATUSES = frozenset({"churned", "cancelled", "canceled", "lost"})
CSM_VIEW = "their own view"  # the source of a CSM's own view among the key answers


@dataclass(frozen=True)
class KeyAnswer:
    contact_id: object
    answer: str          # essential | nice_to_have | no_longer_needed
    at: datetime
    decision_maker: bool = False
    source: str = "survey"   # survey | interview | csm | ...
    note: str = ""           # why, in the words of whoever answered (the CSM's note)

    def __post_init__(self):
        if self.answer not in PERSONAS:
            raise ValueError(f"unknown key-question answer {self.answer!r}")


@dataclass(frozen=True)
class NpsAnswer:
    contact_id: object
    score: int
    at: datetime
    decision_maker: bool = False
    source: str = "nps"

    @property
    def category(self) -> str:
        return "promoter" if self.score >= 9 else "passive" if self.score >= 7 else "detractor"

    @property
    def persona(self) -> str:
        return {"promoter": ESSENTIAL, "passive": NICE, "detractor": NO_LONGER}[self.category]


@dataclass(frozen=True)
class Interview:
    outcome: str         # win | loss | churn | downgrade
    at: datetime
    key_question: str | None = None
    contact_id: object = None
    decision_maker: bool = False
    ref: object = None


@dataclass
class AccountEvidence:
    account_id: object
    status: str = "active"             # active | churned | ...
    key_answers: list[KeyAnswer] = field(default_factory=list)
    nps_answers: list[NpsAnswer] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    churned_at: datetime | None = None
    sentiment: list[float] = field(default_factory=list)   # comment polarities, for watermelons


@dataclass
class PersonaConfig:
    window_days: int = 365
    decision_maker_weight: float = 2.0


@dataclass
class Placement:
    account_id: object
    persona: str
    rule: str                  # churn | key_question | nps | unknown
    reasons: list[str]
    evidence: list = field(default_factory=list)
    weights: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"account_id": self.account_id, "persona": self.persona, "rule": self.rule,
                "reasons": list(self.reasons), "weights": dict(self.weights),
                "evidence": [getattr(e, "__dict__", e) for e in self.evidence]}


def _latest_per_contact(answers, since, now):
    latest = {}
    for a in answers:
        if a.at < since or a.at > now:
            continue
        cur = latest.get(a.contact_id)
        if cur is None or a.at > cur.at:
            latest[a.contact_id] = a
    return list(latest.values())


def _vote(answers, persona_of, config):
    weights: dict[str, float] = defaultdict(float)
    newest: dict[str, datetime] = {}
    for a in answers:
        p = persona_of(a)
        weights[p] += config.decision_maker_weight if a.decision_maker else 1.0
        newest[p] = max(newest.get(p, a.at), a.at)
    top = max(weights.values())
    tied = [p for p, w in weights.items() if w == top]
    winner = max(tied, key=lambda p: newest[p])
    return winner, dict(weights), len(tied) > 1


def _voted(account_id, rule: str, latest: list, persona_of, config: PersonaConfig, summary: str,
           describe) -> Placement:
    """A placement by the weighted vote of each contact's latest answer, with every answer as a reason."""
    persona, weights, tie = _vote(latest, persona_of, config)
    reasons = [summary, "votes: " + ", ".join(f"{NAMES[p]} {w:g}" for p, w in
                                              sorted(weights.items(), key=lambda pair: -pair[1]))]
    reasons += [describe(a) + (" (decision maker, counts %g×)" % config.decision_maker_weight if a.decision_maker else "")
                for a in sorted(latest, key=lambda a: a.at)]
    if tie:
        reasons.append(f"a tie, settled by the most recent answer: {NAMES[persona]}")
    return Placement(account_id, persona, rule, reasons, latest, weights)


def place(evidence: AccountEvidence, now: datetime, config: PersonaConfig | None = None) -> Placement:
    config = config or PersonaConfig()
    since = now - timedelta(days=config.window_days)
    acc = evidence.account_id
    # 1. churn settles it
    churn_interviews = [i for i in evidence.interviews if i.outcome == "churn"]
    if (evidence.status or "").lower() in CHURNED_STATUSES or churn_interviews:
        reasons = []
        if (evidence.status or "").lower() in CHURNED_STATUSES:
            reasons.append(f"the account has {evidence.status.lower()}" if evidence.status.lower().endswith("ed")
                           else f"the account is {evidence.status.lower()}")
        reasons += [f"churn interview on {i.at:%Y-%m-%d}" for i in churn_interviews]
        return Placement(acc, NO_LONGER, "churn", reasons, list(churn_interviews))
    # 2. direct key-question answers (interviews with a key-question answer count as answers)
    answers = list(evidence.key_answers) + [
        KeyAnswer(i.contact_id if i.contact_id is not None else f"interview:{i.ref or i.at}",
                  i.key_question, i.at, i.decision_maker, f"{i.outcome} interview")
        for i in evidence.interviews if i.key_question in PERSONAS]
    latest = _latest_per_contact(answers, since, now)
    if latest:
        return _voted(acc, "key_question", latest, lambda a: a.answer, config,
                      f"{_who_answered(latest)} answered the key question in the last {config.window_days} days "
                      "(latest answer of each)",
                      lambda a: f"{a.contact_id}: {NAMES[a.answer]} on {a.at:%Y-%m-%d}, {a.source}"
                                + (f": “{a.note}”" if a.note else ""))
    # 3. NPS mapping
    latest = _latest_per_contact(evidence.nps_answers, since, now)
    if latest:
        return _voted(acc, "nps", latest, lambda a: a.persona, config,
                      f"no key-question answer in the last {config.window_days} days; the NPS of "
                      f"{_count(len(latest), 'contact')} (promoter ≈ Essential, passive ≈ Nice to have, detractor ≈ No longer needed)",
                      lambda a: f"{a.contact_id}: NPS {a.score} ({a.category}) on {a.at:%Y-%m-%d}")
    # 4. unknown
    return Placement(acc, UNKNOWN, "unknown",
                     [f"no churn, no key-question answer and no NPS answer in the last "
                      f"{config.window_days} days: not enough evidence"])


def _share(counter: Counter, n: int, top: int = 3):
    return [{"value": v, "count": c, "share": round(c / n, 3)} for v, c in counter.most_common(top)]


def profile(placements_with_attributes, top: int = 3) -> dict:
    """What each persona group has in common.

    ``placements_with_attributes``: iterable of (Placement, attributes dict). Recognised attributes:
    industry, region, tier, size (employees), arr, public (bool), usage (0..1), themes (list of theme
    keys), sentiment (average polarity). Returns {persona: profile dict}.
    """
    groups: dict[str, list[dict]] = defaultdict(list)
    for placement, attrs in placements_with_attributes:
        groups[placement.persona].append(attrs or {})
    total = sum(len(v) for v in groups.values()) or 1
    out = {}
    for persona, rows in groups.items():
        n = len(rows)
        prof = {"accounts": n, "share": round(n / total, 3)}
        for attr in ("industry", "region", "tier", "public"):
            vals = Counter(r[attr] for r in rows if r.get(attr) is not None)
            if vals:
                prof[attr] = _share(vals, n, top)
        for attr in ("size", "arr", "usage", "sentiment"):
            vals = [float(r[attr]) for r in rows if r.get(attr) is not None]
            if vals:
                prof[f"avg_{attr}"] = round(sum(vals) / len(vals), 3)
        themes = Counter(t for r in rows for t in set(r.get("themes") or ()))
        if themes:
            prof["top_themes"] = _share(themes, n, top)
        out[persona] = prof
    return out


@dataclass
class Watermelon:
    account_id: object
    reasons: list[str]
    placement: Placement


def watermelons(accounts, now: datetime, config: PersonaConfig | None = None,
                usage_threshold: float = 0.7, sentiment_threshold: float = 0.1):
    """Accounts that look healthy but whose people say "nice to have" or are detractors.

    ``accounts``: iterable of (AccountEvidence, health dict) where health may hold ``usage``
    (0..1) and ``renewed`` (bool). Healthy = active, and high usage or renewed, and average comment
    sentiment not negative (>= ``sentiment_threshold`` when there are comments).
    """
    config = config or PersonaConfig()
    since = now - timedelta(days=config.window_days)
    found = []
    for ev, health in accounts:
        health = health or {}
        if (ev.status or "").lower() in CHURNED_STATUSES:
            continue
        usage, renewed = health.get("usage"), bool(health.get("renewed"))
        looks = []
        if usage is not None and usage >= usage_threshold:
            looks.append(f"high usage ({usage:.0%})")
        if renewed:
            looks.append("renewed")
        if not looks:
            continue
        if ev.sentiment:
            avg = sum(ev.sentiment) / len(ev.sentiment)
            if avg < sentiment_threshold:
                continue
            looks.append(f"positive comment sentiment ({avg:+.2f})")
        placement = place(ev, now, config)
        warnings = []
        if placement.persona == NICE:
            warnings.append(f"placed as Nice to have (from {RULE_NAMES[placement.rule]})")
        latest = _latest_per_contact(ev.nps_answers, since, now)
        detractors = [a for a in latest if a.category == "detractor"]
        if detractors:
            warnings.append(f"{_count(len(detractors), 'detractor')}: " + ", ".join(
                f"{a.contact_id} ({a.score})" for a in detractors))
        nice = [a for a in _latest_per_contact(ev.key_answers, since, now) if a.answer == NICE]
        if nice and placement.persona != NICE:
            warnings.append(f"{_count(len(nice), 'contact')} answered Nice to have")
        if warnings:
            found.append(Watermelon(ev.account_id, ["looks healthy: " + ", ".join(looks)] + warnings,
                                    placement))
    return found


def _who_answered(answers: list[KeyAnswer]) -> str:
    """"3 contacts and the CSM", "2 contacts and 2 CSMs", "the CSM": a CSM's own view is no contact's answer."""
    views = sum(1 for answer in answers if answer.source == CSM_VIEW)
    people = len(answers) - views
    csms = "the CSM" if views == 1 else _count(views, "CSM") if views else ""
    return " and ".join(part for part in (_count(people, "contact") if people else "", csms) if part)


def _count(n: int, noun: str) -> str:
    """"1 contact", "3 contacts"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"

"""The account review: one account's quarter for its business review, written for the customer and the CSM.
It names no other customer."""
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from reports import palette
from reports.charts import Bar, bar_chart, effectiveness_chart, line_chart, nps_distribution_chart
from reports.document import render_report
from reports.pdf import day

CATEGORY_LABELS = {"promoter": "Promoter", "passive": "Passive", "detractor": "Detractor"}
PERSONA_LABELS = {"essential": "Essential", "nice_to_have": "Nice to have", "no_longer_needed": "No longer needed",
                  "unknown": "Not enough evidence yet"}


@dataclass(frozen=True)
class NpsFigure:
    score: Optional[float]
    n: int
    margin: Optional[float]
    low_n: bool
    distribution: tuple[int, ...] = (0,) * 11


@dataclass(frozen=True)
class ContactScore:
    name: str
    role: Optional[str]
    decision_maker: bool
    score: int
    category: str
    said_on: date


@dataclass(frozen=True)
class ThemeFigure:
    name: str
    mentions: int
    positive: int
    neutral: int
    negative: int

    @property
    def balance(self) -> int:
        """Positive minus negative mentions, as a share of all (−100 to +100)."""
        return round(100 * (self.positive - self.negative) / self.mentions) if self.mentions else 0


@dataclass(frozen=True)
class Quote:
    text: str
    role: Optional[str]
    label: str
    said_on: date


@dataclass(frozen=True)
class RequestStatus:
    title: str
    status: str
    rank: Optional[int]
    of: int


@dataclass(frozen=True)
class EffectivenessFigure:
    phase_names: tuple[str, ...]
    baseline_phase: int
    baseline_on: date
    current_phase: int
    current_on: date
    history: tuple[tuple[date, int], ...]  # (measured on, phase reached), the baseline first

    @property
    def target(self) -> Optional[str]:
        return self.phase_names[self.current_phase] if self.current_phase < len(self.phase_names) else None


@dataclass
class AccountReview:
    account: str
    external_id: str
    industry: Optional[str]
    region: Optional[str]
    tier: Optional[int]
    arr: float
    renewal_date: Optional[date]
    csm: Optional[str]
    status: str
    period_start: date
    period_end: date
    today: date
    nps: NpsFigure
    previous_nps: NpsFigure
    nps_history: list[tuple[str, Optional[float], Optional[float]]]  # (quarter, score, margin)
    contacts: list[ContactScore]
    effectiveness: Optional[EffectivenessFigure]
    sentiment: dict[str, int]
    themes: list[ThemeFigure]
    quotes: list[Quote]
    requests: list[RequestStatus]
    persona: str
    persona_reasons: list[str]
    interview_findings: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)


def signed(value: Optional[float]) -> str:
    if value is None:
        return "—"
    value = round(value)
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")


def executive_summary(review: AccountReview) -> list[str]:
    """A few sentences from rules a CSM can read here, in the order a business review takes them."""
    lines = []
    if review.nps.n:
        line = f"NPS is {signed(review.nps.score)} on {review.nps.n} answer{'s' if review.nps.n != 1 else ''} (±{review.nps.margin:.0f})"
        if review.previous_nps.n:
            change = round(review.nps.score - review.previous_nps.score)
            line += f", {'up' if change > 0 else 'down'} {abs(change)} points on the period before" if change else \
                ", level with the period before"
        lines.append(line + ("; few answers, so read it as a signal, not a measure." if review.nps.low_n else "."))
    else:
        lines.append("Nobody answered an NPS survey in this period.")
    if review.persona != "unknown":
        lines.append(f"Taken together, their people place the product as {PERSONA_LABELS[review.persona].lower()}.")
    if review.effectiveness:
        eff = review.effectiveness
        moved = eff.current_phase - eff.baseline_phase
        lines.append(f"They work at phase {eff.current_phase} of {len(eff.phase_names)} of the effectiveness model"
                     + (f", {moved} phase{'s' if moved != 1 else ''} beyond their baseline" if moved > 0 else "")
                     + (f"; the next target is {eff.target}." if eff.target else ", the last phase."))
    negative = [theme.name for theme in review.themes if theme.balance < 0][:2]
    if negative:
        lines.append(f"What their people raise most critically: {', '.join(negative).lower()}.")
    if review.requests:
        planned = [request.title for request in review.requests if request.status in ("planned", "in_progress")]
        lines.append(f"They asked for {len(review.requests)} improvement{'s' if len(review.requests) != 1 else ''}"
                     + (f"; {', '.join(planned)} {'is' if len(planned) == 1 else 'are'} on the plan." if planned else "."))
    if review.renewal_date and review.renewal_date >= review.today:
        lines.append(f"The subscription renews on {day(review.renewal_date)} "
                     f"(in {(review.renewal_date - review.today).days} days).")
    return lines


def recommended_steps(review: AccountReview) -> list[str]:
    steps = []
    detractors = [contact for contact in review.contacts if contact.category == "detractor"]
    if detractors:
        names = ", ".join(contact.name for contact in detractors[:3])
        steps.append(f"Meet {names} to understand what stands in their way, and agree what would change their view.")
    if review.effectiveness and review.effectiveness.target:
        steps.append(f"Set a plan to reach {review.effectiveness.target}, and measure again next quarter.")
    if review.persona in ("nice_to_have", "no_longer_needed"):
        steps.append("Show the business results the product brings them, in their own numbers, before the renewal.")
    shipped = [request.title for request in review.requests if request.status == "shipped"]
    if shipped:
        steps.append(f"Walk them through what shipped that they asked for: {', '.join(shipped)}.")
    if review.renewal_date and 0 <= (review.renewal_date - review.today).days <= 120:
        steps.append("Prepare the renewal conversation with the decision makers now.")
    if not steps:
        steps.append("Keep the cadence: ask again next quarter, and share this review with their sponsor.")
    return steps


SECTIONS = (("summary", "Summary"), ("nps", "How likely they are to recommend us"),
            ("effectiveness", "Effectiveness"), ("voice", "What their people said"),
            ("requests", "Their requests"), ("interviews", "Interview findings"), ("persona", "How they see us"),
            ("next", "Recommended next steps"))


def charts(review: AccountReview) -> dict[str, str]:
    drawn = {"distribution": nps_distribution_chart(review.nps.distribution)}
    if any(score is not None for _, score, _ in review.nps_history):
        drawn["history"] = line_chart([label for label, _, _ in review.nps_history],
                                      {"NPS": [score for _, score, _ in review.nps_history]},
                                      title="NPS by quarter, with its 95% margin of error", width=560,
                                      margins={"NPS": [margin for _, _, margin in review.nps_history]})
    if review.effectiveness:
        eff = review.effectiveness
        drawn["effectiveness"] = effectiveness_chart(
            [day(when) for when, _ in eff.history], [phase for _, phase in eff.history], eff.phase_names,
            target=eff.current_phase + 1 if eff.target else None, title="Effectiveness phase at each measurement")
    if review.themes:
        drawn["themes"] = bar_chart([Bar(theme.name, theme.balance, palette.sentiment_colour(theme.balance))
                                     for theme in review.themes],
                                    title="Sentiment by theme (positive minus negative, % of mentions)",
                                    signed=True, value_format=signed, label_width=220)
    return drawn


def render_account_review(review: AccountReview, page_size: str = "A4") -> bytes:
    review.summary = review.summary or executive_summary(review)
    review.next_steps = review.next_steps or recommended_steps(review)
    period = f"{day(review.period_start)} to {day(review.period_end)}"
    return render_report("account_review.html", SECTIONS, page_size=page_size, review=review, kind="Account review",
                         title=f"Account review: {review.account}, {period}", subject=review.account, period=period,
                         charts=charts(review), signed=signed, categories=CATEGORY_LABELS, personas=PERSONA_LABELS)

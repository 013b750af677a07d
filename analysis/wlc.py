"""Win, loss and churn analysis without Flask: deals, win rates with their Wilson interval, decision drivers,
criteria ratings, the rep-vs-buyer gap and the programme scorecard (DOMAIN.md, WLC interviews).

- A **deal** (or churn event) is named by its deal id where given, otherwise by account + outcome + ARR at stake.
  Every count of deals, every ARR total and every win rate counts a deal once, however many people were
  interviewed about it. The deal's figures come from its lead respondent: the first decision maker interviewed,
  else the first person interviewed (its outcome, primary reason, chosen competitor); its ARR is the largest ARR at
  stake any respondent gave; its competitors are all those any respondent named.
- Win rate = won deals / (won + lost deals), in percent with one decimal. The competitive win rate leaves out
  no-decision losses (a loss whose primary reason is in the category "no decision"). Against a competitor: the
  won and lost deals where it was present, no-decision losses left out, with a 95% Wilson interval; fewer than
  LOW_N deals is marked low n.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Iterable, Optional

OUTCOMES = ("win", "loss", "churn", "downgrade")
LOSING = ("loss", "churn", "downgrade")
KEY_ANSWERS = ("essential", "nice_to_have", "no_longer_needed")
NO_DECISION = "no decision"
LOW_N = 10            # fewer deals than this: say so rather than conclude
MIN_SEGMENT = 5       # fewer interviews than this in a segment: too few to conclude anything
Z95 = 1.959963984540054


@dataclass(frozen=True)
class ReasonCode:
    category: str
    name: str
    direction: str = "loss"   # win | loss: why we win, why we lose

    @property
    def label(self) -> str:
        return f"{self.category}: {self.name}"

    @property
    def no_decision(self) -> bool:
        return " ".join(self.category.split()).casefold() == NO_DECISION


@dataclass(frozen=True)
class Rating:
    criterion: str
    ours: Optional[int] = None
    theirs: Optional[int] = None   # the chosen competitor's


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str


@dataclass(frozen=True)
class InterviewFacts:
    id: object
    account: object                 # the account's id
    outcome: str
    interviewed_on: date
    deal_id: Optional[str] = None
    arr: float = 0.0                # ARR at stake
    competitors: tuple[str, ...] = ()
    chosen: Optional[str] = None
    primary: Optional[ReasonCode] = None
    secondary: tuple[ReasonCode, ...] = ()
    rep_reason: Optional[ReasonCode] = None
    key_question: Optional[str] = None
    decision_maker: bool = False
    decided_on: Optional[date] = None
    account_name: str = ""
    segment: Optional[str] = None
    ratings: tuple[Rating, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def deal_key(self) -> str:
        if self.deal_id:
            return f"deal {self.deal_id}"
        return f"{self.account}|{self.outcome}|{float(self.arr or 0):.2f}"


@dataclass
class Deal:
    key: str
    interviews: list[InterviewFacts]

    @property
    def lead(self) -> InterviewFacts:
        return min(self.interviews, key=lambda i: (not i.decision_maker, i.interviewed_on, str(i.id)))

    @property
    def ordered(self) -> list[InterviewFacts]:
        return sorted(self.interviews, key=lambda i: (not i.decision_maker, i.interviewed_on, str(i.id)))

    @property
    def outcome(self) -> str:
        return self.lead.outcome

    @property
    def arr(self) -> float:
        return max(float(i.arr or 0) for i in self.interviews)

    @property
    def primary(self) -> Optional[ReasonCode]:
        return next((i.primary for i in self.ordered if i.primary), None)

    @property
    def rep_reason(self) -> Optional[ReasonCode]:
        return next((i.rep_reason for i in self.ordered if i.rep_reason), None)

    @property
    def chosen(self) -> Optional[str]:
        return next((i.chosen for i in self.ordered if i.chosen), None)

    @property
    def competitors(self) -> list[str]:
        names = {name for i in self.interviews for name in i.competitors}
        if self.chosen:
            names.add(self.chosen)
        return sorted(names, key=str.casefold)

    @property
    def no_decision(self) -> bool:
        return self.outcome == "loss" and self.primary is not None and self.primary.no_decision

    @property
    def decided_on(self) -> Optional[date]:
        return next((i.decided_on for i in self.ordered if i.decided_on), None)


def deals(interviews: Iterable[InterviewFacts]) -> list[Deal]:
    grouped: dict[str, list[InterviewFacts]] = defaultdict(list)
    for interview in interviews:
        grouped[interview.deal_key].append(interview)
    return [Deal(key, members) for key, members in grouped.items()]


def percent(part: int, whole: int) -> Optional[float]:
    return round(100 * part / whole, 1) if whole else None


def wilson(successes: int, n: int, z: float = Z95) -> tuple[Optional[float], Optional[float]]:
    """The Wilson score interval of a proportion, in percent with one decimal; (None, None) for n = 0."""
    if n <= 0:
        return None, None
    p = successes / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    denominator = 1 + z * z / n
    return round(100 * max(0.0, (centre - spread) / denominator), 1), round(100 * min(1.0, (centre + spread) / denominator), 1)


def rate(wins: int, losses: int) -> dict:
    n = wins + losses
    low, high = wilson(wins, n)
    return {"wins": wins, "losses": losses, "n": n, "rate": percent(wins, n), "ci_low": low, "ci_high": high,
            "low_n": n < LOW_N}


def win_rates(all_deals: list[Deal]) -> dict:
    wins = sum(1 for d in all_deals if d.outcome == "win")
    losses = [d for d in all_deals if d.outcome == "loss"]
    no_decision = sum(1 for d in losses if d.no_decision)
    return {"overall": rate(wins, len(losses)), "competitive": rate(wins, len(losses) - no_decision),
            "no_decision_losses": no_decision}


def by_competitor(all_deals: list[Deal]) -> dict[str, dict]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for deal in all_deals:
        if deal.outcome not in ("win", "loss") or deal.no_decision:
            continue
        for name in deal.competitors:
            counts[name][deal.outcome] += 1
    table = {name: {key: value for key, value in rate(c["win"], c["loss"]).items() if key != "n"}
             for name, c in counts.items()}
    return dict(sorted(table.items(), key=lambda pair: (-(pair[1]["wins"] + pair[1]["losses"]), pair[0].casefold())))


def _reason_table(chosen: list[Deal], order: str) -> list[dict]:
    table: dict[str, dict] = {}
    for deal in chosen:
        if deal.primary is None:
            continue
        entry = table.setdefault(deal.primary.label, {"reason": deal.primary.label, "category": deal.primary.category,
                                                      "arr": 0.0, "deals": 0})
        entry["arr"] += deal.arr
        entry["deals"] += 1
    rows = [dict(entry, arr=round(entry["arr"], 2)) for entry in table.values()]
    if order == "arr":
        return sorted(rows, key=lambda r: (-r["arr"], -r["deals"], r["reason"].casefold()))
    return sorted(rows, key=lambda r: (-r["deals"], -r["arr"], r["reason"].casefold()))


def drivers(all_deals: list[Deal]) -> dict:
    """Why we win (won deals) and why we lose (lost, churned, downgraded), by the deals' primary reasons, ranked
    by ARR and by count, each with the quotes of the interviews behind it."""
    out = {}
    for side, outcomes in (("win", ("win",)), ("loss", LOSING)):
        chosen = [d for d in all_deals if d.outcome in outcomes]
        quotes: dict[str, list[dict]] = defaultdict(list)
        for deal in chosen:
            if deal.primary:
                for interview in deal.interviews:
                    quotes[deal.primary.label] += [{"speaker": q.speaker, "text": q.text, "account": interview.account,
                                                    "account_name": interview.account_name, "interview": interview.id}
                                                   for q in interview.quotes]
        by_arr = _reason_table(chosen, "arr")
        for row in by_arr:
            row["quotes"] = quotes.get(row["reason"], [])
        out[side] = {"by_arr": by_arr, "by_count": sorted(by_arr, key=lambda r: (-r["deals"], -r["arr"],
                                                                                 r["reason"].casefold()))}
    return out


def criteria(interviews: list[InterviewFacts]) -> list[dict]:
    """Mean ratings per criterion: ours in wins and in losses (loss, churn, downgrade), the chosen competitor's
    in losses; each mean with its n (interviews that rated it)."""
    cells: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for interview in interviews:
        side = "win" if interview.outcome == "win" else "loss"
        for rating in interview.ratings:
            if rating.ours is not None:
                cells[rating.criterion][f"ours_{side}"].append(rating.ours)
            if rating.theirs is not None and side == "loss":
                cells[rating.criterion]["theirs_loss"].append(rating.theirs)
    rows = []
    for name, values in cells.items():
        row = {"criterion": name}
        for key in ("ours_win", "ours_loss", "theirs_loss"):
            ratings = values.get(key, [])
            row[key] = round(sum(ratings) / len(ratings), 2) if ratings else None
            row[f"{key}_n"] = len(ratings)
        rows.append(row)
    return sorted(rows, key=lambda r: r["criterion"].casefold())


def rep_gap(all_deals: list[Deal]) -> dict:
    """How often the reason the rep gave differs from the buyer's primary reason, over deals that have both,
    overall and by the category of the buyer's reason."""
    by_category: dict[str, Counter] = defaultdict(Counter)
    for deal in all_deals:
        buyer, rep = deal.primary, deal.rep_reason
        if buyer is None or rep is None:
            continue
        by_category[buyer.category]["compared"] += 1
        by_category[buyer.category]["differs"] += int(rep.label != buyer.label)
        by_category[buyer.category]["other_category"] += int(rep.category != buyer.category)
    compared = sum(c["compared"] for c in by_category.values())
    differs = sum(c["differs"] for c in by_category.values())
    return {"compared": compared, "differs": differs, "share": percent(differs, compared),
            "by_category": {category: {"compared": c["compared"], "differs": c["differs"],
                                       "share": percent(c["differs"], c["compared"]),
                                       "other_category": c["other_category"]}
                            for category, c in sorted(by_category.items(), key=lambda pair: pair[0].casefold())}}


def key_question_accounts(interviews: list[InterviewFacts]) -> list[dict]:
    """The accounts whose people said "nice to have" or "no longer needed": each account's latest such answer."""
    latest: dict[object, InterviewFacts] = {}
    for interview in interviews:
        if interview.key_question in ("nice_to_have", "no_longer_needed"):
            known = latest.get(interview.account)
            if known is None or interview.interviewed_on > known.interviewed_on:
                latest[interview.account] = interview
    return [{"account": i.account, "account_name": i.account_name, "answer": i.key_question,
             "on": i.interviewed_on.isoformat(), "outcome": i.outcome}
            for i in sorted(latest.values(), key=lambda i: (i.key_question != "no_longer_needed", str(i.account_name)))]


def scorecard(interviews: list[InterviewFacts], all_deals: list[Deal],
              closed: Optional[dict[str, int]] = None, min_segment: int = MIN_SEGMENT) -> dict:
    """The programme's health: interviews and deals per outcome against the deals closed (when known), days from
    decision to interview, the share with decision makers, and the segments with too few interviews."""
    per_outcome = {}
    for outcome in OUTCOMES:
        mine = [i for i in interviews if i.outcome == outcome]
        per_outcome[outcome] = {"interviews": len(mine), "deals": sum(1 for d in all_deals if d.outcome == outcome),
                                "closed": (closed or {}).get(outcome)}
    delays = [(i.interviewed_on - i.decided_on).days for i in interviews if i.decided_on]
    segments = Counter(i.segment or "no segment" for i in interviews)
    return {
        "by_outcome": per_outcome,
        "days_to_interview_median": median(delays) if delays else None,
        "days_to_interview_n": len(delays),
        "within_30_days": percent(sum(1 for d in delays if 0 <= d <= 30), len(delays)),
        "decision_maker_share": percent(sum(1 for i in interviews if i.decision_maker), len(interviews)),
        "segments": {name: count for name, count in sorted(segments.items())},
        "thin_segments": sorted(name for name, count in segments.items() if count < min_segment),
        "min_segment": min_segment,
    }


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def by_quarter(interviews: list[InterviewFacts]) -> list[dict]:
    """Deals and win rates per quarter of the lead interview."""
    rows = []
    quarters: dict[str, list[Deal]] = defaultdict(list)
    for deal in deals(interviews):
        quarters[quarter_of(deal.lead.interviewed_on)].append(deal)
    for quarter in sorted(quarters):
        chosen = quarters[quarter]
        rates = win_rates(chosen)
        rows.append({"quarter": quarter, "deals": len(chosen), "interviews": sum(len(d.interviews) for d in chosen),
                     "win_rate_overall": rates["overall"]["rate"], "win_rate_competitive": rates["competitive"]["rate"],
                     "n": rates["overall"]["n"],
                     "arr_lost": round(sum(d.arr for d in chosen if d.outcome in LOSING), 2)})
    return rows


def summarise(interviews: Iterable[InterviewFacts], closed: Optional[dict[str, int]] = None) -> dict:
    """The WLC summary. The keys of the JSON contract come first; the rest feed the WLC page."""
    interviews = list(interviews)
    all_deals = deals(interviews)
    by_outcome = {}
    for outcome in OUTCOMES:
        chosen = [d for d in all_deals if d.outcome == outcome]
        by_outcome[outcome] = {"deals": len(chosen), "interviews": sum(len(d.interviews) for d in chosen),
                               "arr": round(sum(d.arr for d in chosen), 2)}
    rates = win_rates(all_deals)
    driver_tables = drivers(all_deals)
    losing = [d for d in all_deals if d.outcome in LOSING]
    churned = {row["reason"]: row["arr"] for row in _reason_table([d for d in all_deals if d.outcome == "churn"], "arr")}
    downgraded = {row["reason"]: row["arr"]
                  for row in _reason_table([d for d in all_deals if d.outcome == "downgrade"], "arr")}
    answers = Counter(i.key_question for i in interviews if i.key_question in KEY_ANSWERS)
    return {
        "interviews": len(interviews),
        "deals": len(all_deals),
        "by_outcome": by_outcome,
        "win_rate_overall": rates["overall"]["rate"],
        "win_rate_competitive": rates["competitive"]["rate"],
        "win_rate_by_competitor": by_competitor(all_deals),
        "top_loss_reasons_by_arr": [{"reason": r["reason"], "arr": r["arr"], "deals": r["deals"]}
                                    for r in _reason_table(losing, "arr")],
        "top_win_reasons_by_count": [{"reason": r["reason"], "deals": r["deals"]}
                                     for r in _reason_table([d for d in all_deals if d.outcome == "win"], "count")],
        "churned_arr_by_reason": churned,
        "key_question_counts": {answer: answers.get(answer, 0) for answer in KEY_ANSWERS},
        # beyond the contract
        "win_rate_detail": rates,
        "downgraded_arr_by_reason": downgraded,
        "drivers": driver_tables,
        "criteria": criteria(interviews),
        "rep_gap": rep_gap(all_deals),
        "key_question_accounts": key_question_accounts(interviews),
        "scorecard": scorecard(interviews, all_deals, closed),
        "by_quarter": by_quarter(interviews),
    }

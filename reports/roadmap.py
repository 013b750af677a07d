"""The roadmap digest: roadmap items ranked by the revenue of the accounts that asked, for product managers."""
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from reports.charts import Bar, bar_chart, money
from reports.document import render_report
from reports.pdf import day

RANKING_RULE = ("Items are ranked by impacted ARR: the sum of the current ARR of the distinct active accounts that "
                "asked for the item in the period (an account asking several times, or through several people, counts "
                "once). Ties go to the item more accounts asked for, then to the one with more ARR already lost. "
                "ARR at risk is the part of impacted ARR held by accounts whose people are detractors or call the "
                "product nice to have or no longer needed. ARR lost is the ARR of the churned or lost accounts that asked, "
                "and the ARR at stake of the loss and churn interviews that cite the item (a lost prospect has no ARR "
                "of its own), each deal counted once.")


@dataclass(frozen=True)
class DigestQuote:
    text: str
    account: Optional[str]  # None when the digest is anonymised
    role: Optional[str]
    said_on: Optional[date]
    asked: Optional[str] = None  # an interview's question the words answer (none in an anonymised digest)


@dataclass
class DigestItem:
    rank: int
    title: str
    status: str
    product_area: Optional[str]
    impacted_arr: float
    accounts: int
    mentions: int
    tiers: tuple[int, int, int]  # asking accounts in tier 1, 2 and 3
    at_risk_arr: float
    lost_arr: float
    renewing_arr: float  # ARR of the asking accounts that renews in the next 90 days
    previous_impacted_arr: Optional[float] = None  # None: the item was not asked for in the previous period
    quotes: list[DigestQuote] = field(default_factory=list)
    to_review: int = 0  # of its mentions, those waiting in the triage list (an unsure link, or perhaps no ask)

    @property
    def change(self) -> Optional[float]:
        return None if self.previous_impacted_arr is None else self.impacted_arr - self.previous_impacted_arr


@dataclass(frozen=True)
class WinBackContact:
    name: str
    email: str
    role: str | None = None


@dataclass(frozen=True)
class WinBack:
    account: str
    status: str
    arr: float              # what a churned account paid, or what a lost prospect's deals had at stake
    items: tuple[str, ...]
    account_id: int | None = None
    shipped_on: date | None = None  # when the last of those items shipped
    people: tuple[WinBackContact, ...] = ()  # who asked, newest first (never from an anonymous answer)
    quote: str = ""         # their newest words asking for one of those items
    external_id: str = ""   # the account's id in the CRM
    item_ids: tuple[int, ...] = ()  # the items' ids, in the order of `items`


@dataclass
class RoadmapDigest:
    period_start: date
    period_end: date
    arr_as_of: date
    items: list[DigestItem]
    win_back: list[WinBack] = field(default_factory=list)
    renewing_arr: float = 0.0  # ARR renewing in the next 90 days among the distinct accounts that asked
    product_area: Optional[str] = None
    segment: Optional[str] = None
    anonymised: bool = False

    @property
    def subject(self) -> str:
        scope = " · ".join(part for part in (self.product_area, self.segment) if part)
        return "Roadmap feedback" + (f": {scope}" if scope else "")

    @property
    def impacted_arr(self) -> float:
        return sum(item.impacted_arr for item in self.items)

    @property
    def to_review(self) -> int:
        return sum(item.to_review for item in self.items)


DETAILED_ITEMS = 20  # items shown with their quotes (a few pages); the ranking table lists every item

SECTIONS = (("summary", "Summary"), ("ranking", "Ranking by impacted ARR"), ("items", "What customers asked for"),
            ("win-back", "Win-back list"), ("rule", "How this ranking is made"))


def impacted_arr_chart(items: list[DigestItem], top: int = 10) -> str:
    bars = [Bar(label=f"{item.rank}. {item.title}", value=item.impacted_arr) for item in items[:top]]
    return bar_chart(bars, title=f"Impacted ARR of the top {len(bars)} items", value_format=money, label_width=220)


def render_roadmap_digest(digest: RoadmapDigest, page_size: str = "A4") -> bytes:
    period = f"{day(digest.period_start)} to {day(digest.period_end)}"
    return render_report("roadmap.html", SECTIONS, page_size=page_size, digest=digest, kind="Roadmap digest",
                         title=f"{digest.subject}, {period}", subject=digest.subject, period=period,
                         chart=impacted_arr_chart(digest.items) if digest.items else "", rule=RANKING_RULE,
                         detailed=digest.items[:DETAILED_ITEMS])

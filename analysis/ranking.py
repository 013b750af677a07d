"""Roadmap feedback ranked by impacted revenue (DOMAIN.md): an item's impacted ARR is the sum of the current ARR
of the distinct active accounts that raised it (an account asking five times counts once). Beside it: how many
accounts, their tiers, the ARR at risk (those accounts placed as detractors, nice to have or no longer needed)
and the ARR already lost (churned or lost accounts that cited it)."""
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Optional

LOST_STATUSES = frozenset({"churned", "lost"})


@dataclass(frozen=True)
class AccountFacts:
    arr: float
    status: str = "active"
    tier: Optional[int] = None
    at_risk: bool = False


@dataclass
class RankedItem:
    item_id: object
    title: str
    accounts: int = 0
    mentions: int = 0
    impacted_arr: float = 0.0
    arr_at_risk: float = 0.0
    arr_lost: float = 0.0
    tiers: Counter = field(default_factory=Counter)
    last_mentioned: Optional[datetime] = None

    @property
    def tier_summary(self) -> str:
        """"tier 1: 2, tier 3: 1"; the accounts without a tier too, beside tiered ones, so the counts add up to
        the accounts ("tier 1: 2, no tier: 2"); "—" when none has a tier."""
        tiered = ", ".join(f"tier {tier}: {count}" for tier, count in sorted(
            (tier, count) for tier, count in self.tiers.items() if tier))
        untiered = self.untiered
        return (f"{tiered}, no tier: {untiered}" if untiered else tiered) if tiered else "—"

    @property
    def untiered(self) -> int:
        """The accounts that asked without a tier (prospects, and accounts never tiered)."""
        return sum(count for tier, count in self.tiers.items() if not tier)


def rank(titles: dict, mentions: Iterable[tuple], accounts: dict[object, AccountFacts]) -> list[RankedItem]:
    """`titles`: item id -> title; `mentions`: (item id, account id, when[, voice]). Largest impacted ARR first;
    ties by the number of accounts, then by the ARR already lost. `voice` says who asked (a comment, an
    interview): duplicates consolidated, one voice asking twice for an item is one mention of it."""
    ranked = {item_id: RankedItem(item_id, title) for item_id, title in titles.items()}
    seen: set[tuple] = set()
    heard: set[tuple] = set()
    for item_id, account_id, at, *voice in mentions:
        item = ranked.get(item_id)
        if item is None:
            continue
        heard_from = (item_id, voice[0]) if voice else None
        if heard_from not in heard:
            item.mentions += 1
            if heard_from:
                heard.add(heard_from)
        if at and (item.last_mentioned is None or at > item.last_mentioned):
            item.last_mentioned = at
        if account_id is None or (item_id, account_id) in seen or account_id not in accounts:
            continue
        seen.add((item_id, account_id))
        facts = accounts[account_id]
        item.accounts += 1
        item.tiers[facts.tier] += 1
        if facts.status in LOST_STATUSES:
            item.arr_lost += facts.arr
        elif facts.status == "active":
            item.impacted_arr += facts.arr
            if facts.at_risk:
                item.arr_at_risk += facts.arr
    return ordered(ranked.values())


def ordered(items: Iterable[RankedItem]) -> list[RankedItem]:
    """Largest impacted ARR first; ties by the number of accounts, then by the ARR already lost."""
    return sorted(items, key=lambda item: (-item.impacted_arr, -item.accounts, -item.arr_lost, str(item.title)))

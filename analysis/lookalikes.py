"""Early warning: new accounts and prospects whose firmographics look like the "no longer needed" group.

For each attribute value a candidate has (industry, region, tier, size band), the lift is how much more common
that value is among the no-longer-needed accounts than among all placed accounts. A candidate is flagged when the
average lift of its known attributes reaches `min_lift`; the reasons name each value with both shares."""
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

ATTRIBUTES = ("industry", "region", "tier", "size_band")


def size_band(employees: Optional[int]) -> Optional[str]:
    if employees is None:
        return None
    for limit, band in ((50, "1-50"), (250, "51-250"), (1000, "251-1000")):
        if employees <= limit:
            return band
    return "1000+"


@dataclass
class Lookalike:
    account_id: object
    lift: float
    reasons: list[str]


def lookalikes(candidates: Iterable[tuple[object, dict]], placed: Iterable[tuple[str, dict]],
               group: str = "no_longer_needed", min_lift: float = 1.5, min_group: int = 3) -> list[Lookalike]:
    placed = list(placed)
    members = [attrs for persona, attrs in placed if persona == group]
    if len(members) < min_group or len(placed) <= len(members):
        return []  # too few placed accounts to say what the group has in common
    in_group = {name: Counter(a.get(name) for a in members if a.get(name) is not None) for name in ATTRIBUTES}
    overall = {name: Counter(a.get(name) for _, a in placed if a.get(name) is not None) for name in ATTRIBUTES}
    found = []
    for account_id, attrs in candidates:
        lifts, reasons = [], []
        for name in ATTRIBUTES:
            value = attrs.get(name)
            if value is None or not overall[name]:
                continue
            group_share = in_group[name][value] / max(sum(in_group[name].values()), 1)
            all_share = overall[name][value] / sum(overall[name].values())
            lift = group_share / all_share if all_share else 0.0
            lifts.append(lift)
            if lift >= min_lift:
                label = f"tier {value}" if name == "tier" else f"{value} employees" if name == "size_band" else value
                reasons.append(f"{label}: {group_share:.0%} of {group.replace('_', ' ')} accounts vs {all_share:.0%} of all")
        if lifts and sum(lifts) / len(lifts) >= min_lift:
            found.append(Lookalike(account_id, round(sum(lifts) / len(lifts), 2), reasons))
    return sorted(found, key=lambda item: -item.lift)

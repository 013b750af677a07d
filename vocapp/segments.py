"""Tiers by the Pareto rule: sort accounts by ARR; those holding the first 45% of revenue are tier 1,
up to 75% tier 2, the rest tier 3 (thresholds configurable).

An account is placed by the cumulative share *before* it, so the account that crosses a threshold still
belongs to the upper tier: one account holding 90% of all ARR is tier 1 on its own. Only active accounts
are ranked; churned, lost and prospect accounts keep the tier they last had, for churn analysis."""
from typing import Iterable, Sequence

from sqlalchemy import select, update

from vocapp.extensions import db
from vocapp.models import Account


def pareto_tiers(arr_by_id: Iterable[tuple[int, float]], thresholds: Sequence[float] = (45, 75)) -> dict[int, int]:
    ranked = sorted(arr_by_id, key=lambda pair: (-(pair[1] or 0), pair[0]))
    total = sum(arr or 0 for _, arr in ranked)
    tiers: dict[int, int] = {}
    running = 0.0
    for account_id, arr in ranked:
        share_before = 100 * running / total if total else 100
        tiers[account_id] = 1 if share_before < thresholds[0] else 2 if share_before < thresholds[1] else 3
        running += arr or 0
    return tiers


def recompute_tiers(thresholds: Sequence[float]) -> int:
    """Recompute every active account's tier in the current transaction; returns how many changed."""
    rows = db.session.execute(select(Account.id, Account.arr, Account.tier).where(Account.status == "active")).all()
    tiers = pareto_tiers(((row.id, row.arr) for row in rows), thresholds)
    changes = [{"id": row.id, "tier": tiers[row.id]} for row in rows if row.tier != tiers[row.id]]
    if changes:
        db.session.execute(update(Account), changes)
    return len(changes)


def pareto_points(thresholds: Sequence[float] = (45, 75)) -> list[dict]:
    """Accounts by ARR, largest first, with the cumulative share of revenue: the data of the Pareto chart."""
    rows = db.session.execute(
        select(Account.id, Account.name, Account.arr, Account.tier)
        .where(Account.status == "active")
        .order_by(Account.arr.desc(), Account.id)
    ).all()
    total = sum(row.arr or 0 for row in rows) or 1
    running, points = 0.0, []
    for row in rows:
        running += row.arr or 0
        points.append({"id": row.id, "name": row.name, "arr": row.arr or 0, "tier": row.tier,
                       "cumulative_share": 100 * running / total})
    return points

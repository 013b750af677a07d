"""Read side of accounts: the list's filters and sorting, and the portfolio figures, aggregated in SQL."""
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Optional

from sqlalchemy import Select, case, func, or_, select

from reports.charts import whole_percents
from vocapp.extensions import db
from vocapp.models import Account, Contact, Response, User
from vocapp.params import int_arg

SORTS = {
    "name": Account.name,
    "arr": Account.arr,
    "tier": Account.tier,
    "renewal": Account.upcoming_renewal,  # the accounts that do not renew sort last, as they show no date
    "industry": Account.industry,
    "region": Account.region,
}


@dataclass
class AccountFilter:
    q: str = ""
    tier: Optional[int] = None
    status: str = ""
    industry: str = ""
    region: str = ""
    csm_id: Optional[int] = None
    sort: str = "arr"
    descending: bool = True

    @classmethod
    def from_args(cls, args) -> "AccountFilter":
        sort = args.get("sort", "arr")
        return cls(
            q=args.get("q", "").strip(),
            tier=int_arg("tier", minimum=1, maximum=3, args=args),
            status=args.get("status", ""),
            industry=args.get("industry", ""),
            region=args.get("region", ""),
            csm_id=int_arg("csm", args=args),
            sort=sort if sort in SORTS else "arr",
            descending=args.get("dir", "desc" if sort in ("arr",) or sort not in SORTS else "asc") == "desc",
        )

    def as_args(self) -> dict:
        """The query arguments that give this list again (for its sort and page links)."""
        values = {"q": self.q, "tier": self.tier, "status": self.status, "industry": self.industry,
                  "region": self.region, "csm": self.csm_id, "sort": self.sort,
                  "dir": "desc" if self.descending else "asc"}
        return {name: value for name, value in values.items() if value}

    def statement(self) -> Select:
        stmt = select(Account)
        if self.q:
            like = f"%{self.q.lower()}%"
            stmt = stmt.where(or_(func.lower(Account.name).like(like), func.lower(Account.external_id).like(like),
                                  func.lower(Account.industry).like(like)))
        if self.tier:
            stmt = stmt.where(Account.tier == self.tier)
        if self.status:
            stmt = stmt.where(Account.status == self.status)
        if self.industry:
            stmt = stmt.where(Account.industry == self.industry)
        if self.region:
            stmt = stmt.where(Account.region == self.region)
        if self.csm_id:
            stmt = stmt.where(Account.csm_id == self.csm_id)
        column = SORTS[self.sort]
        order = column.desc() if self.descending else column.asc()
        return stmt.order_by(order.nulls_last(), Account.id)


def facets() -> dict:
    def distinct(column):
        return db.session.scalars(select(column).where(column.is_not(None)).distinct().order_by(column)).all()

    csms = db.session.execute(
        select(User.id, User.name, User.email).join(Account, Account.csm_id == User.id).distinct().order_by(User.name)
    ).all()
    return {"industries": distinct(Account.industry), "regions": distinct(Account.region), "csms": csms}


@dataclass
class PortfolioSummary:
    accounts: int = 0
    active: int = 0
    churned: int = 0
    lost: int = 0
    prospects: int = 0
    active_arr: float = 0
    contacts: int = 0
    tiers: list[dict] = field(default_factory=list)
    renewals_90d: int = 0
    renewals_90d_arr: float = 0


def portfolio_summary(today: Optional[date] = None) -> PortfolioSummary:
    today = today or date.today()
    active = Account.status == "active"
    renewing = Account.upcoming_renewal.between(today, today + timedelta(days=90))
    totals = db.session.execute(select(
        func.count(Account.id).label("accounts"),
        *(func.count(case((Account.status == status, 1))).label(status)
          for status in ("active", "churned", "lost", "prospect")),
        func.coalesce(func.sum(case((active, Account.arr), else_=0)), 0).label("active_arr"),
        func.count(case((renewing, 1))).label("renewing"),
        func.coalesce(func.sum(case((renewing, Account.arr), else_=0)), 0).label("renewing_arr"),
    )).one()
    tiers = db.session.execute(
        select(Account.tier, func.count(Account.id), func.coalesce(func.sum(Account.arr), 0))
        .where(active, Account.tier.is_not(None)).group_by(Account.tier).order_by(Account.tier)
    ).all()
    total_arr = float(totals.active_arr or 0)
    tier_arr = [float(arr) for _tier, _count, arr in tiers]
    shares = whole_percents([*tier_arr, max(total_arr - sum(tier_arr), 0)])  # the last: accounts with no tier
    return PortfolioSummary(
        accounts=totals.accounts, active=totals.active, churned=totals.churned, lost=totals.lost,
        prospects=totals.prospect, active_arr=total_arr,
        contacts=db.session.scalar(select(func.count(Contact.id))) or 0,
        tiers=[{"tier": tier, "accounts": count, "arr": float(arr), "share": share}
               for (tier, count, arr), share in zip(tiers, shares)],
        renewals_90d=totals.renewing, renewals_90d_arr=float(totals.renewing_arr or 0),
    )


def latest_scores(contact_ids: list[int]) -> dict[int, tuple[int, datetime]]:
    """contact id -> (score, when) of each contact's latest scored answer. An anonymous survey's answers name no
    contact, so they are never among them."""
    latest = (select(Response.contact_id, Response.score, Response.submitted_at,
                     func.row_number().over(partition_by=Response.contact_id,
                                            order_by=(Response.submitted_at.desc(), Response.id.desc())).label("n"))
              .where(Response.contact_id.in_(contact_ids), Response.score.is_not(None)).subquery())
    return {contact_id: (score, when) for contact_id, score, when, _n in
            db.session.execute(select(latest).where(latest.c.n == 1))}

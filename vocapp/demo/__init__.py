"""A realistic demo data set, one module an area: the accounts of a sales CRM vendor and one user per role, a year
of surveys and their answers, win/loss/churn interviews, then the analysis of everything customers said.

Every step gets the same random generator, so the demo is the same on every machine for a given seed."""
import random
from datetime import date

from flask import current_app
from sqlalchemy import func, select

from vocapp.demo import accounts, insights, interviews, roadmap, surveys
from vocapp.demo.accounts import DEMO_LOGINS
from vocapp.extensions import db
from vocapp.imports.rows import Track, untracked
from vocapp.models import Account
from vocapp.segments import recompute_tiers

__all__ = ["DEMO_LOGINS", "database_is_empty", "load_demo"]

# After the accounts, in this order: the analysis reads the comments and interviews the steps before it wrote, and
# links their asks to the catalogue's items, then groups them by meaning; the roadmap statuses follow what customers
# asked for.
STEPS = (surveys.nps_surveys, surveys.effectiveness_survey, surveys.work_old_cases, interviews.demo_interviews,
         roadmap.default_catalogue, insights.analyse_comments, insights.regroup_asks, insights.csm_views,
         roadmap.roadmap_statuses)


def database_is_empty() -> bool:
    return not db.session.scalar(select(func.count(Account.id)))


def load_demo(seed: int = 7, track: Track = untracked, today: date | None = None) -> str:
    rng = random.Random(seed)
    parts = [accounts.users(), accounts.accounts(rng, track, today or date.today())]
    recompute_tiers(current_app.config["VOC_TIER_THRESHOLDS"])
    db.session.commit()
    for step in STEPS:
        parts.append(step(rng, track))
        db.session.commit()
    return "; ".join(parts)

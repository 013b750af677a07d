"""Demo steps: analyse every demo comment, so themes, requests and personas are there on the first start, then
group the asks by meaning as the nightly job does; and the CSMs' own view of some of their biggest accounts, with
why."""
import random
from datetime import timedelta

from sqlalchemy import select

from vocapp.extensions import db
from vocapp.imports.rows import Track
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import Account, CsmView
from vocapp.models.base import utcnow

CSM_NOTES = {
    "essential": ["Forecast calls run on it; the CFO asked for more seats.", "Exec sponsor renewed for two years.",
                  "Every rep logs in daily; it is in their comp plan process."],
    "nice_to_have": ["Only the sales ops team uses it; the reps still live in spreadsheets.",
                     "They like it, but the new VP Sales used a competitor before.",
                     "Usage is fine but nobody senior would fight for it at renewal."],
    "no_longer_needed": ["Their champion left and the new team is evaluating HubSpot.",
                         "Budget cut: they asked for the cancellation terms."],
}


def analyse_comments(_rng: random.Random, track: Track) -> str:
    """Read carefully, as the survey page's answers are (vocapp.insights.careful): a few hundred take seconds."""
    return str(analyse(texts(), current_analyzer(careful=True), track=track))


def regroup_asks(_rng: random.Random, _track: Track) -> str:
    """Group the asks by meaning, as the nightly regrouping would have over the demo's year: the roadmap a product
    manager first sees is the one they would see on any later morning."""
    from vocapp.insights.regrouping import available, regroup_items

    if not available():
        return "asks not regrouped: the sentence encoder is not installed"
    return str(regroup_items())


def csm_views(rng: random.Random, _track: Track) -> str:
    """Each CSM records a view, with why, on a few of their biggest active accounts."""
    accounts = db.session.scalars(select(Account).where(Account.status == "active", Account.csm_id.is_not(None))
                                  .order_by(Account.arr.desc()).limit(10)).all()
    for account in accounts:
        answer = rng.choices(list(CSM_NOTES), weights=[55, 35, 10])[0]
        db.session.add(CsmView(account_id=account.id, user_id=account.csm_id, answer=answer,
                               note=rng.choice(CSM_NOTES[answer]),
                               created_at=utcnow() - timedelta(days=rng.randint(3, 60))))
    return f"{len(accounts)} CSM views of an account, with why"

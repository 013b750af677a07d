from datetime import date, timedelta

from flask import Blueprint, current_app, render_template
from flask_login import current_user
from sqlalchemy import func, select

from reports.charts import for_page, pareto_chart, persona_chart
from vocapp.extensions import db
from vocapp.models import FollowUpCase
from vocapp.permissions import allowed, requires
from vocapp.queries.accounts import portfolio_summary
from vocapp.queries.feedback import ranked_items
from vocapp.queries.nps import NpsFilter, drifting_accounts, nps_summary
from vocapp.queries.personas import PERSONA_LABELS, overview
from vocapp.queries.wlc import latest_wlc
from vocapp.segments import pareto_points

bp = Blueprint("home", __name__)


@bp.get("/")
@requires("accounts.view")
def index():
    thresholds = current_app.config["VOC_TIER_THRESHOLDS"]
    voice = _voice_of_the_customer() if allowed(current_user, "insights.view") else None
    wlc = latest_wlc() if allowed(current_user, "interviews.view") else None
    return render_template("home.html", summary=portfolio_summary(), voice=voice, wlc=wlc,
                           pareto=for_page(pareto_chart, pareto_points(thresholds), thresholds))


def _voice_of_the_customer() -> dict:
    """What the people of the portfolio say: NPS of the last 12 months, personas by ARR, drift, open
    follow-ups and the most asked-for requests."""
    personas = overview()
    _window, drifts = drifting_accounts(limit=5)
    return {
        "nps": nps_summary(NpsFilter(since=date.today() - timedelta(days=365))),
        "persona_chart": for_page(persona_chart, personas.customer_counts, personas.customer_arr, PERSONA_LABELS,
                                  width=500, label_width=130),
        "drifts": drifts,
        "open_cases": db.session.scalar(select(func.count(FollowUpCase.id)).where(FollowUpCase.status != "resolved")),
        "requests": ranked_items()[:5],
    }

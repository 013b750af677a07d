from flask import Blueprint, current_app, render_template

from reports.charts import pareto_chart
from vocapp.permissions import requires
from vocapp.queries.accounts import portfolio_summary
from vocapp.segments import pareto_points

bp = Blueprint("home", __name__)


@bp.get("/")
@requires("accounts.view")
def index():
    thresholds = current_app.config["VOC_TIER_THRESHOLDS"]
    return render_template("home.html", summary=portfolio_summary(),
                           pareto=pareto_chart(pareto_points(thresholds), thresholds))

"""JSON API for survey results: `Authorization: Bearer <token>`, as the rest of /api/v1."""
from flask import Blueprint, abort, jsonify, request

from vocapp.extensions import csrf, db
from vocapp.models import Survey
from vocapp.queries.nps import DIMENSIONS, NpsFilter, export_rows, nps_by, nps_summary, nps_trend, reach, survey_results
from vocapp.web.api import token_required

bp = Blueprint("api_results", __name__, url_prefix="/api/v1")
csrf.exempt(bp)


def _survey_or_404(survey_id: int) -> Survey:
    survey = db.session.get(Survey, survey_id)
    if survey is None:
        abort(404, description=f"no survey with id {survey_id}")
    return survey


@bp.get("/surveys/<int:survey_id>/results")
@token_required
def survey_results_json(survey_id: int):
    """{"n", "nps", "margin", "arr_weighted_nps", "promoters", "passives", "detractors", ...}"""
    return jsonify(survey_results(_survey_or_404(survey_id)).to_dict())


@bp.get("/surveys/<int:survey_id>/answers")
@token_required
def survey_answers_json(survey_id: int):
    items = list(export_rows(NpsFilter(survey_id=_survey_or_404(survey_id).id)))
    return jsonify({"items": items, "total": len(items)})


@bp.get("/insights/nps")
@token_required
def insights_json():
    """Across surveys, narrowed by ?survey=&since=&until=&stage=: the NPS, the NPS by each segment, by month."""
    filters = NpsFilter.from_args(request.args)
    rate = reach(filters).response_rate
    return jsonify({
        **nps_summary(filters).to_dict(), "response_rate": None if rate is None else round(rate, 1),
        "by": {dimension: [{"key": segment.key, "label": segment.label, **segment.result.to_dict()}
                           for segment in nps_by(dimension, filters)] for dimension in DIMENSIONS},
        "trend": [{"month": month, **(result.to_dict() if result else {"n": 0, "nps": None})}
                  for month, result in nps_trend(filters)],
    })


@bp.get("/feedback")
@token_required
def feedback():
    """Roadmap items ranked by impacted ARR, for product tools: `?status=&area=&since=&until=` (dates YYYY-MM-DD,
    the asks made on those days). Each row has the ranking's keys (item, impacted_arr, accounts, at_risk_arr,
    lost_arr, mentions) and the item's (item_id, title, product_area, status, ...)."""
    from vocapp.params import BadArgument, date_arg
    from vocapp.queries.feedback import feedback_rows
    from vocapp.roadmap.areas import parse_area
    from vocapp.roadmap.statuses import parse_status

    since, until = date_arg("since"), date_arg("until")
    if since and until and since > until:
        raise BadArgument("The since argument must be a day on or before until.")
    try:
        area = parse_area(request.args.get("area"))
    except ValueError as error:
        raise BadArgument(f"The area argument: {error}.")
    try:
        status = parse_status(request.args["status"]) if request.args.get("status") else None
    except ValueError as error:
        raise BadArgument(f"The status argument: {error}.")
    return jsonify({"items": feedback_rows(status, area, since=since, until=until)})

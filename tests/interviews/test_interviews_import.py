"""voc import interviews: good files, re-imports, bad rows as `row N: column: what is wrong` with nothing written,
--add-reasons, competitors matched regardless of case and spacing; voc interviews summary on the fixture."""
import json

from sqlalchemy import func, select

from helpers import add_account
from wlc_fixture import EXPECTED, FIXTURE_CSV, add_fixture_accounts
from vocapp.extensions import db
from vocapp.models import Competitor, Interview, Reason, ReasonCategory

HEADER = "account_external_id,date,outcome,contact_email,chosen_competitor,primary_reason,secondary_reasons"


def _write(tmp_path, text, name="interviews.csv"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def _count(model):
    return db.session.scalar(select(func.count(model.id)))


def test_the_fixture_imports_and_its_summary_matches_the_hand_computed_figures(app, runner, tmp_path):
    with app.app_context():
        add_fixture_accounts()
    path = _write(tmp_path, FIXTURE_CSV)
    result = runner.invoke(args=["voc", "import", "interviews", path])
    assert result.exit_code == 0, result.output
    assert "7 created, 0 updated" in result.output
    with app.app_context():
        # "Pipedrive", "pipedrive" and "  PIPEDRIVE " are one competitor
        assert sorted(db.session.scalars(select(Competitor.name))) == ["HubSpot", "Pipedrive"]
        d1 = db.session.scalars(select(Interview).where(Interview.deal_id == "D1").order_by(Interview.id)).all()
        assert [r.label for r in d1[0].secondary_reasons] == ["Support: Great support"]
    again = runner.invoke(args=["voc", "import", "interviews", path])
    assert again.exit_code == 0 and "0 created, 7 updated" in again.output
    with app.app_context():
        assert _count(Interview) == 7 and _count(Competitor) == 2

    summary = runner.invoke(args=["voc", "interviews", "summary", "--json"])
    assert summary.exit_code == 0, summary.output
    data = json.loads(summary.output)
    assert {key: data[key] for key in EXPECTED} == EXPECTED

    text = runner.invoke(args=["voc", "interviews", "summary"]).output
    assert "7 interview(s) about 6 deal(s)" in text
    assert "Win rate: 50.0% (95% 15.0–85.0), n = 4 deal(s) (low n)" in text
    assert "against Pipedrive: 66.7% of 3 deal(s), 95% 20.8–93.9 (low n: too few to conclude)" in text

    q4 = json.loads(runner.invoke(args=["voc", "interviews", "summary", "--json", "--since", "2026-10-01",
                                        "--until", "2026-12-31"]).output)
    assert (q4["interviews"], q4["deals"], q4["win_rate_overall"]) == (2, 2, 100.0)
    bad = runner.invoke(args=["voc", "interviews", "summary", "--since", "2026-10-01", "--until", "2026-01-01"])
    assert bad.exit_code == 2 and "is after --until" in bad.output


def test_a_bad_file_lists_every_problem_and_writes_nothing(app, runner, tmp_path):
    with app.app_context():
        add_fixture_accounts()
    path = _write(tmp_path, "\n".join([
        HEADER,
        "A1,2026-07-10,won,,,,",                                          # unknown outcome
        "A1,2026-13-01,win,,,,",                                          # bad date
        "NOPE,2026-07-10,loss,,,,",                                       # unknown account
        "A1,2026-07-10,loss,zed@a1.example,,,",                           # unknown contact
        "A1,2026-07-11,win,,Pipedrive,,",                                 # a chosen competitor on a win
        "A2,2026-07-12,loss,,NewCo,Price / value: Way too pricey,",       # unknown reason
        "A2,2026-07-13,loss,,,Too expensive,",                            # not category: reason
        "A2,2026-07-14,loss,,,,Support: Slow or poor support;Ease of use: Hard to use;Integrations: Missing integration;Business change: Budget cut",
    ]) + "\n")
    result = runner.invoke(args=["voc", "import", "interviews", path])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(("row ", "Nothing"))]  # no progress bar
    assert lines[:-1] == [
        "row 2: outcome: must be one of win, loss, churn, downgrade; got 'won'",
        "row 3: date: not a date in the form YYYY-MM-DD: '2026-13-01'",
        "row 4: account_external_id: no account has the external id 'NOPE'",
        "row 5: contact_email: no contact of account 'A1' has the e-mail zed@a1.example",
        "row 6: chosen_competitor: a win has no chosen competitor (the buyer chose us); leave it empty or name the "
        "competitors considered in competitors",
        "row 7: primary_reason: unknown reason 'Price / value: Way too pricey': add it to the reason codes first, "
        "or import with --add-reasons",
        "row 8: primary_reason: 'Too expensive' is not a reason code: write it as category: reason, e.g. "
        "Price / value: Too expensive",
        "row 9: secondary_reasons: at most 3 secondary reasons, got 4",
    ]
    assert lines[-1] == "Nothing was imported: 8 problem(s)."
    with app.app_context():
        assert _count(Interview) == 0 and _count(Competitor) == 0


def test_add_reasons_adds_the_reason_and_its_new_category_with_the_outcome_direction(app, runner, tmp_path):
    with app.app_context():
        add_account("A1", "Acme", 5_000)
    path = _write(tmp_path, "\n".join([
        "account_external_id,date,outcome,primary_reason,competitors",
        "A1,2026-05-01,loss,Security: No SSO,Close.io; close.IO",
        "A1,2026-05-02,win,security:  sso  on day one,",
        "A1,2026-05-03,churn,  security : no sso ,",
    ]) + "\n")
    refused = runner.invoke(args=["voc", "import", "interviews", path])
    assert refused.exit_code == 1 and "unknown reason 'Security: No SSO'" in refused.output
    with app.app_context():
        assert db.session.scalar(select(ReasonCategory).where(ReasonCategory.key == "security")) is None
    added = runner.invoke(args=["voc", "import", "interviews", path, "--add-reasons"])
    assert added.exit_code == 0, added.output
    with app.app_context():
        security = db.session.scalar(select(ReasonCategory).where(ReasonCategory.key == "security"))
        reasons = {r.name: r.direction for r in db.session.scalars(select(Reason).where(Reason.category_id == security.id))}
        assert reasons == {"No SSO": "loss", "sso on day one": "win"}
        assert list(db.session.scalars(select(Competitor.name))) == ["Close.io"]


def test_not_utf8_and_a_missing_column(app, runner, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("account_external_id,date,outcome\nCaf\xe9,2026-01-01,win\n".encode("latin-1"))
    result = runner.invoke(args=["voc", "import", "interviews", str(path)])
    assert result.exit_code == 1 and "row 1: file: not UTF-8 text" in result.output
    result = runner.invoke(args=["voc", "import", "interviews", _write(tmp_path, "account_external_id,date\nA,2026-01-01\n")])
    assert result.exit_code == 1 and "row 1: outcome: required column is missing" in result.output

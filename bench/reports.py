"""How long the PDF reports take, split into gathering the data and rendering it, with the process's peak memory.

Usage: python bench/reports.py [--repeat N]   (DATABASE_URL picks the database, else a temporary SQLite file)
Builds 10,000 accounts with 3 contacts each, 500 roadmap items and 50,000 mentions, plus NPS answers; then times
an account review and the roadmap digest of the year, N times each (default 3), and prints the median of each
figure (a busy machine slows some runs; the median is the figure to quote), in wall and CPU seconds. Floors (issue 11): account review under 2 s; digest under 10 s
with gathering under 20% of it; peak memory under 1 GB."""
import os
import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ACCOUNTS, ITEMS, MENTIONS = 10_000, 500, 50_000
TODAY = date(2026, 12, 1)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(db) -> None:
    from vocapp.models import Account, Contact, FeedbackItem, FeedbackMention, Response, Survey

    rng = random.Random(7)
    start = datetime.combine(TODAY - timedelta(days=360), datetime.min.time())
    db.session.execute(Account.__table__.insert(), [
        {"external_id": f"B-{i}", "name": f"Company {i}", "arr": round(rng.lognormvariate(10, 1.1)),
         "status": "active" if i % 25 else "churned", "tier": 1 + (i % 3), "industry": "Software",
         "renewal_date": TODAY + timedelta(days=rng.randint(1, 365))} for i in range(1, ACCOUNTS + 1)])
    db.session.execute(Contact.__table__.insert(), [
        {"account_id": 1 + i // 3, "name": f"Person {i}", "email": f"p{i}@example.com", "role": "VP Operations",
         "decision_maker": i % 3 == 0} for i in range(ACCOUNTS * 3)])
    db.session.execute(FeedbackItem.__table__.insert(), [
        {"title": f"Requested capability {i}", "key": f"capability {i}", "status": "new",
         "product_area": rng.choice(["Integrations", "Reporting", "Mobile"])} for i in range(1, ITEMS + 1)])
    survey = Survey(name="Relationship NPS", kind="nps")
    db.session.add(survey)
    db.session.flush()
    db.session.execute(Response.__table__.insert(), [
        {"survey_id": survey.id, "account_id": 1 + i // 3, "contact_id": i + 1, "score": rng.randint(0, 10),
         "comment": "It does the job.", "submitted_at": start + timedelta(days=rng.randint(0, 359))}
        for i in range(0, ACCOUNTS * 3, 2)])
    weights = [1 / (rank ** 0.8) for rank in range(1, ITEMS + 1)]  # a few items are asked for far more often
    db.session.execute(FeedbackMention.__table__.insert(), [
        {"item_id": item, "account_id": rng.randint(1, ACCOUNTS), "source_type": "note",
         "quote": f"We would use it every day if it had capability {item}; today we work around it by hand.",
         "mentioned_at": start + timedelta(days=rng.randint(0, 359), minutes=rng.randint(0, 1439))}
        for item in rng.choices(range(1, ITEMS + 1), weights=weights, k=MENTIONS)])
    db.session.commit()


def timed(label: str, gather, render, repeat: int) -> None:
    """Wall seconds, and the process's CPU seconds beside them: on a shared machine the CPU figure moves less."""
    runs = []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        data = gather()
        gathered, gathered_cpu = time.perf_counter(), time.process_time()
        pdf = render(data)
        runs.append((gathered - began, time.perf_counter() - gathered,
                     gathered_cpu - began_cpu, time.process_time() - gathered_cpu))
    gathering, rendering, gathering_cpu, rendering_cpu = (statistics.median(run[n] for run in runs) for n in range(4))
    totals = sorted(run[0] + run[1] for run in runs)
    print(f"  {label:<16} gather {gathering:6.2f} s  render {rendering:6.2f} s  total {statistics.median(totals):6.2f} s "
          f"(runs {totals[0]:.2f} to {totals[-1]:.2f})  gather share {100 * gathering / (gathering + rendering):4.1f}%  "
          f"{len(pdf) / 1024:5.0f} KiB  peak {peak_mb():5.0f} MB\n"
          f"  {'':<16} CPU: gather {gathering_cpu:6.2f} s  render {rendering_cpu:6.2f} s  "
          f"total {gathering_cpu + rendering_cpu:6.2f} s  gather share {100 * gathering_cpu / (gathering_cpu + rendering_cpu):4.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each report; the median is printed")
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tmp) / 'bench.db'}")
        from flask_migrate import upgrade
        from sqlalchemy import text

        from reports.account_review import render_account_review
        from reports.roadmap import render_roadmap_digest
        from vocapp import create_app
        from vocapp.extensions import db
        from vocapp.models import Account
        from vocapp.queries.digest import roadmap_digest
        from vocapp.queries.review import account_review

        # A throwaway database and one process: no sessions or survey links to keep, so any SECRET_KEY will do
        # (a PostgreSQL database otherwise asks for the shared one).
        app = create_app({"VOC_ANALYSE_ON_SAVE": False, "SECRET_KEY": "bench-reports"})
        with app.app_context():
            upgrade()
            began = time.perf_counter()
            build(db)
            if db.engine.dialect.name == "postgresql":
                # A live PostgreSQL database has its planner statistics (autovacuum analyses the tables within a
                # minute of a bulk change); read at once, the freshly loaded tables would be planned blind.
                db.session.execute(text("ANALYZE"))
                db.session.commit()
            print(f"{ACCOUNTS:,} accounts, {ITEMS} items, {MENTIONS:,} mentions on "
                  f"{db.engine.dialect.name} (built in {time.perf_counter() - began:.1f} s)")
            since = TODAY - timedelta(days=364)
            account = db.session.get(Account, 1)
            timed("account review", lambda: account_review(account, since, TODAY, today=TODAY), render_account_review,
                  repeat)
            timed("roadmap digest", lambda: roadmap_digest(since, TODAY, today=TODAY), render_roadmap_digest, repeat)


if __name__ == "__main__":
    main()

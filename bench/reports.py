"""How long the PDF reports take, split into gathering the data and rendering it, with the process's peak memory.

Usage: python bench/reports.py   (DATABASE_URL picks the database, else a temporary SQLite file)
Builds 10,000 accounts with 3 contacts each, 500 roadmap items and 50,000 mentions, plus NPS answers; then times
an account review and the roadmap digest of the year. Floors (issue 11): account review under 2 s; digest under 10 s
with gathering under 20% of it; peak memory under 1 GB."""
import os
import random
import resource
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


def timed(label: str, gather, render) -> None:
    began = time.perf_counter()
    data = gather()
    gathered = time.perf_counter()
    pdf = render(data)
    done = time.perf_counter()
    total = done - began
    print(f"  {label:<16} gather {gathered - began:6.2f} s  render {done - gathered:6.2f} s  total {total:6.2f} s  "
          f"gather share {100 * (gathered - began) / total:4.1f}%  {len(pdf) / 1024:7.0f} KiB  peak {peak_mb():6.0f} MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tmp) / 'bench.db'}")
        from flask_migrate import upgrade

        from reports.account_review import render_account_review
        from reports.roadmap import render_roadmap_digest
        from vocapp import create_app
        from vocapp.extensions import db
        from vocapp.models import Account
        from vocapp.queries.digest import roadmap_digest
        from vocapp.queries.review import account_review

        app = create_app({"VOC_ANALYSE_ON_SAVE": False})
        with app.app_context():
            upgrade()
            began = time.perf_counter()
            build(db)
            print(f"{ACCOUNTS:,} accounts, {ITEMS} items, {MENTIONS:,} mentions on "
                  f"{db.engine.dialect.name} (built in {time.perf_counter() - began:.1f} s)")
            since = TODAY - timedelta(days=364)
            account = db.session.get(Account, 1)
            timed("account review", lambda: account_review(account, since, TODAY, today=TODAY), render_account_review)
            timed("roadmap digest", lambda: roadmap_digest(since, TODAY, today=TODAY), render_roadmap_digest)


if __name__ == "__main__":
    main()

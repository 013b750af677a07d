"""The demo's interviews: about 40 across outcomes and competitors, transcripts with speaker turns, quotes that
are sentences of the buyer's turns, deals with two respondents."""
from collections import Counter

from sqlalchemy import select

from analysis.transcripts import sentences
from vocapp.extensions import db
from vocapp.models import Interview
from vocapp.queries.wlc import wlc_summary


def test_the_demo_has_about_forty_interviews_that_read_like_calls(runner, ctx):
    from vocapp.cli import voc

    result = runner.invoke(voc, ["demo"])
    assert result.exit_code == 0, result.output
    interviews = db.session.scalars(select(Interview)).all()
    assert 35 <= len(interviews) <= 50
    outcomes = Counter(i.outcome for i in interviews)
    assert set(outcomes) == {"win", "loss", "churn", "downgrade"} and min(outcomes.values()) >= 4
    assert len({c.name for i in interviews for c in i.competitors}) >= 4
    for interview in interviews:
        speakers = {turn["speaker"] for turn in interview.turns}
        assert len(interview.turns) >= 4 and len(speakers) == 2, interview.id
        assert "{" not in interview.transcript            # every placeholder filled
        buyer = interview.contact.name
        said = {s for turn in interview.turns if turn["speaker"] == buyer for s in sentences(turn["text"])}
        for quote in interview.quotes:
            assert quote.speaker == buyer and quote.text in said   # a whole sentence of the buyer's, as marked
        assert interview.primary_reason is not None
    summary = wlc_summary()
    assert summary["deals"] < summary["interviews"]       # some deals have two respondents
    assert summary["win_rate_competitive"] > summary["win_rate_overall"]  # there are no-decision losses
    assert sum(1 for i in interviews if i.quotes) >= 30
    quotes = [q.text for i in interviews for q in i.quotes]
    assert len(set(quotes)) >= 0.7 * len(quotes)          # people say it in their own words

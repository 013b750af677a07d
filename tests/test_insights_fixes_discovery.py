"""Candidate-theme discovery on any data: no person names, no verb or fragment suggestions, each example once,
phrases as customers wrote them; plus the demo comments no longer repeat one sentence per theme."""
import random
from collections import Counter

from analysis.discovery import candidate_themes
from analysis.taxonomy import DEFAULT_TAXONOMY

COMMENTS = [
    "Great onboarding, Maya's team had us live in three weeks.",
    "Maya, our account manager, knows the territory planner inside out.",
    "Thanks to Maya the territory planner finally works for us.",
    "Kwame walked us through the territory planner.",
    "Kwame was patient with our admins.",
    "Kwame answered on a Sunday!",
    "Our reps live in it all day.",
    "Reps don't open the territory planner.",
    "Simple enough that the reps actually use it.",
    "Our win rate went up since we rolled it out to every team.",
    "We rolled it out in May.",
    "Rolled it out to sales last spring.",
    "The API is well documented.",
    "Everything is documented.",
    "Documented poorly, honestly.",
    "Sehr zufrieden, die Pipeline-Ansicht ist genau richtig.",
    "Sehr zufrieden, die Pipeline-Ansicht ist genau richtig.",
    "Sehr zufrieden, die Pipeline-Ansicht ist genau richtig.",
] + ["🚀 The Monday meeting runs on the pipeline board."] * 3 + ["The Monday meeting runs on the pipeline board."] * 3


def test_discovery_suggests_no_names_fragments_or_foreign_phrases():
    found = candidate_themes(COMMENTS, DEFAULT_TAXONOMY, min_count=3, names=["Kwame Mensah"])
    phrases = [phrase for phrase, _, _ in found]
    assert "territory planner" in phrases
    for phrase in phrases:
        words = set(phrase.split())
        assert not words & {"maya", "kwame"}, f"a person's name: {phrase}"
        assert not words & {"rep", "reps", "roll", "rolled", "document", "documented"}, f"a fragment: {phrase}"
        assert not words & {"zufrieden", "ansicht", "genau", "richtig", "sehr"}, f"not English: {phrase}"


def test_discovery_lists_each_example_once():
    found = candidate_themes(COMMENTS, DEFAULT_TAXONOMY, min_count=3)
    for phrase, count, examples in found:
        plain = [" ".join(e.lower().replace("🚀", "").split()) for e in examples]
        assert len(plain) == len(set(plain)), (phrase, examples)
    [(_, count, examples)] = [entry for entry in found if entry[0] == "monday meeting"]
    assert count == 6 and len(examples) == 1, "six comments, one sentence"


def test_a_name_only_at_the_start_of_a_sentence_stays_when_it_is_a_common_word():
    texts = ["Spring release broke our imports.", "Spring release was late.", "Spring release notes are thin."]
    assert "spring" in [phrase for phrase, _, _ in candidate_themes(texts, DEFAULT_TAXONOMY, min_count=3)]


def test_demo_comments_do_not_lean_on_one_sentence_per_theme():
    from vocapp.demo.comments import demo_comment

    rng = random.Random(7)
    comments = [demo_comment(rng.choice(["promoter", "passive", "detractor"]), rng) for _ in range(300)]
    sentences = Counter(s.strip() for c in comments for s in c.replace("!", ".").split(". ") if s.strip())
    assert sentences.most_common(1)[0][1] <= 15, sentences.most_common(3)
    mobile = {s for s in sentences if "mobile" in s.lower()}
    assert len(mobile) >= 3, "the mobile theme rests on more than one sentence"


def test_the_themes_page_leaves_out_the_names_of_known_people(login, app):
    from datetime import datetime

    from helpers import add_account, add_contact
    from vocapp.extensions import db
    from vocapp.models import Response, Survey

    with app.app_context():
        account = add_account("A-1", "Acme", 10_000)
        add_contact(account, "zanele@acme.example", "Zanele Dlamini")
        survey = Survey(kind="nps", name="Q", status="open")
        for comment in ("Zanele set up the territory planner for us.", "Zanele knows the territory planner.",
                        "Ask Zanele about the territory planner.", "Zanele knows the territory planner."):
            db.session.add(Response(survey=survey, account=account, comment=comment, submitted_at=datetime(2026, 9, 1)))
        db.session.commit()
    page = login("product").get("/insights/themes?discover=1").get_data(as_text=True)
    section = page.split("Candidate themes")[1].split("</table>")[0]
    assert "territory planner" in section
    assert "<strong>zanele" not in section.lower()
    assert section.count("Zanele knows the territory planner.") <= 1

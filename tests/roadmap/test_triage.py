"""The triage list: links the analysis was unsure of wait for a product manager, who confirms, moves or rejects
each with one click (a POST with CSRF) and comes back to the same place in the list. A rejected link leaves the
ranking; a confirmed or moved one is the staff's and stays where they put it when the comments are analysed again."""
from datetime import datetime

from sqlalchemy import func, select

from helpers import add_account
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import FeedbackItem, FeedbackMention, LinkRejection, Response, Survey
from vocapp.queries.feedback import ranking_json
from vocapp.roadmap.items import create_item
from vocapp.roadmap.triage import confidence_words, reason_words


def pending_links(app):
    """Two items; three asks linked with low confidence, as the analysis leaves them for review."""
    with app.app_context():
        big = add_account("A-1", "Big Bank", 200_000, tier=1)
        small = add_account("A-2", "Small Shop", 10_000, tier=3)
        jira = create_item("Jira integration", ["Jira sync"], "integrations")
        slack = create_item("Slack integration", product_area="integrations")
        links = []
        for account, quote, at in ((big, "Would be great if tickets went to Atlassian.", datetime(2026, 10, 3)),
                                   (small, "We'd use it daily if it talked to Slack.", datetime(2026, 10, 2)),
                                   (small, "The Jira thing is fine I guess.", datetime(2026, 10, 1))):
            mention = FeedbackMention(item=jira, account_id=account.id, source_type="note", quote=quote,
                                      request_text=quote, confidence=0.41, review="pending", mentioned_at=at,
                                      link_reason="the alias 'Jira sync' (similar meaning: atlassian ~ jira)")
            db.session.add(mention)
            links.append(mention)
        db.session.commit()
        return jira.id, slack.id, [link.id for link in links]


def test_the_list_shows_each_pending_link_in_words_and_the_header_counts_them(login, app):
    jira, _slack, links = pending_links(app)
    client = login("product")
    assert "3 links to review" in client.get("/insights/feedback").get_data(as_text=True)
    page = client.get("/insights/feedback/triage").get_data(as_text=True)
    assert page.count('class="card triage-link"') == 3
    assert "Would be great if tickets went to Atlassian." in page and "Big Bank" in page and "Jira integration" in page
    assert "The ask uses the alias “Jira sync” — close in meaning: “atlassian” ≈ “jira”" in page
    assert "low (41%)" in page and "'Jira sync'" not in page
    for action in ("confirm", "move", "reject"):
        assert f'name="action" value="{action}"' in page
    assert page.index(f'id="link-{links[0]}"') < page.index(f'id="link-{links[2]}"'), "newest ask first"


def test_confirm_move_and_reject_and_back_to_the_same_place(login, app):
    jira, slack, (atlassian, talks_slack, fine) = pending_links(app)
    client = login("product")
    kept = client.post(f"/insights/feedback/triage/{atlassian}", data={"action": "confirm", "next": talks_slack})
    assert kept.status_code == 302 and kept.headers["Location"].endswith(f"/insights/feedback/triage#link-{talks_slack}")
    moved = client.post(f"/insights/feedback/triage/{talks_slack}", data={"action": "move", "item_id": slack,
                                                                          "next": fine})
    assert moved.headers["Location"].endswith(f"#link-{fine}")
    no_item = client.post(f"/insights/feedback/triage/{fine}", data={"action": "move", "item_id": ""},
                          follow_redirects=True)
    assert "Choose the item this ask belongs to." in no_item.get_data(as_text=True)
    client.post(f"/insights/feedback/triage/{fine}", data={"action": "reject"})
    with app.app_context():
        confirmed = db.session.get(FeedbackMention, atlassian)
        assert (confirmed.item_id, confirmed.review, confirmed.origin) == (jira, "confirmed", "staff")
        moved_link = db.session.get(FeedbackMention, talks_slack)
        assert (moved_link.item_id, moved_link.review, moved_link.origin) == (slack, "confirmed", "staff")
        assert db.session.get(FeedbackMention, fine) is None
        rejection = db.session.scalar(select(LinkRejection))
        assert (rejection.quote, rejection.item_id, rejection.source_type, rejection.request_text) == \
            ("The Jira thing is fine I guess.", jira, "note", "The Jira thing is fine I guess.")
        assert rejection.account_id is not None and rejection.created_by_id is not None
        ranking = {row["item"]: row for row in ranking_json()}
    assert (ranking["Jira integration"]["mentions"], ranking["Jira integration"]["accounts"],
            ranking["Jira integration"]["impacted_arr"]) == (1, 1, 200_000), "the rejected ask of Small Shop is gone"
    assert ranking["Slack integration"]["impacted_arr"] == 10_000
    again = client.post(f"/insights/feedback/triage/{atlassian}", data={"action": "reject"}, follow_redirects=True)
    assert "Someone has already decided on that link." in again.get_data(as_text=True)
    page = client.get("/insights/feedback/triage").get_data(as_text=True)
    assert "Nothing to review" in page
    assert "links to review" not in client.get("/insights/feedback").get_data(as_text=True)


def test_a_decision_needs_the_right_to_manage_feedback(login, app):
    _jira, _slack, links = pending_links(app)
    client = login("interviewer")
    assert client.get("/insights/feedback/triage").status_code == 403
    assert client.post(f"/insights/feedback/triage/{links[0]}", data={"action": "reject"}).status_code == 403
    with app.app_context():
        assert db.session.get(FeedbackMention, links[0]).review == "pending"


def test_an_unknown_decision_is_refused(login, app):
    _jira, _slack, links = pending_links(app)
    assert login("csm").post(f"/insights/feedback/triage/{links[0]}", data={"action": "explode"}).status_code == 400


def test_a_confirmed_link_stays_when_the_comments_are_analysed_again(login, app):
    with app.app_context():
        account = add_account()
        survey = Survey(kind="nps", name="Q4", status="open")
        db.session.add(Response(survey=survey, account=account, score=7, submitted_at=datetime(2026, 10, 1),
                                comment="Please add a Salesforce integration."))
        db.session.commit()
        analyse(texts(), current_analyzer())
        mention = db.session.scalar(select(FeedbackMention))
        mention.review, mention.confidence = "pending", 0.4  # as a link below the threshold is stored
        other = create_item("CRM sync")
        db.session.commit()
        mention_id, other_id = mention.id, other.id
    client = login("product")
    client.post(f"/insights/feedback/triage/{mention_id}", data={"action": "move", "item_id": other_id})
    with app.app_context():
        analyse(texts(), current_analyzer())
        mentions = db.session.scalars(select(FeedbackMention)).all()
        assert [(m.id, m.item_id, m.review) for m in mentions] == [(mention_id, other_id, "confirmed")]
        assert db.session.get(FeedbackItem, other_id).title == "CRM sync"


def test_reasons_read_as_words():
    assert reason_words("the name 'SSO' (same words: sso)") == "The ask names the item: “SSO” — same words: “sso”"
    assert reason_words("an earlier ask 'integrate with jira'") == \
        "The ask reads like one linked here before: “integrate with jira”"
    assert reason_words("") == "Linked by the analysis"
    # an acronym the customers spell out (analysis.acronyms, 1.48), as the linker words it
    from analysis.linking import Linker
    linker = Linker([(1, "Dynamic ad insertion", ["dynamic ad insertion by geography"])])
    assert reason_words(linker.link("DAI please").reason) == \
        "“DAI” read as “dynamic ad insertion”, as other customers write it. " \
        "The ask names the item: “Dynamic ad insertion” — same words: “dynamic”, “ad”, “insertion”"


def test_a_link_by_meaning_reads_in_the_words_of_the_confidence_beside_it_not_as_a_similarity():
    """The regrouping's similarities are on another scale than the confidence: 0.38 is a high (76%) link."""
    assert reason_words("similar in meaning to 13 other asks (0.38)") == \
        "Close in meaning to 13 other asks linked here"
    assert confidence_words(0.76) == "high (76%)"
    assert reason_words("similar in meaning to the item's names (0.12) and 17 other asks (0.55)") == \
        "Far in meaning from the item's names; close to 17 other asks linked here"
    assert reason_words("similar in meaning to the item's name (0.28) and 1 other ask (0.2)") == \
        "Fairly close in meaning to the item's name; far from 1 other ask linked here"


def test_a_link_found_around_the_ask_reads_as_words():
    assert reason_words("the sentence around the ask: the alias 'Jira sync' (same words: jira)") == \
        "Found in the rest of the sentence. The ask uses the alias “Jira sync” — same words: “jira”"


def _analysed(said: dict[str, list[str]]) -> dict[str, FeedbackMention]:
    """Big Bank ($200k) and Small Shop ($10k) answer with these comments, analysed: their mentions by quote."""
    survey = Survey(kind="nps", name="Q4", status="open")
    for n, (name, arr) in enumerate((("Big Bank", 200_000), ("Small Shop", 10_000))):
        account = add_account(f"A-{n + 1}", name, arr)
        for comment in said.get(name, ()):
            db.session.add(Response(survey=survey, account=account, score=7, submitted_at=datetime(2026, 10, 1),
                                    comment=comment))
    db.session.commit()
    analyse(texts(), current_analyzer())
    return {m.quote: m for m in db.session.scalars(select(FeedbackMention))}


def test_an_ask_the_analysis_doubts_waits_in_triage_counting_until_a_product_manager_rejects_it(login, app):
    with app.app_context():
        mentions = _analysed({"Big Bank": ["Please add a Salesforce integration."],
                              "Small Shop": ["Which has never happened with a CRM here."]})
        plain, doubted = mentions["Please add a Salesforce integration."], \
            mentions["Which has never happened with a CRM here."]
        assert plain.review is None and plain.ask_certainty > 0.9
        # a new item of its own, so the link is sure; the ask is not
        assert doubted.review == "pending" and doubted.confidence == 1.0 and 0.3 < doubted.ask_certainty < 0.5
        assert {row["item"] for row in ranking_json()} == {"Salesforce integration", "CRM"}, "it counts meanwhile"
        doubted_id, certainty = doubted.id, doubted.ask_certainty
    client = login("product")
    page = client.get("/insights/feedback/triage").get_data(as_text=True)
    assert page.count('class="card triage-link"') == 1 and "Which has never happened with a CRM here." in page
    assert f"Perhaps not: the analysis is only {int(certainty * 100)}% sure this sentence asks for something." in page
    client.post(f"/insights/feedback/triage/{doubted_id}", data={"action": "reject"})
    with app.app_context():
        analyse(texts(), current_analyzer())
        assert [m.quote for m in db.session.scalars(select(FeedbackMention))] == \
            ["Please add a Salesforce integration."], "the rejected ask is not linked again"
        assert [row["item"] for row in ranking_json()] == ["Salesforce integration"]


def test_a_link_waits_for_review_when_it_is_unsure_or_its_ask_is_doubtful():
    from analysis.linking import review_state
    assert review_state(True) is None and review_state(True, 0.5) is None and review_state(True, 0.97) is None
    assert review_state(True, 0.49) == "pending", "a sure link of a doubtful ask"
    assert review_state(False, 0.97) == "pending" and review_state(False) == "pending"


def test_the_ranking_counts_each_items_links_to_review_and_the_list_shows_one_items_alone(login, app):
    jira, slack, links = pending_links(app)
    with app.app_context():
        db.session.add(FeedbackMention(item_id=slack, source_type="note", quote="Slack, maybe?", request_text="Slack",
                                       confidence=0.3, review="pending", mentioned_at=datetime(2026, 10, 4)))
        db.session.commit()
    client = login("product")
    ranking = client.get("/insights/feedback").get_data(as_text=True)
    assert f'href="/insights/feedback/triage?item={jira}">3 links to review</a>' in ranking
    assert f'href="/insights/feedback/triage?item={slack}">1 link to review</a>' in ranking
    only_jira = client.get(f"/insights/feedback/triage?item={jira}").get_data(as_text=True)
    assert only_jira.count('class="card triage-link"') == 3 and "Slack, maybe?" not in only_jira
    assert "Only the links of" in only_jira and f'name="item" value="{jira}"' in only_jira
    decided = client.post(f"/insights/feedback/triage/{links[0]}",
                          data={"action": "confirm", "item": jira, "next": links[1]})
    assert decided.headers["Location"].endswith(f"/insights/feedback/triage?item={jira}#link-{links[1]}")
    assert f"?item={jira}\">2 links to review</a>" in client.get("/insights/feedback").get_data(as_text=True)
    item_page = client.get(f"/insights/feedback/{jira}").get_data(as_text=True)
    assert f'href="/insights/feedback/triage?item={jira}">2 links to review</a>' in item_page, "its own, not all 3"
    assert client.get("/insights/feedback/triage?item=999999").status_code == 404
    assert client.get("/insights/feedback/triage?item=x").status_code == 400


def test_an_accounts_arr_reads_as_its_status_where_it_has_none(login, app):
    """A lost prospect never paid: the list and the item say "Lost", not "$0 ARR"; a churned account shows what it
    paid and that it churned."""
    with app.app_context():
        prospect = add_account("P-1", "Prospero", 0, status="lost")
        gone = add_account("C-1", "Gone Co", 40_000, status="churned")
        jira = create_item("Jira integration")
        for account, quote in ((prospect, "We went elsewhere for the Jira sync."), (gone, "Jira, finally?")):
            db.session.add(FeedbackMention(item=jira, account_id=account.id, source_type="note", quote=quote,
                                           confidence=0.4, review="pending", mentioned_at=datetime(2026, 10, 1)))
        db.session.commit()
        item_id = jira.id
    client = login("product")
    for page in (client.get("/insights/feedback/triage").get_data(as_text=True),
                 client.get(f"/insights/feedback/{item_id}").get_data(as_text=True)):
        prospero = page.split("Prospero</a>")[1].split("</")[0]
        assert "Lost" in prospero and "$0 ARR" not in page
        assert "$40,000 ARR · Churned" in page


def test_quotes_chosen_on_an_item_s_page_are_rejected_and_not_linked_again(login, app):
    with app.app_context():
        mentions = _analysed({"Big Bank": ["Please add a Salesforce integration."],
                              "Small Shop": ["Salesforce integration would be lovely.",
                                             "The Salesforce integration quote put our CFO off."]})
        wrong = mentions.pop("The Salesforce integration quote put our CFO off.")  # taken for an ask
        item_id, wrong_id, wrong_quote = wrong.item_id, wrong.id, wrong.quote
        assert {m.item_id for m in mentions.values()} == {item_id}
    client = login("product")
    page = client.get(f"/insights/feedback/{item_id}").get_data(as_text=True)
    assert "Reject selected" in page and f'formaction="/insights/feedback/{item_id}/reject"' in page
    assert client.post(f"/insights/feedback/{item_id}/reject", data={}).status_code == 302
    with app.app_context():
        assert db.session.get(FeedbackMention, wrong_id) is not None, "nothing chosen, nothing rejected"
    response = client.post(f"/insights/feedback/{item_id}/reject", data={"mention_id": [wrong_id]},
                           follow_redirects=True)
    assert "1 quote no longer counts for" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(FeedbackMention, wrong_id) is None
        assert db.session.scalar(select(LinkRejection.quote)) == wrong_quote
        analyse(texts(), current_analyzer())
        quotes = sorted(m.quote for m in db.session.scalars(select(FeedbackMention)))
        assert quotes == ["Please add a Salesforce integration.", "Salesforce integration would be lovely."]
        [row] = ranking_json()
        assert (row["accounts"], row["mentions"]) == (2, 2)


def test_rejecting_on_an_item_s_page_needs_the_right_to_manage_feedback(login, app):
    jira_id, _slack_id, link_ids = pending_links(app)
    assert login("interviewer").post(f"/insights/feedback/{jira_id}/reject",
                                     data={"mention_id": link_ids}).status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count(FeedbackMention.id))) == 3

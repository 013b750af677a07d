"""The regrouping pass over stored asks (`voc feedback regroup`): one request the linker split over several items
becomes one item, with the right impacted ARR; what a product manager decided (confirmed or moved links, merged
items, named items) stays as they left it."""
from datetime import datetime

from sqlalchemy import select

from helpers import add_account
from analysis.linking import CONFIDENT, review_state
from vocapp.extensions import db
from vocapp.insights.regrouping import _as_shipped, _inputs, regroup_items
from vocapp.models import FeedbackItem, FeedbackMention
from vocapp.queries.feedback import ranking_json
from vocapp.roadmap.catalogue import load_default_catalogue
from vocapp.roadmap.items import create_item, merge_items, rename_item, set_status, update_item
from vocapp.roadmap.triage import confirm_link

JIRA = ["We live in Jira all day, so a two-way sync would save us hours.",
        "Please build an Atlassian connector.",
        "It would be great if you could integrate with Jira.",
        "Can it push tickets into our Jira board?"]
DARK = ["Dark mode please, the white screen hurts at night.",
        "A darker theme for the night shift would be welcome.",
        "Any plans for a dark mode? We work late."]
SSO = "We can't roll it out without SAML single sign-on."

# what the detector reads as each ask's own words
ASKED = {JIRA[0]: "a two-way sync", JIRA[1]: "an Atlassian connector", JIRA[2]: "integrate with Jira",
         JIRA[3]: "push tickets into our Jira board", DARK[0]: "Dark mode", DARK[1]: "A darker theme",
         DARK[2]: "a dark mode", SSO: "SAML single sign-on"}


def opened(title: str) -> FeedbackItem:
    item = FeedbackItem(title=title, key=title.lower(), origin="analysis")
    db.session.add(item)
    db.session.flush()
    return item


def mention(item, account, quote, day=1, **fields) -> FeedbackMention:
    found = FeedbackMention(item_id=item.id, account_id=account.id, source_type="note", quote=quote,
                            request_text=ASKED[quote], mentioned_at=datetime(2026, 10, day), origin="analysis",
                            confidence=1.0, **fields)
    db.session.add(found)
    db.session.flush()
    return found


def where(quotes) -> set:
    return set(db.session.scalars(select(FeedbackMention.item_id).where(FeedbackMention.quote.in_(quotes))))


def split_asks():
    """Seven asks from seven accounts, as the word-by-word linker left them: Jira over three items, one of them
    the dark-mode item."""
    accounts = [add_account(f"A-{n}", f"Account {n}", 10_000 * (n + 1)) for n in range(7)]
    sync, connector, dark = opened("Two-way sync"), opened("Atlassian connector"), opened("Dark mode")
    mention(sync, accounts[0], JIRA[0])
    mention(connector, accounts[1], JIRA[1])
    mention(sync, accounts[2], JIRA[2])
    mention(dark, accounts[3], JIRA[3])
    mention(dark, accounts[4], DARK[0])
    mention(dark, accounts[5], DARK[1])
    mention(dark, accounts[6], DARK[2])
    db.session.commit()
    return accounts, sync, connector, dark


def test_one_request_split_over_items_becomes_one_and_the_ranking_adds_up(ctx):
    accounts, sync, connector, dark = split_asks()
    summary = regroup_items()
    assert (summary.asks, summary.moved, summary.dropped) == (7, 2, 1)
    assert where(JIRA) == {sync.id} and where(DARK) == {dark.id}
    assert db.session.get(FeedbackItem, connector.id) is None  # emptied, and the analysis had opened it
    assert db.session.get(FeedbackItem, sync.id).title == "Jira integration"
    moved = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote == JIRA[3]))
    assert moved.link_reason.startswith("similar in meaning to 3 other asks") and 0 < moved.confidence <= 1
    ranking = {row["item"]: row for row in ranking_json()}
    assert ranking["Jira integration"]["impacted_arr"] == 10_000 + 20_000 + 30_000 + 40_000
    assert ranking["Jira integration"]["accounts"] == 4 and ranking["Dark mode"]["impacted_arr"] == 50_000 + 60_000 + 70_000
    # a second pass finds nothing more to do
    again = regroup_items()
    assert (again.moved, again.opened, again.dropped) == (0, 0, 0)


def test_a_named_item_draws_the_asks_and_decisions_stay_where_a_person_put_them(ctx):
    accounts, sync, connector, dark = split_asks()
    jira = create_item("Jira integration", product_area="integrations")
    confirmed = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote == JIRA[3]))
    confirm_link(confirmed)  # a product manager kept "push tickets into our Jira board" in Dark mode
    regroup_items()
    assert where(JIRA[:3]) == {jira.id}
    assert where([JIRA[3]]) == {dark.id} and confirmed.origin == "staff"
    assert where(DARK) == {dark.id}
    assert db.session.get(FeedbackItem, sync.id) is None and db.session.get(FeedbackItem, connector.id) is None
    assert db.session.get(FeedbackItem, jira.id).title == "Jira integration"  # a name a person gave stays


def test_the_asks_of_a_merged_item_stay_with_the_merge(ctx):
    accounts, sync, connector, dark = split_asks()
    merge_items([dark.id], sync.id)  # a person says the dark-mode item's asks belong with the sync item
    db.session.commit()
    regroup_items()
    assert where(DARK) == {sync.id}  # a person put them there: they stay
    # the Jira asks no person placed keep together, away from an item that is now mostly dark mode
    (jira,) = where(JIRA[:3])
    assert jira != sync.id


def test_asks_no_item_holds_open_a_new_item_titled_by_what_they_ask(ctx):
    account = add_account("A-1", "Acme", 10_000)
    misc = opened("Misc")
    for quote in DARK:
        mention(misc, account, quote)
    mention(misc, account, SSO)
    db.session.commit()
    summary = regroup_items()
    assert summary.opened == 1  # the larger group keeps the item that held them all
    titles = {item.title for item in db.session.scalars(select(FeedbackItem))}
    assert titles == {"Dark mode", "SAML single sign-on"}


RECEIPTS = {"Receipts for payments would help.": "receipts for payments",
            "Payment receipts by email, please.": "payment receipts by email",
            "Tenants want a receipt for every rent payment.": "a receipt for every rent payment"}


def test_the_default_catalogue_as_loaded_draws_only_asks_as_close_to_it_as_to_each_other(ctx):
    """Asks for payment receipts are near the catalogue's "Billing portal" by meaning (0.31): once a product manager tracks
    that item, they join it as they would any item a person named; as loaded, they are a request of their own."""
    load_default_catalogue()
    account = add_account("A-1", "Acme", 10_000)
    for quote, asked in RECEIPTS.items():
        db.session.add(FeedbackMention(item_id=opened(asked).id, account_id=account.id, source_type="note",
                                       quote=quote, request_text=asked, origin="analysis", confidence=0.5))
    db.session.commit()
    portal = db.session.scalar(select(FeedbackItem).where(FeedbackItem.title == "Billing portal"))
    regroup_items()
    (item_id,) = where(RECEIPTS)
    assert db.session.get(FeedbackItem, item_id).origin == "analysis"
    set_status(portal, "planned")
    db.session.commit()
    regroup_items()
    assert where(RECEIPTS) == {portal.id}


def test_a_catalogue_item_renamed_given_an_alias_or_a_status_is_a_product_managers_item(ctx):
    load_default_catalogue()
    items = {item.title: item for item in db.session.scalars(select(FeedbackItem))}
    assert _as_shipped(items["Dark mode"]) and _as_shipped(items["Billing portal"])
    rename_item(items["Dark mode"], "Dark theme")
    update_item(items["Billing portal"], "Billing portal", [*items["Billing portal"].aliases, "pay online"],
                items["Billing portal"].product_area, "new", "")
    set_status(items["Audit log"], "under_review")
    assert not any(_as_shipped(item) for item in (items["Dark mode"], items["Billing portal"], items["Audit log"]))
    assert not _as_shipped(create_item("Kanban board"))


def test_a_catalogue_item_loaded_without_an_alias_another_item_held_is_as_shipped(ctx):
    create_item("Night theme", ["night mode"])  # a product manager's item, made before the catalogue was loaded
    load_default_catalogue()
    dark = db.session.scalar(select(FeedbackItem).where(FeedbackItem.title == "Dark mode"))
    assert "night mode" not in [alias.lower() for alias in dark.aliases] and "dark theme" in dark.aliases
    assert _as_shipped(dark)
    update_item(dark, "Dark mode", [*dark.aliases, "lights out"], dark.product_area, "new", "")
    assert not _as_shipped(dark)


def test_voc_feedback_regroup_reports_what_it_did(runner, app):
    with app.app_context():
        split_asks()
    result = runner.invoke(args=["voc", "feedback", "regroup"])
    assert result.exit_code == 0, result.output
    assert "7 asks regrouped by meaning: 2 moved, 0 new items, 1 emptied items removed." in result.stdout


def test_a_product_manager_regroups_from_the_roadmap_page_as_a_job(login, app):
    from vocapp.tasks.app import in_process

    with app.app_context():
        _, sync, connector, dark = split_asks()
        sync_id, dark_id = sync.id, dark.id
    client = login("product")
    page = client.get("/insights/feedback").get_data(as_text=True)
    assert "Regroup asks by meaning" in page
    client.post("/insights/feedback/regroup")
    in_process(app).drain()
    page = client.get("/insights/feedback").get_data(as_text=True)
    assert "Regrouping of the asks by meaning" in page and "7 asks regrouped by meaning: 2 moved" in page
    with app.app_context():
        assert where(JIRA) == {sync_id} and where(DARK) == {dark_id}


def test_only_feedback_managers_regroup(login, app):
    client = login("interviewer")
    assert client.post("/insights/feedback/regroup").status_code == 403


def test_voc_analyze_regroup_analyses_then_gathers_one_request_worded_many_ways(runner, app):
    from vocapp.models import Response, Survey

    with app.app_context():
        survey = Survey(kind="nps", name="Q4", status="open")
        for n, comment in enumerate(JIRA + DARK):
            account = add_account(f"A-{n}", f"Account {n}", 10_000)
            db.session.add(Response(survey=survey, account=account, score=7, comment=comment,
                                    submitted_at=datetime(2026, 10, n + 1)))
        db.session.commit()
    result = runner.invoke(args=["voc", "analyze", "--regroup"])
    assert result.exit_code == 0, result.output
    assert "asks regrouped by meaning" in result.stdout
    with app.app_context():
        jira, dark = where(JIRA), where(DARK)
        assert len(jira) == 1 and len(dark) == 1 and jira != dark
        assert db.session.get(FeedbackItem, jira.pop()).title == "Jira integration"


def test_the_nightly_schedule_starts_a_regrouping_job(app, ctx):
    from vocapp.models import Job
    from vocapp.tasks.app import in_process
    from vocapp.tasks.schedule import schedule_regrouping

    _, sync, _, dark = split_asks()
    assert schedule_regrouping.apply().get() == 1
    in_process(app).drain()
    db.session.expire_all()
    job = db.session.scalar(select(Job).where(Job.kind == "regrouping"))
    assert job.state == "succeeded" and job.user_id is None and job.done == job.total == 2 * 7
    assert job.outcome == "7 asks regrouped by meaning: 2 moved, 0 new items, 1 emptied items removed."
    assert where(JIRA) == {sync.id}


def test_a_decision_made_while_the_pass_was_reading_stays(ctx, monkeypatch):
    from sqlalchemy import update

    import vocapp.insights.regrouping as regrouping

    accounts, sync, connector, dark = split_asks()
    moving = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote == JIRA[1]))
    original = regrouping.regroup

    def slow_regroup(*args, **options):
        placed = original(*args, **options)
        # meanwhile, in another request, a product manager confirms the Atlassian ask where it is
        with db.engine.begin() as other:
            other.execute(update(FeedbackMention).where(FeedbackMention.id == moving.id)
                          .values(origin="staff", review="confirmed"))
        return placed

    monkeypatch.setattr(regrouping, "regroup", slow_regroup)
    summary = regroup_items()
    db.session.expire_all()
    assert summary.moved == 1  # "push tickets into our Jira board" still moves; the confirmed ask does not
    assert where([JIRA[1]]) == {connector.id} and where([JIRA[3]]) == {sync.id}


def test_encodings_are_kept_so_a_later_pass_reads_only_new_asks(ctx, monkeypatch):
    from sqlalchemy import func

    from analysis import encoder
    from vocapp.models import AskEncoding

    accounts, sync, connector, dark = split_asks()
    regroup_items()
    texts = set(JIRA + DARK) | set(ASKED.values()) - {ASKED[SSO]}
    assert db.session.scalar(select(func.count()).select_from(AskEncoding)) == len(texts)
    encoder._cache.clear()  # a new process: only the database remembers
    encoded = []
    real = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda found, **options: encoded.extend(found) or real(found, **options))
    mention(dark, accounts[0], SSO, day=9)
    db.session.commit()
    summary = regroup_items()
    assert sorted(encoded) == sorted({SSO, ASKED[SSO]}) and summary.asks == 8


def test_a_new_item_takes_no_area_from_the_named_item_its_asks_left(ctx):
    """The asks sat in a named item they do not mean: the item opened for them is not in that item's area. The
    item the analysis opened for the Jira asks keeps them, and its area."""
    account = add_account("A-1", "Acme", 10_000)
    access = create_item("Record-level access rules", product_area="identity_access")
    misc = opened("Misc")
    misc.product_area = "customisation"
    for quote in DARK:
        mention(access, account, quote)
    for quote in JIRA:
        mention(misc, account, quote)
    db.session.commit()
    regroup_items()
    areas = {item.title: item.product_area for item in db.session.scalars(select(FeedbackItem))}
    assert areas["Record-level access rules"] == "identity_access"
    assert areas["Dark mode"] is None
    assert areas["Jira integration"] == "customisation"


def test_an_ask_the_analysis_doubts_still_waits_for_review_after_the_pass_moves_it(ctx):
    accounts, sync, connector, dark = split_asks()
    doubted = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote == JIRA[3]))
    plain = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote == JIRA[1]))
    doubted.ask_certainty, plain.ask_certainty = 0.4, 0.95
    db.session.commit()
    regroup_items()
    assert doubted.item_id == plain.item_id == sync.id, "both moved to the Jira item"
    assert doubted.review == "pending", "however sure the move, the ask itself is in doubt"
    assert plain.review == ("pending" if plain.confidence < 0.7 else None)


def test_two_asks_of_one_comment_sentence_part_in_the_store(ctx):
    both = "Please make it work offline, and sync stock with our Shopify store."
    asked = [(both, "work offline", 1), (both, "sync stock with our Shopify store", 1),
             ("Would love an offline mode for when the wifi drops.", "an offline mode", 2),
             ("The till must keep ringing up sales when it drops.", "keep ringing up sales when it drops", 3),
             ("Shopify inventory sync, please.", "Shopify inventory sync", 4),
             ("We'd love the stock to sync with our Shopify site.", "stock to sync with our Shopify site", 5)]
    held = opened("Offline mode")  # the linker left all six in one item
    for number, (quote, words, source) in enumerate(asked):
        account = add_account(f"S-{number}", f"Shop {number}", 5_000)
        db.session.add(FeedbackMention(item_id=held.id, account_id=account.id, source_type="response",
                                       source_id=source, quote=quote, request_text=words,
                                       mentioned_at=datetime(2026, 10, 1 + number), origin="analysis",
                                       confidence=1.0))
    db.session.commit()
    regroup_items()
    item_of = {m.request_text: m.item_id for m in db.session.scalars(select(FeedbackMention))}
    assert item_of["work offline"] == item_of["an offline mode"] == item_of["keep ringing up sales when it drops"]
    assert item_of["sync stock with our Shopify store"] == item_of["Shopify inventory sync"] \
        == item_of["stock to sync with our Shopify site"]
    assert item_of["work offline"] != item_of["sync stock with our Shopify store"]


def test_an_ask_that_opened_its_item_says_why_it_stays_once_others_joined_it(ctx):
    """The first dark-mode ask opened the item alone ("a new item: no item was close enough"); once the pass
    gathers the other dark-mode asks into it, that reason is no longer true: the ask says which asks it is like."""
    accounts = [add_account(f"A-{n}", f"Account {n}", 10_000) for n in range(4)]
    dark, theme = opened("Dark mode"), opened("Darker theme")
    first = mention(dark, accounts[0], DARK[0], link_reason="a new item: no item was close enough")
    mention(theme, accounts[1], DARK[1], link_reason="a new item: no item was close enough")
    mention(dark, accounts[2], DARK[2], link_reason="an earlier ask 'Dark mode' (same words: dark, mode)")
    alone = mention(opened("SSO"), accounts[3], SSO, link_reason="a new item: no item was close enough")
    db.session.commit()
    regroup_items()
    assert first.item_id == dark.id and where(DARK) == {dark.id}
    assert first.link_reason.startswith("similar in meaning to 2 other asks"), first.link_reason
    assert 0 < first.confidence <= 1 and first.review == review_state(first.confidence >= CONFIDENT)
    assert alone.link_reason == "a new item: no item was close enough", "an ask still alone keeps its reason"


def test_an_interviews_asks_are_read_as_told_and_a_comments_as_written(ctx):
    account = add_account("T-1", "Told Ltd", 5_000)
    held = opened("Dark mode")
    for number, source_type in enumerate(("interview", "response", "note")):
        db.session.add(FeedbackMention(item_id=held.id, account_id=account.id, source_type=source_type,
                                       source_id=number, quote=DARK[number], request_text=ASKED[DARK[number]],
                                       mentioned_at=datetime(2026, 10, 1 + number), origin="analysis",
                                       confidence=1.0))
    db.session.commit()
    _roots, _mentions, asks, *_ = _inputs()
    assert {ask.text: ask.told for ask in asks} == {"Dark mode": True, "A darker theme": False, "a dark mode": False}

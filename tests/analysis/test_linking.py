"""Linking an ask to the roadmap item it means: by name and alias, by lemma and stem, by the product lexicon,
by word meaning; the confidence and the reason travel with the link; new items get a noun-phrase title."""
import pytest

from analysis import Analyzer
from analysis.linking import LINK_THRESHOLD, Linker, terms
from analysis.titles import item_title, reads_as_noun_phrase
from analysis.vectors import md_pipeline

ITEMS = [
    (1, "Jira integration", ["Atlassian connector"], []),
    (2, "Microsoft 365 calendar sync", [], []),
    (3, "Dark mode", [], []),
    (4, "Route optimisation", [], []),
    (5, "Single sign-on", [], []),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ITEMS)


def ask_of(text):
    return Analyzer(sentiment_model=None).analyze(text).requests[0]


def test_an_alias_links_with_full_confidence_and_says_which(linker):
    link = linker.link("Atlassian connector")
    assert link.item_id == 1 and link.confidence == 1.0
    assert "alias 'Atlassian connector'" in link.reason and not link.needs_review


def test_lemmas_and_stems_meet_whatever_the_wording(linker):
    assert linker.link("integrating with Jira").item_id == 1
    assert linker.link("optimized routes").item_id == 4
    assert linker.link("a route optimiser").item_id == 4


def test_a_doing_and_its_noun_meet_where_porter_parts_them():
    """Porter stems "reconcile" "reconcil" but "reconciliation" "reconcili", "notify" "notifi" but "notification"
    "notif" (1.48: the final "i" goes); plurals still meet."""
    linker = Linker([(1, "Commission reconciliation", [], []), (2, "Carrier policy download", [], []),
                     (3, "Verification of licences", [], [])])
    assert linker.link("reconcile against carrier statements").item_id == 1
    assert linker.link("verify the licences").item_id == 3
    assert terms("policies").words.keys() == terms("policy").words.keys()
    assert terms("analysis").words.keys() == terms("analyse").words.keys()


def test_the_lexicon_folds_abbreviations_and_vendor_names(linker):
    assert terms("O365").words.keys() == terms("Microsoft 365").words.keys()
    link = linker.link("sync with my O365 calendar")
    assert link.item_id == 2 and "microsoft" in link.reason
    assert linker.link("SSO").item_id == 5
    assert linker.link("login through Okta").item_id == 5
    assert linker.link("SAML").item_id == 5


@pytest.mark.parametrize("ask", ["sign in with Microsoft", "Entra ID login", "log in with our Google accounts"])
def test_signing_in_through_an_identity_provider_is_single_sign_on(linker, ask):
    assert linker.link(ask).item_id == 5


def test_signing_in_is_no_feature_without_a_provider(linker):
    assert linker.link("the login page is slow").item_id != 5


def test_word_meaning_links_words_no_rule_lists():
    linker = Linker([(1, "Spanish language support", [], [])])
    link = linker.link("Portuguese language")
    assert link.item_id == 1 and "similar meaning: portuguese ~ spanish" in link.reason


def test_meaning_alone_is_weaker_than_a_shared_word():
    linker = Linker([(1, "Spanish translation", [], [])])
    assert linker.link("a Portuguese version").confidence < linker.link("Spanish version").confidence


def test_a_hyphened_word_whose_part_names_nothing_counts_whole():
    assert {"in-app", "inbox"} <= {word for word, _ in terms("in-app inbox").words.values()}
    linker = Linker([(1, "In-app notifications", ["in-app inbox"], []), (2, "Read-only seats", [], [])])
    shared = linker.link("Shared inbox")  # it meets the alias on "inbox" alone: a product manager decides
    assert shared.item_id == 1 and shared.needs_review
    assert linker.link("an inbox inside the app").item_id == 1
    assert not linker.link("in-app inbox").needs_review
    assert linker.link("read only seats for managers").item_id == 2  # written apart, it still meets


def test_nothing_close_enough_opens_a_new_item(linker):
    link = linker.link("invoice templates in our own colours")
    assert link.item_id is None and link.confidence < LINK_THRESHOLD


def test_the_sentence_around_the_ask_can_name_it_at_a_discount(linker):
    direct = linker.link("the golf course has no signal")
    assert direct.item_id is None
    around = linker.link("the golf course has no signal", "dark mode pls, the golf course has no signal")
    assert around.item_id == 3 and around.reason.startswith("the sentence around the ask")
    assert around.confidence < 1.0


def test_the_sentence_names_an_item_a_person_created_better_than_the_ask_alone():
    linker = Linker([(1, "Jira integration", [], []), (2, "Slack integration", [], [])])
    sentence = "We live in Jira all day, so a two-way sync would save us hours"
    alone = linker.link("two-way sync")
    link = linker.link("two-way sync", sentence)
    assert link.item_id == 1 and link.confidence > alone.confidence
    assert link.reason.startswith("the sentence around the ask: the name 'Jira integration'")


def test_an_item_named_for_a_product_links_only_asks_that_name_it():
    linker = Linker([(1, "SAP integration", ["SAP ERP integration"], []), (2, "Outlook calendar integration", [], []),
                     (3, "Jira sync", [], [])])
    assert linker.link("ERP integration").item_id is None  # it shares "ERP integration" with the alias, not SAP
    assert linker.link("SAP S/4HANA connector").item_id == 1
    assert linker.link("Google calendar sync").item_id != 2 and linker.link("O365 calendar sync").item_id == 2
    assert linker.link("a two-way sync").item_id is None and linker.link("two-way JIRA sync").item_id == 3
    assert linker.link("that sync", "We live in Jira all day, so that sync would save hours").item_id == 3


def test_a_linked_ask_becomes_a_wording_of_its_item():
    linker = Linker()
    linker.add("new", "Gantt chart", (), ("Gantt chart",), named=False)
    assert linker.link("timeline view").item_id is None
    linker.learn("new", "Gantt timeline view")
    assert linker.link("timeline view").item_id == "new"


def test_an_item_the_analysis_opened_links_by_its_asks_not_its_title():
    linker = Linker()
    linker.add(7, "Work order", (), ("custom fields on work orders",), named=False)
    assert linker.link("work order export").item_id is None or linker.link("work order export").confidence < 0.7


@pytest.mark.parametrize("text, title", [
    ("Please integrate with Jira.", "Jira integration"),
    ("We'd use it daily if it talked to Asana.", "Asana integration"),
    ("It would be great to have a dark mode.", "Dark mode"),
    ("Please add custom fields for sign dimensions.", "Custom fields"),
    ("Dark mode pls 🙏", "Dark mode"),  # the ask's words are the emoji: the title comes from the sentence
    ("We need batch picking before Christmas.", "Batch picking"),  # a gerund after what it is done to
    ("Please add recurring invoices.", "Recurring invoices"),  # a participle that names the kind
    ("Give us scheduled exports to S3.", "Scheduled exports"),
    ("we need sso with okta", "SSO"),  # product words as the catalogue writes them
    ("Please add a netsuite sync.", "NetSuite sync"),
    ("Custom reports please.", "Custom reports"),  # the tagger reads "reports" there as a verb
    ("Recurring invoices!", "Recurring invoices"),  # alone, the parser makes "Recurring" a compound verb
    ("Tracking numbers on every shipment!", "Tracking numbers"),  # the parser makes "Tracking" a noun alone
    ("Our parents want a parent app with push notifications.", "Parent app"),  # "app" heads what is named
    ("We need a mobile app for the drivers.", "Mobile app"),
    ("We need an app for the dock team, they don't carry laptops.", "Dock app"),  # whom the app is for
    ("There is no app for the field team.", "Field app"),
    ("Would love an app for patients to see their appointments.", "Patient app"),
    ("Any chance of an app for android?", "Android app"),
    ("Can we see timesheets in the app for the pour crews?", "Timesheets"),  # the app is where, not what
    ("Any news on the Android app coming?", "Android app"),  # the app comes: "coming" is no practice
    ("We need route planning for the vans.", "Route planning"),  # a practice done to routes
    ("Please make it work in crawlspaces without signal.", "Offline mode"),  # not the signal, nor the crawlspace
    ("We need it to keep working when our vans lose connection.", "Offline mode"),
    ("We need the app to work without signal.", "Offline mode"),
    ("Offline would help.", "Offline mode"),
    ("Please add offline sync with Salesforce.", "Salesforce integration"),  # the product named is the thing
    # the clause after "when" says when, not what: not "Text coffee ships"
    ("Our subscribers want a text when their coffee ships and when a limited roast drops.", "Text"),
    # an adjective alone is no title when the cleaning left out what it says which kind of: not "Optimal support"
    ("optimal send time pls", "Optimal send time"),
    ("Is predictive send time on the roadmap?", "Predictive send time"),
    ("Please add a pen tool for the tile layouts.", "Pen tool"),
])
def test_a_new_item_is_titled_by_the_thing_asked_for(text, title):
    assert item_title(ask_of(text)) == title


def test_a_title_that_names_the_signal_names_working_offline():
    """"Signal" or "Wifi" is what customers lack, not what they ask for; a "connection" alone may be one to
    another product ("the connection to Xero is missing"), so only its lack names working offline."""
    assert item_title("Signal") == item_title("wifi") == "Offline mode"
    assert item_title("Connection") == "Connection"
    assert item_title("Offline stock counts") == "Offline stock counts"


def test_a_title_read_alone_keeps_its_plural_head():
    """The store retitles an opened item from its wordings alone: "Custom reports" must not become "Custom"."""
    assert item_title("Custom reports") == "Custom reports"
    assert item_title("Slack alerts") == "Slack alerts"


@pytest.mark.parametrize("title", ["Jira integration", "Single sign-on", "Flaky tests", "Recurring invoices",
                                   "Booking form", "Batch picking", "In-app redlining and negotiation",
                                   "SCIM user provisioning", "Terraform provider", "Dark mode", "API"])
def test_names_of_things_read_as_noun_phrases(title):
    assert reads_as_noun_phrase(title, md_pipeline())


@pytest.mark.parametrize("title", ["Days when we travel", "Possible", "Export all our matters", "Check",
                                   "Needs to work offline", "Fix the sync", "Integrate with Jira",
                                   "Venuely to the faculty event teams", "BC on the list", "Talked to Asana",
                                   "Android app coming"])
def test_the_words_around_an_ask_do_not_read_as_noun_phrases(title):
    assert not reads_as_noun_phrase(title, md_pipeline())


def test_asks_without_cue_words_are_found():
    analyzer = Analyzer(sentiment_model=None)
    for text in ["Kanban board!!!", "Love it. Dark mode.", "we'd use it daily if it talked to Asana",
                 "No Kanban view means we still track work on a whiteboard", "QuickBooks Online next?",
                 "A real route optimiser would cut our mileage by a third."]:
        assert analyzer.analyze(text).requests, text


def test_complaints_that_ask_for_nothing_are_not_requests():
    analyzer = Analyzer(sentiment_model=None)
    for text in ["The app crashed twice today.", "Support takes days to answer.", "No problems so far.",
                 "Great support team.", "Plant operators are often in pump stations with no mobile signal.",
                 "We need to train our techs better."]:
        assert analyzer.analyze(text).requests == [], text


def test_two_asks_in_one_sentence_are_two_requests():
    requests = Analyzer(sentiment_model=None).analyze(
        "Your product had no route optimisation across depots and no EU hosting.").requests
    assert len(requests) == 2


def test_an_item_opened_by_one_ask_is_looked_at_again_against_items_opened_after_it():
    linker = Linker()
    linker.add("first", "Night theme", (), ("a night theme",), named=False)
    linker.add("later", "Dark mode", (), ("dark mode", "dark mode or a night theme"), named=False)
    link = linker.second_look("first")
    assert link.item_id == "later" and "night" in link.reason
    assert "first" in linker.items  # looking again changes nothing by itself
    assert linker.second_look("later").item_id is None  # an item with several asks stays


def test_a_word_many_items_share_says_less_than_one_of_a_single_item():
    linker = Linker([(1, "Ticket tags", [], []), (2, "Ticket merging", [], []), (3, "Ticket templates", [], []),
                     (4, "Skill routing", [], [])])
    assert linker.spread("ticket") < 0.5 and linker.spread("rout") == 1.0
    ask = "route each ticket to the agent with the skill"
    link, alone = linker.link(ask), Linker([(4, "Skill routing", [], [])]).link(ask)
    assert link.item_id == alone.item_id == 4
    assert link.confidence > alone.confidence + 0.03  # "ticket", which three items share, counts less against it


def test_an_item_keeps_at_most_its_first_wordings():
    from analysis.linking import WORDINGS_PER_ITEM
    linker = Linker([(1, "Dark mode", [], [])])
    for n in range(WORDINGS_PER_ITEM + 5):
        linker.learn(1, f"dark theme number {n}")
    assert len(linker.items[1].wordings) == WORDINGS_PER_ITEM


@pytest.mark.parametrize("ask, item", [
    ("Wir brauchen eine Jira-Schnittstelle.", 1),           # Schnittstelle: integration
    ("Il nous manque le mode sombre.", 3),                   # mode sombre: dark mode
    ("Nos gustaría la optimización de rutas.", 4),           # an English stem in Spanish spelling
    ("Nous avons besoin de l'authentification unique.", 5),  # authentification unique: single sign-on
])
def test_an_ask_in_another_language_links_to_the_english_item(linker, ask, item):
    request = ask_of(ask)
    assert request.rule.startswith("other language")
    assert linker.link(request.subject).item_id == item


def test_other_languages_function_words_link_nothing():
    assert set(terms("Hébergement des données dans l'UE").words) == set(terms("hosting data eu").words)


def test_a_name_no_lexicon_knows_is_kept_as_written():
    """The lemmatizer read "datev" as a form of "date", and "DATEV integration" met "Due date reminders"."""
    assert "datev" in {word for word, _ in terms("DATEV integration").words.values()}
    linker = Linker([(1, "Due date reminders", [], [])])
    assert linker.link("DATEV integration").item_id is None

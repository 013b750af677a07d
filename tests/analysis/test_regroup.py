"""The regrouping pass (analysis.regroup): asks worded many ways meet by meaning, not by shared words; the items
a person named draw the asks that mean them; what a person decided never moves."""
import math

import numpy as np

from analysis import encoder
from analysis.catalogue import feature_kinds, product_of
from analysis import regroup as regrouping
from analysis.regroup import _join_by_name, _join_by_product, _names_said, _name_words, Ask, Item, regroup
from analysis.titles import group_title

JIRA = [("a two-way sync", "We live in Jira all day, so a two-way sync would save us hours."),
        ("an Atlassian connector", "Please build an Atlassian connector."),
        ("integrate with Jira", "It would be great if you could integrate with Jira."),
        ("push tickets into our Jira board", "Can it push tickets into our Jira board?")]
DARK = [("dark mode", "Dark mode please, the white screen hurts at night."),
        ("a darker theme", "A darker theme for the night shift would be welcome.")]
EXPORT = [("export to Excel", "We need to export reports to Excel for the board pack."),
          ("a CSV download", "A CSV download of the report would save copying numbers by hand.")]
SSO = [("SSO", "SSO please."), ("SAML", "Our security review needs SAML before the renewal."),
       ("Okta", "Top wish: Okta."),
       ("log in with their Microsoft accounts", "It would be great if staff could log in with their Microsoft accounts."),
       ("Entra ID login", "Entra ID login for our 90 site staff would help a lot."),
       ("single sign-on", "Single sign-on is overdue.")]


def asks(groups, item_of=lambda n: None):
    out = []
    for words, sentence in groups:
        out.append(Ask(len(out), words, sentence, item_of(len(out))))
    return out


def grouping(placements):
    by_group = {}
    for place in placements:
        by_group.setdefault(place.group, set()).add(place.key)
    return sorted(sorted(g) for g in by_group.values())


def test_the_encoder_gives_the_reference_models_similarities():
    # the figures sentence-transformers publishes for all-MiniLM-L6-v2 on these three sentences
    vectors = encoder.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    similarity = vectors @ vectors.T
    assert np.allclose([similarity[0, 1], similarity[0, 2], similarity[1, 2]], [0.6660, 0.1046, 0.1411], atol=2e-3)


def test_the_encoder_reads_meaning_not_words():
    vectors = encoder.encode(["Jira integration", "a two-way sync with Atlassian's tracker", "dark mode",
                              "a darker colour theme"])
    assert vectors.shape == (4, encoder.DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2] + 0.1 and similarity[2, 3] > similarity[2, 1] + 0.1
    # the same text encodes the same wherever it sits in a batch (padding must not leak into the mean)
    encoder._cache.clear()
    alone = encoder.encode(["dark mode"])[0]
    assert np.allclose(alone, vectors[2], atol=1e-5)


def test_one_request_worded_many_ways_becomes_one_group_and_others_stay_apart():
    placed = regroup(asks(JIRA + DARK + EXPORT), [])
    assert grouping(placed) == [[0, 1, 2, 3], [4, 5], [6, 7]]
    assert all(p.item is None for p in placed)  # no item held them: each group is a new item
    jira = next(p for p in placed if p.key == 1)
    assert "3 other asks" in jira.reason and 0 < jira.confidence <= 1


def test_asks_join_the_item_a_person_named_and_named_items_never_join_each_other():
    items = [Item("jira", ["Jira integration"]), Item("slack", ["Slack integration"]), Item("dark", ["Dark mode"])]
    placed = regroup(asks(JIRA + DARK), items)
    where = {p.key: p.item for p in placed}
    assert [where[k] for k in range(4)] == ["jira"] * 4
    assert [where[k] for k in (4, 5)] == ["dark"] * 2
    assert "the item's name" in next(p for p in placed if p.key == 0).reason


def test_a_group_keeps_the_item_that_held_most_of_it_and_decided_asks_stay():
    # the linker split the Jira asks over two opened items (7 holds two, 8 one) and put one in the dark mode item
    held = {0: 7, 1: 8, 2: 7, 3: 9, 4: 9, 5: 9}
    found = asks(JIRA + DARK, held.get)
    found[5].fixed = True  # a person confirmed "a darker theme" in item 9
    placed = regroup(found, [Item(7), Item(8), Item(9)])
    where = {p.key: p.item for p in placed}
    assert 5 not in where  # what a person decided is not the pass's to place
    assert [where[k] for k in range(4)] == [7, 7, 7, 7]
    assert where[4] == 9  # joins the item of the confirmed ask it means


def test_every_word_for_one_feature_meets_in_one_group():
    # the encoder alone splits these three ways ("SSO" + "Okta", "SAML" + "single sign-on", the two Microsoft logins)
    placed = regroup(asks(SSO + DARK + EXPORT + JIRA), [])
    assert grouping(placed) == [[0, 1, 2, 3, 4, 5], [6, 7], [8, 9], [10, 11, 12, 13]]
    named = regroup(asks(SSO + DARK), [Item("sso", ["Single sign-on"]), Item("dark", ["Dark mode"])])
    assert {p.key: p.item for p in named} == {**{k: "sso" for k in range(6)}, 6: "dark", 7: "dark"}


def test_a_group_joins_a_feature_only_when_most_of_its_asks_name_it():
    jira = list(JIRA)
    jira[0] = ("a two-way sync", "We live in Jira all day, and with SSO done, a two-way sync is next.")  # in passing
    placed = regroup(asks(SSO[:3] + jira), [])
    assert grouping(placed) == [[0, 1, 2], [3, 4, 5, 6]]


def test_an_ask_like_no_other_is_a_group_of_its_own():
    placed = regroup(asks(DARK + [("SAML single sign-on", "We can't roll it out without SAML single sign-on.")]), [])
    alone = next(p for p in placed if p.key == 2)
    assert alone.confidence == 1.0 and "of its own" in alone.reason
    assert grouping(placed) == [[0, 1], [2]]


def test_a_group_is_titled_by_what_most_of_its_asks_name():
    title = group_title([("integrate with Jira", "Please integrate with Jira.", 0.6),
                         ("a Jira integration", "A Jira integration would help.", 0.7),
                         ("two-way sync", "We live in Jira, so a two-way sync would help.", 0.9)])
    assert title == "Jira integration"


def test_a_group_most_of_whose_asks_ask_for_an_api_is_titled_api_not_by_the_data_it_would_carry():
    title = group_title([("API", "API please.", 0.6), ("API", "Is there an API we can use?", 0.5),
                         ("plus an API", "That plus an API would make it an easier sell.", 0.5),
                         ("actual API", "Also: their rival has an actual API.", 0.4),
                         ("stats out programmatically", "We need to get the stats out programmatically.", 0.9),
                         ("programmatic access to the stats", "Our BI team asked for programmatic access to the stats.",
                          0.8)])
    assert title == "API"


def test_a_slash_inside_a_word_keeps_the_word_whole_in_a_title():
    group = [("A/B testing", "A/B testing would be great.", 0.9),
             ("A/B tests on subject lines", "We need A/B tests on subject lines.", 0.8),
             ("A/B testing for whole designs", "Please add A/B testing for whole designs.", 0.7)]
    assert group_title(group) == "A/B testing"  # not "B testing": its "A" is no article


def test_a_day_names_no_item():
    group = [("Every Monday", "Every Monday.", 0.9),
             ("Online ordering for our pub accounts", "Online ordering for our pub accounts.", 0.8),
             ("11pm on a Sunday", "Bars want to reorder at 11pm on a Sunday.", 0.7)]
    assert group_title(group) == "Online ordering"


def test_the_system_names_no_item():
    group = [("system", "Please put that in the system so the whole front desk can see it.", 0.9),
             ("Imaging integration with Dexis", "Imaging integration with Dexis please.", 0.8)]
    assert group_title(group) == "Dexis integration"


def test_a_group_is_titled_by_the_thing_most_of_its_asks_speak_of():
    group = [("clock in on the phone", "Let staff clock in on the phone.", 0.9),
             ("phones", "Our crews only have phones.", 0.8),
             ("clock", "They need to clock in from the job site.", 0.7),
             ("geofenced clock in", "We want a geofenced clock in for each site.", 0.6),
             ("Mobile punch clock", "A mobile punch clock would fix it.", 0.5)]
    title = group_title(group)
    assert "clock" in title.lower() and title != "Clock", title  # two asks give "Phones"; three speak of clocks


def test_a_group_is_titled_by_what_to_build_not_by_what_hurts():
    group = [("Forecasting gap versus Salesforce", "Forecasting gap versus Salesforce noted.", 0.9),
             ("Forecasting gap versus Zoho CRM", "Forecasting gap versus Zoho CRM noted.", 0.8),
             ("forecast scenarios", "If you add forecast scenarios, I'll be your biggest fan.", 0.6),
             ("Scenario planning", "I wish it had scenario planning.", 0.5)]
    assert group_title(group) in {"Forecast scenarios", "Scenario planning"}


def test_between_titles_as_well_supported_the_sentences_around_the_asks_choose():
    group = [("Best and worst case views", "Forecasting is the weak spot, I'd love best and worst case views.", 1.0),
             ("Forecasting gap versus Salesforce", "Forecasting gap versus Salesforce noted (scenario planning).", 1.0),
             ("Forecasting gap versus Salesforce", "Forecasting gap versus Salesforce noted (scenario planning).", 1.0),
             ("Scenario planning", "I wish it had scenario planning.", 1.0)]
    assert group_title(group) == "Scenario planning"
    assert "case views" in group_title(group[:1] + group[3:])  # one ask each, no sentence for either: the first


def test_a_group_is_titled_in_english_when_one_of_its_asks_is():
    group = [("français svp", "Pouvez-vous mettre l'application en français svp, nos équipes sont au Québec.", 1.0),
             ("l'interface en français", "Il nous faut l'interface en français pour nos équipes.", 1.0),
             ("French UI", "We need a French UI for the Quebec crews.", 1.0)]
    assert group_title(group) == "French UI"


def test_a_title_word_is_supported_by_its_inflections_not_by_longer_words():
    group = [("dark mode", "Dark mode please.", 1.0),
             ("a 3D model viewer", "We need a 3D model viewer on site.", 1.0),
             ("open the IFC model", "Let us open the IFC model in the app.", 1.0),
             ("view the Revit model", "Can we view the Revit model on a tablet?", 1.0)]
    assert "model" in group_title(group).lower()


def test_the_products_own_name_is_no_title():
    group = [("Ticketwell", "We moved off because Ticketwell never added WhatsApp.", 0.9),
             ("Ticketwell", "Ticketwell is the one tool without WhatsApp.", 0.8),
             ("WhatsApp channel", "A WhatsApp channel in the inbox, please.", 0.5)]
    assert group_title(group) == "Ticketwell"
    assert group_title(group, own_names=["Ticketwell"]) == "WhatsApp channel"


def test_texts_encoded_before_are_not_encoded_again_and_progress_counts_every_text():
    encoder._cache.clear()
    told = []
    first = encoder.encode(["an audit log", "an audit log", "SSO"], progress=told.append)
    assert sum(told) == 3 and np.allclose(first[0], first[1])
    calls = []
    model = encoder._model()
    forward = model.forward
    model.forward = lambda ids, mask: calls.append(len(ids)) or forward(ids, mask)
    try:
        again = encoder.encode(["SSO", "webhooks"], progress=told.append)
    finally:
        model.forward = forward
    assert calls == [1]  # only "webhooks" was new
    assert np.allclose(again[0], first[2]) and sum(told) == 5


TERRITORY = [("Territory management", "We need proper territory management and quota tracking."),
             ("Territory rules for our regions", "Territory rules for our regions would help the sales managers."),
             ("territory management", "Without territory management our reps step on each other's deals."),
             ("sales territories", "Please let us define sales territories by postcode."),
             ("territory assignment", "Automatic territory assignment for new leads, please."),
             ("territories", "Our regional managers want territories they own.")]


def test_a_request_no_item_names_stays_a_request_of_its_own_however_near_a_name_is():
    # "territory" is near "Australian": one ask alone may join the item, six that agree with each other do not
    items = [Item("au", ["Australian data residency", "Australian hosting", "AU data centre"]),
             Item("rls", ["Record-level access rules", "row-level security", "team-based visibility"])]
    placed = regroup(asks(TERRITORY), items)
    assert {p.item for p in placed} == {None} and grouping(placed) == [[0, 1, 2, 3, 4, 5]]
    assert all(p.confidence >= 0.7 for p in placed)


def test_an_ask_joining_a_named_item_is_as_sure_as_it_is_close_to_the_items_names():
    # one ask alone joins the nearest name, but not surely: it waits in the triage list for a product manager
    backups = [("keep backups in the country", "Our auditors want backups kept in the country.")]
    placed = regroup(asks(backups), [Item("au", ["Australian data residency"])])
    assert placed[0].item == "au" and placed[0].confidence < 0.7
    assert placed[0].reason.startswith("similar in meaning to the item's name (0.")


def test_the_words_an_ask_shares_with_a_name_draw_it_to_that_item_only():
    names = ["Dynamic ad insertion", "Chapter markers", "Listener analytics"]
    bonus = _name_words(asks([("dynamic insertion by geography", "Sponsors want dynamic insertion by geography."),
                              ("auto transcripts", "Auto transcripts, please.")]), names)
    assert bonus[0, 0] > 0.05 and bonus[0, 1] == bonus[0, 2] == 0.0  # "dynamic", "insertion" are the item's
    assert not bonus[1].any()
    assert bonus[0, 0] <= regrouping.NAME_WORDS


def test_a_links_confidence_is_the_encoders_whatever_words_the_ask_shares_with_the_name(monkeypatch):
    items = [Item("dai", ["Dynamic ad insertion"]), Item("chapters", ["Chapter markers"])]
    placed = {}
    for weight in (0.0, regrouping.NAME_WORDS):
        monkeypatch.setattr(regrouping, "NAME_WORDS", weight)
        placed[weight] = regroup(asks([("insertion of ads by region",
                                        "Could we get insertion of ads by region for the local sponsors?")]), items)[0]
    assert placed[0.0].item == placed[regrouping.NAME_WORDS].item == "dai"
    # below the triage line either way: the shared words alone do not make a link sure
    assert placed[0.0].confidence == placed[regrouping.NAME_WORDS].confidence < 0.7


def test_the_names_of_catalogue_items_nobody_touched_lend_no_words(monkeypatch):
    seen = []
    real = regrouping._name_words
    monkeypatch.setattr(regrouping, "_name_words", lambda asks, names: seen.append(names) or real(asks, names))
    regroup(asks([("a mobile app", "A mobile app for the crews, please.")]),
            [Item("app", ["Mobile app"], True), Item("ours", ["Crew app"])])
    assert seen == [[None, "Crew app"]]  # "app" is in most asks: the catalogue's generic names would take them


def test_the_products_own_name_draws_no_asks_together():
    """Asks name the product ("a pipeline from Ticketwell to Snowflake"): its name is taken out before encoding,
    and an ask that is only the name is read by its sentence."""
    named = [("Ticketwell", "We moved to another help desk because Ticketwell never added WhatsApp."),
             ("pipeline from Ticketwell to Snowflake", "A proper pipeline from Ticketwell to Snowflake, please."),
             ("Ticketwell", "Ticketwell is the odd one out with its own password, we need SSO.")]
    seen = []

    def encode(texts, progress=None):
        seen.extend(texts)
        return encoder.encode(texts, progress=progress)

    placed = regroup(asks(named), [], encode=encode, own_names=["Ticketwell"])
    assert grouping(placed) == [[0], [1], [2]]
    assert seen and not any("ticketwell" in text.lower() for text in seen)
    assert "We moved to another help desk because  never added WhatsApp." in seen


SIGNING = {  # six requests to an e-signature product, each worded four ways, all speaking of signing
    "sms": [("SMS verification", "Signers should get an SMS code before they can open the document to sign."),
            ("a one-time code by text", "A one-time code by text message before signing would satisfy our auditors."),
            ("phone verification of signers", "We need phone verification of signers, email alone is not enough."),
            ("two-factor check for signers", "Please add a two-factor check for signers on high-value contracts.")],
    "pay": [("collect payment at signing", "Let clients pay the deposit right when they sign the agreement."),
            ("card payment in the signing flow", "A card payment step in the signing flow would save us invoicing."),
            ("take the fee on signature", "We want to take the setup fee on signature, not chase it later."),
            ("Stripe checkout after signing", "Stripe checkout straight after signing would be ideal.")],
    "offline": [("offline signing", "Our field agents need offline signing, there is no signal on farms."),
                ("sign without internet", "Customers should be able to sign without internet and sync later."),
                ("works with no connection", "The app has to work with no connection when drivers deliver."),
                ("offline mode on the tablet", "An offline mode on the tablet for signatures at the door.")],
    "bulk": [("bulk send", "Bulk send the same agreement to 300 employees at once."),
             ("send one document to many signers", "We need to send one document to many signers in one go."),
             ("mass sending of contracts", "Mass sending of contracts to all our contractors each January."),
             ("a CSV of recipients", "Upload a CSV of recipients and send each their own copy to sign.")],
    "reminders": [("automatic reminders", "Automatic reminders to people who have not signed yet."),
                  ("nudge signers", "Nudge signers every three days until they sign."),
                  ("follow-up emails to signers", "Follow-up emails to signers who ignore the first one."),
                  ("reminder schedule", "A reminder schedule per envelope so we stop chasing by phone.")],
    "templates": [("reusable templates", "Reusable templates with signature fields already placed."),
                  ("save a document as a template", "Let us save a document as a template with the fields set."),
                  ("template library", "A shared template library for the whole team."),
                  ("pre-placed signature fields", "Pre-placed signature fields on our standard NDA.")],
}


def test_the_meaning_every_ask_shares_is_taken_out_between_asks():
    from analysis.regroup import JOIN, _between_asks, ask_points, ask_texts
    pairs = [pair for wordings in SIGNING.values() for pair in wordings]
    request = np.repeat(np.arange(len(SIGNING)), 4)
    sentences, own_words = ask_texts(asks(pairs))
    vectors = encoder.encode(sentences + own_words)
    points = ask_points(vectors[:len(pairs)], vectors[len(pairs):])
    same = (request[:, None] == request[None, :]) & ~np.eye(len(pairs), dtype=bool)
    other = request[:, None] != request[None, :]

    def gap(similarity):
        return similarity[same].mean() - similarity[other].mean()

    plain, centred = points @ points.T, _between_asks(points)
    # every ask speaks of signing: plainly, two different requests are as alike as the line that joins them
    assert plain[other].mean() > JOIN
    # with the shared meaning out, they fall below it, and one request's wordings stand further from the rest
    assert centred[other].mean() < JOIN
    assert gap(centred) > gap(plain) + 0.03
    assert np.allclose(np.diag(centred), 1.0) and centred.max() <= 1.0


INBOX = [("a shared inbox for the support team", "A shared inbox for the support team inside the product."),
         ("shared inbox with assignment rules", "They needed a shared inbox with assignment rules."),
         ("a shared inbox", "We need a shared inbox for the support team, not another pipeline.")]
TEAMS = [("post deal alerts in Teams", "Post deal alerts in Teams so the reps see them."),
         ("an MS Teams bot", "An MS Teams bot for approvals would be handy.")]


def test_an_item_named_for_a_product_takes_only_asks_that_name_it():
    """"support team" is near "Microsoft Teams" in meaning; "Google calendars" near "Outlook calendar"."""
    items = [Item("teams", ["Microsoft Teams integration", "Teams app", "Teams notifications"]),
             Item("outlook", ["Outlook calendar integration"])]
    calendar = [("sync with our Google calendars", "Please sync with our Google calendars.")]
    placed = {p.key: p for p in regroup(asks(INBOX + TEAMS + calendar), items)}
    assert [placed[k].item for k in (3, 4)] == ["teams", "teams"]
    assert {placed[k].item for k in (0, 1, 2, 5)} == {None}
    assert len({placed[k].group for k in (0, 1, 2)}) == 1  # the shared inbox is a request of its own


def test_an_ask_names_a_product_by_any_of_the_catalogues_names_for_it_or_in_its_sentence():
    items = [Item("jira", ["Jira integration"]), Item("sap", ["SAP integration"])]
    placed = {p.key: p.item for p in regroup(asks(
        [("an Atlassian connector", "Please build an Atlassian connector."),
         ("a connector", "We live in Jira all day; a connector would save hours."),
         ("ERP integration", "No native ERP integration, so we left.")]), items)}
    assert placed[0] == placed[1] == "jira" and placed[2] is None


def test_a_default_catalogue_item_nobody_touched_takes_only_asks_as_close_to_it_as_to_each_other():
    """Most of the default catalogue is not what this product's customers ask for: asks for payment receipts are
    near "Billing portal" (0.31), which a person's item would take, and no more."""
    receipts = asks([("receipts for payments", "Receipts for payments would help."),
                     ("payment receipts by email", "Payment receipts by email, please."),
                     ("a receipt for every rent payment", "Tenants want a receipt for every rent payment.")])
    portal = ["Billing portal", "self-service billing", "download invoices", "invoice history", "billing page"]
    named = regroup(receipts, [Item("portal", portal), Item("dark", ["Dark mode"])])
    assert {p.item for p in named} == {"portal"}
    suggested = regroup(receipts, [Item("portal", portal, suggested=True),
                                   Item("dark", ["Dark mode"], suggested=True)])
    assert {p.item for p in suggested} == {None} and len({p.group for p in suggested}) == 1
    assert {p.item for p in regroup(asks(DARK), [Item("dark", ["Dark mode"], suggested=True)])} == {"dark"}


def test_a_group_joins_an_item_named_for_a_product_only_when_most_of_its_asks_name_it():
    """"Forecasting gap versus Salesforce" and "best and worst case views" are one request, not a Salesforce
    integration: one ask of two naming the product is not most."""
    from analysis.regroup import _average_linkage
    similarity = np.array([[1.0, 0.9, 0.5], [0.9, 1.0, 0.5], [0.5, 0.5, 1.0]])  # two asks, then the item's name
    groups = [[2], [0], [1]]
    assert _average_linkage(similarity, similarity, groups, 1, np.array([[1.0, 0.0]])) == [[2], [0, 1]]
    assert _average_linkage(similarity, similarity, groups, 1, np.array([[1.0, 1.0]])) == [[2, 0, 1]]
    assert _average_linkage(similarity, similarity, groups, 1) == [[2, 0, 1]]  # an item named for no product


def _two_requests(size: int, within: float, between: float) -> np.ndarray:
    """Two requests of `size` asks each: asks of one request `within` alike, of the two `between`."""
    similarity = np.full((2 * size, 2 * size), between)
    similarity[:size, :size] = similarity[size:, size:] = within
    np.fill_diagonal(similarity, 1.0)
    return similarity


def test_two_large_groups_much_closer_within_than_between_stay_two_requests():
    """Sixteen asks for macOS runners and fifteen for a mobile app ("build our iOS app", "approve from my phone")
    were mean-alike above JOIN and became one item: two groups of SEPARATE_MIN asks or more join only when they
    are at least SEPARATE as close to each other as the less close one is within itself. Small groups, large ones
    nearly as close between as within, and groups of interviews' asks still join."""
    from analysis.regroup import JOIN, SEPARATE, SEPARATE_MIN, _average_linkage
    size = SEPARATE_MIN
    between = JOIN + 0.02
    apart = _two_requests(size, within=between / SEPARATE + 0.05, between=between)
    singles = [[i] for i in range(2 * size)]
    assert sorted(map(sorted, _average_linkage(apart, apart, singles, 0))) == \
        [list(range(size)), list(range(size, 2 * size))]
    close = _two_requests(size, within=between / SEPARATE - 0.05, between=between)
    assert len(_average_linkage(close, close, singles, 0)) == 1
    small = _two_requests(size - 1, within=between / SEPARATE + 0.05, between=between)
    assert len(_average_linkage(small, small, [[i] for i in range(2 * size - 2)], 0)) == 1
    # an interview tells each ask inside a story: its asks for one request lie as far apart as two requests'
    told = [True] * (2 * size)
    assert len(_average_linkage(apart, apart, singles, 0, told=told)) == 1
    # one wording written again by many customers ("Sync with Salesforce" seven times) is one wording: it says
    # nothing of how far a group spreads
    repeated = _two_requests(size, within=1.0, between=between / SEPARATE - 0.05)
    assert len(_average_linkage(repeated, repeated, singles, 0)) == 1


def test_a_large_group_much_closer_within_than_to_a_named_item_stays_a_request_of_its_own():
    """With half the requests named, nineteen asks for a NetSuite sync joined the named "Power BI connector", the
    nearest name: a group of SEPARATE_MIN asks or more joins a named item only when it is at least SEPARATE as close
    to it as it is within itself. A group close enough, a smaller group, and interviews' asks still join."""
    from analysis.regroup import JOIN_NAMED, SEPARATE, SEPARATE_MIN, _average_linkage
    members = 3  # the item's name and two asks it holds

    def request_and_item(size: int, within: float, between: float) -> np.ndarray:
        """`size` free asks, then the members of a named item; each side `within` alike."""
        similarity = np.full((size + members, size + members), between)
        similarity[:size, :size] = similarity[size:, size:] = within
        np.fill_diagonal(similarity, 1.0)
        return similarity

    between = JOIN_NAMED + 0.04
    size = SEPARATE_MIN
    item = list(range(size, size + members))
    apart = request_and_item(size, within=between / SEPARATE + 0.05, between=between)
    groups = [item] + [[i] for i in range(size)]
    assert sorted(map(sorted, _average_linkage(apart, apart, groups, 1))) == [list(range(size)), item]
    close = request_and_item(size, within=between / SEPARATE - 0.05, between=between)
    assert _average_linkage(close, close, groups, 1) == [item + list(range(size))]
    small = request_and_item(size - 1, within=between / SEPARATE + 0.05, between=between)
    small_item = list(range(size - 1, size - 1 + members))
    assert len(_average_linkage(small, small, [small_item] + [[i] for i in range(size - 1)], 1)) == 1
    assert len(_average_linkage(apart, apart, groups, 1, told=[True] * size)) == 1


def test_a_large_group_of_interview_asks_that_never_says_a_named_items_words_stays_a_request_of_its_own():
    """With half the requests named, fifteen interview notes of a "Xero link" joined the named "Online client
    payments": told asks lie far apart for one request too, so closeness cannot hold them apart, but none of them
    says a word of the name. A group of TOLD_LARGE told asks joins a named item only when SAYS_NAME of them say one
    of its words; one fewer ask, or a group of comments, joins by closeness as before."""
    from analysis.regroup import JOIN_NAMED, SAYS_NAME, TOLD_LARGE, _average_linkage
    members = 3  # the item's name and two asks it holds

    def linked(size: int, saying: int, told: bool) -> list[list[int]]:
        similarity = np.full((size + members, size + members), JOIN_NAMED + 0.04)
        similarity[:size, :size] = similarity[size:, size:] = 0.4  # close enough for comments to join by closeness
        np.fill_diagonal(similarity, 1.0)
        says_name = np.zeros((1, size + members), dtype=np.float32)
        says_name[0, :saying] = 1.0
        groups = [list(range(size, size + members))] + [[i] for i in range(size)]
        return _average_linkage(similarity, similarity, groups, 1, told=[told] * size, says_name=says_name)

    saying_enough = math.ceil(SAYS_NAME * TOLD_LARGE)
    assert len(linked(TOLD_LARGE, 0, told=True)) == 2  # the item, and the request of its own
    assert len(linked(TOLD_LARGE, saying_enough - 1, told=True)) == 2
    assert len(linked(TOLD_LARGE, saying_enough, told=True)) == 1
    assert len(linked(TOLD_LARGE - 1, 0, told=True)) == 1
    assert len(linked(TOLD_LARGE, 0, told=False)) == 1


def test_the_asks_saying_a_named_items_words_are_read_from_its_names_alone():
    """`_saying_names`: an ask says a fixed item's words when it shares a word with one of its names; an item the
    analysis opened (no names) and an untouched catalogue item are said by every ask: the guard leaves them be."""
    from analysis.regroup import _saying_names
    words = np.array([[0.1, 0.0, 0.0], [0.0, 0.0, 0.2], [0.0, 0.0, 0.0]], dtype=np.float32)  # 3 asks, 3 names
    says = _saying_names(words, [0, 0, 1], ["payments", "catalogue", "opened"], {"catalogue"})
    assert says.tolist() == [[1.0, 0.0, 0.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]
    says = _saying_names(words, [0, 0, 1], ["payments", "sso", "opened"], set())
    assert says.tolist() == [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]


def test_a_group_most_of_whose_asks_name_a_product_joins_the_item_named_for_it():
    """After the grouping by meaning: a group of free asks most of which name a product goes to the one item named
    for it ("Our order data lives in NetSuite" means the NetSuite integration); half is not most, and a group
    naming two items' products stays apart."""
    texts = ["Order data lives in NetSuite", "our order data lives in NetSuite", "Order history from the ERP",
             "Forecasting gap versus Salesforce", "Scenario planning",
             "Google Calendar sync", "our Google Drive files"]
    fixed_names = [["NetSuite integration", "NetSuite connector"], ["Salesforce integration"],
                   ["Google Calendar integration"], ["Google Drive integration"], []]
    groups = [[7], [8], [9], [10], [], [0, 1, 2], [3, 4], [5, 6]]  # five fixed groups, then three of free asks
    products = [product_of(names[0]) if names else None for names in fixed_names]
    joined = _join_by_product(groups, asks([(text, text) for text in texts]), products)
    assert joined[0] == [7, 0, 1, 2]
    assert joined[5:] == [[3, 4], [5, 6]] and joined[1:4] == [[8], [9], [10]]


def test_a_group_most_of_whose_asks_say_an_items_name_joins_it_even_from_the_catalogue():
    """An untouched catalogue item takes asks only when they are as close to it as to each other, but asks that
    say one of its names word for word ("viewer licence", an alias of "Read-only seats") mean it, and are sure of
    it. Most of the group must say it; a name of one word ("seats") is not enough, and a phrase two items share
    names neither."""
    readonly = Item("seats", ["Read-only seats", "read-only licence", "viewer licence", "view-only access"], True)
    pool = asks([("a viewer licence", "Give us a viewer licence and I'd add twenty people back."),
                 ("a cheaper read-only seat for managers", "A cheaper read-only seat for managers and finance."),
                 ("read-only seat", "Read-only seat request."),
                 ("dark mode", "Dark mode please, the white screen hurts at night.")])
    placed = {p.key: p for p in regroup(pool, [readonly, Item("dark", ["Dark mode"], True)])}
    assert [placed[k].item for k in range(4)] == ["seats", "seats", "seats", "dark"]
    assert placed[0].confidence == 1.0 and placed[0].reason == "says “viewer licence”, one of the item's names"

    texts = ["Viewer licences for finance", "more seats", "seats for contractors", "view-only access", "Dark mode"]
    said = _names_said(asks([(text, text) for text in texts]),
                       [["Read-only seats", "viewer licence", "view-only access"], ["Seats"],
                        ["Guest access", "view-only access"]])
    assert said == [(0, "viewer licences"), None, None, None, None]
    # three fixed groups (5, 6, 7 stand for their names), then free asks: half is not most
    assert _join_by_name([[5], [6], [7], [0, 1], [1, 2], [3], [4]], said, 3) == \
        [[5], [6], [7], [0, 1], [1, 2], [3], [4]]
    assert _join_by_name([[5], [6], [7], [0], [1, 2], [3]], said, 3) == [[5, 0], [6], [7], [1, 2], [3]]


def test_asks_that_name_different_features_stay_apart_however_alike_they_read(monkeypatch):
    """The encoder reads two-factor login, single sign-on and a Salesforce sync as alike (all are about signing
    in, or share a sentence); the lexicon knows them as three requests."""
    two_factor = [("2FA", "2FA for the admin accounts, please."),
                  ("MFA", "Our insurer now requires MFA on every login."),
                  ("two-step login", "Two-step login for managers would calm our auditors.")]
    sso = [("SSO", "SSO please."), ("Okta login", "Okta login is what IT keeps asking about."),
           ("single sign-on", "Single sign-on for the login would help.")]
    salesforce = [("Salesforce sync", "A Salesforce sync and Okta login, please."),
                  ("synced with Salesforce", "We'd use it for all of sales if it synced with Salesforce."),
                  ("SFDC", "SFDC please.")]
    pool = asks(two_factor + sso + salesforce)
    assert feature_kinds("two-step login") == {"Two-factor authentication"}
    assert feature_kinds("SFDC") == {"a product"}
    assert feature_kinds("a Salesforce app or SSO login") == {"a product", "SAML single sign-on"}
    assert grouping(regroup(pool, [])) == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    # a group that names two things, or none, is kept apart from nothing
    assert not regrouping._apart(["a Salesforce app or SSO login", "SSO", "an audit log"]).any()
    monkeypatch.setattr(regrouping, "_apart", lambda texts: np.zeros((len(texts), len(texts)), bool))
    assert [0, 1, 2, 3, 4, 5, 6] in grouping(regroup(pool, []))


def test_two_asks_of_one_sentence_are_read_by_their_own_words_and_part(monkeypatch):
    both = "Please make it work offline, and sync stock with our Shopify store."
    pool = [Ask(0, "work offline", both, source=1), Ask(1, "sync stock with our Shopify store", both, source=1),
            Ask(2, "an offline mode", "Would love an offline mode for when the wifi drops.", source=2),
            Ask(3, "keep ringing up sales when it drops", "The till must keep ringing up sales when it drops.",
                source=3),
            Ask(4, "Shopify inventory sync", "Shopify inventory sync, please.", source=4),
            Ask(5, "stock to sync with our Shopify site", "We'd love the stock to sync with our Shopify site.",
                source=5)]
    assert list(regrouping.sharing(pool)) == [True, True, False, False, False, False]
    groups = grouping(regroup(pool, []))
    assert [0, 2, 3] in groups and [1, 4, 5] in groups
    # read by the sentence they share, as every other ask is, the two stay together
    monkeypatch.setattr(regrouping, "SHARED_SENTENCE", regrouping.SENTENCE)
    assert any({0, 1} <= set(group) for group in grouping(regroup(pool, [])))


def test_asks_share_a_sentence_only_within_one_source():
    sentence = "SSO and an API, please."
    assert list(regrouping.sharing([Ask(0, "SSO", sentence, source="c1"), Ask(1, "an API", sentence, source="c2"),
                                    Ask(2, "SSO", sentence), Ask(3, "an API", sentence)])) == [False] * 4


def test_an_ask_an_interview_told_is_read_more_by_its_own_words_than_a_comments_ask():
    # the sentence and the ask's own words, read as two directions: how far each point leans to the own words
    sentence, own = np.array([[1.0, 0.0]], dtype=np.float32), np.array([[0.0, 1.0]], dtype=np.float32)
    said, told, shared = (regrouping.ask_points(sentence, own, [shared], [told])[0]
                          for shared, told in ((False, False), (False, True), (True, True)))
    assert said[0] > said[1] and said[1] < told[1] < shared[1]
    assert np.allclose(regrouping.ask_points(sentence, own)[0], said)  # a comment's ask, as before

"""Where a sentence lists after an ask: further asks, or more words of the same ask."""
import pytest

from analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def asks(analyzer, text):
    return [request.text for request in analyzer.analyze(text).requests]


@pytest.mark.parametrize("text, asked", [
    ("We'd like one login for all our sites, via Azure AD.", ["Login for all our sites"]),
    ("We'd love a shared calendar for the whole team, including the part-timers.", ["Shared calendar"]),
    # the same list with "and" and a thing of its own is two asks
    ("We'd like one login for all our sites, and Slack alerts.", ["Login for all our sites", "Slack alerts"]),
])
def test_what_follows_an_ask_with_a_preposition_tells_more_of_it(analyzer, text, asked):
    assert asks(analyzer, text) == asked


@pytest.mark.parametrize("text", [
    "Tenants should be able to book repairs and change their slot without emailing us.",
    "Customers should be able to pay online without phoning us.",
])
def test_without_doing_something_is_how_the_ask_should_go_not_a_lack(analyzer, text):
    assert len(asks(analyzer, text)) == 1


def test_without_a_thing_is_still_a_lack(analyzer):
    assert asks(analyzer, "We left because there was no audit logging.") == ["Audit logging"]


def test_a_list_that_goes_on_to_what_should_happen_to_it_is_one_ask(analyzer):
    assert asks(analyzer, "Would be great to have invoices, credit notes and statements synced to Xero.") == [
        "Invoices, credit notes and statements synced to Xero"]


def test_a_list_of_things_is_an_ask_per_thing_to_its_last(analyzer):
    assert asks(analyzer, "We need SSO, SCIM and audit logs.") == ["SSO", "SCIM", "Audit logs"]
    # "and" alone, with no list before it, still joins one thing's words
    assert len(asks(analyzer, "We need pipeline reports by region and segment.")) == 1


@pytest.mark.parametrize("text, asked", [
    ("Would love dark mode and SSO.", ["Dark mode", "SSO"]),  # two features the catalogue names
    ("We need a mobile app and SSO.", ["Mobile app", "SSO"]),  # an app, then a feature
    ("We need 2FA and webhooks.", ["2FA", "Webhooks"]),  # a lower-case word no lexicon has, that names a feature
    ("We need SSO, SCIM and webhooks.", ["SSO", "SCIM", "Webhooks"]),
    ("We need offline mode and SSO.", ["Offline mode", "SSO"]),  # a feature's acronym after any ask
    ("Need custom roles and MFA.", ["Custom roles", "MFA"]),
])
def test_an_and_between_two_features_is_between_two_asks(analyzer, text, asked):
    assert asks(analyzer, text) == asked


@pytest.mark.parametrize("text, subject", [
    ("We need SSO and SCIM.", "SSO and SCIM"),
    ("We need SAML SSO and SCIM provisioning for our security team.", "SAML SSO and SCIM provisioning"),
    ("Can you add GBP and USD?", "GBP and USD"),
])
def test_an_and_between_two_acronyms_joins_them_in_one_ask(analyzer, text, subject):
    assert [request.subject for request in analyzer.analyze(text).requests] == [subject]


@pytest.mark.parametrize("text, asked", [
    ("We need drag and drop.", ["Drag and drop"]),
    ("Please add roles and permissions.", ["Roles and permissions"]),
    ("We need copy and paste of rows.", ["Copy and paste of rows"]),
])
def test_two_words_an_and_makes_one_thing_of_stay_one_ask(analyzer, text, asked):
    assert asks(analyzer, text) == asked


def test_a_name_after_a_comma_at_the_end_names_the_ask_again(analyzer):
    assert asks(analyzer, "We'd really like an HR integration, BambooHR.") == ["HR integration"]
    assert asks(analyzer, "We'd really like an HR integration, and BambooHR.") == ["HR integration", "BambooHR"]
    # what is not a name is not read as one
    assert "Scheduled exports to Snowflake" in asks(analyzer, "Please, for the love of god, scheduled exports to "
                                                              "Snowflake.")


def test_a_listed_thing_is_read_as_a_thing_whatever_the_lexicon_tags_its_words(analyzer):
    # the lexicon's most frequent tag of "push" is a verb's and of "alerts" a verb's third person
    assert asks(analyzer, "We need SSO, push notifications and Slack alerts.") == [
        "SSO", "Push notifications", "Slack alerts"]
    # after a comma alone, a word like "asks" is what someone does
    assert asks(analyzer, "Please add dark mode, customer 3 asks.") == ["Dark mode"]


def test_no_rush_is_no_lack(analyzer):
    assert asks(analyzer, "A dark mode would be nice someday, no rush.") == ["Dark mode"]


def test_a_list_announced_after_a_longer_head_is_an_ask_per_item(analyzer):
    assert asks(analyzer, "Wishlist from the head of IT at our Leeds office, in order: Okta single sign-on, an API "
                          "for our data warehouse, and a Polish interface.") == [
        "Okta single sign-on", "API for our data warehouse", "Polish interface"]


def test_numbered_items_are_an_ask_each(analyzer):
    assert asks(analyzer, "Wishlist from our finance lead: 1) budget alerts 2) supplier portal 3) UK hosting.") == [
        "Budget alerts", "Supplier portal", "UK hosting"]


def test_a_listed_item_keeps_what_should_happen_to_it(analyzer):
    assert asks(analyzer, "Finance wants two things: a consolidated report for all sites, and invoices posted into "
                          "Sage automatically.")[1] == "Invoices posted into Sage"


def test_a_list_goes_on_after_the_please_that_ends_an_ask(analyzer):
    assert asks(analyzer, "Dutch for our drivers please, and data in Europe.") == ["Dutch for our drivers",
                                                                                  "Data in Europe"]


@pytest.mark.parametrize("text, asked", [
    ("When an order ships I'd like a Slack ping, and an API so our newsletter can pull the orders.",
     ["Slack ping", "API"]),
    ("We need SSO, EU hosting and shift scheduling.", ["SSO", "EU hosting", "Shift scheduling"]),
])
def test_capitals_and_doings_name_listed_things(analyzer, text, asked):
    assert asks(analyzer, text) == asked


def test_names_after_an_asks_preposition_are_its_objects(analyzer):
    assert asks(analyzer, "We need separate price lists in EUR, GBP and CHF.") == ["Separate price lists in EUR"]


def test_a_list_after_deciding_factors_were_is_an_ask_per_item(analyzer):
    assert asks(analyzer, "The deciding factors were shift templates, a payroll export and Okta login; Rotaly had "
                          "none of the three.") == ["Shift templates", "Payroll export", "Okta login"]


def test_lacks_named_one_after_another_are_an_ask_each(analyzer):
    assert asks(analyzer, "No SSO, no API.") == ["SSO", "API"]
    assert asks(analyzer, "Exit survey: no audit log, no API, everything by hand.")[:2] == ["Audit log", "API"]


def test_no_blocker_lacks_nothing(analyzer):
    assert asks(analyzer, "The team liked you, and I had no blocker I couldn't live with.") == []


@pytest.mark.parametrize("text, asked", [
    ("Wishlist from our CFO: multi-currency invoicing.", ["Multi-currency invoicing"]),
    ("My wish list for next year: a proper booking engine.", ["Booking engine"]),
])
def test_one_item_after_a_head_is_the_ask_not_the_head(analyzer, text, asked):
    assert asks(analyzer, text) == asked


def test_one_item_after_a_head_leaves_the_asks_the_rules_found_after_it(analyzer):
    assert asks(analyzer, "Two things hold us back: there is no API, so we copy numbers by hand.") == ["API"]


def test_what_a_bracket_lists_tells_what_the_ask_before_it_holds(analyzer):
    assert asks(analyzer, "Two asks from the service team: a claims log per client (claim number, date of loss, "
                          "adjuster, status) and a self-serve certificate page for clients.") == [
        "Claims log per client", "Self-serve certificate page for clients"]
    assert asks(analyzer, "Wishlist: SSO (Okta), an API and dark mode.") == ["SSO", "API", "Dark mode"]


@pytest.mark.parametrize("text, asked", [
    ("Outlook support please, and a proper API while you're at it, and dark mode!", ["Outlook", "API", "Dark mode"]),
    ("We need SSO, an API if you can, and dark mode.", ["SSO", "API", "Dark mode"]),
])
def test_an_aside_beside_a_listed_ask_does_not_end_the_list(analyzer, text, asked):
    assert asks(analyzer, text) == asked


@pytest.mark.parametrize("text, subject", [
    ("We need pipeline by region and segment.", "pipeline by region and segment"),  # asked for "pipeline by region"
    ("Would be great to see margin per site and month.", "margin per site and month"),
])
def test_two_ways_of_breaking_one_figure_down_stay_in_one_ask(analyzer, text, subject):
    assert [request.subject for request in analyzer.analyze(text).requests] == [subject]


def test_a_name_after_a_breakdown_is_not_one_of_its_ways(analyzer):
    assert asks(analyzer, "We need reports by branch and SSO.")[0] == "Reports by branch"


@pytest.mark.parametrize("text, asked", [
    ("Our biggest gap next to Rivalco is purchase orders.", ["Purchase orders"]),
    ("For us the gaps are route planning and proof of delivery.", ["Route planning", "Proof of delivery"]),
    ("Single biggest gap: offline mode.", ["Offline mode"]),
    # a colon after "the gaps are obvious" announces the list
    ("For a group our size the gaps are obvious: no roll-up reporting and no audit trail.",
     ["Roll-up reporting", "Audit trail"]),
])
def test_what_the_writer_says_their_gap_is_is_the_ask(analyzer, text, asked):
    assert asks(analyzer, text) == asked


@pytest.mark.parametrize("text", [
    "The gaps were the issue, not the people.",
    "That gap costs us a full-time person.",
    "Onboarding staff by hand is a security gap.",
    "The one gap was support, which took days to answer.",
])
def test_a_gap_that_names_no_thing_to_build_asks_for_nothing(analyzer, text):
    assert asks(analyzer, text) == []

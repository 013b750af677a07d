"""What a request asks for, when the ask comes before the cue, and descriptions that are not asks."""
import pytest

from analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def subjects(analyzer, text) -> list[str]:
    return [request.subject for request in analyzer.analyze(text).requests]


@pytest.mark.parametrize("text, asked", [
    ("Integrating with Salesforce would save us hours every week.", "Integrating with Salesforce"),
    ("A dark mode would be great for the night shift.", "Dark mode"),
    ("It would be great if there were customer health scores.", "Customer health scores"),
])
def test_the_subject_before_would_be_nice_is_what_is_asked(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


@pytest.mark.parametrize("text, asked", [
    ("Drag and drop would be ideal.", "Drag and drop"),  # one thing named with "and"
    ("Honestly, drag and drop scheduling would be great.", "Drag and drop scheduling"),
    ("SSO and SCIM would be ideal.", "SSO and SCIM"),  # both asked, neither lost
    ("SharePoint sync for drawings and specs, please.", "SharePoint sync for drawings and specs"),
    # a longer phrase before the "and" is an ask of its own, not a part of this one
    ("So SSO with Azure AD and jobs in their Outlook calendars would make it seamless.",
     "Jobs in their Outlook calendars"),
    # what comes before the "and" is a clause, a judgement or a description: the ask is after it
    ("We love it and dark mode would be nice.", "Dark mode"),
    ("Great support and an API would be nice.", "API"),
    ("Fast, reliable and a Zapier hook would be great.", "Zapier hook"),
    # how often is not part of what is asked
    ("We'd use an OEE dashboard every single day.", "OEE dashboard"),
    ("A daily digest every morning.", "Daily digest"),
    ("We need an OEE dashboard every single day.", "OEE dashboard"),  # after a cue as after none
    ("I would love a summary email each week.", "Summary email"),
    # a product's name the lexicon also knows as a verb ("to excel", "to zoom") is the first word of the ask
    ("We need Excel export of the pipeline report.", "Excel export of the pipeline report"),
    ("Missing Zoom integration.", "Zoom integration"),
    ("No Excel export, which hurts.", "Excel export"),
    ("We need Teams integration.", "Teams integration"),  # a name the word lists hold as filler ("team")
    ("Our staff want Teams reminders.", "Teams reminders"),
    ("No Teams integration was one more reason to move.", "Teams integration"),  # a learned ask's words too
    # the app a word names is what is asked, after a cue as in a list
    ("We need a driver app.", "Driver app"),
    ("Please add a branded app.", "Branded app"),
    ("We need a scheduling tool.", "Scheduling tool"),
    # an app asked for with no thing beside it keeps the words that say which app
    ("A mobile app would help.", "Mobile app"),
    ("Customers keep asking for a mobile app.", "Mobile app"),
    ("A native mobile app would help.", "Native mobile app"),
    ("A proper app would be great.", "App"),
])
def test_what_is_asked_is_named_whole(analyzer, text, asked):
    """A thing named with "and" before the cue stays whole; how often it is wanted is not part of it."""
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


@pytest.mark.parametrize("text", ["It's fine for what we need today.", "It has everything we need."])
def test_what_we_need_describes_rather_than_asks(analyzer, text):
    assert analyzer.analyze(text).requests == []


@pytest.mark.parametrize("text, asked", [
    ("Please add a cheap read-only seat for managers and finance.", "Cheap read-only seat for managers"),
    ("Can we get user-defined fields?", "User-defined fields"),
    ("Read-only SQL access??", "Read-only SQL access"),
    ("Multi-currency is overdue.", "Multi-currency"),
    # a first or last part that is a filler word alone ("two", "a", "on") stays with its word
    ("Can you add two-factor login?", "Two-factor login"),
    ("Please add two-step verification.", "Two-step verification"),
    ("We need two-way sync with Xero.", "Two-way sync with Xero"),
    ("We would love A/B testing for subject lines.", "A/B testing for subject lines"),
    ("We need SAML single sign-on.", "SAML single sign-on"),
    ("An add-on for Outlook would be great.", "Add-on for Outlook"),
])
def test_a_hyphenated_word_stays_whole_in_what_is_asked(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


@pytest.mark.parametrize("text, asked", [
    ("We need two things: SSO and audit logs.", ["SSO", "Audit logs"]),
    ("We need SSO - soon.", ["SSO"]),
])
def test_a_filler_word_apart_from_its_neighbours_is_still_left_out(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == asked


@pytest.mark.parametrize("text, subject", [
    ("We need alerts.", "alerts"),
    ("We need alerts when stock is low.", "alerts when stock is low"),
    ("Users need alerts for overdue invoices.", "alerts for overdue invoices"),
])
def test_a_plural_the_word_lists_know_as_a_verb_is_what_is_needed(analyzer, text, subject):
    """After "need", "alerts" can only be a noun: it was read as a verb, and the ask was what came after it
    ("stock is low"), or nothing."""
    assert subjects(analyzer, text) == [subject]


@pytest.mark.parametrize("text, subject", [
    ("We need single sign on.", "single sign on"),   # was "single sign"
    ("single sign on!!", "single sign on"),          # the learned layer's run too
    ("Wishlist: single sign on, dark mode", "single sign on"),
])
def test_a_compound_written_without_its_hyphen_keeps_its_particle(analyzer, text, subject):
    assert subjects(analyzer, text)[0] == subject


@pytest.mark.parametrize("text, subject", [
    ("We need reporting by region.", "reporting by region"),   # the word lists' most frequent tag is a verb's
    ("We need hosting in US and UK.", "hosting in US and UK"),  # was "UK"
    ("I want reporting on churn by segment.", "reporting on churn by segment"),
    ("No tracking of mileage.", "tracking of mileage"),
    ("We need reporting so the board can see churn.", "reporting"),  # was "board can see churn"
])
def test_a_gerund_the_cue_takes_is_the_doing_asked_for(analyzer, text, subject):
    assert subjects(analyzer, text) == [subject]


@pytest.mark.parametrize("text, subject", [
    ("We need reports for the field team.", "reports for the field team"),
    ("Word add-in for our legal team please, like the other vendors have.", "Word add-in for our legal team"),
    ("optimal send time pls", "optimal send time"),
    ("We need candidates to pick their own interview time.", "candidates to pick their own interview time"),
])
def test_a_team_or_a_time_after_a_word_that_says_which_ends_what_is_asked(analyzer, text, subject):
    """"team" and "time" are filler words, trimmed from the end of an ask; after a word that says which team or
    time ("the field team", "send time") they are part of it."""
    assert subjects(analyzer, text) == [subject]


@pytest.mark.parametrize("text, subject", [
    ("Still no Snowflake connector for getting data out.", "Snowflake connector for getting data out"),
    ("Offer a cheaper seat for people who only look things up.", "cheaper seat for people who only look things up"),
])
def test_the_word_that_completes_a_verb_ends_what_is_asked(analyzer, text, subject):
    """"out" and "up" are filler words at the end of an ask, but not where they complete its verb."""
    assert subjects(analyzer, text) == [subject]


def test_a_comment_that_ends_on_a_filler_word_without_a_full_stop_is_read_to_its_end(analyzer):
    text = "a short notice cancellation list that texts patients automatically, that's the thing we'd use most"
    assert [request.text for request in analyzer.analyze(text).requests] == ["Short notice cancellation list"]


def test_words_that_only_describe_run_on_past_and(analyzer):
    text = "Forecasting is the weak spot, I'd love best and worst case views."
    assert [request.text for request in analyzer.analyze(text).requests] == ["Best and worst case views"]


@pytest.mark.parametrize("text", ["But I couldn't defend the difference.",
                                  "I can't explain the price to our board."])
def test_what_a_person_cannot_do_is_not_an_ask(analyzer, text):
    assert analyzer.analyze(text).requests == []


@pytest.mark.parametrize("text", ["Sehr gut.", "Sehr zufrieden, die Pipeline-Ansicht ist genau richtig.",
                                  "Muy bueno."])
def test_praise_in_another_language_is_not_an_ask(analyzer, text):
    assert analyzer.analyze(text).requests == []


@pytest.mark.parametrize("text", ["Für uns wäre eine deutsche Oberfläche wichtig, also a German interface.",
                                  "Für uns wichtig: Hosting in der EU.", "SSO!!", "Jira?"])
def test_an_ask_in_another_language_or_a_bare_name_still_stands(analyzer, text):
    assert len(analyzer.analyze(text).requests) == 1


def test_reads_as_english():
    from analysis.requests import reads_as_english
    assert reads_as_english("Please add EU hosting".split())
    assert reads_as_english("eu hosting pls".split())
    assert not reads_as_english("Sehr gut".split())
    assert not reads_as_english("Tercera vez que pedimos informes en español".split())


@pytest.mark.parametrize("text", [
    "Great call.\n\nA cheaper read-only seat for managers and finance.",
    "Notes from the call.\n\nWe need a NetSuite integration that someone else maintains."])
def test_an_ask_opening_a_paragraph_starts_at_its_first_word(analyzer, text):
    (request,) = analyzer.analyze(text).requests
    assert request.subject == request.subject.strip() and request.subject[0].isalpha()
    assert "\n" not in request.rule
    assert text[request.start_char:].startswith(request.sentence)


@pytest.mark.parametrize("text, asked", [
    ("Three asks from the COO: Okta SSO, a Spanish portal and offline mode.",
     ["Okta SSO", "Spanish portal", "offline mode"]),
    ("Her must-haves for renewal: Xero sync (they moved off Sage), SSO and EU hosting.",
     ["Xero sync", "SSO", "EU hosting"]),
    ("Wishlist: Teams cards for approvals, and push alerts when a job waits on me.",
     ["Teams cards for approvals", "push alerts"]),
    # the list is the sentence's asks: its head asks nothing ("things for the next quarter")
    ("Two things for the next quarter please: Okta login and a shared team calendar.",
     ["Okta login", "shared team calendar"]),
    # a clause keeps its "and", a bracket does not; a hyphen is no dash
    ("Two things for IT: SAML single sign-on with Entra, and SCIM so accounts are created and removed at once.",
     ["SAML single sign-on with Entra", "SCIM"]),
    ("Two asks: sign in with Google accounts (they're on Workspace) and cheaper seats for interns.",
     ["sign in with Google accounts", "cheaper seats for interns"]),
    # a past participle before its noun starts an item, and an app stays in it
    ("Requirement from procurement: EU hosting and a signed DPA.", ["EU hosting", "signed DPA"]),
    ("Three things from the ops review: route planning, a driver app that works offline, and delivery photos.",
     ["route planning", "driver app", "delivery photos"]),
])
def test_a_list_announced_by_a_colon_is_an_ask_per_item(text, asked):
    assert sorted(r.subject for r in Analyzer(sentiment_model=None).analyze(text).requests) == sorted(asked)


def test_a_colon_that_announces_no_asks_lists_none():
    found = [r for request in Analyzer(sentiment_model=None).analyze("Our stack: Xero, Slack and HubSpot.").requests
             for r in request.all()]
    assert len(found) <= 1 and not any(r.rule.startswith("listed") for r in found)


@pytest.mark.parametrize("text, asked", [
    ("😡 Custom reports are hard to share.", "Custom reports"),
    ("✅ Jira sync would be great", "Jira sync"),
    ("Dark mode pls 🌚", "Dark mode"),
    ("MS Teams integration please!! 🙏🙏", "MS Teams integration"),
    ("Love it!! 💜 only thing: a widget so couples can check dates on our site", "Widget"),
])
def test_emoji_and_courtesies_are_not_part_of_what_is_asked(analyzer, text, asked):
    requests = analyzer.analyze(text).requests
    assert [request.text for request in requests] == [asked]
    assert requests[0].subject.lower() == asked.lower()  # what the linker and the titles read


@pytest.mark.parametrize("text, asked", [
    ("Integration gap (NetSuite).", "Integration gap (NetSuite)"),
    ("Freight shipping support (XPO, Estes, Old Dominion). Parcel is half our business.",
     "Freight shipping support (XPO, Estes, Old Dominion)"),
])
def test_what_is_asked_closes_the_bracket_it_opens(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


@pytest.mark.parametrize("text, asked", [
    ("Conference booking online.", "Conference booking online"),
    ("standards based gradebook!!!", "Standards based gradebook"),  # "based" joins the word before it
    ("Love it. Standards-based report cards.", "Standards-based report cards"),
    ("Clever login.", "Clever login"),  # a word no lexicon has ends a noun phrase
    ("Behavior tracking pleeease.", "Behavior tracking"),  # a courtesy drawn out is still a courtesy
    ("Dark mode plss", "Dark mode"), ("Dark mode plsss", "Dark mode"),
    ("SSO pls thx", "SSO"),  # a courtesy after the please is not the thing asked for
])
def test_a_bare_noun_phrase_is_an_ask_however_it_ends(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


@pytest.mark.parametrize("text", ["Any plans for an app?", "App?", "We need an app.", "A proper app would be great."])
def test_an_app_alone_is_the_phone_app(analyzer, text):
    requests = analyzer.analyze(text).requests
    assert len(requests) == 1 and requests[0].key == "mobile", requests


def test_a_courtesy_is_never_the_thing_asked_for(analyzer):
    """"Connect them pls": the learned layer's run of words is never the courtesy alone."""
    assert [request.text for request in analyzer.analyze("Connect them pls").requests] in ([], ["Connect them"])


@pytest.mark.parametrize("text", ["Please add it to the app.", "I love the app.", "The app."])
def test_the_app_we_have_is_no_ask_for_one(analyzer, text):
    assert analyzer.analyze(text).requests == []


def test_a_wish_list_after_a_colon_is_its_asks(analyzer):
    text = "wish list from our side: 1) approval chain for new reqs, 2) dark mode"
    assert [request.text for request in analyzer.analyze(text).requests] == ["Approval chain for new reqs", "Dark mode"]
    assert analyzer.analyze("The price list: too long, too confusing.").requests == []


def test_an_interjection_is_no_ask(analyzer):
    assert analyzer.analyze("Would love to say yes.").requests == []


def test_a_learned_ask_keeps_the_app_it_names(analyzer):
    assert [request.text for request in analyzer.analyze("Parent app. Please.").requests] == ["Parent app"]
    assert [request.text for request in analyzer.analyze("A driver app so they can see jobs.").requests] == \
        ["Driver app"]


@pytest.mark.parametrize("text, asked", [
    ("If you had offered a smaller starter plan for our first twenty seats, I'd have had something to take to finance.",
     "Smaller starter plan for our first twenty seats"),
    ("If you guys offered SSO we'd upgrade.", "SSO"),
    ("If it supported the Okta directory we would switch.", "Okta directory"),
    ("If Hireline offered e-signatures we'd drop DocuSign.", "E-signatures"),
    ("If you'd had an offline mode we would have stayed.", "Offline mode"),
    ("If you added e-signatures for change orders, we'd have no reason to look elsewhere.",
     "E-signatures for change orders"),
])
def test_a_conditional_asks_for_what_the_verb_offers_not_the_verb(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


def test_a_conditional_keeps_its_subject_when_no_one_offers_or_nothing_is_named(analyzer):
    accepted = analyzer.analyze("We'd get much more out of Hireline if accepted offers synced into Workday.")
    assert accepted.requests[0].text.startswith("Offers"), "offers is the job offers here, not a verb"
    pronoun = analyzer.analyze("We'd sign offers digitally if Hireline supported it, right now it's DocuSign.")
    assert not pronoun.requests[0].text.lower().startswith("it"), "what supported it asks for is not 'it'"


@pytest.mark.parametrize("text, asked", [
    ("We need tracking numbers on every shipment.", "tracking numbers on every shipment"),
    ("We need recurring invoices.", "recurring invoices"),  # a participle before a noun names the kind
])
def test_a_participle_that_names_a_kind_stays_in_what_is_asked(analyzer, text, asked):
    assert [r.subject for r in analyzer.analyze(text).requests] == [asked]


def test_and_or_lists_a_second_ask(analyzer):
    assert [r.subject for r in analyzer.analyze("Please add SSO, and/or SCIM.").requests] == ["SSO", "SCIM"]


@pytest.mark.parametrize("text, subject", [
    ("We need hosting in the US.", "hosting in the US"),  # "US" read as "us" ended the ask before it
    ("US hosting would make our lawyers a lot happier.", "US hosting"),
    ("Please add US payroll.", "US payroll"),
    ("Please give us SSO.", "SSO"),
    ("GIVE US DARK MODE", "DARK MODE"),  # in a text written in capitals it is as likely "us"
])
def test_us_in_capitals_is_the_country(analyzer, text, subject):
    assert subjects(analyzer, text) == [subject]


def test_a_text_in_capitals_is_quoted_as_written(analyzer):
    (request,) = analyzer.analyze("Great app. GIVE US DARK MODE!").requests
    assert request.sentence == "GIVE US DARK MODE!"


@pytest.mark.parametrize("text, subject", [
    ("Still waiting on barrel management.", "barrel management"),
    ("Also still waiting on SSO.", "SSO"),  # the learned layer asked for "waiting on SSO"
    ("Great for the office, useless on the road. An app would fix that.", "app"),
])
def test_an_ask_waited_for_or_an_app_that_would_help_is_named(analyzer, text, subject):
    assert subjects(analyzer, text) == [subject]


def test_waiting_for_what_support_owes_asks_for_nothing(analyzer):
    assert subjects(analyzer, "Still waiting for a reply from support.") == []


@pytest.mark.parametrize("text, subject", [
    ("We really need duplicate detection.", "duplicate detection"),  # asked for "detection"
    ("No duplicate detection.", "duplicate detection"),
    ("Lacks duplicate checks.", "duplicate checks"),
    ("We need separate logins per site.", "separate logins per site"),
])
def test_a_word_the_lists_know_as_a_verb_that_says_which_thing_is_part_of_the_ask(analyzer, text, subject):
    assert subjects(analyzer, text) == [subject]


@pytest.mark.parametrize("text, subject", [
    ("Love it. Sensor integration for fermentation.", "Sensor integration for fermentation"),  # "fermentation": JJ
    ("Lot tracking!", "Lot tracking"),  # asked for "tracking"
])
def test_a_noun_phrase_ends_on_a_noun_read_in_context(analyzer, text, subject):
    assert subjects(analyzer, text) == [subject]


@pytest.mark.parametrize("text", ["Really good.", "Works great.", "Keeps crashing.", "Pretty expensive."])
def test_a_phrase_that_ends_on_no_noun_in_context_asks_for_nothing(analyzer, text):
    assert subjects(analyzer, text) == []


@pytest.mark.parametrize("text, asked", [
    ("Does Brewlog have an app for iPhone?", ["iPhone"]),
    ("Our insurer asked if Brewlog has two-step verification.", ["two-step verification"]),
    ("Please add 8D report format to Brewlog, then we can share with headquarter.", ["8D report format"]),
    ("Please let us send SMS from inside Brewlog.", ["send SMS"]),
    ("We need Xero integration with Brewlog.", ["Xero integration"]),
    # too little would be left without the name, or nothing else is named: the ask stays as it was
    ("We need integration with Brewlog.", ["integration with Brewlog"]),
    ("Can Brewlog do that?", ["Brewlog"]),
])
def test_the_product_itself_is_not_what_is_asked_for(analyzer, text, asked):
    found = analyzer.analyze_many([text], own_names=["Brewlog"])[0].requests
    assert [request.subject for request in found] == asked


def test_without_the_products_name_the_ask_is_read_as_before(analyzer):
    assert subjects(analyzer, "Does Brewlog have an app for iPhone?") == ["Brewlog"]


@pytest.mark.parametrize("text, asked", [
    ("An app would make it 10x better.", "app"),
    ("A native app would save us hours.", "native app"),
])
def test_an_app_before_would_is_what_is_asked_for(analyzer, text, asked):
    assert subjects(analyzer, text) == [asked]


def test_an_english_word_in_a_longer_product_name_is_still_a_thing_to_ask_for(analyzer):
    found = analyzer.analyze_many(["Please sync the timesheets with payroll."], own_names=["Acme Payroll"])[0]
    assert [request.subject for request in found.requests] == ["sync the timesheets with payroll"]
    found = analyzer.analyze_many(["Please add 8D reports to Acme."], own_names=["Acme Payroll"])[0]
    assert [request.subject for request in found.requests] == ["8D reports"]

"""Acronyms the customers spell out elsewhere (analysis.acronyms): "DAI" is read as "dynamic ad insertion" where
other asks or an item's name say so, by the linker and by the regrouping; nothing is listed by hand."""
from analysis.acronyms import Spellings, acronyms_in
from analysis.linking import Linker
from analysis.regroup import Ask, ask_texts, regroup

INSERTION = ["Dynamic ad insertion by geography would let us stop cutting versions.",
             "Please add dynamic ad insertion.",
             "We'd pay more for a plan that includes DAI."]


def test_an_acronym_is_read_as_the_words_the_asks_spell_it_out_with():
    spellings = Spellings(INSERTION[:2])
    assert spellings.spelled("If you had DAI we'd pitch you to every client.") == \
        "If you had dynamic ad insertion we'd pitch you to every client."
    # plural and possessive, and a joining "of" written or not
    spellings = Spellings(["A cost of goods sold report", "cost of goods sold per batch",
                           "Raise purchase orders to suppliers", "purchase orders please", "more purchase orders"])
    assert spellings.spelled("A COGS report per vintage") == "A cost of goods sold report per vintage"
    assert spellings.spelled("Could POs be added?") == "Could purchase orders be added?"
    # "purchase orders to suppliers" is not what POS stands for: the "to" is a word of the run
    assert spellings.spelled("Sync with our Toast POS") == "Sync with our Toast POS"


def test_initials_alone_are_not_enough():
    # written once, a run of words is no evidence: initials meet by chance in thousands of asks
    assert Spellings(INSERTION[:1]).spelled("DAI please") == "DAI please"
    # two letters need three writings ("Our IT team" is no "invoice template")
    twice = Spellings(["Direct debit please", "direct debit for members"])
    assert twice.spelled("Any chance of DD?") == "Any chance of DD?"
    twice.add("a direct debit option")
    assert twice.spelled("Any chance of DD?") == "Any chance of direct debit?"
    # two runs written as often: no telling which is meant
    tied = Spellings(["tank monitoring sensor", "tank monitoring sensor", "time management sheet",
                      "time management sheet"])
    assert tied.meaning("TMS") is None
    # a run does not cross a sentence or a comma
    assert Spellings(["We need data. Access is slow", "We need data. Access is slow"]).meaning("DA") is None


def test_an_acronym_written_more_often_than_its_words_is_a_name_of_its_own():
    # a load board customers post to, not the item "Detention & accessorial tracking" named twice
    spellings = Spellings(["Detention & accessorial tracking", "detention & accessorial tracking please",
                           "Post to DAT from the load screen", "We book carriers off DAT", "DAT posting"])
    assert spellings.meaning("DAT") is None
    spellings.add("Detention and accessorial tracking, again")
    assert spellings.meaning("DAT") == "detention and accessorial tracking"


def test_the_lexicons_acronyms_are_left_to_the_lexicon():
    assert acronyms_in("SSO and 2FA, and an API, and DAI") == {"DAI"}
    assert acronyms_in("KEGS. Tracking them.") == {"KEGS"}
    assert Spellings(["single sign on", "single sign on"]).spelled("SSO please") == "SSO please"


def test_the_linker_links_an_acronym_to_the_item_its_words_name_and_says_how():
    linker = Linker([(1, "Dynamic ad insertion", ["dynamic ad insertion by geography"]),
                     (2, "Purchase orders", ["purchase orders to our suppliers", "purchase orders"]),
                     (3, "Keg tracking", [])])
    link = linker.link("a plan that includes DAI")
    assert link.item_id == 1 and link.confidence >= 0.7
    assert link.reason == "the acronym 'DAI' read as 'dynamic ad insertion', then the name 'Dynamic ad insertion' " \
                          "(same words: dynamic, ad, insertion)"
    assert linker.link("POs").item_id == 2
    assert linker.link("Toast POS").item_id is None
    # a name alone, written once, is not enough
    assert Linker([(1, "Dynamic ad insertion", [])]).link("DAI").item_id is None
    # learned from the asks linked so far
    opened = Linker()
    opened.add("new:1", "Roll-up view", named=False)
    for wording in ("network dashboard", "a network dashboard", "network dashboard for all shows"):
        opened.learn("new:1", wording)
    assert opened.link("ND").item_id == "new:1"


def test_the_regrouping_reads_the_acronym_as_its_words():
    asks = [Ask(i, words, sentence, None) for i, (words, sentence) in enumerate([
        ("Dynamic ad insertion by geography", INSERTION[0]), ("dynamic ad insertion", INSERTION[1]),
        ("DAI", INSERTION[2]), ("dark mode", "Dark mode please, the white screen hurts at night."),
        ("a darker theme", "A darker theme for the night shift would be welcome.")])]
    sentences, own_words = ask_texts(asks)
    assert sentences[2] == "We'd pay more for a plan that includes dynamic ad insertion."
    assert own_words[2] == "dynamic ad insertion"
    groups = {}
    for place in regroup(asks, []):
        groups.setdefault(place.group, set()).add(place.key)
    assert {0, 1, 2} in groups.values() and {3, 4} in groups.values()

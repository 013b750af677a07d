"""The default roadmap catalogue and the product lexicon: they load, and the data keeps its rules."""
import json
import os
import re
import tomllib
from collections import Counter

import pytest

from analysis import catalogue
from analysis.catalogue import (
    AREAS,
    CatalogueItem,
    load_catalogue,
    load_lexicon,
    named_features,
    names_product,
    normalise_term,
    product_of,
)

REQUIRED_AREAS = ["integrations", "identity_access", "data_exports", "customisation", "mobile", "languages",
                  "hosting"]


@pytest.fixture(scope="module")
def items():
    return load_catalogue()


def _words_normalised(text):
    """What a linker compares: terms folded, then each word mapped through the word lexicon."""
    _, words = load_lexicon()
    return " ".join(words.get(w, w) for w in normalise_term(text).split())


def _owners(items, form):
    """Every surface form (name or alias) -> the names of the items that use it, compared through ``form``."""
    owners = {}
    for item in items:
        for text in (item.name, *item.aliases):
            owners.setdefault(form(text), set()).add(item.name)
    return owners


def test_catalogue_loads(items):
    assert len(items) >= 60
    assert all(isinstance(i, CatalogueItem) for i in items)
    salesforce = next(i for i in items if i.name == "Salesforce integration")
    assert salesforce.area == "integrations" and "SFDC integration" in salesforce.aliases
    assert isinstance(salesforce.aliases, tuple)
    assert all(i.name.strip() and i.description.strip() and 4 <= len(i.aliases) <= 10 for i in items)


def test_every_area_is_known_and_required_areas_are_filled(items):
    assert all(i.area in AREAS for i in items)
    per_area = Counter(i.area for i in items)
    for area in REQUIRED_AREAS:
        assert per_area[area] >= 5, area
    assert set(per_area) == set(AREAS)  # no area left empty
    assert all(label and label[0].isupper() and "_" not in label for label in AREAS.values())


def test_load_catalogue_is_cached_but_returns_a_fresh_list(items):
    again = load_catalogue()
    assert again == items and again is not items
    again.clear()
    assert len(load_catalogue()) == len(items)


def _lowered(text):
    return " ".join(text.lower().split())


@pytest.mark.parametrize("form", [_lowered, normalise_term, _words_normalised],
                         ids=["lower-case", "terms folded", "terms and words folded"])
def test_names_and_aliases_belong_to_one_item(items, form):
    shared = {text: names for text, names in _owners(items, form).items() if len(names) > 1}
    assert shared == {}


def test_no_alias_repeats_its_own_item(items):
    for item in items:
        lowered = [a.lower() for a in item.aliases]
        assert len(lowered) == len(set(lowered)), item.name
        assert item.name.lower() not in lowered, item.name
        assert all(a == " ".join(a.split()) for a in (item.name, *item.aliases)), item.name


def test_unknown_area_is_refused(monkeypatch, tmp_path):
    (tmp_path / "catalogue.json").write_text(json.dumps({"items": [
        {"name": "Fax integration", "area": "fax", "description": "Fax.", "aliases": ["fax sync"]}]}))
    monkeypatch.setattr(catalogue, "DATA_DIR", str(tmp_path))
    catalogue._catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown area 'fax'"):
            load_catalogue()
    finally:
        catalogue._catalogue.cache_clear()


@pytest.mark.parametrize("text,expected", [
    ("Sync w/ O365 calendar", "sync w/ microsoft 365 calendar"),
    ("Two-way GCal sync please", "two-way google calendar sync please"),
    ("We live in SFDC.", "we live in salesforce."),
    ("Office  365 and M365", "microsoft 365 and microsoft 365"),
    ("Microsoft Entra ID SSO", "azure ad single sign-on"),  # longest term first, not "microsoft azure ad"
    ("Let us customize the colors", "let us customise the colours"),
    ("SOC2 Type II report", "soc 2 type 2 report"),
    ("on-prem or on-premises", "on-premise or on-premise"),
])
def test_normalise_term_in_a_sentence(text, expected):
    assert normalise_term(text) == expected


@pytest.mark.parametrize("text", ["Drag the lasso tool", "a missoula office", "tzatziki", "colorful",
                                  "the bqx field", "customizer", "msso", "on-premisesque"])
def test_normalise_term_leaves_words_that_merely_contain_a_term(text):
    assert normalise_term(text) == text.lower()


@pytest.mark.parametrize("text,features", [
    ("SAML", {"single sign-on"}),
    ("Top wish: Okta.", {"single sign-on"}),
    ("single-sign-on through Azure", {"single sign-on"}),
    ("Sign in with Microsoft would save our helpdesk", {"single sign-on"}),
    ("staff could log in with their Microsoft accounts", {"single sign-on"}),
    ("Entra ID login for our site staff", {"single sign-on"}),
    ("Google Workspace sign-in would be nice", {"single sign-on"}),
    ("2FA and SSO", {"single sign-on", "two-factor authentication"}),
    ("a dark mode for the night shift", {"dark mode"}),
    ("login is slow on Mondays", set()),  # signing in, but through no identity provider
    ("we log in from Microsoft Edge", set()),  # a provider's other product
    ("export to Google Sheets", set()),
    ("a Salesforce sync", set()),  # a vendor many different asks name: not one feature
])
def test_named_features_reads_every_word_for_a_feature(text, features):
    assert named_features(text) == features


def test_lexicon_sizes_and_shape():
    terms, words = load_lexicon()
    assert len(terms) >= 80 and len(words) >= 60
    for key, value in terms.items():
        assert key == key.lower() and value == value.lower(), key
        assert 1 <= len(key.split()) <= 3 and 1 <= len(value.split()) <= 3, key
        assert re.fullmatch(r"\w.*\w|\w", key), key  # word characters at both ends: whole-word matching works
    for key, value in words.items():
        assert key == key.lower() and value == value.lower(), key
        assert len(key.split()) == 1 and len(value.split()) == 1, key


def test_lexicon_is_consistent():
    terms, words = load_lexicon()
    # canonical forms are final: folding them again changes nothing (no chains, no loops)
    assert [v for v in terms.values() if normalise_term(v) != v] == []
    assert [v for v in words.values() if normalise_term(v) != v] == []
    # words are looked up after terms are folded, so a word key that is also a term would never be seen
    assert set(words) & set(terms) == set()


def test_false_friends_stay_out_of_the_lexicon():
    terms, words = load_lexicon()
    assert [k for k, v in words.items() if v == "export" and k.startswith(("report", "analytic"))] == []
    for ambiguous in ("teams", "outlook", "exchange", "connection", "extension", "phone", "client", "retention",
                      "app", "snapshot", "property", "entra"):
        assert ambiguous not in words and ambiguous not in terms, ambiguous


def test_load_lexicon_returns_copies():
    terms, words = load_lexicon()
    terms["sfdc"] = "something else"
    words.clear()
    assert load_lexicon()[0]["sfdc"] == "salesforce" and load_lexicon()[1]
    assert normalise_term("SFDC") == "salesforce"


def test_data_files_are_package_data():
    """The files sit in analysis/data, which pyproject's package data glob ships in the wheel."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "pyproject.toml"), "rb") as fh:
        package_data = tomllib.load(fh)["tool"]["setuptools"]["package-data"]["*"]
    assert "data/**/*" in package_data
    assert catalogue.DATA_DIR == os.path.join(root, "analysis", "data")
    for name in ("catalogue.json", "product_lexicon.json"):
        assert os.path.isfile(os.path.join(catalogue.DATA_DIR, name))


@pytest.mark.parametrize("name, names, other", [
    ("Jira integration", ["Jira", "an Atlassian connector", "JIRA Cloud"], ["a ticket tracker sync"]),
    ("Microsoft Teams app", ["MS Teams", "post it in Teams", "a Microsoft add-in"], ["the support team"]),
    ("Google Calendar sync", ["GCal", "our Google calendars", "a Google sync"], ["Outlook", "calendar sync"]),
    ("Salesforce CRM integration", ["SFDC", "the Salesforce AppExchange"], ["our CRM"]),
    ("SAP connector", ["SAP Business One", "SAP"], ["ERP integration", "NetSuite"]),
])
def test_an_integrations_name_gives_every_name_of_its_product(name, names, other):
    product = product_of(name)
    assert all(names_product(text, product) for text in names)
    assert not any(names_product(text, product) for text in other)


@pytest.mark.parametrize("name", ["Mobile app", "Google Workspace SSO", "Slack", "Shopify integration", "Webhooks",
                                  "Public REST API", "Dark mode", "Integration gap"])
def test_an_item_not_named_for_a_product_the_catalogue_knows_takes_any_ask(name):
    assert product_of(name) is None and names_product("anything at all", product_of(name))


def test_the_other_languages_glossary_holds_no_english_word():
    """A key English also uses would bend English asks: "rota" (a staff rota) is not a Portuguese route here."""
    from analysis.rarity import probability
    from analysis.requests import word_tags

    with open(os.path.join(catalogue.DATA_DIR, "other_languages.json"), encoding="utf-8") as fh:
        glossary = json.load(fh)["terms"]
    english = [key for key in glossary if " " not in key and (key in word_tags() or (probability(key) or -99) > -13)]
    assert sorted(english) == ["deutsche", "lingua"]  # "Deutsche Bank", "lingua franca": rare in an ask
    assert normalise_term("Wir brauchen eine Schnittstelle zu DATEV") == "wir brauchen eine integration zu datev"

"""The default catalogue of roadmap items, and the product lexicon used to link customer asks to them.

Both are plain data in ``analysis/data``: ``catalogue.json`` (the requests B2B SaaS customers make most
often, each with the other names customers use for it) and ``product_lexicon.json``:

- ``terms``: abbreviations, vendor renames and spellings folded to one form, matched as whole words
  (1-3 words): "O365" -> "microsoft 365", "SFDC" -> "salesforce", "customize" -> "customise";
- ``words``: one word to one word, product vocabulary that means the same thing in an ask
  ("sync", "connector", "plugin" -> "integration"; "download" -> "export"; "iphone" -> "ios").
  Applied after ``terms``, token by token, by whoever compares asks.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .foreign import ELISION

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

AREAS: dict[str, str] = {
    "integrations": "Integrations",
    "identity_access": "Identity and access",
    "data_exports": "Data exports and imports",
    "customisation": "Customisation",
    "mobile": "Mobile",
    "languages": "Languages and regions",
    "hosting": "Hosting and compliance",
    "reporting": "Reporting",
    "notifications": "Notifications",
    "collaboration": "Collaboration",
    "admin": "Administration",
    "performance": "Performance",
}


@dataclass(frozen=True)
class CatalogueItem:
    name: str
    area: str
    description: str
    aliases: tuple[str, ...]


def _read(filename: str) -> dict:
    with open(os.path.join(DATA_DIR, filename), encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _catalogue() -> tuple[CatalogueItem, ...]:
    items = []
    for entry in _read("catalogue.json")["items"]:
        if entry["area"] not in AREAS:
            raise ValueError(f"catalogue item {entry['name']!r} has an unknown area {entry['area']!r}")
        items.append(CatalogueItem(entry["name"], entry["area"], entry["description"], tuple(entry["aliases"])))
    return tuple(items)


def load_catalogue() -> list[CatalogueItem]:
    """The default roadmap items, in file order (read once per process)."""
    return list(_catalogue())


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """The product lexicon's terms and words; the terms take in the words other languages ask with, read as the
    English word they mean ("Schnittstelle" -> "integration", "hébergement" -> "hosting")."""
    data = _read("product_lexicon.json")
    return {**_read("other_languages.json")["terms"], **data["terms"]}, data["words"]


def lexicon_words() -> dict[str, str]:
    """The lexicon's one-word folds, read once per process (not a copy: do not change it)."""
    return _lexicon()[1]


@lru_cache(maxsize=1)
def lexicon_forms() -> frozenset[str]:
    """The forms the lexicon's words fold to ("integration", "api")."""
    return frozenset(lexicon_words().values())


def load_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(terms, words): copies, so a caller cannot change the cached lexicon."""
    terms, words = _lexicon()
    return dict(terms), dict(words)


@lru_cache(maxsize=1)
def _term_pattern() -> re.Pattern:
    terms, _ = _lexicon()
    return phrase_pattern(terms)


def phrase_pattern(phrases, suffix: str = "") -> re.Pattern:
    """Any of `phrases` as whole words (then `suffix`), longest first, so "microsoft entra id" wins over "entra id";
    a space in a phrase matches any run of spaces."""
    alternatives = [r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")" + suffix + r"(?!\w)")


def normalise_term(text: str) -> str:
    """Lower-case ``text`` and replace every lexicon term, as a whole word, by its canonical form.

    "Sync w/ O365 calendar" -> "sync w/ microsoft 365 calendar"; "lasso" keeps its "sso".
    """
    terms, _ = _lexicon()
    folded = _term_pattern().sub(lambda m: terms[" ".join(m.group(0).split())], text.lower())
    return ELISION.sub("", folded)


@lru_cache(maxsize=1)
def _feature_pattern() -> re.Pattern:
    """The lexicon's canonical forms that name a default item by themselves ("single sign-on", "dark mode"), not
    the vendors and spellings most of it folds ("salesforce", "colour"), which many different asks name."""
    terms, _ = _lexicon()
    names = {name.lower() for item in _catalogue() for name in (item.name, *item.aliases)}
    features = sorted({form for form in terms.values() if form in names}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, features)) + r")(?!\w)")


# Signing in through the company's identity provider is single sign-on, whatever it is called: "sign in with
# Microsoft", "Entra ID login", "log in with our Google accounts" (matched after ``normalise_term``).
_IDENTITY_PROVIDER = (r"(?:azure ad|azure|active directory|microsoft|google|okta|onelogin|jumpcloud|adfs|keycloak|auth0)"
                      r"(?!\s+(?:edge|maps|sheets|docs|drive|calendar|chrome|teams|analytics|ads|excel|word|365))")
_SIGN_IN = r"(?:login|logins|sign-in|sign-ins|logging in|signing in|log on|sign on)"
_SIGN_IN_THROUGH_PROVIDER = re.compile(
    rf"(?<!\w){_SIGN_IN}(?:\s+\S+){{0,3}}?\s+(?:with|via|through|using|from)\s+(?:\S+\s+){{0,2}}?"
    rf"{_IDENTITY_PROVIDER}(?!\w)|(?<!\w){_IDENTITY_PROVIDER}(?:\s+\S+)?\s+{_SIGN_IN}(?!\w)")


def named_features(text: str) -> frozenset[str]:
    """The features ``text`` names by any of the lexicon's words for them: "SAML login", "Okta" and "sign in
    with Microsoft" all name "single sign-on"."""
    return frozenset(_feature_pattern().findall(sign_in_as_feature(_normalised(text))))


def feature_kinds(text: str) -> frozenset[str]:
    """What ``text`` names that marks one request apart from others: the default item of each feature it names
    ("MFA" -> "Two-factor authentication"; "self-hosted" and "self-hosting" are one), and "a product" when it
    names a third-party product the catalogue integrates with ("Salesforce", "SFDC")."""
    kinds = {_feature_items()[feature] for feature in named_features(text)}
    if _any_product().search(_normalised(text)):
        kinds.add("a product")
    return frozenset(kinds)


@lru_cache(maxsize=1)
def _feature_items() -> dict[str, str]:
    """Each feature ``named_features`` finds -> the name of the default item it is a name of."""
    return {name.lower(): item.name for item in _catalogue() for name in (item.name, *item.aliases)}


@lru_cache(maxsize=1)
def _any_product() -> re.Pattern:
    return phrase_pattern(set(_products()), suffix="s?")


def sign_in_as_feature(normalised: str) -> str:
    """A text (after ``normalise_term``) with signing in through an identity provider written as the feature it
    is: "sign-in with microsoft please" -> "single sign-on please"."""
    return _SIGN_IN_THROUGH_PROVIDER.sub("single sign-on", normalised)


# The words that make a name "an integration with a product": "Jira sync", "Teams app", "Salesforce connector".
_INTEGRATION_WORDS = frozenset({"integration", "integrations", "connector", "connection", "sync", "two-way", "app",
                                "add-in", "add-on", "plugin", "extension", "bot", "notifications", "alerts",
                                "support", "marketplace", "native"})


def _product_in(name: str) -> str | None:
    """The product an integration's name names ("MS Teams integration" -> "microsoft teams"), after the lexicon:
    the words before the trailing integration words, when there are both."""
    words = normalise_term(name).split()
    end = len(words)
    while end and words[end - 1] in _INTEGRATION_WORDS:
        end -= 1
    start = 1 if words and words[0] == "native" else 0
    return " ".join(words[start:end]) if 0 < end - start and end < len(words) else None


@lru_cache(maxsize=1)
def _products() -> dict[str, frozenset[str]]:
    """Each way the catalogue's integrations name a third-party product -> all of that product's ways: "teams" ->
    {"microsoft teams", "teams"}; "atlassian" -> {"jira", "atlassian"}. A word that opens the names of two
    products or more is their vendor's ("google", "microsoft"), and names each of them: "a Google sync"."""
    products = []
    for item in _catalogue():
        if item.area == "integrations" and _product_in(item.name):
            products.append({p for name in (item.name, *item.aliases)
                             if (p := _product_in(name)) and any(ch.isupper() for ch in name)})
    opening = Counter(phrase.split()[0] for phrases in products
                      for phrase in {p.split()[0]: p for p in phrases if " " in p}.values())
    by_phrase: dict[str, frozenset[str]] = {}
    for phrases in products:
        ways = frozenset(phrases | {p.split()[0] for p in phrases if opening[p.split()[0]] > 1})
        for phrase in phrases:
            by_phrase[phrase] = ways
    return by_phrase


@lru_cache(maxsize=4096)
def product_of(name: str) -> re.Pattern | None:
    """For an item named as an integration with a third-party product the catalogue knows ("Jira integration",
    "Microsoft Teams app", "Salesforce CRM sync"), a pattern of every name the catalogue gives that product (it
    matches the lexicon's form of a text, ``normalise_term``); None for any other item."""
    named = _product_in(name)
    if not named:
        return None
    known = _products()
    phrases = set()
    for phrase, ways in known.items():
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", named):
            phrases |= ways
    return phrase_pattern(phrases, suffix="s?") if phrases else None  # "our Google calendars"


def names_product(text: str, product: re.Pattern | None) -> bool:
    """Whether `text` names the product of ``product_of`` (always, for an item named for none)."""
    return product is None or product.search(_normalised(text)) is not None


@lru_cache(maxsize=50_000)
def _normalised(text: str) -> str:
    return normalise_term(text)

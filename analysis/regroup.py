"""Regrouping the asks by meaning: the background pass that mends what linking one ask at a time splinters.

The inline linker (``analysis.linking``) must keep pace with the analysis, so it compares words. Customers
word one request many ways ("we live in Jira all day, so a two-way sync would save hours", "Atlassian
connector"), and word overlap alone splits them over several items. This pass encodes each ask's sentence
with a sentence encoder (``analysis.encoder``) and groups all asks again by average linkage: two groups join
while the mean similarity of their members is at least `JOIN`. Between asks, similarity is read once the
meaning every ask of the product shares is taken out (`_between_asks`). The items a person named (their name and
aliases, and the asks a person confirmed or moved to them) are fixed groups: asks join them at `JOIN_NAMED`,
they never join each other, and what a person decided never moves. A large, close group of asks joins a named
item only when it is nearly as close to it as to itself (`COHESION`): twenty-three asks for "territory
management" are a request of their own, not "Australian data residency", the nearest name in the catalogue.
Last, the groups most of whose asks name one feature by the lexicon's words for it ("SSO", "SAML", "Okta", "sign
in with Microsoft") join each other and the named item that names it (`_join_by_feature`): the encoder does not
know those words as one. An item named for a third-party product ("Microsoft Teams integration") takes a group
only when most of its asks name that product (``catalogue.product_of``), and a group most of whose asks name it
in their own words joins it (`_join_by_product`: "our order data lives in NetSuite"). An item of the default
catalogue as it was loaded (`Item.suggested`) takes asks at JOIN_SUGGESTED, as asks join each other: most of a
catalogue is not what one product's customers ask for. But a group most of whose asks say one of an item's names
of two words or more, word for word, joins it (`_join_by_name`, 1.37): "Give us a viewer licence" means the
catalogue's "Read-only seats", whose alias it says, however the encoder reads the rest of the sentence. And while
the groups form, two asks that name different features by the lexicon's words, or a feature and a third-party
product, are as far apart as can be (`_apart`, 1.38): the encoder reads "2FA" and "SSO" as alike.

Chosen on the eleven development sets written blind (``bench/roadmap_quality.py --regroup``): the share of
detected asks grouped right went from 0.600 to 0.730 with an empty catalogue and from 0.704 to 0.835 with the
items created by name; with the default catalogue loaded, from 0.561 to 0.656. Taking the product's own name
out of the asks before encoding them (1.8) raised the first two to 0.745 and 0.849; taking the shared meaning
out between asks (after 1.8), to 0.791 and 0.859 (each product centred with the mean ask of the other ten),
0.783 and 0.862 with the join between centred asks at 0.13, which keeps apart what the demo's 0.10 merged.
On the seventeen dev sets (1.11), joining by feature raised the empty catalogue's 0.713 to 0.727 (the items created
by name already held them: 0.788 either way), and the true top 5 places matched from 19 of 85 to 25.

From 1.17 every encoding is first mapped into the ask space (`in_ask_space`): a linear map learned on the 23
development products so that asks for one request lie closer (``training/ask_space.py``). The thresholds were
chosen again in it with each product left out, also with only half the items named, as a product manager names
some requests and not all: a named item drawing asks at 0.15 took the asks of requests nobody had named. Left out,
0.766 → 0.799 with an empty catalogue, 0.841 → 0.851 by name, 0.681 → 0.803 with half the items named.

From 1.25 the words an ask shares with the name of an item a person made count beside the encoder when the groups
form (`_name_words`): the encoder does not know a product's vocabulary. Measured on the fourth blind set's three
products, read once for this choice: by name 0.740 → 0.752, half 0.691 → 0.702.

From 1.49 two groups of SEPARATE_MIN asks or more join only when they are close to each other for how close each
is within itself (`SEPARATE`): average linkage had joined sixteen asks for macOS build runners with fifteen for a
mobile app, and eighteen for A/B tests with sixteen for inbox previews, the encoder reading both pairs as alike.
Not for groups mostly of interviews' asks: in those one request's asks lie as far apart as two requests' do.

From 1.51 such a group joins an item a person named only when it is at least SEPARATE as close to the item as it
is within itself, on plain similarity: with half the requests named, nineteen asks for a NetSuite sync had joined
"Power BI connector", the nearest name.

From 1.52 a group of TOLD_LARGE asks or more, mostly interviews', joins an item a person named only when at least
SAYS_NAME of its asks say a word of the item's names: the closeness guard cannot tell told asks apart (they lie far
apart for one request too), but fifteen interview notes of a "Xero link" that never say "payments" are not the
named "Online client payments".
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import encoder
from .acronyms import Spellings
from .catalogue import feature_kinds, named_features, names_product, normalise_term, phrase_pattern, product_of
from .linking import score, terms
from .requests import in_other_language_sentence, other_function_words

JOIN = 0.28          # two groups of asks join while their members' mean similarity is at least this
JOIN_NAMED = 0.24    # ... and an ask joins an item a person named at this (its name is short and plain)
JOIN_SUGGESTED = 0.45  # ... and an item of the default catalogue nobody has touched: most are not this product's
JOIN_ASKS = 0.15     # ... and asks join each other at this, once the meaning all asks share is taken out
CENTRE_PRIOR = 100   # the weight, in asks, of the mean ask of many products in the centre (`_between_asks`)
SENTENCE = 0.85      # an ask is read mostly in its sentence, its own words weigh the rest
SHARED_SENTENCE = 0.2  # ... unless another ask shares that sentence: then mostly by its own words
TOLD_SENTENCE = 0.75  # ... and less when an interviewer told it: the sentence tells the story around the ask
NAME_WORDS = 0.1     # the weight, beside the encoder's, of the words an ask shares with a named item's name
CONFIDENT_AT = 0.5   # the mean similarity (to an item's names, else to the group's other asks) that gives
                     # confidence 1.0; 0.35 gives the linker's triage line, 0.7
APART = -1.0         # the similarity, while groups form, of two asks that name different features (``_apart``)
COHESION = 0.45     # a group of COHESION_MIN asks or more joins a named item only when it is at least this share
COHESION_MIN = 5     # as close to the item as its asks are to each other: a request no item names stays itself
SEPARATE = 0.66      # two groups of SEPARATE_MIN asks or more join only when they are at least this share as close
SEPARATE_MIN = 7     # to each other as the less close of them is within itself: "mac runners" and "a mobile app";
                     # and such a group joins an item a person named only when this share as close to it as within
TOLD_LARGE = 10      # a group of this many asks or more, mostly told, joins a named item only when at least
SAYS_NAME = 0.1      # this share of its asks say a word of the item's names
ONE_WORDING = 0.9999  # the plain similarity of two asks read the same (one wording, written twice)
CENTRE_PATH = Path(__file__).parent / "data" / "ask_centre.json"
SPACE_PATH = Path(__file__).parent / "data" / "ask_space.npy"
ALONE = "an ask like no other: an item of its own"  # the reason of an ask no other ask is near
MAX_ASKS = 4000      # the most recent asks a pass regroups: the cost grows with the square of their number


@dataclass
class Ask:
    key: object             # the caller's id for it (a mention's id)
    text: str               # the ask's own words
    sentence: str           # the sentence it is in
    item: object = None     # the item it is linked to now
    fixed: bool = False     # a person put it there: it stays, and stands for its item
    source: object = None   # the comment or interview it came from: asks of one source may share a sentence
    told: bool = False      # an interviewer's record told it, not the customer's own comment


@dataclass
class Item:
    item_id: object
    names: list = field(default_factory=list)  # name and aliases a person wrote: empty for an item the analysis opened
    suggested: bool = False  # an item of the default catalogue that no person has edited or put asks in


@dataclass
class Placement:
    key: object
    item: object            # an existing item, or None: a group of asks no item holds (open one)
    group: int              # the asks placed in one new group share this number
    confidence: float
    reason: str


def regroup(asks: list[Ask], items: list[Item], progress=None, encode=None, own_names=()) -> list[Placement]:
    """Where each free ask (not `fixed`) belongs. `items` are every open item; those with names, or with fixed
    asks, are fixed groups. A group of free asks keeps the item that held most of them (one group per item);
    a group no item holds gets ``item=None``. `encode` (``encoder.encode`` by default) may remember encodings.
    `own_names`: the product's own names, taken out of the asks before they are encoded (an ask that is only the
    name is read by its sentence)."""
    named = {item.item_id: list(item.names) for item in items if item.names}
    for ask in asks:
        if ask.fixed and ask.item is not None:
            named.setdefault(ask.item, [])
    anchors = [(item_id, name) for item_id, names in named.items() for name in names]
    sentences, own_words = ask_texts(asks, own_names, [name for _, name in anchors])
    vectors = in_ask_space((encode or encoder.encode)(sentences + own_words + [name for _, name in anchors],
                                                       progress=progress))
    count = len(asks)
    points = np.vstack([ask_points(vectors[:count], vectors[count:2 * count], sharing(asks),
                                   [ask.told for ask in asks]),
                        vectors[2 * count:]])

    plain = points @ points.T
    similarity = plain.copy()
    similarity[:count, :count] = _between_asks(points[:count])
    suggested = {item.item_id for item in items if item.suggested} - {ask.item for ask in asks if ask.fixed}
    # the words an ask shares with the name of an item a person made help it join that item (not a catalogue's
    # untouched names: generic words, "app", "integration", which most asks share); its confidence stays the
    # encoder's: the ask-to-name blocks are put back after the grouping
    words = _name_words(asks, [None if item_id in suggested else name for item_id, name in anchors])
    encoders = similarity[:count, count:].copy(), similarity[count:, :count].copy()
    for matrix in (similarity, plain):
        matrix[:count, count:] += words
        matrix[count:, :count] += words.T
    fixed_ids = list(named)
    groups = [[] for _ in fixed_ids]
    slot = {item_id: index for index, item_id in enumerate(fixed_ids)}
    for offset, (item_id, _name) in enumerate(anchors):
        groups[slot[item_id]].append(count + offset)
    free = []
    for index, ask in enumerate(asks):
        if ask.fixed and ask.item in slot:
            groups[slot[ask.item]].append(index)
        else:
            free.append(index)
    groups += [[index] for index in free]
    join_at = [JOIN_SUGGESTED if item_id in suggested else JOIN_NAMED for item_id in fixed_ids]
    # the third-party product each fixed item is named for ("Jira integration"), or None
    products = [product_of(named[item_id][0]) if named[item_id] else None for item_id in fixed_ids]
    apart = _apart([ask.text for ask in asks] + [name for _, name in anchors])
    merged = _average_linkage(np.where(apart, APART, similarity), np.where(apart, APART, plain), groups,
                              len(fixed_ids), _naming(asks, products), join_at, [ask.told for ask in asks],
                              _saying_names(words, [slot[item_id] for item_id, _ in anchors], fixed_ids, suggested))
    similarity[:count, count:], similarity[count:, :count] = encoders
    merged = _join_by_feature(merged, asks, len(fixed_ids), _items_by_feature(named, slot))
    merged = _join_by_product(merged, asks, products)
    said = _names_said(asks, [named[item_id] for item_id in fixed_ids])
    merged = _join_by_name(merged, said, len(fixed_ids))
    return _placements(asks, similarity, merged, fixed_ids, said)


def _name_words(asks: list[Ask], names: list[str | None]) -> np.ndarray:
    """NAME_WORDS × the linker's word score of each ask's own words against each name they share a word with
    (``linking.score``); a name given as None gets none. The encoder does not tie "dynamic insertion by geography"
    to the name "Dynamic ad insertion" (0.16, below "Chapter markers"); the words they share do."""
    bonus = np.zeros((len(asks), len(names)), dtype=np.float32)
    by_word: dict[str, list[int]] = {}
    name_terms = [terms(name) if name else None for name in names]
    for n, wording in enumerate(name_terms):
        for key in wording.words if wording else ():
            by_word.setdefault(key, []).append(n)
    for a, ask in enumerate(asks):
        own = terms(ask.text)
        for n in {n for key in own.words for n in by_word.get(key, ())}:
            bonus[a, n] = NAME_WORDS * score(own, name_terms[n])[0]
    return bonus


def _saying_names(words: np.ndarray, anchor_slots: list[int], fixed_ids: list, suggested: set) -> np.ndarray:
    """[fixed group, ask] -> 1 when the ask says a word of one of the group's names (`words`, as ``_name_words``,
    one column per name; `anchor_slots`: each name's fixed group). A group without names of its own (the
    analysis opened it) and an untouched item of the catalogue (its words are not read) count as said by every ask."""
    says = np.zeros((len(fixed_ids), words.shape[0]), dtype=np.float32)
    for column, number in enumerate(anchor_slots):
        says[number] = np.maximum(says[number], words[:, column] > 0)
    named = set(anchor_slots)
    unread = [number for number, item_id in enumerate(fixed_ids) if item_id in suggested or number not in named]
    says[unread] = 1.0
    return says


def _apart(texts: list[str]) -> np.ndarray:
    """[i, j] True when texts i and j each name one feature, and not the same one (``catalogue.feature_kinds``):
    the encoder reads "2FA" and "SSO", or "Salesforce sync" and "Okta login", as alike (both are about signing
    in, or both sit in one sentence), but they are two requests."""
    kinds = [_only(feature_kinds(text)) for text in texts]
    index = {kind: number for number, kind in enumerate(sorted(set(kinds) - {None}))}
    one = np.array([index[kind] if kind else -1 for kind in kinds])
    return (one[:, None] >= 0) & (one[None, :] >= 0) & (one[:, None] != one[None, :])


def _join_by_product(groups: list[list[int]], asks: list[Ask], products: list) -> list[list[int]]:
    """Puts each group of free asks most of which name a third-party product in their own words ("Our order data
    lives in NetSuite") in the one fixed item named for that product ("NetSuite integration"): what the asks
    mean is the product, whatever else their sentences say. `products`: each fixed group's, as ``product_of``."""
    owned = [(number, product) for number, product in enumerate(products) if product is not None]
    if not owned:
        return groups
    groups = [list(group) for group in groups]
    fixed = len(products)
    for number in range(fixed, len(groups)):
        group = groups[number]
        owners = [owner for owner, product in owned
                  if 2 * sum(names_product(asks[i].text, product) for i in group) > len(group)]
        if len(owners) == 1:
            groups[owners[0]] += group
            groups[number] = []
    return groups[:fixed] + [group for group in groups[fixed:] if group]


def _names_said(asks: list[Ask], names: list[list[str]]) -> list[tuple[int, str] | None]:
    """For each ask, the one fixed item (its number in `names`) one of whose names of two words or more the ask's
    own words say, and the name said; None when they say none, or names of two items. A name of one word is left
    to the encoder ("reports", "app": most asks share them)."""
    patterns = []
    for number, item_names in enumerate(names):
        phrases = {_singular(name) for name in map(normalise_term, item_names) if len(name.split()) > 1}
        if phrases:
            patterns.append((number, phrase_pattern(phrases, suffix="s?")))
    said = []
    for ask in asks:
        text = normalise_term(ask.text)
        found = [(number, match.group(0)) for number, pattern in patterns for match in [pattern.search(text)] if match]
        said.append(found[0] if len(found) == 1 else None)
    return said


def _join_by_name(groups: list[list[int]], said: list[tuple[int, str] | None], fixed: int) -> list[list[int]]:
    """Puts each group of free asks most of which say a name of one fixed item (`said`, as ``_names_said``) in that
    item: "Give us a viewer licence" means the catalogue's "Read-only seats", whose alias it says."""
    groups = [list(group) for group in groups]
    for number in range(fixed, len(groups)):
        group = groups[number]
        owners = [said[i][0] if said[i] else None for i in group]
        owner = max(set(owners) - {None}, key=owners.count, default=None)
        if owner is not None and 2 * owners.count(owner) > len(group):
            groups[owner] += group
            groups[number] = []
    return groups[:fixed] + [group for group in groups[fixed:] if group]


def _singular(phrase: str) -> str:
    """The phrase with its last word's plural "s" taken off ("read-only seats" -> "read-only seat"), to be matched
    with an optional "s"."""
    return phrase[:-1] if len(phrase.split()[-1]) > 3 and phrase.endswith("s") else phrase


def _naming(asks: list[Ask], products: list) -> np.ndarray:
    """[named item, ask] -> 1 when the ask may join the item: always, unless the item is named for a
    third-party product (`products`, as ``catalogue.product_of``) that neither the ask nor its sentence names."""
    naming = np.ones((len(products), len(asks)), dtype=np.float32)
    for row, product in enumerate(products):
        if product is not None:
            naming[row] = [names_product(f"{ask.text} {ask.sentence}", product) for ask in asks]
    return naming


def ask_texts(asks: list[Ask], own_names=(), item_names=()) -> tuple[list[str], list[str]]:
    """What is encoded of each ask: its sentence and its own words, without the product's name (own words that
    were only the name are replaced by the sentence), each acronym the asks or `item_names` spell out written as
    its words (``acronyms``: "includes DAI" is read as "includes dynamic ad insertion")."""
    foreign = [in_other_language_sentence(a.sentence or a.text) for a in asks]
    spelled = Spellings([a.sentence or a.text for a in asks] + list(item_names)).spelled
    # the encoder reads English: an ask in another language is read by its own words, glossed
    sentences = [_without(_glossed(a.text) if other else spelled(a.sentence or a.text), own_names)
                 for a, other in zip(asks, foreign)]
    own_words = [_without(_glossed(a.text) if other else spelled(a.text), own_names)
                 for a, other in zip(asks, foreign)]
    own_words = [words if any(ch.isalnum() for ch in words) else sentence
                 for words, sentence in zip(own_words, sentences)]
    return sentences, own_words


def _glossed(words: str) -> str:
    """An ask's words in another language, with the words the lexicon knows in English and without function
    words: "Hosting in der EU" -> "hosting eu"."""
    folded = normalise_term(words).split()
    return " ".join(word for word in folded if word not in other_function_words()) or words


def in_ask_space(vectors: np.ndarray, space: np.ndarray | None = None) -> np.ndarray:
    """Encodings mapped to where asks for one request lie close (``training/ask_space.py``; `space`: another map
    than the shipped one), of length 1."""
    mapped = vectors @ (_space() if space is None else space)
    return mapped / np.maximum(np.linalg.norm(mapped, axis=1, keepdims=True), 1e-9)


def ask_points(sentence_vectors: np.ndarray, own_word_vectors: np.ndarray,
               shared: np.ndarray | None = None, told=None) -> np.ndarray:
    """Each ask's point: mostly its sentence, its own words the rest (SENTENCE), of length 1. An ask whose
    sentence asks for something else too (`shared`, as ``sharing`` gives it) is read mostly by its own words:
    "Please make it work offline, and sync stock with our Shopify store" is two requests in one sentence. An
    ask an interview told (`told`) is read more by its own words: "Hired a contractor to bolt Dentrix on, which
    cost them more than our licence" tells more than it asks."""
    weight = np.full((len(sentence_vectors), 1), SENTENCE, dtype=np.float32)
    if told is not None:
        weight[np.asarray(told, dtype=bool)] = TOLD_SENTENCE
    if shared is not None:
        weight[np.asarray(shared, dtype=bool)] = SHARED_SENTENCE
    points = weight * sentence_vectors + (1 - weight) * own_word_vectors
    return points / np.maximum(np.linalg.norm(points, axis=1, keepdims=True), 1e-9)


def sharing(asks: list[Ask]) -> np.ndarray:
    """For each ask, whether another ask of the same source is in the same sentence (an ask of no known source
    shares with none)."""
    counts = Counter((ask.source, ask.sentence) for ask in asks if ask.source is not None)
    return np.array([ask.source is not None and counts[ask.source, ask.sentence] > 1 for ask in asks], dtype=bool)


def _between_asks(points: np.ndarray) -> np.ndarray:
    """How alike two asks are once the meaning they all share is taken out. Every ask of one product speaks of
    its domain (signing, tickets, payroll), and that common part drew unrelated asks together ("SMS
    verification" and "payment at signing" into "qualified signatures"). The centre taken out is the asks' mean,
    drawn towards the mean ask of many products (``data/ask_centre.json``) as if CENTRE_PRIOR of those were
    among them: a few asks' mean is those requests' own meaning, not the product's. The similarity is then put
    back on the plain scale, so that JOIN_ASKS between centred asks reads as JOIN."""
    centre = (points.sum(axis=0) + CENTRE_PRIOR * _prior_centre()) / (len(points) + CENTRE_PRIOR)
    centred = points - centre
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)
    return np.minimum(centred @ centred.T + (JOIN - JOIN_ASKS), 1.0)


def _only(features: frozenset[str]) -> str | None:
    """The one feature of ``named_features`` ("SSO", "SAML login", "Okta" all name single sign-on), or kind of
    ``feature_kinds``, when it found exactly one."""
    return next(iter(features)) if len(features) == 1 else None


def _feature_of(ask: Ask) -> str | None:
    """The one feature an ask names in its own words, else in its sentence when its own words name none."""
    return _only(named_features(ask.text) or named_features(ask.sentence or ""))


def _items_by_feature(named: dict, slot: dict) -> dict[str, int]:
    """feature -> the group of the one named item whose names name it (a feature two items name belongs to
    neither)."""
    owners: dict[str, set] = {}
    for item_id, names in named.items():
        for name in names:
            feature = _only(named_features(name))
            if feature:
                owners.setdefault(feature, set()).add(slot[item_id])
    return {feature: next(iter(groups)) for feature, groups in owners.items() if len(groups) == 1}


def _join_by_feature(groups: list[list[int]], asks: list[Ask], fixed: int,
                     owners: dict[str, int]) -> list[list[int]]:
    """Joins the groups of free asks (after the `fixed` ones) that mostly name one feature, and puts them in the
    named item that names it (`owners`): the encoder does not know "SSO", "SAML login" and "Okta" as one, and
    splits their asks."""
    groups = [list(group) for group in groups]
    owners = dict(owners)
    for number in range(fixed, len(groups)):
        group = groups[number]
        features = [_feature_of(asks[i]) for i in group]  # a free group holds asks only, no item's names
        feature = max(set(features) - {None}, key=features.count, default=None)
        if feature is None or 2 * features.count(feature) <= len(features):
            continue
        if feature in owners:
            groups[owners[feature]] += group
            groups[number] = []
        else:
            owners[feature] = number
    return groups[:fixed] + [group for group in groups[fixed:] if group]


@lru_cache(maxsize=1)
def _space() -> np.ndarray:
    return np.load(SPACE_PATH)


@lru_cache(maxsize=1)
def _prior_centre() -> np.ndarray:
    with open(CENTRE_PATH, encoding="utf-8") as fh:
        return np.asarray(json.load(fh)["centre"], dtype=np.float32)


def _without(text: str, own_names) -> str:
    """The text without the product's own name: asks name the product ("a pipeline from Ticketwell to
    Snowflake", "Ticketwell never added WhatsApp"), so its name draws unrelated asks together."""
    for name in own_names:
        if name:
            text = re.sub(rf"\b{re.escape(name)}\b", "", text, flags=re.IGNORECASE)
    return text


def _average_linkage(similarity: np.ndarray, plain: np.ndarray, groups: list[list[int]],
                     fixed: int, naming: np.ndarray | None = None, join_at=None, told=None,
                     says_name: np.ndarray | None = None) -> list[list[int]]:
    """Joins the closest two groups (mean `similarity` of their members) until none is close enough. The first
    `fixed` groups never join each other, and others join them at JOIN_NAMED. The cohesion guard reads `plain`
    similarity, the scale it was chosen on. `naming[f, a]` is 1 when ask `a` may join fixed group `f`: a group
    named for a third-party product ("Microsoft Teams integration") takes a group of asks only when most of
    them name it, however close in meaning ("a shared inbox for the support team"). `join_at`: the
    similarity at which asks join each fixed group (JOIN_NAMED unless given). `told`: for each ask (the first
    rows), whether an interview told it; two groups mostly of told asks are never held apart (`SEPARATE`).
    `says_name[f, a]` is 1 when ask `a` says a word of fixed group `f`'s names (every ask, when not given): a
    large group mostly of told asks joins `f` only when SAYS_NAME of them do."""
    k = len(groups)
    member = np.zeros((k, similarity.shape[0]), dtype=np.float32)
    for index, group in enumerate(groups):
        member[index, group] = 1.0
    total = member @ similarity @ member.T  # sum of similarities between the members of two groups
    plain_total = member @ plain @ member.T
    alike = _pairs_alike(plain, groups)
    size = member.sum(1)
    is_fixed = np.arange(k) < fixed
    if naming is None:
        naming = np.ones((fixed, similarity.shape[0]), dtype=np.float32)
    naming_count = naming @ member[:, :naming.shape[1]].T  # [fixed group, group]: its asks that may join it
    if says_name is None:
        says_name = np.ones((fixed, similarity.shape[0]), dtype=np.float32)
    saying_count = says_name @ member[:, :says_name.shape[1]].T  # [fixed group, group]: its asks saying a name's word
    told = np.zeros(similarity.shape[0]) if told is None else np.pad(np.asarray(told, float),
                                                                     (0, similarity.shape[0] - len(told)))
    told_count = member @ told
    sooner = np.zeros(k)  # how much sooner than JOIN a group joins a fixed one
    sooner[:fixed] = JOIN - np.asarray(join_at if join_at is not None else [JOIN_NAMED] * fixed)
    alive = np.ones(k, bool)
    groups = [list(g) for g in groups]

    def within() -> np.ndarray:
        """Each group's mean plain similarity between its own members."""
        return (np.diag(plain_total) - size) / np.maximum(size * (size - 1), 1.0)

    def cohesion() -> np.ndarray:
        """Each group's mean similarity between its own members, for the groups of COHESION_MIN asks or more."""
        return np.where(size >= COHESION_MIN, within(), 0.0)

    inner = cohesion()

    def mostly_told() -> np.ndarray:
        return 2 * told_count >= size

    def large_of_comments() -> np.ndarray:
        """The groups of SEPARATE_MIN asks or more, mostly of comments: those the closeness guards may hold apart."""
        return (size >= SEPARATE_MIN) & ~mostly_told()

    def own_closeness() -> np.ndarray:
        """Each group's mean centred similarity between its own members, for the groups of SEPARATE_MIN asks or
        more, mostly of comments, over its pairs of different wordings (minus infinity for the others: the guard never
        holds them apart). An interview tells each ask inside a story, and one request's told asks lie as far apart
        as two requests' do; "Sync with Salesforce" written by seven customers is one wording, as close as can be."""
        pairs = size * size - np.diag(alike)  # a wording written again says nothing of how far a group spreads
        own = (np.diag(total) - np.diag(alike)) / np.maximum(pairs, 1.0)
        return np.where(large_of_comments() & (pairs > 0), own, -np.inf)

    own = own_closeness()

    def plain_closeness() -> np.ndarray:
        """Each free group's mean plain similarity between its own asks, for the groups of SEPARATE_MIN asks or more,
        mostly of comments; 0 for the others (the guard never holds them apart from a named item)."""
        return np.where(~is_fixed & large_of_comments(), within(), 0.0)

    closeness = plain_closeness()

    def large_of_interviews() -> np.ndarray:
        """The groups of TOLD_LARGE asks or more, mostly told: those that must say a named item's words to join it."""
        return (size >= TOLD_LARGE) & mostly_told()

    told_large = large_of_interviews()

    def row(i: int) -> np.ndarray:
        near = plain_total[i] / np.maximum(size[i] * size, 1.0)
        # a named item draws asks by plain similarity (its names share no product's domain); free asks meet
        # each other by their centred similarity
        mean = np.where(is_fixed | is_fixed[i], near, total[i] / np.maximum(size[i] * size, 1.0))
        if COHESION:
            if is_fixed[i]:
                weak = ~is_fixed & (near < COHESION * inner)
            else:
                weak = is_fixed & (near < COHESION * inner[i])
            mean = np.where(weak, -np.inf, mean)
        if not is_fixed[i] and own[i] > -np.inf:  # two large groups far apart for their closeness are two requests
            mean = np.where(~is_fixed & (mean < SEPARATE * np.minimum(own[i], own)), -np.inf, mean)
        # ... and a large group joins a named item only when nearly as close to it as within itself: nineteen asks
        # for a NetSuite sync are not the named "Power BI connector", however near the name
        own_side = np.where(is_fixed, closeness[i], closeness)  # the free group's closeness, on either side
        mean = np.where((is_fixed != is_fixed[i]) & (own_side > 0) & (near < SEPARATE * own_side), -np.inf, mean)
        # ... and a named item takes a group only when enough of its asks may join it: most must name the item's
        # product, and of a large group of interviews' asks (far apart for one request too) some must say the
        # item's words: fifteen notes of a "Xero link" are not "Online client payments"
        if is_fixed[i]:
            barred = (2 * naming_count[i] <= size) | (told_large & (saying_count[i] < SAYS_NAME * size))
            mean[:] = np.where(barred, -np.inf, mean)
        elif fixed:
            barred = (2 * naming_count[:, i] <= size[i]) | (told_large[i] & (saying_count[:, i] < SAYS_NAME * size[i]))
            mean[:fixed] = np.where(barred, -np.inf, mean[:fixed])
        mean = mean + (sooner[i] if is_fixed[i] else sooner)  # a named item is met sooner
        mean[~alive] = -np.inf
        mean[i] = -np.inf
        if is_fixed[i]:
            mean[is_fixed] = -np.inf
        return mean

    best = np.full(k, -np.inf)
    partner = np.zeros(k, int)
    for i in range(k):
        values = row(i)
        partner[i] = int(np.argmax(values))
        best[i] = values[partner[i]]
    while True:
        a = int(np.argmax(best))
        if best[a] < JOIN:
            break
        b = int(partner[a])
        if is_fixed[b]:
            a, b = b, a
        for sums in (total, plain_total, alike):
            sums[a] += sums[b]
            sums[:, a] += sums[:, b]
        naming_count[:, a] += naming_count[:, b]
        saying_count[:, a] += saying_count[:, b]
        told_count[a] += told_count[b]
        size[a] += size[b]
        alive[b] = False
        best[b] = -np.inf
        groups[a] += groups[b]
        groups[b] = []
        inner = cohesion()
        own = own_closeness()
        closeness = plain_closeness()
        told_large = large_of_interviews()
        for i in [a, *np.flatnonzero(alive & ((partner == a) | (partner == b)))]:
            if alive[i]:
                values = row(int(i))
                partner[i] = int(np.argmax(values))
                best[i] = values[partner[i]]
        fresh = row(a)  # the joined group may now be some other group's nearest
        closer = alive & (fresh > best)
        closer[a] = False
        partner[closer] = a
        best[closer] = fresh[closer]
    return [groups[i] for i in range(fixed)] + [groups[i] for i in range(fixed, k) if alive[i]]


def _pairs_alike(plain: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """[group, group]: the pairs of their members read the same (plain similarity at ONE_WORDING or more: one
    wording written twice, and each member with itself), counted from those pairs alone: they are few."""
    group_of = np.full(plain.shape[0], -1, dtype=np.intp)
    for number, group in enumerate(groups):
        group_of[group] = number
    rows, cols = np.nonzero(plain >= ONE_WORDING)
    kept = (group_of[rows] >= 0) & (group_of[cols] >= 0)
    alike = np.zeros((len(groups), len(groups)), dtype=np.float32)
    np.add.at(alike, (group_of[rows[kept]], group_of[cols[kept]]), 1.0)
    return alike


def _placements(asks, similarity, groups, fixed_ids, said) -> list[Placement]:
    """`said`: as ``_names_said``; an ask that says a name of the item it is placed in is sure of it."""
    out = []
    taken = set(fixed_ids)
    free_groups = groups[len(fixed_ids):]
    # a group of free asks keeps the item holding most of them; the largest groups choose first
    owners = {}
    for index in sorted(range(len(free_groups)), key=lambda i: -len(free_groups[i])):
        held = [asks[i].item for i in free_groups[index] if asks[i].item is not None and asks[i].item not in taken]
        if held:
            owner = max(set(held), key=lambda item: (held.count(item), -held.index(item)))
            owners[index] = owner
            taken.add(owner)
    for number, group in enumerate(groups):
        item = fixed_ids[number] if number < len(fixed_ids) else owners.get(number - len(fixed_ids))
        for i in group:
            if i >= len(asks) or asks[i].fixed:
                continue
            others = [j for j in group if j != i]
            if said[i] and said[i][0] == number:
                out.append(Placement(asks[i].key, item, number, 1.0, f"says “{said[i][1]}”, one of the item's names"))
                continue
            if not others:
                out.append(Placement(asks[i].key, item, number, 1.0, ALONE))
                continue
            names = [j for j in others if j >= len(asks)]
            fellow = [j for j in others if j < len(asks)]
            parts = []
            if names:  # in an item a person named, the confidence is how close the ask is to its names
                near_names = float(np.mean(similarity[names, i]))
                parts.append(f"the item's name{'s' if len(names) > 1 else ''} ({near_names:.2f})")
            if fellow:
                near_asks = float(np.mean(similarity[fellow, i]))
                parts.append(f"{len(fellow)} other ask{'s' if len(fellow) != 1 else ''} ({near_asks:.2f})")
            mean = near_names if names else near_asks
            out.append(Placement(asks[i].key, item, number, round(min(1.0, max(0.0, mean) / CONFIDENT_AT), 3),
                                 f"similar in meaning to {' and '.join(parts)}"))
    return out

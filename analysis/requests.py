"""Product requests: find the sentences that ask for something, and consolidate near-duplicates.

Detection is rule-based (token patterns in spaCy's ``Matcher`` syntax, over lower-case forms and lemmas); each rule has a name
that travels with the request as its provenance:

=================  ==========================================================================
rule               example
=================  ==========================================================================
would_be_nice      "it would be great if ...", "X would be nice", "would save me hours"
would_like         "we'd love ...", "would like to be able to", "would prefer", "would appreciate"
need               "we need X", "Need an audit log", "X is a must"
please             "please add ...", "Salesforce integration please!"
ask_question       "could you add ...", "can you let us ...", "any plans to ...", "is there a way to"
wish               "I wish ...", "wish list"
missing            "missing X", "X is missing", "lacks X"
no_way             "there is no X", "no way to ...", "no option to ..."
not_supported      "doesn't support X", "won't let me ...", "does not allow ..."
cannot_do          "you can't even group by two fields", "can't be customised", "unable to ..."
cannot_without     "we can't roll this out without SSO"
should             "X should be included", "it should support ..."
imperative         "Give us a status page", "Let us restrict exports", "Add ..."
looking_for        "looking for an X", "hoping for", "feature request", "we want ..."
=================  ==========================================================================

"Needs" that report a failure of something that exists ("we can't close the month without the
export, and it failed again") are bugs, not requests: the weaker rules (need, missing, cannot_do,
cannot_without, not_supported) are vetoed in a sentence that reports a failure.

Consolidation works on plain records ``(mention_id, text or Request)``: each request is reduced to
a *key*, the set of its content lemmas after synonym folding (SFDC = Salesforce; integrate, sync,
connector = integrate; download, export = export ...), and keys are merged when their token-set
similarity is high enough.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field, replace

from spacy.attrs import LIKE_NUM
from spacy.lang.en.stop_words import STOP_WORDS

from .ask_reader import comment_reader, interview_reader, together, worth_reading
from .asks import default_model as default_ask_model, interview_model as default_interview_model, part_kinds, \
    sentence_features
from .catalogue import feature_kinds
from .patterns import TokenPatterns, TokenView
from .foreign import ELISION, foreign_ask
from .named_thing import default_chooser
from .pipeline import as_written, get_nlp
from .rarity import probability, weight
from .spelling import drawn_out

NICE = ["great", "nice", "good", "helpful", "amazing", "awesome", "useful", "ideal", "fantastic",
        "brilliant", "cool", "handy", "perfect", "lovely", "valuable", "excellent", "wonderful",
        "beneficial", "big", "huge", "game"]
ASK_VERBS = ["add", "make", "let", "allow", "consider", "build", "support", "provide", "give",
             "offer", "include", "bring", "implement", "create", "enable", "introduce", "integrate",
             "improve", "reconsider", "change", "expose", "open"]
IMPERATIVE_VERBS = ["add", "give", "let", "allow", "make", "bring", "provide", "include", "build",
                    "consider", "enable", "introduce", "offer"]
CANT_BLOCK = {"live", "imagine", "complain", "recommend", "figure", "find", "believe", "wait",
              "trust", "remember", "say", "tell", "stand", "get", "open", "log", "login", "access",
              "see", "load", "use", "run", "work", "reach", "understand", "thank", "stress",
              "praise", "fault", "afford", "keep", "go", "do", "help", "speak", "overstate",
              "justify", "think", "blame", "deny", "argue", "be", "defend", "explain", "convince", "persuade",
              "compete", "beat"}
FAILURE_LEMMAS = {"fail", "failed", "break", "broke", "broken", "crash", "freeze", "freezing",
                  "error", "bug", "buggy", "outage", "stop", "down", "glitch", "timeout", "lose",
                  "lost"}
# asks that stand only where the learned layer would have added an ask itself: a bare noun phrase ("Cellars."),
# a lack ("no need for anything fancier") and "we want to ..." are right about as often as the layer alone
BARE_RULES = {"fragment", "absent", "looking_for"}


def _sentence_texts(doc, sents) -> list[str]:
    """The sentences' texts as the fine-tuned readers encode (and remember) them."""
    return [doc.text[s.start_char:s.end_char] for s in sents]


def rule_kind(req) -> int:
    """The rules' ask of a sentence as the learned layers and the readers read it: 0 none, 1 a bare rule's (it needs
    the add bar), 2 another's (the drop bar)."""
    return 0 if req is None else 1 if req.rule.partition(":")[0] in BARE_RULES else 2


WEAK_RULES = {"need", "missing", "cannot_do", "cannot_without", "not_supported", "absent", "conditional",
              "asking_for"}
# what "no ..." or "without ..." names when it reports a situation, not a missing capability
NOT_CAPABILITIES = {"problem", "issue", "complaint", "doubt", "idea", "clue", "answer", "response", "reply",
                    "signal", "coverage", "wifi", "internet", "reception", "connection", "one", "time", "longer",
                    "matter", "reason", "point", "choice", "surprise", "change", "difference", "thanks",
                    "regret", "brainer", "hassle", "fuss", "good", "worry", "concern", "bug", "downtime",
                    "outage", "complaints", "issues", "problems", "support", "help", "training", "notice",
                    "warning", "explanation", "follow", "callback", "call", "contact", "update", "progress",
                    "sense", "idea", "way", "need", "thing", "more", "further", "fault", "trouble", "extra",
                    "cost", "charge", "fee", "paper", "end", "else", "other", "decision", "budget",
                    "consultant", "rep", "person", "manager", "admin", "human", "one", "sales",
                    "rush", "hurry", "pressure", "blocker", "blockers", "dealbreaker"}  # "no rush", "no blocker"

# words that carry no meaning for a request's key
REQUEST_FILLER = set(STOP_WORDS) | {
    "add", "added", "adding", "have", "able", "ability", "option", "way", "feature", "support",
    "allow", "let", "please", "want", "need", "like", "love", "would", "could", "nice", "great",
    "good", "helpful", "amazing", "awesome", "really", "possible", "possibility", "consider",
    "plan", "chance", "wish", "missing", "miss", "lack", "provide", "include", "make", "build",
    "get", "see", "new", "native", "proper", "official", "basic", "simple", "better", "also",
    "just", "us", "team", "our", "app", "tool", "product", "thing", "something", "lot", "much",
    "time", "day", "save", "life", "easy", "easier", "use", "using", "offer", "give", "bring",
    "must", "enable", "there", "it", "would", "be", "do", "can", "i", "we", "you", "right", "now",
    "even", "still", "yet", "at", "least", "appreciate", "prefer", "hop", "hope", "look",
    "request", "create", "introduce", "sure", "someone", "anyone", "others", "other", "help",
    "ideal", "useful", "perfect", "handy", "cool", "brilliant", "excellent", "big", "huge",
    "game", "changer", "competitor", "competitors", "hour", "hours", "saving", "valuable", "fantastic",
    "amazing", "lovely", "wonderful", "beneficial", "improve", "improvement", "instead", "automatically", "possibly",
    "currently", "already", "maybe", "perhaps", "somehow", "kind", "sort", "thanks", "thank", "roadmap",
    # how the customer says it, never part of what is asked: "Honestly just single sign-on."
    "honestly", "seriously", "basically", "literally", "frankly", "personally", "ideally", "truly", "definitely",
    "desperately", "urgently",
}

SYNONYMS = {
    "sfdc": "salesforce", "salesforce.com": "salesforce",
    "integration": "integrate", "integrations": "integrate", "integrated": "integrate",
    "sync": "integrate", "synch": "integrate", "syncing": "integrate", "synchronise": "integrate",
    "synchronize": "integrate", "synchronisation": "integrate", "synchronization": "integrate",
    "connector": "integrate", "connect": "integrate", "connection": "integrate",
    "plugin": "integrate", "plug-in": "integrate", "add-on": "integrate", "addon": "integrate",
    "download": "export", "extract": "export", "exporting": "export",
    "xls": "excel", "xlsx": "excel", "spreadsheet": "excel", "sheets": "excel",
    "iphone": "mobile", "android": "mobile", "phone": "mobile", "ios": "mobile",
    "smartphone": "mobile", "tablet": "mobile", "ipad": "mobile",
    "saml": "sso", "okta": "sso", "single": "sso", "sign-on": "sso", "signon": "sso",
    "2fa": "mfa", "two-factor": "mfa",
    "notification": "notify", "alert": "notify", "notifications": "notify", "notif": "notify",
    "reporting": "report", "reports": "report", "dashboards": "dashboard",
    "bi-directional": "two-way", "bidirectional": "two-way",
    "multicurrency": "multi-currency", "currency": "multi-currency",
    "dupe": "duplicate", "dedupe": "duplicate", "deduplicate": "duplicate",
    "deduplication": "duplicate", "merge": "duplicate",
    "teams": "teams", "msteams": "teams",
}


# Below this certainty the learned layer thinks the sentence more likely asks for nothing: the ask still counts,
# and waits in the triage list for a product manager to say whether it is one. On the 23 dev products, each left
# out of training in turn, 44% of the sentences asking below it truly asked (326 of 738), 91% of those above.
DOUBTFUL_ASK = 0.5


def doubtful(certainty: float | None) -> bool:
    return certainty is not None and certainty < DOUBTFUL_ASK


@dataclass
class Request:
    text: str          # a short title for the ask ("Native Zoom integration")
    sentence: str      # the sentence that asks, as written
    rule: str          # the detection rule and the words that fired it
    subject: str       # the part of the sentence naming what is asked for
    key: str           # normalised form used for consolidation ("integrate zoom")
    start_char: int = 0
    end_char: int = 0
    subject_start: int = 0  # token span of the subject in its doc
    subject_end: int = 0
    trigger_end: int = 0
    more: list = field(default_factory=list)  # further asks in the same sentence ("SSO and offline mode")
    certainty: float | None = None  # the learned layer's probability that the sentence asks for something

    def all(self) -> list["Request"]:
        return [self, *self.more]

    @property
    def doubtful(self) -> bool:
        return doubtful(self.certainty)

    def to_dict(self) -> dict:
        return {"text": self.text, "sentence": self.sentence, "rule": self.rule,
                "subject": self.subject, "key": self.key,
                "ask_certainty": round(self.certainty, 3) if self.certainty is not None else None}


def _L(*words):
    return {"LEMMA": {"IN": list(words)}}


def _W(*words):
    return {"LOWER": {"IN": list(words)}}


_RULES: dict[str, list[list[dict]]] = {
    "would_be_nice": [
        [_L("would"), _L("be"), _W("so", "really", "very", "super", "extremely", "a"), _W(*NICE)],
        [_L("would"), _L("be"), _W(*NICE)],
        [_L("would"), _W("really", "definitely", "also"), _L("help", "save", "make", "simplify")],
        [_L("would"), _L("help", "save", "simplify", "make")],
    ],
    "would_like": [
        [_L("would"), _W("really", "also", "definitely", "so"), _L("love", "like", "appreciate", "prefer")],
        [_L("would"), _L("love", "like", "appreciate", "prefer")],
    ],
    "need": [
        [_W("we", "i", "they", "team", "users", "reps", "really", "also", "still", "definitely"),
         _W("need", "needs", "require", "requires"), {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["to"]}}],
        [{"IS_SENT_START": True, "LOWER": {"IN": ["need", "needs", "require"]}},
         {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["to"]}}],
        [_W("need", "needs", "require", "requires"), _W("to"),
         _W("be", "have", "integrate", "sync", "export", "see", "support", "work", "connect", "add")],
        [_L("be"), _W("a"), _W("must", "requirement", "necessity")],
        [_W("must"), _W("-"), _W("have")],
        [_W("must-have")],
    ],
    "please": [[_W("please", "pls", "plz")]],
    "ask_question": [
        [_W("can", "could", "will", "would", "ca"), _W("you", "u", "ya"), _W("please"), _L(*ASK_VERBS)],
        [_W("can", "could", "will", "would", "ca"), _W("you", "u", "ya"), _L(*ASK_VERBS)],
        [_W("any"), _L("plan", "chance", "news", "eta", "roadmap")],
        [_L("be"), _W("there"), _W("a", "any"), _L("way", "plan", "chance", "option", "roadmap")],
        [_L("be"), _W("there"), _L("plan")],
        [_W("when"), _L("will", "be", "do"), _W("you"), _L(*ASK_VERBS)],
    ],
    "wish": [[_L("wish")], [_W("wishlist")]],
    "missing": [
        [_W("missing", "lacks", "lacking"), {"LOWER": {"NOT_IN": ["out"]}}],
        [_L("be"), _W("missing")],
        [_W("missing"), {"IS_PUNCT": True}],
        [_W("missing")],
    ],
    "no_way": [
        [_W("there"), _L("be"), _W("no")],
        [_W("there"), _W("'s", "’s"), _W("no")],
        [_W("theres"), _W("no")],
        [_W("no"), _L("way", "option", "ability", "possibility", "setting", "support", "native",
                     "built-in", "integration", "connector", "export", "api"), ],
    ],
    "cannot_do": [
        [_W("ca", "can", "cannot", "could"), _W("not", "n't", "nt"), {"OP": "?", "LOWER": {"IN": ["even", "really", "currently", "still", "yet"]}},
         {"IS_ALPHA": True, "LEMMA": {"NOT_IN": sorted(CANT_BLOCK)}}],
        [_W("cannot"), {"OP": "?", "LOWER": {"IN": ["even", "really"]}}, {"IS_ALPHA": True, "LEMMA": {"NOT_IN": sorted(CANT_BLOCK)}}],
        [_W("ca", "can", "cannot"), _W("not", "n't", "nt"), _W("be"), {"IS_ALPHA": True}],
        [_W("unable"), _W("to")],
        [_W("not"), _W("possible"), _W("to")],
    ],
    "cannot_without": [
        [_W("ca", "can", "cannot", "could"), _W("not", "n't", "nt"),
         {"IS_ALPHA": True, "LEMMA": {"NOT_IN": ["live", "imagine", "do", "survive", "work"]}},
         {"OP": "*", "IS_PUNCT": False}, _W("without")],
    ],
    "should": [
        [_L("must"), _L("stay", "be", "have", "support", "include", "work", "integrate", "sync", "allow")],
        [_L("should"), {"OP": "?", "LOWER": {"IN": ["really", "also", "definitely", "just"]}},
         _L("have", "be", "support", "allow", "let", "include", "offer", "integrate", "provide",
            "come", "work", "show", "sync", "export")],
    ],
    "imperative": [
        [{"IS_SENT_START": True, "LOWER": {"IN": IMPERATIVE_VERBS}}, _W("us", "me", "admins", "users", "the", "a", "an", "more", "an", "support", "some", "option", "ability")],
        [{"IS_SENT_START": True, "LOWER": {"IN": ["just", "pls", "plz"]}}, _W(*IMPERATIVE_VERBS)],
    ],
    "looking_for": [
        [_L("look"), _W("for"), _W("a", "an", "some", "the")],
        [_L("hope", "hoping"), _W("for", "to", "you")],
        [_W("feature"), _W("request")],
        [_W("we", "i"), _L("want"), _W("to", "a", "an", "the", "more", "better")],
        [_W("it"), _L("would"), _W("be"), _W("good"), _W("to")],
    ],
}
BENEFIT_VERBS = ["help", "save", "make", "simplify", "cut", "stop", "fix", "open", "bring", "solve", "kill",
                 "change", "transform", "reduce", "speed", "improve", "give", "mean", "boost", "win", "do",
                 "remove", "end", "eliminate", "free", "double", "halve", "unlock", "be"]
WOULD_ADVERBS = ["really", "honestly", "also", "definitely", "probably", "seriously", "massively", "have",
                 "so", "just", "hugely", "genuinely"]
NEED_NOT_ASKS = ["to", "it", "that", "this", "more", "less", "help", "time", "someone", "somebody", "people",
                 "training", "everything", "nothing", "something", "anything", "all", "them", "us", "you",
                 "answers", "today", "now", "currently", "right"]
ASK_NOUNS_AFTER_THE = ["thing", "one", "ask", "feature", "request", "gap", "blocker", "priority", "wish"]
_RULES.update({
    # "we'd use it daily if it talked to Asana", "if techs could scan parts we'd finally know"
    "conditional": [[_W("if"), {"IS_ALPHA": True}]],
    # "A real route optimiser would cut our mileage", "A Spanish UI would have saved weeks"
    "would_benefit": [
        [_W("would", "'d", "’d"), _L(*BENEFIT_VERBS)],
        [_W("would", "'d", "’d"), _W(*WOULD_ADVERBS), _L(*BENEFIT_VERBS)],
        [_W("would", "'d", "’d"), _W(*WOULD_ADVERBS), _W(*WOULD_ADVERBS), _L(*BENEFIT_VERBS)],
    ],
    # "Would be even nicer with SSO"
    "better_with": [
        [_L("would"), _L("be"), {"OP": "?", "LOWER": {"IN": ["even", "so", "much", "a", "lot"]}},
         _W("nicer", "better", "easier", "perfect", "complete"), _W("with")],
    ],
    "asking_for": [
        [_W("asking", "begging", "pushing", "clamouring", "clamoring", "crying", "dying", "vote", "voting"), _W("for")],
        [_W("+1", "upvote", "vote"), _W("for", "on")],
        [_L("want", "demand", "mandate", "insist"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["to", "it", "that", "this", "you", "more", "less"]}}],
        [_L("want"), _W("to"), {"IS_ALPHA": True, "LEMMA": {"NOT_IN": ["leave", "cancel", "switch", "move",
                                                                         "say", "thank", "know", "stay", "go",
                                                                         "churn", "renew", "train", "talk", "be"]}}],
        [_W("we", "i", "they"), _W("miss")],
        [_L("keep"), _W("raising", "asking", "mentioning", "requesting", "bringing")],
        [_W("would", "'d"), _W("have"), _L("like", "love", "prefer", "want")],
        [_L("be"), _W("asking"), _W("about", "for")],
        [_W("still"), _W("waiting"), _W("on", "for")],  # "Still waiting on barrel management."
    ],
    # "Offline is the big one", "SAML SSO is a hard requirement", "That's the feature."
    "top_ask": [
        [_W("the", "our", "my"), {"OP": "?", "LOWER": {"IN": ["one", "only", "single"]}},
         _W("big", "biggest", "main", "one", "only", "top", "number", "#1"),
         {"OP": "?", "LOWER": {"IN": ["one", "1"]}}, _W(*ASK_NOUNS_AFTER_THE)],
        [_W("non-negotiable", "dealbreaker", "must-have", "showstopper", "requirement", "blocker")],
        [_W("non", "must", "deal", "show"), _W("-"), _W("negotiable", "have", "breaker", "stopper")],
        [_W("hard", "firm", "strict"), _W("requirement")],
        [_W("deal"), _W("breaker", "-")],
        [_L("be"), _W("the"), _W("feature", "dream", "ask", "one")],
        [_W("on"), _W("the", "your"), _W("roadmap")],
        [_L("be"), {"OP": "?", "LOWER": {"IN": ["long", "way", "well", "seriously", "so"]}}, _W("overdue")],
        # "Dental charting is the obvious hole", "Multi-currency is a glaring gap"
        [_L("be"), _W("the", "a", "our", "one"), _W("obvious", "glaring", "big", "biggest", "real", "main", "huge"),
         _W("hole", "gap", "omission")],
    ],
    # "no route optimisation across depots", "without an offline mode", "the lack of SSO"
    "absent": [
        [_W("no", "zero", "without"), {"OP": "?", "LOWER": {"IN": ["a", "an", "the", "any", "proper", "real", "native"]}},
         {"IS_ALPHA": True}],
        [_L("lack"), _W("of")],
        [_W("not"), _W("having"), {"OP": "?", "LOWER": {"IN": ["a", "an", "the", "any", "proper", "real", "native"]}},
         {"IS_ALPHA": True}],  # "Not having a waitlist is painful"
        [_W("never"), _L("get", "ship", "deliver", "come", "build"), {"IS_ALPHA": True}],
        [_W("only"), _L("come"), _W("in")],
        [_W("english"), _W("only")],
    ],
    # "Can we have our own fields on the job sheet?", "Is it possible to get the app in Spanish?"
    "question": [
        [{"IS_SENT_START": True, "LOWER": {"IN": ["can", "could", "will", "would", "ca"]}},
         _W("we", "i", "you", "it", "the", "our", "they", "fieldloop", "there"),
         {"IS_ALPHA": True}],
        [_W("can", "could"), _W("we", "i"), _L("get", "have", "add", "see", "export", "set", "schedule", "make")],
        [_W("is", "'s"), _W("it"), _W("possible"), _W("to")],
        [_L("do"), _W("you"), _L("have"), _W("plans", "plan", "any")],
        [_W("any"), _W("chance", "plans", "hope", "eta", "news", "timeline", "date")],
        [_W("next"), _W("?")],
    ],
})
_RULES["not_supported"] = [
    [_L("not", "never"), _L("support", "offer", "allow", "let", "handle", "integrate", "include", "provide")],
    [_L("not", "never"), {"LOWER": {"IN": ["yet", "even", "really", "currently", "still"]}},
     _L("support", "offer", "allow", "let", "handle", "integrate", "include", "provide")],
]

RULE_ORDER = ["would_be_nice", "would_like", "please", "ask_question", "wish", "imperative",
              "looking_for", "should", "need", "no_way", "missing", "not_supported", "cannot_without",
              "cannot_do", "asking_for", "question", "top_ask", "would_benefit", "better_with", "conditional",
              "absent"]
# the subject of these rules is named before the trigger ("Offline is the big one")
SUBJECT_BEFORE = {"would_be_nice", "top_ask", "would_benefit"}
SUBJECT_BEFORE_ONLY = {"top_ask", "would_benefit"}
# what a vendor or a customer owes, which can be overdue without being a thing to build
_OWED = {"invoice", "payment", "bill", "renewal", "ticket", "fix", "reply", "response", "answer", "refund", "credit",
         "callback", "call", "email", "quote", "contract", "order", "delivery", "shipment", "visit", "rent", "fee",
         "balance", "service", "maintenance", "inspection", "check", "cleaning", "recall", "review", "vaccination"}
_OVERDUE_WHO = {"it", "who", "they", "he", "she", "that", "this", "everyone", "someone"}  # "It was overdue for service"
NOT_A_WISH = {"weren't", "were", "wasn't", "not", "n't", "zero", "stars", "star", "only"}
CONDITIONAL_MAIN = {"would", "'d", "’d", "could", "can't", "cannot", "wouldn't", "id", "i'd", "we'd", "ca"}

RELATIVE_BEFORE_NEED = {"what", "everything", "all", "anything", "exactly", "whatever"}


def _described_by_what(doc, sent, s: int) -> bool:
    """"what we need", "everything our staff want": a relative word two words before the cue, or three when a
    possessive opens who wants ("are what our owners want to see"; not "What our clients want is a portal", which
    says what they want)."""
    before = [t.lower_ for t in doc[max(sent.start, s - 3):s]]
    if any(word in RELATIVE_BEFORE_NEED for word in before[-2:]):
        return True
    said_next = any(t.lower_ in {"is", "are", "was", "were", ":"} for t in doc[s + 1:min(s + 3, sent.end)])
    return len(before) == 3 and before[0] in RELATIVE_BEFORE_NEED and before[1] in _POSSESSIVES and not said_next


def _nobody_before(doc, sent, s: int) -> bool:
    """Whether nobody is who wants or needs: "nobody wants to copy-paste", "no one here really needs it", "none of
    us want another login" (within the three words before the cue)."""
    words = [t.lower_ for t in doc[max(sent.start, s - 3):s]]
    return any(word in {"nobody", "noone"} or word in {"no", "none"} and following in {"one", "of"}
               for word, following in zip(words, words[1:] + [""]))


_NOT = {"not", "n't", "n’t", "nt", "never"}
_BE = {"is", "are", "was", "were"}  # the be-verbs that say what a thing is: "the gaps are ...", "was out"
# what the writer says of a thing they do not want: "SSO wasn't a factor", "elig checks irrelevant to them"
_UNWANTED = {"irrelevant", "unnecessary", "overkill"}
_VERDICT_LEAD = {"is", "are", "was", "were", "'s", "’s", "would", "be", "a", "an", "-", "–", "—", ",", "just",
                 "really", "totally", "completely", "honestly", "frankly"}
_NOT_WANTED = _UNWANTED | {"needed", "factor", "priority", "requirement", "dealbreaker"}


def _need_denied(doc, sent, s: int) -> bool:
    """"We don't really need integrations", "doesn't need to be real-time": a need denied."""
    return s > sent.start and doc[s - 1].lower_ in _NOT


def _not_wanted(doc, sent, ask) -> bool:
    """Whether the sentence says the writer does not want what `ask` names: it is the object of a need denied
    ("Said they don't need accounting sync", "no need for the kennel stuff"), a verdict follows it ("Said SSO
    wasn't a factor", "elig checks irrelevant to them", "SSO came up - not needed"), or it is what got a kind of
    product ruled out ("Anything that made reps switch windows all day was out")."""
    start, end = ask.subject_start, ask.subject_end
    if any(t.lower_ in _UNWANTED for t in doc[start:end]):
        return True
    for i in range(max(sent.start + 1, start - 4), start):
        before = [t.lower_ for t in doc[max(sent.start, i - 2):i]]
        denied = before[-1] in _NOT or before[-1] == "really" and before[0] in _NOT \
            or before[-1] == "no" and doc[i + 1].lower_ == "for"  # "don't really need", "no need for"
        if doc[i].lemma_ in {"need", "require"} and denied \
                and not any(t.is_punct or t.lower_ in _BOUNDARY for t in doc[i + 1:start]):
            return True
    verdict = [t.lower_ for t in doc[end:min(end + 4, sent.end)] if t.lower_ not in _VERDICT_LEAD]
    return bool(verdict) and (verdict[0] in _UNWANTED or verdict[0] in _NOT and verdict[1:2] != []
                              and verdict[1] in _NOT_WANTED) \
        or _ruled_out_kind(doc, sent, ask)


_ANY = {"anything", "everything", "whatever"}
_KINDS = {"tool", "tools", "product", "products", "vendor", "vendors", "system", "systems", "option", "options",
          "platform", "platforms", "app", "apps", "solution", "solutions", "crm", "software"}
# "was out", "was a dealbreaker": not "were out at pours", "was out of my hands"
_RULED_OUT = re.compile(r"(an? )?(out(?=\s*($|[.,;:!?)]|-|for\b|because\b|quickly\b|straight away\b|early\b))"
                        r"|deal ?-? ?breaker|non ?-? ?starter|no ?-? ?go\b|off the table|ruled out|disqualified|excluded)")


def _verdict_starts(token, sent) -> bool:
    """"...couldn't sync with Xero | was a dealbreaker": the verdict on what came before, not part of it."""
    return token.lower_ in _BE \
        and bool(_RULED_OUT.match(token.doc[token.i + 1:sent.end].text.lower()))


def _ruled_out_kind(doc, sent, ask) -> bool:
    """Whether `ask` names what a kind of product did that got it ruled out: "Anything that made reps switch windows
    all day was out" wants that done by nothing. Not where the kind lacked something ("anything that couldn't do
    SSO was out", "anything without SSO"): that names what is wanted."""
    words = [t.lower_ for t in doc[sent.start:sent.end]]
    for i, word in enumerate(words[:-2]):
        if not (word in _ANY or word == "any" and words[i + 1] in _KINDS):
            continue
        that = i + 1 if word in _ANY else i + 2  # "whatever" needs no "that": "Whatever made agents retype..."
        if word == "whatever" and words[that] not in {"that", "which"}:
            that = i
        elif words[that] not in {"that", "which"}:  # in range: `i` stops two words before the end
            continue
        if any(w in _NOT for w in words[that + 1:that + 3]):
            continue
        for v in range(that + 2, len(words) - 1):
            if _verdict_starts(doc[sent.start + v], sent):
                return sent.start + that < ask.subject_start and ask.subject_end <= sent.start + v
    return False


# each cue's own refusals (cue at words s to e), which the learned layer keeps when the cue is in its sentence
_CUE_REFUSALS = {
    # "please never remove the notes on the cover", "Please don't change it", "Please fix.", "Please check.": the
    # words that ask want nothing built
    "please": lambda doc, sent, s, e: _please_asks_nothing(doc, sent, s, e),
    # "An API is not an integration for a team without developers"
    "absent": lambda doc, sent, s, e: _names_people(doc, e, sent.end),
    # what others ask for and a verdict ("The Sage integration people keep asking for is irrelevant to us"), whom
    # one asks for ("asking for my boss"), what nobody asks for ("nobody wants another password")
    "asking_for": lambda doc, sent, s, e: _others_ask_described(doc, sent, s, e) or _asking_on_behalf(doc, sent, s)
    or _nobody_before(doc, sent, s),
    # "Nobody needs the Gantt view", "no one here needs a mobile app", "We don't really need integrations"
    "need": lambda doc, sent, s, e: _nobody_before(doc, sent, s) or _need_denied(doc, sent, s),
    # "Both would make renewal a no-brainer": what would help was named before
    "would_be_nice": lambda doc, sent, s, e: _points_back(doc, sent, s, e),
    "would_benefit": lambda doc, sent, s, e: _points_back(doc, sent, s, e) or _if_we_had_done(doc, sent),
    # "If we sold office chairs, you'd have won": what the customer did, not the product
    "conditional": lambda doc, sent, s, e: _if_we_had_done(doc, sent),
}


def _refused_by_its_cue(doc, sent, hits: dict) -> bool:
    """Whether a cue of the sentence (`hits`: (start, end) by rule) is one its own rule refuses (`_request` reads
    the same table)."""
    return any(refuses(doc, sent, s, e) for rule, refuses in _CUE_REFUSALS.items() for s, e in hits.get(rule, ()))


_BOUNDARY = {",", ";", ":", ".", "!", "?", "so", "because", "since", "as", "which", "but", "and",
             "(", ")", "-", "–", "—", "though", "otherwise", "especially"}


# after a comma that follows an ask, words that tie what comes next to that ask: "..., including the 200 old ones"
_ATTACHED = {"including", "instead", "such", "except"}  # ("especially" already ends the item: _BOUNDARY)


def _sent_starts(doc, sents=None) -> list[bool]:
    """Whether each token starts a sentence (the sentencizer marks the first token of each of doc.sents)."""
    starts = [False] * len(doc)
    for sent in sents if sents is not None else doc.sents:
        starts[sent.start] = True
    return starts


def _first_words(pattern) -> set | None:
    """The words a pattern can start with (lower forms or lemmas), or None when it can start anywhere."""
    first = pattern[0]
    for attr in ("LOWER", "LEMMA"):
        value = first.get(attr)
        if isinstance(value, dict) and "IN" in value:
            return set(value["IN"])
        if isinstance(value, str):
            return {value}
    return None


class RequestDetector:
    """The rules are grouped by their first words, as one spaCy Matcher per group would run them, and matched by
    :class:`patterns.TokenPatterns` (spaCy's Matcher semantics, in plain Python over the doc's words): a pattern
    is tried only where one of its first words stands, and no Token object is made."""

    def __init__(self, ask_model="default", interview_model="default", interview_reader="default",
                 comment_reader=None, named_thing="default"):
        get_nlp()
        self.ask_model = default_ask_model() if ask_model == "default" else ask_model
        self.interview_model = default_interview_model() if interview_model == "default" else interview_model
        # which run of words names what the learned layer's ask is for (named_thing.py)
        self.named_thing = default_chooser() if named_thing == "default" else named_thing
        # the fine-tuned readers (ask_reader.py), loaded at the first text that needs one; the comments' reader
        # only for the careful pass ("default" there): it reads about 80 comments a second
        self._readers = {True: interview_reader, False: comment_reader}
        groups: dict[frozenset | None, list] = {}
        for name, patterns in _RULES.items():
            for pattern in patterns:
                words = _first_words(pattern)
                groups.setdefault(frozenset(words) if words is not None else None, []).append((name, pattern))
        self.groups = list(groups.items())
        self.patterns = TokenPatterns()
        for _, group in self.groups:
            self.patterns.add_group(group)

    def matches(self, doc, view: TokenView | None = None, sents=None) -> list[tuple[str, int, int]]:
        """(rule, start, end) of every rule match in the doc, in the order of the groups' Matchers."""
        view = view or TokenView(doc)
        return self.patterns(view, _sent_starts(doc, sents))

    def detect_all(self, doc, view: TokenView | None = None, sents=None, parts=None, rivals=(),
                   own_names=()) -> dict[int, Request]:
        """Requests of a doc, keyed by the start token of their sentence (one pass of the matchers).
        `view` and `sents` (the list of doc.sents), when given, save reading the doc again; `parts`, `rivals`,
        `own_names`: as `read`."""
        return {sent.start: req for sent, _features, req in self.read(doc, view, sents, parts, rivals, own_names)
                if req is not None}

    def read(self, doc, view: TokenView | None = None, sents=None, parts=None, rivals=(), own_names=()):
        """(sentence, the ask model's features of it, its ask or None) for each sentence: the rules' ask, unless
        the learned layer (``asks.py``) finds it very unlikely; or, where the rules found none, an ask the
        learned layer finds likely. `parts`: for an interview, [(start character, part)] of each part of the
        record (``analysis.transcripts.joined``). `rivals`: the competitors' names, as the interviews record them:
        what a rival has or was ahead on is what the customer wanted ("Quayside handles EDI natively",
        "reporting (Quayside)"). `own_names`: the product's own names, as the surveys give it: the product is
        never the thing asked for ("Does Brewlog have an app for iPhone?" asks for the app)."""
        rival_words = [tuple(name.split()) for name in rivals if name.split()]
        own = own_words(own_names)
        sents = sents if sents is not None else list(doc.sents)
        view = view or TokenView(doc)
        by_sent: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for name, s, e in self.matches(doc, view, sents):
            sent = next(x for x in sents if x.start <= s < x.end)
            if e > sent.end:
                continue
            by_sent.setdefault(sent.start, {}).setdefault(name, []).append((s, e))
        previous_kept = asked_before = False
        last_part, read = None, {}
        comment_foreign = in_other_language(view.texts[sents[0].start:sents[-1].end] if sents else ())
        for index, sent in enumerate(sents):
            part = _part_at(parts, view, sent) if parts else None
            if part != last_part:
                asked_before, last_part = False, part  # each answer, turn or the notes asks afresh
            hits = by_sent.get(sent.start) or {}
            req = self._choose(doc, sent, hits) if hits else None
            fragment = False
            if req is None:
                req = self._fragment(doc, sent, view)
                fragment = req is not None
            chosen = req.rule.partition(":")[0] if req is not None else None
            then_please = index + 1 < len(sents) and _only_please(view, sents[index + 1])
            features = sentence_features(view, sent.start, sent.end, hits, chosen, fragment,
                                         (index, len(sents)), word_tags(), previous_kept, part, then_please)
            previous_kept = chosen is not None
            model, learned, p, rarest = (self.interview_model if parts else self.ask_model), False, None, None
            if model is not None:
                p = model.probability(features)
                if self._readers[bool(parts)] is not None:
                    p = self._read_again(read, doc, sents, sent, p, req, part, bool(parts))
                learned = req is None and p >= model.add
                if req is not None and p < (model.add if chosen in BARE_RULES else model.drop):
                    req = None
                elif learned:
                    req, rarest = self._learned_asks(doc, sent, view, p, in_interview=bool(parts), own=own)
            if in_other_language_sentence(sent.text, view.texts[sent.start:sent.end], comment_foreign):
                # "Il manque juste le français": the English rules cannot read it; the phrases of its language can.
                # Such an ask has no certainty: the learned layer reads English, and cannot doubt what it cannot
                # read. Where no phrase asks, what the English rules or layer found stands when the layer is
                # fairly sure (names and cognates it knows); the phrases alone missed two asks in three of the
                # blind set in other languages
                english_read = req
                req = self._in_other_language(doc, sent, asked_before)
                if req is None and english_read is not None and not fragment and p is not None \
                        and p >= FOREIGN_ASK_BAR:  # not a bare phrase: "Grazie!", "Bon produit."
                    req = english_read
                    for ask in req.all():
                        ask.certainty = p
                asked_before = asked_before or req is not None
                yield sent, features, req
                continue
            if learned and req is not None and rarest is not None and rarest is not req and self._vetted(
                    doc, sent, view, rarest, learned, fragment, hits, parts, sents, index, asked_before,
                    rival_words) is None:
                req = None  # what the sentence says is judged as before by its rarest words: "With Pipedrive
                # they logged in twice and went back to their notes" tells what happened, whatever names the thing
            req = self._vetted(doc, sent, view, req, learned, fragment, hits, parts, sents, index, asked_before,
                               rival_words)
            listed, head_end, gap_head = self._announced_list(doc, sent, view)
            if gap_head and p is not None and p < model.drop:
                listed = []  # "The one gap: our customers are logistics managers on locked-down desktops"
            if len(listed) == 1 and req is not None and any(other.subject_start > head_end for other in req.all()):
                listed = []  # one item, and the rules found the asks after the head themselves
            if listed:  # the list is the sentence's asks: "Two things for the next release please: SSO and ...";
                # one item mends an ask the rules took from the head ("Wishlist from our CFO: multi-currency")
                req = _with_listed(None, listed + [other for other in (req.all() if req else [])
                                                   if other.subject_start > listed[-1].subject_end])
            ahead = self._rival_ahead(doc, sent, view, rival_words) if rival_words else []
            if ahead and req is not None and req.rule.startswith(("learned", "fragment")):
                req = _with_listed(None, ahead + [other for other in req.all() if not _overlaps(other, ahead)
                                                  and view.lowers[other.subject_start - 1] != "("])
                # "usability (Stockroom), price (Stockroom cheaper by about 15%)": inside a bracket, who was ahead
            elif ahead:
                req = _with_listed(req, ahead)
            if req is not None and own:
                req = _with_listed(None, [self._not_the_product(doc, sent, view, ask, own, p, bool(parts))
                                          for ask in req.all()])
            asked_before = asked_before or req is not None
            for ask in (req.all() if req is not None else []):
                ask.certainty = p
            yield sent, features, req

    def _vetted(self, doc, sent, view, req, learned: bool, fragment: bool, hits: dict, parts, sents, index: int,
                asked_before: bool, rival_words: list) -> Request | None:
        """The sentence's ask, or None where what it says is no ask after all: how something went, praise, a price,
        what we have, who is writing, what is not wanted, what a rival did or is, what happened."""
        if learned and _refused_by_its_cue(doc, sent, hits):
            req = None  # the learned layer does not ask what the cue's own rule would not
        if req is not None and (learned or fragment) and _reports_how_it_went(view, sent, req):
            req = None  # "SSO setup took weeks.": how the setting up went, not a thing to build
        if req is not None and (learned or fragment) and (_says_it_works(view, sent, req)
                                                          or not parts and _says_what_it_saves(view, sent)):
            # "The Outlook and Slack integrations worked out of the box.": praise. What something saves is
            # praise in a comment; in an interview it is as often a rival's ("Wattwise, Greenmeter. Saves my
            # team time; catches billing errors")
            req = None
        if req is not None and (learned or fragment) and _costs_too_much(view, req):
            req = None  # "Also too pricey for a bakery", "getting expensive at renewal": a price, nothing to build
        if req is not None and (learned or fragment) and _says_we_have(view, sent):
            req = None  # "You had an API and a very friendly solutions engineer.": what we have is no ask
        if req is not None and _imagined_otherwise(view, sent):
            req = None  # "If Pipedrive had matched the mobile app we'd have had a harder time choosing"
        if req is not None and (learned or fragment) and len(sents) > 1 and index in (0, len(sents) - 1) \
                and _names_the_writer(view, sent):
            req = None  # "Store manager, Bath branch.": who is writing, before or after what they say
        if req is not None:
            kept = [ask for ask in req.all() if not _not_wanted(doc, sent, ask)]
            if len(kept) < len(req.all()):  # "Said they don't need accounting sync"
                req = _with_listed(None, kept) if kept else None
        if req is not None and _asks_the_sales_team(req.subject):
            req = None  # "Peer references for executives would help": asked of sales, not of the product
        if req is not None and learned and (_someone_else_did(req.subject) or _what_they_did(view, req)):
            req = None  # "Pipedrive bundled the CRM with their marketing tools": what a rival did
        if req is not None and learned and req.subject_end - req.subject_start > 1 and _tells_what_happened(
                view.lowers[req.subject_start], view.lowers[req.subject_start + 1],
                view.texts[req.subject_start + 1]):
            req = None  # "Left for FieldNote.": what happened, not a thing
        if req is not None and rival_words and (learned or fragment) and (
                _rival_compared(view, req, rival_words) or fragment and _tells_of_a_rival(view, sent, req,
                                                                                          rival_words)):
            req = None  # "Quayside.", "Quayside more expensive": what a rival is, or a rival alone, is no ask
        if req is not None and (learned or fragment) and parts and _only_names(req.subject) \
                and not _a_product_to_connect(req.subject, rival_words):
            req = None  # "With Pipedrive they logged in twice": interviews name competitors, people, firms
        if req is not None and fragment and asked_before and view.lowers[sent.start] not in ADDING_LEAD_INS:
            req = None  # "Calculated metrics would help. Blended CPA. Weighted averages.": the ask, spelled out
        return req

    def read_ahead(self, comments) -> None:
        """Encodes every sentence of these comment docs with the comments' reader in one pass (it remembers
        them), when this detector reads carefully."""
        reader = self._reader(interview=False)
        if reader is not None:
            reader.encode([text for doc in comments for text in _sentence_texts(doc, doc.sents)])

    def meaning(self, doc):
        """A comment's meaning as the comments' reader reads it (``AskReader.meaning``), None when this detector
        reads without it."""
        reader = self._reader(interview=False)
        return None if reader is None else reader.meaning(_sentence_texts(doc, doc.sents))

    def _reader(self, interview: bool):
        """The fine-tuned reader of interviews or of comments, loaded at the first text that needs it; None when
        this detector reads without one, or it is not installed."""
        if self._readers[interview] == "default":
            self._readers[interview] = interview_reader() if interview else comment_reader()
        return self._readers[interview]

    def _read_again(self, read: dict, doc, sents, sent, p: float, req, part: str | None, interview: bool) -> float:
        """The layer's probability, with the fine-tuned reader's (``ask_reader.py``) where it can change the
        decision. `read`: the doc's sentences as the reader encoded them, all in one pass the first time one is
        needed."""
        kind = rule_kind(req)
        if not worth_reading(p, kind):
            return p
        reader = self._reader(interview)
        if reader is None:
            return p
        if not read:
            read.update(zip((s.start for s in sents), reader.encode(_sentence_texts(doc, sents))))
        kinds = part_kinds(part)
        return together(p, reader.logit_of(read[sent.start], kind, kinds[0] if kinds else None))

    def _learned(self, doc, sent, view, p: float, in_interview: bool = False, own=frozenset()) -> Request | None:
        """The ask of a sentence no rule caught, as the learned layer's ask: of its runs of words that may name the
        thing (``candidate_runs``), the one the chooser (``named_thing.py``) finds names it."""
        return self._learned_asks(doc, sent, view, p, in_interview, own)[0]

    def _learned_asks(self, doc, sent, view, p: float, in_interview: bool = False,
                      own=frozenset()) -> tuple[Request | None, Request | None]:
        """The learned layer's ask (as ``_learned``) and the ask of the run whose words are rarest, the first of
        equals, which judged the sentence before the chooser (the same ask where the two runs are one, or where no
        chooser is installed)."""
        runs = candidate_runs(view, sent, in_interview, own)
        if not runs:
            return None, None
        rarest = max(runs, key=lambda run: (run[2], -run[0]))[:2]
        chosen = self.named_thing.best(view, sent, runs, word_tags(), REQUEST_FILLER) \
            if self.named_thing is not None else rarest
        asks = {run: self._learned_ask(doc, sent, view, p, run) for run in {chosen, rarest}}
        return asks[chosen], asks[rarest]

    def _learned_ask(self, doc, sent, view, p: float, run: tuple[int, int]) -> Request | None:
        start, end = run
        if end - start == 1 and names_nothing(view.lowers[start]):
            return None  # "Please fix.": a doing, nothing named
        piece = doc[start:end]
        return self._make(doc, sent, "learned", piece, piece.text, start, note=f"p={p:.2f}")

    def _not_the_product(self, doc, sent, view, ask: Request, own: frozenset, p, in_interview: bool) -> Request:
        """The ask, with a subject that names something other than the product itself: "Please add 8D report
        format to Plantline" asks for the format; where the rule took only the product's name ("Plantline had no
        connector"), the sentence's run of words that names the most instead, when it has one."""
        words = view.lowers[ask.subject_start:ask.subject_end]
        if _only_own(words, own):
            other = self._learned(doc, sent, view, p, in_interview, own)
            if other is None or _only_own(view.lowers[other.subject_start:other.subject_end], own):
                return ask
            start, end = other.subject_start, other.subject_end
        else:
            start, end = ask.subject_start, _before_the_product(words, own) + ask.subject_start
            if end == ask.subject_end:
                return ask
        mended = self._make(doc, sent, "own name", doc[start:end], doc[start:end].text, start)
        if mended is None:
            return ask
        mended.rule, mended.certainty = ask.rule, ask.certainty
        mended.trigger_end = max(mended.trigger_end, ask.trigger_end)
        return mended

    def _in_other_language(self, doc, sent, asked_before: bool) -> Request | None:
        ask = foreign_ask(sent.text, asked_before)
        if ask is None:
            return None
        trigger = doc.char_span(sent.start_char + ask.trigger[0], sent.start_char + ask.trigger[1],
                                alignment_mode="expand") or doc[sent.start:sent.start + 1]
        return self._make(doc, sent, "other language", trigger, ask.subject, trigger.start)

    def detect(self, doc, sent) -> Request | None:
        hits = {}
        view = TokenView(doc)
        for name, s, e in self.patterns(view, _sent_starts(doc), sent.start, sent.end):
            hits.setdefault(name, []).append((s + sent.start, e + sent.start))
        return (self._choose(doc, sent, hits) if hits else None) or self._fragment(doc, sent)

    def _choose(self, doc, sent, hits) -> Request | None:
        """The sentence's asks: the first rule in RULE_ORDER that names something, then any further ask
        after it ("no route optimisation and no EU hosting", "Okta SSO, and offline mode")."""
        found, triggers = [], []
        for s, e, name in sorted(((s, e, name) for name, spans in hits.items() for s, e in spans),
                                 key=lambda hit: RULE_ORDER.index(hit[2])):
            if found and s < found[0].trigger_end and (name != "absent" or s >= triggers[0][0]):
                continue  # inside the first ask's words; a lack named before it is an ask of its own ("No SSO,
                # no API.")
            request = self._request(doc, sent, name, s, e)
            if request is None or _overlaps(request, found):
                continue
            found.append(request)
            triggers.append((s, e, name))
        if not found:
            return None
        found = _one_ask_per_wording(doc, found, triggers)
        found.sort(key=lambda r: r.subject_start)
        last = max(found, key=lambda r: r.subject_end)
        listed, objects_end = self._listed_after(doc, sent, max(last.subject_end, last.trigger_end),
                                                 last.subject_start)
        if objects_end is not None:
            found[found.index(last)] = _widened(doc, last, objects_end)
        first, rest = found[0], found[1:]
        first.more = rest + listed
        return first

    def _listed_after(self, doc, sent, start: int, ask_start: int) -> tuple[list, int | None]:
        """Asks listed after an ask with "and", "+" or a comma: noun phrases with no verb of their own; and None,
        or, where the list's last item goes on to say what should happen to them all ("gas safety, EICR and EPC
        expiry dates tracked with reminders"), where that says its last word: the list is one ask's objects."""
        out, commas = [], False
        while True:
            i = start
            while i < sent.end and doc[i].lower_ in {",", "and", "and/or", "+", "&", ";", "plus", "also", "then"}:
                i += 1
            if i == start or i >= sent.end:
                return out, None
            joins = [t.lower_ for t in doc[start:i]]
            j = i
            while j < sent.end and doc[j].lower_ not in _BOUNDARY and doc[j].lower_ not in {"+", "&"}:
                j += 1
            aside = next((k for k in range(i + 1, j - 1) if _an_aside_opens(doc[k])), None)
            ends, j = j, aside or j  # "a proper API while you're at it, and dark mode": the aside is no part of it
            if out and _says_what_happens_to(doc, i, j):
                return [], j
            if joins == ["and"] and doc[i].lower_ not in {"a", "an", "the", "some", "also"} and not commas \
                    and (out or not _two_features(doc[ask_start:start], doc[i:j])):
                if not out and _an_acronym(doc[start - 1:start]) and _an_acronym(doc[i:i + 1]):
                    # "SSO and SCIM", "GBP and USD", "SAML SSO and SCIM provisioning": one ask names both
                    return [], i + 1 + _words_before_a_preposition(doc[i + 1:j])
                return out, None  # "pipeline by region and segment" is one thing; "SSO, SCIM and audit logs" three,
                # and "dark mode and SSO" two
            if word_tags().get(doc[i].lower_) == "IN" or doc[i].lower_ in _ATTACHED:
                return out, None  # "one login across our hotels, via Okta": what follows tells more of the ask
            if not out and _names_after_a_preposition(doc, start, i, j):
                return out, None  # "price lists in EUR, GBP and CHF": the names the ask's preposition takes
            piece = doc[i:j]
            joined = bool(set(joins) & _LIST_JOINS)
            if not _looks_like_fragment(piece, listed=True, joined=joined) and not (joined and _names_a_feature(piece)):
                return out, None
            if not out and joins == [","] and all(t.is_punct for t in doc[j:sent.end]) \
                    and all(t.text[:1].isupper() for t in piece if t.is_alpha):
                return out, None  # "what we miss from our old system, Classmate SIS": the same thing named again
            commas = commas or "," in joins
            subject = extract_subject(doc, sent, i, i, prefer_before=False)
            request = self._make(doc, sent, "listed", piece, subject, i)
            if request is None:
                return out, None
            out.append(request)
            start = ends if aside else request.subject_end

    def _announced_list(self, doc, sent, view: TokenView) -> tuple[list, int, bool]:
        """The asks listed after a colon that announces them: "Two asks: SSO and cheaper seats", "Erik's
        conditions for year 2: EU hosting, Azure AD login, and pricing in SEK", "Wishlist: Teams cards, and
        mobile push when a deploy waits on me", or after what the writer says their gap is ("Our biggest gap is
        claims"). Each item is read up to its first verb, bracket or clause. Also the token that ends the head
        (the colon), and whether the head names a gap (its list is kept only where the learned layer would keep
        a rule's ask)."""
        words, last = view.lowers[sent.start:sent.end], sent.end
        said_to_be = _gap_said_to_be(words)
        if said_to_be is not None:  # "Our biggest gap compared to ChairSide Cloud is claims."
            colon = sent.start + said_to_be  # what the gap is, up to the clause that explains it
            last = sent.start + next((k for k in range(said_to_be + 1, len(words)) if words[k] in {",", ";", ":"}),
                                     len(words))
        elif ":" in words:
            colon = sent.start + words.index(":")
        else:  # "Their must-haves were a BIM viewer, SAML single sign-on, and importing P6 schedules."
            colon = next((sent.start + k for k, word in enumerate(words[:LIST_HEAD_WORDS])
                          if word in _BE_LISTING and set(words[:k]) & _BE_HEADS), None)
            if colon is None or "," not in words[colon - sent.start:]:
                return [], -1, False
            if ";" in words[colon - sent.start:]:  # "...; Campusly had none of the three": another clause
                last = sent.start + words.index(";", colon - sent.start)
        heads = set(view.lowers[sent.start:colon])
        if colon - sent.start > LIST_HEAD_WORDS or not (heads & LIST_HEADS or {"wish", "list"} <= heads
                                                        or view.lowers[colon] in _BE_LISTING):
            return [], -1, False
        out, i = [], colon + 1
        one_gap = "gap" in heads and "gaps" not in heads  # one thing, named; or a story of what it is like
        while i < last:
            while i < last and (view.punct[i] or view.lowers[i] in _LIST_JOINS):
                i += 1
            start, end, stopped, clause, named = i, i, False, False, False
            while i < last and view.lowers[i] not in {",", ";"} and not (view.lowers[i] in _LIST_JOINS
                                                                          and i > start and not clause) \
                    and not (i > start and _numbered(view, i, last)):  # "1) report builder 2) contractor app"
                ends = view.lowers[i] in _ITEM_ENDS and not view.infix_hyphen(i) \
                    or word_tags().get(view.lowers[i]) in {"VBD", "MD"} and named \
                    and not _participle_phrase(view, i, last)  # "a signed DPA"; not VBZ: "reports"
                named = named or view.lowers[i] not in REQUEST_FILLER and not view.punct[i]  # the item named a thing
                stopped = stopped or ends
                # a clause keeps its "and" ("SCIM so accounts are created and removed automatically"), a bracket
                # does not ("sign in with Google (they're on Workspace) and cheaper seats")
                clause = (clause or ends and view.lowers[i] != "(") and view.lowers[i] != ")"
                if not stopped:
                    end = i + 1
                i += 1
            while end > start and (view.punct[start] or view.lowers[start] in REQUEST_FILLER
                                   or _like_num(view.texts[start])):
                start += 1  # "1) approval chain"
            while end > start and (view.punct[end - 1] or view.lowers[end - 1] in REQUEST_FILLER
                                   and not (view.lowers[end - 1] in KEPT_LAST and end - 1 > start)) \
                    and not (end - 2 > start and view.infix_hyphen(end - 2)) \
                    and not (end - 1 > start and (view.lowers[end - 2], view.lowers[end - 1]) in _COMPOUNDS_APART):
                end -= 1  # "a driver app" keeps its app, "single sign-on" and "single sign on" their on
            if i > start and end > start and not _in_brackets(view, colon + 1, start):
                piece = doc[start:end]
                if said_to_be is not None and ("not" in view.lowers[colon + 1:start] or any(
                        t.lemma_ in NOT_CAPABILITIES or t.lower_ in NOT_CAPABILITIES for t in piece)):
                    continue  # "The gaps were the issue, not the people.": no thing to build
                if one_gap and (out or not _looks_like_fragment(list(piece), listed=True)):
                    break  # "Gap: students expect an app from the App Store, not a web link": one gap, told
                request = self._make(doc, sent, "listed", doc[colon:colon + 1], piece.text.strip(" .,;:!?"), start)
                if request is not None and _content(list(piece)):
                    out.append(request)
        return out, colon, said_to_be is not None or "gap" in heads

    def _rival_ahead(self, doc, sent, view: TokenView, rival_words: list) -> list:
        """What a rival was ahead on: a criterion with the rival in brackets ("scanning on the floor (Quayside)",
        "grocery EDI (BoxHarbor won)"), or what a rival has or does, said of it as a clause's subject
        ("Quayside handles EDI natively", "Tallyport syncs with their Shopify stores")."""
        out = []
        i = sent.start
        while i < sent.end:
            length = _rival_at(view, i, rival_words)
            if not length:
                i += 1
                continue
            if i > sent.start and view.lowers[i - 1] == "(":
                start = i - 1
                while start > sent.start and not (view.punct[start - 1]
                                                  and view.lowers[start - 1] not in {"-", "/", "&"}):
                    start -= 1
                end = i - 1
                while start < end and (view.punct[start] or view.lowers[start] in _ARTICLES):
                    start += 1
                if start < end and not set(view.lowers[start:end]) & _NOT_BUILT:
                    out.append(self._make(doc, sent, "rival_ahead", doc[i - 1:i + length], doc[start:end].text, start))
            elif (i == sent.start or view.punct[i - 1] or not view.lowers[i - 1].strip()
                  or view.lowers[i - 1] in {"and", "but", "whereas", "while"}) \
                    and not set(view.lowers[i:sent.end]) & _BUT_LACKING:
                verb = i + length
                while verb < sent.end and view.lowers[verb] in {"already", "also", "just", "even", "actually"}:
                    verb += 1
                if verb + 1 < sent.end and view.lowers[verb] in _RIVAL_HAS and not _pronoun_at(view, verb + 1):
                    subject = extract_subject(doc, sent, verb, verb + 1, after_only=True)
                    if view.lowers[verb] in _RIVAL_CONNECTS and subject:  # "syncs with their Shopify stores"
                        begin = view.start_char(verb)
                        subject = doc.text[begin:doc.text.find(subject, begin) + len(subject)]
                    if subject:
                        out.append(self._make(doc, sent, "rival_has", doc[i:verb + 1], subject, verb + 1))
            i += length
        return [request for request in out if request is not None]

    def _fragment(self, doc, sent, view: TokenView | None = None) -> Request | None:
        """A sentence that is only a noun phrase names what is wanted: "Dark mode.", "OFFLINE MODE!!!",
        "QuickBooks Online next?", "Then SSO with Okta." """
        if view is not None and not _may_be_fragment(view, sent.start, sent.end):
            return None
        span = doc[sent.start:sent.end]
        words = [t for t in span if not t.is_punct and not t.is_space]
        while words and words[0].lower_ in _LEAD_INS:
            words.pop(0)
        if not words or not _looks_like_fragment(words):
            return None
        piece = doc[words[0].i:words[-1].i + 1]
        subject = piece.text
        while subject and (_courtesy(subject.split()[-1]) or subject.split()[-1].lower() in {"next", "asap"}):
            subject = subject.rsplit(None, 1)[0] if " " in subject else ""
        subject = subject.strip(" .,!?")
        if _tagged_a_statement(subject):
            return None  # no noun phrase after all; the learned layer may still read a complaint that asks in it
        return self._make(doc, sent, "fragment", piece, subject, words[0].i)

    def _request(self, doc, sent, name, s, e) -> Request | None:
        span = doc[sent.start:sent.end]
        if name in WEAK_RULES and any(t.lemma_ in FAILURE_LEMMAS or t.lower_ in FAILURE_LEMMAS for t in span):
            return None
        if name == "missing" and s > sent.start and doc[s - 1].lemma_ == "go":
            return None
        if name == "missing" and _nothing_missing(doc, sent, s):
            return None  # "Nothing missing per Claire.", "nothing is missing for us"
        if name in ("need", "asking_for") and _described_by_what(doc, sent, s):
            return None  # "fine for what we need", "the reports are what our board wants": a description
        if name == "conditional" and (not any(t.lower_ in CONDITIONAL_MAIN for t in span)
                                      or any(t.lower_ in NOT_A_WISH for t in doc[s:min(e + 4, sent.end)])):
            return None  # "If it weren't for the app we'd have left", "If I could give zero stars"
        if name == "no_way" and doc[s].lower_ in {"there", "theres"} and not _there_is_no_thing(doc, e, sent.end):
            return None  # "There was no answer.", "There's no place for it.": nothing named that could be built
        if name == "absent" and doc[s].lower_ == "never" and _clause_words(doc, e, sent.end) & {"right", "working"}:
            return None  # "Onboarding was rushed, we never got the pipeline stages right": the setting up failed
        if name == "asking_for" and doc[s].lower_ == "still" and not _names_capability(doc[e:min(e + 3, sent.end)]):
            return None  # "Still waiting for a reply from support": what support owes, not a thing to build
        if name == "cannot_do" and doc[e - 1].lemma_ == "match" and (e == sent.end or doc[e].is_punct):
            return None  # "at a price we could not match": a rival's offer, not a thing to build
        if name == "need" and doc[e - 2].lower_ == "to" and e < sent.end and doc[e].lower_ in _SEEN_NOT_NAMED:
            return None  # "the sales team needs to see it next to the account", "need to see what's on the shelf"
        if name in _CUE_REFUSALS and _CUE_REFUSALS[name](doc, sent, s, e):
            return None  # a cue its rule refuses, as the learned layer does (`_refused_by_its_cue`)
        if name in ("asking_for", "need") and _names_people(doc, e, sent.end):
            return None  # "I want people who pick up the phone" ("absent": `_CUE_REFUSALS`)
        if name == "question" and not span.text.rstrip().endswith("?"):
            return None
        if name == "top_ask" and doc[e - 1].lower_ == "overdue" and (
                s == sent.start or doc[s - 1].lemma_ in _OWED or doc[s - 1].lower_ in _OWED | _OVERDUE_WHO):
            return None  # "Our invoice is overdue", "the fix is long overdue": what is owed, not a thing to build
        if name == "absent" and (not _names_capability(doc[s:min(e + 3, sent.end)])
                                 or s + 1 < sent.end and doc[s + 1].lower_ in _OBJECT_PRONOUNS
                                 or _without_doing(doc, s, sent.end)):
            return None  # "no signal in the basement", "people used it without me nagging", "without emailing us"
        if name == "would_benefit" and doc[e - 1].lower_ == "be" and e < sent.end \
                and word_tags().get(doc[e].lower_) in {"VBN", "VBD"}:
            return None  # "it would be fixed in the next release": a promise, not an ask
        if name == "should" and not _content(doc[e:sent.end]):
            return None  # "Exactly what a CRM should be."
        # "A dark mode would be great", "Syncing with X would save us hours": the ask comes first.
        after = e - 1 if _names_first_word(doc, name, s, e) or name == "question" and _asks_of_the_thing(doc, s, e) \
            else e
        subject = extract_subject(doc, sent, s, after, prefer_before=name in SUBJECT_BEFORE,
                                  before_only=name in SUBJECT_BEFORE_ONLY)
        if name == "please" and (e >= sent.end or doc[e].is_punct or doc[e].lower_ in _BOUNDARY
                                 or _courtesy(doc[e].text)):
            # "Hosting in Europe please, and ...", "SSO pls thx": the ask is what comes before the please
            subject = extract_subject(doc, sent, s, e, before_only=True) or subject
        if " " not in subject and names_nothing(subject.lower()):
            return None  # "Fix please.", "Please prioritise.", "Please tell me that's on the roadmap"
        if name == "asking_for" and doc[s].lemma_ == "keep":
            subject = _kept_asking_about(doc, sent, s, e)
        if name == "no_way" and doc[e - 1].lower_ in _NAMED_LACKS and (e == sent.end or doc[e].is_punct):
            subject = doc[s + 1:e].text  # "No Outlook sync, no API, no app": the API is what is missing
        if name == "conditional":
            subject = _what_was_offered(doc, e, sent.end, subject)
        return self._make(doc, sent, name, doc[s:after], subject, s)  # the cue, without the ask's first word

    def _make(self, doc, sent, name, trigger, subject, near: int, note: str = "") -> Request | None:
        subject = _without_who_asks(_unmarked(subject or ""))
        offset = sent.text.find(subject) if subject else -1
        if offset >= 0 and subject.count("(") > subject.count(")"):  # "Integration gap (NetSuite" closes its bracket
            after = offset + len(subject)
            subject += ")" if sent.text[after:after + 1] == ")" else ""
            subject = subject if subject.count("(") == subject.count(")") else subject[:subject.rfind("(")].rstrip()
        if not subject:
            return None
        key = request_key(subject)
        if not key:
            return None
        start = sent.start_char + max(offset, 0)
        first = doc.char_span(start, start + len(subject), alignment_mode="expand") if offset >= 0 else None
        begin, end = (first.start, first.end) if first is not None else (near, near + 1)
        return Request(text=title_of(subject), sentence=as_written(sent).strip(),
                       rule=f"{name}: '{trigger.text.strip()}'" + (f" ({note})" if note else ""), subject=subject,
                       key=key, start_char=sent.start_char + len(sent.text) - len(sent.text.lstrip()),
                       end_char=sent.end_char, subject_start=begin, subject_end=end,
                       trigger_end=max(end, trigger.end))


# the verbs of a conditional that give what was asked for: "If you had offered a smaller starter plan", "If you
# supported SAML"; the ask is their object
_OFFERING = {"offered", "offer", "offers", "built", "build", "supported", "support", "shipped", "ship", "added", "add",
             "provided", "provide", "gave", "give", "included", "include", "had", "have", "released", "release",
             "launched", "launch", "introduced", "introduce", "allowed", "allow"}


def _what_was_offered(doc, e: int, end: int, subject: str) -> str:
    """The object of the verb that opens a conditional's subject: "If you had offered a smaller starter plan" ->
    "smaller starter plan", "If you guys offered SSO" -> "SSO". Not "if accepted offers synced into Workday"
    (a noun, a verb after it), nor "if Hireline supported it" (a pronoun names nothing)."""
    if not (_tag(doc, e - 1, end) == "PRP" or doc[e - 1].text[:1].isupper()):
        return subject  # "if accepted offers synced": the if-clause's subject is not a person or a product
    verb = e
    while verb < end and (doc[verb].lower_ in REQUEST_FILLER or doc[verb].lower_ in {"guys", "folks"}) \
            and not (doc[verb].lower_ in _OFFERING and not _tag(doc, verb + 1, end).startswith("VB")):
        verb += 1  # past "guys", "had" before "offered"; not the "had" of "had an API"
    if verb >= end or doc[verb].lower_ not in _OFFERING or not _tag(doc, verb, end).startswith("VB"):
        return subject
    rest = verb + 1
    while rest < end and doc[rest].lower_ in REQUEST_FILLER and not _tag(doc, rest, end).startswith("PRP"):
        rest += 1
    if rest >= end or doc[rest].is_punct or _tag(doc, rest, end).startswith(("PRP", "VB", "MD")):
        return subject
    said = subject.lower().find(doc[verb].lower_ + " ")
    at = subject.lower().find(doc[rest].lower_, said + len(doc[verb].text)) if said >= 0 else -1
    return subject[at:] if at > 0 else subject  # (the subject may have left the verb out already)


_RUN_ENDS = {"="}  # "No single sign-on = no security approval": a sign, not a word of the thing


def candidate_runs(view: TokenView, sent, in_interview: bool = False, own=frozenset()) -> list[tuple[int, int, float]]:
    """(start, end, weight) of the runs (``_runs``) that name something, first choices only where there are any."""
    runs = [(start, end, named) for start, end, named in _runs(view, sent, in_interview, own) if named[1] > 0]
    first_choice = [(start, end, named[1]) for start, end, named in runs if named[0]]
    return first_choice or [(start, end, named[1]) for start, end, named in runs]


def _runs(view: TokenView, sent, in_interview: bool = False, own=frozenset()):
    """(start, end, (first choice, weight)) of each run of words of a sentence that may name a thing: no verb,
    pronoun or clause boundary inside, filler trimmed at both ends; its weight is how much its words name
    (``rarity.weight``); second choice a run of names only in an interview, of the product's own name only, or
    before a verb that names who asked."""
    run = []
    for i in range(sent.start, sent.end + 1):
        word = view.lowers[i] if i < sent.end else ""
        tag = word_tags().get(word, "")
        # a hyphenated word stays whole once its first part is in the run: "read-only", "roll-up"
        hyphened = run and run[-1] == i - 1 and i < sent.end and (view.infix_hyphen(i) or view.infix_hyphen(i - 1))
        if hyphened or i < sent.end and not view.punct[i] and word not in _BOUNDARY and word not in _FINITE \
                and tag not in {"VBZ", "VBD", "VBP", "MD", "PRP", "PRP$", "WDT", "WP", "WRB"} \
                and not _only_marks(word) and not _courtesy(word) \
                and not _how_often(view.lowers, i, sent.end):  # an emoji, a "pls" or "every day" ends a run
            run.append(i)
            continue
        # a filler word that is part of a hyphened one stays: "two-factor login", "single sign-on"
        # and so does a capitalised one inside the sentence, a name: "No Teams integration"
        while run and (view.punct[run[0]] or view.lowers[run[0]] in _RUN_ENDS
                       or (view.lowers[run[0]] in REQUEST_FILLER or view.lemmas[run[0]] in REQUEST_FILLER)
                       and not view.infix_hyphen(run[0] + 1)
                       and not _named_within(view, run[0], sent)):
            run.pop(0)
        while run and (view.punct[run[-1]] or view.lowers[run[-1]] in _RUN_ENDS
                       or (view.lowers[run[-1]] in REQUEST_FILLER or view.lemmas[run[-1]] in REQUEST_FILLER)
                       and not view.infix_hyphen(run[-1] - 1)
                       and not _named_within(view, run[-1], sent)) \
                and not _run_keeps_its_last(view, run):
            run.pop()
        # in an interview, a run of names only ("Tallyport includes free lookup users") is the ask only when
        # nothing else is: interviews name competitors, people and firms all the time
        second_choice = bool(run) and (in_interview and _only_names(view.span_text(run[0], run[-1] + 1))
                                       or bool(own) and _only_own(view.lowers[run[0]:run[-1] + 1], own)
                                       or i < sent.end and view.lowers[i] in _ASKER_VERBS)
        named = (not second_choice, sum(weight(view.lowers[j]) for j in run
                                     if view.lowers[j] not in REQUEST_FILLER and not view.punct[j]))
        if run:
            yield run[0], run[-1] + 1, named
        run = []


def _tag(doc, i: int, end: int) -> str:
    return word_tags().get(doc[i].lower_, "") if i < end else ""


# a further ask in a sentence stands when it is worded as the first one is ("no SAML, no SCIM, no audit log",
# "IT wants Okta SSO and the warehouse wants barcode scanning") or names a lack; another rule's words after an
# ask explain it ("Custom roles would be helpful: we want contractors to see logs", "SSO would be good, our IT
# guy keeps asking")
FURTHER_ASK_RULES = {"absent"}


# rules whose pattern ends on any word, which is then the first word of what is asked: "no audit trail",
# "we need EU hosting", "IT wants Okta SSO", "missing Xero sync"
OPEN_ENDED_RULES = {"absent", "need", "asking_for", "missing"}


_NAMED_LACKS = {"export", "api"}  # "no API" names a lack by itself; "no connector" says little without what to
_DOING_GOES_ON = {"IN", "RP", "DT", "PRP", "PRP$", "CD", "TO"}


def _without_doing(doc, s: int, end: int) -> bool:
    """"without emailing us", "without opening 3 websites": how the asked thing should go, not a lack. "Without
    audit logging" names a thing: the gerund there ends the phrase or is led by a noun."""
    if doc[s].lower_ != "without" or s + 2 >= end or not doc[s + 1].lower_.endswith("ing"):
        return False  # the lexicon's most frequent tag of "opening" or "logging" is a noun's
    return word_tags().get(doc[s + 2].lower_) in _DOING_GOES_ON


def _numbered(view, i: int, end: int) -> bool:
    """Token i numbers an item of a list: "2)" in "1) report builder 2) contractor app"."""
    return i + 1 < end and view.texts[i].isdigit() and len(view.texts[i]) == 1 and view.texts[i + 1] == ")"


def _participle_phrase(view, i: int, end: int) -> bool:
    """"data kept inside the EU", "journals posted into Xero": a past participle and a preposition after a noun
    tell what should happen to it, and are part of the item."""
    return i + 1 < end and word_tags().get(view.lowers[i]) == "VBD" \
        and word_tags().get(view.lowers[i + 1]) in {"IN", "RP", "TO"} and view.lowers[i + 1] not in {"that", "so"}


def _two_features(ask, listed) -> bool:
    """"dark mode and SSO", "a mobile app and SSO": an "and" between two features is between two asks. Each is
    named as the catalogue names it; or the ask before, with no preposition whose objects the "and" may go on
    listing ("pipeline by region and segment"), ends on a kept word ("mobile app") or is followed by a feature's
    acronym ("offline mode and SSO"). "roles and permissions",
    "iOS and Android" may be one."""
    named = feature_kinds(ask.text), feature_kinds(listed.text) - {"a product"}
    if not named[1]:
        return False
    if named[0] and not named[0] & named[1] and "a product" not in named[0]:
        return True
    words = [t for t in ask if not t.is_punct]
    return bool(words) and not _has_a_preposition(words) and (_ends_on_a_kept_word(words) or _an_acronym(listed))


def _names_a_feature(piece) -> bool:
    """"webhooks" in "We need 2FA and webhooks": a word no lexicon has, lower-case, that names a feature."""
    return len(piece) <= 3 and bool(feature_kinds(piece.text) - {"a product"})


def _an_acronym(tokens) -> bool:
    words = [t.text for t in tokens if not t.is_punct]
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()


def _words_before_a_preposition(tokens) -> int:
    return next((k for k, t in enumerate(tokens) if t.is_punct or _a_preposition(t)), len(tokens))


def _has_a_preposition(tokens) -> bool:
    return any(_a_preposition(t) for t in tokens)


def _a_preposition(token) -> bool:
    return word_tags().get(token.lower_) in {"IN", "TO"}


def _names_after_a_preposition(doc, start: int, i: int, j: int) -> bool:
    """The ask before `start` ends on a preposition's name ("in EUR", "in Outlook"), and `doc[i:j]`, listed after
    it, is a name or two too ("GBP", "Gmail"): more of the preposition's objects, not asks."""
    names = [t for t in doc[i:j] if not t.is_punct]
    if not 0 < len(names) <= 2 or not all(t.text[:1].isupper() for t in names):
        return False
    k = start - 1
    while k > start - 3 and k > 0 and doc[k].text[:1].isupper():
        k -= 1
    return k < start - 1 and word_tags().get(doc[k].lower_) == "IN"


def _widened(doc, request: Request, end: int) -> Request:
    """The ask read on to `end`: "gas safety" becomes "gas safety, EICR and EPC expiry dates tracked with
    reminders"."""
    while end > request.subject_end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    subject = doc[request.subject_start:end].text
    return replace(request, subject=subject, text=title_of(subject), key=request_key(subject) or request.key,
                   subject_end=end, trigger_end=max(request.trigger_end, end))


def _says_what_happens_to(doc, start: int, end: int) -> bool:
    """A noun phrase, then a participle: "EPC expiry dates tracked with reminders". Not "to" and a verb, which
    may tell what the whole list is for ("SSO, SCIM and audit logs to pass our audit")."""
    for k in range(start + 1, end):
        tag = word_tags().get(doc[k].lower_)
        if (tag in {"VBN", "VBD"} or tag is None and doc[k].lower_.endswith("ed")) and not _compound_of(doc[k]):
            return _looks_like_fragment(doc[start:k])
    return False


# the verb after who asks: "Our auditor asked if Plantline has two-step verification", "my CFO asks how much"
_ASKER_VERBS = {"asked", "asks", "wants", "wanted", "requested", "requests", "requires", "required", "insists",
                "insisted", "demands", "demanded", "expects", "expected", "mandates", "mandated"}


def _a_product_to_connect(subject: str, rival_words: list) -> bool:
    """A name the catalogue integrates with, not a rival's: "Also DocuSign built in, the partners asked about it"
    asks for DocuSign."""
    return "a product" in feature_kinds(subject) and tuple(subject.split()) not in rival_words


def own_words(own_names) -> frozenset[str]:
    """The words that name the product, lower case: a one-word name, and of a longer one the words that are no
    English words ("Acme Payroll" is "acme": a customer's "payroll" is payroll)."""
    words = set()
    for name in own_names:
        parts = name.lower().split()
        words.update(parts if len(parts) == 1 else [word for word in parts if word not in word_tags()])
    return frozenset(words)


def _only_own(words, own: frozenset) -> bool:
    """Words that only name the product ("Brewlog", "Brewlog's")."""
    named = [w for w in words if w not in ("'s", "’s", "'", "the")]
    return bool(named) and all(w in own for w in named)


# the words that tie the product's name to what is asked: "8D report format to Plantline", "SMS from inside
# Hireline", "a waitlist that needs to live in Parkline", "a form that feeds straight into Venuely"
_TO_THE_PRODUCT = {"to", "in", "into", "on", "for", "from", "with", "within", "inside", "next", "straight", "right",
                   "directly", "already", "back", "live", "lives", "needs", "feeds", "feed", "goes", "lands", "that",
                   "which"}


def _before_the_product(words, own: frozenset) -> int:
    """How many of a subject's words come before a tail that only ties it to the product ("... to Plantline"):
    all of them when it has no such tail, or too little would be left ("integration with Brewlog")."""
    end = len(words)
    while end > 0 and (words[end - 1] in own or words[end - 1] in ("'s", "’s")):
        end -= 1
    if end == len(words) or words[end - 1] not in _TO_THE_PRODUCT:
        return len(words)
    while end > 0 and words[end - 1] in _TO_THE_PRODUCT:
        end -= 1
    return end if end >= 2 else len(words)


def _only_names(subject: str) -> bool:
    """A subject that is only a name or two ("Pipedrive", "Harriet", "Lagerwerk Nord"): capitalised words that
    are not English words, none of them an acronym, which names a thing more often than a firm ("EDI", "Okta
    SSO")."""
    words = subject.split()
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and not w.isupper() and word_tags().get(w.lower()) is None for w in words)


# what a rival has is what the buyer wanted ("Quayside had a native EDI link"); what it did is a story
_HAVING = {"had", "has", "have", "offers", "offered", "includes", "included", "supports", "supported", "ships",
           "shipped", "lets", "let", "does", "did", "gives", "gave", "provides", "provided", "handles", "handled",
           "syncs", "synced", "integrates", "integrated", "allows", "allowed", "comes", "came", "can", "could",
           "already", "also", "just", "even", "only", "is", "was", "'s", "’s", "showed", "shows", "built", "added"}


def _someone_else_did(subject: str) -> bool:
    """A learned ask that opens on a name, a rival's or a person's, and what that one did ("Pipedrive needed a
    paid connector", "Pipedrive bundled the CRM"), not what it has."""
    words = subject.split()
    n = 0
    while n < min(3, len(words) - 1) and (_only_names(words[n]) or n and words[n].isupper()):
        n += 1  # "Pipedrive", "Zoho CRM"
    verb = words[n].lower() if n else ""
    return bool(n) and verb not in _HAVING and word_tags().get(verb, "") in {"VBD", "VBN"}


def _tells_what_happened(first: str, second: str, after_first: str) -> bool:
    """A past verb and its preposition open the words: "Left for FieldNote.", "Moved to Tillage Pro" tell what
    happened, not a thing ("Built-in e-signature" is one: `after_first` is the text right after the verb)."""
    tags = word_tags()
    return tags.get(first) in {"VBD", "VBN"} and tags.get(second) in {"IN", "TO"} and after_first != "-"


def _what_they_did(view, req: Request) -> bool:
    """A learned ask that is what someone did, naming no thing: a past verb after a subject pronoun ("they logged
    in twice"; not "she typed the invoices into QuickBooks")."""
    first, words = view.lowers[req.subject_start], view.lowers[req.subject_start + 1:req.subject_end]
    return req.subject_start > 0 and view.lowers[req.subject_start - 1] in {"they", "we", "i", "he", "she"} \
        and first not in _HAVING and word_tags().get(first, "") in {"VBD", "VBN"} \
        and not any(word_tags().get(w, "NN").startswith("NN") for w in words)


# the words before a colon that announce a list of asks: "Two asks: ...", "His must-haves for renewal: ..."
LIST_HEADS = {"asks", "gap", "gaps", "missing", "conditions", "wishlist", "wish-list", "must-haves", "requirements",
              "requests", "blockers", "priorities", "wants", "haves", "things", "requirement"}
LIST_HEAD_WORDS = 16  # "Wishlist from the GC's office, in order: ..."
_LIST_JOINS = {"and", "plus", "also", "&", "+"}
_BE_LISTING = {"are", "were"}  # "Deciding factors were ...": a list after the head, as after a colon
_BE_HEADS = {"factors", "must-haves", "haves", "asks", "requests", "requirements", "blockers", "priorities", "wants"}
# an item of such a list ends where a bracket, a clause or a verb starts: "sign in with Google accounts (they're
# on Workspace)", "mobile push when a deploy waits on me", "QuickBooks sync was manual"
_ITEM_ENDS = {"(", "when", "because", "so", "which", "that", "who", "since", "as", "if", "-", "–", "—", "is", "are",
              "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "should", "do", "does",
              "did"}
# the words that make a gap the writer's own, said before it: "the big gap", "our one remaining gap", "Main gap:"
_GAP_LEADS = {"the", "our", "my", "one", "only", "big", "biggest", "main", "remaining", "real", "other", "last",
              "single", "two", "three", "key", "major"}
_ANNOUNCING = {"obvious", "clear", "simple", "these", "this", "as", "two", "three", "few", "many", "easy"}


def _gap_said_to_be(words: list[str]) -> int | None:
    """Where a sentence says what its writer's gap is, as a colon would: the be-verb after "the big gap", "our
    biggest gap compared to X", "the gaps" ("For us the gaps are barrel topping and racking in bulk"), within
    the list's head and before any colon. Not "a security gap", "That gap costs us", nor "the gaps are obvious:
    ...", which the colon announces."""
    gap = next((k for k, word in enumerate(words[:LIST_HEAD_WORDS]) if word in {"gap", "gaps"}), None)
    if gap is None or gap == 0 or words[gap - 1] not in _GAP_LEADS:
        return None
    for k in range(gap + 1, min(len(words), LIST_HEAD_WORDS)):
        if words[k] in {":", ";", ",", ".", "that", "which"}:
            return None
        if words[k] in _BE:
            return k if k + 1 < len(words) and words[k + 1] not in _ANNOUNCING else None
    return None


# what a rival has, offers or does: "Quayside handles EDI natively", "Tallyport includes free lookup users"
_RIVAL_HAS = {"has", "had", "offers", "offered", "includes", "included", "handles", "handled", "supports",
              "supported", "syncs", "synced", "integrates", "integrated", "lets", "let", "gives", "gave", "provides",
              "provided", "runs", "ran", "sends", "sent", "pulls", "pulled", "connects", "connected", "tracks",
              "tracked", "hosts", "hosted", "ships", "shipped", "talks", "talked", "showed", "shows", "does", "did"}
_RIVAL_CONNECTS = {"syncs", "synced", "integrates", "integrated", "sends", "sent", "pulls", "pulled", "connects",
                   "connected", "talks", "talked"}
# criteria that are not the product's to build: "price (Quayside cheaper)", "implementation (Quayside)"
_NOT_BUILT = {"price", "prices", "pricing", "cost", "costs", "cheaper", "cheapest", "discount", "budget", "value",
              "implementation", "onboarding", "relationship", "support", "service", "training", "references",
              "brand", "trust", "reputation", "contract", "terms"}


def _pronoun_at(view, i: int) -> bool:
    """Word `i` stands for a thing named elsewhere: "does that out of the box", "had one", "does the same"; not
    "pulled those orders in"."""
    word, after = view.lowers[i], view.lowers[i + 1] if i + 1 < len(view.lowers) else ""
    return word in {"it", "one", "them", "so", "too"} or word == "the" and after == "same" \
        or word in {"that", "this", "those", "these"} and not word_tags().get(after, "").startswith("NN")


def _rival_compared(view, req: Request, rival_words: list) -> bool:
    """A learned ask that is a rival alone or how it compares ("Quayside more expensive", "Cadence ahead"); not
    what it does ("Firmstack signs engagement letters inside the app")."""
    length = _rival_at(view, req.subject_start, rival_words)
    after = req.subject_start + length
    return bool(length) and (after >= req.subject_end or view.lowers[after] in {"ahead", "behind"}
                             or word_tags().get(view.lowers[after], "") in {"JJR", "RBR", "RB", "JJ", "JJS", "RBS"})


def _tells_of_a_rival(view, sent, req: Request, rival_words: list) -> bool:
    """A bare phrase that tells what happened, a rival in it ("Acquired; the parent company standardised on
    HubSpot."); not a thing named with a rival ("Integration with Salesforce.")."""
    return not _rival_at(view, req.subject_start, rival_words) \
        and any(_rival_at(view, i, rival_words) for i in range(sent.start, sent.end)) \
        and any(word_tags().get(w, "") in {"VBD", "VBN"} for w in view.lowers[sent.start:sent.end])


def _rival_at(view, i: int, rival_words: list) -> int:
    """The number of words of the rival's name that starts at word `i`, 0 if none does."""
    for words in rival_words:
        if tuple(view.texts[i:i + len(words)]) == words:
            return len(words)
    return 0


def _overlaps(request: Request, others: list) -> bool:
    return any(request.subject_start < other.subject_end and other.subject_start < request.subject_end
               for other in others)


def _with_listed(req: Request | None, listed: list) -> Request:
    """The sentence's ask, with the listed asks it does not already name as further asks (the first listed ask,
    with the rest, when the sentence had none)."""
    if req is None:
        first, *rest = listed
        first.more = rest
        return first
    req.more = req.more + [item for item in listed if not _overlaps(item, req.all())]
    return req


def _part_at(parts, view, sent) -> str | None:
    """The part of an interview record that a sentence starts in (at its first word: a part's first sentence
    starts with the paragraph break before it)."""
    text = view.span_text(sent.start, sent.end)
    char = view.start_char(sent.start) + len(text) - len(text.lstrip())
    found = None
    for start, part in parts:
        if start > char:
            break
        found = part
    return found


_JOINERS = {"-", "–", "/"}
_AND_OR = {"and", "or"}  # "and/or" joins asks


def _hyphen_joins(token) -> bool:
    """"two-factor", "one-click", "A/B testing": the word runs into the next by a hyphen or slash, so it is part
    of a word, no filler."""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and _inside_a_word(doc[i + 1], _JOINERS) and doc[i + 2].is_alpha \
        and token.lower_ not in _AND_OR


def _joined_on(token) -> bool:
    """"sign-on", "add-on", "opt-in", and "single sign on" written apart: the word ends a compound, so it is no
    filler."""
    doc, i = token.doc, token.i
    hyphened = i >= 2 and _inside_a_word(doc[i - 1], _JOINERS) and doc[i - 2].is_alpha \
        and doc[i - 2].lower_ not in _AND_OR
    return hyphened or i >= 1 and (doc[i - 1].lower_, token.lower_) in _COMPOUNDS_APART


# compounds of a verb and its particle that name a thing, written without their hyphen: "single sign on". Not "log
# in", "sign in", "clock in": kept whole they read as signing in and pulled asks to the catalogue's single sign-on
_COMPOUNDS_APART = {("sign", "on")}


def _names_first_word(doc, name: str, s: int, e: int) -> bool:
    last = doc[e - 1]
    filler = last.lower_ in REQUEST_FILLER or last.lemma_ in REQUEST_FILLER
    tag = word_tags().get(last.lower_) or ""
    named = _a_name_within(last)  # "We need Excel export", "No Teams integration": a product's name
    return name in OPEN_ENDED_RULES and e - 1 > s and not last.is_punct \
        and (not filler or _hyphen_joins(last) or named) \
        and (not tag.startswith(("VB", "IN")) or _plural_noun(last) or _modifies_next(doc, last) or named
             or _a_doing_named(last) or _describes_the_next(doc, last))


def _asks_of_the_thing(doc, s: int, e: int) -> bool:
    """"Could the end-of-day report be emailed?", "Could the student portal be in Spanish?": the question's cue
    took the first word of the thing it asks about, which goes on after it (not "Could the reminders go by
    text?", where the thing is one word and what it should do follows)."""
    if e - s != 3 or doc[s + 1].lower_ not in {"the", "our"}:
        return False
    last = doc[e - 1]
    if _hyphen_joins(last):
        return True
    if e >= last.sent.end or not doc[e].is_alpha:
        return False
    at = doc[e].idx - last.sent.start_char
    return any(t.idx == at and t.tag_ in {"NN", "NNS", "NNP", "NNPS"} for t in _tagged(last.sent.text))


def _describes_the_next(doc, token) -> bool:
    """"We need duplicate detection", "No duplicate detection": a word the word lists know as a verb, before a
    noun, which the tagger reads in context as a word that says which (not "I need approve rights")."""
    if word_tags().get(token.lower_) != "VB" or token.i + 1 >= token.sent.end:
        return False
    after = token.doc[token.i + 1]
    if not after.is_alpha or not (word_tags().get(after.lower_) or "").startswith("NN"):
        return False
    at = token.idx - token.sent.start_char
    read = [t for t in _tagged(token.sent.text) if t.idx == at]
    return bool(read) and read[0].tag_ in {"JJ", "NN"}


def _a_doing_named(token) -> bool:
    """"We need reporting by region", "no tracking of hours", "we want scheduling that handles shifts": a gerund
    the cue takes names the doing asked for."""
    return token.lower_.endswith("ing") and word_tags().get(token.lower_) == "VBG" \
        and token.lemma_ not in PLEASE_NOT_ASKS  # "we need fixing asap" asks to mend, not for a thing


def _named_within(view: TokenView, i: int, sent) -> bool:
    """``_a_name_within`` read on a token view."""
    return i > sent.start and _capitalised(view.texts[i])


def _a_name_within(token) -> bool:
    """A capitalised word inside the sentence names a product, even where the word lists know a verb or a filler
    word: "we need Excel export", "missing Zoom integration", "We need Teams integration"."""
    return not token.is_sent_start and _capitalised(token.text)


def _capitalised(text: str) -> bool:
    return text.istitle() and text not in {"I", "A"}


def _modifies_next(doc, token) -> bool:
    """A participle before a noun names a kind of thing: "tracking numbers", "recurring invoices" (not "fixing
    asap", "testing before release")."""
    if word_tags().get(token.lower_) not in {"VBG", "VBN"} or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    tag = word_tags().get(after.lower_)
    return after.is_alpha and (tag.startswith("NN") if tag else not after.is_lower)


def _one_ask_per_wording(doc, found: list, triggers: list) -> list:
    """The sentence's asks, highest rule first, without those worded by another rule. "would be great if ..."
    after a clause of its own asks for what follows the if ("We love it overall, would be great if our Jira
    tickets updated the ticket"), and so does "would be better if" ("Temperature logs would be way better if
    they read from the probes"); "SSO would be great if you can manage it" asks for SSO."""
    (s0, e0, rule) = triggers[0]
    if rule in {"would_be_nice", "would_benefit"} and found[0].subject_end <= s0:
        for request, (s, _e, name) in zip(found[1:], triggers[1:]):
            if name == "conditional" and e0 <= s <= e0 + 3 and not any(t.is_punct for t in doc[e0:s]) \
                    and (_explains_before(doc, found[0].subject_end, s0)
                         or any(word_tags().get(t.lower_) in {"JJR", "RBR"} for t in doc[s0:s])):
                return [request]
    return [request for request, (_s, _e, name) in zip(found, triggers)
            if request is found[0] or name == rule or name in FURTHER_ASK_RULES]


def _explains_before(doc, subject_end: int, trigger_start: int) -> bool:
    """A clause boundary stands between the words before an ask's trigger and the trigger."""
    return any(t.is_punct or t.lower_ in _BOUNDARY for t in doc[subject_end:trigger_start])


# "please" before these asks for nothing to be built: "Please keep the PDF layout exactly as it is",
# "Please don't change the approval screen", "Please fix.", "Please tell me that's on the roadmap"
PLEASE_NOT_ASKS = {"fix", "test", "tell", "confirm", "pass", "look", "stop", "never", "dont", "don't", "don’t",
                   "pretty"}
_KEEP_AS_IS = {"the", "it", "them", "this", "that", "these", "those", "our", "my", "your", "its", "things",
               "everything", "as", "so"}


def _please_asks_nothing(doc, sent, s: int, e: int) -> bool:
    """True when the please asks to keep what is there, not to do something, to fix a fault, or to be told."""
    if e < sent.end and not doc[e].is_punct and doc[e].lower_ not in _BOUNDARY:
        words = list(doc[e:min(e + 3, sent.end)])
    else:  # "Keep the YAML format stable please": the please closes its clause; read the clause's start
        start = s
        while start > sent.start and doc[start - 1].lower_ not in {",", ";", ":", "!", "?", ".", "(", "but"}:
            start -= 1
        # "SAML SSO for the staff, pretty please": "pretty" is the please's own, not the clause's start
        end = s - 1 if s > start and doc[s - 1].lower_ == "pretty" else s
        words = list(doc[start:end][:3])
    words = [t for t in words if t.lower_ not in {"just", "also", "really", "kindly", "please"}]
    if not words:
        return False
    if words[0].i >= e and _only_a_doing(doc, sent, words[0].i):
        return True
    first = words[0].lower_
    if first in PLEASE_NOT_ASKS or first == "do" and len(words) > 1 and words[1].lower_ in {"not", "n't", "nt"}:
        return True
    if first in {"keep", "keeps"} and len(words) > 1 and words[1].lower_ in _KEEP_AS_IS:
        rest = doc[words[1].i:sent.end]
        return not any(t.lower_ in {"in", "on"} for t in rest)  # "keep the data in an EU data centre" asks
    return False


def _only_a_doing(doc, sent, start: int) -> bool:
    """"Please check.", "Please sign in.", "Please link them up.": a verb with nothing named after it asks a
    favour, not for a thing to build ("Please integrate." still asks). The tagger reads the verb in context, as
    the word lists' one tag of "check" or "sign" is a noun's ("Please SSO.")."""
    clause = []
    for token in doc[start:sent.end]:
        if token.is_punct or token.lower_ in _BOUNDARY:
            break
        clause.append(token)
    if not clause or len(clause) > 3 or not clause[0].is_alpha or clause[0].lemma_ in ASK_VERBS or any(
            token.lower_ not in _OBJECT_PRONOUNS and word_tags().get(token.lower_) not in {"RP", "IN", "RB"}
            for token in clause[1:]):
        return False
    at = clause[0].idx - sent.start_char
    verb = [t for t in _tagged(sent.text) if t.idx == at]
    return bool(verb) and verb[0].tag_ == "VB"


_HAVING = {"had", "got", "could", "were", "was", "did", "been"}  # "if we had SSO", "if we could export" ask


def _if_we_had_done(doc, sent) -> bool:
    """A condition on what the customer did, not on what the product does: "if we switched", "if we'd started a
    quarter earlier" (a past verb after "if we"; not "if we had SSO" nor "if we could export", which ask)."""
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ == "if" and doc[i + 1].lower_ in {"we", "i"}:
            k = i + 2 + (doc[i + 2].lower_ in {"'d", "’d"})
            if k < sent.end and word_tags().get(doc[k].lower_) in {"VBD", "VBN"} and doc[k].lower_ not in _HAVING:
                return True
    return False


_POINTING_BACK = {"both", "it", "that", "this", "they", "these", "those"}
_HELPING = {"help", "helps", "save", "saves", "make", "makes", "simplify"}


def _points_back(doc, sent, s: int, e: int) -> bool:
    """"Both would help us keep the account.", "It would help us a lot with the audit.": what would help is named
    before, in the sentences that asked. Not "It would help to import the XER file" (the ask follows "to"), nor
    "If the app forced a signature, that would save us disputes" (the condition names it)."""
    if s == sent.start or doc[s - 1].lower_ not in _POINTING_BACK or doc[e - 1].lower_ not in _HELPING \
            or s - 1 > sent.start and not (doc[s - 2].is_punct or doc[s - 2].lower_ in {"and", "but", "so"}):
        return False  # "the one thing that would make Ticketwell perfect": "that" stands for the thing before it
    said = {t.lower_ for t in doc[sent.start:sent.end]}
    return not said & {"if", "when", "once"} and not any(t.lower_ == "to" for t in doc[e:min(e + 4, sent.end)])


_WE_HAVE = {"had", "have", "has", "'ve", "’ve"}
_BUT_LACKING = {"not", "n't", "n’t", "no", "never", "neither", "nor", "only", "if", "?", "wish", "should", "could",
                "would", "without", "lack", "lacked", "missing", "until", "once"}


def _nothing_lacking(view, sent) -> bool:
    """Nothing in the sentence lacks or is wished for: no "not", "without", "wish", "would", "?"..."""
    return not set(view.lowers[sent.start:sent.end]) & _BUT_LACKING


def _says_we_have(view, sent) -> bool:
    """A sentence that says the product has something ("You had an API and a very friendly solutions engineer",
    "You guys have great support"), with nothing lacking or wished for in it."""
    words = view.lowers[sent.start:sent.end]
    for opening in (["you", "guys"], ["y'all"], ["you"]):
        if words[:len(opening)] == opening:
            rest = words[len(opening):]
            return bool(rest) and rest[0] in _WE_HAVE and _nothing_lacking(view, sent)
    return False


_WORKS = {"works", "worked", "work", "working"}


_GOOD = {"easy", "simple", "painless", "quick", "straightforward", "smooth", "seamless", "great", "solid",
         "excellent", "reliable", "flawless", "brilliant", "fantastic", "superb"}


def _says_it_works(view, sent, req: Request) -> bool:
    """The ask is said to work or to be good ("The Outlook and Slack integrations worked out of the box", "SSO with
    Okta was easy to set up", "Setting up Okta SSO was painless"), with nothing lacking or wished for in the
    sentence."""
    words = view.lowers[req.subject_end:min(req.subject_end + 4, sent.end)]
    words = [w for w in words if w not in {"just", "really", "all", "always", "both", "has", "have", "had", "been",
                                           "so", "very", "super", "pretty", "surprisingly"}]
    said = bool(words) and (words[0] in _WORKS or words[0] in {"is", "was", "are", "were", "'s", "’s"}
                            and len(words) > 1 and words[1] in _GOOD)
    return said and _nothing_lacking(view, sent)


_SAVES = {"saves", "saved"}
_SAVED_WHOM = {"us", "me", "him", "her", "them", "our", "my", "his", "their", "the", "a", "so", "hours", "time",
               "days", "lots", "loads", "tons"}


def _says_what_it_saves(view, sent) -> bool:
    """The sentence says what something saves ("The Gmail add-in saves our reps a lot of typing", "Bulk send saved
    our onboarding team a lot of time"): in a comment, praise of what is there, as an ask says what it would save;
    nothing in it lacking, wished for, or asked."""
    words = view.lowers[sent.start:sent.end]
    return any(word in _SAVES and after in _SAVED_WHOM for word, after in zip(words, words[1:])) \
        and _nothing_lacking(view, sent) and not {"but", "please"} & set(words)


_TOO_DEAR = {"expensive", "pricey", "pricy", "costly", "overpriced", "dear"}
_HOW_MUCH = {"too", "so", "very", "way", "a", "bit", "little", "getting", "quite", "rather", "really", "pretty",
             "far", "more", "much", "even", "also", "still"}


def _costs_too_much(view, req: Request) -> bool:
    """What was taken for the ask says what it costs: "too pricey for a bakery with 2,000 subscribers", "expensive
    at renewal" (not "a cheaper seat for people who only look things up", which asks for one)."""
    i = req.subject_start
    while i < req.subject_end and view.lowers[i] in _HOW_MUCH:
        i += 1
    return i < req.subject_end and view.lowers[i] in _TOO_DEAR


_SETTING_UP = {"setup", "set-up", "implementation", "onboarding", "migration", "rollout", "roll-out", "go-live"}
_WENT = {"took", "was", "were", "went", "felt", "seemed", "dragged"}
_PLACING = {"during", "for", "with", "of", "after", "before", "in", "on", "at", "from"}


def _reports_how_it_went(view, sent, req: Request) -> bool:
    """An ask named by the setting up of something, in a sentence that says how it went ("SSO setup took weeks",
    "The Salesforce migration was painful"): a report on the past, not a thing to build."""
    words = req.subject.lower().split()  # the setting up heads the ask: not "our Azure tenant during onboarding"
    return bool(words) and words[-1] in _SETTING_UP and not set(words) & _PLACING \
        and _nothing_lacking(view, sent) and bool(set(view.lowers[sent.start:sent.end]) & _WENT)


# an if-clause that imagines a rival matching us, the product worse, the people selling it doing otherwise, or
# the buyer's own circumstances: "If Pipedrive had matched the mobile app we'd have had a harder time choosing",
# "If your dashboards had been weaker I'm not sure we'd be here", "If someone had asked about NetSuite in the first
# call, we'd have saved a month", "If it had been my choice we'd have stayed": a reason, not a thing to build
_MATCHING = {"match", "matched", "beat", "beaten", "equal", "equalled", "equaled", "undercut", "outbid"}
_WORSE = {"weaker", "worse", "slower", "clunkier", "buggier", "pricier", "costlier", "uglier", "flakier"}
_HARDER_CHOICE = {"harder", "tougher", "closer"}
_US = {"you", "your", "u", "ya", "it", "its", "we", "i", "our", "my", "they", "their", "the", "this"}
_SELLERS = {"someone", "somebody", "anyone", "anybody", "nobody", "he", "she", "rep", "reps", "sales", "salesperson"}
_WAS = {"been", "were", "was"}
_TIMES = {"year", "quarter", "month", "season", "time"}


def _imagined_otherwise(view, sent) -> bool:
    """The sentence's if-clause imagines something other than the product gaining what it lacks."""
    words = view.lowers[sent.start:sent.end]
    if "if" not in words:
        return False
    clause, main = [], []
    for word in words[words.index("if") + 1:]:
        if main or word in CONDITIONAL_MAIN or word in {",", ";", ":", "-", "–", "—"}:
            main.append(word)
            continue
        clause.append(word)
    if not clause:
        return False
    being = clause[3:] if clause[1:3] == ["had", "been"] else clause[2:] if clause[1:2] and clause[1] in _WAS else None
    circumstance = being is not None and (
        clause[0] in {"we", "i"} and being[:1] != ["you"]
        or clause[0] == "it" and (being[:1] in (["my"], ["our"], ["up"]) or bool(set(being) & _TIMES)))
    rival = clause[0] not in _US and (bool(set(clause) & _MATCHING) or bool(set(main) & _HARDER_CHOICE))
    return bool(set(clause) & _WORSE) or rival or clause[0] in _SELLERS or clause[:2] == ["your", "rep"] \
        or circumstance


# what the sales team gives, not the product: "a nonprofit discount", "peer references for executives", "a business
# case we could hand to the CFO", "thirty percent off the first year", "executive relationship with Pipedrive"
_SALES_HEADS = {"discount", "discounts", "refund", "refunds", "rebate", "rebates", "reference", "references",
                "relationship", "relationships"}
_SALES_PAIRS = {("business", "case"), ("case", "study"), ("case", "studies"), ("percent", "off"), ("%", "off")}


def _asks_the_sales_team(subject: str) -> bool:
    """The ask's leading noun phrase ends on a commercial word: nothing after it, or a word that is not a noun
    ("discount for nonprofits", not "discount tracking")."""
    words = [w.strip(".,;:!?()'\"") for w in subject.lower().split()][:5]
    for i, word in enumerate(words):
        if word in _SALES_HEADS or i and (words[i - 1], word) in _SALES_PAIRS:
            after = words[i + 1] if i + 1 < len(words) else ""
            return not (word_tags().get(after, "").startswith(("NN", "VBG")))
        if word_tags().get(word, "").startswith(("IN", "VB")):
            return False  # "flag invoices with early-payment discounts": the discount is not what is asked
    return False


# what "need to see", "need to have" reaches for without naming it
_SEEN_NOT_NAMED = {"it", "them", "what", "if", "whether", "how", "where", "when", "who", "which", "that", "this"}


# who would do the work, not a thing to build: "I want people who pick up the phone", "a team without developers"
_PEOPLE = {"people", "someone", "somebody", "anyone", "anybody", "developers", "developer", "humans", "human",
           "person", "staff", "engineers", "consultants"}


def _clause_words(doc, start: int, end: int) -> set:
    """The lower-case words from `start` to the clause's end."""
    words = set()
    for t in doc[start:end]:
        if t.is_punct or t.lower_ in _BOUNDARY:
            break
        words.add(t.lower_)
    return words


def _nothing_missing(doc, sent, s: int) -> bool:
    """ "Nothing missing", "nothing's missing really": unless something is excepted ("nothing missing but SSO")."""
    before = {t.lower_ for t in doc[max(sent.start, s - 3):s]}
    after = {t.lower_ for t in doc[s:sent.end]}
    return bool(before & {"nothing", "nothin"}) and not after & {"but", "except", "apart", "besides", "other"}


def _names_people(doc, start: int, end: int) -> bool:
    """The words from `start` (after a trigger, articles skipped) name people, and nothing after them but who they
    are ("people who pick up the phone", "developers", "someone to call")."""
    i = start - 1 if start > 0 and doc[start - 1].lower_ in _PEOPLE else start
    while i < end and doc[i].lower_ in {"a", "an", "the", "some", "more", "real", "dedicated", "any"}:
        i += 1
    if i >= end or doc[i].lower_ not in _PEOPLE or doc[i - 1].like_num:
        return False  # "we need six people who can look": seats
    after = doc[i + 1].lower_ if i + 1 < end else ""
    return after in {"", "who", "that", "to", "we", "i", "."} or doc[i + 1].is_punct


# people's roles, not the tools named like them ("Template editor", "Route planner", "Task manager" is a risk kept)
_ROLES = {"director", "manager", "lead", "owner", "admin", "administrator", "coordinator", "officer", "founder",
          "co-founder", "cofounder", "ceo", "cfo", "coo", "cto", "cio", "vp", "partner", "supervisor", "dispatcher",
          "accountant", "bookkeeper", "engineer", "analyst", "specialist", "nurse", "teacher", "principal",
          "president", "chair", "treasurer", "superintendent", "foreman", "receptionist", "registrar", "dean", "head",
          "chief", "executive", "secretary", "trustee", "clinician", "vet", "dentist", "physician", "pharmacist",
          "recruiter", "buyer", "consultant"}
_ROLE_AFTER = {",", "at", "for", "of", "in", "from", "-", "–", "—", "("}


def _names_the_writer(view: TokenView, sent) -> bool:
    """A sentence that only says who is writing: "Ops director.", "Store manager, Bath branch.", "Head of IT at a
    school trust." A role is no ask unless something asks for one ("A dedicated account manager!", "Named CSM?")."""
    texts, lowers = view.texts, view.lowers
    last = sent.end - 1
    while last > sent.start and texts[last].isspace():
        last -= 1
    if texts[last] in {"!", "?"}:
        return False
    head = []
    for i in range(sent.start, sent.end):
        if lowers[i] in _ROLE_AFTER and head:
            break
        if not view.punct[i] and not texts[i].isspace():
            head.append(lowers[i])
    if head[-1:] == ["here"]:
        head = head[:-1]  # "Practice manager here."
    if not head or len(head) > 4 or any(_courtesy(word) for word in head):
        return False
    if head[0] in {"head", "director", "vp", "chief", "manager"} and len(head) == 1:
        return True  # "Head of IT", "Director of operations"
    tags = word_tags()
    return head[-1] in _ROLES and not any(
        tags.get(word) in {"JJ", "JJR", "JJS", "VBN", "DT", "CD"} or word in _ASKED_FOR_ROLE for word in head[:-1])


_ASKED_FOR_ROLE = {"dedicated", "named", "more", "extra", "another", "new", "second", "backup", "local", "assigned",
                   "onsite", "on-site", "a", "an", "the", "proper", "real"}


def names_nothing(word: str) -> bool:
    """A one-word ask that is a doing, a manner or a day, not a thing: "fix", "prioritise", "pretty", "Monday"."""
    return word_tags().get(word) in {"VB", "RB", "UH"} or word in _WHEN_WORDS or word in _OATHS \
        or word.endswith(("ise", "ize")) and word not in word_tags()


_OATHS = {"god", "gods", "heaven", "heavens", "goodness", "christ", "pete", "gosh"}  # "for the love of god"


_AUXILIARIES = {"is", "are", "was", "were", "'s", "’s", "will", "would", "'d", "’d", "could", "should", "has", "had"}


_OTHERS = {"people", "everyone", "everybody", "others", "folks"}
_OTHERS_ASKING = re.compile(r"\s+(?:other\s+\w+|" + "|".join(sorted(_OTHERS)) + r")\s+(?:keeps?|kept)\s+"
                            r"(?:asking|requesting|mentioning)(?:\s+(?:me|us))?(?:\s+(?:for|about))?$", re.I)
_ASKED_BY_FIRST = re.compile(r"^(?:[\w'’-]+\s+){1,3}(?:keeps?|kept)\s+(?:asking|requesting|begging)(?:\s+(?:me|us))?"
                             r"\s+(?:to|for|about)\s+(?=\S)", re.I)


def _without_who_asks(subject: str) -> str:
    """What is asked, without who keeps asking for it: "the Xero sync everyone keeps asking about" -> "the Xero
    sync", "couples keep asking to sign contracts online" -> "sign contracts online"."""
    subject = _OTHERS_ASKING.sub("", subject)
    asked_by = _ASKED_BY_FIRST.match(subject)
    return subject[asked_by.end():] if asked_by else subject


_VERDICT_AFTER = {"is", "are", "was", "were", "'s", "’s", "isn't", "isn’t", "aren't", "aren’t", "wasn't", ","}


def _others_ask_described(doc, sent, s: int, e: int) -> bool:
    """"The Sage integration people keep asking for is irrelevant to us", "We don't need the Workday integration
    people keep asking for, it's irrelevant": what others ask for, named before, then the writer's verdict on it.
    When the writer wants it too the verdict says so with a cue of its own ("... is still missing")."""
    verb = next((t.i for t in doc[s:e] if t.lower_ in {"asking", "requesting", "mentioning", "raising"}), None)
    if verb is None or verb - 2 < sent.start:
        return False
    asker = doc[verb - 2] if doc[verb - 1].lemma_ == "keep" else doc[verb - 1]
    if asker.lower_ not in _OTHERS and not (asker.i > sent.start and doc[asker.i - 1].lower_ == "other"):
        return False
    prep = next((t.i for t in doc[verb + 1:min(verb + 3, sent.end)] if t.lower_ in {"for", "about"}), None)
    return prep is not None and prep + 1 < sent.end and doc[prep + 1].lower_ in _VERDICT_AFTER


# who one asks on behalf of: "asking for my boss", "asking for our finance lady", "asking for a colleague"
_ON_BEHALF = _ROLES | _PEOPLE | {"boss", "colleague", "colleagues", "friend", "friends", "coworker", "coworkers",
                                 "co-worker", "mate", "team", "department", "office", "lady", "guy", "guys",
                                 "shift", "brother", "sister", "wife", "husband", "mum", "mom", "dad", "business"}
_ORDINAL_TIME = re.compile(r"^(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|nth|umpteenth|hundredth|millionth)$")


def _asking_on_behalf(doc, sent, s: int) -> bool:
    """A sentence that opens "asking for" and names a person ("is the app iOS only? asking for a colleague") or
    the times asked ("asking for the 4th time lol"): who the ask is for, made elsewhere, not what is asked."""
    if doc[s].lower_ != "asking" or any(not t.is_punct for t in doc[sent.start:s]) or s + 2 >= sent.end:
        return False
    words = []
    for t in doc[s + 2:sent.end]:
        if t.is_punct or t.lower_ in {"who", "that", "lol"}:
            break
        words.append(t.lower_.removesuffix("'s").removesuffix("’s"))
    if len(words) >= 3 and words[0] == "the" and _ORDINAL_TIME.match(words[1]) and words[2] == "time":
        return True
    if not 2 <= len(words) <= 4 or words[0] not in {"my", "our", "his", "her", "their", "a", "the"}:
        return False
    return words[-1] in _ON_BEHALF and (words[0] != "a" or len(words) == 2)


def _kept_asking_about(doc, sent, s: int, e: int) -> str:
    """What "keep(s) asking" asks about. The words before name it only when it was put first ("The sync with
    SFDC is the one thing we keep asking about", "The Teams integration everyone keeps asking me about");
    otherwise they name who asks, and the thing follows "about" or "for" ("Irish customers keep asking about
    data residency"), or "to" right after the asking ("Parents keep asking to pay by PayPal", not "keeps asking
    carers to log in again"), or is not named ("Our DPO keeps asking.", "Treasury keeps asking why we pay
    twice")."""
    about = next((t.i for t in doc[e:min(e + 3, sent.end)] if t.lower_ in {"about", "for"}
                  or t.lower_ == "to" and all(w.lower_ in {"me", "us"} for w in doc[e:t.i])), None)
    stranded = about is not None and (about + 1 == sent.end or doc[about + 1].is_punct
                                      or doc[about + 1].lower_ in _BOUNDARY or doc[about + 1].lower_ in _AUXILIARIES)
    if stranded or {t.lower_ for t in doc[max(sent.start, s - 6):s]} & {"thing", "things", "one", "ones"}:
        return extract_subject(doc, sent, s, e, before_only=True)
    if about is not None:
        return extract_subject(doc, sent, s, about + 1, after_only=True)
    return ""


def _content(tokens) -> list:
    return [t for t in tokens if not t.is_punct and t.lemma_ not in REQUEST_FILLER
            and t.lower_ not in REQUEST_FILLER and not t.like_num]


_FINITE = {"is", "are", "was", "were", "'s", "’s", "am", "'m", "be", "been", "do", "does", "did", "have", "has",
           "had", "will", "would", "'d", "can", "could", "should", "may", "might", "must", "i", "we", "you",
           "they", "he", "she", "it", "that", "this", "there", "here", "me", "us", "them",
           "what", "who", "why", "how", "when", "where", "thanks", "thank", "ok", "okay", "meh", "eh", "lol",
           "yes", "no", "nope", "yeah", "n't", "not", "never", "cancelled", "canceled", "done", "grand", "fine",
           "sorry", "wow", "hmm", "hi", "hello", "cheers", "ta", "nothing", "everything", "all", "both",
           "congrats", "congratulations", "kudos", "bravo", "going", "leaving", "switching", "moving", "gone"}
FRAGMENT_WORDS = 8
FRAGMENT_WEIGHT = 0.75  # enough rare-ish words to name a thing ("Dark mode" 0.81, "Eh" alone is no thing)


ADDING_LEAD_INS = {"also", "then", "and", "plus"}  # a fragment after an ask is a further ask only with these
_LEAD_INS = ADDING_LEAD_INS | {"oh", "just", "still"}  # skipped before a fragment ("Then SSO.")
_POSSESSIVES = {"our", "my", "their", "your", "his", "her"}
_ARTICLES = {"a", "an", "the", "its"} | ADDING_LEAD_INS | _POSSESSIVES  # skipped before a criterion in brackets
_NO_THING = {"than", "outage", "downtime"}


def _looks_like_fragment(tokens, listed: bool = False, joined: bool = False) -> bool:
    """A short noun phrase: no finite verb or pronoun, no opinion word, and at least one word rare enough
    to name a thing ("Dark mode", "SSO", "Route optimisation with live traffic"). `listed`: the phrase follows
    an ask in a list, so "push notifications" is a thing, whatever the lexicon's most frequent tag of "push" says;
    `joined`: with "and", so "Slack alerts" is one too (after a comma alone, "customer 12 asks" says who asks)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space and not t.like_num]
    if not words or len(words) > FRAGMENT_WORDS or words[0].lower_ in _POSSESSIVES | {"its"}:
        return False  # "Our CFO trusts the numbers" is a statement whatever the tags say; "its a nightmare"
    if any(t.lower_ in _FINITE or t.lemma_ in _FINITE or word_polarity(t.lower_) or t.lemma_ in FAILURE_LEMMAS
           or t.lower_ in _NO_THING for t in words):
        return False
    plural = joined and len(words) > 1 and _plural_noun(words[-1])
    if any(word_tags().get(t.lower_) in {"VB", "VBZ", "VBD", "VBP", "MD", "PRP", "WDT", "WP"}
           for t in words[1:len(words) - plural]):
        return False
    if _verb_like(words[0]) and word_tags().get(words[0].lower_) not in {"VBG", "VBN"} \
            and not (listed and len(words) > 1 and word_tags().get(words[0].lower_) == "VB"
                     and (word_tags().get(words[1].lower_, "").startswith("NN") or _plural_noun(words[1]))):
        return False
    tags = word_tags()
    if tags.get(words[0].lower_) == "VBG" and len(words) > 1 and tags.get(words[1].lower_) in {"IN", "TO", "RB"}:
        return False  # "evaluating against two vendors" is a doing, "Scanning barcodes" a thing
    if len(words) > 1 and _tells_what_happened(words[0].lower_, words[1].lower_, words[0].nbor(1).text):
        return False
    if len(words) > 1 and (words[-1].lower_ == "works" or words[-1].lower_ == "work" and words[-2].lower_ == "just"):
        return False  # what works: "Signing works.", "The Xero sync and PDF invoices just work."
    while len(words) > 1 and words[-1].lower_ in _AFTER_THE_THING:
        words = words[:-1]  # "Conference booking online."
    last = "NNS" if plural else word_tags().get(words[-1].lower_)
    if listed and last == "VBG" and len(words) > 1:
        last = "NN"  # "EU hosting", "shift scheduling": a doing named as a thing
    if last is not None and not last.startswith("NN") and not words[-1].is_upper and len(words) > 1 \
            and _a_noun_read_in_context(words):  # (a name in capitals ends a noun phrase without the tagger)
        last = "NN"  # "Sensor integration for fermentation": the lists know "fermentation" as an adjective
    if last is None and not _ends_on_a_new_word(words) and not (listed and _acronym(words[-1])) \
            or last is not None and not last.startswith("NN") and not words[-1].is_upper:
        return False  # a noun phrase ends on its noun (or a name: "SSO", "Okta")
    if any(word_tags().get(t.lower_) in {"VBD", "VBN"} and not _compound_of(t) for t in words[1:]) \
            or sum(t.text == "," for t in tokens) > 1:
        return False  # "The report timed out", "Contacts, companies, deals, tasks"
    named = sum(weight(t.lower_) for t in words if t.is_alpha and t.lower_ not in REQUEST_FILLER)
    return named >= FRAGMENT_WEIGHT or _only_an_app(words)


_AFTER_THE_THING = {"online", "offline"}  # words that end a named thing without being it
_WANTING = {"need", "needs", "needed", "want", "wants", "wanted", "wish", "wishes"}  # "Videos need captions" asks


def _a_noun_read_in_context(words) -> bool:
    """Whether en_core_web_md's tagger reads the last of `words` as a noun, in the words before it (`_tagged`)."""
    tokens = [t for t in _tagged(" ".join(t.text for t in words)) if not t.is_punct]
    return bool(tokens) and tokens[-1].tag_.startswith("NN")


def _tagged(text: str) -> list:
    """The tokens of `text` with en_core_web_md's tags (its tagger alone), or none when it is not installed; read
    only where the word lists' one tag a word is not enough, so the quick pass stays quick."""
    from .vectors import md_pipeline
    nlp = md_pipeline()
    return list(nlp(text, disable=["parser", "lemmatizer"])) if nlp is not None else []


def _tagged_a_statement(text: str) -> bool:
    """Whether a sentence the word lists read as a noun phrase is a statement after all, as the tagger reads it in
    context (`_tagged`):
    - a verb in the present or past between its subject and what follows: "Candidates sign from their phones",
      "Our brokers only use tablets" (the lists' one tag of "sign" and "use" is a noun's);
    - a count of things: "7 DNAs.", "Two years with Signalboard." ("One click from Word" names a thing)."""
    tokens = [t for t in _tagged(text) if not t.is_punct]
    if len(tokens) > 1 and tokens[0].tag_ == "CD" and tokens[1].tag_ == "NNS" and ":" not in text:
        return True  # not "Two reds: flight status and login security", which names them
    return any(token.tag_ in {"VBP", "VBD"} and token.lower_ not in _WANTING
               and before.tag_ in {"NN", "NNS", "NNP", "NNPS", "RB"} and after.tag_ not in {"CC", "HYPH"}
               for before, token, after in zip(tokens, tokens[1:], tokens[2:]))


def _in_brackets(view: TokenView, start: int, at: int) -> bool:
    """Whether a bracket opened between `start` and `at` is still open: the items listed inside it tell what the
    ask before it holds ("a claims log per client (claim number, date of loss, adjuster, status)")."""
    words = view.lowers[start:at]
    return words.count("(") > words.count(")")


def _acronym(token) -> bool:
    """"SSO", "SCIM", "EDI": in a list of things, a word of three or more capitals names one."""
    return token.is_alpha and token.is_upper and len(token.text) >= 3


def _plural_noun(token) -> bool:
    """A word the lexicon reads as a verb's third person that is also a plural noun: "alerts", "calls"."""
    return word_tags().get(token.lower_) == "VBZ" and token.lower_.endswith("s") and not token.lower_.endswith("ss")


def _ends_on_a_new_word(words) -> bool:
    """The last word, one no lexicon has, names a thing: a name ("Okta"; "WW" is shorthand) or an English
    phrase's new word ("standards based gradebook"; "Muy bueno" is no English phrase)."""
    last = words[-1]
    if not last.is_alpha or len(last) <= 3:
        return False
    return not last.is_lower or len(words) > 1 and all(word_tags().get(t.lower_) for t in words[:-1])


def _compound_of(token) -> bool:
    """A participle joined to the word before it names a kind: "standards based gradebook", "role-based"."""
    return token.lower_ == "based" and token.i > 0 and (token.nbor(-1).is_alpha or token.nbor(-1).text == "-")


def _may_be_fragment(view: TokenView, start: int, end: int) -> bool:
    """False for a sentence that ``_fragment`` would turn down on its first tests (too many words, a possessive
    first, a finite verb, pronoun, opinion or failure word), read from the token view without Token objects."""
    lowers, lemmas, texts = view.lowers, view.lemmas, view.texts
    words = [i for i in range(start, end) if not view.punct[i] and not texts[i].isspace()]
    k = 0
    while k < len(words) and lowers[words[k]] in _LEAD_INS:
        k += 1
    words = [i for i in words[k:] if not _like_num(texts[i])]
    if not words or len(words) > FRAGMENT_WORDS or lowers[words[0]] in _POSSESSIVES:
        return False
    return not any(lowers[i] in _FINITE or lemmas[i] in _FINITE or word_polarity(lowers[i])
                   or lemmas[i] in FAILURE_LEMMAS or lowers[i] in _NO_THING for i in words)


@lru_cache(maxsize=50_000)
def _like_num(text: str) -> bool:
    """``Token.like_num`` of a token with this text: spaCy's English lexical attribute, a function of the text."""
    return bool(get_nlp().vocab.lex_attr_getters[LIKE_NUM](text))


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """The most frequent part of speech of 94,000 English words (the lexicon TextBlob's tagger ships)."""
    import textblob
    path = os.path.join(os.path.dirname(textblob.__file__), "en", "en-lexicon.txt")
    with open(path, encoding="utf-8") as fh:
        return dict(line.split()[:2] for line in fh if len(line.split()) >= 2)


def _verb_like(token) -> bool:
    return word_tags().get(token.lower_, "").startswith("VB") or token.lower_ in ASK_VERBS


@lru_cache(maxsize=1)
def _opinions() -> frozenset:
    from textblob.en import sentiment
    if not dict.__len__(sentiment):
        sentiment.load()
    return frozenset(word for word, senses in dict.items(sentiment)
                     if None in senses and abs(senses[None][0]) >= 0.25)


def word_polarity(word: str) -> bool:
    """Whether TextBlob's lexicon gives the word an opinion ("great", "slow")."""
    return word in _opinions()


def _names_capability(tokens) -> bool:
    """After "no"/"without": a rare enough word, and no word of a situation ("no signal", "no mobile signal",
    "no problems")."""
    words = [t for t in tokens if t.is_alpha and t.lower_ not in REQUEST_FILLER
             and t.lower_ not in {"no", "zero", "without", "lack", "of", "never", "nothing", "only"}
             and t.lemma_ not in {"get", "ship", "deliver", "come", "build", "got"}]
    if not words or any(t.lemma_ in NOT_CAPABILITIES or t.lower_ in NOT_CAPABILITIES for t in words):
        return False
    return weight(words[0].lower_) >= 0.6


# after "there's no", words that name a thing only with what follows them: "no way to export", "no support for SAML"
_NO_WHAT_FOLLOWS = {"way", "option", "ability", "possibility", "setting", "support", "place", "means", "mechanism",
                    "facility", "feature", "function", "functionality", "tool", "field", "button", "view", "room"}

# plain words of praise between "no" and what it names: "no easy way to", "no proper place for"
_PLAIN_GOOD = {"easy", "simple", "quick", "good", "proper", "real", "native", "built-in", "straightforward",
               "obvious", "clean", "decent", "single", "central"}


def _there_is_no_thing(doc, e: int, end: int) -> bool:
    """What "there's no" is followed by names a thing to build: "there's no way to export", "there is no Xero
    sync"; not "there was no answer", "there's no place for it"."""
    while e < end and doc[e].lower_ in _PLAIN_GOOD:
        e += 1
    if e >= end or doc[e].is_punct:
        return False
    if doc[e].lower_ in _NO_WHAT_FOLLOWS:
        after = doc[e + 1:min(e + 3, end)]
        return len(after) == 2 and after[0].lower_ in {"to", "for", "of", "where", "that"} \
            and after[1].is_alpha and after[1].lower_ not in _OBJECT_PRONOUNS | _PRONOUNS | {"those", "these"}
    return doc[e].lower_ not in NOT_CAPABILITIES and doc[e].lemma_ not in NOT_CAPABILITIES


_PRONOUNS = {"we", "i", "they", "it", "you", "that", "this", "everyone", "everybody", "nobody"}
_OBJECT_PRONOUNS = {"me", "us", "him", "her", "them", "you", "it", "anyone", "anybody", "someone", "somebody"}
# a day names when, not what: "your support team fixed it before Monday"
_WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekends",
               "today", "tomorrow", "yesterday", "tonight", "asap", "urgently", "soon", "now"}


def _main_clause_starts(token) -> bool:
    """"...if techs could scan parts | we'd finally know": a pronoun with would/will starts the main clause."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.lower_ in _PRONOUNS and following is not None
            and following.lower_ in {"'d", "’d", "would", "will", "'ll", "’ll", "could"})


def _an_aside_opens(token) -> bool:
    """"while you're at it", "if you can", "when we renew": a clause with its own subject, said beside a listed
    ask."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in {"while", "if", "when", "once"} and following is not None and following.lower_ in _PRONOUNS


def infix_hyphen(token) -> bool:
    """A hyphen written inside a word, with no space either side: "read-only", "sign-on"."""
    return _inside_a_word(token, {"-"})


def joins_a_word(token) -> bool:
    """A hyphen or a slash written inside a word: "read-only", "A/B"."""
    return _inside_a_word(token, {"-", "/"})


def _inside_a_word(token, marks) -> bool:
    """`token` is one of `marks` written inside a word, with no space either side ("read-only", "A/B")."""
    doc = token.doc
    return token.text in marks and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def _breaks(token) -> bool:
    """A clause boundary, unless a hyphen inside a word."""
    return token.lower_ in _BOUNDARY and not infix_hyphen(token)


# two words an "and" makes one thing of, as product people say them
_ONE_THING = {("drag", "drop"), ("copy", "paste"), ("find", "replace"), ("search", "replace"), ("click", "collect"),
              ("pick", "pack"), ("plug", "play"), ("roles", "permissions"), ("mix", "match")}


def _one_thing(doc, i: int) -> bool:
    """The "and" at `i` joins two words that name one thing: "drag and drop", "roles and permissions"; or two
    ways of breaking one figure down: "pipeline by region and segment", "margin per site and month"."""
    if not 0 < i < len(doc) - 1:
        return False
    if (doc[i - 1].lower_, doc[i + 1].lower_) in _ONE_THING:
        return True
    return i >= 2 and doc[i - 2].lower_ in {"by", "per"} and doc[i + 1].is_alpha and doc[i + 1].is_lower \
        and (word_tags().get(doc[i + 1].lower_) or "").startswith("NN") \
        and (i + 2 >= doc[i].sent.end or doc[i + 2].is_punct)  # the sentence looked up last: it walks the doc


def _only_modifiers(tokens) -> bool:
    """"best and worst case views": words that only describe what follows the "and" ("a mobile app" names a thing)."""
    return not _ends_on_a_kept_word([t for t in tokens if not t.is_punct]) \
        and all(word_tags().get(t.lower_, "").startswith("JJ") for t in _content(tokens))


# The learned layer's probability at which its reading of a sentence in another language stands when none of that
# language's phrases of asking is in it (1.7's bar: in the development sets, "Sehr gut." scored 0.43 and real asks
# 0.55-0.98)
FOREIGN_ASK_BAR = 0.5


@lru_cache(maxsize=1)
def _foreign_function_words() -> frozenset:
    """Function words of German, French, Spanish, Dutch, Italian and Portuguese (spaCy's stop word lists) that are
    neither English stop words, nor common in English, nor English content words in TextBlob's lexicon."""
    import importlib

    words = set()
    for lang in ("de", "fr", "es", "nl", "it", "pt"):
        words.update(w for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS if w.isalpha())
    tags = word_tags()
    return frozenset(w for w in words if w not in STOP_WORDS and w != "eu"
                     and (probability(w) or -99.0) < -10.5 and not tags.get(w, "").startswith(("NN", "JJ", "VB", "RB")))


# thanks in other languages: no English sentence holds them ("Gracias!", "Danke an das Onboarding-Team!")
_THANKS = frozenset({"danke", "merci", "gracias", "grazie", "obrigado", "obrigada", "bedankt", "dankjewel", "vielen"})


@lru_cache(maxsize=1)
def _telling_words() -> frozenset:
    """The words that tell another language: its function words, and thanks."""
    return _foreign_function_words() | _THANKS


def function_words(words) -> tuple[int, int, int]:
    """How many of `words` are foreign function words, how many English ones, and how many words there are."""
    foreign_words = _telling_words()
    elided = sum(1 for w in words if ELISION.match(w))  # "l'équipe", "d'un", "qu'il": French
    words = [w.lower() for w in words if w.isalpha()]
    foreign = elided + sum(w in foreign_words for w in words)
    english = sum(w in STOP_WORDS and w not in foreign_words for w in words)
    return foreign, english, len(words)


# articles and prepositions of other languages that English text also holds, in names and borrowings ("Jean de
# la Fontaine", "the du jour menu"): they count for a comment's language only beside one that English never uses
_SHARED_FUNCTION_WORDS = frozenset({"de", "der", "des", "die", "du", "el", "la", "le", "les", "nos", "los", "las"})


@lru_cache(maxsize=1)
def other_function_words() -> frozenset:
    """Other languages' function words, the ones English text also holds among them."""
    return _foreign_function_words() | _SHARED_FUNCTION_WORDS


_OTHER_LETTERS = re.compile(r"[àâäãçéèêëîïíìñóòôöõúùûüßœ]", re.IGNORECASE)


def in_other_language(words) -> bool:
    """A comment in another language: its foreign function words (the shared ones and words with another
    language's letters at half weight, and only beside one) at least two, and more than its English ones. "Die
    Einrichtung war einfach und der Support antwortet schnell. Danke!" is German."""
    foreign, english, _ = function_words(words)
    shared = sum(w.lower() in _SHARED_FUNCTION_WORDS for w in words) if foreign else 0
    # words with another language's letters count half too: "zuverlässig", "señal", "réservation"
    accented = sum(1 for w in words if _OTHER_LETTERS.search(w)) if foreign else 0
    return foreign + (shared + accented) / 2 >= 2 and foreign + shared + accented > english


def in_other_language_sentence(sentence: str, words=None, among_foreign: bool = False) -> bool:
    """A sentence the English rules cannot read: it does not read as English, or it has few English function words
    (one in five words at most) and another language's words of asking ("Nos gustaría conectar Airbnb con el
    channel manager")."""
    words = words if words is not None else re.findall(r"[^\W\d_]+", sentence)
    counts = function_words(words)
    return not _reads_as_english(counts, among_foreign) or \
        counts[1] <= counts[2] // 5 and foreign_ask(sentence, strong_only=True) is not None


def reads_as_english(words, among_foreign: bool = False) -> bool:
    """False for a sentence in another language ("Sehr gut.", "Muy bueno", "die Pipeline-Ansicht ist genau
    richtig"): two or more foreign function words outnumbering the English ones, or a short sentence with one and
    no English function word. `among_foreign`: the rest of the comment is in another language, so a sentence
    with no more English function words than foreign ones is too ("Bon produit.", "Danke!"). The English rules
    cannot say what such a sentence asks for."""
    return _reads_as_english(function_words(words), among_foreign)


def _reads_as_english(counts: tuple[int, int, int], among_foreign: bool) -> bool:
    foreign, english, count = counts
    if among_foreign and english <= foreign:
        return False
    return not ((foreign >= 2 and foreign > english) or (foreign and not english and count <= 3))


def extract_subject(doc, sent, s, e, prefer_before: bool = False, before_only: bool = False,
                    after_only: bool = False) -> str:
    """The words naming what is asked for: after the trigger up to a clause boundary, or the
    words before the trigger ("custom date ranges would be nice"); `prefer_before` tries those first."""
    after, lowers = [], [t.lower_ for t in doc[e:sent.end]]
    for t in doc[e:sent.end]:
        if (_breaks(t) or _main_clause_starts(t) or _how_often(lowers, t.i - e, len(lowers))
                or _verdict_starts(t, sent)) and _content(after) \
                and not (t.lower_ in {"and", "or"} and (_only_modifiers(after) or _one_thing(doc, t.i))):
            break
        after.append(t)
    before, ahead = [], list(doc[sent.start:s])
    while ahead:
        t = ahead.pop()
        if _breaks(t) and _content(before):
            joined = _conjoined(ahead) if t.lower_ in {"and", "or", "&"} else []
            if not joined:
                break
            before[:0] = [*joined, t]
            del ahead[len(ahead) - len(joined):]
            continue
        before.insert(0, t)
    if before_only:
        toks = before
    elif prefer_before and _content(before):
        toks = before
    else:
        toks = after if _content(after) or after_only else before
    # "An app would fix that", "An app would make it 10x better", not "Our app would be better"
    sides = [(toks, before_only), (after, before_only)]
    if prefer_before and toks is not before:
        sides.insert(0, (before, True))
    for side, needs_an in sides:
        if (not needs_an or side and side[0].lower_ in {"a", "an"}) and _only_an_app(side):
            return _the_app(side)
    while toks and (toks[0].is_punct or toks[0].lower_ in REQUEST_FILLER and not _hyphen_joins(toks[0])):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in REQUEST_FILLER and not _joined_on(toks[-1])
                    and not _ends_on_a_kept_word(toks) and not _ends_a_phrasal_verb(toks)):
        toks = toks[:-1]
    if not _content(toks):
        return ""
    return doc[toks[0].i:toks[-1].i + 1].text


_TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "morning", "mornings", "evening", "night", "time",
               "shift", "year", "quarter", "hour", "minute"}  # not "job", "run": "a spreadsheet of every job"


def _how_often(lowers, i: int, end: int) -> bool:
    """Whether word `i` of `lowers` (words in lower case) is in an "every (single) day", "each time": how often,
    not part of the thing asked for ("an OEE dashboard every single day")."""
    for k in range(max(i - 2, 0), i + 1):
        if lowers[k] in {"every", "each"}:
            last = next((j for j in range(k + 1, min(k + 3, end)) if lowers[j] in _TIME_NOUNS), None)
            if last is not None and i <= last:
                return True
    return False


def _conjoined(ahead) -> list:
    """The words before an "and" that name a thing with those after it ("drag and drop", "allergy and medication
    records", "SharePoint sync for drawings and specs", "SSO and SCIM would be ideal"): one word, or the start of
    what a preposition governs; back to the clause's boundary, at most four words, no verb or pronoun of a clause
    ("we love it and"), no judgement ("great support and an API would be nice"), not the last two of a list."""
    start = len(ahead)
    while start and not _breaks(ahead[start - 1]):
        start -= 1
    words = ahead[start:]
    if start >= 2 and ahead[start - 1].text == "," \
            and word_tags().get(ahead[start - 2].lower_, "NN")[:2] in ("NN", "JJ"):
        return []  # "readers, counters and church cleaners" (but "Honestly, drag and drop")
    if not 0 < len(words) <= 4 or not _content(words) or _only_modifiers(words):  # "Fast, reliable and ..."
        return []
    if len(words) >= 2 and words[-2].lower_ == "to" and word_tags().get(words[-1].lower_, "").startswith("VB"):
        return []  # two doings, not a thing: "one place to see and bill them"
    if len(_content(words)) > 1 and not (len(words) >= 2 and words[-2].lower_ in _OBJECT_OF):
        return []  # a longer phrase is an ask of its own: "SSO with Azure AD and jobs in their Outlook calendars"
    for t in words:
        senses = dict.get(_judging_lexicon(), t.lower_) or {}
        if t.lower_ in _FINITE or word_tags().get(t.lower_, "") in _CLAUSE_TAGS \
                or senses.get(None, (0, 0))[1] >= 0.3:  # subjective: "great", "fast", "easy"
            return []
    return words


_OBJECT_OF = {"for", "of", "to", "in", "on", "with", "from", "between", "into"}  # "sync for drawings and specs"
_CLAUSE_TAGS = {"VBZ", "VBD", "VBP", "MD", "PRP", "PRP$", "WDT", "WP", "WRB", "RB", "UH"}


@lru_cache(maxsize=1)
def _judging_lexicon():
    """TextBlob's sentiment lexicon, loaded (it loads lazily, and ``dict.get`` does not load it)."""
    from textblob.en import sentiment
    if not dict.__len__(sentiment):
        sentiment.load()
    return sentiment


APP_WORDS = {"app", "apps"}  # "a driver app": the app is what is asked for (also read by the titles)
# filler words that name a thing after a word that says which: "a driver app", "Parent app", "optimal send time"
# (also read by the titles)
NAMED_BY_THE_WORD_BEFORE = APP_WORDS | {"tool", "time"}
# ... and that stay at the end of what is asked, with the team it is for: "reports for the field team"
KEPT_LAST = NAMED_BY_THE_WORD_BEFORE | {"team", "teams"}


_PARTICLES = {"up", "out", "off", "down", "back"}


def _ends_a_phrasal_verb(toks) -> bool:
    """"pull the numbers out", "look things up": the last word completes a verb of the ask, so it stays."""
    return len(toks) > 2 and toks[-1].lower_ in _PARTICLES and not toks[-2].is_punct \
        and toks[-2].lower_ not in REQUEST_FILLER \
        and any(word_tags().get(t.lower_, "").startswith("VB") for t in toks[:-2])


def _kept_last(last: str, before: str, before_is_punct: bool) -> bool:
    """A filler word of ``KEPT_LAST`` after a word that says which: "Parent app", "a driver app", "the field team"
    keep it; "the reports in the app" and "the app" do not."""
    return last in KEPT_LAST and before not in REQUEST_FILLER and not before_is_punct


def _run_keeps_its_last(view: TokenView, run: list[int]) -> bool:
    return len(run) > 1 and (_kept_last(view.lowers[run[-1]], view.lowers[run[-2]], view.punct[run[-2]])
                             or (view.lowers[run[-2]], view.lowers[run[-1]]) in _COMPOUNDS_APART)


def _ends_on_a_kept_word(toks) -> bool:
    return len(toks) > 1 and _kept_last(toks[-1].lower_, toks[-2].lower_, toks[-2].is_punct)


_AN_APP = APP_WORDS | {"for", "a", "an", "proper", "real", "native", "dedicated", "actual", "decent", "mobile",
                       "own", "their", "our", "my", "your", "its"}  # "their own app"


def _only_an_app(tokens) -> bool:
    """"an app", "a proper app": the phone app asked for, though "app" beside a thing is filler ("the reports app")."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return any(t.lower_ in APP_WORDS for t in words) and all(t.lower_ in _AN_APP for t in words)


def _the_app(tokens) -> str:
    """The words of `tokens` (``_only_an_app``) that name the app: "a native mobile app" -> "native mobile app", "a
    proper app" -> "app"."""
    app = next(t for t in tokens if t.lower_ in APP_WORDS)
    kind = next((t for t in tokens if t.lower_ in {"mobile", "native"} and t.i < app.i), app)
    return app.doc[kind.i:app.i + 1].text


def canonical_tokens(text_or_doc) -> list[str]:
    doc = get_nlp()(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    out = []
    for t in doc:
        if t.is_punct or t.is_space:
            continue
        lem = t.lemma_
        w = SYNONYMS.get(t.lower_) or SYNONYMS.get(lem) or lem
        if w in REQUEST_FILLER or t.lower_ in REQUEST_FILLER or t.like_num and w not in ("2fa",):
            continue
        out.append(w)
    if not out and any(t.lower_ in APP_WORDS for t in doc):
        out = ["mobile"]  # "Any plans for an app?": an app alone is the phone app ("app" is filler beside a thing)
    # "two way" written as two words
    joined = " ".join(out).replace("two way", "two-way").replace("single sign on", "sso")
    return joined.split()


def request_key(subject: str) -> str:
    return " ".join(sorted(set(canonical_tokens(subject))))


def _only_marks(text: str) -> bool:
    """A token of emoji or bullets only ("🙏", "**")."""
    return bool(text.strip()) and all(_marks(ch) for ch in text)


def _marks(ch: str) -> bool:
    """Emoji, bullets and their joiners ("😡", "✅", "•", "**"), as a comment's words may open with them."""
    return ch.isspace() or ch in "*•·>-–—~" or unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn")


COURTESY = {"please", "pls", "plss", "plz", "thanks", "thx", "ty"}
_PLEASE_ALONE = {"add", "it", "this", "that", "one", "asap", "soon", "do", "build", "for", "us", "the", "love", "of",
                 "god", "pretty", "with", "a", "cherry", "on", "top", "thank", "you"}


def _only_please(view: TokenView, sent) -> bool:
    """"Please.", "Please add it.", "pls 🙏": a sentence that asks for the one before it."""
    words = [view.lowers[i] for i in range(sent.start, sent.end) if not view.punct[i] and view.texts[i].strip()
             and not _only_marks(view.texts[i])]
    return any(_courtesy(word) and word[:1] == "p" for word in words) \
        and all(_courtesy(word) or word in _PLEASE_ALONE for word in words)  # "Thanks!" signs any comment off


def _courtesy(word: str) -> bool:
    """"please", "pls", "thx", also drawn out: "pleeease", "plsss"."""
    return drawn_out(word.lower()) in COURTESY


def _unmarked(subject: str) -> str:
    """The subject without the marks and courtesies around it ("😡 Custom reports" -> "Custom reports", "Dark
    mode pls 🙏" -> "Dark mode"); a paragraph's first sentence also starts with its break."""
    start, end = 0, len(subject)
    while True:
        while start < end and _marks(subject[start]):
            start += 1
        while end > start and (_marks(subject[end - 1]) or subject[end - 1] in "!?"):
            end -= 1
        last = subject.rfind(" ", start, end)
        if last < 0 or not _courtesy(subject[last + 1:end]):
            return subject[start:end]
        end = last


def title_of(subject: str) -> str:
    s = subject.strip().strip(".,;:!?")
    return s[:1].upper() + s[1:] if s else s


def similarity(a: set[str], b: set[str]) -> float:
    """Token-set similarity of two request keys: Jaccard, lifted when one key contains the other."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    jac = inter / len(a | b)
    small = min(len(a), len(b))
    if inter == small and small >= 2:
        jac = max(jac, 0.75)
    elif inter == small == 1 and max(len(a), len(b)) == 2:
        jac = max(jac, 0.5)
    return jac


MERGE_THRESHOLD = 0.5


@dataclass
class Cluster:
    title: str
    key: str
    mention_ids: list = field(default_factory=list)
    subjects: list = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.mention_ids)


def _as_request(value) -> tuple[str, str]:
    """(subject, key) for a Request or a plain text (a title or a whole sentence)."""
    if isinstance(value, Request):
        return value.subject, value.key
    text = str(value)
    doc = get_nlp()(text)
    det = _detector()
    for sent in doc.sents:
        req = det.detect(doc, sent)
        if req is not None:
            return req.subject, req.key
    return text.strip(), request_key(text)


_DETECTOR = None


def _detector() -> RequestDetector:
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = RequestDetector()
    return _DETECTOR


def _typical_wording(subjects: list[str]) -> str:
    """The wording most typical of a cluster: most frequent, then sharing the most words with the
    others (so "Salesforce integration" beats "sync to SFDC"), then the shortest."""
    counts = Counter(title_of(s).lower() for s in subjects)
    words = {s: {t.lemma_ for t in get_nlp()(s) if t.is_alpha and t.lemma_ not in REQUEST_FILLER}
             for s in counts}
    freq = Counter(w for s, c in counts.items() for w in words[s] for _ in range(c))
    best = min(counts, key=lambda s: (-counts[s], -sum(freq[w] for w in words[s]), len(s), s))
    return next(title_of(s) for s in subjects if title_of(s).lower() == best)


def consolidate(mentions, threshold: float = MERGE_THRESHOLD) -> list[Cluster]:
    """Merge near-duplicate requests. ``mentions``: iterable of (mention_id, text or Request).

    Returns clusters, largest first, each with a title (the most frequent wording, shortest on
    ties), a key (the cluster's most frequent key) and every mention id it absorbed.
    """
    groups: dict[str, list[tuple[object, str]]] = {}
    order: list[str] = []
    for mention_id, value in mentions:
        subject, key = _as_request(value)
        if not key:
            key = subject.lower()
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((mention_id, subject))
    ranked = sorted(order, key=lambda k: (-len(groups[k]), -len(k.split()), order.index(k)))
    clusters: list[tuple[set[str], list[str], Cluster]] = []
    for key in ranked:
        tokens = set(key.split())
        best, best_sim = None, 0.0
        for core, keys, cl in clusters:
            sim = max(similarity(tokens, set(k.split())) for k in keys)
            if sim > best_sim:
                best, best_sim = (core, keys, cl), sim
        if best is not None and best_sim >= threshold:
            _, keys, cl = best
            keys.append(key)
        else:
            cl = Cluster(title="", key=key)
            clusters.append((tokens, [key], cl))
        for mid, subj in groups[key]:
            cl.mention_ids.append(mid)
            cl.subjects.append(subj)
    result = []
    for _, _, cl in clusters:
        cl.title = _typical_wording(cl.subjects)
        result.append(cl)
    result.sort(key=lambda c: -c.size)
    return result


def match_item(request, items, threshold: float = MERGE_THRESHOLD):
    """Find the existing feedback item a new request belongs to.

    ``request``: a Request or text; ``items``: iterable of (item_id, title) or (item_id, title,
    key). Returns (item_id, score) for the best item at or above ``threshold``, else None.
    """
    _, key = _as_request(request)
    tokens = set(key.split())
    best = None
    for item in items:
        item_id, title = item[0], item[1]
        ikey = item[2] if len(item) > 2 and item[2] else request_key(title)
        sim = similarity(tokens, set(ikey.split()))
        if sim >= threshold and (best is None or sim > best[1]):
            best = (item_id, sim)
    return best

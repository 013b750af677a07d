"""Word lists for the sentiment rules, written for B2B software feedback.

Everything here is plain data; the rules that use it live in ``sentiment.py``.
Phrases are written as lemma phrases (the pipeline lemmatises both text and phrases the same way):
"switch to a competitor" also matches "switching to a competitor".
"""
from __future__ import annotations

# Domain terms TextBlob's lexicon misses or mis-scores on customer feedback. polarity in -1..1.
DOMAIN_POLARITY: dict[str, float] = {
    # reliability and performance facts
    "outage": -0.6, "downtime": -0.5, "crash": -0.6, "bug": -0.4, "buggy": -0.6, "glitch": -0.4,
    "glitchy": -0.5, "lag": -0.4, "laggy": -0.5, "sluggish": -0.5, "slow": -0.5, "slowness": -0.5, "freeze": -0.5, "freezing": -0.5,
    "timeout": -0.4, "time out": -0.4, "go down": -0.5, "be down": -0.5, "down again": -0.5,
    "lose data": -0.6, "lost data": -0.6, "break": -0.5, "broke": -0.5, "stop work": -0.6,
    "keep fail": -0.6, "fail": -0.5, "failure": -0.5, "flaky": -0.5, "unreliable": -0.6,
    "take forever": -0.5, "forever": -0.3, "take age": -0.5, "spin forever": -0.5, "unusable": -0.7,
    "hiccup": -0.2, "rough edge": -0.2, "unpredictable": -0.4, "drain battery": -0.4,
    "log me out": -0.4, "lock out": -0.4, "duplicate": -0.2, "half-baked": -0.5, "half baked": -0.5,
    # service experience
    "on hold": -0.4, "no response": -0.5, "ghost": -0.6, "=canned": -0.3, "nobody care": -0.6,
    "forget": -0.3, "forgotten": -0.4, "ignore": -0.4, "blame": -0.4, "pushy": -0.5, "upsell": -0.2,
    "squeeze": -0.4, "mislead": -0.6, "misled": -0.6, "trap": -0.5, "downhill": -0.5,
    "broken promise": -0.6, "clueless": -0.6, "overwhelmed": -0.3, "outsource": -0.2,
    # effort and usability
    "nightmare": -0.7, "joke": -0.5, "mess": -0.5, "disaster": -0.7, "hassle": -0.4, "headache": -0.5,
    "pain": -0.5, "painful": -0.6, "clunky": -0.5, "cluttered": -0.4, "steep": -0.3,
    "learning curve": -0.2, "garbage": -0.7, "outdated": -0.4, "lost": -0.3, "too many click": -0.5,
    "unacceptable": -0.7, "deal breaker": -0.6, "regret": -0.6, "embarrassing": -0.6, "awful": -0.8,
    "annoying": -0.6, "meh": -0.3, "nothing special": -0.3, "not worth": -0.5, "waste of time": -0.6,
    "hate": -0.7, "rough": -0.3, "lacking": -0.3, "overprice": -0.6, "overpriced": -0.6, "pricey": -0.3,
    "hidden fee": -0.5, "too pricey": -0.5, "gap": -0.3, "issue": -0.3, "problem": -0.3,
    "complaint": -0.3, "thanks for nothing": -0.7, "yeah right": -0.5, "useless": -0.6,
    # relationship and commercial intent (B2B)
    "switch to a competitor": -0.8, "switch to competitor": -0.8, "evaluate other tool": -0.6,
    "look elsewhere": -0.6, "look at alternative": -0.6, "alternative": -0.3, "not renew": -0.8,
    "not be renew": -0.8, "cancel": -0.6, "cancelled": -0.6, "churn": -0.6, "move to salesforce": -0.6,
    "move to hubspot": -0.6, "gone by": -0.5, "not recommend": -0.7, "would not recommend": -0.7,
    # positive
    "intuitive": 0.5, "seamless": 0.6, "seamlessly": 0.6, "painless": 0.5, "breeze": 0.6,
    "lifesaver": 0.8, "life saver": 0.8, "game changer": 0.7, "time saver": 0.6, "save time": 0.5,
    "save hour": 0.5, "save we": 0.3, "save us": 0.3, "rock solid": 0.7, "snappy": 0.5, "responsive": 0.4,
    "helpful": 0.5, "recommend": 0.5, "can not live without": 0.8, "cannot live without": 0.8,
    "can not imagine": 0.6, "can not recommend it enough": 0.9, "can not complain": 0.4,
    "no complaint": 0.4, "above and beyond": 0.7, "spot on": 0.6, "pay for itself": 0.6,
    "worth every penny": 0.8, "worth it": 0.5, "gold": 0.5, "genius": 0.7, "thank": 0.3,
    "shoutout": 0.4, "reliable": 0.5, "instantly": 0.3, "instant": 0.3, "appreciate": 0.4,
    "appreciated": 0.4, "enjoy": 0.4, "love": 0.6, "satisfying": 0.5, "impressive": 0.6,
    "adopt quickly": 0.4, "just work": 0.5, "it work": 0.3, "work perfectly": 0.7, "partner": 0.2,
    "valuable": 0.6, "trust": 0.2, "expand": 0.2, "affordable": 0.4, "transparent": 0.4,
    "stable": 0.5, "quickly": 0.2, "patient": 0.4, "patiently": 0.4, "knowledgeable": 0.5,
    "proactively": 0.4, "proactive": 0.4, "get better": 0.4, "keep get better": 0.5,
    # more complaint vocabulary of B2B feedback
    "workaround": -0.3, "by hand": -0.3, "manually": -0.2, "had to": -0.2, "half the time": -0.4,
    "stop use": -0.5, "give up": -0.5, "gave up": -0.5, "complain": -0.4, "delay": -0.4,
    "slip": -0.3, "chase": -0.3, "waste": -0.5, "wasted": -0.5, "unanswered": -0.5,
    "blocker": -0.5, "rip off": -0.7, "rip-off": -0.7, "stuck": -0.4, "risk": -0.3,
    "instead of": -0.2, "promise": -0.2, "supposed to": -0.3, "backlog": -0.3, "still wait": -0.5,
    "keep crash": -0.6, "keep break": -0.6, "keep fail": -0.6, "keep log": -0.3, "every single": -0.2,
    "lose": -0.3, "wrong": -0.4, "guess": -0.2, "struggle": -0.4, "frustrate": -0.5,
    "disappoint": -0.5, "terrible": -0.9, "horrible": -0.9, "poor": -0.5, "scratch": -0.2,
    "left in the dark": -0.5, "not sorted": -0.4, "worse": -0.5, "downgrade": -0.3,
    # more praise vocabulary
    "kudos": 0.6, "superb": 0.8, "nail": 0.4, "top notch": 0.7, "well done": 0.6,
    "no brainer": 0.6, "no-brainer": 0.6, "peace of mind": 0.5, "productive": 0.4,
    "exactly what we need": 0.5, "exactly what i need": 0.5, "do the job": 0.4,
    "does the job": 0.4, "=10/10": 0.7, "a must have": 0.4, "delighted": 0.8,
    "improve": 0.2, "improved": 0.3, "faster": 0.3, "easier": 0.3, "quick": 0.3,
    "save": 0.4, "everything we need": 0.5, "do everything": 0.4, "limited": -0.4, "very limited": -0.5,
}

# TextBlob lexicon words that are mostly neutral in B2B feedback ("more seats", "new release",
# "first month", "free trial", "sure"). Their TextBlob scores are dropped.
NEUTRAL_WORDS = frozenset(
    "more most other new real sure due first free high many able top full live main whole much "
    "certain right early old little few long special average big next last same only final entire "
    "human open basic simple several different extra pretty enough please social public private "
    "least less late center centre far base point".split()
)

# Negators and their scope (tokens looked back from a sentiment word, within the clause).
NEGATORS = frozenset({"not", "no", "never", "without", "hardly", "barely", "nothing", "nobody",
                      "none", "neither", "nor", "cannot", "zero"})
NEGATION_SCOPE = 3
NEGATION_FACTOR = -0.5  # same as TextBlob's pattern analyser

# Verbs that describe the product doing its job: negated they are a complaint ("doesn't work",
# "didn't help", "never responds", "won't load").
FUNCTION_VERBS = frozenset({"work", "help", "respond", "load", "sync", "save", "answer", "resolve",
                            "fix", "solve", "reply", "care", "listen", "update", "show", "find", "cover", "get back"})
NEGATED_FUNCTION_POLARITY = -0.5

INTENSIFIERS = {"very": 1.3, "really": 1.3, "super": 1.4, "so": 1.3, "extremely": 1.5,
                "incredibly": 1.5, "absolutely": 1.4, "totally": 1.3, "completely": 1.4,
                "way": 1.3, "too": 1.3, "painfully": 1.5, "ridiculously": 1.5, "insanely": 1.5,
                "constantly": 1.3, "constant": 1.3, "always": 1.2, "every": 1.2, "utterly": 1.5,
                "truly": 1.3, "seriously": 1.3, "massive": 1.3, "huge": 1.3}
DOWNTONERS = {"bit": 0.6, "slightly": 0.6, "somewhat": 0.7, "fairly": 0.8, "quite": 0.9,
              "little": 0.7, "kind": 0.7, "sort": 0.7, "mostly": 0.8}

# Clause boundaries that signal contrast. The clause after a coordinating contrast carries more
# weight ("great product but support is slow" -> overall negative); a subordinate concession
# ("although X, Y") gives less weight to X.
CONTRAST_AFTER = frozenset({"but", "however", "yet", "except", "unfortunately", "sadly",
                            "whereas"})
CONTRAST_CONCESSIVE = frozenset({"although", "though", "despite", "while"})
AFTER_WEIGHT = 2.0
CONCESSIVE_WEIGHT = 0.5

# Sarcasm cues.
# 1. backhanded conditionals after praise: "great when it loads", "reliable... when it's not down",
#    "great support... if you enjoy waiting".
SARCASM_CONDITIONALS = ("when it load", "when it be not", "when it 's not", "when it work",
                        "if you enjoy", "if you like", "if you love", "when it feel like")
# 2. ironic openers followed by a negative fact in the same sentence: "oh great, another outage".
SARCASM_OPENERS = ("oh great", "great ,", "fantastic .", "fantastic ,", "just great", "yeah ,",
                   "wow ,", "love how", "love that", "really great timing", "thanks for nothing",
                   "yeah right", "exactly what we need")
# 4. nostalgia: praise of the past implies decline now ("support used to be so much better").
NOSTALGIA = ("use to", "used to")
# 3. scare quotes around praise words: another "improvement".
SCARE_QUOTED = frozenset({"improvement", "feature", "update", "upgrade", "support", "help", "fix"})


def domain_vocabulary() -> set[str]:
    """Words the spelling repair may correct towards: theme patterns, this lexicon, TextBlob's."""
    from textblob.en import sentiment as tb
    from .taxonomy import DEFAULT_TAXONOMY

    words: set[str] = set()
    for phrase in DOMAIN_POLARITY:
        words.update(phrase.split())
    for item in DEFAULT_TAXONOMY:
        for p in item["patterns"]:
            words.update(p.lstrip("=").split())
        words.update(item["name"].lower().split())
    if not dict.__len__(tb):
        tb.load()
    words.update(w for w in dict.keys(tb) if isinstance(w, str))
    for extra in ("integration", "reports", "support", "awesome", "really", "mobile", "simple",
                  "everyone", "workflow", "dashboard", "salesforce", "hubspot", "slow"):
        words.add(extra)
    return words

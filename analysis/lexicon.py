"""Word lists for the sentiment rules, written for B2B software feedback.

Everything here is plain data; the rules that use it live in ``sentiment.py``.
Phrases are written as lemma phrases (the pipeline lemmatises both text and phrases the same way):
"switch to a competitor" also matches "switching to a competitor".
"""
from __future__ import annotations

# The customer leaving, or saying they will: each is a churn signal (``sentiment.CHURN_PHRASES``), which makes the
# comment negative whatever else it praises (DOMAIN.md), and a phrase of DOMAIN_POLARITY.
CHURN_POLARITY: dict[str, float] = {
    "switch to a competitor": -0.8, "switch to competitor": -0.8, "evaluate other tool": -0.6,
    "look elsewhere": -0.6, "look at alternative": -0.6, "not renew": -0.8,
    "not be renew": -0.8, "cancel": -0.6, "cancelled": -0.6, "churn": -0.6, "move to salesforce": -0.6,
    "move to hubspot": -0.6, "=gone by": -0.5, "not recommend": -0.7, "would not recommend": -0.7,
    # leaving without naming a known rival: "We left for GitHub Actions", "went with another vendor"
    "we leave for": -0.7, "we have leave for": -0.7, "leave us for": -0.7, "we have move on": -0.5,
    "go with another": -0.6, "go with a different": -0.6, "go with a competitor": -0.7,
    "go with a cheap": -0.6, "go with something cheap": -0.6, "switch to a cheap": -0.6, "move to a cheap": -0.6,
    "move to a competitor": -0.7, "switch to another": -0.6, "move to another provider": -0.6,
    "move to another vendor": -0.6, "move to another tool": -0.6, "move to another platform": -0.6,
    "decision to leave": -0.6, "sorry to go": -0.4, "sorry to leave": -0.4, "sad to leave": -0.4,
}

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
    "unfinished": -0.4, "incomplete": -0.3, "unpolished": -0.3, "immature": -0.3,
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
    # relationship and commercial intent (B2B); the leaving itself is in CHURN_POLARITY above
    "alternative": -0.3, "not pick you": -0.6, "not choose you": -0.6, "not go with you": -0.6,
    "outgrow it": -0.5, "outgrow you": -0.5, "not the right fit": -0.5,
    # positive
    "intuitive": 0.5, "seamless": 0.6, "seamlessly": 0.6, "painless": 0.5, "breeze": 0.6,
    "lifesaver": 0.8, "life saver": 0.8, "game changer": 0.7, "time saver": 0.6, "save time": 0.5,
    "save hour": 0.5, "save we": 0.3, "save us": 0.3, "rock solid": 0.7, "snappy": 0.5, "responsive": 0.4,
    "helpful": 0.5, "recommend": 0.5, "can not live without": 0.8, "cannot live without": 0.8,
    "can not imagine": 0.6, "can not recommend it enough": 0.9, "can not complain": 0.4,
    "no complaint": 0.4, "above and beyond": 0.7, "spot on": 0.6, "pay for itself": 0.6,
    # "the reminders alone paid for the licence"; "checks in every quarter, which we value"
    "alone pay for": 0.6, "alone justify": 0.5,
    "which we value": 0.5, "which i value": 0.5, "we really value": 0.5, "we value the": 0.4,
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
    "keep crash": -0.6, "keep break": -0.6, "keep log": -0.3, "every single": -0.2,
    "lose": -0.3, "wrong": -0.4, "guess": -0.2, "struggle": -0.4, "frustrate": -0.5,
    "disappoint": -0.5, "terrible": -0.9, "horrible": -0.9, "poor": -0.5, "scratch": -0.2,
    "left in the dark": -0.5, "not sorted": -0.4, "worse": -0.5, "downgrade": -0.3,
    # more praise vocabulary
    "kudos": 0.6, "superb": 0.8, "nail": 0.4, "top notch": 0.7, "well done": 0.6,
    "no brainer": 0.6, "no-brainer": 0.6, "peace of mind": 0.5, "productive": 0.4,
    "exactly what we need": 0.5, "exactly what i need": 0.5, "do the job": 0.4,
    "does the job": 0.4, "=10/10": 0.7, "a must have": 0.4, "delighted": 0.8,
    "improve": 0.2, "improved": 0.3, "faster": 0.3, "easier": 0.3, "quick": 0.3,
    # idioms of customer feedback (dev set round 2)
    "another story": -0.4, "drag on": -0.5, "cost us": -0.4, "pass around": -0.5,
    "passed around": -0.5, "sticker shock": -0.6, "out of date": -0.4, "out of sync": -0.5,
    "fed up": -0.6, "nickel and dime": -0.6, "nickel-and-dimed": -0.6, "be off": -0.4,
    "be often off": -0.4, "drop": -0.3, "none of them": -0.3, "inside out": 0.4, "help": 0.3,
    "huge help": 0.6, "like a charm": 0.7, "make up for": 0.3, "double": 0.3, "boost": 0.4,
    "a joy": 0.7, "a pleasure": 0.6, "can not work without": 0.8, "could not work without": 0.8,
    "could not live without": 0.8, "could not imagine": 0.6,
    "save": 0.4, "everything we need": 0.5, "do everything": 0.4, "=limited": -0.4, "very limited": -0.5,
    # round 3 (dev2 set): B2B idioms of delivery, effort, value and relationship.
    # delivery against plans and promises
    "ahead of schedule": 0.5, "on schedule": 0.3, "on time": 0.3, "as planned": 0.3,
    "behind schedule": -0.5, "over budget": -0.5, "without a hitch": 0.6, "out of the box": 0.4,
    "up and running": 0.4, "be told": -0.3, "get told": -0.3, "keep get told": -0.4,
    "not what we": -0.4, "not what i": -0.4, "exactly what": 0.4, "nice try": -0.4,
    # effort and manual work
    "one by one": -0.3, "click through": -0.3, "on our own": -0.4, "on my own": -0.4,
    "spreadsheet": -0.2, "off spreadsheet": 0.4, "no more spreadsheet": 0.4, "guesswork": -0.4,
    "spend more time": -0.5, "back and forth": -0.3, "send us back": -0.4, "escalate": -0.2,
    "max out": -0.4, "hit the limit": -0.4, "pay extra": -0.3, "for what we pay": -0.3,
    "expect more": -0.4, "expect * more": -0.4, "expect * * more": -0.4, "expect better": -0.4,
    "grind to a halt": -0.6, "bury": -0.4, "buried": -0.4, "spinner": -0.3, "silently": -0.3,
    "skip": -0.3, "refuse": -0.5, "punish": -0.5, "shame": -0.5, "sales pitch": -0.4,
    "weak": -0.4, "weakest": -0.5, "hard to": -0.4, "generic": -0.3, "the only time": -0.3,
    "different answer": -0.4, "different number": -0.3, "no idea why": -0.4, "or not at all": -0.5,
    "wonder why": -0.4, "start to wonder": -0.5, "stop trust": -0.5, "lose trust": -0.5,
    "could be better": -0.4, "could be * better": -0.4, "could be * * better": -0.4,
    "not come close": -0.5, "finding": -0.2, "nothing else on the market come close": 0.7,
    "nothing on the market come close": 0.7, "actually listen": 0.5,
    "the only good thing": -0.4, "still there": -0.3, "without a second thought": 0.5, "=renewed": 0.4,
    "=gr8": 0.6, "overpromise": -0.5, "overpromised": -0.5, "underdeliver": -0.6, "underdelivered": -0.6,
    "price yourselves out": -0.5, "same day": 0.3, "copy-paste": -0.3, "copy paste": -0.3,
    "copy-pasting": -0.3, "lock behind": -0.4, "locked behind": -0.4, "on paper": -0.3,
    "take care of": 0.4, "fight": -0.4,
    # praise idioms
    "solid": 0.5, "finally": 0.3, "could not be happier": 0.8, "could not be better": 0.7,
    "could not ask for": 0.6, "not look back": 0.6, "never look back": 0.6, "buy again": 0.6,
    "not buy again": -0.7, "nothing else come close": 0.7, "nothing come close": 0.7,
    "out of * way": 0.6, "shout out": 0.5, "on board": 0.3, "be a first": 0.4,
    "which never happen": 0.4, "always want": 0.4, "visibility": 0.3, "work ever since": 0.5,
    "work since": 0.4, "actually like": 0.5, "really like": 0.5, "we like": 0.4, "i like": 0.4,
    "they like": 0.4, "replace * tool": 0.4, "replace * * tool": 0.4,
    # plain praise that neither TextBlob nor the lines above knew ("Works well.", "The team likes it.", "Fab.")
    "work well": 0.4, "like it": 0.4, "like use": 0.4, "fab": 0.6, "brill": 0.6, "can not fault": 0.7,
    "stoked": 0.7, "a hit with": 0.6, "shine": 0.5, "become essential": 0.6, "a dream": 0.5,
    "like it be": 0.0, "like it 's": 0.0, "look like it": 0.0,  # "like it's 1995", "doesn't look like it"
    "work well enough": 0.08, "tolerate": -0.3, "can fault": -0.4,
    # lukewarm: "it's fine", "okay I guess" stay in the neutral band (TextBlob gives +0.4/+0.5)
    "fine": 0.08, "okay": 0.08, "=ok": 0.08, "work fine": 0.4, "just fine": 0.08,
    # neutral in B2B feedback: matched so that their words score nothing (polarity 0 = mask)
    "help article": 0.0, "help center": 0.0, "help centre": 0.0, "help desk": 0.0,
    "quick question": 0.0, "drag and drop": 0.0, "no strong opinion": 0.0, "in half": 0.0,
    **CHURN_POLARITY,
}

# TextBlob lexicon words that are mostly neutral in B2B feedback ("more seats", "new release",
# "first month", "free trial", "sure"). Their TextBlob scores are dropped.
NEUTRAL_WORDS = frozenset(
    "more most other new real sure due first free high many able top full live main whole much "
    "certain right early old little few long special average big next last same only final entire "
    "human open basic simple several different extra pretty enough please social public private "
    "least less late center centre far base point "
    "professional premium standard mainly nearly single honestly own expected overall actually kindly".split()
)

# Negators and their scope (tokens looked back from a sentiment word, within the clause).
NEGATORS = frozenset({"not", "no", "never", "without", "hardly", "barely", "nothing", "nobody",
                      "none", "neither", "nor", "cannot", "zero"})
NEGATION_SCOPE = 3
NEGATION_FACTOR = -0.5  # same as TextBlob's pattern analyser

# Verbs that describe the product doing its job: negated they are a complaint ("doesn't work",
# "didn't help", "never responds", "won't load").
FUNCTION_VERBS = frozenset({"work", "help", "respond", "load", "sync", "save", "answer", "resolve",
                            "fix", "solve", "reply", "care", "listen", "update", "show", "find", "cover", "get back",
                            "match", "finish", "exist", "fire", "send", "arrive", "handle", "tell", "keep",
                            "deliver", "talk"})
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
                        "if you enjoy", "if you like", "if you love", "when it feel like", "until you",
                        "to spare", "if you have time", "if you do not mind", "said no", "love that for us",
                        "love that for me")
# 2. ironic openers followed by a negative fact in the same sentence: "oh great, another outage".
SARCASM_OPENERS = ("oh great", "great ,", "fantastic .", "fantastic ,", "just great", "yeah ,",
                   "wow ,", "love how", "love that", "really great timing", "thanks for nothing",
                   "yeah right", "exactly what we need", "love wait", "nothing like",
                   "gotta love", "thanks for the", "amazing how", "wonderful ,",
                   "brilliant ,", "congrats on")
# Structural cues (sentiment.py). Time and effort units of "took 5 months", "4 emails to ...",
# "in an afternoon"; quantities before them may be digits, number words or "a/an/a couple of".
TIME_UNITS = frozenset("second minute hour day week month year quarter afternoon morning evening weekend "
                       "while age sprint release".split())
EFFORT_UNITS = frozenset("email call ticket attempt try click step escalation reminder meeting".split())
TIME_COST_CONTEXT = frozenset("take took spend wait after later on been ask chase still".split())
SPEED_PREPOSITIONS = frozenset({"in", "within"})
SPEED_UNITS = frozenset("second minute hour day afternoon morning evening".split())  # "in 18 months" is no speed
# Direction of a change times the polarity of what changes: "price went up" is bad, "win rate went up"
# good, "response times dropped" good. Up/down words and metric nouns (lemmas).
UP_WORDS = frozenset("up increase rise grow double triple higher more extra additional boost jump "
                     "skyrocket climb".split())
DOWN_WORDS = frozenset("down drop decrease fall cut reduce lower fewer less shrink halve "
                       "decline".split())
COST_METRICS = frozenset("price cost bill invoice fee fees time churn bug error ticket click duplicate "
                         "spend rate-limit latency overhead admin effort workload work".split())
BENEFIT_METRICS = frozenset("rate revenue usage adoption pipeline meeting deal lead conversion productivity "
                            "hygiene visibility accuracy engagement win booking reply quota "
                            "attainment".split())
# Verbs that remove a problem: "cleaned up 12k duplicates", "eliminated double entry".
REMEDY_VERBS = frozenset("clean remove eliminate reduce cut prevent avoid catch kill stop".split())
REMEDY_PAST_FORMS = frozenset("fixed resolved solved sorted".split())  # "they fixed the bug" (not "will fix")
# Repetition: "the third time we report", "asked three times now", "go-live moved four times".
REPEAT_COUNTS = frozenset("two three four five six several many multiple countless third fourth fifth "
                          "sixth umpteenth nth".split())
REPEAT_CONTEXT = frozenset("ask report move change delay slip reschedule escalate chase now already again "
                           "same postpone push".split())
# Churn: "thinking about moving to Pipedrive", "switching to X" (present/future forms only).
CHURN_VERB_FORMS = frozenset("move moving switch switching migrate migrating going".split())
# the same verbs by lemma: "switched to", "moved over to" (1.48)
CHURN_VERB_LEMMAS = frozenset({"move", "switch", "migrate"})
# choosing a vendor: "went with X", "chose X", "picked X", "signed with X": churn when X is a rival the app records
CHOOSING_VERB_LEMMAS = frozenset({"go", "choose", "pick", "select", "sign", "buy"})
COMPETITORS = frozenset("salesforce hubspot pipedrive zoho dynamics freshsales copper attio insightly "
                        "sugarcrm keap nutshell close monday competitor".split())
# "used to" + these verbs is nostalgia ("used to be great"); other verbs name a past chore
# ("reminders we used to handle manually"), so a complaint in it is a problem solved.
NOSTALGIA_VERBS = frozenset("be work love like recommend have get feel respond answer care run load sync "
                            "listen help".split())
# 4. nostalgia: praise of the past implies decline now ("support used to be so much better").
NOSTALGIA = ("use to", "used to")
# 3. scare quotes around praise words: another "improvement".
SCARE_QUOTED = frozenset({"improvement", "feature", "update", "upgrade", "support", "help", "fix"})


def domain_vocabulary() -> set[str]:
    """Words the spelling repair may correct towards: theme patterns, this lexicon, TextBlob's."""
    from textblob.en import sentiment as tb
    from .default_taxonomy import DEFAULT_TAXONOMY

    words: set[str] = set()
    for phrase in DOMAIN_POLARITY:
        words.update(phrase.split())
    for item in DEFAULT_TAXONOMY:
        for p in item["patterns"]:
            words.update(p.lstrip("=").split())
        words.update(item["name"].lower().split())
    if not dict.__len__(tb):
        tb.load()
    # TextBlob words that carry sentiment (not "giant", which would swallow "gantt")
    words.update(w for w, pos in dict.items(tb)
                 if isinstance(w, str) and abs(pos.get(None, (0.0,))[0]) >= 0.2)
    for extra in ("integration", "reports", "support", "awesome", "really", "mobile", "simple",
                  "everyone", "workflow", "dashboard", "salesforce", "hubspot", "slow"):
        words.add(extra)
    return words

"""The names people read for the values the code stores: `{{ value|display }}` in every template."""
from analysis.analyzer import weighed_words

DISPLAY_NAMES = {
    # personas (the key question's answers)
    "essential": "Essential", "nice_to_have": "Nice to have", "no_longer_needed": "No longer needed",
    "unknown": "Unknown",
    # how a persona was decided
    "churn": "churn", "key_question": "key-question answers", "nps": "NPS answers",
    # feedback item statuses
    "new": "New", "under_review": "Under review", "planned": "Planned", "in_progress": "In progress",
    "shipped": "Shipped", "wont_do": "Won't do",
    # sentiment, account status
    "positive": "Positive", "neutral": "Neutral", "negative": "Negative",
    "active": "Active", "churned": "Churned", "prospect": "Prospect", "lost": "Lost",
    # survey and follow-up case statuses
    "draft": "Draft", "open": "Open", "closed": "Closed", "contacted": "Contacted", "resolved": "Resolved",
    # where a mention or a text came from
    "response": "Survey answer", "interview": "Interview", "note": "Staff note",
    # staff roles
    "admin": "Admin", "csm": "CSM", "interviewer": "Interviewer", "product": "Product manager",
}


def display_name(value) -> str:
    """The stored value as a person reads it; values not listed read as words ("in_review" -> "In review")."""
    if value is None:
        return ""
    text = str(value)
    return DISPLAY_NAMES.get(text, text.replace("_", " ").capitalize() if "_" in text else text)


def request_words(rule: str) -> str:
    """The customer's words that made a sentence a request: "ask_question: 'Any plans'" -> "Any plans"; none for
    an ask the learned layer found ("learned: 'Routing by skill' (p=0.82)"): no words of the customer's did."""
    name, _, words = (rule or "").partition(": ")
    if name == "learned":
        return ""
    words = words.strip().strip("'\"") if words else ""
    if words.count("(") > words.count(")"):  # "Integration gap (NetSuite": the words ran into a bracket
        words = words[:words.rfind("(")].rstrip()
    return words


def how_linked(mention) -> str:
    """How a feedback mention came to its item, as the item page and its evidence file say it."""
    if mention.source_type == "note":
        return "added by staff"
    if mention.origin == "staff":
        return "moved here by staff" if mention.link_reason in (None, "", "moved by staff") else "confirmed by staff"
    words = request_words(mention.rule)
    return f"asked with “{words}”" if words else "found by the analysis"


def sentence_words(sentence: dict) -> list[str]:
    """The words that gave a stored sentence its sentiment, as people read them: ['“slow” (negative)']."""
    return [f"“{words}” ({'positive' if value > 0 else 'negative'})"
            for words, value in weighed_words(sentence.get("rules") or []).items()]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def pattern_phrase(pattern: str) -> str:
    """A theme pattern as words: "=sso" -> "sso", "sync * calendar" -> "sync … calendar"."""
    return " ".join("…" if word == "*" else word.lstrip("=") for word in pattern.split())

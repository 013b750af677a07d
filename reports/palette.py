"""One colour per meaning, across pages and PDFs. The three scales share their ends: promoters, essential and
positive are the same green; detractors, no longer needed and negative the same red. Passives and nice to have
are one amber (the domain maps one onto the other); neutral sentiment is grey; plain numbers use one series colour.
vocapp/static/app.css repeats these values as CSS variables (a test keeps the two in step)."""

INK = "#1f2937"
MUTED = "#4b5563"  # axis and legend text: 7:1 on white, legible at 12 px
GRID = "#e5e7eb"

FAVOURABLE = "#047857"
MIDDLE = "#d97706"
UNFAVOURABLE = "#b91c1c"

PROMOTER, PASSIVE, DETRACTOR = FAVOURABLE, MIDDLE, UNFAVOURABLE
ESSENTIAL, NICE_TO_HAVE, NO_LONGER_NEEDED = FAVOURABLE, MIDDLE, UNFAVOURABLE
POSITIVE, NEUTRAL, NEGATIVE = FAVOURABLE, "#94a3b8", UNFAVOURABLE
UNKNOWN = "#d1d5db"  # not enough evidence: lighter than any colour that says something

SERIES = "#0369a1"  # a plain quantity (ARR, counts, NPS of a segment): one colour, bar after bar
SECOND_SERIES = INK  # a second line beside SERIES, drawn dashed

NPS_CATEGORY = {"promoter": PROMOTER, "passive": PASSIVE, "detractor": DETRACTOR}
PERSONA = {"essential": ESSENTIAL, "nice_to_have": NICE_TO_HAVE, "no_longer_needed": NO_LONGER_NEEDED,
           "unknown": UNKNOWN}
SENTIMENT = {"positive": POSITIVE, "neutral": NEUTRAL, "negative": NEGATIVE}
TIER = {1: "#3730a3", 2: "#6366f1", 3: "#a5b4fc", None: "#e0e7ff"}  # one hue, darker for more revenue


def score_colour(score: int) -> str:
    """The colour of a 0–10 answer: its NPS category."""
    return PROMOTER if score >= 9 else PASSIVE if score >= 7 else DETRACTOR


def sentiment_colour(net: float, dead_zone: float = 5) -> str:
    """The colour of a net sentiment (% positive − % negative): neutral within ±dead_zone."""
    return POSITIVE if net > dead_zone else NEGATIVE if net < -dead_zone else NEUTRAL

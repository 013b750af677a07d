"""Demo comments as customers write them: a verdict, often a remark on one part of the product, and now and then
a product request, phrased differently by each customer (so the analysis has near-duplicates to consolidate)."""
import random

VERDICTS = {
    "promoter": [
        "The pipeline board is how we run our Monday meeting now. Could not go back.",
        "Forecasts finally match what we close. Our CFO trusts the numbers.",
        "Great onboarding, Maya's team had us live in three weeks.",
        "Simple enough that the reps actually use it, which was never true of our old CRM.",
        "Best decision we made this year. 🚀", "Excellent produit, l'équipe commerciale l'adore.",
        "Sehr zufrieden, die Pipeline-Ansicht ist genau richtig.", "Clean, fast and the API is well documented.",
        "The renewal reminders alone paid for the licence.", "Honestly the best CRM we have used.",
        "Our win rate went up since we rolled it out to every team.", "Love it. Our reps live in it all day.",
        "Everyone from the reps to the CFO loves the dashboards.", "Our sales managers finally coach from real data.",
        "Quarter-end is calm now: the forecast is in one place.", "Exactly what a mid-size sales team needs.",
        "New hires are productive in their first week.", "Deal reviews take half the time they used to.",
    ],
    "passive": [
        "Does the job.", "Good product overall.", "Solid, but not perfect.", "We like it, mostly.",
        "Useful, but the forecasting module feels unfinished.", "Bien, mais l'export Excel est limité.",
        "Works well 👍 though permissions are hard to set up for our regions.", "It's fine for what we need today.",
        "Nice UI, a few rough edges.", "OK value for the money.", "Decent, not exciting.", "Fine for the basics.",
        "The core CRM is good; the extras feel bolted on.", "Reliable, if a bit plain.",
        "We get value from it, but adoption outside sales is low.", "Pretty good, some features are hard to find.",
    ],
    "detractor": [
        "Support takes days to answer and tickets get closed without a fix.",
        "Too slow: the deal list takes 10 seconds to load every morning.",
        "Price increase of 30% with no new value. We are evaluating HubSpot.",
        "The Salesforce sync breaks every week and nobody owns the problem.",
        "Reps don't use it, so the data is useless for forecasting.",
        "Lost two days of activity data after the last release. Not acceptable. 😡",
        "Onboarding was rushed, we never got the pipeline stages right.", "Muy lento y el soporte no responde.",
        "Billing errors three months in a row; finance is fed up.", "We are not renewing unless this improves.",
        "Every release breaks something we rely on.", "The forecast numbers never match our finance system.",
        "We pay for seats nobody uses because the product is hard to learn.",
        "Our admin spends more time fixing data than selling.",
    ],
}
# Remarks on one part of the product, good and bad, in several wordings: no theme rests on one sentence.
REMARKS = {
    "good": ["Support answers within the hour and knows the product inside out.",
             "The support team solved our import problem the same day.",
             "The mobile app is excellent for the field team.", "Our field reps update deals from the mobile app.",
             "The phone app is fast and easy to use.",
             "Reporting is flexible and fast.", "Building a dashboard is quick and easy.",
             "Setup was quick and the training videos helped.", "The admin training was worth every minute.",
             "Our account manager checks in every quarter, which we value.",
             "Our account manager is great and knows our business.",
             "The Gmail add-in saves our reps a lot of typing.", "SSO with Okta was easy to set up."],
    "bad": ["Reporting needs too many clicks to build a simple dashboard.", "Custom reports are hard to share.",
            "Pricing went up a lot at renewal for what we get.", "The new per-seat price is hard to justify.",
            "Some pages are slow when we filter a few thousand deals.", "Search is slow on a large pipeline.",
            "The documentation is out of date.", "The help articles do not match the current screens.",
            "Permissions are a pain to set up for our regions.",
            "SSO setup took weeks with your security team.",
            "The mobile app logs us out every day.", "The mobile app is clumsy and crashes on older phones.",
            "Support closes tickets before the problem is fixed."],
}
# One product request, in the words of different customers.
REQUESTS = [
    ["Please add a Salesforce integration.", "We need to sync with Salesforce, we still double-enter data.",
     "Integrating with Salesforce would save us hours every week.", "Any plans to integrate with SFDC?"],
    ["Would love territory management.", "Please add territory rules for our regions.",
     "We need proper territory management and quota tracking."],
    ["Please add health scores for customer success.", "We need account health scores.",
     "It would be great if there were customer health scores."],
    ["Duplicate detection is missing.", "Please add duplicate detection for contacts.",
     "We need automatic duplicate detection, our data is a mess."],
    ["Please add an Outlook add-in; the Gmail one is much better.", "We need an Outlook add-in.",
     "I wish there was a proper Outlook plugin."],
    ["Please add a dark mode.", "A dark mode would be great for the night shift."],
    ["Please let us export reports to Excel.", "We need Excel export of the pipeline report."],
]
REMARK_CHANCE = {"promoter": (0.45, "good"), "passive": (0.6, None), "detractor": (0.5, "bad")}
REQUEST_CHANCE = {"promoter": 0.25, "passive": 0.45, "detractor": 0.3}


def demo_comment(band: str, rng: random.Random) -> str:
    parts = [rng.choice(VERDICTS[band])]
    chance, tone = REMARK_CHANCE[band]
    if rng.random() < chance:
        parts.append(rng.choice(REMARKS[tone or rng.choice(["good", "bad"])]))
    if rng.random() < REQUEST_CHANCE[band]:
        # the first requests are asked for most: real roadmap feedback is concentrated
        request = rng.choices(REQUESTS, weights=[30, 18, 14, 12, 10, 6, 6])[0]
        parts.append(rng.choice(request))
    return " ".join(parts)

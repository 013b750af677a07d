"""Demo step: about 40 win, loss, churn and downgrade interviews with transcripts that read like real calls,
quotes marked, ratings, the rep's reason beside the buyer's, and a few deals where two people were interviewed.
(When the demo code moves into the vocapp/demo/ package this module becomes vocapp/demo/interviews.py.)"""
import random
from datetime import date, timedelta

from sqlalchemy import select

from analysis.transcripts import sentences
from vocapp.extensions import db
from vocapp.imports.rows import Track
from vocapp.interviews.defaults import ensure_defaults
from vocapp.interviews.lookups import Lists
from vocapp.models import Account, Contact, Interview, InterviewGuide, InterviewQuote, InterviewRating, User

PRODUCT = "Pipely"
INTERVIEWERS = [("interviewer@demo.vocapp.example", None), ("rosa.lind@demo.vocapp.example", "Rosa Lind")]
COMPETITORS = ["HubSpot", "Salesforce", "Pipedrive", "Zoho CRM", "Close"]
LOST_PROSPECTS = ["Kestrel Freight", "Bramble Health", "Norden Capital", "Tidewater Retail", "Orchid Telecom",
                  "Copperline Works", "Saffron Learning", "Basalt Energy", "Lark Advisory", "Mosaic Labs",
                  "Fernhill Insurance", "Quarry Systems", "Redwing Logistics", "Sable Consulting", "Tessera Cloud",
                  "Alder Mobile", "Beacon Works"]

# A scenario is one kind of conversation. In the turns, "I" is the interviewer and "B" the buyer; {competitor},
# {product}, {me} (the interviewer's first name) and {them} (the buyer's first name) are filled in. `quotes` are
# sentences of the buyer's turns that the interviewer marked.
SCENARIOS = [
    {"outcome": "win", "primary": "Ease of use: Easy to use", "secondary": ["Implementation: Fast implementation"],
     "rep": "Price / value: Better value", "key": "essential", "competitors": 2, "arr": (18_000, 60_000),
     "ratings": {"Ease of use": (5, None), "Product fit": (4, None), "Price / value": (3, None), "Implementation": (5, None)},
     "answers": {"why": "The reps actually used it during the trial, without being told to.",
                 "what_would_change": "If {competitor} had matched the mobile app we would have had a harder time choosing."},
     "turns": [
         ("I", "Thanks for making the time, {them}. Could you start with how the evaluation began?"),
         ("B", "Sure. Our old CRM was basically a spreadsheet with a login. Pipeline reviews took two hours every Monday and nobody trusted the numbers."),
         ("I", "Who else was involved in the decision?"),
         ("B", "Me, our sales ops analyst and two team leads. We shortlisted {competitor} and you, and ran a two-week trial with both."),
         ("I", "What made the difference in the end?"),
         ("B", "Honestly, the reps kept using {product} after the trial ended. Nobody had to chase them. With {competitor} they logged in twice and went back to their notes."),
         ("B", "Setup took an afternoon, not a project. We imported the accounts ourselves."),
         ("I", "Was price a factor?"),
         ("B", "Less than you'd think. {competitor} was a bit cheaper per seat, but adoption is what we pay for."),
         ("I", "Anything that almost made you choose them?"),
         ("B", "Their reporting looked more polished in the demo. If your dashboards had been weaker I'm not sure we'd be here."),
         ("I", "That's really helpful, thank you."),
     ],
     "quotes": ["Honestly, the reps kept using {product} after the trial ended.", "Setup took an afternoon, not a project."],
     "notes": "Strong adoption story. Worth a case study; {them} offered to be a reference."},
    {"outcome": "win", "primary": "Support: Great support", "secondary": ["Relationship: Trusted relationship"],
     "rep": "Support: Great support", "key": "essential", "competitors": 1, "arr": (40_000, 140_000),
     "ratings": {"Support": (5, None), "Relationship": (5, None), "Product fit": (4, None), "Price / value": (3, None)},
     "answers": {"why": "Support answered a tricky data migration question on a Sunday during the evaluation."},
     "turns": [
         ("I", "What was going on when you started looking?"),
         ("B", "We had just merged two sales teams and we were running two CRMs. It was chaos, frankly."),
         ("I", "And how did {product} come into the picture?"),
         ("B", "A peer recommended you. We also looked at {competitor}, which our IT team liked."),
         ("I", "What tipped it?"),
         ("B", "Your support team. During the trial we hit a messy migration problem on a Sunday and someone actually answered within the hour."),
         ("B", "That told me more than any slide deck. We're going to have problems, everyone does, and I want people who pick up the phone."),
         ("I", "Was there anything you were worried about?"),
         ("B", "The forecasting module felt thinner than {competitor}'s. I wish it had scenario planning."),
         ("I", "Noted. Anything else we should know?"),
         ("B", "Keep the onboarding person we had. She was great."),
     ],
     "quotes": ["During the trial we hit a messy migration problem on a Sunday and someone actually answered within the hour.",
                "I wish it had scenario planning."],
     "notes": "Support-led win. Forecasting gap versus {competitor} noted (scenario planning)."},
    {"outcome": "win", "primary": "Integrations: Fits our stack", "secondary": ["Product gaps: Strong feature fit"],
     "rep": "Price / value: Better value", "key": "nice_to_have", "competitors": 2, "arr": (12_000, 45_000),
     "ratings": {"Integrations": (5, None), "Product fit": (4, None), "Ease of use": (4, None), "Price / value": (4, None)},
     "answers": {"why": "The Outlook and Slack integrations worked out of the box."},
     "turns": [
         ("I", "Can you walk me through the evaluation?"),
         ("B", "We live in Outlook and Slack. Anything that made reps switch windows all day was out."),
         ("I", "How did the options compare there?"),
         ("B", "{competitor} needed a paid connector and some consultant time. Yours just worked, we had email logging on day one."),
         ("I", "Did anyone push for {competitor}?"),
         ("B", "Our CFO liked their brand. But when I showed him the connector quote he stopped asking."),
         ("I", "If you had to describe {product} to a peer in one sentence?"),
         ("B", "It's a good CRM that doesn't fight the tools you already have. Is it essential? Not yet, ask me in a year."),
     ],
     "quotes": ["Yours just worked, we had email logging on day one.", "It's a good CRM that doesn't fight the tools you already have."],
     "notes": "Integration win; the rep thought it was price. Follow up in 6 months on value realised."},
    {"outcome": "loss", "primary": "Price / value: Too expensive", "secondary": ["Competitor strength: Competitor bundled or discounted"],
     "rep": "Product gaps: Missing feature", "key": None, "competitors": 2, "chosen": True, "arr": (15_000, 50_000),
     "ratings": {"Price / value": (2, 4), "Product fit": (4, 4), "Ease of use": (4, 3), "Support": (4, 3)},
     "answers": {"why": "{competitor} bundled the CRM with their marketing tools at a price we could not match.",
                 "what_would_change": "A two-year price lock or a smaller starter plan."},
     "turns": [
         ("I", "Thanks for agreeing to this, {them}. I know losing deals isn't fun to talk about from your side either."),
         ("B", "No, it's fine. You were a close second, honestly."),
         ("I", "What made {competitor} first?"),
         ("B", "Money, mostly. They bundled the CRM with the marketing platform we already pay for, and the combined price was about 30% lower than yours."),
         ("I", "Was there a point where we could have closed the gap?"),
         ("B", "Maybe. If you had offered a smaller starter plan for our first twenty seats, I'd have had something to take to finance."),
         ("B", "Your product was nicer to use. Our reps preferred it in the trial. But I couldn't defend the difference."),
         ("I", "Did our rep's explanation of the pricing land?"),
         ("B", "He kept talking about features we didn't need. We didn't need more features, we needed a number that worked."),
         ("I", "That's fair. Anything else?"),
         ("B", "Check in with us next year. Bundles have a way of getting expensive at renewal."),
     ],
     "quotes": ["Your product was nicer to use.", "We didn't need more features, we needed a number that worked."],
     "notes": "Lost on price to a bundle. Rep logged it as a feature gap: it wasn't. Re-engage before their renewal."},
    {"outcome": "loss", "primary": "Integrations: Missing integration", "secondary": ["Product gaps: Reporting too limited"],
     "rep": "Price / value: Too expensive", "key": None, "competitors": 1, "chosen": True, "arr": (30_000, 120_000),
     "ratings": {"Integrations": (2, 5), "Product fit": (3, 4), "Ease of use": (5, 3), "Price / value": (4, 3)},
     "answers": {"why": "No native ERP integration; {competitor} had one.",
                 "what_would_change": "A native NetSuite integration, or at least a supported connector."},
     "turns": [
         ("I", "What did the decision come down to?"),
         ("B", "The ERP. Our order data lives in NetSuite and the sales team needs to see it next to the account."),
         ("B", "{competitor} had a native NetSuite integration. You had an API and a very friendly solutions engineer."),
         ("I", "Was building it with the API an option?"),
         ("B", "Not for us. We don't have developers in revenue operations. We need a NetSuite integration that someone else maintains."),
         ("I", "How did the rest of the evaluation go?"),
         ("B", "Your interface was clearly better. The reps liked you more. The reporting felt limited, but that alone wouldn't have lost it."),
         ("I", "Our rep believed price was the issue. Was it?"),
         ("B", "No, price was fine. Nobody asked us about the ERP until week three."),
     ],
     "quotes": ["We need a NetSuite integration that someone else maintains.", "Nobody asked us about the ERP until week three."],
     "notes": "Integration gap (NetSuite). Discovery should ask about ERP in the first call."},
    {"outcome": "loss", "primary": "No decision: Status quo", "secondary": ["Business change: Budget cut"],
     "rep": "Competitor strength: Competitor's product stronger", "key": None, "competitors": 1, "chosen": False,
     "arr": (10_000, 40_000),
     "ratings": {"Product fit": (4, None), "Price / value": (3, None)},
     "answers": {"why": "The project was paused; they are staying on spreadsheets this year.",
                 "what_would_change": "Nothing in our control this year; the budget was cut."},
     "turns": [
         ("I", "Where did the CRM project end up?"),
         ("B", "Nowhere, I'm afraid. We're staying on spreadsheets for now."),
         ("I", "What happened?"),
         ("B", "Budgets got cut in the third quarter and anything that wasn't revenue this quarter got parked."),
         ("I", "Did {competitor} stay in the running?"),
         ("B", "No. Neither of you lost, really. We just didn't decide."),
         ("I", "Is there anything we could have done differently?"),
         ("B", "A business case we could hand to the CFO would have helped. I had to write it myself and it was thin."),
     ],
     "quotes": ["Neither of you lost, really.", "A business case we could hand to the CFO would have helped."],
     "notes": "No decision: budget freeze. Rep logged a loss to {competitor}; the buyer says nobody won."},
    {"outcome": "loss", "primary": "Competitor strength: Competitor relationship", "secondary": [],
     "rep": "Competitor strength: Competitor relationship", "key": None, "competitors": 1, "chosen": True,
     "arr": (50_000, 200_000),
     "ratings": {"Relationship": (3, 5), "Product fit": (4, 4), "Support": (4, 4)},
     "answers": {"why": "The new CRO had run {competitor} at two previous companies."},
     "turns": [
         ("I", "How did the decision get made in the end?"),
         ("B", "Our new CRO arrived halfway through. She had run {competitor} at her last two companies."),
         ("B", "After that it was really her call. She knows it, she trusts it, she has people who can administer it."),
         ("I", "Did the evaluation work you'd done count for anything?"),
         ("B", "It did for me. I thought {product} was the better fit for a team our size. But I understand why she went with what she knows."),
         ("I", "Would anything have changed her mind?"),
         ("B", "Maybe a reference from another CRO who switched. She wanted to hear it from someone like her."),
     ],
     "quotes": ["I thought {product} was the better fit for a team our size.",
                "She wanted to hear it from someone like her."],
     "notes": "Executive relationship with {competitor}. Peer references for executives would help."},
    {"outcome": "churn", "primary": "Product gaps: Missing feature", "secondary": ["Product gaps: Reporting too limited"],
     "rep": "Price / value: Too expensive", "key": "no_longer_needed", "competitors": 1, "chosen": True,
     "arr": None,
     "ratings": {"Product fit": (2, 4), "Ease of use": (4, 3), "Support": (3, 3), "Price / value": (3, 3)},
     "answers": {"why": "They outgrew the reporting; territory management was missing.",
                 "what_would_change": "Territory management and custom reports a year ago."},
     "turns": [
         ("I", "Thanks for talking to us even though you've moved on, {them}."),
         ("B", "Of course. We were with you for three years, it wasn't a decision we took lightly."),
         ("I", "What changed?"),
         ("B", "We went from twelve reps to sixty. We need territory management and you don't have it."),
         ("B", "We asked for it twice at our business reviews. Both times it was on the roadmap, and it never arrived."),
         ("I", "What else did you miss?"),
         ("B", "Custom reports. Our board wants pipeline by region and segment and we were exporting to Excel every month."),
         ("I", "Why {competitor}?"),
         ("B", "They had territories out of the box. The product is heavier, but at our size that's the trade-off."),
         ("I", "Is there anything that would bring you back?"),
         ("B", "If you ship territory management and decent custom reports, call me. I liked working with your team."),
     ],
     "quotes": ["We need territory management and you don't have it.",
                "Both times it was on the roadmap, and it never arrived."],
     "notes": "Outgrew the product: territory management and custom reports. Win-back candidate when they ship."},
    {"outcome": "churn", "primary": "Support: Slow or poor support", "secondary": ["Relationship: Poor account management"],
     "rep": "Business change: Budget cut", "key": "no_longer_needed", "competitors": 1, "chosen": True, "arr": None,
     "ratings": {"Support": (1, 4), "Relationship": (2, 4), "Product fit": (3, 3)},
     "answers": {"why": "Three CSMs in a year and a sync outage that took two weeks to fix."},
     "turns": [
         ("I", "Can you tell me about the decision to leave?"),
         ("B", "It wasn't one thing. We had three different CSMs in twelve months and every one of them started from zero."),
         ("B", "Then the calendar sync broke in March and it took two weeks to fix. Oh great, another outage, was the running joke on the team."),
         ("I", "I'm sorry to hear that. Did the product itself work for you?"),
         ("B", "Mostly, yes. That's what's frustrating. The product was fine, the service around it wasn't."),
         ("I", "Why {competitor}?"),
         ("B", "They gave us a named contact and a phone number. That's all we wanted."),
     ],
     "quotes": ["The product was fine, the service around it wasn't.",
                "We had three different CSMs in twelve months and every one of them started from zero."],
     "notes": "Service churn: CSM turnover and a two-week sync outage. The rep's note says budget; the buyer says support."},
    {"outcome": "churn", "primary": "Business change: Acquired or merged", "secondary": [],
     "rep": "Business change: Acquired or merged", "key": "no_longer_needed", "competitors": 1, "chosen": True,
     "arr": None,
     "ratings": {"Product fit": (4, 3), "Ease of use": (5, 3)},
     "answers": {"why": "Acquired; the parent company standardised on {competitor}."},
     "turns": [
         ("I", "What led to the cancellation?"),
         ("B", "We were acquired in the spring. The parent company runs {competitor} everywhere, and that was that."),
         ("I", "Did you have any say?"),
         ("B", "I argued for keeping {product} for our team. I lost. It was never about the product."),
         ("I", "Anything we could have done?"),
         ("B", "Honestly, no. If anything, an export that kept our activity history would have made the move less painful."),
     ],
     "quotes": ["It was never about the product."],
     "notes": "Acquisition churn, outside our control. Export with activity history requested."},
    {"outcome": "downgrade", "primary": "Price / value: Pricing model did not fit", "secondary": ["Business change: Team downsized"],
     "rep": "Business change: Team downsized", "key": "nice_to_have", "competitors": 0, "chosen": False, "arr": None,
     "ratings": {"Price / value": (2, None), "Product fit": (4, None), "Ease of use": (4, None)},
     "answers": {"why": "Half the seats were occasional users; per-seat pricing made them expensive.",
                 "what_would_change": "A cheaper read-only seat for managers and finance."},
     "turns": [
         ("I", "You reduced the number of seats at renewal. What drove that?"),
         ("B", "We looked at logins. Half our seats were people who open it once a month to look at a report."),
         ("B", "Paying full price for them made no sense, so we cut them."),
         ("I", "Would a different plan have kept them?"),
         ("B", "Yes. Please add a cheap read-only seat for managers and finance. I'd put everyone back on it tomorrow."),
         ("I", "How do the remaining users feel about {product}?"),
         ("B", "They like it. It's a good tool. It's just not something the whole company needs."),
     ],
     "quotes": ["Please add a cheap read-only seat for managers and finance.",
                "It's just not something the whole company needs."],
     "notes": "Seat downgrade driven by pricing model. Read-only seat request."},
    {"outcome": "downgrade", "primary": "Product gaps: Missing feature", "secondary": ["Ease of use: Hard to use"],
     "rep": "Price / value: Too expensive", "key": "nice_to_have", "competitors": 1, "chosen": True, "arr": None,
     "ratings": {"Product fit": (2, 4), "Ease of use": (2, 4), "Integrations": (3, 4)},
     "answers": {"why": "The support team moved to {competitor} for ticketing; only sales stayed.",
                 "what_would_change": "A shared inbox for the support team inside {product}."},
     "turns": [
         ("I", "You moved the support team off {product}. What happened?"),
         ("B", "They needed a shared inbox with assignment rules. {product} is built for sales, and it shows."),
         ("B", "They tried for six months. The workarounds were painful and the views were hard to use."),
         ("I", "And sales?"),
         ("B", "Sales is staying, they're happy. But it's a smaller account for you now."),
         ("I", "What would have kept support on board?"),
         ("B", "A real shared inbox. We need a shared inbox for the support team, not another pipeline."),
     ],
     "quotes": ["We need a shared inbox for the support team, not another pipeline."],
     "notes": "Support team left for {competitor}; sales stays. Shared inbox requested."},
]

# Other people say the same thing in their own words: each repeat of a scenario takes the next wording of these
# sentences (in the transcript and in its quotes), so the WLC page's quotes read like different people.
VARIANTS = {
    "Honestly, the reps kept using {product} after the trial ended.": [
        "The team just kept logging in after the trial, nobody asked them to.",
        "What sold it was that my reps were still in {product} a week after the trial was over.",
        "Adoption was the thing: people used it without me nagging, which has never happened with a CRM here."],
    "Setup took an afternoon, not a project.": [
        "We were live in two days, with our own data.",
        "Getting started took one afternoon and one coffee.",
        "Onboarding was done before {competitor} had finished scheduling their kickoff."],
    "During the trial we hit a messy migration problem on a Sunday and someone actually answered within the hour.": [
        "When our import broke on a weekend, your support team fixed it before Monday.",
        "Every question we sent during the trial got a real answer the same day."],
    "I wish it had scenario planning.": [
        "Forecasting is the weak spot, I'd love best and worst case views.",
        "If you add forecast scenarios, I'll be your biggest fan."],
    "Yours just worked, we had email logging on day one.": [
        "The Outlook add-in worked the first time, which I did not expect.",
        "Email and calendar sync just worked, no consultant needed."],
    "Your product was nicer to use.": [
        "Everyone agreed yours was easier to use.",
        "On usability you won hands down.",
        "My reps liked yours better, for what it's worth.",
        "If it were only about the product you would have won."],
    "We didn't need more features, we needed a number that worked.": [
        "I needed a price I could defend to finance, not another demo.",
        "The gap was about a third of the budget, and I couldn't close it.",
        "Nobody on your side asked what budget we actually had."],
    "We need a NetSuite integration that someone else maintains.": [
        "Without a native ERP connection it was a non-starter for us.",
        "We need our order history from the ERP next to the account, out of the box.",
        "An API is not an integration for a team without developers."],
    "Nobody asked us about the ERP until week three.": [
        "The ERP question came up far too late in the process.",
        "If someone had asked about NetSuite in the first call, we'd have saved everyone a month."],
    "Neither of you lost, really.": ["Nobody won this one, we just stopped.", "The project died in the budget meeting, not in the evaluation."],
    "A business case we could hand to the CFO would have helped.": [
        "I needed numbers for the CFO and had to make them up myself.",
        "An ROI model would have kept the project alive."],
    "We need territory management and you don't have it.": [
        "Territory management was the gap we could not work around.",
        "At sixty reps, without territories it was chaos."],
    "Both times it was on the roadmap, and it never arrived.": [
        "We were told it was coming, twice.",
        "It was always next quarter."],
    "The product was fine, the service around it wasn't.": [
        "I'd have stayed for the product, I left because of the service.",
        "Nobody owned our account, and it showed."],
    "Please add a cheap read-only seat for managers and finance.": [
        "Give us a viewer licence and I'd add twenty people back.",
        "We need a read-only seat for people who only look at reports."],
}


def _variant(text: str, repeat: int) -> str:
    options = VARIANTS.get(text)
    return text if not options or repeat == 0 else options[(repeat - 1) % len(options)]


# Scenario index and how many interviews, with the share of deals where a second person was interviewed.
PLAN = [(0, 6), (1, 3), (2, 3), (3, 6), (4, 5), (5, 4), (6, 2), (7, 4), (8, 3), (9, 2), (10, 4), (11, 2)]
SECOND_RESPONDENT = {0: "B", 3: "B", 7: "B"}  # scenarios where the first deal gets a second respondent


def _interviewers(rng: random.Random) -> list[User]:
    users = []
    for email, name in INTERVIEWERS:
        user = db.session.scalar(select(User).where(User.email == email))
        if user is None:
            user = User(email=email, name=name, role="interviewer")
            user.set_password(f"demo-{rng.getrandbits(64):x}")
            db.session.add(user)
        users.append(user)
    db.session.flush()
    return users


def _lost_prospects(rng: random.Random) -> list[Account]:
    accounts = []
    for number, name in enumerate(LOST_PROSPECTS, start=1):
        account = db.session.scalar(select(Account).where(Account.external_id == f"CRM-L{number:03d}"))
        if account is None:
            account = Account(external_id=f"CRM-L{number:03d}", name=name, arr=0, status="lost",
                              industry=rng.choice(["Software", "Logistics", "Healthcare", "Retail", "Energy"]),
                              region=rng.choice(["North America", "EMEA", "APAC"]), employees=rng.randint(40, 900))
            first, last = rng.choice(["Mara", "Jon", "Ivy", "Leo", "Noor", "Tomás"]), rng.choice(["Hale", "Brandt", "Okoye", "Silva", "Novak"])
            account.contacts.append(Contact(name=f"{first} {last}", email=f"{first.lower()}.{last.lower()}@{name.lower().replace(' ', '')}.example",
                                            role=rng.choice(["VP Sales", "Head of Revenue Operations", "CEO"]), decision_maker=True))
            db.session.add(account)
        accounts.append(account)
    db.session.flush()
    return accounts


def _split(text: str) -> list[str]:
    """A turn's sentences, so that a sentence with other wordings can be swapped on its own."""
    return sentences(text)


def _fill(text: str, **names) -> str:
    for key, value in names.items():
        text = text.replace("{" + key + "}", value)
    return text


def demo_interviews(rng: random.Random, track: Track, today: date | None = None) -> str:
    today = today or date.today()
    ensure_defaults()
    lists = Lists()
    questions = {guide.outcome: {q["id"]: q["text"] for q in guide.questions()}
                 for guide in db.session.scalars(select(InterviewGuide))}
    interviewers = _interviewers(rng)
    accounts = db.session.scalars(select(Account).where(Account.external_id.like("CRM-1%")).order_by(Account.id)).all()
    by_status = {status: [a for a in accounts if a.status == status and a.contacts] for status in ("active", "churned")}
    pools = {"win": by_status["active"][:], "loss": _lost_prospects(rng), "churn": by_status["churned"][:],
             "downgrade": by_status["active"][:]}
    for pool in pools.values():
        rng.shuffle(pool)
    used: dict[str, int] = {}
    count = 0
    # one round through every scenario, then the next: when accounts run short (few churned ones), every kind of
    # conversation still appears
    rounds = [(index, repeat) for repeat in range(max(n for _i, n in PLAN)) for index, n in PLAN if repeat < n]
    for scenario_index, repeat in track(rounds, "Interviews"):
        scenario = SCENARIOS[scenario_index]
        outcome = scenario["outcome"]
        pool = pools[outcome]
        if not pool:
            continue
        if used.get(outcome, 0) >= len(pool):
            continue  # one interviewed deal or churn event per account
        account = pool[used.get(outcome, 0)]
        used[outcome] = used.get(outcome, 0) + 1
        interviewed_on = today - timedelta(days=rng.randint(5, 330))
        decided_on = interviewed_on - timedelta(days=rng.choice([4, 9, 12, 16, 21, 28, 35, 52]))
        competitors = rng.sample(COMPETITORS, k=scenario["competitors"]) if scenario["competitors"] else []
        chosen = competitors[0] if scenario.get("chosen") and competitors else None
        if scenario["arr"]:
            arr = round(rng.uniform(*scenario["arr"]), -2)
        else:  # churn and downgrade: what the customer paid, or the part they stopped paying
            arr = round((account.arr or 20_000) * (1 if outcome == "churn" else rng.choice([0.3, 0.4, 0.5])), -2)
        deal_id = f"OPP-{4000 + count}" if outcome in ("win", "loss") else None
        respondents = [(account.contacts[0], "B")]
        if repeat == 0 and scenario_index in SECOND_RESPONDENT and len(account.contacts) > 1:
            respondents.append((account.contacts[1], "B"))
        interviewer = interviewers[(count + repeat) % len(interviewers)]
        for position, (contact, _role) in enumerate(respondents):
            names = {"competitor": chosen or (competitors[0] if competitors else "the other vendor"),
                     "product": PRODUCT, "them": contact.name.split()[0]}
            wording = repeat + position
            turns = [{"speaker": interviewer.display_name if who == "I" else contact.name,
                      "text": _fill(" ".join(_variant(part, wording) for part in _split(text)), **names)}
                     for who, text in scenario["turns"]]
            if position:  # the second person of a deal: a shorter call, in their own words
                turns = turns[:6]
            interview = Interview(
                account=account, contact=contact, interviewer=interviewer, outcome=outcome,
                interviewed_on=interviewed_on + timedelta(days=position * 3), decided_on=decided_on,
                deal_id=deal_id, arr_at_stake=arr, key_question=scenario["key"],
                notes=_fill(scenario["notes"], **names), turns=turns,
                transcript="\n\n".join(f"{t['speaker']}: {t['text']}" for t in turns),
                answers={qid: {"question": questions[outcome].get(qid, qid), "answer": _fill(text, **names)}
                         for qid, text in scenario["answers"].items()},
                next_steps="Share with product and the account team." if outcome != "win" else "Ask for a reference call.",
                next_step_owner=interviewer.name or "Demo Interviewer", next_step_due=interviewed_on + timedelta(days=14),
                import_key=f"demo|{account.external_id}|{contact.email}|{interviewed_on + timedelta(days=position * 3)}|{outcome}")
            interview.primary_reason = lists.reason(scenario["primary"])
            interview.secondary_reasons = [lists.reason(text) for text in scenario["secondary"]]
            interview.rep_reason = lists.reason(scenario["rep"]) if position == 0 else None
            interview.competitors = [lists.competitor(name, create=True) for name in competitors]
            interview.chosen_competitor = lists.competitor(chosen) if chosen else None
            for criterion, (ours, theirs) in scenario["ratings"].items():
                found = lists.criterion(criterion)
                if found:
                    interview.ratings.append(InterviewRating(
                        criterion=found, ours=max(1, min(5, ours + rng.choice([0, 0, 0, -1, 1]))),
                        theirs=theirs if chosen else None))
            said = " ".join(t["text"] for t in turns if t["speaker"] == contact.name)
            marked = scenario["quotes"] if wording == 0 else [rng.choice(scenario["quotes"])]
            for quote in marked:
                text = _fill(_variant(quote, wording), **names)
                if text in said:
                    interview.quotes.append(InterviewQuote(speaker=contact.name, text=text))
            db.session.add(interview)
            count += 1
    db.session.flush()
    return f"{count} interviews"

"""The demo's accounts of a sales CRM vendor, their contacts, and one user per role."""
import random
import unicodedata
from datetime import date, timedelta

from sqlalchemy import select

from vocapp.extensions import db
from vocapp.imports.rows import Track
from vocapp.models import Account, Contact, User

DEMO_LOGINS = [
    ("admin@demo.vocapp.example", "demo-admin-pass", "admin"),
    ("csm@demo.vocapp.example", "demo-csm-pass", "csm"),
    ("interviewer@demo.vocapp.example", "demo-interviewer-pass", "interviewer"),
    ("product@demo.vocapp.example", "demo-product-pass", "product"),
]
EXTRA_CSMS = [("maya.okafor@demo.vocapp.example", "Maya Okafor"), ("lukas.berg@demo.vocapp.example", "Lukas Berg")]

INDUSTRIES = ["Software", "Financial services", "Manufacturing", "Healthcare", "Retail", "Logistics",
              "Professional services", "Telecommunications", "Education", "Energy"]
REGIONS = ["North America", "EMEA", "APAC", "LATAM"]
REGION_WEIGHTS = [45, 35, 14, 6]
NAME_FIRST = ["Acme", "Northwind", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Cyberdyne", "Soylent",
              "Vandelay", "Hooli", "Pied Piper", "Massive Dynamic", "Tyrell", "Wonka", "Gringotts", "Oceanic",
              "Blue Harbor", "Red Rock", "Silverline", "Brightpath", "Keystone", "Evergreen", "Summit", "Atlas",
              "Nimbus", "Quantum", "Helix", "Orbit", "Crescent", "Lumen", "Vertex", "Harbor", "Pinnacle",
              "Meridian", "Cobalt", "Falcon", "Granite", "Ironwood", "Juniper"]
NAME_SECOND = {"Software": ["Labs", "Systems", "Cloud"], "Financial services": ["Capital", "Bank", "Insurance"],
               "Manufacturing": ["Industries", "Manufacturing", "Works"], "Healthcare": ["Health", "Medical", "Care"],
               "Retail": ["Retail", "Stores", "Brands"], "Logistics": ["Logistics", "Freight", "Shipping"],
               "Professional services": ["Consulting", "Partners", "Advisory"],
               "Telecommunications": ["Telecom", "Networks", "Mobile"], "Education": ["Learning", "Academy", "EDU"],
               "Energy": ["Energy", "Power", "Utilities"]}
PEOPLE_FIRST = ["Ana", "Ben", "Chloé", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
                "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor", "Wen", "Yusuf",
                "Zoe", "Aiko", "Björn", "Carmen", "Diego", "Elif"]
PEOPLE_LAST = ["Andersen", "Baker", "Chen", "Dubois", "Eriksen", "Fischer", "García", "Hughes", "Ibrahim", "Jensen",
               "Kowalski", "López", "Müller", "Nakamura", "O'Brien", "Patel", "Rossi", "Schmidt", "Tanaka", "Usman",
               "Varga", "Williams", "Xu", "Yilmaz", "Zimmermann"]
ROLES = [("CEO", True), ("VP Sales", True), ("CFO", True), ("Head of Revenue Operations", True),
         ("Sales Manager", False), ("Account Executive", False), ("Sales Ops Analyst", False),
         ("CRM Administrator", False), ("Customer Success Lead", False), ("IT Manager", False)]

def users() -> str:
    for email, password, role in DEMO_LOGINS:
        user = db.session.scalar(select(User).where(User.email == email)) or User(email=email)
        user.role, user.name = role, f"Demo {role.upper() if role == 'csm' else role.title()}"
        user.set_password(password)
        db.session.add(user)
    for email, name in EXTRA_CSMS:
        if not db.session.scalar(select(User.id).where(User.email == email)):
            user = User(email=email, name=name, role="csm")
            user.set_password("demo-csm-pass")
            db.session.add(user)
    db.session.flush()
    return f"{len(DEMO_LOGINS) + len(EXTRA_CSMS)} staff users"


def accounts(rng: random.Random, track: Track, today: date, count: int = 72) -> str:
    csms = db.session.scalars(select(User).where(User.role == "csm").order_by(User.id)).all()
    used_names: set[str] = set()
    contacts = 0
    for number in track(range(1, count + 1), "Accounts"):
        industry = rng.choice(INDUSTRIES)
        name = _company_name(rng, industry, used_names)
        # ARR is heavy-tailed in B2B: a few large enterprises, many small teams.
        arr = round(min(max(rng.lognormvariate(10.4, 1.05), 4_800), 1_500_000), -2)
        employees = int(arr / rng.uniform(40, 160)) + rng.randint(10, 200)
        status = rng.choices(["active", "churned", "prospect"], weights=[86, 9, 5])[0]
        account = Account(
            external_id=f"CRM-{1000 + number}", name=name, industry=industry,
            region=rng.choices(REGIONS, weights=REGION_WEIGHTS)[0], employees=employees, arr=arr,
            renewal_date=today + timedelta(days=rng.randint(-30, 365)), status=status, csm=rng.choice(csms),
            usage_score=min(100, max(5, int(rng.gauss(68, 18)))),
        )
        db.session.add(account)
        for first, last, (role, decision_maker) in _people(rng, 2 + min(int(arr // 60_000), 5)):
            domain = name.lower().replace(" ", "").replace("'", "") + ".example"
            account.contacts.append(Contact(name=f"{first} {last}", role=role, decision_maker=decision_maker,
                                            email=_email(first, last, domain)))
            contacts += 1
    db.session.flush()
    return f"{count} accounts, {contacts} contacts"


def _company_name(rng: random.Random, industry: str, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECOND[industry])}"
        if name not in used:
            used.add(name)
            return name


def _people(rng: random.Random, count: int):
    roles = [ROLES[0] if rng.random() < 0.3 else ROLES[1]] + rng.sample(ROLES[2:], k=min(count - 1, len(ROLES) - 2))
    seen = set()
    for role in roles:
        first, last = rng.choice(PEOPLE_FIRST), rng.choice(PEOPLE_LAST)
        while (first, last) in seen:
            first, last = rng.choice(PEOPLE_FIRST), rng.choice(PEOPLE_LAST)
        seen.add((first, last))
        yield first, last, role


def _email(first: str, last: str, domain: str) -> str:
    folded = unicodedata.normalize("NFKD", f"{first}.{last}".lower())  # Chloé -> chloe
    plain = "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{plain}@{domain}"

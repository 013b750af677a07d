"""Theme taxonomy for B2B software feedback, and the matcher built from it.

A taxonomy is a plain list of dicts (the app stores and edits them)::

    {"key": "integrations", "name": "Integrations", "parent": None,
     "patterns": ["integration", "integrate with", "=api", "sync"],
     "exclude": ["not sync"]}          # optional

Pattern syntax
--------------
* A pattern is a phrase of one or more words. Both the phrase and the text are tokenised and
  lemmatised by the same pipeline, and matching is on lower-case lemmas, token by token:
  "integrate" matches "integrates", "integrating", "integrated"; "report" matches "reports";
  a pattern never matches inside a word ("price" does not match "surprising").
* A word prefixed with ``=`` is matched on its exact lower-case form instead of its lemma
  (``=docs`` matches "docs" but not "doc"; ``=it`` would match the word "it").
* ``*`` stands for exactly one word of any kind: "sync * calendar" matches "sync our calendar"
  (not as the first word).
* ``exclude`` lists patterns (same syntax) that veto a theme match they overlap:
  the support theme excludes "not support" so that "doesn't support SSO" is not about the support
  team.
* ``parent`` is the key of another theme or None. A match of a child theme is reported under the
  child key; ``ThemeMention.parent`` carries the parent for roll-ups.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .patterns import PatternIndex, TokenView
from .pipeline import get_nlp, lemmatizer

DEFAULT_TAXONOMY: list[dict] = [
    {"key": "onboarding", "name": "Onboarding", "parent": None, "patterns": [
        "onboarding", "onboard", "implementation", "implement", "go-live", "go live", "rollout",
        "roll out", "rolled out", "kickoff", "kick off", "setup", "set up", "migration", "migrate",
        "data migration", "implementation partner", "implementation consultant",
        "deployment"]},
    {"key": "ease_of_use", "name": "Ease of use", "parent": None, "patterns": [
        "ease of use", "easy to use", "easy", "easiest", "intuitive", "user friendly",
        "user-friendly", "interface", "=ui", "=ux", "ui", "usability", "usable", "clunky", "click",
        "learning curve", "complicated", "confusing", "navigation", "layout", "design", "simple",
        "simple to use", "hard to learn", "menu",
        "clean", "cluttered", "configure", "customise", "customize",
        "pick it up", "learn"]},
    {"key": "performance", "name": "Performance and reliability", "parent": None, "patterns": [
        "performance", "slow", "slowness", "sluggish", "fast", "speed", "load", "loading", "lag",
        "laggy", "crash", "freeze", "freezing", "timeout", "time out", "outage", "downtime", "be down",
        "go down", "not down", "down again", "down for",
        "uptime", "reliable", "reliability", "unreliable", "stable", "stability", "rock solid",
        "snappy", "instantly", "take forever", "take age", "hiccup", "buggy", "bug",
        "glitch", "go down", "drain battery", "instant"],
     "exclude": ["down to", "slow down", "drill down", "sit down", "dropdown", "download",
                 "load of", "upload", "down the road", "break down", "fast track"]},
    {"key": "integrations", "name": "Integrations", "parent": None, "patterns": [
        "integration", "integrate", "connector", "connect", "sync", "synchronise", "synchronize",
        "two-way", "=api", "webhook", "plugin", "plug-in", "add-in", "extension", "zapier",
        "salesforce", "=sfdc", "hubspot", "outlook", "gmail", "google workspace",
        "google calendar", "google sheet", "slack", "microsoft teams", "zoom", "docusign",
        "quickbooks", "xero", "netsuite", "erp", "jira", "zendesk", "mailchimp", "linkedin",
        "sales navigator", "snowflake", "data warehouse", "bi tool", "pipedrive", "calendar sync"],
     "exclude": ["connect with customer", "connect with prospect", "api doc", "api documentation",
                 "api reference",
                 # a CRM vendor named as a competitor is not an integration
                 "move to salesforce", "move to hubspot", "switch to salesforce",
                 "switch to hubspot", "compare to salesforce", "compare to hubspot",
                 "than salesforce", "than hubspot", "go back to salesforce", "go to hubspot",
                 "go to salesforce", "migrate to salesforce", "migrate to hubspot",
                 "move to pipedrive", "switch to pipedrive"]},
    {"key": "reporting", "name": "Reporting and analytics", "parent": None, "patterns": [
        "report", "reporting", "dashboard", "analytics", "analysis", "forecast", "forecasting",
        "chart", "metric", "kpi", "insight", "funnel", "export",
        "pipeline report", "pipeline analytics", "number"],
     "exclude": ["number of", "phone number", "report a bug", "export control"]},
    {"key": "support", "name": "Support", "parent": None, "patterns": [
        "support", "support team", "support rep", "ticket", "helpdesk", "help desk",
        "customer service", "chat support", "support chat", "phone support", "live chat",
        "chatbot", "escalate", "escalation", "on hold", "response time", "call back",
        "email support", "premium support", "support quality"],
     "exclude": ["not support", "to support", "support for", "please support", "support import",
                 "support multiple", "you support", "still not support", "do not support",
                 "does not support", "will support", "can support", "support webhook",
                 "support bulk", "any plan to support"]},
    {"key": "pricing", "name": "Pricing and value", "parent": None, "patterns": [
        "price", "pricing", "cost", "costly", "expensive", "cheap", "pricey", "overprice",
        "overpriced", "affordable", "value for money", "value", "worth", "worth it", "budget",
        "fee", "billing", "invoice", "discount", "per seat", "per-seat", "seat", "license",
        "licence", "renewal quote", "price increase", "pay", "paid", "plan", "add-on", "charge",
        "contract", "subscription", "tier", "bundle"],
     "exclude": ["pay attention", "plan to", "any plan", "implementation plan", "onboarding plan",
                 "project plan", "invoice data", "invoicing"]},
    {"key": "documentation", "name": "Documentation and training", "parent": None, "patterns": [
        "documentation", "=docs", "doc", "help center", "help centre", "help article",
        "knowledge base", "article", "tutorial", "video", "walkthrough", "guide", "training",
        "academy", "course", "certification", "webinar", "release note", "api reference",
        "manual", "admin guide"]},
    {"key": "account_management", "name": "Account management", "parent": None, "patterns": [
        "account manager", "=am", "=csm", "customer success", "customer success manager",
        "account team", "account executive", "check in", "quarterly review",
        "business review", "=qbr", "relationship", "upsell", "upselling",
        "reach out", "partnership", "partner"],
     "exclude": ["implementation partner", "partner channel"]},
    {"key": "security", "name": "Security and compliance", "parent": None, "patterns": [
        "security", "secure", "compliance", "compliant", "gdpr", "=sso", "saml", "single sign-on",
        "=scim", "2fa", "two-factor", "mfa", "permission", "role-based", "audit", "audit log",
        "audit trail", "soc 2", "soc2", "iso 27001", "hipaa", "encryption", "data residency",
        "password", "session timeout", "ip allowlist", "allowlisting", "pen test", "data leak",
        "privacy", "data retention", "oauth", "mdm", "=ciso", "okta", "authenticator",
        "locked out", "data deletion", "security questionnaire", "auditor"]},
    {"key": "mobile", "name": "Mobile", "parent": None, "patterns": [
        "mobile", "mobile app", "phone", "iphone", "android", "ipad", "tablet", "=ios",
        "in the field", "offline", "push notification", "smartphone"],
     "exclude": ["phone support", "phone call", "phone number", "on the phone with",
                 "mobile number"]},
    {"key": "features", "name": "Product features", "parent": None, "patterns": [
        "feature", "functionality", "feature set", "pipeline board", "pipeline view",
        "email sequence", "sequence", "template", "email template", "automation", "workflow",
        "custom field", "custom object", "field", "lead scoring", "lead assignment", "assignment",
        "dedupe", "deduplication", "duplicate detection", "bulk edit", "bulk action",
        "recurring task", "task", "reminder", "quote",
        "quote builder", "territory management",
        "business card", "card scanner", "email tracking",
        "stage", "pipeline",
        "merge", "custom", "dark mode"],
     "exclude": ["custom report", "pipeline report", "pipeline review",
                 "pipeline analytic", "custom date", "date range", "field rep", "field team",
                 "field sale", "in the field"]},
]


def taxonomy_hash(taxonomy: list[dict]) -> str:
    """A short stable hash of a taxonomy's keys, names, parents, patterns and exclusions."""
    canon = [{"key": t["key"], "name": t.get("name", t["key"]), "parent": t.get("parent"),
              "patterns": sorted(t.get("patterns", [])), "exclude": sorted(t.get("exclude", []))}
             for t in sorted(taxonomy, key=lambda t: t["key"])]
    return hashlib.sha1(json.dumps(canon, sort_keys=True).encode()).hexdigest()[:12]


def validate(taxonomy: list[dict]) -> None:
    """Raise ValueError on duplicate keys, unknown parents, parent cycles or empty patterns."""
    keys = [t["key"] for t in taxonomy]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate theme keys")
    known = set(keys)
    parents = {t["key"]: t.get("parent") for t in taxonomy}
    for t in taxonomy:
        if t.get("parent") is not None and t["parent"] not in known:
            raise ValueError(f"theme {t['key']!r}: unknown parent {t['parent']!r}")
        seen, cur = set(), t["key"]
        while cur is not None:
            if cur in seen:
                raise ValueError(f"theme {t['key']!r}: parent cycle")
            seen.add(cur)
            cur = parents.get(cur)
        for p in t.get("patterns", []):
            if not p.strip():
                raise ValueError(f"theme {t['key']!r}: empty pattern")


def pattern_spec(pattern: str) -> list[tuple[str, str | None]]:
    """Translate one pattern phrase into token specs: ("L", lemma), ("W", form) or ("*", None)."""
    nlp = get_nlp()
    lem = lemmatizer()
    spec: list[tuple[str, str | None]] = []
    for word in pattern.strip().split():
        if word == "*":
            spec.append(("*", None))
        elif word.startswith("=") and len(word) > 1:
            spec.extend(("W", tok.lower_) for tok in nlp.make_doc(word[1:]))
        else:
            spec.extend(("L", lem.lemma(tok.lower_)) for tok in nlp.make_doc(word))
    return spec


@dataclass(frozen=True)
class Match:
    key: str
    pattern: str
    start: int  # token indices in the doc
    end: int


class ThemeMatcher:
    """Matches theme patterns on lemmas; built from a plain taxonomy (list of dicts)."""

    def __init__(self, taxonomy: list[dict]):
        validate(taxonomy)
        self.taxonomy = [dict(t) for t in taxonomy]
        self.by_key = {t["key"]: t for t in self.taxonomy}
        self.patterns = PatternIndex()
        self.exclusions = PatternIndex()
        for t in self.taxonomy:
            for p in t.get("patterns", []):
                spec = pattern_spec(p)
                if spec and spec[0][0] != "*":
                    self.patterns.add((t["key"], p), spec)
            for p in t.get("exclude", []):
                spec = pattern_spec(p)
                if spec and spec[0][0] != "*":
                    self.exclusions.add((t["key"], p), spec)

    def matches(self, doc, view: TokenView | None = None) -> list[Match]:
        """Non-overlapping theme matches per theme (longest first), with exclusions applied."""
        view = view or TokenView(doc)
        vetoes: dict[str, list[tuple[int, int]]] = {}
        for (key, _), s, e in self.exclusions.matches(view):
            vetoes.setdefault(key, []).append((s, e))
        found: list[Match] = []
        taken: dict[str, list[tuple[int, int]]] = {}
        raw = sorted(self.patterns.matches(view), key=lambda m: (-(m[2] - m[1]), m[1]))
        for (key, pattern), s, e in raw:
            if any(s < ve and vs < e for vs, ve in vetoes.get(key, ())):
                continue
            if any(s < te and ts < e for ts, te in taken.get(key, ())):
                continue
            taken.setdefault(key, []).append((s, e))
            found.append(Match(key, pattern, s, e))
        found.sort(key=lambda m: (m.start, m.key))
        return found

    def parent_of(self, key: str):
        return self.by_key[key].get("parent")

    def name_of(self, key: str) -> str:
        return self.by_key[key].get("name", key)

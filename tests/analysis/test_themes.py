"""Theme matching on lemmas and phrases, exclusions, custom taxonomies, versioning."""
import pytest

from analysis import ANALYSIS_VERSION, Analyzer
from analysis.taxonomy import DEFAULT_TAXONOMY, taxonomy_hash, validate

EXPECTED_KEYS = {"onboarding", "ease_of_use", "performance", "integrations", "reporting", "support",
                 "pricing", "documentation", "account_management", "security", "mobile", "features"}


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_default_taxonomy_keys():
    assert {t["key"] for t in DEFAULT_TAXONOMY} == EXPECTED_KEYS
    validate(DEFAULT_TAXONOMY)


def test_lemma_matching(analyzer):
    r = analyzer.analyze("We are integrating it with our ERP.")
    assert "integrations" in r.themes
    m = r.theme_mentions()[0]
    assert m.pattern == "integrate" and m.matched_text == "integrating"


def test_no_substring_matching(analyzer):
    r = analyzer.analyze("The results were surprising.")
    assert "pricing" not in r.themes
    assert analyzer.analyze("Pricing went up again.").themes == ["pricing"]


def test_planning_is_not_a_price_plan(analyzer):
    assert "pricing" not in analyzer.analyze("Scenario planning would be a big help.").themes
    assert "pricing" not in analyzer.analyze("We planned the rollout around your reports.").themes
    assert analyzer.analyze("The enterprise plan is too much for us.").themes == ["pricing"]


def test_exclusion_vetoes_support_as_a_verb(analyzer):
    r = analyzer.analyze("It doesn't support SCIM provisioning.")
    assert "support" not in r.themes
    assert "security" in r.themes


def test_competitor_is_not_an_integration(analyzer):
    assert "integrations" not in analyzer.analyze("We're moving to Salesforce at renewal.").themes
    assert "integrations" in analyzer.analyze("The Salesforce sync is broken.").themes


def test_provenance_of_theme(analyzer):
    r = analyzer.analyze("The knowledge base is excellent.")
    m = r.theme_mentions()[0]
    assert (m.key, m.pattern, m.matched_text, m.label) == (
        "documentation", "knowledge base", "knowledge base", "positive")


def test_custom_taxonomy_with_parent_and_exact_and_wildcard():
    taxonomy = [
        {"key": "crm", "name": "CRM", "parent": None, "patterns": ["=sfdc"]},
        {"key": "crm_sync", "name": "CRM sync", "parent": "crm", "patterns": ["sync * calendar"]},
    ]
    a = Analyzer(taxonomy=taxonomy)
    r = a.analyze("SFDC is fine but we can't sync our calendar.")
    assert r.themes == ["crm", "crm_sync"]
    child = [m for m in r.theme_mentions() if m.key == "crm_sync"][0]
    assert child.parent == "crm" and child.matched_text == "sync our calendar"
    assert a.analyze("sfdcs").themes == []  # exact form only


def test_invalid_taxonomy_rejected():
    with pytest.raises(ValueError):
        Analyzer(taxonomy=[{"key": "a", "name": "A", "parent": "missing", "patterns": ["x"]}])
    with pytest.raises(ValueError):
        Analyzer(taxonomy=[{"key": "a", "parent": "b", "patterns": ["x"]},
                           {"key": "b", "parent": "a", "patterns": ["y"]}])


def test_version_changes_with_taxonomy():
    base = Analyzer().version
    changed = [dict(t) for t in DEFAULT_TAXONOMY]
    changed[0] = dict(changed[0], patterns=changed[0]["patterns"] + ["welcome call"])
    assert base.startswith(ANALYSIS_VERSION)
    assert Analyzer(taxonomy=changed).version != base
    assert taxonomy_hash(DEFAULT_TAXONOMY) == taxonomy_hash(list(reversed(DEFAULT_TAXONOMY)))
    assert Analyzer().analyze("ok").version == base


def test_analyze_many_matches_analyze(analyzer):
    texts = ["Support is slow.", "Love the dashboards!", ""]
    many = analyzer.analyze_many(texts, batch_size=2)
    assert [r.to_dict() for r in many] == [analyzer.analyze(t).to_dict() for t in texts]

"""textcli.analyze_lines (for `voc analyze text`) and candidate-theme discovery."""
import json

from analysis import Analyzer
from analysis.discovery import candidate_themes
from analysis.taxonomy import DEFAULT_TAXONOMY
from analysis.textcli import analyze_lines


def test_analyze_lines_one_object_per_line():
    lines = ["Support is slow and unhelpful.\n", "\n", "Please add a Gantt view.\n"]
    out = list(analyze_lines(lines, Analyzer()))
    assert len(out) == 3
    for item in out:
        assert set(item) >= {"polarity", "label", "themes", "requests"}
        assert -1 <= item["polarity"] <= 1 and item["label"] in ("positive", "neutral", "negative")
        json.dumps(item)
    assert out[0]["label"] == "negative" and out[0]["themes"] == ["support", "performance"]
    assert out[1]["label"] == "neutral"
    assert out[2]["requests"][0]["text"] == "Gantt view"


def test_to_dict_carries_provenance():
    d = Analyzer().analyze("Great dashboards but the app is slow.").to_dict()
    assert d["version"] and d["label_reason"]
    assert d["theme_mentions"][0]["pattern"] and d["sentences"][0]["rules"]


def test_candidate_themes_finds_uncovered_phrases():
    texts = ["The territory planner is confusing.", "We love the territory planner.",
             "Territory planner needs filters.", "Support is slow.", "Support is slow again.",
             "Support was slow today."]
    found = candidate_themes(texts, DEFAULT_TAXONOMY, min_count=3)
    phrases = [p for p, _, _ in found]
    assert phrases[0] == "territory planner"
    assert found[0][1] == 3 and len(found[0][2]) == 3
    assert not any("support" in p or "slow" in p for p in phrases)


def test_candidate_themes_respects_taxonomy():
    texts = ["The territory planner is confusing."] * 3
    custom = DEFAULT_TAXONOMY + [{"key": "territories", "name": "Territories", "parent": None,
                                  "patterns": ["territory planner"]}]
    assert candidate_themes(texts, custom, min_count=3) == []

"""One colour per meaning across the product: charts, the page's own small bars and the stylesheet agree."""
import re
from pathlib import Path

from reports import palette
from reports.charts import persona_chart

ROOT = Path(__file__).resolve().parents[1]
FILL = re.compile(r'fill="(#[0-9a-fA-F]{6})"')


def test_each_meaning_has_its_own_colour():
    meanings = {"favourable": palette.FAVOURABLE, "middle": palette.MIDDLE, "unfavourable": palette.UNFAVOURABLE,
                "neutral sentiment": palette.NEUTRAL, "unknown": palette.UNKNOWN, "plain series": palette.SERIES,
                **{f"tier {tier}": colour for tier, colour in palette.TIER.items()}}
    assert len(set(meanings.values())) == len(meanings), "a colour that means two things"
    assert palette.NICE_TO_HAVE == palette.PASSIVE, "passives ≈ nice to have: one colour"
    assert palette.ESSENTIAL == palette.PROMOTER == palette.POSITIVE
    assert palette.NO_LONGER_NEEDED == palette.DETRACTOR == palette.NEGATIVE
    assert [palette.score_colour(s) for s in (0, 6, 7, 8, 9, 10)] == [palette.DETRACTOR] * 2 + [palette.PASSIVE] * 2 + \
        [palette.PROMOTER] * 2


def test_nice_to_have_is_the_same_colour_on_the_overview_and_on_a_survey_s_results(app):
    from vocapp.web.results import key_question_chart

    personas = persona_chart({"nice_to_have": 2}, {"nice_to_have": 10}, {"nice_to_have": "Nice to have"})
    with app.test_request_context():
        key = key_question_chart({"essential": 1, "nice_to_have": 2, "no_longer_needed": 1})
    def fill_of(svg: str, label: str) -> set[str]:
        return set(re.findall(rf'fill="(#\w+)"><title>{label}:', svg))
    assert fill_of(personas, "Nice to have") == fill_of(key, "Nice to have") == {palette.NICE_TO_HAVE}
    assert fill_of(key, "Essential") == {palette.ESSENTIAL}


def test_the_stylesheet_repeats_the_palette():
    css = (ROOT / "vocapp/static/app.css").read_text()
    variables = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    assert {name: variables[name] for name in ("favourable", "middle", "unfavourable", "neutral", "unknown", "series",
                                               "tier-1", "tier-2", "tier-3")} == {
        "favourable": palette.FAVOURABLE, "middle": palette.MIDDLE, "unfavourable": palette.UNFAVOURABLE,
        "neutral": palette.NEUTRAL, "unknown": palette.UNKNOWN, "series": palette.SERIES,
        "tier-1": palette.TIER[1], "tier-2": palette.TIER[2], "tier-3": palette.TIER[3]}


def test_the_small_bars_drawn_in_templates_use_the_palette():
    """Share bars (promoters / passives / detractors) and sentiment bars are drawn in templates: their colours
    come from the palette, so an amber passive in a chart is amber beside it too."""
    allowed = {value for name, value in vars(palette).items() if isinstance(value, str) and value.startswith("#")}
    allowed |= set(palette.TIER.values())
    found = {}
    for template in (ROOT / "vocapp/templates").rglob("*.html"):
        for colour in FILL.findall(template.read_text()):
            found.setdefault(colour.lower(), []).append(template.name)
    strays = {colour: names for colour, names in found.items() if colour not in {c.lower() for c in allowed}}
    assert not strays, f"colours outside the palette: {strays}"


"""What a request asks for, when the ask comes before the cue, and descriptions that are not asks."""
import pytest

from analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@pytest.mark.parametrize("text, asked", [
    ("Integrating with Salesforce would save us hours every week.", "Integrating with Salesforce"),
    ("A dark mode would be great for the night shift.", "Dark mode"),
    ("It would be great if there were customer health scores.", "Customer health scores"),
])
def test_the_subject_before_would_be_nice_is_what_is_asked(analyzer, text, asked):
    assert [request.text for request in analyzer.analyze(text).requests] == [asked]


@pytest.mark.parametrize("text", ["It's fine for what we need today.", "It has everything we need."])
def test_what_we_need_describes_rather_than_asks(analyzer, text):
    assert analyzer.analyze(text).requests == []

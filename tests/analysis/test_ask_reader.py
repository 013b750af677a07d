"""The fine-tuned ask readers (analysis/ask_reader.py): the shipped adapters, read by the app's numpy encoder, give
what the trained model gave; the detector asks the interviews' reader about interview sentences, the comments' only
when reading carefully, and each only where it can change the decision."""
import numpy as np
import pytest

from analysis import ask_reader, encoder
from analysis.requests import RequestDetector
from analysis.training.train_ask_reader import CHECKS, COMMENT_CHECKS
from analysis.transcripts import customer_parts, joined


@pytest.fixture(scope="module")
def reader():
    found = ask_reader.interview_reader()
    assert found is not None, "the encoder's package and data/ask_reader_interviews.npz ship with the app"
    return found


def test_the_numpy_reader_gives_the_trained_model_s_log_odds(reader):
    read = [reader.logit(text, kind, part) for text, kind, part in CHECKS]
    assert np.allclose(read, reader.checks, atol=1e-3), (read, reader.checks.tolist())
    assert read[0] > 0 > read[1], "an ask reads as one, and the quote that put the buyer off does not"


def test_the_comments_reader_gives_its_trained_model_s_log_odds():
    reader = ask_reader.comment_reader()
    assert reader is not None and reader is not ask_reader.interview_reader()
    read = [reader.logit(text, kind, part) for text, kind, part in COMMENT_CHECKS]
    assert np.allclose(read, reader.checks, atol=1e-3), (read, reader.checks.tolist())
    assert read[0] > 0 and read[1] > 0 > read[3], "an exclamation and a complaint ask; praise of support does not"


def test_the_adapters_change_the_weights_they_name_and_no_other():
    base = {"encoder.layer.0.attention.self.query.weight": np.zeros((3, 2)),
            "encoder.layer.0.attention.self.query.bias": np.ones(3),
            "encoder.layer.0.output.LayerNorm.weight": np.ones(2),
            "encoder.layer.1.attention.self.query.weight": np.zeros((3, 2))}
    trained = {"0.q.A": np.array([[1.0, 2.0]]), "0.q.B": np.array([[1.0], [0.0], [2.0]]),
               "0.ln2.weight": np.array([3.0, 4.0])}
    out = ask_reader.adapted(base, trained)
    assert out["encoder.layer.0.attention.self.query.weight"].tolist() == [[1, 2], [0, 0], [2, 4]]
    assert out["encoder.layer.0.output.LayerNorm.weight"].tolist() == [3, 4]
    assert out["encoder.layer.0.attention.self.query.bias"] is base["encoder.layer.0.attention.self.query.bias"]
    assert not out["encoder.layer.1.attention.self.query.weight"].any()
    assert not base["encoder.layer.0.attention.self.query.weight"].any(), "the package's weights stay as read"


class Counting:
    """A reader that says what it was asked, and answers a sure "no"."""

    def __init__(self):
        self.encoded, self.asked = [], []

    def encode(self, texts):
        self.encoded.append([text.strip() for text in texts])
        return np.arange(len(texts))[:, None] * np.ones((1, encoder.DIM))

    def logit_of(self, vector, kind, part):
        self.asked.append((int(vector[0]), kind, part))
        return -20.0


def _interview(turn: str):
    return joined(customer_parts("", {}, [{"speaker": "Dana Cole", "text": "What tipped it?"},
                                          {"speaker": "Ana Ruiz", "text": turn}], ["Dana Cole"]))


def test_the_detector_asks_the_reader_only_in_interviews_and_only_where_it_can_change_the_decision():
    from analysis.pipeline import get_nlp

    counting = Counting()
    detector = RequestDetector(interview_reader=counting)
    text, parts = _interview("The weather was nice that week. We need a NetSuite sync.")
    found = detector.detect_all(get_nlp()(text), parts=parts)
    assert counting.encoded == [["The weather was nice that week.", "We need a NetSuite sync."]], \
        "the interview's sentences are encoded in one pass"
    assert counting.asked == [(1, 2, "turn")], "only the rule's ask is read again: the small talk cannot change"
    assert not found, "the reader's no drops the rules' ask"
    counting.encoded.clear(), counting.asked.clear()
    detector.detect_all(get_nlp()("We need a NetSuite sync."))
    assert counting.encoded == counting.asked == [], "a survey comment is the comment layer's alone"


def test_reading_carefully_asks_the_comments_reader_where_it_can_change_the_decision():
    from analysis.pipeline import get_nlp

    counting, interviews = Counting(), Counting()
    detector = RequestDetector(interview_reader=interviews, comment_reader=counting)
    found = detector.detect_all(get_nlp()("The weather was nice that week. We need a NetSuite sync."))
    assert counting.encoded == [["The weather was nice that week.", "We need a NetSuite sync."]]
    assert counting.asked == [(1, 2, None)] and not found
    assert interviews.encoded == []


def test_reading_carefully_is_surer_of_an_ask_without_a_cue_and_drops_a_workaround_told():
    from analysis import Analyzer

    quick, careful = Analyzer(sentiment_model=None), Analyzer(sentiment_model=None, careful=True)
    assert careful.version != quick.version and careful.version in quick.up_to_date
    assert quick.version not in careful.up_to_date, "a quick analysis is read again carefully"
    ((text, doubted),), ((_, sure),) = (
        [(r.text, r.certainty) for r in analyzer.analyze("Being able to tag invoices by project.").requests]
        for analyzer in (quick, careful))
    assert text == "Tag invoices by project" and doubted < 0.5 < sure
    told = "I export to Excel and rebuild the charts by hand every Monday."
    assert [r.text for r in quick.analyze(told).requests] == ["Rebuild the charts by hand every Monday"]
    assert careful.analyze(told).requests == []


def test_an_interview_s_story_that_asks_for_nothing_is_dropped_or_doubted_and_an_ask_stands():
    from analysis import Analyzer

    analyzer = Analyzer(sentiment_model=None)
    linear_only = Analyzer(sentiment_model=None)
    linear_only.detector = RequestDetector(interview_reader=None)

    def asks(who, turn):
        text, parts = _interview(turn)
        return [(r.text, r.certainty) for r in who.analyze_many([text], parts=[parts])[0].requests]

    praise = "Adoption was the thing: people used it without me nagging, which has never happened with a CRM here."
    assert [text for text, _ in asks(linear_only, praise)] == ["Adoption"], "the words layer alone took it for an ask"
    assert asks(analyzer, praise) == []
    story = "But when I showed him the connector quote he stopped asking."
    ((_, alone),), ((_, both),) = asks(linear_only, story), asks(analyzer, story)
    assert alone >= 0.5 > both, "now doubted: it waits in the triage list for a person"
    ((text, certainty),) = asks(analyzer, "What we needed was a proper NetSuite connector, maintained by you.")
    assert text == "NetSuite connector" and certainty > 0.5


def test_without_the_encoder_s_package_the_detector_reads_as_before(monkeypatch):
    monkeypatch.setattr(encoder, "available", lambda: False)
    monkeypatch.setattr(ask_reader, "_loaded", {})
    assert ask_reader.interview_reader() is None and ask_reader.comment_reader() is None
    from analysis import Analyzer

    asked = Analyzer(sentiment_model=None, careful=True)
    assert not asked.careful and "+careful" not in asked.version, "nothing to read carefully with: it says so"


def test_a_sentence_read_before_is_not_encoded_again(reader, monkeypatch):
    calls = []
    forward = reader.model.forward
    monkeypatch.setattr(reader.model, "forward", lambda ids, mask: calls.append(len(ids)) or forward(ids, mask))
    reader.cache.clear()
    first = reader.encode(["We need EDI.", "The weather was fine.", "We need EDI."])
    again = reader.encode(["The weather was fine.", "Also an API."])
    assert calls == [2, 1], "each new sentence once, in one pass"
    assert np.array_equal(first[1], again[0]) and np.array_equal(first[0], first[2])

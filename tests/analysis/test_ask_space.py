"""The ask space: the learned map under which the regrouping compares asks (``analysis/training/ask_space.py``)."""
import numpy as np

from analysis import Analyzer, encoder, regroup
from analysis.regroup import Ask, ask_points, ask_texts, in_ask_space
from analysis.training.ask_space import core_span, labelled_asks, pair, train


def _margin(points: np.ndarray, items: np.ndarray) -> float:
    """Mean cosine between asks for one item, less the mean between asks for different items, once the
    asks' mean is taken out (as the regrouping compares them)."""
    centred = points - points.mean(0)
    centred /= np.linalg.norm(centred, axis=1, keepdims=True)
    cosine = centred @ centred.T
    same = items[:, None] == items[None, :]
    off = ~np.eye(len(items), dtype=bool)
    return float(cosine[same & off].mean() - cosine[~same].mean())


def _product(rng, items: int = 4, asks: int = 6, dim: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """Asks whose item shows in the first two dimensions, drowned by wording that varies more in the rest."""
    labels = np.repeat(np.arange(items), asks)
    meaning = rng.normal(size=(items, 2))[labels]
    wording = 3 * rng.normal(size=(len(labels), dim - 2))
    points = np.hstack([meaning, wording]).astype(np.float32)
    return points / np.linalg.norm(points, axis=1, keepdims=True), labels


def test_training_learns_which_differences_tell_requests_apart_and_it_holds_on_a_product_not_trained_on():
    rng = np.random.default_rng(7)
    products = [_product(rng) for _ in range(6)]
    unseen = _product(rng)
    space = train(products, lam=0.1, steps=150, rate=0.03)
    mapped = unseen[0] @ space
    assert _margin(mapped, unseen[1]) > _margin(*unseen) + 0.1
    assert space.shape == (8, 8) and space.dtype == np.float32


def test_a_strong_pull_towards_the_identity_keeps_the_map_near_it():
    rng = np.random.default_rng(3)
    products = [_product(rng) for _ in range(4)]
    loose = train(products, lam=0.01, steps=60, rate=0.03)
    tight = train(products, lam=100.0, steps=60, rate=0.03)
    assert np.linalg.norm(tight - np.eye(8)) < np.linalg.norm(loose - np.eye(8)) / 3


def test_detected_asks_pair_with_labelled_asks_one_to_one_by_overlap():
    assert pair([(0, 10), (20, 40)], [(22, 30), (5, 25), (50, 60)]) == {0: 1, 1: 0}
    assert pair([(0, 10), (12, 30)], [(8, 16)]) == {0: 1}  # the labelled ask it overlaps most
    assert pair([(0, 10)], [(0, 4), (2, 9)]) == {1: 0}  # taken once only, by the one overlapping it most


def test_two_asks_of_one_sentence_pair_by_their_own_words_not_by_the_longer_evidence():
    text = "Please make it work offline, and sync stock with our Shopify store."
    offline, shopify = text.index("Please make it work offline"), text.index("sync stock")
    labelled = [(offline, offline + len("Please make it work offline")), (shopify, len(text) - 1)]
    requests = Analyzer().analyze_many([text])[0].requests
    assert [r.subject for r in requests] == ["work offline", "sync stock with our Shopify store"]
    sentences = [(r.start_char, r.end_char) for r in requests]
    assert pair(labelled, sentences) == {0: 1, 1: 0}  # a detected ask spans its whole sentence
    assert pair(labelled, sentences, [core_span(r) for r in requests]) == {0: 0, 1: 1}


def test_the_labelled_asks_are_the_detected_ones_with_the_item_each_is_labelled():
    rows = [{"text": "Love it. Please add a Jira integration.",
             "requests": [{"item": "Jira integration", "evidence": "Please add a Jira integration."}]},
            {"text": "Great support team, nothing to add.", "requests": []},
            {"text": "Please make it work offline, and sync stock with our Shopify store.",
             "requests": [{"item": "Offline mode", "evidence": "Please make it work offline"}]}]
    asks, items = labelled_asks(Analyzer(), rows)
    assert items == ["Jira integration", "Offline mode", None]  # the Shopify ask is nobody's label
    assert "Jira" in asks[0].text and asks[0].sentence.startswith("Please add")
    # the unlabelled ask is kept: it tells the regrouping that the offline ask shares its sentence
    assert list(regroup.sharing(asks)) == [False, True, True]


def test_the_shipped_space_draws_asks_for_one_request_together_more_than_the_plain_encoder():
    """Asks no development set holds, for four requests of a help desk, worded apart."""
    said = [("Jira sync", "Jira sync please.", 0),
            ("push tickets to Atlassian", "We need to push tickets to Atlassian.", 0),
            ("escalate straight into our Jira board", "Let agents escalate straight into our Jira board.", 0),
            ("SLA timers per customer", "SLA timers per customer would help.", 1),
            ("response-time targets by account", "We want response-time targets by account.", 1),
            ("clocks that show how long until we breach", "Clocks that show how long until we breach.", 1),
            ("a WhatsApp channel", "Please add a WhatsApp channel.", 2),
            ("answer customers on WhatsApp", "We'd love to answer customers on WhatsApp.", 2),
            ("messages from WhatsApp in the inbox", "Messages from WhatsApp in the inbox, please.", 2),
            ("canned replies", "Canned replies, please.", 3),
            ("saved answers agents can reuse", "Saved answers agents can reuse would save hours.", 3),
            ("templates for common responses", "Templates for common responses.", 3)]
    asks = [Ask(i, text, sentence) for i, (text, sentence, _) in enumerate(said)]
    items = np.array([item for _, _, item in said])
    sentences, own_words = ask_texts(asks)
    vectors = encoder.encode(sentences + own_words)
    plain = ask_points(vectors[:len(asks)], vectors[len(asks):])
    mapped_vectors = in_ask_space(vectors)
    mapped = ask_points(mapped_vectors[:len(asks)], mapped_vectors[len(asks):])
    assert np.allclose(np.linalg.norm(mapped_vectors, axis=1), 1.0, atol=1e-5)
    assert _margin(mapped, items) > _margin(plain, items)

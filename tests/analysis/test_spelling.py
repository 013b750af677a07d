"""Spelling repair of the words customers type fast."""
import pytest

from analysis.spelling import SpellRepair


@pytest.fixture(scope="module")
def spell():
    return SpellRepair.default()


@pytest.mark.parametrize("typed, meant", [
    ("pleeease", "please"), ("goood", "good"), ("sooooo", "so"), ("loooove", "love"),  # drawn out
    ("intergration", "integration"),  # a slip against the domain's words
    ("sheep", "sheep"), ("coffee", "coffee"),  # two letters running are English
])
def test_a_drawn_out_word_is_read_as_the_word(spell, typed, meant):
    assert spell.repair(typed) == meant

"""Demo step: analyse every demo comment, so themes, requests and personas are there on the first start."""
import random

from vocapp.demo_steps import DEMO_STEPS
from vocapp.imports.rows import Track
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer


def analyse_comments(_rng: random.Random, track: Track) -> str:
    return str(analyse(texts(), current_analyzer(), track=track))


DEMO_STEPS.append(analyse_comments)

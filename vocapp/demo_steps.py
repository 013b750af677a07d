"""The steps that later areas (surveys, analysis) add to the demo data set, run in order by vocapp.demo.load_demo;
each step gets the same random generator and progress tracker and returns a summary."""
import random
from typing import Callable

from vocapp.imports.rows import Track

DemoStep = Callable[[random.Random, Track], str]
DEMO_STEPS: list[DemoStep] = []

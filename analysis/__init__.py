"""Text analysis for voice-of-the-customer feedback (no Flask, no vocapp imports).

Public API::

    from analysis import Analyzer, ANALYSIS_VERSION
    a = Analyzer()                  # or Analyzer(taxonomy=[...plain dicts...])
    r = a.analyze("Great product but support is slow.")
    r.label, r.polarity, r.themes, r.requests, r.sentences[0].themes[0].label
    a.version                       # ANALYSIS_VERSION + hash of the taxonomy

See analysis/README.md for the model choice and the measured quality.
"""

from .analyzer import Analyzer, CommentAnalysis, SentenceAnalysis, ThemeMention
from .requests import Cluster, Request, consolidate, match_item
from .version import ANALYSIS_VERSION

__all__ = ["ANALYSIS_VERSION", "Analyzer", "CommentAnalysis", "SentenceAnalysis", "ThemeMention",
           "Request", "Cluster", "consolidate", "match_item"]

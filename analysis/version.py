"""The analysis version. Bump it when a rule, a word list, a threshold or the linking changes: results carry it so the app
can re-analyse."""
ANALYSIS_VERSION = "voc-analysis-1.55"

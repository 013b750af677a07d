"""The app's side of the text analysis: the editable taxonomy, analysing texts and storing what was found
(themes with provenance, sentiment, product requests as feedback items), in batches or in the background."""

"""Interviews: the default lists (guides, reason codes, criteria), looking names up without duplicates, and the
hooks that bring interviews into the text analysis and the personas."""

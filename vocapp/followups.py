"""Closing the loop on detractors (to be completed)."""


def on_response_saved(response) -> None:
    """Called after a response is created or updated: opens a follow-up case for a detractor and records
    the outcome (this contact's next score) on an earlier case."""

"""The product manager's side of roadmap items: creating and editing items, their status, merges and splits,
the default catalogue, the triage of links the analysis was unsure of, and closing the loop when an item ships.

Plain functions over the database session (no Flask requests here): the web pages and `voc feedback` share them."""

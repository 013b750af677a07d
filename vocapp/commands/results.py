"""voc survey ... commands (results)."""

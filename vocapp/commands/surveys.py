"""voc survey ... commands (surveys)."""

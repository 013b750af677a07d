"""Training code for the learned sentiment layer (numpy is used here only, never at run time)."""

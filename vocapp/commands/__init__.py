"""Command modules by area; each attaches its commands to the groups defined in vocapp.cli."""

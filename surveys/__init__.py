"""Survey logic with no web framework: personal-link tokens, question definitions, effectiveness scoring and
the public page's forms. The Flask app (vocapp) stores and serves what this package describes."""

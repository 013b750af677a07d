"""The work behind ``voc analyze text``: one comment per input line, one JSON-able dict per line."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .analyzer import Analyzer


def analyze_lines(lines: Iterable[str], analyzer: Analyzer | None = None, details: bool = False,
                  batch_size: int = 256, own_names=()) -> Iterator[dict]:
    """Yield ``{"polarity", "label", "themes", "requests"}`` (plus provenance when ``details``)
    for each line; blank lines give a neutral result so output lines match input lines. `own_names`: the
    product's names (never what a request asks for)."""
    analyzer = analyzer or Analyzer()
    texts = (line.rstrip("\r\n") for line in lines)
    for result in analyzer.iter_analyze(texts, batch_size=batch_size, own_names=own_names):
        yield result.to_dict(details=details)


def main(stdin, stdout, as_json: bool = True) -> int:  # small helper for the click command
    for item in analyze_lines(stdin):
        if as_json:
            stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            stdout.write(f"{item['label']:8} {item['polarity']:+.2f} {','.join(item['themes'])}\n")
    return 0

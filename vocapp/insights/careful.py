"""The careful reading: survey comments read again with the fine-tuned comment reader (``analysis.ask_reader``),
in the background before each regrouping. The quick analysis a new comment gets at once reads 2,000 comments a
second; the careful one about 80, and finds asks better (left-out F1 0.868 → 0.894 on the 32 development products,
every one of them gaining). A comment read carefully is not read quickly again until its text or the analysis
changes; links a person confirmed, moved or rejected stay as they were, as in any re-analysis."""
from __future__ import annotations

from analysis.ask_reader import COMMENT_READER_PATH, available
from vocapp.insights.sources import response_texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer


def read_carefully(progress=None, expect=None) -> int:
    """Reads carefully the survey comments not read so yet, and returns how many. `expect(total)` is told how many
    first, then `progress(n)` after every n."""
    if not available(COMMENT_READER_PATH):
        return 0
    analyzer = current_analyzer(careful=True)
    pending = response_texts(pending_for=analyzer.up_to_date)
    if expect:
        expect(len(pending))

    def track(batches, _label):
        for batch in batches:
            yield batch
            if progress:
                progress(len(batch))
    analyse(pending, analyzer, track=track)
    return len(pending)


def told(read: int, regrouped) -> str:
    """The careful reading and the regrouping after it, as one line."""
    read_words = f"{read:,} comment{'' if read == 1 else 's'} read carefully. " if read else ""
    return f"{read_words}{regrouped}."

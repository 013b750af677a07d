"""The careful reading: survey comments read with the fine-tuned comment reader (``analysis.ask_reader``), which
finds asks better than the quick analysis (left-out F1 0.868 → 0.894 on the 32 development products, every one of
them gaining) at about 80 comments a second, where the quick one reads 2,000. Bulk analysis (`voc analyze`)
reads quickly; an answer a customer sends through the survey page is read carefully at once (a few comments cost
milliseconds: vocapp.tasks.analysis.analyse_texts), as the demo's are; and before each regrouping, this pass reads
carefully the comments read quickly. A comment read carefully is not read quickly again until its text or the
analysis changes; links a person confirmed, moved or rejected stay as they were, as in any re-analysis."""
from __future__ import annotations

from vocapp.insights.sources import response_texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer


def read_carefully(progress=None, expect=None) -> int:
    """Reads carefully the survey comments not read so yet, and returns how many. `expect(total)` is told how many
    first, then `progress(n)` after every n."""
    analyzer = current_analyzer(careful=True)
    if not analyzer.careful:  # the encoder's package or the reader's file is missing
        return 0
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

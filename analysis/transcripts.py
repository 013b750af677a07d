"""Interview transcripts without Flask: a pasted text or an uploaded .txt, .md or .vtt file becomes speaker
turns. WebVTT voice tags (`<v Ana Lopez>...`) and `Name:` at the start of a line (also `**Name:**` in Markdown)
start a turn; a line without a speaker continues the turn before it; consecutive turns of one speaker join."""
from __future__ import annotations

import re
from dataclasses import dataclass

ALLOWED_SUFFIXES = (".txt", ".md", ".vtt")
MAX_BYTES = 1_000_000

SPEAKER = re.compile(r"^\s*(?:[-*]\s+)?\**(?P<name>[^\W\d_][\w .'’()-]{0,38}?)\**\s*:\**\s+(?P<text>\S.*)$")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.IGNORECASE)
TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+")
NOT_SPEAKERS = {"http", "https", "note", "notes", "ps", "re", "fyi", "tl;dr", "q", "a"}
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9À-Þ])")


class TranscriptError(ValueError):
    """A file that cannot be a transcript; the message says why in plain words."""


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "text": self.text}


def read_upload(filename: str, data: bytes, max_bytes: int = MAX_BYTES) -> list[Turn]:
    """The turns of an uploaded file; TranscriptError for another type, a file over the limit, not UTF-8 text,
    a .vtt without its WEBVTT header, or no words at all."""
    name = (filename or "").strip()
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    if suffix not in ALLOWED_SUFFIXES:
        raise TranscriptError(f"“{name or 'the file'}” is not a transcript file: upload a .txt, .md or .vtt file.")
    if len(data) > max_bytes:
        raise TranscriptError(f"“{name}” is {len(data) / 1_000_000:.1f} MB; a transcript may be up to "
                              f"{max_bytes / 1_000_000:g} MB.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TranscriptError(f"“{name}” is not UTF-8 text (an unreadable byte at position {exc.start}); "
                              "save it as UTF-8 and upload it again.") from exc
    if "\x00" in text:
        raise TranscriptError(f"“{name}” is not a text file.")
    turns = parse_vtt(text) if suffix == ".vtt" else parse_text(text)
    if not turns:
        raise TranscriptError(f"“{name}” holds no words to keep.")
    return turns


def parse_text(text: str) -> list[Turn]:
    turns: list[Turn] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue  # blank lines and Markdown headings
        _add(turns, *_speaker_and_text(line, turns))
    return turns


def parse_vtt(text: str) -> list[Turn]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].startswith("WEBVTT"):
        raise TranscriptError("a .vtt file must start with WEBVTT; this one does not, so it is not a WebVTT file.")
    turns: list[Turn] = []
    blocks = "\n".join(lines[1:]).split("\n\n")
    for block in blocks:
        rows = [row for row in block.split("\n") if row.strip()]
        if not rows or rows[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing = next((i for i, row in enumerate(rows) if TIMING.match(row)), None)
        if timing is None:
            continue  # a header setting or a stray cue id
        current_voice = None
        for row in rows[timing + 1:]:
            voice = VOICE.search(row)
            if voice:
                current_voice = voice.group("name").strip()
            words = " ".join(TAG.sub("", row).split())
            if not words:
                continue
            if current_voice:
                _add(turns, current_voice, words)
            else:
                _add(turns, *_speaker_and_text(words, turns))
    return turns


def _speaker_and_text(line: str, turns: list[Turn]) -> tuple[str, str]:
    match = SPEAKER.match(line)
    if match and match.group("name").strip().casefold() not in NOT_SPEAKERS:
        return match.group("name").strip(), match.group("text").strip()
    return (turns[-1].speaker if turns else ""), line


def _add(turns: list[Turn], speaker: str, text: str) -> None:
    text = " ".join(text.split())
    if not text:
        return
    if turns and turns[-1].speaker == speaker:
        turns[-1] = Turn(speaker, f"{turns[-1].text} {text}")
    else:
        turns.append(Turn(speaker, text))


def as_text(turns: list[Turn]) -> str:
    """The turns written back as plain text, one `Speaker: words` paragraph each."""
    return "\n\n".join(f"{turn.speaker}: {turn.text}" if turn.speaker else turn.text for turn in turns)


def sentences(text: str) -> list[str]:
    """A turn's sentences, the units an interviewer marks as quotes."""
    return [part.strip() for part in SENTENCE_END.split(text.strip()) if part.strip()]


def _first_words(names) -> set[str]:
    folded = {(name or "").casefold().strip() for name in names}
    return {name for name in folded | {name.split()[0] for name in folded if name.split()} if name}


def customer_parts(notes: str | None, answers: dict | None, turns: list | None,
                   interviewer_names=()) -> list[tuple[str, str]]:
    """What an interview records of the customer, as (part, text): the notes, the guide's answers (a plain
    string or ``{"answer": ...}`` each) and the transcript turns not spoken by the interviewer (their questions
    would otherwise count as the customer's words). A turn is the interviewer's when its speaker, or the
    speaker's first word, is one of ``interviewer_names`` or their first words. Parts keep the record's order:
    ``notes``, ``answers.<question id>``, ``turns.<index>``."""
    asked_by = _first_words(interviewer_names)
    parts = [("notes", notes or "")]
    for question, answer in (answers or {}).items():
        parts.append((f"answers.{question}", str(answer.get("answer", "")) if isinstance(answer, dict)
                      else str(answer or "")))
    for index, turn in enumerate(turns or []):
        if not _by_interviewer(turn, asked_by):
            parts.append((f"turns.{index}", turn.get("text", "")))
    return [(part, text.strip()) for part, text in parts if text and text.strip()]


def question_before(quote: str, answers: dict | None, turns: list | None, interviewer_names=()) -> str | None:
    """What the buyer was answering when they said `quote`: the guide's question of the answer that holds it, or
    the interviewer's turn just before the buyer's turn that holds it (its last question, when it asks one). None
    for the notes, a turn nobody asked for, or words found nowhere."""
    for entry in (answers or {}).values():
        if isinstance(entry, dict) and quote in str(entry.get("answer", "")):
            return str(entry.get("question") or "").strip() or None
    asked_by = _first_words(interviewer_names)
    turns = turns or []
    for index, turn in enumerate(turns):
        if quote in turn.get("text", "") and not _by_interviewer(turn, asked_by):
            if index == 0 or not _by_interviewer(turns[index - 1], asked_by):
                return None
            asked = sentences(turns[index - 1].get("text", ""))
            questions = [sentence for sentence in asked if sentence.endswith("?")]
            return (questions[-1] if questions else " ".join(asked)) or None
    return None


def _by_interviewer(turn: dict, asked_by) -> bool:
    """Whether the interviewer spoke the turn: its speaker, or the speaker's first word, is one of `asked_by`."""
    speaker = (turn.get("speaker") or "").casefold()
    return speaker in asked_by or speaker.split(" ")[0] in asked_by


def joined(parts: list[tuple[str, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The text the analysis reads from an interview's `customer_parts` (one paragraph each) and where each
    part starts in it: [(start character, part)]."""
    starts, text = [], ""
    for part, words in parts:
        text += "\n\n" if text else ""
        starts.append((len(text), part))
        text += words
    return text, starts


def interview_as_comment(record: dict) -> dict:
    """A labelled interview record (``tests/data/*/interviews/``: notes, answers, turns, interviewer and
    ``requests`` whose evidence is found in a named ``part``) as the app's analysis reads it: its text and
    ``parts`` (``joined``), and each ask's evidence with its ``start`` in that text."""
    parts = customer_parts(record["notes"], record["answers"], record["turns"], [record["interviewer"]])
    text, starts = joined(parts)
    offsets, texts = {part: start for start, part in starts}, dict(parts)
    asks = [{"item": ask["item"], "evidence": ask["evidence"],
             "start": offsets[ask["part"]] + texts[ask["part"]].index(ask["evidence"])}
            for ask in record["requests"]]
    return {"id": record["id"], "account": record["account"], "text": text, "parts": starts, "requests": asks}

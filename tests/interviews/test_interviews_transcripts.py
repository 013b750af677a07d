"""Transcripts: .txt, .md and .vtt become speaker turns; any other file gets a message that says why."""
import pytest

from analysis.transcripts import Turn, TranscriptError, as_text, question_before, read_upload, sentences

VTT = """WEBVTT
Kind: captions

NOTE recorded on Zoom

1
00:00:01.000 --> 00:00:04.000
<v Sam Reyes>Thanks for making time. Why did you pick another vendor?</v>

2
00:00:04.500 --> 00:00:09.000
<v.customer Ana Lopez>Honestly it came down to the Jira sync.

3
00:00:09.500 --> 00:00:12.000
<v Ana Lopez>Your tool is <i>lovely</i> but we <00:00:10.000>live in Jira.</v>

00:00:12.500 --> 00:00:15.000
Sam Reyes: That helps a lot.
"""


def test_webvtt_voice_tags_and_name_lines_become_turns():
    turns = read_upload("call.vtt", VTT.encode())
    assert turns == [
        Turn("Sam Reyes", "Thanks for making time. Why did you pick another vendor?"),
        Turn("Ana Lopez", "Honestly it came down to the Jira sync. Your tool is lovely but we live in Jira."),
        Turn("Sam Reyes", "That helps a lot."),
    ]


def test_markdown_and_plain_text_name_turns():
    text = "# Loss interview, Beta Bank\n\n**Sam:** What mattered most?\n\nAna Lopez: Price. It was 30% cheaper.\nAnd they threw in training.\n"
    assert read_upload("notes.md", text.encode()) == [
        Turn("Sam", "What mattered most?"), Turn("Ana Lopez", "Price. It was 30% cheaper. And they threw in training.")]
    assert read_upload("notes.TXT", "no speakers here\nat all".encode()) == [Turn("", "no speakers here at all")]


def test_a_url_or_a_note_line_is_not_a_speaker():
    turns = read_upload("a.txt", "Ana: We tried it.\nNote: the call dropped\nhttps://example.com: see".encode())
    assert [turn.speaker for turn in turns] == ["Ana"]


@pytest.mark.parametrize("name, data, message", [
    ("call.docx", b"PK\x03\x04", "upload a .txt, .md or .vtt file"),
    ("call", b"Ana: hi", "upload a .txt, .md or .vtt file"),
    ("call.txt", "Ana: caf\u00e9".encode("latin-1"), "is not UTF-8 text"),
    ("call.txt", b"Ana: " + b"x" * 1_000_001, "a transcript may be up to 1 MB"),
    ("call.vtt", b"00:00:01.000 --> 00:00:02.000\nhello", "must start with WEBVTT"),
    ("call.txt", b"\n\n   \n", "holds no words"),
    ("call.txt", b"Ana\x00Lopez: hi", "not a text file"),
])
def test_bad_transcript_files_are_refused_with_the_reason(name, data, message):
    with pytest.raises(TranscriptError) as refused:
        read_upload(name, data)
    assert message in str(refused.value)


def test_turns_as_text_and_sentences():
    turns = [Turn("Ana", "We chose Pipedrive. It was cheaper! Really?"), Turn("", "(crosstalk)")]
    assert as_text(turns) == "Ana: We chose Pipedrive. It was cheaper! Really?\n\n(crosstalk)"
    assert sentences(turns[0].text) == ["We chose Pipedrive.", "It was cheaper!", "Really?"]


def test_the_customer_parts_of_an_interview_leave_out_the_interviewers_turns():
    from analysis.transcripts import customer_parts
    parts = customer_parts(
        " Lost on the ERP gap. ", {"why": {"answer": "No NetSuite sync."}, "advice": "Ship the sync.", "empty": ""},
        [{"speaker": "Rosa Lind", "text": "Would a connector have helped?"},
         {"speaker": "Rosa", "text": "And the price?"},
         {"speaker": "Ana Ortiz", "text": "We need NetSuite, full stop."}],
        ["Rosa Lind"])
    assert parts == [("notes", "Lost on the ERP gap."), ("answers.why", "No NetSuite sync."),
                     ("answers.advice", "Ship the sync."), ("turns.2", "We need NetSuite, full stop.")]


def test_what_the_buyer_was_answering_is_the_guides_question_or_the_interviewers_turn_before():
    answers = {"why": {"question": "Why did you leave?", "answer": "No API. That was it."}}
    turns = [{"speaker": "Sam Reed", "text": "Thanks for your time. If it worked offline, would that help? Be honest."},
             {"speaker": "Ana", "text": "Completely. That's exactly what we need."},
             {"speaker": "Ana", "text": "Also the reports are slow."},
             {"speaker": "Sam Reed", "text": "Noted, we will look at it."},
             {"speaker": "Ana", "text": "Thanks."}]
    assert question_before("No API.", answers, turns, ["Sam Reed"]) == "Why did you leave?"
    # the interviewer's last question, not the pleasantries around it
    assert question_before("Completely.", answers, turns, ["Sam Reed"]) == "If it worked offline, would that help?"
    assert question_before("Thanks.", answers, turns, ["Sam"]) == "Noted, we will look at it."  # no question: the turn
    assert question_before("reports are slow", answers, turns[:1] + turns[2:3], ["Sam"]) == \
        "If it worked offline, would that help?"  # the interviewer known by a first name
    assert question_before("reports are slow", answers, [turns[1], turns[2]], ["Sam Reed"]) is None  # nobody asked
    assert question_before("Be honest.", answers, turns, ["Sam Reed"]) is None  # the interviewer's own words
    assert question_before("in the notes", answers, turns, ["Sam Reed"]) is None
    assert question_before("Completely.", {}, turns, []) is None  # no interviewer known: no question either

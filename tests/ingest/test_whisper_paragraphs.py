"""Subtitles from a transcription tool that names nobody (Whisper's .srt and .vtt) ran into
one turn: an hour's interview was one line, one paragraph to code in, every quote cited as
'paragraph 1' at the first cue's time. Cues naming nobody now part after a question (the
answer follows it in an interview) and at a silence of two seconds or more; each paragraph
keeps its own first and last cue's times."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document
from tests.ingest.reading_kit import turn_texts

# Invented for this test.
SRT = """1
00:00:00,000 --> 00:00:04,200
Okej, då har vi startat inspelningen.

2
00:00:04,200 --> 00:00:09,800
Kan du berätta lite om din roll

3
00:00:09,800 --> 00:00:13,000
här i förvaltningen?

4
00:00:13,500 --> 00:00:19,000
Ja, jag är enhetschef sedan tre år.

5
00:00:19,000 --> 00:00:24,000
Innan dess var jag socialsekreterare.

6
00:00:27,000 --> 00:00:31,000
Det som har förändrats mest är dialogen med nämnden.
"""


def test_cues_naming_nobody_part_after_a_question_and_a_silence(tmp_path: Path) -> None:
    path = tmp_path / "whisper.srt"
    path.write_text(SRT, encoding="utf-8")
    raw = read_document(path)
    said = [(raw.text[t.start : t.end], t.start_time, t.end_time) for t in raw.turns]
    assert said == [
        (
            "Okej, då har vi startat inspelningen. Kan du berätta lite om din roll här i "
            "förvaltningen?",
            0.0,
            13.0,
        ),
        ("Ja, jag är enhetschef sedan tre år. Innan dess var jag socialsekreterare.", 13.5, 24.0),
        ("Det som har förändrats mest är dialogen med nämnden.", 27.0, 31.0),
    ]
    assert all(t.speaker is None for t in raw.turns)


def test_a_named_speaker_s_question_stays_in_their_turn(tmp_path: Path) -> None:
    path = tmp_path / "otter.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Hur gick det?\n\n"
        "00:00:03.000 --> 00:00:09.000\n<v Anna>Och sedan, efter en paus?\n\n"
        "00:00:09.000 --> 00:00:12.000\n<v Bengt>Bättre.\n",
        encoding="utf-8",
    )
    raw = read_document(path)
    assert turn_texts(raw) == [
        ("Anna", "Hur gick det? Och sedan, efter en paus?"),
        ("Bengt", "Bättre."),
    ]

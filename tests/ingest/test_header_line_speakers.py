"""Transcripts saved to Word by Teams or Otter: the speaker and the time on a line of their
own ("Speaker 1   0:03"), the words below. They were read as plain paragraphs, so nobody
spoke: quotes cited "paragraph 13" and no pseudonym could be given to a speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest import read_document

# Invented for this test.
TALK = [
    ("Speaker 1", "0:03", "Hur länge har du varit chef här?"),
    ("Speaker 2", "0:09", "Snart fyra år. Innan dess var jag handläggare i en grannkommun."),
    ("Speaker 1", "0:21", "Vad har förändrats sedan du började?"),
    ("Speaker 2", "1:02:33", "Mer dokumentation och färre möten med klienterna."),
]


def _turns(path: Path) -> list[tuple[str | None, float | None, str]]:
    raw = read_document(path)
    return [(t.speaker, t.start_time, raw.text[t.start : t.end]) for t in raw.turns]


def _expected() -> list[tuple[str | None, float | None, str]]:
    seconds = [3.0, 9.0, 21.0, 3753.0]
    return [(who, at, words) for (who, _, words), at in zip(TALK, seconds, strict=True)]


def test_a_teams_docx_transcript_has_its_speakers_and_times(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Intervju, avskrift från Teams")
    for who, at, words in TALK:
        document.add_paragraph(f"{who}   {at}")
        document.add_paragraph(words)
    path = tmp_path / "teams.docx"
    document.save(str(path))
    # the heading above the first speaker's line is a passage of nobody's (ingest39)
    assert _turns(path) == [(None, None, "Intervju, avskrift från Teams"), *_expected()]


def test_an_otter_text_export_has_its_speakers_and_times(tmp_path: Path) -> None:
    path = tmp_path / "otter.txt"
    path.write_text("".join(f"{who}  {at}\n{words}\n\n" for who, at, words in TALK))
    assert _turns(path) == _expected()


# timed headings that are no talk: a programme's, each heard once; an observer's notes, one
# heading heard three times in order of time, but a talk has two voices at least
NO_TALK = {
    "agenda": (
        "Inledning 10:00\nVi hälsar alla välkomna.\n\n"
        "Fika 10:30\nKaffe i matsalen.\n\n"
        "Grupparbete 10:45\nVi delar upp oss i tre grupper.\n"
    ),
    "field notes": (
        "Observation 09:15\nPersonalen samlas i fikarummet och chefen går igenom veckan.\n\n"
        "Observation 10:40\nTvå handläggare diskuterar en placering vid skrivbordet.\n\n"
        "Observation 13:05\nEnhetschefen har möte med en konsult om bemanningen.\n"
    ),
}


@pytest.mark.parametrize("kind", sorted(NO_TALK))
def test_timed_headings_that_are_no_talk_stay_text(tmp_path: Path, kind: str) -> None:
    """An agenda ('Fika 10:30') and an observer's notes ('Observation 09:15', three times)
    stay paragraphs: no turns of a speaker 'Fika' or 'Observation'."""
    path = tmp_path / "timed.txt"
    path.write_text(NO_TALK[kind])
    assert all(speaker is None for speaker, _, _ in _turns(path))


def _time_first(at: str) -> str:
    """A time as Word's Transcribe writes it, hours always: '0:03' -> '00:00:03'."""
    parts = [int(p) for p in at.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)[-3:]
    return f"{hours:02}:{minutes:02}:{seconds:02}"


def test_word_s_transcribe_puts_the_time_first(tmp_path: Path) -> None:
    """Word's own Transcribe writes '00:00:03 Speaker 1' above the words: read as plain
    paragraphs, nobody spoke, as Teams' transcripts once did (ingest39)."""
    import docx

    document = docx.Document()
    for who, at, words in TALK:
        document.add_paragraph(f"{_time_first(at)} {who}")
        document.add_paragraph(words)
    path = tmp_path / "transcribe.docx"
    document.save(str(path))
    assert _turns(path) == _expected()


@pytest.mark.parametrize("kind", sorted(NO_TALK))
def test_timed_headings_time_first_stay_text(tmp_path: Path, kind: str) -> None:
    """The agenda and the notes with their times first ('10:30 Fika') stay paragraphs."""
    lines = NO_TALK[kind].split("\n")
    turned = [
        " ".join(reversed(line.rsplit(" ", 1))) if line[-3:-2] == ":" else line for line in lines
    ]
    path = tmp_path / "timed.txt"
    path.write_text("\n".join(turned))
    assert "10:40 Observation" in path.read_text() or "10:30 Fika" in path.read_text()
    assert all(speaker is None for speaker, _, _ in _turns(path))

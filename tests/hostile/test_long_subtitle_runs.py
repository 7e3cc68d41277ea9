"""Subtitles whose cues run on past the line limit (red team 40).

A run of cues by one voice, or of cues naming nobody with no question and no pause
between them (Whisper's subtitles of a long stretch of talk), is one line of the stored
text. Two hours of it passed the 100,000-character line limit, and the file was refused
as "line 1 has 148,000 characters", a line the file never had. The run now parts where
its line would pass the limit; a run within it reads as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.ingest import max_line_chars

CUES = 4000  # 4,000 cues of about 45 characters: 180,000 characters of talk


def _stamp(second: int, comma: str) -> str:
    hours, rest = divmod(second, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}{comma}000"


def _subtitles(path: Path, voice: str = "") -> list[str]:
    """Cues back to back (no pause), none a question; their words."""
    words = [f"ord{n} och sedan lite mer av samma sak." for n in range(CUES)]
    if path.suffix == ".srt":
        cues = [
            f"{n + 1}\n{_stamp(n, ',')} --> {_stamp(n + 1, ',')}\n{w}\n"
            for n, w in enumerate(words)
        ]
        path.write_text("\n".join(cues), encoding="utf-8")
    else:
        cues = [
            f"{_stamp(n, '.')} --> {_stamp(n + 1, '.')}\n{voice}{w}\n" for n, w in enumerate(words)
        ]
        path.write_text("WEBVTT\n\n" + "\n".join(cues), encoding="utf-8")
    return words


@pytest.mark.parametrize(
    ("name", "voice", "speaker"),
    [
        ("whisper.srt", "", None),
        ("lecture.vtt", "<v Anna>", "Anna"),
    ],
)
def test_a_long_run_of_cues_is_imported_in_parts(
    tmp_path: Path, name: str, voice: str, speaker: str | None
) -> None:
    words = _subtitles(tmp_path / name, voice)
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([tmp_path / name], lang="sv")
        assert report.failed == []
        (doc,) = report.imported
        text = project.document(doc.id).text
        turns = project.turns(doc.id)
    assert all(len(line) <= max_line_chars() for line in text.split("\n"))
    assert len(turns) > 1 and {t.speaker for t in turns} == {speaker}
    said = " ".join(text[t.start : t.end] for t in turns)
    assert said == " ".join(words)  # every cue's words, in order, once


def test_a_run_within_the_limit_is_one_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "short.srt"
    path.write_text(
        "1\n00:00:00,000 --> 00:00:02,000\nFörst det här\n\n"
        "2\n00:00:02,000 --> 00:00:04,000\noch sedan det här.\n",
        encoding="utf-8",
    )
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        assert project.document(doc.id).text == "Först det här och sedan det här."

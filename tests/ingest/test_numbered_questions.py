"""An interview saved as plain text whose questions are numbered like pages ("Fråga 2 av 4")
keeps every line. Minutes copied out of a PDF viewer are cut into their pages by numbers
such as "Sida 2(4)" and lose what stands at every page's edge (87d7354); a transcript's
numbered questions read as such marks, so each question's heading and a "[paus]" closing
every answer were dropped as page furniture, without a word. A text with speakers is a
transcript, never a PDF's pages. Written for the test."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document

QUESTIONS = ("bemanningen", "ärendena", "introduktionen", "handledningen")


def _interview() -> str:
    parts = []
    for n, topic in enumerate(QUESTIONS, 1):
        parts += [
            f"Fråga {n} av {len(QUESTIONS)}",
            f"Intervjuare: Hur ser du på {topic} i din grupp just nu?",
            f"Respondent: Det har blivit svårare med {topic} sedan vi blev färre i gruppen.",
            "[paus]",
            "",
        ]
    return "\n".join(parts)


def test_numbered_questions_and_pauses_stay_in_a_transcript(tmp_path: Path) -> None:
    path = tmp_path / "intervju.txt"
    path.write_text(_interview(), encoding="utf-8")
    kept = read_document(path).text.split("\n")
    for line in _interview().split("\n"):
        assert not line or line in kept, line
    assert kept.count("[paus]") == len(QUESTIONS)

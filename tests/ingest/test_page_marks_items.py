"""A text's own numbered items ("Fråga 2 av 3", "Question 2 of 3", "Del 1 (4)") are no page
numbers: a survey's answers saved as .txt lost every question's number as a page's mark
(``ingest/page_marks.py``). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest import read_document

ANSWERS = [
    ("Hur upplever du din arbetsbelastning?", "Den är för hög och jag hinner inte med."),
    ("Får du stöd av din chef?", "Ja, vi har ärendedragning varje vecka."),
    ("Vad skulle förbättra arbetsmiljön?", "Fler kollegor och en bättre introduktion."),
]


@pytest.mark.parametrize(
    "label", ["Fråga {n} av 3", "Question {n} of 3", "Del {n} (3)", "Bilaga {n} av 3"], ids=str
)
def test_numbered_items_are_kept(tmp_path: Path, label: str) -> None:
    parts = [f"{label.format(n=n)}\n{q}\n{a}" for n, (q, a) in enumerate(ANSWERS, 1)]
    path = tmp_path / "enkat.txt"
    path.write_text("Enkätsvar från medarbetare\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    text = read_document(path).text
    for n in (1, 2, 3):  # before: every label was dropped as a page's number
        assert label.format(n=n) in text


def test_a_running_head_with_its_page_number_still_goes(tmp_path: Path) -> None:
    pages = [f"Socialnämnden protokoll {n} (3)\n{q} {a}" for n, (q, a) in enumerate(ANSWERS, 1)]
    path = tmp_path / "protokoll.txt"
    path.write_text("\n".join(pages) + "\n", encoding="utf-8")
    text = read_document(path).text
    assert "(3)" not in text and ANSWERS[2][1] in text

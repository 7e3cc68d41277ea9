"""A PDF's paragraph whose last line runs the page's full width, ending on a full stop, was
read into the next paragraph: the text layer gives no sign of its end but the space the page
leaves below it (a municipal plan saved as PDF came in with two of its paragraphs as one,
and a suggestion for the second covered the first). That space now ends the paragraph."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document
from tests.ingest.pdf_kit import one_page_pdf

FIRST = [
    "Nämnden ser arbetsmiljön som en förutsättning för god kvalitet i stödet",
    "till familjerna. Ärendemängden ska inte överstiga fjorton utredningar.",
]
SECOND = [
    "Nya medarbetare får en strukturerad introduktion med en erfaren mentor",
    "och avvikelser används för lärande och inte för att peka ut någon alls.",
]


def _pdf(tmp_path: Path, lines: list[tuple[str, int]]) -> str:
    """The text read from a one-page PDF whose lines stand each ``step`` points below the
    one before (11-point Helvetica, so 14 points is a paragraph's usual line step)."""
    shown = b"".join(b"0 -%d Td (%s) Tj " % (step, text.encode("cp1252")) for text, step in lines)
    font = b" /Encoding /WinAnsiEncoding >>"
    data = one_page_pdf(b"BT /F1 11 Tf 72 760 Td " + shown + b"ET")
    data = data.replace(b"/BaseFont /Helvetica >>", b"/BaseFont /Helvetica" + font)
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    return read_document(path).text


def test_the_space_after_a_full_last_line_ends_its_paragraph(tmp_path: Path) -> None:
    steps = [14, 14, 28, 14]
    text = _pdf(tmp_path, list(zip(FIRST + SECOND, steps, strict=True)))
    assert text == "\n".join(FIRST) + "\n\n" + "\n".join(SECOND)


def test_lines_evenly_apart_stay_one_paragraph(tmp_path: Path) -> None:
    text = _pdf(tmp_path, [(line, 14) for line in FIRST + SECOND])
    assert "\n\n" not in text


def test_a_sentence_going_on_below_a_space_stays_joined(tmp_path: Path) -> None:
    # a taller word or a picture's line in a paragraph: the sentence still runs on
    lines = [*FIRST[:1], FIRST[1], SECOND[0], SECOND[1]]
    text = _pdf(tmp_path, list(zip(lines, [14, 14, 14, 28], strict=True)))
    assert "\n\n" not in text

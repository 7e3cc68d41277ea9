"""A PDF's head laid out in columns comes out of the page as one long line ("SOCIALFÖRVALTNINGEN
Handläggare Datum Diarienummer ..."); read as a full line wrapped, it was one paragraph and
one sentence unit with the text's first sentence (stop 44's closing note). A line holding
two of a head's field labels, ending no sentence, now ends its paragraph before a capital."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document
from qualcode.ingest.pdf_layout import ends, full_width, head_line
from tests.ingest.pdf_kit import pages_pdf

HEAD = (
    "SOCIALFÖRVALTNINGEN Handläggare Datum Diarienummer Individ- och familjeomsorg "
    "Eva Lundmark 2024-03-01 SN 2024/12 Bättre arbetsmiljö i socialtjänsten"
)
BODY = [
    "Nämnden föreslås besluta att utreda hur ärendemängden kan minska för",
    "socialsekreterarna. Förvaltningen har sett att personalomsättningen har ökat.",
]


def test_a_flattened_head_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "beslut.pdf"
    path.write_bytes(pages_pdf([[HEAD, *BODY]]))
    paragraphs = read_document(path).text.split("\n\n")
    assert paragraphs[0] == HEAD
    assert paragraphs[1].startswith("Nämnden föreslås")


def test_a_sentence_naming_a_date_still_runs_on() -> None:
    lines = [
        "Beslutet fattades vid sammanträdet och gäller från och med det datum som",
        "Socialnämnden bestämmer, enligt nämndens delegationsordning.",
    ]
    assert not head_line(lines[0])
    assert not ends(lines[0], lines[1], full_width(lines))
    assert head_line("Datum 2024-03-01 Dnr SN 2024/12")
    assert not head_line("Se Datum och Dnr i beslutet.")

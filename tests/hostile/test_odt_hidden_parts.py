"""What an .odt keeps beside its text (red team, round 7).

The reader took every paragraph anywhere in content.xml and every piece of text inside
one. So a passage deleted with track changes on, which OpenDocument keeps at the top of
the body for undoing, came back as the transcript's opening paragraph (a respondent's
name the transcriber had struck out, as a speaker turn of its own); a comment's author,
date and words were pasted into the sentence it was made on ("med en dialog.Lena
Granqvist2024-02-02T10:00:00Kolla detta Sedan"); a footnote was read mid-sentence; and
the comment and the note came once more as paragraphs of their own. As for a .docx,
whose comments live in a part that is not read, they stay out; a footnote is read once,
after the text, as a .docx's is (ingest39).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from qualcode import Project
from qualcode.ingest.odt_text import read_odt

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)
_BODY = (
    "<text:tracked-changes><text:changed-region text:id='ct1'><text:deletion>"
    "<office:change-info><dc:creator>Redaktör</dc:creator><dc:date>2024-01-01T00:00:00"
    "</dc:date></office:change-info><text:p>R: Jag heter Struken Person.</text:p>"
    "</text:deletion></text:changed-region></text:tracked-changes>"
    "<text:p>I: Hur började det?</text:p>"
    "<text:p>R: Det började<text:change text:change-id='ct1'/> med en dialog."
    "<office:annotation><dc:creator>Kommentator Namn</dc:creator>"
    "<dc:date>2024-02-02T10:00:00</dc:date><text:p>Kolla detta</text:p></office:annotation>"
    " Sedan kom budgeten.<text:note text:note-class='footnote'><text:note-citation>1"
    "</text:note-citation><text:note-body><text:p>En fotnot.</text:p></text:note-body>"
    "</text:note></text:p>"
    "<text:p>I: Och en ruta?<draw:frame><draw:text-box><text:p>Rutans text.</text:p>"
    "</draw:text-box></draw:frame></text:p>"
)


def _odt(path: Path) -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:body><office:text>{_BODY}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path


def test_deletions_comments_and_notes_stay_out(tmp_path: Path) -> None:
    assert read_odt(_odt(tmp_path / "t.odt")).split("\n\n") == [
        "I: Hur började det?",
        "R: Det började med en dialog. Sedan kom budgeten.",
        "I: Och en ruta?",
        "Rutans text.",  # a text box's paragraph once, after the one it stands in
        "1 En fotnot.",  # the note after the text, never in its sentence
    ]


def test_the_import_stores_none_of_them(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        (doc,) = p.import_files([_odt(tmp_path / "t.odt")], lang="sv").imported
        stored = p.store.documents.get(doc.id).text
    for hidden in ("Struken Person", "Kommentator", "2024-02-02", "Kolla detta"):
        assert hidden not in stored
    assert stored.count("fotnot") == 1 and stored.endswith("\n\n1 En fotnot.")

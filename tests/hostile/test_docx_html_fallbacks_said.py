"""What an inserted web page shows only in place of something else is left out, and said.

A fallback (an iframe's, a video's or canvas's text, a noscript's) is what a browser shows
when it cannot show the element itself, so the import leaves it out (cd0f87c: a name kept
there was imported). Whether it is right depends on the program a researcher opens the
.docx in: LibreOffice shows a noscript's, a video's and a canvas's text. So the words are
left out as before, and the import now says how many fallbacks it left out instead of
dropping them without a word (none said before)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.hostile_kit import page_docx

PAGE = (
    "<html><body><p>R: Det syns.</p>"
    "<iframe src='a.html'>R: Ramens text.</iframe><noscript>R: Utan skript.</noscript>"
    "<video src='b.mp4'> </video><p>R: Det också.</p></body></html>"
)


def test_the_import_says_how_many_fallbacks_it_left_out(tmp_path: Path) -> None:
    path = page_docx(tmp_path, PAGE)
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([path], lang="sv")
        text = project.document(report.imported[0].id).text
    assert "Det syns" in text and "Det också" in text
    assert "Ramens" not in text and "skript" not in text
    (note,) = [n for name, n in report.notes if name == "ip_01.docx"]
    assert "2 fallback texts of an inserted web page left out" in note  # the empty video: none


def test_a_page_without_fallbacks_says_nothing_of_them(tmp_path: Path) -> None:
    path = page_docx(tmp_path, "<html><body><p>R: Det syns.</p></body></html>")
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([path], lang="sv")
    assert not any("fallback" in note for _, note in report.notes)

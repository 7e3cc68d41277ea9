"""What a Markdown transcript hides in HTML (red team 40).

ingest/markdown.py (stop 39) reads a Markdown file as a renderer shows it, but kept its
HTML as typed: a transcriber's comment to herself ('<!-- Riktigt namn: ... -->'), which
no renderer shows, was stored as the respondent's words and quoted in summaries, and a
'<br>' or '<u>' stood in the sentence. Comments are left out and the import says how many
(as it says of a .docx's comments in the margin); inline tags go, their words stay, and a
transcriber's own mark ('<skratt>') is kept.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.ingest.markdown import plain_markdown

# Invented for this test.
SOURCE = (
    "# Intervju 3\n\n"
    "<!--\nTranskriberat av Lena.\nRiktigt namn: Vendela Rask\n-->\n\n"
    "I: Hur började det?<br>Berätta.\n\n"
    "R: Det började med en <u>omorganisation</u> <skratt>.\n\n"
    "I: Och sedan?\n\n"
    "R: Sedan blev det <em class='x'>bättre</em>. <!-- kolla siffran med HR -->\n"
)


def test_hidden_comments_and_tags_stay_out_and_are_said(tmp_path: Path) -> None:
    path = tmp_path / "intervju.md"
    path.write_text(SOURCE, encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([path], lang="sv")
        (doc,) = report.imported
        text = project.document(doc.id).text
        said = {t.speaker: text[t.start : t.end] for t in project.turns(doc.id)}
    assert report.notes == [
        (
            "intervju.md",
            "2 comments hidden in <!-- --> left out (no part of the text; copy what "
            "matters into a memo)",
        )
    ]
    for hidden in ("Vendela", "Rask", "Lena", "kolla", "<!--", "-->", "<u>", "<br>", "<em"):
        assert hidden not in text, hidden
    assert "Det började med en omorganisation <skratt>." in text
    assert said["R"] == "Sedan blev det bättre."


def test_a_comment_never_closed_is_kept_and_costs_its_length_once() -> None:
    opened = "R: Ja " + "<!-- " * 50_000
    assert plain_markdown(opened) == opened

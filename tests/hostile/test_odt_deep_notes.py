"""An .odt whose footnote holds spans nested thousands deep (red team 40).

Since stop 39 an .odt's footnotes are read after its text (1d1d1d44), outside the guard
that refuses spans nested too deeply in the text itself: such a note was a RecursionError
out of the import, a traceback in the CLI, and the files named with it in one import were
not imported either. It is refused as the same nesting in the text is.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.hostile_kit import odt_file

DEEP = "<text:span>" * 5000 + "djupt" + "</text:span>" * 5000


def _note(body: str) -> str:
    return (
        '<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
        f"</text:note-citation><text:note-body><text:p>{body}</text:p></text:note-body>"
        "</text:note>"
    )


def test_a_note_nested_too_deeply_is_refused_and_the_others_import(tmp_path: Path) -> None:
    deep = odt_file(tmp_path / "deep.odt", "", f"<text:p>R: Ja{_note(DEEP)}.</text:p>")
    plain = odt_file(tmp_path / "plain.odt", "", f"<text:p>R: Ja{_note('En not.')}.</text:p>")
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([deep, plain], lang="sv")
        assert report.failed == [("deep.odt", "broken content.xml (nested too deeply)")]
        (doc,) = report.imported
        assert project.document(doc.id).text.endswith("1 En not.")

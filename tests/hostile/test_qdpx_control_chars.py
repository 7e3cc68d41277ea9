"""Red team (claims 1 and 3): a .qdpx export is well-formed whatever a memo holds.

A memo may hold a vertical tab or form feed (Word's manual line and page breaks, pasted),
which XML 1.0 forbids: ElementTree wrote them as they were, so NVivo, ATLAS.ti and
qualcode's own ``import-qdpx`` refused the whole project.qde as not well-formed. Now those
characters are left out of the XML, and the file reads back.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def test_a_memo_with_word_breaks_exports_readable_xml(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.db") as source:
        source.apply_codebook(small_codebook())
        source.add_coder("lena", role="lead")
        source.act_as("lena")
        doc = source.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        coding = source.add_coding(doc, 30, 80, "mission_dialogue", "lena")
        source.add_memo("coding", coding.id, "lena", "first line\vsecond\fthird")
        source.add_memo("document", doc, "lena", "on the document\v")
        package = source.export_qdpx(tmp_path / "a.qdpx")
    with Project.create(tmp_path / "b.db") as target:
        report = target.import_qdpx(package)
        assert report.skipped == []
        texts = sorted(m.text for m in target.memos())
        assert any("first line" in t and "third" in t for t in texts), texts
        assert not any("\v" in t or "\f" in t for t in texts)

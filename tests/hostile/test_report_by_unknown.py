"""Red team (claim 1): ``report frequencies --by`` with an attribute the documents lack.

A mistyped attribute (``--by municipalty``) ended in a pandas KeyError traceback; now it
is one line naming the attribute, as ``report crosstab`` already said.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import fails, run


def test_an_unknown_attribute_is_one_line(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    with Project.create(project) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby"})
        p.add_coding(doc.id, 30, 80, "mission_dialogue", "lena")
    line = fails(project, "report", "frequencies", "--by", "municipalty", "--layer", "coder")
    assert "no document attribute 'municipalty'" in line
    code, out, err = run(
        project, "report", "frequencies", "--by", "municipality", "--layer", "coder"
    )
    assert code == 0 and "Åby" in out, err

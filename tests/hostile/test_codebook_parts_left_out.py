"""A codebook file that leaves out or changes a code's parts (hostile48).

`codebook load` empties what a file leaves out, and the audit log's entry keeps what each
changed field held (red team 41). A code's parts (stop 47) were not among the fields the
entry compares: a lead loading an older YAML without `parts` over the bundled codebook
emptied every code's stems, the command said nothing of it and the log kept nothing, so
the stems written for the suggestion rule were gone for good.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.codebook_load_kit import last_load, load_note

WITH_PARTS = """codes:
  - key: economics
    name: {en: Long-term economics}
    parts: {sv: [[budget, kostnad], [flerår]], en: [[money], [years]]}
"""

WITHOUT_PARTS = """codes:
  - key: economics
    name: {en: Long-term economics}
"""

OTHER_PARTS = """codes:
  - key: economics
    name: {en: Long-term economics}
    parts: {en: [[cash], [decades]]}
"""


def _project(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
    for name, text in (("with", WITH_PARTS), ("without", WITHOUT_PARTS), ("other", OTHER_PARTS)):
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    with Project.open(tmp_path / "p.db").act_as("lena") as p:
        p.load_codebook(tmp_path / "with.yaml", actor="lena")
    return tmp_path / "p.db"


def test_the_audit_keeps_the_parts_a_load_emptied(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path).act_as("lena") as p:
        report = p.load_codebook(tmp_path / "without.yaml", actor="lena")
        kept = last_load(p)["changes"]["economics"]["parts"]
        assert dict(p.code("economics").parts) == {}  # the file's word stands
    assert kept["from"] == {"sv": [["budget", "kostnad"], ["flerår"]], "en": [["money"], ["years"]]}
    assert kept["to"] == {}
    assert report.emptied == {"economics": ["parts"]}


def test_the_audit_keeps_parts_a_load_replaced(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path).act_as("lena") as p:
        report = p.load_codebook(tmp_path / "other.yaml", actor="lena")
        kept = last_load(p)["changes"]["economics"]["parts"]
    assert kept["from"]["sv"] == [["budget", "kostnad"], ["flerår"]]
    assert kept["to"] == {"en": [["cash"], ["decades"]]}
    assert report.emptied == {"economics": ["parts (sv)"]}


def test_the_command_says_it_emptied_the_parts(tmp_path: Path) -> None:
    path = _project(tmp_path)
    note = load_note(path, tmp_path / "without.yaml")
    assert "economics: parts" in note and "--action codebook.load" in note


def test_restating_the_parts_changes_nothing(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path).act_as("lena") as p:
        report = p.load_codebook(tmp_path / "with.yaml", actor="lena")
        assert report.updated == [] and report.emptied == {}
        assert last_load(p)["changes"] == {}

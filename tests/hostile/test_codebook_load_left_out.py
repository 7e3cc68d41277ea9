"""A codebook file that leaves out what a code holds (red team 41).

`codebook load` updates each code by key to what the file says, and a field the file
leaves out is emptied: a lead loading last month's short list of keys and Swedish names
over the project's codebook emptied every code's English name, definitions, keywords,
examples, colour and shortcut, and moved a child code to the top. The audit log's entry
named the codes 'updated' and kept nothing of what they held, so the texts were gone for
good, where an edit of the same code keeps each field's 'from' and 'to'. The load's
entry now keeps them too, and the command says which fields it emptied.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook
from tests.hostile.codebook_load_kit import last_load, load_note

SHORT = """codes:
  - key: mission_dialogue
    name: {sv: Uppdragsdialog}
  - key: caseload
    name: {en: Caseload}
"""


def _project(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.apply_codebook(small_codebook())
    (tmp_path / "short.yaml").write_text(SHORT, encoding="utf-8")
    return tmp_path / "p.db"


def test_the_audit_keeps_what_a_load_emptied(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path).act_as("lena") as p:
        report = p.load_codebook(tmp_path / "short.yaml", actor="lena")
        changes = last_load(p)["changes"]
        code = p.code("mission_dialogue")
    assert sorted(report.updated) == ["caseload", "mission_dialogue"]
    kept = changes["mission_dialogue"]
    assert kept["definitions"]["from"] == {"en": "Talk about the assignment between levels."}
    assert kept["keywords"]["from"] == {"sv": ["uppdrag", "dialog"], "en": ["mission"]}
    assert kept["examples"]["from"] == {"sv": ["Vi pratar med politikerna om uppdraget."]}
    assert kept["names"]["from"]["en"] == "Mission dialogue"
    assert (kept["color"]["from"], kept["shortcut"]["from"]) == ("#1f77b4", "1")
    assert changes["caseload"]["parent"] == {"from": "integration", "to": None}
    assert dict(code.definitions) == {}  # the file's word stands; the log keeps the old
    assert report.emptied["mission_dialogue"] == [
        "names (en)",
        "definitions",
        "keywords",
        "examples",
        "color",
        "shortcut",
    ]
    assert report.emptied["caseload"] == ["parent"]


def test_the_command_says_what_it_emptied(tmp_path: Path) -> None:
    path = _project(tmp_path)
    note = load_note(path, tmp_path / "short.yaml")
    assert "2 codes held" in note and "mission_dialogue: name (en), definition" in note
    assert "caseload: parent (now at the top)" in note and "--action codebook.load" in note


def test_a_file_that_restates_the_codebook_empties_nothing(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path).act_as("lena") as p:
        p.export_codebook(tmp_path / "same.yaml", real_names=True, viewer="lena")
        report = p.load_codebook(tmp_path / "same.yaml", actor="lena")
        assert report.updated == [] and report.emptied == {}
        assert last_load(p)["changes"] == {}

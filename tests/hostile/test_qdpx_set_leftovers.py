"""A .qdpx's sets that qualcode could not hold as they came (red team 18).

A set named with the 200 characters a name may have, met by a set of the same name, was
kept as 'name (2)': 204 characters, a name no person could have typed, which ``sets
rename`` then refused to take back. A ``Set`` inside another ``Set`` was read by nobody:
its sources' grouping vanished from the import without a word. Now a numbered name is
cut to leave room for its number, and a nested set is made a set of its own, said in the
import's report.
"""

from __future__ import annotations

import re
from pathlib import Path

from qualcode import Project
from qualcode.export.refi_read import RefiProject
from qualcode.oneline import MAX_NAME, check_name
from qualcode.project import refi_sets
from tests.conftest import add_plain_document
from tests.hostile.export_kit import rewritten


def test_a_numbered_set_name_stays_within_the_name_limit(tmp_path: Path) -> None:
    long = "x" * MAX_NAME
    with Project.create(tmp_path / "p.db") as project:
        doc = add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget."])
        project.make_document_set(long, "qualcode")
        refi = RefiProject("another tool", sets=[(long, ["g1"], 0)] * 12)
        with project.store.transaction():
            renamed, _ = refi_sets.import_sets(project.store, refi, {"g1": doc}, "lena", "f")
        names = [s.name for s in project.document_sets()]
    assert len(names) == 13 and len(set(names)) == 13
    for name in names:
        assert len(name) <= MAX_NAME and check_name(name, "set") == name
    assert "x" * (MAX_NAME - 4) + " (2)" in names
    assert "x" * (MAX_NAME - 5) + " (13)" in names
    assert len(renamed) == 12


def test_a_set_inside_a_set_is_made_a_set_of_its_own_and_said(tmp_path: Path) -> None:
    with Project.create(tmp_path / "src.db") as project:
        add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget."])
        add_plain_document(project, "ekstad_01.txt", ["Sedan inte alls."])
        project.make_document_set("outer", "qualcode", ["aby_01"])
        project.make_document_set("inner", "qualcode", ["ekstad_01"])
        path = project.export_qdpx(tmp_path / "a.qdpx")

    def nest(qde: str) -> str:
        """Moves the set 'inner' into the set 'outer', before its closing tag."""
        [inner] = re.findall(r'<Set [^>]*name="inner".*?</Set>', qde)
        rest = qde.replace(inner, "")
        outer = re.search(r'<Set [^>]*name="outer".*?(</Set>)', rest)
        assert outer is not None
        return rest[: outer.start(1)] + inner + rest[outer.start(1) :]

    nested = rewritten(path, "project.qde", nest)
    with Project.create(tmp_path / "back.db") as back:
        report = back.import_qdpx(nested)
        by_id = {d.id: d.name for d in back.documents()}
        found = {s.name: [by_id[d] for d in s.documents] for s in back.document_sets()}
    assert found == {"outer": ["aby_01.txt"], "inner": ["ekstad_01.txt"]}
    assert "set 'inner': inside set 'outer', made a set of its own" in report.skipped

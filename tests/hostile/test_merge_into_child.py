"""Red team: merging a code into one of its own sub-codes.

``codebook merge workload workload_staff`` (a parent into its child) moved the parent's
children, the target among them, under the target: the target became its own parent.
The .qdc and .qdpx exports then left it out without a word (no root reaches it) and the
exported YAML codebook could not be loaded back (a cycle). Now the target first takes the
retired parent's place in the tree.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.export.refi_read import read_qdc


def test_a_parent_merged_into_its_grandchild_leaves_a_tree(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.add_code("top", {"en": "Top"})
        p.add_code("workload", {"en": "Workload"}, parent="top")
        p.add_code("mid", {"en": "Mid"}, parent="workload")
        p.add_code("staff", {"en": "Staff"}, parent="mid")
        p.add_code("other", {"en": "Other"}, parent="workload")
        p.merge_codes("workload", "staff", actor="lena")
        parents = {c.key: c.parent_id for c in p.codebook()}
        ids = {c.key: c.id for c in p.codebook()}
        assert parents["staff"] == ids["top"]
        assert parents["mid"] == ids["staff"] and parents["other"] == ids["staff"]
        book = p.export_codebook(tmp_path / "book.yaml")
        p.load_codebook(book)  # loads back: no cycle
        qdc = read_qdc(p.export_qdc(tmp_path / "book.qdc"))
        assert {s.key for s in qdc.codes} == {"top", "staff", "mid", "other"}
        merged = [e for e in p.audit() if e.action == "code.merge"][-1]
        assert merged.payload["lifted_from"] == ids["mid"]

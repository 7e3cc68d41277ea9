"""A codebook file whose parents close a cycle with the project's codes (red team, round 7).

Each reader refuses a cycle within its file. But a sheet saying only 'a' is under 'b',
loaded where the project holds 'b' under 'a', passed: the project's codebook became a
ring, the .qdc export wrote no code at all (no code of the ring has a root), the
codebook appendix was empty, and the YAML export would not load again. The file's codes
are now checked joined with the project's, refused in one line naming the ring, nothing
written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.export_kit import counts


def test_a_sheet_closing_a_ring_with_the_project_is_refused(tmp_path: Path) -> None:
    (tmp_path / "first.csv").write_text("key,name_sv,parent\na,A,\nb,B,a\n", encoding="utf-8")
    (tmp_path / "ring.csv").write_text("key,name_sv,parent\na,A,b\n", encoding="utf-8")
    with Project.create(tmp_path / "p.db") as p:
        p.load_codebook(tmp_path / "first.csv")
        before = counts(tmp_path / "p.db")
        with pytest.raises(QualcodeError, match=r"parents form a cycle \(a > b > a\)"):
            p.load_codebook(tmp_path / "ring.csv")
        assert counts(tmp_path / "p.db") == before
        assert {c.key: c.parent_id is None for c in p.codebook()} == {"a": True, "b": False}
        p.export_qdc(tmp_path / "book.qdc")
    assert (tmp_path / "book.qdc").read_text(encoding="utf-8").count("<Code ") == 2

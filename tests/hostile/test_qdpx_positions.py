"""Claim 1 (red team): a .qdpx whose selection positions are not numbers gets one line.

A hand-edited or foreign project.qde with ``startPosition="abc"`` ended the import in a
ValueError traceback. Now it is refused, naming the selection and the attribute, and
nothing is written. Positions out of range, reversed or empty were skipped and counted,
so codings were lost with only a count to say so; they refuse the whole file too now
(red team 3), naming the source and the selection.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.export.qdpx_kit import one_selection_qdpx


@pytest.mark.parametrize(("start", "end"), [("abc", "4"), ("0", "4.5"), ("", "1e3")])
def test_a_position_that_is_no_number_is_refused(tmp_path: Path, start: str, end: str) -> None:
    path = one_selection_qdpx(tmp_path / "t.qdpx", "x", b"Rad ett och tva", start, end)
    with Project.create(tmp_path / "d.db") as project:
        with pytest.raises(QualcodeError, match="is not a whole number"):
            project.import_qdpx(path)
        assert project.documents() == [] and project.codebook() == []


@pytest.mark.parametrize(("start", "end"), [(99, 120), (8, 3), (-5, 4), (4, 4), (2, 16)])
def test_positions_out_of_range_reversed_or_empty_refuse_the_file(
    tmp_path: Path, start: int, end: int
) -> None:
    path = one_selection_qdpx(tmp_path / "t.qdpx", "x", b"Rad ett och tva", start, end)
    with Project.create(tmp_path / "d.db") as project:
        with pytest.raises(
            QualcodeError,
            match=rf"t\.qdpx: source 't', selection 3{{8}}-.*\({start}-{end}\): .*nothing imported",
        ):
            project.import_qdpx(path)
        assert project.documents() == [] and project.codebook() == []

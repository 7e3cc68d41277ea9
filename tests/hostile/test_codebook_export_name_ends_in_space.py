"""`codebook export` refuses a name that ends in a space, as every other export does by
its suffix: "book.md " was written as YAML to a file whose name read as book.md, and
"p.db " (the project's name and a space) as a YAML file beside the project (hostile49)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


@pytest.mark.parametrize("name", ["book.md ", "book.yaml ", "p.db ", "book.yaml\t"])
def test_a_name_ending_in_a_space_is_refused(project: Project, name: str) -> None:
    target = project.path.parent / name
    with pytest.raises(QualcodeError) as refused:
        project.export_codebook(target)
    said = str(refused.value)
    assert "\n" not in said and "ends in a space" in said and "nothing written" in said
    assert not target.exists()


def test_the_name_without_the_space_is_written(project: Project, tmp_path: Path) -> None:
    assert project.export_codebook(tmp_path / "book.yaml").read_text("utf-8")

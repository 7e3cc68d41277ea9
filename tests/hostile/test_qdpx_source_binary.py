"""A .qdpx whose source text a .txt would be refused for as binary data (hostile46).

`qualcode import` refuses a text file holding a zero character, or control characters in
more than one of a hundred characters, as binary data. A .qdpx's source went in whole
with the same text: ESC sequences that retitle a terminal and NULs stored in a document,
and carried on to its CSV and agenda. The import is now refused in one line naming the
file and the source, and the project holds nothing of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import counts, rewritten

NOISE = "\x1b[2J\x1b]0;owned\x07\x00" * 20


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, str]:
    with Project.create(tmp_path / "a.db") as source:
        source.apply_codebook(small_codebook())
        source.add_coder("lena", role="lead")
        source.act_as("lena")
        doc = source.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        source.add_coding(doc, 30, 80, "mission_dialogue", "lena")
        return source.export_qdpx(tmp_path / "a.qdpx"), doc


@pytest.mark.parametrize("noise", [NOISE, "\x00"], ids=["escapes", "zero"])
def test_a_binary_source_is_refused_whole(
    tmp_path: Path, exported: tuple[Path, str], noise: str
) -> None:
    archive, doc = exported
    broken = rewritten(archive, f"sources/{doc}.txt", lambda text: noise + text)
    with Project.create(tmp_path / "b.db") as target:
        target.add_coder("lena", role="lead")
        target.act_as("lena")
        before = counts(tmp_path / "b.db")
        with pytest.raises(IngestError) as refused:
            target.import_qdpx(broken, actor="lena")
        said = str(refused.value)
        assert said.startswith("b.qdpx: source 'aby_01.txt': binary data (control character")
        assert "\n" not in said and "\x1b" not in said
        assert target.documents() == []
    assert counts(tmp_path / "b.db") == before


def test_the_same_file_unbroken_imports(tmp_path: Path, exported: tuple[Path, str]) -> None:
    archive, _ = exported
    with Project.create(tmp_path / "b.db") as target:
        target.add_coder("lena", role="lead")
        target.act_as("lena")
        target.import_qdpx(archive, actor="lena")
        assert [d.name for d in target.documents()] == ["aby_01.txt"]

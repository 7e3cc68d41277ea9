"""A coder package mended in Windows' Notepad merges: saved as UTF-8 with the mark Notepad
writes at its start it was refused as "cut short or edited? ... Unexpected UTF-8 BOM
(decode using utf-8-sig)"; saved as UTF-16 ("Unicode") it is refused naming that, in one
line, nothing written, not as "not text" (hostile50)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.project.handout_kit import omar_copy


def _package(tmp_path: Path) -> tuple[Path, Path]:
    lead, copy, doc = omar_copy(tmp_path)
    with Project.open(copy) as mine:
        mine.add_coding(doc, 0, 20, mine.store.codes.list()[0].key, coder="omar")
        mine.export_coder("omar", tmp_path / "omar.json")
    return lead, tmp_path / "omar.json"


def test_a_package_with_the_utf8_mark_merges(tmp_path: Path) -> None:
    lead, package = _package(tmp_path)
    marked = tmp_path / "marked.json"
    marked.write_bytes(b"\xef\xbb\xbf" + package.read_bytes().replace(b"\n", b"\r\n"))
    with Project.open(lead) as project:
        report = project.act_as("lena", "lena").merge_package(marked)
        assert report.added == 1
        assert [c.coder for c in project.codings()] == ["omar"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_package_saved_as_utf16_is_refused_naming_it(tmp_path: Path, encoding: str) -> None:
    lead, package = _package(tmp_path)
    wide = tmp_path / "wide.json"
    text = json.dumps(json.loads(package.read_text("utf-8")))
    data = text.encode(encoding)
    wide.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        with pytest.raises(ValidationError) as refused:
            project.merge_package(wide)
        assert project.codings() == []
    said = str(refused.value)
    assert "UTF-16" in said and "nothing written" in said and "\n" not in said

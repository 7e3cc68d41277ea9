"""A code key is short: it is typed in commands, shown in table columns and written into
every export. A 100,000-character key used to be accepted from every door; now each door
refuses a key over 64 characters in one short line, and keys made from other tools' long
code names are cut to fit. And a codebook is exported only when there is one: a file with no codes
is one that loading refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.codebook import parse_codebook
from qualcode.codebook.yaml_io import KEY, KEY_MAX
from qualcode.errors import CodebookError

LONG = "k" * 100_000


def _yaml(key: str) -> str:
    return f"codes:\n  - key: {key}\n    name: {{en: A}}\n"


def test_a_key_of_64_characters_loads_and_one_of_65_is_refused_in_a_short_line() -> None:
    assert parse_codebook(_yaml("a" * KEY_MAX), "book.yaml").codes[0].key == "a" * KEY_MAX
    for key in ("a" * (KEY_MAX + 1), LONG):
        with pytest.raises(CodebookError) as info:
            parse_codebook(_yaml(key), "book.yaml")
        message = str(info.value)
        assert "\n" not in message and len(message) < 300, message[:300]
        assert f"at most {KEY_MAX} characters" in message


def test_adding_or_renaming_to_a_huge_key_is_refused_and_nothing_written(project: Project) -> None:
    before = [c.key for c in project.codebook()]
    with pytest.raises(CodebookError) as info:
        project.add_code(LONG, {"en": "Long"}, actor="lena")
    assert "\n" not in str(info.value) and len(str(info.value)) < 300
    with pytest.raises(CodebookError):
        project.rename_code(before[0], LONG, actor="lena")
    assert [c.key for c in project.codebook()] == before


def test_a_qdc_code_named_by_a_whole_sentence_gets_a_key_that_fits(
    project: Project, tmp_path: Path
) -> None:
    sentence = "Participants describe how decisions about their caseloads " * 3  # 177 < 200
    project.add_code("long_named", {"en": sentence.strip(), "sv": "Lång"}, actor="lena")
    qdc = project.export_qdc(tmp_path / "book.qdc", lang="en")
    other = Project.create(tmp_path / "other.db")
    with other:
        other.load_codebook(qdc)
        keys = [c.key for c in other.codebook()]
    assert all(KEY.match(k) for k in keys), keys
    assert any(k.startswith("participants_describe_how_decisions") for k in keys), keys


def test_an_empty_codebook_is_not_exported_as_a_file_that_cannot_be_loaded(
    tmp_path: Path,
) -> None:
    with (
        Project.create(tmp_path / "empty.db") as empty,
        pytest.raises(CodebookError, match="no codes yet"),
    ):
        empty.export_codebook(tmp_path / "book.yaml")
    assert not (tmp_path / "book.yaml").exists()

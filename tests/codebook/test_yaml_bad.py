"""Codebook files with the mistakes hand-editing makes, beyond a single bad field."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.codebook import load_codebook, parse_codebook
from qualcode.errors import CodebookError


def _error(text: str) -> str:
    with pytest.raises(CodebookError) as info:
        parse_codebook(text, "book.yaml")
    message = str(info.value)
    assert message.startswith("book.yaml: ") and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "codes:\n  - key: a\n    name: {en: A}\n    name: {sv: B}\n",
            "line 4, column 5: malformed YAML (key 'name' appears twice in one mapping "
            "(first on line 3))",
        ),
        ("codes:\n  - key: a\n    name: {en: A, en: B}\n", "key 'en' appears twice"),
        ("codes:\n  - key: a\n    name: {en: A}\ncodes: []\n", "key 'codes' appears twice"),
        ("codes:\n  - key: a\n    name: {en: A\n  - key: b\n", "line 4, column 8: malformed"),
        ("codes:\n  - key: a\n\tname: {en: A}\n", "line 3, column 1: malformed YAML"),
        ("codes:\n  - key: a\n    name: !!python/object:os.system {}\n", "line 3"),
        ("", "the top level must be a mapping with 'codes'"),
        ("codes: {key: a}\n", "'codes' must be a non-empty list"),
        ("codes:\n  - a\n", "code #1 must be a mapping"),
        ("codes:\n  - key: a\n    name: A\n", "code 'a': field 'name' must map languages"),
        ("codes:\n  - key: a\n    name: {en: [A]}\n", "code 'a': field 'name.en' must be text"),
        ("codes:\n  - key: a\n    name: {en: A}\n    keywords: {en: x}\n", "'keywords.en'"),
        ("codes:\n  - key: 5\n    name: {en: A}\n", "code key 5 must be lower-case"),
        ("codes:\n  - key: a\n    name: {en: A}\n    color: 0x1f77b4\n", "got 2062260"),
        ("codes:\n  - key: a\n    name: {en: A}\n    parent: a\n", "parents form a cycle"),
        ("codes:\n  - key: a\n    name: {de: A}\n", "unknown language 'de'"),
    ],
)
def test_mistakes_name_line_or_code_and_field(text: str, message: str) -> None:
    assert message in _error(text)


def test_not_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("codes:\n  - key: a\n    name: {sv: Förmåga}\n".encode("latin-1"))
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    assert (
        str(info.value) == "latin.yaml: line 3: byte 0xf6 is not UTF-8; save the codebook as UTF-8"
    )


def test_a_folder_is_not_a_codebook(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match=r"books: is a directory"):
        (tmp_path / "books").mkdir()
        load_codebook(tmp_path / "books")


def test_writing_where_no_folder_is(tmp_path: Path) -> None:
    from qualcode import Project
    from qualcode.errors import OutputError

    target = tmp_path / "missing" / "book.yaml"
    with Project.memory() as project:
        project.apply_codebook(parse_codebook("codes:\n  - key: a\n    name: {en: A}\n", "b"))
        with pytest.raises(OutputError, match=r"cannot write: no folder"):
            project.export_codebook(target)
    assert not target.parent.exists()

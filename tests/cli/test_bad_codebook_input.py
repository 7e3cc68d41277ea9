"""Bad codebooks through the real CLI (YAML, REFI-QDA codebook and project files, a
codebook file that is not there): one line on stderr, exit status 1, the project as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_kit import counts, fails, written

# -- codebooks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("codes:\n  - key: x\n    name: {en: X\n", "book2.yaml: line 4, column 1: malformed YAML"),
        ("codes:\n  - name: {en: X}\n", "book2.yaml: code #1: field 'key' is missing"),
        ("codes:\n  - key: x\n    name: {en: X}\n    name: {en: Y}\n", "appears twice"),
        (
            "codes:\n  - key: x\n    parent: nowhere\n    name: {en: X}\n",
            "code 'x': field 'parent': unknown code 'nowhere'",
        ),
        (
            "codes:\n  - key: x\n    parent: y\n    name: {en: X}\n"
            "  - key: y\n    parent: x\n    name: {en: Y}\n",
            "field 'parent': parents form a cycle",
        ),
        ("codes:\n  - key: x\n    color: red\n    name: {en: X}\n", "field 'color' must be a hex"),
        (
            "codes:\n  - key: x\n    shortcut: '5'\n    name: {en: X}\n"
            "  - key: y\n    shortcut: '5'\n    name: {en: Y}\n",
            "field 'shortcut' '5' is used twice",
        ),
        ("codes:\n  - key: x\n    name: {en: [X]}\n", "field 'name.en' must be text"),
    ],
)
def test_bad_codebook_changes_nothing(
    proj: Path, tmp_path: Path, yaml_text: str, message: str
) -> None:
    book = tmp_path / "book2.yaml"
    book.write_text(yaml_text, encoding="utf-8")
    before = counts(proj)
    assert message in fails(proj, "codebook", "load", str(book))
    assert counts(proj) == before


@pytest.mark.parametrize(
    "content",
    [
        b'<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code ',
        b"not xml at all",
    ],
)
def test_malformed_qdc(proj: Path, tmp_path: Path, content: bytes) -> None:
    path = written(tmp_path, "other.qdc", content)
    before = counts(proj)
    assert fails(proj, "codebook", "load", str(path)).startswith("other.qdc: ")
    assert counts(proj) == before


@pytest.mark.parametrize("content", [b"PK\x03\x04 not a zip", b"<Project"])
def test_malformed_qdpx(proj: Path, tmp_path: Path, content: bytes) -> None:
    path = written(tmp_path, "other.qdpx", content)
    before = counts(proj)
    assert fails(proj, "import-qdpx", str(path)).startswith("other.qdpx: ")
    assert counts(proj) == before


def test_qdpx_with_broken_project_xml(proj: Path, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Project name="x"><Users>')
    before = counts(proj)
    assert fails(proj, "import-qdpx", str(path)).startswith(
        "broken.qdpx/project.qde: not well-formed XML"
    )
    assert counts(proj) == before


@pytest.mark.parametrize("name", ["gone.yaml", "gone.qdc"])
def test_codebook_file_that_does_not_exist(proj: Path, tmp_path: Path, name: str) -> None:
    before = counts(proj)
    assert fails(proj, "codebook", "load", str(tmp_path / name)) == (
        f"{name}: cannot read: No such file or directory"
    )
    assert counts(proj) == before

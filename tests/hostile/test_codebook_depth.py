"""Claim 1 (red team): a codebook nested absurdly deep gets one line, not a traceback or
an hour's wait.

Found: a YAML codebook nested thousands of brackets deep, and a .qdc with thousands of
nested codes, ended in a RecursionError traceback; a YAML chain of 3,000 codes (each the
parent of the next) took hours to load (ordering parents first was cubic), and once loaded
every .qdc/.qdpx export died in a RecursionError. Now every way into the codebook (a file,
adding, moving, merging) refuses more than ``MAX_CODE_DEPTH`` levels, in one line, and
writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError
from qualcode.model import MAX_CODE_DEPTH, CodeSpec
from qualcode.project.codebook import _parents_first
from tests.hostile.export_kit import counts, fails
from tests.hostile.hostile_kit import lead_alone


def _chain_yaml(path: Path, length: int) -> Path:
    lines = ["title: chain", "codes:"]
    for i in range(length):
        lines += [f"  - key: c{i}", f"    name: {{en: C{i}}}"]
        lines += [f"    parent: c{i - 1}"] if i else []
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return lead_alone(tmp_path / "p.db")


def test_a_chain_deeper_than_the_limit_is_refused(project: Path) -> None:
    before = counts(project)
    source = _chain_yaml(project.with_name("chain.yaml"), 300)
    message = fails(project, "codebook", "load", str(source))
    assert f"more than {MAX_CODE_DEPTH}" in message and "c299" in message
    assert counts(project) == before


def test_deep_yaml_nesting_is_one_line(project: Path) -> None:
    source = project.with_name("deep.yaml")
    source.write_text("title: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "nested too deeply" in fails(project, "codebook", "load", str(source))


def test_deeply_nested_qdc_is_one_line(project: Path) -> None:
    source = project.with_name("deep.qdc")
    opened = '<Code guid="g" name="n" isCodable="true">' * 3000
    source.write_text(
        '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x"><Codes>'
        f"{opened}{'</Code>' * 3000}</Codes></CodeBook>",
        encoding="utf-8",
    )
    message = fails(project, "codebook", "load", str(source))
    assert message.startswith("deep.qdc: ") and f"more than {MAX_CODE_DEPTH}" in message


def test_adding_and_moving_past_the_limit_is_refused(project: Path) -> None:
    source = _chain_yaml(project.with_name("chain.yaml"), MAX_CODE_DEPTH)
    with Project.open(project) as p:
        p.act_as("lena")
        p.load_codebook(source)
        p.add_code("top", {"en": "Top"})
        before = counts(project)
        with pytest.raises(CodebookError, match="levels deep"):
            p.add_code("deeper", {"en": "Deeper"}, parent=f"c{MAX_CODE_DEPTH - 1}")
        with pytest.raises(CodebookError, match="levels deep"):
            p.move_code("c0", "top")
        assert counts(project) == before
        assert p.code("c0").parent_id is None
        exported = p.export_qdc(project.with_name("book.qdc"))  # the limit keeps it writable
        assert exported.stat().st_size > 0


def test_parents_come_first_in_any_file_order() -> None:
    specs = [CodeSpec(key=f"c{i}", parent=f"c{i - 1}" if i else None) for i in range(2000)]
    ordered = _parents_first(list(reversed(specs)))
    assert [s.key for s in ordered] == [s.key for s in specs]

"""YAML aliases in a codebook (red team, round 5): an alias (``*name``) is a few bytes that
stand for everything its anchor holds. A 1 MB codebook with one long text aliased in the
definitions and examples of 300 codes loaded for 7.5 minutes, took 6.5 GB of memory and
left a 3.3 GB project; nine lists of nine aliases each (the "billion laughs"), named as the
codebook's title, never finished loading. Aliases may now repeat at most
``MAX_REPEATED`` characters in all: past that the file is refused in one line naming the
line of the alias, nothing written; a codebook reusing a text or two still loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.codebook import parse_codebook
from qualcode.codebook.yaml_io import MAX_REPEATED
from qualcode.errors import CodebookError
from tests.hostile.export_kit import counts, fails
from tests.hostile.hostile_kit import lead_alone, refused

LAUGHS = 'l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9)
)
ONE_CODE = "codes:\n  - key: x\n    name: {sv: X}\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return lead_alone(tmp_path / "p.db")


def _aliased(text_chars: int, codes: int) -> str:
    """A codebook whose codes all define themselves by one aliased text."""
    lines = ['anchor: &s "' + "ord " * (text_chars // 4) + '"', "codes:"]
    for i in range(codes):
        lines += [f"  - key: c{i}", f"    name: {{sv: Kod {i}}}", "    definition: {sv: *s}"]
    return "\n".join(lines) + "\n"


def test_a_text_aliased_past_the_limit_is_refused_in_one_line(project: Path) -> None:
    source = project.with_name("aliased.yaml")
    source.write_text(_aliased(20_000, MAX_REPEATED // 20_000 + 2), encoding="utf-8")
    before = counts(project)
    message = fails(project, "codebook", "load", str(source))
    assert "aliased.yaml: line" in message and f"{MAX_REPEATED:,} characters" in message
    assert counts(project) == before


def test_the_billion_laughs_is_refused_at_once(project: Path) -> None:
    """As its own process, cut off by the kit's timeout: before, it never ended."""
    source = project.with_name("laughs.yaml")
    source.write_text(LAUGHS + "codebook: *l8\n" + ONE_CODE, encoding="utf-8")
    assert "repeat more than" in refused(project, "codebook", "load", str(source), coder="lena")


def test_the_parser_every_door_uses_refuses_it(project: Path) -> None:
    """A .qdpx's qualcode/codebook.yaml goes through the same parser."""
    with pytest.raises(CodebookError, match="repeat more than"):
        parse_codebook(LAUGHS + "codebook: [*l8, *l8]\n" + ONE_CODE, "codebook.yaml")


def test_a_codebook_reusing_a_text_still_loads(project: Path) -> None:
    source = project.with_name("reuse.yaml")
    source.write_text(_aliased(2_000, 20), encoding="utf-8")
    with Project.open(project) as opened:
        opened.act_as("lena")
        opened.load_codebook(source)
        codes = opened.codebook()
    assert len(codes) == 20 and all(len(c.definitions["sv"]) > 1_900 for c in codes)


def test_an_anchor_holding_itself_is_no_endless_count() -> None:
    # under a key the codebook does not read: a list as the title is refused since 276a52b
    book = parse_codebook("notes: &t [*t]\n" + ONE_CODE, "self.yaml")
    assert [c.key for c in book.codes] == ["x"]

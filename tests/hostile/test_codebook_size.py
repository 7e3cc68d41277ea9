"""A codebook of tens of thousands of codes (red team, round 6).

Loading one was quadratic three times over: every code's shortcut was checked against a
fresh list of every other code (a YAML codebook of 10,000 codes took 101 s, most of it
there), the YAML reader asked ``keys.count`` for every key, and the check for a cycle of
parents walked each code's chain to the top, so a file whose 20,000 codes each name the
one before as parent ran for minutes before the depth limit refused it, and only after all
of them had been written. Each is one pass now, and the depth is checked before writing.
Each case runs as its own process, cut off by the kit's bounds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError
from qualcode.model import MAX_CODE_DEPTH, Codebook, CodeSpec
from tests.conftest import small_codebook
from tests.hostile.hostile_kit import counts, lead_alone, qualcode, refused


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return lead_alone(tmp_path / "p.db", codebook=True)


def _sheet(path: Path, rows: int, chain: bool) -> Path:
    lines = ["key,name,parent"]
    lines += [f"c{i},Kod {i},{f'c{i - 1}' if chain and i else ''}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_chain_of_twenty_thousand_codes_is_refused_before_writing(project: Path) -> None:
    sheet = _sheet(project.with_name("chain.csv"), 20_000, chain=True)
    message = refused(project, "codebook", "load", str(sheet), coder="lena")
    assert f"more than {MAX_CODE_DEPTH}" in message and "'c19999'" in message


def test_twelve_thousand_codes_load(project: Path) -> None:
    sheet = _sheet(project.with_name("many.csv"), 12_000, chain=False)
    got = qualcode(project, "codebook", "load", str(sheet), coder="lena", timeout=90)
    assert got.status == 0, got.stderr[-2000:]
    assert counts(project)["codes"] == 12_000 + len(small_codebook().codes)


def test_a_clash_among_many_is_still_found(tmp_path: Path) -> None:
    """The one-pass checks still find a repeated key, a shortcut taken in the project,
    and a cycle, wherever they are."""
    many = [CodeSpec(key=f"c{i}", names={"en": f"C{i}"}) for i in range(3_000)]
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        taken = next(c for c in p.codebook() if c.shortcut)
        late = CodeSpec(key="late", names={"en": "Late"}, shortcut=taken.shortcut)
        before = len(p.codebook())
        with pytest.raises(CodebookError, match=f"'late'.*already used by {taken.key!r}"):
            p.apply_codebook(Codebook(name="big", codes=(*many, late)))
        assert len(p.codebook()) == before
    from qualcode.codebook.yaml_io import parse_codebook

    body = "".join(f"  - key: c{i}\n    name: {{en: C{i}}}\n" for i in range(3_000))
    with pytest.raises(CodebookError, match="'c7': field 'key' is used more than once"):
        parse_codebook(f"codes:\n{body}  - key: c7\n    name: {{en: again}}\n", "b.yaml")
    looped = f"codes:\n{body}  - key: a\n    name: {{en: A}}\n    parent: b\n"
    looped += "  - key: b\n    name: {en: B}\n    parent: a\n"
    with pytest.raises(CodebookError, match="'a': field 'parent': parents form a cycle"):
        parse_codebook(looped, "b.yaml")

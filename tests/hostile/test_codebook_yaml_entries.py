"""A YAML codebook of more entries than any codebook holds is refused as it is read (red
team 43).

PyYAML keeps every entry it reads (a text, a list, a mapping) as a Python object with its
place in the file, about a kilobyte each, and reads a megabyte in about five CPU seconds.
An 8 MB YAML of 200,000 small codes took 37 CPU seconds and 1.2 GB before the code count
could refuse it; a YAML at the file limit (50 MB) took minutes and gigabytes. The reader
stops at ``MAX_ENTRIES`` entries with the line it reached. Here the limit is lowered so
the case stays small: the rule, not the size, is under test, and the bundled codebooks
(about 1,200 entries, the largest) load under the real one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.codebook import yaml_io
from qualcode.errors import CodebookError
from tests.conftest import ROOT
from tests.hostile.hostile_kit import lead_alone


def _codes(path: Path, n: int) -> Path:
    """``n`` codes of seven entries each (the code's mapping, key, names and the name)."""
    body = "".join(f"  - key: c{i}\n    name: {{en: Kod {i}}}\n" for i in range(n))
    path.write_text(f"codes:\n{body}", encoding="utf-8")
    return path


def test_past_the_entries_the_file_is_refused_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yaml_io, "MAX_ENTRIES", 1_000)
    project = lead_alone(tmp_path / "p.db")
    with Project.open(project) as p:
        p.act_as("lena")
        with pytest.raises(CodebookError) as refused:
            p.load_codebook(_codes(tmp_path / "stor.yaml", 200))
        said = str(refused.value)
        assert said.startswith("stor.yaml: line ") and "\n" not in said
        assert "more than 1,000 entries" in said
        assert p.codebook() == []
        assert len(p.load_codebook(_codes(tmp_path / "liten.yaml", 100)).created) == 100


def test_the_bundled_codebooks_stay_far_under_the_limit() -> None:
    for path in sorted((ROOT / "codebooks").glob("*.yaml")):
        loader = yaml_io._StrictLoader(path.read_text(encoding="utf-8"))
        try:
            loader.get_single_node()
        finally:
            loader.dispose()
        assert loader._entries * 100 < yaml_io.MAX_ENTRIES, (path.name, loader._entries)

"""A coder package of empty brackets (red team 15).

``[]`` is two bytes of JSON and a list of 56 bytes in Python, so a package whose codings
are millions of empty lists grew twentyfold when parsed: 50 MB took 1.3 GB and 40 seconds
of ``qualcode merge`` before it was refused for its first field, and one near the 512 MB
limit needs more memory than a laptop has. The lists and objects are counted first (a
real package spends hundreds of bytes on each) and such a file is refused in one line.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.jsonguard import TooMany, containers, loads
from tests.hostile.hostile_kit import refused_here


def _bomb(folder: Path, packages: Path) -> Path:
    real = json.loads((packages / "karin.json").read_text(encoding="utf-8"))
    text = json.dumps({**real, "codings": "HERE"}).replace('"HERE"', "[" + "[]," * 600_000 + "[]]")
    path = folder / "karin.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_package_of_empty_lists_is_refused_before_it_is_built(
    packages: Path, lead_project: Path, tmp_path: Path
) -> None:
    bomb = _bomb(tmp_path, packages)
    size = bomb.stat().st_size
    with Project.open(lead_project) as project:
        project.act_as("lena")
        tracemalloc.start()
        try:
            with pytest.raises(ValidationError) as refused:
                project.merge_package(bomb, "lena")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert "far more than real data holds" in str(refused.value)
    # the text read and counted, never its 600,000 lists built (some 40 MB)
    assert peak < 6 * size, (peak, size)
    line = refused_here(lead_project, "merge", str(bomb), coder="lena")
    assert "karin.json: not a qualcode coder package (600," in line


def test_a_large_real_package_is_not_taken_for_one(packages: Path) -> None:
    real = json.loads((packages / "karin.json").read_text(encoding="utf-8"))
    coding, memo = real["codings"][0], real["memos"][0]
    # a coder's thousands of codings, her memos quoting transcriber's marks in brackets
    big = {
        **real,
        "codings": [coding] * 5000,
        "memos": [{**memo, "text": "[skratt] [ohörbart] {paus} [[x]]"}] * 2000,
    }
    text = json.dumps(big, ensure_ascii=False, indent=1)
    assert containers(text) == 1 + 1 + 2 + 1 + 5001 + 2001 + len(real["documents"]) + len(
        real["codes"]
    ) + len(real["statuses"]) + 1 + len(real["translations"]) + 1 + len(real["rejections"]) + (
        1 + len(real["reopened"])
    )
    assert len(loads(text)["codings"]) == 5000


def test_brackets_in_strings_are_not_counted() -> None:
    text = json.dumps({"memo": "[]" * 100_000, "rows": [[1], {"a": "{"}]})
    assert containers(text) == 4
    assert loads(text)["rows"] == [[1], {"a": "{"}]
    with pytest.raises(TooMany):
        loads("[" + "{}," * 50_000 + "{}]")

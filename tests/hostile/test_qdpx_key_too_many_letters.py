"""A .qdpx whose pseudonym key's names run to more letters than any study's is refused in
one line before anything is written, however few the names: the names are compiled into
one pattern whose cost grows with their letters, and 4,900 names of 199 letters each (under
the limit on names) took 40 s of CPU and 1.9 GB of memory in the import's write
transaction (hostile50)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.model import Pseudonym
from qualcode.project.qdpx_key import MAX_KEY_CHARACTERS, MAX_KEY_NAMES, check_key_size
from tests.export.test_refi_key_travels import _study
from tests.hostile.export_kit import rewritten

LONG = " ".join(["Efternamnsson"] * 14)[:199]  # a name as long as a name may be


def test_a_key_of_few_long_names_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with _study(tmp_path / "a.db") as p:
        qdpx = p.export_qdpx(tmp_path / "lossless.qdpx", real_names=True, viewer="lena")
    count = MAX_KEY_CHARACTERS // len(LONG) + 1
    assert count < MAX_KEY_NAMES  # refused for its letters, not its number of names

    def longer(member: str) -> str:
        meta = json.loads(member)
        meta["pseudonym_key"] += [
            {"real": f"{LONG[:190]} {i:06d}"[:199], "pseudonym": f"P{i}", "kind": "person"}
            for i in range(count)
        ]
        return json.dumps(meta)

    long = rewritten(qdpx, "qualcode/project.json", longer)
    with Project.create(tmp_path / "b.db") as fresh:
        with pytest.raises(QualcodeError) as refused:
            fresh.import_qdpx(long, arriving="lena")
        assert fresh.store.documents.summaries() == []
        assert fresh.store.pseudonyms.list() == []
    said = str(refused.value)
    assert "\n" not in said and f"{MAX_KEY_CHARACTERS:,}" in said
    assert "nothing was imported" in said and "Vendela" not in said


def test_a_key_of_as_many_letters_as_allowed_passes() -> None:
    names = [Pseudonym("x" * 100, f"P{i}", "person", False) for i in range(1_000)]
    rest = MAX_KEY_CHARACTERS - 100 * 1_000 - len("karin")
    names.append(Pseudonym("y" * rest, "Q", "person", False))
    check_key_size(names, {"karin": "Kodare A"}, "x.qdpx")  # exactly the limit
    with pytest.raises(QualcodeError, match="characters"):
        check_key_size(names, {"karin": "Kodare A", "jo": "Kodare B"}, "x.qdpx")

"""A .qdpx whose pseudonym key names more people than any study has is refused in one
line before anything is written. Each name is put on the key as `pseudonym set` puts
one, checked against the whole key, inside the import's write transaction: 200 names took
23 s of CPU, and a 5 MB key held every other coder's write for hours (hostile49)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.project.qdpx_key import MAX_KEY_NAMES
from tests.export.test_refi_key_travels import _study
from tests.hostile.export_kit import rewritten


def _with_names(qdpx: Path, extra: int) -> Path:
    def longer(member: str) -> str:
        meta = json.loads(member)
        meta["pseudonym_key"] += [
            {"real": f"Namn{i} Efternamn", "pseudonym": f"P{i}", "kind": "person"}
            for i in range(extra)
        ]
        return json.dumps(meta)

    return rewritten(qdpx, "qualcode/project.json", longer)


def test_a_key_past_the_limit_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with _study(tmp_path / "a.db") as p:
        qdpx = p.export_qdpx(tmp_path / "lossless.qdpx", real_names=True, viewer="lena")
    long = _with_names(qdpx, MAX_KEY_NAMES)  # two names on the key already: one too many
    with Project.create(tmp_path / "b.db") as fresh:
        with pytest.raises(QualcodeError) as refused:
            fresh.import_qdpx(long, arriving="lena")
        assert fresh.store.documents.summaries() == []
        assert fresh.store.pseudonyms.list() == []
        assert fresh.store.coders.list() == []
    said = str(refused.value)
    assert "\n" not in said and f"{MAX_KEY_NAMES:,}" in said and "nothing was imported" in said
    assert "Vendela" not in said


def test_a_key_at_the_limit_is_not_refused_for_its_length(tmp_path: Path) -> None:
    from qualcode.model import Pseudonym
    from qualcode.project.qdpx_key import check_key_size

    names = [Pseudonym(f"N{i}", f"P{i}", "person", False) for i in range(MAX_KEY_NAMES - 1)]
    check_key_size(names, {"karin": "Kodare A"}, "x.qdpx")  # exactly the limit
    with pytest.raises(QualcodeError):
        check_key_size(names, {"karin": "Kodare A", "johan": "Kodare B"}, "x.qdpx")

"""The codings frame reads only the fields it holds (``rows(fields=...)``, perf40c), and
holds what it held when it read every field of every coding: the same rows in the same
order with the same values, for every layer and for a blind coder, who still sees only
her own."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import Coding
from qualcode.project.frames import FRAME_FIELDS


def _expected(project: Project, layer: str | None) -> list[tuple[object, ...]]:
    """The frame's columns as every field of ``Coding`` read them, in the stored order."""
    everything = project.store.codings.rows(layer=layer)
    at = [list(Coding.__dataclass_fields__).index(f) for f in FRAME_FIELDS]
    return [tuple(row[i] for i in at) for row in everything]


@pytest.mark.parametrize("layer", [None, "coder", "consensus"])
def test_the_frame_holds_what_every_field_read(demo: Path, layer: str | None) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        expected = _expected(project, layer)
        assert project.store.codings.rows(layer=layer, fields=FRAME_FIELDS) == expected
        frame = project.frames(layer=layer)["codings"]
    columns = ["id", "document", "start", "end", "code", "coder", "layer", "origin"]
    got = list(zip(*(frame[c].tolist() for c in [*columns, "created_at"]), strict=True))
    assert got == expected
    assert layer == "consensus" or len(got) > 10  # the demo's coders coded


def test_a_blind_coder_reads_her_own_fields_only(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("karin")
        rows = project.store.codings.rows(fields=("coder", "id"))
        assert rows == [(r[7], r[0]) for r in project.store.codings.rows()]
        assert rows and {coder for coder, _ in rows} == {"karin"}
        assert set(project.frames()["codings"]["coder"]) == {"karin"}

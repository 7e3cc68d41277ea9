"""A summary is made with Python's cycle collector held off (its 200k rows are as many
new objects, and the collector walked every object of the process each time they filled
a generation, to free nothing): afterwards the collector is as it was, whether the
summary was written or refused, and the file is the one made with it on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_back_on_after_a_summary(
    towns: Project, tmp_path: Path, collector_restored: None
) -> None:
    towns.act_as("lena")
    gc.enable()
    first = towns.export_summary(tmp_path / "a.md", layer="coder").read_bytes()
    assert gc.isenabled()
    with pytest.raises(QualcodeError):  # no consensus yet: refused, nothing written
        towns.export_summary(tmp_path / "b.md", layer="consensus")
    assert gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    (tmp_path / "again").mkdir()
    second = towns.export_summary(tmp_path / "again" / "a.md", layer="coder").read_bytes()
    assert not gc.isenabled()
    assert first == second

"""Two users, or two variables, under one GUID in a .qdpx (red team, round 9).

Users and variables are looked up by GUID. Two ``User`` elements sharing one (a hand-merged
file, a tool that reuses GUIDs) left only the second: every selection karin made became
johan's codings, without a word, and agreement then compared johan with himself. Two
``Variable`` elements under one GUID put each source's municipality under the role's name.
Each is refused whole in one line, nothing written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import rewritten


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "a.db") as p:
        p.apply_codebook(small_codebook())
        for name in ("karin", "johan"):
            p.add_coder(name)
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        doc = p.import_text(
            "aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby", "role": "chef"}
        ).id
        for coder, start in (("karin", 30), ("johan", 100)):
            p.act_as(coder)
            p.add_coding(doc, start, start + 40, "integration", coder)
        p.act_as("lena")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _same_guid(element: str, first: str, second: str) -> Callable[[str], str]:
    """Give the ``second`` named element the GUID of the ``first``, everywhere."""

    def edit(xml: str) -> str:
        guids = {
            name: re.search(rf'<{element} guid="([^"]+)" name="{name}"', xml)
            for name in (first, second)
        }
        assert all(guids.values()), guids
        one, other = (guids[n].group(1) for n in (first, second))  # type: ignore[union-attr]
        return xml.replace(other, one)

    return edit


@pytest.mark.parametrize(
    ("element", "first", "second", "said"),
    [
        ("User", "karin", "johan", "two users share the GUID"),
        ("Variable", "municipality", "role", "two variables share the GUID"),
    ],
)
def test_two_under_one_guid_are_refused_whole(
    exported: Path, tmp_path: Path, element: str, first: str, second: str, said: str
) -> None:
    hostile = rewritten(exported, "project.qde", _same_guid(element, first, second))
    with Project.create(tmp_path / "c.db") as fresh:
        with pytest.raises(IngestError, match=said):
            fresh.import_qdpx(hostile)
        assert fresh.codings() == [] and fresh.documents() == []


def test_the_file_as_written_imports_with_both_coders(exported: Path, tmp_path: Path) -> None:
    with Project.create(tmp_path / "c.db") as fresh:
        fresh.import_qdpx(exported)
        assert sorted(c.coder for c in fresh.codings()) == ["johan", "karin"]
        assert fresh.documents()[0].attributes == {"municipality": "Åby", "role": "chef"}

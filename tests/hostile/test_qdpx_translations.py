"""Translations in a .qdpx's qualcode extras (red team, round 9).

A .qdpx that qualcode wrote carries each coding's translations in
``qualcode/project.json``, and import-qdpx took them as they stood: an ESC sequence, or a
translation of 46 MB, came into the project past the check a typed translation meets
(``code translate``), and every summary quoting the passage in the other language printed
it. The file is now refused whole in one line, nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from qualcode.oneline import MAX_TEXT
from tests.hostile.export_kit import rewritten
from tests.hostile.hostile_kit import lena_coded


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    with lena_coded(tmp_path / "a.db", (30, 80, "mission_dialogue"), name="aby_01.txt") as p:
        said = "Can you tell me how the mission comes"
        p.translate_coding(p.codings()[0].id, "en", said, "lena")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _with_translation(exported: Path, text: str) -> Path:
    def edit(data: str) -> str:
        meta = json.loads(data)
        (coding,) = meta["translations"]
        meta["translations"][coding]["en"] = text
        return json.dumps(meta)

    return rewritten(exported, "qualcode/project.json", edit)


@pytest.mark.parametrize(
    "text", ["Can you \x1b]0;owned\x07 tell me", "x" * (MAX_TEXT + 1)], ids=["esc", "pages"]
)
def test_a_hostile_translation_is_refused_whole(exported: Path, tmp_path: Path, text: str) -> None:
    with Project.create(tmp_path / "c.db") as fresh:
        with pytest.raises(IngestError, match="translation"):
            fresh.import_qdpx(_with_translation(exported, text))
        assert fresh.codings() == [] and fresh.documents() == []


def test_a_plain_translation_comes_in(exported: Path, tmp_path: Path) -> None:
    with Project.create(tmp_path / "c.db") as fresh:
        fresh.import_qdpx(_with_translation(exported, "Can you tell me, please"))
        assert "Can you tell me, please" in fresh.store.quotes.translations().values()

"""A memo of 46 MB (red team, round 9).

Names and attribute values had lengths; written texts had none. A memo of 46 MB (a
transcript pasted in twice over, a log file) was taken from Python and then listed whole
in the TUI's memo list, the CLI and every export; a coder package or a .qdpx brought one
in as well, and brought an ESC sequence too, since neither held its memos to the rules a
typed memo is held to. One limit (``oneline.MAX_TEXT``) in the one check every door asks
(``check_free_text``): the API, memo edits, translations, packages and .qdpx notes.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError, ValidationError
from qualcode.oneline import MAX_TEXT
from tests.conftest import SV_TEXT, small_codebook

HUGE = "Intervjun fortsätter. " * (46 * 1024 * 1024 // 22)  # 46 MB
LONG = "x" * (MAX_TEXT + 1)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        coding = p.add_coding(doc, 30, 80, "mission_dialogue", "lena")
        p.add_memo("coding", coding.id, "lena", "a short memo")
    return path


def test_a_46_mb_memo_is_refused_in_one_line_and_nothing_is_written(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError) as refused:
            p.add_memo("project", "project", "lena", HUGE)
        assert [m.text for m in p.memos()] == ["a short memo"]
    message = str(refused.value)
    assert "\n" not in message and len(message) < 200 and f"{MAX_TEXT:,}" in message


def test_a_memo_of_the_limit_is_taken_and_one_more_character_is_not(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        p.add_memo("project", "project", "lena", "y" * MAX_TEXT)
        (memo,) = [m for m in p.memos() if m.text != "a short memo"]
        with pytest.raises(ValidationError, match="characters long"):
            p.edit_memo(memo.id, LONG, "lena")
        assert len(p.memos()[-1].text) == MAX_TEXT


def test_a_translation_is_held_to_it(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        coding = p.codings()[0]
        with pytest.raises(ValidationError, match="characters long"):
            p.translate_coding(coding.id, "en", LONG, "lena")


def _package(project: Path, tmp_path: Path, text: str) -> Path:
    laptop = tmp_path / "laptop.db"
    shutil.copy(project, laptop)
    with Project.open(laptop) as p:
        p.act_as("karin")
        doc = p.documents()[0].id
        coding = p.add_coding(doc, 5, 40, "integration", "karin")
        p.add_memo("coding", coding.id, "karin", "karin's thought")
        package = p.export_coder("karin", tmp_path / "karin.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["memos"][0]["text"] = text
    package.write_text(json.dumps(data), encoding="utf-8")
    return package


@pytest.mark.parametrize("text", [LONG, "karin's \x1b]0;owned\x07thought"], ids=["long", "esc"])
def test_a_packages_memo_is_held_to_it(project: Path, tmp_path: Path, text: str) -> None:
    package = _package(project, tmp_path, text)
    with Project.open(project) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=r"memos\[0\]"):
            p.merge_package(package)
        assert [m.text for m in p.memos()] == ["a short memo"]
        assert {c.coder for c in p.codings()} == {"lena"}


def test_a_qdpx_note_is_held_to_it(project: Path, tmp_path: Path) -> None:
    """(An ESC cannot stand in XML 1.0: the parser refuses it before any note is read.)"""
    with Project.open(project) as p:
        p.act_as("lena")
        made = p.export_qdpx(tmp_path / "a.qdpx")
    hostile = tmp_path / "b.qdpx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(hostile, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "project.qde":
                xml = data.decode("utf-8")
                assert "a short memo" in xml
                data = xml.replace("a short memo", LONG).encode("utf-8")
            target.writestr(item, data)
    with Project.create(tmp_path / "c.db") as fresh:
        with pytest.raises(IngestError, match="note"):
            fresh.import_qdpx(hostile)
        assert fresh.memos() == [] and fresh.documents() == []

"""A coder whose name reads as another's (red team, round 8).

Names were compared as stored: johan, a coder, ran ``qualcode coder add Lena`` and
``coder add lеna`` (a Cyrillic е) beside the lead lena, and then, as either, wrote
discussion comments, memos and audit lines that read as the lead's, and stood as a sixth
coder in every agreement table. "Karin" beside karin, "ｌena" in full-width letters or a
lena followed by a character that shows as nothing came in alike (a decomposed accent is
the composed name itself now: tests/project/test_decomposed_names.py),
from ``coder add``, the TUI's new-coder box, a coder package or a .qdpx. A careless lead
typing ``--coder Karin`` was told to add Karin. Each door now refuses a name that reads as
a coder's of the project (``oneline.reads_as``), in one line spelling out the characters,
nothing written; the lookup suggests the name meant.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, QualcodeError, ValidationError
from tests.conftest import team_project
from tests.hostile.export_kit import counts
from tests.hostile.hostile_kit import refused_here

ALIKE = {
    "Lena": "lena",
    "l\u0435na": "lena",  # Cyrillic е
    "\uff4cena": "lena",  # full-width l
    "lena\u034f": "lena",  # a combining grapheme joiner: printable, shows as nothing
    "\u039aarin": "karin",  # Greek capital kappa
    "KARIN": "karin",
    "kar\u0131n": "karin",  # Latin dotless i (red team 35)
    "k\u0251rin": "karin",  # Latin alpha
    "j\u0585han": "johan",  # Armenian oh
    "\u13e6arin": "karin",  # Cherokee tso, drawn as K
    "\uabb6arin": "karin",  # small Cherokee tso: folds to the capital (review35)
    "KAR\u0130N": "karin",  # capital I with a dot: folds to i and a dot on its dot
    "\u1d0barin": "karin",  # Latin small capital K
    "j\u1d0fhan": "johan",  # Latin small capital O, drawn as o
}


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, _ = team_project(tmp_path / "team.db")
    made.add_coder("k\u00e1rin")
    made.close()
    return tmp_path / "team.db"


@pytest.mark.parametrize("name", list(ALIKE))
def test_a_name_reading_as_a_coders_is_refused(team: Path, name: str) -> None:
    before = counts(team)
    with Project.open(team) as p, pytest.raises(ValidationError) as refused:
        p.add_coder(name)
    said = str(refused.value)
    assert f"reads as {ALIKE[name]!r}" in said and "\n" not in said
    assert ascii(name)[:60] in said  # the Cyrillic е is spelt out, not shown as an e
    assert counts(team) == before


def test_names_that_read_differently_still_join(team: Path) -> None:
    with Project.open(team) as p:
        for name in ("lenah", "karin b", "Åsa", "Asa", "\u0416enja"):
            p.add_coder(name)
        assert {"lenah", "karin b", "Åsa", "Asa", "\u0416enja"} <= {c.name for c in p.coders()}


def test_the_command_line_refuses_and_suggests(team: Path) -> None:
    said = refused_here(team, "coder", "add", "l\u0435na", coder="johan")
    assert "reads as 'lena'" in said and "\\u0435" in said
    lookup = refused_here(team, "code", "list", coder="Karin")
    assert "did you mean 'karin'?" in lookup and "coder add" not in lookup
    with Project.open(team) as p, pytest.raises(NotFoundError, match="did you mean 'karin'"):
        p.coder("KARIN")


def test_a_package_from_a_lookalike_is_refused_whole(team: Path, tmp_path: Path) -> None:
    shutil.copy(team, tmp_path / "laptop.db")
    with Project.open(tmp_path / "laptop.db") as laptop:
        laptop.act_as("karin")
        doc = laptop.documents()[0].id
        laptop.add_coding(doc, 3, 30, "mission", "karin")
        laptop.export_coder("karin", tmp_path / "karin.json")
    data = json.loads((tmp_path / "karin.json").read_text(encoding="utf-8"))
    data["coder"] = {"id": "e" * 36, "name": "l\u0435na", "role": "coder"}
    for row in data["codings"]:
        row["coder_id"] = "e" * 36
    (tmp_path / "forged.json").write_text(json.dumps(data), encoding="utf-8")
    before = counts(team)
    with Project.open(team) as p, pytest.raises(QualcodeError) as refused:
        p.act_as("lena")
        p.merge_package(tmp_path / "forged.json")
    said = str(refused.value)
    assert said.startswith("forged.json: ") and "reads as 'lena'" in said
    assert counts(team) == before


def test_a_qdpx_with_a_lookalike_user_is_refused_whole(team: Path, tmp_path: Path) -> None:
    with Project.open(team) as p:
        p.act_as("lena")
        doc = p.documents()[0].id
        p.add_coding(doc, 3, 30, "mission", "karin")
        p.export_qdpx(tmp_path / "team.qdpx")
    with zipfile.ZipFile(tmp_path / "team.qdpx") as old:
        members = {i.filename: old.read(i.filename) for i in old.infolist()}
    qde = members["project.qde"].decode()
    assert 'name="karin"' in qde
    members["project.qde"] = qde.replace('name="karin"', 'name="K\u0430rin"').encode()
    with zipfile.ZipFile(tmp_path / "alike.qdpx", "w") as new:
        for name, data in members.items():
            new.writestr(name, data)
    with Project.create(tmp_path / "other.db") as other:
        other.add_coder("karin")
        before = counts(tmp_path / "other.db")
        with pytest.raises(QualcodeError) as refused:
            other.import_qdpx(tmp_path / "alike.qdpx")
        said = str(refused.value)
        assert said.startswith("alike.qdpx: ") and "reads as 'karin'" in said
    assert counts(tmp_path / "other.db") == before


def test_what_a_name_reads_as() -> None:
    from qualcode.oneline import reads_as

    assert reads_as("  Kаrin ") == reads_as("karin") == "karin"
    assert reads_as("Per  Olof") == "per olof"
    assert reads_as("kárin") != reads_as("karin")  # an accent shows

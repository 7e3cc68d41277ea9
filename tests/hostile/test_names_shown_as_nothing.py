"""A name holding a character that shows as nothing (a zero-width space U+200B, a word
joiner, a soft hyphen) prints as another name: "first<ZWSP>round" lists as "firstround",
and ``--set firstround`` then finds nothing. Typed set and code names holding one are
refused in one line (as a pseudonym is); a .qdpx's set and code names, which the
researcher cannot retype inside another tool's archive, come in without it and the
import says so. A Persian name's zero-width non-joiner, which shows, stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.hostile.export_kit import rewritten
from tests.hostile.hostile_kit import lena_coded

ZWSP = "\u200b"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return lena_coded(tmp_path / "p.db", name="aby_01.txt")


@pytest.mark.parametrize("hidden", [ZWSP, "\u2060", "\u00ad", "\ufeff"])
def test_a_typed_set_name_holding_a_hidden_mark_is_refused(project: Project, hidden: str) -> None:
    with pytest.raises(QualcodeError, match="shows as nothing"):
        project.make_document_set(f"first{hidden}round", "lena", ["aby_01.txt"])
    project.make_document_set("first round", "lena", ["aby_01.txt"])
    with pytest.raises(QualcodeError, match="shows as nothing"):
        project.rename_document_set("first round", f"second{hidden}round", "lena")
    assert [s.name for s in project.document_sets()] == ["first round"]


def test_a_typed_code_name_holding_a_hidden_mark_is_refused(project: Project) -> None:
    key = project.codebook()[0].key
    with pytest.raises(QualcodeError, match="shows as nothing"):
        project.rename_code(key, names={"en": f"Mis{ZWSP}sion"})
    assert ZWSP not in "".join(n for c in project.codebook() for n in c.names.values())


def test_a_persian_non_joiner_stays(project: Project) -> None:
    name = "مصاحبه\u200cها"  # "interviews": the ZWNJ shows (the letters part)
    assert project.make_document_set(name, "lena", ["aby_01.txt"]).name == name


def test_a_qdpx_set_and_code_name_come_in_without_the_mark(
    project: Project, tmp_path: Path
) -> None:
    project.make_document_set("first round", "lena", ["aby_01.txt"])
    code = project.codebook()[0]
    exported = project.export_qdpx(tmp_path / "a.qdpx")
    project.close()
    name = code.names["en"]

    def hidden(xml: str) -> str:
        xml = xml.replace('name="first round"', f'name="first{ZWSP}round"')
        return xml.replace(f'name="{name}"', f'name="{name[:3]}{ZWSP}{name[3:]}"')

    bad = rewritten(exported, "project.qde", hidden)
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(tmp_path / "b.db"), "import-qdpx", str(bad)]
    )
    assert result.exit_code == 0, result.stderr
    assert "set 'first\\u200bround' kept as 'firstround'" in result.stderr
    with Project.open(tmp_path / "b.db") as back:
        assert [s.name for s in back.document_sets()] == ["firstround"]
        names = [n for c in back.codebook() for n in c.names.values()]
    assert name in names
    assert not any(ZWSP in n for n in names)

"""Selections of a .qdpx whose user the file does not hold (no ``creatingUser``, or a GUID
no ``User`` has) came in as the coder 'imported' without a word, and that coder then
counted as a rater in agreement. The import report counts them and says where they went,
and ``import-qdpx`` prints that line (loose11)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import rewritten


def _exported(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "a.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        p.act_as("karin")
        for start in (10, 60, 120):
            p.add_coding(doc, start, start + 30, "integration", "karin")
        p.act_as("lena")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _import(file: Path, target: Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["-p", str(target), "import-qdpx", str(file)])
    return result.exit_code, result.stderr


def test_selections_without_a_known_user_are_counted_and_said(tmp_path: Path) -> None:
    exported = _exported(tmp_path)

    def strangers(xml: str) -> str:
        """The first selection (and its coding) by a GUID no User has, the second by
        nobody named."""
        head, first, second, *rest = xml.split("<PlainTextSelection ")
        user = re.compile(r' creatingUser="[^"]+"')
        first = user.sub(' creatingUser="00000000-0000-4000-8000-000000000001"', first)
        second = user.sub("", second)
        return "<PlainTextSelection ".join([head, first, second, *rest])

    code, said = _import(rewritten(exported, "project.qde", strangers), tmp_path / "b.db")
    assert code == 0, said
    assert (
        "2 selections name no user the file holds: imported as codings of the coder 'imported'"
        in said
    )
    with Project.open(tmp_path / "b.db") as project:
        by = sorted(c.coder for c in project.codings())
    assert by == ["imported", "imported", "karin"]


def test_a_file_whose_users_are_all_known_says_nothing_of_it(tmp_path: Path) -> None:
    code, said = _import(_exported(tmp_path), tmp_path / "b.db")
    assert code == 0, said
    assert "no user" not in said

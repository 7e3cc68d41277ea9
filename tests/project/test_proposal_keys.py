"""A blind coder's proposed code key says nothing of her colleagues' proposals (helper
"loose6"): karin naming a code as johan had named his got ``..._2``, and so learned that
johan had proposed it. Her key is now made of the name, her tag and her own proposals, so
her view is the same with or without his; the lead sees both apart, and accepting gives
the plain key, numbered where another name has the same letters (a second code of the
same name is refused: the lead merges it into the first). No key ever names two
people's codes, even for two coders whose names give the same letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import CodebookError
from tests.conftest import team_project

TEXT = "R: Chefen hjälper Anna med ärendena. Vi pratar om uppdraget varje vecka.\n"
IDEA = "Chefens stöd till Anna"


def _study(path: Path, johan_proposes: bool) -> Path:
    made, doc = team_project(path, document=("ip1.txt", TEXT))
    if johan_proposes:
        made.act_as("johan", "johan")
        made.propose_code(doc, 3, 35, IDEA, "johan")
    made.act_as("karin", "karin")
    made.propose_code(doc, 3, 35, IDEA, "karin")
    made.propose_code(doc, 37, 72, IDEA + "!", "karin")  # her second with that key
    made.close()
    return path


def _karins_view(path: Path) -> tuple[object, ...]:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        seen = (
            [c.key for c in karin.codebook()],
            [c.key for c in karin.codable_codes()],
            [(c.code, c.start, c.end) for c in karin.codings()],
            list(karin.frames()["codes"]["key"]),
        )
    shown = CliRunner(env={"QUALCODE_CODER": "karin"}).invoke(
        app, ["-p", str(path), "codebook", "show", "-f", "json"]
    )
    assert shown.exit_code == 0, shown.output
    return (*seen, shown.stdout.count("chefens"))


def test_karins_view_is_the_same_with_or_without_johans_proposal(tmp_path: Path) -> None:
    alone = _karins_view(_study(tmp_path / "alone.db", johan_proposes=False))
    beside = _karins_view(_study(tmp_path / "beside.db", johan_proposes=True))
    assert alone == beside
    assert alone[0] == [
        "mission",
        "chefens_stod_till_anna__karin",
        "chefens_stod_till_anna_2__karin",
    ]


def test_the_lead_sees_both_apart_and_accepting_gives_plain_keys(tmp_path: Path) -> None:
    path = _study(tmp_path / "p.db", johan_proposes=True)
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        keys = [c.key for c in lena.codebook()]
        assert len(keys) == len(set(keys)) == 4
        assert lena.code_status("chefens_stod_till_anna__johan") == ("proposed", "johan")
        assert lena.accept_code("chefens_stod_till_anna__karin", "lena").key == (
            "chefens_stod_till_anna"
        )
        # johan's reads as karin's, accepted beside it: refused, and merged into it
        with pytest.raises(CodebookError, match="reads as 'chefens_stod_till_anna'"):
            lena.accept_code("chefens_stod_till_anna__johan", "lena")
        lena.merge_codes("chefens_stod_till_anna__johan", "chefens_stod_till_anna", "lena")
        # her second, another name of the same letters: numbered, plain
        assert lena.accept_code("chefens_stod_till_anna_2__karin", "lena").key == (
            "chefens_stod_till_anna_2"
        )
        assert sorted(c.coder for c in lena.codings(code="chefens_stod_till_anna")) == [
            "johan",
            "karin",
        ]
        accepted = next(e for e in reversed(lena.audit()) if e.action == "code.accept")
        assert accepted.payload["from"] == "chefens_stod_till_anna_2__karin"
        lena.export_qdc(tmp_path / "book.qdc")
        book = (tmp_path / "book.qdc").read_text(encoding="utf-8")
        karin = p.act_as("karin", "karin")
        assert [c.key for c in karin.codebook()] == [
            "mission",
            "chefens_stod_till_anna",
            "chefens_stod_till_anna_2",
        ]
    assert book.count('name="Chefens stöd till Anna"') == 1


def test_namesakes_never_share_a_key(tmp_path: Path) -> None:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", TEXT))
    made.add_coder("Åsa")
    made.add_coder("Asa")
    codes = []
    for name in ("Åsa", "Asa"):
        made.act_as(name, name)
        codes.append(made.propose_code(doc, 3, 35, "Idé", name).code)
    made.act_as("lena", "lena")
    assert codes[0] != codes[1] and all(c.startswith("ide__asa") for c in codes)
    assert made.accept_code(codes[0], "lena").key == "ide"
    # the other reads as the accepted one: the lead merges it there, never a second "Idé"
    with pytest.raises(CodebookError, match="reads as 'ide'"):
        made.accept_code(codes[1], "lena")
    made.close()

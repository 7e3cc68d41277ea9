"""A colleague's proposed code is theirs and the leads' while the project is blind (helper
"pseudo"): johan proposed 'Chefens stöd till Anna' on a passage, and karin, blind, found
it in `codebook show`, the TUI's code list, her frames, her .qdc and codebook exports, and
could code with it; what johan saw in the material showed through. Now a coder's codebook
holds the shared codes and her own proposals; a lead sees all, and once the lead accepts a
proposal, or unblinds the project, everyone does.

Helper "loose6": karin proposing johan's name got ``chefens_stod_till_anna_2``, and the
``_2`` told her johan's proposal existed. A coder's proposal key now carries her tag
(``__karin``) and is numbered against her own proposals only, so what she sees is the same
whether or not a colleague proposed the name; accepting drops the tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import NotFoundError
from tests.conftest import team_project

TEXT = "R: Chefen hjälper Anna med ärendena. Vi pratar om uppdraget varje vecka.\n"
IDEA = "Chefens stöd till Anna"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", TEXT))
    made.act_as("johan", "johan")
    made.propose_code(doc, 3, 35, IDEA, "johan")
    made.act_as("karin", "karin")
    made.propose_code(doc, 37, 72, "Veckomöten", "karin")
    made.close()
    return tmp_path / "p.db"


def keys(project: Project) -> list[str]:
    return [c.key for c in project.codebook()]


def test_a_coder_does_not_see_a_colleagues_proposal(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        assert keys(karin) == ["mission", "veckomoten__karin"]
        assert [c.key for c in karin.codable_codes()] == ["mission", "veckomoten__karin"]
        assert list(karin.frames()["codes"]["key"]) == ["mission", "veckomoten__karin"]
        with pytest.raises(NotFoundError, match="unknown code 'chefens_stod_till_anna'"):
            karin.add_coding("ip1.txt", 3, 35, "chefens_stod_till_anna", "karin")
        with pytest.raises(NotFoundError, match="unknown code"):
            karin.code_status("chefens_stod_till_anna__johan")
        karin.export_qdc(tmp_path / "book.qdc")
        karin.export_codebook(tmp_path / "book.yaml")
        for file in ("book.qdc", "book.yaml"):
            text = (tmp_path / file).read_text(encoding="utf-8")
            assert "Chefens" not in text and "Veckomöten" in text, file


def test_the_same_idea_twice_is_two_proposals(path: Path) -> None:
    """karin names the code as johan did: hers is new, his stays his (never overwritten),
    and she learns nothing from a refusal."""
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        coding = karin.propose_code("ip1.txt", 3, 35, IDEA, "karin")
        assert coding.code == "chefens_stod_till_anna__karin"
        lena = p.act_as("lena", "lena")
        assert lena.code_status("chefens_stod_till_anna__johan") == ("proposed", "johan")
        assert lena.code_status("chefens_stod_till_anna__karin") == ("proposed", "karin")
        assert [c.coder for c in lena.codings(code="chefens_stod_till_anna__johan")] == ["johan"]


def test_the_lead_sees_every_proposal_and_accepting_shows_it(path: Path) -> None:
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        assert keys(lena) == ["mission", "chefens_stod_till_anna__johan", "veckomoten__karin"]
        assert lena.accept_code("chefens_stod_till_anna__johan", "lena").key == (
            "chefens_stod_till_anna"
        )
        karin = p.act_as("karin", "karin")
        assert keys(karin) == ["mission", "chefens_stod_till_anna", "veckomoten__karin"]


def test_unblinded_everyone_sees_them(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena").set_blind(False, "lena")
        assert "chefens_stod_till_anna__johan" in keys(p.act_as("karin", "karin"))


def test_codebook_show_on_the_command_line(path: Path) -> None:
    shown = CliRunner(env={"QUALCODE_CODER": "karin"}).invoke(
        app, ["-p", str(path), "codebook", "show", "-f", "csv"]
    )
    assert shown.exit_code == 0, shown.output
    assert "Chefens" not in shown.stdout and "Veckomöten" in shown.stdout
    lead = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "codebook", "show", "-f", "csv"]
    )
    assert "Chefens" in lead.stdout

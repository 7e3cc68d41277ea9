"""A report's title names a coder as its rows print her: karin is "Kodare A" in every
export, yet `report frequencies --layer coder:karin` printed "Frequencies: karin's codings"
over a table of hers, and `report crosstab coder` named her column "Kodare A" under a
title that, for one coder's layer, named her by name: a title pasted into a paper said who
the pseudonym was (hostile49). With --real-names the lead's own copy names her."""

from __future__ import annotations

from qualcode.project import Project
from tests.cli.role_words_kit import coded_with_role, english_cli


def _karin_is_kodare_a(project: Project) -> None:
    coded_with_role(project, "chef.txt", "förvaltningschef")
    project.act_as("karin")
    at = project.document("chef.txt").text.index("Mest")
    project.add_coding("chef.txt", at, at + 10, "integration", "karin")
    project.act_as("lena")
    project.set_coder_pseudonym("karin", "Kodare A", "lena")


def test_one_coder_s_title_names_her_pseudonym(project: Project) -> None:
    _karin_is_kodare_a(project)
    args = ("report", "frequencies", "--layer", "coder:karin")
    printed = english_cli(project, *args)
    assert printed.startswith("Frequencies: Kodare A's codings"), printed
    assert "karin" not in printed
    swedish = english_cli(project, "report", "crosstab", "role", "--layer", "coder:karin",
                          "--lang", "sv")  # fmt: skip
    assert swedish.startswith("Kodade segment per roll: Kodare A:s kodningar"), swedish
    assert "karin" not in swedish


def test_the_lead_s_real_names_title_names_her(project: Project) -> None:
    _karin_is_kodare_a(project)
    printed = english_cli(
        project, "report", "frequencies", "--layer", "coder:karin", "--real-names"
    )
    assert "Frequencies: karin's codings" in printed, printed


def test_a_blind_coder_s_own_title_still_says_blind(project: Project) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    _karin_is_kodare_a(project)
    project.set_blind(True, "lena")
    got = CliRunner(env={"QUALCODE_CODER": "karin"}).invoke(
        app, ["-p", str(project.path), "report", "frequencies"]
    )
    assert got.exit_code == 0, got.output
    assert got.output.startswith("Frequencies: Kodare A's codings (blind coding"), got.output

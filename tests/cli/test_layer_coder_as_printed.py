"""`--layer coder:LABEL` reads the coder as the project prints her (review49).

A report's title prints karin as "Kodare B" and `--coders` takes that label, yet
`report frequencies --layer "coder:Kodare B"` was refused as an unknown coder with the
advice to add a coder called "Kodare B". The layer now reads a typed coder as a typed team
is read (``typed_team.layer_typed``); a coder under blind coding reads only her own
codings by her label, and another label is refused without saying whom it prints.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import cli_run
from tests.project.coder_label_kit import two_speakers_coded


def _team(path: Path, blind: bool = False) -> None:
    """karin (printed "Kodare B") and johan ("Kodare C") code Karin's answer, 50 and 20
    characters, both done; blind coding on where ``blind``."""
    with Project.create(path) as project:
        two_speakers_coded(project, ("karin", "johan"), {"karin": 50, "johan": 20})
        if blind:
            project.set_blind(True, "lena")


def _rows(out: str) -> list[str]:
    """The table's lines under its title."""
    return out.splitlines()[1:]


def test_the_lead_names_a_coder_as_the_report_prints_her(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _team(path)
    code, by_name, err = cli_run(path, "lena", "report", "frequencies", "--layer", "coder:karin")
    assert code == 0, err
    assert by_name.startswith("Frequencies: Kodare B's codings"), by_name
    for typed in ("coder:Kodare B", "coder:Coder B", "coder: kodare b "):
        code, out, err = cli_run(path, "lena", "report", "frequencies", "--layer", typed)
        assert code == 0, err
        assert out == by_name  # her codings, under the same title
    code, johan, _ = cli_run(path, "lena", "report", "frequencies", "--layer", "coder:Kodare C")
    assert johan.startswith("Frequencies: Kodare C's codings") and _rows(johan) != _rows(by_name)


def test_a_label_printed_for_nobody_is_refused_naming_the_printed_coders(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _team(path)
    code, out, err = cli_run(path, "lena", "report", "frequencies", "--layer", "coder:Kodare Q")
    assert code == 1 and not out
    assert err.count("\n") == 1 and "no coder is printed as 'Kodare Q'" in err, err
    assert "Coder B" in err and "add" not in err  # the CLI's words


def test_a_blind_coder_reads_her_own_codings_by_her_label(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _team(path, blind=True)
    code, own, err = cli_run(path, "karin", "report", "frequencies", "--layer", "coder:karin")
    assert code == 0, err
    code, out, err = cli_run(path, "karin", "report", "frequencies", "--layer", "coder:Kodare B")
    assert code == 0, err
    assert out == own


def test_a_blind_coder_is_refused_another_label_without_learning_whose(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _team(path, blind=True)
    refusals = []
    for typed in ("Kodare C", "Kodare Q"):  # johan's label, and one printed for nobody
        code, out, err = cli_run(
            path, "karin", "report", "frequencies", "--layer", f"coder:{typed}"
        )
        assert code == 1 and not out
        assert err.count("\n") == 1 and "johan" not in err, err
        refusals.append(err.replace(typed, "LABEL"))
    assert refusals[0] == refusals[1]  # the same words: no telling a coder's label from none
    assert "blind coding" in refusals[0]


def test_a_refused_label_is_the_owner_of_her_codings_in_both_languages(tmp_path: Path) -> None:
    """The refusal quoted the label and added "'s" after the quote: "'Kodare C''s codings"
    (hostile50). It names the label as its owner by each language's rule, and the
    interface says it in Swedish with "Kodare C:s kodningar"."""
    from qualcode.errors import QualcodeError
    from qualcode.tui.catalog import Catalog
    from qualcode.tui.said import said

    path = tmp_path / "p.db"
    _team(path, blind=True)
    code, _, err = cli_run(path, "karin", "report", "frequencies", "--layer", "coder:Kodare C")
    assert code == 1 and "see Kodare C's codings until" in err and "''" not in err, err
    refused = QualcodeError("not refused")
    with Project.open(path) as project:
        project.act_as("karin")
        try:
            project.report_frequencies(layer="coder:Kodare C")
        except QualcodeError as exc:
            refused = exc
    sv = said(refused, Catalog("sv"))
    assert "karin kan inte se Kodare C:s kodningar" in sv and "''" not in sv, sv
    assert "Kodare C's codings" in said(refused, Catalog("en"))
